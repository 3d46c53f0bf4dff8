"""The "Unmatched payments" tab: USDC that matched no sale, for the owner to attach to a
sale (after a confirmation; audited; same state machine and webhooks as a matched
payment) or to mark for refund; and overpayments, the part of a payment beyond what its
sale asked for, to refund to the payer. GUI thread; reads and writes run on the job
runner."""

from __future__ import annotations

import html
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.roles import Permission, has_permission
from posapp.services.backoffice.unmatched import AttachCandidate, AttachPreview, AttachResult
from posapp.storage.ledger_repo import LedgerPayment
from posapp.ui.common.formatting import local_datetime, short_account, short_hash
from posapp.ui.common.plain_text import PlainLabel, escaped, plain
from posapp.ui.history.formatting import fiat, payment_status, sale_status, usdc
from posapp.ui.history.refund_dialog import RefundDialog
from posapp.ui.history.scope import HistoryScope
from posapp.workers.errors import error_text

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("UnmatchedModel", "Received"),
    QT_TRANSLATE_NOOP("UnmatchedModel", "Amount (USDC)"),
    QT_TRANSLATE_NOOP("UnmatchedModel", "From"),
    QT_TRANSLATE_NOOP("UnmatchedModel", "Memo"),
    QT_TRANSLATE_NOOP("UnmatchedModel", "Why unmatched"),
    QT_TRANSLATE_NOOP("UnmatchedModel", "Status"),
    QT_TRANSLATE_NOOP("UnmatchedModel", "Transaction"),
)
"""Column titles (translate with the ``UnmatchedModel`` context)."""


