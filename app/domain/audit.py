"""Audit trail: every flush records who changed which record and which fields — never the values."""

from __future__ import annotations

import contextvars
import getpass
from collections.abc import Iterable
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session

from app.domain.base import Base, Record, new_id, utcnow
from app.domain.privacy import AuditEntry
from app.domain.vocabulary import AuditAction

_actor: contextvars.ContextVar[str | None] = contextvars.ContextVar("verbind_actor", default=None)
_SKIP_FIELDS = {"updated_at", "created_at"}


def set_actor(name: str | None) -> None:
    """Name recorded as the actor of following changes (team member name, or the OS user)."""
    _actor.set(name)


def current_actor() -> str:
    name = _actor.get()
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # pragma: no cover - no user database (containers)
        return "onbekend"


def _changed_fields(obj: Base) -> list[str]:
    state = inspect(obj)
    fields = []
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIP_FIELDS:
            continue
        if state.attrs[attr.key].history.has_changes():
            fields.append(attr.key)
    return sorted(fields)


_COLUMN_KEYS: dict[type, frozenset[str]] = {}


def _set_fields(obj: Base) -> list[str]:
    """The fields a new record was given: the column attributes present in its state (no history
    walk per attribute — an import creates tens of thousands of records)."""
    return fields_given(type(obj), obj.__dict__)


def fields_given(cls: type, given: Iterable[str]) -> list[str]:
    """The audited fields of a new `cls` record made with the keys `given` (sorted)."""
    keys = _COLUMN_KEYS.get(cls)
    if keys is None:
        mapper: Any = inspect(cls)
        keys = _COLUMN_KEYS[cls] = frozenset(a.key for a in mapper.column_attrs) - _SKIP_FIELDS
    return sorted(k for k in given if k in keys)


def record_created(session: Session, table_name: str, records: list[tuple[str, list[str]]]) -> None:
    """The audit entries of records written past the ORM's unit of work (an import's bulk insert):
    the same entry `_before_flush` writes for a new record, one per (record id, fields given)."""
    if session.info.get("audit_disabled") or not records:
        return
    actor, now = current_actor(), utcnow()
    session.connection().execute(insert(AuditEntry), [
        {"id": new_id(), "at": now, "actor": actor, "action": AuditAction.CREATE.value, "table_name": table_name,
         "record_id": record_id, "fields": fields} for record_id, fields in records])


def _entries(session: Session) -> list[AuditEntry]:
    actor = current_actor()
    out: list[AuditEntry] = []
    for obj in session.new:
        if isinstance(obj, Record) and isinstance(obj, Base):
            out.append(
                AuditEntry(actor=actor, action=AuditAction.CREATE.value,
                           table_name=obj.__tablename__, record_id=obj.id or "",
                           fields=_set_fields(obj))
            )
    for obj in session.dirty:
        if isinstance(obj, Record) and isinstance(obj, Base) and session.is_modified(obj):
            fields = _changed_fields(obj)
            if not fields:
                continue
            action = AuditAction.DELETE if fields == ["deleted_at"] else AuditAction.UPDATE
            out.append(
                AuditEntry(actor=actor, action=action.value, table_name=obj.__tablename__,
                           record_id=obj.id, fields=fields)
            )
    for obj in session.deleted:
        if isinstance(obj, Record) and isinstance(obj, Base):
            out.append(
                AuditEntry(actor=actor, action=AuditAction.DELETE.value,
                           table_name=obj.__tablename__, record_id=obj.id, fields=[])
            )
    return out


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    if session.info.get("audit_disabled"):
        return
    # ids are assigned by column defaults at flush time; assign them now so the audit row has them
    for obj in session.new:
        if isinstance(obj, Record) and obj.id is None:
            obj.id = new_id()
    entries = _entries(session)
    session.add_all(entries)


def install() -> None:
    """Register the audit hook on every ORM session (idempotent)."""
    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)


install()
