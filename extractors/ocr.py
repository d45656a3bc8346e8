"""Pages without a usable text layer: render, turn upright, deskew, find the ruling lines in
the image, OCR.

A scanned page yields what a digital page yields (words with boxes in PDF points and ruling
segments), plus each word's confidence, the ink no word accounts for (stamps, signatures) and
the table cells whose ink was not read, so one table assembly reads scanned and digital pages
alike and the normalisers know what to doubt. Tesseract reads the whole page once; a table
cell it read with doubt, or whose ink it dropped (a lone "No" digit), is read again on its
own, and the better reading is kept.

Pages are OCRed on several threads: Tesseract and OpenCV release the GIL, and threads work in
the bounded worker, which as a daemon process may not start processes of its own.
"""

from __future__ import annotations

import os

# Tesseract's own OpenMP threads fight ours on a laptop's few cores (seen: 0.5 s a page with
# one thread each, 2.6-5 s without); the variable is read when the library loads.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import re
import shutil
import subprocess
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import cv2
import numpy as np
import pypdfium2
from PIL import Image


# Tesseract reads best at about 300 dpi; a 150 dpi scan is upsampled to it. A picture that holds
# less than half of that (a 100 dpi archive scan) is read at twice its own resolution, at least
# LEAST_DPI: enlarging it further adds pixels to every step, and nothing to read (measured on a
# 100 dpi LKIP: 2.9 → 1.8 s a page on one thread). Pixel sizes below are given at DPI and scaled.
DPI = 300
LEAST_DPI = 200
LANGUAGES = "ind+eng"  # "eng" reads "%" where "ind" alone often does not
# A cell re-read on its own when its words' confidence is below this (0-100), or when it has ink
# but no word: Tesseract's page layout drops lone short tokens.
REREAD_BELOW = 85
SPECK_BELOW = 40  # confidence under which a lone symbol ("*", "'") is taken for a speck
MAX_SKEW = 3.0  # degrees searched either way when deskewing
MIN_SKEW = 0.05  # degrees: less is level
MAX_BREAK = 15.0  # points a rule may stop short of the rule it meets, worn away at a corner
SNAP_PT = 3.0  # points within which a rule's end is at the rule it meets
NEAR_TABLE = 72.0  # points above or below a column's rule within which a row's rule is of its table
MAX_DROPPED_TOKENS = 60  # blobs read one by one on a page, at most: specks and scribbles add up
MIN_INK = 100  # dark pixels a cell needs to hold something (at DPI): a "1" has about 250
# Thin rules are looked for in lighter ink than letters too: blur spreads a thin rule into a grey
# line as light as halfway to the paper, where a letter's strokes stay dark at their core.
RULE_INK = 0.6
FAINT_RULE_INCHES = 0.6  # the least length of a rule found only in that lighter ink
# Thicknesses in inches: a rule is at most a letterhead's heavy line (3 pt); a filled bar (a dark
# header row) holds a line of text, at least about 10 pt high.
THICKEST_RULE = 3 / 72
THINNEST_BAR = 10 / 72
# A photographed sheet is found on a small copy of the picture, and is stretched back when it
# covers at least this share of it and a corner lies off the picture's corner by this share of
# the side, or more (a scanner's own margin is less), but not more than the last (not a sheet).
SHEET_PIXELS = 800
SHEET_LEAST_SHARE, SHEET_LEAST_OFFSET, SHEET_MOST_OFFSET = 0.5, 0.012, 0.2
SHEET_MOST_LIGHT_AROUND = 0.25  # share of what lies around the sheet that may be light (desk)
SHEET_LEAST_SIDE = 0.15  # share of the picture's shorter side an edge of the outline needs to be a side
SHEET_MOST_SLANT = 0.35  # a side runs within about 20 degrees of the picture's edge
# The bands (shares of the height) whose rows' slopes tell a keystone left on a sheet stretched
# back, and the least difference between them (degrees) that is one.
SLOPE_BANDS = ((0.1, 0.4), (0.6, 0.9))
KEYSTONE_LEAST, KEYSTONE_PASSES = 0.15, 6


class OcrUnavailable(RuntimeError):
    """Tesseract or its language data is missing."""


@dataclass(frozen=True)
class OcrWord:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    confidence: float  # 0-100, Tesseract's


@dataclass
class PageRules:
    number: int
    edges: list[dict]
    tables: list
    skew: float  # degrees the picture was turned back by before its rules were found
    to_page: tuple | None = None  # 3×3, points of the levelled frame → of the page; None: the same


@dataclass
class OcrPage:
    number: int
    width: float
    height: float
    words: list[OcrWord]
    edges: list[dict]
    tables: list
    skew: float  # degrees the scan was turned back by
    unread: list[tuple[float, float, float, float]]  # boxes of ink no word accounts for: stamps, signatures
    blank: list[tuple[float, float, float, float]]  # table cells with ink in them that no word was read from
    # 3×3, points of the frame the words were read in (stretched, turned, levelled) → points of the
    # page as a viewer shows it; None when they are the same.
    to_page: tuple | None = None


@cache
def tessdata() -> str:
    """Where Tesseract's language data is: TESSDATA_PREFIX, or what the installed tesseract says."""
    candidates = [os.environ.get("TESSDATA_PREFIX", "")]
    if shutil.which("tesseract"):
        listing = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30)
        found = re.search(r'"([^"]+)"', listing.stdout + listing.stderr)
        candidates.append(found.group(1) if found else "")
    candidates += ["/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
                   "/usr/share/tessdata", "/usr/local/share/tessdata"]
    for folder in candidates:
        if folder and all((Path(folder) / f"{lang}.traineddata").exists() for lang in LANGUAGES.split("+")):
            return str(Path(folder))
    raise OcrUnavailable("Tesseract's Indonesian and English data were not found "
                              "(apt-get install tesseract-ocr tesseract-ocr-ind, or set TESSDATA_PREFIX)")


class _Reader(threading.local):
    """One Tesseract instance per thread: an instance is not safe to share."""

    api = None

    def get(self):
        if self.api is None:
            import tesserocr

            self.api = tesserocr.PyTessBaseAPI(path=tessdata() + "/", lang=LANGUAGES,
                                               psm=tesserocr.PSM.AUTO, oem=tesserocr.OEM.LSTM_ONLY)
        return self.api

    orientation = None

    def get_orientation(self):
        """Tesseract's orientation detector, for pages that read as nonsense (scanned sideways or
        upside down). None where its data (osd.traineddata) is not installed."""
        if self.orientation is None:
            import tesserocr

            try:
                self.orientation = tesserocr.PyTessBaseAPI(path=tessdata() + "/", lang="osd",
                                                           psm=tesserocr.PSM.OSD_ONLY)
            except RuntimeError:
                self.orientation = False
        return self.orientation or None


_readers = _Reader()


def threads() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def read_pages(data: bytes, numbers: list[int], find_tables: Callable[[list[dict]], list]) -> Iterator[OcrPage]:
    """OCR the pages `numbers` (1-based) of the PDF `data`, in order. `find_tables` turns ruling
    segments into table cell boxes: the cells are re-read where the page reading was in doubt."""
    tessdata()  # fail once, clearly, before any work

    def one(number: int, width: float, height: float, gray: np.ndarray, seen: np.ndarray, dpi: float,
            binarised: bool) -> OcrPage:
        return _read_page(number, width, height, gray, seen, dpi, find_tables, binarised)

    yield from _on_each_picture(data, numbers, one)


