"""Team exchange bookkeeping that stays on this laptop: same-field conflicts to review."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.base import Base, new_id, utcnow

# Tables that never travel between laptops: local settings (team key, member name), the local
# conflict list, and Alembic's bookkeeping.
LOCAL_TABLES = frozenset({"vault_setting", "exchange_conflict", "alembic_version"})


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
