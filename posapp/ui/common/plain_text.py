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

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import QLabel, QMessageBox, QSizePolicy, QWidget

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


class ElidedLabel(PlainLabel):
    """A one-line plain label that never pushes its neighbours away: in less room than its
    text needs it shows the text cut with "…" and the whole of it as its tooltip. ``text()``
    is always the whole text. GUI thread."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        padding_x: int = 0,
        min_width: int = 60,
        cut_tooltip: bool = True,
    ) -> None:
        """``padding_x``: the style sheet's left and right padding; ``cut_tooltip``: show
        the whole text as the tooltip while it is cut (off: the caller sets its own)."""
        self._full = ""
        self._padding_x = padding_x
        self._min_width = min_width
        self._cut_tooltip = cut_tooltip
        super().__init__("", parent)
        self.setProperty("elides", True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def text(self) -> str:
        """The whole text, however much of it shows."""
        return self._full

    def setText(self, text: str) -> None:
        """Show ``text`` (cut to the width when it must be)."""
        self._full = text
        self._elide()
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        """Room for a few letters and "…", not the whole text."""
        return QSize(self._min_width, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        """The whole text's size, so it shows whole where there is room."""
        margins = self.contentsMargins()
        extra = margins.left() + margins.right() + 2 * (self._padding_x + self.margin()) + 2
        return QSize(
            self.fontMetrics().horizontalAdvance(self._full) + extra, super().sizeHint().height()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Cut the text again for the new width."""
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.contentsRect().width() - 2 * (self._padding_x + self.margin())
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(room, 0))
        if self.width() <= 1:
            shown = self._full
        if shown != super().text():
            super().setText(shown)
        if self._cut_tooltip:
            self.setToolTip(self._full if shown != self._full else "")