def read_rules(data: bytes, numbers: list[int], find_tables: Callable[[list[dict]], list]) -> Iterator[PageRules]:
    """The ruling lines of the pages `numbers`, found in their picture as for OCR, without
    reading any text: for scans whose own text layer is kept, where the rules are only drawn."""

    def one(number: int, width: float, height: float, gray: np.ndarray, seen: np.ndarray, dpi: float,
            binarised: bool) -> PageRules:
        skew, *_, edges = _ruling(gray, dpi, binarised)
        return PageRules(number, edges, find_tables(edges), skew if abs(skew) >= MIN_SKEW else 0.0,
                         _to_page(_levelling(skew, gray.shape), dpi))

    yield from _on_each_picture(data, numbers, one)


def _on_each_picture(data: bytes, numbers: list[int], read: Callable[..., object]) -> Iterator:
    """`read(number, width, height, gray, seen, dpi, binarised)` of each page's picture, on several
    threads, in order."""
    document = pypdfium2.PdfDocument(data)
    lock = threading.Lock()  # pdfium is not thread-safe; rendering is the short part

    def one(number: int):
        with lock:
            page = document[number - 1]
            width, height = page.get_size()
            dpi, binarised = reading_dpi(page), is_binarised(page)
            pixels = page.render(scale=dpi / 72, grayscale=_grey_only(page)).to_numpy().copy()
            page.close()
        if pixels.ndim == 3:
            # For the text, each pixel's brightest channel: a coloured stamp or signature over
            # black print fades towards the paper, the print stays black. Luminance keeps the
            # stamp, to know where the text under it is in doubt.
            blue, green, red = cv2.split(pixels[:, :, :3])
            gray, seen = cv2.max(cv2.max(blue, green), red), cv2.cvtColor(pixels[:, :, :3], cv2.COLOR_BGR2GRAY)
        else:
            gray = seen = pixels
        return read(number, float(width), float(height), gray, seen, dpi, binarised)

    try:
        with ThreadPoolExecutor(max_workers=threads()) as pool:
            yield from _bounded_map(pool, one, numbers, window=2 * threads())
    finally:
        document.close()


def _largest_picture(page: pypdfium2.PdfPage):
    """The metadata (resolution, bits per pixel) of the page's largest picture, or None."""
    largest, metadata = 0.0, None
    for image in page.get_objects(filter=[pypdfium2.raw.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = image.get_bounds()
        area = (right - left) * (top - bottom)
        if area > largest:
            largest, metadata = area, image.get_metadata()
    return metadata


def reading_dpi(page: pypdfium2.PdfPage) -> float:
    """The resolution a page is rendered at for reading: DPI, or twice that of the page's
    largest picture when it holds less than half of DPI (at least LEAST_DPI)."""
    metadata = _largest_picture(page)
    # A fax's 204 × 98 dpi holds its letters' widths at 204: the finer of the two counts.
    source = max(metadata.horizontal_dpi, metadata.vertical_dpi) if metadata else 0.0
    if not source or 2 * source >= DPI:
        return DPI
    return max(LEAST_DPI, round(2 * source))


_GREY = (pypdfium2.raw.FPDF_COLORSPACE_DEVICEGRAY, pypdfium2.raw.FPDF_COLORSPACE_CALGRAY)


def _grey_only(page: pypdfium2.PdfPage) -> bool:
    """Whether the page draws nothing but grey or black-and-white pictures (a scan): rendered in
    grey at once, it is the same picture as its colour rendering's three equal channels, in a
    third of the pixels, and has no stamp in colour to tell apart."""
    pictures = 0
    for item in page.get_objects(max_depth=2):
        if item.type == pypdfium2.raw.FPDF_PAGEOBJ_FORM:
            continue  # a container: what it draws is listed after it
        if item.type != pypdfium2.raw.FPDF_PAGEOBJ_IMAGE or item.get_metadata().colorspace not in _GREY:
            return False
        pictures += 1
    return pictures > 0


def is_binarised(page: pypdfium2.PdfPage) -> bool:
    """Whether the page's largest picture is black and white, one bit a pixel: a fax, a
    photocopy or an archive's 1-bit scan, whose thin rules the threshold broke into dots."""
    metadata = _largest_picture(page)
    return metadata is not None and metadata.bits_per_pixel == 1


def _bounded_map(pool, function, items, window: int):
    """pool.map, holding at most `window` pages' images in memory, not the whole archive's."""
    pending = []
    for item in items:
        pending.append(pool.submit(function, item))
        if len(pending) >= window:
            yield pending.pop(0).result()
    for future in pending:
        yield future.result()


def _read_page(number: int, width: float, height: float, gray: np.ndarray, seen: np.ndarray, dpi: float,
               find_tables: Callable[[list[dict]], list], binarised: bool = False) -> OcrPage:
    gray, seen, stretch = _onto_the_sheet(gray, seen)

    def turned_reading(turn: int) -> OcrPage:
        turned = [cv2.rotate(image, _TURNS[turn]) for image in (gray, seen)]
        size = (height, width) if turn in (90, 270) else (width, height)
        return _read_upright(number, *size, *turned, dpi, find_tables, _turning(turn, gray.shape) @ stretch,
                             binarised)

    # A full reading costs seconds (6 on a dense page). A landscape table scanned sideways reads
    # as nonsense upright: a glance at the page's middle, read small, tells it before that. A
    # glance costs a few tenths of a second too, spent only where the ink's rows do not already
    # say that the lines run across (upright, or upside down: the reading tells that).
    glances = {}
    across = _lines_across(gray)
    if across < LINES_ACROSS:
        # Lines that do not run across run up and down: a quarter turn first where the profile
        # says so plainly (a landscape page printed in a portrait report is most often turned
        # clockwise to read), half a turn last. The first glance that reads is the turn.
        order = (270, 90, 0, 180) if across < 1 / LINES_ACROSS else (0, 270, 90, 180)
        for turn in order:
            glances[turn] = _glance(cv2.rotate(gray, _TURNS[turn]) if turn else gray, dpi)
            if glances[turn] >= GLANCE_READS:
                break
        turn = max(glances, key=glances.get)
        if turn and glances[turn] >= GLANCE_READS:
            page = turned_reading(turn)
            if _reads_well(page.words):
                return page
    page = _read_upright(number, width, height, gray, seen, dpi, find_tables, stretch, binarised)
    if _reads_well(page.words):
        return page
    # Nonsense or nothing: perhaps the sheet went through the scanner sideways or upside down.
    # Tesseract's guess breaks the glances' ties (it confuses 90° with 270°); turns follow until one reads.
    guess = _orientation(gray)
    if guess is None:
        return page
    glances |= {turn: _glance(cv2.rotate(gray, _TURNS[turn]), dpi) for turn in _TURNS if turn not in glances}
    best = page
    for turn in sorted(_TURNS, key=lambda turn: (-glances[turn], turn != guess)):
        again = turned_reading(turn)
        if _quality(again.words) > _quality(best.words):
            best = again
        if _reads_well(best.words):
            break
    return best


def _onto_the_sheet(gray: np.ndarray, seen: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A photographed sheet, seen in perspective on the desk it lay on, stretched back onto the
    whole page; any other picture as it is. Deskewing turns a page, it cannot square a keystone:
    rows would slope one way at the top and another at the bottom. With the pictures, the
    homography (pixels of the picture → of the sheet) that stretched them."""
    corners = _sheet_corners(gray)
    if corners is None:
        return gray, seen, np.eye(3)
    h, w = gray.shape[:2]
    matrix = cv2.getPerspectiveTransform(corners, _frame(w, h))
    for _ in range(KEYSTONE_PASSES):  # a band's slope is measured on rows a steep keystone still bends
        levelling = _levelled(cv2.warpPerspective(gray, matrix, (w, h), borderValue=255))
        if levelling is None:
            break
        matrix = levelling @ matrix

    def flattened(image: np.ndarray) -> np.ndarray:
        return cv2.warpPerspective(image, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)

    level = flattened(gray)
    return level, level if seen is gray else flattened(seen), matrix.astype(np.float64)


def _levelled(flat: np.ndarray) -> np.ndarray | None:
    """The homography that levels the rows of a sheet stretched back whose rows still slope one
    way near the top and another near the bottom: a side the picture cut off was taken as its
    edge, and only the text can tell the rest of the keystone. Each band's slope is measured as
    a page's skew is; None when they agree."""
    h, w = flat.shape[:2]
    bands = [(int(h * a), int(h * b)) for a, b in SLOPE_BANDS]
    slopes = [np.tan(np.radians(_skew(flat[top:bottom]))) for top, bottom in bands]
    if max(slopes) - min(slopes) < np.tan(np.radians(KEYSTONE_LEAST)):
        return None
    top, bottom = [(a + b) / 2 for a, b in bands]
    left, right, middle = 0.0, w - 1.0, (w - 1) / 2
    source = np.float32([[x, y + slope * (x - middle)] for y, slope in ((top, slopes[0]), (bottom, slopes[1]))
                         for x in (left, right)])
    target = np.float32([[x, y] for y in (top, bottom) for x in (left, right)])
    return cv2.getPerspectiveTransform(source, target)


def _sheet_corners(gray: np.ndarray) -> np.ndarray | None:
    """The corners (top left, top right, bottom right, bottom left; pixels, perhaps beyond the
    picture) of a sheet that lies on something darker, or None when the sheet fills the picture.
    The sheet is the largest light region, its outline taken round what shades it (a header row,
    a hand's shadow). Each side seen against the desk is a line, and the corners are where they
    meet."""
    h, w = gray.shape[:2]
    scale = SHEET_PIXELS / max(h, w)
    small = cv2.GaussianBlur(cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA), (5, 5), 0)
    light = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)[1]
    count, labels, stats, _ = cv2.connectedComponentsWithStats(light, connectivity=4)
    if count < 2:
        return None
    largest = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    hull = cv2.convexHull(cv2.findNonZero((labels == largest).astype(np.uint8)))
    sh, sw = small.shape
    if cv2.contourArea(hull) < SHEET_LEAST_SHARE * sh * sw:
        return None  # a light patch on a dark page, not a sheet on a desk
    inside = cv2.fillConvexPoly(np.zeros_like(light), hull.reshape(-1, 2), 255)
    around = light[inside == 0]
    if around.size == 0 or np.count_nonzero(around) > SHEET_MOST_LIGHT_AROUND * around.size:
        return None  # the sheet fills the picture, or paper lies beyond the outline (a dark streak cut the page)
    sides = _sheet_sides(cv2.approxPolyDP(hull, 0.01 * cv2.arcLength(hull, True), True).reshape(-1, 2), sw, sh)
    if not sides:
        return None
    corners = np.float32([_crossing(sides[a], sides[b]) for a, b in
                          (("top", "left"), ("top", "right"), ("bottom", "right"), ("bottom", "left"))]) / scale
    offsets = np.abs(corners - _frame(w, h)) / np.float32([w, h])
    if offsets.max() < SHEET_LEAST_OFFSET or offsets.max() > SHEET_MOST_OFFSET:
        return None  # square with the picture already (a scan), or no sheet
    return corners


def _sheet_sides(outline: np.ndarray, width: int, height: int) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """The sheet's four sides as lines (a point, a direction): each the longest edge of the
    outline on that side that does not run along the picture's border; a side not seen is the
    picture's edge. Empty when no side is seen: the sheet fills the picture."""
    seen: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for a, b in zip(outline.astype(np.float64), np.roll(outline, -1, axis=0).astype(np.float64)):
        on_border = any(abs(a[axis] - edge) <= 2 and abs(b[axis] - edge) <= 2
                        for axis, edge in ((0, 0), (0, width - 1), (1, 0), (1, height - 1)))
        direction, middle = b - a, (a + b) / 2
        length = float(np.hypot(*direction))
        slant = min(abs(direction[0]), abs(direction[1])) / max(abs(direction[0]), abs(direction[1]), 1e-9)
        if on_border or length < SHEET_LEAST_SIDE * min(width, height) or slant > SHEET_MOST_SLANT:
            continue  # along the picture's edge, too short, or a shadow cutting a corner off
        across = abs(direction[0]) >= abs(direction[1])
        side = ("top" if middle[1] < height / 2 else "bottom") if across else ("left" if middle[0] < width / 2 else "right")
        if side not in seen or length > np.hypot(*seen[side][1]):
            seen[side] = (a, direction)
    if not seen:
        return {}
    # A side the picture cuts off runs just beyond the picture's edge (a sheet photographed to
    # fill the frame): the edge is the nearest line there is to it.
    edges = {"top": (np.array([0.0, 0.0]), np.array([1.0, 0.0])),
             "bottom": (np.array([0.0, height - 1.0]), np.array([1.0, 0.0])),
             "left": (np.array([0.0, 0.0]), np.array([0.0, 1.0])),
             "right": (np.array([width - 1.0, 0.0]), np.array([0.0, 1.0]))}
    return {side: seen.get(side, line) for side, line in edges.items()}


def _frame(width: int, height: int) -> np.ndarray:
    """The picture's corners, in the order of a sheet's corners."""
    return np.float32([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]])


