"""Drafts: a form's typed work that could not be saved yet (a field is invalid) when the user left
it — another tab, another record, Ctrl+L, the idle lock, quitting. Kept inside the vault (so as
encrypted as the records, and never on disk in plaintext), in `vault_setting`, which team exchange
never sends: a draft stays on the laptop where it was typed. Restored when the record is opened
again; saving the record or discarding the draft removes it. Erasing a person removes the drafts
of that record too."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.domain import Setting

PREFIX = "draft."


@dataclass(frozen=True)
class Draft:
    area: str
    network_id: str
    record_id: str | None  # None: a record not saved yet
    title: str
    state: dict[str, Any]
    saved_at: datetime


def key(area: str, network_id: str, record_id: str | None) -> str:
    # record ids are unique across networks; a new record's draft is per network
    return f"{PREFIX}{area}.{record_id}" if record_id else f"{PREFIX}{area}.new.{network_id}"


def save(session: Session, area: str, network_id: str, record_id: str | None, state: dict[str, Any],
         title: str = "") -> Draft:
    """Keep (or replace) the draft of this form; the caller's unit of work commits."""
    now = datetime.now(UTC).replace(microsecond=0)
    value = json.dumps({"area": area, "network_id": network_id, "record_id": record_id, "title": title,
                        "state": state, "saved_at": now.isoformat()}, ensure_ascii=False)
    row = session.get(Setting, key(area, network_id, record_id))
    if row is None:
        session.add(Setting(key=key(area, network_id, record_id), value=value))
    else:
        row.value = value
    session.flush()
    return Draft(area, network_id, record_id, title, state, now)


def _parse(value: str) -> Draft | None:
    try:
        data = json.loads(value)
        return Draft(str(data["area"]), str(data["network_id"]), data.get("record_id") or None,
                     str(data.get("title", "")), dict(data["state"]), datetime.fromisoformat(data["saved_at"]))
    except (ValueError, KeyError, TypeError):
        return None  # a draft this version cannot read is ignored, never a crash


def get(session: Session, area: str, network_id: str, record_id: str | None) -> Draft | None:
    row = session.get(Setting, key(area, network_id, record_id))
    return _parse(row.value) if row is not None else None


def discard(session: Session, area: str, network_id: str, record_id: str | None) -> None:
    row = session.get(Setting, key(area, network_id, record_id))
    if row is not None:
        session.delete(row)
        session.flush()


def all_drafts(session: Session, network_id: str | None = None, area: str | None = None) -> list[Draft]:
    """Every readable draft (of one network and area when given), newest first."""
    rows = session.scalars(select(Setting).where(Setting.key.startswith(PREFIX, autoescape=True))).all()
    found = [d for d in (_parse(r.value) for r in rows) if d is not None]
    found = [d for d in found if (network_id is None or d.network_id == network_id)
             and (area is None or d.area == area)]
    return sorted(found, key=lambda d: d.saved_at, reverse=True)


def discard_record(session: Session, record_id: str) -> int:
    """Remove every draft of this record (deleted or erased); returns how many."""
    result = session.execute(delete(Setting).where(Setting.key.startswith(PREFIX, autoescape=True),
                                                   Setting.key.endswith(f".{record_id}", autoescape=True)))
    return int(getattr(result, "rowcount", 0) or 0)
