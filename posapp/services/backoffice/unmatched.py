"""Unmatched USDC payments: the owner attaches one to a sale or marks it for refund.

Attaching runs the payment through the same crediting step as a payment matched by its
memo (``sales.crediting.credit_session``, built on the ``plan_credit`` the watcher's
``detection.applier`` uses, so the two paths cannot drift apart) and writes the same webhook
events, the payment's new status and an audit line in one write transaction.

Methods are blocking and safe on any thread; the history window runs them as background
tasks (``workers.tasks``), never on the GUI thread.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from posapp.core.clock import Clock, utc_now
from posapp.core.errors import InvalidInput, InvalidTransition, SessionNotFound
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.money import format_plain, to_stroops
from posapp.core.roles import Actor, Permission
from posapp.core.session import PaymentSession, SessionStatus, apply_credit
from posapp.core.tolerance import is_fully_paid
from posapp.services.config import ShopConfig
from posapp.services.sales.crediting import credit_session
from posapp.services.staff.audit import AuditAction, AuditLog
from posapp.stellar.networks import get_network
from posapp.storage import ledger_repo, sessions_repo
from posapp.storage.counter_repo import REFUSED
from posapp.storage.engine import Database
from posapp.storage.ledger_repo import LedgerPayment

log = logging.getLogger("posapp.unmatched")

CANDIDATE_STATUSES = (
    SessionStatus.OPEN.value,
    SessionStatus.PARTIALLY_PAID.value,
    SessionStatus.EXPIRED.value,
    SessionStatus.PAID.value,
    SessionStatus.PAID_LATE.value,
)
MAX_NOTE = 200


@dataclass(frozen=True, slots=True)
class AttachCandidate:
    """A sale the payment could belong to (the owner decides; nothing is assigned)."""

    session: PaymentSession
    remaining: Decimal
    amount_equals_remaining: bool


@dataclass(frozen=True, slots=True)
class AttachPreview:
    """What attaching would do, for the confirmation dialog."""

    payment: LedgerPayment
    session: PaymentSession
    new_status: SessionStatus
    new_received: Decimal
    events: tuple[str, ...]
    warning: str | None


@dataclass(frozen=True, slots=True)
class AttachResult:
    """An attached payment and the sale afterwards."""

    payment: LedgerPayment
    session: PaymentSession
    previous_status: SessionStatus
    events: tuple[str, ...]


class UnmatchedService:
    """Listing, attaching and refunding unmatched payments; checks the actor's role."""

    def __init__(
        self, db: Database, config: ShopConfig, audit: AuditLog, clock: Clock = utc_now
    ) -> None:
        self._db = db
        self._config = config
        self._clock = clock
        self._audit = audit

    def payments(
        self, actor: Actor, *, include_resolved: bool = False, limit: int = 500
    ) -> list[LedgerPayment]:
        """Unmatched payments newest first; with ``include_resolved`` also the ones
        attached or marked for refund, and the refused fakes (USDC of a foreign issuer)."""
        actor.require(Permission.VIEW_HISTORY)
        statuses = (
            (ledger_repo.UNMATCHED, ledger_repo.ATTACHED, ledger_repo.REFUND, REFUSED)
            if include_resolved
            else (ledger_repo.UNMATCHED,)
        )
        with self._db.read() as session:
            return ledger_repo.by_status(session, statuses, limit)

    def overpayments(self, actor: Actor, *, limit: int = 500) -> list[LedgerPayment]:
        """Payments with a part beyond what their sale asked for (``overpaid``), newest
        first: money the owner may send back to the payer."""
        actor.require(Permission.VIEW_HISTORY)
        with self._db.read() as session:
            return ledger_repo.overpaid(session, limit)

    def count(self, actor: Actor) -> int:
        """How many payments wait for the owner."""
        actor.require(Permission.VIEW_HISTORY)
        with self._db.read() as session:
            return ledger_repo.count_by_status(session, ledger_repo.UNMATCHED)

    def candidates(
        self, operation_id: str, actor: Actor, limit: int = 200
    ) -> list[AttachCandidate]:
        """Sales created up to the expiry plus monitoring window before the payment (and a
        minute after), newest first: the ones it could still pay."""
        actor.require(Permission.VIEW_HISTORY)
        with self._db.read() as session:
            payment = self._unmatched(session, operation_id)
            window = self._config.expiry + self._config.monitoring_window
            found = ledger_repo.sessions_near(
                session,
                payment.ledger_time - window,
                payment.ledger_time + timedelta(minutes=1),
                CANDIDATE_STATUSES,
                limit,
            )
        amount = payment.amount
        return [AttachCandidate(s, s.remaining, s.remaining == amount) for s in found]

    def preview(self, operation_id: str, session_id: str, actor: Actor) -> AttachPreview:
        """What ``attach`` would do now; raises when it would be refused."""
        actor.require(Permission.ATTACH_UNMATCHED)
        with self._db.read() as session:
            payment = self._unmatched(session, operation_id)
            target = self._target(session, session_id.strip(), payment)
        outcome = apply_credit(
            target,
            payment.amount,
            payment.ledger_time,
            tolerance=self._config.tolerance,
            monitoring_window=self._config.monitoring_window,
        )
        if outcome is None:
            raise InvalidTransition(_refusal(target))
        events = [outcome.event_type] if outcome.event_type else []
        if outcome.new_status is SessionStatus.EXPIRED and target.status.is_awaiting:
            events.append("session.expired")
        warning = None
        if target.status in (SessionStatus.PAID, SessionStatus.PAID_LATE):
            warning = "This sale is already paid: the payment will be recorded as overpaid."
        elif not is_fully_paid(outcome.new_received, target.usdc_due, self._config.tolerance):
            short = format_plain(target.usdc_due - outcome.new_received)
            warning = f"The sale will still be {short} USDC short."
        return AttachPreview(
            payment, target, outcome.new_status, outcome.new_received, tuple(events), warning
        )

    def attach(
        self,
        operation_id: str,
        session_id: str,
        actor: Actor,
        *,
        expected_status: SessionStatus | None = None,
    ) -> AttachResult:
        """Attach an unmatched payment to a sale: state machine, webhook events, payment
        status ``attached`` and an audit line, all in one transaction.

        ``expected_status`` is the sale's status the owner confirmed (from ``preview``):
        if the sale changed since, nothing happens and InvalidTransition says so.
        """
        actor.require(Permission.ATTACH_UNMATCHED)
        now = self._clock()
        with self._db.write() as session:
            payment = self._unmatched(session, operation_id)
            target = self._target(session, session_id.strip(), payment)
            if expected_status is not None and target.status is not expected_status:
                raise InvalidTransition(
                    QT_TRANSLATE_NOOP(
                        "errors", "the sale is now {status} (was {expected}): review it again"
                    ),
                    status=target.status.value,
                    expected=expected_status.value,
                )
            credit = credit_session(
                session,
                target,
                payment.amount,
                payment.ledger_time,
                payment.tx_hash,
                now,
                tolerance=self._config.tolerance,
                monitoring_window=self._config.monitoring_window,
                payer=payment.from_account,
                operation_id=payment.operation_id,
            )
            if credit is None:
                raise InvalidTransition(_refusal(target))
            reason = f"attached to {target.id} by {actor.name}"
            if payment.reason:
                reason = f"{payment.reason}; {reason}"
            if not ledger_repo.resolve(
                session,
                operation_id,
                status=ledger_repo.ATTACHED,
                reason=reason,
                session_id=target.id,
                overpaid_stroops=to_stroops(credit.overpaid),
            ):
                raise InvalidTransition(
                    QT_TRANSLATE_NOOP("errors", "the payment was resolved meanwhile")
                )
            self._audit.record_in(
                session,
                actor,
                AuditAction.PAYMENT_ATTACHED,
                (
                    f"{format_plain(payment.amount)} USDC (operation {payment.operation_id},"
                    f" tx {payment.tx_hash}) from {payment.from_account} attached to"
                    f" {target.id}: {target.status.value} -> {credit.after.status.value};"
                    f" events: {', '.join(credit.events) or 'none'}"
                ),
            )
            stored = ledger_repo.get(session, operation_id)
            assert stored is not None
        log.info("attached %s to %s (%s)", operation_id, target.id, credit.after.status.value)
        return AttachResult(stored, credit.after, target.status, credit.events)

    def mark_for_refund(self, operation_id: str, actor: Actor, *, note: str = "") -> LedgerPayment:
        """Mark an unmatched payment to be sent back to its payer (posapp holds no key:
        the owner refunds from their wallet); writes an audit line."""
        actor.require(Permission.REFUND)
        note = " ".join(note.split())
        if len(note) > MAX_NOTE:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "note is longer than {limit} characters"),
                limit=MAX_NOTE,
            )
        with self._db.write() as session:
            payment = self._unmatched(session, operation_id)
            reason = f"marked for refund by {actor.name}" + (f": {note}" if note else "")
            if payment.reason:
                reason = f"{payment.reason}; {reason}"
            if not ledger_repo.resolve(
                session, operation_id, status=ledger_repo.REFUND, reason=reason
            ):
                raise InvalidTransition(
                    QT_TRANSLATE_NOOP("errors", "the payment was resolved meanwhile")
                )
            self._audit.record_in(
                session,
                actor,
                AuditAction.PAYMENT_REFUNDED,
                (
                    f"{format_plain(payment.amount)} USDC (operation {payment.operation_id},"
                    f" tx {payment.tx_hash}) to refund to {payment.from_account}"
                    + (f": {note}" if note else "")
                ),
            )
            stored = ledger_repo.get(session, operation_id)
            assert stored is not None
        return stored

    # -------------------------------------------------------------------------------
    def _unmatched(self, session: Session, operation_id: str) -> LedgerPayment:
        payment = ledger_repo.get(session, operation_id)
        if payment is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "no payment {operation_id!r}"),
                operation_id=operation_id[:80],
            )
        if payment.status != ledger_repo.UNMATCHED:
            raise InvalidTransition(
                QT_TRANSLATE_NOOP("errors", "the payment is already {status}"),
                status=payment.status,
            )
        return payment

    def _target(self, session: Session, session_id: str, payment: LedgerPayment) -> PaymentSession:
        target = sessions_repo.get(session, session_id)
        if target is None:
            raise SessionNotFound(
                QT_TRANSLATE_NOOP("errors", "no sale {session_id!r}"), session_id=session_id[:40]
            )
        if target.destination != payment.to_account:
            raise InvalidTransition(
                QT_TRANSLATE_NOOP("errors", "that sale was charged to another account")
            )
        if payment.asset_issuer != _usdc_issuer(target.network):
            raise InvalidTransition(
                QT_TRANSLATE_NOOP("errors", "that sale was charged on another network ({network})"),
                network=target.network,
            )
        return target


def _usdc_issuer(network: str) -> str | None:
    """The USDC issuer of the network a sale was charged on (None for an unknown name)."""
    try:
        return get_network(network).usdc_issuer
    except InvalidInput:
        return None


def _refusal(target: PaymentSession) -> str:
    """Why a payment cannot be attached to ``target``: a template marked for translation."""
    if target.status is SessionStatus.CANCELLED:
        return QT_TRANSLATE_NOOP(
            "errors", "a cancelled sale cannot take a payment: mark it for refund instead"
        )
    return QT_TRANSLATE_NOOP(
        "errors", "the payment arrived after this sale's monitoring window: mark it for refund"
    )
