"""Run each extraction in a reader process, with a wall-clock timeout and an address-space cap
for each file; run a whole command (`lkj ingest`, `lkj serve`) so that Ctrl-C or SIGTERM stops
it and every process it started at once.

The readers fork from a clean server process (multiprocessing's forkserver), not
from the caller, which may hold threads (Prefect's) whose locks a plain fork would copy.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import resource
import signal
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from messages import _

from .exceptions import LkjError, TimedOutError, TooLargeError

_context = None


def _forkserver():
    global _context
    if _context is None:
        _context = multiprocessing.get_context("forkserver")
        # The parent's main module too: each child would import it again otherwise.
        _context.set_forkserver_preload(["__main__", "lkj.api"])
    return _context


# Readers read file after file (a fresh process per file cost a third of a short report's time),
# and are replaced when one is killed, fails inside, or has grown: each file is still held to
# its own time limit and memory cap.
FILES_PER_READER = 200
_idle: list[_Reader] = []
_idle_lock = threading.Lock()


class _Reader:
    """A process forked from the forkserver that reads the files it is sent, one at a time."""

    def __init__(self) -> None:
        context = _forkserver()
        self.connection, their_end = context.Pipe(duplex=True)
        self.process = context.Process(target=_serve, args=(their_end,), daemon=True)
        with _children_allowed():
            self.process.start()
        their_end.close()

    def stop(self) -> None:
        self.connection.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)


@contextmanager
def _children_allowed() -> Iterator[None]:
    """A Dask worker under its nanny is a daemonic process, which multiprocessing forbids to start
    children lest they outlive it. A reader cannot outlive it (`die_with_parent`, from a forkserver
    that exits with its caller), so the rule is lifted while one starts."""
    current = multiprocessing.current_process()
    daemonic = current.daemon
    if daemonic:
        current._config["daemon"] = False  # the `daemon` setter refuses a process already running
    try:
        yield
    finally:
        if daemonic:
            current._config["daemon"] = True


def _serve(connection) -> None:
    # The caller decides when to stop (and kills this reader): a Ctrl-C reaching the whole
    # process group must not print a traceback from here, nor outlive the caller.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent()
    # Generators torn down mid-allocation report "Exception ignored in ..." on stderr (and under
    # the cap the hook itself can fail to run); the outcome sent back already says what happened,
    # in one line, so the reader writes nothing to the terminal.
    sys.unraisablehook = lambda unraisable: None
    _silence_stderr()
    from extractors.pdf import PROGRESS

    PROGRESS.set(lambda done, total: connection.send(("progress", (done, total))))
    started = _status_bytes("VmSize")
    hard = resource.getrlimit(resource.RLIMIT_AS)[1]
    for files in range(1, FILES_PER_READER + 1):
        try:
            function, path, limits = connection.recv()
        except EOFError:  # the caller is done with this reader
            break
        outcome = _read_one(function, path, limits, hard)
        # A reader that ran out of memory or failed inside may be left in any state; one that grew
        # by more than a file may take would let the next file take more: either is replaced.
        retire = (outcome[0] == "internal" or isinstance(outcome[1], TooLargeError) or files == FILES_PER_READER
                  or _status_bytes("VmSize") > started + limits.memory)
        connection.send((*outcome, retire))
        if retire:
            break
    connection.close()
    os._exit(0)


def _read_one(function, path: Path, limits, hard: int) -> tuple[str, object]:
    # The cap is what one file may add: a reader starts out holding the extraction stack's
    # mappings (~0.5 GB), and how much of that is still free heap depends on the fork and on the
    # files read before, so a cap on the total would let the same file pass or fail by luck.
    cap = _status_bytes("VmSize") + limits.memory
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
        return "ok", function(path, limits)
    except MemoryError:
        return "error", _too_large(path, limits)
    except SystemError as error:
        # A compiled extension (playa is mypyc-built) whose allocation failed under the cap can
        # return NULL without setting MemoryError; the address space tells the two cases apart.
        if _status_bytes("VmPeak") < cap - limits.memory * 0.25:
            return "internal", (f"SystemError: {error}"[:300], traceback.format_exc())
        return "error", _too_large(path, limits)
    except LkjError as error:
        return "error", error
    except RecursionError:
        return "error", TooLargeError(path, _("nested too deeply"))
    except Exception as error:  # reported as an internal error by the caller, never a traceback
        if _opencv_out_of_memory(error) or _library_not_mapped(error):
            return "error", _too_large(path, limits)
        return "internal", (f"{type(error).__name__}: {error}"[:300], traceback.format_exc())
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (hard, hard))  # the answer is sent uncapped



def _too_large(path: Path, limits) -> TooLargeError:
    return TooLargeError(path, _("needs more than {mb} MB (LKJ_MEMORY_MB)").format(mb=limits.memory // 2**20))


def _opencv_out_of_memory(error: Exception) -> bool:
    # OpenCV raises its own cv2.error, code -4 (StsNoMem), where Python would raise MemoryError.
    return type(error).__module__ == "cv2" and getattr(error, "code", None) == -4


def _library_not_mapped(error: Exception) -> bool:
    # A module imported on first use (Pillow's codecs) whose shared library the loader cannot map
    # under the cap: the address space ran out, whichever allocation met it first.
    return isinstance(error, ImportError) and ("failed to map segment" in str(error)
                                               or "cannot allocate memory" in str(error).lower())


def _silence_stderr() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    os.close(devnull)


def _status_bytes(key: str) -> int:
    """This process's `key` line of /proc/self/status (VmSize, VmPeak) in bytes; 0 where /proc is
    missing."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(f"{key}:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _take_reader() -> _Reader:
    with _idle_lock:
        while _idle:
            reader = _idle.pop()
            if reader.process.is_alive():
                return reader
            reader.stop()
    return _Reader()


