"""``posapp --demo``: the real GUI on an in-process local network, with a simulated customer.

``DemoNetwork`` starts a :class:`~posapp.devnet.Devnet` on 127.0.0.1 (a free port), creates a
merchant account with a USDC trustline, and provisions a testnet shop ("posapp demo café",
INR at a fixed 84.10) against it. The demo only ever uses a store of its own: the SQLite
file of a temporary data dir, or of an EMPTY data dir named with ``--data-dir`` (a shop's
data dir is refused untouched); database URLs and provisioning files are never followed.
``DemoController`` adds a "Simulate customer payment" menu and toolbar to the cashier window:
pay the current sale exactly, pay half of it, or pay with look-alike USDC from a fake
issuer (which posapp must not accept). The simulated customer is a devnet wallet that signs
and submits real transactions, on the thread pool, never on the GUI thread.

Only this module and ``posapp.app`` may import the devnet.
"""

from __future__ import annotations

import contextlib
import logging
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import ROUND_DOWN, Decimal
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow
from stellar_sdk import Keypair

from posapp.core.catalog import CatalogItem
from posapp.core.money import format_plain
from posapp.core.roles import Actor
from posapp.core.session import PaymentSession
from posapp.devnet import Devnet
from posapp.devnet.wallet import Payment, Wallet
from posapp.services.setup.datadir import require_empty_dir, resolve_data_dir
from posapp.services.setup.provisioning import ProvisionRequest, provision
from posapp.services.staff.users import UserNotFound, UserService
from posapp.stellar.networks import TESTNET
from posapp.stellar.sep7 import build_pay_uri
from posapp.storage import catalog_repo
from posapp.storage.engine import Database
from posapp.workers.errors import error_text
from posapp.workers.tasks import run_task

log = logging.getLogger("posapp.demo")
DEMO_SHOP = "posapp demo café"
DEMO_CURRENCY = "INR"
DEMO_RATE = "84.10"
DEMO_ADMIN = "Demo admin"
DEMO_PURPOSE = "posapp --demo"
DEMO_PIN = "2580"
"""The demo's admin signs in with this PIN (shown in the demo toolbar)."""
CENT = Decimal("0.01")


class Simulation(StrEnum):
    """What the simulated customer does."""

    EXACT = "exact"
    PARTIAL = "partial"
    FAKE_ISSUER = "fake_issuer"


@dataclass
class DemoNetwork:
    """A running devnet, the demo merchant on it, and the data dir in use (main thread)."""

    devnet: Devnet
    merchant: str
    data_dir: Path
    _tmp: tempfile.TemporaryDirectory[str] | None = None

    @staticmethod
    def check_data_dir(data_dir: str | None) -> None:
        """InvalidInput when ``data_dir`` is given and holds anything (a shop's data dir):
        the demo would overwrite its settings. Touches nothing. Main thread."""
        if data_dir:
            require_empty_dir(data_dir, DEMO_PURPOSE)

    @classmethod
    def start(cls, data_dir: str | None = None) -> DemoNetwork:
        """Start the devnet and create the merchant, in a temporary data dir unless an empty
        (or missing) one is given; InvalidInput for a data dir that holds anything."""
        cls.check_data_dir(data_dir)
        devnet = Devnet(port=0, host="127.0.0.1")
        url = devnet.start()
        try:
            merchant = devnet.create_account(usdc_trustline=True)
            tmp = None
            if data_dir:
                path = resolve_data_dir(data_dir)
            else:
                tmp = tempfile.TemporaryDirectory(prefix="posapp-demo-")
                path = Path(tmp.name)
        except BaseException:
            devnet.stop()
            raise
        log.info("demo network at %s, merchant %s, data in %s", url, merchant, path)
        return cls(devnet, merchant, path, tmp)

    def provision(self, db: Database) -> None:
        """Set the demo shop up like ``posapp init`` does (testnet, this devnet, INR at 84.10):
        the account is checked on the devnet and its latest paging token stored, so
        detection starts from there and no early payment is skipped. Main thread."""
        request = ProvisionRequest(
            network="testnet",
            account=self.merchant,
            currency=DEMO_CURRENCY,
            horizon_url=self.devnet.url,
            rate=DEMO_RATE,
            shop_name=DEMO_SHOP,
            tips_enabled=True,
        )
        result = provision(self.data_dir, db, request)
        for warning in result.warnings:
            log.warning("demo setup: %s", warning)
        seed_catalog(db)

    @staticmethod
    def admin(users: UserService) -> Actor:
        """The demo admin (created with ``DEMO_PIN`` on first use), so the demo signs in by
        itself. Main thread at start (bcrypt, once, ~0.3 s)."""
        try:
            return users.get(DEMO_ADMIN).actor
        except UserNotFound:
            return users.create_first_admin(DEMO_ADMIN, DEMO_PIN).actor

    def attach(self, cashier: QMainWindow, parent: QObject | None = None) -> DemoController:
        """Add the simulation menu and toolbar to ``cashier``. GUI thread."""
        return DemoController(self.devnet, cashier, parent=parent)

    def stop(self) -> None:
        """Stop the devnet and remove a temporary data dir (idempotent)."""
        self.devnet.stop()
        if self._tmp is not None:
            with contextlib.suppress(OSError):
                self._tmp.cleanup()
            self._tmp = None


