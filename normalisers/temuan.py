"""Findings a reviewer (reviu LKj) raises on one report. Messages are in Indonesian.

`where` says which table, which row (index into the contract array), which page.
"""

from __future__ import annotations

import re

from extractors.vocabulary import ORGANISATION_NAME, ROMAN_OF, TRIWULAN_IN_TEXT, triwulan_number

from .capaian import FORMULAS, checkable, consistent, formula_value, formulas_for, reproduces
from .capaian import printed_matches as printed_capaian_matches  # noqa: F401  (the name tests and callers use)
from .indikator import comparable, lower_is_better, similarity
from .jenis import LABELS as JENIS_LABELS
from .jenis import required_tables
from .values import format_number

TABLE_LABELS = {
    "perjanjian_kinerja": "Perjanjian Kinerja",
    "anggaran": "Anggaran",
    "rencana_triwulan": "Rencana Triwulan",
    "capaian_kinerja": "Capaian Kinerja",
}
MONTHS = "januari februari maret april mei juni juli agustus september oktober november desember".split()
_MONTH = r"(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|nopember|november|desember)"
_UNTIL = r"(?:sampai\s+dengan|sampai|hingga|s\.?\s?d\.?|s/d|-|–)"
_MONTH_RANGE = re.compile(rf"\b(?:bulan\s+)?{_MONTH}(?:\s+\d{{4}})?\s*{_UNTIL}\s*(?:bulan\s+)?{_MONTH}\b", re.IGNORECASE)
_UNTIL_MONTH = re.compile(rf"\b(?:sampai\s+dengan|sampai|hingga|s\.?\s?d\.?|s/d|per)\s+(?:akhir\s+)?bulan\s+{_MONTH}\b", re.IGNORECASE)
_QUARTER = TRIWULAN_IN_TEXT
# A quarter named to compare with or to plan for is not a wrong period.
_ELSEWHERE = re.compile(r"\b(dibanding\w*|sebelumnya|berikutnya|selanjutnya|mendatang|akan|yang\s+lalu|lalu|rencana\w*)\b", re.IGNORECASE)


def finding(code: str, severity: str, message: str, **where) -> dict:
    return {"code": code, "severity": severity, "message": message, "where": where}


def review(report: dict, narrative: list[tuple[int, str]]) -> list[dict]:
    """All findings on one extracted report. `narrative` is (page, text) of the running text."""
    return missing_tables(report) + value_findings(report) + period_mismatches(report["laporan"], narrative)


# The findings on a report's table values: what a reviewer's correction of a value recomputes.
VALUE_CODES = ("capaian_mismatch", "target_mismatch", "capaian_outlier", "indikator_mismatch")


def value_findings(report: dict) -> list[dict]:
    """The findings on the tables' values alone (VALUE_CODES), in the order `review` gives them."""
    findings = []
    pairs = align(report["capaian_kinerja"], report["perjanjian_kinerja"])
    targets = target_mismatches(report["capaian_kinerja"], report["perjanjian_kinerja"], pairs)
    # A capaian computed against the PK's target, beside another target printed: the target differs,
    # the capaian is not miscomputed.
    follows_pk = {t["where"]["row"] for t in targets if t["where"].get("capaian_follows") == "perjanjian_kinerja"}
    findings += [found for found in capaian_mismatches(report["capaian_kinerja"])
                 if found["where"]["row"] not in follows_pk]
    findings += targets
    findings += capaian_outliers(report["capaian_kinerja"])
    findings += indikator_mismatches(report, pairs)
    return findings


def missing_tables(report: dict) -> list[dict]:
    """The tables the kind of document should hold (normalisers.jenis) and does not: an annual report
    need not plan by quarter, a Perjanjian Kinerja measures nothing yet, a Rencana Aksi only plans."""
    laporan = report["laporan"]
    jenis = laporan.get("jenis") or ("lkj_triwulan" if laporan.get("triwulan") else "lkjip")
    required = required_tables(jenis)
    return [
        finding("table_not_found", "warning", f"Tabel {label} tidak ditemukan atau tidak dapat dibaca; "
                                              f"{JENIS_LABELS.get(jenis, 'laporan')} semestinya memuatnya.", table=kind)
        for kind, label in TABLE_LABELS.items()
        if not report[kind] and kind in required
    ]


# --- capaian ---------------------------------------------------------------------------------

