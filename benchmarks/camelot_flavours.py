"""camelot 2's stream, network and hybrid flavours against lkj's textgrid, on the tables drawn
without a full grid (horizontal rules only, or no rules) of the samples, the foreign corpus and
the real documents that have a truth (every file where lkj reads a table from its white space).

    .venv/bin/python benchmarks/camelot_flavours.py [NAME-SUBSTRING ...]

The regions are the ones textgrid finds (page + bbox); every camelot flavour is run restricted to
them (`table_areas`, PDF coordinates, origin bottom-left). Each method's output is a list of rows
of cells; the truth beside the PDF says what the rows hold. For each truth row the extracted row
holding its indikator (anggaran: uraian) text is sought (similarity >= 0.85); that counts one
cell, and each other printed value of the truth row (`raw` of VALUE cells, sasaran, numbering,
sumber, amounts) counts one more when it stands in that same row, in a cell of its own. Rows
are paired one to one, best first, over the whole file. A truth table counts when most of its
rows' indikator words lie in one of the regions (a table in a ruled grid is not measured here).

Two figures per camelot flavour:
  as-is      its own rows (camelot's rows are text lines: a cell that wraps spreads over rows);
  tg-rows    its columns with textgrid's row boundaries laid over them (camelot's cells binned
             into the rows textgrid found), to tell its column finding from its row finding.
Seconds: textgrid is lkj's whole `read_document` of the file (every page, ruled grids too) and,
in brackets, its `find_text_tables` calls alone; camelot is its `read_pdf` calls, one per page
with all of that page's regions.

It is a benchmark: it prints figures and asserts nothing.
"""

from __future__ import annotations

import difflib
import json
import re
import sys
import time
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors import pdf as pdf_module  # noqa: E402
from extractors import textgrid  # noqa: E402

FLAVOURS = ("stream", "network", "hybrid")
TABLES = ("perjanjian_kinerja", "anggaran", "rencana_triwulan", "capaian_kinerja")
KEY = {"anggaran": "uraian"}
NOT_PRINTED = {"level"}
PAD = 2.0  # points added around a region before camelot reads it


def folded(text) -> str:
    return " ".join(str(text or "").lower().split())


def similarity(a, b) -> float:
    return difflib.SequenceMatcher(None, folded(a), folded(b)).ratio()


def _code(text) -> str:
    return str(text).strip().rstrip(".)").lstrip("(").strip().lower()


def _amount(text: str) -> int | None:
    t = folded(text).replace("rp.", "").replace("rp", "").strip()
    t = re.sub(r"[,.]-+$", "", t)
    t = re.sub(r",\d{1,2}$", "", t)
    digits = re.sub(r"\D", "", t)
    return int(digits) if digits and re.fullmatch(r"[\d.\s]+", t) else None


def value_matches(field: str, want, text: str) -> bool:
    if not folded(text):
        return False
    if isinstance(want, (int, float)):
        return _amount(text) == round(want)
    if field.endswith("_no") or field in ("kode", "no"):
        return _code(want) == _code(text)
    if re.search(r"\d", str(want)):
        return re.sub(r"\s+", "", folded(want)) == re.sub(r"\s+", "", folded(text))
    return similarity(want, text) >= 0.90


def truth_rows(truth: dict) -> list[tuple[str, str, list[tuple[str, object]]]]:
    """(table, key text, [(field, printed value)]) of every truth row."""
    rows = []
    for table in TABLES:
        key = KEY.get(table, "indikator")
        for row in truth.get(table) or []:
            values = []
            for field, want in row.items():
                if field in (key, *NOT_PRINTED):
                    continue
                if isinstance(want, dict):
                    want = want.get("raw")
                if want is None or want == "" or isinstance(want, bool):
                    continue
                values.append((field.lstrip("_"), want))
            rows.append((table, row.get(key) or "", values))
    return rows


def _vocables(text: str) -> list[str]:
    return [w for w in (t.strip(".,;:()[]\"'%").lower() for t in str(text).split()) if w]


