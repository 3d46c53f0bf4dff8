"""Small widgets shared by the setup wizard, the settings dialog and the login screen:
coloured notices, check rows, a show-once secret with a copy button, form rows and titles.

GUI thread only.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from posapp.ui.common.plain_text import PlainLabel, RichLabel
from posapp.ui.common.theme import (
    AMBER_50,
    AMBER_300,
    AMBER_900,
    BLUE_50,
    BLUE_300,
    BLUE_900,
    GREEN_50,
    GREEN_300,
    GREEN_900,
    RED_50,
    RED_300,
    RED_900,
    SLATE_50,
    SLATE_300,
    SLATE_600,
    SLATE_900,
)

# colours: text, background, border
_KINDS = {
    "info": ("ℹ", BLUE_900, BLUE_50, BLUE_300),
    "ok": ("✓", GREEN_900, GREEN_50, GREEN_300),
    "warn": ("⚠", AMBER_900, AMBER_50, AMBER_300),
    "error": ("✕", RED_900, RED_50, RED_300),
}


class Notice(QFrame):
    """A coloured box with a symbol and wrapped text: ``info``, ``ok``, ``warn``, ``error``.
    Hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self._symbol = PlainLabel(self)
        self._symbol.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self._symbol.setFixedWidth(22)
        self._text = PlainLabel(self)
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(8)
        layout.addWidget(self._symbol)
        layout.addWidget(self._text, 1)
        self.kind = "info"
        self.hide()

    def show_message(self, kind: str, text: str) -> None:
        """Show ``text`` styled as ``kind``."""
        symbol, fg, bg, border = _KINDS[kind]
        self.kind = kind
        self.setStyleSheet(
            f"QFrame#notice {{ background: {bg}; border: 1px solid {border};"
            f" border-left: 4px solid {fg}; border-radius: 4px; }}"
            f" QLabel {{ color: {fg}; background: transparent; border: none; }}"
        )
        self._symbol.setText(symbol)
        self._text.setText(text)
        self.show()

    def text(self) -> str:
        """The message shown (empty when hidden)."""
        return "" if self.isHidden() else self._text.text()

    def clear(self) -> None:
        """Hide the notice."""
        self._text.clear()
        self.hide()


class CheckRow(QWidget):
    """One line of a check list: a coloured symbol, a bold title and an explanation."""

    def __init__(self, kind: str, title: str, detail: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        symbol, fg, _bg, _border = _KINDS[kind]
        self.kind = kind
        icon = PlainLabel(symbol, self)
        icon.setFixedWidth(22)
        icon.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        icon.setStyleSheet(f"color: {fg}; font-weight: bold; font-size: 15px;")
        body = RichLabel(f"<b>{_escape(title)}</b>" + (f"<br>{_escape(detail)}" if detail else ""))
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = f"{title} {detail}".strip()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(icon)
        layout.addWidget(body, 1)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SecretReveal(QFrame):
    """A secret shown once: monospace, selectable, with a Copy button. ``forget()`` wipes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("secretReveal")
        self.setStyleSheet(
            f"QFrame#secretReveal {{ background: {SLATE_50}; border: 1px solid {SLATE_300};"
            " border-radius: 6px; }"
        )
        self.field = QLineEdit(self)
        self.field.setReadOnly(True)
        self.field.setObjectName("secretField")
        self.field.setStyleSheet(
            "QLineEdit { font-family: 'DejaVu Sans Mono', monospace; font-size: 13px;"
            " border: none; background: transparent; }"
        )
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.note = PlainLabel(
            self.tr(
                "Shown only now: paste it into your backend's webhook settings. posapp keeps it"
                " in the OS keyring (never in its database) and will not show it again."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {SLATE_600}; font-size: 12px;")
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(row)
        layout.addWidget(self.note)

    def show_secret(self, secret: str) -> None:
        """Display ``secret`` (and the copy button)."""
        self.field.setText(secret)
        self.field.setCursorPosition(0)
        self.copy_button.setText(self.tr("Copy"))
        self.show()

    def forget(self) -> None:
        """Remove the secret from the widget."""
        self.field.clear()

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.field.text())
        self.copy_button.setText(self.tr("Copied ✓"))
        QTimer.singleShot(2000, self._reset_copy_label)

    def _reset_copy_label(self) -> None:
        if shiboken6.isValid(self):
            self.copy_button.setText(self.tr("Copy"))


def add_row(form: QFormLayout, text: str, field: QWidget | QLayout) -> QLabel:
    """Add ``text: field`` to ``form`` with the label centred on the field's first line."""
    label = PlainLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    label.setMinimumHeight(30)
    form.addRow(label, field)
    return label


def heading(text: str, parent: QWidget | None = None, size: int = 20) -> QLabel:
    """A bold title label."""
    label = PlainLabel(text, parent)
    label.setStyleSheet(f"font-size: {size}px; font-weight: 600; color: {SLATE_900};")
    label.setWordWrap(True)
    return label


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    """A grey, wrapped explanation label."""
    label = PlainLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {SLATE_600};")
    return label
