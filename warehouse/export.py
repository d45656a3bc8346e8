"""The warehouse as Parquet files, for users who outgrow one machine."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.dataset as ds

from .sql import query


def export_parquet(con, folder: str | Path) -> dict[str, int]:
    """Every table and view under `folder/<name>/`, partitioned by tahun (rows of a report
    take their report's tahun); tables without one in a single file. Returns row counts."""
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    laporan_years = con.table("laporan").select("report_id, tahun")
    counts = {}
    for name, _ in query(con, "relations").fetchall():
        relation = con.table(name)
        if "tahun" not in relation.columns and "report_id" in relation.columns:
            relation = relation.join(laporan_years, "report_id")
        table = relation.arrow()
        if hasattr(table, "read_all"):
            table = table.read_all()
        target = root / name
        shutil.rmtree(target, ignore_errors=True)
        partitioning = ["tahun"] if "tahun" in table.column_names else None
        ds.write_dataset(table, target, format="parquet", partitioning=partitioning,
                         partitioning_flavor="hive" if partitioning else None, existing_data_behavior="overwrite_or_ignore")
        counts[name] = table.num_rows
    return counts
