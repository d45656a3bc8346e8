"""Load extracted reports: each with all of its rows, or none (one transaction for a batch).

A report is keyed by the sha256 of its file's bytes (`report_id`), and where the file binds several
reports, by that and its part number ("<sha256>#2"): loading the same file twice changes nothing,
and the reports of one file are each a laporan of their own. Rows go in as Arrow tables
(set-based), never one by one.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from enum import Enum
from functools import partial

import pyarrow as pa

from .copies import is_copy
from .identity import link_report
from .keputusan import carry_over, findings_with
from .sql import query, scalar

VALUE = pa.struct([
    ("raw", pa.string()), ("number", pa.float64()), ("unit", pa.string()),
    ("category", pa.string()), ("status", pa.string()), ("note", pa.string()),
])
_LINK_FIELDS = [("indikator_id", pa.string()), ("link_score", pa.float64()), ("link_method", pa.string())]
# Where each field of a row was read (the row's `boxes`), as JSON text: a DuckDB JSON column.
_BOXES = ("boxes", pa.string())
SCHEMAS = {
    "perjanjian_kinerja": pa.schema([
        ("report_id", pa.string()), ("row_no", pa.int32()), ("page", pa.int32()), ("sasaran_no", pa.string()),
        ("sasaran", pa.string()), ("indikator_no", pa.string()), ("indikator", pa.string()), *_LINK_FIELDS,
        ("target", VALUE), _BOXES,
    ]),
    "anggaran": pa.schema([
        ("report_id", pa.string()), ("row_no", pa.int32()), ("page", pa.int32()), ("uraian", pa.string()),
        ("level", pa.string()), ("jumlah", pa.int64()), ("sumber", pa.string()),
        ("realisasi", pa.int64()), ("kode", pa.string()),  # optional in the contract: absent → NULL
        _BOXES,
    ]),
    "rencana_triwulan": pa.schema([
        ("report_id", pa.string()), ("row_no", pa.int32()), ("page", pa.int32()), ("sasaran_no", pa.string()),
        ("indikator", pa.string()), *_LINK_FIELDS, ("tw1", VALUE), ("tw2", VALUE), ("tw3", VALUE), ("tw4", VALUE),
        _BOXES,
    ]),
    "capaian_kinerja": pa.schema([
        ("report_id", pa.string()), ("row_no", pa.int32()), ("page", pa.int32()), ("sasaran_no", pa.string()),
        ("sasaran", pa.string()), ("indikator", pa.string()), *_LINK_FIELDS,
        ("target", VALUE), ("realisasi", VALUE), ("capaian", VALUE), _BOXES,
    ]),
    "temuan": pa.schema([
        ("report_id", pa.string()), ("temuan_no", pa.int32()), ("code", pa.string()), ("severity", pa.string()),
        ("message", pa.string()), ("table_name", pa.string()), ("row_no", pa.int32()), ("page", pa.int32()),
        ("where", pa.string()),
    ]),
    "review": pa.schema([
        ("report_id", pa.string()), ("review_no", pa.int32()), ("table_name", pa.string()), ("row_no", pa.int32()),
        ("column_name", pa.string()), ("page", pa.int32()), ("raw", pa.string()), ("value", pa.string()),
        ("confidence", pa.float64()), ("reason", pa.string()), ("box", pa.string()),
    ]),
    "indikator": pa.schema([
        ("indikator_id", pa.string()), ("pemda", pa.string()), ("unit_kerja", pa.string()), ("nama", pa.string()),
        ("lower_is_better", pa.bool_()), ("lower_is_better_override", pa.bool_()),
    ]),
}


class Outcome(str, Enum):
    ingested = "ingested"
    revised = "revised"      # a new file for a unit kerja and period already loaded
    scan_copy = "pindaian"   # a scan with the figures of a digital report loaded for its period (`scan_of`)
    unchanged = "unchanged"  # these very bytes are loaded already (`seen` tells a copy from the file itself)


DUPLICATE = "duplikat dari {file}"
SCAN_OF = "pindaian dari {file}"


def report_id(report: dict) -> str:
    """The warehouse's key of a report: its file's sha256, with the part number for one of several
    reports bound in one file."""
    source = report["source"]
    return f"{source['sha256']}#{source['part']}" if source.get("parts") else source["sha256"]


def is_loaded(con, sha256: str) -> bool:
    """Every report of the file with these bytes is loaded (`seen` says under which name)."""
    return bool(query(con, "load/loaded_as_many", {"sha256s": [sha256]}).fetchall())


def seen(con, sha256: str, file: str, path: str | None = None) -> str | None:
    """What a file whose bytes are loaded already is: "unchanged" when it is the file they were
    loaded from (its name and place), else "duplikat dari FILE", a copy (FILE: the name they were
    loaded under, or its full path where the copy bears the same name elsewhere), whose name and
    place are then kept among those the bytes were seen under (table `berkas`). None when the
    bytes are not loaded yet."""
    return seen_all(con, [(sha256, file, path)])[0]


def seen_all(con, files: list[tuple[str, str, str | None]]) -> list[str | None]:
    """`seen` for each (sha256, file, path) of a batch, asking the warehouse once: a rerun over
    an archive of thousands of files loaded already takes a second."""
    if not files:
        return []
    loaded = _loaded_as(con, {sha256 for sha256, _, _ in files})
    said = []
    for sha256, file, path in files:
        if sha256 not in loaded:
            said.append(None)
            continue
        loaded_file, loaded_path = loaded[sha256]
        if loaded_file == file and _same_place(loaded_path, path or file):
            said.append(Outcome.unchanged.value)  # the file itself: its name and place are kept already
            continue
        query(con, "load/insert_berkas", {"sha256": sha256, "file": file, "path": path})
        said.append(DUPLICATE.format(file=loaded_path if loaded_file == file else loaded_file))
    return said


def loaded_files(con, hashes: set[str]) -> set[str]:
    """Which of the files with these bytes have every report they bind loaded."""
    return set(_loaded_as(con, hashes))


def _loaded_as(con, hashes: set[str]) -> dict[str, tuple[str, str]]:
    rows = query(con, "load/loaded_as_many", {"sha256s": sorted(hashes)}).fetchall()
    return {sha256: (file, path) for sha256, file, path in rows}


def _same_place(loaded: str, here: str) -> bool:
    """The file loaded from `loaded` is the one at `here`: the same path, or the same file by
    another spelling of it (a relative path, another working folder), or one whose first place is
    gone (the folder was moved, an archive's member no longer unpacked there)."""
    if loaded == here:
        return True
    try:
        return os.path.samefile(loaded, here)
    except OSError:
        return not os.path.exists(loaded)


def scan_of(con, report: dict) -> str:
    """"pindaian dari FILE": what a report loaded as `Outcome.scan_copy` is a scan of."""
    return SCAN_OF.format(file=scalar(con, "load/copied_file", {"report_id": report_id(report)}))


def load_report(con, report: dict, path: str | None = None, submitted: datetime | None = None) -> Outcome:
    """Load `report` (an lkj-report/1 document) into the warehouse behind `con`. Bytes loaded
    already are not loaded again (`unchanged`), but the name they came under is kept (`seen`).
    `submitted`: when the report was handed in (its arrival in the inbox, else its file's
    modification time), which decides the current revision of its period (v_laporan)."""
    with loading(con) as load:
        return load(report, path, submitted)


@contextmanager
def loading(con) -> Iterator[Callable[..., Outcome]]:
    """Load several reports in one transaction: `load(report, path, submitted)` as `load_report`,
    for each. Each report is still all rows or none, and so are they all: a failure rolls every
    one of them back. A commit costs about as much as loading a short report, and the row tables
    (which no later report of the batch reads) go in once for the whole batch."""
    rows: dict[str, list[dict]] = {table: [] for table in ROW_TABLES}
    con.begin()
    try:
        yield partial(_load, con, rows)
        for table in ROW_TABLES:
            _insert(con, table, rows[table])
        con.commit()
    except BaseException:
        con.rollback()
        raise


ROW_TABLES = ("perjanjian_kinerja", "anggaran", "rencana_triwulan", "capaian_kinerja", "temuan", "review")


def _load(con, rows: dict[str, list[dict]], report: dict, path: str | None = None,
          submitted: datetime | None = None) -> Outcome:
    key = report_id(report)
    if scalar(con, "load/known_report", {"report_id": key}):
        seen(con, report["source"]["sha256"], report["source"]["file"], path)  # a copy's name is kept
        return Outcome.unchanged
    laporan = report["laporan"]
    period = {k: laporan.get(k) for k in ("pemda", "unit_kerja", "tahun", "triwulan", "jenis")}
    period["sha256"] = report["source"]["sha256"]
    # The indikator and the laporan go in at once: the next report of the batch links to them,
    # and finds its period's other files among them.
    links, new_indikator = link_report(con, report)
    others = query(con, "load/same_period", period).fetchall()
    copy_of = _digital_copied(report, others)
    query(con, "load/insert_laporan", {**_laporan_params(report, path), "diserahkan_at": submitted,
                                       "salinan_dari": copy_of})
    if not report["source"]["ocr"]:
        for scan_id in _scans_copying(report, others):
            query(con, "load/mark_copy", {"report_id": scan_id, "salinan_dari": key})
    query(con, "load/insert_berkas", {"sha256": report["source"]["sha256"], "file": report["source"]["file"],
                                      "path": path})
    _insert(con, "indikator", new_indikator)
    for table in ("perjanjian_kinerja", "anggaran", "rencana_triwulan", "capaian_kinerja"):
        rows[table] += _rows(key, report[table], links.get(table))
    # A revision inherits the reviewer's decisions on cells it still reads the same, and its
    # findings are those of its values as corrected.
    carried = carry_over(con, key, report, [other[0] for other in others])
    rows["temuan"] += _temuan_rows(key, findings_with(report, carried))
    rows["review"] += _review_rows(key, report.get("review", []))
    if copy_of:
        return Outcome.scan_copy
    return Outcome.revised if others else Outcome.ingested


def _digital_copied(report: dict, others: list[tuple]) -> str | None:
    """The digital report of the period that `report`, a scan, copies; None for a digital report,
    or a scan that revises what is loaded."""
    if not report["source"]["ocr"]:
        return None
    return next((other_id for other_id, ocr, _, document in others
                 if not ocr and is_copy(report, json.loads(document))), None)


def _scans_copying(report: dict, others: list[tuple]) -> list[str]:
    """The scans of the period, loaded before `report` (a digital one) and not yet known as copies,
    that copy it."""
    return [other_id for other_id, ocr, copy_of, document in others
            if ocr and copy_of is None and is_copy(json.loads(document), report)]


def _insert(con, table: str, rows: list[dict]) -> None:
    if not rows:
        return
    incoming = pa.Table.from_pylist(rows, schema=SCHEMAS[table])
    con.register("incoming", incoming)
    try:
        query(con, f"load/insert_{table}")
    finally:
        con.unregister("incoming")


def _rows(report_id: str, rows: list[dict], links) -> list[dict]:
    out = []
    for index, row in enumerate(rows):
        record = {"report_id": report_id, "row_no": index, **row}
        # A document extracted before rows kept their boxes: NULL.
        record["boxes"] = json.dumps(row["boxes"]) if row.get("boxes") is not None else None
        if links is not None:
            link = links[index]
            record |= {"indikator_id": link.indikator_id, "link_score": link.score, "link_method": link.method}
        out.append(record)
    return out


def insert_temuan(con, report_id: str, temuan: list[dict]) -> None:
    """A report's findings, written again (warehouse.keputusan: after a reviewer's decision)."""
    _insert(con, "temuan", _temuan_rows(report_id, temuan))


def _temuan_rows(report_id: str, temuan: list[dict]) -> list[dict]:
    return [
        {"report_id": report_id, "temuan_no": index, "code": t["code"], "severity": t["severity"],
         "message": t["message"], "table_name": t["where"].get("table"), "row_no": t["where"].get("row"),
         "page": t["where"].get("page"), "where": json.dumps(t["where"], ensure_ascii=False)}
        for index, t in enumerate(temuan)
    ]


def _review_rows(report_id: str, review: list[dict]) -> list[dict]:
    return [
        {"report_id": report_id, "review_no": index, "table_name": r["table"], "row_no": r["row"],
         "column_name": r["column"], "page": r["page"], "raw": r["raw"],
         "value": json.dumps(r["value"], ensure_ascii=False), "confidence": r["confidence"],
         "reason": r["reason"], "box": json.dumps(r["box"]) if r.get("box") is not None else None}
        for index, r in enumerate(review)
    ]


def _laporan_params(report: dict, path: str | None) -> dict:
    laporan, source = report["laporan"], report["source"]
    signer = laporan.get("penandatangan") or {}
    return {
        "report_id": report_id(report), "sha256": source["sha256"], "part": source.get("part", 1),
        "parts": source.get("parts", 1), "jenis": laporan.get("jenis"),
        "file": source["file"], "path": path, "pages": source["pages"],
        "ocr": source["ocr"], "unit_kerja": laporan["unit_kerja"], "instansi": laporan["instansi"],
        "pemda": laporan["pemda"], "tahun": laporan["tahun"], "triwulan": laporan["triwulan"],
        "penandatangan_nama": signer.get("nama"), "penandatangan_pangkat": signer.get("pangkat"),
        "penandatangan_nip": signer.get("nip"), "penandatangan_jabatan": signer.get("jabatan"),
        "document": json.dumps(report, ensure_ascii=False),
    }
