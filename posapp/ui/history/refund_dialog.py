"""The owner's refund dialog: prepare a refund, show it as a SEP-7 QR for the owner's own
wallet, and follow it until the ledger shows it paid.

Never on the customer display: the QR holds a transaction for the merchant account's owner
to sign. "Copy XDR" and "Save .xdr" serve wallets that do not scan SEP-7, Stellar Laboratory
and hardware wallets. GUI thread; preparing (Horizon look-ups) and polling the refund's
state (a short read) run as background tasks.
"""

from __future__ import annotations

import html
from datetime import tzinfo
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.money import format_plain
from posapp.core.refund import Refund, RefundState
from posapp.core.roles import Actor
from posapp.services.refunds.service import (
    MemoRequired,
    PreparedRefund,
    Refundable,
    RefundService,
)
from posapp.ui.common.formatting import local_datetime, short_hash, shown_number, typed_number
from posapp.ui.common.i18n import current_language
from posapp.ui.common.plain_text import PlainLabel, RichLabel
from posapp.ui.common.qr_widget import QrWidget
from posapp.ui.common.theme import STATUS_COLORS
from posapp.workers.errors import error_text
from posapp.workers.tasks import TaskRunner

POLL_MS = 1000
STATE_TEXT = {
    RefundState.WAITING: QT_TRANSLATE_NOOP(
        "RefundDialog", "Waiting for the signed payment on the ledger…"
    ),
    RefundState.SUCCEEDED: QT_TRANSLATE_NOOP("RefundDialog", "Refunded ✓"),
    RefundState.EXPIRED: QT_TRANSLATE_NOOP(
        "RefundDialog", "Expired: it was not submitted in time. Rebuild it to try again."
    ),
    RefundState.CANCELLED: QT_TRANSLATE_NOOP("RefundDialog", "Cancelled."),
}


