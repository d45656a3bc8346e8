#!/usr/bin/env python3
"""Generate the layout-variety samples: ``sample_pdfs/layout-<kind>-<n>.pdf`` + ``.json``
and ``sample_pdfs/layouts.json`` (``{"<file>.pdf": "<layout kind>"}``).

Run from the repository root (needs LibreOffice and python-docx, dev-only)::

    apt-get install -y libreoffice-writer fonts-crosextra-carlito
    .venv/bin/pip install python-docx
    .venv/bin/python tools/generate_layouts.py [NAME ...]

The existing samples (``tools/generate_samples.py``) are all made by reportlab
from one template.  Reports of ~500 pemda come from many Word templates, so
these samples are written as .docx with python-docx (real merged cells,
borders set per table, shading, landscape sections, several fonts, repeated
or not repeated header rows) and converted to PDF by LibreOffice
(``soffice --headless --convert-to pdf``): a different PDF producer.

As in ``generate_samples.py``, every report is first one plain data structure
(the specification in ``tools/layout_units.py`` expanded by ``build_report``:
metadata, narrative, every table cell as the string printed).  The same
structure is rendered to .docx by ``render_docx`` and turned into the truth
JSON by ``build_truth``.  Cell strings become VALUEs with
``generate_samples.value`` (the function the existing truths are built
with); the only addition is the unit of a bare number printed in a table that
states the unit elsewhere: a "Satuan" column ("87,5" under Satuan "%" ->
unit "%", raw "87,5") or a "Capaian (%)" header over bare numbers.

LibreOffice output is not byte-reproducible (creation date in the PDF); the
truth is exact for what is printed, and ``source.sha256`` / ``pages`` are taken
from the PDF written.  Where a sample needs a page break at a given place (a
table continued without / with its header row, a break inside a merged sasaran
cell) the generator moves the table down by a blank paragraph of growing height
until the break falls where it should, and checks the result in the PDF text.

Checks run on every sample: the truth validates against the contract schema;
every VALUE raw is found in ``page.extract_text()`` of pdfplumber (a value
wrapped over lines of a table row: its words in order on one page); no table
word is broken inside the word (columns are widened to their longest word,
measured in the font LibreOffice uses, found with fc-match); the signature
lines and tab-aligned rows are printed whole; a continued table repeats its
header row exactly when it is marked to; a split merged cell is split as the
spec says ("in_group": its text stays on the first page, "text_split": its
last words go to the next page, read with pdfplumber's table finder); the
corpus rules of ``generate_samples.check_generated`` (no temuan: capaian
computed from target and realisasi, same target / indikator in the Perjanjian
Kinerja and the capaian table, period words and months of the report's own
period, budget rows add up).

``--keep-docx DIR`` also writes each sample's .docx and .pdf to DIR (before the
checks, so a failing sample can be looked at).
"""

import argparse
import copy
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

sys.dont_write_bytecode = True  # keep tools/ free of __pycache__
TOOLS = Path(__file__).resolve().parent
sys.path.insert(0, str(TOOLS))

from generate_samples import ANGKA, BULAN_AKHIR, ROMAN, compute_capaian, percent, rupiah, value  # noqa: E402
from layout_units import SPECS  # noqa: E402

import docx  # noqa: E402
from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402

DATA = TOOLS / "sample_data"
OUT = TOOLS.parent / "sample_pdfs"
DEBUG_DIR = None  # --keep-docx: the .docx and .pdf of every sample, also of one that fails its checks
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]


# ===========================================================================
# Values
# ===========================================================================

SATUAN_UNIT = {"%": "%", "Persen": "%", "Rupiah": "rp", "Rp": "rp", "Indeks": "indeks", "Nilai": None}


def satuan_unit(satuan):
    """The VALUE unit a "Satuan" column gives a bare number printed beside it."""
    if satuan is None:
        return None
    return SATUAN_UNIT.get(satuan, satuan.lower())


def bare(full):
    """A cell as printed in a table with a Satuan column: the number without its unit.

    "87,5%" -> "87,5", "12 dokumen" -> "12", "Rp 1.250.000" -> "1.250.000";
    grades and pending words stay as they are.
    """
    v = value(full)
    if v is None or v["number"] is None or v["category"] is not None or v["note"] is not None:
        return full
    m = re.fullmatch(r"(?:Rp\.?\s*)?([\d.,]+)\s*(?:%|[A-Za-z]+)?", full)
    assert m, full
    return m.group(1)


def val(raw, unit_hint=None):
    """Printed cell -> VALUE; a bare number takes ``unit_hint`` (Satuan column / "(%)" header)."""
    v = value(raw)
    if v is not None and unit_hint and v["number"] is not None and v["unit"] is None and v["category"] is None:
        v["unit"] = unit_hint
    return v


def cell_of(full, satuan, with_satuan):
    """(printed, unit hint) of a value cell: bare under a Satuan column, else as written."""
    if with_satuan and satuan:
        return bare(full), satuan_unit(satuan)
    return full, None


# ===========================================================================
# The report structure
# ===========================================================================

def sasaran_label(style, i):
    """Printed No of the i-th (0-based) sasaran."""
    if style is None:
        return None
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"][i]
    return {"1.": f"{i + 1}.", "1": f"{i + 1}", "I": roman, "I.": f"{roman}.", "a.": f"{'abcdefgh'[i]}.",
            "A.": f"{'ABCDEFGH'[i]}."}[style]


def periode(tw):
    if tw is None:
        return "tahun"
    return f"pada triwulan {ROMAN[tw]}" if tw == 1 else f"sampai dengan triwulan {ROMAN[tw]}"


def count_words(n):
    return f"{n} ({ANGKA[n]})" if n in ANGKA else str(n)


