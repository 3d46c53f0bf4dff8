"""Refunds end to end on the devnet: posapp prepares the unsigned transaction, the test signs
it with the merchant's key (the owner's wallet), submits it with stellar-sdk's ``Server``, and
the watcher settles the refund from the ledger."""

from __future__ import annotations

import json
import time
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from stellar_sdk import (
    Asset,
    Keypair,
    MuxedAccount,
    Server,
    TextMemo,
    TransactionBuilder,
    TransactionEnvelope,
)
from stellar_sdk.exceptions import BadRequestError
from stellar_sdk.memo import IdMemo
from stellar_sdk.operation import Payment
from stellar_sdk.sep.stellar_uri import TransactionStellarUri

from posapp.core.clock import utc_now
from posapp.core.errors import HorizonError, InvalidTransition, PermissionDenied
from posapp.core.refund import RefundMarker, RefundState
from posapp.core.roles import Actor, Approval, Permission, Role
from posapp.core.session import SessionStatus
from posapp.services.backoffice.reconcile import Reconciler
from posapp.services.detection.applier import PaymentApplier
from posapp.services.refunds.service import MemoRequired, RefundRefused, RefundService
from posapp.services.refunds.settlement import expire_due
from posapp.services.staff.audit import AuditLog
from posapp.stellar.networks import TESTNET
from posapp.storage import ledger_repo, refunds_repo
from posapp.storage.models import AuditRow, RefundRow, WebhookEventRow
from posapp.webhooks.delivery import WebhookDeliverer
from posapp.webhooks.signing import generate_secret
from tests.support.records import record
from tests.support.refunds import OWNER, PASSPHRASE, RefundShop
from tests.support.shop import UNREACHABLE_HORIZON
from tests.support.webhook_receiver import Receiver

USDC = Asset("USDC", TESTNET.usdc_issuer)


def event_types(shop: RefundShop) -> list[str]:
    with shop.db.read() as s:
        rows = s.scalars(select(WebhookEventRow.type).order_by(WebhookEventRow.created_at))
        return [t for t in rows if t.startswith("refund.")]


def refund_count(shop: RefundShop) -> int:
    with shop.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(RefundRow)) or 0)


def test_a_partial_refund_is_built_exactly_signed_elsewhere_and_settled(
    refund_shop: RefundShop,
) -> None:
    shop = refund_shop
    sale = shop.sell()
    assert sale.status is SessionStatus.PAID and sale.usdc_received == Decimal("10")
    sequence = Server(shop.devnet.url).load_account(shop.merchant).sequence
    before = utc_now()

    prepared = shop.refunds.create(sale.id, OWNER, amount="2.5", reason="returned")

    refund = prepared.refund
    assert refund.state is RefundState.WAITING and refund.id.startswith("rf_")
    envelope = TransactionEnvelope.from_xdr(refund.envelope_xdr, PASSPHRASE)
    tx = envelope.transaction
    assert envelope.signatures == []  # posapp never signs
    assert tx.source.account_id == shop.merchant
    assert tx.sequence == sequence + 1 == refund.sequence
    assert tx.fee == 100 == refund.fee_stroops  # the devnet's fee_stats median, one operation
    bounds = tx.preconditions.time_bounds
    assert before.timestamp() - 2 <= bounds.min_time <= bounds.max_time
    assert bounds.max_time - bounds.min_time == pytest.approx(15 * 60, abs=2)
    (op,) = tx.operations
    assert isinstance(op, Payment)
    assert op.destination.account_id == shop.devnet.customer
    assert op.asset == USDC and op.amount == "2.5"
    assert tx.memo == TextMemo(refund.id) and len(refund.id.encode()) <= 28

    uri = TransactionStellarUri.from_uri(prepared.uri, PASSPHRASE)
    assert uri.transaction_envelope.to_xdr() == refund.envelope_xdr
    assert uri.network_passphrase == PASSPHRASE and uri.pubkey == shop.merchant
    assert "2.50 USDC" in uri.msg and "returned" in uri.msg

    answer = shop.sign_and_submit(refund.envelope_xdr)
    shop.sync()

    done = shop.refunds.get(refund.id)
    assert done.state is RefundState.SUCCEEDED and done.tx_hash == answer["hash"]
    after = shop.sessions.get(sale.id)
    assert after.status is SessionStatus.PAID  # the payment status stays readable
    assert (
        after.refunded == Decimal("2.5") and after.refund_marker is RefundMarker.PARTIALLY_REFUNDED
    )
    assert after.refunded_fiat == Decimal("210.25")  # 841 × 2.5 / 10
    assert event_types(shop) == ["refund.created", "refund.succeeded"]
    assert shop.devnet.balance(shop.merchant, "USDC", TESTNET.usdc_issuer) == Decimal("7.5")
    with shop.db.read() as s:
        audited = list(s.scalars(select(AuditRow.action).order_by(AuditRow.id)))
    assert [a for a in audited if a.startswith("refund.")] == ["refund.created", "refund.succeeded"]


