"""The touch keypad: digits, 00, decimal, backspace, clear and a tall Charge key.

Layout (calculator order, Charge where a thumb expects Enter)::

    7   8   9   ⌫
    4   5   6   C
    1   2   3   Charge
    00  0   .   Charge

Buttons never take keyboard focus, so touching them keeps the keyboard working.
Emits ``key_pressed`` with the same key names as :class:`AmountBuffer` and
``charge_pressed`` for Charge. GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from posapp.ui.cashier.amount_entry import KEY_BACK, KEY_CLEAR, KEY_DECIMAL, KEY_DOUBLE_ZERO

ROWS = (
    ("7", "8", "9", KEY_BACK),
    ("4", "5", "6", KEY_CLEAR),
    ("1", "2", "3", None),
    (KEY_DOUBLE_ZERO, "0", KEY_DECIMAL, None),
)
BACK_LABEL = "⌫"
KEY_HEIGHT = 72
MAX_KEY_HEIGHT = 104
KEY_CHARGE = "charge"
KEY_CANCEL = "cancel"
_SPECIAL_KEYS = {
    Qt.Key.Key_Return.value: KEY_CHARGE,
    Qt.Key.Key_Enter.value: KEY_CHARGE,
    Qt.Key.Key_Escape.value: KEY_CANCEL,
    Qt.Key.Key_Backspace.value: KEY_BACK,
    Qt.Key.Key_Delete.value: KEY_CLEAR,
}


class Keypad(QWidget):
    """A grid of large keys (GUI thread)."""

    key_pressed = Signal(str)
    charge_pressed = Signal()

    def __init__(self, decimal_symbol: str, decimals: int, parent: QWidget | None = None) -> None:
        """``decimals`` 0 disables the decimal key (e.g. JPY). GUI thread."""
        super().__init__(parent)
        self._decimals = decimals
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        for row, keys in enumerate(ROWS):
            for column, key in enumerate(keys):
                if key is None:
                    continue
                label = {
                    KEY_BACK: BACK_LABEL,
                    KEY_CLEAR: self.tr("C", "keypad key that clears the amount"),
                    KEY_DECIMAL: decimal_symbol,
                }
                button = self._button(label.get(key, key), key)
                if key in (KEY_BACK, KEY_CLEAR):
                    button.setObjectName("editKey")
                    button.setToolTip(
                        self.tr("Backspace") if key == KEY_BACK else self.tr("Clear (Delete)")
                    )
                if key == KEY_BACK:
                    button.setAutoRepeat(True)
                grid.addWidget(button, row, column)
        self.buttons[KEY_DECIMAL].setEnabled(decimals > 0)
        charge = QPushButton(self.tr("Charge\n⏎"))
        charge.setObjectName("chargeKey")
        charge.setToolTip(self.tr("Charge (Enter)"))
        charge.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        charge.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        charge.setMaximumHeight(2 * MAX_KEY_HEIGHT + grid.spacing())
        charge.clicked.connect(self.charge_pressed)
        grid.addWidget(charge, 2, 3, 2, 1)
        self.charge_button = charge
        for column in range(4):
            grid.setColumnStretch(column, 1)

    def _button(self, label: str, key: str) -> QPushButton:
        button = QPushButton(label)
        button.setObjectName("key")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumHeight(KEY_HEIGHT)
        button.setMaximumHeight(MAX_KEY_HEIGHT)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.clicked.connect(lambda: self.key_pressed.emit(key))
        self.buttons[key] = button
        return button

    def set_entry_enabled(self, enabled: bool) -> None:
        """Enable or disable the amount keys (not Charge). GUI thread."""
        for key, button in self.buttons.items():
            button.setEnabled(enabled and (key != KEY_DECIMAL or self._decimals > 0))

    def set_charge_enabled(self, enabled: bool) -> None:
        """Enable or disable Charge. GUI thread."""
        self.charge_button.setEnabled(enabled)


def token_for_key(key: int | Qt.Key, text: str, modifiers: Qt.KeyboardModifier) -> str | None:
    """The keypad token for a keyboard key, or None when the keypad does not use it.

    Digits and ``.``/``,`` type; Backspace erases; Delete clears; Enter charges; Esc cancels.
    Keys held with Ctrl, Alt or Meta are left to menus and shortcuts.
    """
    if modifiers & (
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.MetaModifier
    ):
        return None
    code = key.value if isinstance(key, Qt.Key) else int(key)
    if code in _SPECIAL_KEYS:
        return _SPECIAL_KEYS[code]
    if len(text) == 1 and text in "0123456789":
        return text
    if text in (".", ","):
        return KEY_DECIMAL
    return None
