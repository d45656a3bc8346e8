#!/usr/bin/env python3
"""Generate the sample corpus: ``sample_pdfs/NAME.pdf`` + ``sample_pdfs/NAME.json``.

Run from the repository root::

    .venv/bin/python tools/generate_samples.py

Every report is first built as one plain data structure (``Report``, a dict:
metadata, narrative paragraphs, and every table cell as the string printed).
The same structure is rendered to PDF by ``render_pdf`` (reportlab platypus,
laid out like an office's Word export) and turned into the truth JSON (the
``lkj-report/1`` contract) by ``build_truth``.

Two kinds of report:

* the four seed reports ``mojokerto-protokol-2022-tw1..4``: cells from the
  reference transcription (``tools/sample_data/mojokerto-protokol-2022-tw*.json``),
  narrative from ``tools/sample_data/mojokerto-protokol-2022.narrative.json``
  (text of the real reports, real errors included).  Their truth is the
  reference transcription with ``source`` filled in; the generator asserts
  that the truth it builds from the report structure is identical to it.
* generated, consistent reports specified in ``tools/sample_units.py``
  (capaian computed here, ``temuan`` empty).

The output is byte-reproducible: ``rl_config.invariant`` fixes dates and
document IDs, and no randomness is used.
"""

import copy
import hashlib
import io
import json
import re
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config

rl_config.invariant = 1  # fixed creation date and document ID -> identical bytes

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

sys.dont_write_bytecode = True  # keep tools/ free of __pycache__
sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_units import EVALUASI_INTRO, LKJ_INTRO, PENUTUP, UNITS  # noqa: E402

TOOLS = Path(__file__).resolve().parent
DATA = TOOLS / "sample_data"
OUT = TOOLS.parent / "sample_pdfs"

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
BULAN_AKHIR = {1: "Maret", 2: "Juni", 3: "September", 4: "Desember"}
ANGKA = {1: "satu", 2: "dua", 3: "tiga", 4: "empat", 5: "lima", 6: "enam", 7: "tujuh", 8: "delapan", 9: "sembilan"}


# ===========================================================================
# Values: printed string <-> contract VALUE
# ===========================================================================

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_PENDING = {"proses", "proses penilaian", "dalam proses"}


def parse_number(s):
    """Indonesian number: '.' groups thousands, ',' is the decimal mark."""
    n = Decimal(s.replace(".", "").replace(",", "."))
    return int(n) if n == n.to_integral_value() else float(n)


def value(raw):
    """Printed cell text -> contract VALUE (None for an empty cell).

    Mirrors the reference transcription of the seed reports (checked against
    it for every seed cell, see ``seed_reports``).
    """
    raw = " ".join(raw.split())
    if not raw:
        return None
    v = {"raw": raw, "number": None, "unit": None, "category": None, "status": None, "note": None}
    if raw.lower() in _PENDING:
        v["status"] = "pending"
        return v
    m = re.fullmatch(r"[Kk]ategori\s+(.+)", raw)
    if m:
        v["unit"], v["category"] = "kategori", m.group(1)
        return v
    m = re.fullmatch(rf"Rp\.?\s*({_NUM})", raw)
    if m:
        v["number"], v["unit"] = parse_number(m.group(1)), "rp"
        return v
    m = re.fullmatch(rf"({_NUM})\s*(%?)\s*(?:\((.*)\))?", raw)
    if m:
        v["number"] = parse_number(m.group(1))
        v["unit"] = "%" if m.group(2) else None
        if m.group(3) is not None:
            k = re.fullmatch(r"[Kk]ategori\s+(.+)", m.group(3).strip())
            if k:
                v["category"] = k.group(1)
            else:
                v["note"] = m.group(3).strip()
        return v
    m = re.fullmatch(rf"({_NUM})\s+([A-Za-z]+)", raw)
    if m:
        v["number"], v["unit"] = parse_number(m.group(1)), m.group(2).lower()
        return v
    raise ValueError(f"cannot read cell value {raw!r}")


def rupiah(n, prefix=False):
    """1600000000 -> '1.600.000.000' (or 'Rp 1.600.000.000')."""
    s = f"{n:,}".replace(",", ".")
    return f"Rp {s}" if prefix else s


