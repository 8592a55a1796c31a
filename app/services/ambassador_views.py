"""What the ambassador roster tab shows, as plain data built in one read: the roster rows with
their podium light, one ambassador's details with the dated status history and what they took
part in, and the network-health panel (size against the cap, yearly moments, terms ending,
nominations waiting, diversity as aggregates, group phases). The rules stay in
`app.services.ambassador`; these only gather what a screen needs, so no ORM object outlives its
session and no rule is copied into a view."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import Ambassador
from app.domain.vocabulary import AmbassadorStatus
from app.services import ambassador as svc
from app.services import ambassador_advice as advice
from app.services.common import alive, network, resolve

# the details a form shows and gives back to `ambassador.update`
DETAIL_FIELDS = (
    "name", "email", "phone", "organisation", "role", "area", "nominated_by", "charter_signed_on",
    "motivation_profile", "engagement_types", "likes", "strengths", "feedback", "diversity_consent",
    *svc.DIVERSITY_ATTRIBUTES, "recruiting_call_id",
)


# -- the roster ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RosterFilters:
    text: str = ""  # part of the name, organisation or village/area, any case
    status: str | None = None
    profile: str | None = None  # motivation profile


@dataclass(frozen=True)
class RosterRow:
    id: str
    name: str
    status: str
    term_end: date | None
    motivation_profile: str | None
    area: str
    organisation: str
    podium: int  # attended podium activities in the period
    light: str | None  # "red", "amber" or "green" for an active ambassador; None otherwise


@dataclass(frozen=True)
class Roster:
    rows: list[RosterRow]
    period_label: str  # the (working) year the podium is counted in
    target: int  # podium activities a year for green


def roster(session: Session, network_id: str, today: date, year_mode: str = "working",
           filters: RosterFilters = RosterFilters()) -> Roster:
    """The live ambassadors by name, filtered, with their podium count and light this year.
    Status and profile are filtered in SQL; the text in Python, so that 'şeyma' finds 'Şeyma'
    (SQLite's LIKE folds ASCII only) — a roster is a few dozen people, never a long list."""
    net = network(session, network_id)
    target = net.podium_target or 3
    period = svc.podium_period(session, network_id, today, year_mode)
    counts = svc.podium_counts(session, network_id, period)
    q = select(Ambassador.id, Ambassador.name, Ambassador.status, Ambassador.term_end,
               Ambassador.motivation_profile, Ambassador.area, Ambassador.organisation).where(
        Ambassador.network_id == network_id, alive(Ambassador))
    if filters.status:
        q = q.where(Ambassador.status == filters.status)
    if filters.profile:
        q = q.where(Ambassador.motivation_profile == filters.profile)
    text = filters.text.strip().casefold()
    rows = []
    for amb_id, name, status, term_end, profile, area, organisation in session.execute(
            q.order_by(Ambassador.name, Ambassador.id)):
        if text and text not in f"{name} {organisation} {area}".casefold():
            continue
        n = counts.get(amb_id, 0)
        light = svc.podium_light(n, target) if status == AmbassadorStatus.ACTIVE.value else None
        rows.append(RosterRow(amb_id, name, status, term_end, profile, area or "", organisation or "", n, light))
    return Roster(rows, period.label, target)


# -- one ambassador ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class StatusStep:
    changed_on: date
    status: str
    note: str


@dataclass(frozen=True)
class Participation:
    held_on: date
    kind: str
    title: str
    attended: bool


@dataclass(frozen=True)
class ContactLine:
    id: str
    occurred_on: date
    kind: str
    note: str
    next_contact_on: date | None


@dataclass(frozen=True)
class AmbassadorDetail:
    id: str
    status: str
    next_statuses: list[AmbassadorStatus]  # the steps the pipeline allows from here
    fields: dict[str, Any]  # DETAIL_FIELDS by name
    history: list[StatusStep]
    term_start: date | None
    term_end: date | None
    summary: svc.EngagementSummary
    participations: list[Participation]
    contacts: list[ContactLine] = field(default_factory=list)  # one-to-one contacts, newest first


def detail(session: Session, ambassador_id: str) -> AmbassadorDetail:
    """One live ambassador's form data (NotFoundError when deleted or unknown)."""
    amb = resolve(session, Ambassador, ambassador_id)
    values = {key: getattr(amb, key) for key in DETAIL_FIELDS}
    values["engagement_types"] = list(amb.engagement_types or [])
    history = [StatusStep(c.changed_on, c.to_status, c.note or "") for c in amb.status_changes
               if c.deleted_at is None]
    return AmbassadorDetail(
        amb.id, amb.status, svc.next_statuses(amb.status), values, history, amb.term_start, amb.term_end,
        svc.engagement_summary(session, amb.id),
        [Participation(*p) for p in svc.participations(session, amb.id)],
        [ContactLine(c.id, c.occurred_on, c.kind, c.note, c.next_contact_on) for c in svc.contacts(amb)])


# -- network health ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class TermEnding:
    id: str
    name: str
    term_end: date


@dataclass(frozen=True)
class WaitingNomination:
    id: str
    name: str
    nominated_on: date | None
    overdue: bool  # waiting longer than the nomination rule allows


@dataclass(frozen=True)
class PhaseNote:
    id: str
    noted_on: date
    phase: str
    intervention: str


@dataclass(frozen=True)
class NetworkHealth:
    size: svc.SizeCheck
    period_label: str
    moments: svc.YearlyMoments
    terms_ending: list[TermEnding]
    waiting: list[WaitingNomination]
    diversity: dict[str, dict[str, int]]  # attribute -> value -> count (small groups merged)
    phases: list[PhaseNote]
    mix: advice.ProfileMix | None = None
    podium_fit: list[advice.PodiumFit] | None = None
    phase: advice.PhaseView | None = None


def network_health(session: Session, network_id: str, today: date, year_mode: str = "working") -> NetworkHealth:
    period = svc.podium_period(session, network_id, today, year_mode)
    ending = [TermEnding(a.id, a.name, a.term_end) for a in svc.terms_ending(session, network_id, today)
              if a.term_end is not None]
    waiting = [WaitingNomination(a.id, a.name, a.nominated_on, svc.nomination_overdue(a.nominated_on, today))
               for a in svc.nominations_waiting(session, network_id)]
    return NetworkHealth(
        svc.network_size(session, network_id), period.label, svc.yearly_moments(session, network_id, period),
        ending, waiting, {k: svc.diversity(session, network_id, k) for k in svc.DIVERSITY_ATTRIBUTES},
        [PhaseNote(p.id, p.noted_on, p.phase, p.intervention) for p in svc.group_phases(session, network_id)],
        advice.profile_mix(session, network_id), advice.podium_fit(session, network_id, period),
        advice.phase_view(session, network_id, today))
