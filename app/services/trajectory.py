"""Trajectory (toeleiding) rules: pseudonymous codes, milestones in order with due dates
(trial 4 weeks after first contact, still-taking-part 6–8 months after enrolment, re-enrolment
at the next working year's start), barriers, offers and support, closing, success per the
network's milestone. Commands take a trajectory as an id (what screens hold) or as a loaded object
(the CLI, imports) and never commit; what the screens show is in `trajectory_views`."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import (
    Ambassador,
    Milestone,
    Network,
    Stakeholder,
    SupportGiven,
    Trajectory,
    TrajectoryBarrier,
    TrajectoryOffer,
)
from app.domain.vocabulary import (
    MILESTONE_ORDER,
    Barrier,
    ClosingReason,
    MilestoneKind,
    Side,
    SupportKind,
    TrajectoryStatus,
    label,
)
from app.errors import ValidationError
from app.periods import Period, add_months, next_working_year_start
from app.services import drafts
from app.services.attention import AttentionItem
from app.services.common import alive, network, resolve, soft_delete

TRIAL_DUE_DAYS = 28
DUE_SOON_DAYS = 14
FIRST_BIRTH_YEAR = 1990
_ORDER = {k.value: i for i, k in enumerate(MILESTONE_ORDER)}
#: the milestones a worker records by hand (first contact comes with the trajectory, closing has its own command)
RECORDABLE = tuple(k for k in MILESTONE_ORDER if k not in (MilestoneKind.FIRST_CONTACT, MilestoneKind.CLOSED))
#: what `update` may change; the code and the status have their own rules (`create`, `close`, `reopen`)
EDITABLE = {"birth_year", "age_band", "gender", "neighbourhood", "family_code", "name", "referral_source_id",
            "worker_ambassador_id", "worker_name", "wishes", "notes"}
#: the sides a referral comes from (who sends a child to the worker)
REFERRAL_SIDES = (Side.DEMAND.value, Side.INTERMEDIARY.value, Side.POLICY.value)


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


def get(session: Session, traj: Trajectory | str) -> Trajectory:
    """One live trajectory (NotFoundError when deleted or unknown)."""
    return resolve(session, Trajectory, traj)


def check_birth_year(birth_year: int | None, started_on: date) -> None:
    """A child's birth year lies between 1990 and the year the trajectory started."""
    if birth_year is not None and not FIRST_BIRTH_YEAR <= int(birth_year) <= started_on.year:
        raise ValidationError(f"Geboortejaar {birth_year} is niet mogelijk: kies een jaar tussen {FIRST_BIRTH_YEAR} "
                              f"en {started_on.year}.", field="birth_year")


def _check_links(session: Session, network_id: str, fields: dict[str, Any]) -> None:
    """The referral and the worker, when given, are live records of the trajectory's own network."""
    referral, worker = fields.get("referral_source_id"), fields.get("worker_ambassador_id")
    if referral and resolve(session, Stakeholder, referral).network_id != network_id:
        raise ValidationError("De doorverwijzer hoort bij een ander netwerk.", field="referral_source_id")
    if worker and resolve(session, Ambassador, worker).network_id != network_id:
        raise ValidationError("De begeleider hoort bij een ander netwerk.", field="worker_ambassador_id")


def create(session: Session, network_id: str, started_on: date, *, code: str | None = None,
           **fields: Any) -> Trajectory:
    """Open a trajectory with its first-contact milestone; a code is generated when not given."""
    check_birth_year(fields.get("birth_year"), started_on)
    _check_links(session, network_id, fields)
    code = (code or next_code(session, network_id, started_on.year)).strip()
    clash = session.scalar(select(func.count()).select_from(Trajectory).where(
        Trajectory.network_id == network_id, Trajectory.code == code, alive(Trajectory)))
    if clash:
        raise ValidationError(f"De code {code} bestaat al in dit netwerk.", field="code")
    traj = Trajectory(network_id=network_id, code=code, started_on=started_on, **fields)
    session.add(traj)
    session.flush()
    record_milestone(session, traj, MilestoneKind.FIRST_CONTACT.value, started_on)
    return traj


