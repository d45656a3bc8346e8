"""Reports per minute of `lkj ingest` on generated archives of several sizes: for each size a
first run and an unchanged rerun, the slope between sizes and the peak memory.

    .venv/bin/python benchmarks/ingest_archive.py [--sizes 100 1000 [10000]] [--keep DIR] [--seed S]

The archive is generated once, for the largest size, by tools/generate_archive.py (dev
dependencies); with --keep DIR it is generated there, or reused when DIR holds it already.
The archive for N is the first N reports of any larger one (the generator keeps that
property), so each size ingests a folder of hard links (symlinks across file systems) to the
first N files.  Each size gets a fresh working folder and warehouse (lkj.duckdb in it); each
run is `lkj ingest FOLDER` as a user types it, timed from start to exit, Prefect's start-up
included.

The slope is the seconds each extra report costs from one size to the next,
(t_b - t_a) / (N_b - N_a): flat from size to size (and near the mean s/report) means the cost
per report does not grow with the warehouse.

Peak memory, two figures per run, both sampled from /proc every 0.1 s while it runs:

* ``peak RSS``: the largest sum of VmRSS over the whole `lkj ingest` process tree (the
  command, its bounded per-file readers, Prefect's server if it is a child).  Pages shared
  between processes count once per process, so it is an upper bound of the memory used;
  a reader that starts and ends between two samples is missed.
* ``largest``: the largest VmHWM (the kernel's own peak RSS) of any one process of the tree
  seen; ``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` would give the same kind of figure
  but only over all the children this script ever waited for, so not per run.
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOOLS = ROOT / "tools"
LKJ = Path(sys.executable).with_name("lkj")
SAMPLE_EVERY = 0.1  # seconds between two looks at the process tree's memory


# ---------------------------------------------------------------------------
# Memory of a process tree, from /proc
# ---------------------------------------------------------------------------

def _parents() -> dict[int, int]:
    """pid -> parent pid of every process now (/proc/PID/stat; the name may hold spaces)."""
    out = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as f:
                    stat = f.read()
            except OSError:
                continue  # ended meanwhile
            out[int(entry)] = int(stat[stat.rindex(b")") + 2:].split()[1])
    return out


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for pid, ppid in _parents().items():
        children.setdefault(ppid, []).append(pid)
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo += children.get(pid, [])
    return tree


def _rss_kb(pid: int) -> tuple[int, int]:
    """(VmRSS, VmHWM) of a process in kB; (0, 0) once it has ended."""
    rss = hwm = 0
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1])
                elif line.startswith("VmHWM:"):
                    hwm = int(line.split()[1])
    except OSError:
        pass
    return rss, hwm


class TreeMemory(threading.Thread):
    """Samples a process tree's memory until stopped: ``peak_kb`` (sum of RSS), ``largest_kb``."""

    def __init__(self, root: int):
        super().__init__(daemon=True)
        self.root, self.peak_kb, self.largest_kb = root, 0, 0
        self._done = threading.Event()  # not _stop: Thread has one

    def run(self) -> None:
        while True:
            total = 0
            for pid in _tree(self.root):
                rss, hwm = _rss_kb(pid)
                total += rss
                self.largest_kb = max(self.largest_kb, hwm)
            self.peak_kb = max(self.peak_kb, total)
            if self._done.wait(SAMPLE_EVERY):
                return

    def stop(self) -> None:
        self._done.set()
        self.join()


# ---------------------------------------------------------------------------
# The runs
# ---------------------------------------------------------------------------

