"""Every way an input or a command can fail, each with its own exit code and a one-line message.

The CLI prints `str(error)` (file name and reason, in one line) and exits with
`error.exit_code`; batch jobs write the same line beside the quarantined file.
The classes of unreadable files are defined in `extractors.errors`, below the extractors
that raise them; those of whole commands (no warehouse, no PDF, an unknown name) and of
ZIP archives are defined here. Their user-facing text lives in this module only, so that
a message catalogue can take it over in one place.
"""

from __future__ import annotations

from enum import IntEnum, unique
from pathlib import Path
from typing import ClassVar

from extractors.errors import (DamagedPdfError, EncryptedPdfError, LkjError, NoLkjTablesError, NotAnLkjError,
                               NotAPdfError, OcrUnavailableError, TablesNotReadError, TimedOutError, TooLargeError,
                               UnreadableFileError)
from extractors.errors import ExitCode as _FileExitCode

# Codes of a whole command, beside those of one unreadable file (3-10, 15).
_COMMAND_EXIT_CODES = {
    "failed": 1,              # the command could not do what was asked (no warehouse, unknown name, bad SQL)
    "no_pdf_found": 11,       # nothing to read under the paths given
    "files_quarantined": 12,  # ingest finished, but set at least one file aside
}
assert not _COMMAND_EXIT_CODES.keys() & _FileExitCode.__members__.keys()
# `unique` refuses a code given twice, should the extractors' list grow into these numbers.
_ALL_EXIT_CODES = {**{code.name: code.value for code in _FileExitCode}, **_COMMAND_EXIT_CODES}
ExitCode = unique(IntEnum("ExitCode", sorted(_ALL_EXIT_CODES.items(), key=lambda item: item[1])))

__all__ = [
    "ArchiveError", "ArchiveTooLargeError", "CommandError", "DamagedPdfError", "EncryptedPdfError", "ExitCode",
    "FilesQuarantined", "LkjError", "NoLkjTablesError", "NoPdfFoundError", "NoWarehouseError", "NotAPdfError",
    "NotAnLkjError", "NotOneStatementError", "OcrUnavailableError", "OutsideWarehouseError", "TablesNotReadError",
    "TimedOutError", "TooLargeError",
    "UnknownNameError", "UnreadableFileError", "message_as",
]


def message_as(error: LkjError, name: str) -> str:
    """The error's one line naming the file as the user knows it ("arsip.zip/2022/laporan.pdf"
    for a member of an archive) rather than by the copy that was read."""
    message, read_as = error.message, error.path.name
    return name + message[len(read_as):] if message.startswith(f"{read_as}:") else message


class ArchiveError(LkjError):
    """A ZIP archive that is not opened: damaged, encrypted, or with a member that would land
    outside the folder it is extracted into. `path` is the archive as the user knows it (a
    nested one: "arsip.zip/tahun-2022.zip")."""

    exit_code = ExitCode.unreadable
    reason = "arsip ZIP tidak dapat dibuka"

    @property
    def shown(self) -> str:
        return self.path.as_posix()  # "arsip.zip/tahun-2022.zip": where in the batch, not only its name


class ArchiveTooLargeError(ArchiveError):
    """A ZIP archive over the limits a zip bomb would pass (LKJ_ZIP_MAX_MB, LKJ_ZIP_MAX_FILES)."""

    exit_code = ExitCode.too_large
    reason = "arsip ZIP terlalu besar untuk dibuka dengan aman"


class CommandError(Exception):
    """A command that cannot do what was asked: `message` is its one line, `exit_code` its code."""

    exit_code = ExitCode.failed
    template = ""

    def __init__(self, **fields):
        self.fields = fields
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.fields)


class NoWarehouseError(CommandError):
    template = "tidak ada gudang data di {path}; muat laporan dengan `lkj ingest` lebih dulu"

    def __init__(self, path: str | Path):
        super().__init__(path=Path(path).absolute())


class NoPdfFoundError(CommandError):
    exit_code = ExitCode.no_pdf_found
    template = "tidak ada PDF ditemukan di {paths}"

    def __init__(self, paths):
        super().__init__(paths=", ".join(str(path) for path in paths))


