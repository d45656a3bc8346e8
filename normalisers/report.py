"""The extracted pieces of one report → one `lkj-report/1` document."""

from __future__ import annotations

from . import rows
from .repair import harmonise_sasaran_numbers
from .review import laporan_review, table_review
from .temuan import review

SCHEMA = "lkj-report/1"


_NOTES = {
    "javascript": ("active_content", "Berkas PDF memuat JavaScript; lkj tidak menjalankannya."),
    "embedded_files": ("active_content", "Berkas PDF memuat berkas sisipan (embedded files); lkj tidak membukanya."),
    "repaired": ("pdf_repaired", "Struktur berkas PDF rusak dan diperbaiki sebelum dibaca; periksa kelengkapan isinya."),
}


def build_report(source: dict, laporan: dict, tables: dict, narrative: list[tuple[int, str]],
                 notes: list[str] = (), lines=(), closest: dict | None = None) -> dict:
    """`tables` maps each table kind to its logical tables; `narrative` is (page, text) of the running
    text; `notes` what the file itself carries ("javascript", "embedded_files", "repaired"); `lines`
    the running text's lines, whose OCR confidences say how sure the metadata is; `closest` the
    table candidate that came nearest to each kind, named where that kind is not found."""
    report = {
        "schema": SCHEMA,
        "source": source,
        "laporan": laporan,
        "perjanjian_kinerja": rows.perjanjian_kinerja(tables.get("perjanjian_kinerja", [])),
        "anggaran": rows.anggaran(tables.get("anggaran", [])),
        "rencana_triwulan": rows.rencana_triwulan(tables.get("rencana_triwulan", [])),
        "capaian_kinerja": rows.capaian_kinerja(tables.get("capaian_kinerja", [])),
    }
    harmonise_sasaran_numbers(report, rows.SOURCES, rows.REPAIRED)
    report["review"] = laporan_review(laporan, lines) + table_review(report)
    report["temuan"] = _name_closest(review(report, narrative), closest or {}) + [
        {"code": _NOTES[note][0], "severity": "info", "message": _NOTES[note][1], "where": {}}
        for note in notes if note in _NOTES
    ]
    return report


def _name_closest(findings: list[dict], closest: dict) -> list[dict]:
    """A `table_not_found` says which table candidate came closest, and why it was not taken."""
    for found in findings:
        candidate = closest.get(found["where"].get("table")) if found["code"] == "table_not_found" else None
        if candidate is None:
            continue
        lacking = candidate.missing.get(found["where"]["table"])
        why = (f"tidak ada kolom {', '.join(lacking)}" if lacking else
               f"kolomnya hanya {candidate.kind_scores.get(found['where']['table'], 0):.0%} sesuai")
        found["message"] += f" Kandidat terdekat: tabel di halaman {candidate.page} ({why})."
        found["where"]["closest_page"] = candidate.page
    return findings
