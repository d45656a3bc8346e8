"""Cell text as printed → the contract's VALUE, and the other small parsers.

Indonesian writing: "." groups thousands and "," marks decimals
("1.600.000.000", "13,73%"). Reports also carry grades ("Kategori BB"),
pending results ("Proses penilaian") and remarks in brackets ("95%(3 sub.keg)").
"""

from __future__ import annotations

import re

# Quarters are read with the shared vocabulary; TRIWULAN_PATTERN and triwulan_number stay
# importable from here for the modules that take them from values.
from extractors.vocabulary import ROMAN, TRIWULAN_PATTERN, fold_whitespace, parse_nip, triwulan_number  # noqa: F401

# One number as printed. Thousands dots or commas, an optional decimal part.
_NUM = r"[-−]?\d+(?:[.,]\d+)*"

_PENDING = re.compile(
    r"^(?:masih\s+)?(?:dalam\s+)?(?:proses|diproses)"
    r"(?:\s+(?:penilaian|evaluasi|verifikasi|perhitungan|pengukuran))?\.?$",
    re.IGNORECASE,
)
_TRAILING_REMARK = re.compile(r"^(?P<main>.*?)\s*\((?P<remark>[^()]*)\)\s*\.?$")
_GRADE_WORDS = re.compile(r"^(?:kategori|predikat|kriteria)\s*:?\s+(?P<grade>.+)$", re.IGNORECASE)
_BARE_GRADE = re.compile(
    r"^(?:AA|A|BB|B|CC|C|D|E|sangat\s+tinggi|tinggi|sedang|rendah|sangat\s+rendah"
    r"|sangat\s+baik|baik|cukup|kurang|sangat\s+kurang|memuaskan|sangat\s+memuaskan"
    # BPK's audit opinions and the colour grades of action plans (RAD-PPK, SPIP)
    r"|WTP|WDP|TMP|TW|hijau|kuning|merah)$",
    re.IGNORECASE,
)
# A label before the figure: "Keuangan 10%", "Mutu & Manfaat Bagi Masyarakat 35%".
_LABELLED = re.compile(rf"^(?P<label>[^\d()%]*[A-Za-z][^\d()%]*?)\s+(?P<figure>{_NUM}\s*%)$")
# A count in thousands or millions: "500 ribu org".
_SCALED_COUNT = re.compile(rf"^(?P<num>{_NUM})\s+(?P<scale>ribu|juta|miliar|milyar)\s+(?P<noun>\S.*)$", re.IGNORECASE)
_COMPARATOR = r"(?:[<>≤≥]=?|min\.?|minimal|maks\.?|maksimal)?\s*"
_PERCENT = re.compile(rf"^{_COMPARATOR}(?P<num>{_NUM})\s*%$", re.IGNORECASE)
_RUPIAH = re.compile(
    rf"^rp\.?\s*(?P<num>{_NUM})\s*(?:,\s?--?)?\s*(?P<scale>ribu|juta|miliar|milyar|m|triliun|t)?\.?$",
    re.IGNORECASE,
)
_INDEX = re.compile(rf"^(?:indeks|index)\s*:?\s*(?P<num>{_NUM})$", re.IGNORECASE)
_BARE_NUMBER = re.compile(rf"^{_COMPARATOR}(?P<num>{_NUM})$", re.IGNORECASE)
_COUNT = re.compile(rf"^{_COMPARATOR}(?P<num>{_NUM})\s*(?P<noun>[^\d\s()%][^()%]*?)\.?$", re.IGNORECASE)
# Thousands marks typed by hand, both kinds in one figure: "15.199,500,000".
_MIXED = re.compile(r"\d{1,3}(?:[.,]\d{3}){2,}")
_MARK_AND_DIGIT = re.compile(r"[.,]\d")

_SCALES = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "milyar": 10**9, "m": 10**9, "triliun": 10**12, "t": 10**12}
_PERCENT_NOUNS = {"persen", "prosen"}
_RUPIAH_NOUNS = {"rupiah"}


