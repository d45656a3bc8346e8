#!/usr/bin/env python3
"""Generate phone photos and faxes of digital samples: ``DIR/NAME-photo.pdf`` and
``NAME-fax.pdf``, each with its truth ``.json``, and their section of ``DIR/README.md``.

Run from the repository root::

    .venv/bin/python tools/generate_photos.py [--out DIR]            # every file in PHOTOS and FAXES
    .venv/bin/python tools/generate_photos.py [--out DIR] NAME ...   # only these (NAME = digital sample stem)
    .venv/bin/python tools/generate_photos.py [--out DIR] --readme   # only rewrite the README section

DIR is ``photos-and-faxes`` unless given. A file goes into ``sample_pdfs/scanned/`` (``--out
sample_pdfs/scanned NAME``) once it reads to 95 % of its cells with every wrong cell in
``review``, as the tests hold every file there: today the two photos. The README section
describes the files its folder holds. ``tests/test_photos.py`` generates them all into a
temporary folder.

Two harder kinds of image-only copy than ``tools/generate_scans.py``'s office scans, built
with its helpers (signature and stamp, skew, truth):

* **Phone photos** (``PHOTOS``): each page as if the signed, stamped report lay on a desk and
  was photographed with a phone.  The sheet fills most of the frame, a darker, grained desk
  shows on one to four sides (2-5 % of the width); the sheet is seen in perspective (a real
  homography: every corner displaced by 2-5 % of the page, the edge furthest from the
  camera shorter) and turned by up to 1.5 degrees; a soft hand/phone shadow darkens part
  of the page by 25-45 %; light is uneven, the image slightly blurred and noisy, warm
  (indoor light), RGB, 120-150 dpi on the sheet, JPEG quality 40-60.  One JPEG per page,
  the page the size of the digital page.
* **Faxes** (``FAXES``): each page received by fax from a photocopy: 1-bit black and white,
  binarised once here and stored as CCITT group 4 (``/CCITTFaxDecode``, K -1, as real faxes
  are), 204 x 196 dpi ("fine") or 204 x 98 dpi ("standard": non-square pixels, the image
  stretched to the page).  Strokes a little thickened or thinned (the copier's toner
  threshold, uneven over the page), salt-and-pepper speckle, a dark band of dense speckle
  1-3 % of the page wide (a dirty drum: vertical and in the same place on every page, or a
  horizontal streak wherever the drum was on that page), skew up to 1 degree.

The signature page gets the signature and round stamp of ``generate_scans`` (on the fax,
binarised like the rest).  There is no text layer.  The truth is the digital truth with
``source`` describing the new file (file, sha256, pages, ``ocr: true``).

Output is byte-reproducible: every draw comes from generators seeded with a sha256 of the
file name, the PDFs are assembled by pikepdf with no dates and a deterministic /ID, and
the "Phone photos and faxes" section of ``sample_pdfs/scanned/README.md`` (between the
markers below; the rest of the README is left as it is) is rewritten from the same plans.
``generate_scans.py`` rewrites that README whole: rerun this script (``--readme``) after it.
"""

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
from PIL import Image

# generate_scans.py is a sibling script, not a module of a package: import it from this folder.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_scans import (
    OUT,
    SAMPLES,
    find_sign_spot,
    image_page,
    seed_of,
    sign_and_stamp,
    skew,
    smooth_random,
    write_truth,
)

BEGIN = "<!-- tools/generate_photos.py: begin (this section is rewritten by that script) -->"
END = "<!-- tools/generate_photos.py: end -->"
SIDES = ("left", "top", "right", "bottom")
EDGE = {"left": (0, 3), "top": (0, 1), "right": (1, 2), "bottom": (2, 3)}  # corners TL, TR, BR, BL
OPPOSITE = {"left": "right", "right": "left", "top": "bottom", "bottom": "top"}
UNIT = np.float64([[0, 0], [1, 0], [1, 1], [0, 1]])
LUMA = np.float32([0.299, 0.587, 0.114])


@dataclass(frozen=True)
class Fax:
    ydpi: int  # 196: "fine", 98: "standard" (the x resolution is always 204)
    band: str  # "vertical" (dirty drum, same place on every page) or "horizontal"
    strokes: str  # "thickened" or "thinned"


