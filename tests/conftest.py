"""Shared fixtures: every sample extracted once per test session; a fresh warehouse per test; Debian's
Chromium for the pages lkj makes (the report, the workbench)."""

from pathlib import Path

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


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `bash scripts/setup.sh --dev` (it installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
