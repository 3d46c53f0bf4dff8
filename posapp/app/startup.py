"""Starting and ending the GUI: ``run_gui(args)`` is what ``posapp`` / ``posapp gui`` /
``posapp --demo`` call.

The PIN login shows as soon as Qt is up, and the rest loads behind it (docs/design.md
"Start-up"): before the event loop, only the data dir, the language, the single-instance
lock and the users read ahead from the data dir's SQLite file (``services.staff.roster``);
then ``app.loading`` opens the database and builds the services on a thread of its own, and
the counter (``CounterApp``: windows, watcher, webhooks) is built around the login once they
are there. A PIN typed meanwhile is kept by the login and checked then. When the login
cannot be known ahead (a fresh data dir, a PostgreSQL store, a provisioning file), nothing is
shown until loading says what comes first: the setup wizard, the login, an error, or with
``--demo`` the cashier window.

It shuts everything down within a bounded time whoever asks (window closed, SIGTERM, Ctrl+C,
SIGHUP), loading included. Main (GUI) thread.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

# The Qt-free modules first: once loaded, PySide6 reads the source of every module imported
# after it (shibokensupport's __feature__ check), which the first window would wait for.
from posapp.core.errors import NotConfigured, PosappError
from posapp.core.i18n import validate_language
from posapp.services.setup.datadir import resolve_data_dir
from posapp.services.staff.roster import Roster, read_roster

# isort: split
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QMessageBox

from posapp.app.screens import HEADLESS_PLATFORMS, bring_to_front
from posapp.app.single_instance import InstanceGuard
from posapp.ui.common.excepthook import install_excepthook
from posapp.ui.common.i18n import (
    load_every_script,
    needs_bundled_font,
    system_language,
    translations,
)
from posapp.ui.counter_prefs import CounterPrefs
from posapp.ui.login.login_window import LoginWindow, Person

if TYPE_CHECKING:
    from collections.abc import Sequence

    from posapp.app.counter import CounterApp
    from posapp.app.loading import Loaded, Loader, Steps
    from posapp.services.config import ShopConfig
    from posapp.services.setup.first_run import SetupService

log = logging.getLogger("posapp.app")

LOGIN_READY = "login ready for a PIN"
"""Logged (``-v``) on the first event-loop turn after the login is shown and takes keys
(``bench/ui_latency.py`` and ``bench/cold_start_packaged.py`` wait for it)."""
CASHIER_SHOWN = "cashier window shown"
"""Logged when the first window is the cashier window (``--demo`` signs in by itself)."""
LOADER_WAIT_S = 3.0
"""How long the end of the GUI waits for loading to reach its next step; past that its
daemon thread is left to the end of the process (a migration is one transaction)."""
DATABASE_URL_ENV = "POSAPP_DATABASE_URL"
"""``services.setup.store_connection.DATABASE_URL_ENV`` (that module loads SQLAlchemy)."""
PROVISIONING_FILENAME = "posapp.toml"
"""``services.setup.provisioning_file.FILENAME`` (that module loads stellar-sdk)."""


def run_gui(args: argparse.Namespace) -> int:
    """Run the counter GUI until the cashier window closes; return the exit code.

    ``args``: ``data_dir``, ``database_url``, ``demo``, ``verbose`` (and optionally
    ``terminal``, ``language``, ``provisioning``). Main (GUI) thread.
    """
    started = time.monotonic()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("posapp")
    app.setOrganizationName("posapp")
    install_excepthook()
    ending = GuiExit(app)
    restore = _install_signal_handlers(ending.request)
    start = Startup(args, ending, started)
    try:
        code = start.begin()
        if code is not None:
            return code
        if ending.requested:  # a signal arrived while starting
            return 0
        code = int(app.exec())
        return start.exit_code if start.exit_code is not None else code
    finally:
        start.close()
        restore()
        ending.counter = None
        ending.deleteLater()
        start.deleteLater()
        # the windows are gone when run_gui returns (the event loop that would delete them
        # has ended)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def reads_ahead(data_dir: Path, args: argparse.Namespace) -> bool:
    """True when this start uses the data dir's own SQLite file with nothing to read first
    (no database URL, no provisioning file): then the login's users can be read ahead.
    Looks only; the same rules as ``store_connection.resolve_counter``. Main thread."""
    if getattr(args, "database_url", None) or os.environ.get(DATABASE_URL_ENV):
        return False
    if getattr(args, "provisioning", None):
        return False
    places = [Path(data_dir)]
    if getattr(sys, "frozen", False):
        places.append(Path(sys.executable).resolve().parent)
    return not any((place / PROVISIONING_FILENAME).is_file() for place in places)


class Startup(QObject):
    """One start of the GUI, from the data dir to the running counter, and its clean-up
    (``close``). GUI thread; ``begin`` before the event loop, the rest in it."""

    def __init__(self, args: argparse.Namespace, ending: GuiExit, started: float) -> None:
        super().__init__()
        self.args = args
        self.ending = ending
        self.started = started
        self.exit_code: int | None = None
        self.prefs = CounterPrefs()
        self.data_dir: Path | None = None
        self.database_url: str | None = None
        self.terminal: str | None = None
        self.guard: InstanceGuard | None = None
        self.login: LoginWindow | None = None
        self.loader: Loader | None = None
        self.loaded: Loaded | None = None
        """What loading handed over (its database and demo are closed by ``close``)."""
        self.counter: CounterApp | None = None

    # before the event loop ----------------------------------------------------------------
    def begin(self) -> int | None:
        """The data dir, the language, the single-instance lock, and the login when its
        users can be read ahead; loading starts on the first event-loop turn. An exit code
        when start-up already ends here (message shown). Main thread."""
        args = self.args
        roster: Roster | None = None
        language = getattr(args, "language", None) or self.prefs.language or None
        try:
            if getattr(args, "demo", False):
                _speak(language)  # the demo's data dir is held once its network is up
            else:
                data_dir = self.data_dir = resolve_data_dir(getattr(args, "data_dir", None))
                self.terminal = getattr(args, "terminal", None)
                ahead = reads_ahead(data_dir, args)
                if not ahead:
                    from posapp.services.setup.store_connection import resolve_counter

                    identity = resolve_counter(
                        data_dir, database_url=getattr(args, "database_url", None),
                        terminal=self.terminal,
                        provisioning=getattr(args, "provisioning", None),
                    )  # fmt: skip
                    language = language or identity.language
                    self.database_url, self.terminal = identity.database_url, identity.terminal
                _speak(language, every_script=False)  # the others' fonts: on the first turn
                if not self._hold_data_dir(data_dir, listen=False):
                    return 1
                if ahead:
                    roster = read_roster(data_dir)
        except PosappError as exc:
            _tell(startup_error_box(str(exc)))
            return 1
        if roster is not None:
            if needs_bundled_font([roster.shop_name, *(user.name for user in roster.users)]):
                load_every_script()
            login = self._make_login(roster.shop_name, roster.users)
            login.show()
            bring_to_front(login)
            QTimer.singleShot(0, self, self._on_login_shown)
        # a zero timer, not a posted call: the first paint and any key already typed go first
        first_turn = QTimer(self)
        first_turn.setSingleShot(True)
        first_turn.timeout.connect(self._on_first_turn)
        first_turn.start(0)
        return None

    def _hold_data_dir(self, data_dir: Path, *, listen: bool = True) -> bool:
        """Take the single-instance lock of ``data_dir`` (listening for a second posapp at
        once, or from ``_on_first_turn``); False (after saying so) when another posapp holds
        it. GUI thread."""
        guard = InstanceGuard(data_dir)
        if not guard.acquire(listen=listen):
            _tell(already_running_box(data_dir))
            return False
        self.guard = guard
        guard.raise_requested.connect(self._on_guard_raise_requested)
        return True

    def _make_login(self, shop_name: str, users: Sequence[Person]) -> LoginWindow:
        """The login, without services yet; until the counter takes it over, closing it
        ends the GUI. GUI thread."""
        login = LoginWindow(None, None, shop_name=shop_name, roster=users)
        login.installEventFilter(self)
        self.login = login
        return login

    # in the event loop ----------------------------------------------------------------------
    @Slot()
    def _on_login_shown(self) -> None:
        """First event-loop turn with the login shown: from now on it takes keys."""
        if self.login is not None and self.login.takes_keys():
            log.info("%s %.0f ms after start", LOGIN_READY, self._elapsed_ms())

    @Slot()
    def _on_first_turn(self) -> None:
        """The first window (if any) is up and the event loop runs: listen for a second
        posapp, start loading."""
        if self.ending.requested:
            return
        load_every_script()
        if self.guard is not None:
            self.guard.listen()
        from posapp.app.loading import LoadPlan, load_counter

        args = self.args
        if getattr(args, "demo", False):
            plan = LoadPlan(None, demo=True, demo_data_dir=getattr(args, "data_dir", None))
        else:
            plan = LoadPlan(self.data_dir, self.database_url, self.terminal)
        self._load("loading", partial(load_counter, plan))

    def _load(self, name: str, work: Callable[[Steps], Any]) -> None:
        """Run ``work`` on a loader thread; its result comes to ``_on_loader_loaded``."""
        from posapp.app.loading import Loader

        if self.loader is not None:
            self.loader.stop(0)
        loader = Loader(name, work, _dispose_loaded, parent=self)
        loader.loaded.connect(self._on_loader_loaded, Qt.ConnectionType.QueuedConnection)
        loader.failed.connect(self._on_loader_failed, Qt.ConnectionType.QueuedConnection)
        self.loader = loader
        loader.start()

    @Slot(object)
    def _on_loader_loaded(self, loaded: Loaded) -> None:
        """Loading is done: the setup wizard, or the counter around the login."""
        if self.ending.requested or self.exit_code is not None:
            return  # close() disposes of it
        self.loaded = loaded
        if self.loader is not None:
            self.loader.result = None  # taken: closed with self.loaded from now on
        try:
            if loaded.demo is not None and not self._hold_data_dir(loaded.data_dir):
                self._end(1)
            elif loaded.setup_needed:
                self._set_up(loaded)
            else:
                self._open_counter(loaded)
        except PosappError as exc:
            self._fail(exc)
        except Exception as exc:
            log.exception("start-up failed")
            self._fail(exc)

    @Slot(object)
    def _on_loader_failed(self, exc: Exception) -> None:
        if self.ending.requested or self.exit_code is not None:
            return
        if not isinstance(exc, PosappError):
            log.error("start-up failed", exc_info=exc)
        self._fail(exc)

    def _set_up(self, loaded: Loaded) -> None:
        """A fresh shop: the setup wizard (no login meanwhile), then the counter's services
        load. GUI thread."""
        self._close_login()
        assert self.data_dir is not None
        provisioning = getattr(self.args, "provisioning", None)
        if not _run_setup(loaded.staff.setup, self.data_dir, self.prefs, provisioning):
            self._end(1)
            return
        if self.ending.requested:
            return
        from posapp.app.loading import load_after_setup

        self._load("loading-after-setup", partial(load_after_setup, loaded, self.terminal))

    def _open_counter(self, loaded: Loaded) -> None:
        """Build the counter around the login (or, for ``--demo``, signed in), start it."""
        from posapp.app.counter import CounterApp  # imported by the loader already

        ctx = loaded.ctx
        assert ctx is not None
        shown_ahead = self.login is not None
        if self.login is None and loaded.demo_actor is None:  # shown by counter.start()
            self._make_login(ctx.config.shop_name, loaded.users)
        login = self.login
        counter = CounterApp(
            ctx, prefs=self.prefs, login=True, login_window=login, known_users=loaded.users,
            idle_lock_minutes=loaded.idle_lock_minutes,
        )  # fmt: skip
        if login is not None:
            login.removeEventFilter(self)  # the counter watches it from now on
        self.counter = self.ending.counter = counter
        if loaded.demo is not None:
            loaded.demo.attach(counter.cashier, parent=counter)
        counter.closed.connect(self.ending.request)
        if loaded.demo_actor is not None:
            counter.sign_in(loaded.demo_actor)
        counter.start()
        if counter.signed_in is not None:
            QTimer.singleShot(0, self, self._on_cashier_shown)
        elif not shown_ahead:
            QTimer.singleShot(0, self, self._on_login_shown)
        log.info("counter loaded %.0f ms after start", self._elapsed_ms())

    @Slot()
    def _on_cashier_shown(self) -> None:
        log.info("%s %.0f ms after start", CASHIER_SHOWN, self._elapsed_ms())

    def _fail(self, exc: Exception) -> None:
        """Start-up cannot go on: close the login, say why, end the GUI with 1."""
        self._close_login()
        if isinstance(exc, NotConfigured) and self.data_dir is not None:
            _tell(not_configured_box(self.data_dir))
        else:
            _tell(startup_error_box(str(exc) or type(exc).__name__))
        self._end(1)

    def _end(self, code: int) -> None:
        self.exit_code = code
        QApplication.exit(code)

    def _close_login(self) -> None:
        login = self.login
        if login is not None and self.counter is None:
            login.removeEventFilter(self)
            login.close()
            login.deleteLater()
            self.login = None

    @Slot()
    def _on_guard_raise_requested(self) -> None:
        """A second posapp on this data dir was refused: show this one. GUI thread."""
        if self.counter is not None:
            self.counter.come_forward()
        elif self.login is not None:
            self.login.showNormal()
            bring_to_front(self.login)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Closing the login while loading ends the GUI (the counter does so afterwards)."""
        if watched is self.login and event.type() == QEvent.Type.Close:
            self.ending.request()
        return False

    def _elapsed_ms(self) -> float:
        return (time.monotonic() - self.started) * 1000

    # the end ----------------------------------------------------------------------------------
    def close(self) -> None:
        """Stop loading (bounded), shut the counter down, close the database, let go of the
        data dir and the demo's network. Idempotent. Main thread, after the event loop."""
        loader, self.loader = self.loader, None
        if loader is not None:
            if not loader.stop(LOADER_WAIT_S):
                log.warning("loading did not reach its next step in time: left to the exit")
                loader.setParent(None)  # never deleted while its thread may still run
                _abandoned.append(loader)
            elif loader.result is not None:  # delivered, never taken
                _dispose_loaded(loader.result)
                loader.result = None
        counter, self.counter = self.counter, None
        if counter is not None:
            counter.shutdown()
            for window in (counter.cashier, counter.display, counter.login):
                if window is not None:
                    window.deleteLater()  # top-level windows: not the counter's children
            counter.deleteLater()
        else:
            self._close_login()
        loaded, self.loaded = self.loaded, None
        if loaded is not None:
            loaded.db.dispose()
        if self.guard is not None:
            self.guard.release()
            self.guard = None
        if loaded is not None and loaded.demo is not None:
            loaded.demo.stop()


