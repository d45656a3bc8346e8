"""A reviewer's decisions (warehouse/keputusan.py) on real extractions: kept beside the extracted
values, used by every view and export, findings recomputed, kept across a re-ingest and carried
to a revision only where its cell still reads the same."""

from __future__ import annotations

import copy
import hashlib
from pathlib import Path

import openpyxl
import pytest

from lkj import api
from normalisers.koreksi import NilaiTidakSah, validated
from warehouse.db import connect
from warehouse.keputusan import KeputusanTidakSah, decide_finding, decide_value
from warehouse.load import Outcome, load_report, report_id

from .test_cli import lkj

SAMPLES = Path(__file__).resolve().parent.parent / "sample_pdfs"
DIGITAL = SAMPLES / "mojokerto-protokol-2022-tw1.pdf"
MISCOMPUTED_ROW = 3  # capaian 48% printed for realisasi 46% of target 100%


@pytest.fixture(scope="module")
def digital():
    return api.extract(DIGITAL)


@pytest.fixture
def db(tmp_path, digital):
    path = tmp_path / "lkj.duckdb"
    with connect(path) as con:
        load_report(con, copy.deepcopy(digital), str(DIGITAL))
    return path


def one(con, sql: str, *params):
    return con.execute(sql, list(params)).fetchone()


def findings(con, rid: str) -> set[tuple]:
    return {(code, row) for code, row in con.execute(
        "SELECT code, row_no FROM v_temuan WHERE report_id = ? AND table_name = 'capaian_kinerja'", [rid]).fetchall()}


def corrected_capaian(con, rid: str, value: str = "46%") -> None:
    decide_value(con, rid, "capaian_kinerja", MISCOMPUTED_ROW, "capaian", "dikoreksi", "Siti",
                 nilai_baru=validated("capaian_kinerja", "capaian", {"raw": value}))


def test_a_correction_is_kept_beside_the_extraction_and_every_view_uses_it(db, digital):
    rid = report_id(digital)
    with connect(db) as con:
        assert ("capaian_mismatch", MISCOMPUTED_ROW) in findings(con, rid)
        corrected_capaian(con, rid)
        # The extraction stands as read; the decision is its own row, with who made it.
        assert one(con, "SELECT capaian.raw FROM capaian_kinerja WHERE report_id = ? AND row_no = ?",
                   rid, MISCOMPUTED_ROW) == ("48%",)
        assert one(con, "SELECT keputusan, oleh, raw, nilai_lama ->> 'raw', nilai_baru ->> 'raw' FROM koreksi") == (
            "dikoreksi", "Siti", "48%", "48%", "46%")
        # The views read the corrected value and say which columns were corrected.
        assert one(con, "SELECT capaian, capaian_tercetak, dikoreksi FROM v_capaian WHERE report_id = ? AND row_no = ?",
                   rid, MISCOMPUTED_ROW) == (46, "46%", "capaian")
        assert one(con, "SELECT count(*) FROM v_capaian WHERE report_id = ? AND dikoreksi IS NOT NULL", rid) == (1,)
        # The finding on the miscomputed capaian is gone: 46/100 is 46%. The others stay.
        assert ("capaian_mismatch", MISCOMPUTED_ROW) not in findings(con, rid)
        assert ("capaian_mismatch", 4) in findings(con, rid)
        assert one(con, "SELECT count(*) FROM temuan WHERE report_id = ? AND code = 'capaian_mismatch'", rid) == (1,)


def test_a_wrong_correction_makes_a_finding_and_a_later_decision_undoes_it(db, digital):
    rid = report_id(digital)
    with connect(db) as con:
        decide_value(con, rid, "capaian_kinerja", 0, "capaian", "dikoreksi", "Siti",
                     nilai_baru=validated("capaian_kinerja", "capaian", {"raw": "84%"}))
        assert ("capaian_mismatch", 0) in findings(con, rid)
        decide_value(con, rid, "capaian_kinerja", 0, "capaian", "diterima", "Budi")
        assert ("capaian_mismatch", 0) not in findings(con, rid)
        assert one(con, "SELECT capaian_tercetak, dikoreksi FROM v_capaian WHERE report_id = ? AND row_no = 0",
                   rid) == ("48%", None)
        # Both decisions are kept: the latest is in force, the first is its history.
        assert one(con, "SELECT list(keputusan ORDER BY koreksi_id) FROM koreksi") == (["dikoreksi", "diterima"],)


