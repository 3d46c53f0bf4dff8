"""``refund_shop``: a devnet shop whose merchant key the test holds (``tests.support.refunds``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from posapp.devnet import Devnet
from tests.support.refunds import RefundShop, open_refund_shop


@pytest.fixture
def refund_shop(tmp_path: Path, database_url: str, devnet: Devnet) -> Iterator[RefundShop]:
    shop = open_refund_shop(devnet, database_url, tmp_path)
    yield shop
    shop.db.dispose()
