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
from datetime import datetime
from functools import partial
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ThreadPoolTaskRunner

from lkj import api, batch, guard, labels
from lkj.batch import Source
from lkj.exceptions import LkjError, message_as
from messages import _
from warehouse.db import warehouse
from warehouse.load import Outcome, load_report, report_id, scan_of, seen
from warehouse.sql import scalar

# Set before Prefect starts its ephemeral server: lkj never phones home.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
# Prefect gives its ephemeral server 20 s to start; a laptop busy with OCR (or a second ingest)
# needs more, and an ingest that gives up there has done nothing wrong.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")

MAX_BATCH = 8
# What became of each file, counted in the summary between `files` and `findings`.
OUTCOMES = ("ingested", "revised", "pindaian", "unchanged", "duplikat", "quarantined")
Progress = Callable[[str, str], None]
Found = Callable[[int], None]
Pages = Callable[[str, int, int], None]
# Who hears of each file as it is done (the CLI's progress bar). Not a flow parameter: Prefect
# serialises flow parameters, and a progress bar cannot be.
_listeners: list[tuple[Progress, Found | None, Pages | None]] = []


@contextmanager
def reporting_progress(listener: Progress, on_found: Found | None = None, on_pages: Pages | None = None):
    """While inside, call `listener(name, outcome)` for each file an ingest flow finishes (by the
    name the user knows it: "arsip.zip/2022/laporan.pdf" for a member of an archive),
    `on_found(count)` once its files are found (archives opened), and `on_pages(name, done,
    total)` for each page of a file that is OCRed (a long scan takes minutes)."""
    entry = (listener, on_found, on_pages)
    _listeners.append(entry)
    try:
        yield
    finally:
        _listeners.remove(entry)


def _report(name: str, outcome: str) -> None:
    for listener, _found, _pages in list(_listeners):
        listener(name, outcome)


def _report_found(count: int) -> None:
    guard.note(f"found\t{count}")
    for _done, on_found, _pages in list(_listeners):
        if on_found:
            on_found(count)


def _report_pages(name: str, done: int, total: int) -> None:
    for _done, _found, on_pages in list(_listeners):
        if on_pages:
            on_pages(name, done, total)


@task(name="extract", cache_policy=NO_CACHE, persist_result=False)
def extract_pdfs(files: list[tuple[str, str]]) -> list[tuple[str, list[dict] | None, str | None]]:
    """For each (path, name): (path, its reports, None) or (path, None, the one-line reason naming
    the file by `name`): one bad file fails itself, not its batch. A file that binds several
    reports (three PKs) gives each. Files go to workers in small batches because each task run
    costs a few Prefect API calls, as much as reading a short report."""
    results = []
    for path, name in files:
        try:
            # The task runs in a thread of this process, so the pages OCRed reach the listeners.
            pages = partial(_report_pages, name)
            results.append((path, api.extract_all_bounded(path, on_pages=pages), None))
        except Exception as error:  # a bad file is set aside; the batch goes on
            results.append((path, None, _failure_message(name, error)))
    return results