class UnknownNameError(CommandError):
    """A pemda or unit kerja that matches no name in the warehouse, even ignoring case and spacing."""

    template = '{kind} "{given}" tidak ada di gudang data; yang paling mirip: {closest}'
    empty = '{kind} "{given}" tidak ada di gudang data, yang belum memuat satu pun {kind}'
    kinds: ClassVar[dict[str, str]] = {"pemda": "pemda", "unit_kerja": "unit kerja"}

    def __init__(self, kind: str, given: str, closest: list[str]):
        super().__init__(kind=self.kinds.get(kind, kind), given=given,
                         closest=", ".join(f'"{name}"' for name in closest))

    @property
    def message(self) -> str:
        return (self.template if self.fields["closest"] else self.empty).format(**self.fields)


class NotOneStatementError(CommandError):
    template = "`lkj query` menjalankan tepat satu pernyataan SQL, bukan {count}; jalankan satu per satu"
    empty = "`lkj query` tidak menerima pernyataan SQL untuk dijalankan"

    def __init__(self, count: int):
        super().__init__(count=count)

    @property
    def message(self) -> str:
        return (self.template if self.fields["count"] else self.empty).format(**self.fields)


class OutsideWarehouseError(CommandError):
    """SQL that would read or write a file other than the warehouse (COPY, read_csv, ATTACH, ...)."""

    template = "`lkj query` tidak membaca atau menulis berkas di luar gudang data ({detail})"

    def __init__(self, detail: str):
        super().__init__(detail=detail)


class FilesQuarantined(CommandError):
    """Not a failure of the run: the rest is loaded, and the exit code tells a script so."""

    exit_code = ExitCode.files_quarantined
    template = "{count} berkas disisihkan ke {folder}/ (alasannya di berkas .error.txt di sampingnya)"

    def __init__(self, count: int, folder: str | Path):
        super().__init__(count=count, folder=folder)


class NoInboxError(CommandError):
    """`lkj serve` given a folder that does not exist: a typo must not create and watch a new one."""

    template = "tidak ada folder kiriman di {path}; `lkj serve` memantau folder yang sudah ada (periksa ejaannya)"

    def __init__(self, path: str | Path):
        super().__init__(path=Path(path).absolute())


class ServerNotStarted(CommandError):
    template = "server Prefect lokal untuk `lkj serve` tidak berjalan: {detail}"

    def __init__(self, detail: str):
        super().__init__(detail=detail)


_SIGNAL_NAMES = {2: "Ctrl-C", 15: "SIGTERM", 1: "SIGHUP"}


class _Stopped(CommandError):
    """A run stopped by a signal: `counts` of the files it had finished, by outcome."""

    outcomes = ("ingested", "revised", "unchanged", "duplikat", "quarantined")

    def __init__(self, signum: int, counts: dict[str, int], **fields):
        done = sum(counts.values())
        super().__init__(signal=_SIGNAL_NAMES.get(signum, f"sinyal {signum}"), done=done,
                         counts=" ".join(f"{key}={counts.get(key, 0)}" for key in self.outcomes), **fields)


class IngestStopped(_Stopped):
    """`lkj ingest` stopped by Ctrl-C or SIGTERM: each report it loaded is whole, a rerun loads the rest."""

    template = ("`lkj ingest` dihentikan ({signal}): {done} dari {total} berkas sudah selesai ({counts}), "
                "masing-masing tersimpan utuh; jalankan lagi perintah yang sama untuk menyelesaikan sisanya")
    empty = ("`lkj ingest` dihentikan ({signal}) sebelum satu berkas pun selesai; "
             "jalankan lagi perintah yang sama untuk memuatnya")

    def __init__(self, signum: int, counts: dict[str, int], total: int | None):
        super().__init__(signum, counts, total=total)
        self.exit_code = 128 + signum  # the shell's convention for a command stopped by a signal

    @property
    def message(self) -> str:
        return (self.template if self.fields["done"] else self.empty).format(**self.fields)


class ServeStopped(_Stopped):
    """`lkj serve` stopped: its normal end, so exit 0."""

    exit_code = 0
    template = ("`lkj serve` dihentikan ({signal}): {done} berkas ditangani ({counts}); kiriman yang belum "
                "selesai tetap di {inbox} dan diambil saat `lkj serve` dijalankan lagi")

    def __init__(self, signum: int, counts: dict[str, int], inbox: str | Path):
        super().__init__(signum, counts, inbox=Path(inbox).absolute())


__all__ += ["IngestStopped", "NoInboxError", "ServeStopped", "ServerNotStarted"]