DEMO_ITEMS = (
    ("CHAI", "Masala chai", "20.00", "Drinks", "5", "8901234567890"),
    ("COFFEE", "Filter coffee", "35.00", "Drinks", "5", "8901234567891"),
    ("LASSI", "Mango lassi", "80.00", "Drinks", "5", None),
    ("WATER", "Water bottle", "20.00", "Drinks", "18", "8901234567892"),
    ("SAMOSA", "Samosa", "15.00", "Snacks", "12", None),
    ("VADA", "Vada pav", "25.00", "Snacks", "12", None),
    ("DOSA", "Masala dosa", "90.00", "Snacks", "12", None),
    ("CAKE", "Carrot cake", "120.00", "Snacks", "18", None),
    ("MUG", "Shop mug", "350.00", "Gifts", "18", "8901234567893"),
    ("TEA250", "Assam tea 250 g", "240.00", "Gifts", "5", "8901234567894"),
    ("BAG", "Tote bag", "199.00", "Gifts", "12", None),
    ("CARD", "Gift card", "500.00", "Gifts", "0", None),
)
"""A small catalog so the demo's cart has something to ring up."""


def seed_catalog(db: Database) -> None:
    """Give the demo store its items (once). Main thread at start."""
    with db.write() as session:
        if catalog_repo.count(session):
            return
        items = [
            CatalogItem(sku, name, Decimal(price), category, Decimal(rate), barcode)
            for sku, name, price, category, rate, barcode in DEMO_ITEMS
        ]
        catalog_repo.upsert(session, items, datetime.now(UTC))


def simulated_amount(session: PaymentSession, kind: Simulation) -> Decimal:
    """USDC the simulated customer sends: the remainder, or half of it (rounded down)."""
    due = session.remaining
    if kind is Simulation.PARTIAL:
        return max((due / 2).quantize(CENT, rounding=ROUND_DOWN), CENT)
    return due


