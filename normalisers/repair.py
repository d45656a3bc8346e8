"""Undo the usual OCR confusions in a cell whose kind is known, and say so.

Only text that came from OCR is repaired, and every repair is reported, so that the cell goes
to the `review` list: a person checks what a machine guessed.
"""

from __future__ import annotations

import re
from collections import Counter

from extractors.cells import split_number
from extractors.vocabulary import ROMAN

# "%" read as "96", "Yo", "%o" or "9/6" right after a figure: "10096" → "100%", "9596(3 sub.keg)".
_PERCENT_MISREAD = re.compile(r"^(?P<num>\d{1,3}(?:[.,]\d{1,2})?)\s?(?:96|9/6|%o|Yo|yo|o/o)(?=$|\s|\()")
# A speck read as a bar between a figure and its unit: "300 | konten" (a "1" there is no value).
_BAR_BEFORE_UNIT = re.compile(r"(?<=\d)\s+\|\s+(?=[^\W\d_])")
# A lone "1" read as a bar or a letter: "| inovasi", "l.", "I"
_ONE_MISREAD = re.compile(r"(?:(?<=^)|(?<=[\s(]))[|lIL](?=$|[.\s),]|\d)")
_DIGIT_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "D": "0", "l": "1", "I": "1", "|": "1", "L": "1", "S": "5",
                                   "s": "5", "B": "8", "Z": "2", "z": "2", "g": "9"})
# "Kategori" misread ("Kaicgon", "Kategun") before a grade: "Kaicgon BB" → "Kategori BB".
_MISREAD_KATEGORI = re.compile(
    r"^K[a-z]{4,8}(?=\s+(?:A{1,2}|B{1,2}|C{1,2}|D|E|Tinggi|Sedang|Rendah|Baik|Sangat\b))", re.IGNORECASE)


# Marks OCR reads from specks before a figure: ". 24.600.000.000", ": 24.600.000.000", "— 8.250.000.000", "“48,47 %".
_STRAY_BEFORE_FIGURE = re.compile(r"^(?:[.,:;'\"‘’“”`|—–~*]+\s*|[-—–]\s+(?=(?:rp\.?\s*)?\d{1,3}(?:\.\d{3}){2,}))(?=(?:rp\.?\s*)?\d)",
                                  re.IGNORECASE)
# A thousands point with a speck over it, read as a colon: "2.450:000", "1.187.402:".
_COLON_IN_AMOUNT = re.compile(r"(?<=\d)[:;](?=\s?\d{3}(?!\d))|(?<=\.\d{3})[:;](?=\s|$)")


# Specks read as a short word of small letters before a rupiah amount: "se 2.150.000.000".
_LETTERS_BEFORE_AMOUNT = re.compile(r"^(?!rp\b)[a-z]{1,2}\s+(?=\d)")
# An amount's first thousands point read as a space: "2 150.000.000".
_SPACE_FOR_POINT = re.compile(r"^(\d{1,3}) (?=\d{3}(?:\.\d{3})+(?!\S))")


def _amount(text: str) -> str:
    """An amount's marks as OCR misread them put right; only where the result is an amount as
    an Indonesian report prints one (points between groups of three)."""
    text = _STRAY_BEFORE_FIGURE.sub("", text)
    if _COLON_IN_AMOUNT.search(text) and "." in text:
        text = _COLON_IN_AMOUNT.sub(".", text)
    # An amount its cell wrapped over two lines ("2.450.000.0 00.000") that the cell's own join
    # missed, its first half misread: joined by the same rule, now that the half reads.
    tokens = text.split(" ")
    joined = tokens[:1]
    for token in tokens[1:]:
        if split_number(joined[-1], token):
            joined[-1] += token
        else:
            joined.append(token)
    return " ".join(joined)


