"""Applying what Horizon reports: match, credit, keep unmatched, settle refunds, advance
the cursor.

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
from typing import Any

from sqlalchemy.orm import Session

from posapp.core.clock import Clock, utc_now
from posapp.core.connection import ConnectionStatus
from posapp.core.events import iso
from posapp.core.matching import MatchDecision, Verdict, classify
from posapp.core.money import format_plain
from posapp.core.records import PaymentRecord
from posapp.core.session import PaymentSession, SessionStatus
from posapp.services.config import ShopConfig
from posapp.services.refunds.settlement import settle_outgoing
from posapp.services.sales.crediting import plan_credit
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
        for record in batch:
            if record.error:
                log.warning("skipped malformed record %s: %s", record.paging_token, record.error)
        try:
            applied = self._apply_batch(batch)
        except SessionRaced:  # another writer changed a session: everything rolled back
            applied = self._apply_batch(batch)
        for item in applied:
            if item.session is not None:
                log.info("credited %s USDC (%s) to %s: %s", item.amount, item.operation_id,
                         item.session.id, item.session.status.value)  # fmt: skip
            else:
                log.warning("unmatched USDC payment %s (%s): %s", item.operation_id,
                            item.amount, item.reason)  # fmt: skip
        return applied

    def _apply_batch(self, batch: Sequence[ReceivedRecord]) -> list[AppliedPayment]:
        now = self._clock()
        records = [r for item in batch for r in item.records]
        with self._db.write() as session:
            seen = payments_repo.existing_ids(session, [r.operation_id for r in records])
            decisions = []
            for record in records:
                if record.operation_id in seen:
                    continue  # Horizon re-delivers; the operation id is stored once
                seen.add(record.operation_id)
                decision = classify(record, self._merchant, self._network.usdc_issuer)
                if decision.verdict is Verdict.IGNORE:
                    log.debug("ignored %s: %s", record.operation_id, decision.reason)
                else:
                    decisions.append((record, decision))
            cache = SessionCache(session, [d for _, d in decisions])
            rows: list[payments_repo.NewPayment] = []
            events: list[tuple[dict[str, Any], str | None]] = []
            applied = [
                self._apply_one(cache, record, decision, now, rows, events)
                for record, decision in decisions
            ]
            if not sessions_repo.write_states(session, cache.changes()):
                raise SessionRaced("a session changed while this batch was applied")
            settle_outgoing(
                session, records, merchant=self._merchant,
                usdc_issuer=self._network.usdc_issuer, now=now, events=events,
            )  # fmt: skip
            payments_repo.insert_many(session, rows, now)
            webhook_repo.enqueue_many(session, events, now)
            cursor_repo.save(session, self.cursor_name, batch[-1].paging_token, now)
        return applied

    # ---------------------------------------------------------------------------------
    def _apply_one(
        self,
        cache: SessionCache,
        record: PaymentRecord,
        decision: MatchDecision,
        now: datetime,
        rows: list[payments_repo.NewPayment],
        events: list[tuple[dict[str, Any], str | None]],
    ) -> AppliedPayment:
        if decision.verdict is Verdict.REFUSE:  # a fake: the owner sees it, nobody credits it
            rows.append(
                payments_repo.NewPayment(record, None, payments_repo.REFUSED, decision.reason)
            )
            return AppliedPayment(
                record.operation_id, record.transaction_hash, record.amount, False,
                decision.reason, None,
            )  # fmt: skip
        target = cache.target_of(decision)
        reason = decision.reason
        if target is None:
            reason = "memo names no session here" if decision.verdict is Verdict.CREDIT else reason
        elif target.destination != self._merchant:
            target, reason = None, "session of another account"
        elif target.network != self._network.name:
            target, reason = None, "session of another network"
        updated, overpaid = None, Decimal(0)
        if target is not None:
            plan = plan_credit(
                target, record.amount, record.created_at, record.transaction_hash, now,
                tolerance=self._config.tolerance,
                monitoring_window=self._config.monitoring_window,
                payer=record.source_account, operation_id=record.operation_id,
            )  # fmt: skip
            if plan is None:
                reason = (
                    "session cancelled"
                    if target.status is SessionStatus.CANCELLED
                    else "arrived after the monitoring window"
                )
            else:
                updated, overpaid = plan.after, plan.overpaid
                cache.remember(updated)
                events.extend(plan.event_payloads(now))
        if updated is None:
            rows.append(payments_repo.NewPayment(record, None, payments_repo.UNMATCHED, reason))
            events.append((unmatched_event(record, reason, now), None))
            return AppliedPayment(
                record.operation_id, record.transaction_hash, record.amount, False, reason, None
            )
        rows.append(
            payments_repo.NewPayment(
                record, updated.id, payments_repo.CREDITED, reason, overpaid=overpaid
            )
        )
        return AppliedPayment(
            record.operation_id, record.transaction_hash, record.amount, True, reason, updated
        )


class SessionRaced(Exception):
    """A conditional UPDATE found the session changed by another writer."""


class SessionCache:
    """Sessions named by one batch, read in one query and kept current while it applies.

    Remembers each session's status as read, so all changes are written at the end as
    conditional UPDATEs (``WHERE status = <as read>``) in one round trip.
    """

    def __init__(self, session: Session, decisions: Sequence[MatchDecision]) -> None:
        ids = [d.session_id for d in decisions if d.session_id is not None]
        muxed = [d.muxed_id for d in decisions if d.muxed_id is not None]
        self._by_id = sessions_repo.get_many(session, ids, muxed)
        self._read_status = {sid: s.status for sid, s in self._by_id.items()}
        self._by_muxed = {s.muxed_id: s.id for s in self._by_id.values()}
        self._changed: dict[str, PaymentSession] = {}

    def target_of(self, decision: MatchDecision) -> PaymentSession | None:
        """The session a CREDIT decision names, if it exists (as changed so far)."""
        if decision.session_id is not None:
            return self._by_id.get(decision.session_id)
        if decision.muxed_id is not None and decision.muxed_id in self._by_muxed:
            return self._by_id[self._by_muxed[decision.muxed_id]]
        return None

    def remember(self, updated: PaymentSession) -> None:
        """Keep the session as it is after a change made in this batch."""
        self._by_id[updated.id] = updated
        self._changed[updated.id] = updated

    def changes(self) -> list[tuple[SessionStatus, PaymentSession]]:
        """(status as read, final session) for every session this batch changed."""
        return [(self._read_status[sid], s) for sid, s in self._changed.items()]


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
