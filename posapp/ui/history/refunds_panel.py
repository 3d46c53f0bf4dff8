"""A sale's refunds inside its details: who refunded what, when, why, with which transaction,
and the button that prepares a new one. GUI thread; the list loads in the background."""

from __future__ import annotations

from datetime import tzinfo
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.refund import Refund, RefundState
from posapp.core.roles import Actor, Permission, has_permission
from posapp.core.session import PaymentSession
from posapp.services.refunds.service import RefundService
from posapp.ui.common.formatting import local_datetime, short_account, short_hash
from posapp.ui.common.plain_text import PlainLabel
from posapp.ui.history.formatting import usdc
from posapp.ui.history.refund_dialog import RefundDialog
from posapp.workers.errors import error_text
from posapp.workers.tasks import TaskRunner

COLUMNS = (
    QT_TRANSLATE_NOOP("RefundsPanel", "Created"),
    QT_TRANSLATE_NOOP("RefundsPanel", "Amount (USDC)"),
    QT_TRANSLATE_NOOP("RefundsPanel", "State"),
    QT_TRANSLATE_NOOP("RefundsPanel", "To"),
    QT_TRANSLATE_NOOP("RefundsPanel", "By"),
    QT_TRANSLATE_NOOP("RefundsPanel", "Reason"),
    QT_TRANSLATE_NOOP("RefundsPanel", "Transaction"),
)
STATE_NAMES = {
    RefundState.WAITING: QT_TRANSLATE_NOOP("RefundsPanel", "waiting"),
    RefundState.SUCCEEDED: QT_TRANSLATE_NOOP("RefundsPanel", "succeeded"),
    RefundState.EXPIRED: QT_TRANSLATE_NOOP("RefundsPanel", "expired"),
    RefundState.CANCELLED: QT_TRANSLATE_NOOP("RefundsPanel", "cancelled"),
}
"""A refund's state in words (translate with the ``RefundsPanel`` context)."""


def can_refund(s: PaymentSession) -> bool:
    """A sale that received USDC and no longer waits for a payment."""
    return s.usdc_received > 0 and not s.status.is_awaiting


class RefundsPanel(QWidget):
    """The refunds of one sale with "Refund…" (owners and admins)."""

    refund_changed = Signal(object)
    """A refund of this sale was prepared or changed state."""

    def __init__(
        self,
        service: RefundService,
        sale: PaymentSession,
        actor: Actor,
        tz: tzinfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._sale = sale
        self._actor = actor
        self._tz = tz
        self._runner = TaskRunner(self)
        self.refunds: list[Refund] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("RefundsPanel", name) for name in COLUMNS]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.message = PlainLabel()
        self.message.setWordWrap(True)
        self.refund_button = QPushButton(self.tr("Refund…"))
        self.refund_button.setObjectName("details_refund")
        self.refund_button.setEnabled(
            can_refund(sale) and has_permission(actor.role, Permission.REFUND)
        )
        self.refund_button.clicked.connect(lambda: self.open_dialog())
        self.open_button = QPushButton(self.tr("Show QR…"))
        self.open_button.setObjectName("details_refund_show")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open_selected)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.refund_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        """Load the sale's refunds (background)."""
        service, sale_id = self._service, self._sale.id
        self._runner.run(lambda: service.listing(ref=sale_id), self._on_loaded,
                         lambda e: self.message.setText(error_text(e)), key="list")  # fmt: skip

    def _on_loaded(self, refunds: list[Refund]) -> None:
        self.refunds = refunds
        self.table.setRowCount(len(refunds))
        for r, refund in enumerate(refunds):
            if refund.approved_by:
                by = self.tr("{created_by} (approved by {approved_by})").format(
                    created_by=refund.created_by, approved_by=refund.approved_by
                )
            else:
                by = refund.created_by
            cells = (
                local_datetime(refund.created_at, self._tz),
                usdc(refund.amount),
                QCoreApplication.translate(
                    "RefundsPanel", STATE_NAMES.get(refund.state, refund.state.value)
                ),
                short_account(refund.destination),
                by,
                refund.reason,
                short_hash(refund.tx_hash),
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 6 and refund.tx_hash:
                    item.setToolTip(refund.tx_hash)
                self.table.setItem(r, c, item)
        if not refunds:
            self.message.setText(self.tr("No refunds."))
        else:
            done = sum(
                (r.amount for r in refunds if r.state is RefundState.SUCCEEDED), start=Decimal(0)
            )
            self.message.setText(
                self.tr("{amount} USDC refunded so far.").format(amount=usdc(done))
            )

    def _on_selection(self) -> None:
        refund = self._selected()
        self.open_button.setEnabled(
            refund is not None and refund.state in (RefundState.WAITING, RefundState.EXPIRED)
        )

    def _selected(self) -> Refund | None:
        rows = self.table.selectionModel().selectedRows()
        return self.refunds[rows[0].row()] if rows else None

    def _open_selected(self) -> None:
        refund = self._selected()
        if refund is not None:
            self.open_dialog(refund)

    def open_dialog(self, existing: Refund | None = None) -> RefundDialog:
        """The refund dialog for this sale (a new refund, or ``existing``)."""
        dialog = RefundDialog(
            self._service, self._sale.id, self._actor, self, tz=self._tz, existing=existing
        )
        dialog.refund_changed.connect(self._on_refund_changed)
        dialog.open()
        return dialog

    def _on_refund_changed(self, refund: Refund) -> None:
        self.reload()
        self.refund_changed.emit(refund)