def timed_ingest(folder: Path, workdir: Path, db: Path | None = None) -> tuple[float, str, TreeMemory]:
    """`lkj ingest FOLDER` in workdir (its lkj.duckdb, or --db): (seconds, summary line, memory)."""
    started = time.perf_counter()
    argv = [str(LKJ), "ingest", str(folder)] + (["--db", str(db)] if db else [])
    proc = subprocess.Popen(argv, cwd=workdir, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    memory = TreeMemory(proc.pid)
    memory.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - started
    memory.stop()
    if proc.returncode not in (0, 12):  # 12: loaded what it could, some files set aside
        sys.exit(f"lkj ingest {folder} exited {proc.returncode}:\n{err.strip()}")
    lines = out.strip().splitlines()
    return seconds, lines[-1] if lines else "", memory


def ensure_archive(archive: Path, n: int, seed: str) -> list[str]:
    """The first n report paths of the archive, generating it unless every one is there."""
    sys.path.insert(0, str(TOOLS))
    sys.dont_write_bytecode = True  # keep tools/ free of __pycache__
    from generate_archive import report_paths  # dev dependencies (reportlab)

    paths = report_paths(n, seed)
    if all((archive / p).is_file() for p in paths):
        print(f"{n} reports under {archive} (reused)")
        return paths
    started = time.perf_counter()
    subprocess.run([sys.executable, str(TOOLS / "generate_archive.py"), str(n), str(archive), "--seed", seed,
                    "--force"], check=True, capture_output=True)
    print(f"{n} reports generated under {archive} in {time.perf_counter() - started:.0f} s")
    return paths


def link_prefix(archive: Path, paths: list[str], folder: Path) -> None:
    """A folder holding the first reports of the archive, as links (no copy of 10,000 PDFs)."""
    for rel in paths:
        target = folder / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(archive / rel, target)
        except OSError:  # another file system, or no hard links there
            target.symlink_to((archive / rel).resolve())


def mib(kb: int) -> str:
    return f"{kb / 1024:,.0f} MiB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000], metavar="N",
                        help="archive sizes to ingest (default: 100 1000)")
    parser.add_argument("--reports", type=int, help="one size only (the same as --sizes N)")
    parser.add_argument("--keep", type=Path, help="generate the archive here and keep it (reused when there)")
    parser.add_argument("--seed", default="1", help="archive seed (default 1)")
    args = parser.parse_args()
    sizes = sorted(set([args.reports] if args.reports else args.sizes))
    if sizes[0] < 1:
        parser.error("sizes must be at least 1")
    with tempfile.TemporaryDirectory(prefix="lkj-bench-") as scratch:
        archive = args.keep or Path(scratch) / "arsip"
        paths = ensure_archive(archive, sizes[-1], args.seed)
        rows = {}  # size -> {run label: seconds}
        print(f"\n{'reports':>7}  {'run':<16} {'seconds':>8} {'reports/min':>12} {'s/report':>9} "
              f"{'peak RSS':>10} {'largest':>10}   summary", flush=True)
        for n in sizes:
            folder, workdir = Path(scratch) / f"arsip-{n}", Path(scratch) / f"kerja-{n}"
            link_prefix(archive, paths[:n], folder)
            workdir.mkdir()
            rows[n] = {}
            for label in ("first run", "unchanged rerun"):
                seconds, summary, memory = timed_ingest(folder, workdir)
                rows[n][label] = seconds
                print(f"{n:>7}  {label:<16} {seconds:8.1f} {n / seconds * 60:12.0f} {seconds / n:9.3f} "
                      f"{mib(memory.peak_kb):>10} {mib(memory.largest_kb):>10}   {summary}", flush=True)
            shutil.rmtree(folder)
            shutil.rmtree(workdir)  # the warehouse of a size is not needed any more: free the disk
        if len(sizes) > 1:
            print("\nslope: the time each extra report costs from one size to the next")
            for a, b in itertools.pairwise(sizes):
                cells = [f"{label} {round((rows[b][label] - rows[a][label]) / (b - a) * 1000, 1) + 0.0:.1f} ms"
                         for label in ("first run", "unchanged rerun")]
                print(f"  {a:>6} -> {b:<6} " + "   ".join(cells))


if __name__ == "__main__":
    main()