_abandoned: list[Loader] = []
"""Loaders whose thread outlived the GUI (kept alive until the process ends)."""


def _dispose_loaded(loaded: Loaded) -> None:
    loaded.dispose()


def not_configured_box(data_dir: Path) -> QMessageBox:
    """``ui.startup_dialogs.not_configured_box`` (imported when needed, not at every start)."""
    from posapp.ui.startup_dialogs import not_configured_box

    return not_configured_box(data_dir)


def startup_error_box(text: str) -> QMessageBox:
    """``ui.startup_dialogs.startup_error_box`` (imported when needed)."""
    from posapp.ui.startup_dialogs import startup_error_box

    return startup_error_box(text)


def _speak(language: str | None, *, every_script: bool = True) -> None:
    """Put the windows in ``language`` (checked; None: the system's), before any is built
    (``every_script``: see ``Translations.switch``)."""
    chosen = validate_language(language) if language else system_language()
    translations().switch(chosen, every_script=every_script)


def _run_setup(
    setup: SetupService, data_dir: Path, prefs: CounterPrefs, provisioning: str | None = None
) -> bool:
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
                    QCoreApplication.translate(
                        "Startup",
                        "This counter has no administrator yet. Create one in a terminal:\n"
                        "posapp --data-dir {data_dir} users add NAME --role admin",
                    ).format(data_dir=data_dir)
                )
            )
        return False
    from posapp.ui.setup import SetupWizard  # only on a first run

    completed: list[ShopConfig] = []
    while True:
        wizard = SetupWizard(setup, initial=initial, source=source)
        wizard.setup_completed.connect(completed.append)
        wizard.exec()
        language = wizard.chosen_language
        wizard.deleteLater()
        if language is None:
            return bool(completed)
        translations().switch(language)  # the wizard again, in the language picked
        prefs.language = language
        prefs.sync()


def already_running_box(data_dir: Path) -> QMessageBox:
    """The message of a second posapp started on a data dir already in use."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Startup", "posapp is already running"),
        QCoreApplication.translate(
            "Startup",
            "posapp is already running on this computer for the data dir {data_dir}.\n"
            "Its window was brought forward: use that one.",
        ).format(data_dir=data_dir),
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


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
