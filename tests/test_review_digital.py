"""Doubt on text-layer pages: `review` lists what lkj doubts of a born-digital file too.

Real extractions of real PDFs (read in place) assert that their wrong cells are listed and their
right cells rarely are; clean samples have few items; small hand-built grids give each reason
where no real file shows it.
"""

from __future__ import annotations

import pytest

from extractors import grids
from extractors.records import Line, Word
from extractors.tables import read_tables
from lkj import api
from normalisers import rows
from normalisers.review import REASONS, laporan_review, table_review

from .corpus import REALWORLD, score
from .test_layout import document, grid
from .truth import load_truth, sample_pdfs

# Real digital files whose wrong cells lie in rows lkj extracted: (file, wrong cells listed at least).
REAL = [("jb_lkip16_rsjiwa", 0), ("jb_lkip16_biro_admbang", 1), ("jb_lkip16_biro_organisasi", 0)]


@pytest.fixture(scope="module")
def real():
    """One extraction per real file, scored against its truth."""
    if not REALWORLD.is_dir():
        pytest.skip("../shared/realworld is not here")
    out = {}
    for name, _ in REAL:
        pdf = REALWORLD / f"{name}.pdf"
        report = api.extract(pdf)
        out[name] = (report, score(report, load_truth(pdf), pdf.name))
    return out


@pytest.mark.parametrize("name, listed", REAL)
def test_wrong_cells_of_a_real_file_are_listed(real, name, listed):
    report, result = real[name]
    assert not report["source"]["ocr"]
    assert result.doubtful_listed >= listed, result.unlisted
    # A list that names every cell is no help: right cells are rarely listed.
    assert result.right_listed <= 0.03 * result.right, result.needless


def test_real_reasons_say_what_is_in_doubt(real):
    reasons = {(item["table"], item["column"], item["reason"]) for item in real["jb_lkip16_rsjiwa"][0]["review"]}
    # "5 1 8 . 3 0 9 . 2 0 0 , -" (a programme's pagu letter-spaced) is one amount, and two rows drawn
    # as one ("5.121.776.000,- 100.000.000,-") are two rows: no pagu is left that is no amount.
    assert ("anggaran", "jumlah", "not_a_value") not in reasons
    # Rows of pages 20-21 sit in an empty sasaran cell of their own: no sasaran, nothing carried to doubt.
    report = real["jb_lkip16_rsjiwa"][0]
    unprinted = [r for r in report["capaian_kinerja"] if r["page"] in (20, 21) and r["sasaran"] is None]
    assert len(unprinted) == 5
    assert ("capaian_kinerja", "sasaran", "carried_over") not in reasons
    admbang = real["jb_lkip16_biro_admbang"][0]
    # The budget is printed again with its realisasi (Tabel III.4, pages 29-30): each kegiatan takes
    # its realisasi from there, and no row is left in doubt for lacking it. "1403.419.201", as printed,
    # is no amount: it is listed.
    realised = [r.get("realisasi") for r in admbang["anggaran"] if r["level"] == "kegiatan"]
    assert len(realised) == 10 and sum(value is not None for value in realised) == 9
    assert not [item for item in admbang["review"] if item["reason"] == "close_candidate" and item["column"] == "realisasi"]
    assert ("anggaran", "realisasi", "not_a_value") in {(i["table"], i["column"], i["reason"]) for i in admbang["review"]}


def test_review_items_keep_to_the_schema(real):
    """Items keep the review schema's keys and types; reasons are the module's own codes (the
    schema's enum lists them once they are added there)."""
    import copy

    import jsonschema

    item_schema = copy.deepcopy(api.schema()["properties"]["review"]["items"])
    item_schema["properties"]["reason"] = {"enum": list(REASONS)}
    for report, _ in real.values():
        for item in report["review"]:
            jsonschema.validate(item, item_schema)


def test_clean_digital_samples_have_few_items(extracted):
    """The samples read at 100%: what is listed is a page-broken sasaran or a budget printed twice,
    a few items a file at most, never a cell the samples' truths call wrong."""
    for pdf in sample_pdfs():
        report = extracted[pdf.name]
        if report["source"]["ocr"]:
            continue
        result = score(report, load_truth(pdf), pdf.name)
        assert len(report["review"]) <= max(2, 0.05 * result.cells), (pdf.name, report["review"])
        assert {item["reason"] for item in report["review"]} <= {"carried_over", "close_candidate"}, pdf.name


# --- one hand-built case per reason ------------------------------------------------------------

