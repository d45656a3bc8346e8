"""The `lkj` command. Each command is a thin shell over a function in `lkj.api`."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import os
import re
import shutil
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import click

from extractors import sniff
from messages import N_, _, language, ngettext, pgettext

from . import __version__, labels
from .exceptions import (
    CommandError,
    ExitCode,
    FilesQuarantined,
    LkjError,
    NoPdfFoundError,
    NothingLoadedError,
    NotOneStatementError,
    NoWarehouseError,
    OutsideWarehouseError,
    QueryError,
    ReviewNeedsTokenError,
    UnknownIndikatorError,
    UnknownNameError,
    WarehouseBusyError,
    message_as,
)


def _lazy(name: str):
    """The module `name`, imported on first use: `lkj --help` and a refusal of a non-PDF should not
    wait for the extraction stack (OpenCV, Tesseract, pdfplumber) or DuckDB to load."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


api = _lazy("lkj.api")
batch = _lazy("lkj.batch")
normalisers_values = _lazy("normalisers.values")
duckdb = _lazy("duckdb")
warehouse_db = _lazy("warehouse.db")
warehouse_names = _lazy("warehouse.names")
warehouse_sql = _lazy("warehouse.sql")


def _fail(path: Path, error: Exception, name: str | None = None) -> int:
    """One line on stderr naming the file (as the user knows it: `name`) and the reason; the
    exit code of its kind."""
    name = name or path.name
    if isinstance(error, LkjError):
        click.echo(f"lkj: {message_as(error, name)}", err=True)
        return int(error.exit_code)
    if os.environ.get("LKJ_DEBUG"):
        click.echo(getattr(error, "details", ""), err=True, nl=False)  # the worker's traceback
        raise error
    click.echo("lkj: " + _("{file}: internal error ({kind}: {error}); rerun with LKJ_DEBUG=1 for details").format(
        file=name, kind=type(error).__name__, error=error), err=True)
    return int(ExitCode.internal_error)


