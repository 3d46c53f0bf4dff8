"""The end-of-day (Z) report dialog: pick a day, cashier and terminal; preview; print on
paper or save as PDF (``QPrinter``). GUI thread; the report is built on a pool thread."""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QMarginsF, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from posapp.core.private_files import private_file
from posapp.services.backoffice.reports import ZReport, render_z_report_html
from posapp.ui.common.i18n import current_language
from posapp.ui.common.plain_text import PlainLabel, escaped
from posapp.ui.history.scope import HistoryScope
from posapp.workers.errors import error_text


def z_report_words(text: str) -> str:
    """The Z-report's own words in the current language (marked in the ``ZReport`` context)."""
    return QCoreApplication.translate("ZReport", text)


class ZReportDialog(QDialog):
    """Preview and print the Z-report."""

    report_shown = Signal(object)  # ZReport

    def __init__(self, scope: HistoryScope, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        services, self._actor, self._runner = scope.services, scope.actor, scope.runner
        self.setWindowTitle(self.tr("End-of-day report (Z)"))
        self.resize(980, 560)
        self._reports = services.reports
        self._history = services.history
        self.report: ZReport | None = None
        self.day = QDateEdit(calendarPopup=True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        today = self._reports.today()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.cashier = QComboBox()
        self.cashier.addItem(self.tr("All cashiers"), None)
        self.terminal = QComboBox()
        self.terminal.addItem(self.tr("All terminals"), None)
        self.preview = QTextBrowser()
        self.print_button = QPushButton(self.tr("Print…"))
        self.pdf_button = QPushButton(self.tr("Save PDF…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.print_button.setEnabled(False)
        self.pdf_button.setEnabled(False)
        top = QHBoxLayout()
        for label, widget in ((self.tr("Day"), self.day), (self.tr("Cashier"), self.cashier),
                              (self.tr("Terminal"), self.terminal)):  # fmt: skip
            top.addWidget(PlainLabel(label))
            top.addWidget(widget)
            top.addSpacing(10)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        for b in (self.print_button, self.pdf_button, self.close_button):
            bottom.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addLayout(bottom)
        self.day.dateChanged.connect(self.rebuild)
        self.cashier.currentIndexChanged.connect(self.rebuild)
        self.terminal.currentIndexChanged.connect(self.rebuild)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        self.close_button.clicked.connect(self.accept)
        self._runner.run(lambda: self._history.cashiers(self._actor), self._on_cashiers)
        self.rebuild()

    def selected_day(self) -> date:
        """The day the report is for."""
        return self.day.date().toPython()

    def rebuild(self, *_args: object) -> None:
        """Build the report for the chosen day/cashier/terminal in the background."""
        day = self.selected_day()
        cashier = self.cashier.currentData()
        terminal = self.terminal.currentData()
        reports, actor = self._reports, self._actor
        building = self.tr("Building the report…")
        self.preview.setHtml(f"<p>{escaped(building)}</p>")
        self._runner.run(
            lambda: reports.z_report(day, actor, cashier=cashier, terminal=terminal),
            self._on_report,
            lambda exc: self.preview.setHtml(
                escaped(
                    self.tr("Could not build the report: {error}").format(error=error_text(exc))
                )
            ),
            key="z-report",
        )

    def _html(self, report: ZReport) -> str:
        return render_z_report_html(
            report, self._reports.tz, z_report_words, current_language().locale
        )

    def document(self) -> QTextDocument:
        """The report as a printable document."""
        doc = QTextDocument()
        if self.report is not None:
            doc.setHtml(
                render_z_report_html(
                    self.report, self._reports.tz, z_report_words, current_language().locale
                )
            )
        return doc

    def save_pdf(self, path: Path) -> None:
        """Print the current report to a PDF file readable by this account only (0600)."""
        with contextlib.suppress(OSError):  # the printer reports an unwritable path
            private_file(path)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        self._print(printer)

    # ---- slots ----------------------------------------------------------------------
    def _on_report(self, report: ZReport) -> None:
        self.report = report
        self.preview.setHtml(
            render_z_report_html(
                report, self._reports.tz, z_report_words, current_language().locale
            )
        )
        self.print_button.setEnabled(True)
        self.pdf_button.setEnabled(True)
        if report.terminal is None and report.cashier is None:
            self._offer_terminals(sorted({line.terminal for line in report.lines}))
        self.report_shown.emit(report)

    def _on_cashiers(self, names: list[str]) -> None:
        self.cashier.blockSignals(True)
        for name in names:
            self.cashier.addItem(name or self.tr("(none)"), name)
        self.cashier.blockSignals(False)

    def _offer_terminals(self, names: list[str]) -> None:
        current = self.terminal.currentData()
        self.terminal.blockSignals(True)
        self.terminal.clear()
        self.terminal.addItem(self.tr("All terminals"), None)
        for name in names:
            self.terminal.addItem(name or self.tr("(none)"), name)
        index = self.terminal.findData(current) if current is not None else 0
        self.terminal.setCurrentIndex(max(index, 0))
        self.terminal.blockSignals(False)

    def _on_print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self._print(printer)

    def _on_pdf_clicked(self) -> None:
        name = f"z-report-{self.selected_day():%Y-%m-%d}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Z-report"), name, self.tr("PDF (*.pdf)")
        )
        if path:
            self.save_pdf(Path(path))

    def _print(self, printer: QPrinter) -> None:
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape,
                QMarginsF(12, 12, 12, 12),
                QPageLayout.Unit.Millimeter,
            )
        )
        self.document().print_(printer)
