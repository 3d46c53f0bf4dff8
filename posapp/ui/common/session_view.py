"""What a payment session's status means on screen: one table both windows read (pure)."""

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


_VIEWS: dict[SessionStatus, StatusView] = {
    SessionStatus.OPEN: StatusView("Waiting for payment", Tone.INFO, False),
    SessionStatus.PARTIALLY_PAID: StatusView("Partially paid", Tone.WARNING, False),
    SessionStatus.PAID: StatusView("Paid", Tone.SUCCESS, True),
    SessionStatus.PAID_LATE: StatusView("Paid (after the time limit)", Tone.SUCCESS, True),
    SessionStatus.EXPIRED: StatusView("Expired", Tone.NEUTRAL, True),
    SessionStatus.CANCELLED: StatusView("Cancelled", Tone.NEUTRAL, True),
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