def build_report(spec):
    """Specification -> report structure (every cell the string printed)."""
    L = spec["layout"]
    lap = spec["laporan"]
    cols = {t: L.get(t, {}).get("cols", DEFAULT_COLS[t]) for t in DEFAULT_COLS}
    pct_style = L.get("capaian", {}).get("pct", "pct")  # pct | pct_space | bare
    pk, rencana, capaian = [], [], []
    for si, s in enumerate(spec["sasaran"]):
        sno = sasaran_label(L.get("sasaran_no", "1."), si)
        for ii, ind in enumerate(s["indikator"]):
            sat = ind.get("satuan")
            ino = f"{si + 1}.{ii + 1}" if "ind_no" in cols["pk"] else None
            t_pk, h_pk = cell_of(ind["target"], sat, "satuan" in cols["pk"])
            pk.append({"sasaran_no": sno, "sasaran": s["text"], "indikator_no": ino, "indikator": ind["text"],
                       "target": t_pk, "hint": h_pk, "satuan": sat or "", "formula": ind.get("formula", "")})
            rr = []
            hints = []
            for x in ind["rencana"]:
                p, h = cell_of(x, sat, "satuan" in cols["rencana"])
                rr.append(p)
                hints.append(h)
            rencana.append({"sasaran_no": sno, "sasaran": s["text"], "indikator": ind["text"], "tw": rr,
                            "hints": hints, "satuan": sat or "",
                            "target": cell_of(ind["target"], sat, "satuan" in cols["rencana"])[0]})
            real = ind["realisasi"]
            cap = ind.get("capaian")
            if cap is None:
                cap = compute_capaian(ind["target"], real, ind["arah"], pct_style == "pct_space")
            cap_full = cap
            with_sat = "satuan" in cols["capaian"]
            t_c, h_t = cell_of(ind["target"], sat, with_sat)
            r_c, h_r = cell_of(real, sat, with_sat)
            cap_hint = None
            if pct_style == "bare" and cap.endswith("%"):
                cap, cap_hint = cap[:-1].rstrip(), "%"
            capaian.append({"sasaran_no": sno, "sasaran": s["text"], "indikator": ind["text"], "satuan": sat or "",
                            "target": t_c, "realisasi": r_c, "capaian": cap, "hints": (h_t, h_r, cap_hint),
                            "full": (ind["target"], real, cap_full), "arah": ind["arah"],
                            "keterangan": ind.get("keterangan", ""), "penjelasan": ind.get("penjelasan", ""),
                            "real_prev": ind.get("real_prev", ""),
                            "anggaran_real": s.get("anggaran_real", "")})
    anggaran = [{"no": no, "uraian": uraian, "jumlah": rupiah(jumlah, L.get("anggaran", {}).get("rp_prefix", False)),
                 "keterangan": sumber, "level": level}
                for no, uraian, jumlah, level, sumber in spec["anggaran"]]
    rep = {
        "name": spec["name"], "kind": spec["kind"], "spec": spec, "laporan": lap,
        "pk_rows": pk, "anggaran_rows": anggaran,
        "rencana_rows": rencana if L.get("rencana", {}).get("present", True) else [],
        "capaian_rows": capaian,
        "cols": cols,
    }
    rep["ctx"] = context(spec, rep)
    return rep


def context(spec, rep):
    lap = spec["laporan"]
    tw = lap["triwulan"]
    u = spec["unit"]
    n_ind = len(rep["capaian_rows"])
    reached = sum(1 for r in rep["capaian_rows"]
                  if (val(r["capaian"], r["hints"][2]) or {}).get("number") is not None
                  and val(r["capaian"], r["hints"][2])["number"] >= 100)
    levels = [r["level"] for r in rep["anggaran_rows"]]
    parts = [f"{count_words(levels.count(lv))} {name}" for lv, name in
             (("program", "program"), ("kegiatan", "kegiatan"), ("sub_kegiatan", "sub kegiatan")) if lv in levels]
    return {
        "tahun": lap["tahun"],
        "tahun_lalu": lap["tahun"] - 1,
        "tw": ROMAN.get(tw, ""),
        "periode": periode(tw),
        "bulan": BULAN_AKHIR[tw] if tw else "Desember",
        "n_bulan": 3 * tw if tw else 12,
        "n_ind": count_words(n_ind),
        "n_sasaran": count_words(len(spec["sasaran"])),
        "n_reached": count_words(reached) if reached else "belum ada",
        "ringkas_anggaran": ", ".join(parts[:-1]) + (" dan " if len(parts) > 1 else "") + parts[-1],
        **u,
    }


# ===========================================================================
# Truth
# ===========================================================================

def _no(printed):
    printed = (printed or "").strip().rstrip(".")
    return printed or None


def build_truth(rep):
    return {
        "schema": "lkj-report/1",
        "source": None,
        "laporan": {k: rep["laporan"][k] for k in ("unit_kerja", "instansi", "pemda", "tahun", "triwulan",
                                                      "penandatangan")},
        "perjanjian_kinerja": [
            {"sasaran_no": _no(r["sasaran_no"]), "sasaran": r["sasaran"], "indikator_no": _no(r["indikator_no"]),
             "indikator": r["indikator"], "target": val(r["target"], r["hint"])}
            for r in rep["pk_rows"]
        ],
        "anggaran": [
            {"uraian": r["uraian"], "level": r["level"], "jumlah": int(re.sub(r"\D", "", r["jumlah"])),
             "sumber": r["keterangan"] or None,
             # a "Kode" column prints the kode rekening, which the contract keeps
             **({"kode": r["no"]} if _labels(rep, "anggaran").get("no") == "Kode" else {})}
            for r in rep["anggaran_rows"]
        ],
        "rencana_triwulan": [
            {"sasaran_no": _no(r["sasaran_no"]), "indikator": r["indikator"],
             **{f"tw{i}": val(r["tw"][i - 1], r["hints"][i - 1]) for i in range(1, 5)}}
            for r in rep["rencana_rows"]
        ],
        "capaian_kinerja": [
            {"sasaran_no": _no(r["sasaran_no"]), "sasaran": r["sasaran"], "indikator": r["indikator"],
             "target": val(r["target"], r["hints"][0]), "realisasi": val(r["realisasi"], r["hints"][1]),
             "capaian": val(r["capaian"], r["hints"][2])}
            for r in rep["capaian_rows"]
        ],
        "temuan": [],
    }


# ===========================================================================
# Narrative
# ===========================================================================

def evaluasi_items(rep):
    """One item per sasaran, made from the table cells (so that it always agrees with them),
    with the sasaran's extra paragraphs (``evaluasi_extra``): [(text, [paragraph, ...])]."""
    ctx = rep["ctx"]
    tw = rep["laporan"]["triwulan"]
    until = f"sampai dengan bulan {ctx['bulan']} {ctx['tahun']}" if tw else f"sampai dengan akhir tahun {ctx['tahun']}"
    items = []
    groups = {}
    for r in rep["capaian_rows"]:
        groups.setdefault((r["sasaran_no"], r["sasaran"]), []).append(r)
    for (sno, sas), rows in groups.items():
        n = len(rows)
        text = [f"Sasaran {sas} diukur dengan {count_words(n)} indikator kinerja."]
        for r in rows:
            target, real, cap = r["full"]
            rv = value(real)
            if rv is None:
                text.append(f"Indikator {r['indikator']} belum dapat diukur.")
            elif rv["status"] == "pending":
                text.append(f"Indikator {r['indikator']} dengan target {target} masih dalam proses penilaian "
                            f"oleh instansi yang berwenang.")
            elif cap:
                text.append(f"Indikator {r['indikator']} dengan target {target} terealisasi sebesar {real} "
                            f"{until}, sehingga capaian kinerjanya {cap}.")
            else:
                text.append(f"Indikator {r['indikator']} dengan target {target} memperoleh hasil {real} "
                            f"{until}.")
            prev = value(r["real_prev"]) if r["real_prev"] else None
            if prev and rv and prev["number"] is not None and rv["number"] is not None:
                cmp = ("lebih tinggi dari" if rv["number"] > prev["number"] else
                       "lebih rendah dari" if rv["number"] < prev["number"] else "sama dengan")
                text.append(f"Realisasi tersebut {cmp} realisasi tahun {ctx['tahun_lalu']} sebesar {r['real_prev']}.")
        extra = rep["spec"].get("evaluasi_extra", {}).get(sas, [])
        if isinstance(extra, str):
            text.append(extra.format(**ctx))
            extra = []
        items.append((" ".join(text), [x.format(**ctx) for x in extra]))
    return items


# ===========================================================================
# .docx writing
# ===========================================================================

ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
         "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
