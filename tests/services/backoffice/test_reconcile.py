"""Reconciliation against the devnet: one payment deliberately missing locally, one stored
but never on the network, one stored with a wrong amount, one sale total off."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import update
from stellar_sdk import Keypair

from posapp.core.errors import HorizonError, InvalidInput, PermissionDenied
from posapp.core.records import PaymentRecord
from posapp.core.roles import CLI_ACTOR, Actor, Role
from posapp.devnet import Devnet
from posapp.rates import RateSettings, build_rate_source
from posapp.services.backoffice.reconcile import (
    EXTRA,
    MISMATCH,
    MISSING,
    OVERPAID,
    SALE_TOTAL,
    ReconcileCancelled,
    Reconciler,
)
from posapp.services.config import ShopConfig, save_config
from posapp.services.detection.applier import PaymentApplier
from posapp.services.sales.sessions import SessionService
from posapp.stellar.horizon_reader import HorizonReader
from posapp.stellar.networks import TESTNET
from posapp.storage import payments_repo
from posapp.storage.engine import Database
from posapp.storage.models import PaymentRow, SessionRow

OWNER = Actor("owner", Role.OWNER)


@dataclass
class Net:
    devnet: Devnet
    db: Database
    config: ShopConfig
    sessions: SessionService
    applier: PaymentApplier
    merchant: str

    def sync(self) -> None:
        asyncio.run(HorizonReader(self.devnet.url, self.merchant).catch_up(self.applier))

    def window(self) -> tuple[datetime, datetime]:
        now = datetime.now(UTC)
        return now - timedelta(hours=1), now + timedelta(hours=1)


@pytest.fixture
def net(database_url: str) -> Iterator[Net]:
    with Devnet() as devnet:
        merchant = devnet.create_account()
        db = Database(database_url)
        config = ShopConfig(
            network="testnet",
            merchant_account=merchant,
            currency="INR",
            rates=RateSettings(
                mode="fixed", fixed_rates={"INR": Decimal("84.10")}, fixed_set_at=datetime.now(UTC)
            ),
            horizon_url=devnet.url,
        )
        save_config(db, config)
        sessions = SessionService(db, config, build_rate_source(config.rates))
        n = Net(devnet, db, config, sessions, PaymentApplier(db, config), merchant)
        n.sync()  # first start sets the cursor
        yield n
        db.dispose()


def pay_sales(net: Net, count: int) -> list[str]:
    ids = []
    for i in range(count):
        sale = net.sessions.create(str(100 + i), CLI_ACTOR)
        net.devnet.pay(to=net.merchant, amount=str(sale.usdc_due), memo=sale.id)
        ids.append(sale.id)
    return ids


def test_everything_matches_after_a_sync(net) -> None:
    pay_sales(net, 3)
    net.devnet.pay(to=net.merchant, amount="2", memo=None, memo_type="none")  # unmatched
    net.devnet.pay(to=net.merchant, amount="5", asset_code="XLM")  # not USDC: ignored
    net.devnet.pay(to=net.merchant, amount="1", memo="x", failed=True)  # failed: ignored
    net.sync()
    report = Reconciler(net.db, net.config).reconcile(*net.window(), OWNER)
    assert report.ok, report.discrepancies
    assert report.network_count == report.local_count == report.matched_count == 4


def test_missing_extra_mismatch_and_sale_totals_are_listed(net) -> None:
    sales = pay_sales(net, 3)
    net.sync()
    # deliberately missing locally: paid on the network after the last sync
    late = net.sessions.create("777", CLI_ACTOR)
    missing = net.devnet.pay(to=net.merchant, amount=str(late.usdc_due), memo=late.id)
    with net.db.write() as s:
        # a stored row the network never saw
        payments_repo.insert(
            s,
            PaymentRecord(
                operation_id="999999999",
                paging_token="999999999",
                transaction_hash="f" * 64,
                transaction_successful=True,
                type="payment",
                source_account=Keypair.random().public_key,
                destination=net.merchant,
                asset_type="credit_alphanum4",
                asset_code="USDC",
                asset_issuer=TESTNET.usdc_issuer,
                amount=Decimal("3"),
                created_at=datetime.now(UTC),
                memo_type="none",
            ),
            session_id=None,
            status="unmatched",
            reason="test",
            now=datetime.now(UTC),
        )
        # a stored amount that differs from the ledger
        s.execute(
            update(PaymentRow)
            .where(PaymentRow.session_id == sales[0])
            .values(amount_stroops=PaymentRow.amount_stroops + 1)
        )
        # a sale whose recorded total differs from its payments
        s.execute(
            update(SessionRow)
            .where(SessionRow.id == sales[1])
            .values(usdc_received_stroops=SessionRow.usdc_received_stroops + 10_000_000)
        )

    report = Reconciler(net.db, net.config).reconcile(*net.window(), OWNER)

    [miss] = report.of_kind(MISSING)
    assert miss.operation_id == missing.operation_id and miss.tx_hash == missing.tx_hash
    assert miss.network_amount == late.usdc_due and miss.local_amount is None
    assert late.id in miss.detail
    [extra] = report.of_kind(EXTRA)
    assert extra.operation_id == "999999999" and extra.local_amount == Decimal("3")
    [mismatch] = report.of_kind(MISMATCH)
    assert mismatch.session_id == sales[0]
    assert mismatch.local_amount - mismatch.network_amount == Decimal("0.0000001")
    assert "amount" in mismatch.detail
    totals = {d.session_id for d in report.of_kind(SALE_TOTAL)}
    assert totals == {sales[0], sales[1]}
    assert report.network_count == 4 and report.local_count == 4 and report.matched_count == 2


def test_a_range_without_payments_is_empty(net) -> None:
    pay_sales(net, 1)
    net.sync()
    start = datetime.now(UTC) - timedelta(days=3)
    report = Reconciler(net.db, net.config).reconcile(start, start + timedelta(days=1), OWNER)
    assert report.ok and report.network_count == 0 and report.local_count == 0


def test_many_pages_are_read_until_the_range_is_passed(net) -> None:
    for _ in range(230):  # more than one page of 200
        net.devnet.pay(to=net.merchant, amount="0.01", memo=None, memo_type="none")
    net.sync()
    pages: list[int] = []
    report = Reconciler(net.db, net.config).reconcile(
        *net.window(), OWNER, progress=lambda p, _seen: pages.append(p)
    )
    assert report.ok and report.network_count == 230
    assert pages == [1, 2]


def test_cancel_and_errors(net) -> None:
    reconciler = Reconciler(net.db, net.config)
    with pytest.raises(ReconcileCancelled):
        reconciler.reconcile(*net.window(), OWNER, progress=lambda _p, _s: False)
    with pytest.raises(PermissionDenied):
        reconciler.reconcile(*net.window(), Actor("c", Role.CASHIER))
    start, end = net.window()
    with pytest.raises(InvalidInput):
        reconciler.reconcile(end, start, OWNER)
    net.devnet.fail_for(5, 503)
    with pytest.raises(HorizonError):
        reconciler.reconcile(start, end, OWNER)


def test_overpaid_sales_have_their_own_section(net) -> None:
    [exact] = pay_sales(net, 1)
    sale = net.sessions.create("841", CLI_ACTOR)  # 10.00 USDC
    net.devnet.pay(to=net.merchant, amount="10.75", memo=sale.id)  # 0.75 too much
    again = net.devnet.pay(to=net.merchant, amount="2", memo=sale.id)  # all of it too much
    net.sync()
    report = Reconciler(net.db, net.config).reconcile(*net.window(), OWNER)
    assert report.ok  # nothing differs from the network: overpaid money is not an error
    assert [(d.kind, d.session_id, d.local_amount) for d in report.overpaid] == [
        (OVERPAID, sale.id, Decimal("0.75")),
        (OVERPAID, sale.id, Decimal("2")),
    ]
    assert report.overpaid[1].tx_hash == again.tx_hash
    assert report.overpaid_total == Decimal("2.75")
    assert all(d.session_id != exact for d in report.overpaid)
