"""The settings dialog's use cases: read and change the shop configuration (the same fields
and checks as setup), the idle lock, the webhook secret and rate API keys. Admins only
(``Permission.CHANGE_SETTINGS``); every change is audited (field names and public values —
never a secret, never a URL, which may carry a token).

Thread: ``load`` and ``security_settings`` are short reads (any thread); ``save`` may ask
Horizon (when the account or network changes) and ``rotate_webhook_secret`` /
``set_rate_api_key`` talk to the OS keyring: worker thread.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from posapp.core.clock import Clock, utc_now
from posapp.core.errors import InvalidInput
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.money import format_plain
from posapp.core.roles import Actor, Permission
from posapp.services.config import CONFIG_KEY, ShopConfig, load_config
from posapp.services.setup.provisioning import KNOWN_RATE_SOURCES, ProvisionRequest, build_config
from posapp.services.setup.rate_keys import RateKeyStore
from posapp.services.staff.audit import AuditAction, AuditLog
from posapp.storage import cursor_repo, settings_repo
from posapp.storage.engine import Database
from posapp.webhooks.secret_store import enable_file_store, open_secret_store

log = logging.getLogger("posapp.settings")
SECURITY_KEY = "security"
IDLE_LOCK_MAX_MINUTES = 24 * 60


@dataclass(frozen=True, slots=True)
class SecuritySettings:
    """Counter security: lock the screen after ``idle_lock_minutes`` without input (0: never)."""

    idle_lock_minutes: int = 5

    def __post_init__(self) -> None:
        minutes = self.idle_lock_minutes
        if isinstance(minutes, bool) or not isinstance(minutes, int):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "the idle lock must be a whole number of minutes")
            )
        if not 0 <= minutes <= IDLE_LOCK_MAX_MINUTES:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "the idle lock must be 0 (never) to {limit} min"),
                limit=IDLE_LOCK_MAX_MINUTES,
            )


def load_security_settings(db: Database) -> SecuritySettings:
    """The stored security settings (defaults before any change). Short read; any thread —
    the app reads it at start for the idle lock; no permission needed."""
    with db.read() as session:
        data = settings_repo.get_setting(session, SECURITY_KEY, {})
    try:
        return SecuritySettings(idle_lock_minutes=int(data.get("idle_lock_minutes", 5)))
    except (AttributeError, TypeError, ValueError, InvalidInput):
        return SecuritySettings()


def request_from_config(config: ShopConfig) -> ProvisionRequest:
    """The form values that would rebuild ``config`` (to prefill the settings dialog)."""
    rates = config.rates
    rate = rate_source = None
    if rates.mode == "fixed":
        value = rates.fixed_rates.get(config.currency)
        rate = format_plain(value) if value is not None else None
    elif rates.http_sources:
        first = rates.http_sources[0]
        known = KNOWN_RATE_SOURCES.get(first.name)
        rate_source = first.name if known == first.base_url else first.base_url
    return ProvisionRequest(
        network=config.network,
        account=config.merchant_account,
        currency=config.currency,
        horizon_url=config.horizon_url,
        rate=rate,
        rate_source=rate_source,
        spread_percent=format_plain(config.spread_percent),
        expiry_minutes=config.expiry_minutes,
        tolerance=format_plain(config.tolerance),
        webhook_url=config.webhook_url,
        shop_name=config.shop_name,
        terminal=config.terminal,
        check_account=True,
        receipt=config.receipt,
        tax_mode=config.tax_mode.value,
        tips_enabled=config.tips_enabled,
        tip_percents=", ".join(format_plain(p, min_places=0) for p in config.tip_percents),
        discount_limit_percent=format_plain(config.discount_limit_percent, min_places=0),
        confirm_above_usdc=format_plain(config.confirm_above_usdc, min_places=0),
    )


@dataclass(frozen=True, slots=True)
class SettingsSnapshot:
    """What the settings dialog opens with."""

    config: ShopConfig
    request: ProvisionRequest
    security: SecuritySettings
    secret_store: str
    """Where the webhook secret is kept, in words (never the secret)."""
    has_webhook_secret: bool
    file_store: bool


@dataclass(frozen=True, slots=True)
class SettingsOutcome:
    """What ``save`` changed. ``webhook_secret`` is set only when a webhook was configured
    for the first time: show it once."""

    config: ShopConfig
    security: SecuritySettings
    changed: tuple[str, ...]
    warnings: tuple[str, ...]
    webhook_secret: str | None


_PUBLIC_FIELDS = (
    "network",
    "merchant_account",
    "currency",
    "shop_name",
    "spread_percent",
    "expiry_minutes",
    "tolerance",
    "terminal",
)
_URL_FIELDS = ("horizon_url", "webhook_url")


def _describe_changes(old: ShopConfig, new: ShopConfig) -> list[str]:
    changes = [
        f"{name}: {getattr(old, name)} → {getattr(new, name)}"
        for name in _PUBLIC_FIELDS
        if getattr(old, name) != getattr(new, name)
    ]
    changes += [
        f"{name} changed" for name in _URL_FIELDS if getattr(old, name) != getattr(new, name)
    ]
    if old.rates != new.rates:
        changes.append(f"rates: {old.rates.describe()} → {new.rates.describe()}")
    changes += [
        f"receipt {name} changed"
        for name, value in new.receipt.to_json().items()
        if old.receipt.to_json().get(name) != value
    ]
    return changes


def _same_rates(old: ShopConfig, new: ShopConfig, request: ProvisionRequest) -> bool:
    """True when the form left the rates as they were (keep the stored ones: their time
    stamp, and any extra HTTP sources the form does not show)."""
    if old.rates.mode == new.rates.mode == "fixed":
        return dict(old.rates.fixed_rates) == dict(new.rates.fixed_rates)
    if old.rates.mode == new.rates.mode == "http":
        return request.rate_source == request_from_config(old).rate_source
    return False


class SettingsService:
    """Settings of one data dir, for admins."""

    def __init__(
        self,
        data_dir: Path,
        db: Database,
        audit: AuditLog,
        clock: Clock = utc_now,
    ) -> None:
        self.data_dir = Path(data_dir)
        self._db = db
        self._audit = audit
        self._clock = clock

    def load(self, actor: Actor) -> SettingsSnapshot:
        """The current settings. Admins only. Short read plus a keyring look-up (any thread;
        a locked keyring just shows as "unavailable")."""
        actor.require(Permission.CHANGE_SETTINGS)
        config = load_config(self._db)
        store = open_secret_store(self._db, self.data_dir)
        try:
            has_secret = store.has_secret()
        except Exception:  # unavailable keyring: described below
            has_secret = False
        return SettingsSnapshot(
            config=config,
            request=request_from_config(config),
            security=load_security_settings(self._db),
            secret_store=store.describe_backend(),
            has_webhook_secret=has_secret,
            file_store=store.backend == "file",
        )

    def save(
        self, actor: Actor, request: ProvisionRequest, security: SecuritySettings
    ) -> SettingsOutcome:
        """Validate and store new settings in one transaction, audited. Admins only.

        A changed network, account or Horizon is looked up first (a missing account is an
        error; a missing trustline a warning) and gets a fresh cursor. Turning a webhook on
        for the first time creates its secret (returned once). ``request.secret_file_store``
        opts in to the file store. Worker thread.
        """
        from posapp.services.setup.account import inspect_account

        actor.require(Permission.CHANGE_SETTINGS)
        now = self._clock()
        old = load_config(self._db)
        new = build_config(request, now)
        if _same_rates(old, new, request):
            new = new.with_changes(rates=old.rates)
        new = new.with_changes(monitoring_hours=old.monitoring_hours)
        warnings: list[str] = []
        token = None
        moved = (old.network, old.merchant_account, old.horizon_url) != (
            new.network,
            new.merchant_account,
            new.horizon_url,
        )
        if moved and request.check_account:
            report = inspect_account(new)
            warnings.extend(report.warnings)
            token = report.latest_paging_token
        if request.secret_file_store:
            enable_file_store(self._db, self.data_dir, now)
        secret = None
        if new.webhook_url:
            store = open_secret_store(self._db, self.data_dir)
            if not store.has_secret():
                secret = store.set_new(now)
        changes = _describe_changes(old, new)
        old_security = load_security_settings(self._db)
        if old_security != security:
            changes.append(
                f"idle lock: {old_security.idle_lock_minutes} → {security.idle_lock_minutes} min"
            )
        with self._db.write() as session:
            settings_repo.set_setting(session, CONFIG_KEY, new.to_json(), now)
            settings_repo.set_setting(
                session, SECURITY_KEY, {"idle_lock_minutes": security.idle_lock_minutes}, now
            )
            if moved:
                name = cursor_repo.cursor_name(new.network, new.merchant_account)
                if cursor_repo.load(session, name) is not None:
                    pass
                elif token is not None:
                    cursor_repo.save(session, name, token, now)
                else:  # Horizon unreadable: the first start reads from no later than now
                    cursor_repo.mark_start(session, name, now, now)
            if changes:
                self._audit.record_in(
                    session, actor, AuditAction.SETTINGS_CHANGED, "; ".join(changes)
                )
            if secret:
                self._audit.record_in(session, actor, AuditAction.WEBHOOK_SECRET_CREATED, "")
        log.info("settings saved by %s (%d changes)", actor.name, len(changes))
        return SettingsOutcome(new, security, tuple(changes), tuple(warnings), secret)

    def rotate_webhook_secret(self, actor: Actor) -> str:
        """A new webhook secret (the old one keeps signing for 24 h); returned once to show.
        Admins only. Worker thread (keyring)."""
        actor.require(Permission.CHANGE_SETTINGS)
        secret = open_secret_store(self._db, self.data_dir).rotate(self._clock())
        self._audit.record(actor, AuditAction.WEBHOOK_SECRET_ROTATED, "old secret valid 24 h")
        return secret

    def rate_api_key_header(self, actor: Actor, source: str) -> str | None:
        """The header name of ``source``'s stored API key (never the key), or None.
        Admins only. Any thread (keyring)."""
        actor.require(Permission.CHANGE_SETTINGS)
        pair = RateKeyStore.for_data_dir(self.data_dir, self._db).get(source)
        return None if pair is None else pair[0]

    def set_rate_api_key(self, actor: Actor, source: str, header: str, key: str | None) -> None:
        """Store (or, with an empty ``key``, forget) the API key of rate source ``source`` in
        the keyring. Admins only. Worker thread (keyring)."""
        actor.require(Permission.CHANGE_SETTINGS)
        store = RateKeyStore.for_data_dir(self.data_dir, self._db)
        if key:
            store.set(source, header, key)
            detail = f"{source}: key set"
        else:
            store.delete(source)
            detail = f"{source}: key removed"
        self._audit.record(actor, AuditAction.RATE_API_KEY_CHANGED, detail)