def review_of(*grid_list) -> list[dict]:
    tables = read_tables(document(*grid_list)).tables
    report = {"perjanjian_kinerja": rows.perjanjian_kinerja(tables["perjanjian_kinerja"]),
              "anggaran": rows.anggaran(tables["anggaran"]),
              "rencana_triwulan": rows.rencana_triwulan(tables["rencana_triwulan"]),
              "capaian_kinerja": rows.capaian_kinerja(tables["capaian_kinerja"])}
    items = table_review(report)
    assert not any(key.startswith("_") for table in report.values() for row in table for key in row)
    return items


def listed(items) -> set[tuple]:
    return {(item["table"], item["row"], item["column"], item["reason"]) for item in items}


PK_HEADER = ["No", "Sasaran", "Indikator Kinerja", "Target"]


def test_a_clean_table_lists_nothing():
    assert review_of(grid([PK_HEADER, ["1", "Meningkatnya layanan", "Persentase layanan tepat waktu", "95%"],
                           ["2", "Meningkatnya akuntabilitas", "Nilai SAKIP", "Kategori BB"]])) == []


def test_a_target_that_is_no_value():
    items = review_of(grid([PK_HEADER, ["1", "Meningkatnya layanan", "Persentase layanan tepat waktu", "95%"],
                            ["2", "Meningkatnya akuntabilitas", "Nilai SAKIP", "Proses"],
                            ["3", "Meningkatnya inovasi", "Jumlah inovasi", "lihat lampiran"]]))
    # "Proses" is a status; "lihat lampiran" is none of number, grade or status.
    assert listed(items) == {("perjanjian_kinerja", 2, "target", "not_a_value")}


def test_a_jumlah_that_is_no_amount():
    items = review_of(grid([["No", "Program / Kegiatan", "Pagu Anggaran (Rp)"],
                            ["1", "Program Penunjang Urusan Pemerintahan", "1.600.000.000"],
                            ["2", "Kegiatan Administrasi Keuangan", "1.200.000.000 400.000.000"],
                            ["3", "Kegiatan Administrasi Umum", "empat ratus juta"],
                            ["4", "Kegiatan Perencanaan", "-"]]))
    # Two amounts in one cell are two rows run together; a budget row with no pagu ("-") is a heading
    # read as a row, or its amount stands elsewhere.
    assert listed(items) == {("anggaran", 1, "jumlah", "not_a_value"), ("anggaran", 2, "jumlah", "not_a_value"),
                             ("anggaran", 3, "jumlah", "not_a_value")}


def test_a_programme_heading_over_the_amount_columns_is_no_doubt():
    items = review_of(grid([["No", "Program / Kegiatan", "Pagu Anggaran (Rp)"],
                            ["1", "Program Penunjang Urusan Pemerintahan", "<"],
                            ["2", "Kegiatan Administrasi Keuangan", "1.200.000.000"],
                            ["3", "Kegiatan Administrasi Umum", "400.000.000"]]))
    assert items == []


def test_a_row_without_indikator():
    items = review_of(grid([PK_HEADER, ["1", "Meningkatnya layanan", "Persentase layanan tepat waktu", "95%"],
                            ["", "", "", "80%"],
                            ["2", "Meningkatnya akuntabilitas", "Nilai SAKIP", "Kategori BB"]]))
    (item,) = items
    assert (item["row"], item["column"], item["reason"], item["raw"]) == (0, "indikator", "no_indikator", "80%")


def test_a_first_row_without_indikator_is_said_on_the_next():
    items = review_of(grid([PK_HEADER, ["", "", "", "80%"],
                            ["1", "Meningkatnya layanan", "Persentase layanan tepat waktu", "95%"]]))
    assert listed(items) == {("perjanjian_kinerja", 0, "indikator", "no_indikator")}


def test_an_uraian_less_budget_row():
    items = review_of(grid([["No", "Program / Kegiatan", "Pagu Anggaran (Rp)"],
                            ["1", "Program Penunjang Urusan Pemerintahan", "1.600.000.000"],
                            ["", "", "250.000.000"]]))
    assert listed(items) == {("anggaran", 0, "uraian", "no_indikator")}


