"""A fixed-rate shop for service tests on a real database, SQLite file or PostgreSQL (no Qt, no
network)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from stellar_sdk import Keypair

from posapp.rates import RateSettings, build_rate_source
from posapp.services.config import ShopConfig, save_config
from posapp.services.sales.sessions import SessionService
from posapp.storage.engine import Database

T0 = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


class FakeClock:
    """A clock tests move by hand."""

    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@dataclass
class Shop:
    db: Database
    config: ShopConfig
    sessions: SessionService
    clock: FakeClock
    data_dir: Path


@pytest.fixture
def merchant() -> str:
    return Keypair.random().public_key


@pytest.fixture
def shop(tmp_path: Path, database_url: str, merchant: str) -> Iterator[Shop]:
    clock = FakeClock()
    db = Database(database_url)
    config = ShopConfig(
        network="testnet",
        merchant_account=merchant,
        currency="INR",
        rates=RateSettings(mode="fixed", fixed_rates={"INR": Decimal("84.10")}, fixed_set_at=T0),
        horizon_url="http://127.0.0.1:9",
    )
    save_config(db, config, T0)
    sessions = SessionService(db, config, build_rate_source(config.rates), clock)
    yield Shop(db, config, sessions, clock, tmp_path)
    db.dispose()
