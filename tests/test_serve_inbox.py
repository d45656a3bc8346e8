"""`lkj serve` as an evaluator runs it: an upload that arrives slowly is loaded once, never set
aside half written; each file gets one line saying where it went; Ctrl-C stops the serve at
once, leaving no process behind; a second serve, of another inbox, runs nothing of the first."""

import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import ClassVar

import duckdb
import pytest

from .truth import SAMPLES

ROOT = Path(__file__).resolve().parents[1]
LKJ = [sys.executable, "-m", "lkj.cli"]
PDF = SAMPLES / "sidoarjo-bapenda-2024-tw1.pdf"  # the smallest reports: 12 KB each
OTHER = SAMPLES / "sidoarjo-bapenda-2024-tw2.pdf"
THIRD = SAMPLES / "malang-diskominfo-2023-tw1.pdf"
STOP_WITHIN = 5.0


def marked(mark: str) -> list[int]:
    """Processes started by a run, found by the variable every one of them inherits."""
    found = []
    needle = f"LKJ_TEST_MARK={mark}".encode()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if needle in (entry / "environ").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                pass
    return found


class Serve:
    """`lkj serve INBOX --db DB` in a session of its own, its output in a file (a grandchild
    holding a pipe open cannot stall the test)."""

    started: ClassVar[list["Serve"]] = []

    def __init__(self, tmp_path: Path, inbox: Path, db: Path, home: Path):
        Serve.started.append(self)
        self.mark, self.log = uuid.uuid4().hex, tmp_path / f"serve-{inbox.parent.name}.log"
        env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
        # One Prefect home for both serves, as the user's ~/.prefect is.
        env |= {"PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PYTHONPATH": str(ROOT),
                "LKJ_INBOX_SETTLE": "1", "LKJ_TEST_MARK": self.mark, "XDG_CACHE_HOME": str(tmp_path / "cache")}
        with self.log.open("w") as log:
            self.process = subprocess.Popen([*LKJ, "serve", str(inbox), "--interval", "1", "--db", str(db)],
                                            env=env, cwd=tmp_path, stdout=log, stderr=subprocess.STDOUT,
                                            start_new_session=True)

    def output(self) -> str:
        return self.log.read_text()

    def wait_for(self, what, seconds: float = 120) -> None:
        deadline = time.monotonic() + seconds
        while not what():
            assert self.process.poll() is None, self.output()
            assert time.monotonic() < deadline, self.output()[-3000:]
            time.sleep(0.2)

    def stop(self, signum: int) -> float:
        """Send `signum` to the serve's process group (as Ctrl-C at a terminal does); the seconds it took to exit."""
        started = time.monotonic()
        os.killpg(self.process.pid, signum)
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            pass
        return time.monotonic() - started

    def kill(self) -> None:
        """Whatever the test found: nothing of this serve outlives it."""
        for pid in marked(self.mark):
            os.kill(pid, signal.SIGKILL)
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


@pytest.fixture(autouse=True)
def no_serve_left():
    yield
    while Serve.started:
        Serve.started.pop().kill()


def laporan(db: Path) -> list[tuple]:
    if not db.exists():
        return []
    for _ in range(100):
        try:
            with duckdb.connect(str(db), read_only=True) as con:
                return con.execute("SELECT file, path FROM laporan ORDER BY file").fetchall()
        except duckdb.IOException:  # a poll holds the file for writing
            time.sleep(0.2)
    raise AssertionError(f"{db} stayed locked")




def test_serve_refuses_an_inbox_that_does_not_exist(tmp_path):
    missing, mark = tmp_path / "kirimen", uuid.uuid4().hex  # a typo
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LKJ_TEST_MARK": mark}
    try:
        run = subprocess.run([*LKJ, "serve", str(missing), "--db", str(tmp_path / "lkj.duckdb")], cwd=tmp_path,
                             capture_output=True, text=True, env=env, timeout=60, check=False)
    finally:
        for pid in marked(mark):  # a serve that started all the same
            os.kill(pid, signal.SIGKILL)
    assert run.returncode == 1 and run.stdout == ""
    assert run.stderr.strip().splitlines() == [
        f"lkj: tidak ada folder kiriman di {missing}; `lkj serve` memantau folder yang sudah ada (periksa ejaannya)"]
    assert not missing.exists()


def test_a_serve_loads_its_own_inbox_only_a_slow_upload_once_and_stops_at_once(tmp_path):
    home = tmp_path / "prefect-home"
    a, b = tmp_path / "a", tmp_path / "b"
    for inbox in (a / "inbox", b / "inbox"):
        inbox.mkdir(parents=True)
    serve_a = Serve(tmp_path, a / "inbox", a / "s.duckdb", home)
    serve_a.wait_for(lambda: "lkj serve:" in serve_a.output())
    # A large upload, half arrived and stalled for longer than the settle interval: the poll that
    # takes a small file dropped after it has seen it, and must leave it be.
    data, upload = PDF.read_bytes(), a / "inbox" / "kiriman besar.pdf"
    with upload.open("wb") as out:
        out.write(data[:len(data) // 2])
        out.flush()
        shutil.copy(OTHER, a / "inbox")
        serve_a.wait_for(lambda: (a / "inbox" / "processed" / OTHER.name).exists())
        assert not (a / "inbox" / "quarantine").exists(), serve_a.output()
        out.write(data[len(data) // 2:])  # the rest arrives
    processed = a / "inbox" / "processed" / upload.name
    serve_a.wait_for(lambda: processed.exists() and len(laporan(a / "s.duckdb")) == 2)
    assert processed.read_bytes() == data
    assert not (a / "inbox" / "quarantine").exists(), serve_a.output()
    # The warehouse records where each file went, not the inbox it was dropped in.
    assert laporan(a / "s.duckdb") == [("kiriman besar.pdf", str(processed)),
                                       (OTHER.name, str(a / "inbox" / "processed" / OTHER.name))]
    assert f"kiriman besar.pdf: dimuat → {processed}" in serve_a.output().splitlines()

    seconds = serve_a.stop(signal.SIGINT)
    out = serve_a.output()
    assert seconds < STOP_WITHIN and serve_a.process.returncode == 0, out
    assert out.strip().splitlines()[-1].startswith("lkj: `lkj serve` dihentikan (Ctrl-C): 2 berkas ditangani "
                                                   "(dimuat=2 direvisi=0 pindaian=0 tidak_berubah=0 duplikat=0 dikarantina=0)"), out
    assert "Traceback" not in out and "prefect deployment run" not in out, out
    assert not marked(serve_a.mark)

    # Serve A is stopped: what lands in its inbox now waits for it, whatever B does.
    shutil.copy(THIRD, a / "inbox")
    serve_b = Serve(tmp_path, b / "inbox", b / "s.duckdb", home)
    serve_b.wait_for(lambda: "lkj serve:" in serve_b.output())
    shutil.copy(OTHER, b / "inbox")
    serve_b.wait_for(lambda: laporan(b / "s.duckdb"))
    time.sleep(3)  # a few more polls: time enough for any run of A's to start
    assert laporan(b / "s.duckdb") == [(OTHER.name, str(b / "inbox" / "processed" / OTHER.name))]
    assert (a / "inbox" / THIRD.name).exists() and len(laporan(a / "s.duckdb")) == 2
    assert str(a) not in serve_b.output(), serve_b.output()  # B never ran a poll of A's

    seconds = serve_b.stop(signal.SIGTERM)
    assert seconds < STOP_WITHIN and serve_b.process.returncode == 0, serve_b.output()
    assert "Traceback" not in serve_b.output() and not marked(serve_b.mark)
