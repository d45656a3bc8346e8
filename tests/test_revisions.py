"""Which file of a period is current: by a stated rule (issue 13 item 4), never by loading order.
A scan with the figures of a digital report of its period is a copy of it and never current;
otherwise the later submission is. Real extractions of the Sidoarjo report and its scan."""

import copy
import os
import subprocess
import sys
import time
import zipfile
from datetime import datetime, timedelta

import pikepdf
import pytest

from lkj import api, batch
from warehouse.db import connect
from warehouse.load import Outcome, load_report, scan_of

from .truth import SAMPLES

DIGITAL = "sidoarjo-bapenda-2024-tw1.pdf"
SCAN = SAMPLES / "scanned" / "layered" / "sidoarjo-bapenda-2024-tw1-scan-layer-good.pdf"
MONDAY = datetime(2024, 4, 8, 9, 0)


@pytest.fixture(scope="module")
def scan() -> dict:
    report = api.extract(SCAN)
    assert report["source"]["ocr"]
    return report


def _standing(con) -> list[tuple]:
    return con.execute("SELECT file, is_current, salinan_dari_file FROM v_laporan ORDER BY file").fetchall()


@pytest.mark.parametrize("scan_first", [False, True])
def test_a_scan_with_the_digital_figures_is_a_copy_whatever_the_order(fresh_db, extracted, scan, scan_first):
    digital = extracted[DIGITAL]
    if scan_first:
        assert load_report(fresh_db, scan, SCAN.name, MONDAY + timedelta(days=1)) is Outcome.ingested
        assert load_report(fresh_db, digital, DIGITAL, MONDAY) is Outcome.revised
    else:
        assert load_report(fresh_db, digital, DIGITAL, MONDAY) is Outcome.ingested
        assert load_report(fresh_db, scan, SCAN.name, MONDAY + timedelta(days=1)) is Outcome.scan_copy
        assert scan_of(fresh_db, scan) == f"pindaian dari {DIGITAL}"
    # The scan is later, and still the digital file is current.
    assert _standing(fresh_db) == sorted([(DIGITAL, True, None), (SCAN.name, False, DIGITAL)])


def _revised(report: dict) -> dict:
    """The scan with one realisasi changed by the office: a revision, however OCR read the rest."""
    revised = copy.deepcopy(report)
    revised["source"].update(sha256="e" * 64, file="revisi.pdf")
    cell = revised["capaian_kinerja"][0]["realisasi"]
    cell.update(raw="52%", number=52.0 if cell["number"] != 52 else 53.0)
    return revised


@pytest.mark.parametrize("scan_later", [False, True])
def test_otherwise_the_later_submission_is_current(fresh_db, extracted, scan, scan_later):
    revised = _revised(scan)
    scan_time = MONDAY + timedelta(days=1 if scan_later else -1)
    # Loaded in the same order both times: only the submission times differ.
    load_report(fresh_db, extracted[DIGITAL], DIGITAL, MONDAY)
    assert load_report(fresh_db, revised, "revisi.pdf", scan_time) is Outcome.revised
    assert _standing(fresh_db) == sorted([(DIGITAL, not scan_later, None), ("revisi.pdf", scan_later, None)])


def test_a_doubted_figure_is_forgiven_only_as_a_misreading(fresh_db, extracted, scan):
    digital = extracted[DIGITAL]
    row = next(i for i, r in enumerate(digital["capaian_kinerja"]) if (r["realisasi"] or {}).get("number"))
    printed = digital["capaian_kinerja"][row]["realisasi"]["raw"]
    doubt = {"table": "capaian_kinerja", "row": row, "column": "realisasi", "page": 1, "raw": "?", "value": None,
             "confidence": 0.4, "reason": "low_confidence"}

    def read_as(raw: str, number: float, sha: str) -> dict:
        report = copy.deepcopy(scan)
        report["source"]["sha256"] = sha * 64
        report["capaian_kinerja"][row]["realisasi"].update(raw=raw, number=number)
        report["review"] = [*report.get("review", []), doubt]
        return report

    load_report(fresh_db, digital, DIGITAL, MONDAY)
    misread = printed.replace("0", "O", 1) if "0" in printed else printed.replace("1", "l", 1)
    assert misread != printed
    assert load_report(fresh_db, read_as(misread, 999.0, "a"), "a.pdf", MONDAY) is Outcome.scan_copy
    assert load_report(fresh_db, read_as("7%", 7.0, "b"), "b.pdf", MONDAY) is Outcome.revised


