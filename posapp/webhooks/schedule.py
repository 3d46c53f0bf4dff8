"""When to retry a webhook event that was not accepted (docs/design.md "Webhooks").

Nominal delays after each failed attempt (attempt 1 is sent as soon as the event exists):

    ======== ======== ======== ======== ======== ======== ======== ======== ======== ========
    5 s      5 min    30 min   2 h      5 h      10 h     10 h     14 h     14 h     14 h
    ======== ======== ======== ======== ======== ======== ======== ======== ======== ========

That is 11 attempts over about 2.9 days (nominal); after the 11th failure the event is
dead-lettered (status ``dead``) and only a manual redeliver / replay sends it again.

Jitter: each delay ``d`` is drawn uniformly from ``[d/2, d]`` ("equal jitter": half fixed, half
random). Pure full jitter (``[0, d]``) can retry almost at once, which defeats the backoff
against a struggling endpoint; equal jitter still spreads the herd of events that failed
together during an outage, while keeping at least half of each pause. With jitter the whole
schedule spans 1.45–2.9 days.

``Retry-After`` (seconds or an HTTP-date) on a failed response is honoured: the next attempt
is never earlier than it asks, capped at 24 h so a hostile or buggy header cannot park an
event for ever. It does not extend the schedule: the attempt still counts.

Pure apart from the injected ``rng``; any thread (one ``RetrySchedule`` per thread if the
rng is shared state you care about).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

# Seconds before attempt n+1 after n failed attempts; index 0 is the first send (at once).
DEFAULT_DELAYS: tuple[float, ...] = (
    0,
    5,
    5 * 60,
    30 * 60,
    2 * 3600,
    5 * 3600,
    10 * 3600,
    10 * 3600,
    14 * 3600,
    14 * 3600,
    14 * 3600,
)
MAX_RETRY_AFTER_SECONDS = 24 * 3600


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds a ``Retry-After`` header asks us to wait, or ``None`` if absent or unreadable.

    Accepts delta-seconds (``"120"``) or an HTTP-date; past dates give 0; the result is
    capped at 24 h. ``now`` must be timezone-aware. Any thread.
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if text.isdigit():
        seconds = float(int(text))
    else:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:
            return None
        if when.tzinfo is None:  # "-0000" dates parse naive; HTTP-dates are GMT
            when = when.replace(tzinfo=UTC)
        seconds = (when - now).total_seconds()
    return min(max(seconds, 0.0), float(MAX_RETRY_AFTER_SECONDS))


class RetrySchedule:
    """The backoff table plus jitter; decides the next attempt time or dead-letter.

    ``delays[0]`` is the first send (normally 0); ``delays[n]`` the nominal pause after the
    n-th failed attempt. ``rng`` is a ``random.Random`` or a zero-argument callable returning
    a float in ``[0, 1)``; tests inject one for determinism (or ``jitter=False``).
    """

    def __init__(
        self,
        delays: Sequence[float] = DEFAULT_DELAYS,
        *,
        rng: random.Random | Callable[[], float] | None = None,
        jitter: bool = True,
        max_retry_after: float = MAX_RETRY_AFTER_SECONDS,
    ) -> None:
        if not delays or any(d < 0 for d in delays):
            raise ValueError("retry delays must be a non-empty list of non-negative seconds")
        self.delays = tuple(float(d) for d in delays)
        if rng is None:
            rng = random.Random()
        self._random: Callable[[], float] = rng.random if isinstance(rng, random.Random) else rng
        self.jitter = jitter
        self.max_retry_after = float(max_retry_after)

    @property
    def max_attempts(self) -> int:
        """How many attempts an event gets before it is dead-lettered."""
        return len(self.delays)

    def delay_after(self, failed_attempts: int, retry_after: float | None = None) -> float | None:
        """Seconds to wait after ``failed_attempts`` failures, or ``None``: dead-letter now.

        Jittered into ``[d/2, d]``; at least ``retry_after`` (capped) when given.
        """
        if failed_attempts < 1:
            return self.delays[0]
        if failed_attempts >= len(self.delays):
            return None
        nominal = self.delays[failed_attempts]
        delay = nominal * (0.5 + 0.5 * self._random()) if self.jitter else nominal
        if retry_after is not None:
            delay = max(delay, min(max(retry_after, 0.0), self.max_retry_after))
        return delay

    def next_attempt_at(
        self, failed_attempts: int, now: datetime, retry_after: float | None = None
    ) -> datetime | None:
        """When to try again after ``failed_attempts`` failures (``None`` → dead-letter)."""
        delay = self.delay_after(failed_attempts, retry_after)
        return None if delay is None else now + timedelta(seconds=delay)

    def total_nominal(self) -> timedelta:
        """The whole schedule without jitter (first send to last attempt)."""
        return timedelta(seconds=sum(self.delays))
