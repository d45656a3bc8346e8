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
                 notes: list[str] = (), lines=(), closest: dict | None = None, jenis: str | None = None,
                 frames: dict[int, tuple] | None = None) -> dict:
    """`tables` maps each table kind to its logical tables; `narrative` is (page, text) of the running
    text; `notes` what the file itself carries ("javascript", "embedded_files", "repaired"); `lines`
    the running text's lines, whose OCR confidences say how sure the metadata is; `closest` the
    table candidate that came nearest to each kind, named where that kind is not found; `jenis` the
    kind of document (normalisers.jenis), which decides the tables it should hold; `frames` the
    way from each OCRed page's reading frame to the page (records.Page.to_page, by page number),
    so that the `boxes` of what was read there are where a viewer shows it."""
    report = {
        "schema": SCHEMA,
        "source": source,
        "laporan": {**laporan, "jenis": jenis},
        "perjanjian_kinerja": rows.perjanjian_kinerja(tables.get("perjanjian_kinerja", [])),
        "anggaran": rows.anggaran(tables.get("anggaran", [])),
        "rencana_triwulan": rows.rencana_triwulan(tables.get("rencana_triwulan", [])),
        "capaian_kinerja": rows.capaian_kinerja(tables.get("capaian_kinerja", [])),
    }
    harmonise_sasaran_numbers(report, rows.SOURCES, rows.REPAIRED, rows.DOUBTS)
    rows.doubt_sasaran_order(report)
    report["review"] = laporan_review(laporan, lines, frames) + table_review(report, frames)
    report["temuan"] = _name_closest(undoubted(review(report, narrative), report["review"]), closest or {}) + [
        {"code": _NOTES[note][0], "severity": "info", "message": _NOTES[note][1], "where": {}}
        for note in notes if note in _NOTES
    ]
    return report


# Report details a finding on the running text rests on: a period named otherwise than the report's
# own is only a finding when lkj is sure of the report's own period.
# What each finding rests on: the report details, or the columns of the rows it compares. A
# finding of a code not named here rests on every cell of its rows.
_RESTS_ON = {"period_mismatch": ("tahun", "triwulan")}
_COLUMNS = {
    "capaian_mismatch": {"target", "realisasi", "capaian"},
    "target_mismatch": {"target"},
    "indikator_mismatch": {"indikator"},
    "capaian_outlier": {"target", "realisasi", "capaian"},
}


def undoubted(findings: list[dict], doubts: list[dict]) -> list[dict]:
    """The findings that rest on nothing lkj itself doubts. A finding on a row (or comparing
    another row with it: `where`'s `perjanjian_kinerja_row`, ...) is dropped when `review` lists a
    cell of that row the finding rests on (a carried-over sasaran does not unmake an indikator's
    mismatch); a report detail listed there drops the findings that rest on it. A doubtful
    reading is for a person to check, not a reviewer's finding."""
    cells = {(item["table"], item["row"], item["column"]) for item in doubts if item.get("row") is not None}
    details = {item["column"] for item in doubts if item.get("table") == "laporan"}

    def doubted(found: dict) -> bool:
        where = found.get("where") or {}
        named = [(where.get("table"), where.get("row"))] + [
            (key.removesuffix("_row"), value) for key, value in where.items()
            if key.endswith("_row") and isinstance(value, int)]
        columns = _COLUMNS.get(found["code"])
        on_rows = any((table, row, column) in cells for table, row in named for column in columns) if columns else any(
            (table, row) == (t, r) for table, row in named for t, r, _ in cells)
        return on_rows or bool(details & set(_RESTS_ON.get(found["code"], ())))

    return [found for found in findings if not doubted(found)]


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
