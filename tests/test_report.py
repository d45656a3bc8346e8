"""The evaluator's report as a person sees it: `lkj report` opened in headless Chromium
(Debian's, through Playwright), offline; and `lkj export --xlsx` read back with openpyxl
and compared with the views it comes from."""

from __future__ import annotations

import io
import os
import re
import shutil
from pathlib import Path

import openpyxl
import pytest

from lkj.labels import column_label
from report import export_xlsx
from report.data import gather
from report.html import render
from report.xlsx import PERCENT_COLUMNS, POINTS_COLUMNS, RUPIAH_COLUMNS, SHEETS, sheet_title
from warehouse.db import connect

from .test_cli import lkj

PEMDA, TAHUN = "Kabupaten Mojokerto", 2022
SEED_UNIT = "Bagian Protokol dan Komunikasi Pimpinan"


@pytest.fixture(scope="module")
def db(samples_db):
    return samples_db


@pytest.fixture(scope="module")
def con(db):
    con = connect(db, read_only=True)
    yield con
    con.close()


def view(con, sql: str, **params) -> list[dict]:
    result = con.execute(sql, {"pemda": PEMDA, "tahun": TAHUN, **params})
    columns = [c[0] for c in result.description]
    return [dict(zip(columns, row)) for row in result.fetchall()]


def columns_of(con, name: str, sheet) -> list[str]:
    """The sheet's header, which shows each column's label, as the view's column names."""
    by_label = {column_label(column): column for column, *_ in con.execute(f"DESCRIBE {name}").fetchall()}
    return [by_label[cell.value] for cell in sheet[1]]


@pytest.fixture(scope="module")
def report_file(db, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("report") / "laporan.html"
    result = lkj("report", "--pemda", PEMDA, "--tahun", TAHUN, "--db", db, "-o", path)
    assert result.returncode == 0, result.stderr
    return path


def test_report_renders_every_chart_offline_without_errors(report_file, browser, con, tmp_path):
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    errors, requests = [], []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: requests.append(request.url))
    page.goto(report_file.as_uri())
    page.wait_for_function("() => [...document.querySelectorAll('.chart')].every("
                           "c => c.querySelector('svg.main-svg'))", timeout=20_000)

    # one chart per indikator, one budget chart per unit, the cross-unit chart
    indikator = view(con, "SELECT count(*) AS n FROM v_triwulan WHERE pemda = $pemda AND tahun = $tahun")[0]["n"]
    units = view(con, "SELECT count(DISTINCT unit_kerja) AS n FROM v_laporan "
                      "WHERE pemda = $pemda AND tahun = $tahun AND is_current")[0]["n"]
    charts = page.evaluate("""() => [...document.querySelectorAll('.chart')].map(c => ({
        kind: c.dataset.chart,
        svgs: c.querySelectorAll('svg.main-svg').length,
        marks: [...c.querySelectorAll('svg.main-svg .cartesianlayer .trace path')]
               .filter(p => (p.getAttribute('d') || '').length > 2).length,
    }))""")
    kinds = [c["kind"] for c in charts]
    assert (kinds.count("antar-unit"), kinds.count("anggaran"), kinds.count("indikator")) == (1, units, indikator)
    assert indikator >= 25 and units >= 3  # the samples' three units of Mojokerto 2022, at least
    assert all(c["svgs"] and c["marks"] for c in charts), [c for c in charts if not (c["svgs"] and c["marks"])]

    assert errors == []
    assert {url.split(":", 1)[0] for url in requests} <= {"file", "data"}, requests
    assert page.evaluate("() => document.querySelectorAll('script[src], link[href], img[src], iframe').length") == 0

    screenshot = tmp_path / "laporan.png"
    page.screenshot(path=screenshot, full_page=True)
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and screenshot.stat().st_size > 50_000
    if os.environ.get("LKJ_SCREENSHOT"):  # the README's picture: the top of the page, in 256 colours
        from PIL import Image

        top = page.screenshot(full_page=True, clip={"x": 0, "y": 0, "width": 1280, "height": 2300})
        Image.open(io.BytesIO(top)).quantize(256).save(os.environ["LKJ_SCREENSHOT"], optimize=True)
    page.close()


