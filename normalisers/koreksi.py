"""A reviewer's decisions on an extracted report: a corrected value checked against its column's
kind, the report as it reads with the corrections in force, and its findings recomputed from it.

A decision is {"table", "row", "column", "keputusan", "nilai_baru"} (the warehouse's `koreksi`
row): "diterima" leaves the value as read, "dikoreksi" puts `nilai_baru` in its place,
"tidak_terbaca" empties the cell. The extraction itself is never changed: `corrected` returns a copy.
"""

from __future__ import annotations

import copy
import re

from .report import undoubted
from .temuan import VALUE_CODES, value_findings
from .values import fold_whitespace, parse_number, parse_rupiah, parse_value

VALUE_COLUMNS = ("target", "realisasi", "capaian", "tw1", "tw2", "tw3", "tw4")
VALUE_PARTS = ("raw", "number", "unit", "category", "status", "note")
RUPIAH_COLUMNS = ("jumlah", "realisasi")  # of the anggaran table
ROW_TABLES = ("perjanjian_kinerja", "anggaran", "rencana_triwulan", "capaian_kinerja")
_SIGNER = "penandatangan."


class NilaiTidakSah(ValueError):
    """A corrected value its column cannot hold; the message (Indonesian) says why."""


def is_value_column(table: str, column: str) -> bool:
    return table in ROW_TABLES and column in VALUE_COLUMNS and table != "anggaran"


def validated(table: str, column: str, fields: dict) -> object:
    """The value a correction form states, as the column holds it, or NilaiTidakSah. A VALUE
    column takes its parts (`raw` required; a number written the Indonesian way, "12,5"); a
    budget amount, a year and a quarter are numbers; any other column a text."""
    if is_value_column(table, column):
        return _validated_value(column, fields)
    text = fold_whitespace(str(fields.get("raw") or ""))
    if not text:
        raise NilaiTidakSah("Nilai koreksi kosong: isi nilainya, atau tandai tidak terbaca.")
    if table == "anggaran" and column in RUPIAH_COLUMNS:
        amount = parse_rupiah(text)
        if amount is None:
            raise NilaiTidakSah(f"\"{text}\" bukan jumlah rupiah.")
        return amount
    if table == "laporan" and column == "tahun":
        year = parse_number(text)
        if not isinstance(year, int) or not 2000 <= year <= 2100:
            raise NilaiTidakSah(f"\"{text}\" bukan tahun.")
        return year
    if table == "laporan" and column == "triwulan":
        quarter = {"i": 1, "ii": 2, "iii": 3, "iv": 4}.get(text.lower(), parse_number(text))
        if quarter not in (1, 2, 3, 4):
            raise NilaiTidakSah(f"\"{text}\" bukan triwulan (1-4 atau I-IV).")
        return quarter
    if table == "laporan" and column == f"{_SIGNER}nip":
        digits = re.sub(r"\s", "", text)
        if not re.fullmatch(r"\d{18}", digits):
            raise NilaiTidakSah(f"NIP \"{text}\" harus 18 angka.")
        return digits
    return text


def _validated_value(column: str, fields: dict) -> dict:
    raw = fold_whitespace(str(fields.get("raw") or ""))
    if not raw:
        raise NilaiTidakSah("Teks sel kosong: isi teks seperti tercetak, atau tandai tidak terbaca.")
    value = parse_value(raw) or {part: None for part in VALUE_PARTS} | {"raw": raw}
    number_text = fold_whitespace(str(fields.get("number") or ""))
    if number_text:
        number = parse_number(number_text)
        if number is None:
            raise NilaiTidakSah(f"\"{number_text}\" bukan angka (tulis seperti 12,5 atau 1.250).")
        value["number"] = number  # left blank, the number is the one the text gives
    for part in ("unit", "category", "note"):
        if part in fields:
            value[part] = fold_whitespace(str(fields[part] or "")) or None
    if "status" in fields:
        value["status"] = "pending" if fields["status"] in ("pending", True, "1", "on") else None
    if column == "capaian" and value["number"] is None and value["status"] is None:
        raise NilaiTidakSah("Capaian harus berupa angka.")
    if value["number"] is None and value["category"] is None and value["status"] is None:
        raise NilaiTidakSah(f"{column} harus berupa angka, kategori, atau \"proses\".")
    return value


def in_force(decisions: list[dict]) -> dict[tuple, dict]:
    """The latest decision on each cell (decisions come in the order they were made)."""
    latest = {}
    for decision in decisions:
        latest[(decision["table"], decision["row"], decision["column"])] = decision
    return latest


def corrected(report: dict, decisions: list[dict]) -> dict:
    """A copy of `report` whose cells hold the corrections in force."""
    fixed = copy.deepcopy(report)
    for (table, row, column), decision in in_force(decisions).items():
        if decision["keputusan"] == "diterima":
            continue
        value = decision["nilai_baru"] if decision["keputusan"] == "dikoreksi" else None
        if table == "laporan":
            laporan = fixed["laporan"]
            if column.startswith(_SIGNER):
                laporan.setdefault("penandatangan", {})
                laporan["penandatangan"] = {**(laporan["penandatangan"] or {}), column.removeprefix(_SIGNER): value}
            else:
                laporan[column] = value
        elif table in ROW_TABLES and row is not None and 0 <= row < len(fixed[table]):
            fixed[table][row][column] = value
    return fixed


def findings_after(report: dict, decisions: list[dict]) -> list[dict]:
    """The report's findings with its corrections in force: those on the tables' values
    (VALUE_CODES) recomputed on the corrected cells, and no longer held back where lkj doubted
    a cell a reviewer has since decided; the others (on the running text, the file) as extracted."""
    decided = in_force(decisions)
    doubts = [item for item in report.get("review", [])
              if (item["table"], item.get("row"), item["column"]) not in decided]
    fresh = undoubted(value_findings(corrected(report, decisions)), doubts)
    kept = [found for found in report.get("temuan", []) if found["code"] not in VALUE_CODES]
    missing = [found for found in kept if found["code"] == "table_not_found"]
    return missing + fresh + [found for found in kept if found["code"] != "table_not_found"]


def value_of(report: dict, table: str, row: int | None, column: str):
    """What lkj made of a cell or a report detail, as the extraction holds it (None when the
    report has no such row)."""
    if table == "laporan":
        if column.startswith(_SIGNER):
            return (report["laporan"].get("penandatangan") or {}).get(column.removeprefix(_SIGNER))
        return report["laporan"].get(column)
    rows = report.get(table) or []
    return rows[row].get(column) if row is not None and 0 <= row < len(rows) else None


def raw_of(report: dict, table: str, row: int | None, column: str) -> str | None:
    """The text a cell (or a report detail) was read as: what a decision carried over to a
    revision must still read."""
    value = value_of(report, table, row, column)
    if isinstance(value, dict):
        return value.get("raw")
    return None if value is None else str(value)