def test_refunds_add_up_to_what_was_received_and_no_further(refund_shop: RefundShop) -> None:
    shop = refund_shop
    sale = shop.sell()
    first = shop.refunds.create(sale.id, OWNER, amount="6")
    with pytest.raises(RefundRefused, match=r"more than the 4\.00 USDC still refundable"):
        shop.refunds.create(sale.id, OWNER, amount="5")
    second = shop.refunds.create(sale.id, OWNER)  # the rest: 4
    assert second.refund.amount == Decimal("4")
    with pytest.raises(RefundRefused, match="already refunded or waiting"):
        shop.refunds.create(sale.id, OWNER, amount="0.01")
    shop.sign_and_submit(first.refund.envelope_xdr)
    shop.sync()
    # the second was built on the same sequence: rebuild it after the first went through
    rebuilt = shop.refunds.rebuild(second.refund.id, OWNER)
    shop.sign_and_submit(rebuilt.refund.envelope_xdr)
    shop.sync()
    sale = shop.sessions.get(sale.id)
    assert sale.refunded == Decimal("10") and sale.refund_marker is RefundMarker.REFUNDED
    assert sale.refunded_fiat == sale.fiat_amount


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("0", "greater than zero"),
        ("-1", "greater than zero"),
        ("1.12345678", "more than 7 decimal places"),
        ("abc", "not a number"),
        ("10.0000001", "more than the 10.00 USDC still refundable"),
        (1.5, "not a float"),
    ],
)
def test_bad_amounts_are_refused_and_nothing_is_stored(
    refund_shop: RefundShop, amount: object, message: str
) -> None:
    sale = refund_shop.sell()
    with pytest.raises(RefundRefused, match=message):
        refund_shop.refunds.create(sale.id, OWNER, amount=amount)
    assert refund_count(refund_shop) == 0


def test_the_overpaid_excess_goes_back_without_touching_the_sale(refund_shop: RefundShop) -> None:
    shop = refund_shop
    sale = shop.sell(paid="12")
    assert sale.overpaid == Decimal("2")
    prepared = shop.refunds.create(sale.id, OWNER, amount=sale.overpaid, reason="overpaid")
    shop.sign_and_submit(prepared.refund.envelope_xdr)
    shop.sync()
    after = shop.sessions.get(sale.id)
    assert after.refunded == Decimal("2") and after.refunded_fiat == 0
    assert after.net_fiat == after.fiat_amount


def test_a_sale_that_received_nothing_has_nothing_to_refund(refund_shop: RefundShop) -> None:
    sale = refund_shop.sessions.create("100", OWNER)
    with pytest.raises(RefundRefused, match="still waiting for its payment"):
        refund_shop.refunds.create(sale.id, OWNER)
    refund_shop.sessions.cancel(sale.id, OWNER)
    with pytest.raises(RefundRefused, match="received nothing"):
        refund_shop.refunds.create(sale.id, OWNER)


def test_a_payment_with_the_memo_but_another_amount_is_flagged_not_counted(
    refund_shop: RefundShop,
) -> None:
    shop = refund_shop
    sale = shop.sell()
    refund = shop.refunds.create(sale.id, OWNER, amount="3").refund
    server = Server(shop.devnet.url)
    tx = (
        TransactionBuilder(server.load_account(shop.merchant), PASSPHRASE, base_fee=100)
        .append_payment_op(shop.devnet.customer, USDC, "2")
        .add_text_memo(refund.id)
        .set_timeout(60)
        .build()
    )
    tx.sign(shop.merchant_key)
    server.submit_transaction(tx)
    shop.sync()

    assert shop.refunds.get(refund.id).state is RefundState.WAITING
    assert shop.sessions.get(sale.id).refunded == 0
    with shop.db.read() as s:
        (flagged,) = refunds_repo.outgoing(s, flagged_only=True)
    assert flagged.refund_id == refund.id and not flagged.matched
    assert "sent 2.00 USDC, not the refund's 3.00" in flagged.reason