def test_unreadable_empties_the_cell(db, digital):
    rid = report_id(digital)
    with connect(db) as con:
        decide_value(con, rid, "capaian_kinerja", MISCOMPUTED_ROW, "capaian", "tidak_terbaca", "Siti")
        assert one(con, "SELECT capaian, capaian_tercetak, dikoreksi FROM v_capaian WHERE report_id = ? AND row_no = ?",
                   rid, MISCOMPUTED_ROW) == (None, None, "capaian")
        assert ("capaian_mismatch", MISCOMPUTED_ROW) not in findings(con, rid)


@pytest.mark.parametrize("table, column, fields, why", [
    ("capaian_kinerja", "capaian", {"raw": "Baik"}, "Capaian harus berupa angka"),
    ("capaian_kinerja", "capaian", {"raw": "46%", "number": "empat"}, "bukan angka"),
    ("capaian_kinerja", "target", {"raw": ""}, "kosong"),
    ("anggaran", "jumlah", {"raw": "banyak"}, "bukan jumlah rupiah"),
    ("laporan", "penandatangan.nip", {"raw": "1966 0419"}, "18 angka"),
    ("laporan", "triwulan", {"raw": "V"}, "bukan triwulan"),
])
def test_a_correction_is_checked_against_its_column(table, column, fields, why):
    with pytest.raises(NilaiTidakSah, match=why):
        validated(table, column, fields)


def test_a_correction_reads_indonesian_numbers():
    assert validated("capaian_kinerja", "capaian", {"raw": "14,45 %"})["number"] == 14.45
    assert validated("capaian_kinerja", "realisasi", {"raw": "13,73%", "number": "13,7"})["number"] == 13.7
    assert validated("anggaran", "jumlah", {"raw": "Rp 1.600.000.000"}) == 1600000000
    assert validated("laporan", "triwulan", {"raw": "III"}) == 3


def test_a_finding_is_accepted_or_dismissed_with_a_note(db, digital):
    rid = report_id(digital)
    with connect(db) as con:
        kunci = one(con, "SELECT kunci FROM v_temuan WHERE report_id = ? AND code = 'target_mismatch'", rid)[0]
        with pytest.raises(KeputusanTidakSah, match="catatan"):
            decide_finding(con, kunci, "ditolak", "Siti")
        decide_finding(con, kunci, "ditolak", "Siti", catatan="Target PK direvisi lewat PK perubahan")
        assert one(con, "SELECT keputusan, catatan_keputusan, diputuskan_oleh FROM v_temuan WHERE kunci = ?", kunci) == (
            "ditolak", "Target PK direvisi lewat PK perubahan", "Siti")


def test_a_reingest_keeps_the_decisions_and_a_revision_inherits_those_it_still_reads(db, digital, tmp_path):
    rid = report_id(digital)
    with connect(db) as con:
        corrected_capaian(con, rid)
        decide_value(con, rid, "capaian_kinerja", 4, "realisasi", "dikoreksi", "Siti",
                     nilai_baru=validated("capaian_kinerja", "realisasi", {"raw": "14%"}))
        # The same file again: nothing changes, the corrections hold.
        assert load_report(con, copy.deepcopy(digital), str(DIGITAL)) is Outcome.unchanged
        assert one(con, "SELECT count(*) FROM koreksi") == (2,)
        assert ("capaian_mismatch", MISCOMPUTED_ROW) not in findings(con, rid)

        # A revision of the report: other bytes, and row 4's realisasi printed otherwise now.
        revision = copy.deepcopy(digital)
        revision["source"]["sha256"] = hashlib.sha256(b"revisi").hexdigest()
        revision["source"]["file"] = "tw1-revisi.pdf"
        revision["capaian_kinerja"][4]["realisasi"]["raw"] = "13,80%"
        revision["capaian_kinerja"][4]["realisasi"]["number"] = 13.8
        assert load_report(con, revision, "tw1-revisi.pdf") is Outcome.revised
        new_id = report_id(revision)
        carried = con.execute("SELECT row_no, column_name, dibawa_dari FROM koreksi WHERE report_id = ?",
                              [new_id]).fetchall()
        assert carried == [(MISCOMPUTED_ROW, "capaian", rid)]  # the changed cell is decided anew
        assert one(con, "SELECT capaian_tercetak, dikoreksi FROM v_capaian WHERE report_id = ? AND row_no = ?",
                   new_id, MISCOMPUTED_ROW) == ("46%", "capaian")
        assert ("capaian_mismatch", MISCOMPUTED_ROW) not in findings(con, new_id)


