"""``SalesTableModel``: the sales history as a Qt table model that pages from SQL.

Keyset pagination: the model holds the rows loaded so far and the sort key of the last
one; ``canFetchMore``/``fetchMore`` ask the service for the next page *after* that key,
so page 5,000 costs what page 1 costs and nothing ever loads all rows. Filtering and
sorting happen in SQL (``HistoryService.page``).

Every query runs on a pool thread (``TaskRunner``); rows arrive by signal and are inserted
on the GUI thread. A new filter or sort keeps the old rows on screen until the first page
of the new result arrives, then swaps them in one reset (no flicker, no blocking). Results
of superseded requests are dropped.

GUI thread only (the loader functions it hands to the runner run on pool threads).
"""

from __future__ import annotations

import time
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.roles import Actor
from posapp.services.backoffice.history import (
    HistoryFilter,
    HistoryPage,
    HistoryRow,
    HistoryService,
    SortField,
    SortOrder,
)
from posapp.ui.common.formatting import local_datetime
from posapp.ui.common.plain_text import escaped
from posapp.ui.common.theme import STATUS_COLORS
from posapp.ui.history.formatting import display_row
from posapp.workers.errors import error_text
from posapp.workers.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200

COLUMNS: tuple[tuple[str, SortField | None], ...] = (
    (QT_TRANSLATE_NOOP("SalesTableModel", "Time"), SortField.TIME),
    (QT_TRANSLATE_NOOP("SalesTableModel", "Amount"), SortField.AMOUNT),
    (QT_TRANSLATE_NOOP("SalesTableModel", "USDC due"), None),
    (QT_TRANSLATE_NOOP("SalesTableModel", "USDC received"), SortField.RECEIVED),
    (QT_TRANSLATE_NOOP("SalesTableModel", "Status"), SortField.STATUS),
    (QT_TRANSLATE_NOOP("SalesTableModel", "Cashier"), SortField.CASHIER),
    (QT_TRANSLATE_NOOP("SalesTableModel", "Terminal"), None),
    (QT_TRANSLATE_NOOP("SalesTableModel", "Note"), None),
    (QT_TRANSLATE_NOOP("SalesTableModel", "Transaction"), None),
)
"""Column titles (translate with the ``SalesTableModel`` context) and their SQL sort field."""
COL_TIME, COL_AMOUNT, COL_DUE, COL_RECEIVED, COL_STATUS = 0, 1, 2, 3, 4
COL_NOTE, COL_TX = 7, 8
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_ALIGN = tuple(_RIGHT if c in (COL_AMOUNT, COL_DUE, COL_RECEIVED) else _LEFT for c in range(9))

Loaded = tuple[HistoryPage, tuple[tuple[str, ...], ...]]


def load_page(
    history: HistoryService,
    actor: Actor,
    filt: HistoryFilter,
    sort: SortOrder,
    after: tuple[Any, ...] | None,
    limit: int,
    tz: tzinfo | None,
) -> Loaded:
    """One page and its display texts (runs on a pool thread)."""
    page = history.page(filt, actor, sort=sort, after=after, limit=limit)
    return page, tuple(display_row(r, tz) for r in page.rows)


