"""textgrid on hand-built word lines: where a table ends, how rules bound merged cells, and
how a header label printed over several columns names each of them."""

from __future__ import annotations

from dataclasses import dataclass

from extractors.records import Word
from extractors.textgrid import find_text_tables

CHAR = 5.0  # width of one character, points
SPACE = 2.5  # width of a space
HEIGHT = 10.0  # height of a line of text


def line(top: float, *pieces: tuple[float, str]) -> list[Word]:
    """Words at `top`: each piece is (x0, "its words"), set with fixed-width characters."""
    words = []
    for x0, text in pieces:
        x = x0
        for token in text.split():
            words.append(Word(token, x, x + CHAR * len(token), top, top + HEIGHT))
            x += CHAR * len(token) + SPACE
    return words


@dataclass
class Table:
    bbox: tuple
    n_rows: int
    n_cols: int
    cells: list

    def text(self, row: int, col: int) -> str:
        for r0, r1, c0, c1, text, *_ in self.cells:
            if r0 <= row < r1 and c0 <= col < c1:
                return text
        return ""

    def row(self, row: int) -> list[str]:
        return [self.text(row, c) for c in range(self.n_cols)]


def make_grid(cells, bbox, n_rows, n_cols, col_edges) -> Table:
    return Table(bbox, n_rows, n_cols, cells)


def tables(lines, rules=()) -> list[Table]:
    return find_text_tables(lines, list(rules), 1, lambda word: True, make_grid)


def rule(y: float, x0: float = 40, x1: float = 430) -> tuple[float, float, float]:
    return (x0, x1, y)


def test_a_new_header_line_ends_the_table_above():
    lines = [
        line(100, (50, "No."), (80, "Sasaran"), (200, "Indikator"), (350, "Target")),
        line(112, (50, "1."), (80, "Meningkatnya mutu"), (200, "Persentase layanan"), (350, "95%")),
        line(124, (50, "2."), (80, "Meningkatnya akses"), (200, "Jumlah dokumen"), (350, "3 dokumen")),
        line(140, (50, "No"), (80, "Program / Kegiatan"), (250, "Anggaran (Rp.)"), (370, "Keterangan")),
        line(152, (50, "1"), (80, "Program Penunjang"), (250, "1.600.000.000"), (370, "APBD 2022")),
        line(164, (90, "Pelaksanaan Protokol"), (250, "1.600.000.000"), (370, "APBD 2022")),
    ]
    first, second = tables(lines)
    assert first.row(0) == ["No.", "Sasaran", "Indikator", "Target"]
    assert first.n_rows == 3 and first.bbox[3] < 140
    assert first.row(2) == ["2.", "Meningkatnya akses", "Jumlah dokumen", "3 dokumen"]
    assert second.row(0) == ["No", "Program / Kegiatan", "Anggaran (Rp.)", "Keterangan"]
    assert second.row(1) == ["1", "Program Penunjang", "1.600.000.000", "APBD 2022"]
    # The program's number numbers the program's row, not the kegiatan under it.
    assert second.row(2) == ["", "Pelaksanaan Protokol", "1.600.000.000", "APBD 2022"]


def test_a_header_whose_quarters_ocr_ran_into_their_numerals_opens_a_table():
    # "TW I … TW IV" read by OCR as one word each, "TWH" for TW II (a scanned plan, no rules).
    lines = [
        line(100, (50, "No"), (80, "SASARAN"), (160, "INDIKATOR KINERJA"), (290, "TWI"), (330, "TWH"),
             (370, "TWIII"), (410, "TWIV")),
        line(112, (50, "1."), (80, "Meningkatnya"), (160, "Prevalensi stunting"), (290, "14%"), (330, "14%"),
             (370, "14%"), (410, "14%")),
    ]
    (table,) = tables(lines)
    assert table.row(0) == ["No", "SASARAN", "INDIKATOR KINERJA", "TWI", "TWH", "TWIII", "TWIV"]
    assert table.row(1) == ["1.", "Meningkatnya", "Prevalensi stunting", "14%", "14%", "14%", "14%"]


def _two_sasaran_groups(top_of_heading: float):
    lines = [
        line(100, (50, "No."), (80, "Sasaran"), (200, "Indikator"), (350, "Target")),
        line(112, (50, "1."), (80, "Meningkatnya"), (200, "Persentase layanan"), (350, "95%")),
        line(124, (80, "Pelayanan Protokol"), (200, "Daerah")),
        line(136, (80, "Pimpinan")),
        line(149, (50, "2."), (80, "Terwujudnya"), (200, "Nilai Reformasi"), (350, "Kategori BB")),
        line(161, (80, "Tatakelola"), (200, "Birokrasi")),
        line(173, (80, "Daerah")),
        line(185, (200, "Nilai SAKIP"), (350, "Kategori A")),
        line(197, (200, "Persentase Realisasi"), (350, "90%")),
        line(top_of_heading, (40, "PROGRES RENCANA PENCAPAIAN TARGET KINERJA")),
    ]
    # Rules over and under the header, between the two sasaran groups, under the table.
    return lines, [rule(98), rule(111), rule(147.5), rule(209)]


