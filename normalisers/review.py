"""The `review` list: every value a person should check before it is trusted.

Each item says why it is listed (`reason`, the first that applies). Of OCRed values:
  low_confidence    the OCR was unsure of a word it was read from (below REVIEW_BELOW)
  repaired          lkj undid an OCR confusion its kind rules out ("10096" → 100%)
  spelling_differs  the same sasaran or indikator is spelled otherwise in another table
  obscured          a stamp or signature lies on or beside the text it was read from, or its
                    cell holds ink beside the words that no word was read from (a word lost)
  not_read          a report detail the OCRed text did not yield
  word_once         a word of it occurs nowhere else in the report (names recur)
  nip_invalid       the NIP does not open with a possible birth date and appointment month
  unruled           a scanned table drawn without rules: rows and columns are OCR's guess
  numbering_break   a row's number does not follow the row above: a budget row's "111" after "1.1"
                    (OCR may have lost a dot, and the level was told by that number), a sasaran
                    numbered lower than the one above it
  number_differs    another table prints another sasaran number for the same indikator (`value`
                    names them): the number kept may be misread alike in two tables
Of any value, a text layer's too (its words are sure; where lkj put them may not be):
  straddles_columns a word of the cell reaches across the cell's side: it holds two columns' words
  not_a_value       the cell does not read as its column's kind: a target, realisasi, capaian or
                    quarter that is no number, grade or "proses"; a jumlah or realisasi that is not
                    one amount of rupiah (two amounts in one cell are two rows run together)
  no_indikator      a row under this one holds values but no indikator (anggaran: no uraian), so it
                    is no row of its own: its values may belong here, or to an indikator lost
  carried_over      the row prints no sasaran: the one above it was carried into a cell that is not
                    drawn, or that is empty on a later page
  close_candidate   another table of the same kind came as close to being chosen (`value` names its
                    page and caption): the row, or the column that table has and this one lacks,
                    may be the other table's
  not_found         a report detail the text does not yield where the document should print it
  found_once        a report detail the text names once only: names and the year recur in a report
                    (cover, title, body, signature), so a reading met once may be a wrong one
Of a scanned page:
  layer_reread      the scanner's own text layer of the page did not read (extractors/layer.py) and
                    was set aside: the page was OCRed instead (`raw`: what the layer said there;
                    `confidence`: the share of the layer's words that are words)
`confidence` is the OCR's, 0-1; 1.0 for a text layer, whose words are never in doubt.
`box` is where on its page the value was read (`boxes`, below; of a field read as null, the
cells that printed something else), null when lkj does not know.

Each row of the four tables keeps, under `boxes`, where each of its fields that is not null was
read: field → {page, x0, top, x1, bottom}, in points of the page as a viewer shows it (top-left
origin), round the field's cells that print something (on the page of the first of them). An
OCRed page's cells lie in the frame OCR read it in; `frames` (page → records.Page.to_page) takes
them back.
"""

from __future__ import annotations

import re
from collections import Counter

from rapidfuzz import fuzz

from extractors.metadata import expects_instansi, times_named
from extractors.records import on_page

from .rows import DOUBTS, REPAIRED, SOURCES

# Every reason an item may give, as the docstring explains them.
REASONS = ("low_confidence", "repaired", "spelling_differs", "obscured", "not_read", "word_once", "nip_invalid",
           "unruled", "straddles_columns", "not_a_value", "no_indikator", "carried_over", "close_candidate",
           "not_found", "found_once", "layer_reread", "numbering_break",
           "number_differs")

# Tesseract's word confidence (0-100) under which a value is listed. Misread words mostly
# score below it; what scores above it and is still wrong is caught by the kind checks.
REVIEW_BELOW = 90.0

TABLES = ("perjanjian_kinerja", "anggaran", "rencana_triwulan", "capaian_kinerja")
# The row key of where each field was read.
BOXES = "boxes"
# Fields made of what cells print, not read from one: a budget row's level is told by its
# number's depth or its uraian's first word.
_INFERRED = {"level"}


# Fields read as a VALUE, and budget fields read as rupiah.
_VALUE_FIELDS = {"target", "realisasi", "capaian", "tw1", "tw2", "tw3", "tw4"}
_RUPIAH_FIELDS = {"jumlah", "realisasi"}
# A figure grouped in thousands: two of them in one budget cell are two amounts.
_AMOUNT = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
# What a cell prints for "nothing": no value to doubt.
_NOTHING = re.compile(r"^[-–—.\s]*$")