def test_report_shows_the_views_figures(report_file, browser, con):
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    page.goto(report_file.as_uri())
    page.wait_for_selector("[data-chart=antar-unit] svg.main-svg")

    # the summary at the top
    reports = view(con, "SELECT count(DISTINCT unit_kerja) AS units, count(*) AS reports FROM v_laporan "
                        "WHERE pemda = $pemda AND tahun = $tahun AND is_current")[0]
    latest = view(con, "SELECT sum(indikator_tercapai) AS tercapai, sum(jumlah_indikator) AS jumlah FROM v_antar_unit "
                       "WHERE pemda = $pemda AND tahun = $tahun AND triwulan = 4")[0]
    temuan = view(con, "SELECT file, page, message FROM v_temuan WHERE pemda = $pemda AND tahun = $tahun")
    waiting = view(con, "SELECT count(*) AS n FROM v_review WHERE pemda = $pemda AND tahun = $tahun")[0]["n"]
    cards = page.locator(".kartu .nilai").all_inner_texts()
    assert cards == [str(reports["units"]), str(reports["reports"]), f"{latest['tercapai']} / {latest['jumlah']}",
                     str(len(temuan)), str(waiting)]
    assert cards[:3] == ["3", "12", "18 / 25"]  # as the samples are today

    # every finding, with its report file and page, grouped by severity
    rows = page.eval_on_selector_all("table.temuan tbody tr", """rows => rows.map(r => ({
        severity: r.dataset.severity, file: r.cells[3].innerText, page: r.cells[4].innerText,
        message: r.cells[2].innerText}))""")
    assert sorted((r["file"], r["page"], r["message"]) for r in rows) == \
        sorted((t["file"], str(t["page"]), t["message"]) for t in temuan)
    assert {"mojokerto-protokol-2022-tw4.pdf", "3"} <= {v for r in rows if "PAPBD" in r["message"]
                                                         and "1.789.275.000" in r["message"] for v in r.values()}
    seed_section = page.locator("section.unit", has=page.locator("h2", has_text=SEED_UNIT))
    headings = seed_section.locator("h4").all_inner_texts()
    assert [h.split()[0] for h in headings] == ["Peringatan", "Catatan"]

    # the cross-unit chart shows v_capaian's capaian of the quarter chosen: TW IV, then TW I
    def shown():
        return sorted(page.evaluate("""() => document.querySelector('[data-chart=antar-unit] .js-plotly-plot')
            .data.filter(t => t.visible !== false).flatMap(t => t.x)"""))

    def capaian(q):
        return sorted(r["c"] for r in view(con, "SELECT capaian_dihitung AS c FROM v_capaian WHERE pemda = $pemda "
                                                "AND tahun = $tahun AND triwulan = $q AND c IS NOT NULL", q=q))

    assert shown() == capaian(4)
    page.locator("[data-chart=antar-unit] .updatemenu-button", has_text=re.compile(r"^TW I$")).click()
    page.wait_for_timeout(300)
    assert shown() == capaian(1)

    # an indikator's chart: rencana and realisasi of TW I-IV, as v_triwulan has them
    seed = view(con, "SELECT * FROM v_triwulan WHERE pemda = $pemda AND tahun = $tahun "
                     "AND unit_kerja = $unit AND indikator LIKE 'Persentase Realisasi Anggaran%'", unit=SEED_UNIT)[0]
    figure = page.locator("figure.grafik", has=page.locator("figcaption", has_text=seed["indikator"]))
    traces = figure.locator(".js-plotly-plot").evaluate("plot => plot.data.map(t => ({name: t.name, y: t.y}))")
    by_name = {t["name"]: t["y"] for t in traces}
    assert by_name["Rencana"] == [seed[f"rencana_tw{q}"] for q in (1, 2, 3, 4)] == [15, 40, 70, 95]
    assert by_name["Realisasi"] == [seed[f"realisasi_tw{q}"] for q in (1, 2, 3, 4)] == [13.73, 41, 69.41, 96.9]
    page.close()


def test_report_is_one_file_with_plotly_once(report_file):
    html = report_file.read_text(encoding="utf-8")
    assert html.count("* plotly.js v") == 1  # the bundle's banner: inlined once, not per chart
    assert html.count("Plotly.newPlot(") == html.count('class="grafik chart"') + html.count('data-chart="indikator"')
    assert '<html lang="id">' in html and "Indikator mencapai target" in html


def test_report_escapes_what_it_reads(con):
    data = gather(con, PEMDA, TAHUN, SEED_UNIT)
    data.units[0].nama = "<script>alert('unit')</script>"
    data.units[0].indikator[0].nama = "Indikator <b>tebal</b> & lain"
    data.units[0].temuan["warning"][0]["message"] = "<img src=x onerror=alert(1)>"
    html = render(data)
    assert "<script>alert(" not in html and "&lt;script&gt;alert(" in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "Indikator &lt;b&gt;tebal&lt;/b&gt; &amp; lain" in html


