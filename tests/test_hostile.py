"""Hostile input: every file of the generated corpus is refused with its own exit code and one
line, or read correctly, within its limits; in a batch it is set aside and nothing else changes."""

import json
import resource
import shutil
import subprocess
import sys
import time

import duckdb
import pytest

from lkj.exceptions import ExitCode

from .hostile import DERIVED_FROM, acceptable, make_corpus
from .truth import SAMPLES, compare, load_truth

LIMIT_SECONDS = 20  # far under LKJ_TIMEOUT: refusals happen before the expensive step
MEMORY_CAP_MB = 2048


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    return folder, make_corpus(folder)


def run_extract(path):
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "lkj.cli", "extract", str(path)], capture_output=True, text=True,
                            timeout=120)
    return result, time.monotonic() - started, max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


@pytest.mark.parametrize("name", sorted(make_corpus.__globals__["EXPECTED"]))
def test_each_hostile_file(corpus, name):
    folder, _ = corpus
    result, seconds, max_rss_kb = run_extract(folder / name)
    assert "Traceback" not in result.stderr
    assert seconds < LIMIT_SECONDS, f"{name} took {seconds:.1f} s"
    assert max_rss_kb < MEMORY_CAP_MB * 1024, f"{name} used {max_rss_kb // 1024} MB"
    kinds = acceptable(name)
    if "read" in kinds:
        assert result.returncode == 0, result.stderr
        report = json.loads(result.stdout)
        _, diffs = compare(report, load_truth(SAMPLES / DERIVED_FROM[name]))
        assert [d for d in diffs if not d.startswith(("source.", "temuan."))] == []
        if name == "javascript.pdf":
            assert sum(t["code"] == "active_content" for t in report["temuan"]) == 2  # script and attachment
        if name == "broken-xref.pdf":
            assert any(t["code"] == "pdf_repaired" for t in report["temuan"])
        return
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"lkj: {name}: "), result.stderr
    assert result.stdout == ""
    assert ExitCode(result.returncode).name in kinds, (result.returncode, lines[0])


def test_ingest_sets_hostile_files_aside_and_changes_nothing_else(corpus, tmp_path):
    folder, expected = corpus
    archive = tmp_path / "arsip"
    shutil.copytree(folder, archive)
    shutil.copy(SAMPLES / "sidoarjo-bapenda-2024-tw1.pdf", archive)
    db, quarantine = tmp_path / "lkj.duckdb", tmp_path / "karantina"
    cli = [sys.executable, "-m", "lkj.cli", "ingest", str(archive), "--db", str(db), "--quarantine", str(quarantine)]
    first = subprocess.run(cli, capture_output=True, text=True, timeout=300)
    assert first.returncode == ExitCode.files_quarantined, first.stderr
    refused = {name for name in expected if "read" not in acceptable(name)}
    assert {p.name for p in quarantine.glob("*.pdf")} == refused
    for name in refused:
        reason = (quarantine / f"{name}.error.txt").read_text().strip()
        assert reason.startswith(f"{name}: ") and "\n" not in reason
    with duckdb.connect(str(db), read_only=True) as con:
        loaded = con.execute("SELECT count(*) FROM laporan").fetchall()[0][0]
        rows = con.execute("SELECT count(*) FROM capaian_kinerja").fetchall()[0][0]
    assert loaded == 1 + len(expected) - len(refused)
    again = subprocess.run(cli, capture_output=True, text=True, timeout=300)
    assert again.returncode == ExitCode.files_quarantined  # the hostile files are still in the folder
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*), (SELECT count(*) FROM capaian_kinerja) FROM laporan").fetchall()[0] == (
            loaded, rows)
