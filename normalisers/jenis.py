"""What kind of document a PDF is (`laporan.jenis`), which tables that kind should hold, and what a
document lkj does not read looks like.

The kind is what the document calls itself, as a reader sees it first: the title at the top of its
first pages ("LAPORAN KINERJA ... TRIWULAN I", "LKIP TAHUN 2016 / Lampiran 2 / Perjanjian Kinerja",
"RENCANA AKSI KINERJA SASARAN TAHUN 2016"). Where no title is printed, a document in chapters
(BAB I, Pendahuluan, Ikhtisar Eksekutif) is a report; else the tables it holds decide.

A document lkj refuses is described from what its tables hold (their headers), never from its name.
"""

from __future__ import annotations

import re

LKJ_TRIWULAN = "lkj_triwulan"
LKJIP = "lkjip"
PERJANJIAN_KINERJA = "perjanjian_kinerja"
RENCANA_AKSI = "rencana_aksi"
JENIS = (LKJ_TRIWULAN, LKJIP, PERJANJIAN_KINERJA, RENCANA_AKSI)

# The tables each kind of document should hold: only their absence is a `table_not_found`. A PK's
# budget lampiran is printed for some posts and not others; a Rencana Aksi plans, it does not measure.
REQUIRED = {
    LKJ_TRIWULAN: ("perjanjian_kinerja", "anggaran", "rencana_triwulan", "capaian_kinerja"),
    LKJIP: ("perjanjian_kinerja", "anggaran", "capaian_kinerja"),
    PERJANJIAN_KINERJA: ("perjanjian_kinerja",),
    RENCANA_AKSI: ("rencana_triwulan",),
}
LABELS = {
    LKJ_TRIWULAN: "Laporan Kinerja triwulan",
    LKJIP: "Laporan Kinerja tahunan (LKjIP)",
    PERJANJIAN_KINERJA: "Perjanjian Kinerja",
    RENCANA_AKSI: "Rencana Aksi",
}

# A title opens its line, after an optional "Lampiran 2": a sentence that names a Perjanjian Kinerja
# ("... sebagaimana tertuang dalam Perjanjian Kinerja") is not a title.
_LAMPIRAN = r"^\W*(?:lampiran\b\W*(?:[0-9ivx]+[a-z]?\b)?\W*)?"
_TITLES = (
    (RENCANA_AKSI, re.compile(_LAMPIRAN + r"(?:laporan\s+)?(?:monitoring\s+|monev\s+|evaluasi\s+)?rencana\s+aksi\b",
                              re.IGNORECASE)),
    (PERJANJIAN_KINERJA, re.compile(_LAMPIRAN + r"(?:perjanjian|penetapan)\s+kinerja\b", re.IGNORECASE)),
    (LKJIP, re.compile(_LAMPIRAN + r"(?:laporan\s+(?:akuntabilitas\s+)?kinerja\b|l\s?a?\s?k\s?j?\s?i\s?p\b|lkj\b)",
                       re.IGNORECASE)),
)
# Where the title is looked for: the first pages, the top of each.
TITLE_PAGES, TITLE_TOP = 2, 0.35
# A chapter's heading, numbered or not: "BAB I", "I. PENDAHULUAN", "1.1. Latar Belakang", "KATA PENGANTAR".
_CHAPTER = re.compile(r"^\s*(?:bab\s+[1-9ivx]+\b|(?:[ivx]+|\d+)?(?:\.\d+)*\.?\s*(?:pendahuluan|p e n d a h u l u a n|"
                      r"latar\s+belakang|kata\s+pengantar)\s*$|(?:ikhtisar|ringkasan)\s+eksekutif|"
                      r"eksekutif\s+summary|executive\s+summary)", re.IGNORECASE)
# A PK or a Rencana Aksi runs a few pages; a document this long without a title is a report.
LONG_DOCUMENT = 20


