"""Look at a PDF's structure before reading it: refuse what would eat the machine, repair
what qpdf can repair, and note active content.

qpdf (through pikepdf) opens the file without interpreting any page: the page count,
each content stream's compressed size and filter, each image's declared size are read
from the object dictionaries. A content stream that could inflate past the limit is
inflated with a cap, so a decompression bomb is refused in milliseconds.
"""

from __future__ import annotations

import io
import os
import re
import zlib
from dataclasses import dataclass, field

import pikepdf

from messages import _

from .errors import DamagedPdfError, EncryptedPdfError, TooLargeError

# zlib cannot inflate more than about 1032 bytes from one.
_MAX_FLATE_RATIO = 1032
_MAX_FORM_DEPTH = 8


def _env(name: str, default: float) -> float:
    value = os.environ.get(name)
    return float(value) if value else default


@dataclass(frozen=True)
class Limits:
    """Upper bounds on one input file; each is read from the environment when not given
    (LKJ_MAX_PAGES, LKJ_MAX_STREAM_MB, LKJ_MAX_IMAGE_MEGAPIXELS, LKJ_TIMEOUT, LKJ_OCR_PAGE_TIMEOUT,
    LKJ_MEMORY_MB)."""

    max_pages: int = field(default_factory=lambda: int(_env("LKJ_MAX_PAGES", 1000)))
    # decoded bytes of all content streams together
    max_stream_bytes: int = field(default_factory=lambda: int(_env("LKJ_MAX_STREAM_MB", 256)) * 2**20)
    max_image_pixels: int = field(default_factory=lambda: int(_env("LKJ_MAX_IMAGE_MEGAPIXELS", 200) * 10**6))
    timeout: float = field(default_factory=lambda: _env("LKJ_TIMEOUT", 120.0))  # seconds of wall clock
    # more seconds for each page read by OCR: a 150-page scan is not a hostile file
    ocr_page_timeout: float = field(default_factory=lambda: _env("LKJ_OCR_PAGE_TIMEOUT", 8.0))
    memory: int = field(default_factory=lambda: int(_env("LKJ_MEMORY_MB", 2048)) * 2**20)  # worker address space


@dataclass
class Prescan:
    data: bytes                                # what to parse: the file, or qpdf's repair of it
    notes: list[str] = field(default_factory=list)


def prescan(path, data: bytes, limits: Limits) -> Prescan:
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PasswordError:
        raise EncryptedPdfError(path) from None
    except (pikepdf.PdfError, pikepdf.QpdfRuntimeError, RuntimeError, RecursionError, ValueError) as error:
        raise DamagedPdfError(path, _qpdf_reason(error)) from None
    with pdf:
        warnings = pdf.get_warnings()  # read once: qpdf hands them over a single time
        if any("nesting" in warning or "deeply nested" in warning for warning in warnings):
            raise DamagedPdfError(path, _("objects nested too deeply (a malformed or hostile file)"))
        result = Prescan(data)
        pages = len(pdf.pages)
        if pages > limits.max_pages:
            raise TooLargeError(path, _("{pages} pages, over the limit of {limit} (LKJ_MAX_PAGES)").format(
                pages=pages, limit=limits.max_pages))
        budget = [limits.max_stream_bytes]
        try:
            for number, page in enumerate(pdf.pages, start=1):
                _check_contents(path, page.obj.get("/Contents"), budget, number)
                _check_resources(path, page.obj.get("/Resources"), budget, limits, number, 0)
        except (pikepdf.PdfError, ValueError, TypeError, RecursionError) as error:
            raise DamagedPdfError(path, _qpdf_reason(error)) from None
        if _has_javascript(pdf):
            result.notes.append("javascript")
        if "/Names" in pdf.Root and "/EmbeddedFiles" in pdf.Root.Names:
            result.notes.append("embedded_files")
        if any("reconstruct" in warning or "damaged" in warning for warning in warnings):
            repaired = io.BytesIO()
            pdf.save(repaired)
            result.data = repaired.getvalue()
            result.notes.append("repaired")
        return result


def _name(value) -> str:
    """A PDF name as text; a name that is not UTF-8 (a damaged file) as its bytes' repr."""
    try:
        return str(value)
    except UnicodeDecodeError:
        return repr(bytes(value))


def _qpdf_reason(error: Exception) -> str:
    """qpdf's message without the in-memory stream's name it starts with."""
    text = (str(error).splitlines() or [type(error).__name__])[0]
    return re.sub(r"^stream <[^>]*>:\s*", "", text)[:200]


def _streams(contents) -> list:
    if contents is None:
        return []
    if isinstance(contents, pikepdf.Array):
        return [item for item in contents if isinstance(item, pikepdf.Stream)]
    return [contents] if isinstance(contents, pikepdf.Stream) else []


def _check_contents(path, contents, budget: list[int], page: int) -> None:
    for stream in _streams(contents):
        raw = stream.read_raw_bytes()
        filters = stream.get("/Filter")
        names = [_name(f) for f in filters] if isinstance(filters, pikepdf.Array) else [_name(filters)] if filters else []
        if names == ["/FlateDecode"] and len(raw) * _MAX_FLATE_RATIO > budget[0]:
            budget[0] -= _inflated_size(path, raw, budget[0], page)
        elif not names:
            budget[0] -= len(raw)
        elif len(raw) * _MAX_FLATE_RATIO > budget[0]:
            budget[0] -= len(stream.read_bytes())  # other filters: decode once, it is small
        else:
            budget[0] -= len(raw)
        if budget[0] < 0:
            raise TooLargeError(path, _("page {page}: content streams inflate past the limit "
                                        "(LKJ_MAX_STREAM_MB)").format(page=page))


def _inflated_size(path, raw: bytes, cap: int, page: int) -> int:
    inflater = zlib.decompressobj()
    size = 0
    chunk = raw
    try:
        while chunk:
            size += len(inflater.decompress(chunk, 1 << 20))
            if size > cap:
                raise TooLargeError(path, _("page {page}: a content stream inflates past the limit "
                                            "(LKJ_MAX_STREAM_MB)").format(page=page))
            chunk = inflater.unconsumed_tail
    except zlib.error:
        return size  # a damaged stream: the reader will say so
    return size


def _check_resources(path, resources, budget, limits: Limits, page: int, depth: int) -> None:
    if resources is None or depth > _MAX_FORM_DEPTH or "/XObject" not in resources:
        return
    for xobject in resources.XObject.values():
        if not isinstance(xobject, pikepdf.Stream):
            continue
        subtype = xobject.get("/Subtype")
        if subtype == "/Image":
            width, height = int(xobject.get("/Width", 0)), int(xobject.get("/Height", 0))
            if width * height > limits.max_image_pixels:
                raise TooLargeError(path, _("page {page}: an image of {width} × {height} pixels, over the limit "
                                            "(LKJ_MAX_IMAGE_MEGAPIXELS)").format(page=page, width=width, height=height))
        elif subtype == "/Form":
            _check_contents(path, xobject, budget, page)
            _check_resources(path, xobject.get("/Resources"), budget, limits, page, depth + 1)


def _has_javascript(pdf) -> bool:
    root = pdf.Root
    if "/Names" in root and "/JavaScript" in root.Names:
        return True
    action = root.get("/OpenAction")
    return isinstance(action, pikepdf.Dictionary) and action.get("/S") == "/JavaScript"
