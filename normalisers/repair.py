"""Undo the usual OCR confusions in a cell whose kind is known, and say so.

Only text that came from OCR is repaired, and every repair is reported, so that the cell goes
to the `review` list: a person checks what a machine guessed.
"""

from __future__ import annotations

import re

# "%" read as "96", "Yo", "%o" or "9/6" right after a figure: "10096" → "100%", "9596(3 sub.keg)".
_PERCENT_MISREAD = re.compile(r"^(?P<num>\d{1,3}(?:[.,]\d{1,2})?)\s?(?:96|9/6|%o|Yo|yo|o/o)(?=$|\s|\()")
# A lone "1" read as a bar or a letter: "| inovasi", "l.", "I"
_ONE_MISREAD = re.compile(r"(?:(?<=^)|(?<=[\s(]))[|lIL](?=$|[.\s),]|\d)")
_DIGIT_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "D": "0", "l": "1", "I": "1", "|": "1", "L": "1", "S": "5",
                                   "s": "5", "B": "8", "Z": "2", "z": "2", "g": "9"})
# "Kategori" misread ("Kaicgon", "Kategun") before a grade: "Kaicgon BB" → "Kategori BB".
_MISREAD_KATEGORI = re.compile(
    r"^K[a-z]{4,8}(?=\s+(?:A{1,2}|B{1,2}|C{1,2}|D|E|Tinggi|Sedang|Rendah|Baik|Sangat\b))", re.IGNORECASE)


def repair(text: str, kind: str) -> str:
    """`text` with the OCR confusions that `kind` rules out undone; `kind` is "value" (a target,
    realisasi or capaian cell), "percent", "numbering" (No, 2.1), "rupiah" or "nip"."""
    if kind == "numbering":
        return _numbering(text)
    if kind in {"rupiah", "nip"}:
        return _digits_only(text)
    text = _ONE_MISREAD.sub("1", text)
    # A decimal comma read as a point: "13.73%" is 13,73 in an Indonesian report.
    text = re.sub(r"(?<![\d.])(\d{1,3})\.(\d{1,2})(?=\s*%)", r"\1,\2", text)
    match = _PERCENT_MISREAD.match(text)
    if match and (kind == "percent" or _plausible_percent(match["num"])):
        text = f"{match['num']}%{text[match.end():]}"
    return _MISREAD_KATEGORI.sub("Kategori", text)


def _plausible_percent(number: str) -> bool:
    """"100" read with "96" for "%" gives 10096: a figure that reads as a percent up to 200."""
    return float(number.replace(",", ".")) <= 200


def _numbering(text: str) -> str:
    token = text.strip()
    if re.fullmatch(r"[|lIL!][.,]?", token):
        return "1" + token[1:].replace(",", ".")
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