def test_time_bounds_passed_expire_the_refund_and_a_rebuild_uses_a_fresh_sequence(
    refund_shop: RefundShop,
) -> None:
    shop = refund_shop
    sale = shop.sell()
    quick = shop.with_validity(timedelta(seconds=1))
    old = quick.create(sale.id, OWNER, amount="1").refund
    expired = expire_due(shop.db, utc_now() + timedelta(minutes=2))
    assert [r.id for r in expired] == [old.id]
    assert shop.refunds.get(old.id).state is RefundState.EXPIRED
    assert event_types(shop) == ["refund.created", "refund.expired"]
    # the expired amount is free again
    assert shop.refunds.refundable(sale.id).remaining == Decimal("10")

    rebuilt = shop.refunds.rebuild(old.id, OWNER).refund
    assert rebuilt.id == old.id and rebuilt.state is RefundState.WAITING
    assert rebuilt.valid_until > old.valid_until and rebuilt.envelope_xdr != old.envelope_xdr
    shop.sign_and_submit(rebuilt.envelope_xdr)
    shop.sync()
    assert shop.refunds.get(old.id).state is RefundState.SUCCEEDED


def test_the_ledger_refuses_a_refund_signed_after_its_time_bounds(
    refund_shop: RefundShop,
) -> None:
    shop = refund_shop
    sale = shop.sell()
    refund = shop.with_validity(timedelta(seconds=1)).create(sale.id, OWNER, amount="1").refund
    time.sleep(2.2)  # the owner signs too late
    with pytest.raises(BadRequestError) as refused:
        shop.sign_and_submit(refund.envelope_xdr)
    assert refused.value.extras["result_codes"]["transaction"] == "tx_too_late"


def test_cancel_holds_the_amount_until_the_time_bounds_and_a_payment_seen_anyway_counts(
    refund_shop: RefundShop,
) -> None:
    shop = refund_shop
    sale = shop.sell()
    refund = shop.refunds.create(sale.id, OWNER, amount="4").refund
    assert shop.refunds.cancel(refund.id, OWNER).state is RefundState.CANCELLED
    with pytest.raises(InvalidTransition, match="only a waiting one"):
        shop.refunds.cancel(refund.id, OWNER)
    # a transaction signed before the cancel could still go through: its 4 stay held ...
    assert shop.refunds.refundable(sale.id).remaining == Decimal("6")
    with pytest.raises(RefundRefused, match="more than"):
        shop.refunds.create(sale.id, OWNER, amount="7")
    # ... until its time bounds have passed
    later = RefundService(
        shop.db, shop.config, AuditLog(shop.db),
        clock=lambda: utc_now() + timedelta(minutes=16),
    )  # fmt: skip
    assert later.refundable(sale.id).remaining == Decimal("10")
    shop.sign_and_submit(refund.envelope_xdr)  # signed before the cancel reached the owner
    shop.sync()
    assert shop.refunds.get(refund.id).state is RefundState.SUCCEEDED
    assert shop.sessions.get(sale.id).refunded == Decimal("4")
    assert event_types(shop) == ["refund.created", "refund.cancelled", "refund.succeeded"]


def test_an_unmatched_payment_goes_back_to_its_payer(refund_shop: RefundShop) -> None:
    shop = refund_shop
    paid = shop.devnet.pay(to=shop.merchant, amount="7.25")  # no memo
    shop.sync()
    with shop.db.read() as s:
        assert ledger_repo.get(s, paid.operation_id).status == ledger_repo.UNMATCHED
    prepared = shop.refunds.create(paid.operation_id, OWNER, reason="stranger")
    assert prepared.refund.amount == Decimal("7.25")
    assert prepared.refund.destination == shop.devnet.customer
    with shop.db.read() as s:
        assert ledger_repo.get(s, paid.operation_id).status == ledger_repo.REFUND
    shop.sign_and_submit(prepared.refund.envelope_xdr)
    shop.sync()
    assert shop.refunds.get(prepared.refund.id).state is RefundState.SUCCEEDED
    with pytest.raises(RefundRefused, match="already refunded"):
        shop.refunds.create(paid.operation_id, OWNER)


