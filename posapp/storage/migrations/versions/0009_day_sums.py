"""Per-day sums of the sales: the history's totals and chart without reading every sale.

``day_sums`` holds, per UTC day, currency, status, cashier and terminal: how many sales,
their fiat and USDC, what refunds gave back, and the parts of item sales (subtotal,
discount, tax, tip). Triggers on ``sessions`` keep it in the same transaction as every
insert, change and delete of a sale, whichever code path writes it, so a crash can never
leave the two apart. This migration builds the sums of an existing store from its sales.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

KEY = ("day", "fiat_currency", "status", "cashier", "terminal")
SUMS = {
    "sales": "1",
    "fiat_e7": "{row}.fiat_amount_e7",
    "usdc_received_stroops": "{row}.usdc_received_stroops",
    "refunded_sales": "CASE WHEN {row}.refunded_stroops > 0 THEN 1 ELSE 0 END",
    "refunded_fiat_e7": "{row}.refunded_fiat_e7",
    "refunded_stroops": "{row}.refunded_stroops",
    "subtotal_e7": "{row}.subtotal_e7",
    "discount_e7": "{row}.discount_e7",
    "tax_e7": "{row}.tax_e7",
    "tip_e7": "{row}.tip_e7",
}
"""Each summed column and what one sale (``{row}`` = NEW or OLD) adds to it."""
WATCHED = (
    "created_at", "fiat_currency", "status", "cashier", "terminal", "fiat_amount_e7",
    "usdc_received_stroops", "refunded_stroops", "refunded_fiat_e7", "subtotal_e7",
    "discount_e7", "tax_e7", "tip_e7",
)  # fmt: skip
"""The columns a change of which moves a sale's share of the sums."""
DAY = {
    "sqlite": "substr({row}.created_at, 1, 10)",
    "postgresql": "to_char({row}.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')",
}
"""A sale's UTC day as text (SQLite stores UTC datetimes as ``YYYY-MM-DD HH:MM:SS…``)."""


def _add(row: str, dialect: str, table: str = "day_sums") -> str:
    """Upsert ``row``'s share into the sums."""
    day = DAY[dialect].format(row=row)
    keys = ", ".join(KEY)
    values = ", ".join([day, *(f"{row}.{k}" for k in KEY[1:])])
    values += ", " + ", ".join(v.format(row=row) for v in SUMS.values())
    updates = ", ".join(f"{c} = {table}.{c} + excluded.{c}" for c in SUMS)
    return (
        f"INSERT INTO day_sums ({keys}, {', '.join(SUMS)}) VALUES ({values}) "
        f"ON CONFLICT ({keys}) DO UPDATE SET {updates}"
    )


def _remove(row: str, dialect: str) -> str:
    """Take ``row``'s share out of the sums."""
    day = DAY[dialect].format(row=row)
    sets = ", ".join(f"{c} = {c} - ({v.format(row=row)})" for c, v in SUMS.items())
    where = " AND ".join([f"day = {day}", *(f"{k} = {row}.{k}" for k in KEY[1:])])
    return f"UPDATE day_sums SET {sets} WHERE {where}"


def _backfill(dialect: str) -> str:
    day = DAY[dialect].format(row="s")
    sums = ", ".join(f"SUM({v.format(row='s')})" for v in SUMS.values())
    return (
        f"INSERT INTO day_sums ({', '.join(KEY)}, {', '.join(SUMS)}) "
        f"SELECT {day}, s.fiat_currency, s.status, s.cashier, s.terminal, {sums} "
        f"FROM sessions AS s GROUP BY {day}, s.fiat_currency, s.status, s.cashier, s.terminal"
    )


def upgrade() -> None:
    op.create_table(
        "day_sums",
        sa.Column("day", sa.String(10), nullable=False),
        sa.Column("fiat_currency", sa.String(3), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("cashier", sa.String(64), nullable=False),
        sa.Column("terminal", sa.String(64), nullable=False),
        *(sa.Column(name, sa.BigInteger(), nullable=False, server_default="0") for name in SUMS),
        sa.PrimaryKeyConstraint(*KEY),
    )
    # all-time totals (any status, cashier or terminal) read this index alone, never the
    # table, grouped in index order
    op.create_index(
        "ix_day_sums_totals", "day_sums", ["fiat_currency", "status", "cashier", "terminal", *SUMS]
    )
    dialect = op.get_bind().dialect.name
    op.execute(_backfill(dialect))
    if dialect == "sqlite":
        # The table in the upsert's SET must be the target's own name in SQLite too.
        op.execute(
            f"CREATE TRIGGER day_sums_insert AFTER INSERT ON sessions BEGIN "
            f"{_add('NEW', dialect)}; END"
        )
        op.execute(
            f"CREATE TRIGGER day_sums_delete AFTER DELETE ON sessions BEGIN "
            f"{_remove('OLD', dialect)}; END"
        )
        op.execute(
            f"CREATE TRIGGER day_sums_update AFTER UPDATE OF {', '.join(WATCHED)} ON sessions "
            f"BEGIN {_remove('OLD', dialect)}; {_add('NEW', dialect)}; END"
        )
        return
    op.execute(
        "CREATE FUNCTION posapp_day_sums() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"IF TG_OP <> 'INSERT' THEN {_remove('OLD', dialect)}; END IF; "
        f"IF TG_OP <> 'DELETE' THEN {_add('NEW', dialect)}; END IF; "
        "RETURN NULL; END $$"
    )
    op.execute(
        "CREATE TRIGGER day_sums_write AFTER INSERT OR DELETE ON sessions "
        "FOR EACH ROW EXECUTE FUNCTION posapp_day_sums()"
    )
    op.execute(
        f"CREATE TRIGGER day_sums_update AFTER UPDATE OF {', '.join(WATCHED)} ON sessions "
        "FOR EACH ROW EXECUTE FUNCTION posapp_day_sums()"
    )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER day_sums_{name}")
    else:
        op.execute("DROP TRIGGER day_sums_write ON sessions")
        op.execute("DROP TRIGGER day_sums_update ON sessions")
        op.execute("DROP FUNCTION posapp_day_sums()")
    op.drop_table("day_sums")
