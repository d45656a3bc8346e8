"""Files of a batch: finding PDFs (in folders and ZIP archives), telling a submission still
being written from a complete one, recognising one already loaded, setting bad ones aside."""

from __future__ import annotations

import filecmp
import glob
import hashlib
import os
import shutil
import tempfile
import time
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath

from messages import _

from .exceptions import ArchiveError, ArchiveTooLargeError, LkjError

SKIPPED_FOLDERS = {"quarantine", "processed"}
# A PDF may carry up to 1024 bytes of junk before its header; no further is read to find it.
PDF_MAGIC, SNIFF_BYTES = b"%PDF", 1024
ARCHIVE_SUFFIX = ".zip"
# Archives inside archives are opened this deep (arsip.zip/2022.zip/tw1.zip), no deeper.
MAX_ARCHIVE_DEPTH = 3
_CHUNK = 1 << 20
_ENCRYPTED = 0x1  # general purpose flag bit 0: the member needs a password


@dataclass(frozen=True)
class Source:
    """One file of a batch. `path` is what is read (for a member of an archive, its extracted
    copy); `name` how the user and the warehouse know it ("laporan.pdf",
    "arsip.zip/2022/laporan.pdf"); `origin` where it came from, in full. An archive that was
    refused is a source too, with `error` saying why, so it is set aside like any bad file.
    `submitted`: when it was handed in, as far as the batch can tell (the file's modification
    time; an archive member's own date; the inbox's arrival time), which decides the current
    revision of its period."""

    path: Path
    name: str
    origin: str
    error: LkjError | None = None
    submitted: datetime | None = None


def _files(root: Path) -> Iterator[Path]:
    """Every file under `root`, recursively, in a stable order; set-aside folders excepted."""
    for path in sorted(root.rglob("*")):
        if path.is_file() and not SKIPPED_FOLDERS & {part.lower() for part in path.relative_to(root).parts[:-1]}:
            yield path


def is_archive(path: str | Path) -> bool:
    # By name only: .docx and .xlsx files are ZIP files too, and are not archives of reports.
    return Path(path).suffix.lower() == ARCHIVE_SUFFIX


def looks_like_pdf(path: str | Path) -> bool:
    """Named .pdf, or with the %PDF header in its first 1024 bytes (a download saved without
    its extension)."""
    path = Path(path)
    if path.suffix.lower() == ".pdf":
        return True
    if is_archive(path):
        return False
    try:
        with open(path, "rb") as stream:
            return PDF_MAGIC in stream.read(SNIFF_BYTES)
    except OSError:
        return False


def find_pdfs(folder: str | Path) -> list[Path]:
    """Every PDF under `folder`, recursively, in a stable order; set-aside folders excepted."""
    return [path for path in _files(Path(folder)) if looks_like_pdf(path)]


def has_candidates(folder: str | Path) -> bool:
    """Whether anything under `folder` may hold a PDF: a PDF or a ZIP archive (stops at the first)."""
    return any(is_archive(path) or looks_like_pdf(path) for path in _files(Path(folder)))


# A PDF ends with its trailer: "%%EOF" on its last line (readers allow up to 1024 bytes after it).
PDF_TRAILER, TRAILER_BYTES = b"%%EOF", 1024
# Names under which browsers and copy tools write a file before giving it its own.
PARTIAL_SUFFIXES = {".part", ".partial", ".crdownload", ".download", ".filepart", ".tmp", ".!ut"}


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None  # moved away (a download tool renaming its partial file)
    return status.st_size, status.st_mtime_ns


def has_trailer(path: str | Path) -> bool:
    """Whether the file ends as a whole PDF does: "%%EOF" in its last 1024 bytes, padding aside."""
    with open(path, "rb") as stream:
        stream.seek(0, os.SEEK_END)
        stream.seek(max(0, stream.tell() - 16 * TRAILER_BYTES))
        tail = stream.read().rstrip(b"\x00 \t\r\n\f")
    return PDF_TRAILER in tail[-TRAILER_BYTES:]


def _is_whole(path: Path, quiet_for: float, give_up: float) -> bool:
    """A file that stopped changing is taken when it is a whole PDF, or plainly something else
    (an HTML page saved as .pdf: waiting will not make it one). An empty file, or a PDF without
    its trailer, is a transfer that may resume, and waits until it has not changed for
    `give_up` seconds (then it is taken as it is, to be set aside as truncated)."""
    try:
        if quiet_for >= give_up:
            return True
        with open(path, "rb") as stream:
            head = stream.read(SNIFF_BYTES)
        if not head:
            return False
        return PDF_MAGIC not in head or has_trailer(path)
    except OSError:
        return False