def table_review(report: dict, frames: dict[int, tuple] | None = None) -> list[dict]:
    """Take each row's sources and doubts out of `report`, leaving where its fields were read
    (`boxes`), and list its doubtful or repaired values."""
    items = []
    disagreeing = _disagreeing_spellings(report)
    for table in TABLES:
        for index, row in enumerate(report[table]):
            sources, repaired = row.pop(SOURCES, {}), row.pop(REPAIRED, set())
            # A field read as nothing (null) has no box: its cells print no value of it.
            row[BOXES] = {column: box for column, cells in sources.items()
                          if column not in _INFERRED and row.get(column) is not None
                          and (box := cells_box(cells, frames)) is not None}
            doubts = {}
            for column, reason, page, raw, value in row.pop(DOUBTS, []):
                doubts.setdefault(column, (reason, page, raw, value))  # the first doubt of a column
            # A scanned table without rules: its rows and columns come from where OCR put the
            # words, and a row may have been split or a value put in the next column.
            scanned_unruled = any(c.confidence is not None and not c.ruled
                                  for cells in sources.values() for c in cells)
            # A cell spanning the indikator (uraian) column too is a heading over the value columns.
            named = {id(c) for key in ("indikator", "uraian") for c in sources.get(key, [])}
            for column in dict.fromkeys([*sources, *doubts]):
                cells = sources.get(column, [])
                confidences = [c.confidence for c in cells if c.confidence is not None and (c.text or c.confidence == 0)]
                reason = None
                if confidences or scanned_unruled:
                    confidence = min(confidences) if confidences else 0.0  # nothing read where a value may stand
                    reason = ("low_confidence" if confidence < REVIEW_BELOW else "repaired" if column in repaired
                              else "spelling_differs" if (table, index, column) in disagreeing
                              else "obscured" if any(c.unread_ink for c in cells)
                              else "unruled" if scanned_unruled else None)
                else:
                    confidence = 100.0
                raw = " ".join(" ".join(c.text.split()) for c in _distinct(cells))
                page, value = cells[0].page if cells else row.get("page"), row.get(column)
                if reason is None and not (cells and column not in ("indikator", "uraian")
                                           and all(id(c) in named for c in cells)):
                    reason = _misplaced(table, column, cells, value)
                if reason is None and column in doubts:
                    reason, page, doubted_raw, doubted = doubts[column]
                    raw = doubted_raw if doubted_raw is not None else raw
                    value = doubted if doubted is not None else value
                if reason is None:
                    continue
                items.append({
                    "table": table, "row": index, "column": column, "page": page or row.get("page"),
                    "raw": raw or None, "value": value, "confidence": round(confidence / 100, 3), "reason": reason,
                    # Where the value was read, or the cells that printed no value of it.
                    "box": row[BOXES].get(column) or cells_box(cells, frames),
                })
    return items


def cells_box(cells: list, frames: dict[int, tuple] | None = None) -> dict | None:
    """Where on its page a field read from `cells` is: round those of them that print something,
    on the page of the first (a sasaran merged over a page break goes on on the next page; the
    reviewer is shown where it starts). None when no cell prints anything."""
    printed = [c for c in _distinct(cells) if c.text and c.text.strip()]
    if not printed:
        return None
    page = printed[0].page
    boxes = [on_page(c.printed_bbox, (frames or {}).get(page)) for c in printed if c.page == page]
    return page_box(page, (min(b[0] for b in boxes), min(b[1] for b in boxes),
                           max(b[2] for b in boxes), max(b[3] for b in boxes)))


def page_box(page: int, bbox: tuple[float, float, float, float]) -> dict:
    x0, top, x1, bottom = bbox
    return {"page": page, "x0": round(float(x0), 1), "top": round(float(top), 1), "x1": round(float(x1), 1),
            "bottom": round(float(bottom), 1)}


def _line_box(line, frames: dict[int, tuple] | None) -> dict:
    return page_box(line.page, on_page((line.x0, line.top, line.x1, line.bottom), (frames or {}).get(line.page)))


