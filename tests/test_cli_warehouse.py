"""The warehouse commands as a user types them: ingest, query, compare, export, link."""

import csv
import io
import json
import shutil
import zipfile

import duckdb
import pytest

from lkj.exceptions import ExitCode

from .test_cli import lkj
from .truth import SAMPLES

SEED_UNIT = "Bagian Protokol dan Komunikasi Pimpinan"


@pytest.fixture(scope="module")
def db(samples_db):
    return samples_db


def test_ingest_shows_progress_and_a_summary(tmp_path):
    folder = tmp_path / "arsip"
    folder.mkdir()
    first, second = sorted(SAMPLES.glob("sidoarjo-*.pdf"))
    shutil.copy(first, folder)
    with zipfile.ZipFile(folder / "kiriman.zip", "w") as bundle:  # a second report, as an archive
        bundle.write(second, f"2024/{second.name}")
    (folder / "rusak.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n<<")
    result = lkj("ingest", folder, "--db", tmp_path / "w.duckdb", "--quarantine", tmp_path / "q")
    # Loaded what it could, and tells a script that a file was set aside.
    assert result.returncode == ExitCode.files_quarantined, result.stderr
    assert result.stdout.strip().splitlines()[-1] == \
        "berkas=3 dimuat=2 direvisi=0 pindaian=0 tidak_berubah=0 duplikat=0 dikarantina=1 temuan=0"
    assert "3/3" in result.stderr and "Traceback" not in result.stderr
    with duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True) as con:
        assert con.execute("SELECT file FROM laporan ORDER BY file").fetchall() == \
            [(f"kiriman.zip/2024/{second.name}",), (first.name,)]
    assert result.stderr.strip().splitlines()[-1] == \
        f"lkj: 1 berkas disisihkan ke {tmp_path / 'q'}/ (alasannya di berkas .error.txt di sampingnya)"
    assert (tmp_path / "q" / "rusak.pdf.error.txt").read_text().startswith("rusak.pdf: PDF rusak atau terpotong")


def test_query_prints_csv_and_json(db):
    sql = "SELECT periode, realisasi FROM v_capaian WHERE unit_kerja = 'Bagian Protokol dan Komunikasi Pimpinan' " \
          "AND indikator_nama LIKE 'Persentase Realisasi Anggaran%' ORDER BY triwulan"
    as_csv = lkj("query", sql, "--db", db, "--format", "csv")
    assert list(csv.DictReader(io.StringIO(as_csv.stdout))) == [
        {"periode": "TW I", "realisasi": "13.73"}, {"periode": "TW II", "realisasi": "41.0"},
        {"periode": "TW III", "realisasi": "69.41"}, {"periode": "TW IV", "realisasi": "96.9"}]
    as_json = json.loads(lkj("query", sql, "--db", db, "--format", "json").stdout)
    assert as_json[0] == {"periode": "TW I", "realisasi": 13.73}


def test_query_is_read_only_and_errors_are_one_line(db):
    result = lkj("query", "DELETE FROM laporan", "--db", db)
    assert result.returncode == 1 and "read-only" in result.stderr.lower() and "Traceback" not in result.stderr


def test_compare_cross_quarter_and_cross_unit(db):
    result = lkj("compare", "--pemda", "Kabupaten Mojokerto", "--tahun", "2022", "--unit", SEED_UNIT,
                 "--db", db, "--format", "json")
    tables = json.loads(result.stdout)
    anggaran = next(r for r in tables["antar_triwulan"] if r["indikator"].startswith("Persentase Realisasi Anggaran"))
    assert [anggaran[f"realisasi_tw{q}"] for q in (1, 2, 3, 4)] == [13.73, 41, 69.41, 96.9]
    assert [anggaran[f"rencana_tw{q}"] for q in (1, 2, 3, 4)] == [15, 40, 70, 95]
    assert {r["unit_kerja"] for r in tables["antar_unit"]} >= {SEED_UNIT}
    table = lkj("compare", "--pemda", "Kabupaten Mojokerto", "--tahun", "2022", "--unit", SEED_UNIT, "--db", db)
    assert "Antar triwulan" in table.stdout and "Antar unit kerja" in table.stdout and "13,73" in table.stdout
    unknown = lkj("compare", "--pemda", "Kota Atlantis", "--tahun", "2022", "--db", db)
    assert unknown.returncode == 1 and 'pemda "Kota Atlantis" tidak ada di gudang data; yang paling mirip: "Kota Malang"' \
        in unknown.stderr
    missing = lkj("compare", "--pemda", "Kota Malang", "--tahun", "2022", "--db", db)
    assert missing.returncode == 1 and "belum ada laporan yang dimuat untuk Kota Malang 2022" in missing.stderr


def test_export_parquet(db, tmp_path):
    result = lkj("export", "--parquet", tmp_path / "pq", "--db", db)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "pq" / "v_triwulan" / "tahun=2022").is_dir()
    assert "v_temuan" in result.stdout


def test_link_list_set_and_direction(db, tmp_path):
    copy = tmp_path / "copy.duckdb"
    shutil.copy(db, copy)
    listed = json.loads(lkj("link", "list", "--unit", SEED_UNIT, "--db", copy, "--format", "json").stdout)
    pasted = [r for r in listed if "Perencanaan dan Keuangan" in r["tercetak"]]
    assert pasted and all(r["metode"] == "unit_name" for r in pasted)
    target = next(r["indikator_id"] for r in listed if r["nama"].startswith("Persentase Layanan"))
    moved = lkj("link", "set", "--pemda", "Kabupaten Mojokerto", "--unit", SEED_UNIT,
                "Nilai SAKIP Bagian Perencanaan dan Keuangan", target, "--db", copy)
    assert moved.stdout.strip() == f"4 baris ditautkan ke {target}"
    assert lkj("link", "direction", target, "lower", "--db", copy).returncode == 0
    unknown = lkj("link", "direction", "nope", "lower", "--db", copy)
    assert unknown.returncode == 1 and "tidak ada indikator 'nope'" in unknown.stderr


def test_the_progress_line_keeps_a_long_name_s_start_and_end():
    from lkj.cli import progress_line

    name = "kiriman dinas pendidikan provinsi jawa barat/2022/triwulan-1/laporan-kinerja-tw1.pdf"
    line = progress_line(name, "OCR halaman 3/6", 50)
    assert len(line) == 50 and line.startswith("kiriman dinas") and line.endswith("tw1.pdf: OCR halaman 3/6")
    assert progress_line("laporan.pdf", "ingested", 50) == "laporan.pdf: ingested"