class _Lkj(click.Group):
    """A command that cannot do what was asked says so in one line, with its exit code."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except CommandError as error:
            click.echo(f"lkj: {error.message}", err=True)
            ctx.exit(int(error.exit_code))


@click.group(cls=_Lkj, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="lkj")
def main():
    """lkj: read Laporan Kinerja (LKj) PDFs into the lkj-report/1 contract."""


@main.command()
@click.argument("pdf", type=click.Path(exists=True, path_type=Path, dir_okay=False))
@click.option("--pretty", is_flag=True, help="Indent the JSON for reading.")
@click.option("--explain", "explain", is_flag=True,
              help="Instead of the report: every table candidate, its columns' roles and evidence, the kind "
                   "scores, its rows by class, and why it was kept or passed over.")
@click.option("--explain-json", "explain_json", is_flag=True, help="The same as --explain, as JSON.")
def extract(pdf: Path, pretty: bool, explain: bool, explain_json: bool):
    """Print one report as lkj-report/1 JSON.

    A PDF that binds several reports (the Perjanjian Kinerja of a head and of two section heads)
    prints one JSON document per report, one after another, each on its own line (each indented
    with --pretty): `source.part` says which it is. Scanned pages are read by OCR; the values a
    person should check are listed under "review".
    """
    try:
        sniff.check_ends(pdf)  # a file that is no PDF is refused at once, without starting a reader
        if explain or explain_json:
            explained = api.explain_bounded(pdf)
        else:
            reports = api.extract_all_bounded(pdf)
    except Exception as error:  # every failure is one line, never a traceback
        sys.exit(_fail(pdf, error))
    if explain_json:
        click.echo(json.dumps({k: v for k, v in explained.items() if k != "text"}, ensure_ascii=False,
                              indent=1 if pretty else None))
    elif explain:
        click.echo(explained["text"])
    else:
        for report in reports:
            click.echo(json.dumps(report, ensure_ascii=False, indent=1 if pretty else None))


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
def scan(paths: tuple[Path, ...]):
    """Extract every PDF under PATHS (in ZIP archives too, and without the .pdf extension) and
    print one summary line per report (a file that binds several prints one line for each)."""
    failed = 0
    started, pages = time.perf_counter(), 0
    with batch.gather(paths) as sources:
        if not sources:
            raise NoPdfFoundError(paths)
        for source in sources:
            try:
                if source.error:
                    raise source.error
                reports = api.extract_all_bounded(source.path)
            except Exception as error:  # one bad file never stops the batch
                _fail(source.path, error, source.name)
                failed += 1
                continue
            pages += reports[0]["source"]["pages"]
            for report in reports:
                report["source"]["file"] = source.name
                click.echo(summary_line(report))
    elapsed = time.perf_counter() - started
    click.echo(_("{pages} pages in {seconds} s ({rate} pages/s); {failed} file(s) failed").format(
        pages=pages, seconds=_decimal(elapsed), rate=_decimal(pages / elapsed), failed=failed), err=True)
    sys.exit(1 if failed else 0)


def progress_line(name: str, status: str, room: int) -> str:
    """"name: status" in at most `room` characters: a long name loses its middle ("kiriman
    dinas…/2022/tw1.pdf"), its start and its end (the file) are what tell files apart."""
    keep = room - len(status) - 2
    if len(name) > keep:
        keep = max(keep, 9)
        name = name[:keep // 2 - 1] + "…" + name[-(keep - keep // 2):]
    return f"{name}: {status}"


def _quiet_prefect() -> None:
    """Prefect's per-task log lines would bury the progress bar; it must not phone home."""
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


DASK_CONNECT_SECONDS = 10


def _check_dask(address: str) -> None:
    """One line, before Prefect starts, when the scheduler of `--dask` does not answer (Prefect
    would wait 30 s for it, then print a traceback)."""
    # Dask's own lines ("Couldn't gather 1 keys, rescheduling" once a worker is lost) would break
    # into the progress bar; what became of each file is said all the same.
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "error")
    from distributed import Client

    from .exceptions import DaskUnreachableError

    try:
        Client(address, timeout=DASK_CONNECT_SECONDS).close()
    except (OSError, TimeoutError, ValueError) as error:
        raise DaskUnreachableError(address=address, detail=str(error) or type(error).__name__) from None



def _supervised(on_stop, cleanup=None) -> bool:
    """From here on, carry on in a child that Ctrl-C, SIGTERM or SIGHUP stops at once with every
    process it started (`lkj.guard.supervise`): True there. Only the lkj program itself forks;
    a caller running the command inside its own process (a test's CliRunner) would be forked
    whole, so there the command runs as it is (False)."""
    from . import guard

    root = click.get_current_context().find_root().command
    if getattr(sys.modules.get("__main__"), "main", None) is not root:
        return False
    guard.supervise(on_stop, cleanup)
    return True


def _outcomes(events: list[str]) -> tuple[dict[str, int], int | None]:
    """Files finished by outcome, and how many the run had found, from what its processes noted."""
    counts: dict[str, int] = {}
    total = None
    for event in events:
        kind, _tab, detail = event.partition("\t")
        if kind == "found":
            total = (total or 0) + int(detail)
        elif kind:
            counts[kind] = counts.get(kind, 0) + 1
    return counts, total


def _say_stopped(error: CommandError) -> int:
    if sys.stderr.isatty():
        click.echo("\x1b[?25h", err=True)  # the progress bar hid the cursor and left its line open
    click.echo(f"lkj: {error.message}", err=True)
    return int(error.exit_code)


db_option = click.option(
    "--db", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help="The DuckDB warehouse (default: $LKJ_DB, else lkj.duckdb in the working folder).",
)
dask_option = click.option(
    "--dask", metavar="ADDRESS", envvar="LKJ_DASK_ADDRESS", default=None,
    help="Read the files on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786); "
         "loading stays here (default: $LKJ_DASK_ADDRESS, else this machine's cores).",
)
format_option = click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
                             show_default=True)


@main.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@db_option
@click.option("--quarantine", type=click.Path(file_okay=False, path_type=Path), default=Path("quarantine"),
              show_default=True, help="Where files that fail are copied, each with a .error.txt.")
@dask_option
def ingest(folder: Path, db: Path | None, quarantine: Path, dask: str | None):
    """Load every PDF under FOLDER into the warehouse (new, revised, unchanged, a duplicate of
    a file loaded under another name, or a scan with the figures of a digital report of its
    period, which never becomes its current file), in ZIP archives too. Of a period's other
    files the latest submitted (modification time) is current. Exits 11 when there is no PDF,
    12 when files were set aside in quarantine; Ctrl-C or SIGTERM stops it at once (130 / 143),
    and rerunning the command finishes the job."""
    if not batch.has_candidates(folder):  # said at once, before Prefect starts
        raise NoPdfFoundError([folder])
    _quiet_prefect()
    if dask:
        _check_dask(dask)
    from .exceptions import IngestStopped

    _supervised(lambda signum, events: _say_stopped(IngestStopped(signum, *_outcomes(events))))
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from flows.steps import ingest, reporting_progress

    console = _stderr_console()
    # File names are shown as they are: "[2022]" in an archive's folder is not markup. What the bar
    # leaves of the line is the last file's name, elided in its middle, and what became of it.
    room = max(24, console.width - 60)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.fields[last]}", markup=False))
    with Progress(*columns, console=console, transient=False) as bar:
        # The total is known once archives are opened; Prefect, when a file is new, starts after.
        job = bar.add_task(_("loading"), total=None, last=_("finding files…"))

        def found(count: int) -> None:
            bar.update(job, total=count, last=ngettext("{count} file found, reading…", "{count} files found, reading…",
                                                       count).format(count=count))

        def finished(name: str, outcome: str) -> None:
            bar.update(job, advance=1, last=progress_line(name, labels.outcome(outcome), room))

        def ocred(name: str, done: int, total: int) -> None:  # a long scan: minutes of OCR
            bar.update(job, last=progress_line(name, _("OCR page {done}/{total}").format(done=done, total=total), room))

        with reporting_progress(finished, on_found=found, on_pages=ocred):
            summary = ingest(str(folder), db=str(warehouse_db.db_path(db)), quarantine=str(quarantine), dask=dask)
    if not summary["files"]:  # archives that hold no PDF
        raise NoPdfFoundError([folder])
    click.echo(labels.summary_line(summary))
    if summary["quarantined"]:
        raise FilesQuarantined(summary["quarantined"], quarantine)


