"""Prefect flows: a whole archive, or an inbox of new submissions, into the warehouse.

Orchestration only: which files are new and what became of each is `flows.steps`, reading a PDF
is `lkj.api`, loading is `warehouse.load`. Extraction runs in parallel reader processes;
loading goes through this one process, DuckDB's single writer. `lkj ingest` runs
`flows.steps.ingest`, which starts `ingest_archive` only when a file is to be read.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from datetime import datetime
from functools import partial
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.logging import get_logger
from prefect.task_runners import ThreadPoolTaskRunner

from lkj import api, batch, labels
from lkj.batch import Source

from .steps import (
    OUTCOMES,
    Read,
    batch_of,
    failure_message,
    load_sources,
    report_found,
    report_pages,
    setting_aside,
    workers,
)

# Set before Prefect starts its ephemeral server: lkj never phones home.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
# Prefect gives its ephemeral server 20 s to start; a laptop busy with OCR (or a second ingest)
# needs more, and an ingest that gives up there has done nothing wrong.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
# Prefect watches a run for cancellation and suspension over a websocket and falls back to
# polling when its server drops one (a busy laptop), with a warning and a traceback that leave
# the user nothing to do. Set here because this module is what a served run's process loads.
for _watcher in ("FlowRunCancellingObserver", "FlowRunSuspendingObserver"):
    get_logger(_watcher).setLevel(logging.ERROR)


# Batches submitted ahead of the one being loaded, per worker: enough that no worker waits.
IN_FLIGHT_PER_WORKER = 3


@task(name="extract", cache_policy=NO_CACHE, persist_result=False)
def extract_pdfs(files: list[tuple[str, str]]) -> Read:
    """For each (path, name): (path, its reports, None) or (path, None, the one-line reason naming
    the file by `name`): one bad file fails itself, not its batch. A file that binds several
    reports (three PKs) gives each. Files go to workers in small batches because each task run
    costs a few Prefect API calls, as much as reading a short report."""
    results = []
    for path, name in files:
        try:
            # The task runs in a thread of this process, so the pages OCRed reach the listeners.
            pages = partial(report_pages, name)
            results.append((path, api.extract_all_bounded(path, on_pages=pages), None))
        except Exception as error:  # a bad file is set aside; the batch goes on
            results.append((path, None, failure_message(name, error)))
    return results


def task_runner(dask: str | None = None):
    """Threads of this process, one per core (`LKJ_WORKERS`), or the Dask cluster whose scheduler
    is at `dask` (else `LKJ_DASK_ADDRESS`): each batch of files is then read on one of its workers,
    each file in a bounded reader there; loading stays here, with the one DuckDB writer."""
    address = dask or os.environ.get("LKJ_DASK_ADDRESS")
    if address:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=address)
    return ThreadPoolTaskRunner(max_workers=workers())


def _read_in_tasks(batches: list[list[tuple[str, str]]]):
    """Each batch read by a task run of the flow's task runner, its results in order as they are
    done. A few batches a worker are in flight, no more: a future holds its batch's reports until
    it is dropped, so submitting the whole archive at once kept every report of the run in memory
    (50 KB each, 919 MiB at 10,000 reports)."""
    in_flight: deque = deque()
    for files in batches:
        in_flight.append(extract_pdfs.submit(files))
        if len(in_flight) >= IN_FLIGHT_PER_WORKER * workers():
            yield in_flight.popleft().result()
    while in_flight:
        yield in_flight.popleft().result()


def _inbox_waits() -> tuple[float, float]:
    """Seconds an inbox file must stay unchanged to be taken (a copy still arriving changes it),
    and, when it is an empty file or a PDF without its trailer, to be taken all the same."""
    return float(os.environ.get("LKJ_INBOX_SETTLE", "5")), float(os.environ.get("LKJ_INBOX_GIVE_UP", "3600"))


def _publish(title: str, summary: dict) -> None:
    rows = "\n".join(f"| {key} | {value} |" for key, value in summary.items())
    create_markdown_artifact(key="lkj-ingest-summary", markdown=f"# {title}\n\n| | |\n|---|---|\n{rows}\n",
                             description=title)


# Threads, not processes: each file is read in a bounded reader process (lkj.guard), so threads
# use every core; a process pool's workers would each start a Prefect server of their own
# (about 10 s each) before reading a page.
@flow(name="ingest-archive", task_runner=task_runner())
def ingest_archive(folder: str, db: str | None = None, quarantine: str | None = None) -> dict:
    """Every PDF under `folder` (in ZIP archives too, and without the .pdf extension): new ones
    loaded, failures (and archives refused) copied to `quarantine` with a .error.txt."""
    with batch_of(folder) as (sources, hashes):
        summary = load_sources(sources, hashes, db, _read_in_tasks, setting_aside(quarantine),
                               on_wait=get_run_logger().warning)
    _publish(f"lkj ingest {folder}", summary)
    return summary


# Threads, not processes: each file is read in a bounded reader process already (lkj.guard), and
# a poll (a process of its own under `lkj serve`) starts sooner without a pool.
@flow(name="watch-inbox", task_runner=task_runner())
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
    report_found(len(submissions))
    summary = load_sources(submissions, batch.hashes(submissions), db, _read_in_tasks, on_done,
                           on_wait=get_run_logger().warning)
    _publish(f"lkj inbox {inbox}", summary)
    return summary


def _filed_line(name: str, outcome: str, went: Path, error: str | None) -> str:
    """"laporan.pdf: ingested → /inbox/processed/laporan.pdf", and the reason of one set aside."""
    line = f"{name}: {labels.outcome(outcome)} → {went}"
    if error:
        line += f" ({error.removeprefix(f'{name}: ')})"
    return line
