"""A Perjanjian Kinerja printed as a list in the running text, not as a table.

Long LKIP often state the year's agreement in the chapter "Perjanjian Kinerja Tahun 2016" as

    A. Meningkatnya kemandirian masyarakat, dengan indikator :
       1) Persentase Rumah Tangga … (PHBS), dengan target 55%
    B. Menurunnya ratio kematian ibu dan bayi, dengan indikator :
       1) Ratio kematian ibu, dengan target 89/100.000 KH

The list is read into a table of the same shape a drawn PK gives (a sasaran group row above its
indikator rows), so everything after the table reading treats it alike. It is read only under a
heading that names the Perjanjian (or Penetapan) Kinerja, of the report's year when it names one,
and only when its items give targets: the Renstra chapter lists sasaran and indikator the same
way, without the year's targets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import layout
from .records import Cell, Document
from .vocabulary import YEAR, fold_whitespace, running_key

# "2.2 Perjanjian Kinerja Tahun 2016", "BAB III", "C. Perjanjian Kinerja": a heading ends a list.
_HEADING = re.compile(r"^(?:\d+(?:\.\d+)+\.?|BAB\s+[IVX]+\b)\s*\S")
_PK_HEADING = re.compile(r"perjanjian\s+kinerja|penetapan\s+kinerja", re.IGNORECASE)
_ITEM = re.compile(r"^(?P<no>[A-Za-z]|[IVX]{1,4}|\d{1,2})[.)]\s+(?P<text>\S.*)$")
_SASARAN = re.compile(r"^(?P<text>.+?)\s*,?\s*dengan\s+indikator(?:\s+kinerja)?\s*:?\s*$", re.IGNORECASE | re.DOTALL)
_TARGET = re.compile(r"^(?P<text>.+?)\s*,?\s*dengan\s+target\s+(?P<target>.+?)\s*[.;]?\s*$", re.IGNORECASE | re.DOTALL)


@dataclass
class _Item:
    no: str
    text: str
    page: int
    bbox: tuple[float, float, float, float]


def listed_perjanjian_kinerja(document: Document, year: int | None):
    """(rows, classes) of the PK printed as a list, or None when the text has none."""
    lines = [line for page in document.pages for line in page.lines]
    running = running_keys(document)
    items: list[_Item] | None = None
    lists: list[list[_Item]] = []
    for line in lines:
        text = fold_whitespace(line.text)
        if not text or running_key(line.text) in running:
            continue
        if _HEADING.match(text):
            if items:
                lists.append(items)
            names_pk = _PK_HEADING.search(text) and (year is None or not YEAR.search(text)
                                                      or str(year) in text)
            items = [] if names_pk else None
            continue
        if items is None:
            continue
        item = _ITEM.match(text)
        if item:
            items.append(_Item(item["no"], item["text"], line.page, (line.x0, line.top, line.x1, line.bottom)))
        elif items:
            items[-1].text += " " + text
    if items:
        lists.append(items)
    for found in lists:
        table = _as_rows(found)
        if table:
            return table
    return None


def running_keys(document: Document) -> set[str]:
    """Keys of running headers and footers: the same words first or last on three pages or more."""
    pages: dict[str, set[int]] = {}
    for page in document.pages:
        for line in page.lines[:2] + page.lines[-2:]:
            pages.setdefault(running_key(line.text), set()).add(line.page)
    return {key for key, on in pages.items() if key and len(on) >= 3}


def _as_rows(items: list[_Item]):
    """Sasaran items ("…, dengan indikator :") and the indikator items under them, as a group row
    and body rows in the columns no | indikator | target; None unless two indikator give targets."""
    rows, classes = [], []
    in_sasaran = False
    with_target = 0
    for item in items:
        sasaran = _SASARAN.match(item.text)
        if sasaran:
            cell = _cell(fold_whitespace(sasaran["text"]), item, 1, 3)
            rows.append([_cell(item.no, item, 0, 1), cell, cell])
            classes.append(layout.GROUP)
            in_sasaran = True
            continue
        if not in_sasaran:
            continue
        target = _TARGET.match(item.text)
        indikator = fold_whitespace(target["text"] if target else item.text).rstrip(",;")
        rows.append([_cell(item.no, item, 0, 1), _cell(indikator, item, 1, 2),
                     _cell(fold_whitespace(target["target"]) if target else "", item, 2, 3)])
        classes.append(layout.BODY)
        with_target += bool(target)
    return (rows, classes) if with_target >= 2 else None


def _cell(text: str, item: _Item, col0: int, col1: int) -> Cell:
    return Cell(0, 1, col0, col1, text, item.page, item.bbox, text_x0=item.bbox[0], ruled=False)


# The table a listed PK becomes: its columns, their header, and the caption `--explain` shows.
ROLES = ["no", "indikator", "target"]
HEADER = ["No", "Indikator", "Target"]
CAPTION = "Perjanjian Kinerja (daftar dalam teks)"
