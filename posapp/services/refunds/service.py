"""Preparing, listing, rebuilding and cancelling refunds (docs/design.md "Refunds").

``create`` checks the actor and the amount, asks Horizon about both accounts and the fee,
builds the unsigned transaction, then stores the refund, its webhook event and an audit line
in one write transaction that checks the amount again: two refunds racing for the same sale
can never together pass what it received. Nothing is stored when any step fails.

Methods block (network, database); run them on a background task or the command line, never
the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from posapp.core.clock import Clock, utc_now
from posapp.core.errors import InvalidAmount, InvalidInput, InvalidTransition, PosappError
from posapp.core.events import refund_event
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.money import MAX_STELLAR_AMOUNT, format_plain, from_stroops, parse_amount
from posapp.core.refund import (
    LEDGER_CLOCK_GRACE,
    Refund,
    RefundKind,
    RefundState,
    new_refund_id,
)
from posapp.core.roles import Actor, Permission
from posapp.core.session import SessionStatus, looks_like_session_id
from posapp.services.config import ShopConfig
from posapp.services.staff.audit import AuditLog
from posapp.stellar.refund_lookup import RefundLookup
from posapp.stellar.refund_tx import (
    RefundTxRequest,
    build_refund_tx,
    check_destination,
    make_memo,
    refund_uri,
)
from posapp.storage import ledger_repo, refunds_repo, sessions_repo, webhook_repo
from posapp.storage.engine import Database

log = logging.getLogger("posapp.refunds")

DEFAULT_VALIDITY = timedelta(minutes=15)
MAX_REASON = 200
REFUNDABLE_PAYMENT_STATUSES = (ledger_repo.UNMATCHED, ledger_repo.REFUND)


class RefundRefused(InvalidInput):
    """A refund that cannot be built as asked (amount, target, payer account)."""


class MemoRequired(RefundRefused):
    """The payer's account asks for a memo (SEP-29, an exchange): the owner must give it."""


class RefundNotFound(PosappError, LookupError):
    """No refund, sale or payment with that id."""


@dataclass(frozen=True, slots=True)
class Refundable:
    """What may still go back for a sale or an unmatched payment, and to whom."""

    kind: RefundKind
    ref: str
    received: Decimal
    held: Decimal
    payers: tuple[str, ...]
    """Addresses that paid (``M…`` when they used one); a refund goes to one of them."""

    @property
    def remaining(self) -> Decimal:
        """USDC that may still be refunded."""
        return max(self.received - self.held, Decimal(0))


@dataclass(frozen=True, slots=True)
class PreparedRefund:
    """A stored refund with its SEP-7 URI (what the owner's wallet opens)."""

    refund: Refund
    uri: str


LookupFactory = Callable[[str, str], RefundLookup]


