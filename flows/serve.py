"""`lkj serve`: watch an inbox on a schedule. Prefect schedules need a Prefect server: the
one PREFECT_API_URL names, else a local one started here and stopped on exit.

A serve's schedule belongs to its inbox and warehouse alone. Its deployment is named after
the two, so no other serve's runs are ever picked up; a local server keeps its database in a
Prefect home of this serve alone (`private_home`), removed when the serve ends, so nothing a
serve scheduled outlives it; on PREFECT_API_URL's server the deployment, with the runs it
scheduled, is deleted when the serve starts and when it stops (`withdraw`).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from lkj.exceptions import ServerNotStarted
from messages import _

SERVER_START_TIMEOUT = 90.0
FLOW_NAME = "watch-inbox"  # the name of `flows.ingest.watch_inbox`, known here without importing Prefect
# Run before the server's own code: the kernel kills the server when its parent dies, even by
# SIGKILL, so a serve never leaves a Prefect server behind.
_DIE_WITH_PARENT = ("import ctypes, os, signal, sys; parent = os.getppid(); "
                    "ctypes.CDLL(None).prctl(1, signal.SIGKILL, 0, 0, 0); "
                    "os.getppid() == parent or sys.exit(1); os.execv(sys.argv[1], sys.argv[1:])")


def deployment_name(inbox: str | Path, db: str | Path) -> str:
    """"lkj-inbox-<12 hex>", the same for the same inbox and warehouse, another for any other."""
    key = f"{Path(inbox).resolve()}\0{Path(db).resolve()}"
    return f"lkj-inbox-{hashlib.sha256(key.encode()).hexdigest()[:12]}"


def external_server() -> str | None:
    return os.environ.get("PREFECT_API_URL") or None


def private_home() -> Path | None:
    """For a local server: a new, empty Prefect home for this serve alone (its database, its
    deployments, its scheduled runs), set as PREFECT_HOME for every process the serve starts.
    The caller removes it when the serve has ended. None with PREFECT_API_URL's server, whose
    profile (an API key) stays in the user's home."""
    if external_server():
        return None
    home = Path(tempfile.mkdtemp(prefix="lkj-serve-"))
    os.environ["PREFECT_HOME"] = str(home)
    if _empty_database().exists():
        shutil.copyfile(_empty_database(), home / "prefect.db")
    return home


def _empty_database() -> Path:
    """A copy of a new Prefect server's database, made by the first serve: creating one runs
    every migration Prefect has, most of a server's start-up, and its content (block types,
    the default work pool) is the same for every serve of one Prefect version."""
    from importlib.metadata import version

    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "lkj"
    return cache / f"prefect-{version('prefect')}-empty.db"


def _keep_empty_database(home: Path) -> None:
    """Copy a server's new database before anything is scheduled in it (SQLite's backup: a
    consistent copy of a database in use)."""
    target = _empty_database()
    if target.exists() or not (home / "prefect.db").exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = target.with_name(f"{target.name}.{os.getpid()}")
    with contextlib.closing(sqlite3.connect(home / "prefect.db")) as source, \
            contextlib.closing(sqlite3.connect(partial)) as copy:
        source.backup(copy)
    os.replace(partial, target)  # whole or not at all, should two serves make it at once


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


@contextlib.contextmanager
def prefect_server(home: Path | None = None):
    """The API URL of a Prefect server: PREFECT_API_URL's, or a local one for as long as this
    lasts (its database in `home`, a `private_home`, else in PREFECT_HOME)."""
    if external_server():
        yield external_server()
        return
    port = _free_port()
    url = f"http://127.0.0.1:{port}/api"
    prefect = Path(sys.executable).with_name("prefect")
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_UI_ENABLED": "false"}
    if home is not None:
        env["PREFECT_HOME"] = str(home)
    server = subprocess.Popen(
        [sys.executable, "-c", _DIE_WITH_PARENT, str(prefect), "server", "start", "--host", "127.0.0.1",
         "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + SERVER_START_TIMEOUT
        while not _answers(url):
            if server.poll() is not None:
                raise ServerNotStarted(_("it stopped with exit code {code}").format(code=server.returncode))
            if time.monotonic() > deadline:
                raise ServerNotStarted(_("it did not answer within {seconds} s").format(
                    seconds=f"{SERVER_START_TIMEOUT:.0f}"))
            time.sleep(0.5)
        if home is not None:
            _keep_empty_database(home)
        yield url
    finally:
        with contextlib.suppress(ProcessLookupError):
            server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


def withdraw(inbox: str | Path, db: str | Path) -> None:
    """Delete this serve's deployment from PREFECT_API_URL's server, with every run it
    scheduled (Prefect deletes a deployment's scheduled runs with it). A local server's are
    gone with its private home."""
    if not external_server():
        return
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound

    with get_client(sync_client=True) as client:
        try:
            deployment = client.read_deployment_by_name(f"{FLOW_NAME}/{deployment_name(inbox, db)}")
        except ObjectNotFound:
            return
        client.delete_deployment(deployment.id)


def serve_inbox(inbox: str, db: str, interval: float | None = None, cron: str | None = None,
                home: Path | None = None) -> None:
    """Serve `watch_inbox` on a schedule until the process is stopped; a local server keeps its
    database in `home` (`private_home`)."""
    from prefect.settings import PREFECT_API_URL, PREFECT_RUNNER_POLL_FREQUENCY, temporary_settings

    from .ingest import watch_inbox

    assert watch_inbox.name == FLOW_NAME
    inbox, db = str(Path(inbox).resolve()), str(Path(db).resolve())
    schedule = {"cron": cron} if cron else {"interval": interval or 60}
    # The runner looks for due runs every 10 s by default: a shorter interval is kept to.
    poll = max(1, min(10, round(interval or 60))) if not cron else 10
    with prefect_server(home) as url, temporary_settings({PREFECT_API_URL: url, PREFECT_RUNNER_POLL_FREQUENCY: poll}):
        withdraw(inbox, db)  # what a serve of this inbox killed before it could stop had scheduled
        every = f"cron {cron}" if cron else _("every {seconds} s").format(seconds=f"{interval or 60:g}")
        where = f"; Prefect API {url}" if external_server() else ""
        print(_("lkj serve: watching {inbox} ({every}), loading into {db}{where}; stop it with Ctrl-C").format(
            inbox=inbox, every=every, db=db, where=where), flush=True)
        # One run at a time: polls that come due while a long file is read wait their turn instead
        # of queueing up writers on the one warehouse file. No Prefect hint: `prefect` is not
        # the user's command, and the deployment is this serve's alone.
        watch_inbox.serve(name=deployment_name(inbox, db), parameters={"inbox": inbox, "db": db}, limit=1,
                          print_starting_message=False, pause_on_shutdown=False, **schedule)
