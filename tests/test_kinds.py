"""Kinds of document (issue 11, deliverable 3): `laporan.jenis` from what the document says and holds,
`table_not_found` only for the tables its kind should hold, several PKs bound in one PDF read as
several reports (never merged, each its own laporan in the warehouse), and documents lkj does not read
refused with what they look like. Real PDFs, read in place; one extraction per file."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import jsonschema
import pytest

from lkj import api
from lkj.exceptions import ExitCode, NoLkjTablesError, NotAnLkjError
from normalisers.jenis import JENIS, REQUIRED
from normalisers.temuan import missing_tables
from warehouse.load import Outcome, is_loaded, load_report, report_id

from .corpus import REALWORLD
from .truth import SAMPLES

pytestmark = pytest.mark.skipif(not REALWORLD.is_dir(), reason="../shared/realworld is not beside this checkout")

MUSEUM = REALWORLD / "jb_pk16_disparbud_museum.pdf"  # a head and two section heads, each signing a PK
# The kind each document says it is: title words, else chapters, else its tables.
KINDS = {
    REALWORLD / "jb_lkip16_biro_admbang.pdf": "lkjip",                 # "LAPORAN KINERJA INSTANSI PEMERINTAH Tahun 2016"
    REALWORLD / "jb_lkip16_biro_organisasi.pdf": "lkjip",              # no cover: BAB I PENDAHULUAN
    REALWORLD / "jb_lkip16_inspektorat_lamp2_pk.pdf": "perjanjian_kinerja",  # "LKIP 2016 / Lampiran 2 / Perjanjian Kinerja"
    REALWORLD / "jb_lkip16_inspektorat_lamp3_renaksi.pdf": "rencana_aksi",   # "LKIP 2016 / Lampiran 3 / Rencana Aksi"
    REALWORLD / "jb_pk16_bappeda_ess2.pdf": "perjanjian_kinerja",      # statement, then its lampiran, one signatory
    REALWORLD / "jb_pk16_disparbud_kadis.pdf": "perjanjian_kinerja",
    REALWORLD / "jb_ra16_dishub_rencana_aksi.pdf": "rencana_aksi",
    SAMPLES / "mojokerto-protokol-2022-tw1.pdf": "lkj_triwulan",
    SAMPLES / "layout-annual-1.pdf": "lkjip",
}


def lkj(*args):
    return subprocess.run([sys.executable, "-m", "lkj.cli", *map(str, args)], check=False, capture_output=True,
                          text=True, timeout=300)


@pytest.fixture(scope="module")
def reports() -> dict[str, list[dict]]:
    return {pdf.name: api.extract_all(pdf) for pdf in [*KINDS, MUSEUM]}


@pytest.mark.parametrize("pdf", list(KINDS), ids=lambda p: p.stem)
def test_jenis_is_what_the_document_says_it_is(pdf, reports):
    [report] = reports[pdf.name]
    assert report["laporan"]["jenis"] == KINDS[pdf]
    jsonschema.validate(report, api.schema())


@pytest.mark.parametrize("pdf", list(KINDS), ids=lambda p: p.stem)
def test_table_not_found_only_for_what_the_kind_holds(pdf, reports):
    [report] = reports[pdf.name]
    missing = {t["where"]["table"] for t in report["temuan"] if t["code"] == "table_not_found"}
    assert missing <= set(REQUIRED[report["laporan"]["jenis"]])
    assert missing == {table for table in REQUIRED[report["laporan"]["jenis"]] if not report[table]}


def test_a_pk_is_not_missing_a_capaian_table_but_a_quarterly_report_is():
    def report(jenis, triwulan=None):
        return {"laporan": {"jenis": jenis, "triwulan": triwulan}, "perjanjian_kinerja": [{"indikator": "x"}],
                "anggaran": [], "rencana_triwulan": [], "capaian_kinerja": []}

    assert missing_tables(report("perjanjian_kinerja")) == []
    assert [t["where"]["table"] for t in missing_tables(report("rencana_aksi"))] == ["rencana_triwulan"]
    assert [t["where"]["table"] for t in missing_tables(report("lkjip"))] == ["anggaran", "capaian_kinerja"]
    quarterly = missing_tables(report("lkj_triwulan", 2))
    assert [t["where"]["table"] for t in quarterly] == ["anggaran", "rencana_triwulan", "capaian_kinerja"]
    assert "Laporan Kinerja triwulan semestinya memuatnya" in quarterly[0]["message"]
    assert set(REQUIRED) == set(JENIS)


# --- several PKs bound in one PDF ------------------------------------------------------------------

def test_three_pks_bound_in_one_file_are_three_reports(reports):
    museum = reports[MUSEUM.name]
    assert [r["source"]["part"] for r in museum] == [1, 2, 3]
    assert {r["source"]["parts"] for r in museum} == {3}
    assert [r["source"]["part_pages"] for r in museum] == [[1, 1], [2, 2], [3, 3]]
    assert [r["laporan"]["unit_kerja"] for r in museum] == [
        "Balai Pengelolaan Museum Negeri Sri Baduga", "Seksi Perlindungan", "Seksi Pemanfaatan"]
    # Each is signed by its own pihak pertama; the head who signs the first signs the others as pihak kedua.
    assert [r["laporan"]["penandatangan"]["nip"] for r in museum] == [
        "195904281981031005", "195907311990032001", "196403061991032006"]
    for report in museum:
        jsonschema.validate(report, api.schema())
        assert report["laporan"]["jenis"] == "perjanjian_kinerja"
        first, last = report["source"]["part_pages"]
        rows = [row for table in ("perjanjian_kinerja", "anggaran") for row in report[table]]
        assert rows and all(first <= row["page"] <= last for row in rows)  # never merged
    assert [len(r["perjanjian_kinerja"]) for r in museum[1:]] == [5, 6]


def test_a_pk_whose_lampiran_repeats_its_title_and_signatures_is_one_report(reports):
    [report] = reports["jb_pk16_bappeda_ess2.pdf"]
    assert "part" not in report["source"] and len(report["perjanjian_kinerja"]) == 14


def test_extract_prints_one_document_per_line_and_one_alone_unchanged():
    several = lkj("extract", MUSEUM)
    assert several.returncode == 0, several.stderr
    documents = [json.loads(line) for line in several.stdout.splitlines()]
    assert [d["source"]["part"] for d in documents] == [1, 2, 3]
    one = lkj("extract", SAMPLES / "mojokerto-protokol-2022-tw1.pdf")
    assert "part" not in json.loads(one.stdout)["source"]  # one JSON document, as before
    scanned = lkj("scan", MUSEUM).stdout.splitlines()
    assert [line.split(":")[0] for line in scanned] == [f"{MUSEUM.name} [{n}/3]" for n in (1, 2, 3)]
    assert all("| 2016 Perjanjian Kinerja |" in line for line in scanned)


def test_explain_names_each_bound_report():
    explained = api.explain(MUSEUM)
    assert explained["jenis"] == "perjanjian_kinerja"
    assert [p["pages"] for p in explained["parts"]] == [[1, 1], [2, 2], [3, 3]]
    assert {c["page"] for p in explained["parts"] for c in p["candidates"]} == {1, 2, 3}
    assert "3 reports bound in this file" in explained["text"]
    assert "--- report 2 of 3: pages 2-2, Seksi Perlindungan" in explained["text"]


def test_each_bound_report_is_its_own_laporan_in_the_warehouse(reports, fresh_db):
    museum = reports[MUSEUM.name]
    sha = museum[0]["source"]["sha256"]
    assert load_report(fresh_db, museum[0]) == Outcome.ingested
    assert not is_loaded(fresh_db, sha)  # two of its reports are still to load: a rerun loads them
    assert [load_report(fresh_db, report) for report in museum] == [Outcome.unchanged, Outcome.ingested,
                                                                    Outcome.ingested]
    assert is_loaded(fresh_db, sha)
    rows = fresh_db.execute(
        "SELECT report_id, sha256, part, parts, jenis, unit_kerja, is_current FROM v_laporan ORDER BY part").fetchall()
    assert [r[0] for r in rows] == [f"{sha}#{n}" for n in (1, 2, 3)] == [report_id(r) for r in museum]
    assert {(r[1], r[3], r[4], r[6]) for r in rows} == {(sha, 3, "perjanjian_kinerja", True)}
    pk_rows = fresh_db.execute(
        "SELECT report_id, count(*) FROM perjanjian_kinerja GROUP BY report_id ORDER BY report_id").fetchall()
    assert [n for _, n in pk_rows] == [2, 5, 6]  # each PK's own rows (the first's targets: two counts each)


def test_a_pk_and_a_rencana_aksi_of_one_unit_and_year_are_not_revisions(reports, fresh_db):
    [pk] = reports["jb_lkip16_inspektorat_lamp2_pk.pdf"]
    [plan] = reports["jb_lkip16_inspektorat_lamp3_renaksi.pdf"]
    assert (pk["laporan"]["unit_kerja"], pk["laporan"]["tahun"]) == (plan["laporan"]["unit_kerja"], plan["laporan"]["tahun"])
    assert [load_report(fresh_db, pk), load_report(fresh_db, plan)] == [Outcome.ingested, Outcome.ingested]
    assert fresh_db.execute("SELECT count(*) FROM v_laporan WHERE is_current").fetchone()[0] == 2


# --- documents lkj does not read --------------------------------------------------------------------

REFUSED = {
    "tangsel_rkpd23_bkad.pdf": "formulir evaluasi RKPD",
    "tangsel_rkpd23_capil.pdf": "formulir evaluasi RKPD",
    "jb_lkip16_inspektorat_lamp1_iku.pdf": "definisi Indikator Kinerja Utama",
    "jb_pk16_desdm_jafung_ocrlayer.pdf": "daftar tugas jabatan",
}


@pytest.mark.parametrize("name", list(REFUSED))
def test_a_document_lkj_does_not_read_is_refused_with_what_it_looks_like(name, tmp_path):
    # Under another name: what it looks like comes from its tables, never from its file name.
    renamed = tmp_path / "laporan-kinerja-2016.pdf"
    shutil.copyfile(REALWORLD / name, renamed)
    with pytest.raises(NotAnLkjError) as refused:
        api.extract_all(renamed)
    assert isinstance(refused.value, NoLkjTablesError) and refused.value.exit_code == ExitCode.no_lkj_tables
    message = refused.value.message
    assert message.startswith("laporan-kinerja-2016.pdf: tampaknya ") and REFUSED[name] in message
    assert "\n" not in message


def test_the_refusal_is_one_line_and_its_exit_code():
    result = lkj("extract", REALWORLD / "tangsel_rkpd23_bkad.pdf")
    assert result.returncode == ExitCode.no_lkj_tables and result.stdout == ""
    [line] = result.stderr.strip().splitlines()
    assert line == ("lkj: tangsel_rkpd23_bkad.pdf: tampaknya formulir evaluasi RKPD/Renja (realisasi program dan "
                    "kegiatan per triwulan, tanpa target); lkj membaca tabel sasaran, indikator dan target dari LKj, "
                    "LKjIP, Perjanjian Kinerja dan Rencana Aksi")


def test_explain_of_a_refused_document_says_what_it_looks_like():
    explained = api.explain(REALWORLD / "jb_lkip16_inspektorat_lamp1_iku.pdf")
    assert explained["jenis"] is None and "definisi Indikator Kinerja Utama" in explained["refused"]
    assert explained["text"].startswith("refused: ") and explained["candidates"]
