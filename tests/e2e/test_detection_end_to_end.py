"""Devnet + watcher + many payments with streams dropped and the watcher restarted:
every payment applied exactly once, none lost, no fake ever accepted."""

from __future__ import annotations

import random
import time
from decimal import Decimal

from sqlalchemy import func, select
from stellar_sdk import Keypair

from posapp.core.roles import CLI_ACTOR
from posapp.core.session import SessionStatus
from posapp.storage import cursor_repo
from posapp.storage.models import PaymentRow, SessionRow
from tests.support.waiting import wait_until

N_SESSIONS = 1000
DROPS = 50
RESTARTS = 10


def test_thousand_payments_through_drops_and_restarts(counter, start_watcher) -> None:
    ctx, net = counter.ctx, counter.devnet
    rng = random.Random(7)
    sessions = [
        ctx.sessions.create(str(rng.randint(100, 99_999)), CLI_ACTOR) for _ in range(N_SESSIONS)
    ]
    watcher = start_watcher()
    drop_at = set(rng.sample(range(N_SESSIONS), DROPS))
    restart_at = set(rng.sample(range(N_SESSIONS), RESTARTS))
    stop_times = []
    fake_issuer = Keypair.random().public_key
    for i, s in enumerate(sessions):
        net.pay(to=counter.merchant, amount=s.usdc_due, memo=s.id)
        if i % 100 == 0:  # a fake that must never pay anything, and an unmatched payment
            net.pay(to=counter.merchant, amount=s.usdc_due, memo=s.id, asset_issuer=fake_issuer)
            net.pay(to=counter.merchant, amount="1.5", memo=None)
        if i in drop_at:
            net.drop_streams()
        if i in restart_at:
            stop_times.append(watcher.stop())
            watcher = start_watcher()

    def all_paid() -> bool:
        with ctx.db.read() as db:
            return (
                db.scalar(select(func.count()).where(SessionRow.status == SessionStatus.PAID.value))
                == N_SESSIONS
            )

    wait_until(all_paid, 120, "every session paid")
    time.sleep(0.5)  # let any straggling re-delivery arrive before counting
    stop_times.append(watcher.stop())

    with ctx.db.read() as db:
        rows = db.scalars(select(SessionRow)).all()
        assert all(r.usdc_received_stroops == r.usdc_due_stroops for r in rows)
        credited = db.scalar(select(func.count()).where(PaymentRow.session_id.is_not(None)))
        unmatched = db.scalar(select(func.count()).where(PaymentRow.status == "unmatched"))
        cursor = cursor_repo.load(db, cursor_repo.cursor_name("testnet", counter.merchant))
    assert credited == N_SESSIONS
    assert unmatched == N_SESSIONS // 100  # the fakes were never stored, the memo-less kept
    latest = net.snapshot_payments(counter.merchant)[-1]
    assert int(cursor) == int(latest["paging_token"])
    # Bounded, not timed: a stop that hangs fails; how fast it is belongs to bench/.
    assert max(stop_times) < 5.0, stop_times


def test_watcher_restarted_later_catches_up_from_the_persisted_cursor(
    counter, start_watcher
) -> None:
    ctx, net = counter.ctx, counter.devnet
    first = ctx.sessions.create("841", CLI_ACTOR)
    watcher = start_watcher()
    net.pay(to=counter.merchant, amount=first.usdc_due, memo=first.id)
    wait_until(lambda: ctx.sessions.get(first.id).status is SessionStatus.PAID, 10, "first paid")
    watcher.stop()
    # while nothing watches, two payments arrive
    later = [ctx.sessions.create("841", CLI_ACTOR) for _ in range(2)]
    for s in later:
        net.pay(to=counter.merchant, amount=s.usdc_due, memo=s.id)
    start_watcher()
    for s in later:
        wait_until(lambda s=s: ctx.sessions.get(s.id).status is SessionStatus.PAID, 10, "caught up")
    assert ctx.sessions.get(first.id).usdc_received == Decimal("10.00")


def test_horizon_down_then_back(counter, start_watcher) -> None:
    ctx, net = counter.ctx, counter.devnet
    s = ctx.sessions.create("841", CLI_ACTOR)
    start_watcher()
    net.fail_for(1.5)
    net.drop_streams()
    net.pay(to=counter.merchant, amount=s.usdc_due, memo=s.id)
    wait_until(lambda: ctx.sessions.get(s.id).status is SessionStatus.PAID, 15, "paid after outage")
