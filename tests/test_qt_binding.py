"""The Qt binding must not leak references to None/True (PySide6 6.12.0 on Python 3.11 does,
and the process aborts after a few thousand calls: pyproject excludes it)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QRect, Signal


class _Emitter(QObject):
    fired = Signal(object)


def test_void_calls_and_emits_keep_singleton_references() -> None:
    rect, emitter = QRect(), _Emitter()
    emitter.fired.connect(lambda _x: None)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(500):
        rect.setX(0)
        emitter.fired.emit(1)
    assert abs(sys.getrefcount(None) - none_before) < 50
    assert abs(sys.getrefcount(True) - true_before) < 50
