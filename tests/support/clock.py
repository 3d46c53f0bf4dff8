"""The one test clock: a ``posapp.core.clock.Clock`` that tests move by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

T0 = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
"""Where a fixed test clock starts (aware UTC)."""


class MovableClock:
    """Fixed at ``start`` and moved only by the test (``advance`` or assigning ``now``); or,
    made with ``on_wall_time()``, the wall clock plus what the test added (for tests against
    the devnet, whose ledger stamps payments with wall time). Called like ``utc_now``; reads
    and moves are safe from any thread (one attribute replaced at a time)."""

    def __init__(self, start: datetime | None = T0) -> None:
        self._start = start
        self._offset = timedelta(0)

    @classmethod
    def on_wall_time(cls) -> MovableClock:
        """A clock that follows real time until the test moves it forward."""
        return cls(None)

    @property
    def now(self) -> datetime:
        """The clock's current time (aware UTC)."""
        base = datetime.now(UTC) if self._start is None else self._start
        return base + self._offset

    @now.setter
    def now(self, moment: datetime) -> None:
        self._offset += moment - self.now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        """Move the clock forward by ``timedelta(**kwargs)``."""
        self._offset += timedelta(**kwargs)