VALIGN = {"top": WD_CELL_VERTICAL_ALIGNMENT.TOP, "center": WD_CELL_VERTICAL_ALIGNMENT.CENTER,
          "bottom": WD_CELL_VERTICAL_ALIGNMENT.BOTTOM}


def _border(tag, spec):
    el = OxmlElement(f"w:{tag}")
    if spec:
        sz, color = spec if isinstance(spec, tuple) else (spec, "000000")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
    else:
        el.set(qn("w:val"), "nil")
    return el


RULES = {  # table rules: border edges -> (size in 1/8 pt, colour) or None
    "grid": dict(top=4, left=4, bottom=4, right=4, insideH=4, insideV=4),
    "grid_heavy": dict(top=8, left=8, bottom=8, right=8, insideH=4, insideV=4),
    "booktabs": dict(top=12, bottom=12),
    "booktabs_rows": dict(top=12, bottom=12, insideH=(2, "808080")),
    "none": dict(),
}


_FONT_FILES = {}


def text_width_pt(text, font, size, bold=False):
    """Printed width of ``text`` in the TrueType font LibreOffice uses for ``font`` (fc-match)."""
    from PIL import ImageFont
    key = (font, bold)
    if key not in _FONT_FILES:
        path = subprocess.run(["fc-match", "-f", "%{file}", f"{font}:bold" if bold else font],
                              capture_output=True, text=True, check=True).stdout
        _FONT_FILES[key] = ImageFont.truetype(path, 200)
    return _FONT_FILES[key].getlength(text) * size / 200


def autofit(weights, total, minimum):
    """Column widths in proportion to ``weights``, but none under its ``minimum`` (Word's
    "AutoFit": a column is at least as wide as its longest word)."""
    if sum(minimum) > total:
        raise ValueError(f"columns need {sum(minimum):.2f} cm, the table has {total:.2f} cm: {minimum}")
    fixed = {}
    while True:
        free = [i for i in range(len(weights)) if i not in fixed]
        rest = total - sum(fixed.values())
        widths = {i: rest * weights[i] / sum(weights[j] for j in free) for i in free}
        short = [i for i in free if widths[i] < minimum[i]]
        if not short:
            break
        for i in short:
            fixed[i] = minimum[i]
    widths.update(fixed)
    return [widths[i] for i in range(len(weights))]


class Writer:
    """A python-docx document with the few paragraph and table forms the reports use."""

    def __init__(self, layout):
        self.L = layout
        self.d = docx.Document()
        self.font = layout.get("font", "Times New Roman")
        self.size = layout.get("size", 12)
        self.line = layout.get("line_spacing", 1.15)
        st = self.d.styles["Normal"]
        st.font.name = self.font
        st.font.size = Pt(self.size)
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(k), self.font)
        st.paragraph_format.space_after = Pt(0)
        st.paragraph_format.space_before = Pt(0)
        sec = self.d.sections[0]
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        m = layout.get("margins", (2.5, 2.5, 3.0, 2.5))  # top, bottom, left, right (cm)
        sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = (Cm(x) for x in m)
        self.landscape = False
        self.pending_break = False

    # -- text ---------------------------------------------------------------
    def para(self, text="", align="justify", bold=False, italic=False, underline=False, size=None, font=None,
             first=None, left=None, hanging=None, before=0, after=6, keep_next=False, line=None, color=None,
             runs=None, page_break_before=False, tabs=()):
        p = self.d.add_paragraph()
        pf = p.paragraph_format
        pf.alignment = ALIGN[align]
        pf.space_before, pf.space_after = Pt(before), Pt(after)
        pf.line_spacing = line or self.line
        if first is not None:
            pf.first_line_indent = Cm(first)
        if left is not None:
            pf.left_indent = Cm(left)
        if hanging is not None:
            pf.first_line_indent = Cm(-hanging)
        pf.keep_with_next = keep_next
        pf.page_break_before = page_break_before or self.pending_break
        self.pending_break = False
        for pos, kind in tabs:
            pf.tab_stops.add_tab_stop(Cm(pos), {"left": WD_TAB_ALIGNMENT.LEFT, "right": WD_TAB_ALIGNMENT.RIGHT,
                                                "center": WD_TAB_ALIGNMENT.CENTER}[kind])
        for t, kw in (runs if runs is not None else [(text, {})]):
            r = p.add_run(t)
            self._font(r, font=kw.get("font", font), size=kw.get("size", size), bold=kw.get("bold", bold),
                       italic=kw.get("italic", italic), underline=kw.get("underline", underline),
                       color=kw.get("color", color))
        return p

    def _font(self, run, font=None, size=None, bold=False, italic=False, underline=False, color=None):
        f = run.font
        name = font or self.font
        f.name = name
        rpr = run._element.get_or_add_rPr()
        rpr.rFonts.set(qn("w:eastAsia"), name)
        rpr.rFonts.set(qn("w:cs"), name)
        f.size = Pt(size or self.size)
        f.bold, f.italic, f.underline = bold, italic, underline
        if color:
            f.color.rgb = RGBColor.from_string(color)

    def spacer(self, height_pt):
        """A blank paragraph of exactly ``height_pt`` (0: nothing)."""
        if height_pt <= 0:
            return
        p = self.d.add_paragraph()
        pf = p.paragraph_format
        pf.page_break_before = self.pending_break
        self.pending_break = False
        pf.space_before = pf.space_after = Pt(0)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(height_pt)

    def page_break(self):
        """The next paragraph starts a new page ("page break before": no blank page when the
        previous page happens to end just there)."""
        self.pending_break = True

    def new_section(self, landscape):
        """Start a new page in portrait or landscape orientation."""
        sec = self.d.add_section(WD_SECTION.NEW_PAGE)
        self.pending_break = False  # the section starts a new page anyway
        w, h = Cm(21), Cm(29.7)
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = h, w
            m = self.L.get("landscape_margins", (2.5, 2.0, 2.5, 2.5))
        else:
            sec.orientation = WD_ORIENT.PORTRAIT
            sec.page_width, sec.page_height = w, h
            m = self.L.get("margins", (2.5, 2.5, 3.0, 2.5))
        sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = (Cm(x) for x in m)
        self.landscape = landscape

    def text_width(self):
        sec = self.d.sections[-1]
        return (sec.page_width - sec.left_margin - sec.right_margin) / 360000  # EMU -> cm

    def footer(self, text, font=None, size=9):
        """Footer: ``text`` and the page number, right-aligned (the same on every section)."""
        p = self.d.sections[0].footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = p.add_run(text + " | ")
        self._font(r, font=font, size=size, italic=True)
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), "PAGE")
        r2 = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        r2.append(t)
        fld.append(r2)
        p._p.append(fld)
        for run_el in fld.iter(qn("w:r")):
            rpr = OxmlElement("w:rPr")
            sz = OxmlElement("w:sz")
            sz.set(qn("w:val"), str(size * 2))
            rpr.append(sz)
            run_el.insert(0, rpr)

    # -- tables -------------------------------------------------------------
    def table(self, rows, n_header, weights, merges=(), aligns=None, style=None, width=None, row_fmt=None):
        """``rows``: header row(s) then body rows, each a list of strings ('' = empty cell).
        ``merges``: (r1, c1, r2, c2) rectangles, text in the top-left cell.
        ``style``: rules, shade (hex), header_bold, header_color, header_align, repeat, font, size,
        valign, merged_valign, cant_split, zebra (hex).
        ``row_fmt``: {row index: {"bold": bool, "indent": cm}} for body rows (index in ``rows``)."""
        st = dict(rules="grid", shade=None, header_bold=True, header_color=None, header_align="center",
                  repeat=True, font=None, size=None, valign="top", merged_valign="center", cant_split=True,
                  zebra=None, pad=0.12, header_font=None)
        st.update(style or {})
        row_fmt = row_fmt or {}
        n_cols = len(weights)
        total = width or (self.text_width() - 0.05)
        # no word may be broken inside the word: each column at least as wide as its longest word
        spanned = {(r, c) for r1, c1, r2, c2 in merges if c2 > c1 for r in range(r1, r2 + 1)
                   for c in range(c1, c2 + 1)}
        minimum = [0.0] * n_cols
        for r, row in enumerate(rows):
            head = r < n_header
            bold = st["header_bold"] if head else (row_fmt.get(r, {}).get("bold", False))
            font = (st["header_font"] if head and st["header_font"] else st["font"]) or self.font
            for c, text in enumerate(row):
                if (r, c) in spanned or not text:
                    continue
                longest = max(text_width_pt(wd, font, st["size"] or self.size, bold) for wd in text.split())
                indent = row_fmt.get(r, {}).get("indent", 0) if c == row_fmt.get(r, {}).get("indent_col", 1) else 0
                minimum[c] = max(minimum[c], longest / 72 * 2.54 + 2 * st["pad"] + indent + 0.12)
        widths = autofit(weights, total, minimum)
        t = self.d.add_table(rows=len(rows), cols=n_cols)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        tbl = t._tbl
        tblPr = tbl.tblPr
        tblW = tblPr.find(qn("w:tblW"))
        if tblW is None:
            tblW = OxmlElement("w:tblW")
            tblPr.append(tblW)
        tblW.set(qn("w:w"), str(int(sum(widths) / 2.54 * 1440)))
        tblW.set(qn("w:type"), "dxa")
        borders = OxmlElement("w:tblBorders")
        rules = RULES[st["rules"]]
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            borders.append(_border(edge, rules.get(edge)))
        tblPr.append(borders)
        layout = OxmlElement("w:tblLayout")
        layout.set(qn("w:type"), "fixed")
        tblPr.append(layout)
        mar = OxmlElement("w:tblCellMar")
        for edge, w in (("top", 0.03), ("left", st["pad"]), ("bottom", 0.03), ("right", st["pad"])):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:w"), str(int(w / 2.54 * 1440)))
            el.set(qn("w:type"), "dxa")
            mar.append(el)
        tblPr.append(mar)
        for gc, w in zip(tbl.tblGrid.gridCol_lst, widths):
            gc.w = Cm(w)
        for r, row in enumerate(rows):
            tr = t.rows[r]._tr
            trPr = tr.get_or_add_trPr()
            if st["cant_split"]:
                el = OxmlElement("w:cantSplit")
                trPr.append(el)
            if r < n_header and st["repeat"]:
                el = OxmlElement("w:tblHeader")
                trPr.append(el)
            head = r < n_header
            fmt = row_fmt.get(r, {})
            for c, text in enumerate(row):
                cell = t.cell(r, c)
                cell.width = Cm(widths[c])
                p = cell.paragraphs[0]
                pf = p.paragraph_format
                pf.space_before, pf.space_after = Pt(1), Pt(1)
                pf.line_spacing = 1.0
                if head:
                    pf.alignment = ALIGN[st["header_align"]]
                else:
                    pf.alignment = ALIGN[(aligns or ["left"] * n_cols)[c]]
                    if fmt.get("indent") and c == fmt.get("indent_col", 1):
                        pf.left_indent = Cm(fmt["indent"])
                if text:
                    run = p.add_run(text)
                    self._font(run, font=(st["header_font"] if head and st["header_font"] else st["font"]),
                               size=st["size"], bold=(st["header_bold"] if head else fmt.get("bold", False)),
                               color=st["header_color"] if head else None)
                tcPr = cell._tc.get_or_add_tcPr()
                if head and st["rules"] in ("booktabs", "booktabs_rows") and r == n_header - 1:
                    b = OxmlElement("w:tcBorders")
                    b.append(_border("bottom", 6))
                    tcPr.append(b)
                fill = st["shade"] if head else (st["zebra"] if st["zebra"] and (r - n_header) % 2 else None)
                if fill:
                    shd = OxmlElement("w:shd")
                    shd.set(qn("w:val"), "clear")
                    shd.set(qn("w:color"), "auto")
                    shd.set(qn("w:fill"), fill)
                    tcPr.append(shd)
                cell.vertical_alignment = VALIGN["center" if head else st["valign"]]
        for r1, c1, r2, c2 in merges:
            m = t.cell(r1, c1).merge(t.cell(r2, c2))
            if r2 > r1:
                m.vertical_alignment = VALIGN["center" if r1 < n_header else st["merged_valign"]]
        return t


