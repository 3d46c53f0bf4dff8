"""Text that comes from outside — Horizon (memo, payer account), a customer, a note, a user or
shop name, an error message — is shown as text, never interpreted as Qt rich text.

Qt guesses: a ``QLabel``, ``QMessageBox`` or tooltip whose text *looks* like HTML
(``Qt.mightBeRichText``) is rendered as HTML, so a memo ``<h1>REFUNDED</h1><!--`` would
become a heading and hide the rest. Hence:

- ``PlainLabel``: a ``QLabel`` fixed to ``Qt.TextFormat.PlainText`` (every label in
  ``posapp/ui`` unless it deliberately shows markup);
- ``plain``: the same for an existing label or message box;
- ``escaped``: text turned into rich text that shows exactly that text (tooltips, item
  tooltips, static dialogs — places whose format cannot be set);
- ``html.escape`` on every value put inside deliberate markup.

GUI thread (widgets); ``escaped`` is pure.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

Plainable = TypeVar("Plainable", QLabel, QMessageBox)


class PlainLabel(QLabel):
    """A ``QLabel`` that always shows its text as plain text. GUI thread."""

    def __init__(self, text: str | QWidget = "", parent: QWidget | None = None) -> None:
        if isinstance(text, QWidget):  # QLabel(parent)
            text, parent = "", text
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)


def plain(widget: Plainable) -> Plainable:
    """``widget`` (a label or message box) set to show its text as plain text; returned for
    chaining. GUI thread."""
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def escaped(text: str) -> str:
    """Rich text that displays exactly ``text`` (``<`` shown as ``<``, line breaks kept), for
    tooltips and other places that always guess the format. Pure; any thread."""
    return QtGuiNamespace.convertFromPlainText(text)


class RichLabel(QLabel):
    """A ``QLabel`` that shows deliberate markup (``Qt.TextFormat.RichText``): every value
    put inside it must go through ``html.escape``. GUI thread."""

    def __init__(self, markup: str | QWidget = "", parent: QWidget | None = None) -> None:
        if isinstance(markup, QWidget):  # QLabel(parent)
            markup, parent = "", markup
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(markup)
