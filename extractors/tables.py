"""Find the LKj tables among a document's grids, and say why each grid was kept or passed over.

Every grid is a candidate. Its leading rows are its header when their words are header words
(`layout.header_vocabulary`). Each column gets the role that scores best: the header's words and
phrases (`layout.ROLES`; the longest phrase is the most specific), then what its body cells hold
(`layout.value_kind`). The grid is the table kind whose roles explain most of its columns, with
every required role present (`layout.KINDS`); extra columns never veto a kind. Its rows are then
classed (repeated header, column numbers, total, sasaran group, sub-item, body) before any row
is built. A grid with no header that continues the previous page's table (same columns, first on
its page) is stitched onto it. Each candidate's record (`Candidate`) is what `lkj extract
--explain` prints.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field, replace
from functools import cache
from itertools import pairwise

from rapidfuzz import fuzz, process

from . import layout, prose
from .grids import SNAP
from .records import Cell, Document, Grid, Line
from .vocabulary import COLUMN_NUMBER, NUMBERING_OCR, OPENS_A_LINE, QUARTER_WORD, TRIWULAN_PATTERN, YEAR, \
    number_label, numbering_kind, running_key, triwulan_number

KIND_ORDER = ("perjanjian_kinerja", "anggaran", "rencana_triwulan", "capaian_kinerja")

# Header score of a whole phrase: 1 + its number of words; of one word of a phrase: this.
_WORD_SCORE = 1.0
# A misspelt header word (OCR) is weaker evidence than a word spelt right.
_RESPELL_PENALTY = 0.5
_FUZZY_CUTOFF = 75
# What the body cells hold adds at most this to a role's score.
_BODY_WEIGHT = 1.5


@dataclass
class Table:
    """One logical table: its kind, a role per column, its rows (cells per column) and their classes."""

    kind: str
    roles: list[str | None]
    rows: list[list[Cell | None]]
    pages: list[int]
    title: str | None = None
    header: list[str] = field(default_factory=list)
    classes: list[str] = field(default_factory=list)  # one per row: layout.BODY, GROUP or SUB_ITEM
    # Another candidate of the same kind that came close to being chosen instead: its first page and
    # what it holds that this table lacks (a column's role), so the rows read from this one are in doubt.
    rival: Rival | None = None
    numbered: bool = False  # a line "Tabel 3.1 …" just above it: a table of its own, never another's part
    # Page → the top of its first body row as printed (before a row split by the page break joins
    # the row above): a merged cell that starts lower is not the one the page break cut.
    body_tops: dict[int, float] = field(default_factory=dict)
    # Columns filled from another printing of the same rows (`_realisasi_borrowed`): their cells lie on
    # that table's pages, and say nothing of where a row of this one is.
    borrowed: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Rival:
    """The table of the same kind that came as close to being chosen, and what the choice decides."""

    page: int
    caption: str | None
    lacking: str | None = None  # a role the rival prints and this table does not ("realisasi_anggaran")
    rows: frozenset[int] = frozenset()  # the rows of this table the choice decides (indexes into `rows`)


@dataclass
class Column:
    """Why a column got its role."""

    label: str
    role: str | None
    scores: dict[str, float]
    holds: dict[str, int]  # value kind → body cells


@dataclass
class Candidate:
    """One grid and what became of it."""

    page: int
    bbox: tuple[float, float, float, float]
    ruled: bool
    caption: str | None
    n_rows: int
    n_cols: int
    header_rows: int
    columns: list[Column]
    kind_scores: dict[str, float]
    missing: dict[str, list[str]]
    row_classes: list[str]
    decision: str  # "kept", "continued", "skipped"
    kind: str | None
    reason: str

    def to_json(self) -> dict:
        return asdict(self)


@dataclass
class Reading:
    tables: dict[str, list[Table]]
    candidates: list[Candidate]

    def closest(self, kind: str) -> Candidate | None:
        """The candidate that came nearest to being a table of `kind` without becoming one: one
        that scored as the kind but too low, else one lacking the fewest of its required roles
        (and holding at least one of them)."""
        skipped = [c for c in self.candidates if c.decision == "skipped"]
        scored = [c for c in skipped if kind in c.kind_scores]
        if scored:
            return max(scored, key=lambda c: c.kind_scores[kind])
        required = set(layout.KIND[kind].requires)
        lacking = [c for c in skipped if kind in c.missing and len(c.missing[kind]) < len(required)]
        return min(lacking, key=lambda c: (len(c.missing[kind]), c.page), default=None)


def find_tables(document: Document) -> dict[str, list[Table]]:
    """Every LKj table of the document, grouped by kind, in document order."""
    return read_tables(document).tables


def read_tables(document: Document, year: int | None = None) -> Reading:
    """Every table candidate of the document and what became of it. `year` is the report's tahun:
    a column of another year ("Realisasi 2015", "Target 2017") is an extra."""
    found: dict[str, list[Table]] = {kind: [] for kind in KIND_ORDER}
    candidates: list[Candidate] = []
    running = prose.running_keys(document)
    previous: Table | None = None
    previous_grid: Grid | None = None
    previous_edges: list[float] = []  # the column rules of the previous table's first grid
    previous_also: list[Table] = []  # the previous table read as another kind too
    for page in document.pages:
        for index, grid in enumerate(page.grids):
            matrix = grid.matrix()
            n_header = _count_header_rows(matrix)
            parts = _header_parts(matrix[:n_header], grid.n_cols)
            labels = [_percent_misread(" ".join(text for text, _ in column)) for column in parts]
            columns = assign_roles(labels, matrix[n_header:], parts, year)
            roles = [c.role for c in columns]
            scores, missing = kind_scores(roles)
            kind = best_kind(scores)
            unaliased = list(roles)
            if kind:
                for column in columns:
                    column.role = _alias(kind, column)
                roles = [c.role for c in columns]
            caption = _title_above(page.lines, grid)
            numbered = bool(caption) and _opens_a_table(page.lines, grid)
            # A header-less grid drawn with an extra rule (a column split for indented kegiatan) still
            # continues the table above when each of its columns lies inside one of that table's.
            x_mapping = (_x_mapping(grid.col_edges, previous_edges)
                         if previous is not None and kind is None and grid.n_cols != len(previous.roles) else None)
            continues = (
                previous is not None
                # A caption "Tabel 3 …" right above the grid opens a new table, whatever its columns.
                and not (caption and numbered)
                and previous_grid is not None
                and index == 0
                and previous_grid.page == page.number - 1
                and previous_grid is _last_grid(document, previous_grid.page)
                and (grid.n_cols == len(previous.roles) or x_mapping is not None or (kind == previous.kind
                                                            and _named(roles) == _named(previous.roles)))
                # A repeated header: the same names, or (read by OCR, a letter off) the same roles.
                and (kind is None or (kind == previous.kind and (labels == previous.header
                                                                 or _named(roles) == _named(previous.roles))))
            )
            body = matrix[n_header if kind else 0:]
            if continues and x_mapping is not None:
                body = _by_position(body, x_mapping, len(previous.roles))
            elif continues and grid.n_cols != len(previous.roles):
                body = _onto_columns(body, roles, previous.roles)
            target_roles = previous.roles if continues else roles
            target_header = previous.header if continues else labels
            classes = classify_rows(body, target_roles, target_header,
                                    (previous.kind if continues else kind) or "")
            candidate = Candidate(page.number, grid.bbox, all(c.ruled for c in grid.cells) if grid.cells else True,
                                  caption, grid.n_rows, grid.n_cols, n_header,
                                  columns, scores, missing, classes, "skipped", None, "")
            candidates.append(candidate)
            kept = [(row, cls) for row, cls in zip(body, classes) if cls in _ROW_CLASSES_KEPT]
            if continues:
                for other in previous_also:
                    # The table read as a second kind (its own columns) goes on with it.
                    other_classes = classify_rows(body, other.roles, other.header, other.kind)
                    other.rows.extend(r for r, cls in zip(body, other_classes) if cls in _ROW_CLASSES_KEPT)
                    other.classes.extend(cls for cls in other_classes if cls in _ROW_CLASSES_KEPT)
                    other.pages.append(page.number)
                _note_body_top(previous, page.number, kept)
                fragment = (_fragment_above(page.lines, grid, running)
                            if x_mapping is None and grid.n_cols == len(previous.roles) else None)
                joined = _join_split_row(previous, [(fragment, layout.BODY)] + kept) if fragment else None
                # The row's end printed above the grid (its top rule not drawn) goes on the row above.
                kept = joined if joined is not None and len(joined) == len(kept) else _join_split_row(previous, kept)
                previous.rows.extend(row for row, _ in kept)
                previous.classes.extend(cls for _, cls in kept)
                previous.pages.append(page.number)
                previous_grid = grid
                candidate.decision, candidate.kind = "continued", previous.kind
                candidate.reason = f"continues the {previous.kind} table of page {previous.pages[0]}"
                continue
            if kind is None:
                candidate.reason = _why_not(scores, missing, labels)
                continue
            table = Table(kind, roles, [row for row, _ in kept], [page.number], candidate.caption, labels,
                          [cls for _, cls in kept], numbered=numbered)
            candidate.decision, candidate.kind = "kept", kind
            candidate.reason = f"kept as {kind} (score {scores[kind]:.2f})"
            _note_body_top(table, page.number, kept)
            found[kind].append(table)
            previous_also = []
            for other in _also(kind, unaliased, missing):
                other_roles = [_alias(other, replace(c, role=r)) for c, r in zip(columns, unaliased)]
                other_classes = classify_rows(body, other_roles, labels, other)
                rows = [(row, cls) for row, cls in zip(body, other_classes) if cls in _ROW_CLASSES_KEPT]
                found[other].append(Table(other, other_roles, [r for r, _ in rows], [page.number], candidate.caption,
                                          labels, [c for _, c in rows], numbered=numbered))
                previous_also.append(found[other][-1])
                candidate.reason += f"; also read as {other} (its own columns: {', '.join(_required(other))})"
            previous, previous_grid, previous_edges = table, grid, grid.col_edges
    _one_budget(found, candidates)
    _one_per_kind(found, candidates, year)
    if not found["perjanjian_kinerja"]:
        _listed_pk(document, year, found, candidates)
    return Reading(found, candidates)


def _listed_pk(document: Document, year: int | None, found: dict, candidates: list[Candidate]) -> None:
    """No PK drawn as a table: the PK printed as a list in its chapter, when there is one."""
    listed = prose.listed_perjanjian_kinerja(document, year)
    if listed is None:
        return
    rows, classes = listed
    pages = sorted({cell.page for row in rows for cell in row})
    first = rows[0][0]
    found["perjanjian_kinerja"] = [Table("perjanjian_kinerja", list(prose.ROLES), rows, pages, prose.CAPTION,
                                         list(prose.HEADER), classes)]
    columns = [Column(label, role, {role: 0.0}, {}) for label, role in zip(prose.HEADER, prose.ROLES)]
    candidates.append(Candidate(first.page, first.bbox, False, prose.CAPTION, len(rows),
                                len(prose.ROLES), 0, columns, {"perjanjian_kinerja": 1.0}, {}, classes,
                                "kept", "perjanjian_kinerja",
                                "kept as perjanjian_kinerja: a list of sasaran, indikator and targets "
                                "under the Perjanjian Kinerja heading (no PK table was found)"))


# What a caption says of a table: the kind's own title, or a plan over several years.
_TITLE_WORDS = {
    "perjanjian_kinerja": re.compile(r"perjanjian\s+kinerja|\bpk\b|penetapan\s+kinerja", re.I),
    "capaian_kinerja": re.compile(r"capaian\s+(kinerja|iku|indikator)|pengukuran\s+kinerja|evaluasi\s+(indikator|kinerja)|"
                                  r"pencapaian\s+kinerja|realisasi\s+kinerja", re.I),
    "anggaran": re.compile(r"anggaran|pagu|belanja|program\s+dan\s+kegiatan", re.I),
    "rencana_triwulan": re.compile(r"rencana\s+aksi|triwulan|rencana\s+pencapaian", re.I),
}
_PLAN_WORDS = re.compile(r"renstra|rpjmd|rpjmn|rkpd|jangka\s+menengah|lima\s+tahun|perbandingan|"
                         r"\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b|rencana\s+kinerja\s+tahunan|\brkt\b", re.I)


def _preference(table: Table, year: int | None) -> int:
    """How surely a table is the report's own table of its kind, from what its caption says, and
    its indikator and target columns' names ("Indikator RKPD 2016", "Indikator Renstra": a plan's)."""
    caption = table.title or ""
    named = " ".join(label for label, role in zip(table.header, table.roles)
                     if role in ("indikator", "sasaran", "target", "realisasi", "capaian"))
    plan = _PLAN_WORDS.search(caption) or _PLAN_WORDS.search(named)
    score = 2 * bool(_TITLE_WORDS[table.kind].search(caption)) - 3 * bool(plan)
    if year is not None and str(year) in caption:
        score += 1
    return score


def _indikator_texts(table: Table) -> set[str]:
    key = "uraian" if table.kind == "anggaran" else "indikator"
    columns = [i for i, r in enumerate(table.roles) if r == key]
    if not columns:
        return set()
    col = columns[-1]
    return {" ".join(row[col].text.lower().split())[:60] for row in table.rows if row[col] is not None and row[col].text}


def _one_per_kind(found: dict[str, list[Table]], candidates: list[Candidate], year: int | None) -> None:
    """A long report prints an indikator in several tables (the PK, the Renstra, analyses by
    sasaran or by indikator): one table of each kind is the report's. Tables of the same columns
    printed one after the other (one per Misi) are one family. The family kept is not a plan over
    several years (by its caption), lists indikator several to a table (a series of one-row
    analysis tables is not the measurement), covers the most indikator, has a caption naming the
    kind and year, and comes first."""
    for kind, tables in found.items():
        if not tables:
            continue
        families: dict[int, list[Table]] = {}
        last: list[Table] | None = None
        for table in tables:
            same = (last is not None and len(table.roles) == len(last[-1].roles)
                    and _collapsed(table.roles) == _collapsed(last[-1].roles)
                    and table.pages[0] - last[-1].pages[-1] <= 2
                    and not table.numbered)
            if not same:
                last = families.setdefault(len(families), [])
            last.append(table)

        def rank(family: list[Table]) -> tuple:
            preference = max(_preference(t, year) for t in family)
            plan = preference < 0 or any(_multi_year(t, year) for t in family)
            rows_each = sum(len(t.rows) for t in family) / len(family)
            return (not plan, preference >= 2, rows_each >= 2, -family[0].pages[0])

        chosen = max(families.values(), key=rank)
        if not rank(chosen)[0]:
            # Only a plan over several years (a Renstra, an RPJMD) of this kind: not the report's table.
            _pass_over(tables, kind, candidates, f"a plan over several years, not the report's {kind} "
                                                 "(by its caption or columns)")
            found[kind] = []
            continue
        for family in families.values():
            if family is not chosen:
                _pass_over(family, kind, candidates, f"another {kind} table was chosen: page {chosen[0].pages[0]} "
                                                     f"({_why_chosen(rank(chosen), rank(family))})")
        # Chosen only for coming first, over a family as good by every other measure, about as long
        # and with the same columns (a table with columns of other years or of the plan's end is a
        # comparison, not as good): which of the two is the report's table is a person's call.
        close = [f for f in families.values() if f is not chosen and rank(f)[:3] == rank(chosen)[:3]
                 and _about_as_long(f, chosen) and set(f[0].roles) == set(chosen[0].roles)]
        if close:
            _mark_rival(chosen, close[0])
        found[kind] = [t for t in tables if any(t is c for c in chosen)]


def _mark_rival(chosen: list[Table], rival: list[Table], lacking: str | None = None) -> None:
    """The rows of `chosen` that the choice over `rival` decides: with a column the rival has and
    they lack, the rows the rival prints too (by indikator or amount); else the rows the rival
    does not print alike (the same indikator with the same values): where both tables agree, the
    choice changes nothing."""
    common = [r for r in dict.fromkeys(rival[0].roles) if r in _VALUE_ROLES and r in chosen[0].roles]
    theirs = {sig for table in rival for sig in _signatures(table, common)}
    amounts = {a for table in rival if "jumlah" in table.roles for a in _amounts(table)}
    for table in chosen:
        signatures = _signatures(table, common)
        if lacking:
            doubted = {i for i, sig in enumerate(signatures) if sig[0] in {t[0] for t in theirs}
                       or (set(sig[1]) & amounts)}
        else:
            doubted = {i for i, sig in enumerate(signatures) if sig not in theirs}
        if doubted:
            table.rival = Rival(rival[0].pages[0], rival[0].title, lacking, frozenset(doubted))


def _signatures(table: Table, roles: list[str]) -> list[tuple]:
    """Per row: the letters of its indikator (uraian) and the letters and digits under `roles` (of
    amounts, the digits): two printings of one row agree whatever their numbering, spacing or
    punctuation."""
    key = "uraian" if table.kind == "anggaran" else "indikator"
    keys = [i for i, r in enumerate(table.roles) if r == key]
    out = []
    for row in table.rows:
        name = re.sub(r"[^a-z]", "", row[keys[-1]].text.lower())[:50] if keys and row[keys[-1]] is not None else ""
        values = []
        for role in roles:
            cell = row[table.roles.index(role)]
            text = cell.text.lower() if cell is not None else ""
            # An amount is its digits ("Rp. 1.600.000.000,-"), as `_amounts` reads it.
            values.append(re.sub(r"\D" if role in ("jumlah", "realisasi_anggaran") else r"[^0-9a-z]", "", text))
        out.append((name, tuple(values)))
    return out


def _about_as_long(a: list[Table], b: list[Table]) -> bool:
    """Two families of tables listing about as many rows (within a fifth of the longer)."""
    rows_a, rows_b = sum(len(t.rows) for t in a), sum(len(t.rows) for t in b)
    return min(rows_a, rows_b) >= 0.8 * max(rows_a, rows_b)


def _pass_over(tables: list[Table], kind: str, candidates: list[Candidate], reason: str) -> None:
    """The candidates that made `tables` are skipped after all, for `reason`."""
    for table in tables:
        for candidate in candidates:
            if candidate.kind == kind and candidate.page in table.pages and candidate.decision in ("kept", "continued"):
                candidate.decision, candidate.reason = "skipped", reason


def _why_chosen(chosen: tuple, other: tuple) -> str:
    if chosen[0] != other[0]:
        return "this one is a plan over several years or a comparison"
    if chosen[1] != other[1]:
        return "its caption names the table"
    if chosen[2] != other[2]:
        return "this one is a series of one-row analysis tables"
    return "it comes first"


def _multi_year(table: Table, year: int | None) -> bool:
    """Targets of several years side by side (a Renstra or RPJMD table): three target columns,
    or two that name other years than the report's."""
    targets = [label for label, role in zip(table.header, table.roles) if role in ("target", "tahun_lain")
               and re.search(r"target|rencana", label, re.IGNORECASE)]
    other_years = [label for label in targets if YEAR.search(label) and (year is None or str(year) not in label)]
    return sum(1 for r in table.roles if r == "target") >= 3 or len(other_years) >= 2


