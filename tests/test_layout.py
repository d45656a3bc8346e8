"""Column roles, table kinds and row classes on small hand-built grids, independent of any generator.

Each grid is written as rows of cell texts; "<" merges a cell into the one on its left (a cell
spanning columns), "^" into the one above (a cell spanning rows).
"""

from __future__ import annotations

import pytest

from extractors import layout
from extractors.pdf import Cell, Document, Grid, Page
from extractors.tables import assign_roles, best_kind, classify_rows, header_scores, kind_scores, read_tables


def grid(rows: list[list[str]], page: int = 2) -> Grid:
    cells: list[Cell] = []
    at: dict[tuple[int, int], Cell] = {}
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text == "<":
                at[r, c] = at[r, c - 1]
                at[r, c].col1 = c + 1
            elif text == "^":
                at[r, c] = at[r - 1, c]
                at[r, c].row1 = r + 1
            else:
                cell = Cell(r, r + 1, c, c + 1, text, page, (50.0 + 60 * c, 100.0 + 20 * r, 110.0 + 60 * c, 120.0 + 20 * r),
                            text_x0=52.0 + 60 * c)
                at[r, c] = cell
                cells.append(cell)
    n_cols = len(rows[0])
    return Grid(page, (50.0, 100.0, 50.0 + 60 * n_cols, 100.0 + 20 * len(rows)), len(rows), n_cols, cells,
                [50.0 + 60 * c for c in range(n_cols + 1)])


def document(*grids: Grid) -> Document:
    pages = [Page(1, 595, 842, [], [])]
    for g in grids:
        while len(pages) < g.page:
            pages.append(Page(len(pages) + 1, 595, 842, [], []))
        pages[g.page - 1].grids.append(g)
    return Document(path=None, sha256="0" * 64, pages=pages)


def roles_of(header: list[str], *body: list[str]) -> list[str | None]:
    g = grid([header, *body])
    matrix = g.matrix()
    return [c.role for c in assign_roles(header, matrix[1:])]


# --- one case per column role --------------------------------------------------------------------

ROLE_CASES = [
    ("no", "No.", "1."),
    ("no", "NOMOR", "II"),
    ("kode", "Kode Rekening", "1.02.01.2.01"),
    ("sasaran", "Sasaran Strategis", "Meningkatnya kualitas pelayanan publik"),
    ("indikator", "Indikator Kinerja Utama", "Persentase layanan yang tepat waktu"),
    ("indikator", "Indikatar Kinerja", "Persentase layanan yang tepat waktu"),  # OCR's misspelling
    ("satuan", "Satuan", "Dokumen"),
    ("target", "Target 2024", "95%"),
    ("realisasi", "Realisasi s.d. Triwulan II", "46%"),
    ("capaian", "% Capaian", "48,42%"),
    ("capaian", "Capaian (%)", "106"),
    ("uraian", "Program / Kegiatan / Sub Kegiatan", "Program Penunjang Urusan Pemerintahan Daerah"),
    ("jumlah", "Pagu Anggaran (Rp)", "1.600.000.000,00"),
    ("jumlah", "Pagu Indikatif", "1.600.000.000"),  # a fuzzy "indikator" must not win over "pagu"
    ("realisasi_anggaran", "Realisasi (Rp.)", "452.750.000"),
    ("realisasi_anggaran", "Realisasi Keuangan", "452.750.000"),
    ("persen", "%", "39,33"),
    ("sisa", "Sisa Anggaran", "1.147.250.000"),
    ("sumber", "Sumber Dana", "APBD 2023"),
    ("keterangan", "Keterangan", "Tercapai sesuai rencana"),
]


@pytest.mark.parametrize(("role", "label", "value"), ROLE_CASES, ids=[f"{r}:{lab}" for r, lab, _ in ROLE_CASES])
def test_column_role(role, label, value):
    assert roles_of([label], [value]) == [role]


def test_what_a_role_means_depends_on_the_kind():
    # "Realisasi" alone names a result; in a budget table it is the budget's realisation.
    assert header_scores("Realisasi")["realisasi"] > header_scores("Realisasi").get("realisasi_anggaran", 0)
    budget = read_tables(document(grid([["Uraian", "Pagu", "Realisasi"], ["Program X", "900.000.000", "452.750.000"]])))
    assert [c.role for c in budget.candidates[0].columns] == ["uraian", "jumlah", "realisasi_anggaran"]
    assert roles_of(["Indikator", "Realisasi"], ["Persentase X", "46%"])[1] == "realisasi"


