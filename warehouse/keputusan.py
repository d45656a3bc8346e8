"""A reviewer's decisions in the warehouse: stored beside what was extracted (tables `koreksi` and
`keputusan_temuan`), never over it; every view reads the values with the corrections in force
(views/00_dikoreksi.sql), and a report's own findings are written again from them.

Decisions are only ever added, each in its own transaction: two reviewers deciding on one
warehouse each add theirs, and the latest on a cell is the one in force.
"""

from __future__ import annotations

import json
from datetime import datetime

from normalisers.koreksi import findings_after, raw_of, value_of

from .sql import query, scalar

KEPUTUSAN_NILAI = ("diterima", "dikoreksi", "tidak_terbaca")
KEPUTUSAN_TEMUAN = ("diterima", "ditolak")


class KeputusanTidakSah(ValueError):
    """A decision that names nothing loaded, or lacks what it needs; the message says which."""


def document_of(con, report_id: str) -> dict | None:
    text = scalar(con, "keputusan/document_of", {"report_id": report_id})
    return json.loads(text) if text else None


def decisions_of(con, report_id: str) -> list[dict]:
    """Every decision on the report's values, in the order they were made."""
    rows = query(con, "keputusan/koreksi_of_report", {"report_id": report_id}).fetchall()
    return [_decision(row) for row in rows]


def _decision(row) -> dict:
    table, row_no, column, raw, old, new, keputusan, oleh, pada, catatan = row
    return {"table": table, "row": row_no, "column": column, "raw": raw,
            "nilai_lama": None if old is None else json.loads(old),
            "nilai_baru": None if new is None else json.loads(new),
            "keputusan": keputusan, "oleh": oleh, "pada": pada, "catatan": catatan}


def decide_value(con, report_id: str, table: str, row: int | None, column: str, keputusan: str, oleh: str,
                 nilai_baru=None, catatan: str | None = None, now: datetime | None = None) -> int:
    """Record a decision on one value (`nilai_baru` already validated: normalisers.koreksi.validated)
    and write the report's findings again from its corrected values. Returns the decision's id."""
    if keputusan not in KEPUTUSAN_NILAI:
        raise KeputusanTidakSah(f"keputusan tidak dikenal: {keputusan}")
    if not (oleh or "").strip():
        raise KeputusanTidakSah("nama penelaah kosong")
    document = document_of(con, report_id)
    if document is None:
        raise KeputusanTidakSah(f"laporan {report_id} tidak ada di gudang data")
    old = _value_of(document, table, row, column)
    if keputusan == "diterima":
        nilai_baru = old
    elif keputusan == "tidak_terbaca":
        nilai_baru = None
    con.begin()
    try:
        decision_id = _insert(con, report_id, table, row, column, raw_of(document, table, row, column), old,
                              nilai_baru, keputusan, oleh.strip(), now or datetime.now(), catatan, None)
        _write_findings(con, report_id, document)
        con.commit()
    except BaseException:
        con.rollback()
        raise
    return decision_id


def decide_finding(con, kunci: str, keputusan: str, oleh: str, catatan: str | None = None,
                   now: datetime | None = None) -> int:
    """Record a decision on one finding (v_temuan's `kunci`): diterima, or ditolak with a note."""
    if keputusan not in KEPUTUSAN_TEMUAN:
        raise KeputusanTidakSah(f"keputusan tidak dikenal: {keputusan}")
    if not (oleh or "").strip():
        raise KeputusanTidakSah("nama penelaah kosong")
    if keputusan == "ditolak" and not (catatan or "").strip():
        raise KeputusanTidakSah("temuan yang ditolak perlu catatan (tindak lanjut)")
    found = query(con, "keputusan/finding_exists", {"kunci": kunci}).fetchall()
    if not found:
        raise KeputusanTidakSah(f"temuan {kunci} tidak ada (lagi) di gudang data")
    report_id, code = found[0]
    return scalar(con, "keputusan/insert_keputusan_temuan", {
        "kunci": kunci, "report_id": report_id, "code": code, "keputusan": keputusan,
        "catatan": (catatan or "").strip() or None, "oleh": oleh.strip(), "pada": now or datetime.now()})


def carry_over(con, report_id: str, report: dict, earlier: list[str]) -> list[dict]:
    """A revision of reports loaded before (`earlier`: their ids) inherits each decision in force
    on them whose cell it still reads as the same text; returns the decisions carried. Called
    inside the loading transaction, before the report's findings are stored."""
    if not earlier:
        return []
    carried, done = [], set()
    for row in query(con, "keputusan/koreksi_of_reports", {"report_ids": earlier}).fetchall():
        from_id, *decision_row = row
        decision = _decision(decision_row)
        cell = (decision["table"], decision["row"], decision["column"])
        if cell in done or raw_of(report, *cell) != decision["raw"]:
            continue
        done.add(cell)
        _insert(con, report_id, *cell, decision["raw"], decision["nilai_lama"], decision["nilai_baru"],
                decision["keputusan"], decision["oleh"], decision["pada"], decision["catatan"], from_id)
        carried.append(decision)
    return sorted(carried, key=lambda d: d["pada"])


def findings_with(report: dict, decisions: list[dict]) -> list[dict]:
    """The report's findings with the decisions in force (its own as extracted when none)."""
    return findings_after(report, decisions) if decisions else report.get("temuan", [])


def _write_findings(con, report_id: str, document: dict) -> None:
    from .load import insert_temuan  # load imports this module: carry_over runs while loading

    query(con, "keputusan/delete_temuan", {"report_id": report_id})
    insert_temuan(con, report_id, findings_with(document, decisions_of(con, report_id)))


def _insert(con, report_id, table, row, column, raw, old, new, keputusan, oleh, pada, catatan, dibawa_dari) -> int:
    return scalar(con, "keputusan/insert_koreksi", {
        "report_id": report_id, "table_name": table, "row_no": row, "column_name": column, "raw": raw,
        "nilai_lama": json.dumps(old, ensure_ascii=False), "nilai_baru": json.dumps(new, ensure_ascii=False),
        "keputusan": keputusan, "oleh": oleh, "pada": pada, "catatan": catatan, "dibawa_dari": dibawa_dari})


def _value_of(document: dict, table: str, row: int | None, column: str):
    """What lkj made of the cell a decision names; a row the report does not have is refused."""
    if table != "laporan" and (row is None or not 0 <= row < len(document.get(table) or [])):
        raise KeputusanTidakSah(f"baris {row} tidak ada di tabel {table}")
    return value_of(document, table, row, column)
