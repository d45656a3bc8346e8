"""Each page parsed once, by playa (the compiled PDF parser camelot 2 is built on), into plain
records: its glyphs with their boxes and fonts, its paths' segments, how much of it images
cover, how much text is painted invisibly (`_ParsedPage`). Then, out of the parser's reach,
what they make: words, ruling edges, ruled table cells, horizontal rules, and whether the page
is a scan to be OCRed (`_PageScan`).

Only playa's own calls run where its failures are taken for a damaged file: a bug of ours in
what follows is raised as itself.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path
from typing import TYPE_CHECKING

import playa
from pdfplumber.utils.text import WordExtractor
from playa.content import PathSegment
from playa.exceptions import PDFEncryptionError, PDFException, PDFPasswordIncorrect

from .errors import DamagedPdfError, EncryptedPdfError
from .grids import MIN_EDGE, SNAP, _find_tables
from .records import Word

if TYPE_CHECKING:
    from .ocr import OcrPage, PageRules

# Word draws borders as filled rectangles this thin at most.
MAX_RULE = 2.0
# A dark one may be thicker: Word draws a 2¼ pt border 2.2 pt thick (jb_lkip16_biro_organisasi's PK).
# A pale one that thick is a shaded cell's padding (jb_lkip16_dinkes), and a band 3 pt thick under a
# running header is decoration.
THICK_RULE = 2.5
PALE = 0.8
# A scanner's text layer carries no confidences: its words are taken as OCR read with assurance,
# above the review's doubt (normalisers/review.py), so OCR's repairs apply and its doubts do not.
LAYER_CONFIDENCE = 95.0
_MAX_FORM_DEPTH = 8  # a form drawing itself would recurse forever
# Text render modes that paint nothing: 3 (invisible) and 7 (clip only), as OCR layers use.
_INVISIBLE = {3, 7}
# playa reports what it recovers from on the log; lkj says it once, as a finding.
logging.getLogger("playa").setLevel(logging.CRITICAL)
_WORDS = WordExtractor(x_tolerance=3, y_tolerance=3, keep_blank_chars=False, use_text_flow=False)
# What the parser meets in a broken file: an unknown filter, a trailer cut short, bad encodings.
_DAMAGE = (PDFException, ValueError, LookupError, TypeError, AttributeError, AssertionError, RecursionError,
           ArithmeticError, NotImplementedError, StopIteration, EOFError)


@dataclass
class _ParsedPage:
    """What playa read from one page, nothing computed from it yet."""

    number: int
    width: float
    height: float
    chars: list[dict]  # pdfplumber's char records, with "fontname"
    paths: list[tuple]  # (bbox, fill, stroke, segments, dark fill) of each path
    image_area: float
    invisible: int  # text objects painted with an invisible render mode


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
    layer: bool = False  # a scan with text over its picture: a scanner's OCR or a digital page's background
    hidden_layer: bool = False  # that text painted invisibly: a scanner's OCR, whose rules are in the picture
    unread: list = field(default_factory=list)  # OCR: boxes of ink no word accounts for
    blank: list = field(default_factory=list)  # OCR: boxes of table cells with ink no word was read from
    to_page: tuple | None = None  # OCR, or a layer levelled: the frame's points → the page's (records.Page)


class _ParserErrors:
    """Within it, what playa raises is the file's fault: a damaged or encrypted PDF."""

    def __init__(self, path: Path):
        self.path = path

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, error, traceback) -> bool:
        if isinstance(error, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise EncryptedPdfError(self.path) from None
        if isinstance(error, _DAMAGE):
            raise DamagedPdfError(self.path, f"{type(error).__name__}: {error}"[:200]) from None
        return False


def parse_pages(path: Path, data: bytes) -> Iterator[_ParsedPage]:
    """The pages of the PDF `data` (read from `path`), one at a time, in order."""
    # A class, not a try around a generator's body: a StopIteration from playa must reach it as
    # such, not as the RuntimeError a generator turns it into.
    parser = _ParserErrors(path)
    with parser:
        pdf = playa.Document(data)
        pages = iter(pdf.pages)
    with pdf:
        for number in count(1):
            with parser:
                page = next(pages, None)
                if page is None:
                    return
                parsed = _parse_page(page, number)
            yield parsed  # what the caller does with it is outside `parser`


def _parse_page(page, number: int) -> _ParsedPage:
    chars, paths = [], []
    image_area, invisible = 0.0, 0
    for obj in _drawn(page):
        if obj.object_type == "image":
            x0, top, x1, bottom = obj.bbox
            image_area += max(x1 - x0, 0) * max(bottom - top, 0)
        elif obj.object_type == "text":
            if obj.gstate.render_mode in _INVISIBLE:
                invisible += 1
            for glyph in obj:
                x0, top, x1, bottom = glyph.bbox
                chars.append({"text": glyph.text or "", "x0": x0, "x1": x1, "top": top, "bottom": bottom,
                              "doctop": top, "upright": True, "width": x1 - x0, "height": bottom - top,
                              "fontname": glyph.fontname or ""})
        elif obj.object_type == "path":
            paths.append((obj.bbox, obj.fill, obj.stroke, list(obj.segments), _dark(obj.gstate)))
    return _ParsedPage(number, float(page.width), float(page.height), chars, paths, image_area, invisible)


def _drawn(container, depth: int = 0) -> Iterator:
    """What a page draws, with what its form XObjects draw: a layer stamped over a page (an
    OCR layer, a letterhead, a watermark) is a form. Forms within forms, to a few levels."""
    for obj in container:
        if obj.object_type == "xobject":
            if depth < _MAX_FORM_DEPTH:
                yield from _drawn(obj, depth + 1)
        else:
            yield obj


def _scan_page(parsed: _ParsedPage) -> _PageScan:
    chars = parsed.chars
    bold_tops = {round(c["top"]) for c in chars if "Bold" in c["fontname"]}
    edges = [edge for path in parsed.paths for edge in _path_edges(*path)]
    words = [Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"])
             for w in _WORDS.extract_words(chars)]
    tables = _find_tables(edges)
    width, height = parsed.width, parsed.height
    # An image over most of the page: a scan, or a digital page on a background picture. Without
    # readable text on it, it is read from its picture. Text over it is judged, with the
    # document's other such pages, before it is trusted: a scanner lays its OCR there, shown or
    # hidden; a hidden layer's table rules are only in the picture.
    scanned = parsed.image_area >= 0.5 * width * height
    readable = _readable(chars)
    return _PageScan(parsed.number, width, height, words, tables, bold_tops, _h_rules(edges, tables),
                     needs_ocr=scanned and not readable, layer=scanned and readable,
                     hidden_layer=scanned and readable and parsed.invisible > 0)


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


def _with_rules(scan: _PageScan, rules: PageRules) -> _PageScan:
    """A scan whose text layer is kept, with the rules found in its picture: the layer's words
    moved as the picture was turned level, so that they sit in the cells of those rules. They are
    OCR's words all the same (OCR's confusions are undone in them), read with LAYER_CONFIDENCE."""
    boxes = _level_boxes([(w.x0, w.top, w.x1, w.bottom) for w in scan.words], scan.width, scan.height, rules.skew)
    words = [Word(w.text, x0, x1, top, bottom, LAYER_CONFIDENCE)
             for w, (x0, top, x1, bottom) in zip(scan.words, boxes, strict=True)]
    return _PageScan(scan.number, scan.width, scan.height, words, rules.tables, set(),
                     _h_rules(rules.edges, rules.tables), layer=True, hidden_layer=True, to_page=rules.to_page)


def _level_boxes(boxes: list[tuple[float, float, float, float]], width: float, height: float,
                 skew: float) -> list[tuple[float, float, float, float]]:
    """Boxes (x0, top, x1, bottom, in points) moved as the page's picture is turned by `skew`
    degrees about its centre (OpenCV's rotation, which the OCR's deskewing uses)."""
    if skew == 0:
        return boxes
    alpha, beta = math.cos(math.radians(skew)), math.sin(math.radians(skew))
    cx, cy = width / 2, height / 2
    moved = []
    for x0, top, x1, bottom in boxes:
        x, y = (x0 + x1) / 2 - cx, (top + bottom) / 2 - cy
        nx, ny = cx + alpha * x + beta * y, cy - beta * x + alpha * y
        moved.append((nx - (x1 - x0) / 2, ny - (bottom - top) / 2, nx + (x1 - x0) / 2, ny + (bottom - top) / 2))
    return moved


def _ocr_scan(read: OcrPage) -> _PageScan:
    words = [Word(w.text, w.x0, w.x1, w.top, w.bottom, w.confidence) for w in read.words]
    return _PageScan(read.number, read.width, read.height, words, read.tables, set(), _h_rules(read.edges, read.tables),
                     unread=read.unread, blank=read.blank, to_page=read.to_page)


def _dark(gstate) -> bool:
    """Whether a path fills in a colour that stands out from the paper: its luminance (grey, RGB or
    CMYK) below PALE. Word's blue border (0.31, 0.51, 0.74) does; a cell's padding in 0.95 grey does not."""
    values = tuple(getattr(gstate.ncolor, "values", ()) or ())
    if not values or not all(isinstance(v, (int, float)) for v in values):
        return False
    if len(values) == 4:  # CMYK: ink taken away from the paper
        values = tuple((1 - c) * (1 - values[3]) for c in values[:3])
    if len(values) == 3:
        return 0.299 * values[0] + 0.587 * values[1] + 0.114 * values[2] < PALE
    return values[0] < PALE


def _path_edges(bbox, fill: bool, stroke: bool, segments: list, dark: bool = False) -> list[dict]:
    """The horizontal and vertical straight segments of a path: rules and cell borders.

    A filled, unstroked path is judged one closed subpath at a time (each `m … h`, each `re`),
    not by its bounding box: some writers put every border of a table into one filled path, each
    border a thin rectangle of its own. A thin one (a side at most MAX_RULE) is a rule along its
    long side; one thicker than a rule is shading, not a border, and draws no edge: a shaded row
    of a table ruled with horizontal lines only must not become a table of its own."""
    x0, top, x1, bottom = bbox
    thin = THICK_RULE if dark else MAX_RULE
    if not fill or stroke or x1 - x0 <= thin or bottom - top <= thin:
        return _segment_edges(segments)  # drawn lines, or one thin rectangle (or several in a row)
    edges = []
    for subpath in _subpaths(segments):
        xs = [x for segment in subpath for x, _ in segment.points]
        ys = [y for segment in subpath for _, y in segment.points]
        if max(xs) - min(xs) > thin and max(ys) - min(ys) > thin:
            continue  # shading
        # Its long sides, at most `thin` apart, are one rule once snapped (SNAP); its short
        # sides are shorter than MIN_EDGE.
        edges += _segment_edges(subpath)
    return edges


def _subpaths(segments: list) -> Iterator[list[PathSegment]]:
    """A path's subpaths, each opening with its "m": one begins at each "m" (playa gives a "re"
    as m l l l h), and after an "h" a segment that is not an "m" begins one at the point the "h"
    closed to."""
    subpath: list[PathSegment] = []
    start = None
    for segment in segments:
        if segment.operator == "m":
            if len(subpath) > 1:
                yield subpath
            subpath, start = [segment], segment.points[0]
            continue
        if start is None:
            continue  # no current point: nothing is drawn
        if not subpath:
            subpath = [PathSegment("m", (start,))]
        subpath.append(segment)
        if segment.operator == "h":
            yield subpath
            subpath = []
    if len(subpath) > 1:
        yield subpath


def _segment_edges(segments: list) -> list[dict]:
    """Each straight horizontal or vertical segment of a path, a side of a closed subpath included."""
    edges = []
    start = current = None
    for segment in segments:
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
