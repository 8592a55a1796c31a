"""Activities (network meetings, trainings, podium activities, thank-you moments, events) with
their participants: ambassadors and stakeholders, with attendance. Commands take ids (what screens
hold) or loaded objects (the importer, the CLI); the read models give plain rows."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.domain import Activity, ActivityParticipant, Ambassador, Stakeholder
from app.domain.vocabulary import ActivityKind
from app.errors import ValidationError
from app.periods import Period, period_of
from app.services import drafts
from app.services.common import alive, network, resolve, soft_delete

#: how many stakeholders a participant picker offers (the huge demo vault holds 100 000)
STAKEHOLDER_PICK_LIMIT = 400


def _check(kind: str, held_on: date | None) -> None:
    if kind not in {k.value for k in ActivityKind}:
        raise ValidationError(f"Onbekend soort activiteit: {kind!r}", field="kind")
    if held_on is None:
        raise ValidationError("Vul de datum van de activiteit in.", field="held_on")


def get(session: Session, activity_id: str) -> Activity:
    """One live activity (NotFoundError when deleted or unknown)."""
    return resolve(session, Activity, activity_id)


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
    act: Activity | str,
    ambassador_ids: Iterable[str],
    stakeholder_ids: Iterable[str],
    absent_ids: Iterable[str] = (),
) -> None:
    """Replace the participant list; ids in absent_ids were invited but did not attend."""
    act = resolve(session, Activity, act)
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
    act: Activity | str,
    *,
    kind: str,
    held_on: date,
    title: str = "",
    place: str = "",
    notes: str = "",
    participants: tuple[Iterable[str], Iterable[str], Iterable[str]] | None = None,
) -> Activity:
    """Edit an activity; `participants` = (ambassador ids, stakeholder ids, absent ids) replaces the list."""
    act = resolve(session, Activity, act)
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


def delete(session: Session, act: Activity | str) -> None:
    """Soft delete: a deleted activity no longer counts as a podium or thank-you moment. Its
    drafts go with it."""
    act = resolve(session, Activity, act)
    soft_delete(session, act)
    drafts.discard_record(session, act.id)


def list_activities(
    session: Session, network_id: str, period: Period | None = None, kind: str | None = None
) -> list[Activity]:
    q = select(Activity).where(Activity.network_id == network_id, alive(Activity))
    if period is not None:
        q = q.where(Activity.held_on.between(period.start, period.end))
    if kind:
        q = q.where(Activity.kind == kind)
    return list(session.scalars(q.order_by(Activity.held_on.desc())))


# -- read models ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ActivityRow:
    """One line of the activity list: the activity and how many participants attended."""

    id: str
    held_on: date
    kind: str
    title: str
    place: str
    attended: int


def activity_rows(
    session: Session, network_id: str, period: Period | None = None, kind: str | None = None
) -> list[ActivityRow]:
    """The list's rows, filtered and counted in SQL (one query), newest first."""
    attended = func.coalesce(func.sum(case((ActivityParticipant.attended.is_(True), 1), else_=0)), 0)
    q = (
        select(Activity.id, Activity.held_on, Activity.kind, Activity.title, Activity.place, attended)
        .outerjoin(
            ActivityParticipant,
            (ActivityParticipant.activity_id == Activity.id) & alive(ActivityParticipant),
        )
        .where(Activity.network_id == network_id, alive(Activity))
        .group_by(Activity.id)
    )
    if period is not None:
        q = q.where(Activity.held_on.between(period.start, period.end))
    if kind:
        q = q.where(Activity.kind == kind)
    q = q.order_by(Activity.held_on.desc(), Activity.id)
    return [ActivityRow(r[0], r[1], r[2], r[3], r[4], int(r[5])) for r in session.execute(q)]


def period_choices(session: Session, network_id: str, today: date, year_mode: str) -> list[Period]:
    """The periods the activity list offers to filter on: the current one and the one before,
    in the user's year mode and the network's working year (September when not set)."""
    net = network(session, network_id)
    current = period_of(today, year_mode, net.working_year_start_month or 9)
    return [current, current.previous()]


@dataclass(frozen=True)
class People:
    """Who can be picked as a participant (or as the one who raised a signal): (id, name) pairs."""

    ambassadors: list[tuple[str, str]]
    stakeholders: list[tuple[str, str]]


def people(session: Session, network_id: str, chosen: Iterable[str] = ()) -> People:
    """The network's live ambassadors, and its first stakeholders by name (at most
    STAKEHOLDER_PICK_LIMIT) plus any chosen one beyond them, so saving never drops a participant
    the picker did not show."""
    ambassadors = [
        (r[0], r[1])
        for r in session.execute(
            select(Ambassador.id, Ambassador.name)
            .where(Ambassador.network_id == network_id, alive(Ambassador))
            .order_by(Ambassador.name)
        )
    ]
    stakeholders = [
        (r[0], r[1])
        for r in session.execute(
            select(Stakeholder.id, Stakeholder.name)
            .where(Stakeholder.network_id == network_id, alive(Stakeholder))
            .order_by(Stakeholder.name)
            .limit(STAKEHOLDER_PICK_LIMIT)
        )
    ]
    shown = {i for i, _ in stakeholders} | {i for i, _ in ambassadors}
    missing = [i for i in dict.fromkeys(chosen) if i and i not in shown]
    if missing:
        extra = session.execute(
            select(Stakeholder.id, Stakeholder.name).where(
                Stakeholder.id.in_(missing), Stakeholder.network_id == network_id, alive(Stakeholder)
            )
        )
        stakeholders = sorted([*stakeholders, *((r[0], r[1]) for r in extra)], key=lambda p: p[1].casefold())
    return People(ambassadors, stakeholders)


def attendance(act: Activity) -> dict[str, bool]:
    """Who was invited to this activity (ambassador or stakeholder id) and whether they attended."""
    return {
        (p.ambassador_id or p.stakeholder_id or ""): p.attended
        for p in act.participants
        if p.deleted_at is None
    }
