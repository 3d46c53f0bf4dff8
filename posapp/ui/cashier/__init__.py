"""The cashier window and its parts (keypad, amount entry, sale panel, status bar)."""

from posapp.ui.cashier.window import CashierWindow

__all__ = ["CashierWindow"]
