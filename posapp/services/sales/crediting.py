"""Crediting a sale: the one step that runs a payment through the session state machine.

``plan_credit`` is pure; detection applies its plans in batches
(``services.detection.applier``), attaching an unmatched payment applies one with
``credit_session`` (``services.backoffice.unmatched``). Both therefore follow the same
rules and emit the same webhook events.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from posapp.core.errors import InvalidTransition
from posapp.core.events import overpaid_event, session_event
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.session import PaymentSession, SessionStatus, apply_credit
from posapp.storage import sessions_repo, webhook_repo


@dataclass(frozen=True, slots=True)
class CreditPlan:
    """What crediting one payment does to a session: before, after, events to emit."""

    before: PaymentSession
    after: PaymentSession
    events: tuple[str, ...]
    tx_hash: str
    overpaid: Decimal = Decimal(0)
    """The part of this payment beyond the sale's due (``payment.overpaid`` when > 0)."""
    payer: str = ""
    operation_id: str = ""

    def event_payloads(self, now: datetime) -> list[tuple[dict[str, Any], str | None]]:
        """(webhook payload, session id) for each event this credit causes."""
        payloads: list[tuple[dict[str, Any], str | None]] = [
            (session_event(kind, self.after, now, self.tx_hash), self.after.id)
            for kind in self.events
            if kind != "payment.overpaid"
        ]
        if self.overpaid > 0:
            event = overpaid_event(
                self.after, self.overpaid, self.payer, self.operation_id, self.tx_hash, now
            )
            payloads.append((event, self.after.id))
        return payloads


def plan_credit(
    target: PaymentSession,
    amount: Decimal,
    paid_at: datetime,
    tx_hash: str,
    now: datetime,
    *,
    tolerance: Decimal,
    monitoring_window: timedelta,
    payer: str = "",
    operation_id: str = "",
) -> CreditPlan | None:
    """Pure: run the state machine for one credit; None when the session cannot take it.

    Money beyond the due amount is the plan's ``overpaid`` part (all of a payment to a sale
    already paid) and adds a ``payment.overpaid`` event naming ``payer`` and the operation.

    Shared by detection (batched here) and attaching an unmatched payment
    (``credit_session``), so both follow the same rules and events.
    """
    outcome = apply_credit(
        target, amount, paid_at, tolerance=tolerance, monitoring_window=monitoring_window
    )
    if outcome is None:
        return None
    done = outcome.new_status in (SessionStatus.PAID, SessionStatus.PAID_LATE)
    after = replace(
        target,
        status=outcome.new_status,
        usdc_received=outcome.new_received,
        updated_at=now,
        paid_at=paid_at if done and target.paid_at is None else target.paid_at,
        last_tx_hash=tx_hash,
    )
    events = [outcome.event_type] if outcome.event_type else []
    if outcome.new_status is SessionStatus.EXPIRED and target.status.is_awaiting:
        events.append("session.expired")
    overpaid = overpaid_part(target.usdc_received, outcome.new_received, target.usdc_due)
    if overpaid > 0:
        events.append("payment.overpaid")
    return CreditPlan(target, after, tuple(events), tx_hash, overpaid, payer, operation_id)


def overpaid_part(before: Decimal, after: Decimal, due: Decimal) -> Decimal:
    """How much of a credit that took a sale from ``before`` to ``after`` received is beyond
    ``due``; pure."""
    return max(after - max(before, due), Decimal(0))


@dataclass(frozen=True, slots=True)
class Credit:
    """What crediting a session did: before, after, and the webhook events written."""

    before: PaymentSession
    after: PaymentSession
    events: tuple[str, ...]
    overpaid: Decimal = Decimal(0)


def credit_session(
    db_session: Session,
    target: PaymentSession,
    amount: Decimal,
    ledger_time: datetime,
    tx_hash: str,
    now: datetime,
    *,
    tolerance: Decimal,
    monitoring_window: timedelta,
    attempts: int = 5,
    payer: str = "",
    operation_id: str = "",
) -> Credit | None:
    """Credit ``amount`` (closed on the ledger at ``ledger_time``) to ``target`` inside the
    caller's write transaction: state machine, conditional UPDATE, outbox events.

    Returns None when the state machine refuses (cancelled session, or past the
    monitoring window): the payment stays unmatched. When another writer changed the
    session first, decides again on fresh data. The caller stores or updates the payment
    row. Caller's thread.

    Built on ``plan_credit``, the same step detection uses.
    """
    for _ in range(attempts):
        plan = plan_credit(
            target, amount, ledger_time, tx_hash, now,
            tolerance=tolerance, monitoring_window=monitoring_window,
            payer=payer, operation_id=operation_id,
        )  # fmt: skip
        if plan is None:
            return None
        if sessions_repo.write_states(db_session, [(target.status, plan.after)]):
            webhook_repo.enqueue_many(db_session, plan.event_payloads(now), now)
            return Credit(target, plan.after, plan.events, plan.overpaid)
        fresh = sessions_repo.get(db_session, target.id)
        if fresh is None:
            return None
        target = fresh
    raise InvalidTransition(
        QT_TRANSLATE_NOOP("errors", "the sale kept changing while attaching; try again")
    )
