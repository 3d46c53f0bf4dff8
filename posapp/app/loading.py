"""Loading the counter behind the first window (docs/design.md "Start-up").

``Loader`` runs one load function on a thread of its own and hands the result to the GUI
thread through a queued Qt signal; ``stop()`` asks the function to end at its next step and
waits a bounded time. ``load_counter`` is the function ``run_gui`` gives it: it imports
SQLAlchemy and the services, opens (and migrates) the database, builds the staff services,
prepares ``--demo``'s network, and, unless the setup wizard must run first, builds the
counter's services, reads the users for the login and imports the counter's windows — so
that the GUI thread only has to build them.

What crosses back to the GUI thread is a frozen ``Loaded``: plain values, frozen user
records, and services that are built to be shared by threads (each call opens its own
database session); the loader keeps no reference to them. Never a widget or an ORM object.

This module itself imports only Qt's core and the standard library: the heavy imports run
on the loader's thread.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from posapp.app.demo import DemoNetwork
    from posapp.core.roles import Actor
    from posapp.services.context import AppContext, StaffServices
    from posapp.services.staff.users import UserInfo
    from posapp.storage.engine import Database

log = logging.getLogger("posapp.app.loading")


class Cancelled(Exception):
    """Start-up was abandoned (window closed, SIGTERM) while loading."""


class Steps:
    """Handed to a load function: ``check()`` between its steps raises ``Cancelled`` once
    ``Loader.stop()`` was called. Any thread."""

    def __init__(self) -> None:
        self._stop = threading.Event()

    def check(self) -> None:
        """Raise ``Cancelled`` when loading is no longer wanted."""
        if self._stop.is_set():
            raise Cancelled

    @property
    def stopped(self) -> bool:
        """True once ``Loader.stop()`` was called."""
        return self._stop.is_set()

    def stop(self) -> None:
        self._stop.set()


class Loader(QObject):
    """One load function on a daemon thread of its own; ``loaded(result)`` or
    ``failed(exception)`` on the GUI thread (queued). Create, connect, ``start()`` and
    ``stop()`` on the GUI thread.

    A daemon thread rather than the pool: a step that cannot be interrupted (an import, a
    migration, a database that does not answer) must never hold up the end of the process.
    A result that arrives after ``stop()`` is disposed of with ``dispose``; one delivered but
    not yet taken stays in ``result`` for the caller to dispose of."""

    loaded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        name: str,
        work: Callable[[Steps], Any],
        dispose: Callable[[Any], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._dispose = dispose
        self._steps = Steps()
        self._lock = threading.Lock()
        self.result: Any = None
        self._thread = threading.Thread(target=self._run, name=f"posapp-{name}", daemon=True)

    def start(self) -> None:
        """Start loading. GUI thread."""
        self._thread.start()

    def _run(self) -> None:
        """Loader thread: run the work; hand over its result unless stopped meanwhile."""
        steps = self._steps
        try:
            result = self._work(steps)
        except Cancelled:
            log.info("loading stopped: start-up was abandoned")
            return
        except Exception as exc:
            if not steps.stopped:
                self.failed.emit(exc)
            return
        with self._lock:
            abandoned = steps.stopped
            if not abandoned:
                self.result = result
                self.loaded.emit(result)
        if abandoned:
            self._dispose(result)

    def stop(self, wait_s: float) -> bool:
        """Ask the work to end at its next step and wait up to ``wait_s``; True when the
        thread has ended (or never started). Idempotent. GUI thread."""
        with self._lock:
            self._steps.stop()
        if not self._thread.is_alive():
            return True
        self._thread.join(wait_s)
        return not self._thread.is_alive()


@dataclass(frozen=True, slots=True)
class LoadPlan:
    """What to load: a data dir's store (``data_dir``, ``database_url``, ``terminal``), or
    ``--demo``'s own (``demo``; ``demo_data_dir`` None: a temporary folder)."""

    data_dir: Path | None
    database_url: str | None = None
    terminal: str | None = None
    demo: bool = False
    demo_data_dir: str | None = None


@dataclass(frozen=True)
class Loaded:
    """What the loader hands the GUI thread. ``setup_needed``: the shop has no configuration
    or no admin yet (no ``ctx``; the setup wizard runs, then ``load_after_setup``)."""

    data_dir: Path
    db: Database
    staff: StaffServices
    setup_needed: bool = False
    ctx: AppContext | None = None
    users: tuple[UserInfo, ...] = ()
    """The enabled users, as ``UserService.list_users`` gives them (the login's tiles)."""
    idle_lock_minutes: int = 5
    demo: DemoNetwork | None = None
    demo_actor: Actor | None = None

    def dispose(self) -> None:
        """Close the database and stop the demo's network (loading abandoned). Any thread."""
        self.db.dispose()
        if self.demo is not None:
            self.demo.stop()


def load_counter(plan: LoadPlan, steps: Steps) -> Loaded:
    """Loader thread: everything the counter needs before its windows are built (see the
    module). Raises what start-up reports (NotConfigured, PosappError) or ``Cancelled``."""
    from posapp.services.context import build_staff, open_database  # SQLAlchemy, services

    demo: DemoNetwork | None = None
    db: Database | None = None
    try:
        steps.check()
        if plan.demo:
            from posapp.app.demo import DemoNetwork

            demo = DemoNetwork.start(plan.demo_data_dir)
            data_dir = demo.data_dir
            terminal = None  # its own SQLite file, never a URL
        else:
            assert plan.data_dir is not None
            data_dir, terminal = plan.data_dir, plan.terminal
        steps.check()
        db = open_database(data_dir, None if plan.demo else plan.database_url, terminal=terminal)
        staff = build_staff(data_dir, db)
        steps.check()
        demo_actor = None
        if demo is not None:
            from posapp.core.errors import PermissionDenied

            demo.provision(db)
            with contextlib.suppress(PermissionDenied):  # another admin: sign in
                demo_actor = demo.admin(staff.users)
        elif staff.setup.is_needed():
            return Loaded(data_dir, db, staff, setup_needed=True)
        steps.check()
        first = Loaded(data_dir, db, staff, demo=demo, demo_actor=demo_actor)
        return _with_counter_services(first, terminal, steps)
    except BaseException:
        if db is not None:
            db.dispose()
        if demo is not None:
            demo.stop()
        raise


def load_after_setup(setup: Loaded, terminal: str | None, steps: Steps) -> Loaded:
    """Loader thread: the counter's services once the setup wizard has saved the shop
    (the database stays open: the caller disposes of ``setup`` on failure)."""
    return _with_counter_services(setup, terminal, steps)


def _with_counter_services(first: Loaded, terminal: str | None, steps: Steps) -> Loaded:
    """Loader thread: ``first`` with the counter's services, the login's users and the idle
    lock, after importing the counter's windows."""
    from posapp.services.context import build_context
    from posapp.services.setup.shop_settings import load_security_settings

    ctx = build_context(first.data_dir, first.db, terminal=terminal, staff=first.staff)
    users = tuple(first.staff.users.list_users(include_disabled=False))
    minutes = load_security_settings(first.db).idle_lock_minutes
    steps.check()
    import posapp.app.counter  # noqa: F401  the windows' modules, so the GUI thread only builds

    return Loaded(
        first.data_dir, first.db, first.staff, ctx=ctx, users=users,
        idle_lock_minutes=minutes, demo=first.demo, demo_actor=first.demo_actor,
    )  # fmt: skip
