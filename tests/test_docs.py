"""The README's query examples, run as written on the warehouse its quick start builds (`lkj ingest
sample_pdfs`), print what the README shows: an example cannot go stale (as sqlite-utils' docs
tests do). An example whose output changes is a change to say in the README."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from lkj.cli import main

from .truth import SAMPLES

README = Path(__file__).resolve().parent.parent / "README.md"


def query_examples() -> list[tuple[list[str], list[str]]]:
    """(the arguments after `lkj`, the lines printed) of each `$ lkj query` in a fenced block that
    reads the default warehouse (no --db)."""
    examples = []
    for block in re.findall(r"^```[a-z]*\n(.*?)^```", README.read_text(encoding="utf-8"), re.S | re.M):
        lines = block.splitlines()
        i = 0
        while i < len(lines):
            if not lines[i].startswith("$ lkj query"):
                i += 1
                continue
            command = lines[i][2:]
            i += 1
            while True:  # a query goes on over lines until its quotes close
                try:
                    args = shlex.split(command)
                    break
                except ValueError:
                    command += "\n" + lines[i]
                    i += 1
            output = []
            while i < len(lines) and lines[i] and not lines[i].startswith("$ "):
                output.append(lines[i])
                i += 1
            if "--db" not in args:
                examples.append((args[1:], output))
    return examples


EXAMPLES = query_examples()


@pytest.fixture(scope="module")
def quick_start_db(tmp_path_factory) -> Path:
    """The warehouse of the README's quick start: every bundled sample, loaded by `lkj ingest`."""
    folder = tmp_path_factory.mktemp("quick-start")
    db = folder / "lkj.duckdb"
    subprocess.run([sys.executable, "-m", "lkj.cli", "ingest", str(SAMPLES), "--db", str(db),
                    "--quarantine", str(folder / "quarantine")], check=True, capture_output=True, timeout=900)
    return db


def test_the_readme_has_query_examples():
    assert len(EXAMPLES) >= 7


@pytest.mark.parametrize("args, printed", EXAMPLES, ids=[" ".join(a)[:60] for a, _ in EXAMPLES])
def test_a_readme_example_prints_what_the_readme_shows(quick_start_db, args, printed):
    result = CliRunner().invoke(main, [*args, "--db", str(quick_start_db)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == printed
