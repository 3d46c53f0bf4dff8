"""The counter's hard cases, the whole counter against a real Devnet and a real data dir:
a partly paid sale settled at the counter, changes made elsewhere reaching both screens,
stray payments shown to the cashier, sales that survive a restart."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from posapp.app.counter import CounterApp
from posapp.core.roles import Actor, Approval, Permission, Role
from posapp.core.session import PaymentSession, SessionStatus
from posapp.devnet import Devnet
from posapp.services.sales.sessions import SessionService
from posapp.ui.common.formatting import countdown

OWNER = Actor("meera", Role.OWNER)


def charge(qtbot, counter: CounterApp, amount: str) -> PaymentSession:
    with qtbot.waitSignal(counter.cashier.sale_started, timeout=2000) as started:
        qtbot.keyClicks(counter.cashier, amount)
        qtbot.keyClick(counter.cashier, Qt.Key.Key_Return)
    return started.args[0]


def partly_paid(qtbot, counter: CounterApp, devnet: Devnet) -> PaymentSession:
    """Charge ₹1,250 (14.87 USDC) and let the customer pay 7.43 of it."""
    session = charge(qtbot, counter, "1250")
    devnet.pay(to=session.destination, amount="7.43", memo=session.memo)
    qtbot.waitUntil(
        lambda: counter.cashier.sale.status is SessionStatus.PARTIALLY_PAID, timeout=3000
    )
    return counter.cashier.sale


class OwnerApproves:
    """Stands in for the owner keying their PIN: records what was asked, approves it."""

    def __init__(self, *, approve: bool = True) -> None:
        self.asked: list[tuple[Permission, str]] = []
        self.approve = approve

    def __call__(self, permission: Permission, reason: str, actor: Actor) -> Actor | None:
        self.asked.append((permission, reason))
        return replace(actor, approval=Approval(permission, "meera")) if self.approve else None


@pytest.fixture
def second_counter(qtbot, shop_ctx, prefs, chime) -> Iterator:
    """Factory for a counter started after the first one stopped (a restart)."""
    made: list[CounterApp] = []

    def make() -> CounterApp:
        app = CounterApp(shop_ctx, prefs=prefs, sound=chime, locale="en_IN")
        app.start()
        made.append(app)
        return app

    yield make
    for app in made:
        assert app.shutdown()
        app.cashier.deleteLater()
        app.display.deleteLater()
        app.deleteLater()


# item 4 -----------------------------------------------------------------------------------
def test_restart_brings_back_this_counters_unfinished_sales(
    qtbot, counter: CounterApp, devnet: Devnet, second_counter, shop_ctx
) -> None:
    sale = partly_paid(qtbot, counter, devnet)
    other = shop_ctx.sessions.create("99", Actor("asha", Role.CASHIER))
    shop_ctx.desk.park(other.id, Actor("asha", Role.CASHIER))
    assert counter.shutdown()
    restarted = second_counter()
    cashier, display = restarted.cashier, restarted.display
    qtbot.waitUntil(lambda: cashier.sale is not None and cashier.sale.id == sale.id, timeout=2000)
    assert cashier.sale.status is SessionStatus.PARTIALLY_PAID
    assert cashier.panel.status_pill.text() == "Partially paid"
    assert display.screen_name == "pay"
    assert display.pay_page.usdc.text() == "Pay 7.44 USDC"
    assert display.pay_page.partial_banner.isVisible()
    left = int((sale.expires_at - shop_ctx.clock()).total_seconds())
    shown = {countdown(n) for n in range(left - 2, left + 2)}
    qtbot.waitUntil(lambda: cashier.panel.countdown_value.text() in shown, timeout=2000)
    assert cashier.parked.ids == (other.id,)
    assert cashier.parked.isVisible()


# item 2 -----------------------------------------------------------------------------------
def test_attaching_in_the_history_reaches_both_screens_within_a_second(
    qtbot, counter: CounterApp, devnet: Devnet
) -> None:
    session = charge(qtbot, counter, "1250")
    with qtbot.waitSignal(counter.watcher.payment_applied, timeout=3000) as applied:
        devnet.pay(to=session.destination, amount="14.87")  # no memo: unmatched
    assert not applied.args[0].matched
    unmatched = counter.ctx.backoffice.unmatched
    unmatched.attach(applied.args[0].operation_id, session.id, OWNER)  # the history's attach

    def both_paid() -> bool:
        sale = counter.cashier.sale
        return sale.status is SessionStatus.PAID and counter.display.screen_name == "paid"

    qtbot.waitUntil(both_paid, timeout=1000)
    assert counter.cashier.panel.status_pill.text() == "Paid"


def test_a_cancel_from_the_command_line_reaches_both_screens_within_a_second(
    qtbot, counter: CounterApp, shop_ctx
) -> None:
    session = charge(qtbot, counter, "40")
    cli = SessionService(shop_ctx.db, shop_ctx.config, shop_ctx.rates, shop_ctx.clock)
    cli.cancel(session.id, OWNER)

    def both_cancelled() -> bool:
        sale = counter.cashier.sale
        return sale.status is SessionStatus.CANCELLED and counter.display.screen_name == "cancelled"

    qtbot.waitUntil(both_cancelled, timeout=1000)


# item 1 -----------------------------------------------------------------------------------
def test_partly_paid_sale_offers_the_actions_and_digits_say_so(
    qtbot, counter: CounterApp, devnet: Devnet
) -> None:
    partly_paid(qtbot, counter, devnet)
    panel = counter.cashier.panel
    assert panel.actions_box.isVisible()
    for name in ("cash", "card", "give_back", "park"):
        assert panel.action_buttons[name].isVisible()
    assert "7.43 USDC of 14.87 USDC received" in panel.actions_hint.text()
    qtbot.keyClicks(counter.cashier, "5")
    assert (
        "cash (F2)" in counter.cashier.message and "park the sale (F8)" in counter.cashier.message
    )
    qtbot.keyClick(counter.cashier, Qt.Key.Key_Escape)
    assert "give back what was received (F4)" in counter.cashier.message


def test_cashier_takes_the_rest_in_cash_with_an_owners_approval(
    qtbot, counter: CounterApp, devnet: Devnet, shop_ctx
) -> None:
    sale = partly_paid(qtbot, counter, devnet)
    qtbot.keyClick(counter.cashier, Qt.Key.Key_F2)  # no approver: refused with a reason
    assert "An owner must take the rest" in counter.cashier.message
    owner = OwnerApproves()
    counter.cashier.approver = owner
    qtbot.keyClick(counter.cashier, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: counter.cashier.sale.status is SessionStatus.PAID, timeout=2000)
    assert owner.asked[0][0] is Permission.SETTLE_OTHER_WAY
    stored = shop_ctx.sessions.get(sale.id)
    assert stored.settled_by == "cash" and stored.settled_fiat == Decimal("625.42")
    assert counter.display.screen_name == "paid"
    assert "7.43 USDC + ₹625.42 cash" in counter.display.result_page.amount.text()
    banner = counter.cashier.panel.result_banner.text()
    assert "Paid" in banner and "₹625.42 cash" in banner
    assert not counter.cashier.panel.actions_box.isVisible()
    report = shop_ctx.backoffice.reports.z_report(shop_ctx.backoffice.reports.today(), OWNER)
    assert report.settled_other == (("cash", "INR", 1, Decimal("625.42")),)


def test_giving_back_cancels_the_sale_and_queues_the_refund(
    qtbot, counter: CounterApp, devnet: Devnet, shop_ctx
) -> None:
    sale = partly_paid(qtbot, counter, devnet)
    counter.cashier.approver = OwnerApproves(approve=False)
    qtbot.keyClick(counter.cashier, Qt.Key.Key_F4)
    assert "Not approved" in counter.cashier.message
    assert shop_ctx.sessions.get(sale.id).status is SessionStatus.PARTIALLY_PAID
    counter.cashier.approver = OwnerApproves()
    qtbot.keyClick(counter.cashier, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: counter.cashier.sale.status is SessionStatus.CANCELLED, timeout=2000)
    assert shop_ctx.sessions.get(sale.id).refund_state == "queued"
    assert counter.display.screen_name == "cancelled"
    assert "7.43 USDC you paid will be given back" in counter.display.result_page.detail.text()
    assert "7.43 USDC queued for refund" in counter.cashier.panel.result_banner.text()


def test_park_serve_the_next_customer_then_resume(
    qtbot, counter: CounterApp, devnet: Devnet
) -> None:
    sale = partly_paid(qtbot, counter, devnet)
    cashier = counter.cashier
    qtbot.keyClick(counter.display, Qt.Key.Key_F8)  # keys typed on the display count too
    qtbot.waitUntil(lambda: cashier.sale is None, timeout=2000)
    assert cashier.parked.ids == (sale.id,) and cashier.parked.isVisible()
    assert counter.display.screen_name == "idle"
    assert "parked" in cashier.message
    nxt = charge(qtbot, counter, "99")  # the next customer
    assert nxt.id != sale.id
    qtbot.keyClick(cashier, Qt.Key.Key_F9)
    assert "before resuming" in cashier.message
    qtbot.keyClick(cashier, Qt.Key.Key_Escape)  # cancel the ₹99 sale: Esc twice
    qtbot.keyClick(cashier, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: cashier.sale.status is SessionStatus.CANCELLED, timeout=1000)
    qtbot.keyClick(cashier, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: cashier.sale is not None and cashier.sale.id == sale.id, timeout=2000)
    assert cashier.parked.ids == () and counter.display.screen_name == "pay"
    assert counter.display.pay_page.usdc.text() == "Pay 7.44 USDC"
    devnet.pay(to=sale.destination, amount="7.44", memo=sale.memo)
    qtbot.waitUntil(lambda: counter.display.screen_name == "paid", timeout=2000)


def test_a_parked_sale_paid_meanwhile_leaves_the_list(
    qtbot, counter: CounterApp, devnet: Devnet
) -> None:
    sale = partly_paid(qtbot, counter, devnet)
    qtbot.keyClick(counter.cashier, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: counter.cashier.parked.ids == (sale.id,), timeout=2000)
    devnet.pay(to=sale.destination, amount="7.44", memo=sale.memo)
    qtbot.waitUntil(lambda: counter.cashier.parked.ids == (), timeout=2000)
    assert "Parked sale ₹1,250.00: paid" in counter.cashier.message


# item 3 -----------------------------------------------------------------------------------
def test_a_memo_less_payment_of_the_amount_is_shown_and_attached_to_this_sale(
    qtbot, counter: CounterApp, devnet: Devnet
) -> None:
    session = charge(qtbot, counter, "1250")
    devnet.pay(to=session.destination, amount="14.87")
    notices = counter.cashier.stray_notices
    qtbot.waitUntil(lambda: len(notices.shown) == 1, timeout=2000)
    (text,) = notices.texts()
    assert "14.87 USDC" in text and "without a memo" in text
    attach = notices.findChild(type(counter.cashier.panel.cancel_button), "attachStray")
    assert attach.isVisible()
    counter.cashier.approver = owner = OwnerApproves()
    attach.click()
    qtbot.waitUntil(lambda: counter.display.screen_name == "paid", timeout=2000)
    assert owner.asked[0][0] is Permission.ATTACH_UNMATCHED
    assert counter.cashier.sale.status is SessionStatus.PAID
    qtbot.waitUntil(lambda: notices.shown == (), timeout=1000)


def test_fake_usdc_cancelled_sale_and_overpayment_each_get_a_notice(
    qtbot, counter: CounterApp, devnet: Devnet
) -> None:
    cancelled = charge(qtbot, counter, "40")
    qtbot.keyClick(counter.cashier, Qt.Key.Key_Escape)
    qtbot.keyClick(counter.cashier, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: counter.cashier.sale.status is SessionStatus.CANCELLED, timeout=1000)
    session = charge(qtbot, counter, "1250")
    fake_issuer = devnet.create_account()
    devnet.pay(to=session.destination, amount="14.87", memo=session.memo, asset_issuer=fake_issuer)
    devnet.pay(to=session.destination, amount=str(cancelled.usdc_due), memo=cancelled.memo)
    devnet.pay(to=session.destination, amount="20", memo=session.memo)
    notices = counter.cashier.stray_notices
    qtbot.waitUntil(lambda: len(notices.shown) == 3, timeout=3000)
    overpaid, to_cancelled, fake = notices.texts()
    assert fake.startswith("Fake USDC refused: 14.87 USDC") and "never credited" in fake
    assert "paid a sale that was cancelled" in to_cancelled
    assert overpaid.startswith("Overpaid: 5.13 USDC more")
    assert counter.cashier.sale.status is SessionStatus.PAID
    assert counter.cashier.sale.usdc_received == Decimal("20")  # the fake never counted
    owner_sees = counter.ctx.backoffice.unmatched.payments(OWNER, include_resolved=True)
    assert [p.status for p in owner_sees if p.asset_issuer == fake_issuer] == ["refused"]


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_sale_details_in_the_history_offer_the_same_actions(
    qtbot, counter: CounterApp, devnet: Devnet, shop_ctx
) -> None:
    from posapp.ui.history.details import SaleDetailsDialog

    sale = partly_paid(qtbot, counter, devnet)
    backoffice = shop_ctx.backoffice
    details = backoffice.history.details(sale.id, OWNER)
    dialog = SaleDetailsDialog(details, None, desk=backoffice.desk, actor=OWNER)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.action_message.text() == (
        "Partly paid: 7.43 USDC received, INR 625.42 still to settle."
    )
    with qtbot.waitSignal(dialog.sale_changed, timeout=2000) as changed:
        dialog.action_buttons["card"].click()
    assert changed.args[0].settled_by == "card"
    assert "taken by card" in dialog.action_message.text()
    # the counter that shows the sale hears of it within a second
    qtbot.waitUntil(lambda: counter.display.screen_name == "paid", timeout=1000)
    assert counter.cashier.sale.status is SessionStatus.PAID
    without_actions = SaleDetailsDialog(backoffice.history.details(sale.id, OWNER), None)
    qtbot.addWidget(without_actions)
    assert without_actions.action_buttons == {}


# item 9 -----------------------------------------------------------------------------------
def test_saved_settings_apply_to_the_next_sale_at_once(
    qtbot, counter: CounterApp, shop_ctx
) -> None:
    from posapp.rates.settings import RateSettings

    config = shop_ctx.config
    new = replace(
        config,
        expiry_minutes=5,
        rates=replace(config.rates, fixed_rates={"INR": Decimal("90")}),
        horizon_url="http://127.0.0.1:9/",
    )
    assert isinstance(new.rates, RateSettings)
    with qtbot.waitSignal(counter.settings_applied, timeout=3000) as applied:
        counter._on_settings_saved(new)  # what the settings dialog's signal calls
    assert "the next sale uses them" in applied.args[0]
    assert "Restart posapp to use the new Horizon address" in applied.args[0]
    qtbot.waitUntil(lambda: "₹90.00" in counter.cashier.status.rate_label.text(), timeout=3000)
    sale = charge(qtbot, counter, "900")
    assert sale.rate == Decimal("90") and sale.usdc_due == Decimal("10")
    assert sale.expires_at - sale.created_at == timedelta(minutes=5)
    assert sale.terminal == config.terminal
