"""Message boxes shown before any window exists (start-up problems). GUI thread."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

INIT_EXAMPLE = (
    'posapp init --network testnet --account G… --currency INR --rate 84.10 --shop-name "My shop"'
)


def not_configured_box(data_dir: Path) -> QMessageBox:
    """Tells the admin that this counter is not set up and how to do it."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("StartupDialogs", "posapp is not set up yet"),
        "",
    )
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(
        QCoreApplication.translate(
            "StartupDialogs",
            "<b>This counter is not set up yet.</b><br><br>"
            "Ask your administrator to run, in a terminal:<br>"
            "<pre>{command}</pre>"
            "Data folder: <code>{folder}</code><br><br>"
            "(A setup wizard will do this from here in a later version.) Try "
            "<code>posapp --demo</code> to see posapp on a built-in test network.",
        ).format(command=INIT_EXAMPLE, folder=html.escape(str(data_dir)))
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box


def startup_error_box(reason: str) -> QMessageBox:
    """posapp cannot start: one clear reason."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("StartupDialogs", "posapp cannot start"),
        reason,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box
