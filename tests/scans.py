"""How well a scanned twin was read: its cells against the digital twin's truth, by kind."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .truth import TABLES, cells

_ADDRESS = re.compile(r"^(?P<table>\w+)\[(?P<row>\d+)\]\.(?P<column>\w+)$")
_TYPED = ("number", "unit", "category", "status")


@dataclass
class ScanScore:
    numeric: int = 0          # numeric and category cells in the truth
    numeric_right: int = 0
    text: int = 0             # text cells in the truth
    text_similarity: float = 0.0
    unflagged: list[str] = field(default_factory=list)  # wrong cells missing from `review`

    @property
    def numeric_share(self) -> float:
        return self.numeric_right / self.numeric if self.numeric else 1.0

    @property
    def text_share(self) -> float:
        return self.text_similarity / self.text if self.text else 1.0

    def add(self, other: "ScanScore") -> "ScanScore":
        return ScanScore(self.numeric + other.numeric, self.numeric_right + other.numeric_right,
                         self.text + other.text, self.text_similarity + other.text_similarity,
                         self.unflagged + other.unflagged)


def score(report: dict, truth: dict) -> ScanScore:
    got, expected = cells(report), cells(truth)
    flagged = {(r["table"], r["row"], r["column"]) for r in report.get("review", [])}
    result = ScanScore()
    for address, want in expected.items():
        if address.startswith("source.") or address == "temuan.codes":
            continue
        have = got.get(address)
        if isinstance(want, dict) or isinstance(have, dict) or isinstance(want, int) or _is_code(address):
            result.numeric += 1
            right = _typed(want) == _typed(have)
            result.numeric_right += right
        else:
            result.text += 1
            result.text_similarity += fuzz.ratio(_fold(want), _fold(have)) / 100
            right = _fold(want) == _fold(have)
        if not right and _key(address) not in flagged:
            result.unflagged.append(f"{address}: expected {want!r}, got {have!r}")
    return result


def _is_code(address: str) -> bool:
    return address.endswith(("sasaran_no", "indikator_no", ".nip", ".level"))


def _typed(value):
    if isinstance(value, dict):
        return tuple(value.get(k) for k in _TYPED)
    return value


def _fold(value) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _key(address: str):
    m = _ADDRESS.match(address)
    if m and m["table"] in TABLES:
        return m["table"], int(m["row"]), m["column"]
    if address.startswith("laporan."):
        return "laporan", None, address[len("laporan."):]
    return None
