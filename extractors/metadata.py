"""Report metadata from the running text: unit kerja, instansi, pemda, period, signatory.

Names are read from what the body text repeats, not from fixed places: the unit
kerja is the organisation name the text uses most (the cover may misspell it, a
running header repeats it on every page, an acronym stands for it); the pemda is
the "Kabupaten/Kota/Provinsi X" the text names most; the instansi is what follows
the unit's name ("Bagian X Sekretariat Daerah Kabupaten Y").

The year is the one the document's title reports or agrees ("LAPORAN KINERJA ... TAHUN 2016",
"PERJANJIAN KINERJA TAHUN 2016"), never one cited from a regulation ("Nomor 29 Tahun 2014"),
a date or a plan's period ("2013-2018"). The signatory of a Perjanjian Kinerja is its PIHAK
PERTAMA, whose column of a side-by-side signature block is told apart from the superior's.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections import Counter, defaultdict
from functools import lru_cache

from .records import Document, Line
from .vocabulary import JABATAN_OPENER, NIP, ORGANISATION_OPENERS, TRIWULAN_PATTERN, YEAR, fold_whitespace, parse_nip, \
    running_key, triwulan_number

# Words that open the name of a work unit or an instansi.
_ORG_OPENERS = set(ORGANISATION_OPENERS)
# An opener that names a unit only with the word after it ("Rumah Sakit", not "Gas Rumah Kaca").
_OPENER_NEEDS_NEXT = {"rumah": {"sakit"}}
# Units that name a part of an organisation, and the organisations they are parts of.
_INNER_UNITS = {"sekretariat", "bidang", "sub", "subbidang", "seksi", "balai", "upt", "uptd", "bagian", "subbagian",
                "biro"}
_OUTER_UNITS = {"dinas", "badan", "inspektorat", "sekretariat", "kantor", "rsud", "rumah"}
_OWN_REPORTS = {"sekretariat daerah", "sekretariat dprd"}
_UNIT_OPENERS = set(ORGANISATION_OPENERS) | {"balai", "seksi", "subbidang"}
# One-word names that are words, not acronyms of a longer name.
_NOT_ACRONYMS = {"inspektorat", "sekretariat", "kecamatan", "kelurahan", "bidang", "bagian", "dinas", "badan", "biro",
                 "kantor", "satuan", "balai", "seksi", "rumah"}
# Instansi whose name is one word ("Inspektorat Kabupaten X").
_ONE_WORD_UNITS = {"inspektorat", "bappeda", "bapenda", "bappelitbangda", "bpkad", "bpbd", "bkd", "bkpsdm", "setwan",
                   "bakesbangpol", "rsud"}
_REGION_OPENERS = {"kabupaten": "Kabupaten", "kab.": "Kabupaten", "kab": "Kabupaten", "kota": "Kota",
                   "provinsi": "Provinsi", "prov.": "Provinsi", "propinsi": "Provinsi"}
# The head of a region, whose title names it: "GUBERNUR JAWA BARAT" → Provinsi Jawa Barat.
_REGION_HEADS = {"gubernur": "Provinsi", "bupati": "Kabupaten", "walikota": "Kota"}
_CONNECTORS = {"dan", "&", "serta", "/"}
_SMALL_WORDS = {"dan", "di", "ke", "dari", "yang", "untuk", "serta", "atau", "pada", "dengan", "&"}
_ACRONYMS = {"DPRD", "RSUD", "UPT", "UPTD", "ASN", "SAKIP", "BPBD", "PKK", "KB", "SKPD", "OPD", "TK.", "I", "II", "III", "IV"}
_EXPANSIONS = {"setda": ["Sekretariat", "Daerah"], "kab.": ["Kabupaten"], "kab": ["Kabupaten"], "prov.": ["Provinsi"],
               "propinsi": ["Provinsi"]}
# Words that open a post in a signature column; a second one on a line opens the other column.
_POST_WORDS = {"kepala", "kepala,", "plt.", "plt", "plh.", "plh", "pj.", "sekretaris", "inspektur", "camat", "lurah",
               "direktur", "asisten", "kabag", "kasubag", "kasubbag", "kabid", "kasi", "gubernur", "bupati", "walikota",
               "wakil", "fungsional", "pejabat"}
# A post's prefix: "Plt. KEPALA", "Wakil BUPATI" are one post.
_POST_PREFIXES = {"plt.", "plt", "plh.", "plh", "pj.", "wakil"}
_PANGKAT = re.compile(r"^(pembina|penata|pengatur|juru)\b", re.IGNORECASE)
_NIP_GROUPS = re.compile(r"^\s*(?P<digits>\d{8}\s+\d{6}\s+\d\s+\d{3})\s*$")
_MONTHS = "januari februari maret april mei juni juli agustus september oktober november desember".split()
# Academic and religious titles that open a printed name: "Hj.", "Ir.", "Drs.", "Dr.Ir.".
_NAME_TITLE = re.compile(r"^(?:(?:h|hj|ir|dr|drs|dra|drh|prof|kh|r|rr)[.,]\s*)+\S*$|^(?:hj|ir|drs|dra|drh|prof)$",
                         re.IGNORECASE)
# A place and a date above a signature: "Bandung, 2016", "Bandung, 30 Desember 2016", "Bandung,    Maret 2016".
_PLACE_DATE = re.compile(r"^\s*[A-Za-z][\w .'-]*,\s*[\d\s.…_-]*(?:[A-Za-z]+\s*)?[\d\s.…_-]*(?:19|20)\d{2}\s*\.?$")
_PIHAK = re.compile(r"\bp[i1l]?\s?hak\b|\bihak\b", re.IGNORECASE)


def read_laporan(document: Document) -> dict:
    lines = _readable(document)
    cover = [line for line in lines if line.page == 1]
    body = [line for line in lines if line.page > 1] or cover
    body_text = _running_text(_once(body))
    cover_text = _running_text(cover)
    all_text = _running_text(lines)

    pemda = _pemda(body_text) or _pemda(title_case(cover_text)) or _pemda_of_head(all_text)
    acronyms = _acronyms(all_text, pemda)
    candidates = _unit_candidates(body_text, pemda, acronyms)
    form = _form([line.text for line in lines if line.page <= _FORM_PAGES] + _form_rows(document), pemda)
    titled = (form["unit"], None) if "unit" in form else _titled_unit(document, lines, pemda)
    unit_kerja = _unit_kerja(body_text, cover_text, pemda, acronyms, titled and titled[0], candidates)
    signer = _penandatangan(lines, unit_kerja, acronyms)
    if signer and signer["jabatan"] is None and titled and titled[1] and unit_kerja:
        signer["jabatan"] = f"{title_case(titled[1])} {unit_kerja}"  # the post the title names: "KEPALA BALAI X"
    return {
        "unit_kerja": unit_kerja,
        "instansi": form.get("instansi") or _instansi(body_text, unit_kerja, pemda, candidates),
        "pemda": pemda,
        "tahun": _tahun_of(document, lines),
        "triwulan": _triwulan(cover),
        "penandatangan": signer,
    }


def times_named(laporan: dict, lines: list[Line]) -> dict[str, int]:
    """How often the running text names each report detail lkj read: the unit, instansi and pemda
    (the name as one run of words, any case), the year (not cited from a regulation nor a date),
    the signer's name and NIP (its digits, however grouped). A detail met once may be misread or
    taken from the wrong place; names and the year recur in a report."""
    text = _running_text(lines).replace(_BREAK, " ")
    folded = " " + " ".join(re.sub(r"[^0-9a-z]+", " ", text.lower()).split()) + " "
    digits = re.sub(r"(?<=\d)[\s.]+(?=\d)", "", text)

    def count(name) -> int:
        key = " ".join(re.sub(r"[^0-9a-z]+", " ", str(name).lower()).split())
        return folded.count(f" {key} ") if key else 0

    found = {key: count(laporan[key]) for key in ("unit_kerja", "instansi", "pemda") if laporan.get(key)}
    if laporan.get("tahun"):
        years = _years(_running_text(lines), _page_one_len(lines))
        found["tahun"] = sum(1 for kind in years.values() for year, _ in kind if year == laporan["tahun"])
    signer = laporan.get("penandatangan") or {}
    if signer.get("nama"):
        found["penandatangan.nama"] = count(signer["nama"])
    if signer.get("nip"):
        found["penandatangan.nip"] = digits.count(signer["nip"])
    return found


def expects_instansi(unit_kerja: str | None) -> bool:
    """Whether a unit of this name is part of an organisation the report should name (a Bidang,
    Seksi, Balai, Biro...), not an organisation reporting for itself."""
    own = _fold(unit_kerja or "")
    return bool(own) and own.split()[0] in _INNER_UNITS and not any(own.startswith(o) for o in _OWN_REPORTS)


def title_case(text: str) -> str:
    """"KEPALA BAGIAN PROTOKOL DAN KOMUNIKASI" → "Kepala Bagian Protokol dan Komunikasi"."""
    words = []
    for index, word in enumerate(text.split()):
        if word.upper() in _ACRONYMS and word.isupper():
            words.append(word)
        elif index > 0 and word.lower() in _SMALL_WORDS:
            words.append(word.lower())
        else:
            word = word[:1].upper() + word[1:].lower()
            if re.search(r"[A-Za-z]{2}\.[A-Za-z]{2}", word):
                # "PLT.DIREKTUR" → "Plt.Direktur": each part a dot closes is a word of its own.
                word = re.sub(r"(?<=\.)([a-z])", lambda m: m[1].upper(), word)
            words.append(word)
    return " ".join(words)


# ---------------------------------------------------------------- the text as a reader sees it

def _readable(document: Document) -> list[Line]:
    """The running lines with letter-spaced words closed up: "T A H U N 2 0 1 6" → "TAHUN 2016",
    "P R O V I N S I J A W A B A R A T" → "PROVINSI JAWA BARAT" (split where the document's own
    words say)."""
    lines = document.lines
    if not any(_LETTER_SPACED.search(line.text) for line in lines):
        return lines
    vocabulary = Counter(
        word.lower() for text in _all_texts(document) for word in re.findall(r"[A-Za-z]{2,}", text))
    out = []
    for line in lines:
        text = _LETTER_SPACED.sub(lambda m: _close_up(m.group(), vocabulary), line.text)
        out.append(line if text == line.text else dataclasses.replace(line, text=text))
    return out


_LETTER_SPACED = re.compile(r"(?<!\S)(?:[A-Z0-9] ){3,}[A-Z0-9](?!\S)")


def _close_up(spaced: str, vocabulary: Counter) -> str:
    joined = spaced.replace(" ", "")
    if joined.isdigit():
        return joined if YEAR.fullmatch(joined) else spaced
    pieces = []
    for part in re.findall(r"[A-Z]+|\d+", joined):
        pieces.extend([part] if part.isdigit() else _segment(part, vocabulary))
    return " ".join(pieces)


def _segment(word: str, vocabulary: Counter) -> list[str]:
    """The fewest words of `vocabulary` that spell `word`; `word` itself when none do."""
    lower = word.lower()
    best: list[list[int] | None] = [[]] + [None] * len(lower)
    for end in range(1, len(lower) + 1):
        for start in range(max(0, end - 20), end):
            if best[start] is not None and end - start >= 2 and vocabulary[lower[start:end]] > 0:
                if best[end] is None or len(best[start]) + 1 < len(best[end]):
                    best[end] = best[start] + [end]
    if best[-1] is None or len(best[-1]) == 1:
        return [word]
    cuts = [0] + best[-1]
    return [word[a:b] for a, b in zip(cuts, cuts[1:])]


def _all_texts(document: Document):
    for page in document.pages:
        for line in page.lines:
            yield line.text
        for grid in page.grids:
            for cell in grid.cells:
                yield cell.text


_BREAK = "¶"


def _running_text(lines: list[Line]) -> str:
    """The lines joined as one text, with a break mark where a line does not run on into the next:
    a name may wrap from a full line to the next, or over the centred lines of one title, but a
    cover's title does not run on into a table header or a page footer."""
    parts: list[str] = []
    right_edge: dict[int, float] = {}
    for line in lines:
        right_edge[line.page] = max(right_edge.get(line.page, 0.0), line.x1)
    for previous, line in zip([None, *lines], lines):
        if previous is not None:
            parts.append(" " if _runs_on(previous, line, right_edge) else f" {_BREAK} ")
        parts.append(line.text)
    return "".join(parts)


