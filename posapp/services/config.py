"""The shop's configuration, stored as settings rows (never secrets).

``ShopConfig`` is frozen and cheap to pass between threads.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from posapp.core.cart import TaxMode
from posapp.core.errors import InvalidInput, NotConfigured
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.rates.settings import RateSettings
from posapp.services.receipts.settings import ReceiptSettings
from posapp.stellar.networks import Network, get_network
from posapp.storage import settings_repo
from posapp.storage.engine import Database

CONFIG_KEY = settings_repo.SHOP_CONFIG_KEY


@dataclass(frozen=True, slots=True)
class ShopConfig:
    """Everything a counter needs to charge and detect payments."""

    network: str
    merchant_account: str
    currency: str
    rates: RateSettings
    horizon_url: str | None = None
    shop_name: str = "posapp shop"
    spread_percent: Decimal = Decimal("0")
    expiry_minutes: int = 15
    tolerance: Decimal = Decimal("0")
    monitoring_hours: int = 24
    webhook_url: str | None = None
    terminal: str = "counter-1"
    receipt: ReceiptSettings = field(default_factory=ReceiptSettings)
    """Shop address, phone, tax id, footer, explorer, printer (``services/receipts``)."""
    confirm_above_usdc: Decimal = Decimal("1000")
    """The counter asks the cashier to confirm (Enter again) a sale worth more than this
    many USDC; 0 never asks."""
    tax_mode: TaxMode = TaxMode.INCLUSIVE
    """Whether item prices include tax or tax is added at the till."""
    tips_enabled: bool = False
    """The customer display offers tip choices before the QR."""
    tip_percents: tuple[Decimal, ...] = (Decimal(10), Decimal(15), Decimal(20))
    discount_limit_percent: Decimal = Decimal(10)
    """A cashier's discount above this share of the price needs an owner's approval."""

    @property
    def stellar_network(self) -> Network:
        """The network with the Horizon override applied."""
        return get_network(self.network, self.horizon_url)

    @property
    def expiry(self) -> timedelta:
        """How long a customer has to pay."""
        return timedelta(minutes=self.expiry_minutes)

    @property
    def monitoring_window(self) -> timedelta:
        """How long after expiry a full payment still counts (as paid late)."""
        return timedelta(hours=self.monitoring_hours)

    def to_json(self) -> dict[str, Any]:
        """JSON-safe dict (Decimals as strings)."""
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["rates"] = self.rates.to_json()
        data["receipt"] = self.receipt.to_json()
        for key in ("spread_percent", "tolerance", "confirm_above_usdc", "discount_limit_percent"):
            data[key] = str(data[key])
        data["tax_mode"] = self.tax_mode.value
        data["tip_percents"] = [str(p) for p in self.tip_percents]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ShopConfig:
        """Inverse of ``to_json``; raise InvalidInput on a damaged value."""
        try:
            values = dict(data)
            values["rates"] = RateSettings.from_json(values["rates"])
            values["receipt"] = ReceiptSettings.from_json(values.get("receipt"))
            for key in ("spread_percent", "tolerance"):
                values[key] = Decimal(values[key])
            values["confirm_above_usdc"] = Decimal(values.get("confirm_above_usdc", "1000"))
            values["tax_mode"] = TaxMode(values.get("tax_mode", TaxMode.INCLUSIVE.value))
            values["tips_enabled"] = bool(values.get("tips_enabled", False))
            values["tip_percents"] = tuple(
                Decimal(str(p)) for p in values.get("tip_percents", ("10", "15", "20"))
            )
            values["discount_limit_percent"] = Decimal(
                str(values.get("discount_limit_percent", "10"))
            )
            return cls(**values)
        except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "stored shop configuration is damaged: {error}"),
                error=exc,
            ) from None

    def with_changes(self, **changes: Any) -> ShopConfig:
        """A copy with some fields changed."""
        return replace(self, **changes)


def load_config(db: Database) -> ShopConfig:
    """The stored configuration; NotConfigured before ``posapp init``. Short DB read."""
    with db.read() as session:
        data = settings_repo.get_setting(session, CONFIG_KEY)
    if data is None:
        raise NotConfigured(
            QT_TRANSLATE_NOOP(
                "errors", "posapp is not set up here yet: run `posapp init` (or the setup)"
            )
        )
    return ShopConfig.from_json(data)


def save_config(db: Database, config: ShopConfig, now: datetime | None = None) -> None:
    """Store the configuration in one write transaction."""
    with db.write() as session:
        settings_repo.set_setting(session, CONFIG_KEY, config.to_json(), now or datetime.now(UTC))
