"""Webhook test fixtures beyond the shared ones (``db``, ``memory_keyring``, ``clock``,
``receiver`` come from ``tests/support/fixtures``): enqueueing test events."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.support import webhook_receiver


@pytest.fixture
def add_events() -> Callable[..., list[str]]:
    """``add_events(db, n, now=None)``: enqueue ``n`` test events, return their ids."""
    return webhook_receiver.add_events
