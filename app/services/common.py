"""Small helpers shared by the service modules."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import ColumnElement
from sqlalchemy.orm import Session

from app.domain import Network, utcnow
from app.errors import NotFoundError

T = TypeVar("T")


def alive(model: Any) -> ColumnElement[bool]:
    """WHERE clause: the row is not a tombstone."""
    result: ColumnElement[bool] = model.deleted_at.is_(None)
    return result


def get(session: Session, model: type[T], record_id: str) -> T:
    obj = session.get(model, record_id)
    if obj is None or getattr(obj, "deleted_at", None) is not None:
        raise NotFoundError(f"{getattr(model, '__tablename__', model.__name__)} {record_id} niet gevonden")
    return obj


def resolve(session: Session, model: type[T], record: T | str) -> T:
    """A command's record given as an id (what screens hold) or already loaded (imports, the CLI):
    an id goes through the tombstone-aware `get`, so a deleted record is never written to."""
    return get(session, model, record) if isinstance(record, str) else record


def network(session: Session, network_id: str) -> Network:
    return get(session, Network, network_id)


def soft_delete(session: Session, obj: Any) -> None:
    obj.deleted_at = utcnow()
    session.flush()


def apply_fields(obj: Any, fields: dict[str, Any], allowed: set[str]) -> None:
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"unknown fields: {', '.join(sorted(unknown))}")
    for key, value in fields.items():
        setattr(obj, key, value)
