"""Scanned twins: OCR reads them to their digital twin's truth, and flags what it may have got wrong."""

import jsonschema
import pytest

from lkj import api
from warehouse.load import load_report

from .scans import ScanScore, score
from .truth import SAMPLES, load_truth

SCANS = sorted((SAMPLES / "scanned").glob("*.pdf"))
# Files short of a goal today, with why; strict, so the mark must go once they reach it.
SHORT_OF_NUMERIC = {
    "mojokerto-protokol-2022-tw4-scan": "the stamp and signature hide the signer's name (97.6%)",
}
SHORT_OF_FLAGGING = {
    "malang-diskominfo-2023-tw4-scan": "a capital letter misread with high confidence in a sasaran; "
                                       "the stamp cuts the jabatan short",
}


@pytest.fixture(scope="session")
def scanned() -> dict[str, dict]:
    return {pdf.stem: api.extract(pdf) for pdf in SCANS}


def _marked(stems: dict[str, str]):
    return [pytest.param(pdf, id=pdf.stem, marks=[pytest.mark.xfail(strict=True, reason=stems[pdf.stem])]
                         if pdf.stem in stems else []) for pdf in SCANS]


def test_there_are_scanned_twins():
    assert len(SCANS) >= 6
    assert {p.stem for p in SCANS} >= {f"mojokerto-protokol-2022-tw{q}-scan" for q in range(1, 5)}


def test_scans_read_to_their_truth_overall(scanned, capsys):
    total = ScanScore()
    lines = []
    for pdf in SCANS:
        result = score(scanned[pdf.stem], load_truth(pdf))
        total = total.add(result)
        lines.append(f"  {pdf.stem:38} numeric/category {result.numeric_right:3}/{result.numeric:3} "
                     f"{result.numeric_share:7.2%}   text {result.text_share:7.2%}   unflagged {len(result.unflagged)}")
    with capsys.disabled():
        print("\nscanned twins, cells equal to the truth:\n" + "\n".join(lines))
        print(f"  {'all':38} numeric/category {total.numeric_right:3}/{total.numeric:3} {total.numeric_share:7.2%}"
              f"   text {total.text_share:7.2%}   unflagged {len(total.unflagged)}")
    assert total.numeric_share >= 0.98
    assert total.text_share >= 0.95


@pytest.mark.parametrize("pdf", _marked(SHORT_OF_NUMERIC))
def test_each_scan_reads_its_figures(pdf, scanned):
    assert score(scanned[pdf.stem], load_truth(pdf)).numeric_share >= 0.98


@pytest.mark.parametrize("pdf", _marked(SHORT_OF_FLAGGING))
def test_every_wrong_cell_is_in_review(pdf, scanned):
    unflagged = score(scanned[pdf.stem], load_truth(pdf)).unflagged
    assert not unflagged, "\n".join(unflagged)


@pytest.mark.parametrize("pdf", SCANS, ids=[p.stem for p in SCANS])
def test_scans_say_they_were_ocred_and_validate(pdf, scanned):
    report = scanned[pdf.stem]
    assert report["source"]["ocr"] is True
    jsonschema.validate(report, api.schema())
    for item in report["review"]:
        assert 0 <= item["confidence"] <= 1
        assert item["confidence"] <= 0.9 or item["repaired"] or item["table"] == "laporan"


def test_a_text_layer_pdf_has_nothing_to_review(extracted):
    assert all(report["review"] == [] and report["source"]["ocr"] is False for report in extracted.values())


def test_repairs_are_listed_with_what_was_read(scanned):
    repaired = [item for report in scanned.values() for item in report["review"] if item["repaired"]]
    assert repaired, "the scans hold OCR confusions that lkj repairs"
    # "10096" read for "100%": what was read is kept beside the value made of it.
    assert any(item["raw"] != (item["value"] or {}).get("raw") for item in repaired if isinstance(item["value"], dict))


def test_v_review_shows_what_awaits_checking(fresh_db, scanned):
    report = scanned["mojokerto-protokol-2022-tw1-scan"]
    load_report(fresh_db, report, "scan.pdf")
    rows = fresh_db.execute("SELECT tabel, baris, kolom, page, terbaca, keyakinan, alasan FROM v_review").fetchall()
    assert len(rows) == len(report["review"]) > 0
    assert {r[6] for r in rows} <= {"diperbaiki otomatis", "keyakinan rendah"}
