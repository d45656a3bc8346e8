"""Crash safety: `kill -9` at any moment, then a rerun, leaves every good report exactly once and
no report half loaded; two runs at once on one warehouse do not corrupt it."""

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import duckdb

from .test_serve_inbox import marked
from .truth import SAMPLES

LKJ = [sys.executable, "-m", "lkj.cli"]
# Each table of each loaded report holds exactly the rows its stored extraction lists.
WHOLE_REPORTS = """
SELECT count(*) FROM laporan AS l
WHERE json_array_length(l.document -> 'capaian_kinerja') = (SELECT count(*) FROM capaian_kinerja c WHERE c.report_id = l.report_id)
  AND json_array_length(l.document -> 'perjanjian_kinerja') = (SELECT count(*) FROM perjanjian_kinerja p WHERE p.report_id = l.report_id)
  AND json_array_length(l.document -> 'anggaran') = (SELECT count(*) FROM anggaran a WHERE a.report_id = l.report_id)
  AND json_array_length(l.document -> 'rencana_triwulan') = (SELECT count(*) FROM rencana_triwulan r WHERE r.report_id = l.report_id)
  AND json_array_length(l.document -> 'temuan') = (SELECT count(*) FROM temuan t WHERE t.report_id = l.report_id)
"""


def archive(folder: Path) -> int:
    pdfs = [p for p in sorted(SAMPLES.glob("*.pdf")) if not p.name.startswith("layout-")]
    folder.mkdir()
    for pdf in pdfs:
        shutil.copy(pdf, folder)
    return len(pdfs)


def state(db: Path) -> tuple[int, int, int]:
    """(reports, distinct reports, whole reports) in the warehouse, if it exists yet."""
    if not db.exists():
        return 0, 0, 0
    with duckdb.connect(str(db), read_only=True) as con:
        count, distinct = con.execute("SELECT count(*), count(DISTINCT report_id) FROM laporan").fetchall()[0]
        return count, distinct, con.execute(WHOLE_REPORTS).fetchall()[0][0]


def start(folder: Path, db: Path, workdir: Path, env=None):
    # Every process of the run inherits the mark: its ephemeral Prefect server, which outlives a
    # SIGKILLed run, is found by it. Not "every server started since": tests run side by side,
    # and another test's server would be killed too.
    mark = uuid.uuid4().hex
    run = subprocess.Popen([*LKJ, "ingest", str(folder), "--db", str(db)], cwd=workdir, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True, start_new_session=True,
                           env={**(env if env is not None else os.environ), "LKJ_TEST_MARK": mark})
    run.mark = mark
    return run


def kill_after(run, finished_batches: int, seconds: float) -> None:
    """SIGKILL the run (the CLI and its workers) once `finished_batches` extraction batches have
    finished (loading is under way then), or after `seconds` if that comes first."""
    finished = threading.Semaphore(0)

    def watch():
        for line in run.stderr:
            if "Task run" in line and "Finished in state Completed" in line:
                finished.release()

    threading.Thread(target=watch, daemon=True).start()
    deadline = time.monotonic() + seconds
    for _ in range(finished_batches):
        if not finished.acquire(timeout=max(0.0, deadline - time.monotonic())):
            break
    else:
        time.sleep(seconds if finished_batches == 0 else 0)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()
    time.sleep(0.5)
    for pid in marked(run.mark):  # the killed run's ephemeral server, orphaned
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


def test_kill_9_at_several_points_then_rerun(tmp_path):
    n = archive(tmp_path / "arsip")
    db = tmp_path / "lkj.duckdb"
    seen = []
    # Task logs tell how far a run is: kill during start-up, then after 1, 3 and 5 batches.
    env = {**os.environ, "PREFECT_LOGGING_LEVEL": "INFO"}
    for batches, seconds in ((0, 2.0), (1, 60.0), (3, 60.0), (5, 60.0)):
        run = start(tmp_path / "arsip", db, tmp_path, env)
        kill_after(run, batches, seconds)
        count, distinct, whole = state(db)
        assert count == distinct == whole, (batches, count, distinct, whole)
        seen.append(count)
    print("reports loaded when killed:", seen)
    finish = start(tmp_path / "arsip", db, tmp_path)
    out, err = finish.communicate(timeout=300)
    assert finish.returncode == 0, err
    assert state(db) == (n, n, n)
    summary = dict(item.split("=") for item in out.strip().splitlines()[-1].split())
    assert int(summary["dimuat"]) + int(summary["tidak_berubah"]) == n and int(summary["direvisi"]) == 0
    assert max(seen) <= n


def test_two_runs_at_once_share_the_warehouse(tmp_path):
    n = archive(tmp_path / "arsip")
    db = tmp_path / "lkj.duckdb"
    first = start(tmp_path / "arsip", db, tmp_path)
    time.sleep(1.0)
    second = start(tmp_path / "arsip", db, tmp_path)
    outputs = [run.communicate(timeout=300) for run in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], [err for _, err in outputs]
    assert state(db) == (n, n, n)
    summaries = [dict(item.split("=") for item in out.strip().splitlines()[-1].split()) for out, _ in outputs]
    assert sorted(int(s["dimuat"]) for s in summaries) == [0, n]
    assert any("sedang dipakai proses lkj lain; menunggu" in err for _, err in outputs)
