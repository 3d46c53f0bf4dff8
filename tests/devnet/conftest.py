"""Fixtures for devnet tests: a running devnet with a merchant account (all loopback)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from posapp.devnet import Devnet


@pytest.fixture
def devnet() -> Iterator[Devnet]:
    """A started devnet, stopped after the test."""
    net = Devnet(stream_timeout=10.0)
    net.start()
    try:
        yield net
    finally:
        net.stop()


@pytest.fixture
def merchant(devnet: Devnet) -> str:
    """A merchant account with a USDC trustline."""
    return devnet.create_account()


@pytest.fixture
def client(devnet: Devnet) -> Iterator[httpx.Client]:
    """An httpx client for the devnet with short timeouts."""
    with httpx.Client(base_url=devnet.url, timeout=5.0) as http:
        yield http
