"""Logical tables (cells under column roles) → the contract's rows.

Each row also carries `page`, the page its cells are printed on (an addition
the contract allows), so a finding can point a reviewer at the page; and, while it is
built, the cells each field was read from (SOURCES), which `review.py` turns into the
row's `boxes` (where on the page each field is printed) before it drops them.
"""

from __future__ import annotations

import re
from collections import Counter

from rapidfuzz.distance import Levenshtein

from extractors.layout import GROUP
from extractors.vocabulary import INLINE_NUMBER, ROMAN, ROMAN_OF, SUMBER_DANA, number_label

from .repair import repair, split_numbering
from .values import fold_whitespace, parse_rupiah, parse_value

# Row keys that say which cells a row was read from; `report.py` turns them into the review list.
SOURCES = "_sources"
REPAIRED = "_repaired"
# What lkj doubts of a row beyond its cells' own text: (field, reason, page, raw, value) each,
# `review.py`'s reason codes; taken out of the row with its sources.
DOUBTS = "_doubts"

_LEVEL_WORDS = [
    ("sub_kegiatan", re.compile(r"^sub[\s-]*kegiatan\b", re.IGNORECASE)),
    ("kegiatan", re.compile(r"^kegiatan\b", re.IGNORECASE)),
    ("program", re.compile(r"^program\b", re.IGNORECASE)),
]
_LEVELS = ["program", "kegiatan", "sub_kegiatan"]
# A group row's title in one cell: its number, after the word "Sasaran" or not, then its text.
_GROUP_TITLE = re.compile(r"^(?:sasaran(?:\s+strategis)?\s+)?(?P<no>\d{1,2}|[IVX]{1,4})\s*[.:)]\s*(?P<text>\S.*)$",
                          re.IGNORECASE)
_LEVEL_PATTERN = dict(_LEVEL_WORDS)


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


_REPAIR_KIND = {"no": "numbering", "jumlah": "rupiah", "realisasi_anggaran": "rupiah", "capaian": "percent"}


def _read(cell, role: str, repaired: set | None = None, field: str | None = None) -> str | None:
    """A cell's text; OCRed text with the confusions its role rules out undone (and noted)."""
    if cell is None or not cell.text:
        return None
    text = fold_whitespace(cell.text)
    if cell.confidence is None:
        return text
    fixed = repair(text, _REPAIR_KIND.get(role, "value" if role in _VALUE_ROLES else ""))
    if fixed != text and repaired is not None and field is not None:
        repaired.add(field)
    return fixed


_VALUE_ROLES = {"target", "realisasi", "capaian", "tw1", "tw2", "tw3", "tw4"}


def _text(row, roles, role, repaired: set | None = None, field: str | None = None) -> str | None:
    return _read(_cell(row, roles, role), role, repaired, field)


def _sources(row, roles, header, fields: dict[str, str]) -> dict[str, list]:
    """For each output field, the cells it was read from."""
    out = {}
    for field_name, role in fields.items():
        if role in _VALUE_ROLES or role in ("jumlah", "realisasi_anggaran"):
            index = _column(roles, header, role)
            cells = [row[index]] if index is not None and row[index] is not None else []
        else:
            cells = _texts(row, roles, role)
        out[field_name] = [c for c in cells if c is not None]
    return out


def _page(row) -> int | None:
    pages = [c.page for c in row if c is not None and c.text]
    return max(pages) if pages else None


def _column(roles, header: list[str] | None, role: str) -> int | None:
    """Which column holds `role`: where several do ("Realisasi 2022", "Realisasi 2023"),
    the one naming the latest year; else the first."""
    columns = [i for i, r in enumerate(roles) if r == role]
    if len(columns) <= 1 or not header:
        return columns[0] if columns else None
    years = {i: max(map(int, re.findall(r"\b(?:19|20)\d\d\b", header[i])), default=0) for i in columns}
    # A budget printed before and after its revision: the revised pagu is the one in force.
    revised = {i: bool(_REVISED.search(header[i])) - bool(_ORIGINAL.search(header[i])) for i in columns}
    return max(columns, key=lambda i: (years[i], revised[i], -i))


