"""Tables drawn without a full grid: horizontal rules only, or no rules at all.

Columns are the vertical bands of white space ("rivers") that run through every
row of the table body; rows begin where a horizontal rule is drawn, where the
line spacing opens up, or where the numbering column starts a new entry. The
table is found by its header line (words such as No, Sasaran, Indikator, Target)
and ends at the first line that is running text or a heading again.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable

from .cells import join_cell_lines

# Words that name the columns of an LKj table.
_COLUMN_WORDS = re.compile(
    r"^(no\.?|nomor|sasaran|indikator|target|realisasi|capaian|triwulan|tw|q[1-4]|program|kegiatan|anggaran|"
    r"uraian|rencana|satuan|keterangan|pagu)$",
    re.IGNORECASE,
)
_NUMBERING = re.compile(r"^\(?([0-9]+(\.[0-9]+)*|[IVX]+|[a-z])[.)]?$")
_HEADING = re.compile(r"^(BAB\s+[IVX]+|[A-Z]\.\s+[A-Z]|[IVX]+\.\s+[A-Z]|Tabel\s+\d)")
MIN_RIVER = 5.0  # points of white space that separate two columns


def _segments(line: list, gap: float) -> list[list]:
    """A line's words grouped where the space between them is wider than `gap`."""
    groups = [[line[0]]]
    for word in line[1:]:
        if word.x0 - groups[-1][-1].x1 > gap:
            groups.append([word])
        else:
            groups[-1].append(word)
    return groups


def _space(lines: list[list]) -> float:
    gaps = [b.x0 - a.x1 for line in lines for a, b in zip(line, line[1:]) if 0 < b.x0 - a.x1 < 12]
    return statistics.median(gaps) if gaps else 2.5


def _is_header_line(line: list, space: float) -> bool:
    words = [w.text.strip(":,()") for w in line]
    named = sum(1 for w in words if _COLUMN_WORDS.match(w))
    return named >= 2 and len(_segments(line, 3 * space)) >= 3


def _is_running_text(line: list, space: float, text_width: float, left: float) -> bool:
    """A line of a paragraph or a heading: the table is over."""
    text = " ".join(w.text for w in line)
    if _HEADING.match(text):
        return True
    one_block = len(_segments(line, 3 * space)) == 1
    return one_block and line[0].x0 <= left + 2 and (line[-1].x1 - line[0].x0) > 0.75 * text_width


def find_text_tables(lines: list[list], h_rules: list[tuple[float, float, float]], page_number: int,
                     known: Callable[[str], bool], make_grid) -> list:
    """Grids for the rule-less tables among `lines` (word lists, top to bottom, outside ruled grids).
    `h_rules` are (x0, x1, y) horizontal rules not part of a ruled grid; `make_grid(cells, bbox,
    n_rows, n_cols, col_edges)` builds the Grid record."""
    if not lines:
        return []
    space = _space(lines)
    left = min(line[0].x0 for line in lines)
    right = max(line[-1].x1 for line in lines)
    grids = []
    index = 0
    while index < len(lines):
        if not _is_header_line(lines[index], space):
            index += 1
            continue
        start = index
        # Header lines, then body lines until running text or a heading.
        end = index + 1
        line_height = lines[index][0].bottom - lines[index][0].top
        while end < len(lines):
            gap = lines[end][0].top - lines[end - 1][0].bottom
            if gap > 4 * line_height or _is_running_text(lines[end], space, right - left, left):
                break
            end += 1
        grid = _grid(lines[start:end], h_rules, space, page_number, known, make_grid)
        if grid is not None:
            grids.append(grid)
        index = max(end, index + 1)
    return grids


def _rivers(lines: list[list], x0: float, x1: float) -> list[float]:
    """Column boundaries: midpoints of the white bands no word of `lines` covers."""
    covered = sorted((w.x0, w.x1) for line in lines for w in line)
    edges, reach = [x0], x0
    for a, b in covered:
        if a - reach >= MIN_RIVER and reach > x0:
            edges.append((a + reach) / 2)
        reach = max(reach, b)
    edges.append(x1)
    return edges


