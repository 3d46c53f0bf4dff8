"""What a receipt says, as plain frozen data (no Qt, no printer): built by
``ReceiptService`` from a sale, laid out in columns by ``layout``, then printed (ESC/POS),
painted (PDF, system printer, preview) or written as text.

Datetimes are aware and already in the shop's local time zone. Money is ``Decimal``.
Pure; any thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from posapp.core.cart import SoldItem
from posapp.core.i18n import QT_TRANSLATE_NOOP, Words, english
from posapp.core.session import SessionStatus

TEST_NETWORK_WARNING = QT_TRANSLATE_NOOP("Receipt", "TEST NETWORK — not real money")


class ReceiptKind(StrEnum):
    """A sale's receipt, or the receipt of one refund of a sale."""

    SALE = "sale"
    REFUND = "refund"


@dataclass(frozen=True, slots=True)
class ShopHeader:
    """Who issued the receipt."""

    name: str
    address: str = ""
    phone: str = ""
    tax_id: str = ""


@dataclass(frozen=True, slots=True)
class RefundLine:
    """One refund of a sale: USDC sent back to the customer."""

    amount: Decimal
    at: datetime
    tx_hash: str | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class LedgerProof:
    """Where the payment is on the public ledger."""

    tx_hash: str
    ledger: int
    """Ledger sequence (0 when unknown)."""
    explorer_url: str | None
    """The transaction's page on the public explorer of the sale's network (the QR)."""


@dataclass(frozen=True, slots=True)
class Receipt:
    """A receipt ready to lay out (see the module docstring)."""

    kind: ReceiptKind
    number: int
    shop: ShopHeader
    issued_at: datetime
    """When it was (first) issued, local time."""
    sale_time: datetime
    """When the sale was paid (else created), local time."""
    cashier: str
    terminal: str
    note: str
    fiat_amount: Decimal
    currency: str
    usdc_due: Decimal
    usdc_received: Decimal
    rate: Decimal
    rate_source: str
    rate_time: datetime
    spread_percent: Decimal
    network: str
    session_id: str
    status: SessionStatus
    proof: LedgerProof | None
    footer: str
    locale: str
    """Babel locale for amounts (``en_IN``: ₹1,25,000.00)."""
    refunds: tuple[RefundLine, ...] = field(default_factory=tuple)
    """Refunds of the sale so far (listed on the sale's receipt)."""
    refund: RefundLine | None = None
    """For a refund receipt: the refund it is for."""
    sale_number: int | None = None
    """For a refund receipt: the number of the sale's own receipt, when one was issued."""
    copy: bool = False
    """A reprint: says COPY."""
    items: tuple[SoldItem, ...] = ()
    """The lines rung up (none for a keyed amount)."""
    subtotal: Decimal = Decimal(0)
    discount: Decimal = Decimal(0)
    tax: Decimal = Decimal(0)
    tip: Decimal = Decimal(0)
    tax_added: bool = False
    """Tax was added to the prices (exclusive) rather than included in them."""
    words: Words = field(default=english, compare=False, repr=False)
    """The counter's language for the receipt's own words (labels, the payment's state)."""

    @property
    def is_test_network(self) -> bool:
        """True when no real money moved (every network but the public one)."""
        return self.network != "public"

    @property
    def overpaid(self) -> Decimal:
        """USDC received beyond the amount due."""
        return max(self.usdc_received - self.usdc_due, Decimal(0))

    @property
    def remaining(self) -> Decimal:
        """USDC still due."""
        return max(self.usdc_due - self.usdc_received, Decimal(0))

    @property
    def number_text(self) -> str:
        """``000042``: the receipt number as printed."""
        return format_number(self.number)

    @property
    def qr_url(self) -> str | None:
        """What the QR holds: the explorer page of the refund's (refund receipt) or the
        sale's (sale receipt) transaction."""
        return self.proof.explorer_url if self.proof is not None else None


def format_number(number: int) -> str:
    """A receipt number as printed: at least six digits."""
    return f"{number:06d}"
