#!/usr/bin/env python3
"""Generate scanned twins of digital samples: ``sample_pdfs/scanned/NAME-scan.pdf`` + ``.json``.

Run from the repository root::

    .venv/bin/python tools/generate_scans.py            # regenerate every twin in TWINS
    .venv/bin/python tools/generate_scans.py NAME ...   # only these (NAME = digital sample stem)
    .venv/bin/python tools/generate_scans.py --held-out DIR   # twins of six other samples, into DIR

A scanned twin is the digital report ``sample_pdfs/NAME.pdf`` as if printed, signed,
stamped and put through an office scanner: every page is rasterised (pypdfium2), the
signature page gets a handwritten signature and a round official stamp, the page is
skewed, tinted, blurred and noised, and stored as one JPEG per page.  One page per file
looks photographed (uneven light, slight perspective).  One file (``TWINS[..].mixed``)
keeps its first and last pages digital, as when scanned pages are spliced into a
digital original.  Everything else is image-only: no text layer at all.

The truth ``NAME-scan.json`` is the digital truth with ``source`` describing the twin
(file, sha256, pages, ``ocr: true``): the content a reader extracts is unchanged.

Output is byte-reproducible: every random draw comes from generators seeded with a
sha256 of the sample name (never ``hash()``), the PDF is assembled by pikepdf with no
dates and a deterministic /ID, and ``sample_pdfs/scanned/README.md`` is rewritten from
the same plans.
"""

import copy
import hashlib
import io
import json
import math
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
import pdfplumber
import pikepdf
import pypdfium2 as pdfium
import reportlab
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_pdfs"
OUT = SAMPLES / "scanned"
# A font shipped inside the reportlab wheel, so the stamp looks the same on every machine.
STAMP_FONT = Path(reportlab.__file__).parent / "fonts" / "VeraBd.ttf"

INK_BLUE = (0.10, 0.13, 0.42)  # ballpoint signature ink, as a 0..1 RGB colour
WHITE = (1.0, 1.0, 1.0)


@dataclass(frozen=True)
class Twin:
    dpi: int
    photo: int | None = None  # 1-based page that looks photographed; None: drawn from the seed
    mixed: bool = False  # keep the first and the last page digital


# dpi varies per file; the photographed page is pinned to a table page in three files
# (the Capaian Kinerja table of tw1, the Rencana/Capaian tables of Sidoarjo, the
# landscape Capaian table) so OCR of a warped, unevenly lit table gets exercised.
TWINS = {
    "mojokerto-protokol-2022-tw1": Twin(dpi=150, photo=5),
    "mojokerto-protokol-2022-tw2": Twin(dpi=200, mixed=True),
    "mojokerto-protokol-2022-tw3": Twin(dpi=175),
    "mojokerto-protokol-2022-tw4": Twin(dpi=160),
    "sidoarjo-bapenda-2024-tw1": Twin(dpi=190, photo=3),
    "malang-diskominfo-2023-tw4": Twin(dpi=180),
    "layout-landscape-1": Twin(dpi=170, photo=5),
}

HELD_OUT = {
    "mojokerto-organisasi-2023-tw2": Twin(dpi=150),
    "layout-rules-1": Twin(dpi=200),
    "layout-headers-2": Twin(dpi=160),
    "mojokerto-perencanaan-2022-tw3": Twin(dpi=180),
    "malang-diskominfo-2023-tw1": Twin(dpi=150),
    "layout-page-break-1": Twin(dpi=170),
}


def seed_of(*parts) -> int:
    """A stable 64-bit seed from strings (Python's hash() is salted per process)."""
    return int.from_bytes(hashlib.sha256(":".join(map(str, parts)).encode()).digest()[:8], "big")


# ---------------------------------------------------------------- plans


@dataclass
class PagePlan:
    index: int  # 0-based
    digital: bool  # copied unchanged from the digital PDF
    angle: float = 0.0  # skew in degrees, counter-clockwise positive
    photo: bool = False
    colour: bool = False  # RGB (stamp ink); otherwise grayscale


@dataclass
class FilePlan:
    name: str
    twin: Twin
    quality: int  # JPEG quality
    paper: tuple  # paper tint, 0..1 RGB
    noise: float  # Gaussian noise sigma, 0..1 scale
    blur: float  # Gaussian blur sigma in pixels
    pages: list = field(default_factory=list)

    @property
    def out_name(self) -> str:
        return f"{self.name}-scan"