def in_scope(truth: list, regions_words: list[Counter]) -> list[bool]:
    """Per truth row: whether its table is one of those printed in the measured regions."""
    def inside(key: str) -> bool:
        words = Counter(_vocables(key))
        return bool(words) and any(sum(min(n, bag[w]) for w, n in words.items()) >= 0.9 * sum(words.values())
                                   for bag in regions_words)
    per_table: dict[str, list[bool]] = {}
    for table, key, _ in truth:
        per_table.setdefault(table, []).append(inside(key))
    counted = {t for t, flags in per_table.items() if sum(flags) >= 0.5 * len(flags)}
    return [table in counted for table, _, _ in truth]


def row_score(key: str, values: list, row: list[tuple[object, str]]) -> int:
    """Cells of one truth row that `row` (cells as (identity, text)) holds: 0 when its key is not there."""
    cells = {}
    for ident, text in row:
        cells.setdefault(ident, text)
    best = max(cells, key=lambda i: similarity(cells[i], key), default=None)
    if best is None or similarity(cells[best], key) < 0.85:
        return 0
    free = [i for i in cells if i != best]
    options = [[i for i in free if value_matches(field, want, cells[i])] for field, want in values]
    used, right = set(), 1
    for k in sorted(range(len(values)), key=lambda k: len(options[k])):
        pick = next((i for i in options[k] if i not in used), None)
        if pick is not None:
            used.add(pick)
            right += 1
    return right


def score(truth: list, scope: list[bool], rows: list[list[tuple[object, str]]]) -> tuple[int, int]:
    candidates = []
    for t, (table, key, values) in enumerate(truth):
        if not scope[t]:
            continue
        for r, row in enumerate(rows):
            if (s := row_score(key, values, row)) > 0:
                candidates.append((s, t, r))
    right, done, used = 0, set(), set()
    for s, t, r in sorted(candidates, reverse=True):
        if t not in done and r not in used:
            done.add(t)
            used.add(r)
            right += s
    cells = sum(1 + len(values) for t, (_, _, values) in enumerate(truth) if scope[t])
    return right, cells


def textgrid_rows(grid) -> list[list[tuple[object, str]]]:
    return [[(id(cell), folded(cell.text)) for cell in row if cell is not None] for row in grid.matrix()]


def row_bands(grid) -> list[float]:
    """Top (from the page top) of each row of a textgrid grid, then its bottom."""
    tops = []
    for r in range(grid.n_rows):
        starting = [c.bbox[1] for c in grid.cells if c.row0 == r]
        tops.append(min(starting) if starting else (tops[-1] if tops else grid.bbox[1]))
    tops[0] = grid.bbox[1]
    return tops + [grid.bbox[3]]


def camelot_rows(table, height: float, bands: list[float] | None) -> list[list[tuple[object, str]]]:
    if bands is None:
        return [[((r, c), folded(text)) for c, text in enumerate(row)] for r, row in enumerate(table.data)]
    binned: dict[int, dict[int, list[str]]] = {}
    for r, row in enumerate(table.cells):
        for c, cell in enumerate(row):
            text = folded(cell.text)
            if not text:
                continue
            mid = height - (cell.y1 + cell.y2) / 2
            band = max((b for b in range(len(bands) - 1) if bands[b] - 1 <= mid), default=0)
            binned.setdefault(band, {}).setdefault(c, []).append(text)
    return [[((b, c), " ".join(texts)) for c, texts in sorted(cols.items())] for b, cols in sorted(binned.items())]


