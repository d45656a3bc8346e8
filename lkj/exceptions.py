"""Every way an input or a command can fail, each with its own exit code and a one-line message.

The CLI prints `str(error)` (file name and reason, in one line) and exits with
`error.exit_code`; batch jobs write the same line beside the quarantined file.
The classes of unreadable files are defined in `extractors.errors`, below the extractors
that raise them; those of whole commands (no warehouse, no PDF, an unknown name) and of
ZIP archives are defined here. Their text is written as English msgids, translated by
`messages` when the message is shown (Indonesian unless LKJ_LANG=en).
"""

from __future__ import annotations

from enum import IntEnum, unique
from pathlib import Path
from typing import ClassVar

from extractors.errors import (DamagedPdfError, EncryptedPdfError, LkjError, NoLkjTablesError, NotAnLkjError,
                               NotAPdfError, OcrUnavailableError, TablesNotReadError, TimedOutError, TooLargeError,
                               UnreadableFileError)
from extractors.errors import ExitCode as _FileExitCode

from messages import N_, _, ngettext
from .labels import summary_key

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
    "ArchiveError", "ArchiveTooLargeError", "CommandError", "DamagedPdfError", "DaskUnreachableError", "EncryptedPdfError", "ExitCode",
    "FilesQuarantined", "LkjError", "NoLkjTablesError", "NoPdfFoundError", "NoWarehouseError", "NotAPdfError",
    "NotAnLkjError", "NotOneStatementError", "OcrUnavailableError", "OutsideWarehouseError", "ReviewNeedsTokenError", "TablesNotReadError",
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
    reason = N_("ZIP archive cannot be opened")

    @property
    def shown(self) -> str:
        return self.path.as_posix()  # "arsip.zip/tahun-2022.zip": where in the batch, not only its name


class ArchiveTooLargeError(ArchiveError):
    """A ZIP archive over the limits a zip bomb would pass (LKJ_ZIP_MAX_MB, LKJ_ZIP_MAX_FILES)."""

    exit_code = ExitCode.too_large
    reason = N_("ZIP archive too large to open safely")


class CommandError(Exception):
    """A command that cannot do what was asked: `message` is its one line, `exit_code` its code.
    `template` is an English msgid, translated when the message is shown."""

    exit_code = ExitCode.failed
    template = N_("the command cannot do what was asked")

    def __init__(self, **fields):
        self.fields = fields
        super().__init__(*fields.values())

    def __str__(self) -> str:
        return self.message

    @property
    def message(self) -> str:
        return _(self.template).format(**self.fields)


class NoWarehouseError(CommandError):
    template = N_("no warehouse at {path}; load reports with `lkj ingest` first")

    def __init__(self, path: str | Path):
        super().__init__(path=Path(path).absolute())


class ReviewNeedsTokenError(CommandError):
    template = N_("lkj review: listening on {host} (not this machine alone) needs --token or LKJ_REVIEW_TOKEN")

    def __init__(self, host: str):
        super().__init__(host=host)


class NoPdfFoundError(CommandError):
    exit_code = ExitCode.no_pdf_found
    template = N_("no PDF found in {paths}")

    def __init__(self, paths):
        super().__init__(paths=", ".join(str(path) for path in paths))


class UnknownNameError(CommandError):
    """A pemda or unit kerja that matches no name in the warehouse, even ignoring case and spacing."""

    template = N_('{kind} "{given}" is not in the warehouse; the closest: {closest}')
    empty = N_('{kind} "{given}" is not in the warehouse, which holds no {kind} yet')
    kinds: ClassVar[dict[str, str]] = {"pemda": N_("pemda"), "unit_kerja": N_("unit kerja")}

    def __init__(self, kind: str, given: str, closest: list[str]):
        super().__init__(kind=kind, given=given, closest=", ".join(f'"{name}"' for name in closest))

    @property
    def message(self) -> str:
        fields = self.fields | {"kind": _(self.kinds.get(self.fields["kind"], self.fields["kind"]))}
        return _(self.template if fields["closest"] else self.empty).format(**fields)


class NotOneStatementError(CommandError):
    template = N_("`lkj query` runs exactly one SQL statement, not {count}; run them one at a time")
    empty = N_("`lkj query` was given no SQL statement to run")

    def __init__(self, count: int):
        super().__init__(count=count)

    @property
    def message(self) -> str:
        return _(self.template if self.fields["count"] else self.empty).format(**self.fields)


class OutsideWarehouseError(CommandError):
    """SQL that would read or write a file other than the warehouse (COPY, read_csv, ATTACH, ...)."""

    template = N_("`lkj query` reads and writes no file outside the warehouse ({detail})")

    def __init__(self, detail: str):
        super().__init__(detail=detail)


