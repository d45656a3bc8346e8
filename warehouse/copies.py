"""Whether a scanned report is a copy of a digital one: the same report printed, signed and
scanned, not a revision of it.

An office often submits both the Word export and the signed scan of one report. Read by OCR,
the scan's figures are at best the digital file's again, and at worst misread: taking the scan
as the current revision would only let OCR's slips into the views and the findings. So a scan
whose every figure the digital report prints at the same place, row for row, is recorded as a
copy of it. A figure that differs counts against that only when it cannot be OCR's slip: a value
the scan lists for review (OCR doubted it) that it could not read at all, or read as the digital
text with characters OCR confuses (O for 0, l for 1, a comma for a point). A figure revised by
the office (46% → 52%) is never such a slip, whatever OCR thought of it.
"""

from __future__ import annotations

import math
import re

# Per table, the columns that hold figures (VALUEs, or the budget's integers).
FIGURES = {
    "perjanjian_kinerja": ("target",),
    "rencana_triwulan": ("tw1", "tw2", "tw3", "tw4"),
    "capaian_kinerja": ("target", "realisasi", "capaian"),
    "anggaran": ("jumlah", "realisasi"),
}


def _figure(cell):
    """The number a cell holds, or its grade or status where it holds no number."""
    if isinstance(cell, dict):
        if cell.get("number") is not None:
            return float(cell["number"])
        return cell.get("category") or cell.get("status")
    return None if cell is None else float(cell)


# Characters OCR reads for digits and separators, each mapped to what it stands for.
_CONFUSED = str.maketrans({"o": "0", "O": "0", "D": "0", "Q": "0", "l": "1", "I": "1", "i": "1", "|": "1",
                           "!": "1", "t": "1", "S": "5", "s": "5", "B": "8", "Z": "2", "z": "2", "g": "9",
                           ",": ".", "'": ".", "`": "."})


def _misread(scan_cell, digital_cell) -> bool:
    """The scan's cell is nothing, or the digital cell's text misread character for character."""
    if _figure(scan_cell) is None:
        return True
    if not (isinstance(scan_cell, dict) and isinstance(digital_cell, dict)):
        return False
    ours, theirs = (re.sub(r"\s+", "", (cell.get("raw") or "")).translate(_CONFUSED) for cell in (scan_cell, digital_cell))
    return bool(theirs) and ours == theirs


def _same(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    return a == b


def is_copy(scan: dict, digital: dict) -> bool:
    """`scan` (an lkj-report/1 document read by OCR) prints the figures of `digital`, row for
    row, wherever OCR was sure of them; and there is at least one figure to compare."""
    doubted = {(r["table"], r["row"], r["column"]) for r in scan.get("review", [])}
    compared = 0
    for table, columns in FIGURES.items():
        ours, theirs = scan.get(table, []), digital.get(table, [])
        if len(ours) != len(theirs):
            return False
        for index, (row, other) in enumerate(zip(ours, theirs)):
            for column in columns:
                a, b = _figure(row.get(column)), _figure(other.get(column))
                if a is None and b is None:
                    continue
                compared += 1
                if _same(a, b):
                    continue
                if (table, index, column) not in doubted or not _misread(row.get(column), other.get(column)):
                    return False
    return compared > 0