def percent(x, space=False):
    """Decimal -> '48,42%' / '100%' / '23,02 %' (rounded half-up to 2 decimals)."""
    q = x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    s = f"{q:f}".rstrip("0").rstrip(".").replace(".", ",")
    return s + (" %" if space else "%")


def compute_capaian(target, realisasi, arah, space):
    """Printed capaian for a target / realisasi pair, '' when it cannot be computed."""
    t, r = value(target), value(realisasi)
    if t is None or r is None or t["number"] is None or r["number"] is None:
        return ""
    T, R = Decimal(str(t["number"])), Decimal(str(r["number"]))
    if arah == "naik":
        x = R / T * 100
    elif arah == "turun_2t":
        x = (2 * T - R) / T * 100
    elif arah == "turun_tr":
        x = T / R * 100
    else:
        raise ValueError(arah)
    return percent(x, space)


# ===========================================================================
# The Report structure
# ===========================================================================
#
# {
#   "name": "mojokerto-protokol-2022-tw1",
#   "cover": {"title": [...], "unit": [...], "year": "2022", "year_bold": True},
#   "pendahuluan": [paragraph, ...], "tugas_intro": str, "tugas": [[label, text], ...],
#   "pk_intro": str,
#   "pk_rows": [{"sasaran_no": "1.", "sasaran", "indikator_no": "1.1" | None, "indikator", "target"}],
#   "anggaran_intro": str | None,
#   "anggaran_rows": [{"no", "uraian", "jumlah", "keterangan", "level"}],   (jumlah as printed)
#   "rencana_rows": [{"sasaran_no", "sasaran", "indikator", "tw": [4 strings]}],
#   "capaian_intro": str,
#   "capaian_rows": [{"sasaran_no", "sasaran", "indikator", "target", "realisasi", "capaian"}],
#   "evaluasi_intro": str, "evaluasi": [[label, text], ...],
#   "penutup": [paragraph, ...],
#   "signature": {"jabatan_lines": [...], "nama", "pangkat", "nip"},   (as printed)
#   "laporan": {...},   (contract metadata)
#   "temuan": [...],
# }
#
# Table cells are the strings printed ("" = empty cell); a sasaran is given on
# every row and merged into one cell by the renderer.


def seed_reports():
    narrative = json.loads((DATA / "mojokerto-protokol-2022.narrative.json").read_text(encoding="utf-8"))
    reports = []
    for tw in range(1, 5):
        name = f"mojokerto-protokol-2022-tw{tw}"
        truth = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
        nar = narrative[f"tw{tw}"]
        # every seed cell must read back exactly as the reference transcription says
        for table in ("perjanjian_kinerja", "rencana_triwulan", "capaian_kinerja"):
            for row in truth[table]:
                for key, cell in row.items():
                    if isinstance(cell, dict):
                        assert value(cell["raw"]) == cell, (name, cell)
        pk_sasaran = {r["sasaran_no"]: r["sasaran"] for r in truth["perjanjian_kinerja"]}

        def printed(v):
            return v["raw"] if v else ""

        def no(s):
            return f"{s}." if s else ""

        rep = {
            "name": name,
            "cover": nar["cover"],
            "pendahuluan": nar["pendahuluan"],
            "tugas_intro": nar["tugas_intro"],
            "tugas": nar["tugas"],
            "pk_intro": nar["pk_intro"],
            "pk_rows": [
                {"sasaran_no": no(r["sasaran_no"]), "sasaran": r["sasaran"], "indikator_no": r["indikator_no"],
                 "indikator": r["indikator"], "target": printed(r["target"])}
                for r in truth["perjanjian_kinerja"]
            ],
            "anggaran_intro": None,
            "anggaran_rows": [
                {"no": n, "uraian": r["uraian"], "jumlah": rupiah(r["jumlah"]), "keterangan": r["sumber"],
                 "level": r["level"]}
                for n, r in zip(nar["anggaran_no"], truth["anggaran"])
            ],
            "rencana_rows": [
                {"sasaran_no": no(r["sasaran_no"]), "sasaran": pk_sasaran[r["sasaran_no"]],
                 "indikator": r["indikator"], "tw": [printed(r[f"tw{i}"]) for i in range(1, 5)]}
                for r in truth["rencana_triwulan"]
            ],
            "capaian_intro": nar["capaian_intro"],
            "capaian_rows": [
                {"sasaran_no": no(r["sasaran_no"]), "sasaran": r["sasaran"], "indikator": r["indikator"],
                 "target": printed(r["target"]), "realisasi": printed(r["realisasi"]),
                 "capaian": printed(r["capaian"])}
                for r in truth["capaian_kinerja"]
            ],
            "evaluasi_intro": nar["evaluasi_intro"],
            "evaluasi": nar["evaluasi"],
            "penutup": nar["penutup"],
            "signature": nar["signature"],
            "laporan": truth["laporan"],
            "temuan": truth["temuan"],
        }
        # the truth built from the report structure is the reference transcription
        built = build_truth(rep)
        ref = dict(truth, source=None)
        assert json.dumps(built, ensure_ascii=False) == json.dumps(ref, ensure_ascii=False), name
        reports.append(rep)
    return reports


