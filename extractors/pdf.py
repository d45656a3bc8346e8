"""Read a PDF once: per page, its text lines and its ruled grids, with page numbers.

The stages, each in its own module: `sniff` says whether the bytes are a whole PDF; `prescan`
refuses what would eat the machine and repairs what qpdf can; `pages` parses each page once,
with playa, into glyphs and ruling (OCR reads the scanned ones from their image instead);
`grids` assembles words and ruling into cells, grids and lines. Everything downstream works on
the records of `records`, re-exported here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from contextlib import closing
from contextvars import ContextVar
from functools import partial
from pathlib import Path

from messages import _

from . import layer, ocr
from .errors import DamagedPdfError, OcrUnavailableError
from .grids import SCAN_JOIN, _build_page, _find_tables, vocable
from .pages import _ocr_scan, _scan_page, _with_rules, parse_pages
from .prescan import Limits, prescan
from .records import Cell, Document, Grid, Line, Page, Word
from .sniff import check_is_pdf, sniff

# Told (pages done, pages in all) as a file's pages are OCRed, the slow part of reading a scan:
# the bounded worker passes it on, to extend its time limit and show progress.
PROGRESS: ContextVar[Callable[[int, int], None]] = ContextVar("PROGRESS", default=lambda done, total: None)
LAYER_SAMPLE_WORDS = 12  # of a set-aside layer, shown to the reviewer beside the page

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
        raise DamagedPdfError(path, _("no pages"))
    layered = [scan for scan in scans if scan.layer]
    judgement = layer.judge(w.text for scan in layered for w in scan.words) if layered else None
    document.layer_judgement = judgement
    if judgement is not None and not judgement.reads:
        document.reread = {scan.number: " ".join(w.text for w in scan.words[:LAYER_SAMPLE_WORDS]) for scan in layered}
    document.ocr_pages = [scan.number for scan in scans if scan.needs_ocr or scan.number in document.reread]
    find_tables = partial(_find_tables, join=SCAN_JOIN)
    report = PROGRESS.get()
    try:
        if document.ocr_pages:
            report(0, len(document.ocr_pages))
            for done, read in enumerate(ocr.read_pages(checked.data, document.ocr_pages, find_tables), start=1):
                scans[read.number - 1] = _ocr_scan(read)
                report(done, len(document.ocr_pages))
        if judgement is not None and judgement.reads:
            document.layer_pages = [scan.number for scan in layered if scan.hidden_layer]
            for rules in ocr.read_rules(checked.data, document.layer_pages, find_tables):
                scans[rules.number - 1] = _with_rules(scans[rules.number - 1], rules)
    except ocr.OcrUnavailable as error:
        raise OcrUnavailableError(path, str(error)) from None
    vocabulary = Counter(vocable(w.text) for scan in scans for w in scan.words)
    document.pages = [_build_page(scan, vocabulary) for scan in scans]
    return document
