"""What a payment session's status means on screen: one table of labels every window reads
(cashier, customer display, history table, its filter and the details) and the tone the
cashier's pill shows (pure)."""

from __future__ import annotations

from dataclasses import dataclass

from posapp.core.session import PaymentSession, SessionStatus
from posapp.ui.common.theme import Tone


@dataclass(frozen=True, slots=True)
class StatusView:
    """Title and tone of a status for the cashier; ``done`` once the counter can move on."""

    title: str
    tone: Tone
    done: bool


STATUS_LABELS: dict[str, str] = {
    SessionStatus.OPEN.value: "Waiting for payment",
    SessionStatus.PARTIALLY_PAID.value: "Partially paid",
    SessionStatus.PAID.value: "Paid",
    SessionStatus.PAID_LATE.value: "Paid late",
    SessionStatus.EXPIRED.value: "Expired",
    SessionStatus.CANCELLED.value: "Cancelled",
}
"""A sale's status in words a shop owner uses, by ``SessionStatus`` value."""

_TONES: dict[SessionStatus, tuple[Tone, bool]] = {
    SessionStatus.OPEN: (Tone.INFO, False),
    SessionStatus.PARTIALLY_PAID: (Tone.WARNING, False),
    SessionStatus.PAID: (Tone.SUCCESS, True),
    SessionStatus.PAID_LATE: (Tone.SUCCESS, True),
    SessionStatus.EXPIRED: (Tone.NEUTRAL, True),
    SessionStatus.CANCELLED: (Tone.NEUTRAL, True),
}
_VIEWS: dict[SessionStatus, StatusView] = {
    status: StatusView(STATUS_LABELS[status.value], tone, done)
    for status, (tone, done) in _TONES.items()
}


def status_view(session: PaymentSession) -> StatusView:
    """The view of ``session``'s status; an expired sale with money received needs attention."""
    view = _VIEWS[session.status]
    if session.status is SessionStatus.EXPIRED and session.usdc_received > 0:
        return StatusView("Expired, partly paid", Tone.WARNING, True)
    return view


def is_paid(session: PaymentSession) -> bool:
    """True when the full amount arrived (on time or late)."""
    return session.status in (SessionStatus.PAID, SessionStatus.PAID_LATE)
