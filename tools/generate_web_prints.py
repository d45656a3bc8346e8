#!/usr/bin/env python3
"""Generate web applications' print pages of digital samples: ``sample_pdfs/web/NAME-web.pdf``
(printed by the browser) and ``NAME-server.pdf`` (rendered by the application's server), each
with its truth ``.json``.

Run from the repository root (needs the dev install, Playwright and Debian's chromium, and
WeasyPrint, which the tests do not need)::

    .venv/bin/pip install weasyprint
    .venv/bin/python tools/generate_web_prints.py [NAME ...]

Offices file many reports from a web application (an e-SAKIP or e-Monev) rather than from
Word: the report is a page of the application, printed to PDF from the browser. Such a PDF
differs from a Word export in what matters to a reader: the tables are HTML tables whose
borders Chromium paints as filled rectangles, pale grey (Bootstrap's ``#dee2e6``) or only
between rows; striped rows and a grey header are shaded; the browser prints its own header and
footer (a date, the page title, the address, "1/3"); a long table breaks where the page ends
and repeats its header row; the report's details stand in a form ("Perangkat Daerah",
"Tahun", "Triwulan") rather than in a sentence; lines break after a hyphen.

Two templates, as two applications would print:

* ``esakip``: a Bootstrap-like page, bordered tables in pale grey, striped rows, a navigation
  bar, the PK's indikator numbers in a second "No" column.
* ``monev``: rules between rows only (Bootstrap's plain ``.table``), the sasaran merged over
  its indikator rows, the details in a borderless form table with colons, a serif face.
* ``datatables``: the application's own list page printed as it stands, in landscape, with
  no print view: a breadcrumb, the details in a bordered table, each table in a card with the
  DataTables controls around it ("Tampilkan 10 entri", "Cari:", "Menampilkan 1 sampai 6 dari
  6 entri", "Sebelumnya 1 Selanjutnya"), the sasaran as group rows ("Sasaran 1: ...") over
  their indikator in the capaian table, and a "Status" column of badges.

Most are printed by Chromium, as a user prints the page (``PRINTS``); two (``RENDERED``) are
rendered on the application's server by WeasyPrint, as a "Cetak PDF" button does (dompdf and
mPDF in PHP applications work alike): another PDF producer, with its own line breaking (after a
slash: "Kabupaten/" / "Kota"), rows cut by the page end and continued under the repeated header,
and its page margins' own header and footer ("Halaman 1 dari 2").

Each truth is the digital sample's, with ``source`` describing the new file and each
anggaran uraian as printed (the level's word before it where the sample's uraian lacks it).
The HTML is loaded at an https address through Playwright's routing (nothing is fetched) so
that the footer prints an application's address, and the PDF is written without dates and
with a content-derived /ID: the same input gives the same bytes.
"""

import hashlib
import html
import io
import json
import sys
from pathlib import Path

import pikepdf

sys.dont_write_bytecode = True  # keep tools/ free of __pycache__

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_pdfs"
OUT = SAMPLES / "web"
CHROMIUM = "/usr/bin/chromium"
PRINTS = {  # digital sample -> template (printed by Chromium)
    "malang-diskominfo-2023-tw3": "esakip",
    "mojokerto-perencanaan-2022-tw2": "esakip",
    "sidoarjo-bapenda-2024-tw2": "monev",
    "mojokerto-organisasi-2023-tw4": "monev",
    "mojokerto-perencanaan-2022-tw4": "datatables",
}
RENDERED = {  # digital sample -> template, rendered on the application's server by WeasyPrint
    "malang-diskominfo-2023-tw1": "monev",
    "mojokerto-organisasi-2022-tw3": "esakip",
}
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
LEVEL_WORD = {"program": "Program", "kegiatan": "Kegiatan", "sub_kegiatan": "Sub Kegiatan"}
PRINTED_AT = "12/10/2024 09.41"  # the browser's header date: fixed, for reproducible bytes

