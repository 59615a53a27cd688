"""The words of the engine and the activities (buttons, messages, labels) in the page's language.

They are gettext messages, written in English in the code and the templates,
with a catalog per language in csec/locale/LANGUAGE/LC_MESSAGES/csec.po that
translators edit with the standard tools (Poedit, Weblate). `make messages`
extracts them with Babel and updates each catalog; `make` compiles the
catalogs when it installs the project. A message a catalog lacks shows in
English. Content (what a session says) is translated apart, file for file
(see csec/settings.py: Settings.translated).
"""

import gettext
from functools import cache
from pathlib import Path

from csec.page import page_settings

DOMAIN = "csec"
CATALOGS = Path(__file__).parent / "locale"


@cache
def translations(language: str) -> gettext.NullTranslations:
    """The compiled catalog of ``language``; English (the messages as written) where there is none."""
    return gettext.translation(DOMAIN, CATALOGS, [language], fallback=True)


def _(message: str) -> str:
    """``message`` in the language of the page being presented (or exported)."""
    return translations(page_settings().language).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """``singular`` or ``plural``, as ``count`` and the page's language ask (``{count}`` left to fill in)."""
    return translations(page_settings().language).ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Marks ``message`` for the catalogs where it is defined; translate it with ``_`` where it is shown."""
    return message


def words_in(words: dict[str, str], language: str) -> dict[str, str]:
    """A page's ``words`` (key -> message marked with ``N_``) in ``language``, English where its catalog lacks one:
    for pages whose script shows them (the join page, the speaker view)."""
    gettext = translations(language).gettext
    return {key: gettext(text) for key, text in words.items()}
