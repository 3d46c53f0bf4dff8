"""Unmatched payments: attach (same state machine and webhooks as a matched payment,
audited) or mark for refund; and the whole path on the devnet."""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal
from itertools import count

import pytest
from sqlalchemy import select
from stellar_sdk import Keypair

from posapp.core.errors import InvalidInput, InvalidTransition, PermissionDenied, SessionNotFound
from posapp.core.records import PaymentRecord
from posapp.core.roles import CLI_ACTOR, Actor, Role
from posapp.core.session import SessionStatus
from posapp.rates import RateSettings, build_rate_source
from posapp.services.backoffice.unmatched import UnmatchedService
from posapp.services.config import ShopConfig, save_config
from posapp.services.detection.applier import PaymentApplier
from posapp.services.sales.sessions import SessionService
from posapp.services.staff.audit import AuditLog
from posapp.stellar.horizon_reader import HorizonReader, ReceivedRecord
from posapp.stellar.networks import TESTNET
from posapp.storage import ledger_repo
from posapp.storage.engine import Database
from posapp.storage.models import AuditRow, WebhookEventRow

OWNER = Actor("meera", Role.OWNER)
CASHIER = Actor("ravi", Role.CASHIER)
PAYER = Keypair.random().public_key
_tokens = count(5000)


def credit(merchant: str, amount: str, when: datetime, memo: str | None = None) -> ReceivedRecord:
    token = str(next(_tokens))
    record = PaymentRecord(
        operation_id=token, paging_token=token, transaction_hash=f"{int(token):064x}",
        transaction_successful=True, type="payment", source_account=PAYER, destination=merchant,
        asset_type="credit_alphanum4", asset_code="USDC", asset_issuer=TESTNET.usdc_issuer,
        amount=Decimal(amount), created_at=when, memo_type="text" if memo else "none", memo=memo,
    )  # fmt: skip
    return ReceivedRecord(token, (record,))


@pytest.fixture
def applier(shop) -> PaymentApplier:
    return PaymentApplier(shop.db, shop.config, shop.clock)


@pytest.fixture
def unmatched(shop) -> UnmatchedService:
    return UnmatchedService(shop.db, shop.config, AuditLog(shop.db, shop.clock), shop.clock)


def arrive(shop, applier, amount: str, when: datetime | None = None, memo: str | None = None):
    """A payment arrives through the watcher's path; returns its operation id."""
    batch = [credit(shop.config.merchant_account, amount, when or shop.clock(), memo)]
    applier.apply(batch)
    return batch[0].paging_token


def events(shop, session_id: str) -> list[dict]:
    with shop.db.read() as db:
        rows = db.scalars(
            select(WebhookEventRow)
            .where(WebhookEventRow.session_id == session_id)
            .order_by(WebhookEventRow.created_at, WebhookEventRow.id)
        )
        return [json.loads(r.payload) for r in rows]


def audit(shop) -> list[tuple[str, str, str]]:
    with shop.db.read() as db:
        return [(r.actor, r.action, r.detail) for r in db.scalars(select(AuditRow))]


def test_a_payment_without_memo_waits_for_the_owner(shop, applier, unmatched) -> None:
    op = arrive(shop, applier, "5")
    [payment] = unmatched.payments(OWNER)
    assert payment.operation_id == op and payment.status == "unmatched"
    assert payment.reason == "no memo" and payment.amount == Decimal("5")
    assert unmatched.count(OWNER) == 1


