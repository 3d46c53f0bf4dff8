"""The cart beside the keypad: the shop's items by category and search, the lines rung up,
a cart discount and a tip, and the exact totals.

The keypad stays the fastest path: with an empty cart, Enter charges the keyed amount as
before. Items come from the catalog kept in memory (``CatalogSnapshot``), so searching
never waits on the database; pricing is pure Decimal arithmetic (``SessionService.price``).
GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from posapp.core.cart import CartLine, Discount, PricedCart, Tip
from posapp.core.catalog import CatalogItem
from posapp.core.errors import PosappError
from posapp.core.money import parse_amount
from posapp.services.sales.catalog import CatalogSnapshot
from posapp.ui.common.formatting import Formatter
from posapp.ui.common.plain_text import PlainLabel
from posapp.workers.errors import error_text

GRID_COLUMNS = 3
GRID_ITEMS = 24
"""Item buttons shown at once (search narrows the rest)."""

Pricer = Callable[..., PricedCart]


class CartPanel(QWidget):
    """Items to pick and the cart being rung up."""

    changed = Signal(object)
    """The cart as priced now (``PricedCart``), or None when it is empty."""

    def __init__(self, pricer: Pricer, formatter: Formatter, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cartPanel")
        self._price = pricer
        self._fmt = formatter
        self._snapshot: CatalogSnapshot | None = None
        self.lines: list[CartLine] = []
        self.cart_discount: Discount | None = None
        self.tip: Tip | None = None
        self.priced: PricedCart | None = None

        self.search = QLineEdit()
        self.search.setObjectName("cartSearch")
        self.search.setPlaceholderText(self.tr("Search items"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.show_items())
        self.category = QComboBox()
        self.category.setObjectName("cartCategory")
        self.category.currentTextChanged.connect(lambda _t: self.show_items())
        self.grid_box = QWidget()
        self.grid = QGridLayout(self.grid_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.item_buttons: list[QPushButton] = []
        self.shown_items: list[CatalogItem] = []

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("cartLines")
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Qty"), self.tr("Amount")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.plus = QPushButton("+1")
        self.minus = QPushButton("−1")
        self.remove = QPushButton(self.tr("Remove"))
        self.clear_button = QPushButton(self.tr("Clear cart"))
        for name, button, slot in (
            ("cartPlus", self.plus, lambda: self.change_quantity(+1)),
            ("cartMinus", self.minus, lambda: self.change_quantity(-1)),
            ("cartRemove", self.remove, self.remove_selected),
            ("cartClear", self.clear_button, self.clear),
        ):
            button.setObjectName(name)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
        self.line_discount_edit = QLineEdit()
        self.line_discount_edit.setObjectName("lineDiscount")
        self.line_discount_edit.setPlaceholderText(self.tr("Line discount: 10% or 5.00"))
        self.line_discount_edit.editingFinished.connect(self._on_line_discount_edited)
        self.discount_edit = QLineEdit()
        self.discount_edit.setObjectName("cartDiscount")
        self.discount_edit.setPlaceholderText(self.tr("Cart discount: 10% or 5.00"))
        self.discount_edit.editingFinished.connect(self._on_discount_edited)
        self.tip_edit = QLineEdit()
        self.tip_edit.setObjectName("cartTip")
        self.tip_edit.setPlaceholderText(self.tr("Tip: 10% or 20"))
        self.tip_edit.editingFinished.connect(self._on_tip_edited)
        self.totals = PlainLabel()
        self.totals.setObjectName("cartTotals")
        self.totals.setWordWrap(True)
        self.total = PlainLabel()
        self.total.setObjectName("cartTotal")
        font = self.total.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.total.setFont(font)
        self.problem = PlainLabel()
        self.problem.setObjectName("cartProblem")
        self.problem.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.category, 1)
        edits = QHBoxLayout()
        for button in (self.plus, self.minus, self.remove, self.clear_button):
            edits.addWidget(button)
        extras = QHBoxLayout()
        extras.addWidget(self.line_discount_edit)
        extras.addWidget(self.discount_edit)
        extras.addWidget(self.tip_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.grid_box)
        layout.addWidget(self.table, 1)
        layout.addLayout(edits)
        layout.addLayout(extras)
        layout.addWidget(self.totals)
        layout.addWidget(self.total)
        layout.addWidget(self.problem)
        self._reprice()

    # catalog ------------------------------------------------------------------------------
    def set_catalog(self, snapshot: CatalogSnapshot) -> None:
        """Show the items of ``snapshot`` (loaded in the background)."""
        self._snapshot = snapshot
        current = self.category.currentText()
        every = self.tr("All", "every category of items")
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItems([every, *snapshot.categories])
        self.category.setCurrentText(current if current else every)
        self.category.blockSignals(False)
        self.show_items()

    def item_for_code(self, code: str) -> CatalogItem | None:
        """The enabled item with this SKU or barcode (a scanner's code), if any."""
        if self._snapshot is None or not code:
            return None
        return self._snapshot.by_code.get(code)

    def show_items(self) -> None:
        """Refill the grid from the search text and category (a fixed set of buttons is
        relabelled, never rebuilt, so typing stays quick)."""
        if self._snapshot is None:
            return
        category = self.category.currentText() if self.category.currentIndex() > 0 else ""
        found = self._snapshot.search(self.search.text(), category or None, GRID_ITEMS)
        self.shown_items = found
        for index, button in enumerate(self._buttons()):
            if index < len(found):
                item = found[index]
                button.setText(f"{item.name}\n{self._fmt.fiat(item.price)}")
                button.setObjectName(f"item_{item.sku}")
                button.show()
            else:
                button.hide()

    def _buttons(self) -> list[QPushButton]:
        if not self.item_buttons:
            for index in range(GRID_ITEMS):
                button = QPushButton()
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.setMinimumHeight(48)
                button.clicked.connect(lambda _c=False, i=index: self._on_item_clicked(i))
                button.hide()
                self.grid.addWidget(button, index // GRID_COLUMNS, index % GRID_COLUMNS)
                self.item_buttons.append(button)
        return self.item_buttons

    def _on_item_clicked(self, index: int) -> None:
        if index < len(self.shown_items):
            self.add_item(self.shown_items[index])

    # the cart -----------------------------------------------------------------------------
    def add_item(self, item: CatalogItem, quantity: int = 1) -> None:
        """One more of ``item`` (a line of its own, or the same line again)."""
        for i, line in enumerate(self.lines):
            if line.sku == item.sku and line.discount is None:
                self._set_line(i, replace(line, quantity=line.quantity + quantity))
                return
        self.lines.append(
            CartLine(item.name, item.price, quantity, item.tax_rate, item.sku, item.category)
        )
        self._reprice(select=len(self.lines) - 1)

    def add_amount(self, amount: Decimal) -> None:
        """A keyed amount as a line of its own."""
        self.lines.append(CartLine(self.tr("Amount", "cart line of a keyed amount"), amount))
        self._reprice(select=len(self.lines) - 1)

    def change_quantity(self, delta: int) -> None:
        """Change the selected line's quantity (removing it at zero)."""
        row = self._selected_row()
        if row is None:
            return
        quantity = self.lines[row].quantity + delta
        if quantity <= 0:
            self.remove_selected()
        else:
            self._set_line(row, replace(self.lines[row], quantity=quantity))

    def remove_selected(self) -> None:
        """Remove the selected line."""
        row = self._selected_row()
        if row is not None:
            del self.lines[row]
            self._reprice(select=min(row, len(self.lines) - 1))

    def clear(self) -> None:
        """Empty the cart (after a charge, or when the cashier starts over)."""
        self.lines = []
        self.cart_discount = None
        self.tip = None
        self.discount_edit.clear()
        self.tip_edit.clear()
        self._reprice()

    def set_tip(self, tip: Tip | None) -> None:
        """The tip chosen on the customer display (or None)."""
        self.tip = tip
        self._reprice()

    @property
    def is_empty(self) -> bool:
        """True without lines."""
        return not self.lines

    def _set_line(self, row: int, line: CartLine) -> None:
        self.lines[row] = line
        self._reprice(select=row)

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        return len(self.lines) - 1 if self.lines else None

    def _on_line_discount_edited(self) -> None:
        """The discount typed applies to the selected line (empty: none)."""
        row = self._selected_row()
        if row is None:
            return
        discount = self._percent_or_amount(self.line_discount_edit.text(), Discount)
        if discount is None and self.line_discount_edit.text().strip():
            return  # a bad value: the problem is shown, the line keeps its discount
        self.line_discount_edit.clear()
        self._set_line(row, replace(self.lines[row], discount=discount))  # type: ignore[arg-type]

    def _on_discount_edited(self) -> None:
        self.cart_discount = self._percent_or_amount(self.discount_edit.text(), Discount)
        self._reprice()

    def _on_tip_edited(self) -> None:
        self.tip = self._percent_or_amount(self.tip_edit.text(), Tip)
        self._reprice()

    def _percent_or_amount(self, text: str, kind: type) -> object | None:
        text = text.strip()
        if not text:
            return None
        try:
            if text.endswith("%"):
                percent = self._fmt.plain_number(text[:-1])
                return kind(percent=parse_amount(percent, places=2, maximum=Decimal(100)))
            return kind(amount=parse_amount(self._fmt.plain_number(text), places=self._fmt.places))
        except PosappError as exc:
            self.problem.setText(error_text(exc))
            return None

    def _reprice(self, select: int | None = None) -> None:
        self.problem.setText("")
        priced = None
        if self.lines:
            try:
                priced = self._price(self.lines, cart_discount=self.cart_discount, tip=self.tip)
            except PosappError as exc:
                self.problem.setText(error_text(exc))
        self.priced = priced
        self._show_lines(priced)
        if select is not None and 0 <= select < len(self.lines):
            self.table.selectRow(select)
        self.changed.emit(priced)

    def _show_lines(self, priced: PricedCart | None) -> None:
        fmt = self._fmt
        self.table.setRowCount(len(self.lines))
        for r, line in enumerate(self.lines):
            amount = priced.lines[r].net if priced is not None else line.unit_price
            name = line.name
            if line.discount is not None:
                name = self.tr("{name}  (−{discount})").format(
                    name=line.name, discount=line.discount.describe()
                )
            cells = (name, str(line.quantity), fmt.fiat(amount))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        if priced is None:
            self.totals.setText(self.tr("Cart empty: tap items, scan a barcode, or key an amount."))
            self.total.setText("")
            return
        self.totals.setText(
            self._totals_template(priced).format(
                subtotal=fmt.fiat(priced.subtotal),
                discount=fmt.fiat(priced.discount),
                tax=fmt.fiat(priced.tax),
                tip=fmt.fiat(priced.tip),
            )
        )
        self.total.setText(self.tr("Total {total}").format(total=fmt.fiat(priced.total)))

    def _totals_template(self, priced: PricedCart) -> str:
        """The totals line for the parts this cart has (one whole template per case)."""
        added = priced.tax_mode.value == "exclusive"
        if priced.discount and priced.tip:
            if added:
                return self.tr(
                    "Subtotal {subtotal} · discount −{discount} · tax {tax} added · tip {tip}"
                )
            return self.tr(
                "Subtotal {subtotal} · discount −{discount} · tax {tax} incl. · tip {tip}"
            )
        if priced.discount:
            if added:
                return self.tr("Subtotal {subtotal} · discount −{discount} · tax {tax} added")
            return self.tr("Subtotal {subtotal} · discount −{discount} · tax {tax} incl.")
        if priced.tip:
            if added:
                return self.tr("Subtotal {subtotal} · tax {tax} added · tip {tip}")
            return self.tr("Subtotal {subtotal} · tax {tax} incl. · tip {tip}")
        if added:
            return self.tr("Subtotal {subtotal} · tax {tax} added")
        return self.tr("Subtotal {subtotal} · tax {tax} incl.")