def _crossing(first: tuple[np.ndarray, np.ndarray], second: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    (p, d), (q, e) = first, second

    def cross(a: np.ndarray, b: np.ndarray) -> float:
        return float(a[0] * b[1] - a[1] * b[0])

    return p + cross(q - p, e) / cross(d, e) * d


# Tesseract's orientation (degrees the page is turned clockwise) → the turn that undoes it.
_TURNS = {90: cv2.ROTATE_90_COUNTERCLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_CLOCKWISE}


def _turning(turn: int, shape: tuple) -> np.ndarray:
    """What cv2.rotate by _TURNS[turn] does to a pixel of a picture of `shape`, as a 3×3 matrix."""
    h, w = shape[:2]
    return np.array({90: [[0, 1, 0], [-1, 0, w - 1], [0, 0, 1]],
                     180: [[-1, 0, w - 1], [0, -1, h - 1], [0, 0, 1]],
                     270: [[0, -1, h - 1], [1, 0, 0], [0, 0, 1]]}[turn], dtype=np.float64)


def _levelling(skew: float, shape: tuple) -> np.ndarray:
    """What `_ruling`'s deskewing does to a pixel of a picture of `shape`, as a 3×3 matrix."""
    if abs(skew) < MIN_SKEW:
        return np.eye(3)
    h, w = shape[:2]
    return np.vstack([cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0), [0, 0, 1]])


def _to_page(to_frame: np.ndarray, dpi: float) -> tuple | None:
    """The way back from the reading frame to the page, in points, of `to_frame` (pixels of the
    rendered page → of the frame the words were read in); None when the frame is the page."""
    if np.allclose(to_frame, np.eye(3)):
        return None
    points = np.diag([72 / dpi, 72 / dpi, 1.0])
    back = points @ np.linalg.inv(to_frame) @ np.linalg.inv(points)
    return tuple(tuple(float(v) for v in row) for row in back / back[2, 2])


