"""Receipts of one shop: issue a sale's receipt (its store-wide number taken once), a refund's
receipt, reprints that say COPY, and printing on an ESC/POS printer.

Thread: ``issue``/``reprint``/``refund_receipt``/``record_printed`` are short database
writes (any thread; the GUI calls them through ``run_task``). ``print_escpos`` talks to a
printer and may wait seconds: worker thread only.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, tzinfo
from decimal import Decimal

from posapp.core.cart import TaxMode
from posapp.core.clock import Clock, utc_now
from posapp.core.errors import InvalidTransition, SessionNotFound
from posapp.core.i18n import QT_TRANSLATE_NOOP, Words, english
from posapp.core.refund import RefundState
from posapp.core.roles import Actor, Permission
from posapp.core.session import PaymentSession
from posapp.services.config import ShopConfig
from posapp.services.receipts.model import (
    LedgerProof,
    Receipt,
    ReceiptKind,
    RefundLine,
    ShopHeader,
)
from posapp.services.receipts.printer_target import PrinterTarget, parse_printer
from posapp.services.receipts.settings import WIDTHS, ReceiptSettings
from posapp.storage import receipts_repo, refunds_repo, sessions_repo
from posapp.storage.engine import Database
from posapp.storage.receipts_repo import IssuedReceipt, ReceiptPayment

log = logging.getLogger("posapp.receipts")
PRINTER_ENV = "POSAPP_RECEIPT_PRINTER"
"""Overrides the shop's printer on this counter (several counters share one database)."""


def default_receipt_locale(currency: str) -> str:
    """The Babel locale receipts format amounts in when the GUI gives none: the
    environment's (LC_ALL, LANG…) when Babel knows it, else en_IN for rupees, else en_US."""
    from babel import Locale, UnknownLocaleError
    from babel.core import default_locale

    name = default_locale()
    if name and name not in ("C", "POSIX"):
        try:
            return str(Locale.parse(name))
        except (UnknownLocaleError, ValueError):
            pass
    return "en_IN" if currency.upper() == "INR" else "en_US"


def counter_printer(settings: ReceiptSettings, environ: os._Environ[str] | None = None) -> str:
    """This counter's printer spec: ``POSAPP_RECEIPT_PRINTER`` when set (checked), else the
    shop's. InvalidInput for a bad override."""
    override = (environ if environ is not None else os.environ).get(PRINTER_ENV, "").strip()
    return parse_printer(override).spec if override else settings.printer