_REVISED = re.compile(r"sesudah|setelah|perubahan|p-?apbd", re.IGNORECASE)
_ORIGINAL = re.compile(r"sebelum|murni|awal", re.IGNORECASE)


def _at(row, roles, header, role):
    index = _column(roles, header, role)
    return row[index] if index is not None else None


def _value(row, roles, role, header: list[str] | None = None, repaired: set | None = None):
    """The VALUE of the cell under `role`. A bare number takes its unit from the column's
    header ("Capaian (%)") or, for targets and realisasi, from the row's Satuan column."""
    index = _column(roles, header, role)
    cell = row[index] if index is not None else None
    value = parse_value(_read(cell, role, repaired, role))
    if value is None or value["unit"] is not None or value["number"] is None:
        return value
    label = header[index] if header else ""
    if "%" in label or "persen" in label.lower():
        value["unit"] = "%"
        return value
    unit = _text(row, roles, "satuan") if role != "capaian" else None
    if unit:
        value["unit"] = "%" if unit.strip().lower() in {"%", "persen"} else unit.lower()
    return value


def _indikator(row, roles, sasaran_no: str | None = None, repaired: set | None = None
               ) -> tuple[str | None, str | None]:
    """(indikator_no, indikator): the number may stand in its own column or lead the text."""
    cells = [c for c in _texts(row, roles, "indikator") if c.text]
    if not cells:
        return None, None
    if _numbered_apart(cells):
        label = number_label(_read(cells[0], "no", repaired, "indikator_no"))
        if cells[0].confidence is not None and split_numbering(label, sasaran_no) != label:
            label = split_numbering(label, sasaran_no)
            repaired is not None and repaired.add("indikator_no")
        return label, fold_whitespace(" ".join(c.text for c in cells[1:]))
    text = fold_whitespace(" ".join(c.text for c in cells))
    inline = INLINE_NUMBER.match(text)
    if inline:
        return inline["no"], inline["text"]
    return None, text


def _numbered_apart(cells) -> bool:
    """The indikator's number in a cell of its own, before the cells of its text."""
    return len(cells) >= 2 and bool(number_label(_read(cells[0], "no")))


def _indikator_sources(sources: dict[str, list]) -> dict[str, list]:
    """An indikator numbered in a cell of its own: its number is read from that cell (where the
    row keeps it), its text from the others."""
    cells = [c for c in sources.get("indikator", []) if c.text]
    if _numbered_apart(cells):
        sources["indikator"] = cells[1:]
        if "indikator_no" in sources:
            sources["indikator_no"] = cells[:1]
    return sources


def _same_row_again(row, above, roles, values: tuple[str, ...]) -> bool:
    """A row under merged cells: its indikator cell is the one of the row above (the cell spans
    both, because another column, say the kegiatan, splits the rows) and so is each of its values,
    or the value is empty. It is the row above again, not another indikator."""
    if above is None:
        return False
    mine = [c for c, r in zip(row, roles) if r == "indikator" and c is not None and c.text]
    theirs = [c for c, r in zip(above, roles) if r == "indikator" and c is not None and c.text]
    if not mine or len(mine) != len(theirs) or any(a is not b for a, b in zip(mine, theirs)):
        return False
    return all(c is None or not c.text or c is a for c, a, r in zip(row, above, roles) if r in values)


def _classed(table):
    """(index, row, class) of each row; a table read without classes has body rows only."""
    classes = getattr(table, "classes", None) or []
    return enumerate(zip(table.rows, classes if len(classes) == len(table.rows) else ["body"] * len(table.rows)))


