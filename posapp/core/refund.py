"""Refunds: USDC sent back from the merchant account, prepared by posapp, signed elsewhere.

posapp never holds the merchant's secret key. A refund is an **unsigned** transaction that
posapp builds and the owner signs in their own wallet; the watcher then sees the outgoing
payment and settles the refund (docs/design.md "Refunds").

    ========== ============================================= ===============================
    state      meaning                                       may become
    ========== ============================================= ===============================
    waiting    built, shown to the owner, not yet seen paid  succeeded, expired, cancelled
    succeeded  the outgoing payment is on the ledger         (final)
    expired    its time bounds passed unsubmitted            waiting (rebuilt), succeeded
    cancelled  withdrawn by the owner before it was paid     succeeded
    ========== ============================================= ===============================

An expired or cancelled refund still turns ``succeeded`` when its payment shows up anyway
(a transaction signed before the cancel, a clock that ran ahead): money that left is always
counted. ``waiting`` and ``succeeded`` refunds hold part of what may be refunded, and so does
a ``cancelled`` one until its time bounds end: a transaction signed before the cancel could
still be submitted until then, and must not let another refund pass what was received.

Pure data and functions; any thread.
"""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum

REFUND_ID_PREFIX = "rf_"
LEDGER_CLOCK_GRACE = timedelta(seconds=30)
"""A ledger may close a little after our clock says a refund's time bounds ended."""


class RefundState(StrEnum):
    """Where a refund stands."""

    WAITING = "waiting"
    SUCCEEDED = "succeeded"
    EXPIRED = "expired"
    CANCELLED = "cancelled"

    @property
    def holds_amount(self) -> bool:
        """True when the refund counts against what is still refundable."""
        return self in (RefundState.WAITING, RefundState.SUCCEEDED)


class RefundKind(StrEnum):
    """What is refunded: (part of) a sale, or an unmatched payment."""

    SALE = "sale"
    PAYMENT = "payment"


class RefundMarker(StrEnum):
    """How much of a sale went back: shown beside its payment status, never instead of it."""

    PARTIALLY_REFUNDED = "partially_refunded"
    REFUNDED = "refunded"


def new_refund_id() -> str:
    """A fresh refund id ``rf_`` + 24 base32 chars: 27 bytes, a valid text memo."""
    return REFUND_ID_PREFIX + base64.b32encode(secrets.token_bytes(15)).decode().lower()


def looks_like_refund_id(text: str | None) -> bool:
    """True when ``text`` has the shape of a posapp refund id."""
    return (
        text is not None
        and len(text) == 27
        and text.startswith(REFUND_ID_PREFIX)
        and all(c in "abcdefghijklmnopqrstuvwxyz234567" for c in text[3:])
    )


def refund_marker(received_stroops: int, refunded_stroops: int) -> RefundMarker | None:
    """``refunded`` once everything received went back, ``partially_refunded`` before."""
    if refunded_stroops <= 0:
        return None
    if refunded_stroops >= received_stroops:
        return RefundMarker.REFUNDED
    return RefundMarker.PARTIALLY_REFUNDED


def refunded_fiat_e7(
    fiat_e7: int, due_stroops: int, received_stroops: int, refunded_stroops: int
) -> int:
    """The part of a sale's fiat amount that ``refunded_stroops`` gave back (10⁻⁷ units).

    A refund first returns what was paid beyond the amount due (the excess was never part
    of the sale), then the sale itself at the rate it was charged: fiat × refunded / due,
    rounded half-even, never more than the sale's fiat amount. Integer arithmetic: exact.
    """
    if refunded_stroops <= 0 or due_stroops <= 0:
        return 0
    excess = max(received_stroops - due_stroops, 0)
    of_sale = max(refunded_stroops - excess, 0)
    quotient, remainder = divmod(fiat_e7 * of_sale, due_stroops)
    if remainder * 2 > due_stroops or (remainder * 2 == due_stroops and quotient % 2):
        quotient += 1
    return min(quotient, fiat_e7)


@dataclass(frozen=True, slots=True)
class Refund:
    """One refund and the transaction prepared for it; immutable, safe across threads.

    ``destination`` is the payer's address (``M…`` when they paid from a muxed account).
    ``memo_type``/``memo`` are what the transaction carries: the refund id as a text memo,
    or the memo an exchange asked for (SEP-29), which then identifies the refund together
    with the destination. ``envelope_xdr`` is the unsigned transaction (base64).
    """

    id: str
    kind: RefundKind
    session_id: str | None
    operation_id: str | None
    """For a refund of an unmatched payment: that payment's operation id."""
    destination: str
    amount: Decimal
    memo_type: str
    memo: str
    reason: str
    state: RefundState
    created_by: str
    approved_by: str
    created_at: datetime
    valid_until: datetime
    source_account: str
    sequence: int
    fee_stroops: int
    envelope_xdr: str
    network: str
    updated_at: datetime
    tx_hash: str | None = None
    settled_at: datetime | None = None

    @property
    def refers_to(self) -> str:
        """The sale id, or the unmatched payment's operation id."""
        return self.session_id or self.operation_id or ""


@dataclass(frozen=True, slots=True)
class OutgoingPayment:
    """An outgoing USDC payment seen on the merchant account that names a refund by memo.

    ``refund_id`` is the refund it settled (``matched``), or the one it named but did not
    fit (another amount or destination): flagged for the owner, never counted.
    """

    operation_id: str
    tx_hash: str
    refund_id: str | None
    destination: str
    amount: Decimal
    memo_type: str | None
    memo: str | None
    ledger_time: datetime
    matched: bool
    reason: str