CSS = {
    "esakip": """
body{font-family:"Liberation Sans",Arial,sans-serif;font-size:12.5px;color:#212529;margin:0}
.navbar{background:#343a40;color:#fff;padding:8px 14px;font-size:15px}
main{padding:0 14px}
h1{font-size:18px;margin:14px 0 4px}h2{font-size:15px;margin:16px 0 6px}
dl{display:grid;grid-template-columns:150px auto;gap:2px 8px;margin:6px 0}dt{font-weight:bold}dd{margin:0}
table{width:100%;border-collapse:collapse}
th,td{border:1px solid #dee2e6;padding:5px 6px;vertical-align:top}
thead th{background:#e9ecef;vertical-align:middle;text-align:center}
tbody tr:nth-of-type(odd){background:rgba(0,0,0,.05)}
.r{text-align:right}.c{text-align:center}
.ttd{width:320px;margin:26px 0 0 auto;text-align:center}.ttd .sp{height:58px}
""",
    "monev": """
body{font-family:"Liberation Serif","Times New Roman",serif;font-size:13px;color:#222;margin:0 6px}
h1{font-size:16px;text-align:center;text-transform:uppercase;margin:8px 0 12px}
h2{font-size:14px;margin:16px 0 6px}
table.form td{padding:1px 6px 1px 0;border:0}
table.data{width:100%;border-collapse:collapse}
table.data th,table.data td{border-top:1px solid #dee2e6;padding:5px 6px;vertical-align:top}
table.data thead th{border-bottom:2px solid #dee2e6;text-align:left;vertical-align:bottom}
.r{text-align:right}.c{text-align:center}
.ttd{width:330px;margin:26px 0 0 auto;text-align:center}.ttd .sp{height:58px}
""",
    "datatables": """
body{font-family:"Liberation Sans",Arial,sans-serif;font-size:12px;color:#212529;margin:0}
.crumb{color:#6c757d;padding:6px 12px;border-bottom:1px solid #dee2e6}
main{padding:0 12px}h1{font-size:17px;margin:10px 0}
.card{border:1px solid rgba(0,0,0,.125);border-radius:4px;margin:0 0 12px}
.card-header{background:#f7f7f7;border-bottom:1px solid rgba(0,0,0,.125);padding:6px 10px;font-weight:bold}
.card-body{padding:8px 10px}
.dt-top,.dt-bottom{display:flex;justify-content:space-between;color:#444;margin:4px 0}
.dt-input{display:inline-block;border:1px solid #aaa;width:110px;height:14px;vertical-align:middle}
table{width:100%;border-collapse:collapse}
th,td{border:1px solid #dee2e6;padding:4px 6px;vertical-align:top}
thead th{background:#4e73df;color:#fff;text-align:center;vertical-align:middle}
tr.group td{background:#eaecf4;font-weight:bold}
table.details{width:auto}table.details th{background:#f8f9fc;color:#212529;text-align:left;width:160px}
.badge{border-radius:3px;padding:1px 5px;color:#fff;font-size:10px}.ok{background:#1cc88a}.no{background:#e74a3b}
.r{text-align:right}.c{text-align:center}
.ttd{width:330px;margin:20px 0 0 auto;text-align:center}.ttd .sp{height:58px}
""",
}


def printed(value) -> str:
    """A VALUE or text cell as the page prints it."""
    if value is None:
        return ""
    return value["raw"] if isinstance(value, dict) else str(value)


def rupiah(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def uraian(row: dict) -> str:
    word = LEVEL_WORD[row["level"]]
    return row["uraian"] if row["uraian"].startswith(word) else f"{word} {row['uraian']}"


def cells(tag: str, texts, classes=None) -> str:
    classes = classes or [""] * len(texts)
    return "".join(f"<{tag}{f' class={c}' if c else ''}>{html.escape(t)}</{tag}>" for t, c in zip(texts, classes))


def row_spans(rows: list[dict], key: str) -> list[int]:
    """How many rows each row's `key` spans (0 under the first of a run)."""
    spans = [0] * len(rows)
    start = 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][key] != rows[start][key]:
            spans[start] = i - start
            start = i
    return spans


