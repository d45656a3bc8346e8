"""Text of one cell from its printed lines.

Lines of a wrapped cell join with a space, except where the break fell inside a
word or a number. A renderer (Word, LibreOffice, reportlab) splits a token only
when it is wider than the whole line, and then fills the line to its right
edge: "1.200.000.00" / "0", "(1pr" / "ogram,1keg". A full line followed by a
word the document uses elsewhere is an ordinary wrap; by a fragment seen nowhere
else, a split token. A break that leaves an impossible Indonesian number on
both sides is a split number. A break after a hyphen or a slash ("SP4N-" /
"LAPOR!", "Kabupaten/" / "Kota") joins without a space where the document prints
the whole word elsewhere; else the hyphen may be a dash ("Bandung-" / "Lembang").
"""

from __future__ import annotations

import re

from .vocabulary import ROMAN

_LEADING_NUMERIC = re.compile(r"^[\d.,]+")
# A token that stands alone on a header line (a quarter's numeral, a column number, the unit).
_STANDALONE = re.compile(rf"^({'|'.join(sorted(ROMAN, key=len, reverse=True))}|[0-9]{{1,2}}|\(%\)|%)$")
_NUMERIC_TAIL = re.compile(r"[\d.,]*\d[\d.,]*")
# Thousands dots, decimal comma.
_INDONESIAN_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")


def join_cell_lines(lines: list[list], bbox, padding: float, known=lambda word, least=2: True) -> str:
    """`lines` are the cell's lines top to bottom, each a list of words with `text`, `x0`, `x1`;
    `padding` is the table's cell padding (text centred in a cell says nothing of it);
    `known(word)` tells a word seen elsewhere in the document from a fragment, `known(word, 1)`
    a word printed at least once."""
    lines = [line for line in lines if line]
    if not lines:
        return ""
    width = bbox[2] - bbox[0] - 2 * padding
    text = " ".join(w.text for w in lines[0])
    for previous, line in zip(lines, lines[1:]):
        joined = " ".join(w.text for w in line)
        tail, head = previous[-1].text, line[0].text
        split = _split_token(previous, line[0], width) and not known(head)
        if split or split_number(tail, head) or _hyphenated(tail, head, known):
            text += joined
        else:
            text += " " + joined
    return text


def _split_token(line: list, head, width: float) -> bool:
    """The line is full (not even the next character would fit, whatever the alignment)
    and ends with part of a token too wide for any line."""
    tail = line[-1]
    if _STANDALONE.match(head.text):
        return False  # "Triwulan" / "IV": a numeral is a word of its own
    slack = width - (tail.x1 - line[0].x0)
    next_char = (head.x1 - head.x0) / max(len(head.text), 1)
    too_wide = (tail.x1 - tail.x0) + (head.x1 - head.x0) > width + 0.5
    return slack < next_char and too_wide


def _hyphenated(tail: str, head: str, known) -> bool:
    """A word broken after its own hyphen or slash ("Kabupaten/" / "Kota"), which the document
    prints whole elsewhere."""
    return len(tail) > 1 and tail[-1] in "-/" and tail[-2].isalnum() and known(tail + head, 1)


def split_number(tail: str, head: str) -> bool:
    """"612.50" + "0.000.000": neither half alone is a number as written, together they are;
    "361.800.000" + ".000": no number starts with a separator."""
    leading = _LEADING_NUMERIC.match(head)
    if not leading or not _NUMERIC_TAIL.fullmatch(tail) or not any(ch.isdigit() for ch in leading.group()):
        return False
    joined = _INDONESIAN_NUMBER.fullmatch(tail + leading.group()) is not None
    if head[0] in ".," and tail[-1].isdigit():
        return joined
    return joined and not _INDONESIAN_NUMBER.fullmatch(tail)
