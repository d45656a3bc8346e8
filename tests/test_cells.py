"""Cell text from printed lines: wraps join with a space, tokens split by the renderer join without."""

from dataclasses import dataclass

from extractors.cells import join_cell_lines
from extractors.tables import find_tables
from extractors.pdf import read_document

from .truth import SAMPLES


@dataclass
class W:
    text: str
    x0: float
    x1: float


CELL = (470.6, 0, 524.4, 100)  # 53.8 pt wide, 4 pt padding: 45.8 pt of text


def test_token_split_at_the_edge_joins_without_space():
    lines = [[W("100%", 476.2, 499.6), W("(1pr", 502.1, 518.7)], [W("ogram,1ke", 476.2, 518.7)], [W("g,3", 491.2, 503.7)],
             [W("sub.keg)", 480.4, 514.6)]]
    known = {"100%", "sub.keg)"}.__contains__
    assert join_cell_lines(lines, CELL, 4.0, known) == "100% (1program,1keg,3 sub.keg)"


def test_full_line_before_a_known_word_is_an_ordinary_wrap():
    cell = (99.2, 0, 189.9, 100)
    lines = [[W("kualitas", 103.2, 134.3), W("pengelolaan", 136.8, 185.1)], [W("komunikasi", 103.2, 149.9)]]
    assert join_cell_lines(lines, cell, 4.0, lambda word: True) == "kualitas pengelolaan komunikasi"


def test_centred_header_that_wraps_keeps_its_space():
    cell = (336.0, 0, 389.9, 30)
    lines = [[W("Triwulan", 343.0, 383.0)], [W("II", 359.1, 366.9)]]
    assert join_cell_lines(lines, cell, 4.0, lambda word: False) == "Triwulan II"


def test_number_split_across_lines_joins():
    lines = [[W("Rp", 100, 112), W("612.50", 114, 140)], [W("0.000.000", 100, 140)]]
    assert join_cell_lines(lines, (96, 0, 200, 40), 4.0) == "Rp 612.500.000.000"


def test_tables_continue_across_pages():
    tables = find_tables(read_document(SAMPLES / "mojokerto-organisasi-2023-tw1.pdf"))
    for kind in ("perjanjian_kinerja", "rencana_triwulan", "capaian_kinerja"):
        [table] = tables[kind]
        assert len(table.pages) == 2, kind
        assert sum(1 for row in table.rows if "Sasaran" in " ".join(c.text for c in row if c)) == 0  # header dropped


def test_number_split_before_a_thousands_dot_joins():
    # Found on the generated archive: "Rp 361.800.000" / ".000" read as two tokens.
    lines = [[W("Rp", 100, 112), W("361.800.000", 114, 160)], [W(".000", 100, 118)]]
    assert join_cell_lines(lines, (96, 0, 170, 40), 4.0) == "Rp 361.800.000.000"


def _printed(*words):
    """A document's vocabulary: how often each word is printed (`known(word, least)`)."""
    return lambda word, least=2: words.count(word) >= least


def test_a_word_broken_after_its_hyphen_joins_where_the_document_prints_it_whole():
    # A browser breaks a line after a hyphen; the Perjanjian Kinerja printed "SP4N-LAPOR!" on one line.
    lines = [[W("melalui", 100, 130), W("SP4N-", 132, 160)], [W("LAPOR!", 100, 130), W("sejak", 132, 150)]]
    assert join_cell_lines(lines, (96, 0, 220, 40), 4.0, _printed("SP4N-LAPOR!")) == "melalui SP4N-LAPOR! sejak"


def test_a_word_broken_after_its_slash_joins_where_the_document_prints_it_whole():
    lines = [[W("Daerah", 100, 130), W("Kabupaten/", 132, 175)], [W("Kota", 100, 118)]]
    assert join_cell_lines(lines, (96, 0, 220, 40), 4.0, _printed("Kabupaten/Kota")) == "Daerah Kabupaten/Kota"


def test_a_dash_at_the_end_of_a_line_keeps_its_space():
    # "Bandung-" / "Lembang": printed nowhere as one word, the hyphen may be a dash between names.
    lines = [[W("Massal", 100, 130), W("Bandung-", 132, 168)], [W("Lembang", 100, 135)]]
    assert join_cell_lines(lines, (96, 0, 220, 40), 4.0, _printed()) == "Massal Bandung- Lembang"
    lines = [[W("Target", 100, 130), W("-", 132, 136)], [W("Realisasi", 100, 135)]]
    assert join_cell_lines(lines, (96, 0, 220, 40), 4.0, _printed("-Realisasi")) == "Target - Realisasi"
