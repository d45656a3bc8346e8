"""Real documents without a truth (`../shared/realworld/`, read in place): read without a crash,
and sensibly. An LKIP, a PK or a Rencana Aksi is never refused; its year is the one its title
names; no table holds more rows than the document's own PK has indikator; what lkj does not
read is refused saying what it looks like.

The 142-page scanned LKIP is left to `benchmarks/ocr_pages.py` (minutes of OCR)."""

from __future__ import annotations

import pytest

from lkj import api
from lkj.exceptions import NoLkjTablesError

from .corpus import REALWORLD

SLOW = {"jb_lkip16_psda_scan.pdf"}
PDFS = sorted(p for p in REALWORLD.glob("*.pdf") if not p.with_suffix(".json").exists() and p.name not in SLOW)
# What realworld/README.md says these are, and a word the refusal must use for it.
NOT_LKJ = {
    "jb_lkip16_inspektorat_lamp1_iku": "Indikator Kinerja Utama",  # IKU definitions
    "jb_pk16_desdm_jafung_ocrlayer": "daftar tugas",  # a functional officer's list of duties
}
RKPD_FORMS = "tangsel_rkpd23_"  # RKPD evaluation forms: realisasi per triwulan, no target
JENIS = {"lkip": "lkjip", "pk": "perjanjian_kinerja", "ra": "rencana_aksi", "monev": "rencana_aksi"}

pytestmark = pytest.mark.skipif(not PDFS, reason="../shared/realworld is not beside this checkout")


def _read(pdf):
    try:
        return api.extract_all(pdf)
    except NoLkjTablesError as refusal:
        return refusal


@pytest.fixture(scope="module")
def outcomes() -> dict:
    return {pdf.stem: _read(pdf) for pdf in PDFS}


def _reports(outcomes):
    return {name: reports for name, reports in outcomes.items() if isinstance(reports, list)}


def test_a_performance_document_is_never_refused(outcomes):
    refused = {name: str(outcome) for name, outcome in outcomes.items()
               if not isinstance(outcome, list) and name not in NOT_LKJ and not name.startswith(RKPD_FORMS)}
    assert refused == {}


def test_what_lkj_does_not_read_is_refused_saying_what_it_looks_like(outcomes):
    for name, outcome in outcomes.items():
        if name.startswith(RKPD_FORMS):
            assert isinstance(outcome, NoLkjTablesError) and "RKPD" in str(outcome), name
        elif name in NOT_LKJ:
            assert isinstance(outcome, NoLkjTablesError) and NOT_LKJ[name] in str(outcome), name


def test_the_year_and_the_kind_are_the_title_s(outcomes):
    for name, reports in _reports(outcomes).items():
        kind = JENIS[name.split("_")[1].rstrip("0123456789")]
        for report in reports:
            assert report["laporan"]["tahun"] == 2016, name  # every Jawa Barat document here is of 2016
            assert report["laporan"]["jenis"] == kind, name


def test_no_table_holds_more_rows_than_the_pk_has_indikator(outcomes):
    for name, reports in _reports(outcomes).items():
        for report in reports:
            pk = report["perjanjian_kinerja"]
            if report["laporan"]["jenis"] == "perjanjian_kinerja":
                assert pk, f"{name}: a PK document without its PK rows"
            if not pk:
                continue
            indikator = [row["indikator"] for row in pk]
            assert len(set(indikator)) == len(indikator), f"{name}: an indikator twice in the PK"
            for table in ("capaian_kinerja", "rencana_triwulan"):
                assert len(report[table]) <= len(pk), f"{name}: {len(report[table])} {table} rows, {len(pk)} in the PK"


def test_a_file_binding_three_pks_is_three_reports(outcomes):
    reports = outcomes["jb_pk16_disparbud_museum"]
    assert [r["source"]["part"] for r in reports] == [1, 2, 3]
    signers = {r["laporan"]["penandatangan"]["nip"] for r in reports}
    assert len(signers) == 3 and None not in signers