class UnmatchedModel(QAbstractTableModel):
    """A short list of payments (the unmatched ones are few). GUI thread."""

    def __init__(self, tz: tzinfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._rows: list[LedgerPayment] = []
        self._texts: list[tuple[str, ...]] = []

    def set_payments(self, payments: list[LedgerPayment]) -> None:
        """Replace the rows (their texts are formatted once, here)."""
        self.beginResetModel()
        self._rows = list(payments)
        self._texts = [self._display(p) for p in self._rows]
        self.endResetModel()

    def _display(self, p: LedgerPayment) -> tuple[str, ...]:
        memo = p.memo or (f"({p.memo_type})" if p.memo_type else self.tr("(none)"))
        if is_overpayment(p):
            return (
                local_datetime(p.ledger_time, self._tz),
                usdc(p.overpaid),
                short_account(p.from_account),
                memo,
                self.tr(
                    "{overpaid} USDC more than sale {sale} asked for (payment of {amount}):"
                    " refund it to the payer"
                ).format(overpaid=usdc(p.overpaid), sale=p.session_id, amount=usdc(p.amount)),
                self.tr("Overpaid"),
                short_hash(p.tx_hash),
            )
        return (
            local_datetime(p.ledger_time, self._tz),
            usdc(p.amount),
            short_account(p.from_account),
            memo,
            p.reason,
            payment_status(p.status),
            short_hash(p.tx_hash),
        )

    def payment_at(self, row: int) -> LedgerPayment:
        """The payment on ``row``."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("UnmatchedModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][col]
        p = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = {2: p.from_account, 4: p.reason, 6: p.tx_hash}.get(col)
            return None if tip is None else escaped(tip)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def is_overpayment(p: LedgerPayment) -> bool:
    """True for a payment credited to a sale with a part beyond what the sale asked for."""
    return p.overpaid_stroops > 0 and p.status in ("credited", "attached")


def with_overpayments(
    payments: list[LedgerPayment], overpaid: list[LedgerPayment]
) -> list[LedgerPayment]:
    """Unmatched payments and overpayments in one list, newest first, each payment once."""
    seen = {p.operation_id for p in overpaid}
    merged = [p for p in payments if p.operation_id not in seen] + list(overpaid)
    return sorted(merged, key=lambda p: (p.received_at, p.id), reverse=True)


class AttachDialog(QDialog):
    """Choose the sale an unmatched payment belongs to. The owner decides: candidates are
    the sales it could still pay, newest first; "= remaining" only marks equal amounts."""

    def __init__(
        self,
        payment: LedgerPayment,
        candidates: list[AttachCandidate],
        tz: tzinfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attach payment to a sale"))
        self.resize(860, 480)
        self.payment = payment
        self._candidates = candidates
        info = QLabel(
            self.tr(
                "<b>{amount} USDC</b> received {when} from {payer}<br>memo: {memo} · {reason}"
            ).format(
                amount=usdc(payment.amount),
                when=html.escape(local_datetime(payment.ledger_time, tz)),
                payer=html.escape(payment.from_account),
                memo=html.escape(payment.memo or self.tr("(none)")),
                reason=html.escape(payment.reason),
            )
        )
        info.setTextFormat(Qt.TextFormat.RichText)  # every value above is escaped
        info.setWordWrap(True)
        info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(len(candidates), 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Created"),
                self.tr("Sale"),
                self.tr("Amount"),
                self.tr("Due (USDC)"),
                self.tr("Received"),
                self.tr("Status"),
                self.tr("Note"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for r, c in enumerate(candidates):
            s = c.session
            due = usdc(s.usdc_due)
            if c.amount_equals_remaining:
                due = self.tr("{due}  = remaining").format(due=due)
            cells = (
                local_datetime(s.created_at, tz), s.id, fiat(s.fiat_amount, s.fiat_currency), due,
                usdc(s.usdc_received), sale_status(s.status.value), s.note,
            )  # fmt: skip
            for col, text in enumerate(cells):
                self.table.setItem(r, col, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.session_id = QLineEdit()
        self.session_id.setPlaceholderText(self.tr("or type / paste a sale id (pay_…)"))
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        buttons = QDialogButtonBox()
        self.attach_button = buttons.addButton(
            self.tr("Attach…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        title = (
            self.tr("Sales it could belong to") if candidates else self.tr("No sale in the window")
        )
        layout.addWidget(PlainLabel(title))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.session_id)
        layout.addWidget(buttons)

    def chosen_session(self) -> str:
        """The sale id typed or selected."""
        return self.session_id.text().strip()

    def _on_table_selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.session_id.setText(self._candidates[rows[0].row()].session.id)

    def _on_accepted(self) -> None:
        if self.chosen_session():
            self.accept()


def confirmation_text(preview: AttachPreview) -> str:
    """What the owner confirms before attaching."""
    s = preview.session
    webhook = (
        QCoreApplication.translate("UnmatchedTab", "Webhook: {events}").format(
            events=", ".join(preview.events)
        )
        if preview.events
        else QCoreApplication.translate("UnmatchedTab", "Webhook: none")
    )
    lines = [
        QCoreApplication.translate(
            "UnmatchedTab",
            "Attach {amount} USDC from {payer}\nto sale {sale} ({price}, due {due} USDC,"
            " received so far {received})?",
        ).format(
            amount=usdc(preview.payment.amount),
            payer=preview.payment.from_account,
            sale=s.id,
            price=fiat(s.fiat_amount, s.fiat_currency),
            due=usdc(s.usdc_due),
            received=usdc(s.usdc_received),
        ),
        "",
        QCoreApplication.translate(
            "UnmatchedTab", "The sale becomes {status} with {received} USDC received."
        ).format(status=sale_status(preview.new_status.value), received=usdc(preview.new_received)),
        webhook,
    ]
    if preview.warning:
        lines += ["", preview.warning]
    lines += [
        "",
        QCoreApplication.translate(
            "UnmatchedTab", "This is recorded in the audit log and cannot be undone."
        ),
    ]
    return "\n".join(lines)


class UnmatchedTab(QWidget):
    """List and resolve unmatched payments."""

    payment_attached = Signal(object)  # AttachResult
    payment_marked_for_refund = Signal(object)  # LedgerPayment
    count_changed = Signal(int)
    message = Signal(str)

    def __init__(self, scope: HistoryScope, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        services, self._actor, self._runner = scope.services, scope.actor, scope.runner
        self._service = services.unmatched
        self._tz = services.history.tz
        self.model = UnmatchedModel(self._tz, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for col, width in enumerate((135, 115, 110, 250, 220, 90, 110)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        may_attach = has_permission(self._actor.role, Permission.ATTACH_UNMATCHED)
        may_refund = has_permission(self._actor.role, Permission.REFUND)
        self.attach_button = QPushButton(self.tr("Attach to a sale…"))
        self.refund_button = QPushButton(self.tr("Mark for refund…"))
        self.pay_back_button = QPushButton(self.tr("Refund…"))
        self.pay_back_button.setObjectName("unmatched_refund")
        self.pay_back_button.setToolTip(
            self.tr("Prepare the refund transaction and sign it with your wallet's QR scanner")
        )
        self.copy_button = QPushButton(self.tr("Copy payer address"))
        self.show_resolved = QCheckBox(self.tr("Show attached and refunded"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self._refunds = services.refunds
        for b, allowed in (
            (self.attach_button, may_attach),
            (self.refund_button, may_refund),
            (self.pay_back_button, may_refund and self._refunds is not None),
        ):
            b.setEnabled(False)
            b.setVisible(allowed)
        self.copy_button.setEnabled(False)
        explain = PlainLabel(
            self.tr(
                "USDC that reached the shop's account without a memo naming a sale (or for a"
                " cancelled sale). Nothing is ever assigned by amount: attach a payment to its"
                " sale, or mark it to be refunded from your wallet. Overpaid: money beyond what"
                " a sale asked for, to send back to the payer from your wallet."
            )
        )
        explain.setWordWrap(True)
        bar = QHBoxLayout()
        for w in (self.attach_button, self.pay_back_button, self.refund_button, self.copy_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.show_resolved)
        bar.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.modelReset.connect(self._on_selection_changed)
        self.attach_button.clicked.connect(self._on_attach_clicked)
        self.refund_button.clicked.connect(self._on_refund_clicked)
        self.pay_back_button.clicked.connect(lambda: self.open_refund())
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.show_resolved.toggled.connect(self.reload)
        self.refresh_button.clicked.connect(self.reload)

    def reload(self, *_args: object) -> None:
        """Load the list (and the waiting count) in the background."""
        service, actor = self._service, self._actor
        resolved = self.show_resolved.isChecked()
        self._runner.run(
            lambda: (
                with_overpayments(
                    service.payments(actor, include_resolved=resolved),
                    service.overpayments(actor),
                ),
                service.count(actor),
            ),
            self._on_loaded,
            lambda exc: self.message.emit(
                self.tr("Could not load unmatched payments: {error}").format(error=error_text(exc))
            ),
            key="unmatched",
        )

    def selected(self) -> LedgerPayment | None:
        """The selected payment, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.payment_at(rows[0].row()) if rows else None

    def attach(self, payment: LedgerPayment, session_id: str, *, confirm: bool = True) -> None:
        """Preview, confirm (unless ``confirm`` is False: tests), then attach in the
        background; emits ``payment_attached`` when done."""
        service, actor = self._service, self._actor
        op = payment.operation_id

        def previewed(preview: AttachPreview) -> None:
            if confirm:
                answer = QMessageBox.question(
                    self,
                    self.tr("Attach payment?"),
                    escaped(confirmation_text(preview)),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No,
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return
            expected = preview.session.status
            self._runner.run(
                lambda: service.attach(op, session_id, actor, expected_status=expected),
                self._on_attached,
                self._on_action_failed,
            )

        self._runner.run(
            lambda: service.preview(op, session_id, actor), previewed, self._on_action_failed
        )

    def mark_for_refund(self, payment: LedgerPayment, note: str) -> None:
        """Mark ``payment`` for refund in the background (no questions asked here)."""
        service, actor = self._service, self._actor
        self._runner.run(
            lambda: service.mark_for_refund(payment.operation_id, actor, note=note),
            self._on_refunded,
            self._on_action_failed,
        )

    # ---- slots ----------------------------------------------------------------------
    def _on_loaded(self, result: tuple[list[LedgerPayment], int]) -> None:
        payments, waiting = result
        self.model.set_payments(payments)
        self.count_changed.emit(waiting)

    def _on_selection_changed(self, *_args: object) -> None:
        payment = self.selected()
        waiting = payment is not None and payment.status == "unmatched"
        self.attach_button.setEnabled(waiting)
        self.refund_button.setEnabled(waiting)
        self.pay_back_button.setEnabled(
            payment is not None
            and (payment.status in ("unmatched", "refund") or is_overpayment(payment))
        )
        self.copy_button.setEnabled(payment is not None)

    def _on_attach_clicked(self) -> None:
        payment = self.selected()
        if payment is None:
            return
        service, actor, tz = self._service, self._actor, self._tz

        def show(candidates: list[AttachCandidate]) -> None:
            dialog = AttachDialog(payment, candidates, tz, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(lambda: self.attach(payment, dialog.chosen_session()))
            dialog.open()

        self._runner.run(
            lambda: service.candidates(payment.operation_id, actor), show, self._on_action_failed
        )

    def _on_refund_clicked(self) -> None:
        payment = self.selected()
        if payment is None:
            return
        note, ok = QInputDialog.getText(
            self,
            self.tr("Mark for refund"),
            escaped(
                self.tr(
                    "Refund {amount} USDC to {payer}?\n"
                    "posapp holds no key: send it back from your wallet.\nNote (optional):"
                ).format(amount=usdc(payment.amount), payer=payment.from_account)
            ),
        )
        if ok:
            self.mark_for_refund(payment, note)

    def open_refund(self) -> RefundDialog | None:
        """The refund dialog for the selected payment: an unmatched one goes back whole to
        its payer, an overpayment's excess through its sale. GUI thread."""
        payment = self.selected()
        if payment is None or self._refunds is None:
            return None
        if is_overpayment(payment) and payment.session_id:
            ref, amount = payment.session_id, payment.overpaid
        else:
            ref, amount = payment.operation_id, None
        dialog = RefundDialog(self._refunds, ref, self._actor, self, tz=self._tz, amount=amount)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.refund_changed.connect(lambda _r: self.reload())
        dialog.open()
        return dialog

    def _on_copy_clicked(self) -> None:
        payment = self.selected()
        if payment is not None:
            QGuiApplication.clipboard().setText(payment.from_account)

    def _on_attached(self, result: AttachResult) -> None:
        self.message.emit(
            self.tr("Attached {amount} USDC to {sale}: {status}").format(
                amount=usdc(result.payment.amount),
                sale=result.session.id,
                status=sale_status(result.session.status.value),
            )
        )
        self.payment_attached.emit(result)
        self.reload()

    def _on_refunded(self, payment: LedgerPayment) -> None:
        self.message.emit(
            self.tr("Marked {amount} USDC for refund").format(amount=usdc(payment.amount))
        )
        self.payment_marked_for_refund.emit(payment)
        self.reload()

    def _on_action_failed(self, exc: Exception) -> None:
        text = error_text(exc)
        self.message.emit(text)
        box = plain(QMessageBox(QMessageBox.Icon.Warning, self.tr("Not done"), text, parent=self))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
