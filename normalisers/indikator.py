"""What an indikator's wording says: its comparable form, and its direction."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

# Spellings offices use for the same word.
_VARIANTS = [
    (re.compile(r"\b(presentase|prosentase|persentasi|prosentasi)\b"), "persentase"),
    (re.compile(r"\bnilai\s+sakip\b"), "nilai sakip"),
    (re.compile(r"\btata\s+kelola\b"), "tatakelola"),
]
_LOWER_IS_BETTER = re.compile(
    r"\b(menurun|menurunnya|berkurangnya|kematian|angka\s+kesakitan|gizi\s+buruk|"
    r"waktu\s+rata-?\s?rata|rata-?\s?rata\s+waktu|lama\s+waktu|lama\s+penyelesaian|prevalensi|"
    r"tingkat\s+pengangguran|angka\s+kemiskinan|pelanggaran|tunggakan|kerugian|genangan|kumuh|kemacetan|"
    r"kecelakaan|kriminalitas|kebakaran|banjir|putus\s+sekolah|buta\s+huruf|inflasi)\b"
)
# Measures where less is better whatever else the wording says ("waktu rata-rata ... sampai ditindaklanjuti").
_TIME_OR_HARM = re.compile(
    r"\b(waktu\s+rata-?\s?rata|rata-?\s?rata\s+waktu|lama\s+waktu|lama\s+penyelesaian|kematian|prevalensi|"
    r"angka\s+kesakitan)\b"
)
_TEMUAN_OPEN = re.compile(r"\btemuan\b.*\b(belum|tidak)\b|\b(belum|tidak)\b.*\btemuan\b|\bjumlah\s+temuan\b")
_TEMUAN = re.compile(r"\btemuan\b")
_FOLLOWED_UP = re.compile(r"\b(tindak\s+lanjut|ditindaklanjuti|terselesaikan|diselesaikan|ditangani|tertangani)\b")
_NOT_YET = re.compile(r"\b(belum|tidak)\b")


def comparable(text: str | None) -> str:
    """Case, spacing and known spelling variants folded: rows of one indikator compare equal."""
    folded = " ".join((text or "").lower().split())
    for pattern, replacement in _VARIANTS:
        folded = pattern.sub(replacement, folded)
    return folded.rstrip(" .")


def similarity(a: str | None, b: str | None) -> float:
    return fuzz.token_sort_ratio(comparable(a), comparable(b))


def lower_is_better(text: str | None) -> bool:
    """True for indikator where a smaller realisasi is the better result
    ("Persentase temuan yang belum ditindaklanjuti", "Waktu rata-rata pelayanan")."""
    folded = comparable(text)
    if _TEMUAN.search(folded):
        # "tindak lanjut temuan" counts what was done (higher is better) unless it
        # counts what is still open ("temuan yang belum ditindaklanjuti").
        return bool(_TEMUAN_OPEN.search(folded)) or not _FOLLOWED_UP.search(folded)
    # "Persentase penurunan X" measures the reduction itself, "kasus pelanggaran yang diselesaikan"
    # what was dealt with: higher is better.
    if re.search(r"\b(penurunan|pengurangan)\b", folded):
        return False
    if _TIME_OR_HARM.search(folded):
        return True
    if _FOLLOWED_UP.search(folded) and not _NOT_YET.search(folded):
        return False
    return bool(_LOWER_IS_BETTER.search(folded))


# A unit's name closing an indikator: an organisation word, then capitalised words ("dan" between).
_ORG_TAIL = re.compile(
    r"\b(?:[Bb]agian|[Ss]ub\s*[Bb]agian|[Ss]ubbagian|[Dd]inas|[Bb]adan|[Bb]idang|[Ii]nspektorat|[Kk]ecamatan|[Kk]elurahan"
    r"|[Ss]atuan|[Kk]antor|[Bb]iro|[Ss]ekretariat|UPT|UPTD|RSUD)"
    r"(?:\s+(?:[A-Z][\w.()/-]*|dan|&))+\s*$"
)


def canonical(text: str | None, unit_kerja: str | None) -> str:
    """The comparable wording with a closing unit name read as the report's own unit:
    "Nilai SAKIP Bagian Perencanaan dan Keuangan", pasted into the Protokol unit's report,
    is the Protokol unit's "Nilai SAKIP Bagian Protokol dan Komunikasi Pimpinan"."""
    text = " ".join((text or "").split())
    tail = _ORG_TAIL.search(text) if unit_kerja else None
    return comparable(text[: tail.start()] + unit_kerja if tail else text)