def _batches(sources: list[Source], workers: int) -> list[list[tuple[str, str]]]:
    size = max(1, min(MAX_BATCH, len(sources) // (workers * 4) or 1))
    return [[(str(s.path), s.name) for s in sources[i:i + size]] for i in range(0, len(sources), size)]


def _workers() -> int:
    return max(1, min(os.cpu_count() or 1, int(os.environ.get("LKJ_WORKERS", os.cpu_count() or 1))))


def _inbox_waits() -> tuple[float, float]:
    """Seconds an inbox file must stay unchanged to be taken (a copy still arriving changes it),
    and, when it is an empty file or a PDF without its trailer, to be taken all the same."""
    return float(os.environ.get("LKJ_INBOX_SETTLE", "5")), float(os.environ.get("LKJ_INBOX_GIVE_UP", "3600"))


def _failure_message(name: str, error: BaseException) -> str:
    if isinstance(error, LkjError):
        return message_as(error, name)
    return _("{file}: internal error ({kind}: {error})").format(file=name, kind=type(error).__name__, error=error)


def _ingest(sources: list[Source], db: str | None, on_done: Callable[[Source, str, str | None], None]) -> dict:
    """Load what is new among `sources`; `on_done(source, outcome, error_message)` files each one
    away. A refused archive among them is quarantined with its reason, like a bad file."""
    _report_found(len(sources))
    counts: Counter[str] = Counter()
    loaded_ids: list[str] = []
    logger = get_run_logger()

    def done(source: Source, outcome: str, error: str | None = None, reports: int = 1) -> None:
        on_done(source, outcome, error)
        kind = next((k for k in ("duplikat", "pindaian") if outcome.startswith(k)), outcome)
        counts[kind] += 1  # files, whatever number of reports each binds
        guard.note(f"{kind}\t{source.name}")  # what a stopped run says it had done
        _report(source.name, f"{outcome} ({reports} laporan)" if reports > 1 else outcome)

    with warehouse(db, wait=float(os.environ.get("LKJ_DB_WAIT", "60")), on_wait=logger.warning) as con:
        todo = []
        for source in sources:
            if source.error:
                done(source, "quarantined", source.error.message)
            elif outcome := seen(con, batch.sha256(source.path), source.name, source.origin):
                done(source, outcome)  # "unchanged", or "duplikat dari FILE" for a copy under another name
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
                    outcomes.add(load_report(con, report, source.origin, source.submitted))
                    loaded_ids.append(report_id(report))
                outcome = next(o for o in (Outcome.revised, Outcome.ingested, Outcome.scan_copy, Outcome.unchanged)
                               if o in outcomes)
                if outcome is Outcome.unchanged:  # two copies met in one run: the second finds the first's bytes
                    said = seen(con, reports[0]["source"]["sha256"], source.name, source.origin)
                elif outcome is Outcome.scan_copy:  # "pindaian dari FILE"
                    said = scan_of(con, reports[0])
                else:
                    said = outcome.value
                done(source, said, reports=len(reports))
        findings = scalar(con, "temuan_of_reports", {"report_ids": loaded_ids}) if loaded_ids else 0
    summary = {key: counts[key] for key in OUTCOMES}
    return {"files": len(sources), **summary, "findings": findings}


def _publish(title: str, summary: dict) -> None:
    rows = "\n".join(f"| {key} | {value} |" for key, value in summary.items())
    create_markdown_artifact(key="lkj-ingest-summary", markdown=f"# {title}\n\n| | |\n|---|---|\n{rows}\n",
                             description=title)


# Threads, not processes: each file is read in a bounded child process of its own (lkj.guard),
# so threads use every core; a process pool's workers would each start a Prefect server of
# their own (about 10 s each) before reading a page.
@flow(name="ingest-archive", task_runner=ThreadPoolTaskRunner(max_workers=_workers()))
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


# Threads, not processes: each file is read in a bounded child process of its own already
# (lkj.guard), and a poll (a process of its own under `lkj serve`) starts sooner without a pool.
@flow(name="watch-inbox", task_runner=ThreadPoolTaskRunner(max_workers=_workers()))
def watch_inbox(inbox: str, db: str | None = None) -> dict:
    """New submissions in `inbox`, each taken once complete (a file still being written waits
    for a later poll): each ends in inbox/processed/ or inbox/quarantine/ (with a .error.txt),
    and one line says which. The warehouse records the file where it went."""
    root = Path(inbox)
    complete, _still_arriving = batch.arrived(root, *_inbox_waits())  # those wait for a later poll
    if not complete:
        # A poll that finds nothing touches nothing: the warehouse stays free for readers.
        return {"files": 0, **dict.fromkeys(OUTCOMES, 0), "findings": 0}
    planned = batch.destinations(complete, root / "processed")

    def on_done(source: Source, outcome: str, error: str | None) -> None:
        if error:
            went = batch.set_aside(source.path, error, root / "quarantine", move=True)
        else:
            went = batch.file_away(source.path, root / "processed", planned[source.path])
        print(_filed_line(source.name, outcome, went, error), flush=True)

    arrival = datetime.now()  # the inbox's arrival time is the submission time: a later poll, a later revision
    submissions = [Source(path, path.name, str(planned[path]), submitted=arrival) for path in complete]
    summary = _ingest(submissions, db, on_done)
    _publish(f"lkj inbox {inbox}", summary)
    return summary


def _filed_line(name: str, outcome: str, went: Path, error: str | None) -> str:
    """"laporan.pdf: ingested → /inbox/processed/laporan.pdf", and the reason of one set aside."""
    line = f"{name}: {labels.outcome(outcome)} → {went}"
    if error:
        line += f" ({error.removeprefix(f'{name}: ')})"
    return line