def _misplaced(table: str, column: str, cells: list, value) -> str | None:
    """What the cell itself says against the value read from it: words reaching into the next
    column, or text that is not what its column holds."""
    if any(c.straddles for c in cells):
        return "straddles_columns"
    text = " ".join(c.text for c in _distinct(cells) if c.text)
    if table == "anggaran" and column == "jumlah" and _NOTHING.match(text):
        # A budget row prints its pagu: a row without one is a heading read as a row, or its
        # amount stands in another row.
        return "not_a_value"
    if _NOTHING.match(text):
        return None
    if table == "anggaran" and column in _RUPIAH_FIELDS:
        return "not_a_value" if value is None or len(_AMOUNT.findall(text)) >= 2 else None
    if column in _VALUE_FIELDS and isinstance(value, dict) and value.get("number") is None \
            and not value.get("category") and not value.get("status"):
        return "not_a_value"
    return None


def _disagreeing_spellings(report: dict) -> set[tuple[str, int, str]]:
    """Sasaran and indikator are printed in several tables. OCRed spellings of one name that
    differ by a letter or two ("Penyelenggaraan" / "penyelenggaraan"), however sure the OCR
    was, mean one reading is wrong: every spelling but the one most rows agree on is listed,
    and all of them when no spelling has a majority."""
    readings: dict[str, list[tuple[str, int, str]]] = {}
    for table in TABLES:
        for index, row in enumerate(report[table]):
            for column in ("sasaran", "indikator"):
                cells = row.get(SOURCES, {}).get(column, [])
                if row.get(column) and any(c.confidence is not None for c in cells):
                    readings.setdefault(row[column], []).append((table, index, column))
    spellings = sorted(readings, key=lambda text: -len(readings[text]))
    listed: set[tuple[str, int, str]] = set()
    for text in spellings:
        near = [other for other in spellings if other != text
                and fuzz.ratio(" ".join(other.lower().split()), " ".join(text.lower().split())) >= 90]
        if not near:
            continue
        most = max(len(readings[other]) for other in near)
        if len(readings[text]) <= most:
            listed.update(readings[text])
    return listed


def layer_review(reread: dict[int, str], known: float) -> list[dict]:
    """One item for each scanned page whose own text layer was set aside and OCRed over: the page
    is to be checked against the picture, whatever its values' confidences say."""
    return [{"table": "laporan", "row": None, "column": "halaman", "page": page, "raw": said or None,
             "value": None, "confidence": round(known, 3), "reason": "layer_reread", "box": None}
            for page, said in sorted(reread.items())]


def laporan_review(laporan: dict, lines, frames: dict[int, tuple] | None = None) -> list[dict]:
    """The report's metadata read from OCRed running text: each value with the confidence of
    the words it was read from (the line that holds most of its words), and that line's box."""
    items = []
    fields = [(key, laporan.get(key)) for key in ("unit_kerja", "instansi", "pemda", "tahun", "triwulan")]
    signer = laporan.get("penandatangan") or {}
    fields += [(f"penandatangan.{key}", signer.get(key)) for key in ("nama", "pangkat", "nip", "jabatan")]
    ocr_lines = [line for line in lines if line.confidences]
    if not ocr_lines:
        return _text_layer_review(laporan, fields, list(lines))
    # A name is printed more than once in a report (cover, body, signature); a word of it met only
    # once was most likely misread there, however sure the OCR was.
    seen = Counter(_key(w) for line in ocr_lines for w in line.text.split())
    for column, value in fields:
        if value is None:
            # Not found in the OCRed text: a person reads it off the page.
            items.append({"table": "laporan", "row": None, "column": column, "page": None, "raw": None,
                          "value": None, "confidence": 0.0, "reason": "not_read", "box": None})
            continue
        signer_field = column.startswith("penandatangan.")
        # The signer's values come from the signature block: on the NIP's page (or the page before,
        # where the jabatan may have been left), the last of equally good lines.
        candidates = _block_lines(ocr_lines, signer.get("nip")) if signer_field else ocr_lines
        found = _support(str(value), candidates, prefer_last=signer_field)
        if found is None:
            continue
        line, confidence = found
        unique = isinstance(value, str) and not value.isdigit() and any(
            seen[_key(w)] <= 1 for w in value.split() if len(_key(w)) >= 4)
        implausible = column == "penandatangan.nip" and not plausible_nip(str(value))
        obscured = line.obscured or (column.startswith("penandatangan.") and _block_obscured(line, ocr_lines))
        reason = ("low_confidence" if confidence < REVIEW_BELOW else "obscured" if obscured
                  else "nip_invalid" if implausible else "word_once" if unique else None)
        if reason:
            items.append({"table": "laporan", "row": None, "column": column, "page": line.page, "raw": line.text,
                          "value": value, "confidence": round(confidence / 100, 3), "reason": reason,
                          "box": _line_box(line, frames)})
    return items


