"""Rows whose rule the producer left out, as jb_lkip16_rsjiwa prints them (pages 28 and 30): the
last row of a page left open by the page break, its column rules going on to its end, and two
rows drawn as one, each value cell holding both rows' amounts. A PDF drawn here with the rules each
case leaves, read by the extractor, cell by cell; the real file is scored in test_realworld."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors import grids
from extractors.pdf import read_document
from extractors.tables import read_tables
from normalisers import rows

HEADER = ["PROGRAM/ KEGIATAN", "ANGGARAN (Rp)", "REALISASI ANGGARAN (Rp)"]
COLUMNS = [60.0, 260.0, 380.0, 520.0]
LINE = 14.0  # points between a cell's lines


def _draw(pdf: canvas.Canvas, top: float, drawn_rows: list[list[list[str]]], close: bool) -> None:
    """A ruled table from `top` (points from the page's top): each drawn row a list of cells, each
    cell its lines. `close`: the rule under the last row is drawn."""
    height = A4[1]
    y = top
    pdf.setLineWidth(0.75)
    pdf.line(COLUMNS[0], height - y, COLUMNS[-1], height - y)
    for number, cells in enumerate(drawn_rows):
        lines = max(len(cell) for cell in cells)
        for col, cell in enumerate(cells):
            for k, text in enumerate(cell):
                baseline = height - (y + 12 + k * LINE)
                if col == 0:
                    pdf.drawString(COLUMNS[col] + 4, baseline, text)
                else:
                    pdf.drawRightString(COLUMNS[col + 1] - 4, baseline, text)
        bottom = y + 6 + lines * LINE
        for x in COLUMNS:
            pdf.line(x, height - y, x, height - bottom)
        if close or number < len(drawn_rows) - 1:
            pdf.line(COLUMNS[0], height - bottom, COLUMNS[-1], height - bottom)
        y = bottom


def _budget_pdf(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 9)
    _draw(pdf, 100.0, [
        [[HEADER[0]], [HEADER[1]], ["REALISASI ANGGARAN", "(Rp)"]],
        [["Program Pelayanan Kesehatan"], ["23.405.539.000,-"], ["18.350.776.107,-"]],
        [["Pelayanan dan pendukung", "pelayanan BLUD"], ["16.000.000.000,-"], ["13.261.872.275,-"]],
        # The page break: the last row is left open, its column rules go on to its end.
        [["Penilaian akreditasi Rumah", "Sakit Versi 2012"], ["517.970.000,-"], ["391.925.521,-"]],
    ], close=False)
    pdf.showPage()
    pdf.setFont("Helvetica", 9)
    _draw(pdf, 72.0, [
        [["Program Pemeliharaan Sarana", "dan Prasarana Aparatur"], ["5.529.960.000,-"], ["5.286.632.068,-"]],
        # Two rows drawn as one: no rule between the kegiatan and the next programme.
        [["Peningkatan Pemeliharaan", "Sarana Perkantoran", "Program Pengelolaan Keuangan", "dan Kekayaan Daerah"],
         ["5.529.960.000,-", "", "100.000.000,-"], ["5.286.632.068,-", "", "97.719.250,-"]],
        [["Kegiatan Pengelolaan Keuangan", "di RS Jiwa"], ["100.000.000,-"], ["97.719.250,-"]],
    ], close=True)
    pdf.showPage()
    pdf.save()
    return path


def test_an_open_last_row_and_two_rows_drawn_as_one_are_rows_of_their_own(tmp_path):
    document = read_document(_budget_pdf(tmp_path / "anggaran.pdf"))
    out = rows.anggaran(read_tables(document).tables["anggaran"])
    assert [(r["uraian"], r["level"], r["jumlah"], r["realisasi"], r["page"]) for r in out] == [
        ("Program Pelayanan Kesehatan", "program", 23405539000, 18350776107, 1),
        ("Pelayanan dan pendukung pelayanan BLUD", "kegiatan", 16000000000, 13261872275, 1),
        ("Penilaian akreditasi Rumah Sakit Versi 2012", "kegiatan", 517970000, 391925521, 1),
        ("Program Pemeliharaan Sarana dan Prasarana Aparatur", "program", 5529960000, 5286632068, 2),
        ("Peningkatan Pemeliharaan Sarana Perkantoran", "kegiatan", 5529960000, 5286632068, 2),
        ("Program Pengelolaan Keuangan dan Kekayaan Daerah", "program", 100000000, 97719250, 2),
        ("Kegiatan Pengelolaan Keuangan di RS Jiwa", "kegiatan", 100000000, 97719250, 2),
    ]


def test_an_amount_wrapped_in_its_cell_is_still_one_row(tmp_path):
    """A cell too narrow for its amount wraps it ("16.000.000.000," over "-"): no row begins there."""
    path = tmp_path / "wrapped.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 9)
    _draw(pdf, 100.0, [
        [[HEADER[0]], [HEADER[1]], ["REALISASI ANGGARAN", "(Rp)"]],
        [["Pelayanan dan pendukung", "pelayanan BLUD", "Provinsi Jawa Barat"], ["16.000.000.000,", "-"],
         ["13.261.872.275,", "-"]],
        [["Kegiatan Pengelolaan Keuangan"], ["100.000.000,-"], ["97.719.250,-"]],
    ], close=True)
    pdf.showPage()
    pdf.save()
    out = rows.anggaran(read_tables(read_document(path)).tables["anggaran"])
    assert [(r["uraian"], r["jumlah"], r["realisasi"]) for r in out] == [
        ("Pelayanan dan pendukung pelayanan BLUD Provinsi Jawa Barat", 16000000000, 13261872275),
        ("Kegiatan Pengelolaan Keuangan", 100000000, 97719250),
    ]



def _rule(orientation: str, at: float, start: float, end: float) -> dict:
    if orientation == "h":
        return {"x0": start, "x1": end, "top": at, "bottom": at, "width": end - start, "height": 0,
                "orientation": "h", "object_type": "line"}
    return {"x0": at, "x1": at, "top": start, "bottom": end, "width": 0, "height": end - start,
            "orientation": "v", "object_type": "line"}


def test_a_rule_under_a_few_columns_does_not_close_an_open_row():
    """A Rencana Aksi's schedule shades the months of a kegiatan: the shaded cells' edges run under
    a few columns at the open row's end (jb_ra16_dishub_rencana_aksi, page 5). They close no row;
    a rule under most of the table does, and nothing is added."""
    table = [_rule("h", y, 60, 520) for y in (100, 134, 154)] + [_rule("v", x, 100, 188) for x in COLUMNS[:3]] \
        + [_rule("v", 520, 100, 188)]
    shaded = [_rule("h", 188, 380, 420)]
    (added,) = grids._open_ends(table + shaded)
    assert (added["x0"], added["x1"], added["top"]) == (60, 520, 188)
    assert grids._open_ends(table + [_rule("h", 188, 60, 500)]) == []
