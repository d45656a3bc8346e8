"""The `lkj` command. Each command is a thin shell over a function in `lkj.api`."""

from __future__ import annotations

import json
import os
from contextlib import contextmanager
import re
import shutil
import sys
import time
from pathlib import Path

import click

import duckdb

from normalisers.values import format_number
from warehouse import db as warehouse_db
from warehouse import names as warehouse_names
from warehouse import sql as warehouse_sql

from . import __version__, api, batch
from .exceptions import (CommandError, ExitCode, FilesQuarantined, LkjError, NoPdfFoundError, NotOneStatementError,
                         NoWarehouseError, OutsideWarehouseError, UnknownNameError, message_as)


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
    click.echo(f"lkj: {name}: internal error ({type(error).__name__}: {error}); rerun with LKJ_DEBUG=1 for details", err=True)
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
    click.echo(f"{pages} pages in {elapsed:.1f} s ({pages / elapsed:.1f} pages/s); {failed} file(s) failed", err=True)
    sys.exit(1 if failed else 0)


def _quiet_prefect() -> None:
    """Prefect's per-task log lines would bury the progress bar; it must not phone home."""
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


db_option = click.option(
    "--db", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help="The DuckDB warehouse (default: $LKJ_DB, else lkj.duckdb in the working folder).",
)
format_option = click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
                             show_default=True)


@main.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@db_option
@click.option("--quarantine", type=click.Path(file_okay=False, path_type=Path), default=Path("quarantine"),
              show_default=True, help="Where files that fail are copied, each with a .error.txt.")
def ingest(folder: Path, db: Path | None, quarantine: Path):
    """Load every PDF under FOLDER into the warehouse (new, revised or unchanged), in ZIP
    archives too. Exits 11 when there is no PDF, 12 when files were set aside in quarantine."""
    if not batch.has_candidates(folder):  # said at once, before Prefect starts
        raise NoPdfFoundError([folder])
    _quiet_prefect()
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from flows.ingest import ingest_archive, reporting_progress

    # File names are shown as they are: "[2022]" in an archive's folder is not markup.
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.fields[last]}", markup=False))
    with Progress(*columns, console=_stderr_console(), transient=False) as bar:
        job = bar.add_task("ingest", total=None, last="")  # the total is known once archives are opened
        with reporting_progress(lambda name, outcome: bar.update(job, advance=1, last=f"{name}: {outcome}"),
                                on_found=lambda count: bar.update(job, total=count)):
            summary = ingest_archive(str(folder), db=str(warehouse_db.db_path(db)), quarantine=str(quarantine))
    if not summary["files"]:  # archives that hold no PDF
        raise NoPdfFoundError([folder])
    click.echo(" ".join(f"{key}={value}" for key, value in summary.items()))
    if summary["quarantined"]:
        raise FilesQuarantined(summary["quarantined"], quarantine)


@main.command()
@click.argument("inbox", type=click.Path(file_okay=False, path_type=Path))
@db_option
@click.option("--interval", type=float, default=None, help="Seconds between runs (default 60).")
@click.option("--cron", default=None, help="A cron expression instead of an interval.")
def serve(inbox: Path, db: Path | None, interval: float | None, cron: str | None):
    """Watch INBOX for new submissions on a schedule (Prefect): each file ends in
    INBOX/processed/ or INBOX/quarantine/."""
    if interval and cron:
        raise click.UsageError("give --interval or --cron, not both")
    _quiet_prefect()
    inbox.mkdir(parents=True, exist_ok=True)
    from flows.serve import serve_inbox

    serve_inbox(str(inbox), str(warehouse_db.db_path(db)), interval=interval, cron=cron)


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
            raise click.ClickException(str(error).splitlines()[0]) from None
        _print_result(result.df() if result.description else None, fmt, None)


