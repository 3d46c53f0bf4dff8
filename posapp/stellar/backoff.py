"""Retry pacing for Horizon: exponential backoff with full jitter, and ``Retry-After``.

Pure computation (no sleeping); any thread. Full jitter (AWS architecture blog, "Exponential
Backoff And Jitter"): ``delay = uniform(0, min(cap, base * 2**attempt))`` so many terminals
that lost Horizon at the same moment do not come back in lock-step.
"""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

_SECONDS = re.compile(r"[0-9]{1,12}")


def full_jitter(
    attempt: int, *, base: float, cap: float, rng: random.Random | None = None
) -> float:
    """Seconds to wait before retry number ``attempt`` (0 = first retry); any thread."""
    if attempt < 0:
        raise ValueError("attempt must be >= 0")
    ceiling = cap if attempt >= 64 else min(cap, base * 2**attempt)
    return (rng or random).uniform(0.0, max(ceiling, 0.0))


class Backoff:
    """Counts consecutive failures and hands out full-jitter delays; one owner thread.

    ``next_delay()`` after each failure, ``reset()`` after a success.
    """

    def __init__(self, base: float = 0.5, cap: float = 30.0, rng: random.Random | None = None):
        if base <= 0 or cap <= 0:
            raise ValueError("base and cap must be positive")
        self.base = base
        self.cap = cap
        self._rng = rng or random.Random()
        self.failures = 0

    def next_delay(self, retry_after: float | None = None) -> float:
        """Count one more failure and return the delay, at least ``retry_after`` when given."""
        delay = full_jitter(self.failures, base=self.base, cap=self.cap, rng=self._rng)
        self.failures += 1
        if retry_after is not None:
            delay = max(delay, retry_after)
        return delay

    def reset(self) -> None:
        """Forget past failures (the connection works again)."""
        self.failures = 0


def retry_after_seconds(header_value: str | None, *, now: datetime | None = None) -> float | None:
    """A ``Retry-After`` header as seconds from ``now`` (never negative), or None; any thread.

    Accepts delta-seconds (``"120"``) or an HTTP-date (``"Wed, 21 Oct 2015 07:28:00 GMT"``).
    Anything else gives None (the caller then falls back to its own backoff).
    """
    if header_value is None:
        return None
    text = header_value.strip()
    if _SECONDS.fullmatch(text):
        return float(int(text))
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    now = now or datetime.now(UTC)
    return max((when - now).total_seconds(), 0.0)


class StreamPacer:
    """How long to wait before reopening a stream that Horizon ended normally (``byebye``);
    pure computation, one owner thread.

    A stream that delivered new records (e.g. it closed after ``limit`` records while
    catching up) or stayed open at least ``min_lifetime`` seconds worked: reopen at once.
    One that closed sooner with nothing new — a Horizon or proxy that ends streams early —
    costs a pause of at least ``pause`` seconds, doubling (jittered within its upper half)
    up to ``cap`` while streams keep closing early, so reconnects never spin.
    """

    def __init__(
        self,
        pause: float = 1.0,
        cap: float = 30.0,
        min_lifetime: float = 2.0,
        rng: random.Random | None = None,
    ) -> None:
        if pause <= 0 or cap < pause or min_lifetime < 0:
            raise ValueError("need 0 < pause <= cap and min_lifetime >= 0")
        self.pause = pause
        self.cap = cap
        self.min_lifetime = min_lifetime
        self._rng = rng or random.Random()
        self.short_streams = 0

    def after_close(self, lifetime: float, new_records: int) -> float:
        """Seconds to wait before the next stream, given how long the one that just ended
        was open and how many new records it delivered (0.0: reopen at once)."""
        if new_records > 0 or lifetime >= self.min_lifetime:
            self.short_streams = 0
            return 0.0
        ceiling = min(self.cap, self.pause * 2 ** min(self.short_streams, 32))
        self.short_streams += 1
        return self._rng.uniform(max(self.pause, ceiling / 2), ceiling)
