"""What a window shows in words, for the language tests: every visible text of a widget tree
(labels, buttons, placeholders, tabs, menus, combo items, table headers, titles), whether a
text is a catalog's English source left untranslated, and whether a text is clipped."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QFontMetrics, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabWidget,
    QWidget,
)

from posapp.ui.common.i18n import catalog_source

PLACEHOLDER = re.compile(r"\\\{[a-z_]+(?:![rs])?\\\}")


@dataclass(frozen=True)
class Shown:
    """One text on screen and where."""

    where: str
    text: str


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").split("\t")[0].strip()


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName() or '?'}"


def shown_texts(window: QWidget) -> list[Shown]:
    """Every text ``window`` shows now (hidden widgets left out)."""
    found: list[Shown] = []

    def add(where: str, text: str) -> None:
        text = _plain(text or "")
        if text:
            found.append(Shown(where, text))

    add(f"{_name(window)}.windowTitle", window.windowTitle())
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        if widget is not window and not widget.isVisibleTo(window):
            continue
        name = _name(widget)
        if isinstance(widget, (QLabel, QAbstractButton)):
            add(name, widget.text())
        elif isinstance(widget, QLineEdit):
            if not widget.text():
                add(f"{name}.placeholder", widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            add(name, widget.title())
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(f"{name}[{index}]", widget.itemText(index))
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                add(f"{name}.tab{index}", widget.tabText(index))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            _headers(widget.model(), name, add)
        if widget.toolTip() and not isinstance(widget, QMenu):
            add(f"{name}.toolTip", widget.toolTip())
    if isinstance(window, QMainWindow):
        for menu in window.menuBar().findChildren(QMenu):
            add(f"menu {menu.title()}", menu.title())
            for action in menu.actions():
                if action.isVisible() and not action.isSeparator():
                    add(f"menu {menu.title()} action", action.text())
    return found


def _headers(model: QAbstractItemModel, name: str, add) -> None:
    for section in range(model.columnCount()):
        value = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            add(f"{name}.header{section}", value)


@dataclass(frozen=True)
class Catalog:
    """A language's English sources and their translations, as patterns."""

    exact: dict[str, set[str]]
    """source → its translations (texts without placeholders)."""
    templates: list[tuple[re.Pattern[str], list[re.Pattern[str]]]]
    """source pattern → translation patterns (texts with placeholders or %n)."""

    def untranslated(self, text: str) -> bool:
        """True when ``text`` is an English source shown as is, though it has a different
        translation."""
        translations = self.exact.get(text)
        if translations is not None and text not in translations:
            return True
        for source, translated in self.templates:
            if source.fullmatch(text) and not any(t.fullmatch(text) for t in translated):
                return True
        return False


def _pattern(text: str) -> re.Pattern[str]:
    escaped = re.escape(_plain(text))
    escaped = PLACEHOLDER.sub(".+?", escaped).replace("%n", r"[\d.,\s]+")
    return re.compile(escaped, re.DOTALL)


@cache
def catalog(language: str) -> Catalog:
    """The catalog of ``language`` read from its source (``.ts``)."""
    exact: dict[str, set[str]] = {}
    templates = []
    for message in ET.parse(catalog_source(language)).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        if not re.search(r"[A-Za-z]{2,}", source):
            continue
        if PLACEHOLDER.search(re.escape(source)) or "%n" in source:
            literal = re.sub(r"\{[a-z_]+(?:![rs])?\}|%n", "", source)
            if not re.search(r"[A-Za-z]{3,}", literal):
                continue  # "{a} — {b}" says nothing about the language
            templates.append((_pattern(source), [_pattern(form) for form in forms]))
        else:
            exact.setdefault(_plain(source), set()).update(_plain(form) for form in forms)
    return Catalog(exact, templates)


def clipped(window: QWidget) -> list[str]:
    """Visible labels and buttons whose text does not fit their width (or, word-wrapped,
    their height)."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 1 or widget.property("elides"):
            continue  # an eliding label shows "…" and its whole text as a tooltip
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            text = _plain(widget.text())
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 2:
                    found.append(f"{_name(widget)} {text!r}: needs {needed} px high")
                continue
            metrics = QFontMetrics(widget.font())
            margins = widget.contentsMargins()
            room = widget.width() - margins.left() - margins.right() - 2 * widget.margin()
            wide = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
            if wide > room + 2:
                found.append(f"{_name(widget)} {text!r}: {wide} px in {room}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.minimumSizeHint().width()
            if hint > widget.width() + 2:
                found.append(
                    f"{_name(widget)} {_plain(widget.text())!r}: {hint} px in {widget.width()}"
                )
    return found
