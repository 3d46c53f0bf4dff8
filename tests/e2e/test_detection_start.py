"""Where the watcher starts on its first run: a payment made after setup is applied even when
Horizon kept no payment of the account, or could not be reached during setup (the watcher
started before Horizon came back)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy import delete
from stellar_sdk import Keypair

from posapp.core.roles import CLI_ACTOR
from posapp.core.session import SessionStatus
from posapp.devnet.server import Devnet
from posapp.services.context import build_context
from posapp.services.setup.provisioning import ProvisionRequest, provision
from posapp.storage import cursor_repo, payments_repo
from posapp.storage.cursor_repo import START_MARKS_KEY
from posapp.storage.engine import Database
from posapp.storage.models import SettingRow
from tests.support.waiting import free_port, wait_until


@pytest.mark.parametrize(
    ("history", "set_up_by_an_older_posapp"), [(True, False), (False, False), (True, True)]
)
def test_watcher_started_while_horizon_was_down_applies_every_later_payment(
    tmp_path: Path, database_url: str, watch_context, history: bool, set_up_by_an_older_posapp
) -> None:
    port = free_port()
    merchant = Keypair.random().public_key
    db = Database(database_url)
    net = Devnet(port=port, stream_timeout=3.0)
    try:
        provision(tmp_path, db, ProvisionRequest(
            network="testnet", account=merchant, currency="INR", rate="84.10",
            horizon_url=f"http://127.0.0.1:{port}",
        ))  # fmt: skip
        ctx = build_context(tmp_path, db)
        name = cursor_repo.cursor_name("testnet", merchant)
        with db.write() as write:
            assert cursor_repo.load(write, name) is None
            if set_up_by_an_older_posapp:  # no start mark: the oldest open sale bounds the start
                write.execute(delete(SettingRow).where(SettingRow.key == START_MARKS_KEY))
        sale = ctx.sessions.create("841", CLI_ACTOR)
        watcher = watch_context(ctx)
        time.sleep(0.3)  # the watcher tries Horizon and finds it down
        net.start()  # Horizon is back
        net.create_account(merchant, history=history)
        first = net.pay(to=merchant, amount="0.25")  # no memo: kept as unmatched
        net.pay(to=merchant, amount=sale.usdc_due, memo=sale.id)
        wait_until(
            lambda: ctx.sessions.get(sale.id).status is SessionStatus.PAID, 30, "the sale paid"
        )
        with db.read() as read:
            assert [p.tx_hash for p in payments_repo.unmatched(read)] == [first.tx_hash]
        watcher.stop()
    finally:
        net.stop()
        db.dispose()


def test_watcher_applies_the_first_payment_to_an_account_horizon_keeps_none_of(
    devnet: Devnet, watch_context, tmp_path: Path, database_url: str
) -> None:
    net = devnet
    merchant = net.create_account(history=False)
    db = Database(database_url)
    try:
        provision(tmp_path, db, ProvisionRequest(
            network="testnet", account=merchant, currency="INR", rate="84.10",
            horizon_url=net.url,
        ))  # fmt: skip
        ctx = build_context(tmp_path, db)
        watcher = watch_context(ctx)
        time.sleep(0.3)  # the watcher is following an account with no payment yet
        sale = ctx.sessions.create("841", CLI_ACTOR)
        net.pay(to=merchant, amount=sale.usdc_due, memo=sale.id)
        wait_until(lambda: ctx.sessions.get(sale.id).status is SessionStatus.PAID, 30, "paid")
        watcher.stop()
    finally:
        db.dispose()
