"""lkj: Indonesian performance reports (Laporan Kinerja) → the lkj-report/1 contract → DuckDB.

In a notebook: `lkj.read(pdf)` gives a report's tables as DataFrames, `lkj.Warehouse(db)` the
warehouse's views (lkj.library)."""

__version__ = "0.1.0"

_LIBRARY = ("read", "read_all", "Report", "Warehouse")


def __getattr__(name: str):
    # Imported on first use: `lkj --help` should not pay for pandas and DuckDB.
    if name in _LIBRARY:
        from . import library

        return getattr(library, name)
    raise AttributeError(f"module 'lkj' has no attribute {name!r}")
