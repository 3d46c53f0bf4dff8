"""Run posapp's command line in this process and act like the cashier (tests only).

``python tests/support/gui_driver.py ACTION -- POSAPP ARGS…`` starts
``posapp.cli.main(ARGS)`` with a timer that, once the demo's cashier window is up, does
ACTION and prints a line on stderr that the test waits for:

- ``idle``: prints ``driver: ready`` once both windows show and detection is live;
- ``paid``: keys 12.50, Enter, "Pay exact amount", waits for the customer display's Paid
  screen, prints ``driver: paid``;
- ``close``: prints ``driver: ready``, then closes the cashier window as a user would.

The test then sends signals to this process: it is the real GUI, only the keys come from here.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from posapp.cli import main
from posapp.core.connection import ConnectionState
from posapp.ui.cashier import CashierWindow
from posapp.ui.customer_display import CustomerDisplay

STEP_MS = 50


def say(text: str) -> None:
    print(f"driver: {text}", file=sys.stderr, flush=True)


def windows() -> tuple[CashierWindow | None, CustomerDisplay | None]:
    tops = QApplication.topLevelWidgets()
    cashier = next((w for w in tops if isinstance(w, CashierWindow) and w.isVisible()), None)
    display = next((w for w in tops if isinstance(w, CustomerDisplay) and w.isVisible()), None)
    return cashier, display


def steps(action: str) -> Iterator[None]:
    cashier, display = windows()
    while (
        cashier is None or display is None or cashier.connection_state is not ConnectionState.LIVE
    ):
        yield
        cashier, display = windows()
    if action == "paid":
        QTest.keyClicks(cashier, "1250")
        QTest.keyClick(cashier, Qt.Key.Key_Return)
        while display.screen_name != "pay":
            yield
        exact = next(a for a in cashier.findChildren(QAction) if a.text().startswith("Pay exact"))
        while not exact.isEnabled():
            yield
        exact.trigger()
        while display.screen_name != "paid":
            yield
        say("paid")
        return
    say("ready")
    if action == "close":
        cashier.close()


def run(action: str, argv: list[str]) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])  # run_gui reuses it
    driver = steps(action)
    timer = QTimer(app)
    timer.setInterval(STEP_MS)
    timer.timeout.connect(lambda: next(driver, "done") == "done" and timer.stop())
    timer.start()
    return main(argv)


if __name__ == "__main__":
    action, separator, *rest = sys.argv[1:]
    assert separator == "--" and action in {"idle", "paid", "close"}
    sys.exit(run(action, rest))