def _runs_on(a: Line, b: Line, right_edge: dict[int, float]) -> bool:
    if a.x1 >= right_edge[a.page] - 0.12 * (right_edge[a.page] - min(a.x0, b.x0)) and b.x0 <= a.x0 + 60:
        return True  # a full line wraps
    if a.page != b.page:
        return False
    centred = abs((a.x0 + a.x1) / 2 - (b.x0 + b.x1) / 2) <= 20
    # A name wraps inside its column of a signature block: the next line stands under the line's end.
    under = b.x0 >= a.x0 + 40 and b.x1 <= a.x1 + 10
    same_style = a.bold == b.bold and a.text.isupper() == b.text.isupper()
    close = 0 < b.top - a.top <= 2.2 * max(a.bottom - a.top, 1.0)
    return (centred or under) and same_style and close


def _once(lines: list[Line]) -> list[Line]:
    """A running header or footer (the same words on three pages or more, page numbers aside)
    counts once: it is the document naming itself, not the text using a name."""
    def key(line: Line) -> str:
        return running_key(line.text)

    pages: dict[str, set[int]] = defaultdict(set)
    for line in lines:
        pages[key(line)].add(line.page)
    seen: set[str] = set()
    out = []
    for line in lines:
        k = key(line)
        if len(pages[k]) >= 3 and k:
            if k in seen:
                continue
            seen.add(k)
        out.append(line)
    return out


def _tokens(text: str) -> list[str]:
    return text.split()


def _bare(word: str) -> str:
    return word.strip(",.;:()\"'").lower() if word not in {"Kab.", "Prov."} else word.lower()


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _fold(text: str) -> str:
    return " ".join(text.lower().replace(",", " ").split())


def _runs(text: str, openers) -> list[list[str]]:
    """Runs of capitalised words starting at an opener word, joined by connectors."""
    return [list(run) for run in _runs_of(text, frozenset(openers))]