def _collapsed(roles: list[str | None]) -> list[str | None]:
    """Roles left to right, a run of one role counted once (a number column beside its text)."""
    return [r for i, r in enumerate(roles) if i == 0 or r != roles[i - 1]]


def _named(roles: list[str | None]) -> list[str]:
    """The roles of a repeated header, compared with the table it repeats: a column of no name
    (OCR split a rule-less column at a wide gap, or read its name as nothing) is left out."""
    return [r for r in _collapsed(roles) if r is not None]


def _onto_columns(body: list[list[Cell | None]], roles: list[str | None], onto: list[str | None]) -> list:
    """Rows of a continuation drawn with other columns (a rule-less table whose number column did not
    recur) placed under the columns of the table they continue, role by role: where the
    continuation has fewer columns of a role, they take the last (the text beside the numbers)."""
    mapping: dict[int, int] = {}
    for role in dict.fromkeys(roles):
        mine = [i for i, r in enumerate(roles) if r == role]
        theirs = [i for i, r in enumerate(onto) if r == role]
        if not theirs:
            continue
        paired = theirs[-len(mine):] if len(mine) <= len(theirs) else theirs + [theirs[-1]] * (len(mine) - len(theirs))
        mapping.update(zip(mine, paired))
    placed = []
    for row in body:
        out: list[Cell | None] = [None] * len(onto)
        for i, cell in enumerate(row):
            if i in mapping and cell is not None and out[mapping[i]] is None:
                out[mapping[i]] = cell
        placed.append(out)
    return placed