def test_quarter_columns_in_order_and_one_quarter_is_not_a_plan():
    labels = ["Indikator", "Triwulan I", "Triwulan II", "Triwulan lll", "Triwulan IV"]  # OCR's "lll"
    assert roles_of(labels, ["X", "25%", "50%", "75%", "100%"])[1:] == ["tw1", "tw2", "tw3", "tw4"]
    labels = ["Indikator", "Target Triwulan II", "Realisasi Triwulan II", "Capaian"]
    assert roles_of(labels, ["X", "50%", "46%", "92%"])[1:] == ["target", "realisasi", "capaian"]


def test_one_header_cell_over_two_columns_naming_two_roles():
    # A scan lost the rule between two header cells: the text names both columns in turn.
    header = ["No", "SASARAN INDIKATOR KINERJA", "SASARAN INDIKATOR KINERJA", "Target"]
    assert roles_of(header, ["1.", "Meningkatnya X", "Persentase Y", "95%"]) == ["no", "sasaran", "indikator", "target"]
    header = ["No", "Indikator Kinerja", "Indikator Kinerja", "Target"]  # a number column under the same name
    assert roles_of(header, ["1.", "1.1", "Persentase Y", "95%"]) == ["no", "indikator", "indikator", "target"]


def test_two_header_cells_that_read_alike_are_two_columns():
    # Under a banner over the four quarters, OCR read both "Triwulan II" and "Triwulan III" as
    # "Triwulan Il": two cells of one column each, not one cell to share out between roles.
    banner = "Rencana Pencapaian Target Kinerja (Kumulatif)"
    quarters = ["Triwulan I", "Triwulan Il", "Triwulan Il", "Triwulan IV"]
    labels = ["No", "Indikator Kinerja", *[f"{banner} {q}" for q in quarters]]
    parts = [[("No", 1)], [("Indikator Kinerja", 1)], *[[(banner, 4), (q, 1)] for q in quarters]]
    g = grid([labels, ["1.", "Persentase Y", "25%", "50%", "75%", "100%"]])
    roles = [c.role for c in assign_roles(labels, g.matrix()[1:], parts)]
    assert roles[:2] == ["no", "indikator"] and all(role and role.startswith("tw") for role in roles[2:])
    # One cell over two columns is still shared out.
    labels = ["No", "SASARAN INDIKATOR KINERJA", "SASARAN INDIKATOR KINERJA", "Target"]
    parts = [[("No", 1)], [("SASARAN INDIKATOR KINERJA", 2)], [("SASARAN INDIKATOR KINERJA", 2)], [("Target", 1)]]
    g = grid([labels, ["1.", "Meningkatnya X", "Persentase Y", "95%"]])
    assert [c.role for c in assign_roles(labels, g.matrix()[1:], parts)] == ["no", "sasaran", "indikator", "target"]


def test_a_currency_under_a_banner_names_the_banner_s_rupiah_role():
    """"Rp" under "Realisasi Anggaran" is the realised rupiah, "%" under it the share realised; "Rp"
    under "Anggaran" is the pagu (jb_lkip16_biro_admbang's Tabel III.4 had two pagu columns)."""
    labels = ["No.", "Program/ Kegiatan", "Anggaran Rp", "Realisasi Anggaran Rp", "Realisasi Anggaran %"]
    parts = [[("No.", 1)], [("Program/ Kegiatan", 1)], [("Anggaran", 1), ("Rp", 1)],
             [("Realisasi Anggaran", 2), ("Rp", 1)], [("Realisasi Anggaran", 2), ("%", 1)]]
    g = grid([labels, ["1.", "Kegiatan Asistensi RKA/DPA SKPD", "189.575.000,-", "163.761.000", "86,36%"]])
    roles = [c.role for c in assign_roles(labels, g.matrix()[1:], parts)]
    assert roles == ["no", "uraian", "jumlah", "realisasi_anggaran", "persen"]
    # A banner naming no rupiah role is still the lesser name: "Rp" under "Indikator Kinerja".
    parts = [[("No.", 1)], [("Program/ Kegiatan", 1)], [("Indikator Kinerja", 2), ("Rp", 1)]]
    g = grid([["No.", "Program/ Kegiatan", "Indikator Kinerja Rp"], ["1.", "Kegiatan X", "189.575.000"]])
    assert [c.role for c in assign_roles(["No.", "Program/ Kegiatan", "Indikator Kinerja Rp"], g.matrix()[1:],
                                         parts)][2] == "jumlah"


def test_unnamed_numbering_columns():
    roles = roles_of(["", "Sasaran", "", "Indikator Kinerja", "Target"], ["1.", "S", "1.1", "X", "95%"])
    assert roles == ["no", "sasaran", "indikator", "indikator", "target"]