def update(session: Session, traj: Trajectory | str, *, started_on: date | None = None,
           **fields: Any) -> Trajectory:
    """Change a trajectory's details. A new first-contact date moves the first-contact milestone
    (and the trial's due date while the trial is not reached) and may not fall after a later
    milestone or the closing."""
    traj = resolve(session, Trajectory, traj)
    unknown = set(fields) - EDITABLE
    if unknown:
        raise ValidationError(f"Onbekende velden: {', '.join(sorted(unknown))}")
    if "birth_year" in fields or started_on is not None:
        check_birth_year(fields.get("birth_year", traj.birth_year), started_on or traj.started_on)
    # only a link that changes is checked: one to a record deleted since stays as it was
    _check_links(session, traj.network_id, {k: v for k, v in fields.items() if getattr(traj, k) != v})
    if started_on is not None and started_on != traj.started_on:
        _move_start(traj, started_on)
    for key, value in fields.items():
        setattr(traj, key, value.strip() if isinstance(value, str) and key not in ("wishes", "notes") else value)
    session.flush()
    return traj


def _move_start(traj: Trajectory, started_on: date) -> None:
    existing = _milestones(traj)
    later = [m.achieved_on for k, m in existing.items() if k != MilestoneKind.FIRST_CONTACT.value and m.achieved_on]
    if later and started_on > min(later):
        raise ValidationError("Het eerste contact kan niet na een latere mijlpaal vallen.", field="started_on")
    traj.started_on = started_on
    first = existing.get(MilestoneKind.FIRST_CONTACT.value)
    if first is not None:
        first.achieved_on = started_on
    trial = existing.get(MilestoneKind.TRIAL.value)
    if trial is not None and trial.achieved_on is None and traj.status == TrajectoryStatus.OPEN.value:
        trial.due_on = started_on + timedelta(days=TRIAL_DUE_DAYS)


def delete(session: Session, traj: Trajectory | str) -> None:
    """Delete a trajectory (a tombstone: its milestones, barriers and support leave the lists and
    figures with it) and any unsaved draft of its form."""
    traj = resolve(session, Trajectory, traj)
    soft_delete(session, traj)
    drafts.discard_record(session, traj.id)


def set_barriers(session: Session, traj: Trajectory | str, barriers: Iterable[str], custom: str = "") -> list[str]:
    """Make the trajectory's barriers exactly these; a text in `custom` is the barrier 'other'.
    Returns the barriers it has now."""
    traj = resolve(session, Trajectory, traj)
    wanted, custom = set(barriers), custom.strip()
    unknown = wanted - {b.value for b in Barrier}
    if unknown:
        raise ValidationError(f"Onbekende drempel: {', '.join(sorted(unknown))}", field="barriers")
    if custom:
        wanted.add(Barrier.OTHER.value)
    elif Barrier.OTHER.value in wanted:
        raise ValidationError("Beschrijf de andere drempel kort.", field="custom_barrier")
    existing = {b.barrier: b for b in traj.barriers if b.deleted_at is None}
    for value, row in existing.items():
        if value not in wanted:
            traj.barriers.remove(row)  # delete-orphan: the row goes (and the audit log says so)
    for value in sorted(wanted - set(existing)):
        traj.barriers.append(TrajectoryBarrier(trajectory_id=traj.id, barrier=value,
                                               custom=custom if value == Barrier.OTHER.value else ""))
    if Barrier.OTHER.value in existing and Barrier.OTHER.value in wanted:
        existing[Barrier.OTHER.value].custom = custom
    session.flush()
    return sorted(wanted)


def add_support(session: Session, traj: Trajectory | str, kind: str, given_on: date,
                amount_eur: float | None = None, note: str = "") -> SupportGiven:
    """Record support given to the child (a fee paid, someone going along, transport, material)."""
    traj = resolve(session, Trajectory, traj)
    if kind not in {k.value for k in SupportKind}:
        raise ValidationError(f"Onbekende soort ondersteuning: {kind!r}", field="kind")
    if amount_eur is not None and amount_eur < 0:
        raise ValidationError("Het bedrag kan niet negatief zijn.", field="amount_eur")
    row = SupportGiven(trajectory_id=traj.id, kind=kind, given_on=given_on, amount_eur=amount_eur or None, note=note)
    traj.support.append(row)
    session.flush()
    return row


