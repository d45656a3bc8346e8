"""Tables drawn without a full grid: horizontal rules only, or no rules at all.

Columns are the vertical bands of white space ("rivers") that run through every
row of the table body; rows begin where a horizontal rule is drawn, where the
line spacing opens up, or where the numbering column starts a new entry. A rule
that spans the table is a row boundary no merged cell (a sasaran printed once for
its indikator) reaches across. The table is found by its header line (words such
as No, Sasaran, Indikator, Target: `layout`'s column words) and ends at the first
line that is running text or a heading again, at the header line of the next
table, or at a rule that closes it (text inside a ruled table stands just below
each rule; a line further below was not in the table). A header label printed
over several columns ("PROSENTASE PROGES RENCANA PENCAPAIAN" over "Triwulan I",
"Triwulan II", ...) names each of them.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable

from . import layout
from .cells import join_cell_lines
from .vocabulary import JABATAN_OPENER, NUMBERING, QUARTER_WORD, SIGNATURE_LINE

_VALUE = re.compile(r"\d|%|^(kategori|proses|rp\.?)\b", re.IGNORECASE)
_HEADING = re.compile(r"^(BAB\s+[IVX]+|[A-Z]\.\s+[A-Z]|[IVX]+\.\s+[A-Z]|Tabel\s+\d)")
MIN_RIVER = 5.0  # points of white space that separate two columns
# A header line is mostly header words: running text that names two columns in passing is not.
HEADER_SHARE = 0.6


def _is_column_word(text: str) -> bool:
    """A word that names a column on its own ("No.", "Sasaran", "Target", "TW")."""
    found = layout.words(text)
    return len(found) == 1 and found[0] in layout.column_words()


def _is_header_word(text: str) -> bool:
    """A word column headers are made of ("Kinerja", "(Rp.)", "II"), or punctuation ("/"), or a
    quarter's name OCR ran into its numeral ("TWI", "TWH" for TW I, TW II)."""
    vocabulary = layout.header_vocabulary()
    return (all(w in vocabulary or w in layout.column_words() for w in layout.words(text))
            or QUARTER_WORD.fullmatch(text.strip()) is not None)


def _header_words_only(line: list) -> bool:
    return all(_is_header_word(w.text) for w in line)


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
    """Column names side by side: two words naming columns, three groups of words, and little
    besides header words (a justified line of running text may name two columns in passing)."""
    named = sum(1 for w in line if _is_column_word(w.text))
    if named < 2 or len(_segments(line, 3 * space)) < 3:
        return False
    return sum(1 for w in line if _is_header_word(w.text)) >= HEADER_SHARE * len(line)


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


def _top(line: list) -> float:
    return min(w.top for w in line)


def _bottom(line: list) -> float:
    return max(w.bottom for w in line)


def _merge_rules(h_rules) -> list[tuple[float, float, float]]:
    """Pieces of one rule (drawn cell by cell, at one height, end to end) as one rule."""
    merged: list[tuple[float, float, float]] = []
    at_height: list[tuple[float, float, float]] = []
    for rule in sorted(h_rules, key=lambda r: r[2]) + [None]:
        if rule is not None and (not at_height or rule[2] - at_height[-1][2] <= 1.0):
            at_height.append(rule)
            continue
        pieces: list[list[float]] = []
        for x0, x1, _ in sorted(at_height):
            if pieces and x0 <= pieces[-1][1] + 2.5:
                pieces[-1][1] = max(pieces[-1][1], x1)
            else:
                pieces.append([x0, x1])
        y = statistics.mean(r[2] for r in at_height) if at_height else 0.0
        merged.extend((x0, x1, y) for x0, x1 in pieces)
        at_height = [rule] if rule is not None else []
    return merged


def _spanning(rules, x0: float, x1: float) -> list[float]:
    """Heights of the rules that run across x0..x1 (the width of a table)."""
    return sorted(y for rx0, rx1, y in rules if rx0 <= x0 + 20 and rx1 >= x1 - 20)


def _ruled_between(rules: list[float], upper: list, lower: list) -> list[float]:
    """The rules between two lines (a rule drawn where the lower line's cell begins)."""
    return [y for y in rules if upper[0].top < y <= lower[0].top + 1]


