"""Ruling edges from a page's paths: borders drawn as thin filled rectangles, shading that draws none.

Some writers put every border of a table into one filled path, each border a thin rectangle of its
own (a Rencana Aksi of Dinas Perhubungan Jawa Barat, 2016): each closed subpath is judged alone.
"""

from playa.content import PathSegment
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors import pages
from extractors.pdf import read_document

WIDTH, HEIGHT = A4
LEFT, TOP = 72.0, 700.0  # reportlab's y: from the bottom of the page
COLS = (LEFT, LEFT + 180, LEFT + 300, LEFT + 420)
ROW = 24.0
RULE = 0.75  # as thin as Word draws a border
ROWS = [["Indikator", "Target", "Realisasi"],
        ["Persentase jalan mantap", "75 %", "80 %"],
        ["Jumlah terminal", "3 unit", "3 unit"]]


def _draw_text(pdf, rows, top):
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            pdf.drawString(COLS[c] + 4, top - (r + 1) * ROW + 8, text)


def _rules(pdf, rows, top, vertical=True, shading=(), rule=RULE):
    """Every rule of the table as a thin filled rectangle `rule` thick, all of them in one filled
    path; `shading` thick rectangles (x, y, w, h) in that same path."""
    path = pdf.beginPath()
    bottom = top - len(rows) * ROW
    for r in range(len(rows) + 1):
        path.rect(COLS[0], top - r * ROW - rule / 2, COLS[-1] - COLS[0], rule)
    if vertical:
        for x in COLS:
            path.rect(x - rule / 2, bottom, rule, top - bottom)
    for rect in shading:
        path.rect(*rect)
    pdf.drawPath(path, fill=1, stroke=0)


def _ruled_grids(path):
    return [g for page in read_document(path).pages for g in page.grids if all(c.ruled for c in g.cells)]


def test_borders_in_one_filled_path_make_a_ruled_grid(tmp_path):
    path = tmp_path / "one-path.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    # The header row shaded by a thick rectangle of its own path, drawn under the text.
    pdf.setFillGray(0.85)
    pdf.rect(COLS[0], TOP - ROW, COLS[-1] - COLS[0], ROW, fill=1, stroke=0)
    pdf.setFillGray(0)
    _rules(pdf, ROWS, TOP)
    _draw_text(pdf, ROWS, TOP)
    pdf.save()

    [grid] = _ruled_grids(path)
    assert (grid.n_rows, grid.n_cols) == (3, 3)
    assert [[cell.text for cell in row] for row in grid.matrix()] == ROWS


def test_word_s_thick_borders_are_rules(tmp_path):
    """Word draws a 2¼ pt border as a rectangle 2.2 pt thick (jb_lkip16_biro_organisasi's PK, where
    the table's bottom border was taken for shading and its last row's cells were lost)."""
    path = tmp_path / "thick.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    _rules(pdf, ROWS, TOP, rule=2.2)
    _draw_text(pdf, ROWS, TOP)
    pdf.save()

    [grid] = _ruled_grids(path)
    assert [[cell.text for cell in row] for row in grid.matrix()] == ROWS
    # As thick in a pale grey, they are a shaded cell's padding (jb_lkip16_dinkes): no rule.
    pale = tmp_path / "pale.pdf"
    pdf = canvas.Canvas(str(pale), pagesize=A4)
    pdf.setFillGray(0.95)
    _rules(pdf, ROWS, TOP, rule=2.2)
    pdf.setFillGray(0)
    _draw_text(pdf, ROWS, TOP)
    pdf.save()
    assert _ruled_grids(pale) == []


def test_shading_in_the_same_path_draws_no_edge(tmp_path):
    path = tmp_path / "shaded.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    # The header row's shading, inset from its rules, is a subpath of the path of the rules: its
    # sides would be rules of thin rows and columns of their own.
    _rules(pdf, ROWS, TOP, shading=[(COLS[0] + 4, TOP - ROW + 4, COLS[-1] - COLS[0] - 8, ROW - 8)])
    _draw_text(pdf, ROWS, TOP)
    pdf.save()

    [grid] = _ruled_grids(path)
    assert (grid.n_rows, grid.n_cols) == (3, 3)
    assert [[cell.text for cell in row] for row in grid.matrix()] == ROWS


