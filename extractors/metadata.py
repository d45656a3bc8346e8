"""Report metadata from the running text: unit kerja, instansi, pemda, period, signatory.

Names are read from what the body text repeats, not from fixed places: the unit
kerja is the organisation name the text uses most (the cover may misspell it);
the pemda is the "Kabupaten/Kota/Provinsi X" the text names most; the instansi
is what follows the unit's name ("Bagian X Sekretariat Daerah Kabupaten Y").
"""

from __future__ import annotations

import re
from collections import Counter

from .records import Document, Line
from .vocabulary import ORGANISATION_OPENERS, TRIWULAN_PATTERN, fold_whitespace, parse_nip, triwulan_number

# Words that open the name of a work unit or an instansi.
_ORG_OPENERS = set(ORGANISATION_OPENERS)
# Instansi whose name is one word ("Inspektorat Kabupaten X").
_ONE_WORD_UNITS = {"inspektorat", "bappeda", "bapenda", "bappelitbangda", "bpkad", "bpbd", "bkd", "bkpsdm", "setwan",
                   "bakesbangpol", "rsud"}
_REGION_OPENERS = {"kabupaten": "Kabupaten", "kab.": "Kabupaten", "kab": "Kabupaten", "kota": "Kota", "provinsi": "Provinsi", "prov.": "Provinsi"}
_CONNECTORS = {"dan", "&", "serta", "/"}
_SMALL_WORDS = {"dan", "di", "ke", "dari", "yang", "untuk", "serta", "atau", "pada", "dengan", "&"}
_ACRONYMS = {"DPRD", "RSUD", "UPT", "UPTD", "ASN", "SAKIP", "BPBD", "PKK", "KB", "SKPD", "OPD", "TK.", "I", "II", "III", "IV"}
_EXPANSIONS = {"setda": ["Sekretariat", "Daerah"], "kab.": ["Kabupaten"], "kab": ["Kabupaten"], "prov.": ["Provinsi"]}
_JABATAN_OPENER = re.compile(
    r"^(kepala|plt\.?|plh\.?|pj\.?|sekretaris|inspektur|camat|lurah|direktur|asisten|kabag|kasubag|kepala,)\b",
    re.IGNORECASE,
)
_PANGKAT = re.compile(r"^(pembina|penata|pengatur|juru)\b", re.IGNORECASE)
_NIP = re.compile(r"\bNIP\b\.?\s*:?\s*(?P<digits>\d[\d\s.]{15,30}\d)", re.IGNORECASE)
_NIP_GROUPS = re.compile(r"^\s*(?P<digits>\d{8}\s+\d{6}\s+\d\s+\d{3})\s*$")
_YEAR = re.compile(r"\b(20\d{2}|19\d{2})\b")
_MONTHS = "januari februari maret april mei juni juli agustus september oktober november desember".split()


def read_laporan(document: Document) -> dict:
    cover = [line for line in document.lines if line.page == 1]
    body = [line for line in document.lines if line.page > 1] or cover
    body_text = " ".join(line.text for line in body)
    cover_text = " ".join(line.text for line in cover)

    pemda = _pemda(body_text) or _pemda(title_case(cover_text))
    unit_kerja = _unit_kerja(body_text, cover_text, pemda)
    return {
        "unit_kerja": unit_kerja,
        "instansi": _instansi(body_text, unit_kerja, pemda),
        "pemda": pemda,
        "tahun": _tahun(cover_text, body_text),
        "triwulan": _triwulan(cover),
        "penandatangan": _penandatangan(document.lines, unit_kerja),
    }


def title_case(text: str) -> str:
    """"KEPALA BAGIAN PROTOKOL DAN KOMUNIKASI" → "Kepala Bagian Protokol dan Komunikasi"."""
    words = []
    for index, word in enumerate(text.split()):
        if word.upper() in _ACRONYMS and word.isupper():
            words.append(word)
        elif index > 0 and word.lower() in _SMALL_WORDS:
            words.append(word.lower())
        else:
            words.append(word[:1].upper() + word[1:].lower())
    return " ".join(words)


def _tokens(text: str) -> list[str]:
    return text.split()


