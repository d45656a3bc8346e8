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
_VALUE = re.compile(r"\d|%|^(kategori|proses|rp\.?)\b", re.IGNORECASE)
_HEADER_WORD = re.compile(r"^\(?(%|rp\.?|i{1,3}|iv|[1-4]|kinerja|strategis|utama|tahunan|sasaran|\(%\))\)?[.:,]?$", re.IGNORECASE)
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
    wide = (line[-1].x1 - line[0].x0) > 0.75 * text_width
    gaps = [b.x0 - a.x1 for a, b in zip(line, line[1:])]
    # A justified line stretches its spaces evenly; a table row has gutters between its columns.
    justified = len(gaps) >= 4 and max(gaps) - min(gaps) < 1.5 and max(gaps) < 15
    one_block = len(_segments(line, 3 * space)) == 1
    return wide and (one_block or justified)


def find_text_tables(lines: list[list], h_rules: list[tuple[float, float, float]], page_number: int,
                     known: Callable[[str], bool], make_grid) -> list:
    """Grids for the rule-less tables among `lines` (word lists, top to bottom, outside ruled grids).
    `h_rules` are (x0, x1, y) horizontal rules not part of a ruled grid; `make_grid(cells, bbox,
    n_rows, n_cols, col_edges)` builds the Grid record from (row0, row1, col0, col1, text, bbox,
    text_x0, words) tuples, `words` being the words the cell was read from."""
    if not lines:
        return []
    space = _space(lines)
    left = min(line[0].x0 for line in lines)
    right = max(line[-1].x1 for line in lines)
    grids = []
    index = floor = 0
    while index < len(lines):
        if not _is_header_line(lines[index], space):
            index += 1
            continue
        start = index
        line_height = lines[index][0].bottom - lines[index][0].top
        # A column name centred over a taller header cell stands a little above the header line.
        while start > floor and lines[index][0].top - lines[start - 1][0].top < 1.5 * line_height and all(
                _COLUMN_WORDS.match(w.text.strip(":,()")) or _HEADER_WORD.match(w.text) for w in lines[start - 1]):
            start -= 1
        # Header lines, then body lines until running text or a heading.
        end = index + 1
        while end < len(lines):
            gap = lines[end][0].top - lines[end - 1][0].bottom
            if gap > 4 * line_height or _is_running_text(lines[end], space, right - left, left):
                break
            end += 1
        grid = _grid(lines[start:end], h_rules, space, page_number, known, make_grid)
        if grid is not None:
            grids.append(grid)
        index = max(end, index + 1)
        floor = index
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


def _is_value(text: str) -> bool:
    return bool(_VALUE.search(text))


def _opens_entry(line: list) -> bool:
    """The first line of the table body: a numbered entry or a figure, not only column names."""
    words = [w.text for w in line]
    if all(_COLUMN_WORDS.match(w.strip(":,()")) or _HEADER_WORD.match(w) for w in words):
        return False
    return bool(_NUMBERING.match(words[0])) or any(_is_value(w) for w in words)


def _grid(lines: list[list], h_rules, space: float, page_number: int, known, make_grid):
    body_at = next((i for i in range(1, len(lines)) if _opens_entry(lines[i])), None)
    if body_at is None:
        return None
    header, body = lines[:body_at], lines[body_at:]
    x0 = min(w.x0 for line in lines for w in line) - 1
    x1 = max(w.x1 for line in lines for w in line) + 1
    edges = _with_header_gaps(_rivers(body, x0, x1), header, body, space)
    n_cols = len(edges) - 1
    if n_cols < 3:
        return None
    top = lines[0][0].top - 2
    bottom = max(w.bottom for w in lines[-1]) + 2
    rules = sorted(y for rx0, rx1, y in h_rules if top - 4 <= y <= bottom + 4 and rx0 <= x0 + 20 and rx1 >= x1 - 20)

    def column(line, c):
        return [w for w in line if edges[c] <= (w.x0 + w.x1) / 2 < edges[c + 1]]

    pieces = [[column(line, c) for c in range(n_cols)] for line in body]
    value_cols = set()
    for c in range(n_cols):
        filled = [" ".join(w.text for w in p[c]) for p in pieces if p[c]]
        numbering = all(_NUMBERING.match(text) for text in filled)
        if filled and not numbering and sum(map(_is_value, filled)) >= 0.6 * len(filled):
            value_cols.add(c)
    starts = _row_starts(body, pieces, value_cols, rules, edges)
    row_of_line = []
    for i in range(len(body)):
        row_of_line.append(sum(1 for s in starts if s <= i) - 1)
    n_body_rows = len(starts)

    # Merged cells of one table share their vertical alignment: one centred block makes all centred.
    centred = any(_blocks_off_row_starts(body, pieces, c, starts) for c in range(n_cols) if c not in value_cols)
    merged = {c: spans for c in range(n_cols) if c not in value_cols
              and (spans := _merged_spans(body, pieces, c, starts, row_of_line, centred)) is not None}
    _align_side_by_side(merged, body)
    cells = []
    # The header is one row: the names of a column may stand on several lines.
    for c in range(n_cols):
        words = [column(line, c) for line in header]
        box = (edges[c], top, edges[c + 1], min(w.top for w in body[0]) - 1)
        pieces_of_header = [w for w in words if w]
        cells.append((0, 1, c, c + 1, join_cell_lines(pieces_of_header, box, 0.0, known), box, None,
                      [w for piece in pieces_of_header for w in piece]))
    for c in range(n_cols):
        spans = merged.get(c)
        if spans is None:
            spans = [(r, r, [i for i in range(len(body)) if row_of_line[i] == r and pieces[i][c]])
                     for r in range(n_body_rows)]
        for r0, r1, line_ids in spans:
            col_lines = [pieces[i][c] for i in line_ids]
            box = (edges[c], body[starts[r0]][0].top - 1, edges[c + 1], body[starts[r0]][0].bottom + 1)
            text = join_cell_lines(col_lines, box, 0.0, known) if col_lines else ""
            cells.append((r0 + 1, r1 + 2, c, c + 1, text, box, min((l[0].x0 for l in col_lines), default=None),
                          [w for piece in col_lines for w in piece]))
    return make_grid(cells, (x0, top, x1, bottom), n_body_rows + 1, n_cols, edges)