@main.command()
@click.argument("inbox", type=click.Path(path_type=Path))
@db_option
@click.option("--interval", type=float, default=None, help="Seconds between runs (default 60).")
@click.option("--cron", default=None, help="A cron expression instead of an interval.")
@dask_option
def serve(inbox: Path, db: Path | None, interval: float | None, cron: str | None, dask: str | None):
    """Watch INBOX (a folder that exists) for new submissions on a schedule (Prefect): each file,
    once completely written, ends in INBOX/processed/ or INBOX/quarantine/, with one line saying
    which. Ctrl-C or SIGTERM stops it."""
    if interval and cron:
        raise click.UsageError(_("give --interval or --cron, not both"))
    if not inbox.is_dir():
        from .exceptions import NoInboxError

        raise NoInboxError(inbox)
    db = warehouse_db.db_path(db)
    _quiet_prefect()
    if dask:  # the flow runs of the schedule are processes of their own: they read it there
        _check_dask(dask)
        os.environ["LKJ_DASK_ADDRESS"] = dask
    from flows import serve as serving

    from .exceptions import ServeStopped

    home = serving.private_home()

    def stopped(signum: int, events: list[str]) -> int:
        try:
            serving.withdraw(inbox, db)  # the runs it scheduled on PREFECT_API_URL's server
        except Exception:  # unreachable now: the next serve of this inbox withdraws them at its start
            pass
        return _say_stopped(ServeStopped(signum, _outcomes(events)[0], inbox))

    def cleanup() -> None:
        if home is not None:
            shutil.rmtree(home, ignore_errors=True)

    supervised = _supervised(stopped, cleanup)
    try:
        serving.serve_inbox(str(inbox), str(db), interval=interval, cron=cron, home=home)
    finally:
        if not supervised:
            cleanup()


@main.command()
@click.argument("sql")
@db_option
@format_option
def query(sql: str, db: Path | None, fmt: str):
    """Run one SQL statement on the warehouse (read only; no file outside it is read or
    written) and print the result."""
    with _warehouse(db, read_only=True, sandboxed=True) as con:
        try:
            statements = duckdb.extract_statements(sql)
            if len(statements) != 1:
                raise NotOneStatementError(len(statements))
            result = con.execute(statements[0])
        except duckdb.PermissionException as error:
            raise OutsideWarehouseError(str(error).splitlines()[0]) from None
        except duckdb.Error as error:
            raise QueryError(str(error).splitlines()[0]) from None
        _print_result(_rows_of(result), fmt, None)


_COMPARE_VIEWS = {"triwulan": "antar_triwulan", "unit": "antar_unit"}


@main.command()
@click.option("--pemda", required=True, help='e.g. "Kabupaten Mojokerto"')
@click.option("--tahun", required=True, type=int)
@click.option("--unit", default=None, help="One unit kerja (default: every unit of the pemda).")
@click.option("--view", "views", type=click.Choice(list(_COMPARE_VIEWS)), multiple=True,
              help="Only this table: triwulan (across quarters) or unit (across units). Default: both.")
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="With --format csv: a folder to write each table into, one file each "
                   "(antar_triwulan.csv, antar_unit.csv).")
