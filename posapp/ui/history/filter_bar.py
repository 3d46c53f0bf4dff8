"""The filter row of the sales tab: period preset (or custom days), status, cashier, search.

Emits ``filter_changed(HistoryFilter)`` at once for choices and 250 ms after typing stops
for the search box (Enter applies at once). GUI thread only.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.services.backoffice.history import HistoryFilter, HistoryService
from posapp.services.backoffice.localtime import DatePreset, to_local
from posapp.ui.common.plain_text import PlainLabel

PRESETS: tuple[tuple[str, DatePreset], ...] = (
    (QT_TRANSLATE_NOOP("FilterBar", "Today"), DatePreset.TODAY),
    (QT_TRANSLATE_NOOP("FilterBar", "Yesterday"), DatePreset.YESTERDAY),
    (QT_TRANSLATE_NOOP("FilterBar", "This week"), DatePreset.THIS_WEEK),
    (QT_TRANSLATE_NOOP("FilterBar", "Last 7 days"), DatePreset.LAST_7_DAYS),
    (QT_TRANSLATE_NOOP("FilterBar", "This month"), DatePreset.THIS_MONTH),
    (QT_TRANSLATE_NOOP("FilterBar", "Last 30 days"), DatePreset.LAST_30_DAYS),
    (QT_TRANSLATE_NOOP("FilterBar", "All time"), DatePreset.ALL),
    (QT_TRANSLATE_NOOP("FilterBar", "Custom…"), DatePreset.CUSTOM),
)
STATUS_CHOICES: tuple[tuple[str, frozenset[str]], ...] = (
    (QT_TRANSLATE_NOOP("FilterBar", "All statuses"), frozenset()),
    (QT_TRANSLATE_NOOP("FilterBar", "Paid (on time or late)"), frozenset({"paid", "paid_late"})),
    (QT_TRANSLATE_NOOP("FilterBar", "Paid on time"), frozenset({"paid"})),
    (QT_TRANSLATE_NOOP("FilterBar", "Paid late"), frozenset({"paid_late"})),
    (QT_TRANSLATE_NOOP("FilterBar", "Partially paid"), frozenset({"partially_paid"})),
    (
        QT_TRANSLATE_NOOP("FilterBar", "Waiting for payment or partially paid"),
        frozenset({"open", "partially_paid"}),
    ),
    (QT_TRANSLATE_NOOP("FilterBar", "Expired"), frozenset({"expired"})),
    (QT_TRANSLATE_NOOP("FilterBar", "Cancelled"), frozenset({"cancelled"})),
    (
        QT_TRANSLATE_NOOP("FilterBar", "Not paid (expired or cancelled)"),
        frozenset({"expired", "cancelled"}),
    ),
)
SEARCH_DELAY_MS = 250
DEFAULT_PRESET = DatePreset.LAST_30_DAYS


class FilterBar(QWidget):
    """Filter controls; ``current_filter()`` is always the filter they describe."""

    filter_changed = Signal(object)  # HistoryFilter

    def __init__(self, history: HistoryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._history = history
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for label, _preset in PRESETS:
            self.period.addItem(QCoreApplication.translate("FilterBar", label))
        self.first_day = QDateEdit(calendarPopup=True)
        self.last_day = QDateEdit(calendarPopup=True)
        for edit, name in ((self.first_day, self.tr("From")), (self.last_day, self.tr("To"))):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        today = to_local(history.now(), history.tz).date()
        self.first_day.setDate(_qdate(today - timedelta(days=6)))
        self.last_day.setDate(_qdate(today))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for label, _statuses in STATUS_CHOICES:
            self.status.addItem(QCoreApplication.translate("FilterBar", label))
        self.cashier = QComboBox()
        self.cashier.setAccessibleName(self.tr("Cashier"))
        self.cashier.addItem(self.tr("All cashiers"), None)
        self.cashier.setMinimumContentsLength(12)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search note, pay_… id, tx hash or G… payer"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(300)
        self.search.setAccessibleName(self.tr("Search"))
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(PlainLabel(self.tr("Period")))
        layout.addWidget(self.period)
        self._dash = PlainLabel("–")
        for w in (self.first_day, self._dash, self.last_day):
            layout.addWidget(w)
        layout.addSpacing(12)
        layout.addWidget(PlainLabel(self.tr("Status")))
        layout.addWidget(self.status)
        layout.addSpacing(12)
        layout.addWidget(PlainLabel(self.tr("Cashier")))
        layout.addWidget(self.cashier)
        layout.addSpacing(12)
        layout.addWidget(self.search, 1)

        self.set_preset(DEFAULT_PRESET, emit=False)
        self.period.currentIndexChanged.connect(self._on_period_changed)
        self.first_day.dateChanged.connect(self._emit)
        self.last_day.dateChanged.connect(self._emit)
        self.status.currentIndexChanged.connect(self._emit)
        self.cashier.currentIndexChanged.connect(self._emit)
        self.search.textEdited.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._emit)
        self.search.textChanged.connect(self._on_search_cleared)
        self._debounce.timeout.connect(self._emit)

    # ---- public ---------------------------------------------------------------------
    def current_filter(self) -> HistoryFilter:
        """The filter the controls describe, with the period resolved at this moment."""
        preset = self.preset()
        if preset is DatePreset.CUSTOM:
            first, last = sorted(
                (self.first_day.date().toPython(), self.last_day.date().toPython())
            )
            start, end = self._history.preset(preset, first_day=first, last_day=last)
        else:
            start, end = self._history.preset(preset)
        return HistoryFilter(
            start=start,
            end=end,
            statuses=STATUS_CHOICES[max(self.status.currentIndex(), 0)][1],
            cashier=self.cashier.currentData(),
            text=self.search.text().strip(),
        )

    def preset(self) -> DatePreset:
        """The chosen period preset."""
        return PRESETS[max(self.period.currentIndex(), 0)][1]

    def set_preset(self, preset: DatePreset, *, emit: bool = True) -> None:
        """Choose a period preset (emits ``filter_changed`` unless ``emit`` is False)."""
        index = [p for _label, p in PRESETS].index(preset)
        with QSignalBlocker(self.period):
            self.period.setCurrentIndex(index)
        self._show_custom(preset is DatePreset.CUSTOM)
        if emit:
            self._emit()

    def set_status_choice(self, statuses: frozenset[str]) -> None:
        """Choose the status entry selecting exactly ``statuses`` (emits)."""
        index = [s for _label, s in STATUS_CHOICES].index(frozenset(statuses))
        self.status.setCurrentIndex(index)

    def set_cashiers(self, names: list[str]) -> None:
        """Offer these cashier names (keeps the current choice when still present)."""
        current = self.cashier.currentData()
        with QSignalBlocker(self.cashier):
            self.cashier.clear()
            self.cashier.addItem(self.tr("All cashiers"), None)
            for name in names:
                self.cashier.addItem(name or self.tr("(none)"), name)
            index = self.cashier.findData(current) if current is not None else 0
            self.cashier.setCurrentIndex(max(index, 0))

    # ---- slots ----------------------------------------------------------------------
    def _on_period_changed(self, _index: int) -> None:
        self._show_custom(self.preset() is DatePreset.CUSTOM)
        self._emit()

    def _on_search_cleared(self, text: str) -> None:
        if not text:  # the clear button: apply at once
            self._debounce.stop()
            self._emit()

    def _show_custom(self, shown: bool) -> None:
        for w in (self.first_day, self._dash, self.last_day):
            w.setVisible(shown)

    def _emit(self, *_args: object) -> None:
        self._debounce.stop()
        self.filter_changed.emit(self.current_filter())


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
