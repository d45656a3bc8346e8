"""The DuckDB file: where it is, opening it with its schema and views in place."""

from __future__ import annotations

import os
import time
from contextlib import contextmanager
from pathlib import Path

import duckdb

from messages import _

from .sql import scripts

DEFAULT_DB = "lkj.duckdb"


def db_path(path: str | Path | None = None) -> Path:
    """--db PATH, else $LKJ_DB, else lkj.duckdb in the working folder."""
    return Path(path or os.environ.get("LKJ_DB") or DEFAULT_DB)


def db_wait() -> float:
    """Seconds to wait for another lkj process holding the warehouse (LKJ_DB_WAIT)."""
    return float(os.environ.get("LKJ_DB_WAIT", "60"))


# For SQL a user types: no file read or written but the warehouse itself (no COPY, read_csv,
# ATTACH, INSTALL, ...), and no SET that could undo it or move temporary files elsewhere.
SANDBOX = {"enable_external_access": False, "lock_configuration": True}


class WarehouseBusy(RuntimeError):
    """Another process holds the database for writing."""


class NoWarehouse(FileNotFoundError):
    """The database file does not exist, and the caller reads it rather than creating it."""


def connect(path: str | Path | None = None, read_only: bool = False, wait: float = 0.0,
            on_wait=None, create: bool = True, sandboxed: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the warehouse, creating its tables and views on first use (read only, or with
    `create=False`, a missing file raises `NoWarehouse` instead). DuckDB lets one process write
    at a time: with `wait`, retry that long for the other to finish, calling `on_wait(message)`
    once when it starts waiting. `sandboxed` (read only): see SANDBOX."""
    if sandboxed and not read_only:
        raise ValueError("a sandboxed connection is read only")
    target = db_path(path)
    if (read_only or not create) and not target.exists():
        raise NoWarehouse(target)
    deadline = time.monotonic() + wait
    told = False
    while True:
        try:
            if read_only:
                return duckdb.connect(str(target), read_only=True, config=SANDBOX if sandboxed else {})
            con = duckdb.connect(str(target))
            break
        except duckdb.IOException as error:
            if "lock" not in str(error).lower():
                raise
            if time.monotonic() >= deadline:
                raise WarehouseBusy(f"{target}: in use by another lkj process ({error})") from None
            if on_wait and not told:
                on_wait(_("{path} is in use by another lkj process; waiting up to {seconds} s for it "
                          "(LKJ_DB_WAIT)").format(path=target, seconds=f"{wait:g}"))
                told = True
            time.sleep(0.5)
    for script in scripts("schema") + scripts("views"):
        con.execute(script)
    return con


@contextmanager
def warehouse(path: str | Path | None = None, read_only: bool = False, wait: float = 0.0, on_wait=None,
              create: bool = True, sandboxed: bool = False):
    con = connect(path, read_only=read_only, wait=wait, on_wait=on_wait, create=create, sandboxed=sandboxed)
    try:
        yield con
    finally:
        con.close()
