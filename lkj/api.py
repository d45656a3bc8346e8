"""The library face of lkj: what the CLI and the flows call."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path

from extractors.metadata import read_laporan
from extractors.pdf import read_document
from extractors.prescan import Limits
from extractors.tables import Reading, explain_text, read_tables
from normalisers.report import build_report

from .exceptions import NoLkjTablesError


def extract(path: str | Path, limits: Limits | None = None) -> dict:
    """Read one LKj PDF into a `lkj-report/1` document, in this process. Raises an `LkjError`
    for bad input. `extract_bounded` does the same in a worker held to a timeout and a memory cap."""
    path = Path(path)
    document = read_document(path, limits)
    laporan = read_laporan(document)
    reading = read_tables(document, laporan["tahun"])
    if not any(reading.tables.values()):
        raise NoLkjTablesError(path, _closest_detail(reading))
    source = {"file": path.name, "sha256": document.sha256, "pages": len(document.pages), "ocr": bool(document.ocr_pages)}
    # The cover names the report; its words are not the running text a reviewer checks.
    narrative = [(page.number, " ".join(line.text for line in page.lines)) for page in document.pages[1:]]
    closest = {kind: candidate for kind in reading.tables if (candidate := reading.closest(kind))}
    return build_report(source, laporan, reading.tables, narrative, document.notes, document.lines, closest)


def _closest_detail(reading: Reading) -> str | None:
    """What came nearest to an LKj table, for the refusal's one line."""
    near = [c for c in reading.candidates if c.missing or c.kind_scores]
    if not near:
        return f"{len(reading.candidates)} table candidates, none with a known column" if reading.candidates else None
    best = max(near, key=lambda c: (sum(1 for col in c.columns if col.role), -c.page))
    return f"nearest: page {best.page}, {best.reason}"


def explain(path: str | Path, limits: Limits | None = None) -> dict:
    """Every table candidate of one PDF and what became of it (`lkj extract --explain-json`)."""
    path = Path(path)
    document = read_document(path, limits)
    reading = read_tables(document, read_laporan(document)["tahun"])
    return {"file": path.name, "candidates": [c.to_json() for c in reading.candidates],
            "text": explain_text(reading)}


def explain_bounded(path: str | Path, limits: Limits | None = None) -> dict:
    """`explain`, held to the same limits as `extract_bounded`."""
    from .guard import run_bounded

    return run_bounded(explain, Path(path), limits or Limits())


@cache
def schema() -> dict:
    """The project's own JSON schema of `lkj-report/1` (the contract plus the keys lkj adds)."""
    return json.loads(resources.files("lkj").joinpath("schema/lkj-report.schema.json").read_text())


def extract_bounded(path: str | Path, limits: Limits | None = None) -> dict:
    """`extract`, in a worker process that is killed past `limits.timeout` seconds and may not
    take more than `limits.memory` bytes: one hostile file cannot stall or starve a batch."""
    from .guard import run_bounded

    limits = limits or Limits()
    return run_bounded(extract, Path(path), limits)
