"""Several counters share one outbox: an event is claimed by one counter at a time
(``FOR UPDATE SKIP LOCKED`` on PostgreSQL), given back when not sent, and sent by another
counter only once the claim has lapsed (a dead counter's events are retried, same id)."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from posapp.storage import webhook_repo as repo
from posapp.storage.engine import Database
from posapp.webhooks.delivery import WebhookDeliverer
from posapp.webhooks.signing import generate_secret
from tests.support.clock import MovableClock as FakeClock
from tests.support.webhook_receiver import Receiver

SECRET = generate_secret()
LEASE = timedelta(seconds=60)


def due_times(db: Database) -> dict[str, object]:
    with db.read() as s:
        return {e.id: e.next_attempt_at for e in repo.list_events(s, limit=100)}


def test_a_claim_hides_events_until_recorded_or_given_back(
    db: Database, clock: FakeClock, add_events: Callable[..., list[str]]
) -> None:
    ids = add_events(db, 3, now=clock.now)
    before = due_times(db)
    with db.write(exclusive=False) as s:
        claimed = repo.claim_due(s, clock.now, clock.now + LEASE, limit=2)
    mine = [e.id for e in claimed]
    assert len(mine) == 2 and set(mine) < set(ids)
    assert [e.next_attempt_at for e in claimed] == [before[i] for i in mine]  # as read
    with db.write(exclusive=False) as s:
        rest = [e.id for e in repo.claim_due(s, clock.now, clock.now + LEASE)]
        assert rest == [i for i in ids if i not in mine]
        assert repo.claim_due(s, clock.now, clock.now + LEASE) == []
    with db.write(exclusive=False) as s:
        assert repo.release_claims(s, claimed, clock.now + LEASE) == 2
        assert repo.release_claims(s, claimed, clock.now + LEASE) == 0  # already given back
    assert {i: due_times(db)[i] for i in mine} == {i: before[i] for i in mine}
    with db.write(exclusive=False) as s:  # the given-back ones are due, the other is not
        assert sorted(e.id for e in repo.claim_due(s, clock.now, clock.now + LEASE)) == sorted(mine)
    with db.write(exclusive=False) as s:  # a lapsed claim is due again
        lapsed = repo.claim_due(s, clock.now + LEASE, clock.now + 2 * LEASE)
        assert sorted(e.id for e in lapsed) == sorted(ids)


def test_concurrent_claims_skip_each_others_rows(
    postgres_url: str, clock: FakeClock, add_events: Callable[..., list[str]]
) -> None:
    db = Database(postgres_url)
    try:
        ids = add_events(db, 6, now=clock.now)
        first_claimed = threading.Event()
        release_first = threading.Event()
        got: dict[str, list[str]] = {}

        def first() -> None:
            with db.write(exclusive=False) as s:
                got["first"] = [e.id for e in repo.claim_due(s, clock.now, clock.now + LEASE, 3)]
                first_claimed.set()
                release_first.wait(10)  # its transaction, and row locks, stay open

        thread = threading.Thread(target=first)
        thread.start()
        assert first_claimed.wait(10)
        with db.write(exclusive=False) as s:  # not blocked by the open transaction
            got["second"] = [e.id for e in repo.claim_due(s, clock.now, clock.now + LEASE, 6)]
        assert thread.is_alive()  # the second claim did not wait for the first to end
        release_first.set()
        thread.join(10)
        assert len(got["first"]) == 3
        assert sorted(got["first"] + got["second"]) == sorted(ids)  # disjoint, all claimed
    finally:
        db.dispose()


def test_a_dead_counters_claim_is_sent_by_another_after_the_lease(
    db: Database,
    receiver: Receiver,
    add_events: Callable[..., list[str]],
) -> None:
    receiver.secrets = [SECRET]
    clock = FakeClock(datetime.now(UTC))  # receivers check signatures' timestamps
    ids = add_events(db, 2, now=clock.now)
    with db.write(exclusive=False) as s:  # a counter claims both, then dies
        repo.claim_due(s, clock.now, clock.now + LEASE)
    other = WebhookDeliverer(
        db, lambda _now: (SECRET,), lambda: receiver.url, clock=clock,
        rng=random.Random(1), claim_lease=LEASE,
    )  # fmt: skip
    try:
        assert other.deliver_due() == 0
        assert receiver.requests == []
        clock.advance(seconds=LEASE.total_seconds())
        assert other.deliver_due() == 2
        assert sorted(r.webhook_id for r in receiver.requests) == sorted(ids)
        assert all(r.verified for r in receiver.requests)
        with db.read() as s:
            assert {e.status for e in repo.list_events(s, limit=10)} == {"delivered"}
    finally:
        other.close()


def test_events_not_started_in_time_are_given_back(
    db: Database,
    clock: FakeClock,
    receiver: Receiver,
    add_events: Callable[..., list[str]],
) -> None:
    """A clock that has already passed the claim's sending window sends nothing and leaves
    every event due, unclaimed, at its old time."""
    receiver.secrets = [SECRET]
    add_events(db, 3, now=clock.now)
    before = due_times(db)
    ticks = iter([clock.now] + [clock.now + LEASE] * 10)
    deliverer = WebhookDeliverer(
        db, lambda _now: (SECRET,), lambda: receiver.url, clock=lambda: next(ticks),
        rng=random.Random(1), claim_lease=LEASE,
    )  # fmt: skip
    try:
        assert deliverer.deliver_due() == 0
        assert receiver.requests == []
        assert due_times(db) == before
    finally:
        deliverer.close()


def test_events_due_at_the_same_moment_are_claimed_in_the_order_they_were_made(
    db: Database, clock: FakeClock
) -> None:
    """One transaction often writes several events of a sale with one due time; they must
    still go out in order, also after a claim was given back (the row then moves in
    PostgreSQL's heap and its index, so the due time alone would put it last)."""
    with db.write() as s:
        ids = [
            repo.enqueue(s, {"type": "payment.partial", "n": n}, session_id="pay_x", now=clock.now)
            for n in range(4)
        ]
    with db.write(exclusive=False) as s:
        (first,) = repo.claim_due(s, clock.now, clock.now + LEASE, limit=1)
    assert first.id == ids[0]
    with db.write(exclusive=False) as s:
        assert repo.release_claims(s, [first], clock.now + LEASE) == 1
    with db.write(exclusive=False) as s:
        claimed = [e.id for e in repo.claim_due(s, clock.now, clock.now + LEASE)]
    assert claimed == ids
