"""The counter's hard cases: a partly paid sale settled another way, given back, parked and
resumed; the terminal's unfinished sales after a restart; payments that settled no sale.

``CounterDesk`` methods are short indexed reads and conditional writes, safe on any thread;
the counter and the history run them as background tasks (``workers.tasks``), never on the
GUI thread.

    ============================ ====================== ===================================
    action                       from                   the sale becomes
    ============================ ====================== ===================================
    take the rest as cash / card partially_paid, or     paid; ``settled_by`` cash/card and
                                 expired with USDC in   the fiat part taken that way
    give back what was received  partially_paid, or     cancelled; ``refund_state`` queued
                                 expired with USDC in   (the refund is built elsewhere)
    park / resume                open, partially_paid   unchanged; ``parked_at`` set/cleared
    ============================ ====================== ===================================

Taking the rest another way needs ``settle_other_way``, giving back needs
``cancel_partially_paid`` (owners; a cashier with an owner's one-shot approval). Parking
needs only ``charge``: the sale can still be paid while parked.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy.orm import Session

from posapp.core.clock import Clock, utc_now
from posapp.core.currency import currency_places
from posapp.core.errors import InvalidInput, InvalidTransition, SessionNotFound
from posapp.core.events import session_event
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.money import format_plain
from posapp.core.roles import Actor, Permission
from posapp.core.session import PaymentSession, SessionStatus
from posapp.storage import audit_repo, counter_repo, sessions_repo, webhook_repo
from posapp.storage.engine import Database
from posapp.storage.ledger_repo import LedgerPayment

log = logging.getLogger("posapp.counter_desk")

CASH = "cash"
CARD = "card"
METHODS = (CASH, CARD)
SETTLEABLE = (SessionStatus.PARTIALLY_PAID, SessionStatus.EXPIRED)
"""Statuses a sale with some USDC received may be settled or given back from."""


@dataclass(frozen=True, slots=True)
class StrayPayment:
    """A payment to the shop's account that did not (only) settle a sale, for the cashier."""

    payment: LedgerPayment
    kind: str
    """``unmatched``, ``refused`` (foreign issuer: never credited) or ``overpaid``."""
    why: str
    """Why it did not settle a sale, in words for the cashier."""

    @property
    def operation_id(self) -> str:
        """The payment's Horizon operation id (what attaching names)."""
        return self.payment.operation_id


def fiat_rest(session: PaymentSession) -> Decimal:
    """The part of the sale's fiat amount the USDC received does not cover, rounded to the
    currency's places (the USDC received counts at the sale's locked-in rate). Pure."""
    if session.usdc_due <= 0:
        return Decimal(0)
    places = Decimal(1).scaleb(-currency_places(session.fiat_currency))
    covered = min(session.usdc_received / session.usdc_due, Decimal(1)) * session.fiat_amount
    covered = covered.quantize(places, rounding=ROUND_HALF_UP)
    return max(session.fiat_amount - covered, Decimal(0))


def explain_stray(payment: LedgerPayment) -> StrayPayment:
    """Why ``payment`` settled no sale, in the cashier's words. Pure."""
    if payment.status == counter_repo.REFUSED:
        return StrayPayment(
            payment,
            "refused",
            "USDC from an unknown issuer (not real USDC): refused, never credited",
        )
    if payment.status != counter_repo.UNMATCHED:
        return StrayPayment(
            payment,
            "overpaid",
            f"{format_plain(payment.overpaid)} USDC more than the sale asked for",
        )
    reason = payment.reason or "matched no sale"
    words = {
        "no memo": "it came without a memo, so it names no sale",
        "memo is not a posapp session": f"its memo {payment.memo!r} names no sale",
        "memo names no session here": "its memo names no sale of this shop",
        "session cancelled": "it paid a sale that was cancelled",
        "arrived after the monitoring window": "it arrived long after its sale expired",
    }
    return StrayPayment(payment, "unmatched", words.get(reason, reason))


