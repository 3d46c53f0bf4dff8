"""The counter's hard cases as services, on a real database: a partly paid sale settled
another way, given back, parked; the terminal's unfinished sales; stray payments."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from stellar_sdk import Keypair

from posapp.core.errors import InvalidTransition, PermissionDenied
from posapp.core.roles import Actor, Approval, Permission, Role
from posapp.core.session import SessionStatus
from posapp.services.backoffice.reports import ReportService, render_z_report_html
from posapp.services.detection.applier import PaymentApplier
from posapp.services.sales.counter_desk import CounterDesk, fiat_rest
from posapp.storage import audit_repo
from tests.support.records import record

CASHIER = Actor("asha", Role.CASHIER)
OWNER = Actor("meera", Role.OWNER)


def approved(permission: Permission) -> Actor:
    return replace(CASHIER, approval=Approval(permission, "meera"))


@pytest.fixture
def desk(shop) -> CounterDesk:
    return CounterDesk(shop.db, shop.config.terminal, shop.clock)


@pytest.fixture
def applier(shop) -> PaymentApplier:
    return PaymentApplier(shop.db, shop.config, shop.clock)


def partly_paid(shop, applier, merchant, amount: str = "1999", paid: str = "10"):
    s = shop.sessions.create(amount, CASHIER)
    applier.apply([record(merchant, s.id, paid, shop.clock())])
    got = shop.sessions.get(s.id)
    assert got.status is SessionStatus.PARTIALLY_PAID
    return got


def test_fiat_rest_counts_the_usdc_at_the_locked_in_rate(shop, applier, merchant) -> None:
    s = partly_paid(shop, applier, merchant, "1999", "10")  # 23.77 USDC due
    assert fiat_rest(s) == Decimal("1999") - (Decimal(10) / Decimal("23.77") * 1999).quantize(
        Decimal("0.01")
    )


def test_taking_the_rest_in_cash_settles_the_sale_and_the_z_report_shows_the_split(
    shop, desk, applier, merchant
) -> None:
    s = partly_paid(shop, applier, merchant)
    with pytest.raises(PermissionDenied):
        desk.settle_rest(s.id, "cash", CASHIER)
    settled = desk.settle_rest(s.id, "cash", approved(Permission.SETTLE_OTHER_WAY))
    assert settled.status is SessionStatus.PAID
    assert settled.settled_by == "cash" and settled.settled_fiat == fiat_rest(s)
    assert settled.usdc_received == Decimal("10")
    with pytest.raises(InvalidTransition):
        desk.settle_rest(s.id, "card", OWNER)  # settled once
    report = ReportService(shop.db, clock=shop.clock).z_report(shop.clock().date(), OWNER)
    assert report.settled_other == (("cash", "INR", 1, fiat_rest(s)),)
    assert report.total.paid == 1 and report.total.usdc_received == Decimal("10")
    assert f"cash INR {fiat_rest(s):,}" in render_z_report_html(report)
    with shop.db.read() as db:
        (line,) = audit_repo.recent(db, action_prefix="sale.")
    assert line.actor == "asha" and "by cash" in line.detail and "approved by meera" in line.detail


def test_giving_back_cancels_the_sale_and_queues_the_refund(shop, desk, applier, merchant) -> None:
    s = partly_paid(shop, applier, merchant)
    with pytest.raises(PermissionDenied):
        desk.give_back(s.id, CASHIER)
    given = desk.give_back(s.id, approved(Permission.CANCEL_PARTIALLY_PAID))
    assert given.status is SessionStatus.CANCELLED and given.refund_state == "queued"
    # the rest paid afterwards no longer counts: it waits for the owner
    applied = applier.apply([record(merchant, s.id, "13.77", shop.clock())])
    assert not applied[0].matched and applied[0].reason == "session cancelled"
    report = ReportService(shop.db, clock=shop.clock).z_report(shop.clock().date(), OWNER)
    assert (report.refunds_queued, report.refunds_queued_usdc) == (1, Decimal("10"))


def test_nothing_received_cannot_be_settled_or_given_back(shop, desk) -> None:
    s = shop.sessions.create("50", CASHIER)
    for action in (
        lambda: desk.settle_rest(s.id, "card", OWNER),
        lambda: desk.give_back(s.id, OWNER),
    ):
        with pytest.raises(InvalidTransition, match="nothing received"):
            action()


def test_park_resume_and_the_terminals_unfinished_sales(shop, desk, applier, merchant) -> None:
    first = partly_paid(shop, applier, merchant)
    shop.clock.advance(seconds=1)
    second = shop.sessions.create("20", CASHIER)
    parked = desk.park(first.id, CASHIER)
    assert parked.parked and parked.status is SessionStatus.PARTIALLY_PAID
    assert [s.id for s in desk.unfinished()] == [second.id, first.id]
    assert desk.resume(first.id, CASHIER).parked_at is None
    assert CounterDesk(shop.db, "another-till", shop.clock).unfinished() == []
    shop.sessions.cancel(second.id, CASHIER)
    with pytest.raises(InvalidTransition, match="no longer be parked"):
        desk.park(second.id, CASHIER)
    assert [s.id for s in desk.unfinished()] == [first.id]


def test_stray_payments_say_why_they_settled_no_sale(shop, desk, applier, merchant) -> None:
    start = desk.last_payment_id()
    s = shop.sessions.create("1999", CASHIER)
    cancelled = shop.sessions.create("5", CASHIER)
    shop.sessions.cancel(cancelled.id, CASHIER)
    fake_issuer = Keypair.random().public_key
    now = shop.clock()
    applier.apply(
        [
            record(merchant, None, "23.77", now),
            record(merchant, s.id, "23.77", now, asset_issuer=fake_issuer),
            record(merchant, cancelled.id, "0.06", now),
            record(merchant, s.id, "30", now),
        ]
    )
    strays = desk.strays_after(start)
    assert [x.kind for x in strays] == ["unmatched", "refused", "unmatched", "overpaid"]
    assert "without a memo" in strays[0].why
    assert "unknown issuer" in strays[1].why and strays[1].payment.status == "refused"
    assert "cancelled" in strays[2].why
    assert "6.23 USDC more" in strays[3].why
    # the fake never credits the sale it names
    assert shop.sessions.get(s.id).usdc_received == Decimal("30")
    assert desk.strays_after(strays[-1].payment.id) == ()
    assert desk.strays_after(start + 100) == ()


def test_the_z_report_says_waiting_as_the_history_does(shop) -> None:
    """Smaller things: one word for a sale still awaiting payment, everywhere."""
    shop.sessions.create("50", CASHIER)
    report = ReportService(shop.db, clock=shop.clock).z_report(shop.clock().date(), OWNER)
    page = render_z_report_html(report)
    assert "Waiting</th>" in page and "Open</th>" not in page
    assert report.total.open == 1
