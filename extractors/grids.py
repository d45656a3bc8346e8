"""Cells and grids from a page's words and ruling: the drawn grids with each word in the cell
under its centre, the tables read from white space, and the running lines outside them,
as a `Page`.
"""

from __future__ import annotations

import bisect
from collections import Counter
from typing import TYPE_CHECKING

from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

from . import layout
from .cells import join_cell_lines
from .records import Cell, Grid, Line, Page, Word
from .textgrid import find_text_tables

if TYPE_CHECKING:
    from .pages import _PageScan

# A scanned rule may break for this long (points) and still be one rule.
SCAN_JOIN = 8.0
# Ruling lines closer than this (points) are one line: Word draws cell borders
# and shading rectangles a hair apart.
SNAP = 3.0
# Words whose tops differ by less than this are on one line.
LINE_TOLERANCE = 3.0
# A ruling segment shorter than this is a tick or a glyph, not a cell border.
MIN_EDGE = 3.0


def _find_tables(edges: list[dict], join: float = SNAP) -> list[tuple[tuple[float, float, float, float], list]]:
    """pdfplumber's "lines" strategy, on edges read once: merge rules, intersect, cells, tables.
    `join` bridges gaps along a rule and between a rule's end and the rule it meets: a scanned
    rule breaks where the toner was thin."""
    if not edges:
        return []
    merged = merge_edges(edges, snap_x_tolerance=SNAP, snap_y_tolerance=SNAP, join_x_tolerance=join,
                         join_y_tolerance=join)
    merged = [e for e in merged if (e["width"] if e["orientation"] == "h" else e["height"]) >= MIN_EDGE]
    merged += _open_sides(merged)
    merged += _open_ends(merged)
    cells = intersections_to_cells(edges_to_intersections(merged, join, join))
    tables = []
    for boxes in cells_to_tables(cells):
        bbox = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
        tables.append((bbox, boxes))
    return tables


def _open_sides(edges: list[dict]) -> list[dict]:
    """The outer borders of a table drawn without them (Word's "inside borders only"): where
    horizontal rules start and end at the same x, inner vertical rules join each to the next, and
    no rule stands at either end, the rules' ends are the table's sides."""
    horizontal = [e for e in edges if e["orientation"] == "h"]
    vertical = [e for e in edges if e["orientation"] == "v"]
    groups: dict[tuple[int, int], list[dict]] = {}
    for e in horizontal:
        groups.setdefault((round(e["x0"] / SNAP), round(e["x1"] / SNAP)), []).append(e)
    added = []
    for rules in groups.values():
        rules.sort(key=lambda e: e["top"])
        x0, x1 = min(e["x0"] for e in rules), max(e["x1"] for e in rules)
        inner = [v for v in vertical if x0 + SNAP < v["x0"] < x1 - SNAP]
        # Runs of rules each joined to the next by an inner vertical rule: one table each.
        runs, run = [], [rules[0]]
        for above, below in zip(rules, rules[1:]):
            if any(v["top"] <= above["top"] + SNAP and v["bottom"] >= below["top"] - SNAP for v in inner):
                run.append(below)
            else:
                runs.append(run)
                run = [below]
        runs.append(run)
        for run in runs:
            if len(run) < 3:
                continue
            top, bottom = run[0]["top"], run[-1]["top"]
            for x in (x0, x1):
                if not any(abs(v["x0"] - x) <= SNAP and v["top"] < bottom and v["bottom"] > top for v in vertical):
                    added.append({"x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0,
                                  "height": bottom - top, "orientation": "v", "object_type": "line"})
    return added


# A row is at least this tall (points): a column rule that goes on less beyond a row rule overshot it.
MIN_ROW = 6.0


def _open_ends(edges: list[dict]) -> list[dict]:
    """The row rule a page break left undrawn: a table that runs on over the page is often cut with
    its last row open, its column rules going on below the last row rule to where that row ends
    (and a continued table's first row, open above, alike). Where the column rules crossing a
    table's lowest (highest) row rule, both of its ends among them and three at least, all go on
    beyond it and stop together, a rule joins their ends: the row they hold is a row."""
    horizontal = [e for e in edges if e["orientation"] == "h"]
    vertical = [e for e in edges if e["orientation"] == "v"]
    added = []
    for rule in horizontal:
        y, x0, x1 = rule["top"], rule["x0"], rule["x1"]
        across = [v for v in vertical if x0 - SNAP <= v["x0"] <= x1 + SNAP and v["top"] - SNAP <= y <= v["bottom"] + SNAP]
        ends = any(abs(v["x0"] - x0) <= SNAP for v in across) and any(abs(v["x0"] - x1) <= SNAP for v in across)
        if len(across) < 3 or not ends:
            continue
        for side, sign in (("bottom", 1), ("top", -1)):
            reach = [v[side] for v in across]
            if not all(sign * (r - y) >= MIN_ROW for r in reach) or max(reach) - min(reach) > SNAP:
                continue
            end = min(reach) if sign > 0 else max(reach)
            # Another row rule over most of the same columns beyond this one: not the table's last.
            # A rule under a few columns only (a schedule's shaded cells) closes no row.
            if any(other is not rule and min(other["x1"], x1) - max(other["x0"], x0) >= 0.5 * (x1 - x0)
                   and 0 < sign * (other["top"] - y) <= sign * (end - y) + SNAP for other in horizontal):
                continue
            added.append({"x0": x0, "x1": x1, "top": end, "bottom": end, "width": x1 - x0, "height": 0,
                          "orientation": "h", "object_type": "line"})
    return added