def capaian_mismatches(rows: list[dict]) -> list[dict]:
    """Rows whose printed capaian no formula of the indikator's direction yields (normalisers.capaian)."""
    found = []
    for index, row in enumerate(rows):
        target, realisasi, capaian = row["target"], row["realisasi"], row["capaian"]
        if consistent(target, realisasi, capaian, lower_is_better(row["indikator"])) is not False:
            continue
        value = formula_value("biasa", target["number"], realisasi["number"])
        found.append(finding(
            "capaian_mismatch", "warning",
            f"Capaian tercantum {capaian['raw']} untuk indikator \"{row['indikator']}\", sedangkan "
            f"{FORMULAS['biasa']} = {realisasi['raw']} / {target['raw']} × 100 = {format_number(value, 2)}%.",
            table="capaian_kinerja", row=index, page=row.get("page"), computed=round(value, 4),
        ))
    return found


# A capaian this far above its target is rarely earned: the target was set too low, or a figure was
# misprinted or misread. It is not an error, so it is a note (info) for a reviewer to decide on.
OUTLIER_CAPAIAN = 150.0


def capaian_outliers(rows: list[dict]) -> list[dict]:
    """Rows whose capaian (as printed; else as the indikator's direction computes it) is over
    OUTLIER_CAPAIAN percent."""
    found = []
    for index, row in enumerate(rows):
        value = _capaian_of(row)
        if value is None or value <= OUTLIER_CAPAIAN:
            continue
        target, realisasi, capaian = row["target"], row["realisasi"], row["capaian"]
        shown = (f"tercantum {capaian['raw']}" if capaian and capaian.get("number") == value else
                 f"{format_number(value, 2).rstrip('0').rstrip(',')}% (dihitung)")
        found.append(finding(
            "capaian_outlier", "info",
            f"Capaian indikator \"{row['indikator']}\" {shown} (realisasi {realisasi['raw']} terhadap target "
            f"{target['raw']}), jauh di atas target (lebih dari {OUTLIER_CAPAIAN:.0f}%): targetnya mungkin terlalu "
            f"rendah, atau angkanya salah tulis atau salah baca. Periksa apakah capaian ini wajar.",
            table="capaian_kinerja", row=index, page=row.get("page"), computed=round(value, 4),
        ))
    return found


def _capaian_of(row: dict) -> float | None:
    """The printed capaian when it is a percentage; else the one the figures give (for an indikator
    where lower is better, the lower of its two formulas: an outlier by either is not claimed)."""
    target, realisasi, capaian = row["target"], row["realisasi"], row["capaian"]
    if target is None or realisasi is None or target.get("unit") == "kategori":
        return None
    if capaian and capaian.get("number") is not None and capaian.get("unit") in ("%", None):
        return capaian["number"]
    names = ("selisih", "kebalikan") if lower_is_better(row["indikator"]) else ("biasa",)
    values = [v for v in (formula_value(name, target["number"], realisasi["number"]) for name in names)
              if v is not None]
    return min(values) if values else None


# --- rows of one indikator across tables -------------------------------------------------------

def align(rows: list[dict], reference: list[dict]) -> dict[int, int]:
    """Pair each row with its Perjanjian Kinerja row: similar wording, near the same place."""
    scored = []
    for i, row in enumerate(rows):
        for j, ref in enumerate(reference):
            distance = abs(i / max(len(rows), 1) - j / max(len(reference), 1))
            scored.append((similarity(row["indikator"], ref["indikator"]) - 30 * distance, i, j))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for score, i, j in sorted(scored, reverse=True):
        if score < 45 or i in pairs or j in used:
            continue
        pairs[i] = j
        used.add(j)
    return pairs


# Units of a different measure: 100% and 100 dokumen are two targets; 14 and "14 UPP" (the unit printed
# in one table only, or in a Satuan column beside it) are one.
_MEASURE_UNITS = {"%", "rp", "indeks", "kategori"}


def _same_value(a: dict | None, b: dict | None) -> bool:
    if a is None or b is None:
        return a is b
    if a["number"] is not None or b["number"] is not None:
        if not _close(a["number"], b["number"]):
            return False
        units = {a["unit"], b["unit"]} - {None}
        return len(units) < 2 or not units & _MEASURE_UNITS
    if a["category"] or b["category"]:
        return (a["category"] or "").lower() == (b["category"] or "").lower()
    return " ".join(a["raw"].lower().split()) == " ".join(b["raw"].lower().split())


def _close(x, y) -> bool:
    return x is not None and y is not None and abs(x - y) < 1e-9


