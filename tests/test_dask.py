"""`lkj ingest --dask`: files read on a real Dask cluster (a scheduler and two workers, processes
of their own on 127.0.0.1), one worker killed in the middle; every report is loaded once, and the
warehouse holds what an ingest on this machine's cores gives."""

import os
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from distributed import Client
from prefect.testing.utilities import prefect_test_harness

from flows.steps import ingest, reporting_progress

from .truth import SAMPLES

DASK = Path(sys.executable).with_name("dask")
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
    scheduler = subprocess.Popen([str(DASK), "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                                  "--no-dashboard"], **quiet)
    workers = [subprocess.Popen([str(DASK), "worker", address, "--nthreads", "1", "--no-dashboard",
                                 "--name", f"pekerja-{n}", "--local-directory", str(tmp_path / f"dask-{n}")], **quiet)
               for n in range(2)]
    try:
        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=60)
        yield address, workers
    finally:
        for process in (*workers, scheduler):
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            process.wait()


def _contents(db: Path) -> dict:
    with duckdb.connect(str(db), read_only=True) as con:
        counts = {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}
        counts["reports loaded twice"] = con.execute(
            "SELECT count(*) - count(DISTINCT report_id) FROM laporan").fetchone()[0]
        counts["capaian"] = con.execute("SELECT list(capaian.number ORDER BY report_id, row_no) "
                                        "FROM capaian_kinerja").fetchone()[0]
    return counts


def test_an_ingest_on_a_dask_cluster_survives_a_killed_worker(cluster, tmp_path):
    address, workers = cluster
    folder = tmp_path / "arsip"
    folder.mkdir()
    for pdf in sorted(SAMPLES.glob("m*.pdf"))[:10]:  # digital reports of three offices
        shutil.copy(pdf, folder / pdf.name)
    done = []

    def kill_a_worker_once_a_file_is_in(name: str, outcome: str) -> None:
        done.append(name)
        if len(done) == 1:
            os.killpg(workers[0].pid, signal.SIGKILL)  # the worker, its nanny and its readers

    with prefect_test_harness():
        with reporting_progress(kill_a_worker_once_a_file_is_in):
            on_dask = ingest(str(folder), db=str(tmp_path / "dask.duckdb"), quarantine=str(tmp_path / "q1"),
                             dask=address)
        here = ingest(str(folder), db=str(tmp_path / "sini.duckdb"), quarantine=str(tmp_path / "q2"))
    assert workers[0].wait(timeout=10) == -signal.SIGKILL
    assert on_dask == here and on_dask["ingested"] == 10 and not on_dask["quarantined"]
    assert sorted(done) == sorted(path.name for path in folder.iterdir())  # each file said once
    loaded = _contents(tmp_path / "dask.duckdb")
    assert loaded == _contents(tmp_path / "sini.duckdb")
    assert loaded["laporan"] == 10 and loaded["reports loaded twice"] == 0