def _bare(word: str) -> str:
    return word.strip(",.;:()\"'").lower() if word not in {"Kab.", "Prov."} else word.lower()


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _runs(text: str, openers) -> list[list[str]]:
    """Runs of capitalised words starting at an opener word, joined by connectors."""
    words = _tokens(text)
    runs, i = [], 0
    while i < len(words):
        if _bare(words[i]) not in openers and words[i].lower() not in openers or not _capitalised(words[i]):
            i += 1
            continue
        run = []
        j = i
        while j < len(words):
            word = words[j]
            if _capitalised(word) or (word.lower() in _CONNECTORS and run and j + 1 < len(words) and _capitalised(words[j + 1])):
                run.append(word)
                j += 1
                if word[-1:] in ",;:" or (word.endswith(".") and word.lower() not in _EXPANSIONS):
                    break
            else:
                break
        runs.append([w.rstrip(",.;:") if w.lower() not in _EXPANSIONS else w for w in run])
        i = max(j, i + 1)
    return runs


def _expand(words: list[str]) -> list[str]:
    out = []
    for word in words:
        out.extend(_EXPANSIONS.get(word.lower(), [word]))
    return out


def _pemda(text: str) -> str | None:
    runs = [_expand(run) for run in _runs(text, _REGION_OPENERS)]
    runs = [[_REGION_OPENERS.get(run[0].lower(), run[0])] + run[1:] for run in runs if len(run) >= 2]
    return _most_agreed(runs)


def _most_agreed(runs: list[list[str]]) -> str | None:
    """The longest word prefix that most runs share: "Kabupaten Mojokerto" out of
    "Kabupaten Mojokerto", "Kabupaten Mojokerto Tahun Anggaran", ..."""
    if not runs:
        return None
    firsts = Counter(tuple(title_case(" ".join(r[:2])).split()) for r in runs)
    best, count = firsts.most_common(1)[0]
    prefix = list(best)
    while True:
        longer = Counter(
            tuple(title_case(" ".join(r[: len(prefix) + 1])).split())
            for r in runs
            if len(r) > len(prefix) and tuple(title_case(" ".join(r[: len(prefix)])).split()) == tuple(prefix)
        )
        if not longer:
            break
        candidate, n = longer.most_common(1)[0]
        if n < 0.6 * count:
            break
        prefix = list(candidate)
    return " ".join(prefix)


def _split_off_parent(words: list[str], pemda: str | None) -> tuple[list[str], list[str]]:
    """"Bagian X Sekretariat Daerah Kabupaten Y" → (Bagian X, Sekretariat Daerah Kabupaten Y)."""
    for index in range(1, len(words)):
        bare = _bare(words[index])
        if bare in _ORG_OPENERS - {"sub", "bidang", "bagian", "subbagian"} or words[index].lower() in _REGION_OPENERS:
            return words[:index], words[index:]
    return words, []


def _unit_kerja(body_text: str, cover_text: str, pemda: str | None) -> str | None:
    counts: Counter[str] = Counter()
    for run in _runs(body_text, _ORG_OPENERS):
        unit, _ = _split_off_parent(run, pemda)
        if len(unit) >= 2 or (unit and _bare(unit[0]) in _ONE_WORD_UNITS):
            counts[" ".join(unit)] += 1
    if not counts:
        return None
    cover = " ".join(cover_text.upper().split())
    # The cover names the report's own unit; a name pasted in from another unit's report does not.
    return max(counts, key=lambda name: (counts[name] + (3 if name.upper() in cover else 0), len(name)))


def _instansi(body_text: str, unit_kerja: str | None, pemda: str | None) -> str | None:
    if not unit_kerja:
        return None
    parents: Counter[str] = Counter()
    for run in _runs(body_text, _ORG_OPENERS):
        unit, parent = _split_off_parent(run, pemda)
        if " ".join(unit) != unit_kerja or not parent:
            continue
        parent = _expand(parent)
        if parent[0].lower() in _REGION_OPENERS:
            continue  # the unit is the instansi itself: "Dinas X Kota Y"
        name, region = _split_region(parent)
        if name:
            parents[" ".join(name + (pemda.split() if pemda else region))] += 1
    return parents.most_common(1)[0][0] if parents else None


def _split_region(words: list[str]) -> tuple[list[str], list[str]]:
    for index, word in enumerate(words):
        if word.lower() in _REGION_OPENERS:
            return words[:index], words[index:]
    return words, []


def _tahun(cover_text: str, body_text: str) -> int | None:
    m = re.search(r"tahun\s+anggaran\s+(\d{4})", body_text, re.IGNORECASE)
    years = _YEAR.findall(cover_text)
    if years:
        return int(Counter(years).most_common(1)[0][0])
    if m:
        return int(m.group(1))
    years = _YEAR.findall(body_text)
    return int(Counter(years).most_common(1)[0][0]) if years else None