def plan_file(name: str, twin: Twin, page_count: int) -> FilePlan:
    """Every per-file and per-page scalar, drawn up front so README and PDF agree."""
    rng = random.Random(seed_of(name, "plan"))
    level = rng.uniform(0.93, 0.97)
    # Slightly warm recycled office paper: a bit less blue than red.
    paper = (min(1.0, level + 0.015), level, level - rng.uniform(0.015, 0.035))
    plan = FilePlan(name, twin, quality=rng.randint(55, 75), paper=paper,
                    noise=rng.uniform(0.010, 0.016), blur=rng.uniform(0.5, 0.8))
    last = page_count - 1
    for i in range(page_count):
        digital = twin.mixed and i in (0, last)
        angle = 0.0 if digital else rng.uniform(0.3, 1.5) * rng.choice((-1, 1))
        plan.pages.append(PagePlan(i, digital, round(angle, 3), colour=(i == last)))
    scanned = [p.index for p in plan.pages if not p.digital]
    photo = twin.photo - 1 if twin.photo else rng.choice(scanned)
    assert photo in scanned, f"{name}: photographed page {photo + 1} is not a scanned page"
    plan.pages[photo].photo = True
    return plan


# ---------------------------------------------------------------- where to sign


@dataclass
class SignSpot:
    page: int  # 0-based
    size: tuple  # page (width, height) in points
    name_box: tuple  # (x0, top, x1, bottom) of the signer's name, points, top-left origin
    gap_top: float  # bottom of the text above the name (the jabatan): the signing space starts here
    tables: list  # table bboxes on that page, which the stamp must not cover


def find_sign_spot(pdf_path: Path, nama: str) -> SignSpot:
    """The last place the signer's name is printed: the name under the signature."""
    spot = None
    with pdfplumber.open(pdf_path) as pdf:
        for i, page in enumerate(pdf.pages):
            hits = page.search(nama, regex=False)
            if not hits:
                continue
            hit = hits[-1]
            box = (hit["x0"], hit["top"], hit["x1"], hit["bottom"])
            above = [line["bottom"] for line in page.extract_text_lines()
                     if line["bottom"] <= box[1] - 1 and line["x1"] > box[0] and line["x0"] < box[2]]
            # No line above on this page (block split over a page break): sign in the top margin.
            gap_top = max(above) if above else 15.0
            tables = [t.bbox for t in page.find_tables()]
            spot = SignSpot(i, (float(page.width), float(page.height)), box, gap_top, tables)
    if spot is None:
        raise SystemExit(f"{pdf_path.name}: signer {nama!r} not found in the text")
    return spot


def signature_box(spot: SignSpot, rng: random.Random) -> tuple:
    """Box (points) for the signature: over the space above the name, touching the name."""
    x0, top, x1, bottom = spot.name_box
    width = min(max((x1 - x0) * rng.uniform(0.6, 0.85), 80.0), 160.0)
    cx = (x0 + x1) / 2 + rng.uniform(-0.1, 0.1) * (x1 - x0)
    low = top + 0.15 * (bottom - top)  # real signatures graze the typed name
    high = max(spot.gap_top + 0.1 * (top - spot.gap_top), low - 60.0)
    return (cx - width / 2, high, cx + width / 2, low)


def stamp_place(spot: SignSpot, sig: tuple, rng: random.Random) -> tuple:
    """Centre and radius (points): over the left of the signature and the jabatan lines,
    moved until it covers no table (signature blocks sit below tables; a stamp on a cell
    would make the truth unreadable)."""
    radius = rng.uniform(42.0, 50.0)  # 3.0 to 3.5 cm across, an ordinary office stamp
    width, height = spot.size
    gap = spot.name_box[1] - spot.gap_top
    cx = sig[0] + rng.uniform(-0.05, 0.15) * (sig[2] - sig[0])
    cy = spot.gap_top + rng.uniform(0.1, 0.35) * gap

    def clamp(x, y):
        return (min(max(x, radius + 12), width - radius - 12), min(max(y, radius + 12), height - radius - 12))

    def hits_table(x, y):
        box = (x - radius, y - radius, x + radius, y + radius)
        return any(box[0] < t[2] + 3 and box[2] > t[0] - 3 and box[1] < t[3] + 3 and box[3] > t[1] - 3
                   for t in spot.tables)

    # Downwards first (tables are above the block), then right, then anywhere on the grid.
    for dy in range(0, int(height), 6):
        for dx in (0, 30, 60, 90, -30):
            x, y = clamp(cx + dx, cy + dy)
            if not hits_table(x, y):
                return x, y, radius
    raise SystemExit("no room for the stamp outside the tables")


