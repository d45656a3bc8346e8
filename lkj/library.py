"""lkj in a notebook: a report's tables, and the warehouse's views, as pandas DataFrames.

    >>> import lkj
    >>> report = lkj.read("sample_pdfs/mojokerto-protokol-2022-tw1.pdf")
    >>> report.capaian_kinerja[["indikator", "target", "realisasi", "capaian"]]
    >>> lkj.Warehouse("lkj.duckdb").view("v_capaian", pemda="kabupaten mojokerto", tahun=2022)

A cell of the contract holding a VALUE (target, realisasi, capaian, tw1-tw4) becomes columns
named as the views name them: `target` (the number), `target_tercetak` (the text as printed),
`target_satuan`, `target_kategori`, `target_status`, `target_catatan`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Self

import duckdb
import pandas as pd

TABLES = ("perjanjian_kinerja", "anggaran", "rencana_triwulan", "capaian_kinerja")
# A VALUE's parts, and the suffix each takes in a DataFrame (the number keeps the column's name).
_VALUE_PARTS = {"number": "", "raw": "_tercetak", "unit": "_satuan", "category": "_kategori", "status": "_status",
                "note": "_catatan"}
# What a view can be narrowed by, as `lkj compare` narrows: the pemda and unit kerja as the
# warehouse spells them (case and spacing aside), the year and the quarter.
FILTERS = ("pemda", "unit_kerja", "tahun", "triwulan")
# The tables of `lkj compare`, each the query that makes it.
COMPARISONS = {"antar_triwulan": "compare_triwulan", "antar_unit": "compare_antar_unit"}


def _is_value(cell) -> bool:
    return isinstance(cell, dict) and "raw" in cell and "number" in cell


def _frame(rows: list[dict]) -> pd.DataFrame:
    flat = []
    for row in rows:
        out = {}
        for key, cell in row.items():
            if _is_value(cell):
                out |= {key + suffix: cell.get(part) for part, suffix in _VALUE_PARTS.items()}
            else:
                out[key] = cell  # a finding's `where` too, kept whole
        flat.append(out)
    return pd.DataFrame(flat)


@dataclass
class Report:
    """One report as `lkj extract` reads it (`document`, the lkj-report/1 JSON), with each of its
    tables, its findings and the values awaiting review as DataFrames."""

    document: dict
    _frames: dict[str, pd.DataFrame] = field(default_factory=dict, repr=False)

    @property
    def laporan(self) -> dict:
        return self.document["laporan"]

    @property
    def source(self) -> dict:
        return self.document["source"]

    def table(self, name: str) -> pd.DataFrame:
        """`perjanjian_kinerja`, `anggaran`, `rencana_triwulan`, `capaian_kinerja`, `temuan` or
        `review`, one row per row of the contract."""
        if name not in (*TABLES, "temuan", "review"):
            raise KeyError(f"no table {name!r}: one of {', '.join((*TABLES, 'temuan', 'review'))}")
        if name not in self._frames:
            self._frames[name] = _frame(self.document.get(name, []))
        return self._frames[name]

    perjanjian_kinerja = property(lambda self: self.table("perjanjian_kinerja"))
    anggaran = property(lambda self: self.table("anggaran"))
    rencana_triwulan = property(lambda self: self.table("rencana_triwulan"))
    capaian_kinerja = property(lambda self: self.table("capaian_kinerja"))
    temuan = property(lambda self: self.table("temuan"))
    review = property(lambda self: self.table("review"))

    def __repr__(self) -> str:
        laporan = self.laporan
        return (f"<Report {self.source['file']}: {laporan.get('unit_kerja')}, {laporan.get('pemda')}, "
                f"{laporan.get('tahun')} TW {laporan.get('triwulan') or '-'}>")


def read_all(path: str | Path) -> list[Report]:
    """Every report a PDF holds (a file that binds three PKs holds three), in this process, with
    the limits on pages and streams of `LKJ_MAX_*`. Bad input raises an `lkj.exceptions.LkjError`
    whose message names the file and the reason."""
    from . import api  # the extraction stack, imported only when a PDF is read

    return [Report(document) for document in api.extract_all(Path(path))]


def read(path: str | Path) -> Report:
    """The one report a PDF holds; `read_all` for a file that binds several."""
    reports = read_all(path)
    if len(reports) > 1:
        raise ValueError(f"{Path(path).name} binds {len(reports)} reports: use lkj.read_all")
    return reports[0]


def _views() -> tuple[str, ...]:
    folder = resources.files("warehouse") / "sql" / "views"
    return tuple(sorted(entry.name.split("_", 1)[1].removesuffix(".sql")
                        for entry in folder.iterdir() if entry.name.endswith(".sql")))


class Warehouse:
    """A warehouse `lkj ingest` made, opened read only (a missing file is refused, never
    created); each view a DataFrame. `connection`: one opened already (the CLI's), left open."""

    def __init__(self, path: str | Path | None = None, connection: duckdb.DuckDBPyConnection | None = None):
        from warehouse.db import connect

        self._owned = connection is None
        self.con = connect(path, read_only=True) if connection is None else connection
        self.views = _views()

    def close(self) -> None:
        if self._owned:
            self.con.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def view(self, name: str, pemda: str | None = None, unit_kerja: str | None = None, tahun: int | None = None,
             triwulan: int | None = None) -> pd.DataFrame:
        """The view `name` (`v_capaian`, `v_triwulan`, …), narrowed as `lkj compare` narrows: a
        pemda or unit kerja typed in any case and spacing, one that matches none raising
        `warehouse.names.UnknownName` with the closest names."""
        from warehouse.names import resolve

        if name not in self.views:
            raise KeyError(f"no view {name!r}: one of {', '.join(self.views)}")
        pemda, unit_kerja = resolve(self.con, pemda, unit_kerja)
        relation = self.con.view(name)
        wanted = {"pemda": pemda, "unit_kerja": unit_kerja, "tahun": tahun, "triwulan": triwulan}
        for column, value in wanted.items():
            if value is None:
                continue
            if column not in relation.columns:
                raise KeyError(f"{name} has no column {column!r} to narrow it by")
            relation = relation.filter(duckdb.ColumnExpression(column) == duckdb.ConstantExpression(value))
        return relation.df()

    def compare(self, pemda: str, tahun: int, unit_kerja: str | None = None,
                tables: tuple[str, ...] = tuple(COMPARISONS)) -> dict[str, pd.DataFrame]:
        """The tables `lkj compare` prints: `antar_triwulan`, each indikator of the unit kerja (of
        every unit of the pemda without one) quarter by quarter, realisasi beside rencana;
        `antar_unit`, the pemda's units side by side. Names are resolved as `view` resolves them."""
        from warehouse.names import resolve
        from warehouse.sql import query

        pemda, unit_kerja = resolve(self.con, pemda, unit_kerja)
        params = {"pemda": pemda, "tahun": tahun}
        return {name: query(self.con, COMPARISONS[name], params | ({"unit_kerja": unit_kerja}
                                                                   if name == "antar_triwulan" else {})).df()
                for name in tables}
