"""Run one extraction in a child process with a wall-clock timeout and an address-space cap.

The children fork from a clean server process (multiprocessing's forkserver), not from the
caller, which may hold threads (Prefect's) whose locks a plain fork would copy.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from .exceptions import LkjError, TimedOutError, TooLargeError

_context = None


def _forkserver():
    global _context
    if _context is None:
        _context = multiprocessing.get_context("forkserver")
        # The parent's main module too: each child would import it again otherwise.
        _context.set_forkserver_preload(["__main__", "lkj.api"])
    return _context


def _child(function, path: Path, limits, connection) -> None:
    # Generators torn down mid-allocation report "Exception ignored in ..." on stderr; the
    # outcome sent back already says what happened, in one line.
    sys.unraisablehook = lambda unraisable: None
    from extractors.pdf import PROGRESS

    PROGRESS.set(lambda done, total: connection.send(("progress", (done, total))))
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limits.memory, limits.memory))
        outcome = ("ok", function(path, limits))
    except MemoryError:
        outcome = ("error", _too_large(path, limits))
    except SystemError as error:
        # A compiled extension (playa is mypyc-built) whose allocation failed under the cap can
        # return NULL without setting MemoryError; the address space tells the two cases apart.
        if _address_space_peak() < limits.memory * 0.75:
            outcome = ("internal", (f"SystemError: {error}"[:300], traceback.format_exc()))
        else:
            outcome = ("error", _too_large(path, limits))
    except LkjError as error:
        outcome = ("error", error)
    except RecursionError:
        outcome = ("error", TooLargeError(path, "nested too deeply"))
    except Exception as error:  # reported as an internal error by the caller, never a traceback
        outcome = ("internal", (f"{type(error).__name__}: {error}"[:300], traceback.format_exc()))
    try:
        connection.send(outcome)
    finally:
        connection.close()
        os._exit(0)


def _too_large(path: Path, limits) -> TooLargeError:
    return TooLargeError(path, f"needs more than {limits.memory // 2**20} MB (LKJ_MEMORY_MB)")


def _address_space_peak() -> int:
    """The most address space this process has held, in bytes (0 where /proc is missing)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmPeak:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def run_bounded(function, path: Path, limits, on_progress: Callable[[int, int], None] | None = None):
    """`function(path, limits)` in a worker held to `limits`. The time limit is `limits.timeout`,
    and `limits.ocr_page_timeout` more for each page the worker says it OCRs; `on_progress(done,
    total)` hears of each such page."""
    context = _forkserver()
    receiver, sender = context.Pipe(duplex=False)
    worker = context.Process(target=_child, args=(function, path, limits, sender), daemon=True)
    worker.start()
    sender.close()
    allowed, ocr_pages = limits.timeout, 0
    deadline = time.monotonic() + allowed
    try:
        while True:
            if not receiver.poll(max(deadline - time.monotonic(), 0)):
                worker.kill()
                settings = (f"LKJ_TIMEOUT, and LKJ_OCR_PAGE_TIMEOUT for each of {ocr_pages} pages to OCR"
                            if ocr_pages else "LKJ_TIMEOUT")
                raise TimedOutError(path, f"no result within {allowed:g} s ({settings})")
            try:
                kind, payload = receiver.recv()
            except EOFError:
                worker.join(5)
                raise TooLargeError(path, f"the reader was stopped (signal {-(worker.exitcode or 0)}), "
                                          f"most likely by the memory cap (LKJ_MEMORY_MB)") from None
            if kind != "progress":
                break
            done, total = payload
            if done == 0:  # the pages to OCR are known: their time is granted once
                ocr_pages = total
                allowed += total * limits.ocr_page_timeout
                deadline += total * limits.ocr_page_timeout
            if on_progress is not None:
                on_progress(done, total)
    finally:
        receiver.close()
        worker.join(5)
        if worker.is_alive():
            worker.kill()
    if kind == "ok":
        return payload
    if kind == "error":
        raise payload
    raise WorkerError(*payload)


class WorkerError(RuntimeError):
    """An unexpected failure inside the worker: `str()` is one line, `details` its traceback."""

    def __init__(self, summary: str, details: str):
        super().__init__(summary)
        self.details = details
