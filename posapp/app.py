"""The GUI's composition root: builds the services, the worker threads and both windows,
wires them with signals, and shuts everything down within a bounded time.

``run_gui(args)`` is what ``posapp`` / ``posapp gui`` / ``posapp --demo`` call: the setup
wizard on a fresh data dir, then the login screen, then the counter as the signed-in user.
``CounterApp`` is the running counter (also used directly by tests and the benchmark); given
``StaffServices`` it adds sign-in, the idle lock, the sales history and the settings.
Windows never build services: they receive them here. Everything runs on the GUI thread
except ``CounterApp._make_watcher``, which the watcher thread calls.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from posapp.core.clock import Clock, utc_now
from posapp.core.errors import NotConfigured, PermissionDenied, PosappError
from posapp.core.roles import Actor, Permission, Role
from posapp.services.config import ShopConfig
from posapp.services.context import AppContext, build_context, open_database
from posapp.services.detection.watcher import PaymentWatcher, WatchListener
from posapp.services.setup.datadir import resolve_data_dir
from posapp.services.setup.first_run import SetupService
from posapp.services.setup.shop_settings import load_security_settings
from posapp.services.setup.store_connection import CounterIdentity, resolve_counter
from posapp.services.staff.audit import AuditLog
from posapp.services.staff.auth import AuthService
from posapp.services.staff.users import UserService
from posapp.storage.engine import Database
from posapp.ui.cashier import CashierWindow
from posapp.ui.common.excepthook import install_excepthook
from posapp.ui.common.formatting import Formatter, default_locale
from posapp.ui.counter_prefs import CounterPrefs
from posapp.ui.customer_display import CustomerDisplay
from posapp.ui.customer_display.placement import arrange_windows
from posapp.ui.customer_display.sound import Chime, PaidSound
from posapp.ui.customer_display.window import IDLE_AFTER_MS
from posapp.ui.gc_policy import MainThreadCollector
from posapp.ui.login import IdleLock, LoginWindow
from posapp.ui.startup_dialogs import not_configured_box, startup_error_box
from posapp.workers.counter_webhooks import CounterWebhooks
from posapp.workers.rate_refresher import RateRefresher
from posapp.workers.tasks import run_task
from posapp.workers.watcher_thread import WatcherThread

log = logging.getLogger("posapp.app")
GUI_ACTOR = Actor("cashier", Role.CASHIER)
"""Who charges when ``CounterApp`` runs without sign-in (tests, the benchmark)."""
WATCHER_RESTART_MS = 5000
POOL_WAIT_MS = 1000
SOUND_PRELOAD_MS = 400
HEADLESS_PLATFORMS = ("offscreen", "minimal")
STATUS_MESSAGE_MS = 10_000


@dataclass(frozen=True)
class StaffServices:
    """Users, sign-in and first-run setup of one data dir (usable before any configuration
    exists). Built by ``run_gui`` on the main thread; cheap (no bcrypt, no network)."""

    audit: AuditLog
    users: UserService
    auth: AuthService
    setup: SetupService

    @classmethod
    def build(cls, data_dir: Path, db: Database, clock: Clock = utc_now) -> StaffServices:
        audit = AuditLog(db, clock)
        users = UserService(db, audit, clock)
        auth = AuthService(db, audit, clock)
        return cls(audit, users, auth, SetupService(data_dir, db, users, audit, clock))


class CounterApp(QObject):
    """The running counter: watcher thread, rate refresher, cashier window, customer
    display, all connected. Create, ``start()``, and ``shutdown()`` on the GUI thread."""

    closed = Signal()
    """The cashier closed the main window: the application should quit."""

    _access_revoked = Signal(int)
    """A check found the user (id) disabled or removed; emitted on the checking thread."""

    def __init__(
        self,
        ctx: AppContext,
        *,
        prefs: CounterPrefs,
        sound: Chime | None = None,
        locale: str | None = None,
        actor: Actor = GUI_ACTOR,
        reader_options: dict[str, Any] | None = None,
        display_idle_after_ms: int = IDLE_AFTER_MS,
        staff: StaffServices | None = None,
        parent: QObject | None = None,
    ) -> None:
        """GUI thread. ``sound`` defaults to the bundled chime. With ``staff`` the counter
        opens on the login screen and acts as whoever signs in (``actor`` is then only a
        placeholder until the first sign-in)."""
        super().__init__(parent)
        self.ctx = ctx
        self.prefs = prefs
        self.staff = staff
        self.signed_in: Actor | None = None if staff is not None else actor
        self.login: LoginWindow | None = None
        self.idle: IdleLock | None = None
        self.history: QWidget | None = None
        self.settings_dialog: QWidget | None = None
        self._history_services: Any = None
        self._settings_service: Any = None
        self._placed = False
        self._reader_options = reader_options
        self._shut_down = False
        self._stopped_cleanly = True
        self._collector: MainThreadCollector | None = None
        config = ctx.config
        formatter = Formatter(config.currency, locale or default_locale(config.currency))
        self.sound: Chime = sound if sound is not None else PaidSound(prefs, parent=self)
        self.watcher = WatcherThread(self._make_watcher)
        self.rates = RateRefresher(ctx.rates, config.currency, ctx.clock, parent=self)
        self.webhooks = CounterWebhooks(ctx, parent=self)
        self.cashier = CashierWindow(
            sessions=ctx.sessions,
            config=config,
            actor=actor,
            clock=ctx.clock,
            formatter=formatter,
            muted=self.sound.muted,
            display_fullscreen=prefs.display_fullscreen,
            receipts=_receipt_service(ctx, formatter.locale),
        )
        self.display = CustomerDisplay(
            config=config,
            clock=ctx.clock,
            formatter=formatter,
            sound=self.sound,
            idle_after_ms=display_idle_after_ms,
        )
        if staff is not None:
            self.login = LoginWindow(staff.auth, staff.users, shop_name=config.shop_name)
            self.login.installEventFilter(self)
            self.idle = IdleLock(load_security_settings(ctx.db).idle_lock_minutes, self)
            self.idle.pause()
            staff.auth.on_access_revoked(self._access_revoked.emit)
        self._connect()

    def _connect(self) -> None:
        watcher, cashier, display, rates = self.watcher, self.cashier, self.display, self.rates
        # Watcher thread → GUI thread (queued: every receiver is a QObject on this thread).
        watcher.session_changed.connect(cashier._on_watcher_session_changed)
        watcher.connection_changed.connect(cashier._on_watcher_connection_changed)
        watcher.failed.connect(cashier._on_watcher_failed)
        watcher.failed.connect(self._on_watcher_failed)
        rates.quote_updated.connect(cashier._on_rates_quote_updated)
        rates.quote_failed.connect(cashier._on_rates_quote_failed)
        self._connect_webhooks()
        # Window ↔ window, only through signals.
        cashier.rate_requested.connect(rates.refresh)
        cashier.sale_started.connect(display._on_cashier_sale_started)
        cashier.sale_changed.connect(display._on_cashier_sale_changed)
        cashier.sale_cleared.connect(display._on_cashier_sale_cleared)
        cashier.customer_display_requested.connect(self._on_cashier_customer_display_requested)
        cashier.display_fullscreen_toggled.connect(self._on_cashier_display_fullscreen_toggled)
        cashier.sound_mute_toggled.connect(self._on_cashier_sound_mute_toggled)
        cashier.closed.connect(self.closed)
        display.key_pressed.connect(cashier._on_display_key_pressed)
        # Sign-in, idle lock, history and settings.
        watcher.session_changed.connect(self._on_watcher_session_changed)
        cashier.history_requested.connect(self._on_cashier_history_requested)
        cashier.settings_requested.connect(self._on_cashier_settings_requested)
        cashier.switch_user_requested.connect(self.lock)
        if self.login is not None and self.idle is not None:
            self.login.user_signed_in.connect(self.sign_in)
            self.idle.idle_timed_out.connect(self.lock)
            self._access_revoked.connect(self._on_auth_access_revoked)

    def _connect_webhooks(self) -> None:
        """Wake delivery when an event may have been queued; show its health. GUI thread."""
        webhooks = self.webhooks
        self.watcher.payment_applied.connect(webhooks.wake)
        self.watcher.session_changed.connect(webhooks.wake)
        self.cashier.sale_changed.connect(webhooks.wake)
        webhooks.health_changed.connect(self.cashier._on_webhooks_health_changed)

    def _make_watcher(self, listener: WatchListener) -> PaymentWatcher:
        """Watcher thread: build the watcher with this counter's services."""
        ctx = self.ctx
        return PaymentWatcher(
            ctx.db,
            ctx.config,
            ctx.sessions,
            listener,
            clock=ctx.clock,
            reader_options=self._reader_options,
        )

    # lifecycle --------------------------------------------------------------------------
    def start(self, *, show: bool = True) -> None:
        """Place and show both windows, then start detection, rates and warm-ups on the
        next event-loop turn (so nothing competes with the first paint). GUI thread."""
        if self._collector is None:
            self._collector = MainThreadCollector()
        if show:
            if self.login is not None and self.signed_in is None:
                self.login.show()
                _bring_to_front(self.login)
            else:
                self._place_windows()
        QTimer.singleShot(0, self, self._on_start_timeout)

    def _place_windows(self) -> None:
        if self._placed:
            self.cashier.show()
        else:
            self._placed = True
            where = arrange_windows(self.cashier, self.display, self.prefs)
            log.info("windows placed: %s", where)
        _bring_to_front(self.cashier)

    # sign-in ----------------------------------------------------------------------------
    @Slot(object)
    def sign_in(self, actor: Actor) -> None:
        """Open (or unlock) the counter acting as ``actor``; start the idle lock. GUI thread."""
        if self._shut_down:
            return
        if self.staff is not None:
            actor = self.staff.auth.bound(actor)
        self.signed_in = actor
        self.cashier.set_actor(actor)
        if self.login is not None:
            self.login.hide()
            self.login.reset()
        self._place_windows()
        if self.idle is not None:
            self.idle.restart()
        log.info("%s signed in as %s", actor.name, actor.role.value)

    @Slot()
    def lock(self) -> None:
        """Switch user / idle: close what the last user opened, hide the cashier window and
        show the login screen. Detection and the customer display keep running. GUI thread."""
        if self.login is None or self.signed_in is None or self._shut_down:
            return
        log.info("counter locked (was %s)", self.signed_in.name)
        self.signed_in = None
        self._close_user_windows()
        self.cashier.hide()
        self.login.reset()
        self.login.show()
        _bring_to_front(self.login)
        if self.idle is not None:
            self.idle.pause()

    @Slot(int)
    def _on_auth_access_revoked(self, user_id: int) -> None:
        """The signed-in user was disabled or removed (at any counter): their next action
        was refused; back to the login. GUI thread."""
        actor = self.signed_in
        if actor is not None and actor.user_id == user_id:
            log.info("%s may no longer use posapp: back to the login", actor.name)
            self.lock()

    def _close_user_windows(self) -> None:
        for window in (self.settings_dialog, self.history):
            if window is not None:
                window.close()
        self.settings_dialog = None
        self.history = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Closing the login screen quits the app, as closing the cashier window does."""
        if (
            watched is self.login
            and event.type() == QEvent.Type.Close
            and not self._shut_down
            and self.signed_in is None
        ):
            self.closed.emit()
        return False

    @Slot()
    def _on_start_timeout(self) -> None:
        """The windows are up: start detection, rates and warm-ups. GUI thread."""
        if self._shut_down:
            return
        self.watcher.start()
        self.webhooks.start()
        self.rates.start()
        run_task(_warm_up_sale_modules)
        prepare = getattr(self.sound, "prepare", None)
        if callable(prepare):
            QTimer.singleShot(SOUND_PRELOAD_MS, self, prepare)

    def shutdown(self) -> bool:
        """Stop every thread (bounded waits) and close the windows; idempotent.

        Returns True when every thread ended in time. GUI thread.
        """
        if self._shut_down:
            return self._stopped_cleanly
        self._shut_down = True
        started = time.monotonic()
        self.rates.stop()
        watcher_ok = self.watcher.stop()
        if not watcher_ok:
            log.warning("the payment watcher did not stop in time")
        webhooks_ok = self.webhooks.stop()
        pool_ok = QThreadPool.globalInstance().waitForDone(POOL_WAIT_MS)
        if not pool_ok:
            log.warning("background tasks still running at exit")
        with contextlib.suppress(Exception):
            self.ctx.rates.close()
        self._close_user_windows()
        if self.idle is not None:
            self.idle.pause()
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self.idle)
        if self.login is not None:
            self.login.removeEventFilter(self)
            self.login.close()
        self.display.allow_close()
        self.display.close()
        self.cashier.blockSignals(True)
        self.cashier.close()
        self.prefs.sync()
        if self._collector is not None:
            self._collector.stop()
        self._stopped_cleanly = watcher_ok and webhooks_ok and pool_ok
        log.info("counter stopped in %.0f ms", (time.monotonic() - started) * 1000)
        return self._stopped_cleanly

    # slots ------------------------------------------------------------------------------
    @Slot(str)
    def _on_watcher_failed(self, message: str) -> None:
        """Detection died: try again in a few seconds. GUI thread."""
        log.error(
            "payment watcher failed: %s; restarting in %d s", message, WATCHER_RESTART_MS // 1000
        )
        QTimer.singleShot(WATCHER_RESTART_MS, self, self._on_restart_timeout)

    @Slot()
    def _on_restart_timeout(self) -> None:
        """Restart detection after a failure unless shutting down. GUI thread."""
        if not self._shut_down and not self.watcher.isRunning():
            self.watcher.start()

    @Slot()
    def _on_cashier_customer_display_requested(self) -> None:
        self.display.show()
        _bring_to_front(self.display)

    @Slot(bool)
    def _on_cashier_display_fullscreen_toggled(self, fullscreen: bool) -> None:
        self.prefs.display_fullscreen = fullscreen
        arrange_windows(self.cashier, self.display, self.prefs)

    @Slot(bool)
    def _on_cashier_sound_mute_toggled(self, muted: bool) -> None:
        self.sound.set_muted(muted)

    @Slot(object)
    def _on_watcher_session_changed(self, _session: object) -> None:
        history = self.history
        if history is not None:
            history.refresh()  # type: ignore[attr-defined]

    @Slot()
    def _on_cashier_history_requested(self) -> None:
        """Open (or raise) the sales history as the signed-in user. GUI thread."""
        actor = self.signed_in
        if actor is None or not actor.can(Permission.VIEW_HISTORY):
            return
        if self.history is not None:
            self.history.show()
            _bring_to_front(self.history)
            return
        try:  # imported on first use: not needed for the first window
            from posapp.services.backoffice.history import HistoryServices
            from posapp.ui.history import HistoryWindow
        except ImportError as exc:
            log.exception("sales history unavailable")
            self._inform("Sales history", f"The sales history is not available: {exc}")
            return
        try:
            if self._history_services is None:
                ctx = self.ctx
                self._history_services = HistoryServices.build(ctx.db, ctx.config, clock=ctx.clock)
            window = HistoryWindow(self._history_services, actor)
        except PosappError as exc:
            self._inform("Sales history", f"Cannot open the sales history: {exc}")
            return
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.closed.connect(self._on_history_closed)
        self.history = window
        window.show()
        _bring_to_front(window)

    @Slot()
    def _on_history_closed(self) -> None:
        if self.history is not None and self.history is self.sender():
            self.history = None

    @Slot()
    def _on_cashier_settings_requested(self) -> None:
        """Open (or raise) the settings dialog as the signed-in admin. GUI thread."""
        actor, staff = self.signed_in, self.staff
        if actor is None or staff is None or not actor.can(Permission.CHANGE_SETTINGS):
            return
        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            return
        from posapp.services.setup.shop_settings import SettingsService
        from posapp.ui.settings import SettingsDialog

        if self._settings_service is None:
            ctx = self.ctx
            self._settings_service = SettingsService(ctx.data_dir, ctx.db, staff.audit, ctx.clock)
        dialog = SettingsDialog(
            self._settings_service, staff.users, actor, setup=staff.setup, parent=self.cashier
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.idle is not None:
            dialog.idle_lock_changed.connect(self.idle.set_minutes)
        if self.login is not None:
            dialog.users_changed.connect(self.login.refresh_users)
        dialog.settings_saved.connect(self._on_settings_saved)
        dialog.finished.connect(self._on_settings_finished)
        self.settings_dialog = dialog
        dialog.open()

    @Slot(int)
    def _on_settings_finished(self, _result: int) -> None:
        if self.settings_dialog is not None and self.settings_dialog is self.sender():
            self.settings_dialog = None

    @Slot(object)
    def _on_settings_saved(self, config: ShopConfig) -> None:
        """The running counter keeps the configuration it started with. GUI thread."""
        log.info("settings saved for %s", config.shop_name)
        self.cashier.statusBar().showMessage(
            "Settings saved. Restart posapp to use them at the counter.", STATUS_MESSAGE_MS
        )

    def _inform(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.cashier)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


def _receipt_service(ctx: AppContext, locale: str) -> Any:
    """The counter's receipts (no I/O: cheap at start); None when this counter's printer
    override (POSAPP_RECEIPT_PRINTER) is unusable, which is logged. GUI thread."""
    from posapp.services.receipts.service import ReceiptService

    try:
        return ReceiptService(ctx.db, ctx.config, ctx.clock, locale=locale)
    except PosappError as exc:
        log.error("receipts are off on this counter: %s", exc)
        return None


def _warm_up_sale_modules() -> None:
    """Pool thread: load what the first Charge needs (stellar_sdk, qrcode) after start-up,
    so neither the first window nor the first sale waits for it."""
    import posapp.services.sales.payment_request
    import posapp.stellar.qr  # noqa: F401


def _bring_to_front(window: QWidget) -> None:
    """Raise and focus ``window`` where the platform can (not offscreen). GUI thread."""
    if QGuiApplication.platformName() in HEADLESS_PLATFORMS:
        return
    window.raise_()
    window.activateWindow()


# run_gui ----------------------------------------------------------------------------------
def run_gui(args: argparse.Namespace) -> int:
    """Run the counter GUI until the cashier window closes; return the exit code.

    ``args``: ``data_dir``, ``database_url``, ``demo``, ``verbose``. Main (GUI) thread.
    """
    started = time.monotonic()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("posapp")
    app.setOrganizationName("posapp")
    install_excepthook()
    demo = None
    db = None
    counter: CounterApp | None = None
    ending = GuiExit(app)
    restore = _install_signal_handlers(ending.request)
    try:
        try:
            if getattr(args, "demo", False):
                from posapp.demo import DemoNetwork

                demo = DemoNetwork.start(getattr(args, "data_dir", None))
                data_dir = demo.data_dir
                identity = CounterIdentity(None, None)  # its own SQLite file, never a URL
            else:
                data_dir = resolve_data_dir(getattr(args, "data_dir", None))
                identity = resolve_counter(
                    data_dir,
                    database_url=getattr(args, "database_url", None),
                    terminal=getattr(args, "terminal", None),
                    provisioning=getattr(args, "provisioning", None),
                )
            terminal = identity.terminal
            db = open_database(data_dir, identity.database_url, terminal=terminal)
            staff = StaffServices.build(data_dir, db)
            demo_actor: Actor | None = None
            if demo is not None:
                demo.provision(db)
                with contextlib.suppress(PermissionDenied):  # another admin: sign in
                    demo_actor = demo.admin(staff.users)
            elif staff.setup.is_needed() and not _run_setup(
                staff.setup, data_dir, getattr(args, "provisioning", None)
            ):
                return 1
            ctx = build_context(data_dir, db, terminal=terminal)
        except NotConfigured:
            _tell(not_configured_box(data_dir))
            return 1
        except PosappError as exc:
            _tell(startup_error_box(str(exc)))
            return 1
        counter = CounterApp(ctx, prefs=CounterPrefs(), staff=staff)
        if demo is not None:
            demo.attach(counter.cashier, parent=counter)
        ending.counter = counter
        counter.closed.connect(ending.request)
        if demo_actor is not None:
            counter.sign_in(demo_actor)
        counter.start()
        QTimer.singleShot(
            0,
            lambda: log.info(
                "cashier window shown %.0f ms after start", (time.monotonic() - started) * 1000
            ),
        )
        if ending.requested:  # a signal arrived while starting
            return 0
        return int(app.exec())
    finally:
        if counter is not None:
            counter.shutdown()
            counter.deleteLater()
        if db is not None:
            db.dispose()
        if demo is not None:
            demo.stop()
        restore()
        ending.counter = None
        ending.deleteLater()


def _run_setup(setup: SetupService, data_dir: Path, provisioning: str | None = None) -> bool:
    """Run the setup wizard; True once the shop and its first admin are saved. Without a
    screen nobody could fill it in: say what to run instead (stderr) and return False.

    On a shop with no configuration yet, the provisioning file (``provisioning``, else
    ``posapp.toml`` next to the app or in the data dir) pre-fills the wizard; a bad file
    raises InvalidInput before anything is shown or written. GUI thread."""
    from posapp.services.setup.provisioning_file import (
        find_provisioning_file,
        load_provisioning_file,
    )

    initial = source = None
    if setup.existing_config() is None:
        found = find_provisioning_file(provisioning, data_dir)
        if found is not None:
            initial, source = load_provisioning_file(found).request, str(found)
            log.info("first start with settings from %s", found)
    if QGuiApplication.platformName() in HEADLESS_PLATFORMS:
        if setup.existing_config() is None:
            _tell(not_configured_box(data_dir))
        else:
            _tell(
                startup_error_box(
                    "This counter has no administrator yet. Create one in a terminal:\n"
                    f"posapp --data-dir {data_dir} users add NAME --role admin"
                )
            )
        return False
    from posapp.ui.setup import SetupWizard  # only on a first run

    wizard = SetupWizard(setup, initial=initial, source=source)
    completed: list[ShopConfig] = []
    wizard.setup_completed.connect(completed.append)
    wizard.exec()
    wizard.deleteLater()
    return bool(completed)


def _tell(box: QMessageBox) -> None:
    """Show a start-up message box; without a screen (offscreen/minimal platform, nobody
    to click it) print its text to stderr instead. GUI thread."""
    if QGuiApplication.platformName() in HEADLESS_PLATFORMS:
        text = box.text()
        if box.textFormat() != Qt.TextFormat.PlainText:
            text = QTextDocumentFragment.fromHtml(text).toPlainText()
        print(f"posapp: {box.windowTitle()}\n{text}", file=sys.stderr)
        return
    box.exec()


class GuiExit(QObject):
    """Ends the GUI the same way whoever asks (SIGTERM, Ctrl+C, SIGHUP at logout, the
    cashier or login window closed): the counter shuts down first (threads stopped, the
    customer display allowed to close, windows closed), then the event loop is left with
    ``exit()``. Never ``quit()``: Qt 6's quit first asks every window to close and gives up
    when one refuses, as the customer display does until shutdown. GUI thread."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.counter: CounterApp | None = None
        self.requested = False

    @Slot()
    def request(self) -> None:
        """End the GUI on the next event-loop turn; a start-up message box or the setup
        wizard is closed now (it runs an event loop of its own). GUI thread, also called
        from Python signal handlers (which run on the main thread)."""
        self.requested = True
        modal = QApplication.activeModalWidget()
        if modal is not None:
            modal.close()
        QTimer.singleShot(0, self, self._on_end_timeout)

    @Slot()
    def _on_end_timeout(self) -> None:
        if self.counter is not None:
            self.counter.shutdown()
        self._app.exit(0)


def _install_signal_handlers(on_signal: Callable[[], None]) -> Callable[[], None]:
    """SIGTERM, Ctrl+C (SIGINT) and SIGHUP call ``on_signal`` on the GUI thread; returns a
    function restoring the old handlers. Main thread."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    names = ("SIGINT", "SIGTERM", "SIGHUP")  # no SIGHUP on Windows
    sigs = [getattr(signal, name) for name in names if hasattr(signal, name)]
    previous = {sig: signal.getsignal(sig) for sig in sigs}

    def quit_gui(*_: object) -> None:
        on_signal()

    for sig in previous:
        signal.signal(sig, quit_gui)
    app = QApplication.instance()
    ticker = QTimer(app)
    ticker.timeout.connect(lambda: None)  # lets Python run its signal handlers
    ticker.start(250)

    def restore() -> None:
        ticker.stop()
        ticker.deleteLater()
        for sig, handler in previous.items():
            signal.signal(sig, handler)

    return restore