def _quality(words: list[OcrWord]) -> float:
    """How well a page read: the median confidence of its longer words (0 with too few), times
    the share of them lying flat. Tesseract also reads text turned a quarter, word by word, and
    sure of it: then its words stand on end."""
    longer = [w for w in words if len(w.text) >= 3]
    if len(longer) < 5:
        return 0.0
    sure = sorted(w.confidence for w in longer)
    flat = sum(w.x1 - w.x0 > w.bottom - w.top for w in longer) / len(longer)
    return sure[len(sure) // 2] * flat


GLANCE_READS = 70  # a glance's quality (as `_reads_well`'s) that says the page reads this way up
# Rows' ink profile this much sharper than the columns': the lines run across, no glance needed
# (upright pages measured 1.3-5.8, pages scanned sideways 0.07-1.2).
LINES_ACROSS = 1.3
GLANCE_DPI = 150  # half of DPI: letters still read, in a quarter of the pixels


def _lines_across(gray: np.ndarray) -> float:
    """How much sharper the profile of the page's ink is from row to row than from column to
    column (rules left out, in strips that a skew does not smear): above 1 its lines of text run
    across the page, below 1 up and down (a page scanned sideways). About 10 ms."""
    scale = 1000 / max(gray.shape)
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    ink = cv2.threshold(_flatten_light(small), 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)[1]
    for kernel in ((40, 1), (1, 40)):  # a table's rules, lines of their own in both directions
        ink &= ~cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, kernel))
    ink = (ink > 0).astype(np.float64)

    def sharpness(image: np.ndarray, strips: int = 6) -> float:
        width = image.shape[1]
        profiles = [image[:, n * width // strips:(n + 1) * width // strips].sum(axis=1) for n in range(strips)]
        return sum(float(np.sum(np.diff(profile) ** 2)) for profile in profiles)

    return sharpness(ink) / max(sharpness(ink.T), 1e-9)


def _glance(gray: np.ndarray, dpi: float) -> float:
    """How well the middle of a page reads (`_quality`), from a band across it at GLANCE_DPI: a
    few tenths of a second, to tell which way up a page is before reading it whole."""
    h, w = gray.shape[:2]
    band = gray[int(h * 0.4):int(h * 0.6), int(w * 0.2):int(w * 0.8)]
    small = cv2.resize(band, None, fx=GLANCE_DPI / dpi, fy=GLANCE_DPI / dpi, interpolation=cv2.INTER_AREA)
    # A white margin: cut through a table, the band's edge is ink, and Leptonica complains of it.
    framed = cv2.copyMakeBorder(small, 10, 10, 10, 10, cv2.BORDER_CONSTANT, value=255)
    return _quality(_ocr(framed, None, GLANCE_DPI))


def _reads_well(words: list[OcrWord]) -> bool:
    return _quality(words) >= 70


def _orientation(gray: np.ndarray) -> int | None:
    """90, 180 or 270 when Tesseract finds the text turned; None when upright or unsure."""
    detector = _readers.get_orientation()
    if detector is None:
        return None
    small = cv2.resize(gray, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    detector.SetImage(Image.fromarray(small))
    try:
        found = detector.DetectOrientationScript()
    except RuntimeError:  # too little text to tell
        return None
    degrees = found.get("orient_deg") if found else None
    return degrees if degrees in _TURNS else None


def _read_upright(number: int, width: float, height: float, gray: np.ndarray, seen: np.ndarray, dpi: float,
                  find_tables: Callable[[list[dict]], list], to_picture: np.ndarray | None = None,
                  binarised: bool = False) -> OcrPage:
    """`to_picture`: pixels of the rendered page → of `gray` (stretched onto the sheet, turned).
    `binarised`: the picture is 1-bit (`is_binarised`)."""
    skew, level, flat, ink, (runs, horizontal, vertical), edges = _ruling(gray, dpi, binarised)
    to_page = _to_page(_levelling(skew, gray.shape) @ (np.eye(3) if to_picture is None else to_picture), dpi)
    if seen is gray:
        seen = level
    elif abs(skew) >= MIN_SKEW:
        seen = _rotate(seen, skew)
    # Tesseract reads cleaner with the rules gone (they merge into the letters beside them) and the
    # shading too: its own threshold takes a grey header cell, cropped alone, for one black blot.
    # The page is read with every long run gone, underlines too; a cell is read again with only the
    # table's rules gone, so that a bold word whose serifs ran into a line keeps its foot.
    paper = flat > _paper_level(flat)
    around = np.ones((_px(5, dpi), _px(5, dpi)), np.uint8)
    rules = cv2.dilate(cv2.bitwise_or(horizontal, vertical), around)
    every_run = cv2.dilate(cv2.bitwise_or(runs, vertical), around)
    page_image, cell_image = flat.copy(), flat.copy()
    page_image[(every_run > 0) | paper] = 255
    cell_image[(rules > 0) | paper] = 255
    if binarised:
        # A 1-bit picture's pepper is as black as its print (in grey, a speck is lighter than a
        # full stop): lone specks are left unread, and are not ink a word should account for.
        specks = _specks(ink, dpi)
        page_image[specks] = cell_image[specks] = 255
        ink = np.where(specks, 0, ink).astype(ink.dtype)
    words = _off_the_rules(_ocr(page_image, None, dpi), edges)
    tables = find_tables(edges)
    words, blank = _reread_cells(words, tables, cell_image, ink & ~rules, dpi)
    words += _read_dropped_tokens(words, cell_image, ink & ~rules, dpi)
    marks = _ink(_flatten_light(seen)) & ~rules if seen is not level else ink & ~rules
    return OcrPage(number, width, height, words, edges, tables, skew, _unread_ink(marks, words, dpi), blank,
                   to_page)


def _ruling(gray: np.ndarray, dpi: float, binarised: bool = False
            ) -> tuple[float, np.ndarray, np.ndarray, np.ndarray, tuple, list[dict]]:
    """The page turned level: its skew, the level picture, it with the light flattened, its ink,
    the masks of its long runs, horizontal rules and vertical rules, and the rules as edges in points.
    On a 1-bit picture (`binarised`) rules broken into dashes and dots are found too."""
    skew = _skew(gray)
    if abs(skew) >= MIN_SKEW:
        gray = _rotate(gray, skew)
    flat = _flatten_light(gray)
    ink = _ink(flat)
    runs, vertical = _rules(ink, dpi)
    broken = np.zeros_like(ink)
    if binarised:
        broken = _dashed(ink, "h", dpi) | _dotted(ink, dpi)
        vertical |= _dashed(ink, "v", dpi)
    runs = _without_fused_words(runs, ink, dpi)
    faint_runs, faint_vertical = (_rejoined(m, o, dpi) for m, o in zip(_rules(_ink(flat, RULE_INK), dpi), "hv"))
    runs |= _without_baselines(_thin(faint_runs, "h", dpi), ink, dpi)
    vertical |= _thin(faint_vertical, "v", dpi)
    horizontal = _without_baselines(runs | broken, ink, dpi)
    # A broken rule is erased before reading once it is a rule; one along a row of letters (their
    # feet, their full stops) is left to the letters.
    runs |= horizontal & broken
    in_rows, in_columns = horizontal, vertical
    if binarised:
        # A copier drum's streak of speckle holds lines of its own: they are erased before
        # reading like any long stroke, but part no cells. The rules a line crosses are not
        # speckle beside it.
        crossed = cv2.dilate(horizontal | vertical, np.ones((3, 3), np.uint8))
        in_rows = _out_of_speckle(horizontal.copy(), ink & ~crossed, "h", dpi)
        in_columns = _out_of_speckle(vertical.copy(), ink & ~crossed, "v", dpi)
    columns = _traced(_edges(in_columns, "v", dpi), ink, dpi)
    for e in columns:  # what the tracing found of a rule is erased before reading with the rest
        x, top, bottom = (round(v * dpi / 72) for v in (e["x0"], e["top"], e["bottom"]))
        cv2.line(vertical, (x, top), (x, bottom), 255, 3)
    edges = _meeting(_edges(in_rows, "h", dpi), columns)
    return skew, gray, flat, ink, (runs, horizontal, vertical), edges


def _meeting(horizontal: list[dict], vertical: list[dict]) -> list[dict]:
    """Rows' rules carried on to the side they stop just short of: toner wears thin at a table's
    corners, and a rule that does not reach the side merges two rows in that column. Only to a
    side the rule's height lies within: a side is never carried on, or two tables would join.
    A rule that crossed a column's rule and then stops inside a cell, far from any column's rule,
    is carried on to the column's next rule too: a drawn row rule ends only where a column rule
    is, and a fax's faded toner loses the rest of a row's rule across a whole column. Not where
    a column's rule of the same table, lost at that height, may have stopped it."""
    met = []
    for e in horizontal:
        y = e["top"]
        columns = [v["x0"] for v in vertical if v["top"] - NEAR_TABLE < y < v["bottom"] + NEAR_TABLE]
        sides = [v["x0"] for v in vertical if v["top"] < y < v["bottom"]]
        before = [x for x in sides if 0 < e["x0"] - x <= MAX_BREAK]
        after = [x for x in sides if 0 < x - e["x1"] <= MAX_BREAK]
        crossed = any(e["x0"] + MAX_BREAK < x < e["x1"] - MAX_BREAK for x in sides)
        if crossed and not before and not any(abs(x - e["x0"]) <= MAX_BREAK for x in columns):
            before = [max((x for x in sides if x < e["x0"]), default=e["x0"])]
        if crossed and not after and not any(abs(x - e["x1"]) <= MAX_BREAK for x in columns):
            after = [min((x for x in sides if x > e["x1"]), default=e["x1"])]
        met.append(_edge(min(before, default=e["x0"]), max(after, default=e["x1"]), y, e["bottom"], "h"))
    return met + [_reaching(v, met) for v in vertical]


def _reaching(column: dict, rows: list[dict]) -> dict:
    """A column's rule carried on to the row's rule it stops just short of, above or below: a
    photo's keystone bends a table's side, and its end is lost where it leans off its line."""
    x = column["x0"]
    across = [e["top"] for e in rows if e["x0"] - SNAP_PT <= x <= e["x1"] + SNAP_PT]
    top, bottom = column["top"], column["bottom"]
    above = max((y for y in across if y < top + SNAP_PT), default=None)
    below = min((y for y in across if y > bottom - SNAP_PT), default=None)
    if above is not None and SNAP_PT < top - above <= MAX_BREAK:
        top = above
    if below is not None and SNAP_PT < below - bottom <= MAX_BREAK:
        bottom = below
    return _edge(x, x, top, bottom, "v")


def _skew(gray: np.ndarray) -> float:
    """The angle (degrees) that makes the text lines and rules horizontal: the one whose
    row-sum profile of the ink is sharpest, searched coarse then fine on a small copy."""
    scale = 1000 / max(gray.shape)
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    # The light flattened first: Otsu's threshold on a photo takes a hand's shadow for ink, and
    # the sharpest profile is then the shadow's edge, not the lines of text.
    ink = cv2.threshold(_flatten_light(small), 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)[1]

    def sharpness(angle: float) -> float:
        profile = _rotate(ink, angle, fill=0, interpolation=cv2.INTER_NEAREST).sum(axis=1, dtype=np.float64)
        return float(np.sum(np.diff(profile) ** 2))

    best = max(np.arange(-MAX_SKEW, MAX_SKEW + 1e-9, 0.25), key=sharpness)
    return float(max(np.arange(best - 0.25, best + 0.25 + 1e-9, 0.05), key=sharpness))


SPECK_AREA, SPECK_CLEAR_PT = 20, 6  # pixels (at DPI) of a speck, at most; paper around it (points)


def _specks(ink: np.ndarray, dpi: float) -> np.ndarray:
    """Dots of toner or dust, each on its own: a copier's or a fax's pepper, which Tesseract
    reads as a quote, a "1" or an "i" at the head of a cell. A full stop is as small, but has
    its figures or its word beside it."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    small = stats[:, cv2.CC_STAT_AREA] <= _px(SPECK_AREA, dpi, area=True)
    small[0] = False
    tiny = small[labels]
    larger = (ink > 0) & ~tiny
    reach = 2 * _px(SPECK_CLEAR_PT * DPI / 72, dpi) + 1
    near = cv2.dilate(larger.astype(np.uint8), np.ones((reach, reach), np.uint8)) > 0
    small[np.unique(labels[near & tiny])] = False  # a dot any part of which lies near a letter
    return small[labels]


def _rotate(image: np.ndarray, angle: float, fill: int = 255, interpolation=cv2.INTER_LINEAR) -> np.ndarray:
    h, w = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(image, matrix, (w, h), flags=interpolation, borderValue=fill)


def _flatten_light(gray: np.ndarray) -> np.ndarray:
    """Divide out the paper's brightness (a photographed page is darker in a corner), so one
    threshold fits the whole page."""
    small = cv2.resize(gray, None, fx=0.125, fy=0.125, interpolation=cv2.INTER_AREA)
    background = cv2.medianBlur(cv2.dilate(small, np.ones((7, 7), np.uint8)), 21)
    background = cv2.resize(background, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_LINEAR)
    return cv2.divide(gray, np.maximum(background, 1), scale=255)


def _ink(flat: np.ndarray, share: float = 0.5) -> np.ndarray:
    """Dark pixels: darker than `share` of the way from the darkest print to the paper (halfway
    for letters), on a smoothed page. Otsu's threshold would count a shaded header row or a noisy
    scan's speckles as ink."""
    smooth = cv2.GaussianBlur(flat, (3, 3), 0)
    darkest = float(np.percentile(smooth[::4, ::4], 0.5))  # a sample is as good, and 20 times faster
    return cv2.threshold(smooth, darkest + share * (255 - darkest), 255, cv2.THRESH_BINARY_INV)[1]


def _paper_level(flat: np.ndarray) -> float:
    """Lighter than this is paper or shading; the letters' anti-aliased edges stay darker."""
    darkest = float(np.percentile(flat[::4, ::4], 0.5))
    return darkest + 0.75 * (255 - darkest)


def _rules(ink: np.ndarray, dpi: float) -> tuple[np.ndarray, np.ndarray]:
    """Masks of the horizontal and vertical ruling lines: straight ink runs longer than any
    letter (bold words run together over about 15 pt; a row is at least about 18 pt high)."""
    h = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (int(dpi * 0.3), 1)))
    v = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, int(dpi * 0.2))))
    return h, v