def arrived(folder: str | Path, settle: float, give_up: float) -> tuple[list[Path], list[Path]]:
    """The submissions under `folder` that are complete, and those still arriving. A file is
    complete once its size and modification time stayed the same over `settle` seconds (this
    waits that long when there is any file) and it holds a whole PDF (see `_is_whole`). Files
    under a download tool's partial name (`.part`, `.crdownload`, hidden `.name`) are not
    submissions yet."""
    candidates = [path for path in find_pdfs(folder)
                  if not path.name.startswith(".") and path.suffix.lower() not in PARTIAL_SUFFIXES]
    if not candidates:
        return [], []
    before = {path: _stamp(path) for path in candidates}
    time.sleep(settle)
    complete, waiting = [], []
    now = time.time_ns()
    for path, stamp in before.items():
        if stamp is None or _stamp(path) != stamp:
            waiting.append(path)
        elif _is_whole(path, (now - stamp[1]) / 1e9, give_up):
            complete.append(path)
        else:
            waiting.append(path)
    return complete, [path for path in waiting if path.exists()]


@dataclass(frozen=True)
class ArchiveLimits:
    """What one archive (with the archives inside it) may unpack to: a zip bomb is refused
    before it fills the disk."""

    max_bytes: int
    max_members: int

    @classmethod
    def from_env(cls) -> ArchiveLimits:
        return cls(max_bytes=int(float(os.environ.get("LKJ_ZIP_MAX_MB", "2048")) * 2**20),
                   max_members=int(os.environ.get("LKJ_ZIP_MAX_FILES", "10000")))


class _Budget:
    """What is left of one top-level archive's limits, shared with the archives nested in it."""

    def __init__(self, limits: ArchiveLimits):
        self.limits, self.bytes_left, self.members_left = limits, limits.max_bytes, limits.max_members

    def members(self, name: str, count: int) -> None:
        if count > self.members_left:
            raise ArchiveTooLargeError(name, _("more than {count} files, the limit of LKJ_ZIP_MAX_FILES").format(
                count=self.limits.max_members))
        self.members_left -= count

    def bytes(self, name: str, count: int) -> None:
        if count > self.bytes_left:
            raise ArchiveTooLargeError(name, _("its contents are over {mb} MB, the limit of LKJ_ZIP_MAX_MB").format(
                mb=f"{self.limits.max_bytes / 2**20:g}"))
        self.bytes_left -= count


@contextmanager
def gather(paths: Iterable[str | Path], limits: ArchiveLimits | None = None) -> Iterator[list[Source]]:
    """Every PDF of a batch: under each folder of `paths` recursively, each file of `paths` as
    given, and inside every ZIP archive among them (opened into a temporary folder that is
    removed on leaving)."""
    limits = limits or ArchiveLimits.from_env()
    with tempfile.TemporaryDirectory(prefix="lkj-arsip-") as scratch:
        sources: list[Source] = []
        for path in map(Path, paths):
            for file in (p for p in _files(path) if is_archive(p) or looks_like_pdf(p)) if path.is_dir() else [path]:
                if is_archive(file):
                    sources.extend(_open_archive(file, file.name, str(file), Path(scratch), _Budget(limits), 1))
                else:
                    sources.append(Source(file, file.name, str(file), submitted=_modified(file)))
        yield sources


def _modified(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime)


def _open_archive(archive: Path, name: str, origin: str, scratch: Path, budget: _Budget, depth: int) -> list[Source]:
    """The PDFs of one archive (and of the archives in it), or the archive itself refused."""
    into = Path(tempfile.mkdtemp(dir=scratch))
    try:
        if depth > MAX_ARCHIVE_DEPTH:
            raise ArchiveError(name, _("archives inside archives more than {depth} deep").format(
                depth=MAX_ARCHIVE_DEPTH))
        members = _extract(archive, name, into, budget)
    except ArchiveError as error:
        shutil.rmtree(into, ignore_errors=True)
        return [Source(archive, name, origin, error)]
    sources = []
    for member, extracted, dated in members:
        if is_archive(member):
            sources += _open_archive(extracted, f"{name}/{member}", f"{origin}/{member}", scratch, budget, depth + 1)
        else:
            sources.append(Source(extracted, f"{name}/{member}", f"{origin}/{member}", submitted=dated))
    return sources


def _extract(archive: Path, name: str, into: Path, budget: _Budget) -> list[tuple[str, Path, datetime | None]]:
    """Write the PDFs and archives among the members of `archive` under `into`, each in a folder
    of its own (two members may share a name), with the date the archive gives each. Every
    member's path is checked before any is written: a hostile archive is refused whole (and what
    was written of one over the limits removed by the caller)."""
    try:
        with zipfile.ZipFile(archive) as bundle:
            members = [info for info in bundle.infolist() if not info.is_dir()]
            if any(info.flag_bits & _ENCRYPTED for info in members):
                raise ArchiveError(name, _("encrypted with a password"))
            budget.members(name, len(members))
            safe_names = [_safe_member_name(name, info.filename) for info in members]
            extracted = []
            for index, (info, member) in enumerate(zip(members, safe_names)):
                with bundle.open(info) as stream:
                    head = stream.read(SNIFF_BYTES)
                    if not (is_archive(member) or member.lower().endswith(".pdf") or PDF_MAGIC in head):
                        continue  # a spreadsheet or a photo beside the reports, as in a folder
                    # zipfile never inflates a member past its declared size (it stops there and
                    # checks the CRC), so the declared sizes bound what is written.
                    budget.bytes(name, info.file_size)
                    target = into / str(index) / _short(PurePosixPath(member).name)
                    target.parent.mkdir()
                    with open(target, "wb") as out:
                        out.write(head)
                        while block := stream.read(_CHUNK):
                            out.write(block)
                extracted.append((member, target, _member_date(info)))
            return extracted
    except ArchiveError:
        raise
    except NotImplementedError as error:
        raise ArchiveError(name, _("packed in a way that is not supported: {error}").format(error=error)) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, ValueError, OSError) as error:
        detail = _("not a whole ZIP archive") if isinstance(error, zipfile.BadZipFile) else _("damaged")
        raise ArchiveError(name, f"{detail}: {error}") from None