def title_jenis(pages: list[tuple[float, list]]) -> str | None:
    """The kind a title names. `pages` are (height, lines) of the document's pages in order. On the
    first page whose top names a kind, a Rencana Aksi or a PK title wins over the LKIP's name above
    it ("LKIP TAHUN 2016 / Lampiran 3 / Rencana Aksi Tahun 2016" is the Rencana Aksi)."""
    for height, lines in pages[:TITLE_PAGES]:
        named = {kind for line in lines if line.top <= TITLE_TOP * (height or 842)
                 for kind, title in _TITLES if title.search(line.text)}
        for kind, _ in _TITLES:
            if kind in named:
                return kind
    return None


def in_chapters(lines, pages: int = 0) -> bool:
    """A report written in chapters (BAB I, Pendahuluan, Kata Pengantar, Ikhtisar Eksekutif), or
    as long as only a report is."""
    return pages > LONG_DOCUMENT or sum(1 for line in lines if _CHAPTER.match(line.text)) >= 2


def decide(title: str | None, tables: dict[str, list], chapters: bool, triwulan: int | None) -> str:
    """The document's kind: its title's, else a report's when it is written in chapters, else the
    kind its tables make (a measurement → a report; quarterly targets → a Rencana Aksi; a PK)."""
    kind = title
    if kind is None:
        if chapters or tables.get("capaian_kinerja"):
            kind = LKJIP
        elif tables.get("rencana_triwulan"):
            kind = RENCANA_AKSI
        elif tables.get("perjanjian_kinerja"):
            kind = PERJANJIAN_KINERJA
        else:
            kind = LKJIP
    if kind == LKJIP and triwulan is not None:
        return LKJ_TRIWULAN
    return kind


def required_tables(jenis: str | None) -> tuple[str, ...]:
    return REQUIRED.get(jenis or "", REQUIRED[LKJ_TRIWULAN])


# --- documents lkj does not read -----------------------------------------------------------------

_WORDS = {
    "realisasi": re.compile(r"\brealisasi\b", re.IGNORECASE),
    "quarter": re.compile(r"\b(?:triwulan|tw)\b", re.IGNORECASE),
    "programme": re.compile(r"\b(?:program|kegiatan)\b", re.IGNORECASE),
    "target": re.compile(r"\btarget\b", re.IGNORECASE),
    "definition": re.compile(r"\b(?:formulasi|definisi|penjelasan|cara\s+(?:pengukuran|perhitungan)|rumus)\b",
                             re.IGNORECASE),
    "indikator": re.compile(r"\bindikator\b", re.IGNORECASE),
    "sasaran": re.compile(r"\bsasaran\b", re.IGNORECASE),
}
_MEASURES = {"target", "realisasi", "capaian", "triwulan I-IV", "tw1", "tw2", "tw3", "tw4"}

RKPD_FORM = "formulir evaluasi RKPD/Renja (realisasi program dan kegiatan per triwulan, tanpa target)"
IKU_LIST = "daftar definisi Indikator Kinerja Utama (sasaran, indikator dan formulasinya, tanpa target dan realisasi)"
DUTY_LIST = ("Perjanjian Kinerja berupa daftar tugas jabatan (uraian kegiatan dan volumenya), "
             "tanpa tabel sasaran, indikator dan target")
PK_UNREAD = "Perjanjian Kinerja, tetapi tabel sasaran, indikator dan targetnya tidak terbaca"


def looks_like(candidates: list, text: str, title: str | None) -> str | None:
    """What a document without LKj tables looks like, from the headers of its table candidates
    (`extractors.tables.Candidate`) and its running `text`; None when it looks like nothing known."""
    for candidate in candidates:
        labels = [column.label for column in candidate.columns]
        header = " ".join(labels)
        roles = {column.role for column in candidate.columns}
        # Realisation per quarter of programmes and kegiatan, and no target beside it.
        if (_WORDS["realisasi"].search(header) and _WORDS["quarter"].search(header)
                and _WORDS["programme"].search(header) and not _WORDS["target"].search(header)
                and "target" not in roles):
            return RKPD_FORM
        # Indikator with their definitions, and nothing measured.
        if (_WORDS["indikator"].search(header) and any(_WORDS["definition"].search(label) for label in labels)
                and not roles & _MEASURES):
            return IKU_LIST
    if title == PERJANJIAN_KINERJA:
        if not (_WORDS["indikator"].search(text) or _WORDS["sasaran"].search(text)):
            return DUTY_LIST
        return PK_UNREAD
    return None
