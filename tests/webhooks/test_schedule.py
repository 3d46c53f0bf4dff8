"""Retry schedule: table, jitter bounds, Retry-After, dead-letter."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from posapp.webhooks.schedule import (
    DEFAULT_DELAYS,
    MAX_RETRY_AFTER_SECONDS,
    RetrySchedule,
    parse_retry_after,
)

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
H = 3600


def test_default_table_starts_like_the_design_and_spans_about_three_days() -> None:
    assert DEFAULT_DELAYS[:9] == (0, 5, 300, 1800, 2 * H, 5 * H, 10 * H, 10 * H, 14 * H)
    schedule = RetrySchedule(jitter=False)
    assert schedule.max_attempts == len(DEFAULT_DELAYS)
    total = schedule.total_nominal()
    assert timedelta(days=2.5) < total < timedelta(days=3.2)


def test_without_jitter_the_nominal_delays_are_used_then_dead_letter() -> None:
    schedule = RetrySchedule(jitter=False)
    assert schedule.delay_after(0) == 0
    for failed in range(1, schedule.max_attempts):
        assert schedule.delay_after(failed) == DEFAULT_DELAYS[failed]
    assert schedule.delay_after(schedule.max_attempts) is None
    assert schedule.next_attempt_at(schedule.max_attempts, NOW) is None
    assert schedule.next_attempt_at(1, NOW) == NOW + timedelta(seconds=5)


@given(st.integers(min_value=1, max_value=len(DEFAULT_DELAYS) - 1), st.randoms())
def test_jitter_stays_within_half_to_full_delay(failed: int, rng: random.Random) -> None:
    delay = RetrySchedule(rng=rng).delay_after(failed)
    nominal = DEFAULT_DELAYS[failed]
    assert delay is not None
    assert nominal / 2 <= delay <= nominal


def test_injected_rng_makes_it_deterministic_and_spread() -> None:
    a = [RetrySchedule(rng=random.Random(7)).delay_after(3) for _ in range(3)]
    assert a[0] == a[1] == a[2]
    spread = {RetrySchedule(rng=random.Random(seed)).delay_after(3) for seed in range(50)}
    assert len(spread) == 50
    assert RetrySchedule(rng=lambda: 0.0).delay_after(2) == 150
    assert RetrySchedule(rng=lambda: 0.999999).delay_after(2) == pytest.approx(300, abs=0.01)


def test_retry_after_seconds_and_http_date() -> None:
    assert parse_retry_after("120", NOW) == 120
    assert parse_retry_after(" 0 ", NOW) == 0
    date = format_datetime(NOW + timedelta(minutes=10), usegmt=True)
    assert parse_retry_after(date, NOW) == 600
    past = format_datetime(NOW - timedelta(minutes=10), usegmt=True)
    assert parse_retry_after(past, NOW) == 0
    assert parse_retry_after(str(10 * 24 * H), NOW) == MAX_RETRY_AFTER_SECONDS
    for junk in (None, "", "soon", "-5", "1.5", "Mon, 99 Foo 2026"):
        assert parse_retry_after(junk, NOW) is None


def test_retry_after_is_a_floor_capped_at_a_day() -> None:
    schedule = RetrySchedule(jitter=False)
    assert schedule.delay_after(1, retry_after=120) == 120  # longer than 5 s: honoured
    assert schedule.delay_after(2, retry_after=1) == 300  # shorter: the schedule wins
    assert schedule.delay_after(1, retry_after=10 * 24 * H) == 24 * H
    assert schedule.delay_after(schedule.max_attempts, retry_after=60) is None


def test_bad_tables_are_refused() -> None:
    with pytest.raises(ValueError):
        RetrySchedule(())
    with pytest.raises(ValueError):
        RetrySchedule((0, -1))