# ===========================================================================
# Tables of the report
# ===========================================================================

DEFAULT_COLS = {
    "pk": ["no", "sasaran", "ind_no", "indikator", "target"],
    "anggaran": ["no", "uraian", "jumlah", "keterangan"],
    "rencana": ["no", "sasaran", "indikator", "tw"],
    "capaian": ["no", "sasaran", "indikator", "target", "realisasi", "capaian"],
}
DEFAULT_LABELS = {
    "no": "No.", "sasaran": "Sasaran", "ind_no": "", "indikator": "Indikator Kinerja", "target": "Target",
    "satuan": "Satuan", "formula": "Formula", "uraian": "Program / Kegiatan", "jumlah": "Anggaran (Rp)",
    "keterangan": "Keterangan", "realisasi": "Realisasi", "capaian": "Capaian (%)", "penjelasan": "Penjelasan",
    "real_prev": "Realisasi Tahun Lalu", "anggaran_real": "Realisasi Anggaran (Rp)",
}
WEIGHTS = {"no": 1.0, "sasaran": 4.0, "ind_no": 1.1, "indikator": 6.0, "target": 2.3, "satuan": 1.8,
           "formula": 4.2, "uraian": 8.0, "jumlah": 3.4, "keterangan": 2.8, "realisasi": 2.3, "capaian": 2.3,
           "penjelasan": 4.0, "real_prev": 2.3, "anggaran_real": 3.2}
VALUE_COLS = {"target", "realisasi", "capaian", "satuan", "real_prev", "jumlah", "keterangan"}


def _opts(rep, table):
    o = copy.deepcopy(rep["spec"]["layout"].get("table_style", {}))
    o.update(rep["spec"]["layout"].get(table, {}).get("style", {}))
    return o


def _labels(rep, table):
    lab = dict(DEFAULT_LABELS)
    lab.update(rep["spec"]["layout"].get("labels", {}))
    lab.update(rep["spec"]["layout"].get(table, {}).get("labels", {}))
    return lab


