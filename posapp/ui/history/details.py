"""A sale's details: the session and its rate quote, every payment with an explorer link,
and the webhook events it caused with each delivery attempt. GUI thread; the data comes
from ``HistoryService.details`` (loaded in the background by the sales tab)."""

from __future__ import annotations

import html
from datetime import tzinfo
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.money import format_plain
from posapp.core.roles import Actor
from posapp.core.session import PaymentSession, SessionStatus
from posapp.services.backoffice.history import SaleDetails
from posapp.services.receipts.service import ReceiptService
from posapp.services.refunds.service import RefundService
from posapp.services.sales.counter_desk import CounterDesk, fiat_rest
from posapp.ui.common.formatting import local_datetime, short_account, short_hash
from posapp.ui.common.plain_text import PlainLabel, RichLabel, escaped
from posapp.ui.common.receipt_jobs import ReceiptJobs, ReceiptReprint
from posapp.ui.common.theme import STATUS_COLORS
from posapp.ui.history.formatting import fiat, payment_status, sale_status, usdc
from posapp.ui.history.refunds_panel import RefundsPanel
from posapp.workers.errors import error_text
from posapp.workers.tasks import run_task

SETTLED_BY = {
    "cash": QT_TRANSLATE_NOOP("SaleDetailsDialog", "cash"),
    "card": QT_TRANSLATE_NOOP("SaleDetailsDialog", "card"),
}
"""How the rest of a partly paid sale was taken, in words (stored value → text)."""
GIVEN_BACK = {
    "queued": QT_TRANSLATE_NOOP("SaleDetailsDialog", "queued"),
    "refunded": QT_TRANSLATE_NOOP("SaleDetailsDialog", "refunded"),
}
"""Where giving back a partly paid sale stands, in words (``refund_state`` → text)."""
REFUND_MARKERS = {
    "partially_refunded": QT_TRANSLATE_NOOP("SaleDetailsDialog", "partially refunded"),
    "refunded": QT_TRANSLATE_NOOP("SaleDetailsDialog", "refunded"),
}
"""How much of a sale went back, in words (``RefundMarker`` value → text)."""
WEBHOOK_STATES = {
    "pending": QT_TRANSLATE_NOOP("SaleDetailsDialog", "pending"),
    "delivered": QT_TRANSLATE_NOOP("SaleDetailsDialog", "delivered"),
    "failed": QT_TRANSLATE_NOOP("SaleDetailsDialog", "failed"),
    "dead": QT_TRANSLATE_NOOP("SaleDetailsDialog", "dead"),
}
"""A webhook event's delivery state, in words (stored value → text)."""


def _word(words: dict[str, str], value: str) -> str:
    """``value`` in words from one of the tables above, in the current language (a value the
    table does not know is shown as stored)."""
    return QCoreApplication.translate("SaleDetailsDialog", words.get(value, value))


def can_settle(s: PaymentSession) -> bool:
    """A partly paid sale whose rest is still open: take it another way or give back."""
    return (
        s.status in (SessionStatus.PARTIALLY_PAID, SessionStatus.EXPIRED)
        and s.usdc_received > 0
        and s.refund_state is None
    )


NETWORK_NAMES = {
    "public": QT_TRANSLATE_NOOP("SaleDetailsDialog", "Stellar public network"),
    "testnet": QT_TRANSLATE_NOOP("SaleDetailsDialog", "Stellar testnet"),
}