def _with_header_gaps(edges: list[float], header: list[list], body: list[list], space: float) -> list[float]:
    """A gap between two column names where hardly any body text runs across is a column
    boundary too (a value that overflows its cell bridges the river below)."""
    added = list(edges)
    words = [w for line in body for w in line]
    for line in header:
        segments = _segments(line, 3 * space)
        for a, b in zip(segments, segments[1:]):
            lo, hi = a[-1].x1, b[0].x0
            if any(lo <= e <= hi for e in added):
                continue
            probes = [lo + (hi - lo) * k / 8 for k in range(1, 8)]
            crossing = {x: sum(1 for w in words if w.x0 < x < w.x1) for x in probes}
            x = min(probes, key=lambda p: (crossing[p], abs(p - (lo + hi) / 2)))
            if crossing[x] <= max(1, 0.15 * len(body)):
                added.append(x)
    return sorted(added)


def _grid(lines: list[list], h_rules, space: float, page_number: int, known, make_grid):
    header_count = 1
    while header_count < len(lines) and _is_header_line(lines[header_count], space):
        header_count += 1
    # Header cells wrap onto more lines than the column names: take lines up to the first
    # that starts an entry (a number in the first column, or a value).
    body = lines[header_count:]
    if len(body) < 1:
        return None
    x0 = min(w.x0 for line in lines for w in line) - 1
    x1 = max(w.x1 for line in lines for w in line) + 1
    edges = _with_header_gaps(_rivers(body, x0, x1), lines[:header_count], body, space)
    n_cols = len(edges) - 1
    if n_cols < 3:
        return None
    top = lines[0][0].top - 2
    bottom = max(w.bottom for w in lines[-1]) + 2
    rules = sorted(y for rx0, rx1, y in h_rules if top - 4 <= y <= bottom + 4 and rx0 <= x0 + 20 and rx1 >= x1 - 20)
    row_starts = _row_starts(lines, header_count, rules, edges)
    rows = [lines[a:b] for a, b in zip(row_starts, row_starts[1:] + [len(lines)])]
    cells = []
    for r, row_lines in enumerate(rows):
        row_top = min(w.top for line in row_lines for w in line) - 1
        row_bottom = max(w.bottom for line in row_lines for w in line) + 1
        for c in range(n_cols):
            col_lines = [[w for w in line if edges[c] <= (w.x0 + w.x1) / 2 < edges[c + 1]] for line in row_lines]
            col_lines = [line for line in col_lines if line]
            box = (edges[c], row_top, edges[c + 1], row_bottom)
            cells.append((r, c, join_cell_lines(col_lines, box, 0.0, known) if col_lines else "", box,
                          min((line[0].x0 for line in col_lines), default=None)))
    return make_grid(cells, (x0, top, x1, bottom), len(rows), n_cols, edges)


def _row_starts(lines: list[list], header_count: int, rules: list[float], edges: list[float]) -> list[int]:
    """Indices of the lines that open a row: the header is one row; a body row opens at a rule,
    at a wider gap than the lines of one cell leave, or at a number in the first column."""
    starts = [0]
    body_gaps = [lines[i][0].top - lines[i - 1][0].bottom for i in range(header_count + 1, len(lines))]
    usual = min(body_gaps) if body_gaps else 0
    first_col_end = edges[1]
    for i in range(header_count, len(lines)):
        if i == header_count:
            starts.append(i)
            continue
        previous_bottom = max(w.bottom for w in lines[i - 1])
        ruled = any(previous_bottom - 1 <= y <= lines[i][0].top + 1 for y in rules)
        gap = lines[i][0].top - previous_bottom
        numbered = lines[i][0].x1 <= first_col_end and _NUMBERING.match(lines[i][0].text) is not None
        if ruled or numbered or gap > usual + 3:
            starts.append(i)
    return starts
