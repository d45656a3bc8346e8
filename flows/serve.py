"""`lkj serve`: watch an inbox on a schedule. Prefect schedules need a Prefect server: the
one PREFECT_API_URL names, else a local one started here and stopped on exit."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from prefect.settings import PREFECT_API_URL, temporary_settings

from .ingest import watch_inbox

SERVER_START_TIMEOUT = 90.0


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
def prefect_server():
    """The API URL of a Prefect server: PREFECT_API_URL's, or a local one for as long as this lasts."""
    if os.environ.get("PREFECT_API_URL"):
        yield os.environ["PREFECT_API_URL"]
        return
    port = _free_port()
    url = f"http://127.0.0.1:{port}/api"
    prefect = Path(sys.executable).with_name("prefect")
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_UI_ENABLED": "false"}
    server = subprocess.Popen(
        [str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    try:
        deadline = time.monotonic() + SERVER_START_TIMEOUT
        while not _answers(url):
            if server.poll() is not None:
                raise RuntimeError(f"the local Prefect server exited with code {server.returncode}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"the local Prefect server did not answer within {SERVER_START_TIMEOUT:.0f} s")
            time.sleep(0.5)
        yield url
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)


def serve_inbox(inbox: str, db: str, interval: float | None = None, cron: str | None = None) -> None:
    """Serve `watch_inbox` on a schedule until interrupted (Ctrl-C or SIGTERM)."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # so the local server is stopped too
    schedule = {"cron": cron} if cron else {"interval": interval or 60}
    with prefect_server() as url, temporary_settings({PREFECT_API_URL: url}):
        print(f"lkj serve: watching {inbox} ({'cron ' + cron if cron else f'every {interval or 60:g} s'}); "
              f"Prefect API {url}", flush=True)
        # One run at a time: polls that come due while a long file is read wait their turn instead
        # of queueing up writers on the one warehouse file.
        watch_inbox.serve(name="lkj-inbox", parameters={"inbox": str(Path(inbox).resolve()),
                                                        "db": str(Path(db).resolve())}, limit=1, **schedule)
