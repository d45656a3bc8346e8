"""Seconds per view of a warehouse of many generated reports, against the goal of 1 s a view.

    .venv/bin/python benchmarks/views_at_scale.py [--reports 10000] [--db PATH] [--keep DIR] [--seed S]

Builds the warehouse by generating an archive of --reports reports (tools/generate_archive.py,
dev dependencies; with --keep DIR generated there, or reused when DIR holds it) and ingesting
it with `lkj ingest`; with --db PATH the warehouse is built there, or reused as it is when the
file exists (building 10,000 reports takes most of an hour: keep it with --db).

Then, on the warehouse opened read only with DuckDB's Python API, every view it holds (v_*)
is timed twice: ``SELECT count(*) FROM (SELECT * FROM v_x)`` (DuckDB computes the whole view)
and ``SELECT * FROM v_x`` with every row fetched into Python, each the best of --repeat runs
(the first run beside it).  A view whose best time is above the goal is marked, with the SQL
file that defines it.  Last, the commands an evaluator types on the pemda and tahun with the
most reports: `lkj compare` of one unit and of every unit, and `lkj report`, each from start
to exit, beside `lkj query "select 1"` (the start-up every command pays).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ingest_archive import LKJ, ROOT, ensure_archive, link_prefix, mib, timed_ingest

GOAL = 1.0  # seconds a view may take on the archive (issue 14)


def view_files() -> dict[str, str]:
    """view name -> the SQL file under warehouse/sql that creates it."""
    out = {}
    for path in sorted((ROOT / "warehouse" / "sql").rglob("*.sql")):
        for name in re.findall(r"\bVIEW\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)", path.read_text(encoding="utf-8"),
                               re.IGNORECASE):
            out.setdefault(name.lower(), str(path.relative_to(ROOT)))
    return out


def timed(run, repeat: int) -> tuple[float, float, object]:
    """(first, best, result of the last run) of ``run()`` repeated."""
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - started)
    return times[0], min(times), result


def build(db: Path, n: int, seed: str, archive: Path, scratch: Path) -> None:
    paths = ensure_archive(archive, n, seed)
    folder, workdir = scratch / f"arsip-{n}", scratch / "kerja"
    link_prefix(archive, paths, folder)
    workdir.mkdir(exist_ok=True)
    seconds, summary, memory = timed_ingest(folder, workdir, db)
    print(f"ingested in {seconds:.0f} s ({n / seconds * 60:.0f} reports/min, peak RSS {mib(memory.peak_kb)}): "
          f"{summary}")
    shutil.rmtree(folder)


def time_views(db: Path, repeat: int) -> tuple[str, int, str] | None:
    """Prints each view's times; returns the (pemda, tahun, unit_kerja) the commands are timed on."""
    import duckdb

    files = view_files()
    con = duckdb.connect(str(db), read_only=True)
    try:
        reports = con.execute("SELECT count(*) FROM laporan").fetchone()[0]
        views = [name for (name,) in con.execute(
            "SELECT view_name FROM duckdb_views() WHERE NOT internal AND view_name LIKE 'v\\_%' ESCAPE '\\' "
            "ORDER BY view_name").fetchall()]
        print(f"\n{reports} reports in {db}; {len(views)} views; goal {GOAL:.0f} s a view, best of {repeat}\n")
        print(f"{'view':<16} {'rows':>9} {'count(*) s':>11} {'(first)':>8} {'fetch all s':>12} {'(first)':>8}")
        slow = []
        for name in views:
            count_sql, fetch_sql = f"SELECT count(*) FROM (SELECT * FROM {name})", f"SELECT * FROM {name}"
            c_first, c_best, (rows,) = timed(lambda: con.execute(count_sql).fetchone(), repeat)  # noqa: B023 (called here)
            f_first, f_best, _ = timed(lambda: con.execute(fetch_sql).fetchall(), repeat)  # noqa: B023
            mark = f"  > {GOAL:.0f} s  ({files.get(name, 'SQL file not found')})" if max(c_best, f_best) > GOAL else ""
            if mark:
                slow.append(name)
            print(f"{name:<16} {rows:>9} {c_best:11.3f} {c_first:8.3f} {f_best:12.3f} {f_first:8.3f}{mark}", flush=True)
        print(f"\nslower than {GOAL:.0f} s: " + (", ".join(f"{v} ({files.get(v, '?')})" for v in slow) or "none"))
        # the pemda and tahun with the most current reports, and its unit with the most of them
        return con.execute("""
            SELECT pemda, tahun, unit_kerja FROM v_laporan WHERE is_current
            GROUP BY pemda, tahun, unit_kerja
            ORDER BY sum(count(*)) OVER (PARTITION BY pemda, tahun) DESC, count(*) DESC, pemda, tahun, unit_kerja
            LIMIT 1""").fetchone()
    finally:
        con.close()  # before the commands: they open the warehouse themselves


def time_commands(db: Path, pick: tuple[str, int, str], scratch: Path, repeat: int) -> None:
    pemda, tahun, unit = pick
    env = {**os.environ, "COLUMNS": "160"}  # the table is fitted to the terminal: one width for every run
    where = ["--pemda", pemda, "--tahun", str(tahun), "--db", str(db)]
    commands = [
        ('lkj query "select 1"', ["query", "select 1", "--db", str(db)], repeat),
        (f"lkj compare --unit {unit!r}", ["compare", *where, "--unit", unit], repeat),
        ("lkj compare (every unit)", ["compare", *where], repeat),
        ("lkj report (every unit)", ["report", *where, "-o", str(scratch / "laporan.html")], 1),
    ]
    print(f"\ncommands on {pemda} {tahun} (best of the runs, from start to exit):")
    for label, argv, runs in commands:
        def run(argv=argv):
            done = subprocess.run([str(LKJ), *argv], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                  text=True, check=False)
            if done.returncode:
                sys.exit(f"lkj {argv[0]} exited {done.returncode}: {done.stderr.strip()}")
        first, best, _ = timed(run, runs)
        print(f"  {label:<64} {best:7.2f} s" + (f"   (first {first:.2f} s)" if runs > 1 else ""), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=10_000, help="reports in the warehouse (default 10000)")
    parser.add_argument("--db", type=Path, help="the warehouse: reused when it exists, else built there")
    parser.add_argument("--keep", type=Path, help="generate the archive here and keep it (reused when there)")
    parser.add_argument("--seed", default="1", help="archive seed (default 1)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each query (default 3)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="lkj-views-") as tmp:
        scratch = Path(tmp)
        db = (args.db or scratch / "lkj.duckdb").resolve()
        if db.exists():
            print(f"warehouse {db} reused as it is")
        else:
            db.parent.mkdir(parents=True, exist_ok=True)
            build(db, args.reports, args.seed, args.keep or scratch / "arsip", scratch)
        pick = time_views(db, max(1, args.repeat))
        if pick:
            time_commands(db, pick, scratch, max(1, args.repeat))


if __name__ == "__main__":
    main()
