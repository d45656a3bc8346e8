"""The commands that read the warehouse, as a user mistypes them: a wrong --db, a name in
another case or misspelt, SQL that is more than one statement or reaches outside the warehouse."""

import json
import shutil

import pytest
from click.testing import CliRunner

from lkj import api
from lkj.cli import main
from lkj.exceptions import ExitCode
from warehouse.db import connect
from warehouse.load import load_report

from .truth import SAMPLES

PEMDA, UNIT = "Kabupaten Mojokerto", "Bagian Protokol dan Komunikasi Pimpinan"
TWO_REPORTS = ("mojokerto-protokol-2022-tw1.pdf", "sidoarjo-bapenda-2024-tw1.pdf")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """Two small reports of two pemda: enough names to match against, built in about a second."""
    path = tmp_path_factory.mktemp("readers") / "lkj.duckdb"
    con = connect(path)
    for name in TWO_REPORTS:
        load_report(con, api.extract(SAMPLES / name), name)
    con.close()
    return path


def lkj(*args, env=None):
    return CliRunner(env=env).invoke(main, [str(arg) for arg in args], catch_exceptions=False)


def one_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


READERS = {
    "query": ["query", "SELECT 1"],
    "compare": ["compare", "--pemda", PEMDA, "--tahun", "2022"],
    "export parquet": ["export", "--parquet", "{tmp}/pq"],
    "export xlsx": ["export", "--xlsx", "{tmp}/lkj.xlsx"],
    "report": ["report", "--pemda", PEMDA, "--tahun", "2022", "-o", "{tmp}/laporan.html"],
    "link list": ["link", "list"],
    "link set": ["link", "set", "--pemda", PEMDA, "--unit", UNIT, "teks", "ind-1"],
    "link direction": ["link", "direction", "ind-1", "lower"],
}


@pytest.mark.parametrize("command", READERS)
def test_a_reader_never_creates_a_warehouse(tmp_path, command):
    missing = tmp_path / "nope.duckdb"
    result = lkj(*[arg.format(tmp=tmp_path) for arg in READERS[command]], "--db", missing)
    assert result.exit_code == ExitCode.failed and result.stdout == ""
    assert one_line(result) == \
        f"lkj: tidak ada gudang data di {missing}; muat laporan dengan `lkj ingest` lebih dulu"
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no warehouse, no export, no report