def _triwulan(cover: list[Line]) -> int | None:
    """The quarter named in the title; an annual report names none."""
    titled = [line for line in cover if line.bold or line.text.isupper()] or cover
    for line in titled:
        m = TRIWULAN_PATTERN.search(line.text)
        if m:
            return triwulan_number(m["q"])
    return None


def _penandatangan(lines: list[Line], unit_kerja: str | None) -> dict | None:
    """Signature block: jabatan, a space for the signature, name, pangkat, NIP.
    The NIP may stand on its own line or after the name."""
    nip_index = next((i for i in range(len(lines) - 1, -1, -1) if _NIP.search(lines[i].text)), None)
    if nip_index is None:
        # Its "NIP" label lost (a stamp over it on a scan): a line that is only the number in the
        # NIP's own groups, birth date / appointment month / sex / sequence.
        nip_index = next((i for i in range(len(lines) - 1, -1, -1) if _NIP_GROUPS.match(lines[i].text)), None)
    if nip_index is None:
        return None
    nip_line = lines[nip_index]
    m = _NIP.search(nip_line.text) or _NIP_GROUPS.match(nip_line.text)
    middle = (nip_line.x0 + nip_line.x1) / 2

    def in_block(line: Line) -> bool:
        # The signature block is centred (or aligned) under one point; running text spans the page.
        return abs((line.x0 + line.x1) / 2 - middle) <= 60 and line.x1 >= nip_line.x0 - 20

    column = [line for line in lines[:nip_index]
              if line.page == nip_line.page and line.top < nip_line.top and in_block(line)]
    close = _stack_above(column, nip_line)
    if close and close[0] is (column[0] if column else None):
        # The block opens its page: the jabatan was left at the foot of the page before.
        column = [line for line in lines[:nip_index] if line.page == nip_line.page - 1 and in_block(line)] + column
    pangkat = close.pop().text if close and _PANGKAT.match(close[-1].text) else None
    # Lines above the name that open with a position title belong to the jabatan
    # (offices that leave no space for the signature).
    titled = [i for i, line in enumerate(close) if _JABATAN_OPENER.match(line.text)]
    split = titled[-1] + 1 if titled else 0
    jabatan_block, name_lines = close[:split], close[split:]
    nama = fold_whitespace(nip_line.text[: m.start()]).rstrip(",;/ ") or None
    if nama is None and name_lines:
        nama = " ".join(line.text for line in name_lines)
    elif nama is not None:
        jabatan_block = close
    if not jabatan_block:
        # Everything before the name in reading order (it may be on the page before).
        remaining = column[: column.index(close[0])] if close else column
        if remaining:
            jabatan_block = _stack_above(remaining[:-1], remaining[-1]) + [remaining[-1]]
    return {
        "nama": nama,
        "pangkat": pangkat,
        "nip": parse_nip(m["digits"]),
        "jabatan": _jabatan(jabatan_block, unit_kerja),
    }


def _stack_above(column: list[Line], anchor: Line) -> list[Line]:
    """The lines just above `anchor`, as long as each follows the next at line spacing
    (measured top to top: glyph boxes of adjacent lines may overlap)."""
    block: list[Line] = []
    last = anchor
    for line in reversed(column):
        if line.top >= last.top - 1:
            continue
        if last.top - line.top > 1.6 * max(_height(last), _height(line)):
            break
        block.insert(0, line)
        last = line
    return block


def _height(line: Line) -> float:
    """A line's height as its font's: OCR boxes hug the ink, about 1.6 times shorter than the
    font box a text layer gives."""
    return (line.bottom - line.top) * (1.6 if line.confidences else 1.0)


def _jabatan(block: list[Line], unit_kerja: str | None) -> str | None:
    """The position, without the instansi and region that follow it:
    "KEPALA BAGIAN ORGANISASI / SETDA KAB. MOJOKERTO" → "Kepala Bagian Organisasi"."""
    words: list[str] = []
    for line in block:
        if any(month in line.text.lower() for month in _MONTHS) and _YEAR.search(line.text):
            words = []  # the place and date line ("Mojokerto, 10 April 2022") stands above the jabatan
            continue
        words.extend(line.text.split())
    if not words:
        return None
    text = title_case(" ".join(words))
    if unit_kerja:
        m = re.search(re.escape(unit_kerja), text, flags=re.IGNORECASE)
        if m:
            return text[: m.start()] + unit_kerja
    cut = re.search(r"\s(Setda|Sekretariat Daerah|Kab\.?|Kabupaten|Kota|Provinsi|Prov\.)(\s|$)", text)
    return (text[: cut.start()] if cut else text).rstrip(" ,")
