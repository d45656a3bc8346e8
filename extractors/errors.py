"""Every way an input can fail, each with its own exit code and a one-line message.

The CLI prints `str(error)` (file name and reason, in one line) and exits with
`error.exit_code`; batch jobs write the same line beside the quarantined file.
These live below both the extractors and lkj, so the extractors raise them without
importing the rest of lkj (only `messages`, for the reasons' text in the user's language);
`lkj.exceptions` re-exports them. The message is made when it is shown, in the process that
shows it: an error raised in a reader's worker is told in the language of the command.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path

from messages import N_, _


class ExitCode(IntEnum):
    ok = 0
    usage = 2
    not_a_pdf = 3
    damaged_pdf = 4
    encrypted_pdf = 5
    no_lkj_tables = 6
    too_large = 7
    timed_out = 8
    unreadable = 9
    ocr_unavailable = 10
    internal_error = 15


class LkjError(Exception):
    """Base of every input failure lkj reports without a traceback."""

    exit_code = ExitCode.internal_error
    reason = N_("could not be processed")

    def __init__(self, path: str | Path, detail: str | None = None):
        self.path = Path(path)
        self.detail = " ".join((detail or "").split())
        super().__init__(str(path), self.detail)

    def __str__(self) -> str:
        return self.message

    def __reduce__(self):
        # Errors cross process boundaries (parallel extraction): rebuild from path and detail.
        return (type(self), (str(self.path), self.detail))

    @property
    def shown(self) -> str:
        """The file as the message names it."""
        return self.path.name

    @property
    def message(self) -> str:
        text = f"{self.shown}: {_(self.reason)}"
        return f"{text} ({self.detail})" if self.detail else text


class NotAPdfError(LkjError):
    exit_code = ExitCode.not_a_pdf
    reason = N_("not a PDF")


class DamagedPdfError(LkjError):
    exit_code = ExitCode.damaged_pdf
    reason = N_("damaged or truncated PDF")


class EncryptedPdfError(LkjError):
    exit_code = ExitCode.encrypted_pdf
    reason = N_("encrypted with a password; remove it first, e.g. `qpdf --decrypt --password=PW in.pdf out.pdf`")


class NoLkjTablesError(LkjError):
    exit_code = ExitCode.no_lkj_tables
    reason = N_("no LKj tables found (Perjanjian Kinerja, anggaran, rencana triwulan or capaian kinerja); not a performance report?")


class NotAnLkjError(NoLkjTablesError):
    """A document lkj does not read, whose tables say what it is instead: `detail` says what it
    looks like ("formulir evaluasi RKPD/Renja (...)")."""

    reason = N_("lkj reads the sasaran, indikator and target tables of an LKj, an LKjIP, a Perjanjian Kinerja or "
               "a Rencana Aksi")

    @property
    def message(self) -> str:
        return f"{self.shown}: " + _("looks like {what}; {reason}").format(what=self.detail, reason=_(self.reason))


class TablesNotReadError(NoLkjTablesError):
    """A document of a kind lkj reads (its title says so) whose tables were not read: `detail`
    says what it looks like and what came nearest."""

    reason = N_("its tables were not read")

    @property
    def message(self) -> str:
        return f"{self.shown}: " + _("looks like {what}").format(what=self.detail)


class UnreadableFileError(LkjError):
    exit_code = ExitCode.unreadable
    reason = N_("cannot be read")


class TooLargeError(LkjError):
    exit_code = ExitCode.too_large
    reason = N_("too large to read safely")


class TimedOutError(LkjError):
    exit_code = ExitCode.timed_out
    reason = N_("timed out")


class OcrUnavailableError(LkjError):
    exit_code = ExitCode.ocr_unavailable
    reason = N_("scanned pages need OCR, which is not installed")