def find_text_tables(lines: list[list], h_rules: list[tuple[float, float, float]], page_number: int,
                     known: Callable[..., bool], make_grid) -> list:
    """Grids for the rule-less tables among `lines` (word lists, top to bottom, outside ruled grids).
    `h_rules` are (x0, x1, y) horizontal rules not part of a ruled grid; `make_grid(cells, bbox,
    n_rows, n_cols, col_edges)` builds the Grid record from (row0, row1, col0, col1, text, bbox,
    text_x0, words) tuples, `words` being the words the cell was read from."""
    if not lines:
        return []
    space = _space(lines)
    left = min(line[0].x0 for line in lines)
    right = max(line[-1].x1 for line in lines)
    rules = _merge_rules(h_rules)
    grids = []
    index = floor = 0
    while index < len(lines):
        if not _is_header_line(lines[index], space) or _is_running_text(lines[index], space, right - left, left):
            index += 1
            continue
        start = index
        line_height = lines[index][0].bottom - lines[index][0].top
        across = _spanning(rules, lines[index][0].x0, lines[index][-1].x1)
        # A column name centred over a taller header cell stands a little above the header line
        # (but not above the table's top rule).
        while (start > floor and lines[index][0].top - lines[start - 1][0].top < 1.5 * line_height
               and _header_words_only(lines[start - 1]) and not _ruled_between(across, lines[start - 1], lines[start])):
            start -= 1
        end = _table_end(lines, index, across, space, right - left, left, line_height)
        grid = _grid(lines[start:end], rules, space, page_number, known, make_grid)
        if grid is not None:
            grids.append(grid)
        index = max(end, index + 1)
        floor = index
    return grids


def _table_end(lines: list[list], index: int, rules: list[float], space: float, text_width: float, left: float,
               line_height: float) -> int:
    """The index of the first line after the table whose header line is lines[index]."""
    end = index + 1
    in_body = False  # past the header: a line that opens an entry was seen
    heights = [w.bottom - w.top for w in lines[index]]  # of the table's words so far
    while end < len(lines):
        line, above = lines[end], lines[end - 1]
        if line[0].top - above[0].bottom > 4 * line_height or _is_running_text(line, space, text_width, left):
            break
        if in_body and SIGNATURE_LINE.match(" ".join(w.text for w in line)):
            break  # the signature block under a table is no row of it ("Bandung, 2016", "GUBERNUR …")
        # In smaller print under the table: a note, or the browser's footer (its address, "2/3").
        # Printed words only: OCR's word boxes are its lines', as tall as their ascenders make them.
        if in_body and all(w.confidence is None for w in line) and all(
                w.bottom - w.top < 0.75 * statistics.median(heights) for w in line):
            break
        if (in_body and line[0].top - above[0].bottom > 1.5 * line_height and JABATAN_OPENER.match(line[0].text)
                and not any(_is_value(w.text) for w in line)):
            break  # a post that signs, set apart under a table without a bottom rule ("Kepala Badan …")
        if in_body:
            ruled = _ruled_between(rules, above, line)
            # Inside a ruled table, a row's text begins just below its rule: a line further down
            # stands below the table's bottom rule.
            if ruled and _top(line) - max(ruled) > 0.5 * line_height:
                break
            # The header of the next table, or a top rule with column names side by side under it.
            names = (ruled and _header_words_only(line) and len(_segments(line, 3 * space)) >= 2
                     and any(_is_column_word(w.text) for w in line))
            if not _opens_entry(line) and (_is_header_line(line, space) or names):
                break
        if _opens_entry(line):
            in_body = True
        heights += [w.bottom - w.top for w in line]
        end += 1
    return end


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

    def same_river(x: float, edge: float) -> bool:
        """No body word between x and the boundary: the gap opens onto a river already split."""
        lo, hi = sorted((x, edge))
        return not any(w.x0 < hi and w.x1 > lo for w in words)

    for line in header:
        segments = _segments(line, 3 * space)
        for a, b in zip(segments, segments[1:]):
            lo, hi = a[-1].x1, b[0].x0
            probes = [lo + (hi - lo) * k / 8 for k in range(1, 8)]
            inner = [e for e in added if edges[0] < e < edges[-1]]
            if any(lo <= e <= hi for e in added) or any(same_river(p, e) for p in probes for e in inner):
                continue
            crossing = {x: sum(1 for w in words if w.x0 < x < w.x1) for x in probes}
            x = min(probes, key=lambda p: (crossing[p], abs(p - (lo + hi) / 2)))
            if crossing[x] <= max(1, 0.15 * len(body)):
                added.append(x)
    return sorted(added)


def _is_value(text: str) -> bool:
    return bool(_VALUE.search(text))