class SaleDetailsDialog(QDialog):
    """One sale; for a partly paid one (with ``desk`` and ``actor``) the same actions as the
    counter: take the rest in cash or by card, give back what was received; with
    ``receipts`` its receipt can be printed again (COPY) or saved as a PDF; with ``refunds``
    its refunds are listed and a new one can be prepared."""

    sale_changed = Signal(object)
    """The sale (``PaymentSession``) after an action here."""

    @staticmethod
    def _network_name(network: str) -> str:
        name = NETWORK_NAMES.get(network)
        return QCoreApplication.translate("SaleDetailsDialog", name) if name else network

    def __init__(
        self,
        details: SaleDetails,
        tz: tzinfo | None,
        parent: QWidget | None = None,
        *,
        receipts: ReceiptService | None = None,
        desk: CounterDesk | None = None,
        actor: Actor | None = None,
        refunds: RefundService | None = None,
    ) -> None:
        super().__init__(parent)
        s = details.session
        self.details = details
        self._desk = desk
        self._actor = actor
        self._tz = tz
        self.setWindowTitle(self.tr("Sale {id}").format(id=s.id))
        self.resize(980, 640)

        def when(moment: object) -> str:
            return local_datetime(moment, tz, seconds=True) if moment else "–"  # type: ignore[arg-type]

        status = html.escape(sale_status(s.status.value))
        color = STATUS_COLORS.get(s.status.value, "#000")
        title = RichLabel(
            f'<span style="font-size:16pt"><b>{html.escape(fiat(s.fiat_amount, s.fiat_currency))}'
            f'</b></span> &nbsp; <span style="color:{color}; font-size:13pt"><b>{status}</b>'
            "</span>"
        )
        sale = QFormLayout()
        copy_id = QPushButton(self.tr("Copy"))
        copy_id.clicked.connect(lambda: QGuiApplication.clipboard().setText(s.id))
        id_row = QHBoxLayout()
        id_label = PlainLabel(s.id)
        id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        id_row.addWidget(id_label)
        id_row.addWidget(copy_id)
        id_row.addStretch(1)
        sale.addRow(self.tr("Sale id (memo)"), id_row)
        sale.addRow(self.tr("Created"), PlainLabel(when(s.created_at)))
        sale.addRow(self.tr("Expires"), PlainLabel(when(s.expires_at)))
        sale.addRow(self.tr("Paid at"), PlainLabel(when(s.paid_at)))
        sale.addRow(self.tr("USDC due"), PlainLabel(usdc(s.usdc_due)))
        received = usdc(s.usdc_received)
        if s.overpaid:
            received = self.tr("{received}  (overpaid {overpaid})").format(
                received=received, overpaid=usdc(s.overpaid)
            )
        elif s.remaining and s.usdc_received:
            received = self.tr("{received}  ({short} short)").format(
                received=received, short=usdc(s.remaining)
            )
        sale.addRow(self.tr("USDC received"), PlainLabel(received))
        if s.settled_by:
            rest_taken = self.tr("{amount} {method}").format(
                amount=fiat(s.settled_fiat, s.fiat_currency), method=_word(SETTLED_BY, s.settled_by)
            )
            sale.addRow(self.tr("Rest taken"), PlainLabel(rest_taken))
        if s.refund_state:
            given_back = self.tr("{amount} {state}").format(
                amount=usdc(s.usdc_received), state=_word(GIVEN_BACK, s.refund_state)
            )
            sale.addRow(self.tr("Given back"), PlainLabel(given_back))
        if s.refunded:
            marker = _word(REFUND_MARKERS, s.refund_marker.value) if s.refund_marker else ""
            refunded = self.tr("{usdc} USDC ({fiat}), {marker}").format(
                usdc=usdc(s.refunded), fiat=fiat(s.refunded_fiat, s.fiat_currency), marker=marker
            )
            sale.addRow(self.tr("Refunded"), PlainLabel(refunded))
        sale.addRow(
            self.tr("Cashier / terminal"), PlainLabel(f"{s.cashier or '–'} / {s.terminal or '–'}")
        )
        note = PlainLabel(s.note or "–")
        note.setWordWrap(True)
        sale.addRow(self.tr("Note"), note)
        quote = QFormLayout()
        quote.addRow(
            self.tr("Rate"), PlainLabel(f"1 USDC = {format_plain(s.rate)} {s.fiat_currency}")
        )
        quote.addRow(self.tr("Source"), PlainLabel(s.rate_source))
        quote.addRow(self.tr("Quoted at"), PlainLabel(when(s.rate_time)))
        spread = self.tr("{percent} %").format(percent=format_plain(s.spread_percent, min_places=0))
        quote.addRow(self.tr("Spread"), PlainLabel(spread))
        quote.addRow(self.tr("Network"), PlainLabel(self._network_name(s.network)))
        dest = PlainLabel(s.destination)
        dest.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        quote.addRow(self.tr("Paid to"), dest)
        top = QHBoxLayout()
        top.addWidget(_group(self.tr("Sale"), sale), 3)
        top.addWidget(_group(self.tr("Rate quote used"), quote), 2)

        self.payments = QTableWidget(len(details.payments), 6)
        self.payments.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Amount (USDC)"),
                self.tr("From"),
                self.tr("Memo"),
                self.tr("Status"),
                self.tr("Transaction"),
            ]
        )
        self.payments.verticalHeader().hide()
        self.payments.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, line in enumerate(details.payments):
            p = line.payment
            cells = (
                when(p.ledger_time), usdc(p.amount), short_account(p.from_account),
                p.memo or (f"({p.memo_type})" if p.memo_type else self.tr("(none)")),
                payment_status(p.status),
            )  # fmt: skip
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if c == 2:
                    item.setToolTip(escaped(p.from_account))
                self.payments.setItem(r, c, item)
            link = RichLabel(
                f'<a href="{html.escape(line.explorer_url)}">{short_hash(p.tx_hash)}</a>'
                if line.explorer_url
                else short_hash(p.tx_hash)
            )
            link.setToolTip(p.tx_hash)
            link.setOpenExternalLinks(True)
            link.setContentsMargins(4, 0, 4, 0)
            self.payments.setCellWidget(r, 5, link)
        header = self.payments.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.events = QTreeWidget()
        self.events.setHeaderLabels(
            [self.tr("Webhook event / attempt"), self.tr("Status"), self.tr("When"),
             self.tr("Detail")]
        )  # fmt: skip
        for e in details.events:
            state = self.tr("{state} (%n attempt(s))", "", e.attempts).format(
                state=_word(WEBHOOK_STATES, e.status)
            )
            item = QTreeWidgetItem([e.type, state, when(e.created_at), e.last_error or e.id])
            for t in e.tries:
                code = str(t.status_code) if t.status_code is not None else self.tr("no answer")
                took = self.tr("{duration} ms {error}").format(
                    duration=t.duration_ms, error=t.error
                )
                QTreeWidgetItem(item, [self.tr("attempt"), code, when(t.attempted_at), took])
            self.events.addTopLevelItem(item)
        self.events.expandAll()
        for col in range(3):
            self.events.resizeColumnToContents(col)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.receipt: ReceiptReprint | None = None
        if receipts is not None and actor is not None and s.usdc_received > 0:
            self.receipt = ReceiptReprint(ReceiptJobs(receipts, self), s.id, actor, self)
            for button in (self.receipt.print_button, self.receipt.pdf_button):
                buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self._build_actions(s))
        if s.items:
            layout.addWidget(_group(self.tr("Items"), items_table(s)), 1)
        if details.payments:
            payments_title = self.tr("Payments ({count})").format(count=len(details.payments))
        else:
            payments_title = self.tr("Payments (0) — none received")
        layout.addWidget(_group(payments_title, self.payments), 2)
        events_title = self.tr("Webhook deliveries ({count})").format(count=len(details.events))
        layout.addWidget(_group(events_title, self.events), 2)
        self.refunds_panel: RefundsPanel | None = None
        if refunds is not None and actor is not None and s.usdc_received > 0:
            self.refunds_panel = RefundsPanel(refunds, s, actor, tz, self)
            self.refunds_panel.refund_changed.connect(lambda _r: self.sale_changed.emit(s))
            layout.addWidget(_group(self.tr("Refunds"), self.refunds_panel), 1)
        if self.receipt is not None:
            layout.addWidget(self.receipt.state)
        layout.addWidget(buttons)

    def _build_actions(self, s: PaymentSession) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.action_message = PlainLabel()
        self.action_message.setWordWrap(True)
        self.action_buttons: dict[str, QPushButton] = {}
        shown = self._desk is not None and self._actor is not None and can_settle(s)
        if shown:
            rest = fiat(fiat_rest(s), s.fiat_currency)
            received = usdc(s.usdc_received)
            self.action_message.setText(
                self.tr("Partly paid: {received} USDC received, {rest} still to settle.").format(
                    received=received, rest=rest
                )
            )
            for name, text in (
                ("cash", self.tr("Take the rest ({rest}) in cash").format(rest=rest)),
                ("card", self.tr("Take the rest ({rest}) by card").format(rest=rest)),
                (
                    "give_back",
                    self.tr("Give back {received} USDC (queue refund)").format(received=received),
                ),
            ):
                button = QPushButton(text)
                button.setObjectName(f"details_{name}")
                button.clicked.connect(lambda _c=False, n=name: self.run_action(n))
                self.action_buttons[name] = button
        row.addWidget(self.action_message, 1)
        for button in self.action_buttons.values():
            row.addWidget(button)
        box.setVisible(shown)
        return box

    def run_action(self, name: str) -> None:
        """Take the rest in cash / by card, or give back what was received (pool thread);
        GUI thread."""
        desk, actor, sale = self._desk, self._actor, self.details.session
        if desk is None or actor is None:
            return
        for button in self.action_buttons.values():
            button.setEnabled(False)
        if name == "give_back":
            run_task(lambda: desk.give_back(sale.id, actor), self._on_done, self._on_failed,
                     owner=self)  # fmt: skip
        else:
            run_task(lambda: desk.settle_rest(sale.id, name, actor), self._on_done,
                     self._on_failed, owner=self)  # fmt: skip

    def _on_done(self, session: PaymentSession) -> None:
        for button in self.action_buttons.values():
            button.hide()
        if session.settled_by:
            text = self.tr(
                "Settled: the rest {amount} taken by {method}. The sale is paid."
            ).format(
                amount=fiat(session.settled_fiat, session.fiat_currency),
                method=_word(SETTLED_BY, session.settled_by),
            )
        else:
            text = self.tr("Cancelled: {received} USDC queued for refund.").format(
                received=usdc(session.usdc_received)
            )
        self.action_message.setText(text)
        self.sale_changed.emit(session)

    def _on_failed(self, exc: Exception) -> None:
        for button in self.action_buttons.values():
            button.setEnabled(True)
        self.action_message.setText(self.tr("Not done: {error}").format(error=error_text(exc)))