def table(head: list[str], body: list[str], css_class: str) -> str:
    return (f"<table class={css_class}><thead><tr>{cells('th', head)}</tr></thead><tbody>"
            + "".join(f"<tr>{r}</tr>" for r in body) + "</tbody></table>")


def card(title: str, content: str, rows: int) -> str:
    """A table as a DataTables page shows it, with its controls above and below."""
    return (f"<div class=card><div class=card-header>{html.escape(title)}</div><div class=card-body>"
            "<div class=dt-top><span>Tampilkan <span class=dt-input style='width:34px'></span> entri</span>"
            "<span>Cari: <span class=dt-input></span></span></div>" + content
            + f"<div class=dt-bottom><span>Menampilkan 1 sampai {rows} dari {rows} entri</span>"
            "<span>Sebelumnya &nbsp; 1 &nbsp; Selanjutnya</span></div></div></div>")


def status(row: dict) -> str:
    number = (row["capaian"] or {}).get("number")
    if number is None:
        return "-"
    return "<span class='badge ok'>Tercapai</span>" if number >= 100 else "<span class='badge no'>Belum Tercapai</span>"


def details(lap: dict) -> list[tuple[str, str]]:
    """The report's details as the page's form lists them, label and value."""
    return [("Perangkat Daerah", lap["unit_kerja"]), *([("Instansi", lap["instansi"])] if lap["instansi"] else []),
            ("Pemerintah Daerah", lap["pemda"]), ("Tahun", str(lap["tahun"])), ("Triwulan", ROMAN[lap["triwulan"]])]


def with_sasaran(rows: list[dict], merged: bool, rest) -> list[str]:
    """Each row's No and Sasaran cells, then `rest(row)`; `merged`: the sasaran printed once,
    merged over its indikator rows."""
    body = []
    for row, span in zip(rows, row_spans(rows, "sasaran")):
        sasaran = cells("td", [row["sasaran_no"] or "", row["sasaran"]], ["c", ""])
        if merged:
            sasaran = sasaran.replace("<td", f"<td rowspan={span}") if span else ""
        body.append(sasaran + rest(row))
    return body


def pk_body(truth: dict, merged: bool) -> list[str]:
    return with_sasaran(truth["perjanjian_kinerja"], merged, lambda row: cells(
        "td", [row["indikator_no"] or "", row["indikator"], printed(row["target"])], ["c", "", "c"]))


def anggaran_body(truth: dict) -> list[str]:
    return [cells("td", [str(n), uraian(row), rupiah(row["jumlah"]), row["sumber"] or ""], ["c", "", "r", ""])
            for n, row in enumerate(truth["anggaran"], 1)]


def rencana_body(truth: dict) -> list[str]:
    return [cells("td", [row["sasaran_no"] or "", row["indikator"], *(printed(row[f"tw{q}"]) for q in range(1, 5))],
                  ["c", "", "c", "c", "c", "c"]) for row in truth["rencana_triwulan"]]


def signature(lap: dict) -> str:
    signer = lap["penandatangan"]
    return (f"<div class=ttd>{html.escape(signer['jabatan'])}<div class=sp></div><b><u>"
            f"{html.escape(signer['nama'])}</u></b><br>{html.escape(signer['pangkat'])}<br>"
            f"NIP. {html.escape(signer['nip'])}</div></main></body></html>")


PK_HEAD = ["No", "Sasaran", "No", "Indikator Kinerja", "Target"]
ANGGARAN_HEAD = ["No", "Program / Kegiatan / Sub Kegiatan", "Anggaran (Rp)", "Sumber Dana"]
RENCANA_HEAD = ["No", "Indikator Kinerja", "TW I", "TW II", "TW III", "TW IV"]