# --- one case per table kind ---------------------------------------------------------------------

KIND_CASES = [
    ("perjanjian_kinerja", ["No", "Sasaran", "Indikator Kinerja", "Target"], ["1", "S", "X", "95%"]),
    ("capaian_kinerja", ["No", "Indikator", "Target", "Realisasi", "Capaian"], ["1", "X", "95%", "46%", "48%"]),
    ("rencana_triwulan", ["No", "Indikator", "TW I", "TW II", "TW III", "TW IV"], ["1", "X", "1", "2", "3", "4"]),
    ("anggaran", ["No", "Program / Kegiatan", "Anggaran (Rp.)", "Realisasi (Rp.)", "%", "Keterangan"],
     ["1", "Program X", "1.004.422.800", "395.062.000", "39,33", "APBD"]),
    # Extra columns never veto a kind.
    ("perjanjian_kinerja", ["No", "Sasaran", "Indikator", "Formula", "Satuan", "Target", "Penanggung Jawab"],
     ["1", "S", "X", "a/b", "%", "95%", "Kasubag"]),
    ("capaian_kinerja", ["Indikator", "Realisasi 2015", "Target 2016", "Realisasi 2016", "Capaian", "Target Renstra"],
     ["X", "40%", "45%", "46%", "102%", "60%"]),
    (None, ["No", "Nama", "NIP", "Jabatan"], ["1", "Budi", "19660419 198619 2 003", "Kepala"]),
    (None, ["Uraian", "Keterangan"], ["Program X", "ada"]),
]


@pytest.mark.parametrize(("kind", "header", "body"), KIND_CASES, ids=[str(i) for i in range(len(KIND_CASES))])
def test_table_kind(kind, header, body):
    scores, _ = kind_scores(roles_of(header, body))
    assert best_kind(scores) == kind


def test_kind_below_threshold_is_skipped_with_a_reason():
    # Indikator and target, but most named columns are a budget's: no kind explains half of them.
    g = grid([["Indikator", "Target", "Pagu", "Sisa", "Sumber Dana"], ["X", "95%", "900.000.000", "1.000.000", "APBD"]])
    candidate = read_tables(document(g)).candidates[0]
    assert candidate.kind_scores == {"perjanjian_kinerja": 0.4}
    assert candidate.decision == "skipped" and "40%" in candidate.reason
    lacking = read_tables(document(grid([["No", "Nama", "NIP"], ["1", "Budi", "1966"]]))).candidates[0]
    assert lacking.decision == "skipped" and "lacks" in lacking.reason


def test_a_header_read_through_specks_is_still_the_header():
    # A fax's specks read beside header words ("8 Sasaran", "“Realisasi") and brackets spaced
    # off ("Capaian ( % )"): the row still names its columns, and each column its role.
    header = ["No.", "8 Sasaran", "Indikator Sasaran", "Target", "“Realisasi", "Capaian ( % )"]
    body = ["1", "Meningkatnya PAD", "Jumlah PAD", "Rp 2.450.000.000.000", "Rp 1.187.402.660.150", "48,47 %"]
    candidate = read_tables(document(grid([header, body]))).candidates[0]
    assert candidate.header_rows == 1 and candidate.kind == "capaian_kinerja"
    assert roles_of(header, body) == ["no", "sasaran", "indikator", "target", "realisasi", "capaian"]
    # A body row is no header for holding one letter-sized token beside a name.
    assert read_tables(document(grid([["No", "Indikator", "Target"], ["1", "8 Dokumen", "12"]]))).candidates[0] \
        .header_rows == 1


# --- one case per row class ----------------------------------------------------------------------

def classes_of(rows: list[list[str]], kind: str) -> list[str]:
    g = grid(rows)
    matrix = g.matrix()
    header = rows[0]
    roles = [c.role for c in assign_roles(header, matrix[1:])]
    return classify_rows(matrix[1:], roles, header, kind)


def test_row_classes_in_a_capaian_table_with_sasaran_group_rows():
    rows = [
        ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"],
        ["(1)", "(2)", "(3)", "(4)", "(5)"],
        ["I", "Meningkatnya pelayanan", "<", "<", "<"],
        ["a.", "Persentase layanan", "95%", "46%", "48%"],
        ["b.", "Nilai SAKIP", "Kategori A", "Proses", ""],
        ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"],
        ["II", "Terwujudnya tata kelola", "<", "<", "<"],
        ["a.", "Indeks kepuasan", "82,50", "81,37", "98,63%"],
        ["", "RATA-RATA", "", "", "73,12%"],
    ]
    assert classes_of(rows, "capaian_kinerja") == [
        layout.COLUMN_NUMBERS, layout.GROUP, layout.SUB_ITEM, layout.SUB_ITEM, layout.HEADER, layout.GROUP,
        layout.SUB_ITEM, layout.TOTAL]