def _member_date(info: zipfile.ZipInfo) -> datetime | None:
    try:  # a DOS date the archive's maker left as zeros is no date
        return datetime(*info.date_time)
    except ValueError:
        return None


def _safe_member_name(archive: str, member: str) -> str:
    """A member's path inside the archive, refused if it would leave it (`../`, an absolute
    path, a drive letter): such an archive is made to write where it should not."""
    posix = member.replace("\\", "/")
    parts = PurePosixPath(posix).parts
    if posix.startswith("/") or (len(posix) > 1 and posix[1] == ":") or ".." in parts or not parts:
        raise ArchiveError(archive, _("holds a path outside the archive: {member}; not opened").format(
            member=repr(member)))
    return "/".join(parts)


def _short(file_name: str, limit: int = 120) -> str:
    """A member's file name cut to fit any file system, keeping its extension."""
    if len(file_name.encode()) <= limit:
        return file_name
    stem, suffix = os.path.splitext(file_name)
    return stem.encode()[: limit - len(suffix.encode())].decode(errors="ignore") + suffix


def sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def hashes(sources: Iterable[Source]) -> dict[Path, str]:
    """The sha256 of each readable source's bytes, which the warehouse knows a loaded file by."""
    return {source.path: sha256(source.path) for source in sources if not source.error}


def _free_name(folder: Path, name: str, taken: set[Path] | frozenset[Path] = frozenset()) -> Path:
    """`folder/name`, or `folder/stem-2.pdf` … when a file of that name is already there (or
    is `taken` by another file of the same batch)."""
    target = folder / name
    stem, suffix, n = target.stem, target.suffix, 2
    while target in taken or target.exists() or target.with_name(target.name + ".error.txt").exists():
        target = folder / f"{stem}-{n}{suffix}"
        n += 1
    return target


def destinations(paths: Iterable[Path], folder: str | Path) -> dict[Path, Path]:
    """Where each of `paths` will be filed in `folder` (two files of one name get two names),
    known before any is moved, so the warehouse can record where a file went."""
    folder, taken = Path(folder), set()
    planned = {}
    for path in paths:
        planned[path] = _free_name(folder, path.name, taken)
        taken.add(planned[path])
    return planned


def set_aside(path: str | Path, message: str, folder: str | Path, move: bool = False) -> Path:
    """Copy (or move) a file that failed into `folder`, with `<name>.error.txt` beside it. A file
    set aside there before, the same bytes under the same name, is not copied again (a rerun
    reads it again): its reason is brought up to date."""
    path, folder = Path(path), Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = _set_aside_before(path, folder)
    if target is None:
        target = _free_name(folder, path.name)
        (shutil.move if move else shutil.copy2)(str(path), target)
    elif move:
        path.unlink()
    target.with_name(target.name + ".error.txt").write_text(message + "\n", encoding="utf-8")
    return target


def _set_aside_before(path: Path, folder: Path) -> Path | None:
    """The copy of `path` in `folder`: `name`, or `stem-2.pdf` … as `_free_name` numbered it."""
    stem, suffix = Path(path.name).stem, Path(path.name).suffix
    candidates = [folder / path.name, *sorted(folder.glob(f"{glob.escape(stem)}-*{glob.escape(suffix)}"))]
    size = path.stat().st_size
    for candidate in candidates:
        numbered = candidate.name[len(stem) + 1:len(candidate.name) - len(suffix)]
        if candidate != folder / path.name and not numbered.isdigit():
            continue  # another file whose name begins the same way
        if candidate.is_file() and candidate.stat().st_size == size and filecmp.cmp(path, candidate, shallow=False):
            return candidate
    return None


def file_away(path: str | Path, folder: str | Path, target: str | Path | None = None) -> Path:
    """Move a file that was ingested into `folder` (the inbox's processed/), as `target` when
    that name was planned for it (`destinations`) and is still free."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = Path(target) if target is not None and not Path(target).exists() else _free_name(folder, Path(path).name)
    shutil.move(str(path), target)
    return target
