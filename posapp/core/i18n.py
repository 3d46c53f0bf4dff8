"""The languages posapp's windows speak, and the marker for texts translated later (pure).

The GUI translates through Qt (``self.tr``, ``QCoreApplication.translate``); ``pyside6-lupdate``
extracts every such call into ``resources/i18n/posapp_<language>.ts``. Layers below the GUI
must not import Qt, so a text they produce for people (an error a cashier reads, a receipt
line) is marked with ``QT_TRANSLATE_NOOP(context, text)``: lupdate finds it by that name,
the value stays the English text, and the GUI translates it when it shows it.

A text with values keeps them as named ``{placeholders}`` (``"note is longer than {limit}
characters"``) so a translation can put them where its grammar wants; values are filled in
after translating, never joined to translated fragments. Any thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from posapp.core.errors import InvalidInput

ENGLISH = "en"
LANGUAGES: Mapping[str, str] = MappingProxyType(
    {
        "en": "English",
        "es": "Español",
        "pt_BR": "Português (Brasil)",
        "fr": "Français",
        "hi": "हिन्दी",
    }
)
"""Every language of the GUI, by code, with its own name for itself (shown in the choosers)."""

TRANSLATED = tuple(code for code in LANGUAGES if code != ENGLISH)
"""The languages with a catalog (English is the source text)."""

REGIONS: Mapping[str, str] = MappingProxyType(
    {"en": "en_US", "es": "es_ES", "pt_BR": "pt_BR", "fr": "fr_FR", "hi": "hi_IN"}
)
"""Where a language's numbers and dates are formatted when the machine says nothing better."""

SCRIPTS: Mapping[str, str] = MappingProxyType({"hi": "Devanagari"})
"""Languages whose script needs a font of its own (the rest are Latin)."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` and return it unchanged (English)."""
    return text


def validate_language(code: object) -> str:
    """The language code as posapp spells it (``es``, ``pt_BR``); InvalidInput otherwise."""
    if not isinstance(code, str) or not code.strip():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "language must be one of {choices}"),
            choices=", ".join(LANGUAGES),
        )
    wanted = code.strip().replace("-", "_")
    for known in LANGUAGES:
        if known.lower() == wanted.lower():
            return known
    raise InvalidInput(
        QT_TRANSLATE_NOOP("errors", "unknown language {code}: use one of {choices}"),
        code=code.strip()[:20],
        choices=", ".join(LANGUAGES),
    )


def language_for_locale(name: str | None) -> str:
    """The GUI language for a system locale name (``es_MX`` → ``es``, ``pt_PT`` → ``pt_BR``,
    ``de_DE`` or ``C`` → ``en``)."""
    if not name:
        return ENGLISH
    base = name.replace("-", "_").partition(".")[0].partition("_")[0]
    base = base.lower()
    if base == "pt":
        return "pt_BR"
    return base if base in LANGUAGES else ENGLISH


def format_locale(language: str, system_name: str | None = None, currency: str = "") -> str:
    """The Babel locale amounts and dates are formatted in for ``language``.

    The machine's own locale wins when it speaks that language (``es_MX`` keeps Mexican
    formats for Spanish); otherwise the language's usual region, and for English rupees
    ``en_IN`` (₹1,25,000.00).
    """
    if system_name and language_for_locale(system_name) == language:
        cleaned = system_name.replace("-", "_").partition(".")[0]
        if "_" in cleaned:
            return cleaned
    if language == ENGLISH and currency.upper() == "INR":
        return "en_IN"
    return REGIONS.get(language, "en_US")


Words = Callable[[str], str]
"""Translates a text marked with ``QT_TRANSLATE_NOOP`` into the GUI's language (the GUI gives
one to the Qt-free layers that lay out words for people: receipts, the Z-report)."""


def english(text: str) -> str:
    """The text as written: the command line's words, and the default ``Words``."""
    return text
