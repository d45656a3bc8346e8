"""Read a PDF once: per page, its text lines and its ruled grids, with page numbers.

Each page's content stream is interpreted once, by playa (the compiled PDF
parser camelot 2 is built on): glyphs with their boxes and the ruling paths.
pdfplumber's own algorithms then group glyphs into words and ruling edges into
table cells, on those plain records, so no page is parsed twice. Everything
downstream works on the records defined here.
"""

from __future__ import annotations

import bisect
import hashlib
from collections import Counter
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import logging

import playa
from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges
from pdfplumber.utils.text import WordExtractor
from playa.exceptions import PDFEncryptionError, PDFException, PDFPasswordIncorrect

from lkj.exceptions import (DamagedPdfError, EncryptedPdfError, NotAPdfError, OcrUnavailableError,
                            UnreadableFileError)

from . import ocr
from .cells import join_cell_lines
from .prescan import Limits, prescan
from .textgrid import find_text_tables

# A scanned rule may break for this long (points) and still be one rule.
SCAN_JOIN = 8.0
# Ruling lines closer than this (points) are one line: Word draws cell borders
# and shading rectangles a hair apart.
SNAP = 2.5
# Words whose tops differ by less than this are on one line.
LINE_TOLERANCE = 3.0
# A ruling segment shorter than this is a tick or a glyph, not a cell border.
MIN_EDGE = 3.0
# Word draws borders as filled rectangles this thin at most.
MAX_RULE = 2.0
# Text render modes that paint nothing: 3 (invisible) and 7 (clip only), as OCR layers use.
_INVISIBLE = {3, 7}
# playa reports what it recovers from on the log; lkj says it once, as a finding.
logging.getLogger("playa").setLevel(logging.CRITICAL)
_WORDS = WordExtractor(x_tolerance=3, y_tolerance=3, keep_blank_chars=False, use_text_flow=False)


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    confidence: float | None = None  # OCR's, 0-100; None for a text layer


@dataclass(frozen=True)
class Line:
    """A line of running text (outside every grid)."""

    text: str
    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    bold: bool = False
    confidences: tuple[float | None, ...] = ()  # OCR's, one per word of `text`
    obscured: bool = False  # a stamp or signature is on or beside it (scans)


@dataclass
class Cell:
    """One drawn cell; a merged cell covers rows row0..row1-1 and columns col0..col1-1."""

    row0: int
    row1: int
    col0: int
    col1: int
    text: str
    page: int
    bbox: tuple[float, float, float, float]
    text_x0: float | None = None  # where the text starts: indentation tells nesting
    confidence: float | None = None  # OCR's lowest word confidence (0-100); None when printed text
    ruled: bool = True  # drawn with rules; False when the columns were read from the white space


