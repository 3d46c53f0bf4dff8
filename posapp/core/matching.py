"""Matching rules (design.md "Matching rules"): which records may credit a session.

Pure functions over ``PaymentRecord``; any thread. ``classify`` never looks at the database:
it says *ignore*, *credit the session named by this memo / muxed id*, or *keep as unmatched*.
Services then look the session up; a reference to an unknown or cancelled session also ends
as unmatched. Nothing is ever assigned by amount.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal, InvalidOperation
from enum import StrEnum

from posapp.core.errors import InvalidInput
from posapp.core.records import CREDIT_TYPES, PaymentRecord
from posapp.core.session import looks_like_session_id

USDC_CODE = "USDC"
MAX_TOLERANCE = Decimal(1)
"""The largest absolute tolerance a shop may set, in USDC."""
TOLERANCE_SHARE = Decimal("0.01")
"""A sale is never paid with more than this share of its due amount missing (1 %)."""
_STROOP = Decimal("0.0000001")


class Verdict(StrEnum):
    """What to do with one record."""

    IGNORE = "ignore"
    CREDIT = "credit"
    UNMATCHED = "unmatched"


@dataclass(frozen=True, slots=True)
class MatchDecision:
    """The outcome of ``classify`` with a short reason for logs and the owner."""

    verdict: Verdict
    reason: str
    session_id: str | None = None
    muxed_id: int | None = None


def is_network_usdc(record: PaymentRecord, usdc_issuer: str) -> bool:
    """True only for exactly credit_alphanum4 / USDC / the network's Circle issuer."""
    return (
        record.asset_type == "credit_alphanum4"
        and record.asset_code == USDC_CODE
        and record.asset_issuer == usdc_issuer
    )


def classify(record: PaymentRecord, merchant: str, usdc_issuer: str) -> MatchDecision:
    """Apply every matching rule to ``record`` for the ``merchant`` account."""
    if not record.transaction_successful:
        return MatchDecision(Verdict.IGNORE, "transaction failed")
    if record.type not in CREDIT_TYPES:
        return MatchDecision(Verdict.IGNORE, f"operation type {record.type} moves no payment")
    if record.destination != merchant:
        return MatchDecision(Verdict.IGNORE, "not a payment to the merchant account")
    if record.amount <= 0:
        return MatchDecision(Verdict.IGNORE, "zero amount")
    if not is_network_usdc(record, usdc_issuer):
        if record.asset_code == USDC_CODE:
            reason = f"USDC from a foreign issuer {record.asset_issuer}"
            return MatchDecision(Verdict.IGNORE, reason)
        return MatchDecision(Verdict.IGNORE, "not USDC")
    if record.memo_type == "text" and looks_like_session_id(record.memo):
        return MatchDecision(Verdict.CREDIT, "memo", session_id=record.memo)
    if record.destination_muxed_id is not None and 0 < record.destination_muxed_id < 2**63:
        return MatchDecision(Verdict.CREDIT, "muxed id", muxed_id=record.destination_muxed_id)
    if record.memo_type in (None, "none") or not record.memo:
        return MatchDecision(Verdict.UNMATCHED, "no memo")
    return MatchDecision(Verdict.UNMATCHED, "memo is not a posapp session")


# ---- tolerance -----------------------------------------------------------------------------


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
        raise InvalidInput("tolerance must be a number of USDC from 0 to 1") from None
    if not value.is_finite() or not Decimal(0) <= value <= MAX_TOLERANCE:
        raise InvalidInput(
            "tolerance must be from 0 to 1 USDC (each sale is also capped at 1 % of its amount)"
        )
    if value != value.quantize(_STROOP, rounding=ROUND_FLOOR):
        raise InvalidInput("tolerance has more than 7 decimal places (a stroop is 0.0000001)")
    return value