class SalesTableModel(QAbstractTableModel):
    """Sales rows for a ``QTableView``; see the module docstring. GUI thread."""

    loading_changed = Signal(bool)
    page_loaded = Signal(int, float)
    """(rows now loaded, milliseconds the query took) after each page."""
    load_failed = Signal(str)

    def __init__(
        self,
        history: HistoryService,
        actor: Actor,
        runner: TaskRunner,
        *,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._history = history
        self._actor = actor
        self._runner = runner
        self._page_size = page_size
        self._filter = HistoryFilter()
        self._sort = SortOrder()
        self._rows: list[HistoryRow] = []
        self._texts: list[tuple[str, ...]] = []
        self._next_key: tuple[Any, ...] | None = None
        self._loading = False
        self._started = False
        self._bold = QFont()
        self._bold.setBold(True)
        self._mono = QFont("monospace")
        self._mono.setStyleHint(QFont.StyleHint.Monospace)
        self._colors = {k: QBrush(QColor(v)) for k, v in STATUS_COLORS.items()}

    # ---- state --------------------------------------------------------------------
    @property
    def current_filter(self) -> HistoryFilter:
        """The filter the rows belong to (or are being loaded for)."""
        return self._filter

    @property
    def current_sort(self) -> SortOrder:
        """The SQL order of the rows."""
        return self._sort

    @property
    def is_loading(self) -> bool:
        """True while a page is being fetched."""
        return self._loading

    @property
    def has_more(self) -> bool:
        """True when more rows exist after the loaded ones."""
        return self._next_key is not None

    def row_at(self, row: int) -> HistoryRow:
        """The session shown on ``row``."""
        return self._rows[row]

    def set_filter(self, filt: HistoryFilter) -> None:
        """Show the sessions of ``filt`` (first page loads in the background)."""
        self._filter = filt
        self.reload()

    def reload(self) -> None:
        """Fetch the first page again for the current filter and sort."""
        self._started = True
        self._request(after=None)

    # ---- Qt model API ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("SalesTableModel", COLUMNS[section][0])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _ALIGN[section]
            if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][1] is None:
                return self.tr("Not sortable")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= col < len(COLUMNS)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][col]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN[col]
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATUS:
            return self._colors.get(self._rows[row].status)
        if role == Qt.ItemDataRole.FontRole:
            if col == COL_STATUS and self._rows[row].status in ("paid", "paid_late"):
                return self._bold
            if col == COL_TX:
                return self._mono
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(self._rows[row], col)
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[row].id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt signature
        return not parent.isValid() and self._next_key is not None and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt signature
        if self.canFetchMore(parent):
            self._request(after=self._next_key)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by a sortable column (others are ignored)."""
        if not 0 <= column < len(COLUMNS) or COLUMNS[column][1] is None:
            return
        new = SortOrder(COLUMNS[column][1], order == Qt.SortOrder.DescendingOrder)
        if new == self._sort and self._started:
            return
        self._sort = new
        if self._started:
            self.reload()

    def sort_column(self) -> int:
        """The column index of the current sort field."""
        return next(i for i, (_n, f) in enumerate(COLUMNS) if f is self._sort.field)

    # ---- loading ---------------------------------------------------------------------
    def _request(self, after: tuple[Any, ...] | None) -> None:
        history, actor, tz = self._history, self._actor, self._history.tz
        filt, sort, size = self._filter, self._sort, self._page_size
        started = time.perf_counter()
        self._set_loading(True)

        def fetch() -> Loaded:
            return load_page(history, actor, filt, sort, after, size, tz)

        def done(result: Loaded | None) -> None:
            if result is not None:
                elapsed = (time.perf_counter() - started) * 1000
                self._apply(result, first=after is None, elapsed_ms=elapsed)

        self._runner.run(fetch, done, self._on_failed, key="sales-page", foreground=True)

    def _apply(self, result: Loaded, *, first: bool, elapsed_ms: float) -> None:
        page, texts = result
        if first:
            self.beginResetModel()
            self._rows = list(page.rows)
            self._texts = list(texts)
            self._next_key = page.next_key
            self.endResetModel()
        elif page.rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self._texts.extend(texts)
            self._next_key = page.next_key
            self.endInsertRows()
        else:
            self._next_key = None
        self._set_loading(False)
        self.page_loaded.emit(len(self._rows), elapsed_ms)

    def _on_failed(self, exc: Exception) -> None:
        self._set_loading(False)
        self.load_failed.emit(error_text(exc))

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def _tooltip(self, row: HistoryRow, col: int) -> str | None:
        if col == COL_TIME:
            return f"{local_datetime(row.created_at, self._history.tz, seconds=True)} · {row.id}"
        if col == COL_NOTE and row.note:
            return escaped(row.note)
        if col == COL_TX and row.last_tx_hash:
            return row.last_tx_hash
        return None