def test_a_shaded_row_between_horizontal_rules_is_no_table(tmp_path):
    # Rules across only, and a row shaded in two pieces in their path: their sides would make
    # the row a ruled table of two cells.
    path = tmp_path / "h-rules.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    y = TOP - 2 * ROW + 2  # inside the row, clear of its rules
    shading = [(COLS[0], y, COLS[1] - COLS[0], ROW - 4), (COLS[1], y, COLS[-1] - COLS[1], ROW - 4)]
    _rules(pdf, ROWS, TOP, vertical=False, shading=shading)
    _draw_text(pdf, ROWS, TOP)
    pdf.save()

    assert _ruled_grids(path) == []


def _rect(x, y, w, h):
    return [PathSegment("m", ((x, y),)), PathSegment("l", ((x + w, y),)), PathSegment("l", ((x + w, y + h),)),
            PathSegment("l", ((x, y + h),)), PathSegment("h", ())]


def _bbox(segments):
    xs = [x for s in segments for x, _ in s.points]
    ys = [y for s in segments for _, y in s.points]
    return min(xs), min(ys), max(xs), max(ys)


def test_each_subpath_is_judged_alone():
    thin_h = _rect(100, 200, 300, 1)  # a rule across
    thin_v = _rect(100, 200, 1, 150)  # a rule down
    thick = _rect(150, 250, 80, 30)  # shading
    segments = thin_h + thick + thin_v
    edges = pages._path_edges(_bbox(segments), True, False, segments)
    assert {(e["orientation"], round(e["x0"]), round(e["x1"]), round(e["top"]), round(e["bottom"])) for e in edges} == {
        ("h", 100, 400, 200, 200), ("h", 100, 400, 201, 201),  # the two long sides of the rule across
        ("v", 100, 100, 200, 350), ("v", 101, 101, 200, 350),  # and of the rule down
    }
    # The shading alone draws nothing; stroked, its outline is a border.
    assert pages._path_edges(_bbox(thick), True, False, thick) == []
    assert len(pages._path_edges(_bbox(thick), True, True, thick)) == 4


def test_a_subpath_closed_then_continued():
    # After "h", a segment that is not an "m" begins a new subpath at the point closed to.
    segments = _rect(100, 200, 80, 30) + [PathSegment("l", ((400, 200),)), PathSegment("l", ((400, 201),)),
                                          PathSegment("l", ((100, 201),)), PathSegment("h", ())]
    edges = pages._path_edges(_bbox(segments), True, False, segments)
    assert sorted((e["orientation"], round(e["x0"]), round(e["x1"]), round(e["top"])) for e in edges) == [
        ("h", 100, 400, 200), ("h", 100, 400, 201)]


def test_a_table_drawn_with_inside_borders_only_has_its_outer_columns(tmp_path):
    # Word's "inside borders" and LibreOffice's open tables: rules across, verticals only between
    # columns; the outer columns are still columns.
    from reportlab.platypus import SimpleDocTemplate, Table

    path = tmp_path / "open.pdf"
    style = [("INNERGRID", (0, 0), (-1, -1), 0.5, "black"), ("LINEABOVE", (0, 0), (-1, 0), 0.5, "black"),
             ("LINEBELOW", (0, -1), (-1, -1), 0.5, "black")]
    rows = [["No", "Indikator Kinerja", "Target"], ["1", "Persentase jalan mantap", "75 %"],
            ["2", "Jumlah terminal", "3 unit"]]
    two_tables = [Table(rows, style=style), Table([["Tabel", "lain"]] * 3, style=style)]
    SimpleDocTemplate(str(path)).build(two_tables)
    grids = read_document(path).pages[0].grids
    assert [[c.text if c else None for c in row] for row in grids[0].matrix()] == rows
    assert len(grids) == 2  # two open tables one under the other stay two
