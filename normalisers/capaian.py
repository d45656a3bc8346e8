"""The capaian rule, defined once: can the printed capaian come from target and realisasi?

Offices compute realisasi / target × 100, or for an indikator where lower is better either
(2 × target − realisasi) / target × 100 or target / realisasi × 100, and print the result
rounded half up or truncated to the digits they print ("213%" for 213.68 is fine).

The warehouse applies the same rule in SQL (warehouse/sql/schema/03_capaian_rule.sql, used by
v_capaian); tests/test_capaian_rule.py checks the two agree. Change both or neither.
Arithmetic is on floats, as the warehouse stores numbers as DOUBLE.
"""

from __future__ import annotations

import math
import re

# Formula names as the SQL macros are named, and the label shown to people.
FORMULAS = {
    "biasa": "realisasi / target × 100",
    "selisih": "(2 × target − realisasi) / target × 100",
    "kebalikan": "target / realisasi × 100",
}
# Absorbs float error: 0.29 × 100 is 28.999999999999996, which prints as 29, not 28.
TOLERANCE = 1e-6
# parse_number reads at most this many decimals, so no more count as printed.
MAX_DIGITS = 18

# The first number printed, ASCII digits only (what SQL's [0-9] sees).
_TOKEN = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
# parse_number's readings: decimal comma (Indonesian) or decimal dot (pasted English figures).
_COMMA_DECIMAL = (re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?"), re.compile(r"[0-9]+(?:,[0-9]+)?"))
_DOT_DECIMAL = (
    re.compile(r"[0-9]{1,3}(?:,[0-9]{3}){2,}(?:\.[0-9]+)?"),
    re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+\.[0-9]+"),
    re.compile(r"[0-9]+\.(?:[0-9]{1,2}|[0-9]{4,})"),
)


def printed_digits(raw: str | None) -> int:
    """Digits printed after the decimal mark of the first number, read as parse_number reads
    it: "14,73 %" → 2, "96.90" → 2, "1.600" → 0 (a thousands group), "213%" → 0."""
    m = _TOKEN.search(raw or "")
    if not m:
        return 0
    token = m.group()
    if any(p.fullmatch(token) for p in _COMMA_DECIMAL):
        mark = ","
    elif any(p.fullmatch(token) for p in _DOT_DECIMAL):
        mark = "."
    else:
        return 0  # not one number parse_number reads
    frac = token.rpartition(mark)[2] if mark in token else ""
    return min(len(frac), MAX_DIGITS)


def formula_value(name: str, target: float | None, realisasi: float | None) -> float | None:
    """One formula's capaian; None where it is undefined (no figure, a zero divisor)."""
    if target is None or realisasi is None or target == 0:
        return None
    t, r = float(target), float(realisasi)
    if name == "biasa":
        return r / t * 100
    if name == "selisih":
        return (2 * t - r) / t * 100
    if name == "kebalikan":
        return t / r * 100 if r != 0 else None
    raise ValueError(name)


def formulas_for(lower_is_better: bool) -> tuple[str, ...]:
    """The formulas offices use for an indikator of this direction."""
    return ("biasa", "selisih", "kebalikan") if lower_is_better else ("biasa",)


def printed_matches(printed: float | None, digits: int, computed: float | None) -> bool:
    """`printed` is `computed` rounded half up or truncated to `digits` decimals."""
    if printed is None or computed is None:
        return False
    scale = 10.0 ** digits
    up, down = computed * scale + 0.5 + TOLERANCE, computed * scale + TOLERANCE
    if not (math.isfinite(up) and math.isfinite(down)):
        return False
    rounded = float(math.floor(up)) / scale
    truncated = float(math.floor(down)) / scale
    return abs(printed - rounded) < TOLERANCE or abs(printed - truncated) < TOLERANCE


def checkable(target: dict | None, realisasi: dict | None, capaian: dict | None) -> bool:
    """A row the rule applies to: three numbers, a target that is not 0 nor a grade."""
    if not (target and realisasi and capaian):
        return False
    if None in (target.get("number"), realisasi.get("number"), capaian.get("number")):
        return False
    return target["number"] != 0 and target.get("unit") != "kategori"


def reproduces(name: str, target: dict | None, realisasi: dict | None, capaian: dict | None) -> bool:
    """Formula `name` yields the printed capaian of these cells (VALUE dicts)."""
    if not checkable(target, realisasi, capaian):
        return False
    computed = formula_value(name, target["number"], realisasi["number"])
    return printed_matches(capaian["number"], printed_digits(capaian["raw"]), computed)


def consistent(target: dict | None, realisasi: dict | None, capaian: dict | None,
               lower_is_better: bool) -> bool | None:
    """Some formula of the indikator's direction yields the printed capaian; None when the
    rule does not apply. False is a capaian_mismatch."""
    if not checkable(target, realisasi, capaian):
        return None
    return any(reproduces(name, target, realisasi, capaian) for name in formulas_for(lower_is_better))