def _x_mapping(edges: list[float], onto: list[float]) -> dict[int, int] | None:
    """Each column of a continuation → the column of the table above that holds it (at least 80% of
    its width); None when a column straddles two, or the continuation reaches only some columns
    (other than the right part of the table: a row's rest drawn alone)."""
    if len(edges) < 2 or len(onto) < 2 or edges[0] < onto[0] - 6 or edges[-1] > onto[-1] + 6:
        return None
    mapping: dict[int, int] = {}
    for i, (x0, x1) in enumerate(pairwise(edges)):
        overlaps = [min(x1, y1) - max(x0, y0) for y0, y1 in pairwise(onto)]
        best = max(range(len(overlaps)), key=overlaps.__getitem__)
        if overlaps[best] < 0.8 * (x1 - x0):
            return None
        mapping[i] = best
    # Every column above reached, or (a row's rest drawn alone) a run of them up to the right edge.
    reached = sorted(set(mapping.values()))
    whole = reached == list(range(len(onto) - 1))
    rest = reached == list(range(reached[0], len(onto) - 1)) and len(reached) >= 3
    return mapping if whole or rest else None


def _by_position(body: list[list[Cell | None]], mapping: dict[int, int], n_cols: int) -> list:
    """Rows of a continuation placed under the columns that hold them; the texts of two cells that
    fall in one column (a split uraian) join left to right."""
    placed = []
    for row in body:
        out: list[Cell | None] = [None] * n_cols
        for i, cell in enumerate(row):
            if cell is None or not cell.text:
                continue
            j = mapping[i]
            if out[j] is None or not out[j].text:
                out[j] = cell
            elif out[j] is not cell:
                out[j] = replace(out[j], text=f"{out[j].text} {cell.text}")
        placed.append(out)
    return placed