# Report details every document prints, and a report prints more than once: the unit's and the
# region's names (cover, title, body, signature block) and the year (cover, title, headers). A
# signer is not printed in every lampiran, and is printed once in many reports.
_RECUR = ("unit_kerja", "pemda", "tahun")
_PRINTED = ("unit_kerja", "pemda", "tahun")
_LONG_REPORT = 5  # pages of running text


def _text_layer_review(laporan: dict, fields: list[tuple[str, object]], lines) -> list[dict]:
    """A text layer's report details: one not found where every report prints it, or found once
    where a report repeats it."""
    if not lines:
        return []
    named = times_named(laporan, lines)
    # A document of a few pages (a PK lampiran) prints its title once: only a report repeats it.
    long_report = len({line.page for line in lines}) >= _LONG_REPORT
    items = []
    for column, value in fields:
        if value is None:
            expected = column in _PRINTED or (column == "instansi" and expects_instansi(laporan.get("unit_kerja")))
            reason = "not_found" if expected else None
        else:
            reason = "found_once" if long_report and column in _RECUR and named.get(column, 0) <= 1 else None
        if reason:
            # Not found, or found once: no one line it was read from.
            items.append({"table": "laporan", "row": None, "column": column, "page": None,
                          "raw": None, "value": value, "confidence": 1.0, "reason": reason, "box": None})
    return items


def _block_lines(lines, nip: str | None) -> list:
    """The signature block: the lines centred over the NIP's line (or the last line), up to
    about ten lines above it, and the foot of the page before, where a jabatan may be left."""
    anchor = next((line for line in reversed(lines) if nip and nip in re.sub(r"\D", "", line.text)), lines[-1])
    middle = (anchor.x0 + anchor.x1) / 2

    def in_column(line) -> bool:
        return abs((line.x0 + line.x1) / 2 - middle) <= 80

    block = [line for line in lines if in_column(line) and (
        (line.page == anchor.page and anchor.top - 200 <= line.top <= anchor.top)
        or line.page == anchor.page - 1 and line.top >= max(l.top for l in lines if l.page == line.page) - 150)]
    return block or [anchor]


def _block_obscured(line, lines, reach: float = 120.0) -> bool:
    """Whether a stamp or signature lies on the signature block `line` belongs to: the lines
    of its page above and below it, in its column. A jabatan spans several of them."""
    return any(other.obscured for other in lines
               if other.page == line.page and abs(other.top - line.top) <= reach
               and other.x0 <= line.x1 and line.x0 <= other.x1)


def _key(word: str) -> str:
    return re.sub(r"[^0-9a-z]", "", word.lower())


def _support(value: str, lines, prefer_last: bool = False) -> tuple | None:
    wanted = {_key(w) for w in value.split()} - {""}
    if value.isdigit() and len(value) > 4:  # a NIP printed in groups
        wanted = {value}
    best, best_hits = None, 0
    for line in lines:
        keys = [_key(w) for w in line.text.split()]
        if value.isdigit() and len(value) > 4:
            hits = int(value in "".join(k for k in keys if k.isdigit()))
        else:
            hits = len(wanted & set(keys))
        if hits > best_hits or (prefer_last and hits and hits == best_hits):
            best, best_hits = line, hits
    if best is None:
        return None
    keys = [_key(w) for w in best.text.split()]
    used = [c for k, c in zip(keys, best.confidences) if c is not None and (k in wanted or k.isdigit())]
    return best, min(used) if used else min(c for c in best.confidences if c is not None)


def _distinct(cells: list) -> list:
    seen = []
    for cell in cells:
        if all(cell is not s for s in seen):
            seen.append(cell)
    return seen


def plausible_nip(nip: str) -> bool:
    """An NIP opens with its holder's birth date (YYYYMMDD) and the month of appointment
    (YYYYMM): a misread digit there usually makes an impossible date."""
    if not re.fullmatch(r"\d{18}", nip):
        return False
    born, month, day = int(nip[:4]), int(nip[4:6]), int(nip[6:8])
    appointed, appointed_month = int(nip[8:12]), int(nip[12:14])
    return (1940 <= born <= 2010 and 1 <= month <= 12 and 1 <= day <= 31
            and born + 15 <= appointed <= 2100 and 1 <= appointed_month <= 12 and nip[14] in "12")
