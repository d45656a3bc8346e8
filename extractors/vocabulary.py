"""The words and patterns every stage reads LKj text with, each defined once: roman numerals and
quarters, the numbering of rows, the words that open an organisation's name.

The extractors, the normalisers and the findings import them from here; nothing here imports
from the rest of lkj.
"""

from __future__ import annotations

import re

def fold_whitespace(text: str | None) -> str:
    """Runs of white space (line breaks included) become one space."""
    return " ".join((text or "").split())


# "NIP. 19660419 198619 2 003", "NIP : 196604191986192003": the digits in group "digits".
NIP = re.compile(r"\bNIP\b\.?\s*:?\s*(?P<digits>\d[\d\s.]{15,30}\d)", re.IGNORECASE)


def parse_nip(text: str | None) -> str | None:
    """NIP "19660419 198619 2 003" → "196604191986192003" (a civil servant's 18 digits) or None."""
    digits = re.sub(r"\D", "", text or "")
    return digits if len(digits) == 18 else None


ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
ROMAN_OF = {number: numeral for numeral, number in ROMAN.items()}
ORDINAL = {"pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "keempat": 4}

# How a quarter's number is written: "IV", "4", "keempat".
QUARTER_NUMERAL = r"IV|III|II|I|[1-4]|pertama|kesatu|kedua|ketiga|keempat"
# "Triwulan IV", "Tri wulan 1", "TW II", "TRW 3", "Q3", "triwulan kedua".
TRIWULAN_PATTERN = re.compile(rf"\b(?:triwulan|tri\s*wulan|tw|trw|q|kuartal)\s*[-.]?\s*(?P<q>{QUARTER_NUMERAL})\b",
                              re.IGNORECASE)
# A quarter named in running text: "triwulan II", "Triwulan ketiga".
TRIWULAN_IN_TEXT = re.compile(rf"\btriwulan\s+(?P<q>{QUARTER_NUMERAL})\b", re.IGNORECASE)
# The word that names a quarter, as OCR also runs it into its numeral ("Triwulann", "Twi", "TWH").
QUARTER_WORD = re.compile(r"\b(tri\s*wulan\w{0,3}|tw\w{0,3}|trw\w{0,3}|kuartal)\b", re.IGNORECASE)


def triwulan_number(token: str) -> int | None:
    """"IV" / "4" / "keempat" → 4; None for anything else. Case is folded the Unicode way."""
    token = token.strip().casefold()
    if token.isdigit():
        return int(token) if token in {"1", "2", "3", "4"} else None
    number = ROMAN.get(token.upper()) or ORDINAL.get(token)
    return number if number and number <= 4 else None


# A row's numbering as printed: "1", "1.", "2.1", "1.1.1", "(a)", "a.", "IV", "iv.".
NUMBERING = re.compile(r"^\(?(?P<label>[0-9]+(?:\.[0-9]+)*|[IVXivx]+|[a-zA-Z])[.)]?$")
# Numbering as OCR reads it: "l." for "1.", "|" for "1".
NUMBERING_OCR = re.compile(r"\(?[\dIl|L]{1,3}(\.[\dIl|L]{1,3})*[.)]?")
# Decimal numberings only ("1.1", "2.16.01" kode rekening).
DECIMAL_NUMBERING = re.compile(r"\(?\d+(?:\.\d+)*[.)]?")
# An indikator number leading its text: "2.1 Nilai SAKIP …".
# What opens a line of a table of its own: a number or kode, or the word of a budget level.
OPENS_A_LINE = re.compile(r"^\s*(\(?\d+(\.\d+)*[.)]?(\s|$)|(sub[\s-]*)?kegiatan\b|program\b)", re.IGNORECASE)
INLINE_NUMBER = re.compile(r"^(?P<no>\d+(?:\.\d+)+)\.?\s+(?P<text>\S.*)$")
# A column-number row under a header: "(1) (2) (3)".
COLUMN_NUMBER = re.compile(r"\(?(\d{1,2})\)?")


def number_label(text: str | None) -> str | None:
    """"1." → "1", "2.1" → "2.1", "(a)" → "a"; None when the text is not a numbering."""
    m = NUMBERING.match(" ".join((text or "").split()))
    return m["label"] if m else None


def numbering_kind(label: str | None) -> str | None:
    """"roman", "letter", "decimal" (with its depth as "decimal:2"), or None."""
    if not label:
        return None
    if re.fullmatch(r"\d+(\.\d+)*", label):
        return f"decimal:{label.count('.') + 1}"
    if label.upper() in ROMAN and (len(label) > 1 or label.upper() in {"I", "V", "X"}):
        return "roman"
    if re.fullmatch(r"[a-zA-Z]", label):
        return "letter"
    return None


# Words that open the name of a work unit or an instansi ("Bagian X", "Dinas Y").
ORGANISATION_OPENERS = (
    "bagian", "subbagian", "sub", "dinas", "badan", "inspektorat", "kecamatan", "kelurahan", "satuan",
    "sekretariat", "setda", "biro", "kantor", "bidang", "upt", "uptd", "rumah", "rsud", "bappeda",
)
# A unit's name in running text or an indikator: an opener, then capitalised words.
ORGANISATION_NAME = re.compile(
    r"\b(Bagian|Dinas|Badan|Bidang|Inspektorat|Kecamatan|Satuan|Kantor|Biro)\s+[A-Z][\w]*"
    r"(?:\s+(?:dan|&)?\s*[A-Z][\w]*)*"
)

_MONTH_NAMES = r"januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|nopember|november|desember"
# The first line of a signature block: a place and date ("Bandung, 2016", "Mojokerto, 30 Desember
# 2022"), the parties of a PK, a post that signs, a NIP.
SIGNATURE_LINE = re.compile(
    rf"^(?:[A-Z][A-Za-z.\s]{{2,30}},\s*(?:\d{{1,2}}\s+)?(?:(?:{_MONTH_NAMES})\s+)?\d{{4}}\b"
    r"|pihak\s+(?:pertama|kedua|kesatu)\b|mengetahui\b|menyetujui\b|nip\b\.?"
    r"|(?:gubernur|bupati|wali\s*kota|walikota|sekretaris\s+daerah)\b)",
    re.IGNORECASE,
)

# The first word of a signing post ("Kepala Badan …", "Plt. Kepala Dinas …"): the jabatan's opening.
JABATAN_OPENER = re.compile(
    r"^(kepala|plt\.?|plh\.?|pj\.?|sekretaris|inspektur|camat|lurah|direktur|asisten|kabag|kasubag|kepala,)\b",
    re.IGNORECASE,
)

# Sources of funds as a budget table names them.
SUMBER_DANA = re.compile(r"\b(APBD|APBN|APBD-?P|P-?APBD|DAK|DAU|DBH|DID|PAD|BLUD|BOK|JKN|Dekonsentrasi|Tugas\s+Pembantuan|"
                         r"Bankeu|Bantuan\s+Keuangan|PHLN|Hibah|Swadaya|CSR|Dana\s+Desa)\b", re.IGNORECASE)


# A year as reports print them ("Tahun 2016", "2013-2018").
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def running_key(text: str) -> str:
    """A line's words without page numbers ("Halaman 12", "- iv -"): a running header or footer
    has the same key on every page it is printed on."""
    return re.sub(r"\d+|\b[ivxlc]+\b|hal\.?|halaman|page", "", text.lower()).strip(" -|.")
