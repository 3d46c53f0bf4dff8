"""Starting and ending the GUI: ``run_gui(args)`` is what ``posapp`` / ``posapp gui`` /
``posapp --demo`` call.

It opens the data dir (or the demo's own store), builds the staff services, runs the setup
wizard on a fresh data dir, builds the counter's services (``posapp.services.context``) and
the ``CounterApp`` (login screen first), runs the event loop, and shuts everything down
within a bounded time whoever asks (window closed, SIGTERM, Ctrl+C, SIGHUP). Main (GUI)
thread.
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
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QMessageBox

from posapp.app.counter import HEADLESS_PLATFORMS, CounterApp
from posapp.app.single_instance import InstanceGuard
from posapp.core.errors import NotConfigured, PermissionDenied, PosappError
from posapp.core.i18n import validate_language
from posapp.core.roles import Actor
from posapp.services.config import ShopConfig
from posapp.services.context import build_context, build_staff, open_database
from posapp.services.setup.datadir import resolve_data_dir
from posapp.services.setup.first_run import SetupService
from posapp.services.setup.store_connection import CounterIdentity, resolve_counter
from posapp.ui.common.excepthook import install_excepthook
from posapp.ui.common.i18n import system_language, translations
from posapp.ui.counter_prefs import CounterPrefs
from posapp.ui.startup_dialogs import not_configured_box, startup_error_box

log = logging.getLogger("posapp.app")


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
    guard: InstanceGuard | None = None
    counter: CounterApp | None = None
    ending = GuiExit(app)
    restore = _install_signal_handlers(ending.request)
    try:
        try:
            if getattr(args, "demo", False):
                from posapp.app.demo import DemoNetwork

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
            prefs = CounterPrefs()
            _speak(getattr(args, "language", None) or prefs.language or identity.language)
            guard = InstanceGuard(data_dir)
            if not guard.acquire():
                _tell(already_running_box(data_dir))
                return 1
            db = open_database(data_dir, identity.database_url, terminal=terminal)
            staff = build_staff(data_dir, db)
            demo_actor: Actor | None = None
            if demo is not None:
                demo.provision(db)
                with contextlib.suppress(PermissionDenied):  # another admin: sign in
                    demo_actor = demo.admin(staff.users)
            elif staff.setup.is_needed() and not _run_setup(
                staff.setup, data_dir, prefs, getattr(args, "provisioning", None)
            ):
                return 1
            ctx = build_context(data_dir, db, terminal=terminal, staff=staff)
        except NotConfigured:
            _tell(not_configured_box(data_dir))
            return 1
        except PosappError as exc:
            _tell(startup_error_box(str(exc)))
            return 1
        counter = CounterApp(ctx, prefs=prefs, login=True)
        if demo is not None:
            demo.attach(counter.cashier, parent=counter)
        ending.counter = counter
        counter.closed.connect(ending.request)
        guard.raise_requested.connect(counter.come_forward)
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
        if guard is not None:
            guard.release()
        if demo is not None:
            demo.stop()
        restore()
        ending.counter = None
        ending.deleteLater()


def _speak(language: str | None) -> None:
    """Put the windows in ``language`` (checked; None: the system's), before any is built."""
    chosen = validate_language(language) if language else system_language()
    translations().switch(chosen)


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
