"""The GUI's composition root: builds the services, the worker threads and both windows,
wires them with signals, and shuts everything down within a bounded time.

``run_gui(args)`` is what ``posapp`` / ``posapp gui`` / ``posapp --demo`` call.
``CounterApp`` is the running counter (also used directly by tests and the benchmark).
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
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from posapp.core.errors import NotConfigured, PosappError
from posapp.core.roles import Actor, Role
from posapp.services.context import AppContext, build_context, open_database
from posapp.services.datadir import resolve_data_dir
from posapp.services.watcher import PaymentWatcher, WatchListener
from posapp.ui.cashier import CashierWindow
from posapp.ui.counter_prefs import CounterPrefs
from posapp.ui.customer_display import CustomerDisplay
from posapp.ui.customer_display.placement import arrange_windows
from posapp.ui.customer_display.sound import Chime, PaidSound
from posapp.ui.customer_display.window import IDLE_AFTER_MS
from posapp.ui.formatting import Formatter, default_locale
from posapp.ui.gc_policy import MainThreadCollector
from posapp.ui.startup_dialogs import not_configured_box, startup_error_box
from posapp.workers.background import run_in_background
from posapp.workers.rate_refresher import RateRefresher
from posapp.workers.watcher_thread import WatcherThread

log = logging.getLogger("posapp.app")
GUI_ACTOR = Actor("cashier", Role.CASHIER)
"""Who charges from the GUI until sign-in exists."""
WATCHER_RESTART_MS = 5000
POOL_WAIT_MS = 1000
SOUND_PRELOAD_MS = 400
HEADLESS_PLATFORMS = ("offscreen", "minimal")


class CounterApp(QObject):
    """The running counter: watcher thread, rate refresher, cashier window, customer
    display, all connected. Create, ``start()``, and ``shutdown()`` on the GUI thread."""

    closed = Signal()
    """The cashier closed the main window: the application should quit."""

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
        parent: QObject | None = None,
    ) -> None:
        """GUI thread. ``sound`` defaults to the bundled chime."""
        super().__init__(parent)
        self.ctx = ctx
        self.prefs = prefs
        self._reader_options = reader_options
        self._shut_down = False
        self._stopped_cleanly = True
        self._collector: MainThreadCollector | None = None
        config = ctx.config
        formatter = Formatter(config.currency, locale or default_locale(config.currency))
        self.sound: Chime = sound if sound is not None else PaidSound(prefs, parent=self)
        self.watcher = WatcherThread(self._make_watcher)
        self.rates = RateRefresher(ctx.rates, config.currency, ctx.clock, parent=self)
        self.cashier = CashierWindow(
            sessions=ctx.sessions,
            config=config,
            actor=actor,
            clock=ctx.clock,
            formatter=formatter,
            muted=self.sound.muted,
            display_fullscreen=prefs.display_fullscreen,
        )
        self.display = CustomerDisplay(
            config=config,
            clock=ctx.clock,
            formatter=formatter,
            sound=self.sound,
            idle_after_ms=display_idle_after_ms,
        )
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
            where = arrange_windows(self.cashier, self.display, self.prefs)
            log.info("windows placed: %s", where)
            _bring_to_front(self.cashier)
        QTimer.singleShot(0, self, self._on_start_timeout)

    @Slot()
    def _on_start_timeout(self) -> None:
        """The windows are up: start detection, rates and warm-ups. GUI thread."""
        if self._shut_down:
            return
        self.watcher.start()
        self.rates.start()
        run_in_background(_warm_up_sale_modules)
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
        pool_ok = QThreadPool.globalInstance().waitForDone(POOL_WAIT_MS)
        if not pool_ok:
            log.warning("background tasks still running at exit")
        with contextlib.suppress(Exception):
            self.ctx.rates.close()
        self.display.allow_close()
        self.display.close()
        self.cashier.blockSignals(True)
        self.cashier.close()
        self.prefs.sync()
        if self._collector is not None:
            self._collector.stop()
        self._stopped_cleanly = watcher_ok and pool_ok
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


def _warm_up_sale_modules() -> None:
    """Pool thread: load what the first Charge needs (stellar_sdk, qrcode) after start-up,
    so neither the first window nor the first sale waits for it."""
    import posapp.services.payment_request
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
    demo = None
    db = None
    counter: CounterApp | None = None
    restore = _install_signal_handlers(app)
    try:
        try:
            if getattr(args, "demo", False):
                from posapp.demo import DemoNetwork

                demo = DemoNetwork.start(getattr(args, "data_dir", None))
                data_dir = demo.data_dir
            else:
                data_dir = resolve_data_dir(getattr(args, "data_dir", None))
            db = open_database(data_dir, getattr(args, "database_url", None))
            if demo is not None:
                demo.provision(db)
            ctx = build_context(data_dir, db)
        except NotConfigured:
            _tell(not_configured_box(data_dir))
            return 1
        except PosappError as exc:
            _tell(startup_error_box(str(exc)))
            return 1
        counter = CounterApp(ctx, prefs=CounterPrefs())
        if demo is not None:
            demo.attach(counter.cashier, parent=counter)
        counter.closed.connect(app.quit)
        counter.start()
        QTimer.singleShot(
            0,
            lambda: log.info(
                "cashier window shown %.0f ms after start", (time.monotonic() - started) * 1000
            ),
        )
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


def _tell(box: QMessageBox) -> None:
    """Show a start-up message box; without a screen (offscreen/minimal platform, nobody
    to click it) print its text to stderr instead. GUI thread."""
    if QGuiApplication.platformName() in HEADLESS_PLATFORMS:
        text = QTextDocumentFragment.fromHtml(box.text()).toPlainText()
        print(f"posapp: {box.windowTitle()}\n{text}", file=sys.stderr)
        return
    box.exec()


def _install_signal_handlers(app: QApplication) -> Any:
    """Ctrl+C / SIGTERM quit the GUI cleanly; returns a function restoring the old handlers."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}

    def quit_gui(*_: object) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            modal.close()  # ends a start-up message box's own event loop
        app.quit()

    for sig in previous:
        signal.signal(sig, quit_gui)
    ticker = QTimer(app)
    ticker.timeout.connect(lambda: None)  # lets Python run its signal handlers
    ticker.start(250)

    def restore() -> None:
        ticker.stop()
        ticker.deleteLater()
        for sig, handler in previous.items():
            signal.signal(sig, handler)

    return restore
