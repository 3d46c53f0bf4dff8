"""Waiting for one sale's outcome without a GUI (``posapp charge``).

Runs the payment watcher on the calling thread's asyncio loop and reports status changes.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from typing import Any

from posapp.core.session import PaymentSession, SessionStatus
from posapp.services.config import ShopConfig
from posapp.services.detection.watcher import PaymentWatcher
from posapp.services.sales.sessions import SessionService
from posapp.storage.engine import Database

POLL_SECONDS = 0.1


async def wait_for_outcome(
    db: Database,
    config: ShopConfig,
    sessions: SessionService,
    session_id: str,
    timeout: float | None,
    on_change: Callable[[PaymentSession], None],
    *,
    reader_options: dict[str, Any] | None = None,
) -> PaymentSession:
    """Follow Horizon until the session is paid, expired or cancelled, or ``timeout`` passes.

    Another process (``posapp watch``, the GUI) may apply the payment instead: the session is
    re-read from the database, so either way the change is seen. Runs on the caller's
    asyncio loop (the command line's main thread).
    """
    watcher = PaymentWatcher(db, config, sessions, reader_options=reader_options)
    task = asyncio.create_task(watcher.run())
    loop = asyncio.get_running_loop()
    deadline = None if timeout is None else loop.time() + timeout
    last = SessionStatus.OPEN
    try:
        while True:
            session = sessions.get(session_id)
            if session.status is not last:
                last = session.status
                on_change(session)
            if session.status.is_final or session.status is SessionStatus.EXPIRED:
                return session
            if deadline is not None and loop.time() >= deadline:
                return session
            if task.done():  # the watcher died: surface its error
                task.result()
            await asyncio.sleep(POLL_SECONDS)
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
