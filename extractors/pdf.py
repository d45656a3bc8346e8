"""Read a PDF once: per page, its text lines and its ruled grids, with page numbers.

The stages, each in its own module: `sniff` says whether the bytes are a whole PDF; `prescan`
refuses what would eat the machine and repairs what qpdf can; `pages` parses each page once,
with playa, into glyphs and ruling (OCR reads the scanned ones from their image instead);
`grids` assembles words and ruling into cells, grids and lines. Everything downstream works on
the records of `records`, re-exported here.
"""

from __future__ import annotations

from collections import Counter
from contextlib import closing
from functools import partial
from pathlib import Path

from . import ocr
from .errors import DamagedPdfError, OcrUnavailableError
from .grids import SCAN_JOIN, _build_page, _find_tables, vocable
from .pages import _ocr_scan, _scan_page, parse_pages
from .prescan import Limits, prescan
from .records import Cell, Document, Grid, Line, Page, Word
from .sniff import check_is_pdf, sniff

__all__ = ["Cell", "Document", "Grid", "Line", "Page", "Word", "check_is_pdf", "read_document", "vocable"]


def read_document(path: str | Path, limits: Limits | None = None) -> Document:
    """Parse every page of `path` into lines and grids, within `limits`."""
    path = Path(path)
    data, sha256 = sniff(path)
    document = Document(path=path, sha256=sha256)
    checked = prescan(path, data, limits or Limits())
    document.notes = checked.notes
    with closing(parse_pages(path, checked.data)) as parsed:
        scans = [_scan_page(page) for page in parsed]
    if not scans:
        raise DamagedPdfError(path, "no pages")
    document.ocr_pages = [scan.number for scan in scans if scan.needs_ocr]
    if document.ocr_pages:
        try:
            for read in ocr.read_pages(checked.data, document.ocr_pages, partial(_find_tables, join=SCAN_JOIN)):
                scans[read.number - 1] = _ocr_scan(read)
        except ocr.OcrUnavailable as error:
            raise OcrUnavailableError(path, str(error)) from None
    vocabulary = Counter(vocable(w.text) for scan in scans for w in scan.words)
    document.pages = [_build_page(scan, vocabulary) for scan in scans]
    return document