@db_option
@format_option
def compare(pemda: str, tahun: int, unit: str | None, views: tuple[str, ...], output: Path | None, db: Path | None,
            fmt: str):
    """Cross-quarter table (realisasi beside rencana, TW I-IV) and cross-unit table of a pemda and year.

    The table fits the terminal (each quarter's realisasi, rencana and capaian in one column);
    every figure keeps its unit. A CSV holds one table: choose it with --view, or give --output
    FOLDER for one file per table."""
    chosen = [_COMPARE_VIEWS[v] for v in dict.fromkeys(views or _COMPARE_VIEWS)]
    if output is not None and fmt != "csv":
        raise click.UsageError(_("--output applies to --format csv only"))
    if fmt == "csv" and output is None and len(chosen) > 1:
        raise click.UsageError(_("--format csv writes one table: choose --view triwulan or --view unit, "
                                 "or give --output FOLDER for one file per table"))
    with _warehouse(db, read_only=True) as con:
        pemda, unit = _known_names(con, pemda, unit)
        from .library import Warehouse

        tables = Warehouse(connection=con).compare(pemda, tahun, unit, tuple(chosen))
    if all(frame.empty for frame in tables.values()):
        raise NothingLoadedError(pemda, tahun, unit)
    if fmt == "json":  # numbers, each row with the unit of its figures
        click.echo(json.dumps({name: _records(_compare_json(name, frame)) for name, frame in tables.items()},
                              ensure_ascii=False, indent=1))
        return
    if fmt == "csv":
        for name, frame in tables.items():
            text = _compare_flat(name, frame).to_csv(index=False)
            if output is None:
                click.echo(text, nl=False)
                continue
            output.mkdir(parents=True, exist_ok=True)
            (output / f"{name}.csv").write_text(text, encoding="utf-8")
            click.echo(_rows_written(output / f"{name}.csv", len(frame)))
        return
    width = _terminal_width()
    printed = 0
    for name, frame in tables.items():
        if name == "antar_triwulan":  # one table per unit kerja, so that its name needs no column
            pieces = [(_("Across quarters: {unit} {year}").format(unit=unit_kerja, year=tahun),
                       _compare_quarters(group, width))
                      for unit_kerja, group in frame.groupby("unit_kerja", sort=False)]
        else:
            pieces = [(_("Across units: {pemda} {year}").format(pemda=pemda, year=tahun), _compare_units(frame))]
        for number, (title, table_rows) in enumerate(pieces):
            if printed:
                click.echo()
            _print_fitted(table_rows, title, _(_COMPARE_NOTES[name]) if number == len(pieces) - 1 else None, width)
            printed += 1


_ROMAN = labels.ROMAN
_COMPARE_NOTES = {
    "antar_triwulan": N_("Each quarter: realisasi, rencana and capaian (recomputed from realisasi and target)."),
    "antar_unit": N_("The mean capaian is over the indikator whose capaian is a number (not \"Proses\" or a "
                     "category): \"3 dari 7 indikator\"."),
}


def _compare_rows(frame) -> list[dict]:
    return [{k: (None if _blank(v) else v) for k, v in row.items()} for row in frame.to_dict("records")]


def _blank(value) -> bool:
    """None, NaN, and pandas' NA and NaT (a null of an integer or a timestamp column)."""
    if value is None or (isinstance(value, float) and value != value):
        return True
    pandas = sys.modules.get("pandas")  # loaded by then wherever a frame holds its nulls
    return pandas is not None and (value is pandas.NA or value is pandas.NaT)


def _with_unit(printed: str | None, number, unit: str | None) -> str:
    """A figure as printed, with its unit where the cell printed none (it came from the column's
    header, the Satuan column or the indikator's target): "46" beside a target of "95%" is "46%"."""
    if printed is None:
        return "" if number is None else _with_unit(_cell(float(number)), number, unit)
    if number is None or not unit or unit in ("kategori", "indeks"):
        return printed
    if unit == "%":
        return printed if "%" in printed else f"{printed}%"
    if unit == "rp":
        return printed if "rp" in printed.lower() else f"Rp {printed}"
    return printed if unit.lower() in printed.lower() else f"{printed} {unit}"


def _target(row: dict) -> str:
    """The target as printed, with the indikator's unit where it printed none and is a figure."""
    printed = row["target"]
    return _with_unit(printed, 1 if printed and re.search(r"[0-9]", printed) else None, row["satuan"])


def _percent(number) -> str:
    return "" if number is None else f"{_cell(float(number))}%"


def _quarter_figures(row: dict, q: int) -> tuple[str, str, str]:
    """Realisasi, rencana and capaian of quarter q, each with its unit. A realisasi without its own
    unit takes its indikator's, unless that is a grade (a score beside "Kategori BB" has none)."""
    own = row[f"satuan_realisasi_tw{q}"] or row["satuan"]
    realisasi = _with_unit(row[f"realisasi_tercetak_tw{q}"], row[f"realisasi_tw{q}"], own)
    rencana = _with_unit(row[f"rencana_tercetak_tw{q}"], row[f"rencana_tw{q}"], row["rencana_satuan"] or row["satuan"])
    return realisasi, rencana, _percent(row[f"capaian_tw{q}"])


def _base(row: dict) -> str:
    return row["dasar_rata_rata"] or ""


def _compare_json(name: str, frame):
    """The JSON of a table: its numbers as the views hold them, and the unit of each row's figures."""
    if name == "antar_unit":
        return frame
    keep = ["unit_kerja", "indikator", "target", "satuan", "rencana_satuan"] + [
        f"{kind}_tw{q}" for q in (1, 2, 3, 4) for kind in ("realisasi", "rencana")] + [
        f"capaian_tw{q}" for q in (1, 2, 3, 4)]
    return frame[keep]