def ringkas_anggaran(rows):
    """'1 (satu) program dengan 1 (satu) kegiatan, dan 3 (tiga) sub kegiatan'."""
    n = {lv: sum(r["level"] == lv for r in rows) for lv in ("program", "kegiatan", "sub_kegiatan")}
    def f(k):
        return f"{k} ({ANGKA[k]})"
    return f"{f(n['program'])} program dengan {f(n['kegiatan'])} kegiatan, dan {f(n['sub_kegiatan'])} sub kegiatan"


def generated_report(u, tw):
    tahun = u["laporan"]["tahun"]
    anggaran = [
        {"no": no, "uraian": uraian, "jumlah": rupiah(jumlah, u["anggaran_rp"]), "keterangan": sumber,
         "level": level}
        for no, uraian, jumlah, level, sumber in u["anggaran"].get(tw, u["anggaran"]["default"])
    ]
    ctx = {
        "tw": ROMAN[tw],
        "periode": f"pada triwulan {ROMAN[tw]}" if tw == 1 else f"sampai dengan triwulan {ROMAN[tw]}",
        "bulan": BULAN_AKHIR[tw],
        "n_bulan": 3 * tw,
        "tahun": tahun,
        "ringkas_anggaran": ringkas_anggaran(anggaran),
        "nama_laporan": u["nama_laporan"],
        "tugas_unit": u["tugas_unit"],
        "penutup_unit": u["penutup_unit"],
        **u["facts"][tw],
    }
    pk, rencana, capaian = [], [], []
    for s in u["sasaran"]:
        sno = s["no"] + u["no_suffix"]
        for ind in s["indikator"]:
            pk.append({"sasaran_no": sno, "sasaran": s["text"], "indikator_no": ind["no"],
                       "indikator": ind["text"], "target": ind["target"]})
            rencana.append({"sasaran_no": sno, "sasaran": s["text"], "indikator": ind["text"],
                            "tw": list(ind["rencana"])})
            real = ind["realisasi"][tw - 1]
            cap = ind.get("capaian", {}).get(tw)
            if cap is None:
                cap = compute_capaian(ind["target"], real, ind["arah"], u["pct_space"])
            capaian.append({"sasaran_no": sno, "sasaran": s["text"], "indikator": ind["text"],
                            "target": ind["target"], "realisasi": real, "capaian": cap})
    return {
        "name": f"{u['slug']}-tw{tw}",
        "cover": {"title": u["cover_title"] + [f"TRIWULAN {ROMAN[tw]}"], "unit": u["cover_unit"],
                  "year": str(tahun), "year_bold": True},
        "pendahuluan": [LKJ_INTRO.format(**ctx)],
        "tugas_intro": u["tugas_intro"],
        "tugas": u["tugas"],
        "pk_intro": u["pk_intro"].format(**ctx),
        "pk_rows": pk,
        "anggaran_intro": u["anggaran_intro"],
        "anggaran_rows": anggaran,
        "rencana_rows": rencana,
        "capaian_intro": u["capaian_intro"].format(**ctx),
        "capaian_rows": capaian,
        "evaluasi_intro": EVALUASI_INTRO.format(**ctx),
        "evaluasi": [[f"{i}.", t.format(**ctx)] for i, t in enumerate(u["evaluasi"], 1)],
        "penutup": [PENUTUP.format(**ctx)],
        "signature": u["signature"],
        "laporan": {k: (tw if k == "triwulan" else u["laporan"][k])   # contract key order
                    for k in ("unit_kerja", "instansi", "pemda", "tahun", "triwulan", "penandatangan")},
        "temuan": [],
    }