def _give_back(reader: _Reader) -> None:
    with _idle_lock:
        _idle.append(reader)


def run_bounded(function, path: Path, limits, on_progress: Callable[[int, int], None] | None = None):
    """`function(path, limits)` in a reader held to `limits`. The time limit is `limits.timeout`,
    and `limits.ocr_page_timeout` more for each page the reader says it OCRs; `on_progress(done,
    total)` hears of each such page. A reader past a limit is killed, and the next file gets a
    new one."""
    reader = _take_reader()
    kept = False
    try:
        kind, payload, retire = _read(reader, function, path, limits, on_progress)
        kept = not retire
    finally:
        if kept:
            _give_back(reader)
        else:  # timed out, killed, worn out, or the caller was interrupted: never reused
            reader.stop()
    if kind == "ok":
        return payload
    if kind == "error":
        raise payload
    raise WorkerError(*payload)


def _read(reader: _Reader, function, path: Path, limits, on_progress) -> tuple[str, object, bool]:
    reader.connection.send((function, path, limits))
    allowed, ocr_pages = limits.timeout, 0
    deadline = time.monotonic() + allowed
    while True:
        if not reader.connection.poll(max(deadline - time.monotonic(), 0)):
            settings = (_("LKJ_TIMEOUT, and LKJ_OCR_PAGE_TIMEOUT for each of {pages} pages to OCR").format(
                pages=ocr_pages) if ocr_pages else "LKJ_TIMEOUT")
            raise TimedOutError(path, _("no result within {seconds} s ({settings})").format(
                seconds=f"{allowed:g}", settings=settings))
        try:
            message = reader.connection.recv()
        except EOFError:
            reader.process.join(5)
            raise TooLargeError(path, _("the reader was stopped (signal {signal}), most likely by the memory "
                                        "cap (LKJ_MEMORY_MB)").format(signal=-(reader.process.exitcode or 0))) from None
        if message[0] != "progress":
            return message
        done, total = message[1]
        if done == 0:  # the pages to OCR are known: their time is granted once
            ocr_pages = total
            allowed += total * limits.ocr_page_timeout
            deadline += total * limits.ocr_page_timeout
        if on_progress is not None:
            on_progress(done, total)


class WorkerError(RuntimeError):
    """An unexpected failure inside the worker: `str()` is one line, `details` its traceback."""

    def __init__(self, summary: str, details: str):
        super().__init__(summary)
        self.details = details


# --- a whole command, stopped cleanly -------------------------------------------------------