def _another_printing(target, title: str) -> None:
    """The digital sample saved again with another title: other bytes, the same report."""
    with pikepdf.open(SAMPLES / DIGITAL) as pdf:
        pdf.docinfo["/Title"] = title
        pdf.save(target)


def test_folders_and_archives_give_each_file_its_own_date(tmp_path):
    older, newer = tmp_path / "b-awal.pdf", tmp_path / "a-revisi.pdf"
    _another_printing(older, "awal")
    _another_printing(newer, "revisi")
    os.utime(older, (time.time() - 86400,) * 2)
    archive = tmp_path / "arsip.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.write(newer, "2024/laporan.pdf")  # dated with the file's modification time, to 2 s
    with batch.gather([tmp_path]) as sources:
        dated = {source.name: source.submitted for source in sources}
    assert dated["b-awal.pdf"] < dated["a-revisi.pdf"]
    member_date = dated["arsip.zip/2024/laporan.pdf"]
    assert abs(member_date - datetime.fromtimestamp(newer.stat().st_mtime)) <= timedelta(seconds=2)


def test_ingest_makes_the_newer_file_current_not_the_one_read_last(tmp_path):
    folder = tmp_path / "arsip"
    folder.mkdir()
    # Read in name order: "a-…" first. Its modification time is the later one, so it is current.
    _another_printing(folder / "a-revisi.pdf", "revisi")
    _another_printing(folder / "b-awal.pdf", "awal")
    os.utime(folder / "b-awal.pdf", (time.time() - 86400,) * 2)
    db = tmp_path / "lkj.duckdb"
    result = subprocess.run([sys.executable, "-m", "lkj.cli", "ingest", str(folder), "--db", str(db)],
                            capture_output=True, text=True, timeout=240, check=False)
    assert result.returncode == 0, result.stderr
    con = connect(db, read_only=True)
    try:
        assert _standing(con) == [("a-revisi.pdf", True, None), ("b-awal.pdf", False, None)]
    finally:
        con.close()


def test_the_report_marks_ocr_figures_and_counts_what_awaits_review(fresh_db, extracted, scan):
    from report.data import gather
    from report.html import render

    laporan = scan["laporan"]
    load_report(fresh_db, scan, SCAN.name, MONDAY)  # no digital file: the scan is current
    page = render(gather(fresh_db, laporan["pemda"], laporan["tahun"]))
    waiting = len(scan["review"])
    assert waiting and waiting == fresh_db.execute("SELECT count(*) FROM v_review").fetchone()[0]
    assert f'<span class="nilai">{waiting}</span><span class="label">Nilai perlu diperiksa</span>' in page
    assert "1 laporan dibaca dengan OCR dari pindaian" in page
    assert '<span class="ocr" title="angka dibaca dengan OCR dari pindaian">OCR: TW I</span>' in page
    assert "Angka TW I hasil OCR" in page

    # Its digital file loaded: the scan is a copy, and nothing in the report came from OCR.
    load_report(fresh_db, extracted[DIGITAL], DIGITAL, MONDAY)
    page = render(gather(fresh_db, laporan["pemda"], laporan["tahun"]))
    assert "hasil OCR" not in page and "OCR:" not in page and "dengan OCR" not in page
    assert '<span class="nilai">0</span><span class="label">Nilai perlu diperiksa</span>' in page
