"""What a payment session's status means on screen: one table of labels every window reads
(cashier, customer display, history table, its filter and the details) and the tone the
cashier's pill shows (pure but for Qt's thread-safe translation lookup)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication

from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.session import PaymentSession, SessionStatus
from posapp.ui.common.theme import Tone


@dataclass(frozen=True, slots=True)
class StatusView:
    """Title and tone of a status for the cashier; ``done`` once the counter can move on."""

    title: str
    tone: Tone
    done: bool


STATUS_LABELS: dict[str, str] = {
    SessionStatus.OPEN.value: QT_TRANSLATE_NOOP("StatusView", "Waiting for payment"),
    SessionStatus.PARTIALLY_PAID.value: QT_TRANSLATE_NOOP("StatusView", "Partially paid"),
    SessionStatus.PAID.value: QT_TRANSLATE_NOOP("StatusView", "Paid"),
    SessionStatus.PAID_LATE.value: QT_TRANSLATE_NOOP("StatusView", "Paid late"),
    SessionStatus.EXPIRED.value: QT_TRANSLATE_NOOP("StatusView", "Expired"),
    SessionStatus.CANCELLED.value: QT_TRANSLATE_NOOP("StatusView", "Cancelled"),
}
"""A sale's status in words a shop owner uses, by ``SessionStatus`` value: the English source
texts (marked in context ``StatusView``; ``status_label`` gives them in the current language,
and other windows may translate them in their own context)."""
EXPIRED_PARTLY_PAID = QT_TRANSLATE_NOOP("StatusView", "Expired, partly paid")
"""The title of an expired sale with money received (English, context ``StatusView``)."""

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


def status_label(status: str) -> str:
    """A sale's status (``SessionStatus`` value) in words, in the current language (any
    thread: Qt's translation lookup is thread-safe)."""
    text = STATUS_LABELS.get(status)
    return QCoreApplication.translate("StatusView", text) if text else status


def status_view(session: PaymentSession) -> StatusView:
    """The view of ``session``'s status, its title in the current language; an expired sale
    with money received needs attention."""
    view = _VIEWS[session.status]
    if session.status is SessionStatus.EXPIRED and session.usdc_received > 0:
        view = StatusView(EXPIRED_PARTLY_PAID, Tone.WARNING, True)
    return replace(view, title=QCoreApplication.translate("StatusView", view.title))


def is_paid(session: PaymentSession) -> bool:
    """True when the full amount arrived (on time or late)."""
    return session.status in (SessionStatus.PAID, SessionStatus.PAID_LATE)
