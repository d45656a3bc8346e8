"""`lkj ingest --dask`: files read on a real Dask cluster (a scheduler and two workers, processes
of their own on 127.0.0.1), one worker killed while it reads; every report is loaded once, and
the warehouse holds what an ingest on this machine's cores gives."""

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import psutil
import pytest
from distributed import Client

from .truth import SAMPLES

BIN = Path(sys.executable).parent
TABLES = ("laporan", "perjanjian_kinerja", "anggaran", "rencana_triwulan", "capaian_kinerja", "temuan", "review")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def cluster(tmp_path):
    """A scheduler and two workers (each under its nanny, as `dask worker` starts them), each in a
    session of its own so that a worker is killed with its nanny and readers."""
    address = f"tcp://127.0.0.1:{_free_port()}"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "start_new_session": True}
    scheduler = subprocess.Popen([BIN / "dask", "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                                  "--dashboard-address", "127.0.0.1:0"], **quiet)
    workers = [subprocess.Popen([BIN / "dask", "worker", address, "--host", "127.0.0.1", "--nthreads", "1",
                                 "--dashboard-address", "127.0.0.1:0", "--name", f"pekerja-{n}",
                                 "--local-directory", tmp_path / f"dask-{n}"], **quiet)
               for n in range(2)]
    try:
        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=60)
        yield address, workers
    finally:
        for process in (*workers, scheduler):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def _prefect_servers_under(workers) -> list[str]:
    """Prefect servers started by the workers themselves (a worker not told the flow's API starts one)."""
    found = []
    for worker in workers:
        with contextlib.suppress(psutil.NoSuchProcess):
            for child in psutil.Process(worker.pid).children(recursive=True):
                with contextlib.suppress(psutil.NoSuchProcess):
                    if "prefect.server.api.server" in " ".join(child.cmdline()):
                        found.append(f"{child.pid}: {' '.join(child.cmdline())[:120]}")
    return found


def _kill_while_it_reads(address: str, victim: subprocess.Popen, name: str, said: dict) -> None:
    """Kill the worker `name` (with its nanny and readers) once it is reading a batch."""
    with Client(address, timeout=30) as client:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            listed = [a for a, info in client.scheduler_info()["workers"].items() if info["name"] == name]
            if not listed:
                # On a loaded machine the scheduler may not list a worker for a moment (it has not
                # registered yet, or missed a heartbeat and reconnects): look again.
                time.sleep(0.2)
                continue
            [worker] = listed
            executing = client.run(lambda dask_worker: len(dask_worker.state.executing), workers=[worker])[worker]
            if executing:
                said["servers"] = _prefect_servers_under([victim])
                os.killpg(victim.pid, signal.SIGKILL)
                said["killed while reading"] = True
                return
            time.sleep(0.2)


def _ingest(folder: Path, db: Path, *options: str) -> dict:
    done = subprocess.run([BIN / "lkj", "ingest", str(folder), "--db", str(db), *options], cwd=db.parent,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr and "distributed" not in done.stderr, done.stderr[-2000:]
    return dict(re.findall(r"(\w+)=(\d+)", done.stdout.splitlines()[-1]))


def _contents(db: Path) -> dict:
    with duckdb.connect(str(db), read_only=True) as con:
        counts = {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}
        counts["reports loaded twice"] = con.execute(
            "SELECT count(*) - count(DISTINCT report_id) FROM laporan").fetchone()[0]
        counts["capaian"] = con.execute("SELECT list(capaian.number ORDER BY report_id, row_no) "
                                        "FROM capaian_kinerja").fetchone()[0]
    return counts


def test_an_ingest_on_a_dask_cluster_survives_a_worker_killed_while_it_reads(cluster, tmp_path):
    address, workers = cluster
    folder = tmp_path / "arsip"
    folder.mkdir()
    for pdf in sorted(SAMPLES.glob("m*.pdf"))[:10]:  # digital reports of three offices
        shutil.copy(pdf, folder / pdf.name)
    said = {}
    killer = threading.Thread(target=_kill_while_it_reads, args=(address, workers[0], "pekerja-0", said))
    killer.start()
    on_dask = _ingest(folder, tmp_path / "dask.duckdb", "--dask", address)
    killer.join()
    said["servers"] = said.get("servers", []) + _prefect_servers_under(workers[1:])
    here = _ingest(folder, tmp_path / "sini.duckdb")
    assert said == {"killed while reading": True, "servers": []}  # the workers reported to the flow's API
    assert on_dask == here and on_dask["dimuat"] == "10" and on_dask["dikarantina"] == "0"
    loaded = _contents(tmp_path / "dask.duckdb")
    assert loaded == _contents(tmp_path / "sini.duckdb")
    assert loaded["laporan"] == 10 and loaded["reports loaded twice"] == 0


def test_serve_reads_its_inbox_on_a_dask_cluster(cluster, tmp_path):
    """`lkj serve --dask`: each poll's files are read on the cluster's workers, and loaded here."""
    address, workers = cluster
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env |= {"PREFECT_HOME": str(tmp_path / "prefect"), "LKJ_INBOX_SETTLE": "1"}
    log = tmp_path / "serve.log"
    with log.open("w") as output:
        serve = subprocess.Popen([BIN / "lkj", "serve", str(inbox), "--interval", "1", "--db", str(tmp_path / "lkj.duckdb"),
                                  "--dask", address], env=env, cwd=tmp_path, stdout=output, stderr=subprocess.STDOUT,
                                 start_new_session=True)
    try:
        shutil.copy(SAMPLES / "sidoarjo-bapenda-2024-tw1.pdf", inbox / "tw1.pdf")
        deadline = time.monotonic() + 240
        while not (inbox / "processed" / "tw1.pdf").exists():
            assert serve.poll() is None and time.monotonic() < deadline, log.read_text()[-3000:]
            time.sleep(0.5)
        with Client(address, timeout=30) as client:
            # Only lkj gives this cluster tasks: a worker that moved any read the file.
            transitions = client.run(lambda dask_worker: dask_worker.state.transition_counter)
        assert sum(transitions.values()) > 0, transitions
        assert _prefect_servers_under(workers) == []
        assert "tw1.pdf: " in log.read_text() and "Traceback" not in log.read_text(), log.read_text()[-3000:]
    finally:
        os.killpg(serve.pid, signal.SIGTERM)
        try:
            serve.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(serve.pid, signal.SIGKILL)
            serve.wait()