def _opens_entry(line: list) -> bool:
    """The first line of the table body: a numbered entry or a figure, not only column names."""
    if _header_words_only(line):
        return False
    words = [w.text for w in line]
    return bool(NUMBERING.match(words[0])) or any(_is_value(w) for w in words)


def _body_start(lines: list[list], rules: list[float]) -> int | None:
    """The index of the first body line. A header label wrapped onto a line of its own
    ("Keteranga" / "n") stands above the rule drawn under the header: a line or two without a
    figure between the header line and that rule is still header."""
    body_at = next((i for i in range(1, len(lines)) if _opens_entry(lines[i])), None)
    under = min((y for y in rules if y > _bottom(lines[0]) - 1), default=None)
    if body_at is None or under is None:
        return body_at
    after = next((i for i in range(body_at, len(lines)) if _top(lines[i]) >= under - 1), None)
    if after is None or after == body_at or after - body_at > 2:
        return body_at
    fragments = all(not any(_is_value(w.text) for w in lines[i])
                    and all(len(w.text) <= 3 or _is_header_word(w.text) for w in lines[i])
                    for i in range(body_at, after))
    return after if fragments else body_at


def _grid(lines: list[list], h_rules, space: float, page_number: int, known, make_grid):
    x0 = min(w.x0 for line in lines for w in line) - 1
    x1 = max(w.x1 for line in lines for w in line) + 1
    top = lines[0][0].top - 2
    bottom = max(w.bottom for w in lines[-1]) + 2
    rules = [y for y in _spanning(h_rules, x0, x1) if top - 4 <= y <= bottom + 4]
    body_at = _body_start(lines, rules)
    if body_at is None:
        return None
    header, body = lines[:body_at], lines[body_at:]
    edges = _with_header_gaps(_rivers(body, x0, x1), header, body, space)
    n_cols = len(edges) - 1
    if n_cols < 3:
        return None

    def column(line, c):
        return [w for w in line if edges[c] <= (w.x0 + w.x1) / 2 < edges[c + 1]]

    pieces = [[column(line, c) for c in range(n_cols)] for line in body]
    value_cols, numbering_cols = set(), set()
    for c in range(n_cols):
        filled = [" ".join(w.text for w in p[c]) for p in pieces if p[c]]
        numbering = all(NUMBERING.match(text) for text in filled)
        if filled and numbering:
            numbering_cols.add(c)
        elif filled and sum(map(_is_value, filled)) >= 0.6 * len(filled):
            value_cols.add(c)
    starts = _row_starts(body, pieces, value_cols, rules, edges)
    row_of_line = []
    for i in range(len(body)):
        row_of_line.append(sum(1 for s in starts if s <= i) - 1)
    n_body_rows = len(starts)
    # Rows between two rules that span the table: no merged cell reaches across a rule.
    sections = [0] + [r for r in range(1, n_body_rows) if _ruled_between(rules, body[starts[r] - 1], body[starts[r]])]
    sections.append(n_body_rows)

    # Merged cells of one table share their vertical alignment: one centred block makes all centred.
    centred = any(_blocks_off_row_starts(body, pieces, c, starts, rules) for c in range(n_cols) if c not in value_cols)
    merged = {c: spans for c in range(n_cols) if c not in value_cols
              and (spans := _merged_spans(body, pieces, c, starts, row_of_line, centred, rules, sections,
                                          _ruled_past(h_rules, body, starts, edges, c))) is not None}
    _align_side_by_side(merged, body)
    _number_what_they_number(merged, body, pieces, row_of_line, numbering_cols - value_cols)
    cells = []
    # The header is one row: the names of a column may stand on several lines.
    for c, header_lines in enumerate(_header_labels(header, edges, space)):
        box = (edges[c], top, edges[c + 1], min(w.top for w in body[0]) - 1)
        cells.append((0, 1, c, c + 1, join_cell_lines(header_lines, box, 0.0, known), box, None,
                      [w for piece in header_lines for w in piece]))
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


