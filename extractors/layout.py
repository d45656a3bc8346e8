"""What lkj knows about the layout of LKj tables, as data, in one place.

Each column role lists the header words and phrases that name it, the long words OCR may
misspell (matched by similarity), and the kinds of value its body cells hold. Each table kind
lists the roles it requires and those it may have; any other column is an extra that never
vetoes the kind. Everything else that reads headers (header-row detection, the rule-less table
finder, the column scorer) derives its word lists from these tables: adding a header wording is
one line here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .vocabulary import number_label

# What a body cell holds, by its text (see `value_kind`).
PERCENT, RUPIAH, COUNT, NUMBER, GRADE, NUMBERING, CODE, TEXT, EMPTY = (
    "percent", "rupiah", "count", "number", "grade", "numbering", "code", "text", "empty")
FIGURES = frozenset({PERCENT, COUNT, NUMBER, GRADE})


@dataclass(frozen=True)
class Role:
    name: str
    phrases: tuple[str, ...]  # header words or phrases naming the role, lower case, word by word
    holds: frozenset[str]  # kinds of value its body cells hold
    fuzzy: tuple[str, ...] = ()  # long header words OCR misreads by a letter or two


def _role(name: str, phrases: str, holds: set[str], fuzzy: str = "") -> Role:
    return Role(name, tuple(p.strip() for p in phrases.split("|")), frozenset(holds), tuple(fuzzy.split()))


ROLES: tuple[Role, ...] = (
    _role("no", "no|no.|nomor|no urut|nmr", {NUMBERING, NUMBER}),
    _role("kode", "kode|kode rekening|kode rek|kode program|kode kegiatan|rekening", {CODE, NUMBERING}, "rekening"),
    _role("sasaran", "sasaran|sasaran strategis|sasaran program|sasaran kegiatan|tujuan|tujuan sasaran", {TEXT},
          "sasaran strategis"),
    _role("indikator", "indikator|indikator kinerja|indikator kinerja utama|iku|indikator sasaran|"
          "indikator kinerja sasaran|indikator program|indikator kinerja program|ik", {TEXT}, "indikator kinerja"),
    _role("satuan", "satuan|sat|satuan target", {TEXT}, "satuan"),
    _role("target", "target|rencana|target tahunan|target kinerja|target kumulatif|target tahun", FIGURES | {RUPIAH},
          "target rencana"),
    _role("realisasi", "realisasi|realisasi kinerja|realisasi kumulatif|realisasi tahun|hasil", FIGURES | {RUPIAH},
          "realisasi"),
    _role("capaian", "capaian|pencapaian|% capaian|capaian kinerja|persentase capaian|prosentase capaian|"
          "tingkat capaian|capaian %|capaian (%)|% realisasi|nilai capaian", {PERCENT, NUMBER}, "capaian pencapaian"),
    _role("uraian", "program|kegiatan|sub kegiatan|subkegiatan|uraian|program kegiatan|program / kegiatan|"
          "nama program|nama kegiatan|program/kegiatan|program / kegiatan / sub kegiatan|uraian program",
          {TEXT}, "program kegiatan uraian"),
    _role("jumlah", "anggaran|pagu|pagu anggaran|jumlah|jumlah anggaran|rp|rupiah|anggaran rp|pagu rp|"
          "nilai anggaran|anggaran sesudah perubahan|pagu indikatif|alokasi|alokasi anggaran|dpa", {RUPIAH},
          "anggaran"),
    _role("realisasi_anggaran", "realisasi anggaran|realisasi keuangan|realisasi rp|realisasi (rp)|"
          "realisasi anggaran rp|serapan|serapan anggaran|realisasi belanja", {RUPIAH}),
    _role("persen", "%|persen|persentase|prosentase|presentase|(%)|% realisasi anggaran|% serapan", {PERCENT, NUMBER}),
    _role("sisa", "sisa|sisa anggaran|sisa pagu|selisih", {RUPIAH}),
    _role("sumber", "sumber|sumber dana|sumber anggaran|sumber pendanaan", {TEXT}, "sumber"),
    _role("keterangan", "keterangan|ket|ket.|penjelasan|formula|catatan|analisis|uraian capaian|"
          "alasan|permasalahan|cara perhitungan|definisi operasional|sumber data|rencana tindak lanjut|tindak lanjut|"
          "penanggung jawab|pelaksana", {TEXT}, "keterangan penjelasan"),
    # Figures of the plan's end or its start, not of the report's year: extras of any kind.
    _role("rencana_akhir", "akhir renstra|target akhir renstra|target akhir|jangka menengah|target jangka menengah|"
          "kondisi akhir|kondisi awal|akhir periode|target renstra|target rpjmd|akhir rpjmd|baseline|"
          "capaian terhadap target akhir|terhadap target akhir renstra|terhadap renstra", FIGURES),
    # Figures of another year than the report's, named relatively (a named year is judged against
    # the report's tahun when the table is read).
    # A kegiatan's own indikator and target beside the sasaran's (Rencana Aksi): not the table's.
    _role("kegiatan_lain", "indikator kegiatan|target kegiatan|indikator keluaran|target keluaran|indikator output|"
          "target output|output kegiatan|keluaran kegiatan|sasaran kegiatan", FIGURES | {TEXT}),
    _role("tahun_lain", "tahun lalu|thn lalu|th lalu|tahun sebelumnya|tahun yang lalu|tahun kemarin|"
          "capaian tahun lalu|realisasi tahun lalu|tahun depan|tahun berikutnya", FIGURES),
)
# Roles that name a column no kind reads; they neither explain a kind nor count against it.
EXTRA_ROLES = frozenset({"rencana_akhir", "tahun_lain", "kegiatan_lain"})
ROLE = {role.name: role for role in ROLES}
QUARTERS = ("tw1", "tw2", "tw3", "tw4")
# Words a header uses beside the role words; they name nothing but belong to headers.
HEADER_FILLER = frozenset(
    """dan - per s.d s d sd tahun kinerja strategis utama tahunan fisik kumulatif triwulan tw trw q kuartal
    i ii iii iv 1 2 3 4 % progres proges progress prosentase persentase presentase tingkat nilai akhir sub
    definisi operasional cara perhitungan data yang ke""".split()
)


@dataclass(frozen=True)
class Kind:
    name: str
    requires: tuple[str, ...]  # roles it cannot be without ("quarters": at least three TW columns)
    may: frozenset[str]  # roles it may also have
    # What a role means in this kind, by what the column holds: "Realisasi" over rupiah in a
    # budget is the realised rupiah, over percentages the share realised.
    aliases: tuple[tuple[str, str, frozenset[str]], ...] = ()


KINDS: tuple[Kind, ...] = (
    Kind("rencana_triwulan", ("indikator", "quarters"),
         frozenset({"no", "sasaran", "satuan", "target", "keterangan", *QUARTERS})),
    Kind("capaian_kinerja", ("indikator", "realisasi", "capaian"),
         frozenset({"no", "sasaran", "satuan", "target", "keterangan"})),
    Kind("perjanjian_kinerja", ("indikator", "target"), frozenset({"no", "sasaran", "satuan", "keterangan"})),
    Kind("anggaran", ("uraian", "jumlah"),
         frozenset({"no", "kode", "realisasi_anggaran", "persen", "sisa", "sumber", "keterangan"}),
         aliases=(("realisasi", "realisasi_anggaran", frozenset({RUPIAH})),
                  ("realisasi", "persen", frozenset({PERCENT, NUMBER})),
                  ("realisasi_anggaran", "persen", frozenset({PERCENT, NUMBER})),
                  ("capaian", "persen", frozenset({PERCENT, NUMBER})))),
)
KIND = {kind.name: kind for kind in KINDS}
# A grid is a table of a kind when the kind's roles explain at least this share of its named columns.
KIND_THRESHOLD = 0.5

# Row classes, in the order they are tried.
HEADER, COLUMN_NUMBERS, TOTAL, GROUP, SUB_ITEM, BODY = (
    "header", "column_numbers", "total", "group", "sub_item", "body")
# The first text of a total row: never an anggaran or indikator row.
TOTAL_ROW = re.compile(r"^(jumlah|total|sub\s*total|grand\s*total|rata[\s-]*rata)"
                       r"(\s+(total|anggaran|keseluruhan|seluruhnya|capaian|belanja(\s+(tidak\s+)?langsung)?|pagu|rata[\s-]*rata))?\s*[:.]?"
                       r"(\s*(rp\.?\s*)?\d[\d.,]*(,-)?)?$", re.IGNORECASE)


# Around a header word: brackets, punctuation, and the quotes and bars OCR reads specks as.
STRAY_MARKS = ".():,;'\"‘’“”`|"


def words(text: str) -> list[str]:
    """A header's words, lower case, brackets and trailing punctuation off ("(Rp.)" → "rp")."""
    return [w for w in (t.strip(STRAY_MARKS).lower() for t in re.split(r"[\s/]+", text)) if w]