def generated_reports():
    reports = [generated_report(u, tw) for u in UNITS for tw in u["triwulan"]]
    check_generated(reports)
    return reports


def check_generated(reports):
    """Consistency rules of the generated corpus (they must give no temuan)."""
    by_unit = {}
    for rep in reports:
        by_unit.setdefault(rep["name"].rsplit("-tw", 1)[0], []).append(rep)
        pk_targets = [r["target"] for r in rep["pk_rows"]]
        assert pk_targets == [r["target"] for r in rep["capaian_rows"]], rep["name"]
        assert [r["indikator"] for r in rep["pk_rows"]] == [r["indikator"] for r in rep["capaian_rows"]]
        sig, pen = rep["signature"], rep["laporan"]["penandatangan"]
        assert (sig["nama"], sig["pangkat"]) == (pen["nama"], pen["pangkat"]), rep["name"]
        assert re.fullmatch(r"NIP\. \d{8} \d{6} \d \d{3}", sig["nip"]) and re.sub(r"\D", "", sig["nip"]) == pen["nip"]
        # budget: each program / kegiatan is the sum of the rows under it
        amounts = [(r["level"], int(re.sub(r"\D", "", r["jumlah"]))) for r in rep["anggaran_rows"]]
        for i, (level, amount) in enumerate(amounts):
            child = {"program": "kegiatan", "kegiatan": "sub_kegiatan"}.get(level)
            if child:
                below = []
                for lv, am in amounts[i + 1:]:
                    if lv == child:
                        below.append(am)
                    elif lv != "sub_kegiatan":
                        break
                assert sum(below) == amount, (rep["name"], level, amount, below)
        tw = rep["laporan"]["triwulan"]
        text = " ".join(rep["pendahuluan"] + rep["penutup"] + [rep["capaian_intro"], rep["evaluasi_intro"]]
                        + [t for _, t in rep["evaluasi"]])
        for m in re.findall(r"triwulan (I{1,3}|IV)\b", text):
            assert m == ROMAN[tw], (rep["name"], m)
        months = set(re.findall(r"\b(Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|"
                                r"Oktober|November|Desember)\b", text))
        assert months <= {"Januari", BULAN_AKHIR[tw]}, (rep["name"], months)
    for reps in by_unit.values():
        for i in range(len(reps[0]["capaian_rows"])):
            seq = [value(r["capaian_rows"][i]["realisasi"]) for r in reps]
            nums = [v["number"] for v in seq if v and v["number"] is not None]
            assert nums == sorted(nums), (reps[0]["name"], i, nums)   # cumulative: never falls
            assert len({r["capaian_rows"][i]["target"] for r in reps}) == 1


# ===========================================================================
# Truth JSON
# ===========================================================================

def _no(printed):
    printed = (printed or "").strip().rstrip(".")
    return printed or None


def build_truth(rep):
    return {
        "schema": "lkj-report/1",
        "source": None,  # filled in once the PDF exists
        "laporan": rep["laporan"],
        "perjanjian_kinerja": [
            {"sasaran_no": _no(r["sasaran_no"]), "sasaran": r["sasaran"], "indikator_no": _no(r["indikator_no"]),
             "indikator": r["indikator"], "target": value(r["target"])}
            for r in rep["pk_rows"]
        ],
        "anggaran": [
            {"uraian": r["uraian"], "level": r["level"], "jumlah": int(re.sub(r"\D", "", r["jumlah"])),
             "sumber": r["keterangan"] or None}
            for r in rep["anggaran_rows"]
        ],
        "rencana_triwulan": [
            {"sasaran_no": _no(r["sasaran_no"]), "indikator": r["indikator"],
             **{f"tw{i}": value(r["tw"][i - 1]) for i in range(1, 5)}}
            for r in rep["rencana_rows"]
        ],
        "capaian_kinerja": [
            {"sasaran_no": _no(r["sasaran_no"]), "sasaran": r["sasaran"], "indikator": r["indikator"],
             "target": value(r["target"]), "realisasi": value(r["realisasi"]), "capaian": value(r["capaian"])}
            for r in rep["capaian_rows"]
        ],
        "temuan": copy.deepcopy(rep["temuan"]),
    }


