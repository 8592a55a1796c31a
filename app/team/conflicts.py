"""Review of same-field conflicts from team exchange: list them readably, keep the value that won,
or take the other one. Taking the other writes it through a normal session, so it gets a new
`updated_at` and travels in the next bundle, where it wins everywhere."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, Numeric, select
from sqlalchemy.orm import Session

from app.domain import ExchangeConflict
from app.domain.base import Base, utcnow
from app.domain.labels import field_label, table_label
from app.errors import UsageError

LABEL_ATTRS = ("name", "code", "title", "purpose", "summary")


@dataclass(frozen=True)
class PendingConflict:
    id: str
    table: str
    kind: str  # record kind, in the chosen language
    record_id: str
    record: str  # a readable label of the record
    field: str  # column name
    field_label: str
    kept_value: str | None  # the value the record has now
    other_value: str | None  # the value that lost
    kept: str  # "local": ours stayed; "incoming": the teammate's won
    sender: str
    created_at: datetime


def _model(table: str) -> type[Any] | None:
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table:
            return mapper.class_
    return None


def _record_label(session: Session, table: str, record_id: str) -> str:
    model = _model(table)
    obj = session.get(model, record_id) if model is not None else None
    if obj is None:
        return record_id[:8]
    for attr in LABEL_ATTRS:
        value = getattr(obj, attr, None)
        if value:
            return str(value)
    return record_id[:8]


def pending(session: Session, lang: str = "nl") -> list[PendingConflict]:
    rows = session.scalars(select(ExchangeConflict).where(ExchangeConflict.resolved_at.is_(None))
                           .order_by(ExchangeConflict.created_at.desc())).all()
    return [PendingConflict(
        c.id, c.table_name, table_label(c.table_name, lang), c.record_id,
        _record_label(session, c.table_name, c.record_id), c.column,
        field_label(c.column, lang),
        c.kept_value, c.other_value, c.kept, c.sender, c.created_at) for c in rows]


def count_pending(session: Session) -> int:
    return len(session.scalars(select(ExchangeConflict.id).where(ExchangeConflict.resolved_at.is_(None))).all())


def _typed(column: Any, text: str | None) -> Any:
    """The stored text of a conflict value back in the column's type."""
    if text is None:
        return None
    kind = column.type
    if isinstance(kind, Boolean):
        return text.strip().lower() in ("1", "true")
    if isinstance(kind, Integer):
        return int(float(text))
    if isinstance(kind, Float | Numeric):
        return float(text)
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(text)
    if isinstance(kind, Date):
        return date.fromisoformat(text[:10])
    return text


def keep(session: Session, conflict_id: str) -> None:
    """Keep the value the record has now; the conflict is closed."""
    conflict = _get(session, conflict_id)
    conflict.resolved_at = utcnow()
    session.flush()  # the caller's unit of work commits


def take_other(session: Session, conflict_id: str) -> None:
    """Put the other value in the record (it travels with the next bundle); the conflict is closed."""
    conflict = _get(session, conflict_id)
    model = _model(conflict.table_name)
    obj = session.get(model, conflict.record_id) if model is not None else None
    if model is None or obj is None:
        raise UsageError("Dit record bestaat hier niet meer (verwijderd of gewist): de andere waarde kan niet "
                         "meer teruggezet worden. Kies 'Behouden' om het conflict te sluiten.")
    column = model.__table__.columns[conflict.column]
    setattr(obj, column.key, _typed(column, conflict.other_value))
    conflict.resolved_at = utcnow()
    session.flush()  # the caller's unit of work commits


def _get(session: Session, conflict_id: str) -> ExchangeConflict:
    conflict = session.get(ExchangeConflict, conflict_id)
    if conflict is None or conflict.resolved_at is not None:
        raise UsageError("Dit conflict is al afgehandeld.")
    return conflict
