"""A fixed-rate shop for service tests on a real database, SQLite file or PostgreSQL (no Qt, no
network)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from stellar_sdk import Keypair

from posapp.rates import build_rate_source
from posapp.services.config import ShopConfig, save_config
from posapp.services.sales.sessions import SessionService
from posapp.storage.engine import Database
from tests.support.clock import T0, MovableClock
from tests.support.shop import fixed_rate_config


@dataclass
class Shop:
    db: Database
    config: ShopConfig
    sessions: SessionService
    clock: MovableClock
    data_dir: Path


@pytest.fixture
def merchant() -> str:
    return Keypair.random().public_key


@pytest.fixture
def shop(tmp_path: Path, database_url: str, merchant: str) -> Iterator[Shop]:
    clock = MovableClock()
    db = Database(database_url)
    config = fixed_rate_config(merchant)
    save_config(db, config, T0)
    sessions = SessionService(db, config, build_rate_source(config.rates), clock)
    yield Shop(db, config, sessions, clock, tmp_path)
    db.dispose()