class CounterDesk:
    """Settling, giving back, parking and restoring sales; the stray-payment feed."""

    def __init__(self, db: Database, terminal: str, clock: Clock = utc_now) -> None:
        self._db = db
        self._terminal = terminal
        self._clock = clock

    # restore ---------------------------------------------------------------------------
    def unfinished(self) -> list[PaymentSession]:
        """This terminal's sales still awaiting payment, newest first (for the counter to
        bring back after a restart)."""
        with self._db.read() as session:
            return counter_repo.unfinished_of_terminal(session, self._terminal)

    def get_many(self, ids: tuple[str, ...]) -> tuple[PaymentSession, ...]:
        """The sales with these ids as stored now (missing ones left out)."""
        if not ids:
            return ()
        with self._db.read() as session:
            found = sessions_repo.get_many(session, list(ids))
        return tuple(found[i] for i in ids if i in found)

    # park ------------------------------------------------------------------------------
    def park(self, session_id: str, actor: Actor) -> PaymentSession:
        """Put an awaiting sale aside; it can still be paid and resumed until it expires."""
        actor.require(Permission.CHARGE)
        return self._set_parked(session_id, True)

    def resume(self, session_id: str, actor: Actor) -> PaymentSession:
        """Bring a parked sale back to the counter (refused once it can no longer be paid)."""
        actor.require(Permission.CHARGE)
        return self._set_parked(session_id, False)

    def _set_parked(self, session_id: str, parked: bool) -> PaymentSession:
        now = self._clock()
        with self._db.write() as session:
            if not counter_repo.set_parked(session, session_id, now if parked else None, now):
                current = sessions_repo.get(session, session_id)
                if current is None:
                    raise SessionNotFound(
                        QT_TRANSLATE_NOOP("errors", "no sale {session_id!r}"),
                        session_id=session_id[:40],
                    )
                status = current.status.value.replace("_", " ")
                if parked:
                    raise InvalidTransition(
                        QT_TRANSLATE_NOOP(
                            "errors", "the sale is {status}: it can no longer be parked"
                        ),
                        status=status,
                    )
                raise InvalidTransition(
                    QT_TRANSLATE_NOOP(
                        "errors", "the sale is {status}: it can no longer be resumed"
                    ),
                    status=status,
                )
            updated = sessions_repo.get(session, session_id)
        assert updated is not None
        return updated

    # settle ----------------------------------------------------------------------------
    def settle_rest(self, session_id: str, method: str, actor: Actor) -> PaymentSession:
        """Record the rest of a partly paid sale as taken in cash or by card: the sale is
        paid and the Z-report shows the split. Writes a webhook event and an audit line."""
        if method not in METHODS:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "unknown way to pay {method!r}: cash or card"),
                method=method,
            )
        actor.require(Permission.SETTLE_OTHER_WAY)
        now = self._clock()
        with self._db.write() as session:
            current = self._settleable(session, session_id)
            rest = fiat_rest(current)
            if not counter_repo.settle_other(
                session,
                session_id,
                method=method,
                fiat_amount_e7=sessions_repo.to_e7(rest),
                from_statuses=(current.status,),
                now=now,
            ):
                raise InvalidTransition(
                    QT_TRANSLATE_NOOP("errors", "the sale changed meanwhile: look at it again")
                )
            updated = sessions_repo.get(session, session_id)
            assert updated is not None
            webhook_repo.enqueue(
                session, session_event("payment.success", updated, now), session_id=session_id,
                now=now,
            )  # fmt: skip
            self._audit(
                session,
                actor,
                "sale.settled_other_way",
                f"{session_id}: {format_plain(current.usdc_received)} USDC received, rest"
                f" {current.fiat_currency} {format_plain(rest)} taken by {method}",
            )
        log.info("sale %s settled: rest %s by %s", session_id, rest, method)
        return updated

    def give_back(self, session_id: str, actor: Actor) -> PaymentSession:
        """Give back what a partly paid sale received: the sale is cancelled and its USDC
        queued for refund (``refund_state`` queued). Writes a webhook event and an audit line."""
        actor.require(Permission.CANCEL_PARTIALLY_PAID)
        now = self._clock()
        with self._db.write() as session:
            current = self._settleable(session, session_id)
            if not counter_repo.queue_refund(
                session, session_id, from_statuses=(current.status,), now=now
            ):
                raise InvalidTransition(
                    QT_TRANSLATE_NOOP("errors", "the sale changed meanwhile: look at it again")
                )
            updated = sessions_repo.get(session, session_id)
            assert updated is not None
            webhook_repo.enqueue(
                session, session_event("session.cancelled", updated, now), session_id=session_id,
                now=now,
            )  # fmt: skip
            self._audit(
                session,
                actor,
                "sale.refund_queued",
                f"{session_id}: {format_plain(current.usdc_received)} USDC to give back",
            )
        log.info("sale %s cancelled, %s USDC queued for refund", session_id, current.usdc_received)
        return updated

    def _settleable(self, session: Session, session_id: str) -> PaymentSession:
        current = sessions_repo.get(session, session_id)
        if current is None:
            raise SessionNotFound(
                QT_TRANSLATE_NOOP("errors", "no sale {session_id!r}"), session_id=session_id[:40]
            )
        if current.status not in SETTLEABLE or current.usdc_received <= 0:
            state = current.status.value.replace("_", " ")
            if current.usdc_received <= 0:
                raise InvalidTransition(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "only a partly paid sale can be settled this way "
                        "(this one is {state}, nothing received)",
                    ),
                    state=state,
                )
            raise InvalidTransition(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "only a partly paid sale can be settled this way (this one is {state})",
                ),
                state=state,
            )
        return current

    def _audit(self, session: Session, actor: Actor, action: str, detail: str) -> None:
        if actor.approved_by:
            detail = f"{detail} (approved by {actor.approved_by})"
        audit_repo.append(session, self._clock(), actor.name, action, detail)

    # stray payments --------------------------------------------------------------------
    def last_payment_id(self) -> int:
        """Where the stray-payment feed starts: payments stored before now are old news."""
        with self._db.read() as session:
            return counter_repo.last_payment_id(session)

    def strays_after(self, after_id: int) -> tuple[StrayPayment, ...]:
        """Payments stored after ``after_id`` that settled no sale (or overpaid one)."""
        with self._db.read() as session:
            found = counter_repo.strays_after(session, after_id)
        return tuple(explain_stray(p) for p in found)