class _Sasaran:
    """Sasaran and its number carry down to rows whose cells are empty (a merged cell
    split by a page break, or a sasaran printed once above its indikator rows). A number
    printed in any row of a merged sasaran cell (centred in it) numbers all of its rows. An empty
    cell merged over rows of its own, below another cell of its page, is a sasaran left unprinted:
    its rows have none (only the top cell of a page goes on with the page before)."""

    def __init__(self, table):
        rows, roles = table.rows, table.roles
        self.no = self.text = None
        self.cell = None
        self.served: list[dict] = []  # the rows given the current sasaran text
        self.numbers = {}
        self.spans: Counter = Counter()  # rows each sasaran cell covers
        self.body_tops = getattr(table, "body_tops", {})
        self.roman = _read_as_roman(rows, roles)
        for row in rows:
            cell, no = _cell(row, roles, "sasaran"), self.label(row, roles)
            if cell is not None and no and id(cell) not in self.numbers:
                self.numbers[id(cell)] = no
            if cell is not None:
                self.spans[id(cell)] += 1

    def label(self, row, roles) -> str | None:
        """The row's number: in a table OCR numbered in roman ("I", "lll"), its roman numeral."""
        cell = _cell(row, roles, "no")
        if cell is not None and (value := self.roman.get(id(cell))) is not None:
            return ROMAN_OF[value]
        return number_label(_text(row, roles, "no"))

    def _unprinted(self, cell) -> bool:
        """An empty cell merged over rows, starting below the top of its page's body."""
        if cell is None or cell.text or cell is self.cell or self.spans[id(cell)] < 2:
            return False
        return cell.bbox[1] > self.body_tops.get(cell.page, cell.bbox[1]) + 1

    grouped = False  # the sasaran are rows of their own (group rows) above their indikator rows
    from_group = False  # the row being served takes its sasaran from the group row above it

    def group(self, row, roles) -> None:
        """A group row: its text is the sasaran of the rows under it, its number their sasaran_no.
        One cell across the whole row prints both: "Sasaran 1: Meningkatnya …", "2. Terwujudnya …"."""
        content = [c for c, r in zip(row, roles) if c is not None and c.text and r != "no"]
        self.grouped = True
        self.cell = content[0] if content else None
        self.text = fold_whitespace(self.cell.text) if self.cell is not None else None
        self.no = self.label(row, roles)
        titled = _GROUP_TITLE.match(self.text or "") if all(c is self.cell for c in row) else None
        if titled:
            self.no, self.text = number_label(titled["no"]), titled["text"]
        self.served = []

    def carried(self, row, roles) -> bool:
        """Whether the row's sasaran is one it does not print: its sasaran column has no cell drawn
        at all (a rule missing), or an empty cell on a later page than the sasaran's own (a merged
        cell broken by the page, or a sasaran left unprinted)."""
        if self.grouped or self.text is None or "sasaran" not in roles:
            return False
        cells = [c for c, r in zip(row, roles) if r == "sasaran"]
        if any(c is not None and c.text for c in cells):
            return False
        if all(c is None for c in cells):
            return any(c is not None and c.text for c in row)
        page = _page(row)
        return self.cell is not None and page is not None and page > self.cell.page

    def update(self, row, roles):
        self.from_group = self.grouped and _cell(row, roles, "sasaran") is None
        if self.from_group:
            return self.no, self.text
        no, cell = self.label(row, roles), _cell(row, roles, "sasaran")
        text = fold_whitespace(cell.text) if cell is not None and cell.text else None
        if text and cell is not self.cell:
            number = no or self.numbers.get(id(cell))
            split_by_page = (number is None and self.no is not None and self.numbers
                             and self.cell is not None and cell.page > self.cell.page)
            if split_by_page:
                # A merged sasaran cell cut by a page break goes on at the top of the next page:
                # the rows before the break get the whole text too.
                self.cell, self.text = cell, f"{self.text} {text}"
                for served in self.served:
                    if "sasaran" in served:
                        served["sasaran"] = self.text
            else:
                self.cell, self.text, self.no = cell, text, number
                self.served = []
        elif self._unprinted(cell):
            self.cell, self.text, self.no = cell, None, no or self.numbers.get(id(cell))
            self.served = []
        elif no:
            self.no = no
        return self.no, self.text

    def serve(self, row: dict) -> dict:
        """The row, its sasaran read (for its box and its doubt) from the group row's cell where
        that is where it stands."""
        self.served.append(row)
        if self.from_group and self.cell is not None and SOURCES in row:
            for key in ("sasaran_no", "sasaran"):
                if key in row[SOURCES]:
                    row[SOURCES][key] = [self.cell]
        return row