DASH_PT = 2  # the least length of a dash of a broken rule
DASH_GAP_PT = 4  # the longest gap between two dashes of one rule with no dots in it
# The share of a broken rule's length its dashes cover, at least. A fax scans line by line: a
# row's rule, one or two scan lines thick, breaks into dots; a column's rule is in every scan
# line and only frays, while the stems of digits stacked in a column cover a third of it.
DASHED_COVER = {"h": 0.25, "v": 0.6}
BRIDGE_PT, BRIDGED_INK = 72, 0.15  # a longer gap, if its dots cover this share of it
DASH_CLEAR_PT = 2  # paper on either side of a dash: a letter's stem has its letter beside it


def _dashed(ink: np.ndarray, orientation: str, dpi: float) -> np.ndarray:
    """A rule a fax or a worn copier broke into dashes, drawn whole: short straight strokes, each
    on its own (no letter beside it), in a line, covering much of the length between them."""
    if orientation == "v":
        return np.ascontiguousarray(_dashed(np.ascontiguousarray(ink.T), "h", dpi).T)
    length = _px(DASH_PT * DPI / 72, dpi)
    # A thin rule turned level steps from one pixel row to the next: its dashes are looked for
    # a pixel either side of their line.
    widened = cv2.dilate(ink, np.ones((3, 1), np.uint8))
    strokes = cv2.morphologyEx(widened, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1)))
    count, _, stats, centroids = cv2.connectedComponentsWithStats(strokes, connectivity=8)
    x, y, w, h, area = (stats[1:, i].astype(np.int64) for i in range(5))
    # The ink in the bands just above and below each stroke, from the page's summed-area table.
    summed, rows = cv2.integral((ink > 0).astype(np.uint8)), ink.shape[0]

    def inked(top: np.ndarray, bottom: np.ndarray) -> np.ndarray:
        top, bottom = np.clip(top, 0, rows), np.clip(bottom, 0, rows)
        return summed[bottom, x + w] - summed[top, x + w] - summed[bottom, x] + summed[top, x]

    clear = _px(DASH_CLEAR_PT * DPI / 72, dpi)
    beside = inked(y - clear, y) + inked(y + h, y + h + clear)
    keep = (h <= dpi * 0.025) & (beside <= 0.15 * area)
    dashes = sorted(zip(centroids[1:, 1][keep], x[keep], (x + w)[keep], h[keep]), key=lambda d: d[1])
    gap, drift, least = _px(DASH_GAP_PT * DPI / 72, dpi), _px(6, dpi), dpi * FAINT_RULE_INCHES
    far, band = _px(BRIDGE_PT * DPI / 72, dpi), _px(2, dpi)

    def joins(chain: list[tuple], dash: tuple) -> bool:
        last = chain[-1]
        if abs(dash[0] - last[0]) > drift or not -length <= dash[1] - last[2] <= far:
            return False
        if dash[1] - last[2] <= gap:
            return True
        # A longer gap holds the rule's dots, too short to be dashes: ink along the line.
        at = int(round((dash[0] + last[0]) / 2))
        between = ink[max(at - band, 0):at + band + 1, last[2]:dash[1]]
        return between.size > 0 and np.count_nonzero(between.any(axis=0)) >= BRIDGED_INK * between.shape[1]

    chains: list[list[tuple]] = []  # each: dashes in a line, in order along it
    open_chains: list[list[tuple]] = []  # those a later dash may still join
    for dash in dashes:
        open_chains = [c for c in open_chains if dash[1] - c[-1][2] <= far]
        near = [c for c in open_chains if joins(c, dash)]
        if near:
            min(near, key=lambda c: abs(dash[0] - c[-1][0])).append(dash)
        else:
            chains.append([dash])
            open_chains.append(chains[-1])
    out = np.zeros_like(ink)
    for chain in chains:
        start, end = chain[0][1], max(d[2] for d in chain)
        covered = sum(d[2] - d[1] for d in chain)
        if len(chain) >= 3 and end - start >= least and covered >= DASHED_COVER[orientation] * (end - start):
            at = int(round(np.median([d[0] for d in chain])))
            thickness = max(1, int(round(np.median([d[3] for d in chain]))))
            out[at - thickness // 2:at - thickness // 2 + thickness, start:end] = 255
    return out


# A dotted rule: dots over this share of every stretch this long (inches), its stretches parted
# by at most this gap (points).
DOTTED_COVER, DOTTED_WINDOW, DOTTED_GAP_PT = 0.06, 0.35, 36


def _dotted(ink: np.ndarray, dpi: float) -> np.ndarray:
    """Rows' rules a fax left as dots: a line of a pixel or two where dots cover some of every
    stretch (DOTTED_COVER), with four times less ink a few pixels above it and below it. Any row
    of a line of text has its letters above or below it; a dotted rule has paper."""
    dark = (ink > 0).astype(np.uint8)
    near, far = _px(3, dpi), _px(6, dpi)
    line = cv2.dilate(dark, np.ones((3, 1), np.uint8))  # a dot a pixel off the line is on it
    beside = cv2.dilate(dark, np.ones((far - near + 1, 1), np.uint8))  # rows y-k..y+k, k = (far-near)/2
    shift = (far + near) // 2
    above, below = np.zeros_like(beside), np.zeros_like(beside)
    above[shift:], below[:-shift] = beside[:-shift], beside[shift:]
    window = (max(3, round(dpi * DOTTED_WINDOW)), 1)

    def inked(mask: np.ndarray) -> np.ndarray:  # inked pixels of each stretch, counted
        return cv2.boxFilter(mask, cv2.CV_16U, window, normalize=False)

    along = inked(line)
    peak = (along >= DOTTED_COVER * window[0]) & (4 * inked(above) <= along) & (4 * inked(below) <= along)
    # Stretches of a rule are parted where a letter's descender or a column's rule meets it.
    peak = cv2.morphologyEx(peak.astype(np.uint8) * 255, cv2.MORPH_CLOSE,
                            cv2.getStructuringElement(cv2.MORPH_RECT, (_px(DOTTED_GAP_PT * DPI / 72, dpi), 1)))
    peak = cv2.morphologyEx(peak, cv2.MORPH_OPEN,
                            cv2.getStructuringElement(cv2.MORPH_RECT, (round(dpi * FAINT_RULE_INCHES), 1)))
    count, _, stats, centroids = cv2.connectedComponentsWithStats(peak, connectivity=8)
    out = np.zeros_like(ink)
    for (x, _y, w, _h, _area), (_cx, cy) in zip(stats[1:count], centroids[1:count]):
        y = int(round(cy))
        # The stretch's cover reaches half a window past the last dot: the rule ends at its dots.
        dots = np.flatnonzero(line[y, x:x + w])
        if dots.size and dots[-1] - dots[0] >= dpi * FAINT_RULE_INCHES:
            out[y - 1:y + 1, x + dots[0]:x + dots[-1] + 1] = 255
    return out


SPECKLED = 0.1  # share of ink beside a line over which it lies in speckle, not on paper


def _out_of_speckle(mask: np.ndarray, ink: np.ndarray, orientation: str, dpi: float) -> np.ndarray:
    """A mask's lines less those that run through speckle along most of their length: a fax
    drum's dirty streak holds a line of its own, and a rule has paper either side of it (a shaded
    header it crosses, or a word that touches it, is a short stretch of its length)."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    clear, stretch = _px(DASH_CLEAR_PT * DPI / 72, dpi), max(1, round(dpi / 4))
    along = ink if orientation == "v" else ink.T  # a line runs down `along`'s rows
    speckled = np.zeros(count, bool)
    for n, (x, y, w, h, _area) in enumerate(stats[1:count], start=1):
        left, top, across, length = (x, y, w, h) if orientation == "v" else (y, x, h, w)
        sides = np.hstack([along[top:top + length, max(left - 1 - clear, 0):max(left - 1, 0)],
                           along[top:top + length, left + across + 1:left + across + 1 + clear]])
        if sides.size:
            parts = np.array_split(sides, max(1, length // stretch))
            speckled[n] = np.median([np.count_nonzero(part) / part.size for part in parts]) > SPECKLED
    mask[speckled[labels]] = 0
    return mask


RULE_DROPOUT_PT = 2  # toner missing across a thin rule for this long does not end it


def _rejoined(mask: np.ndarray, orientation: str, dpi: float) -> np.ndarray:
    """A mask's lines with the short gaps along them closed: a hairline rule loses its toner
    across its whole width here and there, and its pieces are each shorter than a rule."""
    gap = max(2, _px(RULE_DROPOUT_PT * DPI / 72, dpi))
    size = (gap, 1) if orientation == "h" else (1, gap)
    return cv2.morphologyEx(mask, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, size))


def _thin(mask: np.ndarray, orientation: str, dpi: float) -> np.ndarray:
    """The lines of a rules mask no thicker than a thin rule: in lighter ink a shaded header row
    is a filled area, and a bold word a band, that would swallow the rules between cells or be
    taken for one."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    along = stats[:, cv2.CC_STAT_WIDTH if orientation == "h" else cv2.CC_STAT_HEIGHT]
    # Thickness is ink over length, not the box (as in `_edges`): a rule a keystone left leaning
    # has a box as wide as its lean.
    across = stats[:, cv2.CC_STAT_AREA] / np.maximum(along, 1)
    # A pen's stroke in a signature runs straight for a fraction of an inch; a rule goes on.
    keep = (across <= dpi * 0.025) & (along >= dpi * FAINT_RULE_INCHES)
    keep[0] = False  # the background
    return np.where(keep[labels], mask, 0).astype(mask.dtype)


def _without_baselines(h: np.ndarray, ink: np.ndarray, dpi: float) -> np.ndarray:
    """A blurred bold word's serifs run together along its baseline (or its cap line) into a
    line as long as a rule. A rule has paper above and below it along most of its length, where
    text has its letters: runs with letters over most of their length are dropped."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(h, connectivity=8)
    for n, (x, y, w, height, _area) in enumerate(stats[1:count], start=1):
        if _letters_beside(ink, x, y, w, height, dpi) > 0.5:
            h[labels == n] = 0
    return h


def _without_fused_words(h: np.ndarray, ink: np.ndarray, dpi: float) -> np.ndarray:
    """Blur runs a bold word's letters together into a band as long as a rule (a photo's header
    row); erased as a rule, the word is lost. A band thicker than a rule, thinner than a filled
    bar, with letters' ascenders or descenders out of it along part of its length, is words."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(h, connectivity=8)
    for n, (x, y, w, height, area) in enumerate(stats[1:count], start=1):
        if dpi * THICKEST_RULE < area / w < dpi * THINNEST_BAR and _letters_beside(ink, x, y, w, height, dpi) >= 0.1:
            h[labels == n] = 0
    return h