@lru_cache(maxsize=16)
def _runs_of(text: str, openers: frozenset) -> tuple[tuple[str, ...], ...]:
    words = _tokens(text)
    runs, i = [], 0
    while i < len(words):
        if _bare(words[i]) not in openers and words[i].lower() not in openers or not _capitalised(words[i]):
            i += 1
            continue
        needs = _OPENER_NEEDS_NEXT.get(_bare(words[i]))
        if needs and (i + 1 >= len(words) or _bare(words[i + 1]) not in needs):
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
        runs.append(tuple(_trimmed(w) for w in run))
        i = max(j, i + 1)
    return tuple(runs)


def _trimmed(word: str) -> str:
    if word.lower() in _EXPANSIONS:
        return word
    word = word.rstrip(",.;:")
    if word.endswith(")") and "(" not in word:
        word = word.rstrip(")")
    return word


def _expand(words: list[str]) -> list[str]:
    out = []
    for word in words:
        out.extend(_EXPANSIONS.get(word.lower(), [word]))
    return out


# ---------------------------------------------------------------- pemda

# A region's name ends before a post, an organisation, a year or a list.
_REGION_STOP = _ORG_OPENERS | _POST_WORDS | {"tahun", "nomor", "no", "target", "kinerja", "sasaran", "program"}


def _pemda(text: str) -> str | None:
    runs = []
    for run in _runs(text, _REGION_OPENERS):
        run = _expand(run)
        run = run[:_region_end(run)]
        if len(run) >= 2:
            runs.append([_REGION_OPENERS.get(run[0].lower(), run[0])] + run[1:])
    return _most_agreed(runs)


def _region_end(run: list[str]) -> int:
    return next((i for i, w in enumerate(run[1:], 1) if _bare(w) in _REGION_STOP or w.lower() in _CONNECTORS), len(run))


def _pemda_of_head(text: str) -> str | None:
    """The region its head's title names ("GUBERNUR JAWA BARAT"), where no region is named."""
    runs = []
    for run in _runs(text, _REGION_HEADS):
        cut = _region_end(run)
        if cut >= 2:
            runs.append([_REGION_HEADS[_bare(run[0])]] + run[1:cut])
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


# ---------------------------------------------------------------- unit kerja and instansi

def _split_off_parent(words: list[str], pemda: str | None) -> tuple[list[str], list[str]]:
    """"Bagian X Sekretariat Daerah Kabupaten Y" → (Bagian X, Sekretariat Daerah Kabupaten Y)."""
    for index in range(1, len(words)):
        bare = _bare(words[index])
        if bare in _ORG_OPENERS - {"sub", "bidang", "bagian", "subbagian"} or words[index].lower() in _REGION_OPENERS:
            return words[:index], words[index:]
    return words, []


def _acronyms(text: str, pemda: str | None) -> dict[str, str]:
    """What the text spells out before an acronym in brackets: "Badan Perencanaan Pembangunan
    Daerah (BAPPEDA)" → {"bappeda": "Badan Perencanaan Pembangunan Daerah"}; the name may hold
    commas ("Badan Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana (BP3AKB)")."""
    words = _tokens(text)
    found: dict[str, Counter] = defaultdict(Counter)
    for index, word in enumerate(words):
        m = re.fullmatch(r"\(([A-Z][A-Za-z0-9-]{1,11})\)[,.;:]?", word)
        if not m:
            continue
        acronym = m[1]
        start = None
        for back in range(index - 1, max(-1, index - 16), -1):
            w = words[back]
            if w == _BREAK or not (_capitalised(w) or w.lower() in _CONNECTORS):
                break
            if _bare(w) in _ORG_OPENERS and _bare(w)[:1] == acronym[:1].lower():
                start = back
                break
        if start is None:
            continue
        unit, _ = _split_off_parent([w.rstrip(";:") for w in words[start:index]], pemda)
        unit_text = " ".join(unit).rstrip(",")
        # "Badan Perencanaan Pembangunan Daerah (BAPPEDA)", "(Bappeda)": capitals, or the letters
        # the name's syllables give.
        if len(unit) >= 2 and (sum(ch.isupper() for ch in acronym) >= 2 or _stands_for(acronym, unit_text)):
            found[acronym.lower()][unit_text] += 1
    return {acronym: names.most_common(1)[0][0] for acronym, names in found.items()}


def _unit_kerja(body_text: str, cover_text: str, pemda: str | None, acronyms: dict[str, str] | None = None,
                titled: list[str] | None = None, candidates: tuple[Counter, dict] | None = None) -> str | None:
    """The unit's name: the one the document's title names, else the one the body text uses most
    (a name the cover also prints counts more), each in the spelling the body writes."""
    counts, spellings = candidates or _unit_candidates(body_text, pemda, acronyms or {})
    if titled:
        return _as_written(titled, counts, spellings, acronyms or {})
    if not counts:
        return None
    cover = _fold(cover_text)
    # The cover names the report's own unit; a name pasted in from another unit's report does not.
    best = max(counts, key=lambda key: (counts[key] + (3 if key in cover else 0), len(key)))
    return _spelling(spellings[best])


def _unit_candidates(body_text: str, pemda: str | None, acronyms: dict[str, str]) -> tuple[Counter, dict]:
    """Every organisation name the body text uses, counted: an acronym counts for the name it
    stands for, a name cut at its inner comma for the whole, a misspelling for the name."""
    counts: Counter[str] = Counter()
    spellings: dict[str, Counter] = defaultdict(Counter)

    def count(name: str, n: int = 1) -> None:
        key = _fold(name)
        counts[key] += n
        spellings[key][name] += n

    for run in _runs(body_text, _UNIT_OPENERS):
        unit, _ = _split_off_parent(run, pemda)
        if len(unit) >= 2 or (unit and _bare(unit[0]) in _ONE_WORD_UNITS):
            count(" ".join(unit))
    for key in list(counts):
        target = _stands_for_name(key, counts, spellings, acronyms)
        if target is not None and _fold(target) != key:
            n = counts.pop(key)
            spellings.pop(key, None)
            count(target, n)
    _merge_misspellings(counts, spellings)
    return counts, spellings


def _stands_for_name(key: str, counts: Counter, spellings: dict, acronyms: dict[str, str]) -> str | None:
    """The full name a name stands for: an acronym's, as the text defines it ("Badan Perencanaan
    Pembangunan Daerah (BAPPEDA)") or as its letters spell a name the text uses; a name cut at
    its inner comma, the whole ("Badan Pemberdayaan Perempuan, Perlindungan Anak dan ...")."""
    if " " not in key and key not in _NOT_ACRONYMS:
        if key in acronyms:
            return acronyms[key]
        matches = [other for other in counts if " " in other and _stands_for(key, other)]
        if matches:
            return _spelling(spellings[max(matches, key=lambda k: counts[k])])
    words = key.split()
    if len(words) == 2 and any(spelled.split()[1].isupper() for spelled in spellings.get(key, [key])):
        # "Dinas PSDA": the opener, then the acronym of the rest ("Dinas Pengelolaan Sumber Daya Air").
        matches = [other for other in counts if other.split()[0] == words[0] and len(other.split()) > 2
                   and _stands_for(words[1], " ".join(other.split()[1:]))]
        if matches:
            return _spelling(spellings[max(matches, key=lambda k: counts[k])])
    return next((name for name in acronyms.values()
                 if "," in name and _fold(name) != key and _fold(name.split(",")[0]) == key), None)