def test_a_payment_credited_to_a_sale_is_refunded_through_the_sale(
    refund_shop: RefundShop,
) -> None:
    shop = refund_shop
    sale = shop.sell()
    with shop.db.read() as s:
        (payment,) = ledger_repo.credited_to(s, sale.id)
    with pytest.raises(RefundRefused, match=f"belongs to sale {sale.id}"):
        shop.refunds.create(payment.operation_id, OWNER)


def test_a_payer_who_used_a_muxed_account_is_refunded_to_that_muxed_address(
    refund_shop: RefundShop,
) -> None:
    shop = refund_shop
    payer = Keypair.random()
    shop.devnet.create_account(payer.public_key)
    shop.devnet.pay(to=payer.public_key, amount="50")
    sale = shop.sessions.create("841", OWNER)
    server = Server(shop.devnet.url)
    muxed = MuxedAccount(payer.public_key, 77)
    account = server.load_account(payer.public_key)
    account.account = muxed
    tx = (
        TransactionBuilder(account, PASSPHRASE, base_fee=100)
        .append_payment_op(shop.merchant, USDC, "10")
        .add_text_memo(sale.id)
        .set_timeout(60)
        .build()
    )
    tx.sign(payer)
    server.submit_transaction(tx)
    shop.sync()
    assert shop.sessions.get(sale.id).status is SessionStatus.PAID

    refund = shop.refunds.create(sale.id, OWNER, amount="1").refund
    assert refund.destination == muxed.account_muxed
    (op,) = TransactionEnvelope.from_xdr(refund.envelope_xdr, PASSPHRASE).transaction.operations
    assert op.destination == muxed
    shop.sign_and_submit(refund.envelope_xdr)
    shop.sync()
    assert shop.refunds.get(refund.id).state is RefundState.SUCCEEDED
    assert shop.devnet.balance(payer.public_key, "USDC", TESTNET.usdc_issuer) == Decimal("41")


def test_an_exchange_that_requires_a_memo_gets_its_memo(refund_shop: RefundShop) -> None:
    shop = refund_shop
    exchange = Keypair.random()
    shop.devnet.create_account(exchange.public_key, memo_required=True)
    shop.devnet.pay(to=exchange.public_key, amount="50")
    sale = shop.sessions.create("841", OWNER)
    shop.devnet.pay(to=shop.merchant, amount="10", memo=sale.id, from_account=exchange.public_key)
    shop.sync()
    with pytest.raises(MemoRequired, match="requires a memo"):
        shop.refunds.create(sale.id, OWNER)
    assert refund_count(shop) == 0

    refund = shop.refunds.create(sale.id, OWNER, memo="4417788").refund
    assert (refund.memo_type, refund.memo) == ("id", "4417788")
    assert TransactionEnvelope.from_xdr(refund.envelope_xdr, PASSPHRASE).transaction.memo == (
        IdMemo(4417788)
    )
    shop.sign_and_submit(refund.envelope_xdr)
    shop.sync()
    assert shop.refunds.get(refund.id).state is RefundState.SUCCEEDED


def test_a_payer_without_a_usdc_trustline_is_refused_before_building(
    refund_shop: RefundShop,
) -> None:
    shop = refund_shop
    payer = Keypair.random()
    shop.devnet.create_account(payer.public_key)
    shop.devnet.pay(to=payer.public_key, amount="20")
    sale = shop.sessions.create("841", OWNER)
    shop.devnet.pay(to=shop.merchant, amount="10", memo=sale.id, from_account=payer.public_key)
    shop.sync()
    server = Server(shop.devnet.url)
    # the payer drops the trustline after emptying it
    back = (
        TransactionBuilder(server.load_account(payer.public_key), PASSPHRASE, base_fee=100)
        .append_payment_op(shop.devnet.customer, USDC, "10")
        .append_change_trust_op(USDC, limit="0")
        .set_timeout(60)
        .build()
    )
    back.sign(payer)
    server.submit_transaction(back)
    with pytest.raises(RefundRefused, match="op_no_trust"):
        shop.refunds.create(sale.id, OWNER)
    assert refund_count(shop) == 0


def test_horizon_unreachable_while_building_stores_nothing(refund_shop: RefundShop) -> None:
    shop = refund_shop
    sale = shop.sell()
    offline = RefundService(
        shop.db, shop.config.with_changes(horizon_url=UNREACHABLE_HORIZON), AuditLog(shop.db)
    )
    with pytest.raises(HorizonError, match="cannot reach Horizon"):
        offline.create(sale.id, OWNER)
    assert refund_count(shop) == 0 and event_types(shop) == []