def _note_body_top(table: Table, page: int, kept: list) -> None:
    tops = [c.bbox[1] for c in kept[0][0] if c is not None] if kept else []
    if tops:
        table.body_tops[page] = min(tops)


def _fragment_above(lines: list[Line], grid: Grid, running: set[str]) -> list[Cell | None] | None:
    """The first lines of a page, right above a grid that continues the table of the page before,
    each inside one of its columns: the end of the table's last row, whose top rule is not drawn
    (a shaded row carries no rule). As a row of cells; None when the lines are anything else."""
    above = [line for line in lines if line.page == grid.page and line.bottom <= grid.bbox[1] + 1
             and running_key(line.text) not in running]
    if not above or above != [line for line in _lines_above(lines, grid) if line in above]:
        return None
    edges = grid.col_edges
    row: list[Cell | None] = [None] * (len(edges) - 1)
    for line in above:
        column = next((i for i, (left, right) in enumerate(pairwise(edges))
                       if left - SNAP <= line.x0 and line.x1 <= right + SNAP), None)
        if column is None:
            return None
        if row[column] is None:
            row[column] = Cell(-1, 0, column, column + 1, line.text, grid.page,
                               (edges[column], line.top, edges[column + 1], grid.bbox[1]), text_x0=line.x0)
        else:
            row[column] = replace(row[column], text=f"{row[column].text} {line.text}")
    return row


def _join_split_row(previous: Table, kept: list) -> list:
    """A row split by the page break: the continuation's first row fills no value column the row
    above filled, and does not open a line of its own: in a table that numbers its rows, it has no
    number (the row above may sit in an unnumbered sasaran); in one that does not, its text opens
    with no number and no level word ("Program …"). Its texts join the row above, column by column."""
    if not kept or not previous.rows or kept[0][1] == layout.GROUP:
        return kept
    row, last = kept[0][0], previous.rows[-1]
    roles = previous.roles
    if "no" in roles:
        no = roles.index("no")
        numbered = any(r[no] is not None and r[no].text for r in previous.rows)
        if (row[no] is not None and row[no].text) or not numbered:
            return kept
    else:
        first = next((c.text for c in row if c is not None and c.text), "")
        if not first or OPENS_A_LINE.match(first):
            return kept
    values = [i for i, r in enumerate(roles) if r in _VALUE_ROLES]
    filled = lambda cells, i: cells[i] is not None and bool(cells[i].text)  # noqa: E731
    if any(filled(row, i) and filled(last, i) for i in values):
        return kept
    if not all(filled(last, i) for i in values) and not all(not filled(row, i) for i in values):
        return kept
    joined: list[Cell | None] = []
    made: dict[int, Cell] = {}
    for i, (top, bottom) in enumerate(zip(last, row)):
        if bottom is None or not bottom.text or (top is not None and top is bottom):
            joined.append(top)
        elif top is None or not top.text:
            joined.append(bottom)
        else:
            key = id(top)
            if key not in made:
                made[key] = replace(top, text=f"{top.text} {bottom.text}")
            joined.append(made[key])
    previous.rows[-1] = joined
    return kept[1:]


def _prints(table: Table, role: str) -> bool:
    """Whether the table has a column of `role`, or one whose name says it is that role's
    though another role won it ("Realisasi Anggaran Rp" read as a second jumlah)."""
    return role in table.roles or any(header_scores(label).get(role, 0.0) >= 2.0 + _WORD_SCORE
                                      for label in table.header)


def _amounts(table: Table) -> set[str]:
    return {digits for row in table.rows if (digits := _pagu_digits(table, row))}


def _more_detailed(a: Table, b: Table) -> Table:
    """Of two printings of one budget, the one that tells more: the one with what was realised,
    unless it lists far fewer rows (a summary); else the one with more rows."""
    realised_a, realised_b = "realisasi_anggaran" in a.roles, "realisasi_anggaran" in b.roles
    if realised_a != realised_b:
        with_realisasi, without = (a, b) if realised_a else (b, a)
        return with_realisasi if len(with_realisasi.rows) >= 0.8 * len(without.rows) else without
    return a if len(a.rows) > len(b.rows) else b


def _one_budget(found: dict[str, list[Table]], candidates: list[Candidate]) -> None:
    """The same budget printed twice (a plan, then its realisation by sub kegiatan) is one
    budget: the more detailed table (more rows) stands, the other is passed over."""
    kept: list[Table] = []
    for table in found["anggaran"]:
        amounts = _amounts(table)
        twin = next((t for t in kept if amounts and len(amounts & _amounts(t)) >= 0.5 * len(amounts)), None)
        if twin is None:
            kept.append(table)
            continue
        winner = _more_detailed(table, twin)
        loser = twin if winner is table else table
        if winner is table:
            kept[kept.index(twin)] = table
        borrowed = _realisasi_borrowed(winner, loser)
        lacking = next((role for role in ("realisasi_anggaran", "sumber", "kode")
                        if role not in winner.roles and _prints(loser, role)), None)
        if lacking:
            # The other printing of the budget holds a column this one lacks (its realisasi): for the
            # rows both print, that column is left unread.
            _mark_rival([winner], [loser], lacking)
        for candidate in candidates:
            if candidate.decision in ("kept", "continued") and candidate.page in loser.pages \
                    and candidate.kind == "anggaran" and loser.pages[0] == candidate.page:
                candidate.decision = "skipped"
                candidate.reason = (f"the budget of the anggaran table on page {winner.pages[0]} printed again; "
                                    "the more detailed table is kept")
                if borrowed:
                    candidate.reason += f", with the realisasi of {borrowed} of its rows read from this one"
    found["anggaran"] = kept


def _realisasi_borrowed(table: Table, other: Table) -> int:
    """The realisasi another printing of the same budget holds and `table` lacks (an LKIP prints the
    pagu by programme in one chapter, and its realisation by sasaran in the next): each row of
    `table` takes the realisasi of the one row of `other` with its pagu and its uraian. The
    borrowed column's cells keep their own page and box. Returns how many rows took one."""
    if "realisasi_anggaran" in table.roles or "realisasi_anggaran" not in other.roles or "jumlah" not in table.roles:
        return 0
    theirs: dict[str, list[tuple[str, Cell]]] = {}
    for row in other.rows:
        realised = row[other.roles.index("realisasi_anggaran")]
        if realised is not None and realised.text and (pagu := _pagu_digits(other, row)):
            theirs.setdefault(pagu, []).append((_uraian_letters(other, row), realised))
    cells: list[Cell | None] = []
    for row in table.rows:
        name = _uraian_letters(table, row)
        alike = [cell for letters, cell in theirs.get(_pagu_digits(table, row) or None, [])
                 if name and fuzz.ratio(name, letters) >= _SAME_URAIAN]
        cells.append(alike[0] if len(alike) == 1 else None)
    # The two print the same rows, the realised ones each once: a summary by programme beside a
    # budget by kegiatan shares only some of its rows, and lends nothing.
    lent = sum(cell is not None for cell in cells)
    if not lent or lent < _SAME_ROWS * sum(len(found) for found in theirs.values()):
        return 0
    table.roles.append("realisasi_anggaran")
    table.header.append(other.header[other.roles.index("realisasi_anggaran")] if other.header else "")
    for row, cell in zip(table.rows, cells):
        row.append(cell)
    table.borrowed = frozenset({len(table.roles) - 1})
    return lent


