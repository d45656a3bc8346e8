"""The library face of lkj: what the CLI and the flows call."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path

from extractors.metadata import read_laporan
from extractors.pdf import read_document
from extractors.prescan import Limits
from extractors.tables import find_tables
from normalisers.report import build_report

from .exceptions import NoLkjTablesError


def extract(path: str | Path, limits: Limits | None = None) -> dict:
    """Read one LKj PDF into a `lkj-report/1` document, in this process. Raises an `LkjError`
    for bad input. `extract_bounded` does the same in a worker held to a timeout and a memory cap."""
    path = Path(path)
    document = read_document(path, limits)
    tables = find_tables(document)
    if not any(tables.values()):
        raise NoLkjTablesError(path)
    source = {"file": path.name, "sha256": document.sha256, "pages": len(document.pages), "ocr": bool(document.ocr_pages)}
    # The cover names the report; its words are not the running text a reviewer checks.
    narrative = [(page.number, " ".join(line.text for line in page.lines)) for page in document.pages[1:]]
    return build_report(source, read_laporan(document), tables, narrative, document.notes, document.lines)


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