def test_a_cashier_refunds_only_with_an_owners_approval(refund_shop: RefundShop) -> None:
    shop = refund_shop
    sale = shop.sell()
    cashier = Actor("ravi", Role.CASHIER)
    with pytest.raises(PermissionDenied):
        shop.refunds.create(sale.id, cashier)
    approved = cashier.with_approval(Approval(Permission.REFUND, "meera"))
    refund = shop.refunds.create(sale.id, approved, amount="1").refund
    assert (refund.created_by, refund.approved_by) == ("ravi", "meera")
    with shop.db.read() as s:
        details = list(
            s.scalars(select(AuditRow.detail).where(AuditRow.action == "refund.created"))
        )
    assert details and "approved by meera" in details[0]


def test_refund_webhooks_verify_with_standardwebhooks(
    refund_shop: RefundShop, receiver: Receiver
) -> None:
    shop = refund_shop
    sale = shop.sell()
    refund = shop.refunds.create(sale.id, OWNER, amount="1.25", reason="scratched").refund
    shop.sign_and_submit(refund.envelope_xdr)
    shop.sync()
    secret = generate_secret()
    receiver.secrets = [secret]
    deliverer = WebhookDeliverer(
        shop.db, endpoint_url=lambda: receiver.url, secrets=lambda _now: (secret,)
    )
    try:
        while deliverer.deliver_due():
            pass
    finally:
        deliverer.close()
    assert receiver.requests and all(r.verified for r in receiver.requests)
    refund_events = [json.loads(r.body) for r in receiver.requests if b'"refund.' in r.body]
    assert [e["type"] for e in refund_events] == ["refund.created", "refund.succeeded"]
    data = refund_events[1]["data"]
    assert data["refund_id"] == refund.id and data["session_id"] == sale.id
    assert data["amount"] == "1.25" and data["destination"] == shop.devnet.customer
    assert data["state"] == "succeeded" and data["tx_hash"] and data["reason"] == "scratched"


def test_reconciliation_matches_refund_payments_and_flags_the_wrong_one(
    refund_shop: RefundShop,
) -> None:
    shop = refund_shop
    sale = shop.sell()
    good = shop.refunds.create(sale.id, OWNER, amount="1").refund
    shop.sign_and_submit(good.envelope_xdr)
    other = shop.refunds.create(sale.id, OWNER, amount="3").refund
    server = Server(shop.devnet.url)
    wrong = (
        TransactionBuilder(server.load_account(shop.merchant), PASSPHRASE, base_fee=100)
        .append_payment_op(shop.devnet.customer, USDC, "2")
        .add_text_memo(other.id)
        .set_timeout(60)
        .build()
    )
    wrong.sign(shop.merchant_key)
    server.submit_transaction(wrong)
    start = utc_now() - timedelta(hours=1)
    end = utc_now() + timedelta(minutes=5)
    reconciler = Reconciler(shop.db, shop.config)

    before = reconciler.reconcile(start, end, OWNER)  # the watcher has not caught up yet
    assert {d.kind for d in before.discrepancies} == {"refund_missing"}

    shop.sync()
    report = reconciler.reconcile(start, end, OWNER)
    (sent,) = report.refunds
    assert sent.detail == f"refund {good.id}" and sent.network_amount == Decimal("1")
    (flagged,) = report.of_kind("refund_flagged")
    assert other.id in flagged.detail and flagged.network_amount == Decimal("2")
    assert [r.id for r in report.refunds_waiting] == [other.id]


def test_a_payer_account_that_is_gone_is_refused_before_building(
    refund_shop: RefundShop,
) -> None:
    shop = refund_shop
    sale = shop.sessions.create("841", OWNER)
    gone = Keypair.random().public_key  # paid, then merged away: no account on the ledger
    PaymentApplier(shop.db, shop.config).apply(
        [record(shop.merchant, sale.id, "10", utc_now(), source_account=gone)]
    )
    assert shop.sessions.get(sale.id).status is SessionStatus.PAID
    with pytest.raises(RefundRefused, match=f"{gone} no longer exists.*op_no_destination"):
        shop.refunds.create(sale.id, OWNER)
    assert refund_count(shop) == 0