def _letters_beside(ink: np.ndarray, x: int, y: int, w: int, height: int, dpi: float) -> float:
    """The share of a horizontal run's length (box x, y, w, height) with ink just above it, or
    just below it, whichever is more: clear of the run itself, within a letter's height."""
    gap, reach = _px(4, dpi), _px(12, dpi)
    above = ink[max(y - reach, 0):max(y - gap, 0), x:x + w]
    below = ink[y + height + gap:y + height + reach, x:x + w]
    return max((np.count_nonzero(band.any(axis=0)) / w) if band.size else 0.0 for band in (above, below))


def _edges(mask: np.ndarray, orientation: str, dpi: float) -> list[dict]:
    """Each line of a rules mask as a pdfplumber-style edge, in points. A thick run is a filled
    bar (a dark header row): its two borders are the edges."""
    count, _, stats, centroids = cv2.connectedComponentsWithStats(mask, connectivity=8)
    edges = []
    thin, pt = dpi * 0.06, 72 / dpi
    for (x, y, w, h, area), (cx, cy) in zip(stats[1:count], centroids[1:count]):
        # A line's thickness is its ink over its length, not its box: a rule that leans by a few
        # pixels (a photo's keystone not quite squared) has a wide box and is still one line,
        # found where its ink lies on average.
        if orientation == "h":
            ys = [cy] if area / w <= thin else [y, y + h]
            edges += [_edge(x * pt, (x + w) * pt, yy * pt, yy * pt, "h") for yy in ys]
        else:
            xs = [cx] if area / h <= thin else [x, x + w]
            edges += [_edge(xx * pt, xx * pt, y * pt, (y + h) * pt, "v") for xx in xs]
    return edges


