"""SQLAlchemy 2 typed models: the real schema (migrations in ``migrations/versions``).

Money columns are integers: USDC in stroops (10⁻⁷), fiat in 10⁻⁷ units (``_e7``), so sums in
SQL stay exact on SQLite and PostgreSQL alike. ORM objects never leave ``posapp.storage``:
repositories return frozen dataclasses.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from posapp.storage.types import UTCDateTime


class Base(DeclarativeBase):
    """Declarative base of every posapp table."""


def _identifier(length: int) -> String:
    """An ASCII identifier (session id, transaction hash, account) compared bytewise on
    every backend, so an index range finds a prefix: SQLite's default collation is bytewise,
    PostgreSQL gets ``COLLATE "C"`` (migration 0003) whatever the server's locale."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")


class SessionRow(Base):
    """A payment session (one sale)."""

    __tablename__ = "sessions"

    id: Mapped[str] = mapped_column(_identifier(28), primary_key=True)
    muxed_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    status: Mapped[str] = mapped_column(String(16))
    fiat_amount_e7: Mapped[int] = mapped_column(BigInteger)
    fiat_currency: Mapped[str] = mapped_column(String(3))
    usdc_due_stroops: Mapped[int] = mapped_column(BigInteger)
    usdc_received_stroops: Mapped[int] = mapped_column(BigInteger, default=0)
    rate: Mapped[str] = mapped_column(String(40))
    rate_source: Mapped[str] = mapped_column(String(120))
    rate_time: Mapped[datetime] = mapped_column(UTCDateTime())
    spread_percent: Mapped[str] = mapped_column(String(16))
    network: Mapped[str] = mapped_column(String(16))
    destination: Mapped[str] = mapped_column(String(56))
    note: Mapped[str] = mapped_column(Text, default="")
    cashier: Mapped[str] = mapped_column(String(64), default="")
    terminal: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    paid_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    last_tx_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # the counter's hard cases (migration 0005)
    settled_by: Mapped[str | None] = mapped_column(String(8), nullable=True)
    """``cash`` or ``card``: the rest of a partly paid sale was taken another way."""
    settled_fiat_e7: Mapped[int] = mapped_column(BigInteger, default=0, server_default=text("0"))
    """The fiat part taken another way (10⁻⁷ units)."""
    refund_state: Mapped[str | None] = mapped_column(String(16), nullable=True)
    """``queued``: the USDC received is to be given back (the sale is cancelled)."""
    parked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    """Set while the sale waits aside so the counter can take the next one."""
    # refunds (migration 0007)
    refunded_stroops: Mapped[int] = mapped_column(BigInteger, default=0, server_default=text("0"))
    """USDC that succeeded refunds gave back."""
    refunded_fiat_e7: Mapped[int] = mapped_column(BigInteger, default=0, server_default=text("0"))
    """The part of ``fiat_amount_e7`` those refunds gave back (``core.refund.refunded_fiat_e7``)."""
    # items, tax, discounts and tips (migration 0008); 0 / NULL for a keyed amount
    subtotal_e7: Mapped[int] = mapped_column(BigInteger, default=0, server_default=text("0"))
    discount_e7: Mapped[int] = mapped_column(BigInteger, default=0, server_default=text("0"))
    tax_e7: Mapped[int] = mapped_column(BigInteger, default=0, server_default=text("0"))
    tip_e7: Mapped[int] = mapped_column(BigInteger, default=0, server_default=text("0"))
    items_json: Mapped[str | None] = mapped_column(Text, nullable=True)
    """The priced lines as sold (``core.sale_items``), frozen with the sale."""

    __table_args__ = (
        Index("ix_sessions_created_at", "created_at"),
        Index("ix_sessions_terminal_status", "terminal", "status"),
        Index("ix_sessions_status_created_at", "status", "created_at"),
        Index("ix_sessions_status_expires_at", "status", "expires_at"),
        Index("ix_sessions_cashier_created_at", "cashier", "created_at"),
        Index("ix_sessions_updated_at", "updated_at"),
        # history (migration 0002): rollups, totals, sorting, note search
        Index(
            "ix_sessions_rollup",
            "fiat_currency",
            "status",
            "created_at",
            "cashier",
            "terminal",
            "fiat_amount_e7",
            "usdc_received_stroops",
        ),
        Index(
            "ix_sessions_totals",
            "fiat_currency",
            "status",
            "fiat_amount_e7",
            "usdc_received_stroops",
        ),
        Index("ix_sessions_fiat_amount", "fiat_amount_e7", "id"),
        Index("ix_sessions_usdc_received", "usdc_received_stroops", "id"),
        Index(
            "ix_sessions_refunded",
            "created_at",
            sqlite_where=text("refunded_stroops > 0"),
            postgresql_where=text("refunded_stroops > 0"),
        ),
        Index(
            "ix_sessions_note",
            "note",
            sqlite_where=text("note != ''"),
            postgresql_where=text("note <> ''"),
        ),
    )


