"""Every sample PDF extracts to its ground truth, cell by cell, and validates against both schemas."""

import json

import jsonschema
import pytest

from lkj import api

from .truth import CONTRACT_SCHEMA, compare, load_truth, sample_pdfs

PDFS = sample_pdfs()


def test_the_corpus_is_there():
    assert len(PDFS) >= 14, "sample_pdfs/ lost its PDFs"
    assert all(pdf.with_suffix(".json").exists() for pdf in PDFS)


@pytest.mark.parametrize("pdf", PDFS, ids=[p.stem for p in PDFS])
def test_extracts_to_truth(pdf, extracted):
    n_cells, diffs = compare(extracted[pdf.name], load_truth(pdf))
    assert not diffs, f"{len(diffs)} of {n_cells} cells differ in {pdf.name}:\n" + "\n".join(diffs)


@pytest.mark.parametrize("pdf", PDFS, ids=[p.stem for p in PDFS])
def test_valid_against_own_schema(pdf, extracted):
    jsonschema.validate(extracted[pdf.name], api.schema())


@pytest.mark.skipif(not CONTRACT_SCHEMA.exists(), reason="the shared contract is not beside this checkout")
@pytest.mark.parametrize("pdf", PDFS, ids=[p.stem for p in PDFS])
def test_valid_against_shared_contract(pdf, extracted):
    jsonschema.validate(extracted[pdf.name], json.loads(CONTRACT_SCHEMA.read_text()))


def test_rows_carry_their_page(extracted):
    for name, report in extracted.items():
        pages = report["source"]["pages"]
        for table in ("perjanjian_kinerja", "anggaran", "rencana_triwulan", "capaian_kinerja"):
            assert all(1 < row["page"] <= pages for row in report[table]), (name, table)
