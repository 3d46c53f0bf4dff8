"""Applying what Horizon reports: match, credit, keep unmatched, advance the cursor.

``PaymentApplier.apply`` is the sink the Horizon reader calls (on the watcher's thread).
A whole batch is one write transaction: payment rows, session updates, outbox events and
the new cursor commit together or not at all, so a crash can neither lose nor double a
payment: re-delivered records are skipped by their UNIQUE operation id.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from posapp.core.connection import ConnectionStatus
from posapp.core.events import iso, session_event
from posapp.core.matching import Verdict, classify
from posapp.core.money import format_plain
from posapp.core.records import PaymentRecord
from posapp.core.session import PaymentSession, SessionStatus, apply_credit
from posapp.services.clock import Clock, utc_now
from posapp.services.config import ShopConfig
from posapp.stellar.horizon_reader import ReceivedRecord
from posapp.storage import cursor_repo, payments_repo, sessions_repo, webhook_repo
from posapp.storage.engine import Database

log = logging.getLogger("posapp.payments")


@dataclass(frozen=True, slots=True)
class AppliedPayment:
    """One stored credit and, when it touched a session, that session afterwards."""

    operation_id: str
    tx_hash: str
    amount: Decimal
    matched: bool
    reason: str
    session: PaymentSession | None


class PaymentApplier:
    """Turns Horizon records into stored payments and session changes (watcher thread)."""

    def __init__(self, db: Database, config: ShopConfig, clock: Clock = utc_now) -> None:
        self._db = db
        self._config = config
        self._network = config.stellar_network
        self._merchant = config.merchant_account
        self._clock = clock
        self.cursor_name = cursor_repo.cursor_name(self._network.name, self._merchant)

    # RecordSink protocol -------------------------------------------------------------
    def load_cursor(self) -> str | None:
        """The persisted paging token (None before the first start)."""
        with self._db.read() as session:
            return cursor_repo.load(session, self.cursor_name)

    def state_changed(self, status: ConnectionStatus) -> None:
        """Connection changes are only logged here; the Qt worker forwards them to the UI."""
        log.info("horizon: %s %s", status.state.value, status.detail)

    def apply(self, batch: Sequence[ReceivedRecord]) -> list[AppliedPayment]:
        """Apply a batch of records and move the cursor past it, in one transaction."""
        if not batch:
            return []
        now = self._clock()
        applied: list[AppliedPayment] = []
        with self._db.write() as session:
            for item in batch:
                if item.error:
                    log.warning("skipped malformed record %s: %s", item.paging_token, item.error)
                for record in item.records:
                    result = self._apply_one(session, record, now)
                    if result is not None:
                        applied.append(result)
            cursor_repo.save(session, self.cursor_name, batch[-1].paging_token, now)
        return applied

    # ---------------------------------------------------------------------------------
    def _apply_one(
        self, session: Session, record: PaymentRecord, now: datetime
    ) -> AppliedPayment | None:
        if payments_repo.exists(session, record.operation_id):
            return None
        decision = classify(record, self._merchant, self._network.usdc_issuer)
        if decision.verdict is Verdict.IGNORE:
            log.debug("ignored %s: %s", record.operation_id, decision.reason)
            return None
        target: PaymentSession | None = None
        if decision.verdict is Verdict.CREDIT:
            if decision.session_id is not None:
                target = sessions_repo.get(session, decision.session_id)
            elif decision.muxed_id is not None:
                target = sessions_repo.get_by_muxed_id(session, decision.muxed_id)
        if target is None:
            unknown = decision.verdict is Verdict.CREDIT
            reason = "memo names no session here" if unknown else decision.reason
            return self._keep_unmatched(session, record, reason, now)
        if target.destination != self._merchant:
            return self._keep_unmatched(session, record, "session of another account", now)
        outcome = apply_credit(
            target,
            record.amount,
            record.created_at,
            tolerance=self._config.tolerance,
            monitoring_window=self._config.monitoring_window,
        )
        if outcome is None:
            why = (
                "session cancelled"
                if target.status is SessionStatus.CANCELLED
                else ("arrived after the monitoring window")
            )
            return self._keep_unmatched(session, record, why, now)
        paid_at = (
            record.created_at
            if outcome.new_status
            in (
                SessionStatus.PAID,
                SessionStatus.PAID_LATE,
            )
            else None
        )
        if outcome.new_status is target.status:
            changed = sessions_repo.add_received(
                session,
                target.id,
                target.status,
                outcome.new_received,
                now,
                record.transaction_hash,
            )
        else:
            changed = sessions_repo.transition(
                session,
                target.id,
                outcome.new_status,
                now,
                received=outcome.new_received,
                expected_from=[target.status],
                paid_at=paid_at,
                tx_hash=record.transaction_hash,
            )
        if not changed:  # another writer moved the session first: decide again on fresh data
            return self._apply_one(session, record, now)
        payments_repo.insert(
            session,
            record,
            session_id=target.id,
            status=payments_repo.CREDITED,
            reason=decision.reason,
            now=now,
        )
        updated = sessions_repo.get(session, target.id)
        assert updated is not None
        events = [outcome.event_type] if outcome.event_type else []
        if outcome.new_status is SessionStatus.EXPIRED and target.status.is_awaiting:
            events.append("session.expired")
        for event_type in events:
            webhook_repo.enqueue(
                session,
                session_event(event_type, updated, now, record.transaction_hash),
                session_id=target.id,
                now=now,
            )
        log.info(
            "credited %s USDC (%s) to %s: %s",
            record.amount,
            record.operation_id,
            target.id,
            updated.status.value,
        )
        return AppliedPayment(
            record.operation_id,
            record.transaction_hash,
            record.amount,
            True,
            decision.reason,
            updated,
        )

    def _keep_unmatched(
        self, session: Session, record: PaymentRecord, reason: str, now: datetime
    ) -> AppliedPayment:
        payments_repo.insert(
            session,
            record,
            session_id=None,
            status=payments_repo.UNMATCHED,
            reason=reason,
            now=now,
        )
        webhook_repo.enqueue(
            session, unmatched_event(record, reason, now), session_id=None, now=now
        )
        log.warning(
            "unmatched USDC payment %s (%s): %s", record.operation_id, record.amount, reason
        )
        return AppliedPayment(
            record.operation_id, record.transaction_hash, record.amount, False, reason, None
        )


def unmatched_event(record: PaymentRecord, reason: str, now: datetime) -> dict[str, object]:
    """The ``payment.unmatched`` webhook payload for a credit no session took."""
    return {
        "type": "payment.unmatched",
        "timestamp": iso(now),
        "data": {
            "operation_id": record.operation_id,
            "tx_hash": record.transaction_hash,
            "amount": format_plain(record.amount),
            "asset": "USDC",
            "from": record.source_account,
            "memo_type": record.memo_type,
            "memo": record.memo,
            "paid_at": iso(record.created_at),
            "reason": reason,
        },
    }