def _aligns(rep, table, cols):
    o = rep["spec"]["layout"].get(table, {}).get("aligns", {})
    base = rep["spec"]["layout"].get("aligns", {})
    out = []
    for c in cols:
        a = o.get(c) or base.get(c)
        if a is None:
            a = "center" if c in ("no", "ind_no") or c in VALUE_COLS - {"jumlah", "keterangan"} else "left"
            if c == "jumlah":
                a = "right"
            if c == "keterangan":
                a = "center" if table == "anggaran" else "left"
        out.append(a)
    return out


def _weights(rep, table, cols):
    w = dict(WEIGHTS)
    w.update(rep["spec"]["layout"].get(table, {}).get("weights", {}))
    return [w[c] for c in cols]


def groups_of(rows):
    """[(first, last)] of consecutive rows sharing one sasaran."""
    out = []
    for i, r in enumerate(rows):
        key = (r["sasaran_no"], r["sasaran"])
        if out and out[-1][0] == key:
            out[-1][2] = i
        else:
            out.append([key, i, i])
    return [(a, b) for _, a, b in out]


def sasaran_merges(rows, n_header, col_idx):
    merges = []
    for a, b in groups_of(rows):
        if b > a:
            merges += [(a + n_header, c, b + n_header, c) for c in col_idx]
    return merges


def pk_table(rep):
    cols = rep["cols"]["pk"]
    lab = _labels(rep, "pk")
    rows = rep["pk_rows"]
    header = [lab[c] if c != "ind_no" else "" for c in cols]
    merges = []
    if "ind_no" in cols:  # "Indikator Kinerja" spans the number and the text columns
        i = cols.index("ind_no")
        header[i] = lab["indikator"]
        header[i + 1] = ""
        merges.append((0, i, 0, i + 1))
    body = []
    first = {a for a, _ in groups_of(rows)}
    for k, r in enumerate(rows):
        line = []
        for c in cols:
            if c in ("no", "sasaran"):
                line.append((r["sasaran_no"] or "") if c == "no" else r["sasaran"])
                if k not in first:
                    line[-1] = ""
            elif c == "ind_no":
                line.append(r["indikator_no"] or "")
            else:
                line.append(r[c])
        body.append(line)
    merges += sasaran_merges(rows, 1, [cols.index(c) for c in ("no", "sasaran") if c in cols])
    return [header] + body, 1, merges, _weights(rep, "pk", cols), _aligns(rep, "pk", cols)


def anggaran_table(rep):
    cols = rep["cols"]["anggaran"]
    lab = _labels(rep, "anggaran")
    rows = rep["anggaran_rows"]
    body = [[r[c] for c in cols] for r in rows]
    fmt = {}
    A = rep["spec"]["layout"].get("anggaran", {})
    for k, r in enumerate(rows):
        f = {}
        if A.get("bold_program") and r["level"] == "program":
            f["bold"] = True
        if A.get("indent"):
            f["indent"] = {"program": 0, "kegiatan": 0.3, "sub_kegiatan": 0.6}[r["level"]]
            f["indent_col"] = cols.index("uraian")
        fmt[k + 1] = f
    return [[lab[c] for c in cols]] + body, 1, [], _weights(rep, "anggaran", cols), \
        _aligns(rep, "anggaran", cols), fmt


