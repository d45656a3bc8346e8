"""The `review` list: every OCRed value a person should check before it is trusted.

A value goes on the list when the OCR was unsure of a word it was read from (confidence below
REVIEW_BELOW), or when lkj repaired an OCR confusion in it. Values from a text layer never do.
"""

from __future__ import annotations

import re
from collections import Counter

from .rows import REPAIRED, SOURCES

# Tesseract's word confidence (0-100) under which a value is listed. Misread words mostly
# score below it; what scores above it and is still wrong is caught by the kind checks.
REVIEW_BELOW = 90.0

TABLES = ("perjanjian_kinerja", "anggaran", "rencana_triwulan", "capaian_kinerja")


def table_review(report: dict) -> list[dict]:
    """Take each row's sources out of `report` and list its doubtful or repaired values."""
    items = []
    for table in TABLES:
        for index, row in enumerate(report[table]):
            sources, repaired = row.pop(SOURCES, {}), row.pop(REPAIRED, set())
            for column, cells in sources.items():
                confidences = [c.confidence for c in cells if c.confidence is not None and c.text]
                if not confidences:
                    continue
                confidence = min(confidences)
                if confidence >= REVIEW_BELOW and column not in repaired:
                    continue
                items.append({
                    "table": table, "row": index, "column": column, "page": cells[0].page,
                    "raw": " ".join(" ".join(c.text.split()) for c in _distinct(cells)),
                    "value": row.get(column), "confidence": round(confidence / 100, 3),
                    "repaired": column in repaired,
                })
    return items


def laporan_review(laporan: dict, lines) -> list[dict]:
    """The report's metadata read from OCRed running text: each value with the confidence of
    the words it was read from (the line that holds most of its words)."""
    items = []
    fields = [(key, laporan.get(key)) for key in ("unit_kerja", "instansi", "pemda", "tahun", "triwulan")]
    signer = laporan.get("penandatangan") or {}
    fields += [(f"penandatangan.{key}", signer.get(key)) for key in ("nama", "pangkat", "nip", "jabatan")]
    ocr_lines = [line for line in lines if line.confidences]
    if not ocr_lines:
        return items
    # A name is printed more than once in a report (cover, body, signature); a word of it met only
    # once was most likely misread there, however sure the OCR was.
    seen = Counter(_key(w) for line in ocr_lines for w in line.text.split())
    for column, value in fields:
        if value is None:
            # Not found in the OCRed text: a person reads it off the page.
            items.append({"table": "laporan", "row": None, "column": column, "page": None, "raw": None,
                          "value": None, "confidence": 0.0, "repaired": False})
            continue
        found = _support(str(value), ocr_lines)
        if found is None:
            continue
        line, confidence = found
        unique = isinstance(value, str) and not value.isdigit() and any(
            seen[_key(w)] <= 1 for w in value.split() if len(_key(w)) >= 4)
        if confidence < REVIEW_BELOW or unique:
            items.append({"table": "laporan", "row": None, "column": column, "page": line.page, "raw": line.text,
                          "value": value, "confidence": round(confidence / 100, 3), "repaired": False})
    return items


def _key(word: str) -> str:
    return re.sub(r"[^0-9a-z]", "", word.lower())


def _support(value: str, lines) -> tuple | None:
    wanted = {_key(w) for w in value.split()} - {""}
    if value.isdigit() and len(value) > 4:  # a NIP printed in groups
        wanted = {value}
    best, best_hits = None, 0
    for line in lines:
        keys = [_key(w) for w in line.text.split()]
        if value.isdigit() and len(value) > 4:
            hits = int(value in "".join(k for k in keys if k.isdigit()))
        else:
            hits = len(wanted & set(keys))
        if hits > best_hits:
            best, best_hits = line, hits
    if best is None:
        return None
    keys = [_key(w) for w in best.text.split()]
    used = [c for k, c in zip(keys, best.confidences) if c is not None and (k in wanted or k.isdigit())]
    return best, min(used) if used else min(c for c in best.confidences if c is not None)


def _distinct(cells: list) -> list:
    seen = []
    for cell in cells:
        if all(cell is not s for s in seen):
            seen.append(cell)
    return seen