def test_report_of_nothing_loaded_is_one_line(db):
    result = lkj("report", "--pemda", PEMDA, "--tahun", "1999", "--db", db, "-o", "/dev/null")
    assert result.returncode == 1 and result.stderr.strip() == f"lkj: belum ada laporan yang dimuat untuk {PEMDA} 1999"
    unknown = lkj("report", "--pemda", "Kota Atlantis", "--tahun", TAHUN, "--db", db, "-o", "/dev/null")
    assert unknown.returncode == 1 and len(unknown.stderr.strip().splitlines()) == 1
    assert "Kota Atlantis" in unknown.stderr and "paling mirip" in unknown.stderr


def test_export_xlsx_holds_the_views(db, con, tmp_path):
    path = tmp_path / "lkj.xlsx"
    result = lkj("export", "--xlsx", path, "--pemda", PEMDA, "--tahun", TAHUN, "--db", db)
    assert result.returncode == 0, result.stderr
    workbook = openpyxl.load_workbook(path)
    assert list(SHEETS) == ["v_capaian", "v_triwulan", "v_antar_unit", "v_antar_tahun", "v_temuan", "v_review"]
    assert workbook.sheetnames == ["Capaian", "Triwulan", "Antar unit", "Antar tahun", "Temuan", "Pemeriksaan"]
    for name in SHEETS:
        sheet = workbook[sheet_title(name)]
        expected = view(con, f"SELECT * FROM {name} WHERE pemda = $pemda AND tahun = $tahun")
        header = columns_of(con, name, sheet)
        if name == "v_review":  # the digital samples leave nothing to check; test_scans fills it
            assert expected == [] and sheet.max_row == 1 and "Alasan" in [cell.value for cell in sheet[1]]
            continue
        assert sheet.max_row - 1 == len(expected), name
        assert sheet.freeze_panes == "A2"
        assert set(header) <= set(expected[0]) and "pemda" in header
        assert all(sheet.column_dimensions[letter].width >= 6 for letter in "ABCDE")
        if name in ("v_triwulan", "v_antar_unit", "v_temuan", "v_capaian"):  # cell by cell
            got = sorted((_row_of(sheet, header, row) for row in sheet.iter_rows(min_row=2)), key=repr)
            want = sorted((tuple(r[c] for c in header) for r in expected), key=repr)
            assert got == want, name

    capaian = workbook["Triwulan"]
    header = columns_of(con, "v_triwulan", capaian)
    assert capaian.cell(row=1, column=header.index("capaian_tw4") + 1).value == "Capaian TW IV (%)"
    cell = capaian.cell(row=2, column=header.index("capaian_tw4") + 1)
    assert cell.number_format == "0.00%"
    units = workbook["Antar unit"]
    header = columns_of(con, "v_antar_unit", units)
    assert units.cell(row=2, column=header.index("anggaran") + 1).number_format == "#,##0"
    assert units.cell(row=2, column=header.index("anggaran") + 1).value == 1132000000
    assert units.cell(row=2, column=header.index("tahun") + 1).value == TAHUN


def _row_of(sheet, header, cells) -> tuple:
    """A sheet's row as the view has it: percent cells back to the view's 0-100 scale."""
    values = []
    for column, cell in zip(header, cells):
        value = cell.value
        if value is not None and (column in PERCENT_COLUMNS or column in POINTS_COLUMNS):
            value = round(value * 100, 9)
        values.append(value)
    return tuple(values)


def test_export_xlsx_of_everything_and_export_needs_a_target(db, con, tmp_path):
    counts = export_xlsx(con, tmp_path / "semua.xlsx")
    total = {name: con.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in SHEETS}
    assert counts == total
    workbook = openpyxl.load_workbook(tmp_path / "semua.xlsx")
    assert {name: workbook[sheet_title(name)].max_row - 1 for name in SHEETS} == total
    assert RUPIAH_COLUMNS <= set(columns_of(con, "v_antar_unit", workbook["Antar unit"]))

    neither = lkj("export", "--db", db)
    assert neither.returncode == 2 and "beri --parquet DIR atau --xlsx FILE" in neither.stderr
    both = lkj("export", "--parquet", tmp_path / "pq", "--xlsx", tmp_path / "b.xlsx", "--db", db)
    assert both.returncode == 0, both.stderr
    assert (tmp_path / "pq" / "v_temuan").is_dir() and (tmp_path / "b.xlsx").stat().st_size > 10_000
    shutil.rmtree(tmp_path / "pq")
