"""Sales per hour, day or month as a bar chart (QtCharts). GUI thread.

The measure is chosen above the chart: sales value in one currency (currencies are never
added together), USDC received, or the number of paid sales.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.services.backoffice.history import Granularity, SalesChart
from posapp.ui.common.plain_text import PlainLabel
from posapp.ui.common.theme import CHART_BAR

COUNT = "count"
USDC = "usdc"
BAR_COLOR = QColor(CHART_BAR)
GRAIN_TITLES = {
    Granularity.HOUR: QT_TRANSLATE_NOOP("SalesChartView", "{measure} per hour"),
    Granularity.DAY: QT_TRANSLATE_NOOP("SalesChartView", "{measure} per day"),
    Granularity.MONTH: QT_TRANSLATE_NOOP("SalesChartView", "{measure} per month"),
}
"""The chart's title per bucket size; ``{measure}`` is the chosen measure's name."""


class SalesChartView(QWidget):
    """A measure selector over a ``QChartView`` of the latest ``SalesChart``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.measure = QComboBox()
        self.measure.setAccessibleName(self.tr("Chart measure"))
        self.measure.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.title = PlainLabel(self.tr("Sales"))
        self.title.setStyleSheet("font-weight: bold;")
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.setBackgroundRoundness(0)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(170)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(PlainLabel(self.tr("Show")))
        top.addWidget(self.measure)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top)
        box.addWidget(self.view, 1)
        self.data: SalesChart | None = None
        self.measure.currentIndexChanged.connect(lambda _i: self._draw())

    def set_busy(self, busy: bool) -> None:
        """Dim the chart while a new one is computed."""
        self.view.setEnabled(not busy)

    def set_chart(self, data: SalesChart) -> None:
        """Show ``data``, keeping the chosen measure when it still applies."""
        self.data = data
        previous = self.measure.currentData()
        self.measure.blockSignals(True)
        self.measure.clear()
        for code in data.currencies:
            self.measure.addItem(self.tr("Sales ({currency})").format(currency=code), code)
        self.measure.addItem(self.tr("USDC received"), USDC)
        self.measure.addItem(self.tr("Number of paid sales"), COUNT)
        index = self.measure.findData(previous) if previous is not None else -1
        self.measure.setCurrentIndex(index if index >= 0 else 0)
        self.measure.blockSignals(False)
        self.set_busy(False)
        self._draw()

    def values(self) -> list[float]:
        """The plotted values (floats only for drawing; totals stay Decimal elsewhere)."""
        if self.data is None:
            return []
        measure = self.measure.currentData()
        out: list[float] = []
        for b in self.data.buckets:
            if measure == COUNT:
                out.append(float(b.paid_count))
            elif measure == USDC:
                out.append(float(b.usdc_received))
            else:
                out.append(float(b.sales.get(measure, Decimal(0))))
        return out

    def _draw(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        if self.data is None or not self.data.buckets:
            self.title.setText(self.tr("Sales — nothing in this period"))
            return
        title = QCoreApplication.translate("SalesChartView", GRAIN_TITLES[self.data.granularity])
        self.title.setText(title.format(measure=self.measure.currentText()))
        values = self.values()
        top = max(values) if values else 0.0
        scale, unit = (
            (1e6, self.tr("millions"))
            if top >= 1e6
            else (1e3, self.tr("thousands"))
            if top >= 1e4
            else (1, "")
        )
        values = [v / scale for v in values]
        top /= scale
        bars = QBarSet(self.measure.currentText())
        bars.setColor(BAR_COLOR)
        bars.setBorderColor(BAR_COLOR)
        bars.append(values)
        series = QBarSeries()
        series.setBarWidth(0.8)
        series.append(bars)
        self.chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(_unique([b.label for b in self.data.buckets]))
        x.setGridLineVisible(False)
        if len(values) > 16:
            x.setLabelsAngle(-90)
        font = x.labelsFont()
        font.setPointSizeF(max(6.5, font.pointSizeF() * (0.8 if len(values) > 24 else 0.9)))
        x.setLabelsFont(font)
        y = QValueAxis()
        y.setRange(0, top * 1.1 if top > 0 else 1)
        y.setLabelFormat("%.0f" if top >= 10 else "%.1f" if top >= 1 else "%.2f")
        y.applyNiceNumbers()
        if unit:
            y.setTitleText(unit)
            title_font = y.titleFont()
            title_font.setPointSizeF(max(6.5, title_font.pointSizeF() * 0.8))
            title_font.setBold(False)
            y.setTitleFont(title_font)
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)


def _unique(labels: list[str]) -> list[str]:
    """Category labels must be unique: repeat labels get a zero-width suffix."""
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        n = seen.get(label, 0)
        seen[label] = n + 1
        out.append(label + "\u200b" * n)
    return out
