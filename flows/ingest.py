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
from lkj.batch import Source
from lkj.exceptions import LkjError, message_as
from warehouse.db import warehouse
from warehouse.load import Outcome, is_loaded, load_report, report_id
from warehouse.sql import scalar

# Set before Prefect starts its ephemeral server: lkj never phones home.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
# Prefect gives its ephemeral server 20 s to start; a laptop busy with OCR (or a second ingest)
# needs more, and an ingest that gives up there has done nothing wrong.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")

MAX_BATCH = 8
Progress = Callable[[str, str], None]
Found = Callable[[int], None]
# Who hears of each file as it is done (the CLI's progress bar). Not a flow parameter:
# flow parameters travel to the worker processes, and a progress bar cannot.
_listeners: list[tuple[Progress, Found | None]] = []


@contextmanager
def reporting_progress(listener: Progress, on_found: Found | None = None):
    """While inside, call `listener(name, outcome)` for each file an ingest flow finishes (by the
    name the user knows it: "arsip.zip/2022/laporan.pdf" for a member of an archive), and
    `on_found(count)` once its files are found (archives opened)."""
    entry = (listener, on_found)
    _listeners.append(entry)
    try:
        yield
    finally:
        _listeners.remove(entry)


def _report(name: str, outcome: str) -> None:
    for listener, _ in list(_listeners):
        listener(name, outcome)


def _report_found(count: int) -> None:
    for _, on_found in list(_listeners):
        if on_found:
            on_found(count)


@task(name="extract", cache_policy=NO_CACHE, persist_result=False)
def extract_pdfs(files: list[tuple[str, str]]) -> list[tuple[str, list[dict] | None, str | None]]:
    """For each (path, name): (path, its reports, None) or (path, None, the one-line reason naming
    the file by `name`): one bad file fails itself, not its batch. A file that binds several
    reports (three PKs) gives each. Files go to workers in small batches because each task run
    costs a few Prefect API calls, as much as reading a short report."""
    results = []
    for path, name in files:
        try:
            results.append((path, api.extract_all_bounded(path), None))
        except Exception as error:  # a bad file is set aside; the batch goes on
            results.append((path, None, _failure_message(name, error)))
    return results


def _batches(sources: list[Source], workers: int) -> list[list[tuple[str, str]]]:
    size = max(1, min(MAX_BATCH, len(sources) // (workers * 4) or 1))
    return [[(str(s.path), s.name) for s in sources[i:i + size]] for i in range(0, len(sources), size)]


def _workers() -> int:
    return max(1, min(os.cpu_count() or 1, int(os.environ.get("LKJ_WORKERS", os.cpu_count() or 1))))


def _failure_message(name: str, error: BaseException) -> str:
    if isinstance(error, LkjError):
        return message_as(error, name)
    return f"{name}: internal error ({type(error).__name__}: {error})"


def _ingest(sources: list[Source], db: str | None, on_done: Callable[[Source, str, str | None], None]) -> dict:
    """Load what is new among `sources`; `on_done(source, outcome, error_message)` files each one
    away. A refused archive among them is quarantined with its reason, like a bad file."""
    _report_found(len(sources))
    counts: Counter[str] = Counter()
    loaded_ids: list[str] = []
    logger = get_run_logger()

    def done(source: Source, outcome: str, error: str | None = None, reports: int = 1) -> None:
        on_done(source, outcome, error)
        counts[outcome] += 1  # files, whatever number of reports each binds
        _report(source.name, f"{outcome} ({reports} laporan)" if reports > 1 else outcome)

    with warehouse(db, wait=float(os.environ.get("LKJ_DB_WAIT", "60")), on_wait=logger.warning) as con:
        todo = []
        for source in sources:
            if source.error:
                done(source, "quarantined", source.error.message)
            elif is_loaded(con, batch.sha256(source.path)):
                done(source, "unchanged")
            else:
                todo.append(source)
        by_path = {str(source.path): source for source in todo}
        batches = _batches(todo, _workers())
        futures = extract_pdfs.map(batches) if batches else []
        for future in futures:
            for path, reports, error in future.result():
                source = by_path[path]
                if error:
                    done(source, "quarantined", error)
                    continue
                # Each report of the file is a laporan of its own, loaded in its own transaction; the
                # file counts once: revised when one of them revises a report loaded before.
                outcomes = set()
                for report in reports:
                    report["source"]["file"] = source.name  # a member of an archive: "arsip.zip/2022/laporan.pdf"
                    outcomes.add(load_report(con, report, source.origin))
                    loaded_ids.append(report_id(report))
                outcome = next(o for o in (Outcome.revised, Outcome.ingested, Outcome.unchanged) if o in outcomes)
                done(source, outcome.value, reports=len(reports))
        findings = scalar(con, "temuan_of_reports", {"report_ids": loaded_ids}) if loaded_ids else 0
    summary = {key: counts[key] for key in ("ingested", "revised", "unchanged", "quarantined")}
    return {"files": len(sources), **summary, "findings": findings}


def _publish(title: str, summary: dict) -> None:
    rows = "\n".join(f"| {key} | {value} |" for key, value in summary.items())
    create_markdown_artifact(key="lkj-ingest-summary", markdown=f"# {title}\n\n| | |\n|---|---|\n{rows}\n",
                             description=title)


@flow(name="ingest-archive", task_runner=ProcessPoolTaskRunner(max_workers=_workers()))
def ingest_archive(folder: str, db: str | None = None, quarantine: str | None = None) -> dict:
    """Every PDF under `folder` (in ZIP archives too, and without the .pdf extension): new ones
    loaded, failures (and archives refused) copied to `quarantine` with a .error.txt."""
    quarantine_dir = Path(quarantine) if quarantine else Path("quarantine")

    def on_done(source: Source, outcome: str, error: str | None) -> None:
        if error:
            batch.set_aside(source.path, error, quarantine_dir)

    with batch.gather([folder]) as sources:
        summary = _ingest(sources, db, on_done)
    _publish(f"lkj ingest {folder}", summary)
    return summary


@flow(name="watch-inbox", task_runner=ProcessPoolTaskRunner(max_workers=_workers()))
def watch_inbox(inbox: str, db: str | None = None) -> dict:
    """New submissions in `inbox`: each ends in inbox/processed/ or inbox/quarantine/ (with a .error.txt)."""
    root = Path(inbox)

    def on_done(source: Source, outcome: str, error: str | None) -> None:
        if error:
            batch.set_aside(source.path, error, root / "quarantine", move=True)
        else:
            batch.file_away(source.path, root / "processed")

    submissions = [Source(path, path.name, str(path)) for path in batch.find_pdfs(root)]
    if not submissions:
        # A poll that finds nothing touches nothing: the warehouse stays free for readers.
        return {"files": 0, "ingested": 0, "revised": 0, "unchanged": 0, "quarantined": 0, "findings": 0}
    summary = _ingest(submissions, db, on_done)
    _publish(f"lkj inbox {inbox}", summary)
    return summary
