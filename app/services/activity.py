"""Activities (network meetings, trainings, podium activities, thank-you moments, events) with
their participants: ambassadors and stakeholders, with attendance."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import Activity, ActivityParticipant
from app.domain.vocabulary import ActivityKind
from app.errors import ValidationError
from app.periods import Period
from app.services.common import alive, soft_delete


def _check(kind: str, held_on: date | None) -> None:
    if kind not in {k.value for k in ActivityKind}:
        raise ValidationError(f"Onbekend soort activiteit: {kind!r}")
    if held_on is None:
        raise ValidationError("Vul de datum van de activiteit in.")


def create(
    session: Session,
    network_id: str,
    kind: str,
    held_on: date,
    title: str = "",
    place: str = "",
    *,
    ambassador_ids: Iterable[str] = (),
    stakeholder_ids: Iterable[str] = (),
    absent_ids: Iterable[str] = (),
    notes: str = "",
) -> Activity:
    _check(kind, held_on)
    act = Activity(
        network_id=network_id,
        kind=kind,
        held_on=held_on,
        title=title.strip(),
        place=place.strip(),
        notes=notes,
    )
    session.add(act)
    session.flush()
    set_participants(session, act, ambassador_ids, stakeholder_ids, absent_ids)
    return act


def set_participants(
    session: Session,
    act: Activity,
    ambassador_ids: Iterable[str],
    stakeholder_ids: Iterable[str],
    absent_ids: Iterable[str] = (),
) -> None:
    """Replace the participant list; ids in absent_ids were invited but did not attend."""
    absent = set(absent_ids)
    for p in list(act.participants):
        session.delete(p)
    session.flush()
    for amb in dict.fromkeys(ambassador_ids):
        session.add(
            ActivityParticipant(activity_id=act.id, ambassador_id=amb, attended=amb not in absent)
        )
    for sh in dict.fromkeys(stakeholder_ids):
        session.add(
            ActivityParticipant(activity_id=act.id, stakeholder_id=sh, attended=sh not in absent)
        )
    session.flush()
    session.refresh(act)


def update(
    session: Session,
    act: Activity,
    *,
    kind: str,
    held_on: date,
    title: str = "",
    place: str = "",
    notes: str = "",
    participants: tuple[Iterable[str], Iterable[str], Iterable[str]] | None = None,
) -> Activity:
    """Edit an activity; `participants` = (ambassador ids, stakeholder ids, absent ids) replaces the list."""
    _check(kind, held_on)
    act.kind, act.held_on, act.title, act.place, act.notes = (
        kind,
        held_on,
        title.strip(),
        place.strip(),
        notes,
    )
    session.flush()
    if participants is not None:
        set_participants(session, act, *participants)
    return act


def delete(session: Session, act: Activity) -> None:
    """Soft delete: a deleted activity no longer counts as a podium or thank-you moment."""
    soft_delete(session, act)


def list_activities(
    session: Session, network_id: str, period: Period | None = None, kind: str | None = None
) -> list[Activity]:
    q = select(Activity).where(Activity.network_id == network_id, alive(Activity))
    if period is not None:
        q = q.where(Activity.held_on.between(period.start, period.end))
    if kind:
        q = q.where(Activity.kind == kind)
    return list(session.scalars(q.order_by(Activity.held_on.desc())))