def test_a_sasaran_carried_where_no_cell_is_drawn():
    g = grid([PK_HEADER, ["1", "Meningkatnya layanan", "Persentase layanan tepat waktu", "95%"],
              ["^", "^", "Jumlah inovasi", "2 inovasi"],
              ["x", "x", "Nilai SAKIP", "Kategori BB"]])
    # The last row's No and Sasaran cells are not drawn (a rule missing): its sasaran is a guess.
    g.cells = [c for c in g.cells if c.text != "x"]
    items = review_of(g)
    assert listed(items) == {("perjanjian_kinerja", 2, "sasaran", "carried_over"),
                             ("perjanjian_kinerja", 2, "sasaran_no", "carried_over")}


def test_a_sasaran_carried_onto_an_empty_cell_of_the_next_page():
    first = grid([PK_HEADER, ["1", "Meningkatnya layanan", "Persentase layanan tepat waktu", "95%"]], page=2)
    second = grid([["", "", "Jumlah inovasi", "2 inovasi"]], page=3)
    assert listed(review_of(first, second)) == {("perjanjian_kinerja", 1, "sasaran", "carried_over"),
                                               ("perjanjian_kinerja", 1, "sasaran_no", "carried_over")}


def test_a_table_chosen_between_close_candidates():
    body = [["1", "Meningkatnya layanan", "Persentase layanan tepat waktu", "95%"],
            ["2", "Meningkatnya akuntabilitas", "Nilai SAKIP", "Kategori BB"]]
    other = [body[0], ["2", "Meningkatnya akuntabilitas", "Nilai SAKIP", "Kategori A"]]
    items = review_of(grid([PK_HEADER, *body], page=2), grid([PK_HEADER, *other], page=6))
    # Both tables are as good by every measure; the first is taken. The row both print alike is
    # not in doubt: the choice changes nothing there.
    (item,) = items
    assert (item["row"], item["column"], item["reason"]) == (1, "indikator", "close_candidate")
    assert item["value"]["other_page"] == 6


def test_words_across_a_cell_side_straddle():
    boxes = [(50, 100, 150, 120), (150, 100, 250, 120)]
    words = [Word("Persentase", 55, 110, 104, 114), Word("layanan95%", 112, 175, 104, 114),
             Word("95%", 200, 230, 104, 114)]
    g = grids._grid((50, 100, 250, 120), boxes, words, 2, lambda w: True)
    # "layanan95%" (its centre in the left cell) runs 25 points into the right one.
    assert g.cells[0].straddles and not g.cells[1].straddles


def test_a_straddling_cell_is_listed():
    g = grid([PK_HEADER, ["1", "Meningkatnya layanan", "Persentase layanan tepat waktu 95%", ""]])
    g.at(1, 2).straddles = True
    assert listed(review_of(g)) >= {("perjanjian_kinerja", 0, "indikator", "straddles_columns")}


def lines_of(texts_by_page: list[list[str]]) -> list[Line]:
    return [Line(text, page, 72.0, 523.0, 100.0 + 18 * i, 112.0 + 18 * i)
            for page, texts in enumerate(texts_by_page, 1) for i, text in enumerate(texts)]


def test_a_detail_found_once_or_not_at_all():
    pages = [["LAPORAN KINERJA DINAS KESEHATAN PROVINSI JAWA BARAT TAHUN 2016"]] + [
        [f"Dinas Kesehatan Provinsi Jawa Barat melaksanakan program tahun 2016 halaman {n}"] for n in range(2, 7)]
    laporan = {"unit_kerja": "Dinas Kesehatan", "instansi": None, "pemda": "Provinsi Jawa Barat", "tahun": 2016,
               "triwulan": None, "penandatangan": None}
    assert laporan_review(laporan, lines_of(pages)) == []
    misread = dict(laporan, unit_kerja="Dinas Kesehatan Hewan", tahun=None)
    reasons = {item["column"]: item["reason"] for item in laporan_review(misread, lines_of(pages))}
    assert reasons == {"unit_kerja": "found_once", "tahun": "not_found"}
    # A unit inside an organisation names the organisation: none found is in doubt.
    bidang = dict(laporan, unit_kerja="Bidang Pelayanan Kesehatan")
    assert ("instansi", "not_found") in {(i["column"], i["reason"]) for i in laporan_review(bidang, lines_of(pages))}


def test_a_short_document_prints_its_details_once():
    lampiran = [["LAMPIRAN PERJANJIAN KINERJA DINAS KESEHATAN PROVINSI JAWA BARAT TAHUN 2016"]]
    laporan = {"unit_kerja": "Dinas Kesehatan", "instansi": None, "pemda": "Provinsi Jawa Barat", "tahun": 2016,
               "triwulan": None, "penandatangan": None}
    assert laporan_review(laporan, lines_of(lampiran)) == []