@cache
def phrases() -> list[tuple[tuple[str, ...], str]]:
    """(words of a phrase, role), longest phrases first: the most specific naming wins."""
    found = {(tuple(words(p)), role.name) for role in ROLES for p in role.phrases if words(p)}
    return sorted(found, key=lambda item: (-len(item[0]), item))


@cache
def _word_roles() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for role in ROLES:
        if role.name in EXTRA_ROLES:
            continue  # named only by their whole phrases
        for phrase in role.phrases:
            for word in words(phrase):
                if word not in HEADER_FILLER:
                    found.setdefault(word, set()).add(role.name)
    return {word: frozenset(roles) for word, roles in found.items()}


def roles_of_word(word: str) -> frozenset[str]:
    """The roles whose phrases hold `word` (filler words such as "kinerja" name none)."""
    return _word_roles().get(word, frozenset())


@cache
def header_vocabulary() -> frozenset[str]:
    """Every word a column header is made of."""
    vocabulary = set(HEADER_FILLER)
    for role in ROLES:
        for phrase in role.phrases:
            vocabulary.update(words(phrase))
        vocabulary.update(role.fuzzy)
    return frozenset(vocabulary)


@cache
def fuzzy_words() -> dict[str, str]:
    """OCR-misspellable header word → its role."""
    return {word: role.name for role in ROLES for text in role.fuzzy for word in text.split()}