def _stands_for(acronym: str, name: str) -> bool:
    words = [w for w in name.lower().replace(",", " ").split() if w not in _SMALL_WORDS]
    letters = acronym.lower()

    def match(i: int, w: int) -> bool:
        if w == len(words):
            return i == len(letters)
        word = words[w]
        # Each word gives its first letter or first syllable or so: "BAPPEDA" = BA-P-PE-DA.
        return any(letters[i:i + k] == word[:k] and match(i + k, w + 1)
                   for k in range(1, min(len(word), len(letters) - i, 4) + 1))

    return 2 <= len(words) <= len(letters) <= 10 and letters.isalpha() and match(0, 0)


def _as_written(titled: list[str], counts: Counter, spellings: dict, acronyms: dict[str, str]) -> str:
    """A title's unit name as the body text writes it: the acronym spelled out, the cover's
    misspelling ("KOMUNIKAS") and capitals left for the body's spelling."""
    name = " ".join(titled)
    key = _fold(name)
    key = _fold(_stands_for_name(key, counts, spellings, acronyms) or name)
    if key in counts:
        return _spelling(spellings[key])
    near = [other for other in counts if _one_word_off(key, other)]
    if near:
        return _spelling(spellings[max(near, key=lambda k: counts[k])])
    return title_case(name) if name.isupper() else name


def _one_word_off(key: str, other: str) -> bool:
    words, others = key.split(), other.split()
    if len(words) != len(others):
        return False
    differing = [(a, b) for a, b in zip(words, others) if a != b]
    return len(differing) == 1 and min(map(len, differing[0])) >= 5 and _edit_distance(*differing[0]) <= 1


def _titled_unit(document: Document, lines: list[Line], pemda: str | None) -> tuple[list[str], str | None] | None:
    """The unit a title names, on the first pages: "PERJANJIAN KINERJA TAHUN 2016 / SEKRETARIAT",
    "LAPORAN KINERJA / KEPALA BAGIAN ORGANISASI / TRIWULAN I", "RENCANA AKSI ... TAHUN 2016 / DINAS
    PERHUBUNGAN PROVINSI JAWA BARAT". Where the title names a post ("KEPALA BALAI X"), its unit,
    and the post."""
    heights = {page.number: page.height for page in document.pages}
    for number in (1, 2):
        page = [line for line in lines if line.page == number]
        for index, line in enumerate(page):
            if line.top > 0.3 * heights.get(number, 842) or not (line.bold or line.text.isupper()) \
                    or not _TITLE.search(line.text):
                continue
            block = [line]
            for other in page[index + 1:]:
                last = block[-1]
                if other.top - last.top > 2.6 * max(last.bottom - last.top, 1.0) \
                        or abs((other.x0 + other.x1) / 2 - (line.x0 + line.x1) / 2) > 60 \
                        or not (other.bold or other.text.isupper()) or _FORM_LABEL.match(other.text):
                    break
                block.append(other)
            unit = _unit_in_title(" ".join(_TITLE.sub(" ", b.text, count=1) if b is line else b.text for b in block),
                                  pemda)
            if unit:
                return unit
    return None


# A form's label of a report detail, at the start of a line, its value after it (a colon between
# or not): a web application prints "Perangkat Daerah : Dinas X", "Instansi  Sekretariat Daerah".
_FORM_LABEL = re.compile(r"^\s*(?P<label>perangkat\s+daerah|unit\s+kerja|satuan\s+kerja|opd|skpd|instansi)\s*"
                         r"(?::\s*|\s+(?=[A-Z]))(?P<value>.+)$", re.IGNORECASE)
_FORM_PAGES = 2  # a form of the report's details heads its first page or two


def _form_rows(document: Document) -> list[str]:
    """The rows of two cells of the tables on the first pages, label and value: a form of the
    report's details drawn as a table ("Perangkat Daerah | Dinas X")."""
    rows = []
    for page in document.pages[:_FORM_PAGES]:
        for grid in page.grids:
            if grid.n_cols != 2:
                continue
            for row in range(grid.n_rows):
                label, value = grid.at(row, 0), grid.at(row, 1)
                if label is not None and value is not None and label is not value:
                    rows.append(f"{label.text} : {value.text}")
    return rows


def _form(texts: list[str], pemda: str | None) -> dict:
    """The unit ("unit": its words) and the instansi a form of the report's details names (in
    `texts`, its lines): a value that is an organisation's name (it opens with "Dinas", "Bagian",
    "Sekretariat" ...), not a sentence that begins with the label's words."""
    found: dict = {}
    for text in texts:
        m = _FORM_LABEL.match(text)
        runs = _runs(m["value"], _UNIT_OPENERS) if m else []
        if not runs or not m["value"].startswith(runs[0][0]):
            continue
        unit, parent = _split_off_parent(runs[0], pemda)
        if m["label"].lower() == "instansi":
            found.setdefault("instansi", " ".join(runs[0]))
        elif len(unit) >= 2 or (unit and _bare(unit[0]) in _ONE_WORD_UNITS):
            found.setdefault("unit", unit)
            if parent and _bare(parent[0]) not in _REGION_OPENERS:
                found.setdefault("instansi", " ".join(_expand(parent)))
    if "instansi" in found and found["instansi"].isupper():
        found["instansi"] = title_case(found["instansi"])
    return found


# Words of a title that follow the unit's name: the period, the report's kind.
_TITLE_TAIL = {"triwulan", "tahun", "semester", "periode", "tw", "tahunan", "lkip", "lakip", "lkj"}


def _unit_in_title(text: str, pemda: str | None) -> tuple[list[str], str | None] | None:
    words = []
    for word in text.split():
        if _bare(word) in _TITLE_TAIL or YEAR.fullmatch(word.strip("(),.")):
            words.append(_BREAK)
        else:
            words.append(word)
    for index, word in enumerate(words[:-1]):
        if word.lower().rstrip(",") in {"kepala", "kepala,"} and _bare(words[index + 1]) in _UNIT_OPENERS:
            runs = _runs(" ".join(words[index + 1:]), _UNIT_OPENERS)
            if runs:
                return _split_off_parent(runs[0], pemda)[0], word.rstrip(",")
    # Every organisation the title names, each from its own opener: a cover may name the parent
    # first ("SEKRETARIAT DAERAH PROVINSI X / BIRO ORGANISASI"); the unit is the part inside it.
    named = []
    for run in _runs(" ".join(words), _UNIT_OPENERS):
        starts = [i for i, w in enumerate(run) if _bare(w) in _UNIT_OPENERS and (i == 0 or _bare(run[i - 1]) != "sub")]
        for a, b in zip(starts, starts[1:] + [len(run)]):
            unit, _ = _split_off_parent(run[a:], pemda)
            if unit:
                named.append(unit if len(unit) <= b - a else run[a:b])
    inner = [unit for unit in named if _inner(unit)]
    return ((inner or named)[0], None) if named else None


def _inner(unit: list[str]) -> bool:
    """A unit inside an organisation: a Bagian, Biro, Bidang, Seksi, Balai, UPT; a Sekretariat of a Dinas."""
    words = [w.lower() for w in unit]
    return words[0] in _INNER_UNITS and " ".join(words[:2]) not in _OWN_REPORTS