def test_group_row_without_a_spanning_cell():
    # Tables drawn without a grid keep the sasaran in the indikator column, its values empty.
    rows = [
        ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"],
        ["1", "Meningkatnya pelayanan", "", "", ""],
        ["1.1", "Persentase layanan", "95%", "46%", "48%"],
        ["1.2", "Nilai SAKIP", "A", "A", "100%"],
    ]
    assert classes_of(rows, "capaian_kinerja") == [layout.GROUP, layout.SUB_ITEM, layout.SUB_ITEM]


def test_total_rows_and_indikator_that_begin_with_jumlah():
    rows = [
        ["No", "Program / Kegiatan", "Anggaran (Rp.)"],
        ["1", "Program Penunjang", "1.600.000.000"],
        ["", "JUMLAH", "1.600.000.000"],
        ["", "Total Anggaran", "1.600.000.000"],
    ]
    assert classes_of(rows, "anggaran") == [layout.BODY, layout.TOTAL, layout.TOTAL]
    rows = [["No", "Indikator", "Target"], ["1", "Jumlah fasilitas perlengkapan jalan yang dipasang", "420 unit"]]
    assert classes_of(rows, "perjanjian_kinerja") == [layout.BODY]


def test_group_rows_give_their_sasaran_to_the_rows_under_them():
    from normalisers import rows as build

    g = grid([
        ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "% Capaian"],
        ["I", "Meningkatnya pelayanan", "<", "<", "<", "<"],
        ["a.", "Persentase layanan", "%", "95%", "46%", "48%"],
        ["II", "Terwujudnya tata kelola", "<", "<", "<", "<"],
        ["a.", "Nilai SAKIP", "Kategori", "Kategori A", "Proses", ""],
        ["b.", "Indeks kepuasan", "Indeks", "82,50", "81,37", "98,63%"],
    ])
    reading = read_tables(document(g))
    out = build.capaian_kinerja(reading.tables["capaian_kinerja"])
    assert [(r["sasaran_no"], r["sasaran"], r["indikator"]) for r in out] == [
        ("I", "Meningkatnya pelayanan", "Persentase layanan"),
        ("II", "Terwujudnya tata kelola", "Nilai SAKIP"),
        ("II", "Terwujudnya tata kelola", "Indeks kepuasan"),
    ]


def test_a_budget_printed_again_with_its_realisasi_lends_it_to_the_rows_it_shares():
    """An LKIP prints its pagu by programme (chapter II) and its realisation by sasaran (chapter III):
    the fuller table stands, and each of its rows takes the realisasi of the one row of the other
    printing with its pagu and its uraian; a row the other does not print stays unread."""
    from normalisers import rows as build

    plan = grid([
        ["No.", "Program/ Kegiatan", "Anggaran (Rp.)"],
        ["I.", "Program Perencanaan Pembangunan", ""],
        ["1.", "Kegiatan Asistensi RKA/DPA SKPD", "189.575.000,-"],
        ["2.", "Kegiatan Monitoring Kegiatan Strategis", "872.000.000,-"],
        ["II.", "Program Pelayanan Administrasi", ""],
        ["3.", "Kegiatan Pelayanan Administrasi Perkantoran", "1.453.000.000,-"],
        ["4.", "Kegiatan Penyusunan Laporan", "60.000.000,-"],
    ], page=2)
    realised = grid([
        ["No.", "Sasaran", "Program/ Kegiatan", "Anggaran (Rp)", "Realisasi Anggaran (Rp)"],
        ["1.", "Adanya kesesuaian rencana", "Kegiatan Asistensi RKA/DPA SKPD", "189.575.000,-", "163.761.000"],
        ["2.", "Meningkatnya pengendalian", "Kegiatan Monitoring Kegiatan Strategis", "872.000.000,-", "872.000.000"],
        ["3.", "Tersedianya layanan", "Kegiatan Pelayanan Administrasi Perkantoran", "1.453.000.000,-", "1.403.419.201"],
    ], page=4)
    reading = read_tables(document(plan, realised))
    out = build.anggaran(reading.tables["anggaran"])
    assert [(r["level"], r["jumlah"], r["realisasi"], r["page"]) for r in out] == [
        ("program", None, None, 2),
        ("kegiatan", 189575000, 163761000, 2),
        ("kegiatan", 872000000, 872000000, 2),
        ("program", None, None, 2),
        ("kegiatan", 1453000000, 1403419201, 2),
        ("kegiatan", 60000000, None, 2),
    ]
    skipped = next(c for c in reading.candidates if c.page == 4)
    assert skipped.decision == "skipped" and "realisasi of 3 of its rows" in skipped.reason


