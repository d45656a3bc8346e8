"""What lkj says, in the user's language: Indonesian by default, English with LKJ_LANG=en.
Every layer says things (an extractor's refusal, the warehouse's wait, the CLI's summary), so the
catalogue is a package below them all, importing nothing of lkj.

The code writes its messages as English msgids (`_("not a PDF")`, `N_(...)` where the text is
only named, to be translated when shown); `messages/locale/id/LC_MESSAGES/lkj.po` holds their
Indonesian. No compiled .mo is kept: Babel reads the .po the first time a message is
translated, once per process, so a command that prints nothing (`lkj --help`) never imports it.
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


@cache
def _translations(lang: str) -> gettext.NullTranslations:
    if lang == "en":  # the msgids are English
        return gettext.NullTranslations()
    from io import BytesIO

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po_path(lang).open("rb") as po:
        catalog = read_po(po, locale=lang, domain=DOMAIN)
    compiled = BytesIO()
    write_mo(compiled, catalog)  # in memory only; fuzzy entries are left out, so they show in English
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
