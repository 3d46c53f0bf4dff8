"""``error_text(exc)``: the one sentence a person sees for an exception, in the language the
windows speak (any thread: Qt's translation lookup is thread-safe).

posapp's own errors (``PosappError``) carry a one-line template fit for a cashier, marked for
translation in the ``errors`` context; it is translated, its values are filled in (numbers
in the current locale's format) and it is shown with a capital first letter. Network
failures become plain sentences ("Cannot reach the server.") instead of ``ConnectError:
[Errno 111] …``. Anything else is unexpected: its type is named so a support person can
find it in the log.
"""

from __future__ import annotations

from decimal import Decimal

import httpx
from babel import Locale, UnknownLocaleError
from babel.numbers import format_decimal
from PySide6.QtCore import QCoreApplication, QLocale

from posapp.core.errors import PosappError
from posapp.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "errors"
_NETWORK: tuple[tuple[type[BaseException], str], ...] = (
    (
        httpx.ConnectTimeout,
        QT_TRANSLATE_NOOP("errors", "Cannot reach the server (no answer in time)."),
    ),
    (httpx.ConnectError, QT_TRANSLATE_NOOP("errors", "Cannot reach the server.")),
    (httpx.TimeoutException, QT_TRANSLATE_NOOP("errors", "The server did not answer in time.")),
    (httpx.HTTPStatusError, QT_TRANSLATE_NOOP("errors", "The server refused the request.")),
    (httpx.HTTPError, QT_TRANSLATE_NOOP("errors", "The connection to the server failed.")),
    (ConnectionError, QT_TRANSLATE_NOOP("errors", "Cannot reach the server.")),
    (TimeoutError, QT_TRANSLATE_NOOP("errors", "The server did not answer in time.")),
)


def sentence(text: str) -> str:
    """``text`` with a capital first letter (``"no rate"`` → ``"No rate"``)."""
    return text[:1].upper() + text[1:]


def error_text(exc: BaseException) -> str:
    """The message to show a person for ``exc`` (never a traceback, never a secret)."""
    if isinstance(exc, PosappError):
        return sentence(translated_error(exc)) or type(exc).__name__
    for kind, text in _NETWORK:
        if isinstance(exc, kind):
            return QCoreApplication.translate(CONTEXT, text)
    return QCoreApplication.translate(CONTEXT, "Unexpected error ({kind}).").format(
        kind=type(exc).__name__
    )


def translated_error(exc: PosappError) -> str:
    """A posapp error's template in the current language with its values filled in; the
    English ``str(exc)`` when it has no template or a translation lost a placeholder."""
    if not exc.template:
        return str(exc)
    text = QCoreApplication.translate(CONTEXT, exc.template)
    if not exc.params:
        return text
    locale = _babel_locale()
    values = {name: _localized(value, locale) for name, value in exc.params.items()}
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        return str(exc)


def _babel_locale() -> str:
    name = QLocale().name()
    try:
        return str(Locale.parse(name))
    except (UnknownLocaleError, ValueError):
        return "en_US"


def _localized(value: object, locale: str) -> object:
    """A value for a translated error: numbers in the locale's format, and words marked in
    the ``errors`` context (a role, an action) translated; anything else as it is."""
    if isinstance(value, Decimal) or (isinstance(value, int) and not isinstance(value, bool)):
        return format_decimal(value, locale=locale, decimal_quantization=False)
    if isinstance(value, str):
        return QCoreApplication.translate(CONTEXT, value)
    return value