def parse_number(text: str) -> int | float | None:
    """Read one number written the Indonesian way; None when it is not one number.

    "1.600.000.000" → 1600000000, "13,73" → 13.73, "1.234,5" → 1234.5.
    Offices also paste English-formatted figures: "96.90" (a dot with 1-2 or
    4+ digits after it cannot be a thousands group) → 96.9, "1,600,000" → 1600000.
    And they type thousands marks by hand, mixing both: "15.199,500,000" →
    15199500000, read so only when every group after the first has three digits and
    both kinds of mark come before the last group (no mark can be a decimal one then).
    """
    s = text.strip().replace("−", "-").replace(" ", "")
    sign = -1 if s.startswith("-") else 1
    s = s.lstrip("-")
    if not s or not s[0].isdigit():
        return None
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        whole, _, frac = s.partition(",")
        return _typed(sign, whole.replace(".", ""), frac)
    if re.fullmatch(r"\d+(?:,\d+)?", s):
        whole, _, frac = s.partition(",")
        return _typed(sign, whole, frac)
    if re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?", s) or re.fullmatch(r"\d{1,3}(?:,\d{3})+\.\d+", s):
        whole, _, frac = s.partition(".")
        return _typed(sign, whole.replace(",", ""), frac)
    if re.fullmatch(r"\d+\.(?:\d{1,2}|\d{4,})", s):
        whole, _, frac = s.partition(".")
        return _typed(sign, whole, frac)
    if _mixed(s):  # "15.199,500,000": all are thousands marks
        return _typed(sign, re.sub(r"[.,]", "", s), "")
    return None


def _mixed(s: str) -> bool:
    """Whether `s` is thousands groups of three digits whose marks, the last one left out,
    are of both kinds: then no mark can be a decimal one. Marks of one kind with the other
    only before the last group are the Indonesian or English forms ("1.234,567")."""
    return bool(_MIXED.fullmatch(s)) and {".", ","} <= set(re.findall(r"[.,]", s)[:-1])


# No figure in a report comes near this; a longer run of digits is not a number to keep
# (nor one a float, JSON or a BIGINT column could hold).
MAX_DIGITS = 18


def _typed(sign: int, whole: str, frac: str) -> int | float | None:
    whole = whole.lstrip("0") or "0"
    if len(whole) > MAX_DIGITS:
        return None
    frac = frac[:MAX_DIGITS]
    if frac and int(frac) != 0:
        return sign * float(f"{whole}.{frac}")
    if frac:
        return sign * float(int(whole))
    return sign * int(whole)


def format_number(value: int | float, decimals: int = 0) -> str:
    """Write a number the Indonesian way: 1234567.5 → "1.234.567,5" (decimals=1)."""
    sign = "-" if value < 0 else ""
    text = f"{abs(value):,.{decimals}f}"
    return sign + text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def parse_value(text: str | None) -> dict | None:
    """A table cell → VALUE {raw, number, unit, category, status, note}; None when empty."""
    raw = fold_whitespace(text)
    if not raw or raw in {"-", "–", "—"}:
        return None if not raw else _value(raw)
    if _PENDING.match(raw):
        return _value(raw, status="pending")

    main, category, note = raw, None, None
    bracketed = _TRAILING_REMARK.match(raw)
    if bracketed and bracketed["main"]:
        main = bracketed["main"].strip()
        remark = bracketed["remark"].strip()
        grade = _GRADE_WORDS.match(remark)
        if grade:
            category = grade["grade"].strip()
        elif _BARE_GRADE.match(remark):  # "80,10 (A)", "100 % (Hijau)"
            category = remark
        elif remark:
            note = remark

    grade = _GRADE_WORDS.match(main)
    if grade:
        return _value(raw, unit="kategori", category=grade["grade"].strip(), note=note)
    if _BARE_GRADE.match(main) and category is None:
        return _value(raw, unit="kategori", category=main, note=note)
    if _PENDING.match(main):
        return _value(raw, category=category, status="pending", note=note)

    roman = ROMAN.get(main.upper()) if re.fullmatch(r"[IVX]{1,4}", main) else None
    if roman:  # "III": a level (kapabilitas APIP) printed as a roman numeral
        return _value(raw, number=roman, category=category, note=note)
    number, unit = _number_and_unit(main)
    if number is None and unit is None and (labelled := _LABELLED.match(main)):
        number, unit = _number_and_unit(labelled["figure"])
    if number is None and unit is None:
        return _value(raw, category=category, note=note if category else None)
    return _value(raw, number=number, unit=unit, category=category, note=note)