def test_the_workbook_and_the_parquet_export_hold_the_corrected_value(db, digital, tmp_path):
    rid = report_id(digital)
    with connect(db) as con:
        corrected_capaian(con, rid)
    workbook, folder = tmp_path / "lkj.xlsx", tmp_path / "parquet"
    result = lkj("export", "--xlsx", workbook, "--db", db)
    assert result.returncode == 0, result.stderr
    sheet = openpyxl.load_workbook(workbook)["Capaian"]
    header = [cell.value for cell in sheet[1]]
    rows = [dict(zip(header, (cell.value for cell in row))) for row in sheet.iter_rows(min_row=2)]
    fixed = [row for row in rows if row["Dikoreksi penelaah"]]
    assert len(fixed) == 1 and fixed[0]["Capaian tercetak"] == "46%" and fixed[0]["Dikoreksi penelaah"] == "capaian"
    result = lkj("export", "--parquet", folder, "--db", db)
    assert result.returncode == 0, result.stderr
    import pyarrow.dataset as ds

    table = ds.dataset(folder / "v_capaian", format="parquet", partitioning="hive").to_table().to_pylist()
    assert [row["capaian_tercetak"] for row in table if row["dikoreksi"]] == ["46%"]


def test_two_reviewers_at_once_lose_no_decision(db, digital):
    """Two reviewers on one workbench, deciding at the same time: every decision is kept."""
    from concurrent.futures import ThreadPoolExecutor

    from starlette.testclient import TestClient

    from workbench.app import create_app

    rid = report_id(digital)
    with connect(db) as con:
        kunci = [k for (k,) in con.execute("SELECT kunci FROM v_temuan WHERE report_id = ?", [rid]).fetchall()]
    assert len(kunci) >= 6

    app = create_app(db)

    def reviewer(name: str, mine: list[str]) -> list[int]:
        client = TestClient(app)  # a browser of its own: its own cookies
        client.get("/antrean")
        csrf = {"X-CSRF-Token": client.cookies.get("lkj_csrf")}
        assert client.post("/nama", json={"nama": name}, headers=csrf).status_code == 200
        return [client.post("/api/temuan", json={"kunci": k, "keputusan": "diterima"}, headers=csrf).status_code
                for k in mine]

    with ThreadPoolExecutor(2) as pool:
        answers = list(pool.map(reviewer, ["Siti", "Budi"], [kunci[0::2], kunci[1::2]]))
    assert all(code == 200 for codes in answers for code in codes)
    with connect(db) as con:
        assert con.execute("SELECT count(*), count(DISTINCT oleh) FROM keputusan_temuan").fetchone() == (len(kunci), 2)
        assert con.execute("SELECT count(*) FROM v_temuan WHERE report_id = ? AND keputusan IS NULL",
                           [rid]).fetchone() == (0,)


def test_the_comparisons_use_the_corrected_figures_and_say_so(db, digital):
    rid = report_id(digital)
    with connect(db) as con:
        decide_value(con, rid, "capaian_kinerja", 4, "realisasi", "dikoreksi", "Siti",
                     nilai_baru=validated("capaian_kinerja", "realisasi", {"raw": "14%"}))
        indikator = one(con, "SELECT indikator_id FROM v_capaian WHERE report_id = ? AND row_no = 4", rid)[0]
        assert one(con, "SELECT realisasi_tw1, dikoreksi FROM v_triwulan WHERE indikator_id = ?", indikator) == (
            14, "TW I: realisasi")
        assert one(con, "SELECT indikator_dikoreksi FROM v_antar_unit WHERE unit_kerja = ?",
                   digital["laporan"]["unit_kerja"]) == (1,)
    result = lkj("compare", "--pemda", digital["laporan"]["pemda"], "--tahun", 2022, "--unit",
                 digital["laporan"]["unit_kerja"], "--view", "triwulan", "--format", "csv", "--db", db)
    assert result.returncode == 0, result.stderr
    assert "14%" in result.stdout and "13,73%" not in result.stdout