def _merge_misspellings(counts: Counter, spellings: dict[str, Counter]) -> None:
    """A name one letter off a name the text uses more (a cover's "BECANA" for "Bencana") is that name."""
    # Names that differ in one word share the rest: look them up by it, not pair by pair.
    alike: dict[tuple, list[str]] = defaultdict(list)
    for key in counts:
        words = key.split()
        for position in range(len(words)):
            alike[position, tuple(words[:position] + words[position + 1:])].append(key)
    for key in sorted(counts, key=lambda k: counts[k]):
        words = key.split()
        near = {other for position in range(len(words))
                for other in alike[position, tuple(words[:position] + words[position + 1:])]}
        near = [other for other in near if other != key and other in counts and counts[other] >= counts[key]
                and _one_word_off(key, other)]
        if near:
            other = max(near, key=lambda k: (counts[k], k))
            counts[other] += counts.pop(key)
            spellings[other].update(spellings.pop(key))


def _edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _spelling(spellings: Counter) -> str:
    """The spelling the body text writes (not the capitals of a cover or a header), in title case."""
    written = [name for name, _ in spellings.most_common() if not name.isupper()]
    name = written[0] if written else spellings.most_common(1)[0][0]
    return title_case(name) if name.isupper() else name


def _instansi(body_text: str, unit_kerja: str | None, pemda: str | None,
              candidates: tuple[Counter, dict] | None = None) -> str | None:
    """The organisation the unit belongs to: what follows the unit's name in the text ("Biro
    Organisasi Sekretariat Daerah Provinsi X"); for a unit inside an organisation (a Sekretariat,
    Bidang, Seksi, Balai, UPT) whose name the text never follows so, the organisation the text
    names most."""
    if not unit_kerja:
        return None
    own = _fold(unit_kerja)
    parents: Counter[str] = Counter()
    for run in _runs(body_text, _UNIT_OPENERS):
        unit, parent = _split_off_parent(run, pemda)
        if _fold(" ".join(unit)) != own or not parent:
            continue
        parent = _expand(parent)
        if parent[0].lower() in _REGION_OPENERS:
            continue  # the unit is the instansi itself: "Dinas X Kota Y"
        name, region = _split_region(parent)
        if name:
            text = " ".join(name + (pemda.split() if pemda else region))
            parents[title_case(text) if text.isupper() else text] += 1
    if parents:
        return parents.most_common(1)[0][0]
    counts, spellings = candidates or (Counter(), {})
    if own.split()[0] in _INNER_UNITS and own not in _OWN_REPORTS:
        outer = [key for key in counts if key != own and key.split()[0] in _OUTER_UNITS and key not in _OWN_REPORTS
                 or key == "sekretariat daerah" and own.split()[0] in {"bagian", "biro"}]
        if outer:
            name = _spelling(spellings[max(outer, key=lambda k: counts[k])])
            return " ".join([name] + (pemda.split() if pemda else []))
    return None


def _split_region(words: list[str]) -> tuple[list[str], list[str]]:
    for index, word in enumerate(words):
        if word.lower() in _REGION_OPENERS:
            return words[:index], words[index:]
    return words, []


# ---------------------------------------------------------------- tahun

# The document's own title: the year after it is the year reported or agreed.
_TITLE = re.compile(
    r"\b(laporan\s+kinerja|laporan\s+akuntabilitas|lkip|lakip|lkj|lkjip|lppd|perjanjian\s+kinerja|penetapan\s+kinerja"
    r"|rencana\s+aksi|realisasi\s+kinerja|pengukuran\s+kinerja)\b", re.IGNORECASE)
# Words that name a regulation: a year after one (and its number) is the regulation's.
_REGULATION = re.compile(
    r"^(undang-undang|undang|uu|peraturan|perpres|permen\w*|pp|perda|pergub|perbup|perwal|perkada|perka|keputusan"
    r"|kepmen\w*|kepres|keppres|kepgub|kepbup|instruksi|inpres|sk|se|surat|nomor|nomer|no|lembaran|tambahan)$",
    re.IGNORECASE)
_RANGE_WORDS = {"-", "–", "—", "s/d", "s.d.", "s.d", "sd", "sampai", "hingga", "sampai dengan"}


def _tahun_of(document: Document, lines: list[Line]) -> int | None:
    """The year the document reports or agrees: the title's, else "Tahun Anggaran X", else the
    year the text names most; a grid's header is read where the running text names no year."""
    line_years = _years(_running_text(lines), _page_one_len(lines))
    grid_text = f" {_BREAK} ".join(cell.text for page in document.pages for grid in page.grids for cell in grid.cells
                                   if YEAR.search(cell.text))
    grid_years = _years(grid_text, 0)
    for kind in ("title", "anggaran"):
        for years in (line_years, grid_years):
            if years[kind]:
                return _first_most_common(years[kind])
    for years in (line_years, grid_years):
        if years["other"]:
            return _first_most_common(years["other"])
    return None


def _page_one_len(lines: list[Line]) -> int:
    """How many characters of the running text the first page holds (its title counts more)."""
    return len(_running_text([line for line in lines if line.page == 1]))


def _first_most_common(years: list[tuple[int, int]]) -> int:
    weights: Counter[int] = Counter()
    first: dict[int, int] = {}
    for order, (year, weight) in enumerate(years):
        weights[year] += weight
        first.setdefault(year, order)
    return max(weights, key=lambda y: (weights[y], -first[y]))


def _years(text: str, cover_chars: int) -> dict[str, list[tuple[int, int]]]:
    """Each year the text names, as (year, weight) under its kind: "title" (after the document's
    title), "anggaran" ("Tahun Anggaran 2016", "TA 2016"), "other"; a year cited from a regulation,
    a date and the bounds of a period are left out."""
    found: dict[str, list[tuple[int, int]]] = {"title": [], "anggaran": [], "other": []}
    words = text.split()
    offsets, position = [], 0
    for word in words:
        position = text.index(word, position)
        offsets.append(position)
        position += len(word)
    for i, word in enumerate(words):
        m = ("19" in word or "20" in word) and re.fullmatch(r"[(\"'“]?((?:19|20)\d{2})[)\"'”,.;:]*", word)
        if not m:
            continue
        year = int(m[1])
        if _cited(words, i) or _dated(words, i) or _bound(words, i):
            continue
        before = [w.lower().strip(",.;:()") for w in words[max(0, i - 3): i]]
        weight = 3 if offsets[i] < cover_chars else 1
        if _after_title(words, i) or (offsets[i] < cover_chars and _alone(words, i)):
            found["title"].append((year, weight))
        elif before[-1:] in (["ta"], ["t.a"]) or before[-2:] == ["tahun", "anggaran"]:
            found["anggaran"].append((year, weight))
        else:
            found["other"].append((year, weight))
    return found


def _alone(words: list[str], i: int) -> bool:
    """A cover's line that is only the year: "2016", "TAHUN 2016", "TAHUN ANGGARAN 2016"."""
    j = i - 1
    while j >= 0 and words[j].lower().strip(":") in {"tahun", "anggaran"}:
        j -= 1
    return (j < 0 or words[j] == _BREAK) and (i + 1 >= len(words) or words[i + 1] == _BREAK)