def test_the_default_warehouse_is_not_created_either(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LKJ_DB", raising=False)
    result = lkj("query", "SELECT 1")
    assert result.exit_code != 0 and f"tidak ada gudang data di {tmp_path / 'lkj.duckdb'};" in one_line(result)
    assert not (tmp_path / "lkj.duckdb").exists()


def test_names_match_whatever_their_case_and_spacing(db):
    exact = lkj("compare", "--pemda", PEMDA, "--tahun", "2022", "--unit", UNIT, "--db", db, "--format", "json")
    typed = lkj("compare", "--pemda", " kabupaten   MOJOKERTO", "--tahun", "2022",
                "--unit", "bagian protokol\tdan  KOMUNIKASI pimpinan ", "--db", db, "--format", "json")
    assert typed.exit_code == 0, typed.stderr
    assert json.loads(typed.stdout) == json.loads(exact.stdout) and json.loads(exact.stdout)["antar_triwulan"]
    listed = lkj("link", "list", "--pemda", "KABUPATEN MOJOKERTO", "--unit", UNIT.lower(), "--db", db, "--format", "json")
    assert listed.exit_code == 0 and {r["unit_kerja"] for r in json.loads(listed.stdout)} == {UNIT}


@pytest.mark.parametrize("args, says", [
    (["compare", "--pemda", PEMDA, "--tahun", "2022", "--unit", "Bagian Protokol"],
     'unit kerja "Bagian Protokol" tidak ada di gudang data; yang paling mirip: "Bagian Protokol dan Komunikasi Pimpinan"'),
    (["compare", "--pemda", "Kabupaten Mojokerta", "--tahun", "2022"],
     'pemda "Kabupaten Mojokerta" tidak ada di gudang data; yang paling mirip: "Kabupaten Mojokerto", '),
    (["report", "--pemda", "kabupaten sidoarjo", "--tahun", "2024", "--unit", "Badan Pendapatan", "-o", "{tmp}/l.html"],
     'unit kerja "Badan Pendapatan" tidak ada di gudang data; yang paling mirip: "Badan Pendapatan Daerah"'),
    (["link", "list", "--unit", "Bagian Protokol dan Komunikasi"],
     'yang paling mirip: "Bagian Protokol dan Komunikasi Pimpinan"'),
    (["link", "set", "--pemda", "Kab. Mojokerto", "--unit", UNIT, "teks", "ind-1"],
     'pemda "Kab. Mojokerto" tidak ada di gudang data; yang paling mirip: "Kabupaten Mojokerto"'),
])
def test_a_name_that_matches_nothing_is_refused_with_the_closest(db, tmp_path, args, says):
    result = lkj(*[arg.format(tmp=tmp_path) for arg in args], "--db", db)
    assert result.exit_code == ExitCode.failed and result.stdout == ""
    assert one_line(result).startswith("lkj: ") and says in one_line(result)
    assert list(tmp_path.iterdir()) == []


def test_export_writes_nothing_for_a_misspelt_pemda_and_finds_a_folded_one(db, tmp_path):
    workbook = tmp_path / "mojokerto.xlsx"
    misspelt = lkj("export", "--xlsx", workbook, "--pemda", "Kabupaten Mojokerta", "--db", db)
    assert misspelt.exit_code == ExitCode.failed and '"Kabupaten Mojokerto"' in one_line(misspelt)
    assert not workbook.exists()
    folded = lkj("export", "--xlsx", workbook, "--pemda", "kabupaten mojokerto", "--db", db)
    assert folded.exit_code == 0, folded.stderr
    assert "Capaian 7 baris" in folded.stdout  # the seven indikator of Protokol TW I; not Sidoarjo's one


def test_link_set_takes_a_folded_unit(db, tmp_path):
    copy = tmp_path / "copy.duckdb"
    shutil.copy(db, copy)
    listed = json.loads(lkj("link", "list", "--unit", UNIT, "--db", copy, "--format", "json").stdout)
    target = next(r["indikator_id"] for r in listed if r["nama"].startswith("Persentase Layanan"))
    moved = lkj("link", "set", "--pemda", "kabupaten  mojokerto", "--unit", UNIT.upper(),
                "Nilai SAKIP Bagian Perencanaan dan Keuangan", target, "--db", copy)
    assert moved.exit_code == 0, moved.stderr
    assert moved.stdout.strip() == f"1 baris ditautkan ke {target}"


@pytest.mark.parametrize("sql, says", [
    ("SELECT 1; SELECT 2", "`lkj query` menjalankan tepat satu pernyataan SQL, bukan 2; jalankan satu per satu"),
    ("SELECT 1;;\nSELECT 2; SELECT 3;", "bukan 3"),
    ("  -- hanya komentar\n", "`lkj query` tidak menerima pernyataan SQL untuk dijalankan"),
])
def test_query_runs_exactly_one_statement(db, sql, says):
    result = lkj("query", sql, "--db", db)
    assert result.exit_code == ExitCode.failed and result.stdout == ""
    assert says in one_line(result)


def test_query_reads_and_writes_no_file_outside_the_warehouse(db, tmp_path):
    outside = tmp_path / "luar.csv"
    outside.write_text("a\n1\n")
    written = tmp_path / "keluar.csv"
    for sql in (f"COPY laporan TO '{written}'", f"SELECT * FROM read_csv('{outside}')",
                f"SELECT * FROM read_text('{outside}')", f"ATTACH '{tmp_path / 'lain.duckdb'}' AS lain",
                f"EXPORT DATABASE '{tmp_path / 'ekspor'}'"):
        result = lkj("query", sql, "--db", db)
        assert result.exit_code == ExitCode.failed, (sql, result.stdout)
        assert one_line(result).startswith("lkj: `lkj query` tidak membaca atau menulis berkas di luar gudang data"), sql
    assert sorted(p.name for p in tmp_path.iterdir()) == ["luar.csv"]
    # Nor can the statement turn the sandbox off, or send temporary files elsewhere.
    for sql in ("SET enable_external_access = true", f"SET temp_directory = '{tmp_path}'"):
        result = lkj("query", sql, "--db", db)
        assert result.exit_code == ExitCode.failed and one_line(result).startswith("lkj: SQL tidak dapat dijalankan: "), sql
    # The views still answer inside it.
    views = "SELECT " + ", ".join(f"(SELECT count(*) FROM {v})" for v in (
        "v_laporan", "v_capaian", "v_triwulan", "v_antar_unit", "v_antar_tahun", "v_temuan", "v_review")) + " AS n"
    assert lkj("query", views, "--db", db, "--format", "csv").exit_code == 0


def test_query_prints_markup_and_emoji_codes_as_they_are(db):
    result = lkj("query", """SELECT '[b]x[/b]' AS "[i]kolom[/i]", ':smile: [red]merah' AS teks""", "--db", db)
    assert result.exit_code == 0, result.stderr
    assert "[i]kolom[/i]" in result.stdout and "[b]x[/b]" in result.stdout
    assert ":smile:" in result.stdout and "[red]merah" in result.stdout
    assert "\N{SMILING FACE WITH OPEN MOUTH AND SMILING EYES}" not in result.stdout
