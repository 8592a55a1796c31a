"""Alembic environment: always online, on the keyed connection handed in by app.migrations."""

from __future__ import annotations

from alembic import context

from app.domain import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only used programmatically
    raise RuntimeError("Verbind migrations run on an open vault connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