def test_budget_with_realisation_kode_and_total():
    from normalisers import rows as build

    g = grid([
        ["Kode", "Program / Kegiatan / Sub Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%", "Sumber Dana"],
        ["1.02.01", "Program Penunjang", "Rp. 900.000.000,-", "452,750,000.00", "50,31", "APBD"],
        ["1.02.01.2.01", "Administrasi Keuangan", "900.000.000", "452.750.000", "50,31", "APBD"],
        ["", "JUMLAH", "900.000.000", "452.750.000", "50,31", ""],
    ])
    out = build.anggaran(read_tables(document(g)).tables["anggaran"])
    assert [(r["kode"], r["level"], r["jumlah"], r["realisasi"], r["sumber"]) for r in out] == [
        ("1.02.01", "program", 900000000, 452750000, "APBD"),
        ("1.02.01.2.01", "kegiatan", 900000000, 452750000, "APBD"),
    ]


def test_every_candidate_has_a_decision_and_a_reason():
    reading = read_tables(document(
        grid([["No", "Indikator", "Target"], ["1", "X", "95%"]]),
        grid([["No", "Nama", "NIP"], ["1", "Budi", "1966"]]),
        grid([["", ""], ["a", "b"]], page=3),
    ))
    assert [c.decision for c in reading.candidates] == ["kept", "skipped", "skipped"]
    assert all(c.reason for c in reading.candidates)
    assert reading.closest("capaian_kinerja") is None or reading.closest("capaian_kinerja").decision == "skipped"


def test_header_words_come_from_the_layout_data():
    # Adding a wording to a role in layout.ROLES is all it takes for headers to name it.
    vocabulary = layout.header_vocabulary()
    for role in layout.ROLES:
        for phrase in role.phrases:
            assert set(layout.words(phrase)) <= vocabulary, phrase


def test_a_continuation_drawn_with_fewer_columns_is_stitched_by_role():
    first = grid([["No.", "Sasaran", "", "Indikator Kinerja", "Target"],
                  ["1.", "Meningkatnya X", "1.1", "Persentase A", "95%"]], page=2)
    second = grid([["No.", "Sasaran", "Indikator Kinerja", "Target"],
                   ["", "Meningkatnya X", "1.2 Persentase B", "90%"]], page=3)
    reading = read_tables(document(first, second))
    assert [c.decision for c in reading.candidates] == ["kept", "continued"]
    (table,) = reading.tables["perjanjian_kinerja"]
    assert [[c.text if c else None for c in row] for row in table.rows] == [
        ["1.", "Meningkatnya X", "1.1", "Persentase A", "95%"],
        ["", "Meningkatnya X", None, "1.2 Persentase B", "90%"],
    ]


def test_a_repeated_header_with_an_unnamed_split_column_continues_the_table():
    # OCR split the rule-less Sasaran column at a wide gap on the second page: a column of no name.
    first = grid([["No.", "Sasaran", "Indikator Sasaran", "Target", "Realisasi", "Capaian (%)"],
                  ["1.", "Meningkatnya X", "Persentase A", "90%", "85%", "94,44%"]], page=3)
    second = grid([["No.", "Sasaran", "", "Indikator Sasaran", "Target", "Realisasi", "Capaian (%)"],
                   ["2.", "Meningkatnya", "Y", "Persentase B", "80%", "80%", "100%"]], page=4)
    reading = read_tables(document(first, second))
    assert [c.decision for c in reading.candidates] == ["kept", "continued"]
    (table,) = reading.tables["capaian_kinerja"]
    assert table.pages == [3, 4] and len(table.rows) == 2


def test_an_unread_name_after_realisasi_holding_figures_is_the_capaian():
    # "Capaian (%)" on a shaded header, read by OCR as "aga".
    header = ["No.", "Sasaran", "Indikator Sasaran", "Target", "Realisasi", "aga"]
    assert roles_of(header, ["1.", "Meningkatnya X", "Persentase A", "90%", "57,5%", "63,89%"])[-1] == "capaian"
    # Words there are not a capaian (an unread Keterangan), nor is anything where a capaian was named.
    assert roles_of(header, ["1.", "Meningkatnya X", "Persentase A", "90%", "57,5%", "Proses penilaian"])[-1] is None
    assert roles_of(["No.", "Indikator", "Target", "Realisasi", "Capaian", "aga"],
                    ["1.", "Persentase A", "90%", "57,5%", "63,89%", "12%"])[-1] != "capaian"