_SAME_ROWS = 0.8  # of the other printing's realised rows that find theirs
_SAME_URAIAN = 85  # rapidfuzz ratio of two printings' uraian letters: one row, however spaced or cut


def _pagu_digits(table: Table, row: list[Cell | None]) -> str:
    """The digits of the row's pagu ("189.575.000,-" → "189575000"): two printings of one row agree
    whatever their points, commas and dashes. Empty where it holds fewer than four."""
    cell = row[table.roles.index("jumlah")]
    digits = re.sub(r"\D", "", cell.text) if cell is not None else ""
    return digits if len(digits) >= 4 else ""


def _uraian_letters(table: Table, row: list[Cell | None]) -> str:
    named = [row[i] for i, role in enumerate(table.roles) if role == "uraian" and row[i] is not None and row[i].text]
    return re.sub(r"[^a-z]", "", named[-1].text.lower())[:80] if named else ""


_NEW_TABLE = re.compile(r"^\s*(tabel|table)\s+[\dIVX]", re.IGNORECASE)
_ROW_CLASSES_KEPT = {layout.BODY, layout.GROUP, layout.SUB_ITEM}


def _why_not(scores: dict[str, float], missing: dict[str, list[str]], labels: list[str]) -> str:
    if not any(labels):
        return "no header row: no column is named"
    if scores:
        kind = max(scores, key=scores.get)
        return (f"closest to {kind}, but its roles explain only {scores[kind]:.0%} of the named columns "
                f"(needs {layout.KIND_THRESHOLD:.0%})")
    near = min(missing, key=lambda k: len(missing[k]))
    return f"no table kind: closest is {near}, which lacks {', '.join(missing[near])}"


def _required(kind: str) -> set[str]:
    needs = set(layout.KIND[kind].requires)
    return (needs - {"quarters"}) | (set(layout.QUARTERS) if "quarters" in needs else set())


def _also(kind: str, roles: list[str | None], missing: dict[str, list[str]]) -> list[str]:
    """Other kinds the same grid holds in columns of their own: a PK or a Rencana Aksi printed
    with its budget (Program | Anggaran beside Indikator | Target)."""
    mine = {i for i, r in enumerate(roles) if r in _required(kind)}
    also = []
    for other in KIND_ORDER:
        if other == kind or other in missing:
            continue
        theirs = {i for i, r in enumerate(roles) if r in _required(other)}
        if theirs and not theirs & mine and {"indikator", "uraian"} & {roles[i] for i in theirs}:
            also.append(other)
    return also


def _alias(kind: str, column: Column) -> str | None:
    """The role a column plays in `kind`, where the kind reads it otherwise (layout.Kind.aliases)."""
    total = sum(column.holds.values())
    for role, alias, holds in layout.KIND[kind].aliases:
        if column.role == role and total and sum(n for k, n in column.holds.items() if k in holds) >= 0.6 * total:
            return alias
    return column.role


def _last_grid(document: Document, page_number: int) -> Grid | None:
    grids = document.pages[page_number - 1].grids
    return grids[-1] if grids else None


# --- header rows -------------------------------------------------------------------------------

_HEADER_TOKEN = re.compile(r"^\(?(?:q|tw|trw)?[1-4]\)?$|^\(?(?:19|20)\d\d\)?$|^[ivx]+$")
_VALUE_TOKEN = re.compile(r"\d|%|\b(kategori|proses|predikat)\b", re.IGNORECASE)


def _raw_words(text: str) -> list[str]:
    return [w for w in re.split(r"\s+", text.lower()) if w]


_STRAY = layout.STRAY_MARKS + "-—–_~*"


def _is_header_text(text: str) -> bool:
    # OCR spaces brackets off ("Capaian ( % )") and reads a speck beside a word as a quote or a
    # lone figure ("8 Sasaran", "“Realisasi"): neither is a word of the header, nor a value.
    words = [w for w in _raw_words(text) if w.strip(_STRAY)]
    if not words:
        return True
    vocabulary = layout.header_vocabulary()
    known = [bool(w.strip(_STRAY) in vocabulary or w in vocabulary or _HEADER_TOKEN.match(w.strip(".:,"))
                  or _misread_header_word(w) or (i > 0 and words[i - 1] == "triwulan" and len(w) <= 3))  # "lll"
             for i, w in enumerate(words)]
    # Beside a header word, an unknown token of one character is a speck, counted neither way.
    named = any(is_known and len(w.strip(_STRAY)) >= 3 for w, is_known in zip(words, known))
    specks = sum(not is_known and len(w.strip(_STRAY)) == 1 for w, is_known in zip(words, known)) if named else 0
    return sum(known) / (len(words) - specks) >= 0.6


def _misread_header_word(word: str) -> bool:
    """A header word OCR got a letter or two wrong ("Indikatar", "Realicaci")."""
    word = word.strip(_STRAY)
    return len(word) >= 5 and process.extractOne(word, _long_header_words(), scorer=fuzz.ratio,
                                                 score_cutoff=_FUZZY_CUTOFF) is not None


@cache
def _long_header_words() -> list[str]:
    return sorted(w for w in layout.header_vocabulary() if len(w) >= 5 and w.isalpha())


def _is_header_cell(text: str, words: int = 6) -> bool:
    """Column names: header words, or a few words with no figure in them ("Target Kumulatif")."""
    if _is_header_text(text):
        return True
    return len(_raw_words(text)) <= words and not _VALUE_TOKEN.search(text)


def _banner(row: list[Cell | None]) -> bool:
    """One cell across every column ("Misi 1: Optimalisasi …"): a section's title, not a column's name."""
    cells = _distinct(row)
    return len(row) >= 3 and len(cells) == 1 and cells[0].text != "" and all(c is cells[0] for c in row)


def _count_header_rows(matrix: list[list[Cell | None]]) -> int:
    # A banner right above the header belongs to the header block (its title).
    if len(matrix) > 1 and _banner(matrix[0]):
        below = _count_header_rows(matrix[1:])
        if below:
            return 1 + below
    count = 0
    for row in matrix[:4]:
        cells = [c for c in _distinct(row) if c.text]
        # Numbers of sub-columns (the months of a schedule) under header cells that span down to them.
        if count and _numbers_under(row, matrix[count - 1]):
            count += 1
            continue
        # Under the first header row, a sasaran printed as a group row is short and has no figure
        # either: only header words, or names of three words at most, continue the header.
        if not cells or not all(_is_header_cell(_percent_misread(c.text), 6 if count == 0 else 3) for c in cells):
            break
        # A numbering of its own in the first column opens the body (a header's No cell spans down).
        if count and row[0] is not None and row[0] is not matrix[count - 1][0] and number_label(row[0].text):
            break
        # Under a repeated header, the rest of a row the page break cut goes on in lower case
        # ("ketatalaksanaan Perangkat Daerah"): a header's printed names begin in capitals (OCR's
        # may not).
        if count and any(c.confidence is None and c.text[:1].islower() for c in cells
                         if not any(c is a for a in matrix[count - 1])):
            break
        if count == 0 and not any(header_scores(c.text) for c in cells):
            break  # the first header row names at least one column we know
        count += 1
    return count