def test_attach_pays_the_sale_exactly_like_a_matched_payment(shop, applier, unmatched) -> None:
    matched = shop.sessions.create("841", CLI_ACTOR, note="memo")  # 10.00 USDC due
    attached = shop.sessions.create("841", CLI_ACTOR, note="no memo")
    arrive(shop, applier, "10", memo=matched.id)
    op = arrive(shop, applier, "10")
    shop.clock.advance(minutes=3)  # the owner attaches a little later

    result = unmatched.attach(op, attached.id, OWNER, expected_status=SessionStatus.OPEN)

    a, m = result.session, shop.sessions.get(matched.id)
    assert a.status is m.status is SessionStatus.PAID
    assert a.usdc_received == m.usdc_received == Decimal("10")
    assert a.paid_at == m.paid_at  # the ledger time, not the attach time
    assert a.last_tx_hash == result.payment.tx_hash
    assert result.previous_status is SessionStatus.OPEN
    assert result.events == ("payment.success",)
    [via_memo], [via_attach] = events(shop, matched.id), events(shop, attached.id)
    assert via_attach["type"] == via_memo["type"] == "payment.success"
    assert via_attach["data"].keys() == via_memo["data"].keys()
    assert via_attach["data"]["status"] == "paid"
    assert via_attach["data"]["tx_hash"] == result.payment.tx_hash
    assert result.payment.status == "attached" and result.payment.session_id == attached.id
    assert "attached to" in result.payment.reason and "meera" in result.payment.reason
    assert unmatched.payments(OWNER) == []
    [(actor, action, detail)] = audit(shop)
    assert (actor, action) == ("meera", "payment.attached")
    assert op in detail and attached.id in detail and "open -> paid" in detail
    assert [p.operation_id for p in shop.sessions.payments_of(attached.id)] == [op]


def test_attach_partial_then_remainder(shop, applier, unmatched) -> None:
    sale = shop.sessions.create("841", CLI_ACTOR)
    first = arrive(shop, applier, "4")
    second = arrive(shop, applier, "6")
    preview = unmatched.preview(first, sale.id, OWNER)
    assert preview.new_status is SessionStatus.PARTIALLY_PAID
    assert preview.warning == "The sale will still be 6.00 USDC short."
    unmatched.attach(first, sale.id, OWNER)
    shop.clock.advance(seconds=1)
    result = unmatched.attach(second, sale.id, OWNER)
    assert result.session.status is SessionStatus.PAID
    assert [e["type"] for e in events(shop, sale.id)] == ["payment.partial", "payment.success"]


def test_attach_to_a_sale_that_expired_meanwhile(shop, applier, unmatched) -> None:
    sale = shop.sessions.create("841", CLI_ACTOR)
    op = arrive(shop, applier, "10", when=shop.clock() + timedelta(minutes=5))
    shop.clock.advance(minutes=20)
    shop.sessions.expire_due()
    assert shop.sessions.get(sale.id).status is SessionStatus.EXPIRED
    result = unmatched.attach(op, sale.id, OWNER)
    assert result.session.status is SessionStatus.PAID  # the ledger shows it was on time


def test_attach_late_inside_the_monitoring_window(shop, applier, unmatched) -> None:
    sale = shop.sessions.create("841", CLI_ACTOR)
    shop.clock.advance(minutes=30)
    shop.sessions.expire_due()
    op = arrive(shop, applier, "10")
    result = unmatched.attach(op, sale.id, OWNER)
    assert result.session.status is SessionStatus.PAID_LATE
    assert result.events == ("payment.late",)


def test_attach_is_refused_for_cancelled_or_too_late(shop, applier, unmatched) -> None:
    cancelled = shop.sessions.create("841", CLI_ACTOR)
    shop.sessions.cancel(cancelled.id, CLI_ACTOR)
    op = arrive(shop, applier, "10")
    with pytest.raises(InvalidTransition, match="cancelled"):
        unmatched.attach(op, cancelled.id, OWNER)
    old = shop.sessions.create("841", CLI_ACTOR)
    shop.clock.advance(hours=30)
    shop.sessions.expire_due()
    late = arrive(shop, applier, "10")
    with pytest.raises(InvalidTransition, match="monitoring window"):
        unmatched.preview(late, old.id, OWNER)
    assert {p.operation_id for p in unmatched.payments(OWNER)} == {op, late}
    assert events(shop, old.id)[-1]["type"] == "session.expired"
    assert audit(shop) == []