# ===========================================================================
# PDF rendering
# ===========================================================================

PAGE_W, PAGE_H = A4
MARGIN = 2.5 * cm
FRAME_W = PAGE_W - 2 * MARGIN  # 16 cm

SIG_INDENT = 7 * cm  # the signature block sits in the right part of the page
GRID = 0.5
HEADER_BG = colors.HexColor("#D9D9D9")


def _style(name, **kw):
    base = dict(fontName="Times-Roman", fontSize=12, leading=15, hyphenationLang="", embeddedHyphenation=0,
                splitLongWords=1)
    base.update(kw)
    return ParagraphStyle(name, **base)


S = {
    "body": _style("body", alignment=TA_JUSTIFY, firstLineIndent=1 * cm, spaceAfter=6),
    "plain": _style("plain", alignment=TA_JUSTIFY, spaceAfter=6),
    "item": _style("item", alignment=TA_JUSTIFY, leftIndent=1.0 * cm, bulletIndent=0.3 * cm, spaceAfter=3,
                   bulletFontName="Times-Roman", bulletFontSize=12),
    "bab": _style("bab", fontName="Times-Bold", alignment=TA_CENTER, spaceBefore=6, spaceAfter=10),
    "h": _style("h", fontName="Times-Bold", spaceBefore=8, spaceAfter=6),
    "hc": _style("hc", fontName="Times-Bold", alignment=TA_CENTER, spaceBefore=10, spaceAfter=8),
    "cover_title": _style("cover_title", fontName="Times-Bold", fontSize=18, leading=24, alignment=TA_CENTER),
    "cover_unit": _style("cover_unit", fontName="Times-Bold", fontSize=15, leading=20, alignment=TA_CENTER),
    "cover_plain": _style("cover_plain", fontSize=15, leading=20, alignment=TA_CENTER),
    "sig": _style("sig", alignment=TA_CENTER, leftIndent=SIG_INDENT, leading=14),
    "cell": _style("cell", fontSize=10, leading=12),
    "cell_c": _style("cell_c", fontSize=10, leading=12, alignment=TA_CENTER),
    "cell_r": _style("cell_r", fontSize=10, leading=12, alignment=TA_RIGHT),
    "head": _style("head", fontName="Times-Bold", fontSize=10, leading=12, alignment=TA_CENTER),
}


PAD = 4  # left / right cell padding (pt)
RUPIAH = re.compile(r"Rp\.?\s*[\d.,]+")
MIDWORD_WRAPS = []  # (report, text) of cells printed with a line break inside a word


def P(text, style="body", **kw):
    return Paragraph(escape(text), S[style], **kw)


def longest_word(text, style="cell"):
    st = S[style]
    return max((stringWidth(w, st.fontName, st.fontSize) for w in text.split()), default=0)


def cell(text, style="cell", width=None):
    """A table cell: wrapped Paragraph, '' when empty.

    ``width`` is the cell's width: a word wider than the cell would be broken
    inside the word by reportlab (splitLongWords), so the printed lines would
    no longer join with a space into the raw text.  That is only wanted for
    rupiah amounts (the deliberately "wrapped number" cells), anything else
    raises.
    """
    if not text:
        return ""
    if width is not None and longest_word(text, style) > width - 2 * PAD:
        if not RUPIAH.fullmatch(text):
            raise ValueError(f"{text!r} does not fit a {width:.0f}pt column without breaking a word")
        MIDWORD_WRAPS.append((CURRENT[0], text))
    return Paragraph(escape(text), S[style])


CURRENT = [None]  # name of the report being rendered (for MIDWORD_WRAPS)


class CheckBox(Flowable):
    """An empty square, as Word draws a checkbox symbol."""

    def __init__(self, size=10):
        super().__init__()
        self.size = size

    def wrap(self, aw, ah):
        return self.size, self.size

    def draw(self):
        self.canv.setLineWidth(0.7)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