def _header_parts(header_rows: list[list[Cell | None]], n_cols: int) -> list[list[tuple[str, int]]]:
    """Per column, the texts of the header cells over it, top to bottom, each with how many
    columns its cell spans ("TAHUN 2016" over Target and Realisasi spans 2)."""
    columns = []
    for col in range(n_cols):
        parts: list[tuple[str, int]] = []
        seen: list[Cell] = []
        for row in header_rows:
            cell = row[col]
            if _banner(row):
                continue
            if cell is not None and cell.text and all(cell is not s for s in seen):
                seen.append(cell)
                parts.append((cell.text, cell.col1 - cell.col0))
        columns.append(parts)
    return columns


def _percent_misread(label: str) -> str:
    """"Capaian (Yo)", "Capaian (960)": OCR's readings of "(%)", which gives the column's values their unit."""
    return re.sub(r"\((?:Yo|yo|%o|o/o|9/6|960?|9%)\)", "(%)", label)


# --- column roles ------------------------------------------------------------------------------

def header_scores(label: str) -> dict[str, float]:
    """Each role the header text names, with how specifically: a whole phrase scores 1 + its
    words, a word of a phrase less. A word OCR misspelt ("Canaian", "Indikatar") is read as
    the header word it is nearest to, and what it names scores a little less."""
    words, respelled = _respelled(layout.words(label))
    if not words:
        return {}
    scores: dict[str, float] = {}
    for phrase, role in layout.phrases():
        n = len(phrase)
        for i in range(len(words) - n + 1):
            if tuple(words[i:i + n]) == phrase:
                score = 1.0 + n - (_RESPELL_PENALTY if any(respelled[i:i + n]) else 0.0)
                scores[role] = max(scores.get(role, 0.0), score)
    for word, misspelt in zip(words, respelled):
        for role in layout.roles_of_word(word):
            scores[role] = max(scores.get(role, 0.0), _WORD_SCORE - (_RESPELL_PENALTY if misspelt else 0.0))
    return scores


def _segmented(word: str, vocabulary: frozenset[str]) -> list[str] | None:
    """Header words a PDF ran together ("SasaranStrategis"): the word split into header words."""
    if word in vocabulary:
        return [word]
    for i in range(len(word) - 2, 1, -1):
        if word[:i] in vocabulary and len(word[:i]) >= 2:
            rest = _segmented(word[i:], vocabulary)
            if rest:
                return [word[:i], *rest]
    return None


def _hyphenation_joined(words: list[str], vocabulary: frozenset[str]) -> list[str]:
    """A header word broken to fit its column ("REALI-SASI", "PENILAI AN") made whole again, when
    the whole is a header word and a piece is not."""
    joined: list[str] = []
    for word in words:
        if "-" in word and word not in vocabulary and word.replace("-", "") in vocabulary:
            word = word.replace("-", "")
        if joined:
            whole = joined[-1].rstrip("-") + word
            if whole in vocabulary and (joined[-1] not in vocabulary or word not in vocabulary):
                joined[-1] = whole
                continue
        joined.append(word)
    return joined


