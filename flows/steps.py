"""The steps of an ingest that need no Prefect: which files are new, loading what the readers
return, what became of each file. `ingest` starts the Prefect flow (flows.ingest) only when a
file is to be read: Prefect takes seconds to start, and a rerun over an archive loaded already
is done in about one.

Orchestration only: reading a PDF is `lkj.api`, loading is `warehouse.load`, files are handled
by `lkj.batch`.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from lkj import batch, guard
from lkj.batch import Source
from lkj.exceptions import LkjError, message_as
from messages import _
from warehouse.db import db_path, db_wait, warehouse
from warehouse.load import Outcome, loaded_files, loading, report_id, scan_of, seen, seen_all
from warehouse.sql import scalar

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


def report_found(count: int) -> None:
    guard.note(f"found\t{count}")
    for _done, on_found, _pages in list(_listeners):
        if on_found:
            on_found(count)


def report_pages(name: str, done: int, total: int) -> None:
    for _done, _found, on_pages in list(_listeners):
        if on_pages:
            on_pages(name, done, total)


# What the readers return for a batch of files: (path, its reports, None) or (path, None, reason).
Read = list[tuple[str, list[dict] | None, str | None]]
Reader = Callable[[list[list[tuple[str, str]]]], Iterable[Read]]


def batches_of(sources: list[Source], workers: int) -> list[list[tuple[str, str]]]:
    size = max(1, min(MAX_BATCH, len(sources) // (workers * 4) or 1))
    return [[(str(s.path), s.name) for s in sources[i:i + size]] for i in range(0, len(sources), size)]


def workers() -> int:
    return max(1, min(os.cpu_count() or 1, int(os.environ.get("LKJ_WORKERS", os.cpu_count() or 1))))


def failure_message(name: str, error: BaseException) -> str:
    if isinstance(error, LkjError):
        return message_as(error, name)
    return _("{file}: internal error ({kind}: {error})").format(file=name, kind=type(error).__name__, error=error)


def load_sources(sources: list[Source], hashes: dict[Path, str], db: str | None, read: Reader,
                 on_done: Callable[[Source, str, str | None], None], on_wait: Callable[[str], None]) -> dict:
    """Load what is new among `sources` (`hashes`: each one's sha256), read in batches by
    `read` (which yields each batch's results as they come); `on_done(source, outcome,
    error_message)` files each one away. A refused archive among them is quarantined with its
    reason, like a bad file."""
    counts: Counter[str] = Counter()
    loaded_ids: list[str] = []

    def done(source: Source, outcome: str, error: str | None = None, reports: int = 1) -> None:
        on_done(source, outcome, error)
        kind = next((k for k in ("duplikat", "pindaian") if outcome.startswith(k)), outcome)
        counts[kind] += 1  # files, whatever number of reports each binds
        guard.note(f"{kind}\t{source.name}")  # what a stopped run says it had done
        _report(source.name, f"{outcome} ({reports} laporan)" if reports > 1 else outcome)

    with warehouse(db, wait=db_wait(), on_wait=on_wait) as con:
        todo = []
        for source, outcome in _triage(con, sources, hashes):
            if source.error:
                done(source, "quarantined", source.error.message)
            elif outcome:
                done(source, outcome)  # "unchanged", or "duplikat dari FILE" for a copy under another name
            else:
                todo.append(source)
        by_path = {str(source.path): source for source in todo}
        batches = batches_of(todo, workers())
        for results in read(batches) if batches else []:
            results = [(by_path[path], reports, error) for path, reports, error in results]
            for source, _reports, error in results:
                if error:
                    done(source, "quarantined", error)
            # The reports of a batch go in one transaction (each all rows or none, as they all
            # are), and each file is said done once they are in.
            loaded = [(source, reports) for source, reports, error in results if not error]
            with loading(con) as load:
                outcomes = [{load(_named(report, source), source.origin, source.submitted) for report in reports}
                            for source, reports in loaded]
            for (source, reports), outcome in zip(loaded, outcomes):
                loaded_ids += [report_id(report) for report in reports]
                done(source, _said(con, source, reports, outcome), reports=len(reports))
        findings = scalar(con, "temuan_of_reports", {"report_ids": loaded_ids}) if loaded_ids else 0
    summary = {key: counts[key] for key in OUTCOMES}
    return {"files": len(sources), **summary, "findings": findings}


def _triage(con, sources: list[Source], hashes: dict[Path, str]) -> list[tuple[Source, str | None]]:
    """Each source with what it is already (`seen`: "unchanged", "duplikat dari FILE"), or None
    when it is to be read; the warehouse is asked once for the whole batch."""
    readable = [source for source in sources if not source.error]
    said = dict(zip(map(id, readable), seen_all(con, [(hashes[s.path], s.name, s.origin) for s in readable])))
    return [(source, said.get(id(source))) for source in sources]


def _named(report: dict, source: Source) -> dict:
    report["source"]["file"] = source.name  # a member of an archive: "arsip.zip/2022/laporan.pdf"
    return report


def _said(con, source: Source, reports: list[dict], outcomes: set[Outcome]) -> str:
    """What became of a file whose reports were loaded: revised when one of them revises a report
    loaded before, then ingested, a scan's copy, unchanged."""
    outcome = next(o for o in (Outcome.revised, Outcome.ingested, Outcome.scan_copy, Outcome.unchanged)
                   if o in outcomes)
    if outcome is Outcome.unchanged:  # two copies met in one run: the second finds the first's bytes
        return seen(con, reports[0]["source"]["sha256"], source.name, source.origin)
    if outcome is Outcome.scan_copy:  # "pindaian dari FILE"
        return scan_of(con, reports[0])
    return outcome.value


# Files `ingest` gathered and hashed before starting Prefect, for the flow run it starts to take
# (a flow's parameters are recorded by Prefect: a folder, not ten thousand paths).
_gathered: dict[str, tuple[list[Source], dict[Path, str]]] = {}


def ingest(folder: str, db: str | None = None, quarantine: str | None = None, dask: str | None = None) -> dict:
    """What `lkj ingest` runs: `ingest_archive`, started only when there is a file to read, its
    files read on the Dask cluster whose scheduler is at `dask` when given (`task_runner`).
    Prefect takes seconds to start; a rerun over an archive loaded already is done without it,
    at thousands of files a second."""
    with batch.gather([folder]) as sources:
        report_found(len(sources))  # before Prefect starts, which takes some seconds
        hashes = batch.hashes(sources)
        if _anything_to_read(sources, hashes, db):
            _gathered[folder] = (sources, hashes)
            from .ingest import ingest_archive, task_runner

            try:
                if not dask:
                    return ingest_archive(folder, db, quarantine)
                with _api_for_workers():
                    return ingest_archive.with_options(task_runner=task_runner(dask))(folder, db, quarantine)
            finally:
                del _gathered[folder]
        return load_sources(sources, hashes, db, _nothing_to_read, setting_aside(quarantine), on_wait=_say)


@contextmanager
def _api_for_workers() -> Iterator[None]:
    """A Prefect API the Dask workers report their task runs to: PREFECT_API_URL's, else a local
    server for the run. Without one, the flow's temporary server has no address to pass on, and
    each worker would start a Prefect server of its own (and leave it running when killed)."""
    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_ANALYTICS_ENABLED, temporary_settings

    from .serve import prefect_server

    # The settings travel with each task: the workers report here, and never phone home either.
    with prefect_server() as url, temporary_settings({PREFECT_API_URL: url, PREFECT_SERVER_ANALYTICS_ENABLED: False}):
        yield


def _anything_to_read(sources: list[Source], hashes: dict[Path, str], db: str | None) -> bool:
    readable = {hashes[source.path] for source in sources if not source.error}
    if not readable or not db_path(db).exists():
        return bool(readable)
    with warehouse(db, read_only=True, wait=db_wait(), on_wait=_say) as con:
        return bool(readable - loaded_files(con, readable))


def _nothing_to_read(batches: list) -> Iterator[Read]:
    raise AssertionError(f"{len(batches)} batches to read without Prefect")  # _anything_to_read said none


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def setting_aside(quarantine: str | None) -> Callable[[Source, str, str | None], None]:
    quarantine_dir = Path(quarantine) if quarantine else Path("quarantine")

    def on_done(source: Source, outcome: str, error: str | None) -> None:
        if error:
            batch.set_aside(source.path, error, quarantine_dir)

    return on_done


@contextmanager
def batch_of(folder: str) -> Iterator[tuple[list[Source], dict[Path, str]]]:
    if folder in _gathered:
        yield _gathered[folder]
        return
    with batch.gather([folder]) as sources:
        report_found(len(sources))
        yield sources, batch.hashes(sources)


