"""The GUI composition root: start-up refusals and a whole ``posapp --demo`` session."""

from __future__ import annotations

import argparse
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from posapp.app import run_gui
from posapp.app import startup as app_module
from posapp.ui.cashier import CashierWindow
from posapp.ui.customer_display import CustomerDisplay
from posapp.ui.setup import SetupWizard


def gui_args(**kwargs: object) -> argparse.Namespace:
    values = {"data_dir": None, "database_url": None, "demo": False, "verbose": False}
    values.update(kwargs)
    return argparse.Namespace(**values)


@pytest.fixture
def shown_boxes(monkeypatch) -> list[QMessageBox]:
    """Message boxes run_gui shows as if on a real screen; recorded instead of blocking."""
    boxes: list[QMessageBox] = []

    def record(box: QMessageBox) -> int:
        boxes.append(box)
        return int(QMessageBox.StandardButton.Close.value)

    monkeypatch.setattr(QMessageBox, "exec", record)
    monkeypatch.setattr(app_module, "HEADLESS_PLATFORMS", ())
    return boxes


@pytest.mark.runs_app_loop  # the wizard opens once loading found the fresh data dir
def test_unconfigured_data_dir_opens_the_setup_wizard(qapp, tmp_path: Path, shown_boxes) -> None:
    """With a screen, a fresh data dir starts the setup wizard; cancelling it ends the app."""
    seen: list[object] = []

    def cancel_wizard() -> None:
        wizard = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, SetupWizard)), None
        )
        if wizard is None or not wizard.isVisible():
            QTimer.singleShot(20, cancel_wizard)
            return
        seen.append(wizard.currentPage() is wizard.network_page)
        wizard.reject()

    QTimer.singleShot(0, cancel_wizard)
    assert run_gui(gui_args(data_dir=str(tmp_path / "fresh"))) == 1
    assert seen == [True]
    assert shown_boxes == []


def test_unusable_data_dir_is_one_clear_message(qapp, tmp_path: Path, shown_boxes) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert run_gui(gui_args(data_dir=str(blocker / "data"))) == 1
    assert shown_boxes[0].windowTitle() == "posapp cannot start"
    assert "data dir" in shown_boxes[0].text()


@pytest.mark.runs_app_loop
def test_without_a_screen_the_message_goes_to_stderr(qapp, tmp_path: Path, capsys) -> None:
    assert run_gui(gui_args(data_dir=str(tmp_path / "fresh"))) == 1
    err = capsys.readouterr().err
    assert "posapp is not set up yet" in err and "posapp init --network testnet" in err


@pytest.mark.runs_app_loop
def test_demo_session_end_to_end(qapp, tmp_path: Path, private_prefs) -> None:
    """`posapp --demo`: charge, simulate the customer, see Paid, close, exit 0."""
    handler_before = signal.getsignal(signal.SIGINT)
    seen: dict[str, object] = {}

    def windows() -> tuple[CashierWindow | None, CustomerDisplay | None]:
        tops = QApplication.topLevelWidgets()
        cashier = next((w for w in tops if isinstance(w, CashierWindow) and w.isVisible()), None)
        display = next((w for w in tops if isinstance(w, CustomerDisplay)), None)
        return cashier, display

    def steps() -> Iterator[bool]:
        cashier, display = windows()
        while cashier is None or display is None:
            yield False
            cashier, display = windows()
        seen["title"] = cashier.windowTitle()
        QTest.keyClicks(cashier, "1250")
        QTest.keyClick(cashier, Qt.Key.Key_Return)
        while display.screen_name != "pay":
            yield False
        exact = next(a for a in cashier.findChildren(QAction) if a.text().startswith("Pay exact"))
        while not exact.isEnabled():
            yield False
        seen["paid_after"] = time.monotonic()
        exact.trigger()
        while display.screen_name != "paid":
            yield False
        seen["paid_after"] = time.monotonic() - float(seen["paid_after"])
        seen["status"] = cashier.sale.status.value if cashier.sale else None
        cashier.close()
        yield True

    driver = steps()
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: next(driver, True) and timer.stop())
    timer.start()
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(QApplication.instance().quit)
    watchdog.start(30_000)
    try:
        code = run_gui(gui_args(demo=True))
    finally:
        timer.stop()
        watchdog.stop()
    assert code == 0
    assert seen.get("status") == "paid", seen
    assert "posapp demo café" in str(seen["title"]) and "TEST NETWORK" in str(seen["title"])
    assert float(seen["paid_after"]) < 2.0
    assert signal.getsignal(signal.SIGINT) is handler_before
