"""Horizon payment records for tests that apply payments without a network: a USDC payment
to the merchant, as the reader hands it to the applier."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from itertools import count
from typing import Any

from stellar_sdk import Keypair

from posapp.core.records import PaymentRecord
from posapp.stellar.horizon_reader import ReceivedRecord
from posapp.stellar.networks import TESTNET

PAYER = Keypair.random().public_key
"""The account every test payment comes from (unless a test changes ``source_account``)."""

_tokens = count(1000)


def record(
    merchant: str, memo: str | None, amount: str, when: datetime, **changes: Any
) -> ReceivedRecord:
    """A successful testnet USDC ``payment`` of ``amount`` from ``PAYER`` to ``merchant``
    with text ``memo`` (none when None) at ``when``, with a fresh paging token; ``changes``
    replace fields of the ``PaymentRecord``."""
    token = str(next(_tokens))
    rec = PaymentRecord(
        operation_id=token, paging_token=token, transaction_hash=f"{int(token):064x}",
        transaction_successful=True, type="payment", source_account=PAYER, destination=merchant,
        asset_type="credit_alphanum4", asset_code="USDC", asset_issuer=TESTNET.usdc_issuer,
        amount=Decimal(amount), created_at=when, memo_type="text" if memo else "none", memo=memo,
    )  # fmt: skip
    return ReceivedRecord(paging_token=token, records=(replace(rec, **changes),), error=None)