@main.command()
@click.option("--pemda", required=True, help='e.g. "Kabupaten Mojokerto"')
@click.option("--tahun", required=True, type=int)
@click.option("--unit", default=None, help="One unit kerja (default: every unit of the pemda).")
@db_option
@format_option
def compare(pemda: str, tahun: int, unit: str | None, db: Path | None, fmt: str):
    """Cross-quarter table (realisasi beside rencana, TW I-IV) and cross-unit table of a pemda and year."""
    with _warehouse(db, read_only=True) as con:
        pemda, unit = _known_names(con, pemda, unit)
        quarters = warehouse_sql.query(con, "compare_triwulan", {"pemda": pemda, "tahun": tahun, "unit_kerja": unit}).df()
        units = warehouse_sql.query(con, "compare_antar_unit", {"pemda": pemda, "tahun": tahun}).df()
    if quarters.empty and units.empty:
        raise click.ClickException(f"nothing loaded for {pemda} {tahun}" + (f", {unit}" if unit else ""))
    if fmt == "json":
        click.echo(json.dumps({"antar_triwulan": _records(quarters), "antar_unit": _records(units)},
                              ensure_ascii=False, indent=1))
        return
    _print_result(quarters, fmt, f"Antar triwulan: {unit or pemda} {tahun}")
    if fmt == "csv":
        click.echo()
    _print_result(units, fmt, f"Antar unit kerja: {pemda} {tahun}")


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
        raise click.UsageError("give --parquet DIR or --xlsx FILE (or both)")
    if folder is not None and (pemda is not None or tahun is not None) and workbook is None:
        raise click.UsageError("--pemda and --tahun apply to --xlsx only")
    with _warehouse(db, read_only=True) as con:
        if workbook is not None:
            pemda, _ = _known_names(con, pemda)  # before anything is written: a typo writes nothing
        if folder is not None:
            from warehouse.export import export_parquet

            counts = export_parquet(con, folder)
            for name, rows in counts.items():
                click.echo(f"{folder / name}: {rows} rows")
        if workbook is not None:
            from report import export_xlsx

            counts = export_xlsx(con, workbook, pemda=pemda, tahun=tahun)
            click.echo(f"{workbook}: " + ", ".join(f"{name} {rows} rows" for name, rows in counts.items()))


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
        except NothingLoaded as error:
            raise click.ClickException(str(error)) from None
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(page, encoding="utf-8")
    click.echo(f"{output}: {len(page.encode()) / 1e6:.1f} MB")


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
        _print_result(warehouse_sql.query(con, "links_of_unit", {"pemda": pemda, "unit_kerja": unit}).df(), fmt, None)


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
        except UnknownIndikator as error:
            raise click.ClickException(str(error)) from None
    click.echo(f"{moved} row(s) linked to {indikator_id}")


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
        except UnknownIndikator as error:
            raise click.ClickException(str(error)) from None
    click.echo(f"{indikator_id}: {which} is better")


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
        raise click.ClickException(f"{error}; try again when it is done") from None


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


def _print_result(frame, fmt: str, title: str | None) -> None:
    if frame is None:
        return
    if fmt == "csv":
        click.echo(frame.to_csv(index=False), nl=False)
    elif fmt == "json":
        click.echo(json.dumps(_records(frame), ensure_ascii=False, indent=1))
    else:
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        # Every title, header and cell is Text, never markup: data (or a column alias) reading
        # "[b]x[/b]" or ":smile:" prints as it is.
        table = Table(title=Text(title) if title else None, title_justify="left", header_style="bold")
        rows = [[_cell(value) for value in row] for row in frame.itertuples(index=False)]
        width = 1
        for index, column in enumerate(frame.columns):
            numeric = frame[column].dtype.kind in "iuf"
            header = _header(str(column))
            longest = max([len(header) if numeric else 8] + [len(row[index]) for row in rows])
            width += min(longest, 40) + 3
            table.add_column(Text(header), justify="right" if numeric else "left", overflow="fold")
        for row in rows:
            table.add_row(*map(Text, row))
        # As wide as the table needs (text columns up to 40 characters), so it prints the same to a pipe.
        Console(width=max(width, shutil.get_terminal_size((80, 24)).columns if sys.stdout.isatty() else 0),
                markup=False, emoji=False, highlight=False).print(table)


_QUARTER_SUFFIX = re.compile(r"_tw([1-4])$")


def _header(column: str) -> str:
    """"realisasi_tw3" → "realisasi III": quarter columns stay narrow."""
    column = _QUARTER_SUFFIX.sub(lambda m: " " + ["I", "II", "III", "IV"][int(m.group(1)) - 1], column)
    return column.replace("_", " ")


def _cell(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float):
        return format_number(value, 2).rstrip("0").rstrip(",") if value != int(value) else format_number(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return format_number(value)
    return str(value)


_NOT_A_REPORT = {"perjanjian_kinerja": "Perjanjian Kinerja", "rencana_aksi": "Rencana Aksi"}


def summary_line(report: dict) -> str:
    laporan = report["laporan"]
    # A PK or a Rencana Aksi is of a year too, but not a yearly report: its kind says what it is.
    period = (f"TW {_roman(laporan['triwulan'])}" if laporan["triwulan"]
              else _NOT_A_REPORT.get(laporan.get("jenis"), "tahunan"))
    counts = " ".join(
        f"{label}={len(report[key])}"
        for label, key in (("pk", "perjanjian_kinerja"), ("anggaran", "anggaran"),
                           ("rencana", "rencana_triwulan"), ("capaian", "capaian_kinerja"))
    )
    codes = sorted({t["code"] for t in report["temuan"]})
    temuan = f"temuan={len(report['temuan'])}" + (f" ({', '.join(codes)})" if codes else "")
    source = report["source"]
    # One of several reports bound in one file: "museum.pdf [2/3]".
    name = f"{source['file']} [{source['part']}/{source['parts']}]" if source.get("parts") else source["file"]
    line = f"{name}: {laporan['unit_kerja']} | {laporan['pemda']} | {laporan['tahun']} {period} | {counts} | {temuan}"
    if report["source"]["ocr"]:
        line += f" | OCR, review={len(report['review'])}"  # values a person should check
    return line


def _roman(q: int) -> str:
    return {1: "I", 2: "II", 3: "III", 4: "IV"}[q]


if __name__ == "__main__":
    main()
