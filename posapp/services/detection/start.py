"""Where payment detection starts when no cursor is stored yet.

Setup stores the cursor: the account's newest payment, or ``"0"`` when Horizon keeps none
of its payments. When setup could not reach Horizon it stores a *start mark* instead (the
setup time). Horizon's own first-start rule ("the newest payment now") would skip every
payment made since, so before the reader starts, ``prepare_start`` turns the mark, or the
creation of the oldest sale that can still be paid, into a paging token at or before that
time and stores it as the cursor.

    stored                      detection starts after
    cursor                      the cursor
    start mark / awaiting sale  the newest payment older than the earliest of them
                                (minus ``CLOCK_MARGIN``), or the start of history
    nothing                     the newest payment (nothing was ever charged)

Runs on the watcher's event loop (it reads Horizon); database calls are short.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any, Protocol

from posapp.core.errors import HorizonError
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.session import SessionStatus
from posapp.stellar.horizon_reader import HorizonStatusError
from posapp.storage import cursor_repo, sessions_repo
from posapp.storage.engine import Database

log = logging.getLogger("posapp.detection")

START_OF_HISTORY = "0"
"""The paging token before every record Horizon keeps."""
CLOCK_MARGIN = timedelta(minutes=10)
"""How far before the start time the search goes: this computer's clock and the ledger's
close times may differ a little; starting earlier only re-reads older payments."""
PAGE_LIMIT = 200
_STILL_PAYABLE = (SessionStatus.OPEN, SessionStatus.PARTIALLY_PAID, SessionStatus.EXPIRED)


class PageSource(Protocol):
    """What the search needs from Horizon (``HorizonReader`` fits)."""

    async def fetch_page(
        self, cursor: str | None, order: str = "asc", limit: int | None = None
    ) -> list[dict[str, Any]]: ...


def start_time(db: Database, cursor_name: str, network: str, account: str) -> datetime | None:
    """When detection must start from, if no cursor is stored: the earliest of the start mark
    and the creation of the oldest sale still payable; None when a cursor is stored or
    nothing asks for an earlier start. Short read; any thread."""
    with db.read() as session:
        if cursor_repo.load(session, cursor_name) is not None:
            return None
        candidates = [
            cursor_repo.start_mark(session, cursor_name),
            sessions_repo.oldest_created(session, _STILL_PAYABLE, network, account),
        ]
    found = [c for c in candidates if c is not None]
    return min(found) if found else None


async def token_before(source: PageSource, since: datetime) -> str:
    """The paging token of the account's newest record older than ``since`` (so reading
    after it sees everything from ``since`` on), or ``START_OF_HISTORY``; loop thread.

    Walks the account's records newest first; raises HorizonError when Horizon fails.
    """
    cursor: str | None = None
    while True:
        try:
            page = await source.fetch_page(cursor, "desc", PAGE_LIMIT)
        except HorizonStatusError as exc:
            if exc.status_code == 404 and cursor is None:
                return START_OF_HISTORY  # Horizon keeps no payment of this account
            raise
        for raw in page:
            token, created = _token_and_time(raw)
            if created < since:
                return token
            cursor = token
        if len(page) < PAGE_LIMIT:
            return START_OF_HISTORY


def _token_and_time(raw: object) -> tuple[str, datetime]:
    if isinstance(raw, dict):
        token, created = raw.get("paging_token"), raw.get("created_at")
        if isinstance(token, str) and token.isdigit() and isinstance(created, str):
            try:
                return token, datetime.fromisoformat(created)
            except ValueError:
                pass
    raise HorizonError(
        QT_TRANSLATE_NOOP(
            "errors", "Horizon returned a payment record without a paging token and time"
        )
    )


async def prepare_start(
    db: Database, source: PageSource, cursor_name: str, network: str, account: str, now: datetime
) -> str | None:
    """Store the cursor detection must start from when none is stored and a start mark or a
    payable sale asks for it; return the stored token (None when nothing was needed).

    Loop thread. Raises HorizonError when Horizon cannot be read (the caller retries).
    """
    since = start_time(db, cursor_name, network, account)
    if since is None:
        return None
    token = await token_before(source, since - CLOCK_MARGIN)
    with db.write() as session:
        if cursor_repo.load(session, cursor_name) is None:
            cursor_repo.save(session, cursor_name, token, now)
        stored = cursor_repo.load(session, cursor_name)
    log.info("first start: reading %s from paging token %s (not later than %s)",
             account, stored, since.isoformat())  # fmt: skip
    return stored