def _cited(words: list[str], i: int) -> bool:
    """"Nomor 29 Tahun 2014", "UU No. 23 Tahun 2014", "Permendagri 86 Tahun 2017", "PP 8/2006",
    "Lembaran Negara ... Tahun 2006 Nomor 25", "... Tahun 2014 tentang ..."."""
    after = words[i + 1].lower().strip(",.;:()") if i + 1 < len(words) else ""
    if after in {"tentang", "nomor", "no", "nomer"}:
        return True
    if i > 0 and re.search(r"\d/", words[i - 1] + words[i]):
        return True
    back = [w.lower().strip(",.;:()") for w in words[max(0, i - 6): i]]
    if back and back[-1] == "tahun":
        back = back[:-1]
    # The regulation's own number stands just before "Tahun": "Nomor 29", "No. 23", "Permendagri 86".
    if back and re.fullmatch(r"[\w./-]*\d[\w./-]*", back[-1]):
        return any(_REGULATION.match(w) for w in back[-4:-1])
    return bool(back) and _REGULATION.match(back[-1]) is not None and back[-1] not in {"se", "sk"}


def _dated(words: list[str], i: int) -> bool:
    """"30 Desember 2016", "Januari 2017", "Bandung, 2016" (a place and its date)."""
    previous = words[i - 1].lower().strip(".") if i > 0 else ""
    if previous in _MONTHS or previous[:3] in {m[:3] for m in _MONTHS} and len(previous) <= 4 and previous.isalpha():
        return True
    return i > 0 and words[i - 1].endswith(",") and words[i - 1][:1].isupper() and words[i - 1][:-1].isalpha() \
        and words[i - 1][:-1].lower() not in {"tahun"}


def _bound(words: list[str], i: int) -> bool:
    """Either end of a period: "2013-2018", "2013 – 2018", "2005 s/d 2025"."""
    word = words[i]
    if re.search(r"\d{4}\s*[-–—]\s*\d{4}|[-–—]$|^[-–—]", word):
        return True
    after = words[i + 1].lower() if i + 1 < len(words) else ""
    before = words[i - 1].lower() if i > 0 else ""
    following = words[i + 2] if i + 2 < len(words) else ""
    preceding = words[i - 2] if i >= 2 else ""
    return (after in _RANGE_WORDS and bool(YEAR.match(following))) or \
        (before in _RANGE_WORDS and bool(YEAR.search(preceding)))


def _after_title(words: list[str], i: int) -> bool:
    """Whether the year closes a title: the title's words, then at most a dozen words of the
    unit's name and "Tahun", with no sentence, line block or other year between."""
    back = []
    for j in range(i - 1, max(-1, i - 16), -1):
        w = words[j]
        if w == _BREAK or YEAR.search(w) or (w.endswith(".") and w[:-1].isalpha() and w[:-1].islower()):
            break  # a sentence ends with a lower-case word ("... ini."); "Prov." does not end one
        back.insert(0, w)
    return bool(_TITLE.search(" ".join(back)))


def _triwulan(cover: list[Line]) -> int | None:
    """The quarter named in the title; an annual report names none."""
    titled = [line for line in cover if line.bold or line.text.isupper()] or cover
    for line in titled:
        m = TRIWULAN_PATTERN.search(line.text)
        if m:
            return triwulan_number(m["q"])
    return None


# ---------------------------------------------------------------- penandatangan

def _penandatangan(lines: list[Line], unit_kerja: str | None, acronyms: dict[str, str] | None = None) -> dict | None:
    """Signature block: jabatan, a space for the signature, name, pangkat, NIP.
    The NIP may stand on its own line or after the name. In a Perjanjian Kinerja the signatory is
    the PIHAK PERTAMA the agreement names ("Nama : ... Jabatan : ... selanjutnya disebut PIHAK
    PERTAMA"), whose column of a side-by-side block is the one its name, label or NIP stands in."""
    declared = _declared(lines)
    # An agreement's own document names itself so on its first page; an LKIP that binds its PK in
    # signs as the report it is.
    agreement = any(re.search(r"\b(perjanjian|penetapan)\s+kinerja\b", line.text, re.IGNORECASE)
                    for line in lines if line.page == 1 and line.top < 250 and (line.bold or line.text.isupper())) \
        or (declared is not None and lines[declared["index"]].page <= 2)
    if not agreement:
        declared = None
    nip_index = _anchor(lines, declared, agreement)
    if nip_index is None:
        if declared is None:
            return None
        jabatan = declared["jabatan_line"]
        return {"nama": declared["nama"], "pangkat": declared["pangkat"], "nip": declared["nip"],
                "jabatan": _jabatan([jabatan], unit_kerja, acronyms) if jabatan else None}
    view, anchor = _column_view(lines, nip_index, declared, agreement)
    signer = _read_block(view, anchor, unit_kerja, acronyms)
    if declared:
        if declared["nama"] and (not signer["nama"] or difflib.SequenceMatcher(
                None, signer["nama"].lower(), declared["nama"].lower()).ratio() < 0.85):
            signer["nama"] = declared["nama"]
        if declared["jabatan_line"] is not None:
            signer["jabatan"] = _jabatan([declared["jabatan_line"]], unit_kerja, acronyms)
        signer["pangkat"] = signer["pangkat"] or declared["pangkat"]
        signer["nip"] = signer["nip"] or declared["nip"]
    return signer


_DECLARED_AS = re.compile(r"[,;]?\s*(?:\b(?:yang\s+)?selanjutnya\s+)?\bdise\w*\s+p\S{0,2}hak\s+(pertama|kesatu)\b.*$",
                          re.IGNORECASE)
_LABEL = re.compile(r"^\s*(?:\d{1,2}[.)]\s*)?(nama|jaba\w*|nip|pangkat\S*)\b\s*[:;.]?\s*(?P<value>.*)$", re.IGNORECASE)


def _declared(lines: list[Line]) -> dict | None:
    """The PIHAK PERTAMA as a Perjanjian Kinerja names it: "Nama : X", "Jabatan : Y" (and the
    lines it wraps to), maybe "NIP"/"Pangkat", then "selanjutnya disebut PIHAK PERTAMA"."""
    for index, line in enumerate(lines):
        declared_as = _DECLARED_AS.search(line.text)
        if declared_as is None or re.search(r"\batasan\b", line.text, re.IGNORECASE):
            continue
        found = {"nama": None, "jabatan_line": None, "nip": None, "pangkat": None, "index": index}
        jabatan: list[Line] = []
        labelled = False
        # The label may share the line with "selanjutnya disebut ..." ("Jabatan : X, selanjutnya ...").
        own = dataclasses.replace(line, text=line.text[: declared_as.start()].strip())
        for back, current in [(index, own)] + [(b, lines[b]) for b in range(index - 1, max(-1, index - 8), -1)]:
            text = current.text
            if not text:
                continue
            label = _LABEL.match(text)
            if label is None:
                if labelled or len(jabatan) >= 2 or back == index:
                    if back == index:
                        continue
                    break
                jabatan.insert(0, current)  # the jabatan's value wrapped to this line
                continue
            labelled = True
            value = _value_text(label["value"])
            kind = label[1].lower()
            if kind == "nama":
                found["nama"] = value or None
                break
            if kind.startswith("jaba"):
                jabatan.insert(0, dataclasses.replace(current, text=value))
            elif kind == "nip":
                found["nip"] = parse_nip(value)
            else:
                found["pangkat"] = value or None
        if found["nama"] is None:
            continue
        jabatan = [line for line in jabatan if line.text]
        if jabatan:
            found["jabatan_line"] = dataclasses.replace(jabatan[0], text=" ".join(line.text for line in jabatan))
        return found
    return None


