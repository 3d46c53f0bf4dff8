"""The "Reconciliation" tab: compare the local records of a date range with the merchant
account's payments re-read from Horizon, and list what is missing, extra or different.
GUI thread; the comparison runs on the job runner with progress and cancel."""

from __future__ import annotations

import html
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.services.backoffice.history import DatePreset
from posapp.services.backoffice.reconcile import ReconcileCancelled, ReconcileReport
from posapp.ui.common.formatting import local_datetime, short_hash
from posapp.ui.common.plain_text import PlainLabel, RichLabel, escaped
from posapp.ui.common.theme import (
    HISTORY_LATE,
    RECONCILE_EXTRA,
    RECONCILE_MISSING,
    RECONCILE_OVERPAID,
    RECONCILE_REFUND,
    RECONCILE_TOTAL,
)
from posapp.ui.history.formatting import usdc
from posapp.ui.history.scope import HistoryScope
from posapp.workers.errors import error_text
from posapp.workers.tasks import TaskHandle, TaskProgress

KIND_LABELS = {
    "missing": (QT_TRANSLATE_NOOP("ReconcileTab", "Missing here"), RECONCILE_MISSING),
    "extra": (QT_TRANSLATE_NOOP("ReconcileTab", "Not on network"), RECONCILE_EXTRA),
    "mismatch": (QT_TRANSLATE_NOOP("ReconcileTab", "Different"), HISTORY_LATE),
    "sale_total": (QT_TRANSLATE_NOOP("ReconcileTab", "Sale total"), RECONCILE_TOTAL),
    "overpaid": (QT_TRANSLATE_NOOP("ReconcileTab", "Overpaid"), RECONCILE_OVERPAID),
    "refund": (QT_TRANSLATE_NOOP("ReconcileTab", "Refund sent"), RECONCILE_REFUND),
    "refund_missing": (QT_TRANSLATE_NOOP("ReconcileTab", "Refund not settled"), RECONCILE_MISSING),
    "refund_flagged": (QT_TRANSLATE_NOOP("ReconcileTab", "Refund flagged"), RECONCILE_MISSING),
}


class ReconcileTab(QWidget):
    """Run a reconciliation and show its report."""

    reconciled = Signal(object)  # ReconcileReport
    message = Signal(str)

    def __init__(self, scope: HistoryScope, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        services, self._actor, self._runner = scope.services, scope.actor, scope.runner
        self._reconciler = services.reconciler
        self._history = services.history
        self._job: TaskHandle | None = None
        today = self._history.local(self._history.now()).date()
        self.first_day = QDateEdit(calendarPopup=True)
        self.last_day = QDateEdit(calendarPopup=True)
        for edit, day in ((self.first_day, today - timedelta(days=6)), (self.last_day, today)):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate(day.year, day.month, day.day))
        self.run_button = QPushButton(self.tr("Compare with the network"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.progress = PlainLabel("")
        self.summary = RichLabel(
            self.tr(
                "Re-reads the shop account's payments from Horizon and compares them with the"
                " payments stored here ({horizon})."
            ).format(horizon=html.escape(self._reconciler.horizon_url))
        )
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Ledger time"), self.tr("Network (USDC)"),
             self.tr("Stored (USDC)"), self.tr("Sale"), self.tr("Transaction"), self.tr("Detail")]
        )  # fmt: skip
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        bar = QHBoxLayout()
        bar.addWidget(PlainLabel(self.tr("From")))
        bar.addWidget(self.first_day)
        bar.addWidget(PlainLabel(self.tr("to")))
        bar.addWidget(self.last_day)
        bar.addWidget(self.run_button)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.report: ReconcileReport | None = None

    def start(self) -> TaskHandle:
        """Reconcile the chosen local days in the background."""
        first, last = sorted((self.first_day.date().toPython(), self.last_day.date().toPython()))
        start, end = self._history.preset(DatePreset.CUSTOM, first_day=first, last_day=last)
        assert start is not None and end is not None
        reconciler, actor = self._reconciler, self._actor
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setText(self.tr("Reading the network…"))

        def work(progress: TaskProgress) -> ReconcileReport:
            return reconciler.reconcile(
                start, end, actor, progress=lambda pages, seen: progress.report((pages, seen))
            )

        def progressed(value: object) -> None:
            pages, seen = value  # type: ignore[misc]
            self.progress.setText(
                self.tr("Read {records} network records (%n pages)…", "", pages).format(
                    records=f"{seen:,}"
                )
            )

        self._job = self._runner.run_with_progress(work, self._on_done, self._on_failed, progressed)
        return self._job

    def cancel(self) -> None:
        """Stop a running reconciliation."""
        if self._job is not None:
            self._job.cancel()

    def _on_done(self, report: ReconcileReport) -> None:
        self._finish()
        self.report = report
        tz = self._history.tz
        # one sentence each, listed one after the other
        sentences = [
            self.tr("Everything matches.")
            if report.ok
            else self.tr("%n differences.", "", len(report.discrepancies))
        ]
        if report.overpaid:
            sentences.append(
                self.tr(
                    "%n overpaid payments: {amount} USDC beyond the sales, to refund.",
                    "",
                    len(report.overpaid),
                ).format(amount=usdc(report.overpaid_total))
            )
        if report.refunds or report.refunds_waiting:
            sentences.append(
                self.tr(
                    "%n refunds sent; {waiting} waiting for a signature.", "", len(report.refunds)
                ).format(waiting=len(report.refunds_waiting))
            )
        verdict = " ".join(sentences)
        self.summary.setText(
            self.tr(
                "{start} – {end}: network {network} payments, stored {stored}, matching"
                " {matching}. <b>{verdict}</b>"
            ).format(
                start=html.escape(local_datetime(report.start, tz)),
                end=html.escape(local_datetime(report.end, tz)),
                network=report.network_count,
                stored=report.local_count,
                matching=report.matched_count,
                verdict=html.escape(verdict),
            )
        )
        self.progress.setText(
            self.tr("Checked against {horizon}").format(horizon=report.horizon_url)
        )
        rows = report.discrepancies + report.overpaid + report.refunds
        self.table.setRowCount(len(rows))
        for r, d in enumerate(rows):
            label, color = KIND_LABELS.get(d.kind, (d.kind, "#000"))
            label = QCoreApplication.translate("ReconcileTab", label)
            cells = (
                label,
                local_datetime(d.ledger_time, tz, seconds=True) if d.ledger_time else "",
                usdc(d.network_amount) if d.network_amount is not None else "–",
                usdc(d.local_amount) if d.local_amount is not None else "–",
                d.session_id or "",
                short_hash(d.tx_hash),
                d.detail,
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setForeground(QBrush(QColor(color)))
                if c == 5:
                    item.setToolTip(escaped(d.tx_hash))
                self.table.setItem(r, c, item)
        self.reconciled.emit(report)

    def _on_failed(self, exc: Exception) -> None:
        self._finish()
        if isinstance(exc, ReconcileCancelled):
            self.progress.setText(self.tr("Cancelled"))
        else:
            self.progress.setText(
                self.tr("Could not reconcile: {error}").format(error=error_text(exc))
            )
            self.message.emit(
                self.tr("Reconciliation failed: {error}").format(error=error_text(exc))
            )

    def _finish(self) -> None:
        self._job = None
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