# --- long reports: years, plans, several tables of one kind ---------------------------------------

def test_columns_of_other_years_and_of_the_plan_end_are_extras():
    header = ["No", "Indikator", "Realisasi 2015", "Target 2016", "Realisasi 2016", "Capaian", "Target Akhir Renstra"]
    g = grid([header, ["1", "X", "40%", "45%", "46%", "102%", "60%"]])
    columns = assign_roles(header, g.matrix()[1:], year=2016)
    assert [c.role for c in columns] == ["no", "indikator", "tahun_lain", "target", "realisasi", "capaian",
                                         "rencana_akhir"]
    scores, _ = kind_scores([c.role for c in columns])
    assert best_kind(scores) == "capaian_kinerja" and scores["capaian_kinerja"] == 1.0


def test_a_header_cell_over_several_columns_weighs_less_than_the_one_over_this_column():
    rows = [["No", "Indikator Kinerja", "Indikator Kinerja", "Indikator Kinerja", "Capaian (%)"],
            ["^", "^", "Tahun 2016", "<", "^"],
            ["^", "^", "Target", "Realisasi", "^"],
            ["1.", "Persentase X", "80", "85", "106,25"]]
    reading = read_tables(document(grid(rows)))
    (candidate,) = reading.candidates
    assert [c.role for c in candidate.columns] == ["no", "indikator", "target", "realisasi", "capaian"]
    assert candidate.decision == "kept" and candidate.kind == "capaian_kinerja"


def test_header_words_run_together():
    assert max(header_scores("SasaranStrategis"), key=header_scores("SasaranStrategis").get) == "sasaran"
    assert max(header_scores("IndikatorKinerja"), key=header_scores("IndikatorKinerja").get) == "indikator"


def test_one_table_of_a_kind_the_one_whose_caption_names_it():
    from extractors.records import Line

    renstra = grid([["No", "Sasaran", "Indikator Kinerja", "Target"], ["1", "S", "Persentase X", "50%"]], page=2)
    pk = grid([["No", "Sasaran", "Indikator Kinerja", "Target"], ["1", "S", "Persentase X", "80%"]], page=3)
    doc = document(renstra, pk)
    doc.pages[1].lines.append(Line("Tabel 2 Target Renstra 2013-2018", 2, 50, 300, 60, 72))
    doc.pages[2].lines.append(Line("Tabel 3 Perjanjian Kinerja Tahun 2016", 3, 50, 300, 60, 72))
    reading = read_tables(doc, year=2016)
    assert [t.pages for t in reading.tables["perjanjian_kinerja"]] == [[3]]
    assert reading.candidates[0].decision == "skipped" and "page 3" in reading.candidates[0].reason


def test_bare_figures_are_numbers_not_numberings():
    assert [layout.value_kind(t) for t in ("80", "106,25", "1.", "2.1", "IV", "a.", "1.02.01.2.01", "1.600.000.000")] == [
        layout.NUMBER, layout.NUMBER, layout.NUMBERING, layout.NUMBERING, layout.NUMBERING, layout.NUMBERING,
        layout.CODE, layout.RUPIAH]


def test_what_a_budget_prints_twice_and_before_and_after_its_revision():
    from normalisers import rows as build

    plan = grid([["No", "Program / Kegiatan", "Anggaran (Rp)"],
                 ["1", "Program A", "1.000.000.000"], ["2", "Program B", "2.000.000.000"]], page=2)
    realised = grid([["Program / Kegiatan", "Anggaran Sebelum Perubahan", "Anggaran Sesudah Perubahan",
                      "Realisasi Anggaran", "Realisasi %"],
                     ["Program A", "1.000.000.000", "1.100.000.000", "990.000.000", "90,00"],
                     ["Program B", "2.000.000.000", "2.000.000.000", "1.000.000.000", "50,00"]], page=4)
    reading = read_tables(document(plan, realised))
    (table,) = reading.tables["anggaran"]
    assert table.pages == [4] and reading.candidates[0].decision == "skipped"
    assert [c.role for c in reading.candidates[1].columns] == ["uraian", "jumlah", "jumlah", "realisasi_anggaran",
                                                                "persen"]
    out = build.anggaran([table])
    assert [(r["jumlah"], r["realisasi"]) for r in out] == [(1100000000, 990000000), (2000000000, 1000000000)]


def test_a_relative_year_is_another_year():
    roles = roles_of(["Indikator", "Capaian Thn Lalu", "Target", "Realisasi", "% Realisasi"],
                     ["X", "90", "100", "95", "95"])
    assert roles == ["indikator", "tahun_lain", "target", "realisasi", "capaian"]


