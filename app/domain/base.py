"""Declarative base and the columns every synced record carries (UUID id, timestamps, tombstone)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import DateTime, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """Naive UTC timestamp with millisecond precision (stable across SQLite and PostgreSQL)."""
    now = datetime.now(UTC).replace(tzinfo=None)
    return now.replace(microsecond=(now.microsecond // 1000) * 1000)


def today() -> date:
    return date.today()


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Record:
    """Mixin: UUID primary key, creation/update timestamps and a tombstone for team exchange."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, default=utcnow, onupdate=utcnow, nullable=False, index=True
    )
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None, nullable=True)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


def configure_models() -> None:
    """Set up every model's relationships and attributes now (SQLAlchemy's `configure_mappers`),
    which the first query otherwise does: `ui.preload` runs it while the passphrase is typed. It
    holds SQLAlchemy's own lock, so a query on another thread meanwhile waits instead of doing it
    twice."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