# ---------------------------------------------------------------- ink


def bezier(p0, p1, p2, p3, n=120):
    t = np.linspace(0.0, 1.0, n)[:, None]
    return ((1 - t) ** 3) * p0 + 3 * ((1 - t) ** 2) * t * p1 + 3 * (1 - t) * t * t * p2 + t ** 3 * p3


def smooth_random(rng: np.random.Generator, t: np.ndarray, knots: int, low: float, high: float) -> np.ndarray:
    """A slowly varying random curve over t (cubic interpolation of a few random knots)."""
    values = rng.uniform(low, high, knots).astype(np.float32)
    return cv2.resize(values[None, :], (len(t), 1), interpolation=cv2.INTER_CUBIC)[0]


def signature_strokes(rng: np.random.Generator) -> list:
    """Polylines in a unit box (x right, y down): a capital loop, a run of cursive loops
    (a prolate cycloid whose speed, loop width and loop height all wander, so no two
    loops are alike) and a flourish swinging back under it."""
    t = np.linspace(0.0, 1.0, 900)
    loops = rng.uniform(3.0, 6.0)
    theta = 2 * np.pi * loops * t + rng.uniform(0, 2 * np.pi)
    speed = smooth_random(rng, t, 6, 0.3, 1.7)
    progress = np.cumsum(speed)
    progress = (progress - progress[0]) / (progress[-1] - progress[0])
    r = rng.uniform(0.04, 0.07) * smooth_random(rng, t, 7, 0.4, 1.6)
    ry = rng.uniform(0.15, 0.25) * smooth_random(rng, t, 7, 0.45, 1.5)
    slope = rng.uniform(-0.15, 0.1)  # signatures drift up or down
    x = 0.22 + 0.62 * progress + r * np.cos(theta)
    y = 0.55 + slope * t + ry * np.sin(theta) + 0.06 * np.sin(2.3 * theta + rng.uniform(0, 6))
    main = np.stack([x, y], 1)

    capital = bezier(np.array([rng.uniform(0.0, 0.1), rng.uniform(0.6, 0.95)]),
                     np.array([rng.uniform(-0.05, 0.25), rng.uniform(-0.2, 0.2)]),
                     np.array([rng.uniform(0.1, 0.45), rng.uniform(-0.15, 0.4)]),
                     main[0])
    flourish = bezier(main[-1],
                      np.array([1.0, rng.uniform(0.8, 1.05)]),
                      np.array([0.5, rng.uniform(0.95, 1.1)]),
                      np.array([rng.uniform(0.0, 0.2), rng.uniform(0.75, 0.95)]))
    body = np.concatenate([capital, main])
    strokes = [body, flourish]
    if rng.uniform() < 0.5:  # a pen lift somewhere in the name
        cut = int(len(capital) + rng.uniform(0.3, 0.7) * len(main))
        strokes = [body[:cut], body[cut + 12:], flourish]
    if rng.uniform() < 0.6:  # a dash or dot some people add
        p = np.array([rng.uniform(0.5, 0.9), rng.uniform(0.05, 0.25)])
        strokes.append(np.stack([p, p + [rng.uniform(0.02, 0.08), rng.uniform(-0.02, 0.02)]]))
    return strokes


def signature_mask(size: tuple, box_px: tuple, thickness: int, rng: np.random.Generator) -> np.ndarray:
    """Antialiased coverage (0..1, page size) of a scribbled signature inside box_px."""
    mask = np.zeros((size[1], size[0]), np.uint8)
    x0, y0, x1, y1 = box_px
    for stroke in signature_strokes(rng):
        pts = np.stack([x0 + stroke[:, 0] * (x1 - x0), y0 + stroke[:, 1] * (y1 - y0)], 1)
        # 4 fractional bits: smooth curves instead of pixel-snapped ones.
        cv2.polylines(mask, [np.round(pts * 16).astype(np.int32)], False, 255, thickness, cv2.LINE_AA, 4)
    return mask.astype(np.float32) / 255.0


