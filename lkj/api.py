"""The library face of lkj: what the CLI and the flows call.

A PDF holds one report, or several: a file that binds the Perjanjian Kinerja of a head and of
two section heads, each signing their own, holds three. Each is read as a document of its own (its
first page is its cover) and becomes a report of its own, never merged: `extract_all` returns
them in the order they are bound, each with `source.part` (1-based), `source.parts` and
`source.part_pages` ([first, last] page of the file); a file of one report carries none of these.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from extractors.metadata import read_laporan
from extractors.pdf import read_document
from extractors.prescan import Limits
from extractors.records import Document, Page
from extractors.tables import Reading, explain_text, read_tables
from extractors.vocabulary import NIP, parse_nip
from messages import _
from normalisers import jenis as kinds
from normalisers.report import build_report
from normalisers.review import layer_review

from .exceptions import NoLkjTablesError, NotAnLkjError, TablesNotReadError


@dataclass
class Part:
    """One report of a file: its pages (first, last), and what was read of them."""

    first: int
    last: int
    laporan: dict
    reading: Reading
    document: Document  # the file with every page outside the part left empty, numbers kept


def extract_all(path: str | Path, limits: Limits | None = None) -> list[dict]:
    """Read one PDF into its `lkj-report/1` documents, one per report it holds (in this process).
    Raises an `LkjError` for bad input, a `NoLkjTablesError` (saying what the file looks like,
    where it is a known kind lkj does not read) when it holds no LKj table."""
    path = Path(path)
    document, jenis, parts, _reading = _read(path, limits)
    # Where OCR read a page in a frame of its own, the way back to the page, for the rows' boxes.
    frames = {page.number: page.to_page for page in document.pages if page.to_page is not None}
    reports = []
    for number, part in enumerate(parts, 1):
        # A scanner's kept text layer is OCR's text too, though lkj did not OCR it.
        source = {"file": path.name, "sha256": document.sha256, "pages": len(document.pages),
                  "ocr": bool(document.ocr_pages or document.layer_pages)}
        if len(parts) > 1:
            source |= {"part": number, "parts": len(parts), "part_pages": [part.first, part.last]}
        pages = [page for page in part.document.pages if part.first <= page.number <= part.last]
        # The cover names the report; its words are not the running text a reviewer checks.
        narrative = [(page.number, " ".join(line.text for line in page.lines)) for page in pages[1:]]
        reading = part.reading
        closest = {kind: candidate for kind in reading.tables if (candidate := reading.closest(kind))}
        report = build_report(source, part.laporan, reading.tables, narrative, document.notes,
                              part.document.lines, closest, jenis, frames)
        reread = {page: said for page, said in document.reread.items() if part.first <= page <= part.last}
        report["review"][:0] = layer_review(reread, document.layer_judgement.known) if reread else []
        reports.append(report)
    return reports


def extract(path: str | Path, limits: Limits | None = None) -> dict:
    """The report of one PDF (`extract_all`'s first, for a file that binds several)."""
    return extract_all(path, limits)[0]


def _read(path: Path, limits: Limits | None, refuse: bool = True
          ) -> tuple[Document, str | None, list[Part], NoLkjTablesError | None]:
    """The document, its kind, its parts and its refusal. Without an LKj table it is refused
    (`refuse`: raised; else given as one part of no kind, with the refusal it would raise)."""
    document = read_document(path, limits)
    laporan = read_laporan(document)
    reading = read_tables(document, laporan["tahun"])
    whole = [Part(1, len(document.pages), laporan, reading, document)]
    title = kinds.title_jenis([(page.height, page.lines) for page in document.pages if page.lines])
    if not any(reading.tables.values()):
        refusal = _refusal(path, document, reading, title)
        if refuse:
            raise refusal
        return document, None, whole, refusal
    jenis = kinds.decide(title, reading.tables, kinds.in_chapters(document.lines, len(document.pages)), laporan["triwulan"])
    parts = _bound_parts(document) if jenis == kinds.PERJANJIAN_KINERJA else []
    return document, jenis, parts if len(parts) > 1 else whole, None


def _refusal(path: Path, document: Document, reading: Reading, title: str | None) -> NoLkjTablesError:
    """The one-line refusal: what the document looks like when its tables say, else what came nearest."""
    text = " ".join([line.text for line in document.lines]
                    + [cell.text for page in document.pages for grid in page.grids for cell in grid.cells])
    looks = kinds.looks_like(reading.candidates, text, title)
    nearest = _closest_detail(reading)
    if looks == kinds.PK_UNREAD:
        return TablesNotReadError(path, f"{looks}; {nearest}" if nearest else looks)
    if looks:
        return NotAnLkjError(path, looks)
    return NoLkjTablesError(path, nearest)


def _closest_detail(reading: Reading) -> str | None:
    """What came nearest to an LKj table, for the refusal's one line."""
    near = [c for c in reading.candidates if c.missing or c.kind_scores]
    if not near:
        return _("{count} table candidates, none with a known column").format(
            count=len(reading.candidates)) if reading.candidates else None
    best = max(near, key=lambda c: (sum(1 for col in c.columns if col.role), -c.page))
    return _("nearest: page {page}, {reason}").format(page=best.page, reason=best.reason)


# --- several Perjanjian Kinerja bound in one file --------------------------------------------------

# OCR may misread a digit or two of the same NIP on another page.
_NIP_DIGITS_OFF = 2


def _bound_parts(document: Document) -> list[Part]:
    """The Perjanjian Kinerja a PK file binds. Each opens with the PK title at the top of a page; a
    page so titled opens another PK when its signatories are others (a NIP the PK before does not
    carry): the PK's own lampiran repeats the title over the same signatures. A part without an LKj
    table of its own (a statement page read apart from its lampiran) stays with its neighbour."""
    spans: list[tuple[int, int, set[str]]] = []
    for first, last in _titled_runs(document):
        nips = {nip for page in document.pages[first - 1:last] for line in page.lines for nip in _nips(line.text)}
        if spans and not (nips and spans[-1][2] and any(not _known(nip, spans[-1][2]) for nip in nips)):
            spans[-1] = (spans[-1][0], last, spans[-1][2] | nips)
        else:
            spans.append((first, last, nips))
    if len(spans) < 2:
        return []
    parts = [_read_part(document, first, last) for first, last, _ in spans]
    while len(parts) > 1 and (empty := next((i for i, p in enumerate(parts) if not any(p.reading.tables.values())),
                                            None)) is not None:
        other = empty - 1 if empty else 1
        a, b = sorted((parts[empty], parts[other]), key=lambda p: p.first)
        parts[min(empty, other):max(empty, other) + 1] = [_read_part(document, a.first, b.last)]
    return parts


def _titled_runs(document: Document) -> list[tuple[int, int]]:
    """Runs of pages, each from a page titled "Perjanjian Kinerja" to the page before the next one."""
    opens = [page.number for page in document.pages
             if kinds.title_jenis([(page.height, page.lines)]) == kinds.PERJANJIAN_KINERJA]
    starts = sorted({1, *opens})
    return [(start, end - 1) for start, end in zip(starts, starts[1:] + [len(document.pages) + 1])]


def _nips(text: str) -> list[str]:
    """The signatories' NIP printed in `text`, as the report details read them."""
    return [nip for m in NIP.finditer(text) if (nip := parse_nip(m["digits"]))]


def _known(nip: str, nips: set[str]) -> bool:
    return any(sum(a != b for a, b in zip(nip, other)) <= _NIP_DIGITS_OFF for other in nips)


def _read_part(document: Document, first: int, last: int) -> Part:
    """Read pages first..last as a document of their own. The tables are read from the file with
    every other page left empty (page numbers stay the file's); the report details from the part
    renumbered from 1, so its first page is its cover."""
    inside = dataclasses.replace(document, pages=[
        page if first <= page.number <= last else Page(page.number, page.width, page.height, [], [])
        for page in document.pages], ocr_pages=[n for n in document.ocr_pages if first <= n <= last])
    laporan = read_laporan(dataclasses.replace(inside, pages=[
        _renumbered(page, page.number - first + 1) for page in document.pages[first - 1:last]]))
    return Part(first, last, laporan, read_tables(inside, laporan["tahun"]), inside)


def _renumbered(page: Page, number: int) -> Page:
    grids = [dataclasses.replace(grid, page=number, cells=[dataclasses.replace(cell, page=number) for cell in grid.cells])
             for grid in page.grids]
    return dataclasses.replace(page, number=number, lines=[dataclasses.replace(line, page=number) for line in page.lines],
                               grids=grids)


# --- explain ---------------------------------------------------------------------------------------

def explain(path: str | Path, limits: Limits | None = None) -> dict:
    """Every table candidate of one PDF and what became of it (`lkj extract --explain-json`): the
    document's kind, and for a file that binds several reports, the candidates of each."""
    path = Path(path)
    _, jenis, parts, refusal = _read(path, limits, refuse=False)
    described = [{"part": number, "pages": [part.first, part.last],
                  "candidates": [c.to_json() for c in part.reading.candidates]}
                 for number, part in enumerate(parts, 1)]
    if refusal is not None:  # no LKj table: the refusal's line says what the document looks like
        refused = refusal.message
        return {"file": path.name, "jenis": None, "refused": refused, "parts": described,
                "candidates": described[0]["candidates"], "text": f"refused: {refused}\n{explain_text(parts[0].reading)}"}
    text = f"jenis: {jenis}\n"
    if len(parts) == 1:
        text += explain_text(parts[0].reading)
    else:
        text += f"{len(parts)} reports bound in this file, each read as a document of its own:\n"
        text += "\n".join(f"--- report {number} of {len(parts)}: pages {part.first}-{part.last}, "
                          f"{part.laporan.get('unit_kerja')}\n{explain_text(part.reading)}"
                          for number, part in enumerate(parts, 1))
    return {"file": path.name, "jenis": jenis, "parts": described,
            "candidates": [c for part in described for c in part["candidates"]], "text": text}


def explain_bounded(path: str | Path, limits: Limits | None = None) -> dict:
    """`explain`, held to the same limits as `extract_bounded`."""
    from .guard import run_bounded

    return run_bounded(explain, Path(path), limits or Limits())


@cache
def schema() -> dict:
    """The project's own JSON schema of `lkj-report/1` (the contract plus the keys lkj adds)."""
    return json.loads(resources.files("lkj").joinpath("schema/lkj-report.schema.json").read_text())


def extract_all_bounded(path: str | Path, limits: Limits | None = None,
                        on_pages: Callable[[int, int], None] | None = None) -> list[dict]:
    """`extract_all`, in a worker process that is killed past `limits.timeout` seconds and may not
    take more than `limits.memory` bytes: one hostile file cannot stall or starve a batch.
    `on_pages(done, total)` hears of each page the worker OCRs."""
    from .guard import run_bounded

    return run_bounded(extract_all, Path(path), limits or Limits(), on_pages)


def extract_bounded(path: str | Path, limits: Limits | None = None) -> dict:
    """`extract`, held to the limits of `extract_all_bounded`."""
    return extract_all_bounded(path, limits)[0]