@cache
def column_words() -> frozenset[str]:
    """Single words that name a column on their own ("Sasaran", "Target", "TW"): how a header
    line of a table drawn without a grid is recognised."""
    single = {w for role in ROLES if role.name != "persen" for p in role.phrases
              if len(ws := words(p)) == 1 for w in ws if len(w) >= 2 and w.isalpha()}
    return frozenset(single | {"triwulan", "tw", "q1", "q2", "q3", "q4"})


_NUM = r"[-−]?\d+(?:[.,]\d+)*"
_RUPIAH = re.compile(rf"^(rp\.?\s*)?\d{{1,3}}(?:[.,]\d{{3}}){{2,}}(?:[.,]\d{{1,2}})?\s*(,-|,--)?$|^rp\.?\s*{_NUM}", re.I)
_PERCENT = re.compile(rf"{_NUM}\s*%|^{_NUM}\s*\(%\)$", re.I)
_GRADE = re.compile(r"\b(kategori|predikat|kriteria)\b|^(AA|A|BB|B|CC|C|D)$|^(sangat\s+)?(tinggi|baik|memuaskan)$",
                    re.I)
# A count and its noun, or two joined ("7.201 Koleksi dan 28 Naskah": a target of two things).
_ONE_COUNT = rf"{_NUM}(\s+(?!dan\b)\S+){{0,3}}"
_COUNT = re.compile(rf"^[<>≤≥]?=?\s*{_ONE_COUNT}(\s*(,|&|\+|dan)\s+{_ONE_COUNT})?$", re.IGNORECASE)
_CODE = re.compile(r"^\d+(?:\.\d+){2,}$|^\d\.\d{2}(?:\.\d+)+$|^[XY0-9]\.[XY0-9]{2}\.")


def value_kind(text: str | None) -> str:
    """What a body cell holds, judged from its text alone."""
    text = " ".join((text or "").split())
    if not text:
        return EMPTY
    label = number_label(text)
    # "1.", "2.1", "IV", "a.": a row's numbering; a bare "80" is a figure; longer decimal runs
    # are kode rekening or amounts.
    if label and not re.fullmatch(r"\d+", text) and not re.fullmatch(r"\d+(\.\d+){2,}|\d*\.?\d{3,}", label):
        return NUMBERING
    if _RUPIAH.match(text):
        return RUPIAH
    if _CODE.match(text):
        return CODE
    if _PERCENT.search(text) and len(text) <= 40:
        return PERCENT
    if _GRADE.search(text) and len(text) <= 40:
        return GRADE
    if re.fullmatch(r"[<>≤≥]?=?\s*[-−]?\d+(?:[.,]\d+)*", text):
        return NUMBER
    if _COUNT.match(text):
        return COUNT
    return TEXT
