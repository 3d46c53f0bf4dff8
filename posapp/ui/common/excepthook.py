"""``install_excepthook()``: an unexpected error in a slot is logged (with its traceback)
and shown to the person at the counter in a message box (plain text), instead of being
printed to a console nobody reads. Installed once by the GUI start-up (GUI thread)."""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("posapp.ui")

_open_boxes: list[QMessageBox] = []
"""Message boxes shown by the hook (kept alive until closed)."""


def _hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    log.error("unexpected error", exc_info=(kind, exc, tb))
    app = QApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return
    show_unexpected_error(exc)


def show_unexpected_error(exc: BaseException) -> QMessageBox:
    """GUI thread: a non-blocking warning box saying what went wrong (plain text)."""
    from posapp.workers.errors import error_text  # httpx and Babel: not before the login

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ExceptHook", "Something went wrong"),
        QCoreApplication.translate(
            "ExceptHook", "{error}\n\nposapp keeps running; the details are in the log."
        ).format(error=error_text(exc)),
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    _open_boxes.append(box)
    box.finished.connect(lambda _r: _open_boxes.remove(box) if box in _open_boxes else None)
    box.show()
    return box


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    log.error(
        "unexpected error in thread %s",
        args.thread.name if args.thread else "?",
        exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback),
    )


def install_excepthook() -> None:
    """GUI thread, at start-up: log and show unexpected errors (``sys.excepthook``) and
    log those of plain Python threads (``threading.excepthook``)."""
    sys.excepthook = _hook
    threading.excepthook = _thread_hook