PHOTOS = ("mojokerto-protokol-2022-tw2", "malang-diskominfo-2023-tw2")
FAXES = {
    "sidoarjo-bapenda-2024-tw2": Fax(ydpi=196, band="vertical", strokes="thinned"),
    "mojokerto-protokol-2022-tw3": Fax(ydpi=98, band="horizontal", strokes="thickened"),
}
FAX_XDPI = 204


# ---------------------------------------------------------------- phone photos: plans


@dataclass
class Shadow:
    edge: str  # the frame edge the hand/phone shadow comes in from
    along: float  # where on that edge, 0..1
    turn: float  # degrees off the edge's normal
    reach: float  # how far in, as a fraction of the frame across that edge
    radius: float  # half-width, fraction of the frame width
    soft: float  # Gaussian softness, fraction of the frame width
    depth: float  # brightness reduction at its darkest, 0..1


@dataclass
class PhotoPage:
    index: int  # 0-based
    size: tuple  # (width, height) in points
    displacement: np.ndarray  # 4x2 corner displacements, fractions of the page width/height
    angle: float  # degrees, counter-clockwise positive
    desk: tuple  # sides of the frame where the desk shows
    quad: np.ndarray  # 4x2 sheet corners in the frame, points
    scale: float  # linear scale of sheet -> frame at the page centre
    shadow: Shadow
    dpi_sheet: float = 0.0  # effective resolution on the sheet (set with the file's dpi)


@dataclass
class PhotoPlan:
    name: str
    dpi: int  # image pixels per inch of page (the image fills the page)
    quality: int
    tint: tuple  # white balance of the indoor light, RGB multipliers
    exposure: float
    desk_colour: tuple
    noise: float
    blur: float
    pages: list = field(default_factory=list)

    @property
    def out_name(self) -> str:
        return f"{self.name}-photo"


def content_boxes(pdf_path: Path) -> list:
    """Per page, the box (x0, top, x1, bottom, points) of everything printed: it must stay in frame."""
    boxes = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            objs = page.chars + page.rects + page.lines + page.curves + page.images
            if objs:
                boxes.append((min(o["x0"] for o in objs), min(o["top"] for o in objs),
                              max(o["x1"] for o in objs), max(o["bottom"] for o in objs)))
            else:
                boxes.append((0.25 * float(page.width), 0.25 * float(page.height),
                              0.75 * float(page.width), 0.75 * float(page.height)))
    return boxes


def corner_displacements(rng: random.Random) -> np.ndarray:
    """A phone held a little tilted: the far edge of the sheet shorter, the near edge longer,
    each corner jittered; every displacement between 2 % and 5 % of the page."""
    far = rng.choice(SIDES)
    k = rng.uniform(0.02, 0.035)
    d = np.zeros((4, 2))
    for edge, sign, perp in ((far, 1.0, 0.3), (OPPOSITE[far], -0.6, 0.0)):
        mid = UNIT[list(EDGE[edge])].mean(0)
        inward = (0.5 - mid) / np.linalg.norm(0.5 - mid)
        for c in EDGE[edge]:
            along = (mid - UNIT[c]) / np.linalg.norm(mid - UNIT[c])
            d[c] += k * (sign * along + perp * inward)
    d += np.array([[rng.uniform(-0.012, 0.012) for _ in range(2)] for _ in range(4)])
    for c in range(4):
        mag = float(np.hypot(*d[c]))
        d[c] *= min(max(mag, 0.02), 0.05) / mag
    return d


def fit_sheet(size: tuple, displacement: np.ndarray, angle: float, desk: tuple, margins: dict,
              bleed: dict) -> np.ndarray:
    """Sheet corners in the frame (points): displaced, turned about the centre, then scaled and
    moved per axis so the desk shows `margins` wide on the desk sides (at the sheet's outermost
    corner) and the sheet runs `bleed` past the frame on the others (at its innermost corner)."""
    w, h = size
    quad = (UNIT + displacement) * [w, h]
    a = math.radians(angle)
    rot = np.array([[math.cos(a), math.sin(a)], [-math.sin(a), math.cos(a)]])
    quad = (quad - [w / 2, h / 2]) @ rot.T + [w / 2, h / 2]
    for axis, (lo, hi), length in ((0, ("left", "right"), w), (1, ("top", "bottom"), h)):
        lo_v = quad[list(EDGE[lo]), axis]
        hi_v = quad[list(EDGE[hi]), axis]
        lo_val, lo_at = (lo_v.min(), margins[lo] * w) if lo in desk else (lo_v.max(), -bleed[lo] * w)
        hi_val, hi_at = (hi_v.max(), length - margins[hi] * w) if hi in desk else (hi_v.min(), length + bleed[hi] * w)
        s = (hi_at - lo_at) / (hi_val - lo_val)
        quad[:, axis] = lo_at + s * (quad[:, axis] - lo_val)
    return quad