def _align_side_by_side(merged: dict[int, list], body) -> None:
    """Merged cells centred side by side (a number beside its sasaran) span the same rows:
    a block takes the rows of the taller block beside it that it sits within."""
    for c, spans in merged.items():
        for k, (first, last, lines) in enumerate(spans):
            top, bottom = body[lines[0]][0].top, body[lines[-1]][0].bottom
            for other, other_spans in merged.items():
                if other == c:
                    continue
                for o_first, o_last, o_lines in other_spans:
                    o_top, o_bottom = body[o_lines[0]][0].top, body[o_lines[-1]][0].bottom
                    if len(o_lines) > len(lines) and o_top - 2 <= top and bottom <= o_bottom + 2:
                        spans[k] = (o_first, o_last, lines)


def _blocks(body, pieces, c) -> list[list[int]]:
    """Runs of body lines with text in column c, one line after the other."""
    blocks: list[list[int]] = []
    for i in range(len(body)):
        if not pieces[i][c]:
            continue
        height = body[i][0].bottom - body[i][0].top
        if blocks and body[i][0].top - body[blocks[-1][-1]][0].top <= 1.6 * height:
            blocks[-1].append(i)
        else:
            blocks.append([i])
    return blocks


def _blocks_off_row_starts(body, pieces, c, starts) -> bool:
    if sum(1 for i in starts if pieces[i][c]) >= 0.8 * len(starts):
        return False
    return any(block[0] not in set(starts) for block in _blocks(body, pieces, c))


def _merged_spans(body, pieces, c, starts, row_of_line, centred: bool):
    """For a column whose text does not begin with every row (a merged sasaran or number cell,
    printed once for several rows): (first row, last row, its lines) of each of its blocks."""
    start_lines = set(starts)
    if sum(1 for i in starts if pieces[i][c]) >= 0.8 * len(starts):
        return None  # (nearly) every row has its own text here
    blocks = _blocks(body, pieces, c)
    if not blocks:
        return None
    n_rows = len(starts)
    top_aligned = not centred and all(block[0] in start_lines for block in blocks)
    row_tops = [body[i][0].top for i in starts]
    table_bottom = body[-1][0].bottom

    def snap(y: float) -> int:
        """The row boundary nearest to y, as the index of the row it opens (n_rows: the end)."""
        bounds = row_tops + [table_bottom]
        return min(range(len(bounds)), key=lambda r: abs(bounds[r] - y))

    spans = []
    opened = 0  # the first row not yet given to a block
    for k, block in enumerate(blocks):
        if top_aligned:
            first = row_of_line[block[0]]
            last = row_of_line[blocks[k + 1][0]] - 1 if k + 1 < len(blocks) else n_rows - 1
        else:
            # Centred in its rows: its rows lie as far above its middle as below it.
            middle = (body[block[0]][0].top + body[block[-1]][0].bottom) / 2
            start_y = row_tops[opened] if opened < n_rows else table_bottom
            if k + 1 < len(blocks):
                first, end = opened, snap(2 * middle - start_y)
            else:
                end = n_rows
                first = max(opened, snap(2 * middle - table_bottom))
            if first >= n_rows:
                continue  # text below the last row: no row of its own to give it
            end = max(end, first + 1)
            last = min(end, n_rows) - 1
            opened = last + 1
        spans.append((first, max(first, last), block))
    return spans


def _row_starts(body: list[list], pieces, value_cols: set[int], rules: list[float], edges: list[float]) -> list[int]:
    """Indices of the body lines that open a row: at a rule, at a wider gap than the lines of
    one cell leave, or where a figure stands in a column of figures (figures do not wrap, text does)."""
    starts = [0]
    pitches = [body[i][0].top - body[i - 1][0].top for i in range(1, len(body))]
    usual = statistics.median(pitches) if pitches else 0
    for i in range(1, len(body)):
        ruled = any(body[i - 1][0].top < y <= body[i][0].top + 1 for y in rules)
        # Where figures mark the rows, wider spacing says nothing (centred text interleaves lines).
        spaced = not value_cols and body[i][0].top - body[i - 1][0].top > 1.5 * usual
        # A figure opens a row unless it finishes the one above ("Kategori" / "BB" with no other
        # text on its line, "100%" / "(Kategori BB)").
        text_here = any(pieces[i][c] for c in range(len(pieces[i])) if c not in value_cols)
        figure = any(pieces[i][c] and _is_value(" ".join(w.text for w in pieces[i][c]))
                     and not _continues_figure(pieces[i - 1][c], pieces[i][c])
                     and (text_here or not pieces[i - 1][c]) for c in value_cols)
        if ruled or spaced or figure:
            starts.append(i)
    return starts


def _continues_figure(above: list, below: list) -> bool:
    """"Rp 1.200.000.00" over "0", "(Kategori" over "BB)": one cell wrapped, not a new row."""
    if not above:
        return False
    tail, head = above[-1].text, below[0].text
    return (head[:1] in ".,)(" or (tail[-1:].isdigit() and head[:1].isdigit())
            or (tail.startswith("(") and not tail.endswith(")")))
