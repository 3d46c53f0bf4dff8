"""Exact money: Decimal amounts, 7-decimal stroops, fiat → USDC conversion.

Pure functions, usable from any thread. Floats are refused everywhere.
"""

from __future__ import annotations

import math
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from posapp.core.errors import InvalidAmount
from posapp.core.i18n import QT_TRANSLATE_NOOP

STROOP = Decimal("0.0000001")
STROOPS_PER_UNIT = 10_000_000
CENT = Decimal("0.01")
# Largest amount a Stellar operation can carry: int64 stroops.
MAX_STELLAR_AMOUNT = Decimal(2**63 - 1) * STROOP
# A single counter sale above this (in fiat units) is almost certainly a typo.
MAX_FIAT_AMOUNT = Decimal("100000000")


def parse_amount(text: object, *, places: int, maximum: Decimal = MAX_FIAT_AMOUNT) -> Decimal:
    """Parse a positive amount with at most ``places`` decimals; raise InvalidAmount otherwise.

    Accepts ``str``, ``int`` or ``Decimal`` (never ``float``); any thread.
    """
    if isinstance(text, (bool, float)):
        raise InvalidAmount("amount must be given as text or Decimal, not a float")
    if isinstance(text, (int, Decimal)):
        raw = str(text)
    elif isinstance(text, str):
        raw = text.strip().replace("_", "")
    else:
        raise InvalidAmount(
            QT_TRANSLATE_NOOP("errors", "amount must be a number, not {kind}"),
            kind=type(text).__name__,
        )
    if not raw:
        raise InvalidAmount(QT_TRANSLATE_NOOP("errors", "amount is empty"))
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise InvalidAmount(
            QT_TRANSLATE_NOOP("errors", "amount {raw!r} is not a number"), raw=raw[:40]
        ) from None
    if not value.is_finite():
        raise InvalidAmount(QT_TRANSLATE_NOOP("errors", "amount must be a finite number"))
    if value <= 0:
        raise InvalidAmount(QT_TRANSLATE_NOOP("errors", "amount must be greater than zero"))
    exponent = value.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > places:
        raise InvalidAmount(
            QT_TRANSLATE_NOOP("errors", "amount has more than {places} decimal places"),
            places=places,
        )
    if value > maximum:
        raise InvalidAmount(
            QT_TRANSLATE_NOOP("errors", "amount is too large (maximum {maximum})"),
            maximum=format_plain(maximum),
        )
    return value


def to_stroops(amount: Decimal) -> int:
    """Exact conversion to integer stroops; raise InvalidAmount if it needs more than 7 dp."""
    if not isinstance(amount, Decimal):
        raise InvalidAmount("stroop conversion needs a Decimal")
    scaled = amount * STROOPS_PER_UNIT
    if scaled != scaled.to_integral_value():
        raise InvalidAmount(
            QT_TRANSLATE_NOOP("errors", "{amount} has more than 7 decimal places"), amount=amount
        )
    return int(scaled)


def from_stroops(stroops: int) -> Decimal:
    """Integer stroops → Decimal with exactly 7 decimal places."""
    return (Decimal(stroops) * STROOP).quantize(STROOP)


def parse_stellar_amount(text: str) -> Decimal:
    """Parse an amount as Horizon prints it (``"12.5000000"``); raise InvalidAmount if bad."""
    value = parse_amount(text, places=7, maximum=MAX_STELLAR_AMOUNT)
    return value.quantize(STROOP)


def usdc_due(fiat_amount: Decimal, rate: Decimal, spread_percent: Decimal) -> Decimal:
    """USDC to charge for ``fiat_amount`` at ``rate`` fiat per USDC plus a spread.

    due = fiat / rate × (1 + spread/100), rounded **up** to the cent so the shop is never
    under-paid. ``rate`` must be positive; ``spread_percent`` in [0, 100).
    """
    for name, value in (("fiat amount", fiat_amount), ("rate", rate), ("spread", spread_percent)):
        if not isinstance(value, Decimal) or not value.is_finite():
            raise InvalidAmount(f"{name} must be a finite Decimal")
    if fiat_amount <= 0 or rate <= 0:
        raise InvalidAmount(
            QT_TRANSLATE_NOOP("errors", "fiat amount and rate must be greater than zero")
        )
    if not Decimal(0) <= spread_percent < Decimal(100):
        raise InvalidAmount(QT_TRANSLATE_NOOP("errors", "spread must be between 0 and 100 percent"))
    # Exact rational arithmetic: Decimal division would round at 28 digits first.
    exact = Fraction(fiat_amount) * (100 + Fraction(spread_percent)) / (100 * Fraction(rate))
    cents = math.ceil(exact * 100)
    if cents > MAX_STELLAR_AMOUNT * 100:
        raise InvalidAmount(
            QT_TRANSLATE_NOOP("errors", "the USDC due is larger than a Stellar payment can carry")
        )
    return max(Decimal(cents).scaleb(-2), CENT)


def format_plain(amount: Decimal, *, min_places: int = 2) -> str:
    """Plain decimal text, never scientific notation: ``Decimal("1E-7")`` → ``"0.0000001"``.

    Trailing zeros beyond ``min_places`` are dropped (``23.7700000`` → ``"23.77"``).
    """
    if not isinstance(amount, Decimal) or not amount.is_finite():
        raise InvalidAmount("only finite Decimals can be formatted")
    exponent = amount.as_tuple().exponent
    if not isinstance(exponent, int) or abs(exponent) > 60:
        raise InvalidAmount(QT_TRANSLATE_NOOP("errors", "amount is out of range"))
    text = format(amount, "f")
    whole, _, frac = text.partition(".")
    frac = frac.rstrip("0").ljust(min_places, "0")
    return f"{whole}.{frac}" if frac else whole