def homography(size: tuple, quad: np.ndarray) -> np.ndarray:
    w, h = size
    return cv2.getPerspectiveTransform(np.float32(UNIT * [w, h]), np.float32(quad)).astype(np.float64)


def apply_h(m: np.ndarray, pts) -> np.ndarray:
    pts = np.asarray(pts, np.float64)
    q = np.c_[pts, np.ones(len(pts))] @ m.T
    return q[:, :2] / q[:, 2:]


def centre_scale(m: np.ndarray, size: tuple) -> float:
    """sqrt(|det J|) of the map at the page centre: how much the sheet was shrunk there."""
    cx, cy = size[0] / 2, size[1] / 2
    e = 1.0
    p = apply_h(m, [(cx, cy), (cx + e, cy), (cx, cy + e)])
    j = np.array([p[1] - p[0], p[2] - p[0]]) / e
    return math.sqrt(abs(np.linalg.det(j)))


def plan_photo(name: str) -> PhotoPlan:
    """Every per-file and per-page scalar, drawn up front so README and PDF agree."""
    out_name = f"{name}-photo"
    rng = random.Random(seed_of(out_name, "plan"))
    desks = [(0.34, 0.23, 0.15), (0.26, 0.18, 0.12), (0.31, 0.30, 0.29), (0.40, 0.31, 0.22)]
    plan = PhotoPlan(name, dpi=0, quality=rng.randint(40, 60),
                     tint=(1.0, rng.uniform(0.90, 0.94), rng.uniform(0.74, 0.82)),
                     exposure=rng.uniform(0.88, 0.95), desk_colour=rng.choice(desks),
                     noise=rng.uniform(0.010, 0.018), blur=rng.uniform(0.6, 0.95))
    target = rng.uniform(124, 146)  # dpi on the sheet
    pdf_path = SAMPLES / f"{name}.pdf"
    doc = pdfium.PdfDocument(pdf_path)
    sizes = [tuple(float(v) for v in doc[i].get_size()) for i in range(len(doc))]
    doc.close()
    for i, (size, box) in enumerate(zip(sizes, content_boxes(pdf_path))):
        displacement = corner_displacements(rng)
        angle = round(rng.uniform(0.3, 1.5) * rng.choice((-1, 1)), 3)
        desk = set(rng.sample(SIDES, rng.choice((1, 2, 2, 3, 3, 4))))
        margins = {s: rng.uniform(0.02, 0.05) for s in SIDES}
        bleed = {s: rng.uniform(0.002, 0.008) for s in SIDES}
        shadow = Shadow(edge=rng.choices(SIDES, weights=(0.2, 0.15, 0.3, 0.35))[0],
                        along=rng.uniform(0.15, 0.85), turn=rng.uniform(-35, 35), reach=rng.uniform(0.18, 0.42),
                        radius=rng.uniform(0.09, 0.16), soft=rng.uniform(0.03, 0.06),
                        depth=round(rng.uniform(0.25, 0.45), 3))
        w, h = size
        pad = 6.0
        corners = [(box[0] - pad, box[1] - pad), (box[2] + pad, box[1] - pad),
                   (box[2] + pad, box[3] + pad), (box[0] - pad, box[3] + pad)]
        while True:  # a side that would cut the printed page off shows the desk instead
            quad = fit_sheet(size, displacement, angle, tuple(desk), margins, bleed)
            m = homography(size, quad)
            c = apply_h(m, corners)
            cut = {"left": c[:, 0].min() < 0.012 * w, "right": c[:, 0].max() > 0.988 * w,
                   "top": c[:, 1].min() < 0.012 * w, "bottom": c[:, 1].max() > h - 0.012 * w}
            more = {s for s, bad in cut.items() if bad and s not in desk}
            if not more:
                break
            desk |= more
        plan.pages.append(PhotoPage(i, size, displacement, angle, tuple(s for s in SIDES if s in desk), quad,
                                    centre_scale(m, size), shadow))
    scales = [p.scale for p in plan.pages]
    dpi = round(target / (sum(scales) / len(scales)))
    dpi = max(dpi, math.ceil(121 / min(scales)))
    dpi = min(dpi, math.floor(149 / max(scales)))
    plan.dpi = dpi
    for p in plan.pages:
        p.dpi_sheet = dpi * p.scale
    return plan