class DemoController(QObject):
    """The "Simulate customer payment" menu and toolbar (GUI thread)."""

    def __init__(self, devnet: Devnet, cashier: QMainWindow, parent: QObject | None = None) -> None:
        """GUI thread. Follows the cashier's sale through its signals."""
        super().__init__(parent)
        self._devnet = devnet
        self._cashier = cashier
        self._session: PaymentSession | None = None
        self.fake_issuer = Keypair.random().public_key
        self.wallet = Wallet(devnet.url, Keypair.random(), TESTNET)
        """The simulated customer: signs and submits real transactions (worker threads)."""
        self._last_kind: Simulation | None = None
        self.actions: dict[Simulation, QAction] = {}
        menu = cashier.menuBar().addMenu(self.tr("Simulate customer &payment"))
        toolbar = cashier.addToolBar(self.tr("Simulate customer payment"))
        toolbar.setObjectName("demoToolbar")
        toolbar.setMovable(False)
        caption = QLabel("  " + self.tr("Demo — simulate the customer:") + "  ")
        caption.setStyleSheet("color: #475467; font-weight: 600;")
        toolbar.addWidget(caption)
        hint = self.tr("Sign in again as {name}, PIN {pin}").format(name=DEMO_ADMIN, pin=DEMO_PIN)
        self.sign_in_hint = QLabel(f"  {hint}  ")
        self.sign_in_hint.setObjectName("demoSignInHint")
        self.sign_in_hint.setStyleSheet("color: #475467;")
        self.sign_in_hint.setToolTip(
            self.tr("Switch user (Ctrl+L) or the idle lock shows the login")
        )
        for kind, text, key, slot in (
            (Simulation.EXACT, self.tr("Pay exact amount"), "F5", self._on_exact_triggered),
            (Simulation.PARTIAL, self.tr("Pay half (partial)"), "F6", self._on_partial_triggered),
            (
                Simulation.FAKE_ISSUER,
                self.tr("Pay with fake-issuer USDC"),
                "F7",
                self._on_fake_triggered,
            ),
        ):
            action = QAction(f"{text}  ({key})", cashier)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.setToolTip(f"{text} ({key})")
            action.triggered.connect(slot)
            menu.addAction(action)
            toolbar.addAction(action)
            self.actions[kind] = action
        toolbar.addSeparator()
        toolbar.addWidget(self.sign_in_hint)
        for signal_name, slot in (
            ("sale_started", self.begin_sale),
            ("sale_changed", self.update_sale),
            ("sale_cleared", self.clear_sale),
        ):
            getattr(cashier, signal_name).connect(slot)
        self._refresh()

    @property
    def session(self) -> PaymentSession | None:
        """The sale the simulated customer would pay."""
        return self._session

    # cashier signals --------------------------------------------------------------------
    @Slot(object)
    def begin_sale(self, session: PaymentSession) -> None:
        self._session = session
        self._refresh()

    @Slot(object)
    def update_sale(self, session: PaymentSession) -> None:
        if self._session is not None and session.id == self._session.id:
            self._session = session
        self._refresh()

    @Slot()
    def clear_sale(self) -> None:
        self._session = None
        self._refresh()

    def _refresh(self) -> None:
        awaiting = self._session is not None and self._session.status.is_awaiting
        for action in self.actions.values():
            action.setEnabled(awaiting)

    # actions ----------------------------------------------------------------------------
    @Slot()
    def _on_exact_triggered(self) -> None:
        self.simulate(Simulation.EXACT)

    @Slot()
    def _on_partial_triggered(self) -> None:
        self.simulate(Simulation.PARTIAL)

    @Slot()
    def _on_fake_triggered(self) -> None:
        self.simulate(Simulation.FAKE_ISSUER)

    def simulate(self, kind: Simulation) -> bool:
        """Pay the current sale through the devnet, off the GUI thread; False if no sale."""
        session = self._session
        if session is None or not session.status.is_awaiting:
            self._say(self.tr("Start a sale first: there is nothing to pay."))
            return False
        amount = simulated_amount(session, kind)
        issuer = self.fake_issuer if kind is Simulation.FAKE_ISSUER else None
        uri = build_pay_uri(
            destination=session.destination,
            amount=amount,
            asset_code="USDC",
            asset_issuer=issuer or TESTNET.usdc_issuer,
            memo=session.memo,
            network=TESTNET,
        )
        devnet, wallet = self._devnet, self.wallet

        def pay() -> Payment:
            """Worker thread: the customer's wallet signs and submits the payment."""
            if issuer is not None:
                # Look-alike USDC only reaches accounts that trust it: this merchant does.
                devnet.add_trustline(session.destination, "USDC", issuer)
            return wallet.pay_uri(uri, accept_issuer=issuer)

        text = (
            self.tr(
                "Simulated customer signs and sends {amount} look-alike USDC from a fake issuer…"
            )
            if issuer
            else self.tr("Simulated customer signs and sends {amount} USDC…")
        )
        self._say(text.format(amount=format_plain(amount)))
        self._last_kind = kind
        run_task(pay, self._on_payment_sent, self._on_payment_failed)
        return True

    @Slot(object)
    def _on_payment_sent(self, result: Payment) -> None:
        text = (
            self.tr(
                "Signed payment on the network: tx {tx}…. posapp ignores it (not Circle's USDC):"
                " the sale stays unpaid."
            )
            if self._last_kind is Simulation.FAKE_ISSUER
            else self.tr("Signed payment on the network: tx {tx}….")
        )
        self._say(text.format(tx=result.tx_hash[:12]), 12_000)

    @Slot(object)
    def _on_payment_failed(self, error: Exception) -> None:
        self._say(
            self.tr("Simulated payment failed: {reason}").format(reason=error_text(error)), 12_000
        )

    def _say(self, text: str, timeout_ms: int = 6000) -> None:
        self._cashier.statusBar().showMessage(text, timeout_ms)