def _value_text(text: str) -> str:
    """A declared value without the label's colon or the marks an OCR layer read for it: ": Ir. X",
    "2. JULIANDI" → "JULIANDI"."""
    words = text.split()
    while words and (not re.search(r"[A-Za-z]{2}", words[0]) and not _NAME_TITLE.match(words[0])):
        words.pop(0)
    return " ".join(words)


def _anchor(lines: list[Line], declared: dict | None, agreement: bool) -> int | None:
    """The NIP line of the signature: in an agreement, the first after the PIHAK PERTAMA is
    named; in a report, the one under the Kata Pengantar, else the last."""
    nips = [i for i, line in enumerate(lines) if NIP.search(line.text)]
    if not nips:
        # Its "NIP" label lost (a stamp over it on a scan): a line that is only the number in the
        # NIP's own groups, birth date / appointment month / sex / sequence.
        nips = [i for i, line in enumerate(lines) if _NIP_GROUPS.match(line.text)]
    if not nips:
        return None
    if agreement:
        start = declared["index"] if declared else 0
        first = next((i for i in nips if i > start), nips[-1])
        # Two columns whose NIPs were not read as one line: the PIHAK PERTAMA's is the one on its
        # side, right unless a header puts it left.
        block = [i for i in nips if lines[i].page == lines[first].page and abs(lines[i].top - lines[first].top) <= 30]
        if len(block) > 1:
            right = _pertama_on_right(_header(lines, first), declared, lines, first)
            return (max if right else min)(block, key=lambda i: lines[i].x0)
        return first
    foreword = {line.page for line in lines if re.fullmatch(r"\s*kata\s+pengantar\s*", line.text, re.IGNORECASE)}
    under_foreword = [i for i in nips if lines[i].page in foreword or lines[i].page - 1 in foreword]
    return (under_foreword or nips)[-1]


def _column_view(lines: list[Line], nip_index: int, declared: dict | None, agreement: bool) -> tuple[list[Line], Line]:
    """The signature's own column: where two signatures stand side by side (superior on one side,
    PIHAK PERTAMA on the other) a line read across both is cut to the column's part, and the other
    column's lines are left out."""
    anchor = lines[nip_index]
    nips = list(NIP.finditer(anchor.text))
    page = [line for line in lines[:nip_index] if line.page in (anchor.page, anchor.page - 1)]
    header = _header(lines, nip_index)
    two_columns = len(nips) >= 2 or (header is not None and len(_PIHAK.findall(header.text)) >= 2)
    if not two_columns:
        if not agreement:
            return lines[: nip_index + 1], anchor
        middle = (anchor.x0 + anchor.x1) / 2
        joined = [line for line in page if line.page == anchor.page and line.x0 < anchor.x0 - 40
                  and line.x1 > anchor.x0 + 20 and abs((line.x0 + line.x1) / 2 - middle) > 60
                  and anchor.top - line.top < 400 and _PIHAK.search(line.text) is None and line.x1 - line.x0 > 0]
        if not joined:
            return lines[: nip_index + 1], anchor
        right = middle > (min(line.x0 for line in joined) + max(line.x1 for line in joined)) / 2
    else:
        right = _pertama_on_right(header, declared, lines, nip_index)
    if len(nips) >= 2:
        part = anchor.text[nips[1].start():] if right else anchor.text[: nips[1].start()]
    else:
        part = anchor.text
    x0, x1 = _column_bounds(anchor, nips, right)
    column_anchor = dataclasses.replace(anchor, text=part.strip(), x0=x0, x1=x1)
    middle = (x0 + x1) / 2
    view = []
    for line in lines[:nip_index]:
        if line.page not in (anchor.page, anchor.page - 1) or line.page == anchor.page and anchor.top - line.top > 400:
            view.append(line)
            continue
        centre = (line.x0 + line.x1) / 2
        if abs(centre - middle) <= 60 and line.x1 - line.x0 <= 1.6 * max(x1 - x0, 120):
            view.append(dataclasses.replace(line, x0=x0, x1=x1))  # the column's own line
        elif (line.x1 < middle - 30) if right else (line.x0 > middle + 30):
            continue  # the other column's
        elif line.x1 - line.x0 > 0.75 * (max(l.x1 for l in page) - min(l.x0 for l in page)) \
                and not _split_columns(line.text):
            view.append(line)  # running text across the page
        else:
            parts = _split_columns(line.text) or _split_by_position(line, middle, right)
            text = parts[1] if right else parts[0]
            if text:
                view.append(dataclasses.replace(line, text=text, x0=x0, x1=x1))
    return view, column_anchor


def _column_bounds(anchor: Line, nips: list, right: bool) -> tuple[float, float]:
    if len(nips) < 2:
        return anchor.x0, anchor.x1
    share = nips[1].start() / max(len(anchor.text), 1)
    cut = anchor.x0 + share * (anchor.x1 - anchor.x0)
    return (cut, anchor.x1) if right else (anchor.x0, cut)


def _header(lines: list[Line], nip_index: int) -> Line | None:
    """The labels over a signature block ("PIHAK KEDUA,     PIHAK KESATU,"), on the NIP's page: a
    line of nothing else, not the agreement's sentence that names both."""
    for line in reversed(lines[:nip_index]):
        if line.page != lines[nip_index].page:
            return None
        rest = re.sub(r"\b(p\S{0,2}hak|ihak|kesatu|pertama|kedua)\b|[\W\d_]", "", line.text, flags=re.IGNORECASE)
        if _PIHAK.search(line.text) and re.search(r"\b(kedua|kesatu|pertama)\b", line.text, re.IGNORECASE) \
                and len(rest) <= 4:
            return line
    return None


def _pertama_on_right(header: Line | None, declared: dict | None, lines: list[Line], nip_index: int) -> bool:
    """Which column the PIHAK PERTAMA signs in: where its label stands in the header
    ("PIHAK KEDUA     PIHAK PERTAMA"), else where its declared name stands, else on the right,
    as agreements print it."""
    if header is not None:
        kedua = re.search(r"\bkedua\b", header.text, re.IGNORECASE)
        pertama = re.search(r"\b(kesatu|pertama)\b", header.text, re.IGNORECASE)
        if kedua and pertama:
            return pertama.start() > kedua.start()
    words = (declared or {}).get("nama", "") and declared["nama"].replace(",", " ").split()
    if words:
        surname = max(words, key=len).lower()
        for line in reversed(lines[declared["index"] + 1: nip_index]):
            position = line.text.lower().find(surname)
            if position >= 0 and len(line.text) > len(declared["nama"]) + 5:
                return position > len(line.text) / 2
    return True