class _Timed:
    """`find_text_tables` wrapped wherever lkj imported it, to time its calls."""

    def __init__(self):
        self.seconds = 0.0
        self.original = textgrid.find_text_tables
        self.modules = [m for name, m in list(sys.modules.items()) if name.startswith("extractors")
                        and getattr(m, "find_text_tables", None) is self.original]

    def __enter__(self):
        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return self.original(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - start
        for module in self.modules:
            module.find_text_tables = timed
        return self

    def __exit__(self, *exc):
        for module in self.modules:
            module.find_text_tables = self.original


def candidates() -> list[Path]:
    """Every PDF with a truth whose text layer lkj reads (scans have no text for camelot)."""
    shared = ROOT.parent / "shared"
    found = sorted((ROOT / "sample_pdfs").glob("*.pdf"))
    found += sorted(p for p in (shared / "corpus" / "pdfs").glob("*.pdf") if "--E-" not in p.name)
    found += sorted(p for p in (shared / "realworld" / "pdfs").glob("*.pdf")
                    if "scan" not in p.name and "ocrlayer" not in p.name)
    return [p for p in found if p.with_suffix(".json").exists()]


def measure(path: Path) -> dict | None:
    import camelot  # dev dependency: only benchmarks compare with it

    with _Timed() as timer:
        start = time.perf_counter()
        document = pdf_module.read_document(path)
        whole = time.perf_counter() - start
    regions = [(page, grid) for page in document.pages for grid in page.grids
               if grid.cells and not any(cell.ruled for cell in grid.cells)]
    if not regions:
        return None
    truth = truth_rows(json.loads(path.with_suffix(".json").read_text(encoding="utf-8")))
    bags = [Counter(w for cell in grid.cells for w in _vocables(cell.text)) for _, grid in regions]
    scope = in_scope(truth, bags)
    if not any(scope):
        return None  # the regions hold none of the truth's tables
    results = {"textgrid": (*score(truth, scope, [r for _, g in regions for r in textgrid_rows(g)]),
                            whole, timer.seconds)}
    by_page: dict[int, list] = {}
    for page, grid in regions:
        by_page.setdefault(page.number, []).append((page, grid))
    for flavour in FLAVOURS:
        as_is, tg_rows, seconds = [], [], 0.0
        for number, items in by_page.items():
            height = items[0][0].height
            areas = [f"{g.bbox[0] - PAD},{height - g.bbox[1] + PAD},{g.bbox[2] + PAD},{height - g.bbox[3] - PAD}"
                     for _, g in items]
            start = time.perf_counter()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    tables = camelot.read_pdf(str(path), pages=str(number), flavor=flavour, table_areas=areas,
                                              suppress_stdout=True)
                except Exception as error:  # noqa: BLE001 - a flavour that fails reads nothing
                    print(f"  {flavour} failed on {path.name} page {number}: {type(error).__name__}: {error}")
                    tables = []
            seconds += time.perf_counter() - start
            for _, grid in items:
                x0, top, x1, bottom = grid.bbox
                for table in tables:
                    tx0, ty0, tx1, ty1 = table._bbox
                    cx, cy = (tx0 + tx1) / 2, height - (ty0 + ty1) / 2
                    if x0 - PAD <= cx <= x1 + PAD and top - PAD <= cy <= bottom + PAD:
                        as_is.extend(camelot_rows(table, height, None))
                        tg_rows.extend(camelot_rows(table, height, row_bands(grid)))
        right, cells = score(truth, scope, as_is)
        results[flavour] = (right, cells, seconds, None)
        results[flavour + " tg-rows"] = (score(truth, scope, tg_rows)[0], cells, seconds, None)
    return {"regions": len(regions), "results": results}


def main(argv: list[str]) -> None:
    files = [p for p in candidates() if not argv or any(a in p.name for a in argv)]
    totals: dict[str, list[float]] = {}
    print(f"{'file / method':<56} {'right':>6} / {'cells':<6} {'%':>7}  {'seconds':>8}")
    for path in files:
        measured = measure(path)
        if measured is None:
            continue
        print(f"{path.name}  ({measured['regions']} regions)")
        for method, (right, cells, seconds, own) in measured["results"].items():
            extra = f"  ({own:.3f} textgrid)" if own is not None else ""
            print(f"  {method:<54} {right:>6} / {cells:<6} {100 * right / max(cells, 1):6.2f}%  {seconds:8.3f}{extra}")
            total = totals.setdefault(method, [0, 0, 0.0, 0.0])
            total[0] += right
            total[1] += cells
            total[2] += seconds
            total[3] += own or 0.0
    print("totals")
    for method, (right, cells, seconds, own) in totals.items():
        extra = f"  ({own:.3f} textgrid)" if method == "textgrid" else ""
        print(f"  {method:<54} {right:>6} / {cells:<6} {100 * right / max(cells, 1):6.2f}%  {seconds:8.3f}{extra}")


if __name__ == "__main__":
    main(sys.argv[1:])