def items_table(s: PaymentSession) -> QWidget:
    """The lines of a sale rung up from items, then subtotal, discount, tax and tip."""
    box = QWidget()
    table = QTableWidget(len(s.items), 6)
    table.setObjectName("details_items")
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("SaleDetailsDialog", "Qty"),
            QCoreApplication.translate("SaleDetailsDialog", "Item"),
            QCoreApplication.translate("SaleDetailsDialog", "Unit price"),
            QCoreApplication.translate("SaleDetailsDialog", "Discount"),
            QCoreApplication.translate("SaleDetailsDialog", "Amount"),
            QCoreApplication.translate("SaleDetailsDialog", "Tax"),
        ]
    )
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    currency = s.fiat_currency
    for r, item in enumerate(s.items):
        tax = QCoreApplication.translate("SaleDetailsDialog", "{tax} ({rate} %)").format(
            tax=fiat(item.tax, currency), rate=f"{item.tax_rate.normalize():f}"
        )
        cells = (
            str(item.quantity),
            item.name + (f"  ({item.sku})" if item.sku else ""),
            fiat(item.unit_price, currency),
            fiat(item.discount, currency) if item.discount else "",
            fiat(item.net, currency),
            tax,
        )
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)

    def part(text: str, amount: Decimal) -> str:
        return text.format(amount=fiat(amount, currency))

    # one self-contained "name amount" entry each, listed with " · " between them
    parts = [part(QCoreApplication.translate("SaleDetailsDialog", "Subtotal {amount}"), s.subtotal)]
    if s.discount:
        parts.append(
            part(QCoreApplication.translate("SaleDetailsDialog", "discount −{amount}"), s.discount)
        )
    parts.append(part(QCoreApplication.translate("SaleDetailsDialog", "tax {amount}"), s.tax))
    if s.tip:
        parts.append(part(QCoreApplication.translate("SaleDetailsDialog", "tip {amount}"), s.tip))
    parts.append(
        part(QCoreApplication.translate("SaleDetailsDialog", "total {amount}"), s.fiat_amount)
    )
    summary = PlainLabel(" · ".join(parts))
    summary.setObjectName("details_items_summary")
    inner = QVBoxLayout(box)
    inner.setContentsMargins(0, 0, 0, 0)
    inner.addWidget(table)
    inner.addWidget(summary)
    return box


def _group(title: str, content: QFormLayout | QVBoxLayout | QWidget) -> QGroupBox:
    box = QGroupBox(title)
    if isinstance(content, QWidget):
        inner = QVBoxLayout(box)
        inner.setContentsMargins(6, 6, 6, 6)
        inner.addWidget(content)
    else:
        box.setLayout(content)
    return box
