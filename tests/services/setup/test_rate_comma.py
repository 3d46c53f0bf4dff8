"""A fixed rate typed with a decimal comma (``0,92``) is taken; an ambiguous one is refused
with a clear message."""

from __future__ import annotations

from decimal import Decimal

import pytest
from stellar_sdk import Keypair

from posapp.core.errors import InvalidInput
from posapp.services.setup.provisioning import ProvisionRequest, build_config, rate_text
from tests.support.clock import T0


def request(rate: str) -> ProvisionRequest:
    return ProvisionRequest(
        network="testnet", account=Keypair.random().public_key, currency="EUR", rate=rate,
        check_account=False,
    )  # fmt: skip


def test_a_decimal_comma_rate_is_taken() -> None:
    config = build_config(request("0,92"), T0)
    assert config.rates.fixed_rates == {"EUR": Decimal("0.92")}
    assert rate_text(" 84,1 ") == "84.1"
    assert rate_text("84.10") == "84.10"


def test_an_ambiguous_comma_is_refused_plainly() -> None:
    with pytest.raises(InvalidInput, match=r"ambiguous: write 1\.234 or 1234"):
        build_config(request("1,234"), T0)