TRACE_PT = 15  # the furthest a rule is followed on through its ink past where it was found
TRACE_GAP_PT = 2  # paper along a rule's line that ends it


def _traced(columns: list[dict], ink: np.ndarray, dpi: float) -> list[dict]:
    """Each column's rule followed on at both ends while ink goes on along its line: the last
    inches of a hairline that steps a pixel aside (a scan's skew levelled) or lost its toner here
    and there are no straight run, and a rule that stops short of the rule it meets merges two
    cells. (Rows' rules that stop short are carried on to the side by `_meeting`.)"""
    k, reach, gap = dpi / 72, _px(TRACE_PT * DPI / 72, dpi), max(2, _px(TRACE_GAP_PT * DPI / 72, dpi))
    traced = []
    for e in columns:
        x, top, bottom = (round(v * k) for v in (e["x0"], e["top"], e["bottom"]))
        line = ink[:, max(x - 2, 0):x + 3].any(axis=1)
        below = _inked_for(line[bottom:bottom + reach], gap)
        above = _inked_for(line[max(top - reach, 0):top][::-1], gap)
        traced.append(_edge(e["x0"], e["x1"], (top - above) / k, (bottom + below) / k, "v"))
    return traced


def _inked_for(line: np.ndarray, gap: int) -> int:
    """How far `line` (ink or not, pixel by pixel) holds ink before `gap` pixels of paper."""
    inked = np.flatnonzero(line)
    if inked.size == 0 or inked[0] >= gap:
        return 0
    breaks = np.flatnonzero(np.diff(inked) > gap)
    return int(inked[breaks[0]] if breaks.size else inked[-1]) + 1


def _edge(x0: float, x1: float, top: float, bottom: float, orientation: str) -> dict:
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0, "height": bottom - top,
            "orientation": orientation, "object_type": "line"}


def _ocr(image: np.ndarray, psm, dpi: float, offset: tuple[int, int] = (0, 0), scale: int = 1) -> list[OcrWord]:
    """Tesseract's words in `image` (a page rendered at `dpi`, or part of one), placed on the
    page by `offset` (pixels); `scale` is how much the image was enlarged."""
    import tesserocr

    api = _readers.get()
    api.SetPageSegMode(tesserocr.PSM.AUTO if psm is None else psm)
    api.SetImage(Image.fromarray(image))
    api.SetSourceResolution(int(dpi))
    pt = 72 / dpi
    api.Recognize()
    words = []
    iterator = api.GetIterator()
    level = tesserocr.RIL.WORD
    if iterator is None:
        return words
    while True:
        text = iterator.GetUTF8Text(level) if not iterator.Empty(level) else None
        confidence = float(iterator.Confidence(level)) if text else 0.0
        # A lone symbol read with little confidence is a speck of the scan, not print.
        speck = text is not None and not any(ch.isalnum() for ch in text) and confidence < SPECK_BELOW
        if text and text.strip() and not speck:
            x0, _, x1, _ = (v / scale for v in iterator.BoundingBox(level))
            # A word's height is its line's: a box hugging the ink starts lower for "persentase"
            # than for "Persentase" or "20%", and words of one line would not line up.
            _, y0, _, y1 = (v / scale for v in iterator.BoundingBox(tesserocr.RIL.TEXTLINE))
            dx, dy = offset
            words.append(OcrWord(text.strip(), (x0 + dx) * pt, (x1 + dx) * pt, (y0 + dy) * pt, (y1 + dy) * pt,
                                 confidence))
        if not iterator.Next(level):
            break
    return words


