"""``posapp --demo``'s F5/F6/F7: the simulated customer pays with signed transactions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow

from posapp.app.demo import DemoController, Simulation
from posapp.core.session import PaymentSession, SessionStatus, new_session_id
from posapp.devnet import Devnet

T0 = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


class FakeCashier(QMainWindow):
    """Just the signals DemoController follows."""

    sale_started = Signal(object)
    sale_changed = Signal(object)
    sale_cleared = Signal()


@pytest.fixture
def devnet_stream_timeout() -> float:
    """Short payment streams for this module's tests (the shared ``devnet`` uses it)."""
    return 5.0


def sale(merchant: str, due: str) -> PaymentSession:
    return PaymentSession(
        id=new_session_id(), muxed_id=7, status=SessionStatus.OPEN,
        fiat_amount=Decimal("840"), fiat_currency="INR", usdc_due=Decimal(due),
        usdc_received=Decimal(0), rate=Decimal("84"), rate_source="fixed", rate_time=T0,
        spread_percent=Decimal(0), network="testnet", destination=merchant, note="",
        cashier="c", terminal="t", created_at=T0, expires_at=T0 + timedelta(minutes=15),
        updated_at=T0,
    )  # fmt: skip


def test_demo_keys_pay_with_signed_transactions(qtbot, devnet: Devnet) -> None:
    merchant = devnet.create_account()
    cashier = FakeCashier()
    qtbot.addWidget(cashier)
    demo = DemoController(devnet, cashier)
    session = sale(merchant, "10.00")
    cashier.sale_started.emit(session)
    for kind in (Simulation.EXACT, Simulation.PARTIAL, Simulation.FAKE_ISSUER):
        count = len(devnet.snapshot_payments(merchant))
        assert demo.simulate(kind)
        qtbot.waitUntil(lambda c=count: len(devnet.snapshot_payments(merchant)) > c, timeout=10_000)
        qtbot.waitUntil(lambda: "tx " in cashier.statusBar().currentMessage(), timeout=10_000)
    records = devnet.snapshot_payments(merchant)[1:]
    assert [(r["type"], r["amount"], r["from"]) for r in records] == [
        ("payment", "10.0000000", demo.wallet.address),
        ("payment", "5.0000000", demo.wallet.address),
        ("payment", "10.0000000", demo.wallet.address),
    ]
    assert all(r["transaction_successful"] for r in records)
    assert [r["asset_issuer"] for r in records] == [devnet.usdc_issuer] * 2 + [demo.fake_issuer]
    for record in records:
        tx, _ = devnet.ledger.transaction(record["transaction_hash"])  # type: ignore[misc]
        assert tx.memo == session.memo and tx.signatures
    assert devnet.balance(merchant) == Decimal("15")
    assert devnet.balance(merchant, "USDC", demo.fake_issuer) == Decimal("10")