def _header_labels(header: list[list], edges: list[float], space: float) -> list[list[list]]:
    """Per column, the header lines (word lists) that name it. A label printed over several
    columns (a group of words standing over two columns or more: "PROSENTASE PROGES RENCANA
    PENCAPAIAN" / "TARGET KINERJA" over "Triwulan I", "Triwulan II", ...) names each column it
    stands over; a line under it, within its width, that spans columns too or stands alone and
    centred under it, continues it."""
    n_cols = len(edges) - 1

    def column_of(word) -> int:
        middle = (word.x0 + word.x1) / 2
        return max(0, min(n_cols - 1, next((c for c in range(n_cols) if middle < edges[c + 1]), n_cols - 1)))

    def within(span, lo: float, hi: float) -> bool:
        return span[0] - 2 <= lo and hi <= span[1] + 2

    labels: list[list[list]] = [[] for _ in range(n_cols)]
    spans: list[tuple[float, float, list[int]]] = []  # (x0, x1, columns) of the labels over several columns
    for line in header:
        own: list[list] = [[] for _ in range(n_cols)]
        segments = _segments(line, 3 * space)
        for segment in segments:
            columns = sorted({column_of(w) for w in segment})
            lo, hi = segment[0].x0, segment[-1].x1
            # Alone under a spanning label and centred under it, a short line continues that label
            # ("TARGET KINERJA"); side by side with others, it names its own column ("Triwulan II").
            under = next((s for s in spans if within(s, lo, hi)), None)
            alone = under is not None and sum(1 for g in segments if g[-1].x1 > under[0] and g[0].x0 < under[1]) == 1
            centred = alone and abs((lo + hi) / 2 - (under[0] + under[1]) / 2) <= 0.1 * (under[1] - under[0])
            if len(columns) < 2 and not centred:
                own[columns[0]].extend(segment)
                continue
            span = under
            if span is None:
                covered = [c for c in range(n_cols) if lo <= (edges[c] + edges[c + 1]) / 2 <= hi] or columns
                span = (lo, hi, covered)
                spans.append(span)
            for c in span[2]:
                own[c].extend(segment)
        for c in range(n_cols):
            if own[c]:
                labels[c].append(own[c])
    return labels


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


def _number_what_they_number(merged: dict[int, list], body, pieces, row_of_line, numbering_cols: set[int]) -> None:
    """A number printed once for several rows numbers the text beside it: it spans the rows of
    that text's merged cell (a sasaran's number), or its own rows when the text beside it has a
    cell in every row (a program's number in a budget table: its kegiatan rows are not numbered)."""
    n_cols = len(pieces[0]) if pieces else 0
    for c in sorted(numbering_cols & set(merged)):
        spans = merged[c]
        for k, (first, last, lines) in enumerate(spans):
            top = body[lines[0]][0].top
            for d in range(c + 1, n_cols):
                beside = next((s for s in merged.get(d, []) if d not in numbering_cols
                               and body[s[2][0]][0].top - 2 <= top <= body[s[2][-1]][0].bottom), None)
                if beside is not None:
                    spans[k] = (beside[0], beside[1], lines)
                    break
                if d not in merged and any(pieces[i][d] for i in lines):
                    own = row_of_line[lines[0]], row_of_line[lines[-1]]
                    spans[k] = (own[0], max(own), lines)
                    break


def _blocks(body, pieces, c, rules=()) -> list[list[int]]:
    """Runs of body lines with text in column c, one line after the other, never across a rule."""
    blocks: list[list[int]] = []
    for i in range(len(body)):
        if not pieces[i][c]:
            continue
        height = body[i][0].bottom - body[i][0].top
        if (blocks and body[i][0].top - body[blocks[-1][-1]][0].top <= 1.6 * height
                and not _ruled_between(rules, body[blocks[-1][-1]], body[i])):
            blocks[-1].append(i)
        else:
            blocks.append([i])
    return blocks


def _blocks_off_row_starts(body, pieces, c, starts, rules=()) -> bool:
    if sum(1 for i in starts if pieces[i][c]) >= 0.8 * len(starts):
        return False
    return any(block[0] not in set(starts) for block in _blocks(body, pieces, c, rules))


def _ruled_past(h_rules, body, starts, edges, c) -> set[int]:
    """The row starts whose rule, drawn above the row's first line across the table's other
    columns, stops short of column c: a cell merged over the rows goes on across it there (its
    next line may stand level with the row's first line)."""
    lo, hi = edges[c], edges[c + 1]
    past = set()
    for i in starts[1:]:
        above = [(x0, x1) for x0, x1, y in h_rules if body[i - 1][0].top < y <= body[i][0].top + 1]
        if above and not any(x0 < hi - 2 and x1 > lo + 2 for x0, x1 in above):
            past.add(i)
    return past


