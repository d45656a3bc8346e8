"""Prefect flows: a whole archive, or an inbox of new submissions, into the warehouse.

Orchestration only: reading a PDF is `lkj.api.extract`, loading is `warehouse.load`,
files are handled by `lkj.batch`. Extraction runs in parallel worker processes;
loading goes through this one process, DuckDB's single writer.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ProcessPoolTaskRunner

from lkj import api, batch
from lkj.exceptions import LkjError
from warehouse.db import warehouse
from warehouse.load import is_loaded, load_report
from warehouse.sql import scalar

# Set before Prefect starts its ephemeral server: lkj never phones home.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

MAX_BATCH = 8
Progress = Callable[[Path, str], None]
# Who hears of each file as it is done (the CLI's progress bar). Not a flow parameter:
# flow parameters travel to the worker processes, and a progress bar cannot.
_listeners: list[Progress] = []


@contextmanager
def reporting_progress(listener: Progress):
    """Call `listener(path, outcome)` for each file an ingest flow finishes, while inside."""
    _listeners.append(listener)
    try:
        yield
    finally:
        _listeners.remove(listener)


def _report(path: Path, outcome: str) -> None:
    for listener in list(_listeners):
        listener(path, outcome)


@task(name="extract", cache_policy=NO_CACHE, persist_result=False)
def extract_pdfs(paths: list[str]) -> list[tuple[str, dict | None, str | None]]:
    """(path, report, None) or (path, None, the one-line reason) for each file: one bad file
    fails itself, not its batch. Files go to workers in small batches because each task
    run costs a few Prefect API calls, as much as reading a short report."""
    results = []
    for path in paths:
        try:
            results.append((path, api.extract_bounded(path), None))
        except Exception as error:  # a bad file is set aside; the batch goes on
            results.append((path, None, _failure_message(Path(path), error)))
    return results


def _batches(paths: list[Path], workers: int) -> list[list[str]]:
    size = max(1, min(MAX_BATCH, len(paths) // (workers * 4) or 1))
    return [[str(p) for p in paths[i:i + size]] for i in range(0, len(paths), size)]


def _workers() -> int:
    return max(1, min(os.cpu_count() or 1, int(os.environ.get("LKJ_WORKERS", os.cpu_count() or 1))))


def _failure_message(path: Path, error: BaseException) -> str:
    if isinstance(error, LkjError):
        return error.message
    return f"{path.name}: internal error ({type(error).__name__}: {error})"


def _ingest(paths: list[Path], db: str | None, on_done: Callable[[Path, str, str | None], None]) -> dict:
    """Load what is new among `paths`; `on_done(path, outcome, error_message)` files each one away."""
    counts: Counter[str] = Counter()
    loaded_ids: list[str] = []
    logger = get_run_logger()
    with warehouse(db, wait=float(os.environ.get("LKJ_DB_WAIT", "60")), on_wait=logger.warning) as con:
        todo = []
        for path in paths:
            if is_loaded(con, batch.sha256(path)):
                counts["unchanged"] += 1
                on_done(path, "unchanged", None)
                _report(path, "unchanged")
            else:
                todo.append(path)
        batches = _batches(todo, _workers())
        futures = extract_pdfs.map(batches) if batches else []
        for future in futures:
            for name, report, error in future.result():
                path = Path(name)
                if error:
                    outcome = "quarantined"
                    on_done(path, outcome, error)
                else:
                    outcome = load_report(con, report, name).value
                    loaded_ids.append(report["source"]["sha256"])
                    on_done(path, outcome, None)
                counts[outcome] += 1
                _report(path, outcome)
        findings = scalar(con, "temuan_of_reports", {"report_ids": loaded_ids}) if loaded_ids else 0
    summary = {key: counts[key] for key in ("ingested", "revised", "unchanged", "quarantined")}
    return {"files": len(paths), **summary, "findings": findings}


def _publish(title: str, summary: dict) -> None:
    rows = "\n".join(f"| {key} | {value} |" for key, value in summary.items())
    create_markdown_artifact(key="lkj-ingest-summary", markdown=f"# {title}\n\n| | |\n|---|---|\n{rows}\n",
                             description=title)


@flow(name="ingest-archive", task_runner=ProcessPoolTaskRunner(max_workers=_workers()))
def ingest_archive(folder: str, db: str | None = None, quarantine: str | None = None) -> dict:
    """Every PDF under `folder`: new ones loaded, failures copied to `quarantine` with a .error.txt."""
    quarantine_dir = Path(quarantine) if quarantine else Path("quarantine")

    def on_done(path: Path, outcome: str, error: str | None) -> None:
        if error:
            batch.set_aside(path, error, quarantine_dir)

    summary = _ingest(batch.find_pdfs(folder), db, on_done)
    _publish(f"lkj ingest {folder}", summary)
    return summary


@flow(name="watch-inbox", task_runner=ProcessPoolTaskRunner(max_workers=_workers()))
def watch_inbox(inbox: str, db: str | None = None) -> dict:
    """New submissions in `inbox`: each ends in inbox/processed/ or inbox/quarantine/ (with a .error.txt)."""
    root = Path(inbox)

    def on_done(path: Path, outcome: str, error: str | None) -> None:
        if error:
            batch.set_aside(path, error, root / "quarantine", move=True)
        else:
            batch.file_away(path, root / "processed")

    submissions = batch.find_pdfs(root)
    if not submissions:
        # A poll that finds nothing touches nothing: the warehouse stays free for readers.
        return {"files": 0, "ingested": 0, "revised": 0, "unchanged": 0, "quarantined": 0, "findings": 0}
    summary = _ingest(submissions, db, on_done)
    _publish(f"lkj inbox {inbox}", summary)
    return summary