_PR_SET_PDEATHSIG, _PR_SET_CHILD_SUBREAPER = 1, 36
# Where a supervised command's processes note what they did, one line each (see `note`).
EVENTS_VARIABLE = "LKJ_EVENTS"
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
KILL_WAIT = 5.0


def _prctl(option: int, value: int) -> bool:
    try:
        return ctypes.CDLL(None, use_errno=True).prctl(option, value, 0, 0, 0) == 0
    except (OSError, AttributeError):  # not Linux: the kill below still stops the direct child
        return False


def die_with_parent() -> None:
    """Have the kernel kill this process when its parent dies, even by SIGKILL: a worker never
    outlives the run it works for."""
    parent = os.getppid()
    _prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the request took hold
        os._exit(1)


def note(event: str) -> None:
    """Add one line to the record the supervisor reads when the command is stopped (nothing
    when the command is not supervised)."""
    path = os.environ.get(EVENTS_VARIABLE)
    if path:
        with open(path, "a", encoding="utf-8") as record:  # one short append: lines never interleave
            record.write(event.replace("\n", " ") + "\n")


class _Stopped(BaseException):
    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _stop(signum, _frame) -> None:
    raise _Stopped(signum)


def supervise(on_stop: Callable[[int, list[str]], int], cleanup: Callable[[], None] | None = None) -> None:
    """Carry on in a child process and return there only; this process waits for it and exits
    with its exit code.

    The child leads a session of its own, so a Ctrl-C at the terminal reaches this process
    alone, never the child's workers (which would each print a traceback). On SIGINT, SIGTERM
    or SIGHUP this process kills the child and every process under it at once (each report is
    loaded in one transaction, so nothing is left half loaded) and exits with `on_stop(signal,
    events)`, `events` being the lines the command `note`d. `cleanup` runs here once every
    process of the command is gone."""
    for stream in (sys.stdout, sys.stderr):
        stream.flush()  # else both processes would print what is buffered
    fd, events = tempfile.mkstemp(prefix="lkj-events-")
    os.close(fd)
    os.environ[EVENTS_VARIABLE] = events
    # Orphans of the command (a worker whose parent was killed first) are re-parented here,
    # where the kill below finds them, rather than to init.
    _prctl(_PR_SET_CHILD_SUBREAPER, 1)
    pid = os.fork()
    if pid == 0:
        os.setsid()
        die_with_parent()
        return
    for signum in STOP_SIGNALS:
        signal.signal(signum, _stop)
    code = 1
    try:
        try:
            _, status = os.waitpid(pid, 0)
        except _Stopped as stopped:
            for signum in STOP_SIGNALS:  # a second Ctrl-C while stopping changes nothing
                signal.signal(signum, signal.SIG_IGN)
            _kill_descendants()
            code = 128 + stopped.signum
            code = on_stop(stopped.signum, _read_lines(events))
        else:
            code = os.waitstatus_to_exitcode(status)
            code = code if code >= 0 else 128 - code  # killed by a signal: the shell's convention
            _kill_descendants()  # anything the command left running
    finally:
        # Whatever happened above (a terminal gone with SIGHUP cannot be written to), the
        # command's files are removed and this process ends here, never back in the command.
        try:
            if cleanup is not None:
                cleanup()
        finally:
            Path(events).unlink(missing_ok=True)
            for stream in (sys.stdout, sys.stderr):
                try:
                    stream.flush()
                except OSError:
                    pass
            os._exit(code)


def _read_lines(path: str) -> list[str]:
    try:
        return Path(path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return []


def _descendants(root: int) -> list[int]:
    """Every process under `root`, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as stat:
                    parent = int(stat.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue  # gone meanwhile
            children.setdefault(parent, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _kill_descendants() -> None:
    """SIGKILL every process under this one, until none is left (one forked meanwhile is
    caught on the next round), and reap them."""
    deadline = time.monotonic() + KILL_WAIT
    while True:
        pids = _descendants(os.getpid())
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        try:
            while os.waitpid(-1, os.WNOHANG)[0]:
                pass
        except ChildProcessError:
            pass
        if not pids or time.monotonic() > deadline:
            return
        time.sleep(0.02)
