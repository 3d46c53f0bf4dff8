"""A Horizon payment record reduced to what matching needs (parsed in ``posapp.stellar``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

CREDIT_TYPES = frozenset(
    {"payment", "path_payment_strict_receive", "path_payment_strict_send", "invoke_host_function"}
)


@dataclass(frozen=True, slots=True)
class PaymentRecord:
    """One incoming or outgoing value movement seen on the merchant account.

    ``operation_id`` is unique per credit: the Horizon operation id, suffixed ``:n`` for the
    n-th (n ≥ 1) USDC transfer inside one ``invoke_host_function`` operation.
    ``amount`` is what the destination received (never a path payment's ``source_amount``).
    ``source_account`` is the payer (``from``; ``funder`` for ``create_account``), not the
    operation's source. ``destination_muxed_id`` may be any uint64.
    """

    operation_id: str
    paging_token: str
    transaction_hash: str
    transaction_successful: bool
    type: str
    source_account: str
    destination: str
    asset_type: str
    asset_code: str | None
    asset_issuer: str | None
    amount: Decimal
    created_at: datetime
    memo_type: str | None = None
    memo: str | None = None
    destination_muxed_id: int | None = None
    source_muxed: str | None = None
    """The payer's ``M…`` address when they paid from a muxed account (``from_muxed``)."""