class RefundDialog(QDialog):
    """Refund a sale (``pay_…``) or an unmatched payment (operation id), or follow a refund
    already prepared (``existing``)."""

    refund_changed = Signal(object)
    """The refund (``Refund``) after it was prepared or changed state."""

    def __init__(
        self,
        service: RefundService,
        ref: str,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        tz: tzinfo | None = None,
        amount: Decimal | None = None,
        existing: Refund | None = None,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._ref = ref
        self._actor = actor
        self._tz = tz
        self._preset = amount
        self._runner = TaskRunner(self)
        self.refund: Refund | None = None
        self.uri = ""
        self.setWindowTitle(self.tr("Refund of {ref}").format(ref=ref))
        self.setObjectName("refund_dialog")

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_form())
        self.pages.addWidget(self._build_prepared())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self.poll)
        self.finished.connect(lambda _r: self._stop())
        if existing is not None:
            self._show_prepared(existing, service.uri_of(existing))
        else:
            self.resize(680, 320)
            self._runner.run(lambda: service.refundable(ref), self._on_refundable,
                             self._on_form_error, key="refundable")  # fmt: skip

    # ---- the form ------------------------------------------------------------------------
    def _build_form(self) -> QWidget:
        page = QWidget()
        self.refundable_label = PlainLabel(self.tr("Looking up what can be refunded…"))
        self.refundable_label.setWordWrap(True)
        self.amount = QLineEdit()
        self.amount.setObjectName("refund_amount")
        self.amount.setPlaceholderText("USDC")
        self.payer = QComboBox()
        self.payer.setObjectName("refund_payer")
        self.reason = QLineEdit()
        self.reason.setObjectName("refund_reason")
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("e.g. returned item"))
        self.memo = QLineEdit()
        self.memo.setObjectName("refund_memo")
        self.memo.setPlaceholderText(self.tr("the deposit memo the customer's exchange gave them"))
        form = QFormLayout()
        form.addRow(self.tr("Amount (USDC)"), self.amount)
        form.addRow(self.tr("To"), self.payer)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Exchange memo"), self.memo)
        self._form = form
        form.setRowVisible(self.memo, False)
        self.form_error = PlainLabel()
        self.form_error.setObjectName("refund_error")
        self.form_error.setWordWrap(True)
        self.form_error.setStyleSheet(f"color: {STATUS_COLORS['cancelled']}")
        self.prepare_button = QPushButton(self.tr("Prepare refund"))
        self.prepare_button.setObjectName("refund_prepare")
        self.prepare_button.setDefault(True)
        self.prepare_button.setEnabled(False)
        self.prepare_button.clicked.connect(self.prepare)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.prepare_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.refundable_label)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _on_refundable(self, refundable: Refundable) -> None:
        self.refundable_label.setText(
            self.tr(
                "{remaining} USDC can be refunded (received {received}, already refunded or"
                " waiting {held}). posapp prepares the transaction; you sign it in the wallet"
                " of the merchant account."
            ).format(
                remaining=format_plain(refundable.remaining),
                received=format_plain(refundable.received),
                held=format_plain(refundable.held),
            )
        )
        amount = refundable.remaining if self._preset is None else self._preset
        self.amount.setText(
            shown_number(format_plain(min(amount, refundable.remaining)), current_language().locale)
        )
        self.payer.clear()
        for address in refundable.payers:
            self.payer.addItem(grouped(address), address)
        self.payer.setEnabled(len(refundable.payers) > 1)
        self.prepare_button.setEnabled(refundable.remaining > 0 and bool(refundable.payers))

    def _on_form_error(self, exc: Exception) -> None:
        self.form_error.setText(error_text(exc))
        if isinstance(exc, MemoRequired):
            self._form.setRowVisible(self.memo, True)
            self.memo.setFocus()
        self.prepare_button.setEnabled(True)

    def prepare(self) -> None:
        """Build the refund in the background from what the form says."""
        service, ref, actor = self._service, self._ref, self._actor
        amount = typed_number(self.amount.text(), current_language().locale)
        reason = self.reason.text()
        to = self.payer.currentData() if self.payer.count() > 1 else None
        memo = self.memo.text().strip() or None
        self.form_error.setText(self.tr("Asking the network for the account's sequence and fee…"))
        self.prepare_button.setEnabled(False)
        self._runner.run(
            lambda: service.create(ref, actor, amount=amount, reason=reason, to=to, memo=memo),
            self._on_prepared, self._on_form_error, key="prepare",
        )  # fmt: skip

    def _on_prepared(self, prepared: PreparedRefund) -> None:
        self._show_prepared(prepared.refund, prepared.uri)
        self.refund_changed.emit(prepared.refund)

    # ---- the prepared refund ---------------------------------------------------------------
    def _build_prepared(self) -> QWidget:
        page = QWidget()
        self.qr = QrWidget(min_side=280)
        self.qr.setObjectName("refund_qr")
        self.summary = RichLabel()
        self.summary.setWordWrap(True)
        self.state_label = RichLabel()
        self.state_label.setObjectName("refund_state")
        self.state_label.setWordWrap(True)
        hint = PlainLabel(
            self.tr(
                "Scan with the wallet of the merchant account, check the amount and the "
                "destination, and sign there. This code is for the account's owner only: never "
                "show it to the customer."
            )
        )
        hint.setWordWrap(True)
        self.copy_xdr = QPushButton(self.tr("Copy XDR"))
        self.copy_xdr.clicked.connect(self._copy_xdr)
        self.copy_link = QPushButton(self.tr("Copy link"))
        self.copy_link.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.uri))
        self.save_xdr = QPushButton(self.tr("Save .xdr…"))
        self.save_xdr.clicked.connect(self._save_xdr)
        self.cancel_button = QPushButton(self.tr("Cancel refund"))
        self.cancel_button.setObjectName("refund_cancel")
        self.cancel_button.clicked.connect(self.cancel_refund)
        self.rebuild_button = QPushButton(self.tr("Rebuild"))
        self.rebuild_button.setObjectName("refund_rebuild")
        self.rebuild_button.clicked.connect(self.rebuild)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for b in (self.copy_xdr, self.copy_link, self.save_xdr):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.cancel_button, self.rebuild_button, close):
            buttons.addWidget(b)
        side = QVBoxLayout()
        side.addWidget(self.summary)
        side.addWidget(hint)
        side.addWidget(self.state_label)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.qr, 3)
        top.addLayout(side, 2)
        layout = QVBoxLayout(page)
        layout.addLayout(top, 1)
        layout.addLayout(buttons)
        return page

    def _show_prepared(self, refund: Refund, uri: str) -> None:
        self.uri = uri
        self.qr.set_data(uri)
        self.pages.setCurrentIndex(1)
        self.resize(960, 540)
        self._apply(refund)
        if refund.state is RefundState.WAITING:
            self._poll.start()

    def _apply(self, refund: Refund) -> None:
        self.refund = refund
        until = local_datetime(refund.valid_until, self._tz, seconds=False)
        rows = [
            (self.tr("To"), f"<code>{html.escape(grouped(refund.destination))}</code>"),
            (self.tr("Of"), html.escape(refund.refers_to)),
            (
                self.tr("Memo"),
                f"<code>{html.escape(refund.memo)}</code> ({html.escape(refund.memo_type)})",
            ),
            (self.tr("Valid until"), html.escape(until)),
        ]
        if refund.reason:
            rows.append((self.tr("Reason"), html.escape(refund.reason)))
        table = "".join(
            f"<tr><td style='padding-right:8px; color:#555'>{html.escape(k)}</td><td>{v}</td></tr>"
            for k, v in rows
        )
        heading = self.tr("Refund {amount} USDC").format(amount=format_plain(refund.amount))
        self.summary.setText(
            f"<span style='font-size:16pt'><b>{html.escape(heading)}</b></span>"
            f"<table style='margin-top:6px'>{table}</table>"
        )
        color = {
            RefundState.SUCCEEDED: STATUS_COLORS["paid"],
            RefundState.EXPIRED: STATUS_COLORS["expired"],
            RefundState.CANCELLED: STATUS_COLORS["cancelled"],
        }.get(refund.state, "#555")
        text = html.escape(QCoreApplication.translate("RefundDialog", STATE_TEXT[refund.state]))
        if refund.state is RefundState.SUCCEEDED and refund.tx_hash:
            transaction = self.tr("transaction {hash}").format(hash=short_hash(refund.tx_hash))
            text += f"<br>{html.escape(transaction)}"
        self.state_label.setText(
            f"<span style='color:{color}; font-size:14pt'><b>{text}</b></span>"
        )
        waiting = refund.state is RefundState.WAITING
        self.cancel_button.setVisible(waiting)
        self.rebuild_button.setVisible(refund.state is RefundState.EXPIRED)
        for b in (self.copy_xdr, self.copy_link, self.save_xdr):
            b.setEnabled(waiting)
        self.qr.setVisible(waiting)
        if not waiting:
            self._poll.stop()

    def poll(self) -> None:
        """Read the refund's state again (background); GUI thread."""
        if self.refund is None:
            return
        service, refund_id = self._service, self.refund.id
        self._runner.run(lambda: service.get(refund_id), self._on_polled, lambda _e: None,
                         key="poll")  # fmt: skip

    def _on_polled(self, refund: Refund) -> None:
        changed = self.refund is None or refund.state is not self.refund.state
        self._apply(refund)
        if changed:
            self.refund_changed.emit(refund)

    def cancel_refund(self) -> None:
        """Withdraw the waiting refund (background)."""
        if self.refund is None:
            return
        service, refund_id, actor = self._service, self.refund.id, self._actor
        self._runner.run(lambda: service.cancel(refund_id, actor), self._on_polled,
                         self._on_action_error, key="cancel")  # fmt: skip

    def rebuild(self) -> None:
        """A fresh transaction for the expired refund (background)."""
        if self.refund is None:
            return
        service, refund_id, actor = self._service, self.refund.id, self._actor
        self._runner.run(lambda: service.rebuild(refund_id, actor), self._on_prepared,
                         self._on_action_error, key="rebuild")  # fmt: skip

    def _on_action_error(self, exc: Exception) -> None:
        self.state_label.setText(
            html.escape(self.tr("Not done: {error}").format(error=error_text(exc)))
        )

    def _copy_xdr(self) -> None:
        if self.refund is not None:
            QGuiApplication.clipboard().setText(self.refund.envelope_xdr)

    def _save_xdr(self) -> None:
        if self.refund is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the unsigned transaction"),
            f"{self.refund.id}.xdr",
            self.tr("XDR (*.xdr)"),
        )
        if name:
            save_xdr(self.refund, Path(name))

    def _stop(self) -> None:
        self._poll.stop()
        self._runner.shutdown()


def grouped(address: str, size: int = 8) -> str:
    """An address in groups of ``size`` characters, easy to compare with a wallet's screen."""
    return " ".join(address[i : i + size] for i in range(0, len(address), size))


def save_xdr(refund: Refund, target: Path) -> None:
    """Write the unsigned transaction as base64 text (what Stellar Laboratory imports)."""
    target.write_text(refund.envelope_xdr + "\n", encoding="ascii")