# OCR's readings of roman numerals up to VIII: "l", "|", "i", "t" or "1" for I, "Y" for V.
_ROMANISH = re.compile(r"[IlL|it1]{1,3}|[IlL|it1]?[VY]|[VY][IlL|it1]{1,3}")
# A letter numbering the items under a sasaran ("a.", "b)"): no sasaran number.
_SUB_ITEM = re.compile(r"[a-hj-km-su-z][.)]?")


def _roman_value(text: str) -> int | None:
    token = text.strip().rstrip(".)")
    return ROMAN.get(token.translate(_ROMAN_LOOKALIKES)) if _ROMANISH.fullmatch(token) else None


_ROMAN_LOOKALIKES = str.maketrans("lL|it1Y", "IIIIIIV")


def _read_as_roman(rows, roles) -> dict[int, int]:
    """The roman number of each sasaran cell (by id) of an OCRed table that numbers its sasaran in
    roman; empty when it does not. Read so, its numbers run 1, 2, 3 (or leave gaps where a number
    was lost), and read as digits they do not ("1", "11", "111" is the way OCR's digits read "I",
    "II", "III"). OCR also loses a stroke of a numeral ("II" read "1"): where no reading is above
    its place in the run and the last is at its place, the numbers are their places, since a
    table's sasaran are numbered one after another."""
    cells = []
    for row in rows:
        cell = _cell(row, roles, "no")
        if (cell is not None and cell.text and cell.confidence is not None and all(cell is not c for c in cells)
                and not _SUB_ITEM.fullmatch(cell.text.strip())):
            cells.append(cell)
    if not cells or not any(len(c.text.strip().rstrip(".)")) > 1 for c in cells):
        return {}  # "I" alone reads as well as "1": the digits stand
    roman = [_roman_value(c.text) for c in cells]
    digits = [number_label(repair(fold_whitespace(c.text), "numbering")) for c in cells]
    if None in roman:
        return {}
    steps = lambda values: sum(b - a == 1 for a, b in zip(values, values[1:]))  # noqa: E731
    rising = lambda values: all(b > a for a, b in zip(values, values[1:])) and values[0] == 1  # noqa: E731
    arabic = [int(d) for d in digits if d and d.isdigit()] if all(d and d.isdigit() for d in digits) else None
    plausible = arabic is not None and rising(arabic) and arabic[-1] <= len(rows)
    if rising(roman) and (not plausible or steps(roman) > steps(arabic)):
        return {id(cell): value for cell, value in zip(cells, roman)}
    places = range(1, len(cells) + 1)
    if not plausible and len(cells) > 1 and roman[-1] == len(cells) and all(v <= k for v, k in zip(roman, places)):
        return {id(cell): place for cell, place in zip(cells, places)}
    return {}


class _Doubts:
    """What a table's rows leave in doubt, beyond their cells: a row of values without indikator
    (said on the row above, where its values most likely belong, or else the next row), the
    sasaran carried into a row that does not print one, and a table chosen over a close rival."""

    def __init__(self, table, key: str, rows: list[dict]):
        self.table, self.key, self.rows, self.first = table, key, rows, len(rows)
        self.pending: list[tuple] = []

    def unnamed(self, row, values: tuple[str, ...]) -> None:
        """A row with a value in it and no indikator (anggaran: uraian): it is no row of the output."""
        filled = [cell for cell, role in zip(row, self.table.roles) if role in values and cell is not None and cell.text]
        if not filled:
            return
        raw = fold_whitespace(" ".join(c.text for c in _distinct_cells(row) if c.text))
        doubt = (self.key, "no_indikator", filled[0].page, raw, None)
        if len(self.rows) > self.first:
            self.rows[-1][DOUBTS].append(doubt)
        else:
            self.pending.append(doubt)

    def close(self) -> None:
        """The table is read: doubts of rows no named row followed go to the last row read."""
        if self.pending and self.rows:
            self.rows[-1].setdefault(DOUBTS, []).extend(self.pending)
        self.pending = []

    def add(self, out: dict, index: int, carried: bool = False) -> dict:
        """`out`, the row just built from the table's row `index`, with its doubts."""
        doubts = out.setdefault(DOUBTS, [])
        doubts.extend(self.pending)
        self.pending = []
        if carried:
            doubts.extend((name, "carried_over", out.get("page"), None, out.get(name))
                          for name in ("sasaran_no", "sasaran") if out.get(name) is not None)
        rival = getattr(self.table, "rival", None)
        if rival is not None and index in rival.rows:
            field_name = {"realisasi_anggaran": "realisasi"}.get(rival.lacking, rival.lacking) or self.key
            doubts.append((field_name, "close_candidate", out.get("page"), None,
                           {"other_page": rival.page, "other_caption": rival.caption}))
        return out


