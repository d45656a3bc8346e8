"""Ctrl-C during `lkj ingest`: it stops within seconds, says in one line what it had loaded and
that a rerun finishes the job, prints no traceback and leaves no process behind (no Prefect
server, no worker, no reader)."""

import os
import shutil
import signal
import subprocess
import time
import uuid

from .test_serve_inbox import LKJ, ROOT, STOP_WITHIN, marked
from .truth import SAMPLES


def test_ctrl_c_stops_ingest_at_once_in_one_line(tmp_path):
    folder, db = tmp_path / "arsip", tmp_path / "lkj.duckdb"
    folder.mkdir()
    for pdf in sorted(SAMPLES.glob("malang-diskominfo-2023-tw*.pdf")):
        shutil.copy(pdf, folder)
    mark = uuid.uuid4().hex
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LKJ_TEST_MARK": mark}
    run = subprocess.Popen([*LKJ, "ingest", str(folder), "--db", str(db)], cwd=tmp_path, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while not db.exists():  # the flow has opened the warehouse: its server and workers are up
            assert run.poll() is None and time.monotonic() < deadline, run.communicate()
            time.sleep(0.1)
        time.sleep(0.5)
        started = time.monotonic()
        os.killpg(run.pid, signal.SIGINT)  # as Ctrl-C at a terminal: to the whole foreground group
        out, err = run.communicate(timeout=60)
        seconds = time.monotonic() - started
    finally:
        time.sleep(0.2)
        left = marked(mark)
        for pid in left:
            os.kill(pid, signal.SIGKILL)
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
    assert seconds < STOP_WITHIN, (seconds, err)
    assert run.returncode == 130 and out == "", (run.returncode, out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    assert lines[0].startswith("lkj: `lkj ingest` dihentikan (Ctrl-C)"), err
    assert "jalankan lagi perintah yang sama" in lines[0], err
    assert not left, f"processes left behind: {left}"