def _compare_flat(name: str, frame):
    """A table for CSV: one column per figure, each written with its unit ("46%", "12 dokumen",
    "Rp 1.600.000.000"), as a person reads it in a spreadsheet."""
    import pandas as pd

    rows = _compare_rows(frame)
    if name == "antar_unit":
        return pd.DataFrame([{
            "periode": r["periode"], "unit_kerja": r["unit_kerja"], "jumlah_indikator": r["jumlah_indikator"],
            "indikator_tercapai": r["indikator_tercapai"], "indikator_dalam_proses": r["indikator_dalam_proses"],
            "rata_rata_capaian": _percent(r["rata_rata_capaian"]), "dasar_rata_rata": _base(r),
            "anggaran": _with_unit(None, r["anggaran"], "rp"),
            "realisasi_anggaran_persen": _percent(r["realisasi_anggaran_persen"]),
        } for r in rows], columns=["periode", "unit_kerja", "jumlah_indikator", "indikator_tercapai",
                                   "indikator_dalam_proses", "rata_rata_capaian", "dasar_rata_rata", "anggaran",
                                   "realisasi_anggaran_persen"])
    out = []
    for r in rows:
        record = {"unit_kerja": r["unit_kerja"], "indikator": r["indikator"],
                  "target": _target(r)}
        for q in (1, 2, 3, 4):
            record[f"realisasi_tw{q}"], record[f"rencana_tw{q}"], _capaian = _quarter_figures(r, q)
        for q in (1, 2, 3, 4):
            record[f"capaian_tw{q}"] = _quarter_figures(r, q)[2]
        out.append(record)
    columns = ["unit_kerja", "indikator", "target"] + [f"{k}_tw{q}" for q in (1, 2, 3, 4)
                                                      for k in ("realisasi", "rencana")] + [
        f"capaian_tw{q}" for q in (1, 2, 3, 4)]
    return pd.DataFrame(out, columns=columns)


def _compare_units(frame) -> tuple[list[str], list[list[str]], set[int]]:
    """The cross-unit table for the terminal: each mean capaian with its base."""
    headers = [_("period"), _("unit kerja"), _("indikator reached"), _("mean capaian"), _("anggaran"),
               _("realisasi anggaran")]
    body = [[r["periode"], r["unit_kerja"],
             _("{reached} of {count}").format(reached=r["indikator_tercapai"], count=r["jumlah_indikator"])
             + ("\n" + _("{count} in progress").format(count=r["indikator_dalam_proses"])
                if r["indikator_dalam_proses"] else ""),
             _percent(r["rata_rata_capaian"]) + (f"\n({_base(r)})" if _base(r) else ""),
             _with_unit(None, r["anggaran"], "rp"), _percent(r["realisasi_anggaran_persen"])]
            for r in _compare_rows(frame)]
    return headers, body, set(range(len(body)))


def _compare_quarters(frame, width: int) -> tuple[list[str], list[list[str]], set[int]]:
    """The cross-quarter table of one unit kerja for the terminal: TW I-IV side by side (each
    quarter's realisasi, rencana and capaian in one cell) where the terminal is wide enough, else
    one line per quarter under each indikator. The last row of each indikator closes a section."""
    rows = _compare_rows(frame)
    # Only the quarters something is reported for: a unit's TW I report leaves TW II-IV empty.
    quarters = [q for q in (1, 2, 3, 4) if any(any(_quarter_figures(r, q)) for r in rows)] or [1]
    targets = [_target(r) for r in rows]
    side = []
    for r, target in zip(rows, targets):
        cells = []
        for q in quarters:
            realisasi, rencana, capaian = _quarter_figures(r, q)
            cells.append("\n".join([realisasi or "–"] + ([_("rencana {figure}").format(figure=rencana)] if rencana else [])
                                   + ([_("capaian {figure}").format(figure=capaian)] if capaian else [])))
        side.append([r["indikator"], target] + cells)
    # Side by side when every figure's line fits beside an indikator column of 24 characters.
    needed = 24 + 3 + sum(3 + max(len(line) for row in side for line in row[i].split("\n"))
                          for i in range(1, len(side[0]) if side else 1)) + 1
    if needed <= width:
        return [_("indikator"), _("target")] + [f"TW {_ROMAN[q - 1]}" for q in quarters], side, set(range(len(side)))
    body, ends = [], set()
    for r, target in zip(rows, targets):
        for n, q in enumerate(quarters):
            body.append([r["indikator"] if n == 0 else "", target if n == 0 else "", f"TW {_ROMAN[q - 1]}",
                         *_quarter_figures(r, q)])
        ends.add(len(body) - 1)
    return [_("indikator"), _("target"), _("quarter"), _("realisasi"), _("rencana"), _("capaian")], body, ends


def _terminal_width() -> int:
    """The terminal's columns ($COLUMNS first); 80 when printing to a pipe or a file."""
    return shutil.get_terminal_size((80, 24)).columns


