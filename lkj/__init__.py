"""lkj: Indonesian performance reports (Laporan Kinerja) → the lkj-report/1 contract → DuckDB."""

__version__ = "0.1.0"
