"""Alembic environment: always online, on the keyed connection handed in by app.migrations."""

from __future__ import annotations

from alembic import context

from app.domain import Base, search_index

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only used programmatically
    raise RuntimeError("Verbind migrations run on an open vault connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    # the search index is SQL of its own (migration 0015), not a model table: autogenerate keeps off it
    include_name=lambda name, kind, _parent: not (kind == "table" and name and search_index.is_index_table(name)),
)
with context.begin_transaction():
    context.run_migrations()