DAY_SUMS = (
    "sales", "fiat_e7", "usdc_received_stroops", "refunded_sales", "refunded_fiat_e7",
    "refunded_stroops", "subtotal_e7", "discount_e7", "tax_e7", "tip_e7",
)  # fmt: skip
"""The summed columns of ``day_sums`` (also the all-time totals' covering index)."""


class DaySumRow(Base):
    """The sales of one day, currency, status, cashier and terminal, summed (migration
    0009; days in the shop's zone since 0010). Kept by triggers on ``sessions`` in the same
    transaction as every change to a sale; read by ``storage.day_sums``."""

    __tablename__ = "day_sums"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    """``YYYY-MM-DD``: the sale's date in the zone of ``day_offsets``."""
    fiat_currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    status: Mapped[str] = mapped_column(String(16), primary_key=True)
    cashier: Mapped[str] = mapped_column(String(64), primary_key=True)
    terminal: Mapped[str] = mapped_column(String(64), primary_key=True)
    sales: Mapped[int] = mapped_column(BigInteger, default=0)
    fiat_e7: Mapped[int] = mapped_column(BigInteger, default=0)
    usdc_received_stroops: Mapped[int] = mapped_column(BigInteger, default=0)
    refunded_sales: Mapped[int] = mapped_column(BigInteger, default=0)
    refunded_fiat_e7: Mapped[int] = mapped_column(BigInteger, default=0)
    refunded_stroops: Mapped[int] = mapped_column(BigInteger, default=0)
    subtotal_e7: Mapped[int] = mapped_column(BigInteger, default=0)
    discount_e7: Mapped[int] = mapped_column(BigInteger, default=0)
    tax_e7: Mapped[int] = mapped_column(BigInteger, default=0)
    tip_e7: Mapped[int] = mapped_column(BigInteger, default=0)

    __table_args__ = (
        Index("ix_day_sums_totals", "fiat_currency", "status", "cashier", "terminal", *DAY_SUMS),
        {"sqlite_with_rowid": False},
    )


class DayOffsetRow(Base):
    """From ``starts_at`` on, the sums' days are counted at ``offset_seconds`` from UTC
    (migration 0010; ``storage.day_zone``): the shop's zone, one row per change."""

    __tablename__ = "day_offsets"

    starts_at: Mapped[datetime] = mapped_column(UTCDateTime(), primary_key=True)
    offset_seconds: Mapped[int] = mapped_column(Integer)
    zone: Mapped[str] = mapped_column(String(64))
    """The IANA zone the rows come from (the same on every row)."""


class PaymentRow(Base):
    """A USDC credit to the merchant: matched to a session, or unmatched (session_id NULL)."""

    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    operation_id: Mapped[str] = mapped_column(String(80), unique=True)
    paging_token: Mapped[str] = mapped_column(String(32))
    tx_hash: Mapped[str] = mapped_column(_identifier(64), index=True)
    type: Mapped[str] = mapped_column(String(40))
    session_id: Mapped[str | None] = mapped_column(
        _identifier(28), ForeignKey("sessions.id"), nullable=True, index=True
    )
    status: Mapped[str] = mapped_column(String(16))
    """``credited`` (matched), ``unmatched``, ``attached`` (by the owner) or ``refund``."""
    reason: Mapped[str] = mapped_column(Text, default="")
    from_account: Mapped[str] = mapped_column(_identifier(69))
    to_account: Mapped[str] = mapped_column(String(69))
    amount_stroops: Mapped[int] = mapped_column(BigInteger)
    asset_code: Mapped[str] = mapped_column(String(12))
    asset_issuer: Mapped[str] = mapped_column(String(56))
    memo_type: Mapped[str | None] = mapped_column(String(8), nullable=True)
    memo: Mapped[str | None] = mapped_column(Text, nullable=True)
    muxed_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    ledger_time: Mapped[datetime] = mapped_column(UTCDateTime())
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    overpaid_stroops: Mapped[int] = mapped_column(BigInteger, default=0, server_default=text("0"))
    """The part of this payment beyond what its sale asked for (migration 0004)."""
    from_muxed: Mapped[str | None] = mapped_column(String(69), nullable=True)
    """The payer's ``M…`` address when they paid from one (migration 0007)."""

    __table_args__ = (
        Index("ix_payments_status_received_at", "status", "received_at"),
        Index("ix_payments_from_account", "from_account", "session_id"),
        Index("ix_payments_ledger_time", "ledger_time"),
        Index(
            "ix_payments_overpaid",
            "received_at",
            sqlite_where=text("overpaid_stroops > 0"),
            postgresql_where=text("overpaid_stroops > 0"),
        ),
    )


class CursorRow(Base):
    """Where the watcher stopped reading a Horizon feed (paging token)."""

    __tablename__ = "cursors"

    name: Mapped[str] = mapped_column(String(120), primary_key=True)
    paging_token: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SettingRow(Base):
    """One setting as JSON text. Never holds a secret (those live in the OS keyring)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class UserRow(Base):
    """A person who may use the app, with a bcrypt-hashed PIN or password."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    secret_hash: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    disabled: Mapped[bool] = mapped_column(default=False)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class WebhookEventRow(Base):
    """Outbox: one event for the merchant's backend, written with the change that caused it."""

    __tablename__ = "webhook_events"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    type: Mapped[str] = mapped_column(String(40))
    session_id: Mapped[str | None] = mapped_column(_identifier(28), nullable=True, index=True)
    payload: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    """``pending``, ``delivered``, ``failed`` (not sendable, e.g. plain http) or ``dead``."""
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    last_error: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_webhook_events_status_next", "status", "next_attempt_at"),
        Index("ix_webhook_events_created_at", "created_at"),
    )


