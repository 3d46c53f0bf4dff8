"""What the customer's wallet is asked to pay: the session's SEP-7 URI (any thread)."""

from __future__ import annotations

from decimal import Decimal

from posapp.core.money import format_plain
from posapp.core.session import PaymentSession
from posapp.services.config import ShopConfig
from posapp.stellar.networks import get_network
from posapp.stellar.sep7 import build_pay_uri


def payment_uri(session: PaymentSession, config: ShopConfig, amount: Decimal | None = None) -> str:
    """The ``web+stellar:pay`` URI for ``session`` (for ``amount``, default the remainder)."""
    due = session.remaining if amount is None else amount
    network = get_network(session.network)
    message = f"{config.shop_name}: {format_plain(session.fiat_amount)} {session.fiat_currency}"
    return build_pay_uri(
        destination=session.destination,
        amount=due,
        asset_code="USDC",
        asset_issuer=network.usdc_issuer,
        memo=session.memo,
        network=network,
        msg=message,
    )
