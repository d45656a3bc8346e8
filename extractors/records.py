"""The records every stage after the parser works on: words, running lines, drawn cells and
grids, pages and the document they make up."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


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
    heading: str | None = None  # the cell's leading bold lines when plain lines follow ("Program X" over a kegiatan)
    straddles: bool = False  # a word of it reaches across a side of the cell: its words may be of two columns
    unread_ink: bool = False  # OCR: ink beside its words that no word was read from (a word lost, a stamp)
    # Where its text is printed, when that is more than `bbox`: a cell of a table drawn without
    # rules is placed at its row's first line, and its lines may run further down.
    text_bbox: tuple[float, float, float, float] | None = None

    @property
    def printed_bbox(self) -> tuple[float, float, float, float]:
        return self.text_bbox or self.bbox


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
    # An OCRed page's words are placed in the frame they were read in (the picture stretched onto
    # its sheet, turned upright, levelled): this 3×3 matrix takes a point of that frame to the page
    # as a viewer shows it (points, top-left origin). None: the frame is the page.
    to_page: tuple | None = None


def on_page(bbox: tuple[float, float, float, float], to_page: tuple | None) -> tuple[float, float, float, float]:
    """`bbox` (x0, top, x1, bottom) of a page's reading frame as it lies on the page: the box
    round its four corners taken through `to_page`."""
    if to_page is None:
        return bbox
    x0, top, x1, bottom = bbox
    (a, b, c), (d, e, f), (g, h, i) = to_page
    xs, ys = [], []
    for x, y in ((x0, top), (x1, top), (x1, bottom), (x0, bottom)):
        w = g * x + h * y + i
        xs.append((a * x + b * y + c) / w)
        ys.append((d * x + e * y + f) / w)
    return min(xs), min(ys), max(xs), max(ys)


@dataclass
class Document:
    path: Path
    sha256: str
    pages: list[Page] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # "javascript", "embedded_files", "repaired"
    ocr_pages: list[int] = field(default_factory=list)  # pages read from their image
    # Scanned pages whose own text layer was set aside and OCRed instead: page → what the layer
    # said there (its first words), and the judgement that set the layer aside (extractors.layer).
    reread: dict[int, str] = field(default_factory=dict)
    layer_judgement: object | None = None
    layer_pages: list[int] = field(default_factory=list)  # scanned pages whose own OCR layer was kept

    @property
    def lines(self) -> list[Line]:
        return [line for page in self.pages for line in page.lines]
