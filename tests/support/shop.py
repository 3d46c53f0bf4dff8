"""Shops for tests: what an admin would type at setup, and the configuration it makes, with
defaults every test shares (testnet, INR at a fixed 84.10, nothing looked up on Horizon)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from stellar_sdk import Keypair

from posapp.rates import RateSettings
from posapp.services.config import ShopConfig, save_config
from posapp.services.setup.provisioning import ProvisionRequest, build_config
from posapp.storage.engine import Database
from tests.support.clock import T0

UNREACHABLE_HORIZON = "http://127.0.0.1:9"
"""A Horizon URL on loopback where nothing listens (the discard port): offline shops."""


def shop_request(**changes: Any) -> ProvisionRequest:
    """A testnet shop in INR at a fixed 84.10 for a random account, its Horizon unreachable
    and its account not looked up; ``changes`` replace any field."""
    request = ProvisionRequest(
        network="testnet",
        account=Keypair.random().public_key,
        currency="INR",
        horizon_url=UNREACHABLE_HORIZON,
        rate="84.10",
        check_account=False,
    )
    return replace(request, **changes)


def save_shop(db: Database, request: ProvisionRequest, now: datetime | None = None) -> ShopConfig:
    """Validate ``request`` and save its configuration in ``db`` (no Horizon, no secret, no
    cursor: the configuration alone); return it."""
    now = now or datetime.now(UTC)
    config = build_config(request, now)
    save_config(db, config, now)
    return config


def fixed_rate_config(
    merchant: str,
    *,
    horizon_url: str = UNREACHABLE_HORIZON,
    set_at: datetime = T0,
    **changes: Any,
) -> ShopConfig:
    """A testnet configuration for ``merchant`` selling in INR at a fixed 84.10 set at
    ``set_at``; ``changes`` replace further fields."""
    return ShopConfig(
        network="testnet",
        merchant_account=merchant,
        currency="INR",
        rates=RateSettings(
            mode="fixed", fixed_rates={"INR": Decimal("84.10")}, fixed_set_at=set_at
        ),
        horizon_url=horizon_url,
        **changes,
    )