def grid_table(header, body, widths, spans=(), header_rows=1, extra=()):
    """Full-grid table, shaded header row(s) repeated on every page."""
    style = [
        ("GRID", (0, 0), (-1, -1), GRID, colors.black),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_BG),
        ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
        ("VALIGN", (0, header_rows), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    style += [("SPAN", a, b) for a, b in spans]
    style += list(extra)
    return Table(header + body, colWidths=widths, repeatRows=header_rows, style=TableStyle(style), hAlign="CENTER")


def with_lead(table, header_rows, rows):
    """Remember how many rows open the table: header row(s) + the first merged sasaran group."""
    table.lead_rows = header_rows + (sasaran_groups(rows)[0][1] + 1 if rows else 1)
    return table


def lead_in(items, table=None):
    """``items`` (+ ``table``) preceded by a conditional page break, so that a
    heading never stays alone at the foot of a page: a new page is started
    unless the items and the table's opening rows fit in what is left."""
    need = 0
    for f in items:
        _, h = f.wrap(FRAME_W, PAGE_H)
        need += h + f.getSpaceBefore() + f.getSpaceAfter()
    if table is not None:
        table.wrap(FRAME_W, PAGE_H)
        need += sum(table._rowHeights[:table.lead_rows])
        items = items + [table]
    return [CondPageBreak(need + 2)] + items


def sasaran_groups(rows):
    """[(first, last)] index ranges of consecutive rows sharing one sasaran (merged cell)."""
    groups = []
    for i, r in enumerate(rows):
        key = (r["sasaran_no"], r["sasaran"])
        if groups and groups[-1][0] == key:
            groups[-1][2] = i
        else:
            groups.append([key, i, i])
    return [(a, b) for _, a, b in groups]


def merged_sasaran(rows, header_rows, cols=(0, 1)):
    """Blank the repeated No/Sasaran cells and return the SPAN / VALIGN commands."""
    spans, extra, blank = [], [], set()
    for a, b in sasaran_groups(rows):
        blank.update(range(a + 1, b + 1))
        for c in cols:
            if b > a:
                spans.append(((c, a + header_rows), (c, b + header_rows)))
            extra.append(("VALIGN", (c, a + header_rows), (c, b + header_rows), "MIDDLE"))
    return spans, extra, blank


def pk_table(rows):
    w = [1.0 * cm, 4.0 * cm, 1.1 * cm, 7.4 * cm, 2.5 * cm]
    header = [[cell("No.", "head", w[0]), cell("Sasaran", "head", w[1]),
               cell("Indikator Kinerja", "head", w[2] + w[3]), "", cell("Target", "head", w[4])]]
    spans, extra, blank = merged_sasaran(rows, 1)
    spans.append(((2, 0), (3, 0)))
    body = []
    for i, r in enumerate(rows):
        first = i not in blank
        line = [cell(r["sasaran_no"], "cell_c", w[0]) if first else "", cell(r["sasaran"], "cell", w[1]) if first else ""]
        if r["indikator_no"]:
            line += [cell(r["indikator_no"], "cell_c", w[2]), cell(r["indikator"], "cell", w[3])]
        else:  # no number printed: the indikator text spans both indikator columns
            line += [cell(r["indikator"], "cell", w[2] + w[3]), ""]
            spans.append(((2, i + 1), (3, i + 1)))
        line.append(cell(r["target"], "cell_c", w[4]))
        body.append(line)
    return with_lead(grid_table(header, body, w, spans, extra=extra), 1, rows)


def anggaran_table(rows):
    w = [1.3 * cm, 8.2 * cm, 3.5 * cm, 3.0 * cm]
    header = [[cell(h, "head", x) for h, x in zip(("No", "Program / Kegiatan", "Anggaran (Rp.)", "Keterangan"), w)]]
    body = [[cell(r["no"], "cell_c", w[0]), cell(r["uraian"], "cell", w[1]), cell(r["jumlah"], "cell_r", w[2]),
             cell(r["keterangan"], "cell_c", w[3])] for r in rows]
    return with_lead(grid_table(header, body, w), 1, None)


def rencana_widths(rows):
    """Column widths of the rencana table, the triwulan columns widened to their
    longest word as Word's "AutoFit to contents" would (1.9-2.9 cm; for rupiah
    amounts at most 2.55 cm, so the longest amounts wrap inside the number)."""
    tw = []
    for i in range(4):
        need = 1.9 * cm
        for r in rows:
            t = r["tw"][i]
            cap = 2.55 * cm if RUPIAH.fullmatch(t) else 2.9 * cm
            need = max(need, min(longest_word(t, "cell_c") + 2 * PAD + 1, cap))
        tw.append(need)
    rest = FRAME_W - 1.0 * cm - sum(tw)
    return [1.0 * cm, 0.5 * rest, 0.5 * rest] + tw


def rencana_table(rows):
    w = rencana_widths(rows)
    header = [
        [cell("No", "head", w[0]), cell("SASARAN", "head", w[1]), cell("INDIKATOR KINERJA", "head", w[2]),
         cell("PROSENTASE PROGES RENCANA PENCAPAIAN TARGET KINERJA", "head", sum(w[3:])), "", "", ""],
        ["", "", ""] + [cell(f"Triwulan {ROMAN[i]}", "head", w[2 + i]) for i in range(1, 5)],
    ]
    spans, extra, blank = merged_sasaran(rows, 2)
    spans += [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (2, 1)), ((3, 0), (6, 0))]
    body = []
    for i, r in enumerate(rows):
        first = i not in blank
        body.append([cell(r["sasaran_no"], "cell_c", w[0]) if first else "",
                     cell(r["sasaran"], "cell", w[1]) if first else "",
                     cell(r["indikator"], "cell", w[2])] + [cell(t, "cell_c", w[3 + k]) for k, t in enumerate(r["tw"])])
    return with_lead(grid_table(header, body, w, spans, header_rows=2, extra=extra), 2, rows)


