"""What a scanned page is read at, and which way its lines run, on real scans: the two choices
made before a page is read, which set how long a long archive scan takes."""

import cv2
import pypdfium2
import pytest

from extractors import ocr

from .corpus import REALWORLD
from .truth import SAMPLES

SCANS = sorted((SAMPLES / "scanned").glob("*-scan.pdf"))
ARCHIVE_SCAN = REALWORLD / "jb_lkip16_psda_scan.pdf"  # 142 pages, 100 dpi, 1-bit


def _gray(page: pypdfium2.PdfPage, dpi: float):
    pixels = page.render(scale=dpi / 72).to_numpy()
    return pixels if pixels.ndim == 2 else cv2.max(cv2.max(pixels[:, :, 0], pixels[:, :, 1]), pixels[:, :, 2])


def test_a_scan_at_150_dpi_or_more_is_read_at_300():
    for pdf in SCANS:
        document = pypdfium2.PdfDocument(pdf)
        assert {ocr.reading_dpi(document[index]) for index in range(len(document))} == {ocr.DPI}, pdf.name


@pytest.mark.skipif(not ARCHIVE_SCAN.is_file(), reason="../shared/realworld is not beside this checkout")
def test_a_100_dpi_archive_scan_is_read_at_twice_its_resolution():
    document = pypdfium2.PdfDocument(ARCHIVE_SCAN)
    assert {ocr.reading_dpi(document[index]) for index in range(0, len(document), 10)} == {2 * 100}


@pytest.mark.skipif(not ARCHIVE_SCAN.is_file(), reason="../shared/realworld is not beside this checkout")
def test_only_a_black_and_white_picture_is_read_as_binarised():
    """The 1-bit archive scan and the 1-bit scanned PK are binarised (their broken rules are
    looked for); the samples' grey scans and the colour photo are not."""
    for pdf in (ARCHIVE_SCAN, REALWORLD / "jb_pk16_kadis_scan.pdf"):
        document = pypdfium2.PdfDocument(pdf)
        assert all(ocr.is_binarised(document[index]) for index in range(0, len(document), 10)), pdf.name
    for pdf in sorted((SAMPLES / "scanned").glob("*.pdf")):
        document = pypdfium2.PdfDocument(pdf)
        assert not any(ocr.is_binarised(document[index]) for index in range(len(document))), pdf.name


def test_a_page_of_grey_pictures_is_rendered_grey_and_reads_the_same():
    """A scan's page (grey or 1-bit pictures only) is rendered in grey at once: the same pixels
    as the colour rendering's brightest channel. A colour photo, a digital page and a scan under
    a text layer are rendered in colour."""
    for pdf in [*SCANS, *([ARCHIVE_SCAN] if ARCHIVE_SCAN.is_file() else [])]:
        page = pypdfium2.PdfDocument(pdf)[1]
        assert ocr._grey_only(page), pdf.name
        grey = page.render(scale=ocr.DPI / 72, grayscale=True).to_numpy()
        assert (grey == _gray(page, ocr.DPI)).all(), pdf.name
    for pdf in (SAMPLES / "scanned" / "mojokerto-protokol-2022-tw2-photo.pdf", SAMPLES / "mojokerto-protokol-2022-tw1.pdf",
                SAMPLES / "scanned" / "layered" / "sidoarjo-bapenda-2024-tw1-scan-layer-poor.pdf"):
        assert not ocr._grey_only(pypdfium2.PdfDocument(pdf)[1]), pdf.name


def test_a_page_scanned_sideways_is_never_taken_for_upright():
    """A page turned a quarter (a landscape table scanned sideways) never passes for upright, so
    it always gets its glance; most upright pages do (the samples' scans are all upright), and
    are read without one."""
    clear = pages = 0
    for pdf in SCANS:
        document = pypdfium2.PdfDocument(pdf)
        for index in range(len(document)):
            gray = _gray(document[index], ocr.DPI)
            across = ocr._lines_across(gray)
            clear, pages = clear + (across >= ocr.LINES_ACROSS), pages + 1
            assert ocr._lines_across(cv2.rotate(gray, cv2.ROTATE_90_CLOCKWISE)) < ocr.LINES_ACROSS, f"{pdf.name} page {index + 1}"
    assert clear >= 0.8 * pages, f"{clear} of {pages} pages"


@pytest.mark.skipif(not ARCHIVE_SCAN.is_file(), reason="../shared/realworld is not beside this checkout")
def test_a_page_whose_lines_plainly_run_up_and_down_is_turned_after_one_glance(monkeypatch):
    """Page 100 of the archive scan, a landscape table printed sideways, is turned a quarter
    clockwise at the first glance, and read once."""
    page = pypdfium2.PdfDocument(ARCHIVE_SCAN)[99]
    dpi = ocr.reading_dpi(page)
    gray = page.render(scale=dpi / 72, grayscale=True).to_numpy()
    assert ocr._lines_across(gray) < 1 / ocr.LINES_ACROSS
    glanced, readings = [], []
    glance, read_upright = ocr._glance, ocr._read_upright
    monkeypatch.setattr(ocr, "_glance", lambda *a: glanced.append(1) or glance(*a))
    monkeypatch.setattr(ocr, "_read_upright", lambda *a, **k: readings.append(1) or read_upright(*a, **k))
    width, height = page.get_size()
    read = ocr._read_page(100, width, height, gray, gray, dpi, lambda edges: [], ocr.is_binarised(page))
    assert len(glanced) == 1 and len(readings) == 1
    assert (read.width, read.height) == (height, width) and ocr._reads_well(read.words)
