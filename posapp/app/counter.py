"""The running counter: the watcher thread, the rate refresher, webhook delivery, the
cashier window and the customer display, wired with signals; sign-in, the idle lock, and
the windows a signed-in user opens (history, settings).

Windows never build services: ``CounterApp`` hands them the ones the composition root
(``posapp.services.context``) built. Windows talk only through signals connected here to
public slots. Everything runs on the GUI thread except ``CounterApp._make_watcher``, which
the watcher thread calls.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from posapp.app.screens import bring_to_front
from posapp.core.errors import PosappError
from posapp.core.roles import Actor, Permission, Role
from posapp.core.session import PaymentSession
from posapp.services.config import ShopConfig
from posapp.services.context import AppContext
from posapp.services.detection.watcher import PaymentWatcher, WatchListener
from posapp.services.setup.shop_settings import load_security_settings
from posapp.services.staff.users import UserInfo
from posapp.ui.cashier import CashierWindow
from posapp.ui.common.formatting import Formatter
from posapp.ui.common.i18n import current_language
from posapp.ui.counter_prefs import CounterPrefs
from posapp.ui.customer_display import CustomerDisplay
from posapp.ui.customer_display.placement import arrange_windows
from posapp.ui.customer_display.sound import Chime, PaidSound
from posapp.ui.customer_display.window import IDLE_AFTER_MS
from posapp.ui.gc_policy import MainThreadCollector
from posapp.ui.login import IdleLock, LoginWindow
from posapp.workers.counter_webhooks import CounterWebhooks
from posapp.workers.errors import error_text
from posapp.workers.rate_refresher import RateRefresher
from posapp.workers.sale_follower import SaleFollower
from posapp.workers.tasks import run_task
from posapp.workers.watcher_thread import WatcherThread

log = logging.getLogger("posapp.app")

GUI_ACTOR = Actor("cashier", Role.CASHIER)
"""Who charges when ``CounterApp`` runs without sign-in (tests, the benchmark)."""
WATCHER_RESTART_MS = 5000
POOL_WAIT_MS = 1000
SOUND_PRELOAD_MS = 400
STATUS_MESSAGE_MS = 10_000


class CounterApp(QObject):
    """The running counter: watcher thread, rate refresher, cashier window, customer
    display, all connected. Create, ``start()``, and ``shutdown()`` on the GUI thread."""

    closed = Signal()
    """The cashier closed the main window: the application should quit."""

    settings_applied = Signal(str)
    """Saved settings were taken up (or not): what the counter told the cashier."""

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
        login: bool = False,
        login_window: LoginWindow | None = None,
        known_users: Sequence[UserInfo] | None = None,
        idle_lock_minutes: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        """GUI thread. ``sound`` defaults to the bundled chime. With ``login`` the counter
        opens on the login screen and acts as whoever signs in (``actor`` is then only a
        placeholder until the first sign-in).

        At start-up the login may already be up (``login_window``, shown before the services
        were loaded): the counter takes it over and hands it the staff services, with the
        enabled users (``known_users``) and the idle lock (``idle_lock_minutes``) read off
        the GUI thread; without them the counter builds its login and reads both itself."""
        super().__init__(parent)
        self.ctx = ctx
        self.prefs = prefs
        self.staff = ctx.staff if login else None
        self.signed_in: Actor | None = None if login else actor
        self.login: LoginWindow | None = None
        self.idle: IdleLock | None = None
        self.history: QWidget | None = None
        self.settings_dialog: QWidget | None = None
        self._placed = False
        self._reader_options = reader_options
        self._shut_down = False
        self._stopped_cleanly = True
        self._collector: MainThreadCollector | None = None
        config = ctx.config
        formatter = Formatter(
            config.currency, locale or current_language().locale_for(config.currency)
        )
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
            desk=ctx.desk,
            approver=self._approve if login else None,
            attach_payment=self._attach_payment,
            catalog=True,
        )
        self.follower = SaleFollower(ctx.desk, self.cashier.followed_ids, parent=self)
        self.display = CustomerDisplay(
            config=config,
            clock=ctx.clock,
            formatter=formatter,
            sound=self.sound,
            idle_after_ms=display_idle_after_ms,
            language=prefs.display_language or None,
            language_button=prefs.display_language_button,
        )
        if self.staff is not None:
            staff = self.staff
            if login_window is None:
                login_window = LoginWindow(staff.auth, staff.users, shop_name=config.shop_name)
            self.login = login_window
            self.login.installEventFilter(self)
            if idle_lock_minutes is None:
                idle_lock_minutes = load_security_settings(ctx.db).idle_lock_minutes
            self.idle = IdleLock(idle_lock_minutes, self)
            self.idle.pause()
            staff.auth.on_access_revoked(self._access_revoked.emit)
        self._connect()
        if self.staff is not None and self.login is not None and not self.login.ready:
            # a PIN typed while loading is checked now, and signs in through _connect's wiring
            self.login.attach(self.staff.auth, self.staff.users, known_users)

    def _connect(self) -> None:
        watcher, cashier, display, rates = self.watcher, self.cashier, self.display, self.rates
        # Watcher thread → GUI thread (queued: every receiver is a QObject on this thread).
        watcher.session_changed.connect(cashier.apply_session_change)
        watcher.connection_changed.connect(cashier.set_connection_status)
        watcher.failed.connect(cashier.report_detection_failure)
        watcher.failed.connect(self._on_watcher_failed)
        rates.quote_updated.connect(cashier.set_quote)
        rates.quote_failed.connect(cashier.report_quote_failure)
        self._connect_webhooks()
        # Window ↔ window, only through signals.
        cashier.rate_requested.connect(rates.refresh)
        cashier.sale_started.connect(display.begin_sale)
        cashier.sale_changed.connect(display.update_sale)
        cashier.sale_cleared.connect(display.clear_sale)
        cashier.customer_display_requested.connect(self._on_cashier_customer_display_requested)
        cashier.display_fullscreen_toggled.connect(self._on_cashier_display_fullscreen_toggled)
        cashier.sound_mute_toggled.connect(self._on_cashier_sound_mute_toggled)
        cashier.closed.connect(self.closed)
        display.key_pressed.connect(cashier.handle_display_key)
        cashier.cart_changed.connect(display.show_cart)
        cashier.tip_requested.connect(display.ask_tip)
        display.tip_chosen.connect(cashier.choose_tip)
        # Every change to the counter's sales, whoever made it; payments that settled none.
        self.follower.session_changed.connect(cashier.apply_session_change)
        self.follower.stray_payment.connect(cashier.show_stray_payment)
        # Sign-in, idle lock, history and settings.
        watcher.session_changed.connect(self._on_watcher_session_changed)
        cashier.history_requested.connect(self._on_cashier_history_requested)
        cashier.settings_requested.connect(self._on_cashier_settings_requested)
        cashier.items_requested.connect(self._on_cashier_items_requested)
        cashier.switch_user_requested.connect(self.lock)
        if self.login is not None and self.idle is not None:
            self.login.user_signed_in.connect(self.sign_in)
            self.idle.idle_timed_out.connect(self._on_idle_timed_out)
            self._access_revoked.connect(self._on_auth_access_revoked)

    def reload_catalog(self) -> None:
        """Read the shop's items in the background and hand them to the cashier window
        (at start and after the items changed in settings). GUI thread."""
        run_task(self.ctx.catalog.reload, self.cashier.set_catalog, _catalog_failed,
                 owner=self.cashier)  # fmt: skip

    def _connect_webhooks(self) -> None:
        """Wake delivery when an event may have been queued; show its health. GUI thread."""
        webhooks = self.webhooks
        self.watcher.payment_applied.connect(webhooks.wake)
        self.watcher.session_changed.connect(webhooks.wake)
        self.cashier.sale_changed.connect(webhooks.wake)
        webhooks.health_changed.connect(self.cashier.set_webhook_health)

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

    def _attach_payment(self, operation_id: str, session_id: str, actor: Actor) -> PaymentSession:
        """Pool thread: attach a stray payment to the sale on the cashier's screen."""
        return self.ctx.backoffice.unmatched.attach(operation_id, session_id, actor).session

    def _approve(self, permission: Permission, reason: str, actor: Actor) -> Actor | None:
        """Ask an owner to approve ``permission`` once for ``actor`` (modal; the PIN check
        runs on the pool). GUI thread."""
        if self.staff is None:
            return None
        from posapp.ui.login import ApprovalDialog

        dialog = ApprovalDialog(
            self.staff.auth, self.staff.users, permission, actor, reason=reason,
            parent=self.cashier,
        )  # fmt: skip
        dialog.exec()
        approved = dialog.approved_actor
        dialog.deleteLater()
        return approved

    # lifecycle --------------------------------------------------------------------------
    def start(self, *, show: bool = True) -> None:
        """Place and show both windows, then start detection, rates and warm-ups on the
        next event-loop turn (so nothing competes with the first paint). GUI thread."""
        if self._collector is None:
            self._collector = MainThreadCollector()
        if show:
            if self.login is not None and self.signed_in is None:
                self.login.show()
                bring_to_front(self.login)
            else:
                self._place_windows()
        QTimer.singleShot(0, self, self._on_start_timeout)

    @Slot()
    def come_forward(self) -> None:
        """Another posapp on this data dir was refused: show this one. GUI thread."""
        if self.login is not None and self.signed_in is None:
            self.login.showNormal()
            bring_to_front(self.login)
        else:
            self.cashier.showNormal()
            bring_to_front(self.cashier)

    def _place_windows(self) -> None:
        if self._placed:
            self.cashier.show()
        else:
            self._placed = True
            where = arrange_windows(self.cashier, self.display, self.prefs)
            log.info("windows placed: %s", where)
        bring_to_front(self.cashier)

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
        bring_to_front(self.login)
        if self.idle is not None:
            self.idle.pause()

    @Slot()
    def _on_idle_timed_out(self) -> None:
        """The idle lock never fires while a sale waits for the customer: it waits for the
        sale to end. GUI thread."""
        if self.cashier.awaiting and self.idle is not None:
            self.idle.restart()
            return
        self.lock()

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
        self.follower.start()
        run_task(self.ctx.desk.unfinished, self.cashier.restore_sales, owner=self.cashier)
        self.reload_catalog()
        self.webhooks.start()
        self.rates.start()
        run_task(warm_up_sale_modules)
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
        self.follower.stop()
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
        bring_to_front(self.display)

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
            bring_to_front(self.history)
            return
        try:  # imported on first use: not needed for the first window
            from posapp.ui.history import HistoryWindow
        except ImportError as exc:
            log.exception("sales history unavailable")
            self._inform(
                self.tr("Sales history"),
                self.tr("The sales history is not available: {reason}").format(reason=exc),
            )
            return
        try:
            window = HistoryWindow(self.ctx.backoffice, actor)
        except PosappError as exc:
            self._inform(
                self.tr("Sales history"),
                self.tr("Cannot open the sales history: {reason}").format(reason=error_text(exc)),
            )
            return
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.closed.connect(self._on_history_closed)
        self.history = window
        window.show()
        bring_to_front(window)

    @Slot()
    def _on_history_closed(self) -> None:
        if self.history is not None and self.history is self.sender():
            self.history = None

    @Slot()
    def _on_cashier_items_requested(self) -> None:
        """Open the shop's items for an owner or admin. GUI thread."""
        actor = self.signed_in
        if actor is None or not actor.can(Permission.MANAGE_ITEMS):
            return
        from posapp.ui.settings.sales_tab import ItemsDialog

        dialog = ItemsDialog(self.ctx.catalog, actor, parent=self.cashier)
        dialog.panel.items_changed.connect(self.reload_catalog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_cashier_settings_requested(self) -> None:
        """Open (or raise) the settings dialog as the signed-in admin. GUI thread."""
        actor, staff = self.signed_in, self.staff
        if actor is None or staff is None or not actor.can(Permission.CHANGE_SETTINGS):
            return
        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            return
        from posapp.ui.settings import SettingsDialog

        dialog = SettingsDialog(
            self.ctx.settings, staff.users, actor, setup=staff.setup, catalog=self.ctx.catalog,
            prefs=self.prefs, parent=self.cashier,
        )  # fmt: skip
        dialog.items_changed.connect(self.reload_catalog)
        dialog.languages_saved.connect(self._on_languages_saved)
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
    @Slot()
    def _on_languages_saved(self) -> None:
        """The customer display takes its language choices at once (the windows' language
        needs a restart). GUI thread."""
        from posapp.ui.common.i18n import current_language

        self.display.set_language(
            self.prefs.display_language or current_language().code, default=True
        )
        self.display.set_language_button(self.prefs.display_language_button)

    def _on_settings_finished(self, _result: int) -> None:
        if self.settings_dialog is not None and self.settings_dialog is self.sender():
            self.settings_dialog = None

    @Slot(object)
    def _on_settings_saved(self, config: ShopConfig) -> None:
        """Apply the saved settings (rate, time to pay, spread…) to the next sale at once;
        say plainly when a change needs a restart. The rate source is built on the pool (it
        may read API keys). GUI thread."""
        log.info("settings saved for %s", config.shop_name)
        ctx = self.ctx
        later = ctx.restart_needed_for(config)
        run_task(
            lambda: ctx.rates_for(config),
            lambda rates: self._apply_settings(config, rates, later),
            lambda exc: self._settings_not_applied(exc),
            owner=self,
        )

    def _apply_settings(self, config: ShopConfig, rates: Any, later: list[str]) -> None:
        if self._shut_down:
            return
        running_rates = self.ctx.rates
        self.ctx.apply_config(config, rates)
        self.cashier.set_config(self.ctx.config)
        if rates is not running_rates:
            self.rates.use(rates)
        text = (
            self.tr(
                "Settings saved: the next sale uses them. Restart posapp to use the new {what}."
            ).format(what=", ".join(QCoreApplication.translate("Settings", name) for name in later))
            if later
            else self.tr("Settings saved: the next sale uses them.")
        )
        self.cashier.statusBar().showMessage(text, STATUS_MESSAGE_MS)
        self.settings_applied.emit(text)

    def _settings_not_applied(self, exc: Exception) -> None:
        text = self.tr(
            "Settings saved, but the counter could not use them: {reason}. Restart posapp to"
            " use them."
        ).format(reason=error_text(exc))
        self.cashier.statusBar().showMessage(text, STATUS_MESSAGE_MS)
        self.settings_applied.emit(text)

    def _inform(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.cashier)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


def receipt_words(text: str) -> str:
    """A receipt's own text in the counter's language (any thread: Qt's lookup is safe)."""
    return QCoreApplication.translate("Receipt", text)


def _receipt_service(ctx: AppContext, locale: str) -> Any:
    """The counter's receipts (no I/O: cheap at start); None when this counter's printer
    override (POSAPP_RECEIPT_PRINTER) is unusable, which is logged. GUI thread."""
    from posapp.services.receipts.service import ReceiptService

    try:
        return ReceiptService(ctx.db, ctx.config, ctx.clock, locale=locale, words=receipt_words)
    except PosappError as exc:
        log.error("receipts are off on this counter: %s", exc)
        return None


def _catalog_failed(exc: Exception) -> None:
    log.warning("could not read the shop's items: %s", exc)


def warm_up_sale_modules() -> None:
    """Pool thread: load what the first Charge needs (stellar_sdk, qrcode) after start-up,
    so neither the first window nor the first sale waits for it."""
    import posapp.services.sales.payment_request
    import posapp.stellar.qr  # noqa: F401