def datatables_html(truth: dict) -> str:
    lap, title = truth["laporan"], f"Laporan Kinerja Triwulan {ROMAN[truth['laporan']['triwulan']]}"
    parts = [f"<!DOCTYPE html><html lang=id><head><meta charset=utf-8><title>{html.escape(title)} | SAKIP "
             f"{html.escape(lap['pemda'])}</title><style>{CSS['datatables']}</style></head><body>"
             "<div class=crumb>Beranda / Laporan Kinerja / Triwulan</div><main>"
             f"<h1>{title} Tahun {lap['tahun']}</h1><table class=details>"
             + "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in details(lap))
             + "</table><br>"]
    parts.append(card("Perjanjian Kinerja", table(PK_HEAD, pk_body(truth, True), ""), len(truth["perjanjian_kinerja"])))
    parts.append(card("Anggaran", table(ANGGARAN_HEAD, anggaran_body(truth), ""), len(truth["anggaran"])))
    parts.append(card("Rencana Capaian per Triwulan", table(RENCANA_HEAD, rencana_body(truth), ""),
                      len(truth["rencana_triwulan"])))
    body, group = [], None
    for n, row in enumerate(truth["capaian_kinerja"], 1):
        if row["sasaran"] != group:
            group = row["sasaran"]
            body.append(f"<tr class=group><td colspan=6>Sasaran {html.escape(row['sasaran_no'] or '')}: "
                        f"{html.escape(group)}</td></tr>")
        body.append(cells("td", [str(n), row["indikator"], printed(row["target"]), printed(row["realisasi"]),
                                 printed(row["capaian"])], ["c", "", "c", "c", "c"])
                    + f"<td class=c>{status(row)}</td>")
    parts.append(card("Capaian Kinerja", table(["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)",
                                                "Status"], body, ""), len(truth["capaian_kinerja"])))
    parts.append(signature(lap))
    return "\n".join(parts)


def page_html(truth: dict, template: str) -> str:
    if template == "datatables":
        return datatables_html(truth)
    lap, title = truth["laporan"], f"Laporan Kinerja Triwulan {ROMAN[truth['laporan']['triwulan']]}"
    merged = template == "monev"
    css_class = "data" if merged else ""
    parts = [f"<!DOCTYPE html><html lang=id><head><meta charset=utf-8><title>{html.escape(title)} - "
             f"{html.escape(lap['unit_kerja'])}</title><style>{CSS[template]}</style></head><body>"]
    if template == "esakip":
        parts.append(f"<div class=navbar>e-SAKIP {html.escape(lap['pemda'])}</div><main>")
        parts.append(f"<h1>{title} Tahun {lap['tahun']}</h1><dl>"
                     + "".join(f"<dt>{html.escape(k)}</dt><dd>{html.escape(v)}</dd>" for k, v in details(lap))
                     + "</dl>")
    else:
        parts.append(f"<main><h1>{title} Tahun {lap['tahun']}</h1><table class=form>"
                     + "".join(f"<tr><td>{html.escape(k)}</td><td>:</td><td>{html.escape(v)}</td></tr>"
                               for k, v in details(lap)) + "</table>")
    parts.append("<h2>A. Perjanjian Kinerja</h2>" + table(PK_HEAD, pk_body(truth, merged), css_class))
    parts.append("<h2>B. Anggaran</h2>" + table(ANGGARAN_HEAD, anggaran_body(truth), css_class))
    parts.append("<h2>C. Rencana Capaian per Triwulan</h2>" + table(RENCANA_HEAD, rencana_body(truth), css_class))
    body = with_sasaran(truth["capaian_kinerja"], merged, lambda row: cells(
        "td", [row["indikator"], printed(row["target"]), printed(row["realisasi"]), printed(row["capaian"])],
        ["", "c", "c", "c"]))
    parts.append("<h2>D. Capaian Kinerja</h2>" + table(["No", "Sasaran", "Indikator Kinerja", "Target", "Realisasi",
                                                        "Capaian (%)"], body, css_class))
    parts.append(signature(lap))
    return "\n".join(parts)