class WebhookAttemptRow(Base):
    """One delivery attempt of an outbox event."""

    __tablename__ = "webhook_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("webhook_events.id"), index=True)
    attempted_at: Mapped[datetime] = mapped_column(UTCDateTime())
    status_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    duration_ms: Mapped[int] = mapped_column(Integer)
    error: Mapped[str] = mapped_column(Text, default="")
    response_excerpt: Mapped[str] = mapped_column(Text, default="")


class AuditRow(Base):
    """A sensitive action: who did what, when."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(Text, default="")


class CounterRow(Base):
    """A store-wide number sequence (``receipt``: the last receipt number handed out),
    advanced by an UPDATE inside the write transaction that uses it (migration 0005)."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


class ReceiptRow(Base):
    """A receipt issued for a sale (``kind`` sale, ``ref`` its session id) or for one of its
    refunds (``kind`` refund, ``ref`` the refund id); ``number`` is unique in the store."""

    __tablename__ = "receipts"

    number: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(8))
    ref: Mapped[str] = mapped_column(_identifier(40))
    session_id: Mapped[str] = mapped_column(_identifier(28), ForeignKey("sessions.id"), index=True)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    terminal: Mapped[str] = mapped_column(String(64), default="")
    prints: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    """How many times it was printed or written (a reprint after the first says COPY)."""

    __table_args__ = (UniqueConstraint("kind", "ref", name="uq_receipts_kind_ref"),)


class RefundRow(Base):
    """A refund and the unsigned transaction prepared for it (migration 0007)."""

    __tablename__ = "refunds"

    id: Mapped[str] = mapped_column(_identifier(28), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    session_id: Mapped[str | None] = mapped_column(
        _identifier(28), ForeignKey("sessions.id"), nullable=True, index=True
    )
    operation_id: Mapped[str | None] = mapped_column(String(80), nullable=True, index=True)
    destination: Mapped[str] = mapped_column(_identifier(69))
    amount_stroops: Mapped[int] = mapped_column(BigInteger)
    memo_type: Mapped[str] = mapped_column(String(8))
    memo: Mapped[str] = mapped_column(Text, index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(16))
    created_by: Mapped[str] = mapped_column(String(64))
    approved_by: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    valid_until: Mapped[datetime] = mapped_column(UTCDateTime())
    source_account: Mapped[str] = mapped_column(String(56))
    sequence: Mapped[int] = mapped_column(BigInteger)
    fee_stroops: Mapped[int] = mapped_column(BigInteger)
    envelope_xdr: Mapped[str] = mapped_column(Text)
    network: Mapped[str] = mapped_column(String(16))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    tx_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    settled_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    __table_args__ = (Index("ix_refunds_state_valid_until", "state", "valid_until"),)


class RefundPaymentRow(Base):
    """An outgoing USDC payment whose memo named a refund: the one that settled it
    (``matched``) or one flagged for the owner (migration 0007)."""

    __tablename__ = "refund_payments"

    operation_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    tx_hash: Mapped[str] = mapped_column(String(64))
    refund_id: Mapped[str | None] = mapped_column(
        _identifier(28), ForeignKey("refunds.id"), nullable=True, index=True
    )
    destination: Mapped[str] = mapped_column(String(69))
    amount_stroops: Mapped[int] = mapped_column(BigInteger)
    memo_type: Mapped[str | None] = mapped_column(String(8), nullable=True)
    memo: Mapped[str | None] = mapped_column(Text, nullable=True)
    ledger_time: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime())
    matched: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str] = mapped_column(Text, default="")


class CatalogItemRow(Base):
    """An item the shop sells (migration 0008)."""

    __tablename__ = "catalog_items"

    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    price_e7: Mapped[int] = mapped_column(BigInteger)
    category: Mapped[str] = mapped_column(String(64), default="")
    tax_rate: Mapped[str] = mapped_column(String(16), default="0")
    barcode: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_catalog_items_category_name", "category", "name"),)


class SaleLineRow(Base):
    """One line of a sale rung up from items (migration 0008)."""

    __tablename__ = "sale_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[str] = mapped_column(_identifier(28), ForeignKey("sessions.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    sku: Mapped[str | None] = mapped_column(String(64), nullable=True)
    name: Mapped[str] = mapped_column(String(120))
    category: Mapped[str] = mapped_column(String(64), default="")
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price_e7: Mapped[int] = mapped_column(BigInteger)
    discount_e7: Mapped[int] = mapped_column(BigInteger)
    net_e7: Mapped[int] = mapped_column(BigInteger)
    tax_e7: Mapped[int] = mapped_column(BigInteger)
    tax_rate: Mapped[str] = mapped_column(String(16))
