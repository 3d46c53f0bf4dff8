"""The cashier status bar's webhook indicator: only for failures, only for owners and admins."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QMainWindow

from posapp.stellar.networks import TESTNET
from posapp.ui.cashier.status_bar import CashierStatusBar
from posapp.ui.cashier.webhook_indicator import PROBLEM_CHARS, indicator_text, short_problem
from posapp.webhooks.health import DeliveryHealth

FAILING = DeliveryHealth(3, 2, 0, "HTTP 500")


pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
_windows: list[QMainWindow] = []


def shown_bar(qtbot) -> CashierStatusBar:
    """A status bar in a shown window (kept alive until the test ends)."""
    window = QMainWindow()
    qtbot.addWidget(window)
    _windows.append(window)
    bar = CashierStatusBar(TESTNET)
    window.setStatusBar(bar)
    window.show()
    return bar


@pytest.fixture(autouse=True)
def _forget_windows():
    yield
    _windows.clear()


def test_shown_to_an_allowed_user_while_deliveries_fail(qtbot) -> None:
    bar = shown_bar(qtbot)
    indicator = bar.webhook_indicator
    indicator.set_allowed(True)
    assert not indicator.isVisible()  # nothing reported yet
    indicator.show_health(DeliveryHealth(4, 0, 0, ""))
    assert not indicator.isVisible()  # events just queued: not a problem
    indicator.show_health(FAILING)
    assert indicator.isVisible()
    assert indicator.text() == "⚠ Webhooks: 3 waiting · HTTP 500"
    assert "Last error: HTTP 500" in indicator.toolTip()
    indicator.set_allowed(False)
    assert not indicator.isVisible()
    indicator.set_allowed(True)
    indicator.show_health(DeliveryHealth(0, 0, 0, ""))  # all delivered again
    assert not indicator.isVisible() and indicator.text() == ""


def test_never_shown_when_webhooks_are_off(qtbot) -> None:
    indicator = shown_bar(qtbot).webhook_indicator
    indicator.set_allowed(True)
    indicator.show_health(DeliveryHealth(0, 0, 0, "", off=True))
    assert not indicator.isVisible()


def test_texts_for_given_up_blocked_and_not_started() -> None:
    assert indicator_text(DeliveryHealth(1, 0, 2, "HTTP 404")) == (
        "⚠ Webhooks: 1 waiting, 2 not delivered · HTTP 404"
    )
    blocked = DeliveryHealth(5, 0, 0, "", blocked="no webhook secret set; pending events wait")
    assert indicator_text(blocked).startswith("⚠ Webhooks: 5 waiting · no webhook secret set")
    stopped = DeliveryHealth(0, 0, 0, "", blocked="not started: " + "x" * 200, stopped=True)
    text = indicator_text(stopped)
    assert text.startswith("⚠ Webhooks: not sending · not started: x")
    assert text.endswith("…") and len(text) < len("⚠ Webhooks: not sending · ") + PROBLEM_CHARS + 1


def test_errors_are_shortened_to_their_gist() -> None:
    assert short_problem("ConnectError: [Errno 111] Connection refused") == "Connection refused"
    assert short_problem("timed out (ReadTimeout)") == "timed out"
    assert short_problem("HTTP 503") == "HTTP 503"
    assert short_problem("HTTP 302: redirect to https://a.example not followed") == (
        "HTTP 302: redirect to https://a.example…"
    )


def test_a_narrow_status_bar_elides_the_indicator_first(qtbot) -> None:
    bar = shown_bar(qtbot)
    window = bar.window()
    indicator = bar.webhook_indicator
    indicator.set_allowed(True)
    indicator.show_health(DeliveryHealth(12, 12, 0, "timed out (ReadTimeout)" + " x" * 60))
    window.resize(700, 300)
    qtbot.waitUntil(lambda: indicator.width() < indicator.sizeHint().width())
    shown = QLabel.text(indicator)
    assert shown.endswith("…") and shown != indicator.text()
    assert indicator.text().startswith("⚠ Webhooks: 12 waiting · timed out")
    for label in (bar.network_label, bar.connection_label, bar.rate_label):
        assert label.width() >= label.sizeHint().width()
