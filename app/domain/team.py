"""Team exchange bookkeeping that stays on this laptop: same-field conflicts to review."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.base import Base, new_id, utcnow

# Tables that never travel between laptops: local settings (team key, member name), the local
# conflict list, and Alembic's bookkeeping.
LOCAL_TABLES = frozenset({"vault_setting", "exchange_conflict", "exchange_clock", "alembic_version"})


class ExchangeConflict(Base):
    """Two people changed the same field of one record: the newest `updated_at` won; the other
    value is kept here until the user reviews it (keep / take the other)."""

    __tablename__ = "exchange_conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    column: Mapped[str] = mapped_column(String(60))
    kept_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    other_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    kept: Mapped[str] = mapped_column(String(10))  # "local" or "incoming"
    sender: Mapped[str] = mapped_column(String(120), default="")
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class ExchangeClock(Base):
    """When each field last changed as far as exchange knows: set for the fields this laptop
    exported and for incoming values taken. A row's `updated_at` alone cannot order two edits of
    one field when a third person changed another field of the same row in between."""

    __tablename__ = "exchange_clock"

    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    column: Mapped[str] = mapped_column(String(60), primary_key=True)
    changed_at: Mapped[str] = mapped_column(String(32))
    # which value `changed_at` belongs to: after a later local edit the row's updated_at counts instead
    value_hash: Mapped[str | None] = mapped_column(String(16), nullable=True)