# The browser's own header and footer, as Chromium prints them by default, with a fixed date.
HEADER = (f"<div style='font-size:8px;width:100%;padding:0 28px;display:flex;justify-content:space-between'>"
          f"<span>{PRINTED_AT}</span><span class=title></span><span></span></div>")
FOOTER = ("<div style='font-size:8px;width:100%;padding:0 28px;display:flex;justify-content:space-between'>"
          "<span class=url></span><span><span class=pageNumber></span>/<span class=totalPages></span></span></div>")


def address(name: str, template: str) -> str:
    host = {"esakip": "esakip", "monev": "e-monev", "datatables": "sakip"}[template]
    number = int(hashlib.sha256(name.encode()).hexdigest()[:6], 16)
    return f"https://{host}.example.go.id/laporan/triwulan/cetak/{number}"


def print_pdf(page_source: str, url: str, landscape: bool = False) -> bytes:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        page.route("**/*", lambda route: route.fulfill(status=200, content_type="text/html; charset=utf-8",
                                                       body=page_source))
        page.goto(url)
        data = page.pdf(format="A4", landscape=landscape, print_background=True, display_header_footer=True,
                        header_template=HEADER, footer_template=FOOTER,
                        margin={"top": "40px", "bottom": "40px", "left": "28px", "right": "28px"})
        browser.close()
    return data


# The page margins of a server's PDF: where it was printed from, and its page numbers.
SERVER_PAGE = ("@page { size: A4; margin: 18mm 12mm 16mm;"
               f" @top-left {{ content: 'Dicetak dari aplikasi e-SAKIP, {PRINTED_AT}'; font-size: 8pt }}"
               " @bottom-right { content: 'Halaman ' counter(page) ' dari ' counter(pages); font-size: 8pt } }")


def render_pdf(page_source: str) -> bytes:
    import weasyprint

    return weasyprint.HTML(string=page_source).write_pdf(stylesheets=[weasyprint.CSS(string=SERVER_PAGE)])


def reproducible(data: bytes) -> bytes:
    """No /Info (no dates), a content-derived /ID."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        if "/Info" in pdf.trailer:
            del pdf.trailer["/Info"]
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True)
        return out.getvalue()


def build(name: str) -> Path:
    template = PRINTS.get(name) or RENDERED[name]
    truth = json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    if name in PRINTS:
        data = print_pdf(page_html(truth, template), address(name, template), template == "datatables")
        pdf_path = OUT / f"{name}-web.pdf"
    else:
        data = render_pdf(page_html(truth, template))
        pdf_path = OUT / f"{name}-server.pdf"
    data = reproducible(data)
    OUT.mkdir(parents=True, exist_ok=True)
    pdf_path.write_bytes(data)
    with pikepdf.open(pdf_path) as pdf:
        pages = len(pdf.pages)
    truth["source"] = {"file": pdf_path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": pages, "ocr": False}
    for row in truth["anggaran"]:
        row["uraian"] = uraian(row)
    pdf_path.with_suffix(".json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return pdf_path


def main(argv: list[str]) -> None:
    unknown = [name for name in argv if name not in PRINTS and name not in RENDERED]
    if unknown:
        raise SystemExit(f"not in PRINTS or RENDERED: {', '.join(unknown)}")
    for name in argv or [*PRINTS, *RENDERED]:
        path = build(name)
        print(f"{path.relative_to(ROOT)}: {PRINTS.get(name) or RENDERED[name]}")


if __name__ == "__main__":
    main(sys.argv[1:])
