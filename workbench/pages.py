"""A report's page as a picture, with the boxes of the cells a reviewer checks outlined on it.

The page is rendered from the report's own file, found where it was ingested from (inside the
ZIP archive it came in, if it did) and checked against the bytes that were loaded: a file since
replaced by another is not shown as if it were the one read.
"""

from __future__ import annotations

import hashlib
import io
import threading
import zipfile
from pathlib import Path

import pypdfium2
from PIL import ImageDraw

SCALE = 2.0          # pixels per PDF point: 144 dpi, sharp enough to read a cell
AROUND = 110.0       # points kept above and below the boxes when the picture is cut around them
OUTLINE = (220, 20, 60)
_pdfium = threading.Lock()  # pdfium is not thread-safe


class BerkasTidakAda(FileNotFoundError):
    """The report's file is not where it was ingested from, or holds other bytes now."""


def pdf_bytes(path: str | None, sha256: str | None, beside: Path | None = None) -> bytes:
    """The bytes of the file a report was read from: `path` as the warehouse keeps it (a member of
    an archive: "/arsip/2022.zip/tw1.pdf"), which must still hash to `sha256`. A relative path is
    as `lkj ingest` was given it: from the working folder, else from `beside` (the warehouse's
    folder, where `lkj ingest sample_pdfs` leaves lkj.duckdb)."""
    if not path:
        raise BerkasTidakAda("lokasi berkas tidak tercatat")
    where = Path(path)
    if not where.is_absolute() and beside is not None and not where.exists() and (beside / where).exists():
        where = beside / where
    data = _read(where)
    if sha256 and hashlib.sha256(data).hexdigest() != sha256:
        raise BerkasTidakAda(f"{path} sudah berubah sejak dibaca")
    return data


def _read(path: Path) -> bytes:
    if path.is_file():
        return path.read_bytes()
    # A member of an archive: the longest part of the path that is a file is the archive.
    for archive in path.parents:
        if archive.is_file():
            member = path.relative_to(archive).as_posix()
            return _member(archive.read_bytes(), member, str(path))
    raise BerkasTidakAda(f"{path} tidak ditemukan")


def _member(data: bytes, member: str, shown: str) -> bytes:
    """A member of a ZIP archive, which may itself lie in an archive inside it."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as bundle:
            names = set(bundle.namelist())
            if member in names:
                return bundle.read(member)
            parts = member.split("/")
            for cut in range(1, len(parts)):
                inner = "/".join(parts[:cut])
                if inner in names:
                    return _member(bundle.read(inner), "/".join(parts[cut:]), shown)
    except zipfile.BadZipFile:
        pass
    raise BerkasTidakAda(f"{shown} tidak ditemukan")


def page_picture(data: bytes, page: int, boxes: list[dict], around: bool = True) -> bytes:
    """PNG of page `page` (1-based) with each box ({x0, top, x1, bottom} in points, from the
    page's top left) outlined; cut to the boxes' height and AROUND points either side when
    `around`, the whole page otherwise."""
    with _pdfium:
        document = pypdfium2.PdfDocument(data)
        try:
            if not 1 <= page <= len(document):
                raise BerkasTidakAda(f"halaman {page} tidak ada (berkas {len(document)} halaman)")
            pdf_page = document[page - 1]
            picture = pdf_page.render(scale=SCALE).to_pil().convert("RGB")
            pdf_page.close()
        finally:
            document.close()
    draw = ImageDraw.Draw(picture)
    for box in boxes:
        x0, top, x1, bottom = (box[k] * SCALE for k in ("x0", "top", "x1", "bottom"))
        draw.rectangle((x0 - 3, top - 3, x1 + 3, bottom + 3), outline=OUTLINE, width=3)
    if around and boxes:
        top = max(0, int(min(b["top"] for b in boxes) * SCALE - AROUND * SCALE))
        bottom = min(picture.height, int(max(b["bottom"] for b in boxes) * SCALE + AROUND * SCALE))
        picture = picture.crop((0, top, picture.width, bottom))
    out = io.BytesIO()
    picture.save(out, format="PNG", optimize=False)
    return out.getvalue()


def crop_offset(boxes: list[dict]) -> float:
    """Where (points from the page's top) a picture cut `around` the boxes begins."""
    return max(0.0, min(b["top"] for b in boxes) - AROUND) if boxes else 0.0
