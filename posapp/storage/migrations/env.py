"""Alembic environment: runs on the connection posapp hands over (see posapp.storage.migrate)."""

from alembic import context

from posapp.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when run from the alembic CLI
    raise RuntimeError("run migrations through posapp.storage.migrate.upgrade_to_head")
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