def test_rules_bound_merged_blocks():
    lines, rules = _two_sasaran_groups(230)
    (table,) = tables(lines, rules)
    assert table.n_rows == 5
    assert table.row(1) == ["1.", "Meningkatnya Pelayanan Protokol Pimpinan", "Persentase layanan Daerah", "95%"]
    for row, indikator, target in ((2, "Nilai Reformasi Birokrasi", "Kategori BB"), (3, "Nilai SAKIP", "Kategori A"),
                                   (4, "Persentase Realisasi", "90%")):
        assert table.row(row) == ["2.", "Terwujudnya Tatakelola Daerah", indikator, target]


def test_without_the_rule_between_groups_the_sasaran_cells_run_together():
    """The same lines, the rule between the groups left out: nothing then tells the two sasaran
    blocks apart (the line spacing does not open up), which is why the rule must count."""
    lines, rules = _two_sasaran_groups(230)
    (table,) = tables(lines, [r for r in rules if r[2] != 147.5])
    assert table.text(1, 1) == table.text(2, 1)


def test_the_bottom_rule_ends_the_table_before_a_heading():
    lines, rules = _two_sasaran_groups(230)
    (table,) = tables(lines, rules)
    assert table.bbox[3] < 230
    assert all("PROGRES" not in cell[4] for cell in table.cells)


def test_a_label_over_several_columns_names_each_of_them():
    lines = [
        line(100, (50, "No"), (80, "Indikator"), (225, "PROSENTASE PROGES RENCANA PENCAPAIAN")),
        line(112, (277.5, "TARGET KINERJA")),
        line(124, (210, "Triwulan I"), (281, "Triwulan II"), (345, "Triwulan III")),
        line(140, (50, "1."), (80, "Persentase layanan"), (230, "25%"), (300, "50%"), (370, "75%")),
        line(152, (50, "2."), (80, "Jumlah dokumen"), (230, "1 dokumen"), (300, "2 dokumen"), (370, "3 dokumen")),
    ]
    (table,) = tables(lines)
    label = "PROSENTASE PROGES RENCANA PENCAPAIAN TARGET KINERJA"
    assert table.row(0) == ["No", "Indikator", f"{label} Triwulan I", f"{label} Triwulan II", f"{label} Triwulan III"]
    assert table.row(1) == ["1.", "Persentase layanan", "25%", "50%", "75%"]
    assert table.row(2) == ["2.", "Jumlah dokumen", "1 dokumen", "2 dokumen", "3 dokumen"]


def test_running_text_naming_columns_is_no_header():
    """A justified paragraph line that names two columns in passing ("sasaran", "Anggaran") is not
    the header of the table under it."""
    words = "Untuk mendukung pencapaian sasaran tersebut pada Tahun Anggaran 2024 Bagian Organisasi".split()
    x, pieces = 40.0, []
    for word in words:
        pieces.append((x, word))
        x += CHAR * len(word) + 8.0  # justified: wide, even spaces
    lines = [
        line(48, (60, "Bagian Organisasi melaksanakan tugas pokok dan fungsi sebagai berikut")),
        line(60, *pieces),
        line(72, (40, "didukung anggaran sebagai berikut :")),
        line(100, (50, "No."), (80, "Sasaran"), (200, "Indikator"), (350, "Target")),
        line(112, (50, "1."), (80, "Meningkatnya mutu"), (200, "Persentase layanan"), (350, "95%")),
        line(124, (50, "2."), (80, "Meningkatnya akses"), (200, "Jumlah dokumen"), (350, "3 dokumen")),
    ]
    (table,) = tables(lines)
    assert table.row(0) == ["No.", "Sasaran", "Indikator", "Target"]
    assert table.bbox[1] > 80


def test_a_numbered_budget_list_with_a_wrapped_name_and_a_signature_under_it():
    # A PK's budget printed without borders: the figure of a wrapped programme name stands on its
    # second line; the signature block under the list is no row of it.
    lines = [
        line(100, (60, "Program"), (250, "Anggaran (Rp)"), (370, "Keterangan")),
        line(120, (30, "1."), (60, "Program Pengembangan Nilai Budaya"), (250, "15.199,500,000"), (370, "APBD")),
        line(140, (30, "2."), (60, "Program Pengelolaan Kekayaan")),
        line(160, (60, "Budaya"), (250, "17.486.250,000"), (370, "APBD")),
        line(180, (30, "3."), (60, "Program Pengembangan Destinasi"), (250, "9.340.000,000"), (370, "APBD")),
        line(220, (250, "Bandung, 2016")),
        line(250, (30, "GUBERNUR JAWA BARAT"), (250, "KEPALA DINAS PARIWISATA")),
    ]
    (table,) = tables(lines)
    assert table.n_rows == 4
    assert table.row(2) == ["2.", "Program Pengelolaan Kekayaan Budaya", "17.486.250,000", "APBD"]
    assert table.row(3) == ["3.", "Program Pengembangan Destinasi", "9.340.000,000", "APBD"]