class QueryError(CommandError):
    """SQL that DuckDB refuses: its own first line, in English, says why."""

    template = N_("the SQL cannot be run: {detail}")

    def __init__(self, detail: str):
        super().__init__(detail=detail)


class NothingLoadedError(CommandError):
    """A pemda (and unit kerja) the warehouse knows, but with no report for that year."""

    template = N_("nothing loaded for {pemda} {year}")
    of_unit = N_("nothing loaded for {pemda} {year}, {unit}")

    def __init__(self, pemda: str, year: int, unit: str | None = None):
        super().__init__(pemda=pemda, year=year, unit=unit)

    @property
    def message(self) -> str:
        return _(self.of_unit if self.fields["unit"] else self.template).format(**self.fields)


class UnknownIndikatorError(CommandError):
    template = N_("no indikator {indikator!r}; `lkj link list` shows them")

    def __init__(self, indikator: str):
        super().__init__(indikator=indikator)


class WarehouseBusyError(CommandError):
    """Another lkj process holds the warehouse for writing (`detail`: DuckDB's word, with its pid)."""

    template = N_("{path} is in use by another lkj process; try again when it is done ({detail})")

    def __init__(self, path: str | Path, detail: str):
        # warehouse.db says "PATH: in use by another lkj process (DuckDB's error)": DuckDB's part is kept.
        super().__init__(path=path, detail=detail.partition("lkj process (")[2].removesuffix(")") or detail)


class DaskUnreachableError(CommandError):
    template = N_("the Dask scheduler at {address} does not answer ({detail}); start it, or leave out --dask")


class FilesQuarantined(CommandError):
    """Not a failure of the run: the rest is loaded, and the exit code tells a script so."""

    exit_code = ExitCode.files_quarantined

    def __init__(self, count: int, folder: str | Path):
        super().__init__(count=count, folder=folder)

    @property
    def message(self) -> str:
        return ngettext("{count} file set aside in {folder}/ (the reason in the .error.txt beside it)",
                        "{count} files set aside in {folder}/ (the reason of each in the .error.txt beside it)",
                        self.fields["count"]).format(**self.fields)


class NoInboxError(CommandError):
    """`lkj serve` given a folder that does not exist: a typo must not create and watch a new one."""

    template = N_("no inbox folder at {path}; `lkj serve` watches a folder that exists (check its spelling)")

    def __init__(self, path: str | Path):
        super().__init__(path=Path(path).absolute())


class ServerNotStarted(CommandError):
    template = N_("the local Prefect server of `lkj serve` did not start: {detail}")

    def __init__(self, detail: str):
        super().__init__(detail=detail)


_SIGNAL_NAMES = {2: "Ctrl-C", 15: "SIGTERM", 1: "SIGHUP"}


class _Stopped(CommandError):
    """A run stopped by a signal: `counts` of the files it had finished, by outcome."""

    outcomes = ("ingested", "revised", "pindaian", "unchanged", "duplikat", "quarantined")  # as the summary's
    empty = ""  # the message when no file was done, where it differs

    def __init__(self, signum: int, counts: dict[str, int], **fields):
        super().__init__(signum=signum, done=sum(counts.values()), counts=counts, **fields)

    @property
    def message(self) -> str:
        signal = _SIGNAL_NAMES.get(self.fields["signum"]) or _("signal {number}").format(number=self.fields["signum"])
        counts = " ".join(f"{summary_key(key)}={self.fields['counts'].get(key, 0)}" for key in self.outcomes)
        template = self.empty if self.empty and not self.fields["done"] else self.template
        return _(template).format(**self.fields | {"signal": signal, "counts": counts})


class IngestStopped(_Stopped):
    """`lkj ingest` stopped by Ctrl-C or SIGTERM: each report it loaded is whole, a rerun loads the rest."""

    template = N_("`lkj ingest` stopped ({signal}): {done} of {total} files done ({counts}), each stored whole; "
                  "run the same command again to finish the rest")
    empty = N_("`lkj ingest` stopped ({signal}) before any file was done; run the same command again to load them")

    def __init__(self, signum: int, counts: dict[str, int], total: int | None):
        super().__init__(signum, counts, total=total)
        self.exit_code = 128 + signum  # the shell's convention for a command stopped by a signal


class ServeStopped(_Stopped):
    """`lkj serve` stopped: its normal end, so exit 0."""

    exit_code = 0
    template = N_("`lkj serve` stopped ({signal}): {done} file(s) handled ({counts}); submissions not yet complete "
                  "stay in {inbox} and are taken when `lkj serve` runs again")

    def __init__(self, signum: int, counts: dict[str, int], inbox: str | Path):
        super().__init__(signum, counts, inbox=Path(inbox).absolute())


__all__ += ["IngestStopped", "NoInboxError", "NothingLoadedError", "QueryError", "ServeStopped", "ServerNotStarted",
            "UnknownIndikatorError", "WarehouseBusyError"]
