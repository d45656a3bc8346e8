"""The Prefect flows, as an archive and an inbox meet them, and `lkj serve` on a schedule."""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import duckdb
import pytest
from prefect.testing.utilities import prefect_test_harness

import flows.ingest
from flows.ingest import ingest_archive, watch_inbox
from flows.steps import ingest, reporting_progress

from .truth import SAMPLES

SEED = sorted(SAMPLES.glob("mojokerto-protokol-2022-tw*.pdf"))


@pytest.fixture(scope="module", autouse=True)
def prefect():
    with prefect_test_harness():
        yield


def archive(folder: Path) -> Path:
    """The four seed reports in a nested archive, plus a portal error page saved as .pdf."""
    for pdf in SEED:
        target = folder / "2022" / pdf.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(pdf, target)
    (folder / "2022" / "unduhan-gagal.pdf").write_text("<!DOCTYPE html><html>504 Gateway Time-out</html>")
    return folder


def row_counts(db: Path) -> dict:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
                for t in ("laporan", "capaian_kinerja", "temuan", "indikator")}


def test_ingest_archive_quarantines_the_bad_and_loads_the_rest(tmp_path):
    folder, db, quarantine = archive(tmp_path / "arsip"), tmp_path / "lkj.duckdb", tmp_path / "karantina"
    summary = ingest_archive(str(folder), db=str(db), quarantine=str(quarantine))
    # findings: 38, two of them the protokol seed's capaian_outlier notes (213% and 335%)
    assert summary == {"files": 5, "ingested": 4, "revised": 0, "pindaian": 0, "unchanged": 0, "duplikat": 0,
                       "quarantined": 1, "findings": 38}
    assert (quarantine / "unduhan-gagal.pdf").exists()
    assert (quarantine / "unduhan-gagal.pdf.error.txt").read_text().strip() == \
        "unduhan-gagal.pdf: bukan PDF (berkas ini halaman HTML)"
    assert (folder / "2022" / "unduhan-gagal.pdf").exists()  # an archive is never changed
    loaded = row_counts(db)
    assert loaded["laporan"] == 4 and loaded["capaian_kinerja"] == 28

    again = ingest_archive(str(folder), db=str(db), quarantine=str(quarantine))
    assert (again["unchanged"], again["ingested"], again["quarantined"]) == (4, 0, 1)
    assert row_counts(db) == loaded
    # The file set aside before is not copied again beside itself.
    assert sorted(p.name for p in quarantine.iterdir()) == ["unduhan-gagal.pdf", "unduhan-gagal.pdf.error.txt"]


def test_a_rerun_with_nothing_new_to_read_never_starts_prefect(tmp_path, monkeypatch):
    folder, db, quarantine = archive(tmp_path / "arsip"), tmp_path / "lkj.duckdb", tmp_path / "karantina"
    (folder / "2022" / "unduhan-gagal.pdf").unlink()  # a file set aside is read again on each run
    first = ingest(str(folder), db=str(db), quarantine=str(quarantine))  # new files: the flow runs
    assert first["ingested"] == 4
    loaded = row_counts(db)

    def prefect_started(*args, **kwargs):
        raise AssertionError("Prefect started with nothing to read")

    monkeypatch.setattr(flows.ingest, "ingest_archive", prefect_started)
    shutil.copy(SEED[0], folder / "salinan.pdf")  # a copy is no file to read either
    again = ingest(str(folder), db=str(db), quarantine=str(quarantine))
    assert again == {"files": 5, "ingested": 0, "revised": 0, "pindaian": 0, "unchanged": 4, "duplikat": 1,
                     "quarantined": 0, "findings": 0}
    assert row_counts(db) == loaded


def test_copies_are_named_duplicates_and_loaded_once(tmp_path):
    folder, db = tmp_path / "arsip", tmp_path / "lkj.duckdb"
    folder.mkdir()
    shutil.copy(SEED[0], folder / SEED[0].name)
    shutil.copy(SEED[0], folder / "salinan.pdf")  # met in the same run as the file it copies
    outcomes = {}
    with reporting_progress(lambda name, outcome: outcomes.__setitem__(name, outcome)):
        summary = ingest_archive(str(folder), db=str(db), quarantine=str(tmp_path / "karantina"))
    assert (summary["ingested"], summary["duplikat"]) == (1, 1)
    first, second = sorted(outcomes, key=lambda name: outcomes[name])
    assert outcomes[first] == f"duplikat dari {second}" and outcomes[second] == "ingested"
    shutil.copy(SEED[0], folder / "kiriman-2.pdf")  # a copy arriving later
    again = ingest_archive(str(folder), db=str(db), quarantine=str(tmp_path / "karantina"))
    assert (again["unchanged"], again["duplikat"], again["ingested"]) == (1, 2, 0)
    assert row_counts(db)["laporan"] == 1
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM v_berkas WHERE duplikat").fetchone()[0] == 2


