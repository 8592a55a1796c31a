"""Alembic migrations of the hub's schema (PostgreSQL), apart from the vault's app/migrations:
run programmatically by `verbind hub init` on the administrator's connection (no alembic.ini).
The version table lives in the hub's own schema (`hub.alembic_version`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

from app.migrations import config_for, head_in

if TYPE_CHECKING:
    from alembic.config import Config

HERE = Path(__file__).parent
SCHEMA = "hub"
# the newest revision in versions/ (a test keeps it equal to Alembic's head)
HEAD = "h0001"


def _config(connection: Connection | None = None) -> Config:
    return config_for(HERE, connection)


def head_revision() -> str:
    return head_in(HERE)


def current_revision(connection: Connection) -> str | None:
    exists = connection.execute(text("SELECT to_regclass('hub.alembic_version')")).scalar()
    if exists is None:
        return None
    return connection.execute(text("SELECT version_num FROM hub.alembic_version")).scalar()


def upgrade(connection: Connection) -> None:
    """Bring the hub's schema to HEAD on `connection` (inside the caller's transaction)."""
    from alembic import command

    connection.execute(text(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}"))
    command.upgrade(_config(connection), "head")