def test_a_rencana_aksi_with_its_budget_is_read_as_both():
    from normalisers import rows as build

    g = grid([
        ["No", "Indikator Kinerja Sasaran", "Trw I", "Trw II", "Trw III", "Trw IV", "Program dan Kegiatan",
         "Indikator Kegiatan", "Anggaran (Rp)", "Keterangan"],
        ["1", "Persentase X", "10%", "20%", "30%", "40%", "Kegiatan A", "Laporan", "772.562.700", "Dilakukan reviu"],
        ["2", "Persentase Y", "5%", "10%", "15%", "20%", "Kegiatan A", "Laporan", "772.562.700", "Dilakukan audit"],
        ["3", "Persentase Z", "1%", "2%", "3%", "4%", "Kegiatan B", "Nota dinas", "106.546.050", "Setiap saat"],
    ])
    reading = read_tables(document(g))
    assert reading.candidates[0].kind == "rencana_triwulan" and "also read as anggaran" in reading.candidates[0].reason
    rencana = build.rencana_triwulan(reading.tables["rencana_triwulan"])
    assert [r["indikator"] for r in rencana] == ["Persentase X", "Persentase Y", "Persentase Z"]
    anggaran = build.anggaran(reading.tables["anggaran"])
    # One row a kegiatan (its pagu printed again beside its second indikator is not another);
    # a Keterangan of remarks names no source of funds.
    assert [(r["uraian"], r["jumlah"], r["sumber"]) for r in anggaran] == [
        ("Kegiatan A", 772562700, None), ("Kegiatan B", 106546050, None)]


def test_a_continuation_drawn_with_an_extra_rule_is_placed_by_position():
    # The next page splits the uraian column to indent its kegiatan: each of its columns lies inside
    # one of the table's, so its rows go under them, the two texts of one column joined.
    first = grid([["No", "Program / Kegiatan", "Alokasi Anggaran"], ["1", "Program A", "1.000.000"]], page=2)
    second = grid([["", "Program B", "<", "2.000.000"], ["", "", "Kegiatan B1", "500.000"]], page=3)
    second.col_edges = [50.0, 110.0, 125.0, 170.0, 230.0]
    reading = read_tables(document(first, second))
    assert [c.decision for c in reading.candidates] == ["kept", "continued"]
    (table,) = reading.tables["anggaran"]
    assert [[c.text if c else None for c in row] for row in table.rows] == [
        ["1", "Program A", "1.000.000"], [None, "Program B", "2.000.000"], [None, "Kegiatan B1", "500.000"]]


def test_a_column_that_straddles_two_is_not_a_continuation():
    first = grid([["No", "Program / Kegiatan", "Alokasi Anggaran"], ["1", "Program A", "1.000.000"]], page=2)
    second = grid([["", "Program B", "x", "2.000.000"]], page=3)
    second.col_edges = [50.0, 90.0, 140.0, 170.0, 230.0]
    assert [c.decision for c in read_tables(document(first, second)).candidates] == ["kept", "skipped"]


def test_a_header_word_broken_to_fit_its_column():
    assert max(header_scores("REALI-SASI"), key=header_scores("REALI-SASI").get) == "realisasi"
    assert max(header_scores("Reali- sasi"), key=header_scores("Reali- sasi").get) == "realisasi"


def test_column_numbers_in_a_merged_cell_and_totals_of_belanja():
    rows = [
        ["No", "Program / Kegiatan", "Alokasi Anggaran", "Realisasi Anggaran"],
        ["1", "2", "3 4", "<"],
        ["1", "Program A", "1.000.000", "900.000"],
        ["JUMLAH BELANJA LANGSUNG", "<", "1.000.000", "900.000"],
    ]
    assert classes_of(rows, "anggaran") == [layout.COLUMN_NUMBERS, layout.BODY, layout.TOTAL]


def test_a_plan_over_several_years_is_not_the_pk_even_alone():
    renstra = grid([["No", "Sasaran", "Indikator Kinerja", "Target 2014", "Target 2015", "Target 2016", "Target 2017"],
                    ["1", "S", "Persentase X", "40%", "45%", "50%", "55%"]], page=2)
    reading = read_tables(document(renstra), year=2016)
    assert reading.tables["perjanjian_kinerja"] == []
    assert "plan over several years" in reading.candidates[0].reason