def rencana_table(rep):
    cols = rep["cols"]["rencana"]
    R = rep["spec"]["layout"].get("rencana", {})
    lab = _labels(rep, "rencana")
    q = R.get("quarters", ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"])
    rows = rep["rencana_rows"]
    flat = []
    for c in cols:
        flat += [f"tw{i}" for i in range(1, 5)] if c == "tw" else [c]
    span = R.get("span_label")  # two header rows: span_label over the four quarter columns
    merges = []
    if span:
        h1 = [span if c == "tw1" else ("" if c.startswith("tw") else lab[c]) for c in flat]
        h2 = [q[int(c[2]) - 1] if c.startswith("tw") else "" for c in flat]
        header = [h1, h2]
        i = flat.index("tw1")
        merges.append((0, i, 0, i + 3))
        merges += [(0, k, 1, k) for k, c in enumerate(flat) if not c.startswith("tw")]
    else:
        header = [[q[int(c[2]) - 1] if c.startswith("tw") else lab[c] for c in flat]]
    nh = len(header)
    first = {a for a, _ in groups_of(rows)}
    body = []
    for k, r in enumerate(rows):
        line = []
        for c in flat:
            if c == "no":
                line.append((r["sasaran_no"] or "") if k in first else "")
            elif c == "sasaran":
                line.append(r["sasaran"] if k in first else "")
            elif c.startswith("tw"):
                line.append(r["tw"][int(c[2]) - 1])
            else:
                line.append(r[c])
        body.append(line)
    merges += sasaran_merges(rows, nh, [flat.index(c) for c in ("no", "sasaran") if c in flat])
    w = dict(WEIGHTS, tw1=2.0, tw2=2.0, tw3=2.0, tw4=2.0)
    w.update(R.get("weights", {}))
    al = _aligns(rep, "rencana", [c if not c.startswith("tw") else "target" for c in flat])
    return header + body, nh, merges, [w[c] for c in flat], al


def capaian_table(rep):
    cols = rep["cols"]["capaian"]
    lab = _labels(rep, "capaian")
    rows = rep["capaian_rows"]
    groups = groups_of(rows)
    first = {a for a, _ in groups}
    body = []
    for k, r in enumerate(rows):
        line = []
        for c in cols:
            if c == "no":
                line.append((r["sasaran_no"] or "") if k in first else "")
            elif c in ("sasaran", "anggaran_real"):
                line.append(r[c] if k in first else "")
            else:
                line.append(r[c])
        body.append(line)
    merges = sasaran_merges(rows, 1, [cols.index(c) for c in ("no", "sasaran", "anggaran_real") if c in cols])
    return [[lab[c] for c in cols]] + body, 1, merges, _weights(rep, "capaian", cols), _aligns(rep, "capaian", cols)


def put_table(w, rep, which, built):
    rows, nh, merges, weights, aligns, *rest = built
    o = _opts(rep, which)
    width = rep["spec"]["layout"].get(which, {}).get("width")
    t = w.table(rows, nh, weights, merges, aligns, style=o, width=width(w) if callable(width) else width,
                row_fmt=rest[0] if rest else None)
    w.para("", after=4, line=1.0)
    return t


def tab_table(w, rep, which):
    """The anggaran table as tab-aligned lines (no table object, no rules)."""
    A = rep["spec"]["layout"]["anggaran"]
    lab = _labels(rep, "anggaran")
    stops = A["tab_stops"]  # [(cm, kind)] for uraian, jumlah, keterangan
    size = A.get("size", w.size - 1)
    w.para(runs=[("\t".join([lab["no"], lab["uraian"], lab["jumlah"], lab["keterangan"]]), {"bold": True})],
           align="left", tabs=stops, size=size, after=4, line=1.0, keep_next=True)
    for r in rep["anggaran_rows"]:
        w.para("\t".join([r["no"], r["uraian"], r["jumlah"], r["keterangan"]]), align="left", tabs=stops, size=size,
               after=2, line=1.0, keep_next=True)
    w.para("", after=4, line=1.0)


# ===========================================================================
# The document
# ===========================================================================

def caption(w, rep, which):
    cap = rep["spec"]["layout"].get(which, {}).get("caption")
    if cap:
        C = rep["spec"]["layout"].get("caption_style", {})
        w.para(cap.format(**rep["ctx"]), align=C.get("align", "center"), bold=C.get("bold", True),
               size=C.get("size"), italic=C.get("italic", False), after=4, keep_next=True)


def heading(w, rep, text, level=1):
    H = rep["spec"]["layout"].get("headings", {})
    if level == 0:  # BAB, one paragraph per line
        for line in text.split("\n"):
            w.para(line, align="center", bold=True, size=H.get("bab_size", w.size + 1), font=H.get("font"),
                   before=6, after=6, keep_next=True)
    else:
        w.para(text, align="left", bold=True, size=H.get("size"), font=H.get("font"), before=8, after=4,
               keep_next=True, color=H.get("color"))


def body(w, rep, text, keep=False):
    B = rep["spec"]["layout"].get("body", {})
    w.para(text, first=B.get("first", 1.0), after=B.get("after", 6), keep_next=keep)


def items(w, rep, labelled):
    for lab, text in labelled:
        w.para(f"{lab}\t{text}", left=1.0, hanging=0.7, after=3, tabs=[(1.0, "left")])


def cover(w, rep):
    for line in rep["spec"]["cover"]:
        if isinstance(line, (int, float)):
            w.spacer(line)
            continue
        text, size, bold = line
        w.para(text, align="center", size=size, bold=bold, after=2, line=1.0,
               font=rep["spec"]["layout"].get("cover_font"))


def signature(w, rep):
    S = rep["spec"]["signature"]
    L = rep["spec"]["layout"].get("signature", {})
    indent = L.get("indent", 7.0)
    align = L.get("align", "center")
    w.spacer(18)
    lines = [S["date_line"]] if S.get("date_line") else []
    for t in lines + S["jabatan_lines"]:
        w.para(t, align=align, left=indent, after=0, line=1.0, keep_next=True)
    w.spacer(60)
    if S.get("nip_same_line"):
        w.para(runs=[(S["nama"], {"bold": True, "underline": True}), ("    " + S["nip"], {})], align=align,
               left=indent, after=0, line=1.0, keep_next=True)
    else:
        w.para(S["nama"], align=align, left=indent, bold=True, underline=L.get("underline", True), after=0, line=1.0,
               keep_next=True)
    if S.get("pangkat"):
        w.para(S["pangkat"], align=align, left=indent, after=0, line=1.0, keep_next=not S.get("nip_same_line"))
    if not S.get("nip_same_line"):
        w.para(S["nip"], align=align, left=indent, after=0, line=1.0)


CHECKLIST = ["LAPORAN KURANG BAIK", "LAPORAN SUDAH BAIK", "LAPORAN DIPERBAIKI", "REALISASI DITELITI ULANG",
             "CAPAIAN DITELITI ULANG", "LAIN-LAIN"]


def render_docx(rep, spacers):
    """Report -> python-docx Document. ``spacers``: {name: height in pt} of blank paragraphs."""
    spec = rep["spec"]
    L = spec["layout"]
    ctx = rep["ctx"]
    w = Writer(L)
    if L.get("footer"):
        w.footer(L["footer"].format(**ctx), font=L.get("footer_font"))
    cover(w, rep)
    w.page_break()

    N = spec["narrative"]

    def fmt(t):
        return t.format(**ctx)

    def para_list(key):
        for t in N.get(key, []):
            if isinstance(t, list):
                items(w, rep, [(a, fmt(b)) for a, b in t])
            elif isinstance(t, dict):
                special(t)
            else:
                body(w, rep, fmt(t))

    def special(t):
        kind = t["table"]
        if "heading" in t:
            heading(w, rep, fmt(t["heading"]))
        if "intro" in t:
            body(w, rep, fmt(t["intro"]), keep=True)
        if "caption" in t:
            w.para(fmt(t["caption"]), align="center", bold=True, after=4, keep_next=True)
        st = dict(L.get("table_style", {}))
        st.update(t.get("style", {}))
        if kind == "staff":
            rows = [["No", "Nama", "NIP", "Jabatan", "Pangkat/Gol"]] + [[str(i)] + list(r) for i, r in
                                                                        enumerate(spec["staff"], 1)]
            w.table(rows, 1, [0.8, 4.6, 3.9, 4.6, 3.1], aligns=["center", "left", "center", "left", "left"],
                    style=st)
        elif kind == "regulasi":
            rows = [["No", "Peraturan", "Tentang"]] + [[str(i)] + list(r) for i, r in enumerate(spec["regulasi"], 1)]
            w.table(rows, 1, [0.8, 5.5, 9.5], aligns=["center", "left", "left"], style=st)
        elif kind == "realisasi_anggaran":
            rows = [["No", "Sub Kegiatan", "Pagu Anggaran (Rp)", "Realisasi (Rp)", "%"]]
            tp = tr_ = 0
            for i, (name, pagu, real) in enumerate(spec["realisasi_anggaran"], 1):
                rows.append([str(i), name, rupiah(pagu), rupiah(real),
                             percent(Decimal(real) / Decimal(pagu) * 100)[:-1]])
                tp += pagu
                tr_ += real
            rows.append(["", "Jumlah", rupiah(tp), rupiah(tr_), percent(Decimal(tr_) / Decimal(tp) * 100)[:-1]])
            n = len(rows) - 1
            w.table(rows, 1, [0.8, 7.2, 3.2, 3.2, 1.6], merges=[(n, 0, n, 1)],
                    aligns=["center", "left", "right", "right", "center"], style=st,
                    row_fmt={n: {"bold": True}})
        elif kind == "sdm":
            rows = [["No", "Tingkat Pendidikan", "Jumlah (orang)"]] + [[str(i), a, b] for i, (a, b) in
                                                                       enumerate(spec["sdm"], 1)]
            w.table(rows, 1, [0.8, 6, 3], aligns=["center", "left", "center"], style=st, width=9.8)
        w.para("", after=4, line=1.0)
        for x in t.get("after", []):
            body(w, rep, fmt(x))

    def lkj_table(which):
        w.spacer(spacers.get(which, 0))
        T = L.get(which, {})
        if T.get("heading"):
            heading(w, rep, fmt(T["heading"]))
        if T.get("intro"):
            body(w, rep, fmt(T["intro"]), keep=True)
        caption(w, rep, which)
        if which == "pk":
            put_table(w, rep, "pk", pk_table(rep))
        elif which == "anggaran":
            if T.get("tab_stops"):
                tab_table(w, rep, "anggaran")
            else:
                put_table(w, rep, "anggaran", anggaran_table(rep))
        elif which == "rencana":
            put_table(w, rep, "rencana", rencana_table(rep))
        elif which == "capaian":
            put_table(w, rep, "capaian", capaian_table(rep))
        for x in T.get("after", []):
            body(w, rep, fmt(x))

    for block in L["order"]:
        if (block in L.get("landscape", ())) != w.landscape:  # landscape section around these blocks
            w.new_section(not w.landscape)
        if block.startswith("bab:"):
            heading(w, rep, fmt(N["bab"][block[4:]]), level=0)
        elif block.startswith("h:"):
            heading(w, rep, fmt(block[2:]))
        elif block.startswith("text:"):
            para_list(block[5:])
        elif block in ("pk", "anggaran", "rencana", "capaian"):
            if block == "rencana" and not rep["rencana_rows"]:
                continue
            lkj_table(block)
        elif block == "evaluasi":
            E = L.get("evaluasi", {})
            if E.get("heading"):
                heading(w, rep, fmt(E["heading"]))
            if E.get("intro"):
                body(w, rep, fmt(E["intro"]), keep=True)
            style = E.get("style", "numbered")
            for i, (t, extra) in enumerate(evaluasi_items(rep), 1):
                if style == "numbered":
                    items(w, rep, [(f"{i}.", t)])
                else:
                    body(w, rep, t)
                for x in extra:
                    w.para(x, left=1.0 if style == "numbered" else None, first=1.0, after=6)
        elif block == "checklist":
            heading(w, rep, "D. TANGGAPAN ATASAN LANGSUNG")
            for _ in range(2):
                w.para("." * 110, align="left", after=2, size=10)
            heading(w, rep, "RUANG TANGGAPAN (DISPOSISI) ATASAN LANGSUNG :")
            for lab in CHECKLIST:
                w.para(f"\u25a1\t{lab}", align="left", tabs=[(1.0, "left")], after=2, keep_next=True,
                       font="DejaVu Sans", size=10)
        elif block == "signature":
            signature(w, rep)
        elif block == "pagebreak":
            w.page_break()
        else:
            raise ValueError(block)
    return w.d


# ===========================================================================
# PDF: LibreOffice, then checks on the PDF
# ===========================================================================

def convert(document, workdir, name):
    src = Path(workdir) / f"{name}.docx"
    document.save(src)
    profile = Path(workdir) / "lo-profile"
    r = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(workdir), str(src)], capture_output=True, text=True, timeout=300)
    pdf = Path(workdir) / f"{name}.pdf"
    if r.returncode != 0 or not pdf.exists():
        raise RuntimeError(f"soffice failed for {name}: {r.stdout}\n{r.stderr}")
    return pdf.read_bytes()


