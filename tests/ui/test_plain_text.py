"""Text from outside — a Horizon memo and payer account, a sale's note, a user name, the shop
name, an error message — is shown as text in every window, never rendered as Qt rich text.

One counter (the real composition, ``CounterApp``) on a shop whose name, users, sale note and
unmatched payment all carry markup. Each window is walked: every label, message box and
tooltip that shows a payload must show it as plain text (or escaped inside deliberate
markup), and each payload must be visible somewhere, verbatim.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QMessageBox,
    QWidget,
)
from stellar_sdk import Keypair

from posapp.app.counter import CounterApp
from posapp.core.errors import InvalidInput
from posapp.core.records import PaymentRecord
from posapp.core.roles import CLI_ACTOR, Actor, Role
from posapp.services.backoffice.history import HistoryFilter
from posapp.services.config import load_config, save_config
from posapp.services.context import build_context, build_staff, open_database
from posapp.services.detection.applier import PaymentApplier
from posapp.services.setup.provisioning import ProvisionRequest, build_config
from posapp.stellar.horizon_reader import ReceivedRecord
from posapp.stellar.networks import TESTNET
from posapp.ui.common.plain_text import ElidedLabel
from posapp.ui.history.details import SaleDetailsDialog
from posapp.ui.history.unmatched_tab import AttachDialog
from tests.support.gui import FakeChime, counter_prefs

WAIT_MS = 20_000
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

MEMO = "<h1>REFUNDED</h1><!--"  # a text memo (at most 28 bytes) from the payer
SHOP = "<h1>SHOP</h1><b>Café</b><!--"
ADMIN = "<h1>Ada</h1><!--"
CASHIER = "<i>Carl</i><img src=x>"
NOTE = "<h1>NOTE</h1><a href='x'>pay</a><!--"
ERROR = "<h1>ERROR</h1><!-- hidden"
PIN = "739146"


# ---- the check -------------------------------------------------------------------------


def _renders_rich(fmt: Qt.TextFormat, text: str) -> bool:
    """What Qt does with ``text`` in a label or message box of format ``fmt``."""
    if fmt == Qt.TextFormat.PlainText:
        return False
    if fmt == Qt.TextFormat.RichText:
        return True
    return QtGuiNamespace.mightBeRichText(text)


def _shown(fmt: Qt.TextFormat, text: str) -> str:
    """The text a person sees."""
    if _renders_rich(fmt, text):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


class Inspection:
    """Collects what every inspected window shows; fails on any payload rendered as HTML."""

    def __init__(self, payloads: Iterable[str]) -> None:
        self.payloads = tuple(payloads)
        self.seen = ""
        self.problems: list[str] = []

    def _check(self, where: str, fmt: Qt.TextFormat, text: str) -> None:
        if not text:
            return
        if _renders_rich(fmt, text):
            for payload in self.payloads:
                if payload in text:
                    self.problems.append(f"{where} renders {payload!r} as rich text: {text!r}")
        self.seen += "\n" + _shown(fmt, text)

    def _tooltip(self, where: str, tip: object) -> None:
        if isinstance(tip, str) and tip:  # Qt always guesses a tooltip's format
            self._check(f"tooltip of {where}", Qt.TextFormat.AutoText, tip)

    def _model(self, where: str, model: QAbstractItemModel) -> None:
        for row in range(model.rowCount()):
            for col in range(model.columnCount()):
                index = model.index(row, col)
                self._tooltip(f"{where}[{row},{col}]", index.data(Qt.ItemDataRole.ToolTipRole))
                shown = index.data(Qt.ItemDataRole.DisplayRole)
                if isinstance(shown, str):  # the default delegate draws plain text
                    self.seen += "\n" + shown

    def walk(self, root: QWidget) -> None:
        """Every label, message box, tooltip and item view under (and including) ``root``."""
        for widget in [root, *root.findChildren(QWidget)]:
            where = f"{type(widget).__name__} {widget.objectName()!r} in {type(root).__name__}"
            if isinstance(widget, QLabel):
                self._check(where, widget.textFormat(), widget.text())
            if isinstance(widget, QMessageBox):
                self._check(where, widget.textFormat(), widget.text())
                self._check(where, Qt.TextFormat.AutoText, widget.informativeText())
            if isinstance(widget, QAbstractButton):  # buttons draw plain text
                self.seen += "\n" + widget.text()
            self._tooltip(where, widget.toolTip())
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                self._model(where, widget.model())
            for action in QWidget.actions(widget):
                self.seen += "\n" + action.text()
                self._tooltip(f"action of {where}", action.toolTip())

    def expect_shown(self, *texts: str) -> None:
        """Each of ``texts`` must be visible, verbatim, in what was walked so far."""
        self.problems += [
            f"{text!r} is not shown as such" for text in texts if text not in self.seen
        ]


# ---- the counter -----------------------------------------------------------------------


@pytest.fixture
def counter(qtbot, tmp_path: Path) -> Iterator[CounterApp]:
    """A shop named with markup, an admin and a cashier named with markup, an unmatched
    payment whose memo is markup; the counter on its login screen (unreachable Horizon)."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    db = open_database(data_dir, None)
    now = datetime.now(UTC)
    request = ProvisionRequest(
        network="testnet",
        account=Keypair.random().public_key,
        currency="INR",
        horizon_url="http://127.0.0.1:9",
        rate="84.10",
        shop_name=SHOP,
        check_account=False,
    )
    config = build_config(request, now)
    save_config(db, config, now)
    record = PaymentRecord(
        operation_id="77", paging_token="77", transaction_hash="ab" * 32,
        transaction_successful=True, type="payment", source_account=Keypair.random().public_key,
        destination=config.merchant_account, asset_type="credit_alphanum4", asset_code="USDC",
        asset_issuer=TESTNET.usdc_issuer, amount=Decimal("3.5"), created_at=now, memo_type="text",
        memo=MEMO,
    )  # fmt: skip
    PaymentApplier(db, load_config(db)).apply([ReceivedRecord("77", (record,))])
    staff = build_staff(data_dir, db)
    staff.users.add(CLI_ACTOR, ADMIN, Role.ADMIN, PIN)
    staff.users.add(CLI_ACTOR, CASHIER, Role.CASHIER, PIN)
    prefs = counter_prefs(tmp_path)
    app = CounterApp(
        build_context(data_dir, db, staff=staff), prefs=prefs, sound=FakeChime(), login=True
    )
    app.start()
    yield app
    assert app.shutdown(), "threads did not stop in time"
    for widget in (app.cashier, app.display, app.login):
        widget.deleteLater()
    app.deleteLater()
    db.dispose()