def _respelled(words: list[str]) -> tuple[list[str], list[bool]]:
    vocabulary = layout.header_vocabulary()
    fuzzy = layout.fuzzy_words()
    out, flags = [], []
    split = []
    for word in _hyphenation_joined(words, vocabulary):
        parts = _segmented(word, vocabulary) if len(word) >= 8 and word.isalpha() and word not in vocabulary else None
        split.extend(parts or [word])
    for word in split:
        match = None
        if len(word) >= 6 and word.isalpha() and word not in vocabulary:
            match = process.extractOne(word, list(fuzzy), scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
        out.append(match[0] if match else word)
        flags.append(bool(match))
    return out, flags


def body_kinds(body: list[list[Cell | None]], col: int) -> Counter:
    """How many of a column's body cells hold each kind of value (a merged cell counts once)."""
    seen: list[Cell] = []
    kinds: Counter = Counter()
    for row in body:
        cell = row[col] if col < len(row) else None
        if cell is None or not cell.text or any(cell is s for s in seen):
            continue
        if cell.col1 - cell.col0 > 1 and cell.col0 != col:
            continue  # a cell spanning several columns (a group row) says nothing of this one
        seen.append(cell)
        kinds[layout.value_kind(cell.text)] += 1
    return kinds


# What a header cell over several columns names weighs less than the cell over this column alone
# ("INDIKATOR KINERJA" over "TAHUN 2016" over "TARGET": the column is the target).
_SPAN_PENALTY = 1.0


def assign_roles(labels: list[str], body: list[list[Cell | None]], parts: list | None = None,
                 year: int | None = None) -> list[Column]:
    """A role per column: the best of header score plus body evidence."""
    split = _split_run_together(labels, parts)
    columns = []
    for col, label in enumerate(split):
        holds = body_kinds(body, col)
        column_parts = parts[col] if parts and split[col] == labels[col] else []
        scores = _part_scores(column_parts) if len(column_parts) > 1 else header_scores(label)
        total = sum(holds.values())
        for role in list(scores):
            if total:
                share = sum(n for kind, n in holds.items() if kind in layout.ROLE[role].holds) / total
                scores[role] += _BODY_WEIGHT * share
        role = max(scores, key=lambda r: (scores[r], -_ROLE_INDEX[r])) if scores else None
        columns.append(Column(label, role, {r: round(s, 2) for r, s in scores.items()}, dict(holds)))
    _quarters(columns)
    _unnamed_numbering(columns, body)
    _second_no(columns, body)
    _unread_capaian(columns)
    _other_years(columns, year)
    return columns


# A header of its currency alone ("Rp" under "Realisasi Anggaran"): it says what the figures are
# counted in, not what they are.
_CURRENCY_ONLY = {"rp", "rupiah", "idr"}


def _part_scores(parts: list[tuple[str, int]]) -> dict[str, float]:
    narrowest = min(span for _, span in parts)
    # Under a banner, "Rp" names the rupiah role the banner names (its realisasi, its pagu), as
    # "Jumlah" over "Rp" does; a banner's role that holds no rupiah is still the lesser name.
    in_rupiah = any(span == narrowest and set(layout.words(text)) <= _CURRENCY_ONLY and layout.words(text)
                    for text, span in parts)
    scores: dict[str, float] = {}
    for text, span in parts:
        for role, score in header_scores(_percent_misread(text)).items():
            banner_names_it = in_rupiah and layout.RUPIAH in layout.ROLE[role].holds
            score -= _SPAN_PENALTY if span > narrowest and not banner_names_it else 0.0
            scores[role] = max(scores.get(role, 0.0), score)
    return scores


_YEAR_RANGE = re.compile(r"\b(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d\b")


def _other_years(columns: list[Column], year: int | None) -> None:
    """A target, realisasi or capaian column that names only other years than the report's
    ("Realisasi 2015", "Target 2017") is an extra, where the report's year is known."""
    if year is None:
        return
    for column in columns:
        if column.role not in ("target", "realisasi", "capaian"):
            continue
        years = {int(y) for y in YEAR.findall(column.label)}
        if years and year not in years and not _YEAR_RANGE.search(column.label):
            column.scores["tahun_lain"] = 10.0
            column.role = "tahun_lain"


def _split_run_together(labels: list[str], parts: list | None = None) -> list[str]:
    """A header cell over k columns whose text names k roles one after the other ("SASARAN
    INDIKATOR KINERJA" where a scan lost the rule between two header cells) names each column in turn.
    Only one cell over them all: two cells that read alike ("Triwulan Il" under a banner, OCR's
    reading of both "II" and "III") are two columns of their own."""
    out = list(labels)
    start = 0
    while start < len(labels):
        end = start
        while end + 1 < len(labels) and labels[end + 1] == labels[start]:
            end += 1
        span = end - start + 1
        one_cell = not parts or all(parts[col] and parts[col][-1][1] >= span for col in range(start, end + 1))
        if span > 1 and labels[start] and one_cell:
            named = _roles_in_order(labels[start])
            if len(named) == span:
                words = labels[start].split()
                cuts = [position for position, _ in named] + [len(words)]
                for k in range(span):
                    out[start + k] = " ".join(words[cuts[k]:cuts[k + 1]])
        start = end + 1
    return out


def _roles_in_order(label: str) -> list[tuple[int, str]]:
    """(word position, role) of the whole phrases a label holds, longest first, not overlapping;
    one entry per role, in reading order."""
    raw = label.split()
    words = [layout.words(w)[0] if layout.words(w) else "" for w in raw]
    taken = [False] * len(words)
    found = []
    for phrase, role in layout.phrases():
        n = len(phrase)
        for i in range(len(words) - n + 1):
            if tuple(words[i:i + n]) == phrase and not any(taken[i:i + n]):
                taken[i:i + n] = [True] * n
                found.append((i, role))
    first: dict[str, int] = {}
    for position, role in sorted(found):
        first.setdefault(role, position)
    return sorted((position, role) for role, position in first.items())


_ROLE_INDEX = {role.name: i for i, role in enumerate(layout.ROLES)}
_LED_BY_RESULT = re.compile(r"\s*(realisasi|capaian|pencapaian)\b", re.IGNORECASE)


def _quarters(columns: list[Column]) -> None:
    """Three or four columns naming a quarter are the quarterly plan's TW columns, left to right
    where a numeral is unreadable (OCR's "lll", "ni"). A column led by "Realisasi" or "Capaian"
    is a result, not a plan; one or two quarter columns name the period of a target or realisasi."""
    quarter_cols = [i for i, c in enumerate(columns) if QUARTER_WORD.search(c.label) or TRIWULAN_PATTERN.search(c.label)]
    quarter_cols = [i for i in quarter_cols if not _LED_BY_RESULT.match(columns[i].label)]
    if len(quarter_cols) < 3:
        return
    numbers = []
    for i in quarter_cols:
        m = TRIWULAN_PATTERN.search(columns[i].label)
        numbers.append(triwulan_number(m["q"]) if m else None)
    if len(quarter_cols) == 4 and numbers != [1, 2, 3, 4]:
        numbers = [1, 2, 3, 4]
    for i, n in zip(quarter_cols, numbers):
        if n:
            columns[i].role = f"tw{n}"
            columns[i].scores[f"tw{n}"] = 10.0


def _unread_capaian(columns: list[Column]) -> None:
    """The column just after a realisasi, in a table with a target and no capaian, whose name
    did not read (OCR's "aga" for "Capaian (%)" on a shaded header) and whose cells are figures,
    is the capaian: the Capaian Kinerja table prints target, realisasi and capaian in that order."""
    roles = [column.role for column in columns]
    if "capaian" in roles or "target" not in roles or "realisasi" not in roles:
        return
    after = roles.index("realisasi") + 1
    if after >= len(columns) or columns[after].role is not None:
        return
    column = columns[after]
    figures = sum(n for kind, n in column.holds.items() if kind in ("percent", "number"))
    filled = sum(n for kind, n in column.holds.items() if kind != "empty")
    if filled and figures * 2 > filled:
        column.role = "capaian"
        column.scores["capaian"] = 0.0


def _unnamed_numbering(columns: list[Column], body: list[list[Cell | None]]) -> None:
    """A column with no name holding only numberings: the leftmost is the No column; another
    numbers the column to its right ("Indikator Kinerja" printed over both, merged or not)."""
    for col, column in enumerate(columns):
        if column.role is not None or not _numberings_only(body, col):
            continue
        if col == 0:
            column.role = "no"
        elif col + 1 < len(columns) and columns[col + 1].role and not column.label:
            column.role = columns[col + 1].role
        else:
            continue
        column.scores[column.role] = 0.0


def _second_no(columns: list[Column], body: list[list[Cell | None]]) -> None:
    """A second column headed "No", holding only numberings, just before the indikator: the
    indikator's number ("1.1"), headed as the sasaran's number is ("No | Sasaran | No | Indikator",
    a web application's form, a Word table). It is read with the indikator, as a number printed in
    a cell of its own under "Indikator Kinerja" is."""
    nos = [col for col, column in enumerate(columns) if column.role == "no"]
    for col in nos[1:]:
        if col + 1 < len(columns) and columns[col + 1].role == "indikator" and _numberings_only(body, col):
            columns[col].role = "indikator"
            columns[col].scores["indikator"] = 0.0


def _numberings_only(body: list[list[Cell | None]], col: int) -> bool:
    """Whether the column's own cells (not those merged across it) all hold numberings ("1", "1.1")."""
    texts = [row[col].text.strip() for row in body if row[col] is not None and row[col].text
             and row[col].col1 - row[col].col0 == 1]
    return bool(texts) and all(NUMBERING_OCR.fullmatch(t) for t in texts)


# --- table kinds -------------------------------------------------------------------------------

def kind_scores(roles: list[str | None]) -> tuple[dict[str, float], dict[str, list[str]]]:
    """For each kind whose required roles are all present, the share of named columns its roles
    explain (columns of the plan's end or of other years count for none); for the others, what
    they lack."""
    present = set(roles) - {None}
    named = sum(1 for r in roles if r is not None and r not in layout.EXTRA_ROLES) or 1
    scores, missing = {}, {}
    for kind in layout.KINDS:
        lacking = []
        for need in kind.requires:
            if need == "quarters":
                if sum(1 for q in layout.QUARTERS if q in present) < 3:
                    lacking.append("triwulan I-IV")
            elif need not in present:
                lacking.append(need)
        if lacking:
            missing[kind.name] = lacking
            continue
        allowed = set(kind.requires) | kind.may | {alias for alias, _, _ in kind.aliases}
        scores[kind.name] = round(sum(1 for r in roles if r in allowed) / named, 3)
    return scores, missing


def best_kind(scores: dict[str, float]) -> str | None:
    """The kind that scores best above the threshold; between equals, the one requiring more."""
    eligible = {k: s for k, s in scores.items() if s >= layout.KIND_THRESHOLD}
    if not eligible:
        return None
    return max(eligible, key=lambda k: (eligible[k], len(layout.KIND[k].requires)))


# --- row classes -------------------------------------------------------------------------------

_TEXT_ROLES = {"indikator", "sasaran", "uraian", "keterangan"}
_VALUE_ROLES = {"target", "realisasi", "capaian", *layout.QUARTERS, "jumlah", "realisasi_anggaran"}


def classify_rows(rows: list[list[Cell | None]], roles: list[str | None], header: list[str], kind: str) -> list[str]:
    """A class per row (layout.HEADER, COLUMN_NUMBERS, TOTAL, GROUP, SUB_ITEM, BODY)."""
    classes = []
    group_numbering = None
    for index, row in enumerate(rows):
        cls = _row_class(row, rows[index + 1:index + 2], roles, header, kind)
        if cls != layout.HEADER and _banner(row) and index + 1 < len(rows) and header and \
                _repeats_header(rows[index + 1], header):
            cls = layout.HEADER  # the next section's title above its repeated header
        if index and classes[-1] == layout.HEADER and cls != layout.HEADER and _numbers_under(row, rows[index - 1]):
            cls = layout.HEADER  # a repeated header's last row: sub-column numbers under cells spanning down
        if cls == layout.GROUP:
            group_numbering = numbering_kind(number_label(_first_text(row, roles, "no")))
        elif cls == layout.BODY and group_numbering is not None:
            own = numbering_kind(number_label(_first_text(row, roles, "no")))
            if own is None or own != group_numbering:
                cls = layout.SUB_ITEM
        classes.append(cls)
    return classes


def _numbers_under(row, above) -> bool:
    """The row's own cells number sub-columns; its other cells span down from the row above."""
    cells = [c for c in _distinct(row) if c.text]
    new = [c for c in cells if not any(c is a for a in above)]
    return len(new) < len(cells) and _is_column_numbers(new)


def _row_class(row, following, roles, header, kind) -> str:
    cells = [c for c in _distinct(row) if c.text]
    if not cells:
        return layout.HEADER  # an empty row: nothing to read
    if _is_column_numbers(cells):
        return layout.COLUMN_NUMBERS
    if header and _repeats_header(row, header):
        return layout.HEADER
    first = next((c.text for c in cells if not number_label(c.text)), "")
    if layout.TOTAL_ROW.match(" ".join(first.split())):
        return layout.TOTAL
    if kind != "anggaran" and _is_group_row(row, cells, following, roles):
        return layout.GROUP
    return layout.BODY


def _repeats_header(row, header: list[str]) -> bool:
    named = [(cell, label) for cell, label in zip(row, header) if label]
    same = sum(1 for cell, label in named if cell is not None and cell.text and
               (" ".join(cell.text.split()).lower() in " ".join(label.split()).lower()))
    return bool(named) and same >= max(2, 0.6 * len(named)) and all(
        _is_header_cell(c.text) for c in _distinct(row) if c.text)


def _is_group_row(row, cells, following, roles) -> bool:
    """A sasaran printed as a row of its own above its indikator rows: one text spanning the
    indikator and value columns (or the whole row), or a text with every value column empty,
    numbered unlike the row under it."""
    if len(cells) == 1 and all(c is cells[0] for c in row) and any(ch.isalpha() for ch in cells[0].text):
        return True  # one text across the whole row, its number column too: "Sasaran 1: …"
    content = [c for c in cells if _role_of(row, c, roles) != "no"]
    if len(content) == 1:
        spanned = {roles[i] for i, cell in enumerate(row) if cell is content[0]}
        if spanned & {"indikator", "sasaran"} and spanned & _VALUE_ROLES:
            return True
    if "sasaran" in roles or not following:
        return False
    values = [row[i] for i, r in enumerate(roles) if r in _VALUE_ROLES]
    texts = [c for c in content if _role_of(row, c, roles) in _TEXT_ROLES]
    if not texts or any(c is not None and c.text for c in values):
        return False
    below = following[0]
    below_values = [below[i] for i, r in enumerate(roles) if r in _VALUE_ROLES]
    mine = numbering_kind(number_label(_first_text(row, roles, "no")))
    theirs = numbering_kind(number_label(_first_text(below, roles, "no")))
    return (mine is not None and theirs is not None and mine != theirs
            and any(c is not None and c.text for c in below_values))


def _role_of(row, cell, roles) -> str | None:
    """The role of the leftmost column the cell stands in, in this row."""
    return next((roles[i] for i, c in enumerate(row) if c is cell), None)


def _first_text(row, roles, role) -> str:
    for cell, r in zip(row, roles):
        if r == role and cell is not None and cell.text:
            return cell.text
    return ""


def _is_column_numbers(cells: list[Cell]) -> bool:
    """A row "(1) (2) (3) …" numbering the columns, printed under many headers; a cell merged over
    two columns may hold two numbers ("3 4")."""
    tokens = [token for c in cells for token in c.text.split()]
    numbers = [COLUMN_NUMBER.fullmatch(t) for t in tokens]
    return len(tokens) >= 3 and all(numbers) and [int(m.group(1)) for m in numbers] == sorted(
        int(m.group(1)) for m in numbers)


def _distinct(row: list[Cell | None]) -> list[Cell]:
    seen: list[Cell] = []
    for cell in row:
        if cell is not None and all(cell is not s for s in seen):
            seen.append(cell)
    return seen


def _title_above(lines: list[Line], grid: Grid) -> str | None:
    """The lines of text just above the grid on its page, as long as they run on as one block
    (up to eight: "A.1 Capaian Kinerja … Tahun 2016" over "1. Misi 1 …" over the grid): its
    caption or section title."""
    picked = _lines_above(lines, grid)
    return " ".join(line.text for line in picked) if picked else None


def _lines_above(lines: list[Line], grid: Grid) -> list[Line]:
    above = [line for line in lines if line.page == grid.page and line.bottom <= grid.bbox[1] + 1]
    if not above:
        return []
    picked = [above[-1]]
    for line in reversed(above[:-1]):
        height = picked[0].bottom - picked[0].top
        if len(picked) == 8 or picked[0].top - line.bottom > 2 * height:
            break
        picked.insert(0, line)
    return picked


def _opens_a_table(lines: list[Line], grid: Grid) -> bool:
    """A line "Tabel 3 …" just above the grid opens a new table, whatever its columns: also under
    a running header that the caption block takes in ("LKIP BP3AKB … 2016" over "Tabel 3.1.3b.")."""
    return any(_NEW_TABLE.match(line.text) for line in _lines_above(lines, grid))


# --- explanation -------------------------------------------------------------------------------

def explain_text(reading: Reading) -> str:
    """`lkj extract --explain`: every candidate, its columns, kind scores, rows by class, decision."""
    out = []
    for n, c in enumerate(reading.candidates, start=1):
        drawn = "ruled" if c.ruled else "unruled"
        out.append(f"candidate {n}: page {c.page}, {c.n_rows}x{c.n_cols} {drawn} grid at "
                   f"({c.bbox[0]:.0f}, {c.bbox[1]:.0f}, {c.bbox[2]:.0f}, {c.bbox[3]:.0f})")
        if c.caption:
            out.append(f"  caption: {c.caption if len(c.caption) <= 160 else '…' + c.caption[-160:]}")
        out.append(f"  header rows: {c.header_rows}")
        for i, col in enumerate(c.columns):
            evidence = ", ".join(f"{r} {s:g}" for r, s in sorted(col.scores.items(), key=lambda kv: -kv[1]))
            holds = ", ".join(f"{k} {v}" for k, v in sorted(col.holds.items(), key=lambda kv: -kv[1]))
            out.append(f"  column {i}: {col.label[:50]!r} → {col.role or '—'}"
                       f"{f'  [{evidence}]' if evidence else ''}{f'  body: {holds}' if holds else ''}")
        scores = ", ".join(f"{k} {v:.2f}" for k, v in sorted(c.kind_scores.items(), key=lambda kv: -kv[1]))
        lacks = "; ".join(f"{k} lacks {', '.join(v)}" for k, v in c.missing.items())
        out.append(f"  kinds: {scores or '—'}{f'  ({lacks})' if lacks else ''}")
        counts = Counter(c.row_classes)
        out.append("  rows: " + (", ".join(f"{k} {v}" for k, v in counts.items()) or "none"))
        out.append(f"  decision: {c.decision}: {c.reason}")
    return "\n".join(out)
