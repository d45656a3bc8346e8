"""Whether a scanned page's own text layer reads well enough to be kept.

Scanners and their software (Kodak, EPSON) lay their OCR over the picture, visible or not, and
often poorly: "Pelemakan" for Peternakan, "Jabalan" for Jabatan, "Jawa Sarat". Such a layer is
judged by its words against the Indonesian and English word lists that wordfreq ships: the share
of its words that are words (`known`), and the share that are one letter away from a word, as OCR
misreads are (`misread`). Names and abbreviations are neither, in good text and bad alike.

One scanner makes the layer of a whole document, so the pages are judged together: a page of
figures alone would say too little. A layer that fails is set aside and the pages are OCRed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

# Measured on real documents: born-digital LKIP pages read 0.93-0.99 known, 0.00-0.05 misread
# pooled over a document (0.81 and 0.08 on a bad page alone); two scanners' layers read 0.70-0.83
# known and 0.13-0.17 misread.
MIN_KNOWN = 0.85
MAX_MISREAD = 0.08
SAMPLE = 600  # words judged at most, spread over the layer
MIN_WORDS = 20  # fewer words than this say nothing of the layer: the page is OCRed
LANGUAGES = ("id", "en")

_LETTERS = re.compile(r"[^\W\d_]{4,}")  # words of four letters or more: short ones are too often words by chance


@dataclass(frozen=True)
class LayerJudgement:
    words: int
    known: float  # share of the layer's words found in the word lists
    misread: float  # share one edit away from a listed word

    @property
    def reads(self) -> bool:
        return self.words >= MIN_WORDS and self.known >= MIN_KNOWN and self.misread <= MAX_MISREAD


def judge(texts: Iterable[str]) -> LayerJudgement:
    """Judge the words `texts` of a document's text layer (over its scanned pages)."""
    words = [token.lower() for text in texts for token in _LETTERS.findall(text)]
    if not words:
        return LayerJudgement(0, 0.0, 0.0)
    # Words spread over the whole layer say as much as all of them, and a long document's
    # background pictures would otherwise cost a second each.
    words = words[::-(-len(words) // SAMPLE)]
    known, listed = _word_lists()
    unknown = [w for w in words if w not in known]
    near = {w for w in set(unknown) if _one_edit_from(w, listed)}
    return LayerJudgement(len(words), 1 - len(unknown) / len(words), sum(w in near for w in unknown) / len(words))


@cache
def _word_lists() -> tuple[frozenset[str], list[str]]:
    # Imported here: the word lists take half a second to load, and only scanned pages with a
    # layer of their own need them.
    from wordfreq import get_frequency_dict

    known = frozenset(word for language in LANGUAGES for word in get_frequency_dict(language, "small"))
    return known, [word for word in known if len(word) >= 4 and word.isalpha()]


def _one_edit_from(word: str, listed: list[str]) -> bool:
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    return process.extractOne(word, listed, scorer=Levenshtein.distance, score_cutoff=1) is not None