def test_attach_twice_or_after_a_change_is_refused(shop, applier, unmatched) -> None:
    sale = shop.sessions.create("841", CLI_ACTOR)
    other = shop.sessions.create("841", CLI_ACTOR)
    op = arrive(shop, applier, "10")
    with pytest.raises(InvalidTransition, match="review it again"):
        unmatched.attach(op, sale.id, OWNER, expected_status=SessionStatus.EXPIRED)
    unmatched.attach(op, sale.id, OWNER)
    with pytest.raises(InvalidTransition, match="already attached"):
        unmatched.attach(op, other.id, OWNER)
    assert shop.sessions.get(other.id).status is SessionStatus.OPEN


def test_mark_for_refund(shop, applier, unmatched) -> None:
    sale = shop.sessions.create("841", CLI_ACTOR)
    op = arrive(shop, applier, "3.5")
    payment = unmatched.mark_for_refund(op, OWNER, note="  customer\nasked ")
    assert payment.status == "refund"
    assert payment.reason.endswith("marked for refund by meera: customer asked")
    assert unmatched.payments(OWNER) == []
    assert [p.status for p in unmatched.payments(OWNER, include_resolved=True)] == ["refund"]
    [(_actor, action, detail)] = audit(shop)
    assert action == "payment.refunded" and PAYER in detail and "3.50 USDC" in detail
    with pytest.raises(InvalidTransition, match="already refund"):
        unmatched.attach(op, sale.id, OWNER)


def test_only_owners_resolve(shop, applier, unmatched) -> None:
    sale = shop.sessions.create("841", CLI_ACTOR)
    op = arrive(shop, applier, "10")
    for call in (
        lambda: unmatched.attach(op, sale.id, CASHIER),
        lambda: unmatched.preview(op, sale.id, CASHIER),
        lambda: unmatched.mark_for_refund(op, CASHIER),
        lambda: unmatched.payments(CASHIER),
    ):
        with pytest.raises(PermissionDenied):
            call()


def test_unknown_sale_or_payment(shop, applier, unmatched) -> None:
    op = arrive(shop, applier, "10")
    with pytest.raises(SessionNotFound):
        unmatched.attach(op, "pay_" + "b" * 24, OWNER)
    with pytest.raises(InvalidInput):
        unmatched.attach("999999999", "pay_" + "b" * 24, OWNER)


def test_candidates_are_the_sales_it_could_still_pay(shop, applier, unmatched) -> None:
    ten = shop.sessions.create("841", CLI_ACTOR)
    shop.clock.advance(seconds=1)
    twenty = shop.sessions.create("1682", CLI_ACTOR)
    cancelled = shop.sessions.create("841", CLI_ACTOR)
    shop.sessions.cancel(cancelled.id, CLI_ACTOR)
    shop.clock.advance(minutes=2)
    op = arrive(shop, applier, "10")
    found = unmatched.candidates(op, OWNER)
    assert [c.session.id for c in found] == [twenty.id, ten.id]  # newest first
    assert [c.amount_equals_remaining for c in found] == [False, True]


def test_preview_of_an_already_paid_sale_warns_of_overpayment(shop, applier, unmatched) -> None:
    sale = shop.sessions.create("841", CLI_ACTOR)
    arrive(shop, applier, "10", memo=sale.id)
    op = arrive(shop, applier, "1")
    preview = unmatched.preview(op, sale.id, OWNER)
    assert preview.new_status is SessionStatus.PAID and preview.events == ()
    assert "overpaid" in preview.warning
    result = unmatched.attach(op, sale.id, OWNER)
    assert result.session.overpaid == Decimal("1")


# ---- on the devnet ---------------------------------------------------------------------