def vocable(text: str) -> str:
    """A word as the vocabulary counts it: lower case, no surrounding punctuation."""
    return text.strip(".,;:()[]\"'%").lower()


def _build_page(scan: _PageScan, vocabulary: Counter) -> Page:
    # A fragment of a split word occurs once; a real word usually recurs in the document.
    def known(word: str, least: int = 2) -> bool:
        return vocabulary[vocable(word)] >= least

    grids = [g for bbox, boxes in scan.tables
             if (g := _grid(bbox, boxes, scan.words, scan.number, known, scan.bold_tops))]
    blank = set(scan.blank)
    for cell in (c for g in grids for c in g.cells if c.bbox in blank):
        if cell.text:
            cell.unread_ink = True  # words read, and beside them ink that none was read from
        else:
            cell.confidence = 0.0  # ink the OCR made nothing of: printed, but unread
    outside = [w for w in scan.words if not any(_inside(w, g.bbox) for g in grids)]

    def text_grid(cells, bbox, n_rows, n_cols, col_edges) -> Grid:
        return Grid(scan.number, bbox, n_rows, n_cols, [
            Cell(r0, r1, c0, c1, text, scan.number, box, x0, _confidence(used), ruled=False,
                 straddles=_straddles(used, box), text_bbox=_round_words(box, used))
            for r0, r1, c0, c1, text, box, x0, used in cells], col_edges)

    text_grids = find_text_tables(_group_lines(outside), scan.h_rules, scan.number, known, text_grid)
    if text_grids:
        grids = sorted(grids + text_grids, key=lambda g: g.bbox[1])
        outside = [w for w in outside if not any(_inside(w, g.bbox) for g in text_grids)]
    lines = [
        Line(" ".join(w.text for w in ws), scan.number, ws[0].x0, ws[-1].x1, min(w.top for w in ws),
             max(w.bottom for w in ws), bold=round(ws[0].top) in scan.bold_tops,
             confidences=tuple(w.confidence for w in ws) if scan.words and scan.words[0].confidence is not None
             else (), obscured=_near_unread(ws, scan.unread))
        for ws in _group_lines(outside)
    ]
    return Page(scan.number, scan.width, scan.height, lines, grids, scan.to_page)


def _near_unread(words: list[Word], unread: list) -> bool:
    """Whether a line touches, or lies within a line's height of, ink no word was read from."""
    x0, x1 = words[0].x0, words[-1].x1
    top, bottom = min(w.top for w in words), max(w.bottom for w in words)
    reach = bottom - top
    return any(bx0 <= x1 and x0 <= bx1 and by0 <= bottom + reach and top - reach <= by1
               for bx0, by0, bx1, by1 in unread)


# How far (points) a word may stand past its cell's side: a glyph's box is a little wider than its ink.
STRADDLE = 2.0


def _straddles(words: list[Word], box) -> bool:
    """Whether a word of the cell reaches across the cell's left or right side: text that ran on
    past its column (or a column rule the words do not respect) mixes two columns' words."""
    return any(w.x0 < box[0] - STRADDLE or w.x1 > box[2] + STRADDLE for w in words)


def _round_words(box, words: list[Word]) -> tuple[float, float, float, float] | None:
    """The box round a cell's place and all its words; None when its words lie within its place."""
    if not words:
        return None
    x0, top = min(box[0], *(w.x0 for w in words)), min(box[1], *(w.top for w in words))
    x1, bottom = max(box[2], *(w.x1 for w in words)), max(box[3], *(w.bottom for w in words))
    return None if (x0, top, x1, bottom) == tuple(box) else (x0, top, x1, bottom)


def _confidence(words: list[Word]) -> float | None:
    """A cell is as sure as its least sure word; None when its words were printed, not OCRed."""
    read = [w.confidence for w in words if w.confidence is not None]
    return min(read) if read else None


def _heading(lines: list[list[Word]], box, padding: float, known, bold_tops: set[int]) -> str | None:
    """The leading bold lines of a cell whose other lines are plain: a heading printed in the same
    cell as the item under it (a programme over its kegiatan)."""
    bold = [round(line[0].top) in bold_tops for line in lines]
    n = next((i for i, b in enumerate(bold) if not b), len(bold))
    if n == 0 or n == len(lines):
        return None
    return join_cell_lines(lines[:n], box, padding, known)


