"""`lkj compare` as a terminal shows it: never wider than the terminal, one table to a CSV (or
one file per table), and every figure with its unit."""

import csv
import io

import pytest
from click.testing import CliRunner

from lkj.cli import main

PEMDA, SEED_UNIT = "Kabupaten Mojokerto", "Bagian Protokol dan Komunikasi Pimpinan"


def compare(db, *args, columns=80):
    return CliRunner(env={"COLUMNS": str(columns)}).invoke(
        main, ["compare", "--tahun", "2022", "--db", str(db), *map(str, args)], catch_exceptions=False)


@pytest.mark.parametrize("columns", [60, 80, 200])
def test_the_tables_fit_the_terminal(samples_db, columns):
    result = compare(samples_db, "--pemda", PEMDA, columns=columns)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= columns, max(lines, key=len)
    assert "Antar triwulan: Bagian Organisasi 2022" in result.stdout  # one table per unit kerja
    assert "Antar unit kerja: Kabupaten Mojokerto 2022" in result.stdout
    if columns >= 80:  # no figure cut in two (below that, a figure may wrap too)
        assert "335,79%" in result.stdout and "1.789.275.000" in result.stdout


def test_a_wide_terminal_shows_the_quarters_side_by_side(samples_db):
    wide = compare(samples_db, "--pemda", PEMDA, "--unit", SEED_UNIT, "--view", "triwulan", columns=200).stdout
    header = next(line for line in wide.splitlines() if "indikator" in line)
    assert header.split() == ["indikator", "target", "TW", "I", "TW", "II", "TW", "III", "TW", "IV"]
    narrow = compare(samples_db, "--pemda", PEMDA, "--unit", SEED_UNIT, "--view", "triwulan", columns=80).stdout
    header = next(line for line in narrow.splitlines() if "indikator" in line)
    assert header.split() == ["indikator", "target", "triwulan", "realisasi", "rencana", "capaian"]


def test_csv_is_one_table(samples_db, tmp_path):
    both = compare(samples_db, "--pemda", PEMDA, "--format", "csv")
    assert both.exit_code == 2 and "--format csv menulis satu tabel: pilih --view triwulan atau --view unit" \
        in both.stderr and both.stdout == ""
    rows = list(csv.DictReader(io.StringIO(compare(samples_db, "--pemda", PEMDA, "--unit", SEED_UNIT, "--format",
                                                   "csv", "--view", "triwulan").stdout)))
    assert len(rows) == 7 and all(r["unit_kerja"] == SEED_UNIT for r in rows)  # one header, one table
    written = compare(samples_db, "--pemda", PEMDA, "--format", "csv", "--output", tmp_path / "out")
    assert written.exit_code == 0, written.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["antar_triwulan.csv", "antar_unit.csv"]
    units = list(csv.DictReader((tmp_path / "out" / "antar_unit.csv").open(encoding="utf-8")))
    assert {r["periode"] for r in units} == {"TW I", "TW II", "TW III", "TW IV"}


def test_every_figure_keeps_its_unit(samples_db):
    rows = {r["indikator"]: r for r in csv.DictReader(io.StringIO(compare(
        samples_db, "--pemda", PEMDA, "--unit", SEED_UNIT, "--format", "csv", "--view", "triwulan").stdout))}
    layanan = rows["Persentase Layanan Kegiatan Pimpinan Daerah"]
    assert (layanan["target"], layanan["realisasi_tw1"], layanan["rencana_tw1"], layanan["capaian_tw4"]) == \
        ("95%", "46%", "20%", "335,79%")
    inovasi = next(r for name, r in rows.items() if name.startswith("Jumlah Inovasi"))
    assert (inovasi["target"], inovasi["realisasi_tw1"], inovasi["rencana_tw1"]) == ("1 inovasi", "Proses", "25%")
    # Tuban prints bare figures beside a Satuan column: "98,4" of a target of "100" (%) is "98,4%"
    tuban = {r["indikator"][:30]: r for r in csv.DictReader(io.StringIO(compare(
        samples_db, "--pemda", "Kabupaten Tuban", "--tahun", "2023", "--format", "csv", "--view", "triwulan").stdout))}
    permohonan = tuban["Persentase permohonan informas"]
    assert (permohonan["target"], permohonan["realisasi_tw2"], permohonan["capaian_tw2"]) == ("100%", "98,4%", "98,4%")
    assert tuban["Jumlah aplikasi layanan publik"]["realisasi_tw2"] == "7 aplikasi"
    units = list(csv.DictReader(io.StringIO(compare(samples_db, "--pemda", PEMDA, "--format", "csv",
                                                    "--view", "unit").stdout)))
    seed = next(r for r in units if r["unit_kerja"] == SEED_UNIT and r["periode"] == "TW IV")
    assert (seed["rata_rata_capaian"], seed["anggaran"], seed["realisasi_anggaran_persen"]) == \
        ("179,26%", "Rp 1.789.275.000", "96,9%")