def capaian_table(rows):
    w = [1.0 * cm, 3.2 * cm, 4.6 * cm, 2.4 * cm, 2.4 * cm, 2.4 * cm]
    header = [[cell(h, "head", x) for h, x in
               zip(("No.", "Sasaran", "Indikator Sasaran", "Target", "Realisasi", "Capaian (%)"), w)]]
    spans, extra, blank = merged_sasaran(rows, 1)
    body = []
    for i, r in enumerate(rows):
        first = i not in blank
        body.append([cell(r["sasaran_no"], "cell_c", w[0]) if first else "",
                     cell(r["sasaran"], "cell", w[1]) if first else "",
                     cell(r["indikator"], "cell", w[2]), cell(r["target"], "cell_c", w[3]),
                     cell(r["realisasi"], "cell_c", w[4]), cell(r["capaian"], "cell_c", w[5])])
    return with_lead(grid_table(header, body, w, spans, extra=extra), 1, rows)


CHECKLIST = ["LAPORAN KURANG BAIK", "LAPORAN SUDAH BAIK", "LAPORAN DIPERBAIKI", "REALISASI DITELITI ULANG",
             "CAPAIAN DITELITI ULANG", "LAIN-LAIN"]


def checklist():
    t = Table([[CheckBox(), P(label, "plain")] for label in CHECKLIST], colWidths=[0.9 * cm, 9 * cm],
              hAlign="LEFT",
              style=TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("TOPPADDING", (0, 0), (-1, -1), 2),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return t


def dotted_line():
    n = int(0.96 * FRAME_W / stringWidth(".", "Times-Roman", 12))
    return P("." * n, "plain")


def signature(sig):
    for text, font in [(t, "Times-Roman") for t in sig["jabatan_lines"] + [sig["pangkat"], sig["nip"]]] + [
            (sig["nama"], "Times-Bold")]:
        if stringWidth(text, font, 12) > FRAME_W - SIG_INDENT:  # each printed line must stay one line
            raise ValueError(f"signature line too long: {text!r}")
    lines = [P(t, "sig") for t in sig["jabatan_lines"]]
    lines.append(Spacer(1, 2.2 * cm))
    lines.append(Paragraph(f"<b><u>{escape(sig['nama'])}</u></b>", S["sig"]))
    lines.append(P(sig["pangkat"], "sig"))
    lines.append(P(sig["nip"], "sig"))
    return KeepTogether([Spacer(1, 0.8 * cm)] + lines)


def story(rep):
    cov = rep["cover"]
    el = [Spacer(1, 3 * cm)]
    el += [P(t, "cover_title") for t in cov["title"]]
    el.append(Spacer(1, 8 * cm))  # where the regional emblem would be
    el += [P(t, "cover_unit") for t in cov["unit"]]
    el.append(P(cov["year"], "cover_unit" if cov["year_bold"] else "cover_plain"))
    el.append(PageBreak())

    el.append(P("BAB I PENDAHULUAN", "bab"))
    el += [P(t) for t in rep["pendahuluan"]]
    el.append(P(rep["tugas_intro"]))
    el += [Paragraph(escape(t), S["item"], bulletText=lab) for lab, t in rep["tugas"]]

    el.append(Spacer(1, 0.4 * cm))
    el += lead_in([P("BAB II", "bab"), P("AKUNTABILITAS KINERJA JABATAN", "bab"), P("A. PERJANJIAN KINERJA", "h"),
                   P(rep["pk_intro"])], pk_table(rep["pk_rows"]))
    el.append(Spacer(1, 0.5 * cm))
    el += lead_in([P(rep["anggaran_intro"])] if rep["anggaran_intro"] else [],
                  anggaran_table(rep["anggaran_rows"]))
    el += lead_in([P("PROGRES RENCANA PENCAPAIAN TARGET KINERJA", "hc")], rencana_table(rep["rencana_rows"]))

    el += lead_in([P("B. CAPAIAN KINERJA", "h"), P(rep["capaian_intro"])], capaian_table(rep["capaian_rows"]))

    items = [Paragraph(escape(t), S["item"], bulletText=lab) for lab, t in rep["evaluasi"]]
    el += lead_in([P("C. EVALUASI DAN ANALISIS CAPAIAN KINERJA", "h"), P(rep["evaluasi_intro"]), items[0]])
    el += items[1:]

    el += lead_in([P("D. TANGGAPAN ATASAN LANGSUNG", "h"), dotted_line(), dotted_line()])
    el.append(KeepTogether([P("RUANG TANGGAPAN (DISPOSISI) ATASAN LANGSUNG :", "h"), checklist()]))

    el.append(Spacer(1, 0.4 * cm))
    el += lead_in([P("BAB III", "bab"), P("PENUTUP", "bab"), P(rep["penutup"][0])])
    el += [P(t) for t in rep["penutup"][1:]]
    el.append(signature(rep["signature"]))
    return el


def render_pdf(rep):
    """Report -> (PDF bytes, page count)."""
    buf = io.BytesIO()
    CURRENT[0] = rep["name"]
    lap = rep["laporan"]
    doc = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
        title=f"Laporan Kinerja {lap['unit_kerja']} Triwulan {ROMAN[lap['triwulan']]} {lap['tahun']}",
        author=lap["unit_kerja"], creator="lkj tools/generate_samples.py", subject="", keywords="",
        invariant=1,
    )
    doc.build(story(rep))
    return buf.getvalue(), doc.page


