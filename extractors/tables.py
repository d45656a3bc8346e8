"""Find the LKj tables among a document's grids, by what their headers say.

A grid's leading rows are its header when their words are header words; each
column gets a role from its header text ("Indikator Kinerja" → indikator,
"Triwulan II" → tw2). The set of roles says which table it is. A grid with no
header that continues the previous page's table (same columns, first on its
page) is stitched onto it; a repeated header is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from normalisers.values import TRIWULAN_PATTERN, triwulan_number

from .pdf import Cell, Document, Grid, Line

KINDS = ("perjanjian_kinerja", "anggaran", "rencana_triwulan", "capaian_kinerja")

# Words that make up column headers; a row made mostly of these is a header row.
_HEADER_VOCABULARY = set(
    """no no. nomor sasaran strategis program indikator kinerja utama iku target tahunan realisasi
    capaian pencapaian triwulan tw trw q kuartal rencana prosentase persentase presentase progres proges
    progress anggaran rp rp. (rp) (rp.) keterangan uraian kegiatan sub subkegiatan jumlah pagu sumber
    dana satuan formula penjelasan tahun (%) % i ii iii iv 1 2 3 4 s.d. s/d sd dan / - per kinerja,
    pagu, tingkat nilai akhir kode rekening strategis utama tahunan keuangan fisik ket. ket target, (rp.) rp,
    definisi operasional cara perhitungan sumber data""".split()
)


_LONG_HEADER_WORDS = sorted(w for w in _HEADER_VOCABULARY if len(w) >= 5 and w.isalpha())


@dataclass
class Table:
    """One logical table: its kind, a role per column, its body rows (cells per column)."""

    kind: str
    roles: list[str | None]
    rows: list[list[Cell | None]]
    pages: list[int]
    title: str | None = None
    header: list[str] = field(default_factory=list)


def find_tables(document: Document) -> dict[str, list[Table]]:
    """Every LKj table of the document, grouped by kind, in document order."""
    found: dict[str, list[Table]] = {kind: [] for kind in KINDS}
    previous: Table | None = None
    previous_grid: Grid | None = None
    for page in document.pages:
        for index, grid in enumerate(page.grids):
            matrix = grid.matrix()
            n_header = _count_header_rows(matrix)
            labels = _numbering_columns_named([_percent_misread(label) for label in
                                               _column_labels(matrix[:n_header], grid.n_cols)], matrix[n_header:])
            roles = _numbered_first_column(_quarters_in_order(labels, [_role(label) for label in labels]),
                                           matrix[n_header:])
            kind = _kind(roles)
            continues = (
                previous is not None
                and previous_grid is not None
                and index == 0
                and previous_grid.page == page.number - 1
                and previous_grid is _last_grid(document, previous_grid.page)
                and grid.n_cols == len(previous.roles)
                # A repeated header: the same names, or (read by OCR, a letter off) the same roles.
                and (kind is None or (kind == previous.kind and (labels == previous.header or roles == previous.roles)))
            )
            body = [row for row in matrix[n_header if kind else 0:] if _is_body_row(row)]
            if continues:
                previous.rows.extend(body)
                previous.pages.append(page.number)
                previous_grid = grid
                continue
            if kind is None:
                continue
            table = Table(kind, roles, body, [page.number], _title_above(page.lines, grid), labels)
            found[kind].append(table)
            previous, previous_grid = table, grid
    return found


def _last_grid(document: Document, page_number: int) -> Grid | None:
    grids = document.pages[page_number - 1].grids
    return grids[-1] if grids else None


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"\s+", text.lower()) if w]


_HEADER_TOKEN = re.compile(r"^\(?(?:q|tw|trw)?[1-4]\)?$|^\(?(?:19|20)\d\d\)?$|^[ivx]+$")


def _is_header_text(text: str) -> bool:
    words = _words(text)
    if not words:
        return True
    known = sum(1 for i, w in enumerate(words) if w in _HEADER_VOCABULARY or w.strip(".():,") in _HEADER_VOCABULARY
                or _HEADER_TOKEN.match(w.strip(".:,")) or _misread_header_word(w)
                or (i > 0 and words[i - 1] == "triwulan" and len(w) <= 3))  # "Triwulan lll", OCR's "III"
    return known / len(words) >= 0.6


def _misread_header_word(word: str) -> bool:
    """A header word OCR got a letter or two wrong ("Indikatar", "Realicaci")."""
    word = word.strip(".():,")
    return len(word) >= 5 and process.extractOne(word, _LONG_HEADER_WORDS, scorer=fuzz.ratio, score_cutoff=75) is not None


def _is_column_numbers(row: list[Cell | None]) -> bool:
    """A row "(1) (2) (3) …" numbering the columns, printed under many headers."""
    texts = [c.text for c in _distinct(row) if c.text]
    numbers = [re.fullmatch(r"\(?(\d{1,2})\)?", t) for t in texts]
    return len(texts) >= 3 and all(numbers) and [int(m.group(1)) for m in numbers] == sorted(int(m.group(1)) for m in numbers)


_VALUE_TOKEN = re.compile(r"\d|%|\b(kategori|proses|predikat)\b", re.IGNORECASE)


def _is_header_cell(text: str) -> bool:
    """Column names: header words, or a few words with no figure in them ("Target Kumulatif")."""
    if _is_header_text(text):
        return True
    return len(_words(text)) <= 6 and not _VALUE_TOKEN.search(text)


def _count_header_rows(matrix: list[list[Cell | None]]) -> int:
    count = 0
    for row in matrix[:4]:
        cells = [c for c in _distinct(row) if c.text]
        if not cells or not all(_is_header_cell(c.text) for c in cells):
            break
        if count == 0 and not any(_role(c.text) for c in cells):
            break  # the first header row names at least one column we know
        count += 1
    return count


def _column_labels(header_rows: list[list[Cell | None]], n_cols: int) -> list[str]:
    labels = []
    for col in range(n_cols):
        parts: list[str] = []
        for row in header_rows:
            cell = row[col]
            if cell is not None and cell.text and (not parts or parts[-1] != cell.text):
                parts.append(cell.text)
        labels.append(" ".join(parts))
    return labels


def _numbering_columns_named(labels: list[str], body: list[list[Cell | None]]) -> list[str]:
    """A column with no name of its own holding only numbers ("1.1", "1.2") numbers the column to
    its right: "Indikator Kinerja" printed over both, its cell merged or not."""
    named = list(labels)
    for col in range(len(labels) - 1):
        texts = [row[col].text for row in body if row[col] is not None and row[col].text]
        if not labels[col] and texts and all(re.fullmatch(r"\(?\d+(\.\d+)*[.)]?", t.strip()) for t in texts):
            named[col] = labels[col + 1]
    return named


# "1.", "2.1", and OCR's readings of them ("l.", "|").
_NUMBERING_TEXT = re.compile(r"\(?[\dIl|L]{1,3}(\.[\dIl|L]{1,3})*[.)]?")


def _percent_misread(label: str) -> str:
    """"Capaian (Yo)": OCR's reading of "(%)", which gives the column's values their unit."""
    return re.sub(r"\((?:Yo|yo|%o|o/o|9/6)\)", "(%)", label)


def _numbered_first_column(roles: list[str | None], body: list[list[Cell | None]]) -> list[str | None]:
    """The leftmost column, its header unread ("Na" for "No"), holding nothing but numberings, is
    the No column."""
    texts = [row[0].text.strip() for row in body if row and row[0] is not None and row[0].text]
    if roles and roles[0] is None and texts and all(_NUMBERING_TEXT.fullmatch(t) for t in texts):
        return ["no", *roles[1:]]
    return roles


def _role(label: str) -> str | None:
    text = label.lower()
    quarter = TRIWULAN_PATTERN.search(text)
    if quarter and triwulan_number(quarter["q"]) and not re.match(r"(realisasi|capaian)\b", text):
        return f"tw{triwulan_number(quarter['q'])}"  # but "Realisasi s.d. Triwulan II" is realisasi
    checks = [
        ("realisasi_anggaran", r"realisasi\s+(keuangan|anggaran)"),
        ("realisasi", r"realisasi"),
        ("capaian", r"capaian|pencapaian"),
        ("indikator", r"indikator"),
        ("sasaran", r"sasaran"),
        ("satuan", r"satuan"),
        ("target", r"target|rencana"),
        ("no", r"^(no|nomor|no urut|kode|kode rekening)\.?$"),
        ("uraian", r"program|kegiatan|uraian"),
        ("jumlah", r"anggaran|pagu|jumlah|\(rp|rupiah"),
        ("keterangan", r"keterangan|sumber|penjelasan|formula"),
    ]
    for role, pattern in checks:
        if re.search(pattern, _respelled(text)):
            return role
    return None


def _respelled(text: str) -> str:
    """A scanned header's words misread by a letter or two ("Indikatar Sasaran", "Canaian")
    put back to the header words they are nearest to."""
    def nearest(match: re.Match) -> str:
        word = match.group(0)
        found = process.extractOne(word, _ROLE_WORDS, scorer=fuzz.ratio, score_cutoff=75)
        return found[0] if found else word

    return re.sub(r"[a-z]{6,}", nearest, text)


_ROLE_WORDS = ["realisasi", "capaian", "pencapaian", "indikator", "sasaran", "target", "rencana", "program",
               "kegiatan", "uraian", "anggaran", "keterangan"]


# "Triwulann", "Twi", "TWH": OCR runs the numeral into the word.
_QUARTER_WORD = re.compile(r"\b(tri\s*wulan\w{0,3}|tw\w{0,3}|trw\w{0,3}|kuartal)\b", re.IGNORECASE)


def _quarters_in_order(labels: list[str], roles: list[str | None]) -> list[str | None]:
    """Four columns headed "Triwulan ..." are TW I-IV left to right, even where a numeral is
    unreadable: OCR reads "III" as "lll" or "ni"."""
    columns = [i for i, label in enumerate(labels) if _QUARTER_WORD.search(label)
               and not re.match(r"\s*(realisasi|capaian)\b", label, re.IGNORECASE)]
    if len(columns) != 4 or [roles[i] for i in columns] == ["tw1", "tw2", "tw3", "tw4"]:
        return roles
    roles = list(roles)
    for n, i in enumerate(columns, start=1):
        roles[i] = f"tw{n}"
    return roles


def _kind(roles: list[str | None]) -> str | None:
    present = set(roles)
    quarters = sum(1 for q in ("tw1", "tw2", "tw3", "tw4") if q in present)
    if "indikator" in present and quarters >= 3:
        return "rencana_triwulan"
    if "indikator" in present and "realisasi" in present and "capaian" in present:
        return "capaian_kinerja"
    if "indikator" in present and "target" in present and "realisasi" not in present:
        return "perjanjian_kinerja"
    # The Perjanjian Kinerja's budget table; one with a realisation column is a budget
    # realisation report, not ours.
    if "uraian" in present and "jumlah" in present and not present & {"indikator", "realisasi", "realisasi_anggaran"}:
        return "anggaran"
    return None


def _distinct(row: list[Cell | None]) -> list[Cell]:
    seen: list[Cell] = []
    for cell in row:
        if cell is not None and all(cell is not s for s in seen):
            seen.append(cell)
    return seen


def _is_body_row(row: list[Cell | None]) -> bool:
    return any(c is not None and c.text for c in row) and not _is_column_numbers(row)


def _title_above(lines: list[Line], grid: Grid) -> str | None:
    """The nearest line of text above the grid on its page: its caption or section title."""
    above = [line for line in lines if line.bottom <= grid.bbox[1] + 1]
    return above[-1].text if above else None
