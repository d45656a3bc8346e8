"""The extracted pieces of one report → one `lkj-report/1` document."""

from __future__ import annotations

from . import rows
from .temuan import review

SCHEMA = "lkj-report/1"


def build_report(source: dict, laporan: dict, tables: dict, narrative: list[tuple[int, str]]) -> dict:
    """`tables` maps each table kind to its logical tables; `narrative` is (page, text) of the running text."""
    report = {
        "schema": SCHEMA,
        "source": source,
        "laporan": laporan,
        "perjanjian_kinerja": rows.perjanjian_kinerja(tables.get("perjanjian_kinerja", [])),
        "anggaran": rows.anggaran(tables.get("anggaran", [])),
        "rencana_triwulan": rows.rencana_triwulan(tables.get("rencana_triwulan", [])),
        "capaian_kinerja": rows.capaian_kinerja(tables.get("capaian_kinerja", [])),
    }
    report["temuan"] = review(report, narrative)
    return report
