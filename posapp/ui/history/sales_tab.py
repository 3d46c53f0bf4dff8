"""The "Sales" tab: filters, totals, the paged table, the chart, export and Z-report.

Every query runs on the window's ``TaskRunner``: a filter change starts three jobs (first
page, totals, chart) whose results arrive by signal; newer filters supersede older jobs.
GUI thread only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.roles import Permission, has_permission
from posapp.services.backoffice.export import ExportCancelled
from posapp.services.backoffice.history import (
    HistoryFilter,
    HistoryTotals,
    SalesChart,
)
from posapp.ui.common.plain_text import PlainLabel
from posapp.ui.history.chart import SalesChartView
from posapp.ui.history.details import SaleDetailsDialog
from posapp.ui.history.filter_bar import FilterBar
from posapp.ui.history.sales_model import COL_NOTE, COLUMNS, SalesTableModel
from posapp.ui.history.scope import HistoryScope
from posapp.ui.history.totals_bar import TotalsBar
from posapp.ui.history.zreport import ZReportDialog
from posapp.workers.errors import error_text
from posapp.workers.tasks import TaskHandle, TaskProgress

COLUMN_WIDTHS = (135, 125, 90, 105, 105, 90, 85, 220, 110)
SEARCH_KINDS = {
    "session": QT_TRANSLATE_NOOP("SalesTab", "session"),
    "tx": QT_TRANSLATE_NOOP("SalesTab", "tx"),
    "payer": QT_TRANSLATE_NOOP("SalesTab", "payer"),
    "note": QT_TRANSLATE_NOOP("SalesTab", "note"),
}
"""How the search text is matched (``HistoryFilter.text_kind()``), in words."""


class SalesTab(QWidget):
    """Sales history of the shop (see the module docstring)."""

    export_finished = Signal(str, int)
    """(path, rows) after a CSV export completed."""
    totals_shown = Signal(object)  # HistoryTotals
    chart_shown = Signal(object)  # SalesChart
    message = Signal(str)
    """A line for the window's status bar."""

    def __init__(self, scope: HistoryScope, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        services, self._actor, self._runner = scope.services, scope.actor, scope.runner
        self._services = services
        self._history = services.history
        self._export: TaskHandle | None = None
        self.filters = FilterBar(self._history)
        self.totals = TotalsBar()
        self.model = SalesTableModel(self._history, self._actor, self._runner, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        for col, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder)
        self.table.setToolTip(
            self.tr("Double-click a sale for its payments and webhook deliveries")
        )
        self.chart = SalesChartView()
        self.status = PlainLabel(self.tr("Loading…"))
        self.status.setStyleSheet("color: palette(dark);")

        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setEnabled(has_permission(self._actor.role, Permission.EXPORT))
        self.zreport_button = QPushButton(self.tr("Z-report…"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setShortcut("F5")
        self.bom = QCheckBox(self.tr("UTF-8 BOM (Excel)"))
        self.bom.setChecked(True)
        self.bom.setToolTip(self.tr("Start the file with a byte-order mark so Excel reads UTF-8"))

        actions = QHBoxLayout()
        actions.addWidget(self.totals, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.bom)
        buttons.addWidget(self.zreport_button)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        actions.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.chart)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addLayout(actions)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)

        self.filters.filter_changed.connect(self.apply_filter)
        self.model.page_loaded.connect(self._on_model_page_loaded)
        self.model.load_failed.connect(self._on_model_load_failed)
        self.model.loading_changed.connect(self._on_model_loading_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.activated.connect(self._on_table_double_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.zreport_button.clicked.connect(self._on_zreport_clicked)
        self.refresh_button.clicked.connect(self.refresh)
        self._totals_for: HistoryFilter | None = None
        self._sums_for: HistoryFilter | None = None

    # ---- public ---------------------------------------------------------------------
    def start(self) -> None:
        """First load: cashier names and the default filter (all in the background)."""
        self._runner.run(lambda: self._history.cashiers(self._actor), self.filters.set_cashiers)
        self.apply_filter(self.filters.current_filter())

    def refresh(self) -> None:
        """Reload with the filter bar's filter (periods like "today" re-resolved now)."""
        self.apply_filter(self.filters.current_filter())

    def apply_filter(self, filt: HistoryFilter) -> None:
        """Show ``filt``. The first page loads first; totals follow it and the chart
        follows the totals, so the rows never wait behind the big sums."""
        self._sums_for = None
        self._runner.supersede("sales-totals", "sales-chart")  # the old filter's sums
        self.totals.set_busy(True)
        self.chart.set_busy(True)
        self.model.set_filter(filt)

    def _start_sums(self, filt: HistoryFilter) -> None:
        """Totals, then the chart, of ``filt`` (each on the pool; newer filters win)."""
        if self._sums_for == filt:
            return
        self._sums_for = filt
        history, actor = self._history, self._actor

        def totals_done(totals: HistoryTotals) -> None:
            self._on_totals(filt, totals)
            chart()

        def totals_failed(exc: Exception) -> None:
            self._on_job_failed(exc)
            chart()

        def chart() -> None:
            self._runner.run(
                lambda superseded: history.chart(filt, actor, should_stop=superseded),
                self._on_chart,
                self._on_job_failed,
                key="sales-chart",
                stoppable=True,
            )

        self._runner.run(
            lambda: history.totals(filt, actor),
            totals_done,
            totals_failed,
            key="sales-totals",
        )

    def start_export(self, target: Path, *, bom: bool = True) -> TaskHandle:
        """Export the current filter to ``target`` in the background; returns the handle
        whose ``cancel()`` stops it (nothing is left behind)."""
        filt = self.model.current_filter
        history, actor = self._history, self._actor
        expected = (
            self.totals.totals.count if self.totals.totals and self._totals_for == filt else 0
        )
        dialog = QProgressDialog(self.tr("Exporting sales…"), self.tr("Cancel"), 0, expected, self)
        dialog.setWindowTitle(self.tr("Export CSV"))
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.export_button.setEnabled(False)

        def work(progress: TaskProgress) -> int:
            return history.export_csv(
                target, filt, actor, bom=bom, progress=lambda n: progress.report(n)
            )

        def progressed(rows: object) -> None:
            if isinstance(rows, int):
                if expected:
                    dialog.setValue(min(rows, expected))
                dialog.setLabelText(
                    self.tr("Exporting sales… {rows} rows", "", rows).format(rows=f"{rows:,}")
                )

        def finished(rows: int) -> None:
            dialog.close()
            self.export_button.setEnabled(True)
            self._export = None
            self.message.emit(
                self.tr("Exported {rows} sales to {path}", "", rows).format(
                    rows=f"{rows:,}", path=target
                )
            )
            self.export_finished.emit(str(target), rows)

        def failed(exc: Exception) -> None:
            dialog.close()
            self.export_button.setEnabled(True)
            self._export = None
            if isinstance(exc, ExportCancelled):
                self.message.emit(self.tr("Export cancelled; no file was written"))
            else:
                self.message.emit(self.tr("Export failed: {error}").format(error=error_text(exc)))
                box = QMessageBox(
                    QMessageBox.Icon.Warning, self.tr("Export failed"), error_text(exc), parent=self
                )
                box.setTextFormat(Qt.TextFormat.PlainText)
                box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                box.open()

        handle = self._runner.run_with_progress(work, finished, failed, progressed)
        dialog.canceled.connect(handle.cancel)
        self._export = handle
        return handle

    # ---- slots ----------------------------------------------------------------------
    def _on_totals(self, filt: HistoryFilter, totals: HistoryTotals) -> None:
        self._totals_for = filt
        self.totals.set_totals(totals)
        self._update_status()
        self.totals_shown.emit(totals)

    def _on_chart(self, chart: SalesChart | None) -> None:
        if chart is not None:
            self.chart.set_chart(chart)
            self.chart_shown.emit(chart)

    def _on_model_page_loaded(self, rows: int, _elapsed_ms: float) -> None:
        self._update_status()
        self._start_sums(self.model.current_filter)

    def _on_model_loading_changed(self, loading: bool) -> None:
        if loading:
            self.status.setText(self.tr("Loading…"))

    def _on_job_failed(self, message: object) -> None:
        text = error_text(message) if isinstance(message, BaseException) else str(message)
        self.status.setText(self.tr("Could not load: {error}").format(error=text))
        self.message.emit(text)

    def _on_model_load_failed(self, message: str) -> None:
        self._on_job_failed(message)
        self._start_sums(self.model.current_filter)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        session_id = self.model.row_at(index.row()).id
        history, actor = self._history, self._actor
        self._runner.run(
            lambda: history.details(session_id, actor),
            self._show_details,
            self._on_job_failed,
            key="sales-details",
        )

    def _show_details(self, details: object) -> None:
        dialog = SaleDetailsDialog(
            details,  # type: ignore[arg-type]
            self._history.tz,
            self,
            receipts=self._services.receipts,
            desk=self._services.desk,
            actor=self._actor,
            refunds=self._services.refunds,
        )
        dialog.sale_changed.connect(self._on_details_sale_changed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_details_sale_changed(self, _session: object) -> None:
        self.refresh()

    def _on_export_clicked(self) -> None:
        stamp = self._history.local(self._history.now()).strftime("%Y-%m-%d")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export sales as CSV"), f"sales-{stamp}.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.start_export(Path(path), bom=self.bom.isChecked())

    def _on_zreport_clicked(self) -> None:
        dialog = ZReportDialog(HistoryScope(self._services, self._actor, self._runner), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _update_status(self) -> None:
        loaded = self.model.rowCount()
        filt = self.model.current_filter
        total = (
            self.totals.totals.count if self.totals.totals and self._totals_for == filt else None
        )
        if total is None and self.model.has_more:
            shown = self.tr("Showing {loaded} sales (scroll for more)", "", loaded)
        elif total is None:
            shown = self.tr("Showing {loaded} sales", "", loaded)
        else:
            shown = self.tr("Showing {loaded} of {total} sales", "", total)
        # self-contained parts of a status line, listed with " · " between them
        parts = [shown.format(loaded=f"{loaded:,}", total=f"{total or 0:,}")]
        if filt.text.strip():
            kind = filt.text_kind()
            how = QCoreApplication.translate("SalesTab", SEARCH_KINDS.get(kind, kind))
            parts.append(self.tr("search by {kind}").format(kind=how))
        parts.append(self.tr("double-click a sale for details"))
        self.status.setText(" · ".join(parts))


__all__ = ["COLUMNS", "SalesTab"]