def _distinct_cells(row) -> list:
    cells = []
    for cell in row:
        if cell is not None and all(cell is not c for c in cells):
            cells.append(cell)
    return cells


def perjanjian_kinerja(tables) -> list[dict]:
    rows = []
    for table in tables:
        sasaran = _Sasaran(table)
        doubts = _Doubts(table, "indikator", rows)
        above = None
        for index, (row, cls) in _classed(table):
            if cls == GROUP:
                sasaran.group(row, table.roles)
                continue
            repaired = set()
            sasaran_no, sasaran_text = sasaran.update(row, table.roles)
            indikator_no, indikator = _indikator(row, table.roles, sasaran_no, repaired)
            if not indikator:
                doubts.unnamed(row, ("target",))
                continue
            if _same_row_again(row, above, table.roles, ("target",)):
                continue
            above = row
            if sasaran.grouped and indikator_no is None:
                indikator_no = number_label(_text(row, table.roles, "no"))
            rows.append(doubts.add(sasaran.serve({
                "sasaran_no": sasaran_no, "sasaran": sasaran_text, "indikator_no": indikator_no,
                "indikator": indikator, "target": _value(row, table.roles, "target", table.header, repaired),
                "page": _page(row), REPAIRED: repaired, SOURCES: _indikator_sources(_sources(
                    row, table.roles, table.header, {
                        "sasaran_no": "no", "sasaran": "sasaran", "indikator_no": "indikator",
                        "indikator": "indikator", "target": "target"})),
            }), index, sasaran.carried(row, table.roles)))
        doubts.close()
    return rows


def capaian_kinerja(tables) -> list[dict]:
    rows = []
    for table in tables:
        sasaran = _Sasaran(table)
        doubts = _Doubts(table, "indikator", rows)
        above = None
        for index, (row, cls) in _classed(table):
            if cls == GROUP:
                sasaran.group(row, table.roles)
                continue
            repaired = set()
            sasaran_no, sasaran_text = sasaran.update(row, table.roles)
            _, indikator = _indikator(row, table.roles)
            if not indikator:
                doubts.unnamed(row, ("target", "realisasi", "capaian"))
                continue
            if _same_row_again(row, above, table.roles, ("target", "realisasi", "capaian")):
                continue
            above = row
            rows.append(doubts.add(sasaran.serve({
                "sasaran_no": sasaran_no, "sasaran": sasaran_text, "indikator": indikator,
                "target": _value(row, table.roles, "target", table.header, repaired),
                "realisasi": _value(row, table.roles, "realisasi", table.header, repaired),
                "capaian": _value(row, table.roles, "capaian", table.header, repaired), "page": _page(row),
                REPAIRED: repaired, SOURCES: _indikator_sources(_sources(row, table.roles, table.header, {
                    "sasaran_no": "no", "sasaran": "sasaran", "indikator": "indikator", "target": "target",
                    "realisasi": "realisasi", "capaian": "capaian"})),
            }), index, sasaran.carried(row, table.roles)))
        doubts.close()
    return rows


