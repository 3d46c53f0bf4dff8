"""A shop on the devnet whose merchant key the test holds, so it can play the owner's wallet:
sign the refund posapp prepared and submit it with stellar-sdk's own ``Server``."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from stellar_sdk import Keypair, Server, TransactionEnvelope
from stellar_sdk import Network as SdkNetwork

from posapp.core.clock import utc_now
from posapp.core.roles import Actor, Role
from posapp.devnet import Devnet
from posapp.rates import build_rate_source
from posapp.services.config import ShopConfig, save_config
from posapp.services.detection.watcher import PaymentWatcher
from posapp.services.refunds.service import RefundService
from posapp.services.sales.sessions import SessionService
from posapp.services.staff.audit import AuditLog
from posapp.storage.engine import Database
from tests.support.shop import fixed_rate_config

OWNER = Actor("meera", Role.OWNER)
PASSPHRASE = SdkNetwork.TESTNET_NETWORK_PASSPHRASE


@dataclass
class RefundShop:
    devnet: Devnet
    db: Database
    config: ShopConfig
    sessions: SessionService
    refunds: RefundService
    merchant_key: Keypair
    data_dir: Path

    @property
    def merchant(self) -> str:
        return self.merchant_key.public_key

    def sync(self) -> None:
        """Read the merchant's payments from the devnet and apply them (the watcher's catch-up)."""
        watcher = PaymentWatcher(self.db, self.config, self.sessions)
        asyncio.run(watcher.catch_up())

    def sell(self, fiat: str = "841", paid: str = "10", **pay: Any):
        """A sale of ``fiat`` INR (841 INR = 10 USDC) paid ``paid`` USDC by the devnet's
        customer; returns the sale after detection."""
        sale = self.sessions.create(fiat, OWNER)
        self.devnet.pay(to=self.merchant, amount=paid, memo=sale.id, **pay)
        self.sync()
        return self.sessions.get(sale.id)

    def sign_and_submit(self, envelope_xdr: str) -> dict[str, Any]:
        """The owner's wallet: sign with the merchant key, submit through stellar-sdk."""
        envelope = TransactionEnvelope.from_xdr(envelope_xdr, PASSPHRASE)
        envelope.sign(self.merchant_key)
        return Server(self.devnet.url).submit_transaction(envelope)

    def with_validity(self, validity: timedelta) -> RefundService:
        return RefundService(self.db, self.config, AuditLog(self.db), validity=validity)


def open_refund_shop(devnet: Devnet, database_url: str, data_dir: Path) -> RefundShop:
    """A configured shop on ``database_url`` for a new merchant account on ``devnet`` whose
    key the test holds; detection has caught up once. Dispose ``shop.db`` after the test."""
    key = Keypair.random()
    devnet.create_account(key.public_key)
    now = utc_now()
    db = Database(database_url)
    config = fixed_rate_config(key.public_key, horizon_url=devnet.url, set_at=now)
    save_config(db, config, now)
    sessions = SessionService(db, config, build_rate_source(config.rates))
    refunds = RefundService(db, config, AuditLog(db))
    shop = RefundShop(devnet, db, config, sessions, refunds, key, data_dir)
    shop.sync()
    return shop
