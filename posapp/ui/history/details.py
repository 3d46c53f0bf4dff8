"""A sale's details: the session and its rate quote, every payment with an explorer link,
and the webhook events it caused with each delivery attempt. GUI thread; the data comes
from ``HistoryService.details`` (loaded in the background by the sales tab)."""

from __future__ import annotations

import html
from datetime import tzinfo

from PySide6.QtCore import Qt, Signal
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
from posapp.ui.common.session_view import STATUS_LABELS
from posapp.ui.common.theme import STATUS_COLORS
from posapp.ui.history.formatting import PAYMENT_STATUS_LABELS, fiat, usdc
from posapp.ui.history.refunds_panel import RefundsPanel
from posapp.workers.errors import error_text
from posapp.workers.tasks import run_task


def can_settle(s: PaymentSession) -> bool:
    """A partly paid sale whose rest is still open: take it another way or give back."""
    return (
        s.status in (SessionStatus.PARTIALLY_PAID, SessionStatus.EXPIRED)
        and s.usdc_received > 0
        and s.refund_state is None
    )


class SaleDetailsDialog(QDialog):
    """One sale; for a partly paid one (with ``desk`` and ``actor``) the same actions as the
    counter: take the rest in cash or by card, give back what was received; with
    ``receipts`` its receipt can be printed again (COPY) or saved as a PDF; with ``refunds``
    its refunds are listed and a new one can be prepared."""

    sale_changed = Signal(object)
    """The sale (``PaymentSession``) after an action here."""

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
        self.setWindowTitle(f"Sale {s.id}")
        self.resize(980, 640)

        def when(moment: object) -> str:
            return local_datetime(moment, tz, seconds=True) if moment else "–"  # type: ignore[arg-type]

        status = STATUS_LABELS.get(s.status.value, s.status.value)
        color = STATUS_COLORS.get(s.status.value, "#000")
        title = RichLabel(
            f'<span style="font-size:16pt"><b>{html.escape(fiat(s.fiat_amount, s.fiat_currency))}'
            f'</b></span> &nbsp; <span style="color:{color}; font-size:13pt"><b>{status}</b>'
            "</span>"
        )
        sale = QFormLayout()
        copy_id = QPushButton("Copy")
        copy_id.clicked.connect(lambda: QGuiApplication.clipboard().setText(s.id))
        id_row = QHBoxLayout()
        id_label = PlainLabel(s.id)
        id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        id_row.addWidget(id_label)
        id_row.addWidget(copy_id)
        id_row.addStretch(1)
        sale.addRow("Sale id (memo)", id_row)
        sale.addRow("Created", PlainLabel(when(s.created_at)))
        sale.addRow("Expires", PlainLabel(when(s.expires_at)))
        sale.addRow("Paid at", PlainLabel(when(s.paid_at)))
        sale.addRow("USDC due", PlainLabel(usdc(s.usdc_due)))
        received = usdc(s.usdc_received)
        if s.overpaid:
            received += f"  (overpaid {usdc(s.overpaid)})"
        elif s.remaining and s.usdc_received:
            received += f"  ({usdc(s.remaining)} short)"
        sale.addRow("USDC received", PlainLabel(received))
        if s.settled_by:
            sale.addRow(
                "Rest taken", PlainLabel(f"{fiat(s.settled_fiat, s.fiat_currency)} {s.settled_by}")
            )
        if s.refund_state:
            sale.addRow("Given back", PlainLabel(f"{usdc(s.usdc_received)} {s.refund_state}"))
        if s.refunded:
            marker = (s.refund_marker.value if s.refund_marker else "").replace("_", " ")
            sale.addRow(
                "Refunded",
                PlainLabel(
                    f"{usdc(s.refunded)} USDC ({fiat(s.refunded_fiat, s.fiat_currency)}), {marker}"
                ),
            )
        sale.addRow("Cashier / terminal", PlainLabel(f"{s.cashier or '–'} / {s.terminal or '–'}"))
        note = PlainLabel(s.note or "–")
        note.setWordWrap(True)
        sale.addRow("Note", note)
        quote = QFormLayout()
        quote.addRow("Rate", PlainLabel(f"1 USDC = {format_plain(s.rate)} {s.fiat_currency}"))
        quote.addRow("Source", PlainLabel(s.rate_source))
        quote.addRow("Quoted at", PlainLabel(when(s.rate_time)))
        quote.addRow("Spread", PlainLabel(f"{format_plain(s.spread_percent, min_places=0)} %"))
        quote.addRow("Network", PlainLabel(s.network))
        dest = PlainLabel(s.destination)
        dest.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        quote.addRow("Paid to", dest)
        top = QHBoxLayout()
        top.addWidget(_group("Sale", sale), 3)
        top.addWidget(_group("Rate quote used", quote), 2)

        self.payments = QTableWidget(len(details.payments), 6)
        self.payments.setHorizontalHeaderLabels(
            ["Time", "Amount (USDC)", "From", "Memo", "Status", "Transaction"]
        )
        self.payments.verticalHeader().hide()
        self.payments.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, line in enumerate(details.payments):
            p = line.payment
            cells = (
                when(p.ledger_time), usdc(p.amount), short_account(p.from_account),
                p.memo if p.memo else f"({p.memo_type or 'none'})",
                PAYMENT_STATUS_LABELS.get(p.status, p.status),
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
        self.events.setHeaderLabels(["Webhook event / attempt", "Status", "When", "Detail"])
        for e in details.events:
            item = QTreeWidgetItem(
                [e.type, f"{e.status} ({e.attempts} attempt{'s' if e.attempts != 1 else ''})",
                 when(e.created_at), e.last_error or e.id]
            )  # fmt: skip
            for t in e.tries:
                code = str(t.status_code) if t.status_code is not None else "no answer"
                QTreeWidgetItem(
                    item, ["attempt", code, when(t.attempted_at), f"{t.duration_ms} ms {t.error}"]
                )
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
            layout.addWidget(_group("Items", items_table(s)), 1)
        payments_title = f"Payments ({len(details.payments)})"
        if not details.payments:
            payments_title += " — none received"
        layout.addWidget(_group(payments_title, self.payments), 2)
        events_title = f"Webhook deliveries ({len(details.events)})"
        layout.addWidget(_group(events_title, self.events), 2)
        self.refunds_panel: RefundsPanel | None = None
        if refunds is not None and actor is not None and s.usdc_received > 0:
            self.refunds_panel = RefundsPanel(refunds, s, actor, tz, self)
            self.refunds_panel.refund_changed.connect(lambda _r: self.sale_changed.emit(s))
            layout.addWidget(_group("Refunds", self.refunds_panel), 1)
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
            self.action_message.setText(
                f"Partly paid: {usdc(s.usdc_received)} USDC received, {rest} still to settle."
            )
            for name, text in (
                ("cash", f"Take the rest ({rest}) in cash"),
                ("card", f"Take the rest ({rest}) by card"),
                ("give_back", f"Give back {usdc(s.usdc_received)} USDC (queue refund)"),
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
            text = f"Settled: the rest {fiat(session.settled_fiat, session.fiat_currency)}"
            text += f" taken by {session.settled_by}. The sale is paid."
        else:
            text = f"Cancelled: {usdc(session.usdc_received)} USDC queued for refund."
        self.action_message.setText(text)
        self.sale_changed.emit(session)

    def _on_failed(self, exc: Exception) -> None:
        for button in self.action_buttons.values():
            button.setEnabled(True)
        self.action_message.setText(f"Not done: {error_text(exc)}")


def items_table(s: PaymentSession) -> QWidget:
    """The lines of a sale rung up from items, then subtotal, discount, tax and tip."""
    box = QWidget()
    table = QTableWidget(len(s.items), 6)
    table.setObjectName("details_items")
    table.setHorizontalHeaderLabels(["Qty", "Item", "Unit price", "Discount", "Amount", "Tax"])
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    currency = s.fiat_currency
    for r, item in enumerate(s.items):
        rate = f"{item.tax_rate.normalize():f} %"
        cells = (
            str(item.quantity),
            item.name + (f"  ({item.sku})" if item.sku else ""),
            fiat(item.unit_price, currency),
            fiat(item.discount, currency) if item.discount else "",
            fiat(item.net, currency),
            f"{fiat(item.tax, currency)} ({rate})",
        )
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    parts = [f"Subtotal {fiat(s.subtotal, currency)}"]
    if s.discount:
        parts.append(f"discount −{fiat(s.discount, currency)}")
    parts.append(f"tax {fiat(s.tax, currency)}")
    if s.tip:
        parts.append(f"tip {fiat(s.tip, currency)}")
    parts.append(f"total {fiat(s.fiat_amount, currency)}")
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