def rencana_triwulan(tables) -> list[dict]:
    rows = []
    for table in tables:
        sasaran = _Sasaran(table)
        doubts = _Doubts(table, "indikator", rows)
        above = None
        for index, (row, cls) in _classed(table):
            if cls == GROUP:
                sasaran.group(row, table.roles)
                continue
            repaired = set()
            sasaran_no, _ = sasaran.update(row, table.roles)
            _, indikator = _indikator(row, table.roles)
            if not indikator:
                doubts.unnamed(row, ("tw1", "tw2", "tw3", "tw4"))
                continue
            if _same_row_again(row, above, table.roles, ("tw1", "tw2", "tw3", "tw4")):
                continue
            above = row
            rows.append(doubts.add({
                "sasaran_no": sasaran_no, "indikator": indikator,
                **{q: _value(row, table.roles, q, table.header, repaired) for q in ("tw1", "tw2", "tw3", "tw4")},
                "page": _page(row), REPAIRED: repaired, SOURCES: _indikator_sources(_sources(
                    row, table.roles, table.header, {"sasaran_no": "no", "indikator": "indikator", "tw1": "tw1",
                                                     "tw2": "tw2", "tw3": "tw3", "tw4": "tw4"})),
            }, index, sasaran.carried(row, table.roles)))
        doubts.close()
    return rows


def _depths(tables) -> list[int]:
    """The numbering depths the budget table uses, shallowest first: "1" / "1.1" / "1.1.1", or
    kode rekening "2.16.01" (program) / "2.16.01.1.02" (kegiatan) / "2.16.01.1.02.0001"."""
    depths = set()
    for table in tables:
        for row in table.rows:
            label = number_label(_text(row, table.roles, "kode") or _text(row, table.roles, "no"))
            if label and re.fullmatch(r"\d+(\.\d+)*", label):
                depths.add(label.count(".") + 1)
    return sorted(depths)


def anggaran(tables) -> list[dict]:
    rows = []
    depths = _depths(tables)
    # Program names begin with "Program" (Permendagri 90/2019); a table of fewer than three levels
    # whose top rows do not is the budget of a unit that runs kegiatan only.
    offset = 0 if len(depths) >= 3 or _top_rows_are_programs(tables, depths) else 1
    for table in tables:
        last_level, last_x0 = None, None
        source = "sumber" if "sumber" in table.roles else "keterangan" if _names_sources(table) else None
        # "Belanja Langsung (APBD) sebesar …, dengan rincian:": one source named above the table is every row's.
        named_above = _source_named(table.title) if source is None else None
        seen: set[tuple] = set()
        printed = {role for role in ("realisasi_anggaran", "kode") if role in table.roles}
        doubts = _Doubts(table, "uraian", rows)
        last_label = None
        for index, row in enumerate(table.rows):
            repaired = set()
            # Program and kegiatan in columns of their own: the row is its most detailed item (the
            # rightmost), the cells to its left name its parents.
            named = [c for c in _texts(row, table.roles, "uraian") if c.text]
            cell = named[-1] if named else None
            uraian = _read(cell, "uraian")
            under_heading = bool(uraian) and _heads_its_cell(cell, uraian)
            if under_heading:
                # A programme heading printed in the kegiatan's cell names its parent, not the row.
                uraian = uraian[len(fold_whitespace(cell.heading)) + 1:]
            if not uraian:
                doubts.unnamed(row, ("jumlah", "realisasi_anggaran"))
                continue
            jumlah_cell = _at(row, table.roles, table.header, "jumlah")
            printed_again = (uraian, jumlah_cell.text if jumlah_cell is not None and jumlah_cell.text else None)
            if printed_again in seen:
                continue  # a kegiatan's pagu, or a programme heading, printed again beside another indikator
            seen.add(printed_again)
            number = _text(row, table.roles, "kode") or _text(row, table.roles, "no")
            # A row numbered "1", "1.1", "1.1.1" (not a nomenclature's code, whose parts skip)
            # follows the row above. "111" after "1.1" is OCR's loss of a dot the level is told
            # by: the number that follows and prints those digits ("1.1.1") tells it, in doubt.
            # The number last seen to follow is kept, so a lost dot leaves its children in doubt too.
            told_by, broken = number, False
            if "kode" not in table.roles and number:
                label = number_label(number)
                decimal = bool(label and _DECIMAL.fullmatch(label))
                if decimal and (last_label is None or _follows(last_label, label)):
                    last_label = label
                elif last_label is not None and _ocred([_at(row, table.roles, table.header, "no")]):
                    restored = _dots_restored(last_label, number)
                    broken = decimal or restored is not None
                    if restored and restored.count(".") + 1 in depths:
                        told_by = last_label = restored
            # Under the programme heading of its own cell, a row is a kegiatan.
            level = "kegiatan" if under_heading else _level(uraian, told_by, last_level, last_x0, cell.text_x0,
                                                             depths, offset, cell.confidence is not None)
            out = {
                "uraian": uraian, "level": level,
                "jumlah": parse_rupiah(_read(_at(row, table.roles, table.header, "jumlah"), "jumlah", repaired, "jumlah")),
                "sumber": _text(row, table.roles, source) if source else named_above,
                "page": _page([c for i, c in enumerate(row) if i not in table.borrowed]),
            }
            if "realisasi_anggaran" in printed:
                out["realisasi"] = parse_rupiah(_read(_at(row, table.roles, table.header, "realisasi_anggaran"),
                                                      "realisasi_anggaran", repaired, "realisasi"))
            if "kode" in printed:
                out["kode"] = _text(row, table.roles, "kode")
            out[REPAIRED] = repaired
            out[SOURCES] = _sources(row, table.roles, table.header, {
                "uraian": "uraian", "level": "no", "jumlah": "jumlah", **({"sumber": source} if source else {}),
                **({"realisasi": "realisasi_anggaran"} if "realisasi_anggaran" in printed else {}),
                **({"kode": "kode"} if "kode" in printed else {})})
            if not under_heading and _level_word(uraian) is None:
                # No level word opens the uraian: the level was told by the numbering or the
                # indentation, and an OCRed uraian may be one whose "Sub" or "Program" was misread.
                out[SOURCES]["level"] = [*out[SOURCES]["level"], cell]
            rows.append(doubts.add(out, index))
            if broken:
                out[DOUBTS].append(("level", "numbering_break", out["page"], number, level))
            last_level, last_x0 = level, cell.text_x0
        doubts.close()
    return rows


