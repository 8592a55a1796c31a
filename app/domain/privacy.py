"""Consent records, the audit log (ids and field names only, never values) and report snapshots."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.base import Base, Record, new_id, utcnow


class Consent(Record, Base):
    __tablename__ = "consent"

    person_kind: Mapped[str] = mapped_column(String(30))
    person_id: Mapped[str] = mapped_column(String(36), index=True)
    purpose: Mapped[str] = mapped_column(String(200))
    given_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    withdrawn_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class AuditEntry(Base):
    """Who changed which record and which fields, when. Never the values."""

    __tablename__ = "audit_entry"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(120), default="")
    action: Mapped[str] = mapped_column(String(20))
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)


class RetentionRule(Record, Base):
    __tablename__ = "retention_rule"

    record_type: Mapped[str] = mapped_column(String(40), unique=True)
    years: Mapped[int] = mapped_column(Integer)


class ReportSnapshot(Record, Base):
    """A frozen annual report: figures + narrative + options, so the same PDF can be made again."""

    __tablename__ = "report_snapshot"

    network_id: Mapped[str] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(9), index=True)
    status: Mapped[str] = mapped_column(String(10), default="final")  # "draft" or "final"
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
