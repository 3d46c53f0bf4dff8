"""Fixtures for devnet tests: the shared ``devnet`` with 10 s streams, a merchant account on
it, an HTTP client for it (all loopback)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from posapp.devnet import Devnet


@pytest.fixture
def devnet_stream_timeout() -> float:
    """Streams end after 10 s: long enough for every stream test to read what it waits for."""
    return 10.0


@pytest.fixture
def merchant(devnet: Devnet) -> str:
    """A merchant account with a USDC trustline."""
    return devnet.create_account()


@pytest.fixture
def client(devnet: Devnet) -> Iterator[httpx.Client]:
    """An httpx client for the devnet with short timeouts."""
    with httpx.Client(base_url=devnet.url, timeout=5.0) as http:
        yield http