def repair(text: str, kind: str) -> str:
    """`text` with the OCR confusions that `kind` rules out undone; `kind` is "value" (a target,
    realisasi or capaian cell), "percent", "numbering" (No, 2.1), "rupiah" or "nip"."""
    if kind == "numbering":
        return _numbering(text)
    if kind == "nip":
        return _digits_only(text)
    if kind == "rupiah":
        return _amount(_SPACE_FOR_POINT.sub(r"\1.", _digits_only(_LETTERS_BEFORE_AMOUNT.sub("", text))))
    if kind not in {"value", "percent"}:
        return text  # names and uraian: nothing in their kind rules a confusion out
    text = _amount(_ONE_MISREAD.sub("1", _BAR_BEFORE_UNIT.sub(" ", text)))
    # A decimal comma read as a point: "13.73%" is 13,73 in an Indonesian report.
    text = re.sub(r"(?<![\d.])(\d{1,3})\.(\d{1,2})(?=\s*%)", r"\1,\2", text)
    match = _PERCENT_MISREAD.match(text)
    if match and (kind == "percent" or _plausible_percent(match["num"])):
        text = f"{match['num']}%{text[match.end():]}"
    text = _MISREAD_KATEGORI.sub("Kategori", text)
    return re.sub(r"\b(Kategori)(?=(?:A{1,2}|B{1,2}|C{1,2}|D|E)\b)", r"\1 ", text)  # "KategoriA": a space lost


def _plausible_percent(number: str) -> bool:
    """"100" read with "96" for "%" gives 10096: a figure that reads as a percent up to 200."""
    return float(number.replace(",", ".")) <= 200


def _numbering(text: str) -> str:
    token = text.strip()
    if re.fullmatch(r"[|lIL!][.,]?", token):
        return "1" + token[1:].replace(",", ".")
    doubled = re.fullmatch(r"([a-zA-Z])([a-zA-Z])([.)]?)", token)
    if doubled and doubled[1].lower() == doubled[2].lower():  # "Cc." for "c.": a letter read twice
        return doubled[2].lower() + doubled[3]
    return token.translate(_DIGIT_LOOKALIKES) if re.fullmatch(r"[\dOolI|L.,]+", token) else text


def _digits_only(text: str) -> str:
    """Rupiah amounts and NIPs are figures and separators only: letters there are misread digits."""
    if not re.search(r"\d", text):
        return text
    return re.sub(r"(?<=[\d.,\s])[OoDlI|LSsBZzg](?=[\d.,\s]|$)|^[OoDlI|LSsBZzg](?=[\d.,])",
                  lambda m: m.group(0).translate(_DIGIT_LOOKALIKES), text)


def split_numbering(token: str, parent: str | None) -> str:
    """"22" under sasaran "2" is "2.2": OCR drops the small dot of an indikator number."""
    if parent and token.isdigit() and len(token) > len(parent) and token.startswith(parent):
        return f"{parent}.{token[len(parent):]}"
    return token


def harmonise_sasaran_numbers(report: dict, sources: str, repaired: str, doubts: str) -> None:
    """One indikator sits under one sasaran number in all of a report's tables. Where an OCRed
    number disagrees with what the other tables print for the same indikator ("11" read for
    "1."), the number most tables print is taken, and the row says it was repaired. An OCRed
    number kept while another table prints another is in doubt too: the most may be misread
    alike ("3" read as "1" on two tables of one photographed page)."""
    votes: dict[str, Counter] = {}
    rows = [row for table in ("perjanjian_kinerja", "rencana_triwulan", "capaian_kinerja")
            for row in report[table] if row.get("sasaran_no")]
    for row in rows:
        key = _indikator_key(row)
        if key:
            votes.setdefault(key, Counter())[row["sasaran_no"]] += 1
    for row in rows:
        key = _indikator_key(row)
        if not key or len(votes[key]) < 2:
            continue
        (best, count), *rest = votes[key].most_common()
        ocred = any(c.confidence is not None for c in row.get(sources, {}).get("sasaran_no", []))
        if ocred and row["sasaran_no"] != best and count > votes[key][row["sasaran_no"]]:
            row["sasaran_no"] = best
            row[repaired].add("sasaran_no")
        elif ocred:
            # "I" in one table and "1" in another are one number, printed in two styles.
            others = sorted(number for number in votes[key] if _numeral(number) != _numeral(row["sasaran_no"]))
            if others:
                row.setdefault(doubts, []).append(("sasaran_no", "number_differs", row.get("page"),
                                                   row["sasaran_no"], {"other_numbers": others}))


def _numeral(number: str) -> int | str:
    return ROMAN.get(number.upper(), int(number) if number.isdigit() else number)


def _indikator_key(row: dict) -> str | None:
    text = row.get("indikator") or ""
    return re.sub(r"[^0-9a-z]", "", text.lower()) or None
