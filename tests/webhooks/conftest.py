"""Webhook test fixtures: a real database (SQLite file or PostgreSQL), an in-memory keyring, a
loopback receiver."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import keyring
import pytest
import webhook_helpers as helpers
from webhook_helpers import FakeClock, MemoryKeyring, Receiver

from posapp.storage.engine import Database


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Install a fresh in-memory keyring for the test, restore the previous one after."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    database = Database(database_url)
    yield database
    database.dispose()


@pytest.fixture
def add_events() -> Callable[..., list[str]]:
    """``add_events(db, n, now=None)``: enqueue ``n`` test events, return their ids."""
    return helpers.add_events


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    rec = Receiver()
    rec.start()
    yield rec
    rec.release.set()
    rec.stop()