def _heads_its_cell(cell, uraian: str) -> bool:
    """A programme's name printed in bold above a kegiatan in one cell (not a name whose last line
    lost its bold): the heading says "Program …" and a kegiatan's name of a few words follows."""
    heading = fold_whitespace(cell.heading or "")
    return (bool(heading) and _LEVEL_PATTERN["program"].match(heading) is not None
            and uraian.startswith(heading + " ") and len(uraian[len(heading):].split()) >= 3)


def _source_named(caption: str | None) -> str | None:
    """The one source of funds a caption names, as printed; None when it names none or several."""
    named = {m.group(1).upper(): m.group(1) for m in SUMBER_DANA.finditer(caption or "")}
    return next(iter(named.values())) if len(named) == 1 else None


def _names_sources(table) -> bool:
    """Whether a Keterangan column names the source of funds ("APBD 2022"), as budgets often use it."""
    texts = [c.text for c in (_cell(row, table.roles, "keterangan") for row in table.rows) if c is not None and c.text]
    return bool(texts) and sum(1 for t in texts if SUMBER_DANA.search(t)) >= 0.5 * len(texts)


def _top_rows_are_programs(tables, depths: list[int]) -> bool:
    top = []
    for table in tables:
        for row in table.rows:
            uraian = _text(row, table.roles, "uraian")
            label = number_label(_text(row, table.roles, "kode") or _text(row, table.roles, "no"))
            if uraian and (not depths or (label and re.fullmatch(r"\d+(\.\d+)*", label)
                                          and label.count(".") + 1 == depths[0])):
                top.append(uraian)
            if not depths and top:
                break
    return not top or any(re.match(r"^program\b", t, re.IGNORECASE) for t in top)


def doubt_sasaran_order(report: dict) -> None:
    """Sasaran are numbered in the order a table lists them: an OCRed number lower than the row
    above's ("1" after "2") is in doubt, the more so where another table read it alike."""
    for table in ("perjanjian_kinerja", "rencana_triwulan", "capaian_kinerja"):
        last = None
        for row in report[table]:
            number = row.get("sasaran_no")
            if not (number and number.isdigit()):
                continue
            if last is not None and int(number) < last and _ocred(row.get(SOURCES, {}).get("sasaran_no", [])):
                row.setdefault(DOUBTS, []).append(("sasaran_no", "numbering_break", row.get("page"), number, number))
            else:
                last = int(number)