def text_arc(font: ImageFont.FreeTypeFont, text: str, radius: float) -> list:
    """Angle (radians) each letter takes on a circle of that radius, loosely spaced."""
    return [font.getlength(ch) * 1.12 / radius for ch in text]


def arc_text(img: Image.Image, text: str, centre: float, radius: float, font: ImageFont.FreeTypeFont,
             top: bool) -> None:
    """Letters around a circle: on top reading clockwise with tops outward, at the
    bottom reading left to right with tops towards the centre, as on real stamps."""
    steps = text_arc(font, text, radius)
    angle = -sum(steps) / 2
    cell = int(font.size * 2.2)
    for ch, step in zip(text, steps):
        mid = angle + step / 2
        angle += step
        if ch == " ":
            continue
        glyph = Image.new("L", (cell, cell), 0)
        ImageDraw.Draw(glyph).text((cell / 2, cell / 2), ch, fill=255, font=font, anchor="mm")
        if top:
            x, y, turn = centre + radius * math.sin(mid), centre - radius * math.cos(mid), -math.degrees(mid)
        else:
            x, y, turn = centre + radius * math.sin(mid), centre + radius * math.cos(mid), math.degrees(mid)
        glyph = glyph.rotate(turn, resample=Image.BICUBIC)
        img.paste(255, (round(x - cell / 2), round(y - cell / 2)), glyph)


def ring_font(top_text: str, bottom_text: str, radius: float, max_size: float) -> ImageFont.FreeTypeFont:
    """The largest font (one size for both texts, as on real stamps) with which both
    texts fit around the ring leaving room for the two separator stars."""
    size = max_size
    while True:
        font = ImageFont.truetype(str(STAMP_FONT), max(6, int(size)))
        need = sum(text_arc(font, top_text, radius)) + sum(text_arc(font, bottom_text, radius))
        if need <= math.radians(320) or size <= 6:
            return font
        size -= 0.5


def star(cx: float, cy: float, outer: float, inner: float, turn: float = 0.0) -> list:
    pts = []
    for k in range(10):
        a = math.radians(turn) - math.pi / 2 + k * math.pi / 5
        r = outer if k % 2 == 0 else inner
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return pts


