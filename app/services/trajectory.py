"""Trajectory (toeleiding) rules: pseudonymous codes, milestones in order with due dates
(trial 4 weeks after first contact, still-taking-part 6–8 months after enrolment, re-enrolment
at the next working year's start), closing, success per the network's milestone."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import Milestone, Network, Stakeholder, Trajectory, TrajectoryOffer
from app.domain.vocabulary import (
    MILESTONE_ORDER,
    ClosingReason,
    MilestoneKind,
    Side,
    TrajectoryStatus,
    label,
)
from app.errors import ValidationError
from app.periods import Period, add_months, next_working_year_start
from app.services.attention import AttentionItem
from app.services.common import alive, network

TRIAL_DUE_DAYS = 28
DUE_SOON_DAYS = 14
_ORDER = {k.value: i for i, k in enumerate(MILESTONE_ORDER)}


def code_prefix(net: Network) -> str:
    source = net.municipality or net.name
    letters = re.sub(r"[^A-Za-z]", "", source.upper())
    consonants = letters[0] + re.sub(r"[AEIOUY]", "", letters[1:]) if letters else "TRJ"
    return (consonants + "XXX")[:3]


def next_code(session: Session, network_id: str, year: int) -> str:
    net = network(session, network_id)
    prefix = f"{code_prefix(net)}-{year}-"
    codes = session.scalars(select(Trajectory.code).where(Trajectory.network_id == network_id,
                                                          Trajectory.code.like(f"{prefix}%")))
    numbers = [int(c[len(prefix):]) for c in codes if c[len(prefix):].isdigit()]
    return f"{prefix}{(max(numbers) + 1) if numbers else 1:03d}"


def create(session: Session, network_id: str, started_on: date, *, code: str | None = None,
           **fields: Any) -> Trajectory:
    """Open a trajectory with its first-contact milestone; a code is generated when not given."""
    birth_year = fields.get("birth_year")
    if birth_year is not None and not 1990 <= int(birth_year) <= started_on.year:
        raise ValidationError(f"Geboortejaar {birth_year} is niet mogelijk: kies een jaar tussen 1990 en {started_on.year}.")
    code = (code or next_code(session, network_id, started_on.year)).strip()
    clash = session.scalar(select(func.count()).select_from(Trajectory).where(
        Trajectory.network_id == network_id, Trajectory.code == code, alive(Trajectory)))
    if clash:
        raise ValidationError(f"De code {code} bestaat al in dit netwerk.")
    traj = Trajectory(network_id=network_id, code=code, started_on=started_on, **fields)
    session.add(traj)
    session.flush()
    record_milestone(session, traj, MilestoneKind.FIRST_CONTACT.value, started_on)
    return traj


def add_offer(session: Session, traj: Trajectory, stakeholder: Stakeholder) -> TrajectoryOffer:
    if stakeholder.side != Side.SUPPLY.value:
        raise ValidationError(f"{stakeholder.name} staat niet aan de aanbodzijde: kies een vrijetijdsaanbieder.")
    offer = TrajectoryOffer(trajectory_id=traj.id, stakeholder_id=stakeholder.id)
    session.add(offer)
    session.flush()
    return offer


def _milestones(traj: Trajectory) -> dict[str, Milestone]:
    return {m.kind: m for m in traj.milestones if m.deleted_at is None}


def _reached(ms: Milestone | None) -> bool:
    return ms is not None and ms.achieved_on is not None and ms.outcome is not False


def due_date_after(net: Network, kind: MilestoneKind, achieved: date) -> tuple[MilestoneKind, date] | None:
    """The next milestone to check after `kind` was reached on `achieved`, with its due date."""
    if kind is MilestoneKind.FIRST_CONTACT:
        return MilestoneKind.TRIAL, achieved + timedelta(days=TRIAL_DUE_DAYS)
    if kind is MilestoneKind.ENROLLED:
        return MilestoneKind.STILL_ACTIVE, add_months(achieved, net.followup_months or 6)
    if kind is MilestoneKind.STILL_ACTIVE:
        return MilestoneKind.RE_ENROLLED, next_working_year_start(achieved, net.working_year_start_month or 9)
    return None


def record_milestone(session: Session, traj: Trajectory, kind: str, on: date, *, outcome: bool = True,
                     count: int | None = None, offer_id: str | None = None, note: str = "") -> Milestone:
    """Record a milestone (reached, or checked and not reached with outcome=False)."""
    try:
        mk = MilestoneKind(kind)
    except ValueError as exc:
        raise ValidationError(f"Onbekende mijlpaal: {kind!r}") from exc
    if mk is MilestoneKind.CLOSED:
        raise ValidationError("Sluit een traject af met 'afsluiten' en een reden.")
    if traj.status == TrajectoryStatus.CLOSED.value:
        raise ValidationError(f"Traject {traj.code} is afgesloten: heropen het eerst.")
    existing = _milestones(traj)
    previous = MILESTONE_ORDER[_ORDER[mk.value] - 1] if _ORDER[mk.value] > 0 else None
    if previous is not None and not _reached(existing.get(previous.value)):
        raise ValidationError(f"Eerst moet de mijlpaal '{label(previous)}' bereikt zijn.")
    if previous is not None:
        prev_on = existing[previous.value].achieved_on
        if prev_on is not None and on < prev_on:
            raise ValidationError("Deze mijlpaal kan niet vóór de vorige vallen.")
    if mk is MilestoneKind.TRIAL and count is not None and count < 1:
        raise ValidationError("Het aantal proefmomenten is minstens 1.")
    net = network(session, traj.network_id)
    ms = existing.get(mk.value)
    if ms is None:
        ms = Milestone(trajectory_id=traj.id, kind=mk.value)
        session.add(ms)
        traj.milestones.append(ms)
    ms.achieved_on, ms.outcome, ms.count, ms.note = on, outcome, count, note
    ms.offer_id = offer_id or ms.offer_id
    if outcome:
        following = due_date_after(net, mk, on)
        if following is not None:
            nxt_kind, due = following
            nxt = existing.get(nxt_kind.value)
            if nxt is None:
                nxt = Milestone(trajectory_id=traj.id, kind=nxt_kind.value, due_on=due)
                session.add(nxt)
                traj.milestones.append(nxt)
            elif nxt.achieved_on is None:
                nxt.due_on = due
    session.flush()
    return ms


def close(session: Session, traj: Trajectory, reason: str, on: date, note: str = "") -> None:
    if reason not in {r.value for r in ClosingReason}:
        raise ValidationError(f"Onbekende reden van afsluiten: {reason!r}")
    if reason == ClosingReason.OTHER.value and not note.strip():
        raise ValidationError("Licht de reden 'andere' kort toe.")
    if on < traj.started_on:
        raise ValidationError("Een traject kan niet afgesloten worden vóór de start.")
    traj.status, traj.closed_on, traj.closing_reason, traj.closing_note = "closed", on, reason, note
    for ms in traj.milestones:
        if ms.achieved_on is None:
            ms.due_on = None  # nothing is due any more on a closed trajectory
    session.add(Milestone(trajectory_id=traj.id, kind=MilestoneKind.CLOSED.value, achieved_on=on, outcome=True,
                          note=note))
    session.flush()


def reopen(session: Session, traj: Trajectory) -> None:
    traj.status, traj.closed_on, traj.closing_reason = TrajectoryStatus.OPEN.value, None, None
    for ms in list(traj.milestones):
        if ms.kind == MilestoneKind.CLOSED.value:
            session.delete(ms)
    session.flush()


def is_successful(traj: Trajectory, net: Network) -> bool:
    return _reached(_milestones(traj).get(net.success_milestone or MilestoneKind.STILL_ACTIVE.value))


@dataclass(frozen=True)
class DueMilestone:
    trajectory_id: str
    code: str
    kind: str
    due_on: date
    overdue: bool


def due_milestones(session: Session, network_id: str, today: date, within_days: int = DUE_SOON_DAYS,
                   limit: int | None = None) -> list[DueMilestone]:
    q = (select(Milestone, Trajectory.code)
         .join(Trajectory, Trajectory.id == Milestone.trajectory_id)
         .where(Trajectory.network_id == network_id, alive(Trajectory), alive(Milestone),
                Trajectory.status == TrajectoryStatus.OPEN.value, Milestone.achieved_on.is_(None),
                Milestone.due_on.is_not(None), Milestone.due_on <= today + timedelta(days=within_days))
         .order_by(Milestone.due_on).limit(limit))
    out = []
    for ms, code in session.execute(q):
        assert ms.due_on is not None
        out.append(DueMilestone(ms.trajectory_id, code, ms.kind, ms.due_on, ms.due_on < today))
    return out


def funnel(session: Session, network_id: str, period: Period) -> dict[str, int]:
    """Cohort funnel: trajectories started in the period and how many reached each milestone."""
    started = select(Trajectory.id).where(Trajectory.network_id == network_id, alive(Trajectory),
                                          Trajectory.started_on >= period.start, Trajectory.started_on <= period.end)
    q = (select(Milestone.kind, func.count(func.distinct(Milestone.trajectory_id)))
         .where(Milestone.trajectory_id.in_(started), alive(Milestone), Milestone.achieved_on.is_not(None),
                Milestone.outcome.is_not(False))
         .group_by(Milestone.kind))
    reached = {k: int(n) for k, n in session.execute(q)}
    out = {"started": int(session.execute(select(func.count()).select_from(started.subquery())).scalar_one())}
    for kind in (MilestoneKind.TRIAL, MilestoneKind.ENROLLED, MilestoneKind.STILL_ACTIVE, MilestoneKind.RE_ENROLLED):
        out[kind.value] = reached.get(kind.value, 0)
    return out


def benchmark(net: Network) -> tuple[float, float, float]:
    """Seed 001's indication for a full-time worker with a built network, scaled by FTE:
    (started ≈ 80, successful low ≈ 60, successful high ≈ 70). An indication, not a norm."""
    fte = net.fte if net.fte is not None else 1.0
    return 80 * fte, 60 * fte, 70 * fte


def display_label(traj: Trajectory, show_name: bool = False) -> str:
    """What lists show: the pseudonymous code; the name only on explicit request."""
    if show_name and traj.name:
        return f"{traj.code} — {traj.name}"
    return traj.code


def attention_items(session: Session, network_id: str, today: date) -> list[AttentionItem]:
    items = []
    for d in due_milestones(session, network_id, today, limit=100):
        what_nl, what_en = label(MilestoneKind(d.kind), "nl"), label(MilestoneKind(d.kind), "en")
        if d.overdue:
            items.append(AttentionItem("trajectory", 2, f"{d.code}: '{what_nl}' had gecheckt moeten zijn",
                                       f"{d.code}: '{what_en}' check is overdue", d.trajectory_id, d.due_on))
        else:
            items.append(AttentionItem("trajectory", 1, f"{d.code}: '{what_nl}' binnenkort te checken",
                                       f"{d.code}: '{what_en}' check due soon", d.trajectory_id, d.due_on))
    return items


@dataclass(frozen=True)
class TrajectoryRow:
    """What the trajectory list shows: never the optional name."""

    id: str
    code: str
    birth_year: int | None
    neighbourhood: str
    worker: str
    status: str
    started_on: date
    next_kind: str | None
    next_due: date | None


@dataclass(frozen=True)
class TrajectoryFilters:
    text: str = ""  # searches the code only
    status: str | None = None
    worker_id: str | None = None
    year: int | None = None
    neighbourhood: str | None = None
    barrier: str | None = None
    due_within_days: int | None = None  # only trajectories with a milestone due by today + N


def list_rows(session: Session, network_id: str, f: TrajectoryFilters = TrajectoryFilters(),
              today: date | None = None) -> list[TrajectoryRow]:
    from app.domain import Ambassador, TrajectoryBarrier

    today = today or date.today()
    q = (select(Trajectory.id, Trajectory.code, Trajectory.birth_year, Trajectory.neighbourhood,
                func.coalesce(Ambassador.name, Trajectory.worker_name), Trajectory.status, Trajectory.started_on)
         .outerjoin(Ambassador, Ambassador.id == Trajectory.worker_ambassador_id)
         .where(Trajectory.network_id == network_id, alive(Trajectory)))
    if f.text.strip():
        q = q.where(Trajectory.code.like(f"%{f.text.strip()}%"))
    if f.status:
        q = q.where(Trajectory.status == f.status)
    if f.worker_id:
        q = q.where(Trajectory.worker_ambassador_id == f.worker_id)
    if f.year:
        q = q.where(func.strftime("%Y", Trajectory.started_on) == str(f.year))
    if f.neighbourhood:
        q = q.where(Trajectory.neighbourhood == f.neighbourhood)
    if f.barrier:
        q = q.where(Trajectory.id.in_(select(TrajectoryBarrier.trajectory_id).where(
            TrajectoryBarrier.barrier == f.barrier, alive(TrajectoryBarrier))))
    due_q = (select(Milestone.trajectory_id, Milestone.kind, Milestone.due_on)
             .join(Trajectory, Trajectory.id == Milestone.trajectory_id)
             .where(Trajectory.network_id == network_id, alive(Milestone), Milestone.achieved_on.is_(None),
                    Milestone.due_on.is_not(None)))
    next_due: dict[str, tuple[str, date]] = {}
    for tid, m_kind, m_due in session.execute(due_q):
        if m_due is not None and (tid not in next_due or m_due < next_due[tid][1]):
            next_due[tid] = (m_kind, m_due)
    rows = []
    for tid, code, birth, hood, worker, status, started in session.execute(q.order_by(Trajectory.started_on.desc())):
        kind: str | None = None
        due: date | None = None
        if status == TrajectoryStatus.OPEN.value and tid in next_due:
            kind, due = next_due[tid]
        if f.due_within_days is not None and (due is None or due > today + timedelta(days=f.due_within_days)):
            continue
        rows.append(TrajectoryRow(tid, code, birth, hood or "", worker or "", status, started, kind, due))
    return rows


def barrier_frequency(session: Session, network_id: str, period: Period) -> list[tuple[str, int]]:
    from app.domain import TrajectoryBarrier

    q = (select(TrajectoryBarrier.barrier, func.count()).join(Trajectory)
         .where(Trajectory.network_id == network_id, alive(Trajectory), alive(TrajectoryBarrier),
                Trajectory.started_on.between(period.start, period.end))
         .group_by(TrajectoryBarrier.barrier).order_by(func.count().desc()))
    return [(str(b), int(n)) for b, n in session.execute(q)]


def support_totals(session: Session, network_id: str, period: Period) -> list[tuple[str, int, float]]:
    """(kind, times given, € total) for support given in the period."""
    from app.domain import SupportGiven

    q = (select(SupportGiven.kind, func.count(), func.coalesce(func.sum(SupportGiven.amount_eur), 0.0))
         .join(Trajectory).where(Trajectory.network_id == network_id, alive(Trajectory), alive(SupportGiven),
                                 SupportGiven.given_on.between(period.start, period.end))
         .group_by(SupportGiven.kind).order_by(SupportGiven.kind))
    return [(str(k), int(n), float(total or 0)) for k, n, total in session.execute(q)]


def top_offers(session: Session, network_id: str, period: Period, limit: int = 10) -> list[tuple[str, int]]:
    """Offers (supply-side stakeholders) where most children enrolled in the period."""
    q = (select(Stakeholder.name, func.count(func.distinct(Milestone.trajectory_id)))
         .join(Milestone, Milestone.offer_id == Stakeholder.id).join(Trajectory, Trajectory.id == Milestone.trajectory_id)
         .where(Trajectory.network_id == network_id, alive(Trajectory), alive(Milestone),
                Milestone.kind == MilestoneKind.ENROLLED.value, Milestone.achieved_on.between(period.start, period.end))
         .group_by(Stakeholder.name).order_by(func.count(func.distinct(Milestone.trajectory_id)).desc()).limit(limit))
    return [(str(n), int(c)) for n, c in session.execute(q)]


def referral_sources(session: Session, network_id: str, period: Period, limit: int = 10) -> list[tuple[str, int]]:
    q = (select(Stakeholder.name, func.count()).join(Trajectory, Trajectory.referral_source_id == Stakeholder.id)
         .where(Trajectory.network_id == network_id, alive(Trajectory),
                Trajectory.started_on.between(period.start, period.end))
         .group_by(Stakeholder.name).order_by(func.count().desc()).limit(limit))
    return [(str(n), int(c)) for n, c in session.execute(q)]
