"""What the GUI start-up and the running counter share about screens, without loading the
counter's windows (docs/design.md "Start-up"): which Qt platforms have nobody in front of
them, and bringing a window forward. GUI thread."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

HEADLESS_PLATFORMS = ("offscreen", "minimal")
"""Qt platforms without a screen: nobody could click a message box or fill in the wizard."""


def bring_to_front(window: QWidget) -> None:
    """Raise and focus ``window`` where the platform can (not offscreen). GUI thread."""
    if QGuiApplication.platformName() in HEADLESS_PLATFORMS:
        return
    window.raise_()
    window.activateWindow()