@dataclass
class Grid:
    """A ruled table as drawn on one page."""

    page: int
    bbox: tuple[float, float, float, float]
    n_rows: int
    n_cols: int
    cells: list[Cell]
    col_edges: list[float]

    def at(self, row: int, col: int) -> Cell | None:
        for cell in self.cells:
            if cell.row0 <= row < cell.row1 and cell.col0 <= col < cell.col1:
                return cell
        return None

    def matrix(self) -> list[list[Cell | None]]:
        """Row-major cells; a merged cell stands in every position it covers."""
        rows: list[list[Cell | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for cell in self.cells:
            for r in range(cell.row0, cell.row1):
                for c in range(cell.col0, cell.col1):
                    rows[r][c] = cell
        return rows


@dataclass
class Page:
    number: int
    width: float
    height: float
    lines: list[Line]
    grids: list[Grid]


@dataclass
class Document:
    path: Path
    sha256: str
    pages: list[Page] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # "javascript", "embedded_files", "repaired"
    ocr_pages: list[int] = field(default_factory=list)  # pages read from their image

    @property
    def lines(self) -> list[Line]:
        return [line for page in self.pages for line in page.lines]


_SIGNATURES = [
    (b"<!doctype html", "an HTML page"),
    (b"<html", "an HTML page"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a ZIP archive (an Office document?)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"{", "a JSON or text file"),
]


def check_is_pdf(path: Path, head: bytes) -> None:
    """Refuse what is not a PDF, saying what it is instead."""
    if not head:
        raise NotAPdfError(path, "the file is empty")
    if b"%PDF-" in head[:1024]:
        return
    lowered = head[:512].lstrip().lower()
    for magic, what in _SIGNATURES:
        if lowered.startswith(magic.lower()):
            raise NotAPdfError(path, f"it is {what}")
    raise NotAPdfError(path, "no %PDF header")


def read_document(path: str | Path, limits: Limits | None = None) -> Document:
    """Parse every page of `path` into lines and grids, within `limits`."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableFileError(path, error.strerror) from None
    check_is_pdf(path, data[:1024])
    if b"%%EOF" not in data[-4096:]:
        # A half-downloaded file still parses in part; a partial report is worse than none.
        raise DamagedPdfError(path, "the file ends before its %%EOF marker: truncated download?")
    document = Document(path=path, sha256=hashlib.sha256(data).hexdigest())
    checked = prescan(path, data, limits or Limits())
    document.notes = checked.notes
    try:
        with playa.Document(checked.data) as pdf:
            scans = [_scan_page(page, number) for number, page in enumerate(pdf.pages, start=1)]

    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise EncryptedPdfError(path) from None
    except (PDFException, ValueError, LookupError, TypeError, AttributeError, AssertionError, RecursionError,
            ArithmeticError, NotImplementedError, StopIteration, EOFError) as error:
        # What the parser meets in a broken file: an unknown filter, a trailer cut short, bad encodings.
        raise DamagedPdfError(path, f"{type(error).__name__}: {error}"[:200]) from None
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


@dataclass
class _PageScan:
    """What one parse of a page yields, before cells are assembled."""

    number: int
    width: float
    height: float
    words: list[Word]
    tables: list[tuple[tuple[float, float, float, float], list[tuple[float, float, float, float]]]]
    bold_tops: set[int]
    h_rules: list[tuple[float, float, float]]  # (x0, x1, y) of horizontal rules outside ruled grids
    needs_ocr: bool = False
    unread: list = field(default_factory=list)  # OCR: boxes of ink no word accounts for
    blank: list = field(default_factory=list)  # OCR: boxes of table cells with ink but no word read


def _scan_page(page, number: int) -> _PageScan:
    chars, edges, bold_tops = [], [], set()
    image_area, invisible = 0.0, 0
    for obj in page:
        if obj.object_type == "image":
            x0, top, x1, bottom = obj.bbox
            image_area += max(x1 - x0, 0) * max(bottom - top, 0)
        elif obj.object_type == "text":
            if obj.gstate.render_mode in _INVISIBLE:
                invisible += 1
            for glyph in obj:
                x0, top, x1, bottom = glyph.bbox
                chars.append({"text": glyph.text or "", "x0": x0, "x1": x1, "top": top, "bottom": bottom,
                              "doctop": top, "upright": True, "width": x1 - x0, "height": bottom - top})
                if "Bold" in (glyph.fontname or ""):
                    bold_tops.add(round(top))
        elif obj.object_type == "path":
            edges.extend(_path_edges(obj))
    words = [Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"])
             for w in _WORDS.extract_words(chars)]
    tables = _find_tables(edges)
    width, height = float(page.width), float(page.height)
    # An image over most of the page and no readable text on it: a scan, read from its picture. An
    # invisible text layer over the image (a scanner's own OCR) is set aside: its quality is
    # unknown, it carries no confidences, and the table rules are only in the picture.
    scanned = image_area >= 0.5 * width * height
    needs_ocr = scanned and (invisible > 0 or not _readable(chars))
    return _PageScan(number, width, height, words, tables, bold_tops, _h_rules(edges, tables), needs_ocr)


def _readable(chars: list[dict]) -> bool:
    """Whether a text layer says something: enough characters, mostly letters and digits (a
    broken font maps glyphs to nothing or to private-use codes)."""
    text = "".join(c["text"] for c in chars if not c["text"].isspace())
    if len(text) < 20:
        return False
    plain = sum(ch.isascii() and (ch.isalnum() or ch in ".,%:;()/-") for ch in text)
    return plain / len(text) >= 0.7


def _h_rules(edges: list[dict], tables) -> list[tuple[float, float, float]]:
    return [(e["x0"], e["x1"], e["top"]) for e in edges
            if e["orientation"] == "h" and e["width"] >= 30 and not any(
                b[0] - SNAP <= e["x0"] and e["x1"] <= b[2] + SNAP and b[1] - SNAP <= e["top"] <= b[3] + SNAP
                for b, _ in tables)]


def _ocr_scan(read: ocr.OcrPage) -> _PageScan:
    words = [Word(w.text, w.x0, w.x1, w.top, w.bottom, w.confidence) for w in read.words]
    return _PageScan(read.number, read.width, read.height, words, read.tables, set(), _h_rules(read.edges, read.tables),
                     unread=read.unread, blank=read.blank)


def _path_edges(path) -> list[dict]:
    """The horizontal and vertical straight segments of a path: rules and cell borders. A filled,
    unstroked area thicker than a rule is shading, not a border: a shaded row of a table ruled
    with horizontal lines only must not become a table of its own."""
    x0, top, x1, bottom = path.bbox
    if path.fill and not path.stroke and x1 - x0 > MAX_RULE and bottom - top > MAX_RULE:
        return []
    edges = []
    start = current = None
    for segment in path.segments:
        if segment.operator == "m":
            start = current = segment.points[0]
            continue
        if segment.operator == "l" and current is not None:
            end = segment.points[0]
        elif segment.operator == "h" and current is not None and start is not None:
            end = start
        else:  # curves are not rules
            current = segment.points[-1] if segment.points else current
            continue
        edge = _edge(current, end)
        if edge:
            edges.append(edge)
        current = end
    return edges


def _edge(a, b) -> dict | None:
    (x0, y0), (x1, y1) = sorted([a, b])
    if abs(y1 - y0) < 0.5 and abs(x1 - x0) >= MIN_EDGE:
        top = (y0 + y1) / 2
        return {"x0": x0, "x1": x1, "top": top, "bottom": top, "width": x1 - x0, "height": 0, "orientation": "h",
                "object_type": "line"}
    if abs(x1 - x0) < 0.5 and abs(y1 - y0) >= MIN_EDGE:
        top, bottom = min(y0, y1), max(y0, y1)
        return {"x0": x0, "x1": x0, "top": top, "bottom": bottom, "width": 0, "height": bottom - top,
                "orientation": "v", "object_type": "line"}
    return None


def _find_tables(edges: list[dict], join: float = SNAP) -> list[tuple[tuple[float, float, float, float], list]]:
    """pdfplumber's "lines" strategy, on edges read once: merge rules, intersect, cells, tables.
    `join` bridges gaps along a rule and between a rule's end and the rule it meets: a scanned
    rule breaks where the toner was thin."""
    if not edges:
        return []
    merged = merge_edges(edges, snap_x_tolerance=SNAP, snap_y_tolerance=SNAP, join_x_tolerance=join,
                         join_y_tolerance=join)
    merged = [e for e in merged if (e["width"] if e["orientation"] == "h" else e["height"]) >= MIN_EDGE]
    cells = intersections_to_cells(edges_to_intersections(merged, join, join))
    tables = []
    for boxes in cells_to_tables(cells):
        bbox = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
        tables.append((bbox, boxes))
    return tables


def vocable(text: str) -> str:
    """A word as the vocabulary counts it: lower case, no surrounding punctuation."""
    return text.strip(".,;:()[]\"'%").lower()


def _build_page(scan: _PageScan, vocabulary: Counter) -> Page:
    # A fragment of a split word occurs once; a real word usually recurs in the document.
    def known(word: str) -> bool:
        return vocabulary[vocable(word)] > 1

    grids = [g for bbox, boxes in scan.tables if (g := _grid(bbox, boxes, scan.words, scan.number, known))]
    blank = set(scan.blank)
    for cell in (c for g in grids for c in g.cells if not c.text and c.bbox in blank):
        cell.confidence = 0.0  # ink the OCR made nothing of: printed, but unread
    outside = [w for w in scan.words if not any(_inside(w, g.bbox) for g in grids)]

    def text_grid(cells, bbox, n_rows, n_cols, col_edges) -> Grid:
        return Grid(scan.number, bbox, n_rows, n_cols, [
            Cell(r0, r1, c0, c1, text, scan.number, box, x0, _confidence(used), ruled=False)
            for r0, r1, c0, c1, text, box, x0, used in cells], col_edges)

    text_grids = find_text_tables(_group_lines(outside), scan.h_rules, scan.number, known, text_grid)
    if text_grids:
        grids = sorted(grids + text_grids, key=lambda g: g.bbox[1])
        outside = [w for w in outside if not any(_inside(w, g.bbox) for g in text_grids)]
    lines = [
        Line(" ".join(w.text for w in ws), scan.number, ws[0].x0, ws[-1].x1, min(w.top for w in ws),
             max(w.bottom for w in ws), bold=round(ws[0].top) in scan.bold_tops,
             confidences=tuple(w.confidence for w in ws) if scan.words and scan.words[0].confidence is not None
             else (), obscured=_near_unread(ws, scan.unread))
        for ws in _group_lines(outside)
    ]
    return Page(scan.number, scan.width, scan.height, lines, grids)


def _near_unread(words: list[Word], unread: list) -> bool:
    """Whether a line touches, or lies within a line's height of, ink no word was read from."""
    x0, x1 = words[0].x0, words[-1].x1
    top, bottom = min(w.top for w in words), max(w.bottom for w in words)
    reach = bottom - top
    return any(bx0 <= x1 and x0 <= bx1 and by0 <= bottom + reach and top - reach <= by1
               for bx0, by0, bx1, by1 in unread)


def _confidence(words: list[Word]) -> float | None:
    """A cell is as sure as its least sure word; None when its words were printed, not OCRed."""
    read = [w.confidence for w in words if w.confidence is not None]
    return min(read) if read else None


def _group_lines(words: list[Word]) -> list[list[Word]]:
    """Words → lines, top to bottom, each line left to right."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        if lines and abs(lines[-1][0].top - word.top) <= LINE_TOLERANCE:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def _inside(word: Word, bbox) -> bool:
    cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    x0, top, x1, bottom = bbox
    return x0 <= cx <= x1 and top <= cy <= bottom


def _cluster(values: list[float]) -> list[float]:
    edges: list[float] = []
    for value in sorted(values):
        if not edges or value - edges[-1] > SNAP:
            edges.append(value)
    return edges


def _index(edges: list[float], value: float) -> int:
    return min(range(len(edges)), key=lambda i: abs(edges[i] - value))


def _grid(bbox, boxes, words: list[Word], page_number: int, known) -> Grid | None:
    boxes = [box for box in boxes if box[2] - box[0] > SNAP and box[3] - box[1] > SNAP]
    if not boxes:
        return None
    xs = _cluster([b[0] for b in boxes] + [b[2] for b in boxes])
    ys = _cluster([b[1] for b in boxes] + [b[3] for b in boxes])
    # Each word goes to the cell under its centre: look the grid position up, not every box.
    by_position = {}
    for n, box in enumerate(boxes):
        for r in range(_index(ys, box[1]), _index(ys, box[3])):
            for c in range(_index(xs, box[0]), _index(xs, box[2])):
                by_position[r, c] = n
    contents: list[list[Word]] = [[] for _ in boxes]
    for word in words:
        if not _inside(word, bbox):
            continue
        cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
        n = by_position.get((bisect.bisect_right(ys, cy) - 1, bisect.bisect_right(xs, cx) - 1))
        if n is not None and _inside(word, boxes[n]):
            contents[n].append(word)
    placed = list(zip(boxes, contents))
    # The table's cell padding: the smallest gap between a cell's left rule and its text.
    padding = min((min(w.x0 for w in inside) - box[0] for box, inside in placed if inside), default=0.0)
    padding = max(padding, 0.0)
    cells = []
    for box, inside in placed:
        cells.append(Cell(
            row0=_index(ys, box[1]), row1=_index(ys, box[3]),
            col0=_index(xs, box[0]), col1=_index(xs, box[2]),
            text=join_cell_lines(_group_lines(inside), box, padding, known), page=page_number, bbox=tuple(box),
            text_x0=min((w.x0 for w in inside), default=None), confidence=_confidence(inside),
        ))
    cells.sort(key=lambda c: (c.row0, c.col0))
    return Grid(page_number, tuple(bbox), len(ys) - 1, len(xs) - 1, cells, xs)
