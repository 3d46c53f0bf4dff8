"""Payment sessions: the plain data every layer shares, and the state machine.

Status table (docs/design.md "Session states"):

    ============== ============================================ =============================
    status         meaning                                      may become
    ============== ============================================ =============================
    open           awaiting payment, before ``expires_at``      partially_paid, paid,
                                                                expired, cancelled,
                                                                paid_late
    partially_paid received < due − allowed, before expiry      paid, expired, paid_late
    paid           received ≥ due − allowed before expiry       (final)
    expired        window passed with nothing or a partial sum  paid_late (paid when the
                                                                ledger shows it was on time)
    paid_late      full amount after expiry, inside monitoring  (final)
    cancelled      cashier cancelled before payment             (final)
    ============== ============================================ =============================

At the counter (``services.sales.counter_desk``, its own conditional UPDATEs): a partly paid
sale (``partially_paid``, or ``expired`` with USDC received) becomes ``paid`` when the rest
is taken in cash or by card (``settled_by``, ``settled_fiat``), or ``cancelled`` with
``refund_state`` ``queued`` when what was received is given back. ``parked_at`` marks an
awaiting sale put aside; it changes no status.

Each ``can_x()`` / target pair here is pure; storage turns a transition into a conditional
``UPDATE … WHERE status IN (FROM_STATES[target])`` so two writers can never both win.
"allowed" is the shop's tolerance capped at 1 % of the due amount
(``core.tolerance.allowed_shortfall``).
All functions are pure and thread-agnostic.
"""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum

from posapp.core.cart import SoldItem
from posapp.core.money import to_stroops
from posapp.core.refund import RefundMarker, refund_marker
from posapp.core.tolerance import is_fully_paid

SESSION_ID_PREFIX = "pay_"


class SessionStatus(StrEnum):
    """Where a payment session stands."""

    OPEN = "open"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    EXPIRED = "expired"
    PAID_LATE = "paid_late"
    CANCELLED = "cancelled"

    @property
    def is_final(self) -> bool:
        """True when nothing can change this session's status any more."""
        return self in (SessionStatus.PAID, SessionStatus.PAID_LATE, SessionStatus.CANCELLED)

    @property
    def is_awaiting(self) -> bool:
        """True while the customer is still expected to pay."""
        return self in (SessionStatus.OPEN, SessionStatus.PARTIALLY_PAID)


S = SessionStatus
FROM_STATES: dict[SessionStatus, frozenset[SessionStatus]] = {
    S.PARTIALLY_PAID: frozenset({S.OPEN, S.PARTIALLY_PAID}),
    # EXPIRED → PAID only when the ledger proves the payment closed before expires_at but was
    # seen after the expiry job ran (watcher offline or behind): the customer paid on time.
    S.PAID: frozenset({S.OPEN, S.PARTIALLY_PAID, S.EXPIRED}),
    S.EXPIRED: frozenset({S.OPEN, S.PARTIALLY_PAID}),
    S.PAID_LATE: frozenset({S.EXPIRED, S.OPEN, S.PARTIALLY_PAID}),
    S.CANCELLED: frozenset({S.OPEN}),
}


def can_transition(current: SessionStatus, target: SessionStatus) -> bool:
    """True when ``current`` may move to ``target``."""
    return current in FROM_STATES.get(target, frozenset())


def new_session_id() -> str:
    """A fresh session id ``pay_`` + 24 base32 chars: exactly 28 bytes, a valid text memo."""
    return SESSION_ID_PREFIX + base64.b32encode(secrets.token_bytes(15)).decode().lower()


def new_muxed_id() -> int:
    """A random positive 63-bit id for matching payments sent to a muxed (M…) address."""
    return secrets.randbits(63) or 1


def looks_like_session_id(text: str | None) -> bool:
    """True when ``text`` has the shape of a posapp session id."""
    return (
        text is not None
        and len(text) == 28
        and text.startswith(SESSION_ID_PREFIX)
        and all(c in "abcdefghijklmnopqrstuvwxyz234567" for c in text[4:])
    )


@dataclass(frozen=True, slots=True)
class RateQuote:
    """How many units of ``currency`` one USDC was worth, per ``source``, at ``fetched_at``."""

    currency: str
    rate: Decimal
    source: str
    fetched_at: datetime