def _group_lines(words: list[Word]) -> list[list[Word]]:
    """Words → lines, top to bottom, each line left to right."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        if lines and abs(lines[-1][0].top - word.top) <= LINE_TOLERANCE:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def _inside(word: Word, bbox) -> bool:
    cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    x0, top, x1, bottom = bbox
    return x0 <= cx <= x1 and top <= cy <= bottom


def _cluster(values: list[float]) -> list[float]:
    edges: list[float] = []
    for value in sorted(values):
        if not edges or value - edges[-1] > SNAP:
            edges.append(value)
    return edges


def _rows_run_together(placed: list[tuple], ys: list[float]) -> list[tuple]:
    """Two rows the producer drew no rule between: in one drawn row, two value cells at least
    each hold two whole amounts, one a line, and the second amounts stand on one line with a
    line of the row's text (its uraian's first line). Each cell of that drawn row is split there,
    and the line is a row rule of the grid (`ys`, in place). A wrapped amount ("16.000.000.000," /
    "-", "612.500.000" / ".000") is one amount, and a row without a second line of text is one row.
    A whole amount is what `layout.value_kind` calls rupiah."""
    rows: dict[int, list[int]] = {}
    for n, (box, _) in enumerate(placed):
        r = _index(ys, box[1])
        if _index(ys, box[3]) == r + 1:
            rows.setdefault(r, []).append(n)
    cuts: dict[int, float] = {}
    for r, members in rows.items():
        starts, text_tops = [], []
        for n in members:
            lines = _group_lines(placed[n][1])
            kinds = [layout.value_kind(" ".join(w.text for w in line)) for line in lines]
            if kinds == [layout.RUPIAH, layout.RUPIAH]:
                starts.append(min(w.top for w in lines[1]))
            elif layout.TEXT in kinds:
                text_tops += [min(w.top for w in line)
                              for line, kind in zip(lines[1:], kinds[1:]) if kind == layout.TEXT]
        if len(starts) >= 2 and max(starts) - min(starts) <= LINE_TOLERANCE and any(
                abs(top - min(starts)) <= LINE_TOLERANCE for top in text_tops):
            cuts[r] = min(starts) - 1.0
    if not cuts:
        return placed
    out = []
    for n, (box, inside) in enumerate(placed):
        r = _index(ys, box[1])
        if r not in cuts or n not in rows[r]:
            out.append((box, inside))
            continue
        y = cuts[r]
        out.append(((box[0], box[1], box[2], y), [w for w in inside if (w.top + w.bottom) / 2 < y]))
        out.append(((box[0], y, box[2], box[3]), [w for w in inside if (w.top + w.bottom) / 2 >= y]))
    ys[:] = sorted(ys + list(cuts.values()))
    return out


def _index(edges: list[float], value: float) -> int:
    return min(range(len(edges)), key=lambda i: abs(edges[i] - value))


def _grid(bbox, boxes, words: list[Word], page_number: int, known, bold_tops: set[int] = frozenset()) -> Grid | None:
    boxes = [box for box in boxes if box[2] - box[0] > SNAP and box[3] - box[1] > SNAP]
    if not boxes:
        return None
    xs = _cluster([b[0] for b in boxes] + [b[2] for b in boxes])
    ys = _cluster([b[1] for b in boxes] + [b[3] for b in boxes])
    # Each word goes to the cell under its centre: look the grid position up, not every box.
    by_position = {}
    for n, box in enumerate(boxes):
        for r in range(_index(ys, box[1]), _index(ys, box[3])):
            for c in range(_index(xs, box[0]), _index(xs, box[2])):
                by_position[r, c] = n
    contents: list[list[Word]] = [[] for _ in boxes]
    for word in words:
        if not _inside(word, bbox):
            continue
        cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
        n = by_position.get((bisect.bisect_right(ys, cy) - 1, bisect.bisect_right(xs, cx) - 1))
        if n is not None and _inside(word, boxes[n]):
            contents[n].append(word)
    placed = _rows_run_together(list(zip(boxes, contents)), ys)
    # The table's cell padding: the smallest gap between a cell's left rule and its text.
    padding = min((min(w.x0 for w in inside) - box[0] for box, inside in placed if inside), default=0.0)
    padding = max(padding, 0.0)
    cells = []
    for box, inside in placed:
        lines = _group_lines(inside)
        cells.append(Cell(
            row0=_index(ys, box[1]), row1=_index(ys, box[3]),
            col0=_index(xs, box[0]), col1=_index(xs, box[2]),
            text=join_cell_lines(lines, box, padding, known), page=page_number, bbox=tuple(box),
            text_x0=min((w.x0 for w in inside), default=None), confidence=_confidence(inside),
            heading=_heading(lines, box, padding, known, bold_tops), straddles=_straddles(inside, box),
        ))
    cells.sort(key=lambda c: (c.row0, c.col0))
    return Grid(page_number, tuple(bbox), len(ys) - 1, len(xs) - 1, cells, xs)
