"""The bounded reader's time limit grows with the pages a file OCRs, and says how far it is; a
reader reads many files, and one past a limit is replaced."""

import os
import time
from pathlib import Path

import pytest

from extractors.pdf import PROGRESS
from extractors.prescan import Limits
from lkj.exceptions import TimedOutError, TooLargeError
from lkj.guard import run_bounded

PAGES = 3
SECONDS_A_PAGE = 1.5


def ocr_like(path: Path, limits: Limits) -> str:
    """What read_document does with a scan: says how many pages it OCRs, then takes its time."""
    report = PROGRESS.get()
    report(0, PAGES)
    for done in range(1, PAGES + 1):
        time.sleep(SECONDS_A_PAGE)
        report(done, PAGES)
    return path.name


def test_a_scan_gets_time_for_each_page_it_ocrs():
    heard = []
    limits = Limits(timeout=3.0, ocr_page_timeout=3.0)  # 3 s alone would not do for 4.5 s of pages
    assert run_bounded(ocr_like, Path("scan.pdf"), limits, on_progress=lambda *seen: heard.append(seen)) == "scan.pdf"
    assert heard == [(0, PAGES), (1, PAGES), (2, PAGES), (3, PAGES)]


def test_without_time_for_its_pages_a_scan_times_out_naming_both_settings():
    with pytest.raises(TimedOutError) as caught:
        run_bounded(ocr_like, Path("scan.pdf"), Limits(timeout=3.0, ocr_page_timeout=0.0))
    assert "LKJ_OCR_PAGE_TIMEOUT" in str(caught.value)


def reader_pid(path: Path, limits: Limits) -> int:
    if path.name == "slow.pdf":
        time.sleep(10)
    if path.name == "huge.pdf":
        hoard = bytearray(limits.memory * 2)  # past the cap: MemoryError in the reader
        return len(hoard)
    return os.getpid()


def test_a_reader_reads_file_after_file_and_one_past_a_limit_is_replaced():
    limits = Limits(timeout=3.0, memory=64 * 2**20)
    first = run_bounded(reader_pid, Path("a.pdf"), limits)
    assert run_bounded(reader_pid, Path("b.pdf"), limits) == first  # no new process per file
    with pytest.raises(TimedOutError):
        run_bounded(reader_pid, Path("slow.pdf"), limits)
    after_timeout = run_bounded(reader_pid, Path("c.pdf"), limits)
    assert after_timeout != first
    with pytest.raises(TooLargeError):
        run_bounded(reader_pid, Path("huge.pdf"), limits)
    after_cap = run_bounded(reader_pid, Path("d.pdf"), limits)
    assert after_cap != after_timeout
    # The cap is each file's own: the reader that replaced the killed one reads within it again.
    assert run_bounded(reader_pid, Path("e.pdf"), limits) == after_cap


def import_under_the_cap(path: Path, limits: Limits) -> None:
    # What the loader says when a module imported on first use (Pillow's webp codec, a fresh
    # venv's) cannot be mapped under the cap: seen when a scan meets LKJ_MEMORY_MB there.
    raise ImportError("libwebp-78a6964e.so.7.0.2: failed to map segment from shared object")


def test_a_library_that_cannot_be_mapped_under_the_cap_is_too_large():
    with pytest.raises(TooLargeError, match="LKJ_MEMORY_MB"):
        run_bounded(import_under_the_cap, Path("scan.pdf"), Limits(timeout=10.0, memory=150 * 2**20))
