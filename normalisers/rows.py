"""Logical tables (cells under column roles) → the contract's rows.

Each row also carries `page`, the page its cells are printed on (an addition
the contract allows), so a finding can point a reviewer at the page.
"""

from __future__ import annotations

import re

from .values import fold_whitespace, parse_rupiah, parse_value

_NUMBERING = re.compile(r"^\(?([0-9]+(?:\.[0-9]+)*|[IVXivx]+|[a-zA-Z])[.)]?$")
_INLINE_INDIKATOR_NO = re.compile(r"^(?P<no>\d+(?:\.\d+)+)\.?\s+(?P<text>\S.*)$")
_TOTAL_ROW = re.compile(r"^(jumlah|total|jumlah total|total anggaran)\b", re.IGNORECASE)
_LEVEL_WORDS = [
    ("sub_kegiatan", re.compile(r"^sub[\s-]*kegiatan\b", re.IGNORECASE)),
    ("kegiatan", re.compile(r"^kegiatan\b", re.IGNORECASE)),
    ("program", re.compile(r"^program\b", re.IGNORECASE)),
]
_LEVELS = ["program", "kegiatan", "sub_kegiatan"]


def number_label(text: str | None) -> str | None:
    """"1." → "1", "2.1" → "2.1", "(a)" → "a"; None when no numbering is printed."""
    text = fold_whitespace(text)
    m = _NUMBERING.match(text)
    return m.group(1) if m else None


def _texts(row, roles, role) -> list:
    """The distinct cells of `row` under columns with `role`, left to right."""
    cells = []
    for cell, r in zip(row, roles):
        if r == role and cell is not None and all(cell is not c for c in cells):
            cells.append(cell)
    return cells


def _cell(row, roles, role):
    cells = _texts(row, roles, role)
    return cells[0] if cells else None


def _text(row, roles, role) -> str | None:
    cell = _cell(row, roles, role)
    return fold_whitespace(cell.text) if cell is not None and cell.text else None


def _page(row) -> int | None:
    pages = [c.page for c in row if c is not None and c.text]
    return max(pages) if pages else None


def _value(row, roles, role):
    value = parse_value(_text(row, roles, role))
    unit = _text(row, roles, "satuan")
    if value is not None and unit and value["unit"] is None and value["number"] is not None:
        value["unit"] = "%" if unit.strip() in {"%", "persen"} else unit.lower()
    return value


def _indikator(row, roles) -> tuple[str | None, str | None]:
    """(indikator_no, indikator): the number may stand in its own column or lead the text."""
    cells = [c for c in _texts(row, roles, "indikator") if c.text]
    if not cells:
        return None, None
    if len(cells) >= 2 and number_label(cells[0].text):
        return number_label(cells[0].text), fold_whitespace(" ".join(c.text for c in cells[1:]))
    text = fold_whitespace(" ".join(c.text for c in cells))
    inline = _INLINE_INDIKATOR_NO.match(text)
    if inline:
        return inline["no"], inline["text"]
    return None, text


class _Sasaran:
    """Sasaran and its number carry down to rows whose cells are empty (a merged cell
    split by a page break, or a sasaran printed once above its indikator rows)."""

    def __init__(self):
        self.no = self.text = None

    def update(self, row, roles):
        no, text = _text(row, roles, "no"), _text(row, roles, "sasaran")
        if text:
            self.text = text
            self.no = number_label(no)
        elif no and number_label(no):
            self.no = number_label(no)
        return self.no, self.text


def perjanjian_kinerja(tables) -> list[dict]:
    rows = []
    for table in tables:
        sasaran = _Sasaran()
        for row in table.rows:
            sasaran_no, sasaran_text = sasaran.update(row, table.roles)
            indikator_no, indikator = _indikator(row, table.roles)
            if not indikator:
                continue
            rows.append({
                "sasaran_no": sasaran_no, "sasaran": sasaran_text, "indikator_no": indikator_no,
                "indikator": indikator, "target": _value(row, table.roles, "target"), "page": _page(row),
            })
    return rows


def capaian_kinerja(tables) -> list[dict]:
    rows = []
    for table in tables:
        sasaran = _Sasaran()
        for row in table.rows:
            sasaran_no, sasaran_text = sasaran.update(row, table.roles)
            _, indikator = _indikator(row, table.roles)
            if not indikator:
                continue
            rows.append({
                "sasaran_no": sasaran_no, "sasaran": sasaran_text, "indikator": indikator,
                "target": _value(row, table.roles, "target"),
                "realisasi": _value(row, table.roles, "realisasi"),
                "capaian": _value(row, table.roles, "capaian"), "page": _page(row),
            })
    return rows


def rencana_triwulan(tables) -> list[dict]:
    rows = []
    for table in tables:
        sasaran = _Sasaran()
        for row in table.rows:
            sasaran_no, _ = sasaran.update(row, table.roles)
            _, indikator = _indikator(row, table.roles)
            if not indikator:
                continue
            rows.append({
                "sasaran_no": sasaran_no, "indikator": indikator,
                **{q: _value(row, table.roles, q) for q in ("tw1", "tw2", "tw3", "tw4")},
                "page": _page(row),
            })
    return rows


def anggaran(tables) -> list[dict]:
    rows = []
    for table in tables:
        last_level, last_x0 = None, None
        for row in table.rows:
            uraian = _text(row, table.roles, "uraian")
            if not uraian or _TOTAL_ROW.match(uraian):
                continue
            cell = _cell(row, table.roles, "uraian")
            level = _level(uraian, _text(row, table.roles, "no"), last_level, last_x0, cell.text_x0)
            rows.append({
                "uraian": uraian, "level": level, "jumlah": parse_rupiah(_text(row, table.roles, "jumlah")),
                "sumber": _text(row, table.roles, "keterangan"), "page": _page(row),
            })
            last_level, last_x0 = level, cell.text_x0
    return rows


def _level(uraian: str, no: str | None, last_level: str | None, last_x0: float | None, x0: float | None) -> str:
    """Program, kegiatan or sub-kegiatan, from what the row itself prints, else from its place."""
    for level, pattern in _LEVEL_WORDS:
        if pattern.match(uraian):
            return level
    label = number_label(no)
    if label and re.fullmatch(r"\d+(\.\d+)*", label):
        return _LEVELS[min(label.count("."), 2)]
    if last_level is None:
        return "program"
    depth = _LEVELS.index(last_level)
    if label is None and last_x0 is not None and x0 is not None and abs(x0 - last_x0) <= 2:
        # Same indentation as the row above, no number: a sibling, unless the row above
        # was a numbered parent (then an unnumbered, unindented row is its child).
        return last_level if depth > 0 else _LEVELS[1]
    if x0 is not None and last_x0 is not None and x0 < last_x0 - 2:
        return _LEVELS[max(depth - 1, 0)]
    return _LEVELS[min(depth + 1, 2)]
