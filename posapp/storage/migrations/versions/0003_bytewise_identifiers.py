"""PostgreSQL: identifier columns compare bytewise (COLLATE "C"), as SQLite always does.

Session ids, transaction hashes and account addresses are ASCII, and the history finds them
by prefix with an index range (``id >= 'pay_ab' AND id < 'pay_ac'``). Under a server's
linguistic collation (en_US, ICU) punctuation is ignored at first, so ``'pay_26zx' <
'pay_26{'`` is false and prefixes ending in ``9``, ``z`` or ``Z`` found nothing. With
``COLLATE "C"`` the range means "starts with" again, and the indexes (rebuilt here) serve
it. Columns compared with ``sessions.id`` get the same collation (an equality between two
different collations is an error). SQLite: nothing to do.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

COLUMNS = (
    ("sessions", "id", 28),
    ("payments", "session_id", 28),
    ("payments", "tx_hash", 64),
    ("payments", "from_account", 69),
    ("webhook_events", "session_id", 28),
)


def _set_collation(collation: str) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column, length in COLUMNS:
        op.execute(
            f"ALTER TABLE {table} ALTER COLUMN {column}"
            f' TYPE VARCHAR({length}) COLLATE "{collation}"'
        )


def upgrade() -> None:
    _set_collation("C")


def downgrade() -> None:
    _set_collation("default")
