"""Settings → Sales: tax mode, tips on the customer display and their choices, the
discount a cashier may give alone, and the amount above which a sale needs Enter twice;
then the shop's items (list, add or change, import and export CSV). GUI thread; the
catalog's reads and writes run as background tasks."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from posapp.core.catalog import CatalogItem
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.roles import Actor
from posapp.services.sales.catalog import CatalogService
from posapp.services.setup.provisioning import ProvisionRequest
from posapp.ui.common.formatting import shown_number, typed_number
from posapp.ui.common.i18n import current_language
from posapp.ui.common.plain_text import PlainLabel
from posapp.workers.errors import error_text
from posapp.workers.tasks import run_task

ITEM_COLUMNS = (
    QT_TRANSLATE_NOOP("ItemsPanel", "SKU"),
    QT_TRANSLATE_NOOP("ItemsPanel", "Name"),
    QT_TRANSLATE_NOOP("ItemsPanel", "Price"),
    QT_TRANSLATE_NOOP("ItemsPanel", "Category"),
    QT_TRANSLATE_NOOP("ItemsPanel", "Tax %"),
    QT_TRANSLATE_NOOP("ItemsPanel", "Barcode"),
    QT_TRANSLATE_NOOP("ItemsPanel", "On sale"),
)
"""The items table's column headers (translated in context ``ItemsPanel`` when shown)."""


class SalesFields(QWidget):
    """The shop's sales rules, read from and written into a ``ProvisionRequest``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tax_mode = QComboBox()
        self.tax_mode.setObjectName("taxModeCombo")
        self.tax_mode.addItem(self.tr("Prices include tax"), "inclusive")
        self.tax_mode.addItem(self.tr("Tax is added to prices"), "exclusive")
        self.tips = QCheckBox(self.tr("Offer tips on the customer display"))
        self.tips.setObjectName("tipsCheck")
        self.tip_percents = QLineEdit()
        self.tip_percents.setObjectName("tipPercentsEdit")
        self.tip_percents.setPlaceholderText("10, 15, 20")
        self.discount_limit = QLineEdit()
        self.discount_limit.setObjectName("discountLimitEdit")
        self.discount_limit.setMaximumWidth(80)
        self.confirm_above = QLineEdit()
        self.confirm_above.setObjectName("confirmAboveEdit")
        self.confirm_above.setMaximumWidth(120)
        form = QFormLayout(self)
        form.addRow(self.tr("Tax"), self.tax_mode)
        form.addRow("", self.tips)
        form.addRow(self.tr("Tip choices (%)"), self.tip_percents)
        form.addRow(self.tr("Discount a cashier may give alone (%)"), self.discount_limit)
        form.addRow(self.tr("Ask to confirm sales above (USDC)"), self.confirm_above)

    def fill(self, request: ProvisionRequest) -> None:
        """Show ``request``'s values."""
        self.tax_mode.setCurrentIndex(max(self.tax_mode.findData(request.tax_mode), 0))
        self.tips.setChecked(request.tips_enabled)
        self.tip_percents.setText(request.tip_percents)
        locale = current_language().locale
        self.discount_limit.setText(shown_number(request.discount_limit_percent, locale))
        self.confirm_above.setText(shown_number(request.confirm_above_usdc, locale))

    def read(self, request: ProvisionRequest) -> ProvisionRequest:
        """``request`` with these values (checked when the configuration is built)."""
        locale = current_language().locale
        return replace(
            request,
            tax_mode=str(self.tax_mode.currentData()),
            tips_enabled=self.tips.isChecked(),
            tip_percents=self.tip_percents.text(),
            discount_limit_percent=typed_number(self.discount_limit.text(), locale),
            confirm_above_usdc=typed_number(self.confirm_above.text(), locale),
        )