def _merged_spans(body, pieces, c, starts, row_of_line, centred: bool, rules=(), sections=None, ruled_past=()):
    """For a column whose text does not begin with every row (a merged sasaran or number cell,
    printed once for several rows): (first row, last row, its lines) of each of its blocks. A
    block's rows lie within its section: the rows between the rules above and below it. A row
    whose rule stops short of the column (`ruled_past`) does not begin a text of its own there
    when the line above goes on in the column: the merged cell above reaches into it."""
    start_lines = set(starts)
    own = [i for i in starts if pieces[i][c] and not (i in ruled_past and pieces[i - 1][c])]
    if len(own) >= 0.8 * len(starts):
        return None  # (nearly) every row has its own text here
    blocks = _blocks(body, pieces, c, rules)
    if not blocks:
        return None
    n_rows = len(starts)
    sections = sections or [0, n_rows]
    top_aligned = not centred and all(block[0] in start_lines for block in blocks)
    row_tops = [body[i][0].top for i in starts]
    table_bottom = body[-1][0].bottom

    def section_of(row: int) -> tuple[int, int]:
        k = max(k for k in range(len(sections) - 1) if sections[k] <= row)
        return sections[k], sections[k + 1]

    spans = []
    opened = 0  # the first row not yet given to a block
    for k, block in enumerate(blocks):
        s0, s1 = section_of(row_of_line[block[0]])
        following = row_of_line[blocks[k + 1][0]] if k + 1 < len(blocks) else n_rows
        last_in_section = following >= s1
        if top_aligned:
            first = row_of_line[block[0]]
            last = (s1 if last_in_section else following) - 1
        else:
            # Centred in its rows: its rows lie as far above its middle as below it.
            opened = max(opened, s0)
            section_bottom = row_tops[s1] if s1 < n_rows else table_bottom
            bounds = row_tops[s0:s1] + [section_bottom]

            def snap(y: float) -> int:
                """The row boundary nearest to y, as the index of the row it opens (s1: the section's end)."""
                return s0 + min(range(len(bounds)), key=lambda r: abs(bounds[r] - y))

            middle = (body[block[0]][0].top + body[block[-1]][0].bottom) / 2
            start_y = row_tops[opened] if opened < s1 else section_bottom
            if not last_in_section:
                first, end = opened, snap(2 * middle - start_y)
            else:
                end = s1
                first = max(opened, snap(2 * middle - section_bottom))
            if first >= s1:
                continue  # text below the section's last row: no row of its own to give it
            end = max(end, first + 1)
            last = min(end, s1) - 1
            opened = last + 1
        spans.append((first, max(first, last), block))
    return spans


def _row_starts(body: list[list], pieces, value_cols: set[int], rules: list[float], edges: list[float]) -> list[int]:
    """Indices of the body lines that open a row: at a rule, at a wider gap than the lines of
    one cell leave, or where a figure stands in a column of figures (figures do not wrap, text does)."""
    starts = [0]
    pitches = [body[i][0].top - body[i - 1][0].top for i in range(1, len(body))]
    usual = statistics.median(pitches) if pitches else 0
    # A leftmost column of numberings ("1." … "5."): where figures mark the rows too, a new number
    # after a row that has its figures opens the next row, and a figure on the line under a
    # numbered line still being written (a wrapped name) finishes it.
    first = [" ".join(w.text for w in p[0]) for p in pieces if p and p[0]]
    numbered = bool(value_cols) and 0 not in value_cols and len(first) >= 2 and all(NUMBERING.match(t) for t in first)
    for i in range(1, len(body)):
        if numbered:
            start = starts[-1]
            has_figures = any(pieces[k][c] for k in range(start, i) for c in value_cols)
            text = next((p[0].text for p in pieces[i][1:] if p), "")
            # A number beside a line that goes on in lower case is centred in a taller cell.
            if pieces[i][0] and not text[:1].islower():
                if has_figures:
                    starts.append(i)
                continue
            if not has_figures:
                continue
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


_CURRENCY = re.compile(r"(rp|idr)\.?", re.IGNORECASE)


def _continues_figure(above: list, below: list) -> bool:
    """"Rp 1.200.000.00" over "0", "(Kategori" over "BB)", a bracket left open ("100% (1 program, 1"
    over "kegiatan, 3 sub"), "Rp" over "2.450.000.000.000" (a narrow column wraps an amount after
    its currency): one cell wrapped, not a new row."""
    if not above:
        return False
    tail, head = above[-1].text, below[0].text
    text = " ".join(w.text for w in above)
    return (head[:1] in ".,)(" or (tail[-1:].isdigit() and head[:1].isdigit())
            or text.count("(") > text.count(")")  # "100% (1 program, 1" / "kegiatan, 3 sub"
            or (len(above) == 1 and _CURRENCY.fullmatch(tail) is not None and head[:1].isdigit()))
