"""SQL lives in warehouse/sql/*.sql; Python only names a file and passes parameters."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def text(name: str) -> str:
    """The SQL of `warehouse/sql/<name>.sql` (name like "queries/indikator_of_unit")."""
    folder, _, stem = name.rpartition("/")
    return resources.files("warehouse").joinpath("sql", folder or "queries", f"{stem}.sql").read_text(encoding="utf-8")


def query(con, name: str, params: dict | None = None):
    """Run a named query with named parameters ($name in the SQL)."""
    return con.execute(text(name if "/" in name else f"queries/{name}"), params or {})


def scripts(folder: str) -> list[str]:
    """Every script of a folder (schema, views), in file-name order."""
    root = resources.files("warehouse").joinpath("sql", folder)
    return [entry.read_text(encoding="utf-8") for entry in sorted(root.iterdir(), key=lambda e: e.name)
            if entry.name.endswith(".sql")]


def scalar(con, name: str, params: dict | None = None):
    """The single value a named query returns (the result is read to its end, which DuckDB
    requires before the connection does anything else)."""
    rows = query(con, name, params).fetchall()
    return rows[0][0] if rows else None
