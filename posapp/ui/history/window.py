"""``HistoryWindow``: the owner's sales history (sales, unmatched payments, reconciliation).

The composition root builds ``BackofficeServices`` and passes them in; the window never
builds services and talks to the rest of the app only through its signals and the
``refresh()`` slot. Every query runs on the window's own ``TaskRunner`` (a small
``QThreadPool``); the GUI thread only paints rows that arrived by signal.

GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from posapp.core.roles import Actor, Permission
from posapp.services.context import BackofficeServices
from posapp.ui.history.reconcile_tab import ReconcileTab
from posapp.ui.history.sales_tab import SalesTab
from posapp.ui.history.scope import HistoryScope
from posapp.ui.history.unmatched_tab import UnmatchedTab
from posapp.workers.tasks import TaskRunner

REFRESH_COALESCE_MS = 400
UNMATCHED_DELAY_MS = 250


class HistoryWindow(QMainWindow):
    """Sales history for the owner. Construct with the services and the signed-in actor;
    raises PermissionDenied when the actor may not view the history."""

    payment_attached = Signal(object)
    """An unmatched payment was attached to a sale (``AttachResult``)."""
    payment_marked_for_refund = Signal(object)
    """An unmatched payment was marked for refund (``LedgerPayment``)."""
    export_finished = Signal(str, int)
    """A CSV export completed: (path, rows)."""
    closed = Signal()
    """The window was closed (its background jobs are stopped)."""

    def __init__(
        self,
        services: BackofficeServices,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner | None = None,
    ) -> None:
        actor.require(Permission.VIEW_HISTORY)
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sales history"))
        self.resize(1360, 860)
        self.runner = runner or TaskRunner(self, max_threads=3)
        self.services = services
        self.actor = actor
        scope = HistoryScope(services, actor, self.runner)
        self.sales = SalesTab(scope)
        self.unmatched = UnmatchedTab(scope)
        self.reconcile = ReconcileTab(scope)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.sales, self.tr("Sales"))
        self.tabs.addTab(self.unmatched, self.tr("Unmatched payments"))
        self.tabs.addTab(self.reconcile, self.tr("Reconciliation"))
        self.setCentralWidget(self.tabs)
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_COALESCE_MS)
        self._refresh_timer.timeout.connect(self._on_refresh_timer_timeout)

        for tab in (self.sales, self.unmatched, self.reconcile):
            tab.message.connect(self._on_tab_message)
        self.runner.failed.connect(self._on_tab_message)
        self.sales.export_finished.connect(self.export_finished)
        self.unmatched.payment_attached.connect(self._on_unmatched_payment_attached)
        self.unmatched.payment_marked_for_refund.connect(self.payment_marked_for_refund)
        self.unmatched.count_changed.connect(self._on_unmatched_count_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, self.sales.filters.search.setFocus)
        self.sales.start()
        # the unmatched list is small but need not compete with the first sales page
        QTimer.singleShot(UNMATCHED_DELAY_MS, self.unmatched.reload)

    def refresh(self) -> None:
        """Reload what is shown (e.g. after a payment arrived). Calls within 400 ms are
        merged into one reload."""
        self._refresh_timer.start()

    # ---- slots ----------------------------------------------------------------------
    def _on_refresh_timer_timeout(self) -> None:
        self.sales.refresh()
        self.unmatched.reload()

    def _on_tab_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _on_unmatched_payment_attached(self, result: object) -> None:
        self.sales.refresh()
        self.payment_attached.emit(result)

    def _on_unmatched_count_changed(self, waiting: int) -> None:
        if waiting:
            label = self.tr("Unmatched payments ({count})", "", waiting).format(count=waiting)
        else:
            label = self.tr("Unmatched payments")
        self.tabs.setTabText(self.tabs.indexOf(self.unmatched), label)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop background jobs (bounded wait) and announce ``closed``."""
        self.runner.shutdown()
        self.closed.emit()
        super().closeEvent(event)