def _split_columns(text: str) -> tuple[str, str] | None:
    """A line read across two signature columns, cut where the second column's text begins:
    at a second "NIP", a second pangkat ("Pembina Utama Muda Pembina Tk. I"), a second post
    ("GUBERNUR JAWA BARAT KEPALA DINAS ..."), a name's title ("AHMAD HERYAWAN Hj. IDA ..."), or
    after a name's degrees ("Ir. BAMBANG T., MM JULIANDI")."""
    words = text.split()
    if len(words) < 2:
        return None

    def at(index: int) -> tuple[str, str]:
        return " ".join(words[:index]).rstrip(" ,"), " ".join(words[index:])

    nip = [i for i, w in enumerate(words) if re.match(r"^NIP\b", w, re.IGNORECASE)]
    if len(nip) >= 2:
        return at(nip[1])
    pihak = [i for i, w in enumerate(words) if _PIHAK.fullmatch(w.strip(",")) or re.fullmatch(r"p", w, re.I)]
    if len(pihak) >= 2:
        return at(pihak[1])
    pangkat = [i for i, w in enumerate(words) if _PANGKAT.match(w)]
    if len(pangkat) >= 2 and pangkat[0] == 0:
        return at(pangkat[1])
    posts = [i for i, w in enumerate(words) if w.lower().rstrip(",") in _POST_WORDS or w.lower() in _POST_WORDS]
    posts = [i for i in posts if i > 0 and words[i - 1].lower().rstrip(",") not in _POST_PREFIXES]
    if posts and (words[0].lower().rstrip(",") in _POST_WORDS or words[0].isupper()):
        return at(posts[0])
    titles = [i for i, w in enumerate(words) if _NAME_TITLE.match(w) and i > 0 and not _NAME_TITLE.match(words[i - 1])]
    if titles:
        return at(titles[0])
    for i, word in enumerate(words[:-1]):
        if word.endswith(",") and i + 1 < len(words):
            j = i + 1
            while j < len(words) and _degree(words[j]):
                j += 1
            if i + 1 < j < len(words):
                return at(j)
    return None


def _degree(word: str) -> bool:
    """"MM", "M.Si", "S.Sos.", "Dipl.SE.,": an academic degree after a name."""
    bare = word.strip(",")
    return "." in bare or (bare.isalpha() and bare.isupper() and len(bare) <= 4)


def _split_by_position(line: Line, middle: float, right: bool) -> tuple[str, str]:
    """Without a cue in the words: cut at the word boundary nearest the columns' gap, reckoning
    each character an equal share of the line's width."""
    text = line.text
    gap = middle - 60 if right else middle + 60
    boundaries = [m.start() for m in re.finditer(r" ", text)]
    if not boundaries:
        return (text, "") if not right else ("", text)
    cut = min(boundaries, key=lambda b: abs(line.x0 + (line.x1 - line.x0) * b / len(text) - gap))
    return text[:cut].strip(), text[cut:].strip()


def _read_block(lines: list[Line], nip_line: Line, unit_kerja: str | None, acronyms: dict[str, str] | None) -> dict:
    m = NIP.search(nip_line.text) or _NIP_GROUPS.match(nip_line.text)
    middle = (nip_line.x0 + nip_line.x1) / 2

    def in_block(line: Line) -> bool:
        # The signature block is centred (or aligned) under one point; running text spans the page.
        return abs((line.x0 + line.x1) / 2 - middle) <= 60 and line.x1 >= nip_line.x0 - 20 and _legible(line)

    column = [line for line in lines
              if line.page == nip_line.page and line.top < nip_line.top and in_block(line)]
    close = _stack_above(column, nip_line)
    if close and close[0] is (column[0] if column else None):
        # The block opens its page: the jabatan was left at the foot of the page before.
        column = [line for line in lines if line.page == nip_line.page - 1 and in_block(line)] + column
    pangkat = close.pop().text if close and _PANGKAT.match(close[-1].text) else None
    # Lines above the name that open with a position title belong to the jabatan
    # (offices that leave no space for the signature).
    titled = [i for i, line in enumerate(close) if JABATAN_OPENER.match(line.text)]
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
            jabatan_block = _stack_above(remaining[:-1], remaining[-1], reach=2.0) + [remaining[-1]]
    return {
        "nama": nama,
        "pangkat": pangkat,
        "nip": parse_nip(m["digits"]),
        "jabatan": _jabatan(jabatan_block, unit_kerja, acronyms),
    }


def _legible(line: Line) -> bool:
    """Not a speck or a stroke of a signature an OCR layer read as "1", "|" or "gc"."""
    letters = sum(ch.isalpha() for ch in line.text)
    return letters >= 3 or (letters >= 2 and "." in line.text) or bool(re.search(r"\d{6}", line.text))


def _stack_above(column: list[Line], anchor: Line, reach: float = 1.6) -> list[Line]:
    """The lines just above `anchor`, as long as each follows the next at line spacing
    (measured top to top: glyph boxes of adjacent lines may overlap)."""
    block: list[Line] = []
    last = anchor
    for line in reversed(column):
        if line.top >= last.top - 1:
            continue
        if last.top - line.top > reach * max(_height(last), _height(line)):
            break
        block.insert(0, line)
        last = line
    return block


def _height(line: Line) -> float:
    """A line's height as its font's: OCR boxes hug the ink, about 1.6 times shorter than the
    font box a text layer gives."""
    return (line.bottom - line.top) * (1.6 if line.confidences else 1.0)


def _jabatan(block: list[Line], unit_kerja: str | None, acronyms: dict[str, str] | None = None) -> str | None:
    """The position, without the instansi and region that follow it:
    "KEPALA BAGIAN ORGANISASI / SETDA KAB. MOJOKERTO" → "Kepala Bagian Organisasi"."""
    words: list[str] = []
    post: list[str] = []
    for line in block:
        text = line.text.strip()
        if (any(month in text.lower() for month in _MONTHS) and YEAR.search(text)) or _PLACE_DATE.match(text) \
                or _PIHAK.search(text) or re.match(r"^(mengetahui|menyetujui)\b", text, re.IGNORECASE):
            # The place and date line ("Mojokerto, 10 April 2022", "Bandung, 2016") or the PIHAK
            # label stands above the jabatan.
            words, post = [], []
            continue
        if _PANGKAT.match(text) and not words:
            continue
        if words and re.fullmatch(r"(kepala|direktur|inspektur|sekretaris|plt\.?\s*kepala)\s*,?", text, re.IGNORECASE):
            post = text.rstrip(" ,").split()  # "BADAN X / PROVINSI Y / Kepala," : the post comes last
            continue
        words.extend(text.split())
    words = post + words
    if not words:
        return None
    spelled = []
    for word in words:
        expansion = (acronyms or {}).get(word.strip(",").lower())
        spelled.extend(expansion.split() if expansion and word.strip(",").isupper() else [word])
    text = title_case(" ".join(spelled))
    if unit_kerja:
        m = re.search(re.escape(unit_kerja), text, flags=re.IGNORECASE)
        if m:
            return text[: m.start()] + unit_kerja
    cut = re.search(r"\s(Setda|Sekretariat Daerah|Kab\.?|Kabupaten|Kota|Provinsi|Propinsi|Prov\.)(\s|$)", text)
    return (text[: cut.start()] if cut else text).rstrip(" ,")