def test_a_pk_printed_as_a_list_under_its_heading():
    from extractors.records import Line

    text = ["2.2 Perjanjian Kinerja Tahun 2016", "Perjanjian Kinerja tahun 2016 disusun berdasarkan Renstra:",
            "A. Meningkatnya kemandirian masyarakat, dengan indikator :",
            "1) Persentase Rumah Tangga ber-PHBS, dengan target 55%",
            "B. Menurunnya ratio kematian ibu dan bayi, dengan", "indikator :",
            "1) Ratio kematian ibu, dengan target 89/100.000 KH", "2) Ratio kematian bayi, dengan",
            "target 5,8/1000 KH", "2.3 Program Kegiatan dan Anggaran", "1) Program A, dengan target 3 dokumen"]
    doc = document()
    doc.pages[0].lines.extend(Line(t, 1, 50, 400, 100 + 14 * i, 112 + 14 * i) for i, t in enumerate(text))
    (table,) = read_tables(doc, year=2016).tables["perjanjian_kinerja"]
    assert [[c.text for c in row] for row in table.rows] == [
        ["A", "Meningkatnya kemandirian masyarakat", "Meningkatnya kemandirian masyarakat"],
        ["1", "Persentase Rumah Tangga ber-PHBS", "55%"],
        ["B", "Menurunnya ratio kematian ibu dan bayi", "Menurunnya ratio kematian ibu dan bayi"],
        ["1", "Ratio kematian ibu", "89/100.000 KH"], ["2", "Ratio kematian bayi", "5,8/1000 KH"]]
    # The Renstra chapter lists sasaran and indikator alike, without the year's targets: not a PK.
    doc.pages[0].lines[:] = [Line(t.replace("Perjanjian Kinerja", "Sasaran Renstra"), 1, 50, 400, 0, 10) for t in text]
    assert read_tables(doc, year=2016).tables["perjanjian_kinerja"] == []


def test_a_rencana_aksi_read_as_plan_and_budget_across_pages():
    # One wide table holds the indikator's quarterly plan and its kegiatan's pagu; the indikator cell
    # spans the rows of its kegiatan, and a schedule's month numbers sit under header cells spanning down.
    from normalisers.rows import anggaran, rencana_triwulan

    header = [["Indikator Kinerja Sasaran", "Trw I", "Trw II", "Trw III", "Trw IV", "Program dan Kegiatan",
               "Anggaran (Rp.)", "Jadwal Kegiatan", "<", "<"],
              ["^", "^", "^", "^", "^", "^", "^", "1", "2", "3"]]
    first = grid(header + [["Persentase X", "-", "50%", "-", "-", "Kegiatan A", "100.000.000,00", "", "", ""],
                           ["^", "^", "^", "^", "^", "Kegiatan B", "200.000.000,00", "", "", ""]], page=2)
    second = grid(header + [["Persentase Y", "-", "-", "-", "90%", "Kegiatan C", "300.000.000,00", "", "", ""]], page=3)
    reading = read_tables(document(first, second))
    assert [c.header_rows for c in reading.candidates] == [2, 2]
    assert [r["indikator"] for r in rencana_triwulan(reading.tables["rencana_triwulan"])] == ["Persentase X",
                                                                                             "Persentase Y"]
    assert [(r["uraian"], r["jumlah"]) for r in anggaran(reading.tables["anggaran"])] == [
        ("Kegiatan A", 100000000), ("Kegiatan B", 200000000), ("Kegiatan C", 300000000)]


def test_the_rest_of_a_row_drawn_alone_at_the_top_of_the_next_page_continues_it():
    first = grid([["No", "Indikator", "Target", "Keterangan"], ["1", "Persentase A", "95%", "x"]], page=2)
    rest = grid([["", "90%", "y"]], page=3)  # only the columns from Indikator rightwards
    rest.col_edges = [110.0, 170.0, 230.0, 290.0]
    assert [c.decision for c in read_tables(document(first, rest)).candidates] == ["kept", "continued"]


def test_a_programme_heading_in_its_kegiatan_cell_is_the_parent_not_the_row():
    from normalisers.rows import anggaran

    g = grid([["No", "Program dan Kegiatan", "Anggaran (Rp)"],
              ["1", "Program Pengawasan Pembangunan Evaluasi Penyelenggaraan Pemerintahan Daerah", "772.562.700"],
              ["2", "Program Pengembangan Data/Informasi", "100.000"]])
    g.cells[4].heading = "Program Pengawasan Pembangunan"  # printed bold above the kegiatan
    g.cells[7].heading = "Program Pengembangan"  # a name whose last line lost its bold: kept whole
    (table,) = read_tables(document(g)).tables["anggaran"]
    assert [(r["uraian"], r["level"]) for r in anggaran([table])] == [
        ("Evaluasi Penyelenggaraan Pemerintahan Daerah", "kegiatan"), ("Program Pengembangan Data/Informasi", "program")]
