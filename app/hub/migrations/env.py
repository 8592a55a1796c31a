"""Alembic environment of the hub: always online, on the connection handed in by app.hub.migrations."""

from __future__ import annotations

from alembic import context

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only used programmatically
    raise RuntimeError("Verbind's hub migrations run on an open PostgreSQL connection")

context.configure(connection=connection, version_table_schema="hub", transactional_ddl=True)
with context.begin_transaction():
    context.run_migrations()
