"""Setting a counter up: the checks behind ``posapp init`` (and the setup wizard).

Everything is validated before anything is written; the configuration is then saved in one
transaction. Runs on the caller's thread and may wait on Horizon (never the GUI thread).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from urllib.parse import urlsplit

from posapp.core.cart import TaxMode
from posapp.core.currency import validate_currency
from posapp.core.endpoints import url_problem_template
from posapp.core.errors import InvalidInput
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.money import parse_amount
from posapp.core.tolerance import parse_tolerance
from posapp.rates.settings import HttpSourceSpec, RateSettings
from posapp.services.config import ShopConfig, save_config
from posapp.services.receipts.settings import ReceiptSettings
from posapp.stellar.addresses import validate_merchant_account
from posapp.stellar.networks import get_network
from posapp.storage import cursor_repo
from posapp.storage.engine import Database

log = logging.getLogger("posapp.provisioning")
KNOWN_RATE_SOURCES = {"coingecko": "https://api.coingecko.com/api/v3"}
MAX_RATE = Decimal("1000000000")


@dataclass(frozen=True)
class ProvisionRequest:
    """What an admin asked for, as typed (validated by ``provision``)."""

    network: str
    account: str
    currency: str
    horizon_url: str | None = None
    rate: str | None = None
    rate_source: str | None = None
    spread_percent: str = "0"
    expiry_minutes: int = 15
    tolerance: str = "0"
    webhook_url: str | None = None
    shop_name: str = "posapp shop"
    terminal: str = "counter-1"
    secret_file_store: bool = False
    check_account: bool = True
    receipt: ReceiptSettings = field(default_factory=ReceiptSettings)
    """Shop address, phone, tax id, footer, explorer, printer (checked when built)."""
    tax_mode: str = "inclusive"
    """``inclusive`` (prices include tax) or ``exclusive`` (tax is added)."""
    tips_enabled: bool = False
    tip_percents: str = "10, 15, 20"
    discount_limit_percent: str = "10"
    confirm_above_usdc: str = "1000"


@dataclass(frozen=True)
class ProvisionResult:
    """The saved configuration, warnings to show, and the new webhook secret (shown once)."""

    config: ShopConfig
    rate_description: str
    warnings: tuple[str, ...] = field(default_factory=tuple)
    webhook_secret: str | None = None


def validate_http_url(url: str, what: str, *, require_https: bool = True) -> str:
    """``url`` without a trailing slash, if posapp may use it as ``what``
    (``core.endpoints.url_problem``); else ``InvalidInput`` saying why."""
    problem = url_problem_template(url, what, require_https=require_https)
    if problem:
        template, params = problem
        raise InvalidInput(template, **params)
    return url.strip().rstrip("/")


def rate_text(text: str) -> str:
    """A typed rate with a decimal comma (``0,92``) as ``0.92``; ``1,234`` (thousands or
    decimals?) is refused with a clear message. Pure."""
    text = text.strip()
    if "," not in text or "." in text or text.count(",") != 1:
        return text
    whole, fraction = text.split(",")
    if len(fraction) == 3:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "the rate {text!r} is ambiguous: write {whole}.{fraction} or {whole}{fraction}",
            ),
            text=text[:20],
            whole=whole,
            fraction=fraction,
        )
    return f"{whole}.{fraction}"


def _rate_settings(request: ProvisionRequest, currency: str, now: datetime) -> RateSettings:
    if request.rate is not None:
        rate = parse_amount(rate_text(request.rate), places=7, maximum=MAX_RATE)
        return RateSettings(mode="fixed", fixed_rates={currency: rate}, fixed_set_at=now)
    if request.rate_source:
        source = request.rate_source.strip()
        base = KNOWN_RATE_SOURCES.get(source.lower())
        name = source.lower() if base else urlsplit(source).hostname or "http"
        base_url = base or validate_http_url(source, "--rate-source", require_https=True)
        return RateSettings(
            mode="http", http_sources=(HttpSourceSpec(name=name, base_url=base_url),)
        )
    raise InvalidInput(
        QT_TRANSLATE_NOOP(
            "errors", "choose a rate: --rate 84.10 (fixed) or --rate-source coingecko"
        )
    )


def _decimal(text: str, what: str, low: Decimal, high: Decimal) -> Decimal:
    try:
        value = Decimal(str(text).strip())
    except InvalidOperation:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{what} must be a number"), what=what
        ) from None
    if not value.is_finite() or not low <= value <= high:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{what} must be between {low} and {high}"),
            what=what,
            low=low,
            high=high,
        )
    return value


def build_config(request: ProvisionRequest, now: datetime) -> ShopConfig:
    """Validate every field and build the configuration (no I/O)."""
    account = validate_merchant_account(request.account)
    network = get_network(request.network)
    horizon = (
        validate_http_url(request.horizon_url, "--horizon-url") if request.horizon_url else None
    )
    currency = validate_currency(request.currency)
    if not 1 <= request.expiry_minutes <= 24 * 60:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "session expiry must be between 1 minute and 24 hours")
        )
    shop_name = request.shop_name.strip()
    if not shop_name or len(shop_name) > 80:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "shop name must be 1 to 80 characters"))
    terminal = request.terminal.strip()
    if not terminal or len(terminal) > 64:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "terminal name must be 1 to 64 characters"))
    webhook = validate_http_url(request.webhook_url, "webhook URL") if request.webhook_url else None
    return ShopConfig(
        network=network.name,
        merchant_account=account,
        currency=currency,
        rates=_rate_settings(request, currency, now),
        horizon_url=horizon,
        shop_name=shop_name,
        spread_percent=_decimal(request.spread_percent, "spread", Decimal(0), Decimal(50)),
        expiry_minutes=request.expiry_minutes,
        tolerance=parse_tolerance(request.tolerance),
        webhook_url=webhook,
        terminal=terminal,
        receipt=request.receipt,
        tax_mode=_tax_mode(request.tax_mode),
        tips_enabled=bool(request.tips_enabled),
        tip_percents=parse_tip_percents(request.tip_percents),
        discount_limit_percent=_decimal(
            request.discount_limit_percent, "discount limit", Decimal(0), Decimal(100)
        ),
        confirm_above_usdc=_decimal(
            request.confirm_above_usdc, "confirmation limit", Decimal(0), Decimal(10**9)
        ),
    )


def _tax_mode(text: str) -> TaxMode:
    try:
        return TaxMode(str(text).strip().lower())
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "tax mode must be inclusive or exclusive")
        ) from None


def parse_tip_percents(text: str) -> tuple[Decimal, ...]:
    """``"10, 15, 20"`` → the tip choices offered (1 to 6 percentages above 0, up to 100)."""
    parts = [p.strip().rstrip("%").strip() for p in str(text).split(",") if p.strip()]
    if not 1 <= len(parts) <= 6:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "tip choices: give 1 to 6 percentages, e.g. 10, 15, 20")
        )
    values = tuple(_decimal(p, "a tip percentage", Decimal(0), Decimal(100)) for p in parts)
    if any(v <= 0 for v in values) or len(set(values)) != len(values):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "tip choices must be different percentages above 0")
        )
    return values


def provision(data_dir: Path, db: Database, request: ProvisionRequest) -> ProvisionResult:
    """Validate, look the account up on Horizon, then save config, cursor and secret."""
    from posapp.services.setup.account import inspect_account
    from posapp.webhooks.secret_store import create_webhook_secret

    now = datetime.now(UTC)
    config = build_config(request, now)
    warnings: list[str] = []
    latest_token: str | None = None
    if request.check_account:
        report = inspect_account(config)
        warnings.extend(report.warnings)
        latest_token = report.latest_paging_token
    secret = None
    if config.webhook_url:
        secret = create_webhook_secret(data_dir, db, file_store=request.secret_file_store, now=now)
    save_config(db, config, now)
    name = cursor_repo.cursor_name(config.network, config.merchant_account)
    with db.write() as session:
        if cursor_repo.load(session, name) is None:
            if latest_token is not None:
                cursor_repo.save(session, name, latest_token, now)
            else:  # Horizon unreadable: the first start reads from no later than now
                cursor_repo.mark_start(session, name, now, now)
    rates = config.rates
    described = (
        f"{rates.fixed_rates[config.currency]} (fixed)"
        if rates.mode == "fixed"
        else ", ".join(s.name for s in rates.http_sources)
    )
    return ProvisionResult(config, described, tuple(warnings), secret)