class RefundService:
    """Refunds of one shop; checks the actor's role on every change. Blocking, any thread
    but the GUI's."""

    def __init__(
        self,
        db: Database,
        config: ShopConfig,
        audit: AuditLog,
        clock: Clock = utc_now,
        *,
        validity: timedelta = DEFAULT_VALIDITY,
        lookup: LookupFactory = RefundLookup,
    ) -> None:
        self._db = db
        self._config = config
        self._audit = audit
        self._clock = clock
        self._validity = validity
        self._lookup = lookup

    # ---- reading --------------------------------------------------------------------------
    def refundable(self, ref: str) -> Refundable:
        """What may still go back for sale ``pay_…`` or unmatched payment (operation id)."""
        with self._db.read() as session:
            return self._refundable(session, ref)

    def get(self, refund_id: str) -> Refund:
        """The refund ``rf_…``; RefundNotFound otherwise."""
        with self._db.read() as session:
            found = refunds_repo.get(session, refund_id.strip())
        if found is None:
            raise RefundNotFound(
                QT_TRANSLATE_NOOP("errors", "no refund {refund_id!r}"), refund_id=refund_id[:40]
            )
        return found

    def listing(
        self,
        *,
        states: Sequence[RefundState] = (),
        ref: str | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        limit: int = 500,
    ) -> list[Refund]:
        """Refunds, newest first; ``ref`` narrows to one sale or one payment."""
        is_sale = ref is not None and looks_like_session_id(ref)
        with self._db.read() as session:
            return refunds_repo.listing(
                session,
                states=states,
                session_id=ref if is_sale else None,
                operation_id=ref if ref is not None and not is_sale else None,
                start=start,
                end=end,
                limit=limit,
            )

    def uri_of(self, refund: Refund) -> str:
        """The SEP-7 URI of a stored refund."""
        network = self._config.stellar_network
        return refund_uri(refund.envelope_xdr, network, _message(refund), refund.source_account)

    # ---- creating ---------------------------------------------------------------------------
    def create(
        self,
        ref: str,
        actor: Actor,
        *,
        amount: object = None,
        reason: str = "",
        to: str | None = None,
        memo: str | None = None,
        memo_type: str | None = None,
    ) -> PreparedRefund:
        """Prepare a refund of sale ``pay_…`` or of an unmatched payment (its operation id).

        ``amount`` None: everything still refundable. ``to``: which payer, when several paid
        the sale. ``memo``: the memo the payer's exchange needs (SEP-29); otherwise the memo
        is the refund id. Raises RefundRefused / MemoRequired / HorizonError with one line.
        """
        if not isinstance(reason, str) or len(reason) > MAX_REASON:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "the reason must be text of at most {limit} characters"
                ),
                limit=MAX_REASON,
            )
        actor.require(Permission.REFUND)
        target = self.refundable(ref)
        value = self._amount(amount, target)
        destination = self._destination(target, to)
        refund_id = new_refund_id()
        memo_type, memo = self._memo(refund_id, memo, memo_type)
        draft = self._build(
            refund_id=refund_id,
            target=target,
            destination=destination,
            amount=value,
            memo_type=memo_type,
            memo=memo,
            memo_given=memo != refund_id,
            reason=reason.strip(),
            actor=actor,
        )
        now = self._clock()
        with self._db.write() as session:
            fresh = self._refundable(session, target.ref)
            if value > fresh.remaining:
                raise _too_much(value, fresh)
            refunds_repo.insert(session, draft)
            if target.kind is RefundKind.PAYMENT:
                ledger_repo.resolve(
                    session,
                    target.ref,
                    status=ledger_repo.REFUND,
                    reason=f"refund {refund_id} prepared by {actor.name}",
                )
            webhook_repo.enqueue(
                session,
                refund_event("refund.created", draft, now),
                session_id=draft.session_id,
                now=now,
            )
            self._audit.record_in(
                session,
                actor,
                "refund.created",
                f"{refund_id}: {format_plain(value)} USDC of {target.ref} to {destination}"
                + (f" ({draft.reason})" if draft.reason else ""),
            )
        log.info("refund %s prepared: %s USDC of %s", refund_id, value, target.ref)
        return PreparedRefund(draft, self.uri_of(draft))

    def rebuild(self, refund_id: str, actor: Actor) -> PreparedRefund:
        """A fresh transaction (current sequence, new time bounds) for an expired refund or
        one still waiting; the refund keeps its id and memo."""
        actor.require(Permission.REFUND)
        current = self.get(refund_id)
        if current.state not in (RefundState.WAITING, RefundState.EXPIRED):
            raise InvalidTransition(
                QT_TRANSLATE_NOOP("errors", "refund {session_id} is {state}: nothing to rebuild"),
                session_id=current.id,
                state=current.state.value,
            )
        if current.state is RefundState.EXPIRED:
            with self._db.read() as session:
                fresh = self._refundable(session, current.refers_to)
            if current.amount > fresh.remaining:
                raise _too_much(current.amount, fresh)
        target = Refundable(current.kind, current.refers_to, current.amount, Decimal(0), ())
        rebuilt = self._build(
            refund_id=current.id,
            target=target,
            destination=current.destination,
            amount=current.amount,
            memo_type=current.memo_type,
            memo=current.memo,
            memo_given=current.memo != current.id,
            reason=current.reason,
            actor=actor,
        )
        now = self._clock()
        with self._db.write() as session:
            if current.state is RefundState.EXPIRED:
                fresh = self._refundable(session, current.refers_to)
                if current.amount > fresh.remaining:
                    raise _too_much(current.amount, fresh)
            moved = refunds_repo.move(
                session, current.id, RefundState.WAITING, (current.state,), now,
                valid_until=rebuilt.valid_until, sequence=rebuilt.sequence,
                fee_stroops=rebuilt.fee_stroops, envelope_xdr=rebuilt.envelope_xdr,
            )  # fmt: skip
            if not moved:
                raise InvalidTransition(
                    QT_TRANSLATE_NOOP(
                        "errors", "refund {session_id} changed meanwhile: look again"
                    ),
                    session_id=current.id,
                )
            stored = refunds_repo.get(session, current.id)
            assert stored is not None
            webhook_repo.enqueue(
                session, refund_event("refund.created", stored, now),
                session_id=stored.session_id, now=now,
            )  # fmt: skip
            self._audit.record_in(session, actor, "refund.rebuilt", f"{current.id}")
        return PreparedRefund(stored, self.uri_of(stored))

    def cancel(self, refund_id: str, actor: Actor) -> Refund:
        """Withdraw a waiting refund. A transaction already signed can still be submitted
        until its time bounds end, so its amount stays held until then; if it is submitted,
        the refund turns ``succeeded`` anyway."""
        actor.require(Permission.REFUND)
        current = self.get(refund_id)
        now = self._clock()
        with self._db.write() as session:
            if not refunds_repo.move(
                session, current.id, RefundState.CANCELLED, (RefundState.WAITING,), now
            ):
                state = refunds_repo.get(session, current.id)
                assert state is not None
                raise InvalidTransition(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "refund {session_id} is {state}: only a waiting one can be cancelled",
                    ),
                    session_id=current.id,
                    state=state.state.value,
                )
            stored = refunds_repo.get(session, current.id)
            assert stored is not None
            webhook_repo.enqueue(
                session, refund_event("refund.cancelled", stored, now),
                session_id=stored.session_id, now=now,
            )  # fmt: skip
            self._audit.record_in(session, actor, "refund.cancelled", current.id)
        log.info("refund %s cancelled by %s", current.id, actor.name)
        return stored

    # ---- helpers ----------------------------------------------------------------------------
    def _refundable(self, session: Session, ref: str) -> Refundable:
        ref = ref.strip() if isinstance(ref, str) else ""
        if looks_like_session_id(ref):
            sale = sessions_repo.get(session, ref)
            if sale is None:
                raise RefundNotFound(QT_TRANSLATE_NOOP("errors", "no sale {ref}"), ref=ref)
            if sale.status in (SessionStatus.OPEN, SessionStatus.PARTIALLY_PAID):
                raise RefundRefused(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "sale {ref} is still waiting for its payment: give back or cancel it first",
                    ),
                    ref=ref,
                )
            if sale.usdc_received <= 0:
                raise RefundRefused(
                    QT_TRANSLATE_NOOP(
                        "errors", "sale {ref} received nothing: there is nothing to refund"
                    ),
                    ref=ref,
                )
            payers = tuple(
                dict.fromkeys(p.payer_address for p in ledger_repo.credited_to(session, ref))
            )
            held = refunds_repo.held_stroops(
                session, session_id=ref, signable_after=self._clock() - LEDGER_CLOCK_GRACE
            )
            return Refundable(RefundKind.SALE, ref, sale.usdc_received, from_stroops(held), payers)
        if ref.isdigit():
            payment = ledger_repo.get(session, ref)
            if payment is None:
                raise RefundNotFound(
                    QT_TRANSLATE_NOOP("errors", "no payment with operation id {ref}"), ref=ref
                )
            if payment.status not in REFUNDABLE_PAYMENT_STATUSES:
                raise _payment_not_refundable(payment.status, payment.session_id)
            held = refunds_repo.held_stroops(
                session, operation_id=ref, signable_after=self._clock() - LEDGER_CLOCK_GRACE
            )
            return Refundable(
                RefundKind.PAYMENT, ref, payment.amount, from_stroops(held),
                (payment.payer_address,),
            )  # fmt: skip
        raise RefundNotFound(
            QT_TRANSLATE_NOOP(
                "errors", "{ref!r} is neither a sale id (pay_…) nor a payment's operation id"
            ),
            ref=ref[:40],
        )

    def _amount(self, amount: object, target: Refundable) -> Decimal:
        if target.remaining <= 0:
            raise RefundRefused(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "everything {ref} received ({received} USDC) is already refunded or "
                    "waiting to be",
                ),
                ref=target.ref,
                received=format_plain(target.received),
            )
        if amount is None:
            return target.remaining
        try:
            value = parse_amount(amount, places=7, maximum=MAX_STELLAR_AMOUNT)
        except InvalidAmount as exc:
            raise RefundRefused(QT_TRANSLATE_NOOP("errors", "refund {error}"), error=exc) from None
        if value > target.remaining:
            raise _too_much(value, target)
        return value

    def _destination(self, target: Refundable, to: str | None) -> str:
        if to is not None:
            to = to.strip()
            check_destination(to)
            if to not in target.payers:
                raise RefundRefused(
                    QT_TRANSLATE_NOOP(
                        "errors", "{to} did not pay {ref}: a refund goes to its payer"
                    ),
                    to=to,
                    ref=target.ref,
                )
            return to
        if not target.payers:
            raise RefundRefused(
                QT_TRANSLATE_NOOP("errors", "no stored payment of {ref} says who paid it"),
                ref=target.ref,
            )
        if len(target.payers) > 1:
            raise RefundRefused(
                QT_TRANSLATE_NOOP(
                    "errors", "{ref} was paid from {count} accounts: choose one ({payers})"
                ),
                ref=target.ref,
                count=len(target.payers),
                payers=", ".join(target.payers),
            )
        return target.payers[0]

    @staticmethod
    def _memo(refund_id: str, memo: str | None, memo_type: str | None) -> tuple[str, str]:
        if memo is None or not memo.strip():
            return "text", refund_id
        memo = memo.strip()
        if memo_type is None:
            memo_type = "id" if memo.isdigit() and int(memo) < 2**64 else "text"
        try:
            make_memo(memo_type, memo)
        except InvalidInput as exc:
            raise RefundRefused(QT_TRANSLATE_NOOP("errors", "memo: {error}"), error=exc) from None
        return memo_type, memo

    def _build(
        self,
        *,
        refund_id: str,
        target: Refundable,
        destination: str,
        amount: Decimal,
        memo_type: str,
        memo: str,
        memo_given: bool,
        reason: str,
        actor: Actor,
    ) -> Refund:
        """Ask Horizon, then build the unsigned transaction (no database write)."""
        network = self._config.stellar_network
        merchant = self._config.merchant_account
        payer_account = check_destination(destination).account_id
        with self._lookup(network.horizon_url, network.usdc_issuer) as horizon:
            payer = horizon.account(payer_account)
            if not payer.exists:
                raise RefundRefused(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "the payer's account {payer_account} no longer exists: the refund would "
                        "fail (op_no_destination)",
                    ),
                    payer_account=payer_account,
                )
            if payer.usdc_balance is None or not payer.usdc_authorized:
                raise RefundRefused(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "the payer's account {payer_account} cannot hold the network's USDC (no "
                        "trustline): the refund would fail (op_no_trust)",
                    ),
                    payer_account=payer_account,
                )
            if payer.memo_required and not memo_given:
                raise MemoRequired(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "the payer's account {payer_account} requires a memo (SEP-29, an "
                        "exchange): ask the customer for their deposit memo",
                    ),
                    payer_account=payer_account,
                )
            source = horizon.account(merchant)
            if not source.exists:
                raise RefundRefused(
                    QT_TRANSLATE_NOOP("errors", "the merchant account {merchant} does not exist"),
                    merchant=merchant,
                )
            if source.usdc_balance is None or source.usdc_balance < amount:
                held = format_plain(source.usdc_balance or Decimal(0))
                raise RefundRefused(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "the merchant account holds {held} USDC, less than the refund of {amount}",
                    ),
                    held=held,
                    amount=format_plain(amount),
                )
            fee = horizon.fee_per_operation()
        now = self._clock()
        valid_until = now + self._validity
        built = build_refund_tx(
            RefundTxRequest(
                network=network,
                source=merchant,
                account_sequence=source.sequence,
                destination=destination,
                amount=amount,
                memo_type=memo_type,
                memo=memo,
                fee_per_operation=fee,
                valid_from=now - timedelta(seconds=1),
                valid_until=valid_until,
            )
        )
        approved_by = actor.approved_by or ""
        return Refund(
            id=refund_id,
            kind=target.kind,
            session_id=target.ref if target.kind is RefundKind.SALE else None,
            operation_id=target.ref if target.kind is RefundKind.PAYMENT else None,
            destination=destination,
            amount=amount,
            memo_type=memo_type,
            memo=memo,
            reason=reason,
            state=RefundState.WAITING,
            created_by=actor.name,
            approved_by=approved_by,
            created_at=now,
            valid_until=valid_until.replace(microsecond=0),
            source_account=merchant,
            sequence=built.sequence,
            fee_stroops=built.fee,
            envelope_xdr=built.envelope_xdr,
            network=network.name,
            updated_at=now,
        )


