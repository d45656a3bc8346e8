"""What an OCRed table's numbering says about its reading: a budget line's number that does not
follow the row above (a dot lost) leaves the level told by it in doubt, a sasaran numbered lower
than the one above is in doubt, and a level word misread by a letter still names its level."""

import pytest

from extractors.records import Cell
from normalisers import rows
from normalisers.review import table_review


@pytest.mark.parametrize("previous, label, follows", [
    ("1", "1.1", True), ("1.1", "1.1.1", True), ("1.1.2", "1.1.3", True), ("1.1.3", "2", True),
    ("1.1.1", "1.2", True), ("2.1.1", "2.1.2", True),
    ("1.1", "111", False), ("1.1.2", "1.13", False), ("2", "21", False), ("1", "1.2", False),
    ("2", "1", False), ("1.1", "1.1.2", False),
])
def test_a_decimal_numbering_follows_its_row_above(previous, label, follows):
    assert rows._follows(previous, label) is follows


@pytest.mark.parametrize("uraian, level", [
    ("Kesiatan Pengelolaan Pendapatan Daerah", "kegiatan"),
    ("Sob Kegiatan Perencanaan Pengelolaan Pendapatan", "sub_kegiatan"),
    ("s b Kegiatan Pelayanan dan Penerimaan Pajak Daerah", "sub_kegiatan"),
    ("Byogram Pengelolaan Pendapatan Daerah", "program"),
    ("Progres Pembangunan Gedung", None),  # "Progres" is a word of its own, no "…ogram"
    ("Pengelolaan Media Komunikasi Publik", None),
    ("Penyusunan Dokumen Kegiatan", None),  # "Kegiatan" that does not open the uraian
])
def test_a_level_word_misread_by_a_letter_names_its_level(uraian, level):
    assert rows._misread_level_word(uraian) == level


def test_a_misread_level_word_counts_only_where_the_uraian_was_ocred():
    args = ("Sob Kegiatan Pendataan Objek Pajak", None, "kegiatan", 110.0, 110.0, [1, 2, 3])
    assert rows._level(*args, ocred=True) == "sub_kegiatan"
    assert rows._level(*args, ocred=False) == "kegiatan"  # a text layer's "Sob" is printed so


def _cell(text: str, confidence: float | None) -> Cell:
    return Cell(0, 1, 0, 1, text, 4, (60, 100, 90, 120), confidence=confidence)


def _row(number: str, indikator: str, confidence: float | None) -> dict:
    cell = _cell(number, confidence)
    return {"sasaran_no": number, "sasaran": "Meningkatnya kualitas", "indikator": indikator, "page": 4,
            rows.SOURCES: {"sasaran_no": [cell]}, rows.REPAIRED: set(), rows.DOUBTS: []}


def _report(**tables) -> dict:
    return {"perjanjian_kinerja": [], "anggaran": [], "rencana_triwulan": [], "capaian_kinerja": [], **tables}


def test_a_sasaran_numbered_lower_than_the_one_above_is_in_review():
    """A photo's "3" read as "1" (confidence 94) after sasaran 2: listed, the rows before it not."""
    report = _report(rencana_triwulan=[_row("1", "Indeks SPBE", 95.0), _row("2", "Nilai KIP", 96.0),
                                       _row("2", "Waktu rata-rata", 96.0), _row("1", "Jumlah konten", 94.0)])
    rows.doubt_sasaran_order(report)
    listed = [(item["row"], item["column"], item["reason"]) for item in table_review(report)]
    assert listed == [(3, "sasaran_no", "numbering_break")]


def test_a_text_layers_numbering_is_what_it_prints():
    report = _report(rencana_triwulan=[_row("2", "Nilai KIP", None), _row("1", "Jumlah konten", None)])
    rows.doubt_sasaran_order(report)
    assert table_review(report) == []


def test_an_indikator_under_two_sasaran_numbers_is_in_review_in_both_tables():
    """The PK reads sasaran 3 and the plan 1 for one indikator, neither outvoted: each is listed,
    with the number the other table prints."""
    from normalisers.repair import harmonise_sasaran_numbers

    report = _report(perjanjian_kinerja=[_row("3", "Jumlah konten informasi", 96.0)],
                     rencana_triwulan=[_row("1", "Jumlah konten informasi", 94.0)])
    harmonise_sasaran_numbers(report, rows.SOURCES, rows.REPAIRED, rows.DOUBTS)
    listed = [(item["table"], item["reason"], item["value"]) for item in table_review(report)]
    assert listed == [("perjanjian_kinerja", "number_differs", {"other_numbers": ["1"]}),
                      ("rencana_triwulan", "number_differs", {"other_numbers": ["3"]})]


def test_a_sasaran_number_printed_in_roman_in_one_table_is_the_same_number():
    from normalisers.repair import harmonise_sasaran_numbers

    report = _report(perjanjian_kinerja=[_row("I", "Indeks Kepuasan Masyarakat", 96.0)],
                     capaian_kinerja=[_row("1", "Indeks Kepuasan Masyarakat", 95.0)])
    harmonise_sasaran_numbers(report, rows.SOURCES, rows.REPAIRED, rows.DOUBTS)
    assert table_review(report) == []


@pytest.mark.parametrize("previous, printed, restored", [
    ("1.1", "111", "1.1.1"), ("1.1", "LLI", "1.1.1"), ("1.1.2", "1.13", "1.1.3"), ("2", "21", "2.1"),
    ("2.1", "21.1", "2.1.1"), ("2.1.1", "212", "2.1.2"),
    ("1.1", "17", None),  # no number that follows prints those digits
    ("1.1", "Program", None),
])
def test_a_number_whose_dots_ocr_lost_is_the_one_that_follows_with_its_digits(previous, printed, restored):
    assert rows._dots_restored(previous, printed) == restored