def _open_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]


def test_outside_text_is_never_rendered_as_html(qtbot, counter: CounterApp) -> None:
    seen = Inspection((MEMO, SHOP, ADMIN, CASHIER, NOTE, ERROR))

    # login: the shop's name and the user chooser
    login = counter.login
    assert login is not None and login.isVisible()
    login.choose_user(ADMIN)
    seen.walk(login)
    seen.expect_shown(SHOP, ADMIN, CASHIER)

    # cashier window and customer display: a sale with a note
    counter.sign_in(Actor(ADMIN, Role.ADMIN))
    cashier = counter.cashier
    cashier.note_edit.setText(NOTE)
    for key in ("1", "2", "charge"):
        cashier.press(key)
    assert cashier.sale is not None
    seen.walk(cashier)
    seen.walk(counter.display)
    seen.expect_shown(NOTE)

    # history: sales (note), details, unmatched payments (memo), the attach dialog
    cashier.actions.history.trigger()
    history = counter.history
    assert history is not None
    qtbot.waitUntil(lambda: history.sales.model.rowCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: history.unmatched.model.rowCount() == 1, timeout=WAIT_MS)
    seen.walk(history)
    seen.expect_shown(MEMO)
    services, owner = counter.ctx.backoffice, counter.signed_in
    details = SaleDetailsDialog(services.history.details(cashier.sale.id, owner), None)
    qtbot.addWidget(details)
    seen.walk(details)
    payment = history.unmatched.model.payment_at(0)
    candidates = services.unmatched.candidates(payment.operation_id, owner)
    attach = AttachDialog(payment, candidates, None)
    qtbot.addWidget(attach)
    seen.walk(attach)
    history.unmatched._on_action_failed(InvalidInput(ERROR))  # an error naming outside text
    for box in _open_boxes():
        seen.walk(box)
        box.close()
    seen.expect_shown(ERROR)

    # settings: the users tab
    cashier.actions.settings.trigger()
    dialog = counter.settings_dialog
    assert dialog is not None and dialog.users_tab is not None
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=WAIT_MS)
    seen.walk(dialog)

    # the counter's own warnings
    counter._inform("Sales history", f"Cannot open the sales history: {ERROR}")
    boxes = _open_boxes()
    assert boxes
    for box in boxes:
        seen.walk(box)
        box.close()
    seen.expect_shown(f"Cannot open the sales history: {ERROR}")
    assert services.history.count(HistoryFilter(), owner) == 1
    assert not seen.problems, "\n".join(seen.problems)


def test_an_elided_label_cuts_what_does_not_fit_and_keeps_the_whole_text(qtbot) -> None:
    label = ElidedLabel("Sesión iniciada: Ada Lovelace (Administradora)")
    qtbot.addWidget(label)
    label.show()
    label.resize(label.sizeHint())
    assert QLabel.text(label) == label.text() and label.toolTip() == ""
    label.resize(90, label.height())
    shown = QLabel.text(label)
    assert shown.endswith("…") and len(shown) < len(label.text())
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    assert label.text() == label.toolTip() == "Sesión iniciada: Ada Lovelace (Administradora)"
    assert label.minimumSizeHint().width() < 90
