"""The one interface every rate provider implements, and helpers they share.

A *rate* is how many units of a fiat currency one USDC is worth (``84.10`` INR per USDC),
always a ``Decimal``. Every failure to produce a usable rate is a ``RateUnavailable`` whose
``str()`` is one line naming the source.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Protocol, runtime_checkable

from posapp.core.errors import InvalidInput
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.session import RateQuote

_CURRENCY_RE = re.compile(r"[A-Z]{3}")
_SOURCE_NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}")


@runtime_checkable
class RateSource(Protocol):
    """A provider of fiat-per-USDC quotes.

    Thread rules: ``quote`` may block on network I/O (HTTP sources) and must run on a
    non-GUI thread; ``cached_quote`` never does I/O and is safe on the GUI thread.
    Implementations are safe to call from several threads at once.
    """

    @property
    def name(self) -> str:
        """Short label stored with each sale as its rate source (``"coingecko"``)."""
        ...

    def quote(self, currency: str, now: datetime) -> RateQuote:
        """A validated quote for ``currency`` at ``now`` (aware datetime).

        May do blocking I/O: call from a non-GUI thread. Raises ``RateUnavailable`` (one
        line naming the source) when no usable quote can be had.
        """
        ...

    def cached_quote(self, currency: str, now: datetime) -> RateQuote | None:
        """A still-valid quote already in hand, or None. Never does I/O; any thread."""
        ...

    def close(self) -> None:
        """Release network resources (idempotent). Any thread, once no quote is running."""
        ...


def normalize_currency(code: object) -> str | None:
    """``" inr"`` → ``"INR"``; None when ``code`` is not three ASCII letters. Any thread."""
    if not isinstance(code, str):
        return None
    text = code.strip().upper()
    return text if _CURRENCY_RE.fullmatch(text) else None


def require_aware(moment: object, what: str) -> datetime:
    """Return ``moment`` if it is a timezone-aware datetime, else raise ValueError.

    A naive or missing datetime is a programming error in the caller, not a rate problem.
    """
    if not isinstance(moment, datetime) or moment.utcoffset() is None:
        raise ValueError(f"{what} must be a timezone-aware datetime")
    return moment


def check_source_name(name: object) -> str:
    """Return ``name`` if it is a usable source label, else raise InvalidInput.

    Labels are 1–40 chars of letters, digits, ``.``, ``_``, ``-`` (they end up in one-line
    messages and in ``median(a,b)`` names).
    """
    if not isinstance(name, str) or not _SOURCE_NAME_RE.fullmatch(name):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "rate source name {name!r} must be 1-40 letters, digits, '.', '_' or '-'"
            ),
            name=str(name)[:40],
        )
    return name
