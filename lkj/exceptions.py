"""Every way an input can fail, each with its own exit code and a one-line message.

The CLI prints `str(error)` (file name and reason, in one line) and exits with
`error.exit_code`; batch jobs write the same line beside the quarantined file.
The classes are defined in `extractors.errors`, below the extractors that raise them.
"""

from extractors.errors import (DamagedPdfError, EncryptedPdfError, ExitCode, LkjError, NoLkjTablesError,
                               NotAPdfError, OcrUnavailableError, TimedOutError, TooLargeError, UnreadableFileError)

__all__ = ["DamagedPdfError", "EncryptedPdfError", "ExitCode", "LkjError", "NoLkjTablesError", "NotAPdfError",
           "OcrUnavailableError", "TimedOutError", "TooLargeError", "UnreadableFileError"]
