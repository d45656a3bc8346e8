"""What lkj says, in the user's language: Indonesian by default, English with LKJ_LANG=en.
Every layer says things (an extractor's refusal, the warehouse's wait, the CLI's summary), so the
catalogue is a package below them all, importing nothing of lkj.

The code writes its messages as English msgids (`_("not a PDF")`, `N_(...)` where the text is
only named, to be translated when shown); `messages/locale/id/LC_MESSAGES/lkj.po` holds their
Indonesian. No compiled .mo is kept in the repository: Babel compiles the .po the first time a
message is translated, and the result is kept in the user's cache folder (~/.cache/lkj, named by
the .po's size and time), so later commands read it without Babel.
The language is read at each message, so a test may switch it with the environment.

After adding or changing a message, bring the catalogue up to date and translate what is new
(tests/test_i18n.py fails on a msgid without its Indonesian):

    .venv/bin/pybabel extract --no-location --sort-output -o /tmp/lkj.pot lkj extractors normalisers warehouse flows report messages
    .venv/bin/pybabel update --no-wrap --ignore-obsolete --ignore-pot-creation-date -N -i /tmp/lkj.pot \
        -d messages/locale -D lkj -l id
"""

from __future__ import annotations

import gettext
import os
from functools import cache
from pathlib import Path

LOCALE = Path(__file__).resolve().parent / "locale"
DOMAIN = "lkj"


def language() -> str:
    """"en" when LKJ_LANG asks for English (en, en_US.UTF-8, …), else "id"."""
    return "en" if os.environ.get("LKJ_LANG", "").strip().lower().startswith("en") else "id"


def po_path(lang: str = "id") -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def _cached_mo(lang: str) -> Path | None:
    """Where the compiled catalogue of this .po (by its size and time) is kept between runs: the
    user's cache folder, so that a command starts without importing Babel once it has run."""
    base = os.environ.get("XDG_CACHE_HOME") or (Path.home() / ".cache")
    try:
        stat = po_path(lang).stat()
    except OSError:
        return None
    return Path(base) / "lkj" / f"{DOMAIN}-{lang}-{stat.st_size}-{stat.st_mtime_ns}.mo"


@cache
def _translations(lang: str) -> gettext.NullTranslations:
    if lang == "en":  # the msgids are English
        return gettext.NullTranslations()
    cached = _cached_mo(lang)
    if cached is not None and cached.exists():
        with cached.open("rb") as mo:
            return gettext.GNUTranslations(mo)
    from io import BytesIO

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po_path(lang).open("rb") as po:
        catalog = read_po(po, locale=lang, domain=DOMAIN)
    compiled = BytesIO()
    write_mo(compiled, catalog)  # fuzzy entries are left out, so they show in English
    if cached is not None:
        try:  # written whole under another name first: two commands at once never read half a file
            cached.parent.mkdir(parents=True, exist_ok=True)
            partial = cached.with_name(f"{cached.name}.{os.getpid()}")
            partial.write_bytes(compiled.getvalue())
            partial.replace(cached)
        except OSError:
            pass  # a read-only home: compiled again next time
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


def _(message: str) -> str:
    return _translations(language()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translations(language()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """A msgid that reads alike in two places but is translated apart ("unchanged" of a file:
    "tidak berubah"; as a key of the ingest summary: "tidak_berubah")."""
    return _translations(language()).pgettext(context, message)


def N_(message: str) -> str:
    """Marks a msgid for the catalogue where it is defined; `_()` translates it where it is shown."""
    return message
