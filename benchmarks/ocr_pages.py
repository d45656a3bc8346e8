#!/usr/bin/env python3
"""Seconds per scanned page: lkj's whole reading of the scanned samples beside bare `tesseract`
on the same pages (rendered at the same 300 dpi, `-l ind+eng`, OMP_THREAD_LIMIT=1, one page at
a time as a plain command would).

    .venv/bin/python benchmarks/ocr_pages.py [PDF ...]     # default: sample_pdfs/scanned/*.pdf
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pypdfium2

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from extractors.ocr import DPI, LANGUAGES, threads  # noqa: E402
from lkj import api  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def main(paths: list[Path]) -> None:
    pages = 0
    started = time.perf_counter()
    for path in paths:
        pages += api.extract(path)["source"]["pages"]
    lkj_seconds = time.perf_counter() - started

    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    tesseract_seconds = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for path in paths:
            document = pypdfium2.PdfDocument(path)
            for index in range(len(document)):
                image = Path(folder) / f"{path.stem}-{index}.png"
                document[index].render(scale=DPI / 72, grayscale=True).to_pil().save(image)
                started = time.perf_counter()
                subprocess.run(["tesseract", str(image), "-", "-l", LANGUAGES], env=env, check=True,
                               capture_output=True)
                tesseract_seconds += time.perf_counter() - started
    print(f"{len(paths)} scanned files, {pages} pages, {threads()} threads")
    print(f"lkj extract (render, deskew, rules, OCR, cell rereads, tables): {lkj_seconds / pages:.2f} s/page "
          f"({lkj_seconds:.1f} s)")
    print(f"bare tesseract, one page after another (text only):           {tesseract_seconds / pages:.2f} s/page "
          f"({tesseract_seconds:.1f} s)")


if __name__ == "__main__":
    args = [Path(a) for a in sys.argv[1:]] or sorted((ROOT / "sample_pdfs" / "scanned").glob("*.pdf"))
    main(args)