def add_offer(session: Session, traj: Trajectory | str, stakeholder: Stakeholder | str) -> TrajectoryOffer:
    """Link a leisure offer (a supply-side stakeholder of the same network) as a target; an offer
    already linked is returned as it is."""
    traj = resolve(session, Trajectory, traj)
    stakeholder = resolve(session, Stakeholder, stakeholder)
    if stakeholder.side != Side.SUPPLY.value:
        raise ValidationError(f"{stakeholder.name} staat niet aan de aanbodzijde: kies een vrijetijdsaanbieder.",
                              field="stakeholder")
    if stakeholder.network_id != traj.network_id:
        raise ValidationError(f"{stakeholder.name} hoort bij een ander netwerk.", field="stakeholder")
    found = next((o for o in traj.offers if o.deleted_at is None and o.stakeholder_id == stakeholder.id), None)
    if found is not None:
        return found
    offer = TrajectoryOffer(trajectory_id=traj.id, stakeholder_id=stakeholder.id)
    session.add(offer)
    traj.offers.append(offer)
    session.flush()
    return offer


def first_offer_id(traj: Trajectory) -> str | None:
    """The offer a milestone is about when none is named: the first one linked."""
    return next((o.stakeholder_id for o in traj.offers if o.deleted_at is None), None)


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


def record_milestone(session: Session, traj: Trajectory | str, kind: str, on: date, *, outcome: bool = True,
                     count: int | None = None, offer_id: str | None = None, note: str = "") -> Milestone:
    """Record a milestone (reached, or checked and not reached with outcome=False)."""
    traj = resolve(session, Trajectory, traj)
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
        raise ValidationError("Het aantal proefmomenten is minstens 1.", field="count")
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


def record_outcome(session: Session, traj: Trajectory | str, kind: str, on: date, *, reached: bool = True,
                   count: int | None = None, note: str = "") -> Milestone:
    """What the timeline's buttons do: record a milestone's outcome, about the first linked offer."""
    traj = resolve(session, Trajectory, traj)
    return record_milestone(session, traj, kind, on, outcome=reached, count=count, offer_id=first_offer_id(traj),
                            note=note)


def close(session: Session, traj: Trajectory | str, reason: str, on: date, note: str = "") -> None:
    traj = resolve(session, Trajectory, traj)
    if traj.status == TrajectoryStatus.CLOSED.value:
        raise ValidationError(f"Traject {traj.code} is al afgesloten.")
    if reason not in {r.value for r in ClosingReason}:
        raise ValidationError(f"Onbekende reden van afsluiten: {reason!r}", field="reason")
    if reason == ClosingReason.OTHER.value and not note.strip():
        raise ValidationError("Licht de reden 'andere' kort toe.", field="note")
    if on < traj.started_on:
        raise ValidationError("Een traject kan niet afgesloten worden vóór de start.")
    traj.status, traj.closed_on, traj.closing_reason, traj.closing_note = "closed", on, reason, note
    for ms in traj.milestones:
        if ms.achieved_on is None:
            ms.due_on = None  # nothing is due any more on a closed trajectory
    closed = Milestone(trajectory_id=traj.id, kind=MilestoneKind.CLOSED.value, achieved_on=on, outcome=True, note=note)
    session.add(closed)
    traj.milestones.append(closed)
    session.flush()


def reopen(session: Session, traj: Trajectory | str) -> None:
    traj = resolve(session, Trajectory, traj)
    traj.status, traj.closed_on, traj.closing_reason = TrajectoryStatus.OPEN.value, None, None
    for ms in list(traj.milestones):
        if ms.kind == MilestoneKind.CLOSED.value:
            traj.milestones.remove(ms)  # delete-orphan: the row goes
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


def barrier_frequency(session: Session, network_id: str, period: Period) -> list[tuple[str, int]]:
    q = (select(TrajectoryBarrier.barrier, func.count()).join(Trajectory)
         .where(Trajectory.network_id == network_id, alive(Trajectory), alive(TrajectoryBarrier),
                Trajectory.started_on.between(period.start, period.end))
         .group_by(TrajectoryBarrier.barrier).order_by(func.count().desc()))
    return [(str(b), int(n)) for b, n in session.execute(q)]


def support_totals(session: Session, network_id: str, period: Period) -> list[tuple[str, int, float]]:
    """(kind, times given, € total) for support given in the period."""
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
