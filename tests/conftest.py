"""Shared fixtures: every sample extracted once per test session; a fresh warehouse per test."""

import pytest

from lkj import api
from warehouse.db import connect
from warehouse.load import load_report

from .truth import sample_pdfs


@pytest.fixture(scope="session")
def extracted() -> dict[str, dict]:
    """Every sample PDF's extraction, by file name."""
    return {pdf.name: api.extract(pdf) for pdf in sample_pdfs()}


@pytest.fixture(scope="session")
def samples_db(tmp_path_factory, extracted):
    """A warehouse file holding every sample, built once per session; tests open it read only."""
    path = tmp_path_factory.mktemp("warehouse") / "lkj.duckdb"
    con = connect(path)
    for name, report in extracted.items():
        load_report(con, report, name)
    con.close()
    return path


@pytest.fixture
def fresh_db(tmp_path):
    con = connect(tmp_path / "test.duckdb")
    yield con
    con.close()
