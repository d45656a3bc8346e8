"""OCR repairs by the kind of a cell: each undoes one known confusion, and leaves good text alone."""

import pytest

from normalisers.repair import repair, split_numbering


@pytest.mark.parametrize("read, kind, meant", [
    ("10096", "value", "100%"),                 # "%" read as "96"
    ("9596(3 sub.keg)", "value", "95%(3 sub.keg)"),
    ("46 Yo", "percent", "46%"),
    ("| inovasi", "value", "1 inovasi"),        # a lone 1 read as a bar
    ("300 | konten", "value", "300 konten"),    # a speck read as a bar between a figure and its unit
    ("13.73%", "value", "13,73%"),              # the decimal comma read as a point
    ("Kaicgon BB", "value", "Kategori BB"),
    ("Karegoni Tinggi", "value", "Kategori Tinggi"),
    ("KategoriA", "value", "Kategori A"),
    ("L.", "numbering", "1."),
    ("|", "numbering", "1"),
    ("1.600.000.00O", "rupiah", "1.600.000.000"),
    (": 24.600.000.000", "rupiah", "24.600.000.000"),  # a speck read as a colon before the amount
    ("se 2 150.000.000", "rupiah", "2.150.000.000"),   # specks read as letters, a point as a space
    ("Rp 2.450:000.0 00.000", "value", "Rp 2.450.000.000.000"),  # a point read as a colon, a wrapped amount
    ("Rp 1.187.402: 660.150", "value", "Rp 1.187.402.660.150"),
    (". 24.600.000.000", "rupiah", "24.600.000.000"),          # a speck before the figure
    ("— 8.250.000.000", "rupiah", "8.250.000.000"),
    ("“48,47 %", "value", "48,47 %"),
])
def test_a_known_confusion_is_undone(read, kind, meant):
    assert repair(read, kind) == meant


@pytest.mark.parametrize("text, kind", [
    ("46%", "percent"), ("12 dokumen", "value"), ("Proses penilaian", "value"), ("Kategori A", "value"),
    ("62,63 (Kategori B)", "value"), ("1.600.000.000", "rupiah"), ("2.1", "numbering"), ("APBD 2022", "rupiah"),
    ("2.150.000.000 1.000.000", "rupiah"), ("1:2", "value"), ("-5%", "value"), ("Rp 1.000.000", "value"),
    ("Rp 1.000.000", "rupiah"), ("12 150.000", "value"),
])
def test_good_text_is_left_alone(text, kind):
    assert repair(text, kind) == text


def test_a_dropped_dot_is_put_back_only_under_its_sasaran():
    assert split_numbering("22", "2") == "2.2"
    assert split_numbering("22", "1") == "22"
    assert split_numbering("2", "2") == "2"


def test_names_are_not_repaired():
    # "Kegiatan ..." in a budget uraian must not become "Kategori ...".
    assert repair("Kegiatan Administrasi Umum Perangkat Daerah", "") == "Kegiatan Administrasi Umum Perangkat Daerah"
    assert repair("I Made Sudarsana", "") == "I Made Sudarsana"


def test_a_letter_read_twice_in_a_numbering_is_read_once():
    assert repair("Cc.", "numbering") == "c."
    assert repair("ab", "numbering") == "ab"