def fold(s):
    return " ".join((s or "").split())


def page_texts(pdf_bytes):
    import io

    import pdfplumber
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        return [fold(p.extract_text() or "") for p in pdf.pages]


def locate(texts, anchor, keys):
    """Page (1-based) of each key, searched in order after ``anchor`` in the document's text."""
    joined, starts = "", []
    for t in texts:
        starts.append(len(joined))
        joined += t + " "

    def page_at(pos):
        return max(i for i, s in enumerate(starts) if s <= pos) + 1

    pos = joined.find(anchor)
    if pos < 0:
        raise AssertionError(f"anchor not found: {anchor!r}")
    out = [page_at(pos)]
    for k in keys:
        p = joined.find(k, pos)
        if p < 0:
            raise AssertionError(f"row key not found after anchor: {k!r}")
        out.append(page_at(p))
        pos = p + len(k)
    return out  # [anchor page, row pages...]


def row_keys(rows):
    return [" ".join(r["indikator"].split()[:3]) for r in rows]


def table_pages(rep, texts, which):
    rows = {"pk": rep["pk_rows"], "rencana": rep["rencana_rows"], "capaian": rep["capaian_rows"]}[which]
    T = rep["spec"]["layout"][which]
    anchor = fold(T.get("intro") or T.get("caption") or T["heading"]).format(**rep["ctx"])[:60]
    pages = locate(texts, anchor, row_keys(rows))
    return pages[0], pages[1:], rows


def continued_sasaran(rep, pdf, page, which, row):
    """Text of the sasaran cell beside ``row`` in the table pdfplumber reads on ``page`` (ruled
    tables only); None when no such table row is found."""
    import io

    import pdfplumber
    col = rep["cols"][which].index("sasaran")
    key = row_keys([row])[0]
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for table in doc.pages[page - 1].extract_tables():
            for cells in table:
                cells = [fold(c) for c in cells]
                if len(cells) > col and any(c.startswith(key) for c in cells):
                    return cells[col]
    return None


def check_break(rep, texts, which, want, pdf=None):
    """Does table ``which`` break as ``want`` says?
    "break": over two pages; "between_groups": between two sasaran;
    "in_group": inside a merged sasaran cell, whose text stays on the first page (the rows on
    the next page have an empty sasaran cell); "text_split": inside a merged sasaran cell whose
    text is itself split, its last words printed in the cell's part on the next page."""
    anchor_page, pages, rows = table_pages(rep, texts, which)
    if pages[0] != anchor_page or len(set(pages)) < 2:
        return False
    splits = [i for i in range(1, len(pages)) if pages[i] != pages[i - 1]]
    groups = groups_of(rows)
    group_of = {i: g for g, (a, b) in enumerate(groups) for i in range(a, b + 1)}
    # breaks inside a sasaran, at least one of its rows on each side
    inside = [i for i in splits if group_of[i] == group_of[i - 1]]
    if want == "break":
        return True
    if want == "between_groups":
        return not inside
    for i in inside:
        part = continued_sasaran(rep, pdf, pages[i], which, rows[i])
        sasaran = fold(rows[i]["sasaran"])
        if want == "in_group" and not part:
            return True
        if want == "text_split" and part and part != sasaran and sasaran.endswith(part):
            return True
    if want in ("in_group", "text_split"):
        return False
    raise ValueError(want)


def check_header_repeat(rep, texts, which):
    """On each page a table continues onto, its header row is printed again iff the table's
    header rows are marked to repeat."""
    _, pages, rows = table_pages(rep, texts, which)
    label = _labels(rep, which)["indikator"]
    repeat = _opts(rep, which).get("repeat", True)
    keys = row_keys(rows)
    for i in range(1, len(pages)):
        if pages[i] != pages[i - 1]:
            page = texts[pages[i] - 1]
            printed = label in page[:page.find(keys[i])]
            assert printed == repeat, (rep["name"], which, "header repeated" if printed else "header not repeated")


def check_values_printed(truth, texts):
    """Every VALUE raw of the truth is in the text of some page (pdfplumber ``extract_text``).

    A cell printed on one line is found as it is; a cell wrapped over lines of
    a table row comes out interleaved with its neighbours' lines, so it is
    accepted when its words appear in order on one page (returned as wrapped)."""
    whole = " ".join(texts)
    missing, wrapped = [], []

    def found(raw):
        if raw in whole:
            return True
        for t in texts:
            pos = 0
            for tok in raw.split():
                pos = t.find(tok, pos)
                if pos < 0:
                    break
                pos += len(tok)
            else:
                wrapped.append(raw)
                return True
        return False

    for table in ("perjanjian_kinerja", "rencana_triwulan", "capaian_kinerja"):
        for row in truth[table]:
            for k, v in row.items():
                if isinstance(v, dict) and not found(v["raw"]):
                    missing.append((table, k, v["raw"]))
    for row in truth["anggaran"]:
        if rupiah(row["jumlah"]) not in whole:
            missing.append(("anggaran", "jumlah", row["jumlah"]))
    return missing, sorted(set(wrapped))


def check_signature(rep, texts):
    """The signatory's name and NIP line are printed whole (not wrapped)."""
    S = rep["spec"]["signature"]
    last = " ".join(texts[-2:])
    for line in (S["nama"], S["nip"]) + tuple(S["jabatan_lines"]):
        assert line in last, (rep["name"], "signature line wrapped or missing", line)


