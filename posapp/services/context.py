"""The composition root: builds every service of one data dir, once, for the CLI and the GUI.

``build_staff`` gives what works before the shop is configured (users, sign-in, first-run
setup); ``build_context`` adds everything a configured counter uses: sales, the back office
(history, reports, reconciliation, unmatched payments) and shop settings. Windows and
commands receive these services; they never build their own.

Runs on the main thread at start; the result is shared read-only afterwards. The back
office and settings services are built on first use (their modules are not needed for the
first window), still once and only here.
"""

from __future__ import annotations

import logging
import os
import socket
from dataclasses import dataclass, replace
from datetime import tzinfo
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from posapp.core.clock import Clock, utc_now
from posapp.core.errors import InvalidInput, PosappError
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.rates import RateSettings, RateSource, build_rate_source
from posapp.services.config import ShopConfig, load_config
from posapp.services.sales.counter_desk import CounterDesk
from posapp.services.sales.sessions import SessionService
from posapp.services.setup.first_run import SetupService
from posapp.services.setup.store_connection import with_stored_password
from posapp.services.staff.audit import AuditLog
from posapp.services.staff.auth import AuthService
from posapp.services.staff.users import UserService
from posapp.storage.engine import Database

if TYPE_CHECKING:
    from posapp.services.backoffice.history import HistoryService
    from posapp.services.backoffice.reconcile import Reconciler
    from posapp.services.backoffice.reports import ReportService
    from posapp.services.backoffice.unmatched import UnmatchedService
    from posapp.services.receipts.service import ReceiptService
    from posapp.services.refunds.service import RefundService
    from posapp.services.sales.catalog import CatalogService
    from posapp.services.setup.shop_settings import SettingsService

log = logging.getLogger("posapp.services.context")


@dataclass(frozen=True)
class StaffServices:
    """Users, sign-in and first-run setup of one data dir: usable before any configuration
    exists. Cheap to build (no bcrypt, no network)."""

    audit: AuditLog
    users: UserService
    auth: AuthService
    setup: SetupService


def build_staff(data_dir: Path, db: Database, clock: Clock = utc_now) -> StaffServices:
    """The staff services of ``data_dir``, sharing one audit log. Main thread at start."""
    audit = AuditLog(db, clock)
    users = UserService(db, audit, clock)
    auth = AuthService(db, audit, clock)
    return StaffServices(audit, users, auth, SetupService(data_dir, db, users, audit, clock))


@dataclass(frozen=True)
class BackofficeServices:
    """The owner's back office: what the history window and its tabs use."""

    history: HistoryService
    unmatched: UnmatchedService
    reports: ReportService
    reconciler: Reconciler
    desk: CounterDesk | None = None
    """Settling partly paid sales from the sale's details (take the rest, give back)."""
    receipts: ReceiptService | None = None
    """Reprints of sales' receipts (COPY) and their PDFs."""
    refunds: RefundService | None = None
    """Refunds of sales and unmatched payments (prepared here, signed in the owner's wallet)."""


def build_backoffice(
    db: Database,
    config: ShopConfig,
    audit: AuditLog,
    *,
    clock: Clock = utc_now,
    tz: tzinfo | None = None,
) -> BackofficeServices:
    """The back-office services of one shop (``tz`` None: the computer's zone). Cheap; any
    thread, usually the GUI thread on the first opening of the history."""
    from posapp.services.backoffice.history import HistoryService
    from posapp.services.backoffice.reconcile import Reconciler
    from posapp.services.backoffice.reports import ReportService
    from posapp.services.backoffice.unmatched import UnmatchedService
    from posapp.services.receipts.service import ReceiptService
    from posapp.services.refunds.service import RefundService

    return BackofficeServices(
        history=HistoryService(db, clock=clock, tz=tz, shop_currency=config.currency),
        unmatched=UnmatchedService(db, config, audit, clock),
        reports=ReportService(db, shop_name=config.shop_name, clock=clock, tz=tz),
        reconciler=Reconciler(db, config, clock=clock),
        desk=CounterDesk(db, config.terminal, clock),
        receipts=ReceiptService(db, config, clock, tz=tz),
        refunds=RefundService(db, config, audit, clock),
    )