class ReceiptService:
    """Receipts of the shop configured in ``config`` (see the module docstring)."""

    def __init__(
        self,
        db: Database,
        config: ShopConfig,
        clock: Clock = utc_now,
        *,
        locale: str | None = None,
        tz: tzinfo | None = None,
        words: Words = english,
    ) -> None:
        """``locale`` formats amounts; ``words`` translates the receipt's own texts (the
        GUI passes the counter's language; the command line prints English)."""
        self._db = db
        self._words = words
        self._config = config
        self._clock = clock
        self._locale = locale or default_receipt_locale(config.currency)
        self._tz = tz
        self._printer = counter_printer(config.receipt)

    @property
    def settings(self) -> ReceiptSettings:
        """The shop's receipt settings."""
        return self._config.receipt

    @property
    def printer(self) -> PrinterTarget:
        """This counter's receipt printer."""
        return parse_printer(self._printer)

    @property
    def columns(self) -> int:
        """Characters per line on this counter's paper."""
        return WIDTHS[self.settings.width_mm]

    def _local(self, moment: datetime) -> datetime:
        return moment.astimezone(self._tz) if self._tz is not None else moment.astimezone()

    def issue(
        self,
        session_id: str,
        *,
        copy: bool | None = None,
        refunds: Sequence[RefundLine] | None = None,
    ) -> Receipt:
        """The receipt of sale ``session_id``, its number taken (once, store-wide) in one
        write transaction. ``copy`` None: a COPY once it was printed before. ``refunds``:
        the sale's refunds to list (None: its succeeded refunds as stored). SessionNotFound;
        InvalidTransition when nothing was received. Any thread (short write)."""
        with self._db.write() as db_session:
            sale = self._sale(db_session, session_id)
            if refunds is None:
                refunds = [
                    RefundLine(r.amount, r.settled_at or r.updated_at, r.tx_hash, r.reason)
                    for r in reversed(
                        refunds_repo.listing(
                            db_session, session_id=sale.id, states=(RefundState.SUCCEEDED,)
                        )
                    )
                ]
            issued = receipts_repo.issue(
                db_session,
                receipts_repo.SALE,
                sale.id,
                sale.id,
                self._clock(),
                self._config.terminal,
            )
            payments = receipts_repo.payments(db_session, sale.id)
        is_copy = issued.prints > 0 if copy is None else copy
        return self._build(sale, issued, payments, copy=is_copy, refunds=tuple(refunds))

    def reprint(self, session_id: str, actor: Actor) -> Receipt:
        """A sale's receipt again, marked COPY, for the owner's history. VIEW_HISTORY."""
        actor.require(Permission.VIEW_HISTORY)
        return self.issue(session_id, copy=True)

    def refund_receipt(
        self,
        session_id: str,
        refund_id: str,
        *,
        amount: Decimal,
        at: datetime,
        tx_hash: str | None = None,
        reason: str = "",
        copy: bool | None = None,
    ) -> Receipt:
        """The receipt of refund ``refund_id`` of sale ``session_id``: ``amount`` USDC sent
        back at ``at`` in transaction ``tx_hash`` (its QR) for ``reason``, with a number of
        its own. SessionNotFound. Any thread (short write)."""
        with self._db.write() as db_session:
            sale = sessions_repo.get(db_session, session_id)
            if sale is None:
                raise SessionNotFound(
                    QT_TRANSLATE_NOOP("errors", "no sale {session_id}"), session_id=session_id
                )
            issued = receipts_repo.issue(
                db_session,
                receipts_repo.REFUND,
                refund_id,
                sale.id,
                self._clock(),
                self._config.terminal,
            )
            sale_receipt = receipts_repo.find(db_session, receipts_repo.SALE, sale.id)
            payments = receipts_repo.payments(db_session, sale.id)
        receipt = self._build(
            sale, issued, payments, copy=issued.prints > 0 if copy is None else copy
        )
        proof = None
        if tx_hash:
            proof = LedgerProof(tx_hash, 0, self.settings.explorer_url(sale.network, tx_hash))
        return replace(
            receipt,
            kind=ReceiptKind.REFUND,
            refund=RefundLine(amount, self._local(at), tx_hash, reason),
            sale_number=sale_receipt.number if sale_receipt else None,
            proof=proof,
        )

    def receipt_of_refund(self, refund_id: str) -> Receipt:
        """The receipt of the succeeded refund ``refund_id`` of a sale. InvalidTransition
        for a refund not (yet) paid or one of an unmatched payment. Any thread."""
        with self._db.read() as db_session:
            refund = refunds_repo.get(db_session, refund_id)
        if refund is None:
            raise SessionNotFound(
                QT_TRANSLATE_NOOP("errors", "no refund {refund_id!r}"), refund_id=refund_id[:40]
            )
        if refund.state is not RefundState.SUCCEEDED or refund.session_id is None:
            if refund.session_id:
                raise InvalidTransition(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "refund {refund_id} is {state}: only a paid refund of a sale has a receipt",
                    ),
                    refund_id=refund.id,
                    state=refund.state.value,
                )
            raise InvalidTransition(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "refund {refund_id} is {state} and belongs to no sale: only a paid refund "
                    "of a sale has a receipt",
                ),
                refund_id=refund.id,
                state=refund.state.value,
            )
        return self.refund_receipt(
            refund.session_id,
            refund.id,
            amount=refund.amount,
            at=refund.settled_at or refund.updated_at,
            tx_hash=refund.tx_hash,
            reason=refund.reason,
        )

    def record_printed(self, receipt: Receipt) -> Receipt:
        """Count one print of ``receipt``; the receipt to use for the next print (a COPY).
        Any thread (short write)."""
        with self._db.write() as db_session:
            receipts_repo.count_print(db_session, receipt.number)
        return replace(receipt, copy=True)

    def issued_for(self, session_id: str) -> list[IssuedReceipt]:
        """The receipts already issued for a sale and its refunds. Short read."""
        with self._db.read() as db_session:
            return receipts_repo.for_session(db_session, session_id)

    def print_escpos(
        self, receipt: Receipt, target: PrinterTarget | None = None, *, copies: int = 1
    ) -> Receipt:
        """Print ``receipt`` ``copies`` times on an ESC/POS printer (default: this counter's)
        and count the print; returns the receipt for the next print (a COPY). PrinterError
        when it cannot (nothing is counted). Worker thread."""
        from posapp.services.receipts.escpos_output import print_receipt

        print_receipt(receipt, target or self.printer, self.columns, copies=copies)
        return self.record_printed(receipt)

    # building ---------------------------------------------------------------------------
    def _sale(self, db_session: object, session_id: str) -> PaymentSession:
        sale = sessions_repo.get(db_session, session_id)  # type: ignore[arg-type]
        if sale is None:
            raise SessionNotFound(
                QT_TRANSLATE_NOOP("errors", "no sale {session_id}"), session_id=session_id
            )
        if sale.usdc_received <= 0:
            raise InvalidTransition(
                QT_TRANSLATE_NOOP(
                    "errors", "nothing was received for sale {session_id}, so it has no receipt"
                ),
                session_id=session_id,
            )
        return sale

    def _build(
        self,
        sale: PaymentSession,
        issued: IssuedReceipt,
        payments: Sequence[ReceiptPayment],
        *,
        copy: bool,
        refunds: tuple[RefundLine, ...] = (),
    ) -> Receipt:
        settings = self.settings
        proof = None
        tx_hash = sale.last_tx_hash or (payments[-1].tx_hash if payments else None)
        if tx_hash:
            ledger = next((p.ledger for p in payments if p.tx_hash == tx_hash), 0)
            proof = LedgerProof(tx_hash, ledger, settings.explorer_url(sale.network, tx_hash))
        return Receipt(
            kind=ReceiptKind.SALE,
            number=issued.number,
            shop=ShopHeader(
                self._config.shop_name, settings.address, settings.phone, settings.tax_id
            ),
            issued_at=self._local(issued.issued_at),
            sale_time=self._local(sale.paid_at or sale.created_at),
            cashier=sale.cashier,
            terminal=sale.terminal,
            note=sale.note,
            fiat_amount=sale.fiat_amount,
            currency=sale.fiat_currency,
            usdc_due=sale.usdc_due,
            usdc_received=sale.usdc_received,
            rate=sale.rate,
            rate_source=sale.rate_source,
            rate_time=self._local(sale.rate_time),
            spread_percent=sale.spread_percent,
            network=sale.network,
            session_id=sale.id,
            status=sale.status,
            proof=proof,
            footer=settings.footer,
            locale=self._locale,
            words=self._words,
            refunds=tuple(replace(r, at=self._local(r.at)) for r in refunds),
            copy=copy,
            items=sale.items,
            subtotal=sale.subtotal,
            discount=sale.discount,
            tax=sale.tax,
            tip=sale.tip,
            tax_added=self._config.tax_mode is TaxMode.EXCLUSIVE,
        )