def _reread_cells(words: list[OcrWord], tables, image: np.ndarray, ink: np.ndarray, dpi: float
                  ) -> tuple[list[OcrWord], list]:
    """Read each table cell again, on its own, where the page reading doubted it or dropped its
    ink; keep whichever reading Tesseract is surer of. Also says which cells hold ink that
    neither reading made a word of: something is printed there that lkj could not read."""
    blank = []
    margin = _px(4, dpi)  # inside the rules, clear of what is left of them
    least_ink = _px(MIN_INK, dpi, area=True)
    for _bbox, boxes in tables:
        for box in boxes:
            x0, y0, x1, y1 = (int(round(v * dpi / 72)) for v in box)
            x0, y0, x1, y1 = x0 + margin, y0 + margin, x1 - margin, y1 - margin
            if x1 - x0 < 2 * margin or y1 - y0 < 2 * margin:
                continue
            inside = [w for w in words if _centre_in(w, box)]
            cell_ink = ink[y0:y1, x0:x1]
            has_ink = np.count_nonzero(cell_ink) >= least_ink
            doubtful = any(w.confidence < REREAD_BELOW for w in inside)
            # Ink beside the words read: the page reading kept "(%)" and lost "Capaian".
            unread = _unread_pixels(inside, cell_ink, dpi, x0, y0) if inside else 0
            partial = unread >= least_ink
            if not (doubtful or partial or (has_ink and not inside)):
                continue
            again = _read_ink(image, cell_ink, dpi, x0, y0)
            unread_again = _unread_pixels(again, cell_ink, dpi, x0, y0) if again else 0
            better = again and (not inside or _mean_confidence(again) > _mean_confidence(inside) or (
                partial and _mean_confidence(again) >= REREAD_BELOW and unread_again < unread))
            if better:
                words = [w for w in words if not _centre_in(w, box)] + again
            # Ink that neither reading made a word of: a cell read as nothing, or a cell whose
            # words stop short of its ink ("Persentase Layanan Daerah", "Kegiatan Pimpinan" lost).
            kept, left = (again, unread_again) if better else (inside, unread)
            if has_ink and (not kept or left >= least_ink):
                blank.append(tuple(box))
    return words, blank


def _unread_pixels(words: list[OcrWord], cell_ink: np.ndarray, dpi: float, x0: int, y0: int) -> int:
    """Dark pixels of a cell outside the boxes of the words read in it."""
    return int(np.count_nonzero(_outside_words(cell_ink, words, dpi, x0, y0)))


def _outside_words(ink: np.ndarray, words: list[OcrWord], dpi: float, x0: int = 0, y0: int = 0,
                   min_confidence: float = 0.0) -> np.ndarray:
    """A copy of `ink` (whose top left is pixel x0, y0 of the page) without the boxes of the
    words read there, a hair wider each way; words below `min_confidence` keep their ink."""
    left, wider, px = ink.copy(), _px(3, dpi), dpi / 72
    for w in words:
        if w.confidence < min_confidence:
            continue
        left[max(int(w.top * px) - y0 - wider, 0):max(int(w.bottom * px) - y0 + wider, 0),
             max(int(w.x0 * px) - x0 - wider, 0):max(int(w.x1 * px) - x0 + wider, 0)] = 0
    return left


def _read_ink(image: np.ndarray, cell_ink: np.ndarray, dpi: float, x0: int, y0: int, single_word: bool = False
              ) -> list[OcrWord]:
    """OCR the part of a cell that holds ink, with a white border: a lone "2." centred in a tall
    merged cell is read when cropped close, and lost in the white around it otherwise."""
    import tesserocr

    rows, cols = np.nonzero(cell_ink)
    if rows.size == 0:
        return []
    top, bottom, left, right = rows.min(), rows.max() + 1, cols.min(), cols.max() + 1
    crop = image[y0 + top:y0 + bottom, x0 + left:x0 + right]
    one_line = bottom - top < dpi * 0.25  # under about 18 pt: one line of text
    psm = tesserocr.PSM.SINGLE_LINE if one_line else tesserocr.PSM.SINGLE_BLOCK
    if single_word:
        psm = tesserocr.PSM.SINGLE_WORD
    # A lone short token ("1.") is read surer twice the size.
    scale = 2 if crop.shape[1] < dpi * 0.2 else 1
    if scale > 1:
        crop = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    pad = 20
    crop = cv2.copyMakeBorder(crop, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255)
    return _ocr(crop, psm, dpi, offset=(x0 + left - pad / scale, y0 + top - pad / scale), scale=scale)


_NUMBERING_LOOKALIKE = re.compile(r"[\dIl|L]{1,3}(\.[\dIl|L]{1,3})*[.)]?")


def _off_the_rules(words: list[OcrWord], edges: list[dict]) -> list[OcrWord]:
    """Without the dashes OCR makes of what is left of a ruling line where it broke."""
    rules = [e for e in edges if e["orientation"] == "h"]

    def on_a_rule(word: OcrWord) -> bool:
        middle = (word.top + word.bottom) / 2
        return any(abs(e["top"] - middle) <= 4 and e["x0"] - 20 <= word.x0 and word.x1 <= e["x1"] + 20 for e in rules)

    return [w for w in words if any(ch.isalnum() for ch in w.text) or not on_a_rule(w)]


def _read_dropped_tokens(words: list[OcrWord], image: np.ndarray, ink: np.ndarray, dpi: float) -> list[OcrWord]:
    """Short figures standing alone (the "1." of a No column without rules) that the page reading
    dropped: each letter-sized blob of ink no word covers is read on its own."""
    left = _outside_words(ink, words, dpi)
    # "1" and "." of one token, a little apart, make one blob.
    joined = cv2.dilate(left, cv2.getStructuringElement(cv2.MORPH_RECT, (_px(15, dpi), _px(5, dpi))))
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    tall = (dpi * 0.05, dpi * 0.4)  # from a small digit's height to two lines'
    found = []
    blobs = [(x, y, w, h) for x, y, w, h, _ in stats[1:count]
             if tall[0] <= h <= tall[1] and _px(10, dpi) <= w <= dpi * 0.6
             and np.count_nonzero(left[y:y + h, x:x + w]) >= _px(60, dpi, area=True)]
    for x, y, w, h in blobs[:MAX_DROPPED_TOKENS]:
        read = _read_ink(image, left[y:y + h, x:x + w], dpi, x, y, single_word=True)
        # Figures, or a numbering OCR made letters of ("l.", "L") at a figure's height, only: a
        # speck or a stamp's fringe is read as a letter ("e") as readily.
        found += [word for word in read if word.confidence >= 60 and (
            any(ch.isdigit() for ch in word.text)
            or (_NUMBERING_LOOKALIKE.fullmatch(word.text) and h >= dpi * 0.08))]
    return found


def _unread_ink(ink: np.ndarray, words: list[OcrWord], dpi: float) -> list[tuple[float, float, float, float]]:
    """Where the page holds ink that no word was read from: a stamp, a signature, a logo. Text
    under or beside them is the likeliest to be misread or lost."""
    left = _outside_words(ink, words, dpi, min_confidence=60)  # a scribble read as "Nm" accounts for nothing
    merged = cv2.morphologyEx(left, cv2.MORPH_CLOSE, np.ones((_px(25, dpi), _px(25, dpi)), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(merged, connectivity=8)
    size, pt = dpi * 0.3, 72 / dpi  # a third of an inch each way: bigger than any speck the scan leaves
    return [(x * pt, y * pt, (x + w) * pt, (y + h) * pt) for x, y, w, h, area in stats[1:count]
            if w >= size and h >= size and np.count_nonzero(left[y:y + h, x:x + w]) >= _px(500, dpi, area=True)]


def _mean_confidence(words: list[OcrWord]) -> float:
    return sum(w.confidence for w in words) / len(words)


def _centre_in(word: OcrWord, box) -> bool:
    cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def _px(at_dpi: float, dpi: float, area: bool = False) -> int:
    """A size in pixels given at DPI (or an area in pixels), at `dpi`."""
    ratio = dpi / DPI
    return max(1, round(at_dpi * (ratio * ratio if area else ratio)))