def check_consistent(rep):
    """The corpus rules that make the truth's temuan empty (cf. generate_samples.check_generated)."""
    name = rep["name"]
    pk, cap = rep["pk_rows"], rep["capaian_rows"]
    assert [r["indikator"] for r in pk] == [r["indikator"] for r in cap], name
    assert [val(r["target"], r["hint"]) for r in pk] == [val(r["target"], r["hints"][0]) for r in cap], name
    for r in cap:  # the printed capaian is the one computed from target and realisasi
        target, real, capf = r["full"]
        want = compute_capaian(target, real, r["arah"], capf.endswith(" %"))
        assert not want or want == capf, (name, r["indikator"], want, capf)
    lap = rep["laporan"]
    sig, pen = rep["spec"]["signature"], lap["penandatangan"]
    assert sig["nama"] == pen["nama"] and sig.get("pangkat") == pen["pangkat"], name
    assert re.sub(r"\D", "", sig["nip"]) == pen["nip"] and len(pen["nip"]) == 18, name
    amounts = [(r["level"], int(re.sub(r"\D", "", r["jumlah"]))) for r in rep["anggaran_rows"]]
    for i, (level, amount) in enumerate(amounts):
        child = {"program": "kegiatan", "kegiatan": "sub_kegiatan"}.get(level)
        below = []
        for lv, am in amounts[i + 1:]:
            if lv == child:
                below.append(am)
            elif lv != "sub_kegiatan" or child is None:
                break
        if below:
            assert sum(below) == amount, (name, level, amount, below)


def check_period_words(rep):
    """The narrative names only the report's own quarter and months (checked on the text written)."""
    tw = rep["laporan"]["triwulan"]
    own = {"Januari", BULAN_AKHIR[tw] if tw else "Desember"}
    narrative = narrative_text(rep)
    quarters = set(re.findall(r"\btriwulan (I{1,3}|IV)\b", narrative))
    assert quarters <= ({ROMAN[tw]} if tw else set()), (rep["name"], quarters)
    months = set(re.findall(r"\b(" + "|".join(MONTHS) + r")\b", narrative))
    assert months <= own, (rep["name"], months)


def check_tab_lines(rep, texts):
    """A table set with tab stops prints each row on one line."""
    if not rep["spec"]["layout"].get("anggaran", {}).get("tab_stops"):
        return
    whole = " ".join(texts)
    for r in rep["anggaran_rows"]:
        line = fold(" ".join([r["no"], r["uraian"], r["jumlah"], r["keterangan"]]))
        assert line in whole, (rep["name"], "tab-aligned row not on one line", line)


def narrative_text(rep):
    spec = rep["spec"]
    ctx = rep["ctx"]
    out = []
    for v in spec["narrative"].values():
        vals = v.values() if isinstance(v, dict) else v
        for t in vals:
            if isinstance(t, str):
                out.append(t.format(**ctx))
            elif isinstance(t, list):
                out += [b.format(**ctx) for _, b in t]
            elif isinstance(t, dict):
                out += [t.get("intro", "").format(**ctx)] + [x.format(**ctx) for x in t.get("after", [])]
    for key in ("pk", "anggaran", "rencana", "capaian", "evaluasi"):
        T = spec["layout"].get(key, {})
        out += [T.get(k, "").format(**ctx) for k in ("intro", "heading")] + [x.format(**ctx) for x in
                                                                              T.get("after", [])]
    for t, extra in evaluasi_items(rep):
        out += [t] + extra
    if spec["signature"].get("date_line"):
        out.append(spec["signature"]["date_line"])
    return " ".join(out)


def _validator():
    import jsonschema
    return jsonschema.Draft202012Validator(json.loads((DATA / "lkj-report.schema.json").read_text(encoding="utf-8")))


def produce(spec, workdir, validator, log):
    rep = build_report(spec)
    check_consistent(rep)
    wants = spec["layout"].get("breaks", [])  # [(table, "break" | "in_group" | "between_groups")]
    spacers = {}
    texts = pdf = None
    for which, want in wants:
        for h in range(0, 700, 12):
            spacers[which] = h
            pdf = convert(render_docx(rep, spacers), workdir, spec["name"])
            texts = page_texts(pdf)
            if check_break(rep, texts, which, want, pdf):
                break
        else:
            raise AssertionError(f"{spec['name']}: no spacer gives {which} {want}")
        log(f"  {spec['name']}: {which} {want} with a {h} pt blank before it")
    if pdf is None:
        pdf = convert(render_docx(rep, spacers), workdir, spec["name"])
        texts = page_texts(pdf)
    if DEBUG_DIR:
        DEBUG_DIR.mkdir(parents=True, exist_ok=True)
        (DEBUG_DIR / f"{spec['name']}.pdf").write_bytes(pdf)
        shutil.copy(Path(workdir) / f"{spec['name']}.docx", DEBUG_DIR)
    for which, want in wants:  # later spacers must not have undone the earlier breaks
        assert check_break(rep, texts, which, want, pdf), (spec["name"], which, want)
        check_header_repeat(rep, texts, which)
    check_period_words(rep)
    check_tab_lines(rep, texts)
    truth = build_truth(rep)
    import pypdfium2
    pages = len(pypdfium2.PdfDocument(pdf))
    truth["source"] = {"file": f"{spec['name']}.pdf", "sha256": hashlib.sha256(pdf).hexdigest(), "pages": pages,
                       "ocr": False}
    validator.validate(truth)
    missing, wrapped = check_values_printed(truth, texts)
    assert not missing, (spec["name"], missing)
    check_signature(rep, texts)
    if wrapped:
        log(f"  {spec['name']}: cells printed over two or more lines: {wrapped}")
    return pdf, truth, spacers


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("names", nargs="*", help="sample names (default: all)")
    ap.add_argument("--keep-docx", type=Path, help="also write the .docx files to this folder")
    args = ap.parse_args()
    if not shutil.which("soffice"):
        sys.exit("soffice (LibreOffice) not found: apt-get install -y libreoffice-writer")
    OUT.mkdir(exist_ok=True)
    validator = _validator()
    global DEBUG_DIR
    DEBUG_DIR = args.keep_docx
    specs = [s for s in SPECS if not args.names or s["name"] in args.names]
    names = [s["name"] for s in SPECS]
    assert len(set(names)) == len(names)
    with tempfile.TemporaryDirectory(prefix="lkj-layouts-") as wd:
        for spec in specs:
            pdf, truth, spacers = produce(spec, wd, validator, print)
            (OUT / f"{spec['name']}.pdf").write_bytes(pdf)
            with open(OUT / f"{spec['name']}.json", "w", encoding="utf-8") as f:
                json.dump(truth, f, indent=1, ensure_ascii=False)
            print(f"{spec['name']}.pdf  {truth['source']['pages']} pages  [{spec['kind']}]  {spec['about']}")
    kinds = {f"{s['name']}.pdf": s["kind"] for s in SPECS if (OUT / f"{s['name']}.pdf").exists()}
    with open(OUT / "layouts.json", "w", encoding="utf-8") as f:
        json.dump(kinds, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{len(specs)} layout samples -> {OUT}; layouts.json lists {len(kinds)}")


if __name__ == "__main__":
    main()
