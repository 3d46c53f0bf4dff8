"""An unexpected error raised in a slot is logged with its traceback and shown to the person
in a plain-text message box, instead of being lost on a console."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from posapp.core.errors import StorageError
from posapp.ui.common.excepthook import install_excepthook

WAIT_MS = 10_000


def _boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


@pytest.mark.qt_no_exception_capture
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_an_exception_in_a_slot_is_logged_and_shown(qtbot, caplog, monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    install_excepthook()

    def slot() -> None:
        raise StorageError("<b>disk</b> is full")

    with caplog.at_level(logging.ERROR, logger="posapp.ui"):
        QTimer.singleShot(0, slot)
        qtbot.waitUntil(lambda: bool(_boxes()), timeout=WAIT_MS)
    box = _boxes()[0]
    try:
        assert box.textFormat() == Qt.TextFormat.PlainText
        assert "<b>disk</b> is full" in box.text()  # shown literally, as plain text
        logged = [r for r in caplog.records if r.getMessage() == "unexpected error"]
        assert logged and logged[0].exc_info and logged[0].exc_info[0] is StorageError
        assert "raise StorageError" in caplog.text  # the traceback is in the log
    finally:
        box.close()