class ItemsPanel(QWidget):
    """The shop's items: a table, a form to add or change one, CSV import and export."""

    items_changed = Signal()

    def __init__(self, catalog: CatalogService, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self._catalog = catalog
        self._actor = actor
        self.items: list[CatalogItem] = []
        self.table = QTableWidget(0, len(ITEM_COLUMNS))
        self.table.setObjectName("itemsTable")
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("ItemsPanel", column) for column in ITEM_COLUMNS]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_selected)
        self.fields = {name: QLineEdit() for name in ("sku", "name", "price", "category",
                                                      "tax_rate", "barcode")}  # fmt: skip
        for name, edit in self.fields.items():
            edit.setObjectName(f"item_{name}")
        self.enabled = QCheckBox(self.tr("On sale"))
        self.enabled.setChecked(True)
        self.save_button = QPushButton(self.tr("Save item"))
        self.save_button.setObjectName("saveItemButton")
        self.save_button.clicked.connect(self.save_item)
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.import_button.clicked.connect(self._on_import_clicked)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self._on_export_clicked)
        self.message = PlainLabel()
        self.message.setObjectName("itemsMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        for label, name in ((self.tr("SKU"), "sku"), (self.tr("Name"), "name"),
                            (self.tr("Price"), "price"), (self.tr("Category"), "category"),
                            (self.tr("Tax %"), "tax_rate"),
                            (self.tr("Barcode"), "barcode")):  # fmt: skip
            form.addRow(label, self.fields[name])
        form.addRow("", self.enabled)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.import_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        """Read every item (background)."""
        run_task(self._catalog.all_items, self._on_loaded, self._on_failed, owner=self)

    def _on_loaded(self, items: list[CatalogItem]) -> None:
        self.items = items
        self.table.setRowCount(len(items))
        for r, item in enumerate(items):
            cells = (item.sku, item.name, f"{item.price:f}", item.category,
                     f"{item.tax_rate.normalize():f}", item.barcode or "",
                     self.tr("yes") if item.enabled else self.tr("no"))  # fmt: skip
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def _on_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        item = self.items[rows[0].row()]
        values = {"sku": item.sku, "name": item.name, "price": f"{item.price:f}",
                  "category": item.category, "tax_rate": f"{item.tax_rate.normalize():f}",
                  "barcode": item.barcode or ""}  # fmt: skip
        for name, value in values.items():
            self.fields[name].setText(value)
        self.enabled.setChecked(item.enabled)

    def save_item(self) -> None:
        """Add or change the item in the form (background)."""
        catalog, actor = self._catalog, self._actor
        values = {name: edit.text() for name, edit in self.fields.items()}
        enabled = self.enabled.isChecked()
        run_task(
            lambda: catalog.save_item(actor, enabled=enabled, **values),
            lambda item: self._done(self.tr("Saved {name}.").format(name=item.name)),
            self._on_failed, owner=self,
        )  # fmt: skip

    def import_file(self, path: Path) -> None:
        """Import a catalog CSV (all or nothing; background)."""
        catalog, actor = self._catalog, self._actor
        run_task(lambda: catalog.import_csv(path, actor),
                 lambda n: self._done(self.tr("%n items imported.", "", n)), self._on_failed,
                 owner=self)  # fmt: skip

    def _on_import_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import items"), "", self.tr("CSV (*.csv)")
        )
        if name:
            self.import_file(Path(name))

    def _on_export_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export items"), "items.csv", self.tr("CSV (*.csv)")
        )
        if name:
            catalog = self._catalog
            run_task(lambda: catalog.export_csv(Path(name)),
                     lambda n: self.message.setText(
                         self.tr("%n items written to {path}.", "", n).format(path=name)),
                     self._on_failed, owner=self)  # fmt: skip

    def _done(self, text: str) -> None:
        self.message.setText(text)
        self.reload()
        self.items_changed.emit()

    def _on_failed(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))


def sales_group(fields: SalesFields) -> QGroupBox:
    """The sales rules in a titled box."""
    box = QGroupBox(QCoreApplication.translate("SalesFields", "Sales"))
    inner = QVBoxLayout(box)
    inner.addWidget(fields)
    return box


class ItemsDialog(QDialog):
    """The shop's items on their own, for owners (Shop → Items…)."""

    def __init__(self, catalog: CatalogService, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Items"))
        self.resize(820, 620)
        self.panel = ItemsPanel(catalog, actor)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(close)
