"""The VALUE normaliser: cells as printed in real reports, and round trips of Indonesian numbers."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalisers.values import (
    format_number,
    parse_nip,
    parse_number,
    parse_rupiah,
    parse_triwulan,
    parse_value,
)


def value(raw, number=None, unit=None, category=None, status=None, note=None):
    return {"raw": raw, "number": number, "unit": unit, "category": category, "status": status, "note": note}


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("1.600.000.000", value("1.600.000.000", 1600000000)),
        ("13,73%", value("13,73%", 13.73, "%")),
        ("14,73 %", value("14,73 %", 14.73, "%")),
        ("62,63 (Kategori B)", value("62,63 (Kategori B)", 62.63, category="B")),
        ("Kategori BB", value("Kategori BB", unit="kategori", category="BB")),
        ("Kategori Tinggi", value("Kategori Tinggi", unit="kategori", category="Tinggi")),
        ("100%(Kategori tinggi)", value("100%(Kategori tinggi)", 100, "%", category="tinggi")),
        ("Proses", value("Proses", status="pending")),
        ("Proses penilaian", value("Proses penilaian", status="pending")),
        ("dalam proses", value("dalam proses", status="pending")),
        ("95%(3 sub.keg)", value("95%(3 sub.keg)", 95, "%", note="3 sub.keg")),
        ("100% (1program,1keg,3 sub.keg)", value("100% (1program,1keg,3 sub.keg)", 100, "%", note="1program,1keg,3 sub.keg")),
        ("1 inovasi", value("1 inovasi", 1, "inovasi")),
        ("12 dokumen", value("12 dokumen", 12, "dokumen")),
        ("78,25", value("78,25", 78.25)),
        ("Rp 12.500.000.000", value("Rp 12.500.000.000", 12500000000, "rp")),
        ("Rp. 1.250.000,00", value("Rp. 1.250.000,00", 1250000, "rp")),
        ("Rp 12,5 miliar", value("Rp 12,5 miliar", 12500000000, "rp")),
        ("96,90%", value("96,90%", 96.9, "%")),
        ("96.90%", value("96.90%", 96.9, "%")),
        ("1.272", value("1.272", 1272)),
        ("75 persen", value("75 persen", 75, "%")),
        ("Indeks 3,5", value("Indeks 3,5", 3.5, "indeks")),
        ("  20   %\n", value("20 %", 20, "%")),
        ("", None),
        (None, None),
    ],
)
def test_cells_as_printed(raw, expected):
    assert parse_value(raw) == expected


def test_integers_stay_integers():
    assert isinstance(parse_value("95%")["number"], int)
    assert isinstance(parse_value("13,73%")["number"], float)


@pytest.mark.parametrize("text, expected", [("TRIWULAN I", 1), ("Triwulan IV", 4), ("triwulan 2", 2),
                                            ("TW III", 3), ("Q1", 1), ("triwulan kedua", 2), ("Tahun 2023", None)])
def test_triwulan(text, expected):
    assert parse_triwulan(text) == expected


@pytest.mark.parametrize(
    "raw, number, unit",
    [
        # As real budget lists print them: each parsed before the mixed marks were read, and still so.
        ("Rp. 900.000.000,-", 900000000, "rp"),
        ("1.600.000.000,00", 1600000000, None),
        ("452,750,000.00", 452750000, None),
        ("Rp 7.054.881.550", 7054881550, "rp"),
        # Thousands marks of both kinds typed by hand, every group after the first of three digits.
        ("15.199,500,000", 15199500000, None),
        ("15,199.500.000", 15199500000, None),
        ("1.234,567,890", 1234567890, None),
        ("Rp. 15.199,500,000", 15199500000, "rp"),
        ("Rp 15.199,500,000,-", 15199500000, "rp"),
        ("15.199,500,000 %", 15199500000, "%"),
        # One kind of mark, the other only before the last group: Indonesian or English decimals.
        ("1.234,567", 1234.567, None),
        ("1,234.567", 1234.567, None),
        ("15.199,500", 15199.5, None),
        ("1.234.567,890", 1234567.89, None),
        # Ambiguous: a decimal part of two digits after mixed marks, or a group not of three digits.
        ("15.199,500,000.00", None, None),
        ("Rp 15.199,500,000,00", None, None),
        ("1.234,567.890,12", None, None),
    ],
)
def test_amounts_as_printed_in_the_wild(raw, number, unit):
    cell = parse_value(raw)
    assert (cell["number"], cell["unit"]) == (number, unit)
    # As an amount of rupiah, three digits after a comma are a thousands group: rupiah have no
    # three decimals ("1.234,567" in a budget is 1.234.567).
    rupiah = int(re.sub(r"\D", "", raw)) if re.fullmatch(r"[\d.]+,\d{3}", raw) else number
    assert parse_rupiah(raw) == (None if rupiah is None else int(round(rupiah)))


def test_mixed_marks_only_as_thousands():
    assert parse_number("15.199,500,000") == 15199500000
    assert parse_number("-15.199,500,000") == -15199500000
    assert isinstance(parse_number("1.234,567,890"), int)
    assert parse_number("15.199,500,000.00") is None
    assert parse_number("15.199,5000,000") is None
    assert parse_number("15.199,500") == 15199.5  # one of each: "," is the decimal mark


def test_nip_and_rupiah():
    assert parse_nip("NIP. 19660419 198619 2 003") == "196604191986192003"
    assert parse_nip("1966 0419") is None
    assert parse_rupiah("1.789.275.000") == 1789275000
    assert parse_rupiah("Rp 1.600.000.000,00") == 1600000000
    assert parse_rupiah("Rp. 900.000.000,-") == 900000000
    assert parse_value("Rp. 2.641.640.000.000, -")["number"] == 2641640000000  # OCR spaces the dash off
    assert parse_rupiah("15.199,500,000") == 15199500000  # was 15200: "15.199,5" of ",000"
    assert parse_rupiah("4 7 6 .950.840") == 476950840  # digits spaced out by the producer
    assert parse_rupiah("12 000 000") == 12000000 and parse_rupiah("12 34") is None


@given(st.integers(min_value=-10**13, max_value=10**13))
def test_integers_written_the_indonesian_way_parse_back(n):
    assert parse_number(format_number(n)) == n


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=99))
def test_decimals_written_the_indonesian_way_parse_back(whole, hundredths):
    written = format_number(whole + hundredths / 100, decimals=2)
    assert parse_number(written) == pytest.approx(whole + hundredths / 100)


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=99))
def test_percent_cells_parse_back(whole, hundredths):
    number = whole + hundredths / 100
    cell = parse_value(f"{format_number(number, decimals=2)}%")
    assert cell["unit"] == "%"
    assert cell["number"] == pytest.approx(number)


@given(st.integers(min_value=1, max_value=10**13))
def test_rupiah_cells_parse_back(n):
    assert parse_rupiah(f"Rp {format_number(n)}") == n


@pytest.mark.parametrize(
    "raw, expected",
    [
        # Real LKIP and PK cells (Provinsi Jawa Barat, 2016).
        ("80,10 (A)", value("80,10 (A)", 80.1, category="A")),
        ("100 % (Hijau)", value("100 % (Hijau)", 100, "%", category="Hijau")),
        ("WTP", value("WTP", unit="kategori", category="WTP")),
        ("III", value("III", 3)),
        ("500 ribu org", value("500 ribu org", 500000, "org")),
        ("Keuangan 10%", value("Keuangan 10%", 10, "%")),
        ("Mutu & Manfaat Bagi Masyarakat 35%", value("Mutu & Manfaat Bagi Masyarakat 35%", 35, "%")),
    ],
)
def test_cells_of_real_reports(raw, expected):
    assert parse_value(raw) == expected


def test_a_comma_before_three_digits_of_rupiah_is_a_thousands_mark():
    assert parse_rupiah("10.922.260,000") == 10922260000
    assert parse_rupiah("17.486.250,000") == 17486250000
    assert parse_rupiah("1.600.000.000,00") == 1600000000
