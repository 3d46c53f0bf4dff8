"""Applying Horizon records to sessions on a real SQLite file."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from stellar_sdk import Keypair

from posapp.core.roles import CLI_ACTOR, Actor, Role
from posapp.core.session import SessionStatus
from posapp.rates import build_rate_source
from posapp.services.backoffice.unmatched import UnmatchedService
from posapp.services.detection.applier import PaymentApplier
from posapp.services.sales.sessions import SessionService
from posapp.services.staff.audit import AuditLog
from posapp.stellar.horizon_reader import ReceivedRecord
from posapp.stellar.networks import PUBLIC
from posapp.storage import cursor_repo, payments_repo
from posapp.storage.models import PaymentRow, WebhookEventRow
from tests.support.records import PAYER, record

OWNER = Actor("meera", Role.OWNER)


@pytest.fixture
def applier(shop) -> PaymentApplier:
    return PaymentApplier(shop.db, shop.config, shop.clock)


def events(shop) -> list[str]:
    with shop.db.read() as db:
        return [
            e.type for e in db.scalars(select(WebhookEventRow).order_by(WebhookEventRow.created_at))
        ]


def test_exact_payment_pays_and_writes_event_and_cursor(shop, applier, merchant) -> None:
    s = shop.sessions.create("1999", CLI_ACTOR)
    batch = [record(merchant, s.id, "23.77", shop.clock())]
    applied = applier.apply(batch)
    assert len(applied) == 1 and applied[0].session.status is SessionStatus.PAID
    got = shop.sessions.get(s.id)
    assert got.status is SessionStatus.PAID and got.usdc_received == Decimal("23.77")
    assert got.last_tx_hash == batch[0].records[0].transaction_hash
    assert events(shop) == ["payment.success"]
    assert applier.load_cursor() == batch[0].paging_token


def test_redelivered_record_is_applied_once(shop, applier, merchant) -> None:
    s = shop.sessions.create("100", CLI_ACTOR)
    batch = [record(merchant, s.id, "0.50", shop.clock())]
    applier.apply(batch)
    assert applier.apply(batch) == []
    applier.apply(batch + batch)
    assert shop.sessions.get(s.id).usdc_received == Decimal("0.50")
    with shop.db.read() as db:
        assert db.scalar(select(func.count()).select_from(PaymentRow)) == 1


def test_partial_then_remainder(shop, applier, merchant) -> None:
    s = shop.sessions.create("841", CLI_ACTOR)  # 10.00 USDC
    applier.apply([record(merchant, s.id, "4", shop.clock())])
    assert shop.sessions.get(s.id).status is SessionStatus.PARTIALLY_PAID
    applier.apply([record(merchant, s.id, "6", shop.clock())])
    assert shop.sessions.get(s.id).status is SessionStatus.PAID
    assert events(shop) == ["payment.partial", "payment.success"]


def test_fake_issuer_and_other_assets_never_pay(shop, applier, merchant) -> None:
    s = shop.sessions.create("841", CLI_ACTOR)
    fake_issuer = Keypair.random().public_key
    applier.apply([
        record(merchant, s.id, "10", shop.clock(), asset_issuer=fake_issuer),
        record(merchant, s.id, "10", shop.clock(), asset_issuer=PUBLIC.usdc_issuer),
        record(merchant, s.id, "10", shop.clock(), asset_type="native", asset_code=None,
               asset_issuer=None),
        record(merchant, s.id, "10", shop.clock(), transaction_successful=False),
        record(PAYER, s.id, "10", shop.clock(), source_account=merchant),
    ])  # fmt: skip
    assert shop.sessions.get(s.id).status is SessionStatus.OPEN
    with shop.db.read() as db:
        kept = payments_repo.unmatched(db)
        rows = db.scalars(select(PaymentRow)).all()
    # the two fake USDC are kept as refused, for the owner to see; nothing else is stored
    assert kept == []
    assert sorted((r.status, r.asset_issuer) for r in rows) == sorted(
        [("refused", fake_issuer), ("refused", PUBLIC.usdc_issuer)]
    )
    assert all(r.session_id is None for r in rows)
    assert events(shop) == []


def test_unmatched_payments_are_kept(shop, applier, merchant) -> None:
    s = shop.sessions.create("841", CLI_ACTOR)
    shop.sessions.cancel(s.id, CLI_ACTOR)
    applier.apply([
        record(merchant, None, "1", shop.clock()),
        record(merchant, "invoice 17", "2", shop.clock()),
        record(merchant, "pay_" + "a" * 24, "3", shop.clock()),
        record(merchant, s.id, "10", shop.clock()),
    ])  # fmt: skip
    with shop.db.read() as db:
        kept = payments_repo.unmatched(db)
    assert sorted(p.amount for p in kept) == [1, 2, 3, 10]
    assert {p.reason for p in kept} == {
        "no memo", "memo is not a posapp session", "memo names no session here",
        "session cancelled",
    }  # fmt: skip
    assert events(shop).count("payment.unmatched") == 4
    assert shop.sessions.get(s.id).status is SessionStatus.CANCELLED


def test_muxed_id_payment_credits_its_session(shop, applier, merchant) -> None:
    s = shop.sessions.create("841", CLI_ACTOR)
    applier.apply([record(merchant, None, "10", shop.clock(), type="invoke_host_function",
                          destination_muxed_id=s.muxed_id)])  # fmt: skip
    assert shop.sessions.get(s.id).status is SessionStatus.PAID


def test_late_payment_inside_window_is_paid_late(shop, applier, merchant) -> None:
    s = shop.sessions.create("841", CLI_ACTOR)
    shop.clock.advance(minutes=20)
    assert [x.id for x in shop.sessions.expire_due()] == [s.id]
    applier.apply([record(merchant, s.id, "10", shop.clock())])
    got = shop.sessions.get(s.id)
    assert got.status is SessionStatus.PAID_LATE and got.paid_at == shop.clock()
    assert events(shop) == ["session.expired", "payment.late"]


def test_after_monitoring_window_it_is_unmatched(shop, applier, merchant) -> None:
    s = shop.sessions.create("841", CLI_ACTOR)
    shop.clock.advance(hours=30)
    shop.sessions.expire_due()
    applier.apply([record(merchant, s.id, "10", shop.clock())])
    assert shop.sessions.get(s.id).status is SessionStatus.EXPIRED
    with shop.db.read() as db:
        assert [p.reason for p in payments_repo.unmatched(db)] == [
            "arrived after the monitoring window"
        ]


def test_overpayment_and_second_payment_recorded(shop, applier, merchant) -> None:
    s = shop.sessions.create("841", CLI_ACTOR)
    applier.apply([record(merchant, s.id, "12", shop.clock())])
    applier.apply([record(merchant, s.id, "1", shop.clock())])
    got = shop.sessions.get(s.id)
    assert got.status is SessionStatus.PAID and got.overpaid == Decimal("3")
    assert len(shop.sessions.payments_of(s.id)) == 2


def test_failure_mid_batch_rolls_back_payments_and_cursor(
    shop, applier, merchant, monkeypatch
) -> None:
    s = shop.sessions.create("841", CLI_ACTOR)
    good = record(merchant, s.id, "10", shop.clock())
    bad = record(merchant, None, "1", shop.clock())
    from posapp.services.detection import applier as payments_module

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(payments_module, "unmatched_event", explode)
    with pytest.raises(RuntimeError):
        applier.apply([good, bad])
    assert shop.sessions.get(s.id).status is SessionStatus.OPEN
    assert applier.load_cursor() is None
    monkeypatch.undo()
    applier.apply([good, bad])
    assert shop.sessions.get(s.id).status is SessionStatus.PAID
    assert applier.load_cursor() == bad.paging_token


def test_malformed_record_moves_cursor_only(shop, applier) -> None:
    applier.apply([ReceivedRecord(paging_token="5000", records=(), error="bad json")])
    assert applier.load_cursor() == "5000"
    with shop.db.read() as db:
        assert cursor_repo.load(db, applier.cursor_name) == "5000"


def test_stranger_with_a_uint64_muxed_id_is_kept_unmatched(shop, applier, merchant) -> None:
    applier.apply([record(merchant, None, "2", shop.clock(), destination_muxed_id=2**64 - 1)])
    with shop.db.read() as db:
        assert [p.amount for p in payments_repo.unmatched(db)] == [2]


def test_a_sale_opened_on_another_network_is_not_paid_from_this_one(
    shop, applier, merchant
) -> None:
    public = shop.config.with_changes(network="public")
    public_sessions = SessionService(shop.db, public, build_rate_source(public.rates), shop.clock)
    old = public_sessions.create("841", CLI_ACTOR)  # opened while the shop was on public
    assert old.network == "public"
    # the shop now follows testnet with the same account: testnet USDC, same memo
    applied = applier.apply([record(merchant, old.id, "10", shop.clock())])
    assert [(a.matched, a.reason) for a in applied] == [(False, "session of another network")]
    assert shop.sessions.get(old.id).status is SessionStatus.OPEN
    with shop.db.read() as db:
        kept = payments_repo.unmatched(db)
    assert [(p.amount, p.session_id) for p in kept] == [(Decimal(10), None)]
    assert events(shop) == ["payment.unmatched"]
    # a sale of this network is paid as usual
    fresh = shop.sessions.create("841", CLI_ACTOR)
    applier.apply([record(merchant, fresh.id, "10", shop.clock())])
    assert shop.sessions.get(fresh.id).status is SessionStatus.PAID


# ---- money beyond what a sale asked for -----------------------------------------------------


def payloads(shop, kind: str) -> list[dict]:
    with shop.db.read() as db:
        rows = db.scalars(select(WebhookEventRow).order_by(WebhookEventRow.created_at))
        return [json.loads(r.payload) for r in rows if r.type == kind]


def overpayments(shop) -> list[tuple[str, Decimal, str | None]]:
    listed = UnmatchedService(
        shop.db, shop.config, AuditLog(shop.db, shop.clock), shop.clock
    ).overpayments(OWNER)
    return [(p.operation_id, p.overpaid, p.session_id) for p in listed]


@pytest.mark.parametrize("late", [False, True])
def test_money_for_a_finished_sale_is_an_overpayment_everyone_learns_of(
    shop, applier, merchant, late: bool
) -> None:
    s = shop.sessions.create("841", CLI_ACTOR)  # 10.00 USDC
    if late:
        shop.clock.advance(minutes=20)
        shop.sessions.expire_due()
    applier.apply([record(merchant, s.id, "10", shop.clock())])
    status = SessionStatus.PAID_LATE if late else SessionStatus.PAID
    assert shop.sessions.get(s.id).status is status
    assert payloads(shop, "payment.overpaid") == [] and overpayments(shop) == []

    again = record(merchant, s.id, "3", shop.clock())
    [applied] = applier.apply([again])
    assert applied.matched and applied.session.status is status
    [event] = payloads(shop, "payment.overpaid")
    data = event["data"]
    assert data["session_id"] == s.id and data["status"] == status.value
    assert (data["overpaid_amount"], data["payer"]) == ("3.00", PAYER)
    op = again.records[0]
    assert (data["tx_hash"], data["operation_id"]) == (op.transaction_hash, op.operation_id)
    assert data["amount_received"] == "13.00"
    assert overpayments(shop) == [(op.operation_id, Decimal(3), s.id)]


def test_the_payment_that_overpays_a_sale_reports_its_excess(shop, applier, merchant) -> None:
    s = shop.sessions.create("841", CLI_ACTOR)  # 10.00 USDC
    applier.apply([record(merchant, s.id, "4", shop.clock())])
    over = record(merchant, s.id, "8.5", shop.clock())
    applier.apply([over])
    assert shop.sessions.get(s.id).status is SessionStatus.PAID
    assert sorted(events(shop)) == ["payment.overpaid", "payment.partial", "payment.success"]
    [event] = payloads(shop, "payment.overpaid")
    assert event["data"]["overpaid_amount"] == "2.50"
    assert overpayments(shop) == [(over.records[0].operation_id, Decimal("2.5"), s.id)]


def test_an_exact_or_tolerated_payment_is_no_overpayment(shop, applier, merchant) -> None:
    s = shop.sessions.create("841", CLI_ACTOR)
    applier.apply([record(merchant, s.id, "10", shop.clock())])
    assert payloads(shop, "payment.overpaid") == [] and overpayments(shop) == []


@pytest.mark.parametrize("ending", ["cancelled", "expired long ago"])
def test_money_for_a_cancelled_or_long_expired_sale_is_kept_and_announced(
    shop, applier, merchant, ending: str
) -> None:
    s = shop.sessions.create("841", CLI_ACTOR)
    if ending == "cancelled":
        shop.sessions.cancel(s.id, CLI_ACTOR)
    else:
        shop.clock.advance(hours=30)
        shop.sessions.expire_due()
    applier.apply([record(merchant, s.id, "10", shop.clock())])
    with shop.db.read() as db:
        [kept] = payments_repo.unmatched(db)
    assert kept.amount == Decimal(10) and kept.session_id is None
    [event] = payloads(shop, "payment.unmatched")
    assert event["data"]["memo"] == s.id and event["data"]["amount"] == "10.00"
