"""Roman sasaran numbers as OCR reads them ("|", "tl", "lll" for I, II, III) stay roman numerals
where the table's numbers run 1, 2, 3 read so, and not read as digits (1, 11, 111)."""

from __future__ import annotations

from extractors.tables import read_tables
from normalisers import rows

from .test_layout import document, grid

PK_HEADER = ["No", "Sasaran", "Indikator Kinerja", "Target"]


def sasaran_numbers(numbers: list[str]) -> list[str | None]:
    g = grid([PK_HEADER] + [[no, f"Sasaran {i}", f"Indikator {i}", "90%"] for i, no in enumerate(numbers)])
    for cell in g.cells:
        cell.confidence = 80.0  # read by OCR
    return [r["sasaran_no"] for r in rows.perjanjian_kinerja(read_tables(document(g)).tables["perjanjian_kinerja"])]


def test_roman_numbers_misread_as_letters_and_bars_stay_roman():
    assert sasaran_numbers(["|", "tl", "lll"]) == ["I", "II", "III"]
    assert sasaran_numbers(["I", "Il", "III", "IV"]) == ["I", "II", "III", "IV"]


def test_digits_stay_digits():
    assert sasaran_numbers(["1", "2", "3"]) == ["1", "2", "3"]
    assert sasaran_numbers(["l", "2"]) == ["1", "2"]  # "l" for "1" in a table of digits
    assert sasaran_numbers(["|"]) == ["1"]  # one number alone reads as well either way: the digit