def _number_and_unit(text: str) -> tuple[int | float | None, str | None]:
    for pattern, unit in ((_PERCENT, "%"), (_INDEX, "indeks"), (_BARE_NUMBER, None)):
        m = pattern.match(text)
        if m and (number := parse_number(m["num"])) is not None:
            return number, unit
    m = _RUPIAH.match(text)
    if m and (number := parse_number(m["num"])) is not None:
        scale = _SCALES.get((m["scale"] or "").lower(), 1)
        scaled = _scaled(number, scale)
        return (scaled, "rp") if scaled is not None else (None, None)
    m = _SCALED_COUNT.match(text)
    if m and (number := parse_number(m["num"])) is not None:
        scaled = _scaled(number, _SCALES[m["scale"].lower()])
        if scaled is not None and len(m["noun"].split()) <= 3:
            return scaled, fold_whitespace(m["noun"]).lower()
    m = _COUNT.match(text)
    # Hand-typed thousands followed by a mark and digits are cut short, not a count:
    # "15.199,500,000.00" is no 15199500000 of ".00".
    cut_short = m and _mixed(m["num"].lstrip("-−")) and _MARK_AND_DIGIT.match(m["noun"])
    if m and not cut_short and (number := parse_number(m["num"])) is not None:
        noun = fold_whitespace(m["noun"]).lower()
        if noun in _PERCENT_NOUNS:
            return number, "%"
        if noun in _RUPIAH_NOUNS:
            return number, "rp"
        if len(noun.split()) <= 3:
            return number, noun
    return None, None


def _scaled(number: int | float, scale: int) -> int | float | None:
    value = number * scale
    if abs(value) >= 10**MAX_DIGITS:
        return None
    return int(round(value)) if scale > 1 and abs(value - round(value)) < 1e-6 else value


def _value(raw, number=None, unit=None, category=None, status=None, note=None) -> dict:
    return {"raw": raw, "number": number, "unit": unit, "category": category, "status": status, "note": note}


# Rupiah have no three decimals: in an amount, a comma before the last three digits is one more
# thousands mark ("10.922.260,000" typed by hand is 10.922.260.000).
_THOUSANDS_COMMA = re.compile(r"(\d{1,3}(?:\.\d{3})+),(\d{3})(?=\s*(?:,-)?\s*$)")


def parse_rupiah(text: str | None) -> int | None:
    """An amount in the budget table → whole rupiah ("Rp 1.600.000.000,00" → 1600000000)."""
    text = _THOUSANDS_COMMA.sub(r"\1.\2", fold_whitespace(text)) if text else text
    value = parse_value(text)
    if (value is None or value["number"] is None) and text:
        # "4 7 6 .950.840", "12 000 000": digits spaced out by the producer, or thousands grouped by spaces.
        squeezed = _SPACE_IN_NUMBER.sub("", text.strip())
        if squeezed != text.strip() and (_GROUPED_AMOUNT.fullmatch(squeezed) or _SPACE_GROUPED.fullmatch(text.strip())):
            value = parse_value(squeezed)
    if value is None or value["number"] is None:
        return None
    return int(round(value["number"]))


_SPACE_IN_NUMBER = re.compile(r"(?<=[\d.,]) +(?=[\d.,])")
_GROUPED_AMOUNT = re.compile(r"(rp\.?\s*)?\d{1,3}(\.\d{3})+(,\d{1,2})?(,\s?-)?", re.IGNORECASE)
_SPACE_GROUPED = re.compile(r"\d{1,3}( \d{3})+")


def parse_triwulan(text: str) -> int | None:
    """"TRIWULAN IV" / "Triwulan 1" / "TW II" / "Q3" / "triwulan kedua" → 1-4; None when absent."""
    m = TRIWULAN_PATTERN.search(text)
    return triwulan_number(m["q"]) if m else None


