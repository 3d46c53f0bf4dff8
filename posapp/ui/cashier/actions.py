"""The cashier window's menu actions, built in one place (Picard style). GUI thread."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow


@dataclass(frozen=True, slots=True)
class CashierActions:
    """Every menu action of the cashier window."""

    charge: QAction
    cancel: QAction
    new_sale: QAction
    show_display: QAction
    display_fullscreen: QAction
    mute: QAction
    quit: QAction
    history: QAction
    settings: QAction
    switch_user: QAction
    print_receipt: QAction
    save_receipt: QAction
    items: QAction


def build_actions(window: QMainWindow, *, muted: bool, fullscreen: bool) -> CashierActions:
    """Create the actions and the Sale / View / Shop menus on ``window``. GUI thread.

    Enter, Esc and P (print the receipt) are handled by the window itself (so they also work
    from the note field and the customer display); their menu entries only name the key.
    """
    charge = QAction(QCoreApplication.translate("CashierActions", "Charge\tEnter"), window)
    cancel = QAction(QCoreApplication.translate("CashierActions", "Cancel sale\tEsc"), window)
    new_sale = QAction(QCoreApplication.translate("CashierActions", "New sale\tDel"), window)
    show_display = QAction(
        QCoreApplication.translate("CashierActions", "Show customer display"), window
    )
    show_display.setShortcut(QKeySequence("Ctrl+D"))
    display_fullscreen = QAction(
        QCoreApplication.translate(
            "CashierActions", "Customer display full screen on second screen"
        ),
        window,
    )
    display_fullscreen.setCheckable(True)
    display_fullscreen.setChecked(fullscreen)
    mute = QAction(QCoreApplication.translate("CashierActions", "Mute payment sound"), window)
    mute.setCheckable(True)
    mute.setChecked(muted)
    mute.setShortcut(QKeySequence("Ctrl+M"))
    quit_action = QAction(QCoreApplication.translate("CashierActions", "Quit"), window)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    history = QAction(QCoreApplication.translate("CashierActions", "Sales history…"), window)
    history.setShortcut(QKeySequence("Ctrl+H"))
    settings = QAction(QCoreApplication.translate("CashierActions", "Settings…"), window)
    items = QAction(QCoreApplication.translate("CashierActions", "Items…"), window)
    switch_user = QAction(QCoreApplication.translate("CashierActions", "Switch user"), window)
    switch_user.setShortcut(QKeySequence("Ctrl+L"))
    print_receipt = QAction(
        QCoreApplication.translate("CashierActions", "Print receipt\tP"), window
    )
    save_receipt = QAction(
        QCoreApplication.translate("CashierActions", "Save receipt as PDF…"), window
    )
    save_receipt.setShortcut(QKeySequence("Ctrl+Shift+P"))
    for action in (print_receipt, save_receipt):
        action.setEnabled(False)
    menu_bar = window.menuBar()
    sale = menu_bar.addMenu(QCoreApplication.translate("CashierActions", "&Sale"))
    sale.addAction(charge)
    sale.addAction(cancel)
    sale.addAction(new_sale)
    sale.addSeparator()
    sale.addAction(print_receipt)
    sale.addAction(save_receipt)
    sale.addSeparator()
    sale.addAction(quit_action)
    view = menu_bar.addMenu(QCoreApplication.translate("CashierActions", "&View"))
    view.addAction(show_display)
    view.addAction(display_fullscreen)
    view.addSeparator()
    view.addAction(mute)
    shop = menu_bar.addMenu(QCoreApplication.translate("CashierActions", "S&hop"))
    shop.addAction(history)
    shop.addAction(items)
    shop.addAction(settings)
    shop.addSeparator()
    shop.addAction(switch_user)
    return CashierActions(
        charge,
        cancel,
        new_sale,
        show_display,
        display_fullscreen,
        mute,
        quit_action,
        history,
        settings,
        switch_user,
        print_receipt,
        save_receipt,
        items,
    )
