"""Pages per second of `lkj extract` beside bare pdfplumber and bare camelot, on the same pages.

    .venv/bin/python benchmarks/pages_per_second.py [FOLDER] [--repeat N]

Prints one line per engine. lkj is measured doing all its work (tables, metadata,
findings); pdfplumber runs `extract_tables()` on every page; camelot runs its
render-free lattice engine (`flavor="lattice", engine="vector"`) on every page.
Digital PDFs only: the scanned twins (`scanned/`) have their own benchmark, `ocr_pages.py`.
"""

from __future__ import annotations

import argparse
import time
import warnings
from pathlib import Path

import pdfplumber

from lkj import api


def lkj_extract(pdfs: list[Path]) -> int:
    return sum(api.extract(pdf)["source"]["pages"] for pdf in pdfs)


def bare_pdfplumber(pdfs: list[Path]) -> int:
    pages = 0
    for pdf in pdfs:
        with pdfplumber.open(pdf) as document:
            for page in document.pages:
                page.extract_tables()
                pages += 1
    return pages


def bare_camelot(pdfs: list[Path]) -> int:
    import camelot  # dev dependency: only the benchmark compares with it

    pages = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for pdf in pdfs:
            camelot.read_pdf(str(pdf), pages="all", flavor="lattice", engine="vector")
            with pdfplumber.open(pdf) as document:
                pages += len(document.pages)
    return pages


def measure(name: str, run, pdfs: list[Path], repeat: int) -> None:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        pages = run(pdfs)
        best = min(best, time.perf_counter() - started)
    print(f"{name:<28} {pages:5d} pages  {best:7.2f} s  {pages / best:7.1f} pages/s  {1000 * best / pages:6.1f} ms/page")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=Path(__file__).resolve().parents[1] / "sample_pdfs", type=Path)
    parser.add_argument("--repeat", type=int, default=3, help="runs per engine; the best is kept")
    args = parser.parse_args()
    pdfs = sorted(pdf for pdf in args.folder.rglob("*.pdf") if "scanned" not in pdf.relative_to(args.folder).parts)
    print(f"{len(pdfs)} PDFs under {args.folder}, best of {args.repeat}")
    measure("lkj extract (everything)", lkj_extract, pdfs, args.repeat)
    measure("pdfplumber extract_tables", bare_pdfplumber, pdfs, args.repeat)
    measure("camelot lattice (vector)", bare_camelot, pdfs, args.repeat)


if __name__ == "__main__":
    main()