# ===========================================================================

def _validator():
    """jsonschema validator for the contract, when the schema can be found (optional)."""
    try:
        import jsonschema
    except ImportError:
        return None
    p = DATA / "lkj-report.schema.json"  # copy of the shared contract's schema
    return jsonschema.Draft202012Validator(json.loads(p.read_text(encoding="utf-8")))


def main():
    OUT.mkdir(exist_ok=True)
    validator = _validator()
    reports = seed_reports() + generated_reports()
    for rep in reports:
        pdf, pages = render_pdf(rep)
        truth = build_truth(rep)
        truth["source"] = {"file": f"{rep['name']}.pdf", "sha256": hashlib.sha256(pdf).hexdigest(),
                           "pages": pages, "ocr": False}
        if validator is not None:
            validator.validate(truth)
        (OUT / f"{rep['name']}.pdf").write_bytes(pdf)
        with open(OUT / f"{rep['name']}.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, indent=1, ensure_ascii=False)
        print(f"{rep['name']}.pdf  {pages} pages  {truth['source']['sha256'][:12]}")
    print(f"{len(reports)} reports -> {OUT}" + ("" if validator else "  (jsonschema missing: not validated)"))
    for name, text in dict.fromkeys(MIDWORD_WRAPS):
        print(f"  number wrapped inside the number: {name}: {text!r}")


if __name__ == "__main__":
    main()
