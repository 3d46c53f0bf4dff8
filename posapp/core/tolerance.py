"""The payment tolerance: how much of a sale's due amount may be missing with the sale
still paid (pure; any thread). Shared by the matching rules and the session state machine.
"""

from __future__ import annotations

from decimal import ROUND_FLOOR, Decimal, InvalidOperation

from posapp.core.errors import InvalidInput
from posapp.core.i18n import QT_TRANSLATE_NOOP

MAX_TOLERANCE = Decimal(1)
"""The largest absolute tolerance a shop may set, in USDC."""
TOLERANCE_SHARE = Decimal("0.01")
"""A sale is never paid with more than this share of its due amount missing (1 %)."""
_STROOP = Decimal("0.0000001")


def allowed_shortfall(due: Decimal, tolerance: Decimal) -> Decimal:
    """How much USDC may be missing from ``due`` with the sale still paid: the shop's
    absolute ``tolerance``, but never more than 1 % of ``due`` (rounded down to a stroop).

    A 0.50 USDC sale with a tolerance of 1 USDC may be short by 0.005 USDC, not by 0.4999999.
    """
    share = (due * TOLERANCE_SHARE).quantize(_STROOP, rounding=ROUND_FLOOR)
    return max(min(tolerance, share), Decimal(0))


def is_fully_paid(received: Decimal, due: Decimal, tolerance: Decimal) -> bool:
    """True when ``received`` pays ``due``: received ≥ due − min(tolerance, 1 % of due)."""
    return received >= due - allowed_shortfall(due, tolerance)


def parse_tolerance(text: str | Decimal) -> Decimal:
    """The absolute tolerance setting from text; InvalidInput (naming ``tolerance``) for
    anything but a number of USDC from 0 to 1 with at most 7 decimal places."""
    try:
        value = Decimal(str(text).strip())
    except InvalidOperation:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "tolerance must be a number of USDC from 0 to 1")
        ) from None
    if not value.is_finite() or not Decimal(0) <= value <= MAX_TOLERANCE:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "tolerance must be from 0 to 1 USDC (each sale is also capped at 1 % of "
                "its amount)",
            )
        )
    if value != value.quantize(_STROOP, rounding=ROUND_FLOOR):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "tolerance has more than 7 decimal places (a stroop is 0.0000001)"
            )
        )
    return value
