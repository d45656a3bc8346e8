"""A reviewer's corrections: which indikator a wording belongs to, and which way is better."""

from __future__ import annotations

import pyarrow as pa

from normalisers.indikator import comparable

from .sql import query, scalar

_KEYS = pa.schema([("report_id", pa.string()), ("row_no", pa.int32())])


class UnknownIndikator(LookupError):
    pass


def _check(con, indikator_id: str) -> None:
    if not scalar(con, "indikator_exists", {"indikator_id": indikator_id}):
        raise UnknownIndikator(f"no indikator {indikator_id!r}; `lkj link list` shows them")


def link_wording(con, pemda: str | None, unit_kerja: str | None, teks: str, indikator_id: str) -> int:
    """Rows of this unit printed with `teks` (case, spacing, spelling folded) belong to
    `indikator_id`, now and in every report loaded later. Returns how many rows moved."""
    _check(con, indikator_id)
    key = comparable(teks)
    rows = query(con, "rows_of_unit", {"pemda": pemda, "unit_kerja": unit_kerja}).fetchall()
    con.begin()
    try:
        query(con, "update/upsert_override", {"pemda": pemda, "unit_kerja": unit_kerja, "teks": key,
                                               "indikator_id": indikator_id})
        moved = 0
        for table in ("perjanjian_kinerja", "rencana_triwulan", "capaian_kinerja"):
            keys = [{"report_id": r, "row_no": n} for t, r, n, text in rows if t == table and comparable(text) == key]
            if keys:
                con.register("incoming", pa.Table.from_pylist(keys, schema=_KEYS))
                try:
                    query(con, f"update/relink_{table}", {"indikator_id": indikator_id})
                finally:
                    con.unregister("incoming")
                moved += len(keys)
        con.commit()
    except BaseException:
        con.rollback()
        raise
    return moved


def set_direction(con, indikator_id: str, lower_is_better: bool | None) -> None:
    """True: lower is better; False: higher is better; None: read it from the wording again."""
    _check(con, indikator_id)
    query(con, "update/set_direction", {"indikator_id": indikator_id, "lower_is_better": lower_is_better})