# ---------------------------------------------------------------- phone photos: pixels


def px_matrix(size: tuple, px: tuple) -> np.ndarray:
    """Points -> pixel coordinates (pixel centres at integers, as OpenCV has them)."""
    kx, ky = px[0] / size[0], px[1] / size[1]
    return np.array([[kx, 0, -0.5], [0, ky, -0.5], [0, 0, 1.0]])


def desk_texture(shape: tuple, colour: tuple, rng: np.random.Generator) -> np.ndarray:
    """A wooden or laminate desk: grain streaks along one direction, blotches, fine noise."""
    h, w = shape
    along_x = rng.uniform() < 0.6
    coarse = rng.normal(0.0, 1.0, (h // 3 + 1, max(4, w // 70)) if along_x else (max(4, h // 70), w // 3 + 1))
    grain = cv2.resize(coarse.astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    blotch = cv2.resize(rng.uniform(-1, 1, (6, 5)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    fine = rng.normal(0.0, 0.035, (h, w)).astype(np.float32)
    t = 1.0 + 0.07 * grain + 0.08 * blotch + fine
    return t[:, :, None] * np.float32(colour)


def shadow_mask(shape: tuple, s: Shadow) -> np.ndarray:
    """A capsule coming in from one edge (a hand holding the phone), blurred very soft, 0..1."""
    h, w = shape
    k = 8  # drawn small, then enlarged: it is smooth anyway
    sh, sw = h // k + 1, w // k + 1
    normal = {"left": (1, 0), "right": (-1, 0), "top": (0, 1), "bottom": (0, -1)}[s.edge]
    start = {"left": (0, s.along * h), "right": (w, s.along * h),
             "top": (s.along * w, 0), "bottom": (s.along * w, h)}[s.edge]
    a = math.radians(s.turn)
    d = np.array([normal[0] * math.cos(a) - normal[1] * math.sin(a), normal[0] * math.sin(a) + normal[1] * math.cos(a)])
    across = w if s.edge in ("left", "right") else h
    r = s.radius * w
    p0 = np.array(start) - 2 * r * d
    p1 = np.array(start) + s.reach * across * d
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32) * k
    v = p1 - p0
    t = np.clip(((xx - p0[0]) * v[0] + (yy - p0[1]) * v[1]) / float(v @ v), 0, 1)
    dist = np.hypot(xx - (p0[0] + t * v[0]), yy - (p0[1] + t * v[1]))
    mask = (dist < r).astype(np.float32)
    mask = cv2.GaussianBlur(mask, (0, 0), s.soft * w / k)
    if mask.max() > 0:
        mask /= mask.max()
    return cv2.resize(mask, (w, h), interpolation=cv2.INTER_CUBIC).clip(0, 1)


def light_field(shape: tuple, rng: np.random.Generator) -> np.ndarray:
    """Uneven room light: a few smooth bumps, a gradient towards the window, lens vignette."""
    h, w = shape
    bumps = cv2.resize(rng.uniform(0.90, 1.03, (3, 3)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    a = rng.uniform(0, 2 * math.pi)
    g = rng.uniform(0.06, 0.14)
    grad = 1.0 + g * ((xx / w - 0.5) * math.cos(a) + (yy / h - 0.5) * math.sin(a))
    vignette = 1.0 - rng.uniform(0.06, 0.12) * ((xx / w - 0.5) ** 2 + (yy / h - 0.5) ** 2) / 0.5
    return bumps * grad * vignette


def photo_page(pdf: pdfium.PdfDocument, page: PhotoPage, plan: PhotoPlan, spot, laporan: dict) -> tuple:
    """One photographed page: (JPEG bytes, pixel width, pixel height)."""
    w, h = page.size
    frame = (round(w * plan.dpi / 72), round(h * plan.dpi / 72))
    scale = page.dpi_sheet / 72  # render the sheet at about the resolution it gets in the frame
    rgb = np.ascontiguousarray(np.asarray(pdf[page.index].render(scale=scale).to_pil().convert("RGB"),
                                          np.float32) / 255.0)
    if page.index == spot.page:
        sign_and_stamp(rgb, spot, laporan, scale, plan.out_name)
    src = (rgb.shape[1], rgb.shape[0])
    rng = np.random.default_rng(seed_of(plan.out_name, "page", page.index))
    rgb *= np.float32([0.975, 0.97, 0.955])  # paper is never quite white

    m = px_matrix(page.size, frame) @ homography(page.size, page.quad) @ np.linalg.inv(px_matrix(page.size, src))
    sheet = cv2.warpPerspective(rgb, m, frame, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    alpha = cv2.warpPerspective(np.ones(rgb.shape[:2], np.float32), m, frame, flags=cv2.INTER_LINEAR,
                                borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    shape = (frame[1], frame[0])
    desk = desk_texture(shape, plan.desk_colour, rng)
    # The sheet lifts a little off the desk: a narrow soft shadow along its edge.
    off = 0.003 * frame[0]
    drop = cv2.warpAffine(alpha, np.float32([[1, 0, off], [0, 1, 1.5 * off]]), frame)
    drop = cv2.GaussianBlur(drop, (0, 0), 0.004 * frame[0])
    img = desk * (1.0 - 0.45 * drop)[:, :, None] * (1.0 - alpha)[:, :, None] + sheet

    light = light_field(shape, rng) * plan.exposure
    dark = shadow_mask(shape, page.shadow)[:, :, None] * page.shadow.depth
    # Shadows are lit by the cooler daylight of the room: a little less blue is lost.
    img = img * light[:, :, None] * (1.0 - dark * np.float32([1.0, 0.97, 0.88])) * np.float32(plan.tint)
    img = cv2.GaussianBlur(img, (0, 0), plan.blur)  # focus and hand shake
    luma = rng.normal(0.0, plan.noise, shape).astype(np.float32)
    chroma = rng.normal(0.0, 0.4 * plan.noise, (*shape, 3)).astype(np.float32)
    img = img + cv2.GaussianBlur(luma[:, :, None] + chroma, (0, 0), 0.5)
    pixels = np.clip(img * 255.0 + 0.5, 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(pixels, "RGB").save(buf, "JPEG", quality=plan.quality, optimize=True)
    return buf.getvalue(), frame[0], frame[1]


# ---------------------------------------------------------------- faxes: plans and pixels


@dataclass
class FaxPage:
    index: int
    size: tuple
    angle: float
    band_at: float  # centre of the band, fraction of the page across it
    pepper: float  # black specks per pixel of paper
    salt: float  # share of black pixels dropped out


@dataclass
class FaxPlan:
    name: str
    fax: Fax
    threshold: float  # grey level under which a pixel turns black (0.5: strokes as printed)
    band_width: float  # fraction of the page
    band_density: float  # share of black pixels at the band's core
    noise: float
    pages: list = field(default_factory=list)

    @property
    def out_name(self) -> str:
        return f"{self.name}-fax"

    @property
    def mode(self) -> str:
        return "fine" if self.fax.ydpi >= 150 else "standard"


def plan_fax(name: str) -> FaxPlan:
    fax = FAXES[name]
    out_name = f"{name}-fax"
    rng = random.Random(seed_of(out_name, "plan"))
    threshold = rng.uniform(0.58, 0.64) if fax.strokes == "thickened" else rng.uniform(0.43, 0.47)
    plan = FaxPlan(name, fax, threshold=threshold, band_width=rng.uniform(0.01, 0.03),
                   band_density=rng.uniform(0.35, 0.55), noise=rng.uniform(0.04, 0.07))
    doc = pdfium.PdfDocument(SAMPLES / f"{name}.pdf")
    sizes = [tuple(float(v) for v in doc[i].get_size()) for i in range(len(doc))]
    doc.close()
    drum = rng.uniform(0.15, 0.85)
    for i, size in enumerate(sizes):
        at = drum + rng.uniform(-0.002, 0.002) if fax.band == "vertical" else rng.uniform(0.12, 0.88)
        plan.pages.append(FaxPage(i, size, round(rng.uniform(0.2, 1.0) * rng.choice((-1, 1)), 3), at,
                                  pepper=rng.uniform(0.0006, 0.0015), salt=rng.uniform(0.01, 0.03)))
    return plan


def fax_band(shape: tuple, plan: FaxPlan, page: FaxPage, rng: np.random.Generator) -> np.ndarray:
    """Black pixels of a dirty-drum streak: dense at its core, thinning to its edges, fainter and
    denser along its length, with a broken solid line inside it."""
    h, w = shape
    vertical = plan.fax.band == "vertical"
    across, length = (w, h) if vertical else (h, w)
    half = plan.band_width * across / 2
    u = (np.arange(across, dtype=np.float32) - page.band_at * across) / half
    profile = plan.band_density * np.clip(1.0 - np.abs(u) ** 3, 0.0, 1.0)
    t = np.linspace(0.0, 1.0, length, dtype=np.float32)
    strength = smooth_random(rng, t, 9, 0.55, 1.0)
    p = strength[:, None] * profile[None, :]  # (length, across)
    black = rng.uniform(size=p.shape).astype(np.float32) < p
    core = round(page.band_at * across + rng.uniform(-0.4, 0.4) * half)
    lo, hi = max(0, core), min(across, core + 2)
    black[:, lo:hi] |= (strength > 0.8)[:, None]
    return black if vertical else black.T


def fax_page(pdf: pdfium.PdfDocument, page: FaxPage, plan: FaxPlan, spot, laporan: dict) -> tuple:
    """One received fax page: (CCITT G4 bytes, pixel width, pixel height)."""
    w, h = page.size
    scale = FAX_XDPI / 72
    rgb = np.ascontiguousarray(np.asarray(pdf[page.index].render(scale=scale).to_pil().convert("RGB"),
                                          np.float32) / 255.0)
    if page.index == spot.page:
        sign_and_stamp(rgb, spot, laporan, scale, plan.out_name)
    # A copier's text mode prints coloured ink darker than its luminance (the stamp would vanish).
    grey = np.ascontiguousarray(rgb @ LUMA - 0.5 * (rgb.max(axis=2) - rgb.min(axis=2)))
    grey = skew(grey, page.angle)  # turned on the square grid, before the lines are sampled
    px = (round(w * FAX_XDPI / 72), round(h * plan.fax.ydpi / 72))
    grey = cv2.resize(grey, px, interpolation=cv2.INTER_AREA)
    rng = np.random.default_rng(seed_of(plan.out_name, "page", page.index))
    shape = (px[1], px[0])
    grey = cv2.GaussianBlur(grey, (0, 0), 0.6)  # the copier's optics
    grey = grey + cv2.GaussianBlur(rng.normal(0.0, plan.noise, shape).astype(np.float32), (0, 0), 0.5)
    # Toner uneven over the page: the threshold wanders a little around the file's.
    field_ = cv2.resize(rng.uniform(-0.04, 0.04, (4, 3)).astype(np.float32), px, interpolation=cv2.INTER_CUBIC)
    black = grey < plan.threshold + field_
    black &= rng.uniform(size=shape) >= page.salt  # toner dropouts
    black |= rng.uniform(size=shape) < page.pepper  # specks
    clumps = (rng.uniform(size=shape) < page.pepper / 6).astype(np.uint8)
    black |= cv2.dilate(clumps, np.ones((2, 3), np.uint8)).astype(bool)
    black |= fax_band(shape, plan, page, rng)
    return g4(black), px[0], px[1]


def g4(black: np.ndarray) -> bytes:
    """CCITT group 4 data of a 1-bit image, via Pillow's libtiff, in one strip."""
    buf = io.BytesIO()
    Image.fromarray(~black).save(buf, "TIFF", compression="group4", tiffinfo={278: black.shape[0]})
    tif = Image.open(io.BytesIO(buf.getvalue()))
    (offset,), (count,) = tif.tag_v2[273], tif.tag_v2[279]
    assert tif.tag_v2[262] == 1, "expected BlackIsZero"  # 0 bits black: coded as 'white' runs
    return buf.getvalue()[offset:offset + count]


def fax_image_page(out: pikepdf.Pdf, data: bytes, px: tuple, size: tuple) -> None:
    """A page holding one 1-bit CCITT image stretched over the whole page (pixels need not be square)."""
    w_pt, h_pt = size
    image = pikepdf.Stream(out, data)
    image.Type = pikepdf.Name.XObject
    image.Subtype = pikepdf.Name.Image
    image.Width, image.Height = px
    image.ColorSpace = pikepdf.Name.DeviceGray
    image.BitsPerComponent = 1
    image.Filter = pikepdf.Name.CCITTFaxDecode
    # libtiff codes 0 bits as white runs; with BlackIsZero data those are the black pixels.
    image.DecodeParms = pikepdf.Dictionary(K=-1, Columns=px[0], Rows=px[1], BlackIs1=True)
    page = out.add_blank_page(page_size=(w_pt, h_pt))
    page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
    page.Contents = out.make_stream(f"q {w_pt:.4f} 0 0 {h_pt:.4f} 0 0 cm /Im0 Do Q".encode())


# ---------------------------------------------------------------- files


def save(out: pikepdf.Pdf, path: Path) -> None:
    """No /Info (no dates), a content-derived /ID: same input, same bytes."""
    if "/Info" in out.trailer:
        del out.trailer["/Info"]
    path.parent.mkdir(parents=True, exist_ok=True)
    out.save(path, deterministic_id=True, compress_streams=True,
             object_stream_mode=pikepdf.ObjectStreamMode.generate)


def build(name: str, kind: str) -> dict:
    plan = plan_photo(name) if kind == "photo" else plan_fax(name)
    src_path = SAMPLES / f"{name}.pdf"
    truth = json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    spot = find_sign_spot(src_path, truth["laporan"]["penandatangan"]["nama"])
    doc = pdfium.PdfDocument(src_path)
    out = pikepdf.new()
    for page in plan.pages:
        if kind == "photo":
            jpeg, w, h = photo_page(doc, page, plan, spot, truth["laporan"])
            image_page(out, jpeg, (w, h), True, page.size)
        else:
            data, w, h = fax_page(doc, page, plan, spot, truth["laporan"])
            fax_image_page(out, data, (w, h), page.size)
    doc.close()
    pdf_path = OUT / f"{plan.out_name}.pdf"
    save(out, pdf_path)
    write_truth(truth, pdf_path, len(plan.pages))
    return {"plan": plan, "spot": spot, "bytes": pdf_path.stat().st_size}


# ---------------------------------------------------------------- README


def _sign_page(name: str) -> int:
    truth = json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    return find_sign_spot(SAMPLES / f"{name}.pdf", truth["laporan"]["penandatangan"]["nama"]).page


def readme_section() -> list:
    lines = [
        BEGIN,
        "## Phone photos and faxes",
        "",
        "Generated by `tools/generate_photos.py` (seeded: rerunning gives identical bytes), from the same",
        "digital samples and with the same signature and stamp as the scanned twins; each `.json` is the",
        "digital truth with `source` describing the file and `source.ocr` = true. Image-only, no text layer.",
        "",
        "`NAME-photo.pdf`: each page photographed with a phone on a desk. The sheet in perspective (each",
        "corner displaced by 2-5 % of the page before framing, the far edge shorter) and turned; the desk",
        "shows on the sides listed, 2-5 % of the width at the sheet's outermost corner; a soft hand/phone",
        "shadow from one edge darkens the page by the share given at its darkest; uneven warm light, blur,",
        "noise; RGB JPEG, one per page, stretched over the digital page's size. *dpi* is the image's pixels",
        "per inch of page; *on sheet* the resolution the sheet itself got, at its centre.",
        "",
        "`NAME-fax.pdf`: each page a fax of a photocopy, 1-bit, CCITT group 4 (K -1), at 204 x 196 dpi",
        "(fine) or 204 x 98 dpi (standard, non-square pixels stretched to the page); strokes thickened or",
        "thinned by the toner threshold (0.5 = as printed); salt-and-pepper speckle; a band of dense",
        "speckle with a broken solid line (dirty drum); skew.",
        "",
    ]
    for name in PHOTOS:
        plan = plan_photo(name)
        if not (OUT / f"{plan.out_name}.pdf").exists():
            continue  # the section describes the files of its folder
        sign = _sign_page(name)
        lines += [f"### `{plan.out_name}.pdf`", "",
                  (f"{len(plan.pages)} pages, {plan.dpi} dpi, JPEG q{plan.quality}, RGB, blur sigma {plan.blur:.2f} px, "
                   f"warm tint (1.00, {plan.tint[1]:.2f}, {plan.tint[2]:.2f}); signature + stamp on page {sign + 1}."),
                  "",
                  ("| page | dpi (on sheet) | encoding | corner displacement (%) | rotation (deg) | desk visible | "
                   "shadow | band |"),
                  "|---|---|---|---|---|---|---|---|"]
        for p in plan.pages:
            mags = [100 * float(np.hypot(*d)) for d in p.displacement]
            s = p.shadow
            lines.append(f"| {p.index + 1} | {plan.dpi} ({p.dpi_sheet:.0f}) | JPEG q{plan.quality} | "
                         f"{min(mags):.1f} .. {max(mags):.1f} | {p.angle:+.2f} | {', '.join(p.desk)} | "
                         f"{100 * s.depth:.0f} % from the {s.edge} | none |")
        lines.append("")
    for name, fax in FAXES.items():
        plan = plan_fax(name)
        if not (OUT / f"{plan.out_name}.pdf").exists():
            continue
        sign = _sign_page(name)
        lines += [f"### `{plan.out_name}.pdf`", "",
                  (f"{len(plan.pages)} pages, {FAX_XDPI} x {fax.ydpi} dpi ({plan.mode}), 1-bit CCITT G4; strokes "
                   f"{fax.strokes} (threshold {plan.threshold:.2f}); band {fax.band}, {100 * plan.band_width:.1f} % "
                   f"wide, {100 * plan.band_density:.0f} % black at its core; signature + stamp on page {sign + 1}."),
                  "",
                  ("| page | dpi | encoding | corner displacement (%) | rotation (deg) | speckle (black / dropped) | "
                   "shadow | band |"),
                  "|---|---|---|---|---|---|---|---|"]
        for p in plan.pages:
            where = "x" if fax.band == "vertical" else "y"
            lines.append(f"| {p.index + 1} | {FAX_XDPI} x {fax.ydpi} | 1-bit G4 | none | {p.angle:+.2f} | "
                         f"{100 * p.pepper:.2f} % / {100 * p.salt:.1f} % | none | {fax.band} at "
                         f"{where} = {100 * p.band_at:.1f} % |")
        lines.append("")
    lines.append(END)
    return lines


def write_readme() -> None:
    """Replace this script's section of the README (between BEGIN and END), or append it; the rest
    of the file, written by generate_scans.py, stays as it is."""
    path = OUT / "README.md"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    head, tail = text, ""
    if BEGIN in text:
        head = text[:text.index(BEGIN)]
        rest = text[text.index(BEGIN):]
        tail = rest[rest.index(END) + len(END):] if END in rest else ""
    body = "\n".join(readme_section()) + "\n"
    new = (head.rstrip("\n") + "\n\n" if head.strip() else "") + body
    if tail.strip():
        new += "\n" + tail.lstrip("\n")
    path.write_text(new, encoding="utf-8")


def main(argv: list) -> None:
    global OUT
    OUT = Path("photos-and-faxes")
    if argv[:1] == ["--out"]:
        if len(argv) < 2:
            raise SystemExit("--out needs a folder")
        OUT, argv = Path(argv[1]), argv[2:]
    OUT.mkdir(parents=True, exist_ok=True)
    if argv == ["--readme"]:
        write_readme()
        return
    jobs = [(n, "photo") for n in PHOTOS] + [(n, "fax") for n in FAXES]
    if argv:
        unknown = [n for n in argv if n not in PHOTOS and n not in FAXES]
        if unknown:
            raise SystemExit(f"not in PHOTOS or FAXES: {', '.join(unknown)}")
        jobs = [(n, k) for n, k in jobs if n in argv]
    for name, kind in jobs:
        info = build(name, kind)
        plan = info["plan"]
        angles = ", ".join(f"{p.angle:+.2f}" for p in plan.pages)
        what = f"{plan.dpi} dpi, q{plan.quality}" if kind == "photo" else f"{FAX_XDPI}x{plan.fax.ydpi} dpi, G4"
        print(f"{plan.out_name}.pdf: {len(plan.pages)} pages, {what}, {info['bytes'] / 1e6:.2f} MB, "
              f"sign p{info['spot'].page + 1}, angles {angles}")
    write_readme()


if __name__ == "__main__":
    main(sys.argv[1:])