def _column_widths(headers: list[str], body: list[list[str]], width: int) -> list[int | None]:
    """Each figure column as wide as its longest line, up to a cap (a remark such as "100%
    (1program,1keg,3 sub.keg)" wraps) that narrows until the names (indikator, unit kerja) get 16
    columns; never narrower than its longest word under the cap. None throughout (rich's own fitting) where even
    that does not fit."""
    room = width - 3 * len(headers) - 1  # each column's padding and rule, and the table's edges
    names = [i for i, header in enumerate(headers) if header in (_("indikator"), _("unit kerja"))]
    heads = [max(len(word) for word in h.split()) for h in headers]  # a header wraps at its spaces
    lines = [max([len(line) for row in body for line in row[i].split("\n")] + [heads[i]]) for i in range(len(headers))]
    words = [max([len(word) for row in body for word in row[i].split()] + [heads[i]]) for i in range(len(headers))]
    # Figures wrap at their spaces first; only then is a word longer than the cap (a remark's) folded.
    for fold, cap in [(False, cap) for cap in (18, 16, 14, 12, 10)] + [(True, 12), (True, 10)]:
        widths = [None if i in names else max(min(lines[i], cap), min(words[i], cap) if fold else words[i], heads[i])
                  for i in range(len(headers))]
        left = room - sum(w for w in widths if w is not None)
        if names and left >= 12 * len(names):
            return [left // len(names) if w is None else w for w in widths]
    return [None] * len(headers)


def _print_fitted(table_rows: tuple[list[str], list[list[str]], set[int]], title: str, note: str | None,
                  width: int) -> None:
    """A table as wide as the terminal, never wider: the widest cells wrap. Rows in `ends` close a
    section (a rule under them). Shown literally, never as markup."""
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    headers, body, ends = table_rows
    table = Table(title=Text(title), title_justify="left", header_style="bold", caption=Text(note) if note else None,
                  caption_justify="left", box=box.SIMPLE_HEAD)
    for header, column_width in zip(headers, _column_widths(headers, body, width)):
        table.add_column(Text(header), overflow="fold", width=column_width)
    for number, row in enumerate(body):
        table.add_row(*(Text(cell) for cell in row), end_section=number in ends and number < len(body) - 1)
    Console(width=width, markup=False, emoji=False, highlight=False).print(table)


@main.command()
@click.option("--parquet", "folder", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder to write one Parquet dataset per table and view into, partitioned by tahun.")
@click.option("--xlsx", "workbook", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Excel workbook to write the main views into, one sheet each.")
@click.option("--pemda", default=None, help="With --xlsx: only this pemda.")
@click.option("--tahun", type=int, default=None, help="With --xlsx: only this year.")
@db_option
def export(folder: Path | None, workbook: Path | None, pemda: str | None, tahun: int | None, db: Path | None):
    """Export every table and view of the warehouse (--parquet), or the main views as one
    workbook (--xlsx)."""
    if folder is None and workbook is None:
        raise click.UsageError(_("give --parquet DIR or --xlsx FILE (or both)"))
    if folder is not None and (pemda is not None or tahun is not None) and workbook is None:
        raise click.UsageError(_("--pemda and --tahun apply to --xlsx only"))
    with _warehouse(db, read_only=True) as con:
        if workbook is not None:
            pemda, _unit = _known_names(con, pemda)  # before anything is written: a typo writes nothing
        if folder is not None:
            from warehouse.export import export_parquet

            counts = export_parquet(con, folder)
            for name, rows in counts.items():
                click.echo(_rows_written(folder / name, rows))
        if workbook is not None:
            from report.xlsx import export_xlsx, sheet_title

            counts = export_xlsx(con, workbook, pemda=pemda, tahun=tahun)
            click.echo(f"{workbook}: " + ", ".join(
                ngettext("{sheet} {count} row", "{sheet} {count} rows", rows).format(sheet=sheet_title(view), count=rows)
                for view, rows in counts.items()))


@main.command()
@click.option("--pemda", required=True, help='e.g. "Kabupaten Mojokerto"')
@click.option("--tahun", required=True, type=int)
@click.option("--unit", default=None, help="One unit kerja (default: every unit of the pemda).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=Path("laporan.html"),
              show_default=True, help="The HTML file to write.")
@db_option
def report(pemda: str, tahun: int, unit: str | None, output: Path, db: Path | None):
    """The evaluator's report of a pemda and year: one self-contained HTML file (charts per
    indikator, capaian across units, budget absorption, findings), in Indonesian."""
    from report import NothingLoaded, build_report

    with _warehouse(db, read_only=True) as con:
        pemda, unit = _known_names(con, pemda, unit)
        try:
            page = build_report(con, pemda, tahun, unit)
        except NothingLoaded:
            raise NothingLoadedError(pemda, tahun, unit) from None
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(page, encoding="utf-8")
    click.echo(f"{output}: {_decimal(len(page.encode()) / 1e6)} MB")


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="The address to listen on; any but this machine's own needs --token.")
@click.option("--port", default=8765, type=int, show_default=True)
@click.option("--token", envvar="LKJ_REVIEW_TOKEN", default=None,
              help="Asked of every request (a browser gives it once: ?token=...). Default: $LKJ_REVIEW_TOKEN.")
def review(db: Path | None, host: str, port: int, token: str | None):
    """The reviewer's workbench in the browser: check doubtful values beside the page they were read
    from, correct them, and accept or dismiss findings. Corrections are kept beside the extraction,
    and every view, comparison, report and export uses them."""
    from workbench.app import create_app, is_loopback

    if not is_loopback(host) and not token:
        raise ReviewNeedsTokenError(host)
    with _warehouse(db, wait=warehouse_db.db_wait()):
        pass  # the warehouse exists, its schema and views brought up to date; the app opens it per request
    import uvicorn

    app = create_app(db, token=token, wait=warehouse_db.db_wait())
    shown = f"[{host}]" if ":" in host else host
    click.echo(_("lkj review: http://{host}:{port}/ (Ctrl+C to stop)").format(host=shown, port=port), err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)


@main.group()
def link():
    """Review how rows are linked to indikator, and correct it."""


@link.command("list")
@click.option("--pemda", default=None)
@click.option("--unit", default=None)
@db_option
@format_option
def link_list(pemda: str | None, unit: str | None, db: Path | None, fmt: str):
    """Each printed wording of each indikator, with the link's method and score."""
    with _warehouse(db, read_only=True) as con:
        pemda, unit = _known_names(con, pemda, unit)
        _print_result(_rows_of(warehouse_sql.query(con, "links_of_unit", {"pemda": pemda, "unit_kerja": unit})), fmt,
                      None)


@link.command("set")
@click.option("--pemda", required=True)
@click.option("--unit", required=True)
@click.argument("teks")
@click.argument("indikator_id")
@db_option
def link_set(pemda: str, unit: str, teks: str, indikator_id: str, db: Path | None):
    """Rows of UNIT printed as TEKS belong to INDIKATOR_ID (now and in later loads)."""
    from warehouse.links import UnknownIndikator, link_wording

    with _warehouse(db, wait=60) as con:
        pemda, unit = _known_names(con, pemda, unit)
        try:
            moved = link_wording(con, pemda, unit, teks, indikator_id)
        except UnknownIndikator:
            raise UnknownIndikatorError(indikator_id) from None
    click.echo(ngettext("{count} row linked to {indikator}", "{count} rows linked to {indikator}", moved).format(
        count=moved, indikator=indikator_id))


@link.command("direction")
@click.argument("indikator_id")
@click.argument("which", type=click.Choice(["lower", "higher", "auto"]))
@db_option
def link_direction(indikator_id: str, which: str, db: Path | None):
    """Whether a lower or a higher realisasi is better for INDIKATOR_ID ("auto": from its wording)."""
    from warehouse.links import UnknownIndikator, set_direction

    with _warehouse(db, wait=60) as con:
        try:
            set_direction(con, indikator_id, {"lower": True, "higher": False, "auto": None}[which])
        except UnknownIndikator:
            raise UnknownIndikatorError(indikator_id) from None
    said = {"lower": _("{indikator}: a lower realisasi is better"),
            "higher": _("{indikator}: a higher realisasi is better"),
            "auto": _("{indikator}: which is better follows from its wording")}[which]
    click.echo(said.format(indikator=indikator_id))


@contextmanager
def _warehouse(db: Path | None, **options):
    """The warehouse, or one line saying why it cannot be opened now. Only `ingest` and `serve`
    create one: a reader given a wrong path must not answer from a new, empty warehouse."""
    try:
        with warehouse_db.warehouse(db, create=False, **options) as con:
            yield con
    except warehouse_db.NoWarehouse as error:
        raise NoWarehouseError(error.args[0]) from None
    except warehouse_db.WarehouseBusy as error:
        raise WarehouseBusyError(warehouse_db.db_path(db), str(error)) from None


def _known_names(con, pemda: str | None, unit: str | None = None) -> tuple[str | None, str | None]:
    """The pemda and unit kerja as the warehouse spells them (case and spacing aside), or one
    line offering the closest names."""
    try:
        return warehouse_names.resolve(con, pemda, unit)
    except warehouse_names.UnknownName as error:
        raise UnknownNameError(error.kind, error.given, error.closest) from None


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def _records(frame) -> list[dict]:
    return json.loads(frame.to_json(orient="records", force_ascii=False))


_NUMERIC_TYPES = {"TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER",
                  "UBIGINT", "UHUGEINT", "FLOAT", "DOUBLE", "DECIMAL"}


@dataclass
class _Rows:
    """A query's result as fetched (no DataFrame: pandas alone takes longer to import than a query
    takes to run): its column names, which of them are numbers, and its rows."""

    columns: list[str]
    numeric: list[bool]
    rows: list[tuple]


def _rows_of(result) -> _Rows | None:
    if not result.description:  # a statement that returns nothing
        return None
    columns = [str(d[0]) for d in result.description]
    numeric = [str(d[1]).split("(")[0] in _NUMERIC_TYPES for d in result.description]
    return _Rows(columns, numeric, result.fetchall())


def _json_value(value):
    return float(value) if isinstance(value, Decimal) else str(value)


def _print_result(result: _Rows | None, fmt: str, title: str | None) -> None:
    if result is None:
        return
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows(result.rows)
        click.echo(out.getvalue(), nl=False)
    elif fmt == "json":
        records = [dict(zip(result.columns, row)) for row in result.rows]
        click.echo(json.dumps(records, ensure_ascii=False, indent=1, default=_json_value))
    else:
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        # Every title, header and cell is Text, never markup: data (or a column alias) reading
        # "[b]x[/b]" or ":smile:" prints as it is.
        table = Table(title=Text(title) if title else None, title_justify="left", header_style="bold")
        plain = [column in labels.PLAIN_INTEGERS for column in result.columns]
        rows = [[_cell(value, as_is) for value, as_is in zip(row, plain)] for row in result.rows]
        width = 1
        for index, (column, numeric) in enumerate(zip(result.columns, result.numeric)):
            header = labels.column_label(column)
            longest = max([len(header) if numeric else 8] + [len(row[index]) for row in rows])
            width += min(longest, 40) + 3
            table.add_column(Text(header), justify="right" if numeric else "left", overflow="fold")
        for row in rows:
            table.add_row(*map(Text, row))
        # As wide as the table needs (text columns up to 40 characters), so it prints the same to a pipe.
        Console(width=max(width, shutil.get_terminal_size((80, 24)).columns if sys.stdout.isatty() else 0),
                markup=False, emoji=False, highlight=False).print(table)


def _cell(value, plain: bool = False) -> str:
    """A value as a table shows it: Indonesian numbers ("1.789.275.000", "48,42"), nothing for a
    null, "ya" or "tidak"; a year, a quarter, a page or a row number (`plain`) as it is ("2024",
    not "2.024")."""
    if _blank(value):
        return ""
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, Decimal):  # DuckDB's DECIMAL (round() of a DECIMAL column, say)
        value = float(value)
    if plain and isinstance(value, (int, float)) and float(value).is_integer():
        return str(int(value))  # an integer column with a null in it comes as floats
    if isinstance(value, float):
        if value.is_integer():
            return normalisers_values.format_number(value)
        return normalisers_values.format_number(value, 2).rstrip("0").rstrip(",")
    if isinstance(value, int):
        return normalisers_values.format_number(value)
    return str(value)


def _decimal(number: float) -> str:
    """A measure in a message, to one decimal, written the way of the message's language."""
    return normalisers_values.format_number(number, 1) if language() == "id" else f"{number:.1f}"


def _rows_written(path: Path, count: int) -> str:
    return ngettext("{path}: {count} row", "{path}: {count} rows", count).format(path=path, count=count)


_NOT_A_REPORT = {"perjanjian_kinerja": "Perjanjian Kinerja", "rencana_aksi": "Rencana Aksi"}


def summary_line(report: dict) -> str:
    laporan = report["laporan"]
    # A PK or a Rencana Aksi is of a year too, but not a yearly report: its kind says what it is.
    period = (f"TW {_roman(laporan['triwulan'])}" if laporan["triwulan"]
              else _NOT_A_REPORT.get(laporan.get("jenis")) or _("annual"))
    counts = " ".join(
        f"{label}={len(report[key])}"
        for label, key in (("pk", "perjanjian_kinerja"), ("anggaran", "anggaran"),
                           ("rencana", "rencana_triwulan"), ("capaian", "capaian_kinerja"))
    )
    codes = sorted({t["code"] for t in report["temuan"]})
    temuan = f"{labels.summary_key('findings')}={len(report['temuan'])}" + (f" ({', '.join(codes)})" if codes else "")
    source = report["source"]
    # One of several reports bound in one file: "museum.pdf [2/3]".
    name = f"{source['file']} [{source['part']}/{source['parts']}]" if source.get("parts") else source["file"]
    line = f"{name}: {laporan['unit_kerja']} | {laporan['pemda']} | {laporan['tahun']} {period} | {counts} | {temuan}"
    if report["source"]["ocr"]:
        to_check = pgettext("summary", "review")  # values a person should check
        line += f" | OCR, {to_check}={len(report['review'])}"
    return line


def _roman(q: int) -> str:
    return {1: "I", 2: "II", 3: "III", 4: "IV"}[q]


if __name__ == "__main__":
    main()