class AppContext:
    """Every service of one configured counter, built once (``build_context``)."""

    def __init__(
        self,
        data_dir: Path,
        db: Database,
        config: ShopConfig,
        rates: RateSource,
        sessions: SessionService,
        clock: Clock,
        staff: StaffServices,
    ) -> None:
        self.data_dir = data_dir
        self.db = db
        self.config = config
        self.rates = rates
        self.sessions = sessions
        self.clock = clock
        self.staff = staff

    @cached_property
    def backoffice(self) -> BackofficeServices:
        """History, reports, reconciliation and unmatched payments (built on first use)."""
        return build_backoffice(self.db, self.config, self.staff.audit, clock=self.clock)

    def restart_needed_for(self, config: ShopConfig) -> list[str]:
        """What in ``config`` the running counter cannot take without a restart (detection
        follows one network, account and Horizon with the tolerance and monitoring window it
        started with; the windows format one currency). English names, marked for
        translation in the ``Settings`` context."""
        old = self.config
        names = {
            "network": QT_TRANSLATE_NOOP("Settings", "network"),
            "merchant_account": QT_TRANSLATE_NOOP("Settings", "merchant account"),
            "horizon_url": QT_TRANSLATE_NOOP("Settings", "Horizon address"),
            "currency": QT_TRANSLATE_NOOP("Settings", "currency"),
            "tolerance": QT_TRANSLATE_NOOP("Settings", "tolerance"),
            "monitoring_hours": QT_TRANSLATE_NOOP("Settings", "monitoring window"),
        }
        return [
            label for field, label in names.items() if getattr(old, field) != getattr(config, field)
        ]

    def rates_for(self, config: ShopConfig) -> RateSource:
        """The rate source ``config`` asks for: the running one when its rates are the same,
        else a new one (reads stored API keys: pool thread)."""
        if config.rates == self.config.rates:
            return self.rates
        return build_rate_source(
            config.rates, api_keys=_rate_api_keys(self.data_dir, self.db, config.rates)
        )

    def apply_config(self, config: ShopConfig, rates: RateSource) -> None:
        """Use ``config`` (this terminal's name kept) and ``rates`` from the next sale on.
        GUI thread."""
        config = replace(config, terminal=self.config.terminal)
        self.config = config
        self.rates = rates
        self.sessions.reconfigure(config, rates)

    @cached_property
    def catalog(self) -> CatalogService:
        """The shop's items (built on first use; searches use a copy in memory)."""
        from posapp.services.sales.catalog import CatalogService

        return CatalogService(self.db, self.config.currency, self.clock)

    @cached_property
    def refunds(self) -> RefundService:
        """Refunds: prepare, list, rebuild, cancel (built on first use)."""
        from posapp.services.refunds.service import RefundService

        return RefundService(self.db, self.config, self.staff.audit, self.clock)

    @cached_property
    def desk(self) -> CounterDesk:
        """The counter's hard cases: settle, give back, park, restore, stray payments."""
        return CounterDesk(self.db, self.config.terminal, self.clock)

    @cached_property
    def settings(self) -> SettingsService:
        """The settings dialog's service (built on first use)."""
        from posapp.services.setup.shop_settings import SettingsService

        return SettingsService(self.data_dir, self.db, self.staff.audit, self.clock)


TERMINAL_ENV = "POSAPP_TERMINAL"


def terminal_name(explicit: str | None, db: Database) -> str | None:
    """This counter's name: ``--terminal``, else ``POSAPP_TERMINAL``, else (on a shared
    PostgreSQL database) the host name; None keeps the shop configuration's name (one
    counter on its own SQLite file). InvalidInput for a name no report could show."""
    name = (
        explicit
        or os.environ.get(TERMINAL_ENV)
        or (socket.gethostname() if db.is_postgres else None)
    )
    if name is None:
        return None
    name = name.strip()
    if not name or len(name) > 64 or not name.isprintable():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "the terminal name must be 1 to 64 printable characters")
        )
    return name


def open_database(
    data_dir: Path, database_url: str | None = None, *, terminal: str | None = None
) -> Database:
    """Open (create, migrate) the database of ``data_dir`` or at ``database_url``;
    ``terminal`` labels this counter's PostgreSQL connections."""
    if not database_url:
        return Database.in_data_dir(data_dir)
    label = f"posapp:{terminal or os.environ.get(TERMINAL_ENV) or socket.gethostname()}"
    return Database(with_stored_password(database_url), application_name=label)


def build_context(
    data_dir: Path,
    db: Database,
    clock: Clock = utc_now,
    *,
    terminal: str | None = None,
    staff: StaffServices | None = None,
) -> AppContext:
    """Load the configuration and build the services for this counter (``terminal``, see
    ``terminal_name``; ``staff`` when already built for sign-in); NotConfigured before
    setup. Main thread at start."""
    config = load_config(db)
    name = terminal_name(terminal, db)
    if name is not None:
        config = replace(config, terminal=name)
    rates = build_rate_source(config.rates, api_keys=_rate_api_keys(data_dir, db, config.rates))
    sessions = SessionService(db, config, rates, clock)
    staff = staff if staff is not None else build_staff(data_dir, db, clock)
    return AppContext(data_dir, db, config, rates, sessions, clock, staff)


def _rate_api_keys(data_dir: Path, db: Database, spec: RateSettings) -> dict[str, tuple[str, str]]:
    """The stored API keys of ``spec``'s HTTP sources. Fixed rates (the usual set-up) never
    touch the keyring; an unusable keyring only costs the keys (logged), never the start."""
    if spec.mode != "http" or not spec.http_sources:
        return {}
    from posapp.services.setup.rate_keys import RateKeyStore  # imports keyring: only when needed

    try:
        store = RateKeyStore.for_data_dir(data_dir, db)
        return store.api_keys([s.name for s in spec.http_sources])
    except PosappError as exc:
        log.warning("rate API keys unavailable, fetching rates without them: %s", exc)
        return {}
