"""First-run setup behind the GUI wizard: the same checks as ``posapp init`` (``build_config``
and ``provision``) plus the first admin user.

Thread: ``is_needed``, ``existing_config`` and ``validate`` are instant (GUI thread is fine);
``check_account`` asks Horizon and ``complete`` asks Horizon and runs bcrypt, so both belong
on a worker thread (``workers.tasks.run_task``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from posapp.core.clock import Clock, utc_now
from posapp.core.errors import HorizonError, NotConfigured, PermissionDenied
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.services.config import ShopConfig, load_config
from posapp.services.setup.provisioning import ProvisionRequest, build_config, provision
from posapp.services.staff.audit import AuditAction, AuditLog
from posapp.services.staff.passwords import validate_new_secret
from posapp.services.staff.users import UserInfo, UserService, validate_user_name
from posapp.stellar.account_check import check_account_sync
from posapp.storage.engine import Database
from posapp.webhooks.secret_store import keyring_problem

log = logging.getLogger("posapp.setup")


@dataclass(frozen=True, slots=True)
class AccountStatus:
    """What Horizon says about the merchant account, for the wizard to show.

    ``reachable`` False: Horizon did not answer (``error`` says why); setup may continue and
    the account is checked again on start. ``problems`` are sentences saying what to do.
    """

    account: str
    network: str
    horizon_url: str
    reachable: bool
    exists: bool = False
    has_usdc_trustline: bool = False
    usdc_authorized: bool = False
    memo_required: bool = False
    xlm_balance: Decimal | None = None
    problems: tuple[str, ...] = ()
    error: str | None = None

    @property
    def blocks_setup(self) -> bool:
        """True when setup cannot finish: Horizon says the account does not exist."""
        return self.reachable and not self.exists

    @property
    def ready(self) -> bool:
        """True when the account can receive the network's USDC now."""
        return self.reachable and self.exists and not self.problems


@dataclass(frozen=True, slots=True)
class SetupOutcome:
    """What setup saved: the configuration, warnings, the admin, the webhook secret (show it
    once, then forget it)."""

    config: ShopConfig
    admin: UserInfo
    warnings: tuple[str, ...]
    webhook_secret: str | None


class SetupService:
    """First-run setup of one data dir."""

    def __init__(
        self,
        data_dir: Path,
        db: Database,
        users: UserService,
        audit: AuditLog,
        clock: Clock = utc_now,
    ) -> None:
        self.data_dir = Path(data_dir)
        self._db = db
        self._users = users
        self._audit = audit
        self._clock = clock

    def is_needed(self) -> bool:
        """True until the shop is configured *and* has an enabled admin. Short DB read."""
        return self.existing_config() is None or not self._users.has_admin()

    def existing_config(self) -> ShopConfig | None:
        """The saved configuration (``posapp init`` may have run), or None. Short DB read."""
        try:
            return load_config(self._db)
        except NotConfigured:
            return None

    @staticmethod
    def keyring_problem() -> str | None:
        """Why the OS keyring cannot hold the webhook secret, or None when it can. Instant."""
        return keyring_problem()

    def validate(self, request: ProvisionRequest) -> ShopConfig:
        """Every field checked (InvalidInput and subclasses, SecretSeedRefused for an S…
        seed) without any I/O. Any thread."""
        return build_config(request, self._clock())

    @staticmethod
    def validate_admin(name: str, secret: str) -> str:
        """The cleaned admin name, or InvalidInput / SecretRefused. Instant; any thread."""
        clean = validate_user_name(name)
        validate_new_secret(secret)
        return clean

    def check_account(self, request: ProvisionRequest) -> AccountStatus:
        """Validate the request, then look the account up on Horizon. Worker thread."""
        config = self.validate(request)
        network = config.stellar_network
        base = {
            "account": config.merchant_account,
            "network": network.name,
            "horizon_url": network.horizon_url,
        }
        try:
            check = check_account_sync(
                network.horizon_url, config.merchant_account, network.usdc_issuer
            )
        except HorizonError as exc:
            log.info("account check: Horizon unreachable (%s)", exc)
            return AccountStatus(reachable=False, error=str(exc), **base)  # type: ignore[arg-type]
        return AccountStatus(
            reachable=True,
            exists=check.exists,
            has_usdc_trustline=check.has_usdc_trustline,
            usdc_authorized=check.usdc_authorized,
            memo_required=check.memo_required,
            xlm_balance=check.xlm_balance,
            problems=check.problems,
            **base,  # type: ignore[arg-type]
        )

    def complete(
        self, request: ProvisionRequest, admin_name: str, admin_secret: str
    ) -> SetupOutcome:
        """Validate everything, provision (config, cursor, webhook secret) and create the
        first admin. Refused once an enabled admin exists. Worker thread (Horizon, bcrypt).

        Nothing is written when a check fails; the admin is created last, so a failure there
        leaves setup still needed (and the wizard can simply run again).
        """
        if self._users.has_admin():
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("errors", "this shop is already set up: an admin must sign in")
            )
        self.validate_admin(admin_name, admin_secret)
        self.validate(request)
        result = provision(self.data_dir, self._db, request)
        admin = self._users.create_first_admin(admin_name, admin_secret)
        config = result.config
        self._audit.record(
            admin.name,
            AuditAction.SETUP_COMPLETED,
            f"network {config.network}, account {config.merchant_account}, "
            f"currency {config.currency}, webhook {'on' if config.webhook_url else 'off'}",
        )
        if result.webhook_secret:
            self._audit.record(admin.name, AuditAction.WEBHOOK_SECRET_CREATED, "during setup")
        return SetupOutcome(config, admin, result.warnings, result.webhook_secret)