@dataclass(frozen=True, slots=True)
class PaymentSession:
    """One sale awaiting or having received payment: immutable, safe across threads."""

    id: str
    muxed_id: int
    status: SessionStatus
    fiat_amount: Decimal
    fiat_currency: str
    usdc_due: Decimal
    usdc_received: Decimal
    rate: Decimal
    rate_source: str
    rate_time: datetime
    spread_percent: Decimal
    network: str
    destination: str
    note: str
    cashier: str
    terminal: str
    created_at: datetime
    expires_at: datetime
    updated_at: datetime
    paid_at: datetime | None = None
    last_tx_hash: str | None = None
    settled_by: str | None = None
    """``cash`` or ``card`` when the rest was taken another way (the sale is then paid)."""
    settled_fiat: Decimal = Decimal(0)
    """The fiat part taken another way."""
    refund_state: str | None = None
    """``queued`` when what was received is to be given back (the sale is cancelled)."""
    parked_at: datetime | None = None
    """When the sale was put aside so the counter could take the next one (None: not)."""
    refunded: Decimal = Decimal(0)
    """USDC that succeeded refunds gave back (``core.refund``)."""
    refunded_fiat: Decimal = Decimal(0)
    """The part of ``fiat_amount`` those refunds gave back."""
    items: tuple[SoldItem, ...] = ()
    """The lines rung up (empty for a keyed amount)."""
    subtotal: Decimal = Decimal(0)
    """Σ line prices before discounts (0 for a keyed amount)."""
    discount: Decimal = Decimal(0)
    tax: Decimal = Decimal(0)
    """Tax in ``fiat_amount`` (inclusive) or added to it (exclusive)."""
    tip: Decimal = Decimal(0)
    """The tip, part of ``fiat_amount`` and of the USDC due."""

    @property
    def memo(self) -> str:
        """The text memo the customer's wallet must send: the session id itself."""
        return self.id

    @property
    def remaining(self) -> Decimal:
        """USDC still to pay (never negative)."""
        return max(self.usdc_due - self.usdc_received, Decimal(0))

    @property
    def parked(self) -> bool:
        """True while the sale waits aside (awaiting payment, not on the counter's screen)."""
        return self.parked_at is not None and self.status.is_awaiting

    @property
    def refund_marker(self) -> RefundMarker | None:
        """``partially_refunded`` / ``refunded`` beside the payment status, or None."""
        return refund_marker(to_stroops(self.usdc_received), to_stroops(self.refunded))

    @property
    def net_received(self) -> Decimal:
        """USDC received less what was refunded."""
        return self.usdc_received - self.refunded

    @property
    def net_fiat(self) -> Decimal:
        """The sale's fiat amount less what refunds gave back."""
        return self.fiat_amount - self.refunded_fiat

    @property
    def overpaid(self) -> Decimal:
        """USDC received beyond what was due (never negative)."""
        return max(self.usdc_received - self.usdc_due, Decimal(0))


@dataclass(frozen=True, slots=True)
class CreditOutcome:
    """What one credited payment does to a session (pure result of ``apply_credit``)."""

    new_status: SessionStatus
    new_received: Decimal
    event_type: str | None
    """Webhook event type to emit, or None when the status did not change."""


def apply_credit(
    session: PaymentSession,
    amount: Decimal,
    paid_at: datetime,
    *,
    tolerance: Decimal,
    monitoring_window: timedelta,
) -> CreditOutcome | None:
    """Decide what crediting ``amount`` (paid on the ledger at ``paid_at``) does to ``session``.

    Returns None when the session can no longer take the payment (cancelled, or past the
    monitoring window): the caller keeps the payment as unmatched. A payment that arrives
    after the session is already paid still counts toward it (recorded as overpaid).
    The ledger's close time decides lateness, not the time we happened to see it.
    """

    status = session.status
    received = session.usdc_received + amount
    full = is_fully_paid(received, session.usdc_due, tolerance)
    if status is S.CANCELLED:
        return None
    if status in (S.PAID, S.PAID_LATE):
        return CreditOutcome(status, received, None)
    if paid_at <= session.expires_at:
        if full:
            return CreditOutcome(S.PAID, received, "payment.success")
        partial = S.PARTIALLY_PAID if status.is_awaiting else S.EXPIRED
        return CreditOutcome(partial, received, "payment.partial")
    if paid_at > session.expires_at + monitoring_window:
        return None
    # Late: the session is expired (or about to be marked so).
    if full:
        return CreditOutcome(S.PAID_LATE, received, "payment.late")
    return CreditOutcome(S.EXPIRED, received, "payment.partial")
