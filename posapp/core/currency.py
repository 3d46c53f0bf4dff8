"""Currency codes and their minor units, from Babel's CLDR data (any thread)."""

from __future__ import annotations

from functools import cache

from babel.numbers import get_currency_precision, list_currencies

from posapp.core.errors import InvalidCurrency
from posapp.core.i18n import QT_TRANSLATE_NOOP


@cache
def _known() -> frozenset[str]:
    return frozenset(list_currencies())


def validate_currency(code: object) -> str:
    """An upper-case ISO 4217 code Babel knows; raise InvalidCurrency otherwise."""
    if not isinstance(code, str) or not code.strip():
        raise InvalidCurrency(QT_TRANSLATE_NOOP("errors", "currency is empty"))
    normal = code.strip().upper()
    if len(normal) != 3 or normal not in _known() or normal in ("XXX", "XTS"):
        raise InvalidCurrency(
            QT_TRANSLATE_NOOP("errors", "unknown currency {code!r}: use an ISO code like INR"),
            code=code.strip()[:12],
        )
    return normal


def currency_places(code: str) -> int:
    """How many decimals amounts in ``code`` take (INR 2, JPY 0, BHD 3)."""
    return get_currency_precision(code)