def test_an_unmatched_devnet_payment_can_be_attached_to_its_sale(database_url: str) -> None:
    from posapp.devnet import Devnet

    with Devnet() as net:
        merchant = net.create_account()
        db = Database(database_url)
        config = ShopConfig(
            network="testnet",
            merchant_account=merchant,
            currency="INR",
            rates=RateSettings(
                mode="fixed",
                fixed_rates={"INR": Decimal("84.10")},
                fixed_set_at=datetime.now().astimezone(),
            ),
            horizon_url=net.url,
        )
        save_config(db, config)
        sessions = SessionService(db, config, build_rate_source(config.rates))
        applier = PaymentApplier(db, config)
        reader = HorizonReader(net.url, merchant)
        asyncio.run(reader.catch_up(applier))  # first start: the cursor is set
        sale = sessions.create("1999", CLI_ACTOR)
        net.pay(to=merchant, amount=str(sale.usdc_due), memo=None, memo_type="none")
        asyncio.run(HorizonReader(net.url, merchant).catch_up(applier))
        service = UnmatchedService(db, config, AuditLog(db))
        [payment] = service.payments(OWNER)
        assert payment.reason == "no memo" and payment.amount == sale.usdc_due

        result = service.attach(payment.operation_id, sale.id, OWNER)

        assert result.session.status is SessionStatus.PAID
        assert sessions.get(sale.id).usdc_received == sale.usdc_due
        with db.read() as s:
            types = [
                r.type
                for r in s.scalars(
                    select(WebhookEventRow).where(WebhookEventRow.session_id == sale.id)
                )
            ]
            assert types == ["payment.success"]
            assert ledger_repo.get(s, payment.operation_id).status == "attached"
        db.dispose()


def test_credit_session_matches_the_applier_for_every_outcome(shop, applier, unmatched) -> None:
    """Same amounts and timings through both paths give the same session afterwards."""
    cases = [("10", 0), ("4", 0), ("10", 40), ("12", 0)]
    for amount, late_minutes in cases:
        a = shop.sessions.create("841", CLI_ACTOR)
        b = shop.sessions.create("841", CLI_ACTOR)
        when = shop.clock() + timedelta(minutes=late_minutes)
        arrive(shop, applier, amount, when=when, memo=a.id)
        op = arrive(shop, applier, amount, when=when)
        unmatched.attach(op, b.id, OWNER)
        sa, sb = shop.sessions.get(a.id), shop.sessions.get(b.id)
        assert replace(sa, id="", muxed_id=0, created_at=sb.created_at, last_tx_hash=None) == (
            replace(sb, id="", muxed_id=0, last_tx_hash=None)
        ), (amount, late_minutes)
        # one credit's events share a time stamp: compare them as a set of types
        assert sorted(e["type"] for e in events(shop, a.id)) == sorted(
            e["type"] for e in events(shop, b.id)
        )


def test_testnet_usdc_cannot_be_attached_to_a_sale_charged_on_public(
    shop, applier, unmatched
) -> None:
    public = shop.config.with_changes(network="public")
    on_public = SessionService(shop.db, public, build_rate_source(public.rates), shop.clock)
    sale = on_public.create("841", CLI_ACTOR)
    op = arrive(shop, applier, "10", memo=sale.id)  # testnet USDC with the sale's memo
    [payment] = unmatched.payments(OWNER)
    assert payment.operation_id == op and payment.reason == "session of another network"
    with pytest.raises(InvalidTransition, match="another network"):
        unmatched.attach(op, sale.id, OWNER)
    assert shop.sessions.get(sale.id).status is SessionStatus.OPEN


def test_attaching_to_a_paid_sale_records_and_announces_the_overpayment(
    shop, applier, unmatched
) -> None:
    sale = shop.sessions.create("841", CLI_ACTOR)  # 10.00 USDC
    arrive(shop, applier, "10", memo=sale.id)
    op = arrive(shop, applier, "4")  # no memo
    result = unmatched.attach(op, sale.id, OWNER)
    assert result.session.status is SessionStatus.PAID and "payment.overpaid" in result.events
    [listed] = unmatched.overpayments(OWNER)
    assert (listed.operation_id, listed.overpaid, listed.status) == (op, Decimal(4), "attached")
    [event] = [e for e in events(shop, sale.id) if e["type"] == "payment.overpaid"]
    assert event["data"]["overpaid_amount"] == "4.00" and event["data"]["payer"] == PAYER