def target_mismatches(rows: list[dict], reference: list[dict], pairs: dict[int, int]) -> list[dict]:
    """Capaian rows whose target differs from their PK row's. Where the printed capaian can be
    recomputed, the message says which of the two targets it follows (`where.capaian_follows`:
    "capaian_kinerja", "perjanjian_kinerja", or absent when neither)."""
    found = []
    for i, j in sorted(pairs.items()):
        row = rows[i]
        ours, theirs = row["target"], reference[j]["target"]
        if theirs is None or ours is None or _same_value(ours, theirs):
            continue
        message = (f"Target indikator \"{row['indikator']}\" pada tabel Capaian Kinerja ({ours['raw']}) "
                   f"berbeda dengan target pada Perjanjian Kinerja ({theirs['raw']}).")
        follows = _capaian_follows(row, theirs)
        if follows == "perjanjian_kinerja":
            message += (f" Capaian tercantum {row['capaian']['raw']} dihitung terhadap target Perjanjian Kinerja "
                        f"({theirs['raw']}), bukan terhadap target yang tercetak di tabel ini.")
        elif follows == "capaian_kinerja":
            message += (f" Capaian tercantum {row['capaian']['raw']} dihitung terhadap target tabel Capaian Kinerja "
                        f"({ours['raw']}).")
        where = {"capaian_follows": follows} if follows else {}
        found.append(finding("target_mismatch", "warning", message, table="capaian_kinerja", row=i,
                             page=row.get("page"), perjanjian_kinerja_row=j, **where))
    return found


def _capaian_follows(row: dict, pk_target: dict) -> str | None:
    """Which target the printed capaian was computed against: the one printed beside it, else the
    PK's (a formula of the indikator's direction yields it from that target); None when neither."""
    direction = formulas_for(lower_is_better(row["indikator"]))
    for table, target in (("capaian_kinerja", row["target"]), ("perjanjian_kinerja", pk_target)):
        if checkable(target, row["realisasi"], row["capaian"]) and any(
                reproduces(name, target, row["realisasi"], row["capaian"]) for name in direction):
            return table
    return None


def indikator_mismatches(report: dict, capaian_pairs: dict[int, int]) -> list[dict]:
    reference = report["perjanjian_kinerja"]
    unit = report["laporan"].get("unit_kerja")
    found = []
    for kind in ("rencana_triwulan", "capaian_kinerja"):
        rows = report[kind]
        pairs = capaian_pairs if kind == "capaian_kinerja" else align(rows, reference)
        for i, j in sorted(pairs.items()):
            ours, theirs = rows[i]["indikator"], reference[j]["indikator"]
            if comparable(ours) == comparable(theirs):
                continue
            message = (
                f"Nama indikator pada tabel {TABLE_LABELS[kind]} (\"{ours}\") berbeda dengan "
                f"Perjanjian Kinerja (\"{theirs}\")."
            )
            others = [m.group() for m in ORGANISATION_NAME.finditer(ours) if unit and m.group().lower() != unit.lower()
                      and m.group().lower() not in theirs.lower()]
            if others:
                message += f" Menyebut unit lain: {others[0]}."
            found.append(finding("indikator_mismatch", "warning", message,
                                 table=kind, row=i, page=rows[i].get("page"), perjanjian_kinerja_row=j))
    return found


# --- period named in the text ------------------------------------------------------------------

def _month_number(name: str) -> int:
    name = name.lower().replace("nopember", "november")
    return MONTHS.index(name) + 1


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end] ("1.272" keeps its dot: a sentence ends at ". ")."""
    begin = text.rfind(". ", 0, start)
    finish = text.find(". ", end)
    return text[begin + 1 if begin >= 0 else 0: finish if finish >= 0 else len(text)]


def period_mismatches(laporan: dict, narrative: list[tuple[int, str]]) -> list[dict]:
    triwulan, tahun = laporan.get("triwulan"), laporan.get("tahun")
    end = 3 * triwulan if triwulan else 12
    starts = {1, end - 2}
    period = (f"triwulan {ROMAN_OF[triwulan]}" if triwulan else "tahunan") + (f" {tahun}" if tahun else "")
    expected = f"{MONTHS[0].title()}–{MONTHS[end - 1].title()}"
    found = []

    def flag(page: int, said: str):
        found.append(finding(
            "period_mismatch", "warning",
            f"Uraian menyebut \"{said}\", padahal laporan ini untuk periode {period} (s.d. bulan {MONTHS[end - 1].title()}; "
            f"kumulatif {expected}).",
            page=page, text=said,
        ))

    for page, text in narrative:
        ranges = list(_MONTH_RANGE.finditer(text))
        for m in ranges:
            if _month_number(m.group(1)) not in starts or _month_number(m.group(2)) != end:
                flag(page, m.group())
        covered = [m.span() for m in ranges]
        for m in _UNTIL_MONTH.finditer(text):
            if any(a <= m.start() < b for a, b in covered):
                continue
            if _month_number(m.group(1)) != end:
                flag(page, m.group())
        if triwulan:
            for m in _QUARTER.finditer(text):
                q = triwulan_number(m["q"])
                if q and q != triwulan and not _ELSEWHERE.search(_sentence_around(text, m.start(), m.end())):
                    flag(page, m.group())
    return found
