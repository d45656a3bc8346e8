"""A scan's own text layer: kept when its words read, OCRed over when they do not; and text drawn
inside form XObjects (how layers are stamped over pages) is read at all."""

import pikepdf
import pytest

from extractors import layer
from extractors.pages import _scan_page, parse_pages
from extractors.pdf import read_document
from lkj import api

from .corpus import REALWORLD
from .scans import score
from .truth import SAMPLES, compare, load_truth

LAYERED = SAMPLES / "scanned" / "layered"
GOOD = LAYERED / "sidoarjo-bapenda-2024-tw1-scan-layer-good.pdf"
POOR = LAYERED / "sidoarjo-bapenda-2024-tw1-scan-layer-poor.pdf"
REAL_POOR = [
    # A Kodak's visible layer ("Pelemakan", "Jabalan", "Jawa Saral") and an invisible one
    # ("akuntabef", "berorierrtasi"), both over 100% pictures.
    "jb_pk16_disnak_sekdis_ocrlayer.pdf",
    "jb_pk16_desdm_jafung_ocrlayer.pdf",
]


def test_the_word_lists_tell_a_misread_layer_from_text():
    good = "Perjanjian Kinerja ini ditandatangani oleh Kepala Dinas Peternakan Provinsi Jawa Barat " * 3
    poor = "Perjanjian Kinerja ini dilandalangani oleh Kepala Dinas Pelemakan Provinsi Jawa Saral Jabalan " * 3
    assert layer.judge([good]).reads
    judged = layer.judge([poor])
    assert not judged.reads and judged.misread > layer.MAX_MISREAD
    assert not layer.judge(["1 2 3 Rp 450.000.000"]).reads  # too few words to say anything


@pytest.mark.skipif(not REALWORLD.is_dir(), reason="../shared/realworld is not beside this checkout")
@pytest.mark.parametrize("name", REAL_POOR)
def test_real_scanners_layers_are_set_aside(name):
    path = REALWORLD / name
    scans = [_scan_page(page) for page in parse_pages(path, path.read_bytes())]
    assert all(scan.layer for scan in scans)
    assert not layer.judge(w.text for scan in scans for w in scan.words).reads


@pytest.mark.skipif(not REALWORLD.is_dir(), reason="../shared/realworld is not beside this checkout")
def test_a_digital_page_on_a_background_picture_keeps_its_text():
    """Inspektorat's PK lampiran lies on pictures covering the page twice over: its text reads,
    and it is read as the digital page it is, with its own rules."""
    document = read_document(REALWORLD / "jb_lkip16_inspektorat_lamp2_pk.pdf")
    assert document.layer_judgement.reads
    assert document.ocr_pages == [] and document.layer_pages == []


@pytest.fixture(scope="module")
def good_layer():
    return read_document(GOOD), api.extract(GOOD)


def test_a_good_layer_is_kept_with_the_rules_of_its_picture(good_layer):
    document, report = good_layer
    assert document.ocr_pages == [] and document.reread == {}
    assert document.layer_pages == [1, 2, 3, 4]
    assert report["source"]["ocr"] is True  # a scanner's layer is OCR's text
    assert not any(item["reason"] == "layer_reread" for item in report["review"])
    result = score(report, load_truth(GOOD))
    assert result.numeric_right == result.numeric, result.unflagged
    assert result.text_share >= 0.95, result.unflagged


def test_a_poor_layer_is_ocred_and_reads_as_the_plain_scan():
    report = api.extract(POOR)
    reread = [item for item in report["review"] if item["reason"] == "layer_reread"]
    assert [item["page"] for item in reread] == [1, 2, 3, 4] and all(item["raw"] for item in reread)
    assert all(item["confidence"] < layer.MIN_KNOWN for item in reread)
    result = score(report, load_truth(POOR))
    assert result.numeric_right == result.numeric, result.unflagged
    assert report["source"]["ocr"] is True


def test_text_inside_a_form_xobject_is_read(tmp_path):
    """The same page wrapped whole in a form (as pikepdf's overlays and many stamping tools do)
    reads to the same report."""
    sample = SAMPLES / "mojokerto-protokol-2022-tw1.pdf"
    wrapped = tmp_path / "wrapped.pdf"
    with pikepdf.open(sample) as pdf, pikepdf.new() as out:
        for page in pdf.pages:
            blank = out.add_blank_page(page_size=(float(page.mediabox[2]), float(page.mediabox[3])))
            blank.add_overlay(out.copy_foreign(page.as_form_xobject()))
        out.save(wrapped)
    report = api.extract(wrapped)
    _, diffs = compare(report, load_truth(sample))
    assert [d for d in diffs if not d.startswith("source.")] == []
