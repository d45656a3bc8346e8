"""A table cut by a page break, as offices' Word exports cut it (jb_lkip16_rsjiwa, pages 19-30):
what goes on with the page before and what begins there. Hand-built grids, one case each; the real
file is scored in test_realworld."""

from __future__ import annotations

from extractors.records import Line
from extractors.tables import read_tables
from normalisers import rows

from .test_layout import document, grid

PK_HEADER = ["No", "Sasaran", "Indikator Kinerja", "Target"]
BUDGET_HEADER = ["Program / Kegiatan", "Pagu Anggaran (Rp)", "Realisasi (Rp)"]


def perjanjian_kinerja(doc) -> list[dict]:
    return rows.perjanjian_kinerja(read_tables(doc).tables["perjanjian_kinerja"])


def anggaran(doc) -> list[dict]:
    return rows.anggaran(read_tables(doc).tables["anggaran"])


def test_an_empty_sasaran_cell_of_its_own_below_the_page_top_has_no_sasaran():
    first = grid([PK_HEADER, ["1", "Meningkatnya layanan", "Persentase layanan tepat waktu", "95%"],
                  ["^", "^", "Indeks kepuasan", "80"]], page=2)
    # Page 3: the top row goes on in sasaran 1's cell (cut by the break); below it an empty cell
    # merged over two rows is a sasaran the table does not print.
    second = grid([["", "", "Persentase pengaduan selesai", "90%"],
                   ["", "", "BOR", "80"],
                   ["^", "^", "Jumlah inovasi", "2 inovasi"],
                   ["2", "Meningkatnya akuntabilitas", "Nilai SAKIP", "Kategori BB"]], page=3)
    got = [(r["sasaran_no"], r["sasaran"], r["indikator"]) for r in perjanjian_kinerja(document(first, second))]
    assert got == [("1", "Meningkatnya layanan", "Persentase layanan tepat waktu"),
                   ("1", "Meningkatnya layanan", "Indeks kepuasan"),
                   ("1", "Meningkatnya layanan", "Persentase pengaduan selesai"),
                   (None, None, "BOR"),
                   (None, None, "Jumlah inovasi"),
                   ("2", "Meningkatnya akuntabilitas", "Nilai SAKIP")]


def test_an_empty_cell_of_one_row_still_carries_the_sasaran_above():
    # Rows of their own cells with the sasaran printed once (Word, cells not merged): carried.
    g = grid([PK_HEADER, ["1", "Meningkatnya layanan", "Persentase layanan tepat waktu", "95%"],
              ["", "", "Indeks kepuasan", "80"]])
    assert [r["sasaran"] for r in perjanjian_kinerja(document(g))] == ["Meningkatnya layanan"] * 2


def test_a_row_split_by_the_page_joins_though_its_sasaran_prints_no_number():
    first = grid([PK_HEADER, ["1", "Meningkatnya layanan", "Persentase layanan tepat waktu", "95%"],
                  ["", "", "Persentase pasien dari", "100%"]], page=2)
    second = grid([["", "", "keluarga tidak mampu", ""],
                   ["2", "Meningkatnya akuntabilitas", "Nilai SAKIP", "Kategori BB"]], page=3)
    got = [r["indikator"] for r in perjanjian_kinerja(document(first, second))]
    assert got == ["Persentase layanan tepat waktu", "Persentase pasien dari keluarga tidak mampu", "Nilai SAKIP"]


def _budget_pages(line_above: str) -> list[dict]:
    first = grid([BUDGET_HEADER, ["Program Pelayanan Administrasi Perkantoran", "2.193.850.000", "2.069.837.413"],
                  ["Penyelenggaraan Administrasi Perkantoran", "2.193.850.000", "2.069.837.413"],
                  ["Program Peningkatan Sarana dan Prasarana", "8.338.296.000", "7.476.822.950"]], page=2)
    second = grid([["Peningkatan Penyediaan Sarana Prasarana", "8.338.296.000", "7.476.822.950"]], page=3)
    doc = document(first, second)
    second.bbox = (second.bbox[0], 120.0, second.bbox[2], second.bbox[3])
    # The row's last line, printed in the first column right above the grid: its top rule is not drawn.
    doc.pages[2].lines.append(Line(line_above, 3, 52.0, 95.0, 100.0, 110.0))
    return anggaran(doc)


def test_the_end_of_a_row_printed_above_the_next_grid_joins_the_row():
    uraian = [r["uraian"] for r in _budget_pages("Aparatur")]
    assert uraian == ["Program Pelayanan Administrasi Perkantoran", "Penyelenggaraan Administrasi Perkantoran",
                      "Program Peningkatan Sarana dan Prasarana Aparatur", "Peningkatan Penyediaan Sarana Prasarana"]


def test_a_line_that_opens_a_row_of_its_own_is_not_joined():
    uraian = [r["uraian"] for r in _budget_pages("Program Baru")]
    assert "Program Peningkatan Sarana dan Prasarana" in uraian
    assert not any("Program Baru" in u for u in uraian)
