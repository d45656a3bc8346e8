"""The `lkj` command. Each command is a thin shell over a function in `lkj.api`."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import click

from . import __version__, api
from .exceptions import ExitCode, LkjError


def _fail(path: Path, error: Exception) -> int:
    """One line on stderr naming the file and the reason; the exit code of its kind."""
    if isinstance(error, LkjError):
        click.echo(f"lkj: {error.message}", err=True)
        return int(error.exit_code)
    if os.environ.get("LKJ_DEBUG"):
        raise error
    click.echo(f"lkj: {path.name}: internal error ({type(error).__name__}: {error}); rerun with LKJ_DEBUG=1 for details", err=True)
    return int(ExitCode.internal_error)


def _pdfs(paths: tuple[Path, ...]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.rglob("*.pdf")) + sorted(path.rglob("*.PDF")) if path.is_dir() else [path])
    return files


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="lkj")
def main():
    """lkj: read Laporan Kinerja (LKj) PDFs into the lkj-report/1 contract."""


@main.command()
@click.argument("pdf", type=click.Path(exists=True, path_type=Path, dir_okay=False))
@click.option("--pretty", is_flag=True, help="Indent the JSON for reading.")
def extract(pdf: Path, pretty: bool):
    """Print one report as lkj-report/1 JSON."""
    try:
        report = api.extract(pdf)
    except Exception as error:  # every failure is one line, never a traceback
        sys.exit(_fail(pdf, error))
    click.echo(json.dumps(report, ensure_ascii=False, indent=1 if pretty else None))


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
def scan(paths: tuple[Path, ...]):
    """Extract every PDF under PATHS and print one summary line per file."""
    failed = 0
    started, pages = time.perf_counter(), 0
    for pdf in _pdfs(paths):
        try:
            report = api.extract(pdf)
        except Exception as error:  # one bad file never stops the batch
            _fail(pdf, error)
            failed += 1
            continue
        pages += report["source"]["pages"]
        click.echo(summary_line(report))
    elapsed = time.perf_counter() - started
    click.echo(f"{pages} pages in {elapsed:.1f} s ({pages / elapsed:.1f} pages/s); {failed} file(s) failed", err=True)
    sys.exit(1 if failed else 0)


def summary_line(report: dict) -> str:
    laporan = report["laporan"]
    period = f"TW {_roman(laporan['triwulan'])}" if laporan["triwulan"] else "tahunan"
    counts = " ".join(
        f"{label}={len(report[key])}"
        for label, key in (("pk", "perjanjian_kinerja"), ("anggaran", "anggaran"),
                           ("rencana", "rencana_triwulan"), ("capaian", "capaian_kinerja"))
    )
    codes = sorted({t["code"] for t in report["temuan"]})
    temuan = f"temuan={len(report['temuan'])}" + (f" ({', '.join(codes)})" if codes else "")
    return f"{report['source']['file']}: {laporan['unit_kerja']} | {laporan['pemda']} | {laporan['tahun']} {period} | {counts} | {temuan}"


def _roman(q: int) -> str:
    return {1: "I", 2: "II", 3: "III", 4: "IV"}[q]


if __name__ == "__main__":
    main()
