"""Use cases of a sale: create a session with a locked-in quote, cancel, expire, look up.

Runs on the caller's thread: the GUI thread for create/cancel (short indexed writes; the
rate comes from the source's cache, never the network, unless ``allow_fetch``), worker
threads for expiry.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from posapp.core.cart import CartLine, Discount, PricedCart, Tip, price_cart, sold_items
from posapp.core.clock import Clock, utc_now
from posapp.core.currency import currency_places, validate_currency
from posapp.core.errors import (
    InvalidAmount,
    InvalidInput,
    InvalidTransition,
    RateUnavailable,
    SessionNotFound,
)
from posapp.core.events import session_event
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.money import parse_amount, usdc_due
from posapp.core.roles import Actor, Permission
from posapp.core.session import (
    PaymentSession,
    RateQuote,
    SessionStatus,
    can_transition,
    new_muxed_id,
    new_session_id,
)
from posapp.rates import RateSource
from posapp.services.config import ShopConfig
from posapp.storage import payments_repo, sessions_repo, webhook_repo
from posapp.storage.engine import Database
from posapp.storage.payments_repo import StoredPayment

log = logging.getLogger("posapp.sessions")
MAX_NOTE_LENGTH = 200


class SessionService:
    """Creating, cancelling and expiring payment sessions; checks the actor's role."""

    def __init__(
        self, db: Database, config: ShopConfig, rates: RateSource, clock: Clock = utc_now
    ) -> None:
        self._db = db
        self._config = config
        self._rates = rates
        self._clock = clock

    @property
    def config(self) -> ShopConfig:
        """The configuration this service charges with."""
        return self._config

    def reconfigure(self, config: ShopConfig, rates: RateSource) -> None:
        """Charge with ``config`` and ``rates`` from the next sale on (settings saved while
        the counter runs). GUI thread, between two charges."""
        self._config = config
        self._rates = rates

    def quote(self, currency: str, *, allow_fetch: bool) -> RateQuote:
        """A usable rate quote; from cache only unless ``allow_fetch`` (then may block on I/O).

        Raises RateUnavailable with a message the cashier can act on.
        """
        now = self._clock()
        cached = self._rates.cached_quote(currency, now)
        if cached is not None or not allow_fetch:
            if cached is None:
                raise RateUnavailable(
                    QT_TRANSLATE_NOOP(
                        "errors", "no fresh {currency} rate yet from {source}: wait a moment"
                    ),
                    currency=currency,
                    source=self._rates.name,
                )
            return cached
        return self._rates.quote(currency, now)

    def create(
        self,
        amount: object,
        actor: Actor,
        *,
        currency: str | None = None,
        note: str = "",
        allow_fetch: bool = True,
    ) -> PaymentSession:
        """Validate the amount, lock in a quote, store a new ``open`` session and return it."""
        actor.require(Permission.CHARGE)
        code = validate_currency(currency or self._config.currency)
        fiat = parse_amount(amount, places=currency_places(code))
        return self._open(fiat, code, actor, note, allow_fetch)

    def create_cart(
        self,
        lines: Sequence[CartLine],
        actor: Actor,
        *,
        cart_discount: Discount | None = None,
        tip: Tip | None = None,
        note: str = "",
        allow_fetch: bool = True,
    ) -> PaymentSession:
        """A sale of items: price the cart exactly (the shop's tax mode), check the discount
        against the shop's limit (above it a cashier needs an owner's approval), then store
        it like ``create`` with its lines, tax, discount and tip."""
        actor.require(Permission.CHARGE)
        priced = self.price(lines, cart_discount=cart_discount, tip=tip)
        limit = self._config.discount_limit_percent
        if priced.subtotal > 0 and priced.discount * 100 > limit * priced.subtotal:
            actor.require(Permission.DISCOUNT_ABOVE_LIMIT)
        if priced.total <= 0:
            raise InvalidAmount(
                QT_TRANSLATE_NOOP("errors", "the cart's total must be greater than zero")
            )
        return self._open(
            priced.total, self._config.currency, actor, note, allow_fetch,
            items=sold_items(priced), subtotal=priced.subtotal, discount=priced.discount,
            tax=priced.tax, tip=priced.tip,
        )  # fmt: skip

    def price(
        self,
        lines: Sequence[CartLine],
        *,
        cart_discount: Discount | None = None,
        tip: Tip | None = None,
    ) -> PricedCart:
        """The cart priced in the shop's currency and tax mode (pure arithmetic)."""
        return price_cart(
            tuple(lines),
            places=currency_places(self._config.currency),
            tax_mode=self._config.tax_mode,
            cart_discount=cart_discount,
            tip=tip,
        )

    def _open(
        self,
        fiat: Decimal,
        code: str,
        actor: Actor,
        note: str,
        allow_fetch: bool,
        **parts: Any,
    ) -> PaymentSession:
        note = (note or "").strip()
        if len(note) > MAX_NOTE_LENGTH:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "note is longer than {limit} characters"),
                limit=MAX_NOTE_LENGTH,
            )
        quote = self.quote(code, allow_fetch=allow_fetch)
        now = self._clock()
        network = self._config.stellar_network
        session = PaymentSession(
            id=new_session_id(),
            muxed_id=new_muxed_id(),
            status=SessionStatus.OPEN,
            fiat_amount=fiat,
            fiat_currency=code,
            usdc_due=usdc_due(fiat, quote.rate, self._config.spread_percent),
            usdc_received=Decimal(0),
            rate=quote.rate,
            rate_source=quote.source,
            rate_time=quote.fetched_at,
            spread_percent=self._config.spread_percent,
            network=network.name,
            destination=self._config.merchant_account,
            note=note,
            cashier=actor.name,
            terminal=self._config.terminal,
            created_at=now,
            expires_at=now + self._config.expiry,
            updated_at=now,
            **parts,
        )
        # A lone insert of fresh unique keys reads nothing first: counters may create sales
        # side by side without the store-wide writer lock.
        with self._db.write(exclusive=False) as db_session:
            sessions_repo.insert(db_session, session)
        log.info("session %s created: %s USDC due", session.id, session.usdc_due)
        return session

    def get(self, session_id: str) -> PaymentSession:
        """The session, or SessionNotFound."""
        with self._db.read() as db_session:
            found = sessions_repo.get(db_session, session_id)
        if found is None:
            raise SessionNotFound(
                QT_TRANSLATE_NOOP("errors", "no session {session_id!r}"), session_id=session_id[:40]
            )
        return found

    def list_recent(
        self, *, status: SessionStatus | None = None, limit: int = 50
    ) -> list[PaymentSession]:
        """Newest sessions first."""
        with self._db.read() as db_session:
            return sessions_repo.list_recent(
                db_session, statuses=None if status is None else [status], limit=limit
            )

    def payments_of(self, session_id: str) -> list[StoredPayment]:
        """Every payment credited to the session, oldest first."""
        with self._db.read() as db_session:
            return payments_repo.for_session(db_session, session_id)

    def cancel(self, session_id: str, actor: Actor) -> PaymentSession:
        """Cancel an open session; later payments to it become unmatched."""
        actor.require(Permission.CANCEL)
        now = self._clock()
        with self._db.write() as db_session:
            current = sessions_repo.get(db_session, session_id)
            if current is None:
                raise SessionNotFound(
                    QT_TRANSLATE_NOOP("errors", "no session {session_id!r}"),
                    session_id=session_id[:40],
                )
            if not can_transition(current.status, SessionStatus.CANCELLED):
                raise InvalidTransition(
                    QT_TRANSLATE_NOOP("errors", "a {status} session cannot be cancelled"),
                    status=current.status.value,
                )
            if not sessions_repo.transition(db_session, session_id, SessionStatus.CANCELLED, now):
                raise InvalidTransition(
                    QT_TRANSLATE_NOOP(
                        "errors", "the session changed meanwhile; it was not cancelled"
                    )
                )
            updated = sessions_repo.get(db_session, session_id)
            assert updated is not None
            webhook_repo.enqueue(
                db_session,
                session_event("session.cancelled", updated, now),
                session_id=session_id,
                now=now,
            )
        return updated

    def changed_since(self, since: datetime) -> list[PaymentSession]:
        """Sessions changed at or after ``since`` (any counter), oldest change first."""
        found: list[PaymentSession] = []
        after: tuple[datetime, str] | None = None
        with self._db.read() as db_session:
            while True:
                page = sessions_repo.changed_since(db_session, since, after=after)
                found.extend(page)
                if len(page) < sessions_repo.CHANGES_PAGE:
                    return found
                after = (page[-1].updated_at, page[-1].id)

    def expire_due(self) -> list[PaymentSession]:
        """Mark every awaiting session past its window as expired; return those changed."""
        now = self._clock()
        changed: list[PaymentSession] = []
        with self._db.write() as db_session:
            for session_id in sessions_repo.due_for_expiry(db_session, now):
                if sessions_repo.transition(db_session, session_id, SessionStatus.EXPIRED, now):
                    updated = sessions_repo.get(db_session, session_id)
                    assert updated is not None
                    webhook_repo.enqueue(
                        db_session,
                        session_event("session.expired", updated, now),
                        session_id=session_id,
                        now=now,
                    )
                    changed.append(updated)
        return changed