def stamp_mask(radius: float, top_text: str, bottom_text: str, rng: np.random.Generator) -> np.ndarray:
    """Coverage (0..1) of a round stamp: two rings, text between them, a star in the
    middle; ink uneven (pressed harder on one side, speckled) and the whole stamp turned."""
    extent = math.ceil(radius * 2.3)
    c = extent / 2
    img = Image.new("L", (extent, extent), 0)
    draw = ImageDraw.Draw(img)
    outer_w = max(2, round(radius * 0.05))
    draw.ellipse((c - radius, c - radius, c + radius, c + radius), outline=255, width=outer_w)
    r_in = radius * 0.64
    draw.ellipse((c - r_in, c - r_in, c + r_in, c + r_in), outline=255, width=max(1, outer_w // 2))
    ring = (radius - outer_w + r_in) / 2
    font_max = (radius - outer_w - r_in) * 0.78
    font = ring_font(top_text, bottom_text, ring, font_max)
    arc_text(img, top_text, c, ring, font, top=True)
    arc_text(img, bottom_text, c, ring, font, top=False)
    # Small stars halfway between the end of the top text and the start of the bottom one.
    top_half = sum(text_arc(font, top_text, ring)) / 2
    bottom_half = sum(text_arc(font, bottom_text, ring)) / 2
    side = (top_half + math.pi - bottom_half) / 2
    for a in (-side, side):
        draw.polygon(star(c + ring * math.sin(a), c - ring * math.cos(a), font.size * 0.42, font.size * 0.17),
                     fill=255)
    draw.polygon(star(c, c, r_in * 0.62, r_in * 0.25), fill=255)
    draw.ellipse((c - r_in * 0.8, c - r_in * 0.8, c + r_in * 0.8, c + r_in * 0.8), outline=255, width=1)
    img = img.rotate(float(rng.uniform(-30, 30)), resample=Image.BICUBIC)

    mask = np.asarray(img, np.float32) / 255.0
    mask = cv2.GaussianBlur(mask, (0, 0), 0.7)  # ink bleeds into the paper fibres
    # Uneven pressure: a smooth field brighter on one side, plus speckle where ink skipped.
    coarse = rng.uniform(0.6, 1.0, (5, 5)).astype(np.float32)
    field_ = cv2.resize(coarse, (extent, extent), interpolation=cv2.INTER_CUBIC)
    speckle = (rng.uniform(size=(extent, extent)) > 0.12).astype(np.float32)
    speckle = cv2.GaussianBlur(speckle, (0, 0), 0.6)
    return np.clip(mask * field_ * (0.35 + 0.65 * speckle), 0.0, 1.0)


def apply_ink(img: np.ndarray, mask: np.ndarray, x0: int, y0: int, colour, opacity: float) -> None:
    """Multiply-blend ink (like real ink: the printed text stays visible under it)."""
    h, w = mask.shape
    H, W = img.shape[:2]
    sx0, sy0, sx1, sy1 = max(0, -x0), max(0, -y0), min(w, W - x0), min(h, H - y0)
    if sx0 >= sx1 or sy0 >= sy1:
        return
    a = (mask[sy0:sy1, sx0:sx1] * opacity)[:, :, None]
    region = img[y0 + sy0:y0 + sy1, x0 + sx0:x0 + sx1]
    region *= 1.0 - a * (1.0 - np.asarray(colour, np.float32))


def stamp_texts(laporan: dict) -> tuple:
    pemda = laporan["pemda"]
    top = f"PEMERINTAH {pemda}".upper()
    instansi = laporan.get("instansi")
    if instansi and instansi.endswith(pemda):
        bottom = instansi[: -len(pemda)].strip()
    else:
        bottom = laporan["unit_kerja"]
    return top, bottom.upper()


def sign_and_stamp(img: np.ndarray, spot: SignSpot, laporan: dict, scale: float, name: str) -> None:
    """Signature first, stamp on top of it (stamps are pressed after signing)."""
    rng = random.Random(seed_of(name, "sign"))
    nrng = np.random.default_rng(seed_of(name, "ink"))
    sig = signature_box(spot, rng)
    thickness = 2 if scale < 175 / 72 else 3
    box_px = tuple(v * scale for v in sig)
    mask = signature_mask((img.shape[1], img.shape[0]), box_px, thickness, nrng)
    apply_ink(img, mask, 0, 0, INK_BLUE, 0.92)

    cx, cy, radius = stamp_place(spot, sig, rng)
    top, bottom = stamp_texts(laporan)
    smask = stamp_mask(radius * scale, top, bottom, nrng)
    # Between violet and blue, as stamp pads are.
    mix = rng.uniform(0, 1)
    colour = (0.36 - 0.2 * mix, 0.2 + 0.05 * mix, 0.72)
    h, w = smask.shape
    apply_ink(img, smask, round(cx * scale - w / 2), round(cy * scale - h / 2), colour,
              rng.uniform(0.6, 0.72))


# ---------------------------------------------------------------- paper and scanner


def skew(img: np.ndarray, angle: float) -> np.ndarray:
    """Rotate about the centre, same canvas (the page keeps its size), white outside."""
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_CONSTANT,
                          borderValue=WHITE)


def photograph(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A page photographed rather than scanned: corners pulled by at most 0.5% of the
    page, and light falling off smoothly towards one corner (60-70% there)."""
    h, w = img.shape[:2]
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = src + (rng.uniform(-1, 1, (4, 2)) * 0.005 * np.float32([w, h])).astype(np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    img = cv2.warpPerspective(img, m, (w, h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_CONSTANT,
                              borderValue=WHITE)
    corner = np.array([[0, 0], [w, 0], [w, h], [0, h]][int(rng.integers(4))], np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    dist = np.hypot(xx - corner[0], yy - corner[1]) / math.hypot(w, h)
    darkest = rng.uniform(0.6, 0.7)
    reach = rng.uniform(0.75, 1.0)  # how far across the page the shadow reaches
    fall = np.clip(1.0 - dist / reach, 0.0, 1.0) ** 1.6
    light = 1.0 - (1.0 - darkest) * fall
    light *= 1.0 - 0.05 * (np.hypot(xx / w - 0.5, yy / h - 0.5) / 0.7071) ** 2  # lens vignette
    return img * (light[:, :, None] if img.ndim == 3 else light)


def finish(img: np.ndarray, plan: FilePlan, rng: np.random.Generator) -> np.ndarray:
    """Paper tint, sensor noise, then optics blur (blurring after the noise keeps the
    grain soft, as in real scans, and lets JPEG compress it)."""
    img = img * (np.float32(plan.paper) if img.ndim == 3 else np.float32(np.mean(plan.paper)))
    img = img + rng.normal(0.0, plan.noise, img.shape).astype(np.float32)
    img = cv2.GaussianBlur(img, (0, 0), plan.blur)
    return np.clip(img * 255.0 + 0.5, 0, 255).astype(np.uint8)


def scan_page(pdf: pdfium.PdfDocument, page: PagePlan, plan: FilePlan, spot: SignSpot,
              laporan: dict) -> tuple:
    """One scanned page: (JPEG bytes, pixel width, pixel height, colour)."""
    scale = plan.twin.dpi / 72
    rgb = np.asarray(pdf[page.index].render(scale=scale).to_pil().convert("RGB"), np.float32) / 255.0
    rgb = np.ascontiguousarray(rgb)
    stamped = page.index == spot.page
    if stamped:
        sign_and_stamp(rgb, spot, laporan, scale, plan.name)
    colour = page.colour or stamped
    # Gray pages: drop colour early, everything after is 3x cheaper and the JPEG smaller.
    img = rgb if colour else np.ascontiguousarray(rgb @ np.float32([0.299, 0.587, 0.114]))
    img = skew(img, page.angle)
    rng = np.random.default_rng(seed_of(plan.name, "page", page.index))
    if page.photo:
        img = photograph(img, rng)
    pixels = finish(img, plan, rng)
    buf = io.BytesIO()
    Image.fromarray(pixels, "RGB" if colour else "L").save(buf, "JPEG", quality=plan.quality, optimize=True)
    return buf.getvalue(), pixels.shape[1], pixels.shape[0], colour


# ---------------------------------------------------------------- PDF and truth


def image_page(out: pikepdf.Pdf, jpeg: bytes, px: tuple, colour: bool, size: tuple) -> None:
    """A page holding one full-page JPEG; MediaBox = the digital page's size in points,
    so the image DPI is the render DPI and landscape pages stay landscape."""
    w_pt, h_pt = size
    image = pikepdf.Stream(out, jpeg)
    image.Type = pikepdf.Name.XObject
    image.Subtype = pikepdf.Name.Image
    image.Width, image.Height = px
    image.ColorSpace = pikepdf.Name.DeviceRGB if colour else pikepdf.Name.DeviceGray
    image.BitsPerComponent = 8
    image.Filter = pikepdf.Name.DCTDecode
    page = out.add_blank_page(page_size=(w_pt, h_pt))
    page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
    page.Contents = out.make_stream(f"q {w_pt:.4f} 0 0 {h_pt:.4f} 0 0 cm /Im0 Do Q".encode())


def build_twin(name: str, twin: "Twin | None" = None, folder: Path = OUT) -> dict:
    twin = twin or TWINS[name]
    src_path = SAMPLES / f"{name}.pdf"
    truth = json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    spot = find_sign_spot(src_path, truth["laporan"]["penandatangan"]["nama"])
    doc = pdfium.PdfDocument(src_path)
    plan = plan_file(name, twin, len(doc))
    src = pikepdf.open(src_path)
    out = pikepdf.new()
    for page in plan.pages:
        if page.digital:
            out.pages.append(src.pages[page.index])  # unchanged: content, fonts, text layer
            continue
        size = tuple(float(v) for v in doc[page.index].get_size())
        jpeg, w, h, colour = scan_page(doc, page, plan, spot, truth["laporan"])
        image_page(out, jpeg, (w, h), colour, size)
    # No /Info at all (no dates), a content-derived /ID: same input, same bytes.
    if "/Info" in out.trailer:
        del out.trailer["/Info"]
    folder.mkdir(parents=True, exist_ok=True)
    pdf_path = folder / f"{plan.out_name}.pdf"
    out.save(pdf_path, deterministic_id=True, compress_streams=True,
             object_stream_mode=pikepdf.ObjectStreamMode.generate)
    doc.close()
    src.close()
    write_truth(truth, pdf_path, len(plan.pages))
    return {"plan": plan, "spot": spot, "bytes": pdf_path.stat().st_size}


def write_truth(truth: dict, pdf_path: Path, pages: int) -> None:
    """The digital truth with `source` describing the twin; formatted like the other
    truths in sample_pdfs/ (indent 1, UTF-8, no trailing newline)."""
    truth = copy.deepcopy(truth)
    truth["source"]["file"] = pdf_path.name
    truth["source"]["sha256"] = hashlib.sha256(pdf_path.read_bytes()).hexdigest()
    truth["source"]["pages"] = pages
    truth["source"]["ocr"] = True
    with open(pdf_path.with_suffix(".json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)


def write_readme() -> None:
    """README from the plans of every twin (not only the ones just built), so it never
    drifts from the generator."""
    lines = [
        "# Scanned twins",
        "",
        "Image-only copies of digital samples, as if printed, signed, stamped and scanned.",
        "Generated by `tools/generate_scans.py` (seeded: rerunning gives identical bytes);",
        "each `NAME-scan.json` is the digital `NAME.json` with `source` describing the twin",
        "and `source.ocr` = true.",
        "",
        "Every scanned page: rotated, paper-tinted, Gaussian noise, blur, JPEG. The page with the",
        "signer's name carries a blue-ink signature and a round stamp (RGB); other pages are",
        "grayscale. One page per file looks photographed (uneven light towards one corner,",
        "slight perspective warp). Skew is drawn per page from 0.3 to 1.5 degrees, either sign;",
        "the table shows each file's actual extremes. Page sizes are the digital pages' sizes.",
        "",
        "| File | dpi | JPEG q | rotation (deg) | photographed page | signature + stamp page | notes |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, twin in TWINS.items():
        with pdfplumber.open(SAMPLES / f"{name}.pdf") as pdf:
            count = len(pdf.pages)
        plan = plan_file(name, twin, count)
        truth = json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))
        spot = find_sign_spot(SAMPLES / f"{name}.pdf", truth["laporan"]["penandatangan"]["nama"])
        angles = [p.angle for p in plan.pages if not p.digital]
        photo = next(p.index + 1 for p in plan.pages if p.photo)
        sign = spot.page + 1
        signed = "none (page kept digital)" if plan.pages[spot.page].digital else str(sign)
        note = (f"MIXED: pages 1 and {count} digital (text layer), the rest scanned" if twin.mixed
                else "image-only")
        lines.append(f"| `{plan.out_name}.pdf` | {twin.dpi} | {plan.quality} | {min(angles):+.2f} .. "
                     f"{max(angles):+.2f} | {photo} | {signed} | {note} |")
    (OUT / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list) -> None:
    if argv[:1] == ["--held-out"]:
        # Twins of other samples, never committed: a check that the OCR rules hold beyond the
        # seven they were developed on (README, "Samples, tests and benchmark").
        folder = Path(argv[1]) if len(argv) > 1 else Path("held-out-scans")
        for name, twin in HELD_OUT.items():
            print(f"{build_twin(name, twin, folder)['plan'].out_name}.pdf")
        return
    names = argv or list(TWINS)
    unknown = [n for n in names if n not in TWINS]
    if unknown:
        raise SystemExit(f"not in TWINS: {', '.join(unknown)}")
    for name in names:
        info = build_twin(name)
        plan = info["plan"]
        angles = ", ".join(f"{p.angle:+.2f}" for p in plan.pages)
        photo = next(p.index + 1 for p in plan.pages if p.photo)
        print(f"{plan.out_name}.pdf: {len(plan.pages)} pages, {plan.twin.dpi} dpi, q{plan.quality}, "
              f"{info['bytes'] / 1e6:.2f} MB, photo p{photo}, sign p{info['spot'].page + 1}, angles {angles}")
    write_readme()


if __name__ == "__main__":
    main(sys.argv[1:])
