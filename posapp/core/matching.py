"""Matching rules (docs/design.md "Matching rules"): which records may credit a session.

Pure functions over ``PaymentRecord``; any thread. ``classify`` never looks at the database:
it says *ignore*, *credit the session named by this memo / muxed id*, or *keep as unmatched*.
Services then look the session up; a reference to an unknown or cancelled session also ends
as unmatched. Nothing is ever assigned by amount.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from posapp.core.records import CREDIT_TYPES, PaymentRecord
from posapp.core.session import looks_like_session_id

USDC_CODE = "USDC"


class Verdict(StrEnum):
    """What to do with one record."""

    IGNORE = "ignore"
    CREDIT = "credit"
    UNMATCHED = "unmatched"
    REFUSE = "refuse"
    """USDC from a foreign issuer (a fake): recorded for the owner, never credited."""


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
            return MatchDecision(Verdict.REFUSE, reason)
        return MatchDecision(Verdict.IGNORE, "not USDC")
    if record.memo_type == "text" and looks_like_session_id(record.memo):
        return MatchDecision(Verdict.CREDIT, "memo", session_id=record.memo)
    if record.destination_muxed_id is not None and 0 < record.destination_muxed_id < 2**63:
        return MatchDecision(Verdict.CREDIT, "muxed id", muxed_id=record.destination_muxed_id)
    if record.memo_type in (None, "none") or not record.memo:
        return MatchDecision(Verdict.UNMATCHED, "no memo")
    return MatchDecision(Verdict.UNMATCHED, "memo is not a posapp session")


# ---- tolerance -----------------------------------------------------------------------------
