"""The totals strip above the sales table: count, paid, sales per currency (net of
refunds), refunded, USDC, average.

Shows the last totals dimmed while new ones are computed in the background. GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from posapp.services.backoffice.history import HistoryTotals
from posapp.ui.common.plain_text import PlainLabel
from posapp.ui.common.theme import CAPTION_GREY
from posapp.ui.history.formatting import fiat, sale_status, usdc

_CARD_STYLE = (
    "QFrame#card { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"
)


class _Card(QFrame):
    """A caption over a big value."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.caption = PlainLabel(caption)
        self.caption.setStyleSheet(f"color: {CAPTION_GREY};")
        self.value = PlainLabel("…")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.value.setFont(font)
        box = QVBoxLayout(self)
        box.setContentsMargins(10, 6, 10, 6)
        box.setSpacing(1)
        box.addWidget(self.caption)
        box.addWidget(self.value)

    def set(self, text: str, tooltip: str = "") -> None:
        """Show ``text`` as the value (GUI thread)."""
        self.value.setText(text)
        self.setToolTip(tooltip)


class TotalsBar(QWidget):
    """Cards with the exact totals of the current filter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(_CARD_STYLE)
        self.sessions = _Card(self.tr("Sessions"))
        self.paid = _Card(self.tr("Paid"))
        self.sales = _Card(self.tr("Sales value"))
        self.received = _Card(self.tr("USDC received"))
        self.refunded = _Card(self.tr("Refunded"))
        self.average = _Card(self.tr("Average sale"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        cards = (self.sessions, self.paid, self.sales, self.refunded, self.received, self.average)
        for card in cards:
            layout.addWidget(card)
        layout.addStretch(1)
        self.totals: HistoryTotals | None = None

    def set_busy(self, busy: bool) -> None:
        """Dim the figures while new totals are being computed."""
        self.setEnabled(not busy)

    def set_totals(self, totals: HistoryTotals) -> None:
        """Show ``totals`` (exact Decimals, grouped for reading)."""
        self.totals = totals
        self.set_busy(False)
        self.sessions.set(f"{totals.count:,}", self._status_tooltip(totals))
        unpaid = totals.count - totals.paid_count
        self.paid.set(
            f"{totals.paid_count:,}",
            self.tr("{unpaid} not (yet) paid", "", unpaid).format(unpaid=f"{unpaid:,}"),
        )
        lines = [fiat(c.net_sales, c.currency) for c in totals.currencies if c.paid_count]
        self.sales.set(
            "\n".join(lines) if lines else "–",
            self.tr("Paid and late sales, per currency, net of refunds"),
        )
        refunded = [
            f"{fiat(c.refunded, c.currency)} ({c.refunded_count:,})"
            for c in totals.currencies
            if c.refunded
        ]
        self.refunded.set(
            "\n".join(refunded) if refunded else "–",
            self.tr(
                "Given back by refunds: {refunded} USDC; before refunds the sales were {sales}"
            ).format(
                refunded=usdc(totals.usdc_refunded),
                sales=", ".join(fiat(c.sales, c.currency) for c in totals.currencies),
            ),
        )
        self.received.set(
            usdc(totals.usdc_received),
            self.tr("Includes partial payments and overpayments; {net} after refunds").format(
                net=usdc(totals.usdc_net)
            ),
        )
        averages = [fiat(c.average, c.currency) for c in totals.currencies if c.average is not None]
        self.average.set("\n".join(averages) if averages else "–", self.tr("Per paid sale"))

    def _status_tooltip(self, totals: HistoryTotals) -> str:
        """One line per status: its name and how many sessions have it."""
        parts = [
            self.tr("{status}: {count}").format(status=sale_status(s), count=f"{n:,}")
            for s, n in totals.by_status.items()
            if n
        ]
        return "\n".join(parts)
