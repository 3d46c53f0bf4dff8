"""Notices of payments to the shop's account that settled no sale (stray payments): why
each did not match, and *Attach to this sale* for the likely match. GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.session import PaymentSession
from posapp.services.sales.counter_desk import StrayPayment
from posapp.ui.common.formatting import Formatter, short_hash
from posapp.ui.common.plain_text import PlainLabel
from posapp.ui.common.theme import TONES, Tone

MAX_SHOWN = 3
UNMATCHED_NOTICES = {
    "no memo": QT_TRANSLATE_NOOP(
        "StrayNotices",
        "A payment of {amount} from {who} settled no sale: it came without a memo, so it"
        " names no sale.",
    ),
    "memo is not a posapp session": QT_TRANSLATE_NOOP(
        "StrayNotices",
        "A payment of {amount} from {who} settled no sale: its memo {memo} names no sale.",
    ),
    "memo names no session here": QT_TRANSLATE_NOOP(
        "StrayNotices",
        "A payment of {amount} from {who} settled no sale: its memo names no sale of this shop.",
    ),
    "session cancelled": QT_TRANSLATE_NOOP(
        "StrayNotices",
        "A payment of {amount} from {who} settled no sale: it paid a sale that was cancelled.",
    ),
    "arrived after the monitoring window": QT_TRANSLATE_NOOP(
        "StrayNotices",
        "A payment of {amount} from {who} settled no sale: it arrived long after its sale expired.",
    ),
}
"""The notice of an unmatched payment, by the ledger's reason (English; translated in context
``StrayNotices`` when shown)."""


def likely_match(stray: StrayPayment, sale: PaymentSession | None) -> bool:
    """True when ``stray`` probably pays ``sale``: an unmatched payment of exactly what the
    awaiting sale still asks (or asked in all)."""
    return (
        sale is not None
        and sale.status.is_awaiting
        and stray.kind == "unmatched"
        and stray.payment.amount in (sale.remaining, sale.usdc_due)
    )


def notice_text(stray: StrayPayment, fmt: Formatter) -> str:
    """One notice in words, in the current language: what arrived, from whom, and why it
    settled no sale."""
    p = stray.payment
    who = f"{p.from_account[:4]}…{p.from_account[-4:]}"
    amount = fmt.usdc(p.amount)
    if stray.kind == "refused":
        return QCoreApplication.translate(
            "StrayNotices",
            "Fake USDC refused: {amount} from {who} (tx {tx}) came from an unknown issuer: it is"
            " not real USDC and was never credited. The owner sees it in the history's"
            " unmatched payments.",
        ).format(amount=amount, who=who, tx=short_hash(p.tx_hash))
    if stray.kind == "overpaid":
        return QCoreApplication.translate(
            "StrayNotices",
            "Overpaid: {extra} more than the sale asked for (payment of {amount} from {who})."
            " The owner can give it back from the history.",
        ).format(extra=fmt.usdc(p.overpaid), amount=amount, who=who)
    template = UNMATCHED_NOTICES.get(p.reason)
    if template is not None:
        return QCoreApplication.translate("StrayNotices", template).format(
            amount=amount, who=who, memo=repr(p.memo)
        )
    if not p.reason:
        return QCoreApplication.translate(
            "StrayNotices", "A payment of {amount} from {who} settled no sale."
        ).format(amount=amount, who=who)
    return QCoreApplication.translate(
        "StrayNotices", "A payment of {amount} from {who} settled no sale: {reason}."
    ).format(amount=amount, who=who, reason=stray.why)


class StrayNotices(QWidget):
    """Up to ``MAX_SHOWN`` newest notices; ``attach_requested(StrayPayment)`` when the
    cashier presses *Attach to this sale*."""

    attach_requested = Signal(object)

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fmt = formatter
        self._notices: list[tuple[StrayPayment, QFrame]] = []
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(6)
        self.hide()

    @property
    def shown(self) -> tuple[StrayPayment, ...]:
        """The notices on screen, newest first."""
        return tuple(s for s, _ in self._notices)

    def texts(self) -> list[str]:
        """The notices' texts, newest first (for tests and screen readers)."""
        labels = [frame.findChild(PlainLabel, "strayText") for _, frame in self._notices]
        return [label.text() for label in labels if label is not None]

    def add(self, stray: StrayPayment, sale: PaymentSession | None) -> None:
        """Show a notice for ``stray`` on top (GUI thread)."""
        if any(s.operation_id == stray.operation_id for s, _ in self._notices):
            return
        frame = self._build(stray, likely_match(stray, sale))
        self._notices.insert(0, (stray, frame))
        self._box.insertWidget(0, frame)
        while len(self._notices) > MAX_SHOWN:
            _, old = self._notices.pop()
            old.deleteLater()
        self.show()

    def refresh_matches(self, sale: PaymentSession | None) -> None:
        """Show *Attach to this sale* only where the current sale is the likely match."""
        for stray, frame in self._notices:
            button = frame.findChild(QPushButton, "attachStray")
            if button is not None:
                button.setVisible(likely_match(stray, sale))

    def remove(self, operation_id: str) -> None:
        """Take a notice away (attached, dismissed)."""
        for i, (stray, frame) in enumerate(self._notices):
            if stray.operation_id == operation_id:
                self._notices.pop(i)
                frame.deleteLater()
                break
        self.setVisible(bool(self._notices))

    def _build(self, stray: StrayPayment, likely: bool) -> QFrame:
        tone = Tone.DANGER if stray.kind == "refused" else Tone.WARNING
        colors = TONES[tone]
        frame = QFrame()
        frame.setObjectName("strayNotice")
        frame.setStyleSheet(
            f"QFrame#strayNotice {{ background: {colors.soft}; border: 1px solid {colors.strong};"
            f" border-left: 6px solid {colors.strong}; border-radius: 8px; }}"
        )
        row = QHBoxLayout(frame)
        row.setContentsMargins(12, 8, 8, 8)
        text = PlainLabel(notice_text(stray, self._fmt))
        text.setObjectName("strayText")
        text.setWordWrap(True)
        text.setStyleSheet(f"color: {colors.fg}; font-size: 15px; border: none;")
        row.addWidget(text, 1)
        attach = QPushButton(self.tr("Attach to this sale"))
        attach.setObjectName("attachStray")
        attach.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        attach.setVisible(likely)
        attach.clicked.connect(lambda: self.attach_requested.emit(stray))
        row.addWidget(attach, 0, Qt.AlignmentFlag.AlignVCenter)
        dismiss = QPushButton(self.tr("Dismiss"))
        dismiss.setObjectName("dismissStray")
        dismiss.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        dismiss.clicked.connect(lambda: self.remove(stray.operation_id))
        row.addWidget(dismiss, 0, Qt.AlignmentFlag.AlignVCenter)
        return frame