def _too_much(value: Decimal, target: Refundable) -> RefundRefused:
    return RefundRefused(
        QT_TRANSLATE_NOOP(
            "errors",
            "a refund of {amount} USDC is more than the {remaining} USDC still refundable for "
            "{ref} (received {received}, already refunded or waiting {held})",
        ),
        amount=format_plain(value),
        remaining=format_plain(target.remaining),
        ref=target.ref,
        received=format_plain(target.received),
        held=format_plain(target.held),
    )


def _payment_not_refundable(status: str, session_id: str | None) -> RefundRefused:
    if session_id:
        return RefundRefused(
            QT_TRANSLATE_NOOP(
                "errors", "this payment belongs to sale {session_id}: refund the sale instead"
            ),
            session_id=session_id,
        )
    if status == "refused":
        return RefundRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "this payment is USDC of a foreign issuer (a fake): posapp never refunds it",
            )
        )
    return RefundRefused(
        QT_TRANSLATE_NOOP("errors", "a payment that is {status} cannot be refunded"),
        status=status,
    )


def _message(refund: Refund) -> str:
    what = refund.session_id or f"payment {refund.operation_id}"
    text = f"Refund {format_plain(refund.amount)} USDC of {what}"
    if refund.reason:
        text += f": {refund.reason}"
    return text