def test_ingest_archive_opens_zip_archives_and_quarantines_the_hostile(tmp_path, monkeypatch):
    folder, db, quarantine = tmp_path / "arsip", tmp_path / "lkj.duckdb", tmp_path / "karantina"
    folder.mkdir()
    small = sorted(SAMPLES.glob("sidoarjo-bapenda-2024-tw*.pdf"))  # the smallest reports: 12 KB each
    with zipfile.ZipFile(folder / "kiriman.zip", "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.write(small[0], f"2024/tw1/{small[0].name}")
        bundle.write(small[1], "2024/tw2/laporan-tw2")  # no extension: found by its %PDF header
        bundle.writestr("2024/tw3/unduhan-gagal.pdf", "<!DOCTYPE html><html>504 Gateway Time-out</html>")
    with zipfile.ZipFile(folder / "zip-slip.zip", "w") as bundle:
        bundle.writestr("../../keluar.pdf", small[0].read_bytes())
    (folder / "setengah.zip").write_bytes((folder / "kiriman.zip").read_bytes()[:2000])
    shutil.copy(SAMPLES / "malang-diskominfo-2023-tw1.pdf", folder / "laporan malang")  # saved without .pdf
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))

    summary = ingest_archive(str(folder), db=str(db), quarantine=str(quarantine))
    assert {k: v for k, v in summary.items() if k != "findings"} == \
        {"files": 6, "ingested": 3, "revised": 0, "pindaian": 0, "unchanged": 0, "duplikat": 0, "quarantined": 3}
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT file, path FROM laporan ORDER BY file").fetchall() == [
            (f"kiriman.zip/2024/tw1/{small[0].name}", f"{folder}/kiriman.zip/2024/tw1/{small[0].name}"),
            ("kiriman.zip/2024/tw2/laporan-tw2", f"{folder}/kiriman.zip/2024/tw2/laporan-tw2"),
            ("laporan malang", f"{folder}/laporan malang"),
        ]
    reasons = {p.name: p.read_text().strip() for p in quarantine.glob("*.error.txt")}
    assert reasons == {
        "unduhan-gagal.pdf.error.txt": "kiriman.zip/2024/tw3/unduhan-gagal.pdf: bukan PDF (berkas ini halaman HTML)",
        "zip-slip.zip.error.txt": "zip-slip.zip: arsip ZIP tidak dapat dibuka (berisi jalur di luar arsip: "
                                  "'../../keluar.pdf'; tidak dibuka)",
        "setengah.zip.error.txt": "setengah.zip: arsip ZIP tidak dapat dibuka (bukan arsip ZIP yang utuh: "
                                  "File is not a zip file)",
    }
    assert not (tmp_path / "keluar.pdf").exists() and not list(scratch.glob("lkj-arsip-*"))  # extracted copies removed


def test_watch_inbox_files_each_submission_away(tmp_path, monkeypatch):
    inbox, db = tmp_path / "inbox", tmp_path / "lkj.duckdb"
    inbox.mkdir()
    shutil.copy(SEED[0], inbox)
    (inbox / "kosong.pdf").write_bytes(b"")
    # An empty file may be an upload yet to start: it is taken once unchanged for LKJ_INBOX_GIVE_UP.
    os.utime(inbox / "kosong.pdf", (time.time() - 7200, time.time() - 7200))
    monkeypatch.setenv("LKJ_INBOX_SETTLE", "0.2")
    summary = watch_inbox(str(inbox), db=str(db))
    assert (summary["ingested"], summary["quarantined"]) == (1, 1)
    assert [p.name for p in (inbox / "processed").iterdir()] == [SEED[0].name]
    assert sorted(p.name for p in (inbox / "quarantine").iterdir()) == ["kosong.pdf", "kosong.pdf.error.txt"]
    assert not any(p.is_file() for p in inbox.iterdir())
    assert watch_inbox(str(inbox), db=str(db))["files"] == 0  # processed/ is not read again


def test_lkj_serve_ingests_what_lands_in_the_inbox(tmp_path):
    inbox, db = tmp_path / "inbox", tmp_path / "lkj.duckdb"
    inbox.mkdir()  # `lkj serve` watches a folder that exists, never one it made for a typo
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env |= {"PREFECT_HOME": str(tmp_path / "prefect-home"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    log = tmp_path / "serve.log"  # a file, not a pipe: a grandchild holding a pipe open cannot stall the test
    server = subprocess.Popen([sys.executable, "-m", "lkj.cli", "serve", str(inbox), "--interval", "2", "--db", str(db)],
                              env=env, stdout=log.open("w"), stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 150
        while not inbox.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        shutil.copy(SEED[1], inbox)
        while time.monotonic() < deadline:
            if (inbox / "processed" / SEED[1].name).exists() and db.exists():
                try:
                    assert row_counts(db)["laporan"] == 1
                    break
                except duckdb.IOException:  # the flow still holds the file for writing
                    pass
            assert server.poll() is None, log.read_text()
            time.sleep(1)
        else:
            pytest.fail("the served inbox flow did not ingest the submission in time")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=150)  # Prefect's runner shuts down gracefully, then the local server stops
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            pytest.fail(f"lkj serve did not stop within 150 s of SIGTERM:\n{log.read_text()[-2000:]}")
    assert "lkj serve: memantau" in log.read_text()
    assert server.returncode == 0


def test_an_ingest_says_each_page_it_ocrs_and_each_file_it_finishes(tmp_path):
    folder = tmp_path / "arsip"
    folder.mkdir()
    scan = min((SAMPLES / "scanned").glob("*.pdf"), key=lambda p: p.stat().st_size)
    shutil.copy(scan, folder)
    pages, finished = [], []
    with reporting_progress(lambda name, outcome: finished.append((name, outcome)),
                            on_pages=lambda name, done, total: pages.append((name, done, total))):
        ingest_archive(str(folder), db=str(tmp_path / "lkj.duckdb"), quarantine=str(tmp_path / "karantina"))
    assert finished == [(scan.name, "ingested")]
    total = pages[-1][2]
    # Heard in the CLI's process, page by page, while the file is read in its own bounded process.
    assert total >= 1 and pages == [(scan.name, done, total) for done in range(total + 1)]

