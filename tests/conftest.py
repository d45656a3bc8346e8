"""Shared fixtures: every sample extracted once per test session; a fresh warehouse per test."""

import pytest

from lkj import api
from warehouse.db import connect

from .truth import sample_pdfs


@pytest.fixture(scope="session")
def extracted() -> dict[str, dict]:
    """Every sample PDF's extraction, by file name."""
    return {pdf.name: api.extract(pdf) for pdf in sample_pdfs()}


@pytest.fixture
def fresh_db(tmp_path):
    con = connect(tmp_path / "test.duckdb")
    yield con
    con.close()
