"""The audit log as the Auditlogboek shows it: filtered by kind of record, action and dates,
newest first, read a page at a time (the log only grows)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.domain import AuditEntry


@dataclass(frozen=True)
class AuditFilters:
    table: str = ""
    action: str = ""
    start: date | None = None
    end: date | None = None  # inclusive


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    actor: str
    action: str
    table_name: str
    record_id: str
    fields: list[str]


def _query(f: AuditFilters) -> Select[Any]:
    q = select(AuditEntry)
    if f.table:
        q = q.where(AuditEntry.table_name == f.table)
    if f.action:
        q = q.where(AuditEntry.action == f.action)
    if f.start:
        q = q.where(AuditEntry.at >= datetime.combine(f.start, time.min))
    if f.end:
        q = q.where(AuditEntry.at < datetime.combine(f.end + timedelta(days=1), time.min))
    return q


def count(session: Session, f: AuditFilters) -> int:
    return int(session.scalar(select(func.count()).select_from(_query(f).subquery())) or 0)


def page(session: Session, f: AuditFilters, offset: int, limit: int) -> list[AuditRow]:
    q = _query(f).order_by(AuditEntry.at.desc(), AuditEntry.id).offset(offset).limit(limit)
    return [AuditRow(e.at, e.actor, e.action, e.table_name, e.record_id, list(e.fields or []))
            for e in session.scalars(q)]
