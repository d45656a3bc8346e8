"""What a file's bytes are, before any parser sees them: its bytes and their sha256 when it is
a whole PDF, else the error that says what it is instead (empty, an image, a web page, a
download cut short).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from messages import N_, _

from .errors import DamagedPdfError, NotAPdfError, UnreadableFileError

_SIGNATURES = [
    (b"<!doctype html", N_("an HTML page")),
    (b"<html", N_("an HTML page")),
    (b"\x89PNG", N_("a PNG image")),
    (b"\xff\xd8\xff", N_("a JPEG image")),
    (b"GIF8", N_("a GIF image")),
    (b"II*\x00", N_("a TIFF image")),
    (b"MM\x00*", N_("a TIFF image")),
    (b"PK\x03\x04", N_("a ZIP archive (an Office document?)")),
    (b"\xd0\xcf\x11\xe0", N_("an old Office document")),
    (b"{", N_("a JSON or text file")),
]


def sniff(path: Path) -> tuple[bytes, str]:
    """The bytes of the PDF at `path` and their sha256 (hex)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableFileError(path, error.strerror) from None
    _check_ends(path, data[:1024], data[-4096:])
    return data, hashlib.sha256(data).hexdigest()


def check_ends(path: Path) -> None:
    """`sniff`'s refusals read from the file's two ends only: what is not a PDF, or one cut short.
    A command can refuse such a file before it starts a reader."""
    try:
        with open(path, "rb") as stream:
            head = stream.read(1024)
            stream.seek(max(0, stream.seek(0, 2) - 4096))
            tail = stream.read()
    except OSError as error:
        raise UnreadableFileError(path, error.strerror) from None
    _check_ends(path, head, tail)


def _check_ends(path: Path, head: bytes, tail: bytes) -> None:
    check_is_pdf(path, head)
    if b"%%EOF" not in tail:
        # A half-downloaded file still parses in part; a partial report is worse than none.
        raise DamagedPdfError(path, _("the file ends before its %%EOF marker: truncated download?"))


def check_is_pdf(path: Path, head: bytes) -> None:
    """Refuse what is not a PDF, saying what it is instead."""
    if not head:
        raise NotAPdfError(path, _("the file is empty"))
    if b"%PDF-" in head[:1024]:
        return
    lowered = head[:512].lstrip().lower()
    for magic, what in _SIGNATURES:
        if lowered.startswith(magic.lower()):
            raise NotAPdfError(path, _("it is {what}").format(what=_(what)))
    raise NotAPdfError(path, _("no %PDF header"))
