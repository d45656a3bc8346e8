"""Web applications' reports (`sample_pdfs/web/`, made by tools/generate_web_prints.py): a page
printed to PDF from the browser (`-web`) or rendered on the application's server by WeasyPrint
(`-server`), with pale grey borders or rules between rows only, striped rows, the browser's own
header and footer, headers repeated where a table breaks, the details in a form. Each extracts to
its truth cell by cell, as the Word and LibreOffice samples do."""

import json

import jsonschema
import pytest

from lkj import api

from .truth import CONTRACT_SCHEMA, SAMPLES, compare, load_truth

PDFS = sorted((SAMPLES / "web").glob("*.pdf"))


@pytest.fixture(scope="module")
def extracted() -> dict[str, dict]:
    return {pdf.name: api.extract(pdf) for pdf in PDFS}


def test_there_are_web_prints_of_each_template_and_producer():
    assert len(PDFS) >= 7 and all(pdf.with_suffix(".json").exists() for pdf in PDFS)
    assert {pdf.stem.rsplit("-", 1)[1] for pdf in PDFS} == {"web", "server"}  # Chromium's, WeasyPrint's
    pages = {pdf.name: load_truth(pdf)["source"]["pages"] for pdf in PDFS}
    assert max(pages.values()) >= 3, "no web print whose tables break across pages"


@pytest.mark.parametrize("pdf", PDFS, ids=[p.stem for p in PDFS])
def test_a_web_print_extracts_to_its_truth(pdf, extracted):
    n_cells, diffs = compare(extracted[pdf.name], load_truth(pdf))
    assert not diffs, f"{len(diffs)} of {n_cells} cells differ in {pdf.name}:\n" + "\n".join(diffs)


@pytest.mark.parametrize("pdf", PDFS, ids=[p.stem for p in PDFS])
def test_a_web_print_validates_against_both_schemas(pdf, extracted):
    jsonschema.validate(extracted[pdf.name], api.schema())
    if CONTRACT_SCHEMA.exists():
        jsonschema.validate(extracted[pdf.name], json.loads(CONTRACT_SCHEMA.read_text()))

