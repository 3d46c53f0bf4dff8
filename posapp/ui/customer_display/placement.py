"""Where the two windows go: the customer display full screen on a second monitor when
there is one (and the setting allows it), else both side by side on the one screen.

GUI thread.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from posapp.ui.counter_prefs import CounterPrefs

CASHIER_SHARE = 0.56
MIN_CASHIER_WIDTH = 940
MIN_DISPLAY_WIDTH = 480


def pick_display_screen(
    screens: Sequence[QScreen], primary: QScreen | None, preferred: str
) -> QScreen | None:
    """The screen for the customer display: the preferred one if present, else the first
    that is not the primary; None when there is only one screen."""
    others = [s for s in screens if s is not primary]
    if not others:
        return None
    for screen in others:
        if preferred and screen.name() == preferred:
            return screen
    return others[0]


def side_by_side(area: QRect) -> tuple[QRect, QRect]:
    """Split one screen's available area: cashier on the left, display on the right."""
    cashier_width = max(int(area.width() * CASHIER_SHARE), MIN_CASHIER_WIDTH)
    cashier_width = min(cashier_width, area.width())
    display_width = max(area.width() - cashier_width, MIN_DISPLAY_WIDTH)
    cashier = QRect(area.x(), area.y(), cashier_width, area.height())
    display = QRect(area.right() + 1 - display_width, area.y(), display_width, area.height())
    return cashier, display


def arrange_windows(cashier: QWidget, display: QWidget, prefs: CounterPrefs) -> str:
    """Place and show both windows; return a short description of what was done."""
    primary = QGuiApplication.primaryScreen()
    target = pick_display_screen(QGuiApplication.screens(), primary, prefs.display_screen)
    if primary is None:
        cashier.show()
        display.show()
        return "no screen information"
    if target is not None:
        cashier.setGeometry(primary.availableGeometry())
        cashier.showMaximized()
        display.setScreen(target)
        display.setGeometry(target.availableGeometry())
        if prefs.display_fullscreen:
            display.showFullScreen()
            return f"customer display full screen on {target.name()}"
        display.show()
        return f"customer display on {target.name()}"
    cashier_rect, display_rect = side_by_side(primary.availableGeometry())
    cashier.setGeometry(cashier_rect)
    display.setGeometry(display_rect)
    cashier.show()
    display.show()
    return "one screen: windows side by side"
