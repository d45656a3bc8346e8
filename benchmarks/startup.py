"""Seconds the `lkj` command takes to start and answer, for what a user types often: `lkj --help`,
`lkj query "select 1"` on a warehouse, and the refusal of a file that is no PDF (issue 14 asks
each under 0.3 s). Each is run several times in a fresh process; the median is printed.

    .venv/bin/python benchmarks/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb


def seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    lkj = [sys.executable, "-m", "lkj.cli"]
    with tempfile.TemporaryDirectory() as folder:
        db, not_pdf = Path(folder) / "lkj.duckdb", Path(folder) / "laporan.pdf"
        duckdb.connect(str(db)).close()
        not_pdf.write_text("<html>unduhan gagal</html>")
        subprocess.run([*lkj, "extract", str(not_pdf)], capture_output=True, check=False)  # the message cache
        cases = {
            "lkj --help": [*lkj, "--help"],
            'lkj query "select 1"': [*lkj, "query", "--db", str(db), "select 1"],
            "lkj extract (not a PDF)": [*lkj, "extract", str(not_pdf)],
            "python -c pass (the floor)": [sys.executable, "-c", "pass"],
        }
        for name, command in cases.items():
            print(f"{name:30} {seconds(command, args.runs):6.3f} s")


if __name__ == "__main__":
    main()