_DECIMAL = re.compile(r"[1-9]\d*(\.[1-9]\d*)*")


def _dots_restored(previous: str, printed: str) -> str | None:
    """The one number that can follow `previous` (`_follows`) and prints the digits `printed`
    shows with its dots lost ("111" or "LLI" after "1.1": "1.1.1"), or None."""
    digits = re.sub(r"[\s.,]", "", repair(printed, "numbering"))  # "LLI": 1s read as letters
    if not digits.isdigit():
        return None
    parts = [int(p) for p in previous.split(".")]
    following = [parts + [1]] + [parts[:depth] + [parts[depth] + 1] for depth in range(len(parts))]
    matching = [n for n in following if "".join(map(str, n)) == digits]
    return ".".join(map(str, matching[0])) if len(matching) == 1 else None


def _follows(previous: str, label: str) -> bool:
    """Whether the decimal numbering `label` can come after `previous`: its first child ("1.1" →
    "1.1.1"), or the next of it or of a parent ("1.1.2" → "1.1.3", "1.2", "2")."""
    before, after = [int(p) for p in previous.split(".")], [int(p) for p in label.split(".")]
    if len(after) == len(before) + 1:
        return after[:-1] == before and after[-1] == 1
    depth = len(after)
    return depth <= len(before) and after[:-1] == before[:depth - 1] and after[-1] == before[depth - 1] + 1


def _ocred(cells: list) -> bool:
    return any(cell is not None and cell.confidence is not None for cell in cells)


def _level_word(uraian: str) -> str | None:
    """The level the uraian's first words name ("Sub Kegiatan …"), or None."""
    return next((level for level, pattern in _LEVEL_WORDS if pattern.match(uraian)), None)


def _misread_level_word(uraian: str) -> str | None:
    """The level an OCRed uraian's first words name through a letter or two misread: "Kesiatan"
    (one letter off "Kegiatan"), "Sob Kegiatan" or "s b Kegiatan" (a short word of letters
    before it: "Sub"), "Byogram" (a drum's streak over "Pr"; "Progres" is no "…ogram")."""
    words = uraian.split()
    for start in range(min(3, len(words))):
        lead = words[:start]
        if not all(w.isalpha() for w in lead) or sum(map(len, lead)) > 3:
            break
        word = words[start].strip(".,:;").lower()
        if Levenshtein.distance(word, "kegiatan") <= 1:
            return "sub_kegiatan" if lead else "kegiatan"
    first = words[0].strip(".,:;").lower() if words else ""
    if 6 <= len(first) <= 8 and (first.endswith("ogram") or Levenshtein.distance(first, "program") <= 1):
        return "program"
    return None


def _level(uraian: str, no: str | None, last_level: str | None, last_x0: float | None, x0: float | None,
           depths: list[int], offset: int = 0, ocred: bool = False) -> str:
    """Program, kegiatan or sub-kegiatan, from what the row itself prints, else from its place.
    `ocred`: the uraian was OCRed, and its level word may be misread."""
    level = _level_word(uraian) or (_misread_level_word(uraian) if ocred else None)
    if level:
        return level
    label = number_label(no)
    if label and re.fullmatch(r"\d+(\.\d+)*", label):
        return _LEVELS[min(depths.index(label.count(".") + 1) + offset, 2)]
    if last_level is None:
        return "program" if not offset else "kegiatan"
    depth = _LEVELS.index(last_level)
    if label is None and last_x0 is not None and x0 is not None and abs(x0 - last_x0) <= 2:
        # Same indentation as the row above, no number: a sibling, unless the row above
        # was a numbered parent (then an unnumbered, unindented row is its child).
        return last_level if depth > 0 else _LEVELS[1]
    if x0 is not None and last_x0 is not None and x0 < last_x0 - 2:
        return _LEVELS[max(depth - 1, 0)]
    return _LEVELS[min(depth + 1, 2)]
