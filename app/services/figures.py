"""Yearly figures per network: what the annual report and the dashboard count, in one place.
Aggregates only: nothing here carries a name, a code or free text of a trajectory.

Every figure is true for the period it names. Flows (trajectories started, contact moments,
activities, signals, appointments) count what happened in the period. Standing counts
(stakeholders per stage and side, places available, ambassadors per status) are the state on the
cut-off day — the period's last day, or today for a period still running — reconstructed from the
dated histories (stage changes, status changes, places history, creation and deletion times).
Trajectory outcomes follow the cohort that started in the period: a milestone counts when it was
reached by the cut-off, and one whose check was not yet due then is kept apart as "not yet
assessable" instead of being counted as a failure."""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.domain import (
    Activity,
    Ambassador,
    AmbassadorStatusChange,
    Indicator,
    Milestone,
    Network,
    Signal,
    Trajectory,
)
from app.domain.vocabulary import AmbassadorStatus, MilestoneKind, SignalStatus, Stage
from app.periods import Period
from app.services import ambassador as amb_service
from app.services import trajectory as traj_service
from app.services.common import alive, network
from app.services.overview import contact_moments

# Version of the counting rules stored with the figures: 1 (no key) counted standing figures as on
# the day the report was made and milestones reached at any time; 2 is what this module counts.
COUNTING = 2
# the milestones after first contact, in order; each one's check follows the one before
FUNNEL = (MilestoneKind.TRIAL, MilestoneKind.ENROLLED, MilestoneKind.STILL_ACTIVE, MilestoneKind.RE_ENROLLED)
IN_NETWORK = amb_service.IN_NETWORK


@dataclass(frozen=True)
class IndicatorFigure:
    name: str
    metric: str
    unit: str
    target: float | None
    actual: float | None
    baseline: float | None = None  # the starting point (vertrekpunt), when measured
    note: str = ""  # the lead's note with a reported actual


@dataclass(frozen=True)
class Figures:
    network_id: str
    period: str
    trajectories: dict[str, int]  # funnel: started, then each milestone reached by the cut-off
    successful: int
    closed_by_reason: dict[str, int]  # trajectories closed in the period (whenever they started)
    stakeholders_by_side: dict[str, int]  # reached (past "mapped") on the cut-off day
    stakeholders_by_stage: dict[str, int]  # on the cut-off day
    new_relations: int
    places_offered: int  # on the cut-off day
    interactions: int
    network_size: int  # appointed or active on the cut-off day
    appointed: int
    left: int
    honorary: int  # on the cut-off day
    podium_per_ambassador: dict[str, int]  # ambassador id -> count (ids, never names)
    podium_lights: dict[str, int]  # red / amber / green
    activities_by_kind: dict[str, int]
    signals_raised: int
    signals_handled: int
    signal_median_days: float | None
    indicators: list[IndicatorFigure] = field(default_factory=list)
    # counting 2 (snapshots frozen before have none of these)
    as_of: str = ""  # the cut-off day, ISO
    counting: int = COUNTING
    success_milestone: str = MilestoneKind.STILL_ACTIVE.value
    followup_months: int = 6
    not_yet_assessable: dict[str, int] = field(default_factory=dict)  # milestone -> trajectories
    stakeholders_by_side_stage: dict[str, dict[str, int]] = field(default_factory=dict)
    ambassadors_by_status: dict[str, int] = field(default_factory=dict)
    places_estimated: int = 0  # providers whose places on the cut-off day are not on record
    ambassadors_estimated: int = 0  # ambassadors without status history (read from their dates)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def metric(self, name: str) -> float | None:
        return {
            "trajectories_started": self.trajectories.get("started", 0),
            "successful_guidances": self.successful,
            "stakeholders_reached": sum(self.stakeholders_by_side.values()),
            "podium_activities": sum(self.podium_per_ambassador.values()),
            "signals_handled": self.signals_handled,
            "new_relations": self.new_relations,
            "places_offered": self.places_offered,
        }.get(name)


def cut_off(period: Period, today: date | None = None) -> date:
    """The day standing counts and milestones are taken at: the period's end, or today while it runs."""
    return min(period.end, today or date.today())


def _in(col: Any, period: Period) -> Any:
    return col.between(period.start, period.end)


def _day(value: date | datetime | str | None) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


# -- stakeholders and places on a day ------------------------------------------------------------

@dataclass(frozen=True)
class StakeholderStanding:
    by_side_stage: dict[str, dict[str, int]]
    places: int
    places_estimated: int


# Timestamps are ISO text, so "created by the end of day D" is `created_at < 'D+1'`. The history
# tables are read whole (they are small next to the stakeholders; rows of other networks find no
# partner in the join). A stakeholder is in the vault on day D when a stage change dated on or before D names it, or it
# was created by D (and its first recorded change does not say it came later), and it was not
# deleted by D. Its stage on D is today's stage when nothing changed after D (which also settles
# several changes on one day), else the last change up to D, else what the first later change
# started from. Places on D: the last places row up to D; without one, the first row after D or
# today's value, counted as estimated.
_STANDING_SQL = text("""
WITH sc_le AS (
  SELECT stakeholder_id AS sid, to_stage AS stage,
         row_number() OVER (PARTITION BY stakeholder_id ORDER BY changed_on DESC, created_at DESC, rowid DESC) AS rn
  FROM stage_change WHERE deleted_at IS NULL AND changed_on <= :on),
sc_after AS (
  SELECT stakeholder_id AS sid, from_stage AS stage,
         row_number() OVER (PARTITION BY stakeholder_id ORDER BY changed_on, created_at, rowid) AS rn
  FROM stage_change WHERE deleted_at IS NULL AND changed_on > :on),
pl_le AS (
  SELECT stakeholder_id AS sid, places_available AS places,
         row_number() OVER (PARTITION BY stakeholder_id ORDER BY changed_on DESC, created_at DESC, rowid DESC) AS rn
  FROM places_change WHERE deleted_at IS NULL AND changed_on <= :on),
pl_first AS (
  SELECT stakeholder_id AS sid, places_available AS places,
         row_number() OVER (PARTITION BY stakeholder_id ORDER BY changed_on, created_at, rowid) AS rn
  FROM places_change WHERE deleted_at IS NULL)
SELECT s.side,
       CASE WHEN a.sid IS NULL THEN s.stage WHEN l.sid IS NOT NULL THEN l.stage ELSE a.stage END AS stage_on,
       count(*),
       sum(CASE WHEN s.side = 'supply' THEN coalesce(
             CASE WHEN pl.sid IS NOT NULL THEN pl.places WHEN pf.sid IS NOT NULL THEN pf.places
                  ELSE s.places_available END, 0) ELSE 0 END),
       sum(CASE WHEN s.side = 'supply' AND pl.sid IS NULL AND (pf.sid IS NOT NULL OR s.places_available IS NOT NULL)
                THEN 1 ELSE 0 END)
FROM stakeholder s
LEFT JOIN sc_le l ON l.sid = s.id AND l.rn = 1
LEFT JOIN sc_after a ON a.sid = s.id AND a.rn = 1
LEFT JOIN pl_le pl ON pl.sid = s.id AND pl.rn = 1
LEFT JOIN pl_first pf ON pf.sid = s.id AND pf.rn = 1
WHERE s.network_id = :net
  AND (s.deleted_at IS NULL OR s.deleted_at >= :next)
  AND (l.sid IS NOT NULL OR (s.created_at < :next AND (a.sid IS NULL OR a.stage IS NOT NULL)))
GROUP BY 1, 2
""")


def stakeholder_standing(session: Session, network_id: str, on: date) -> StakeholderStanding:
    """Stakeholders per side and stage, and the places available with supply-side stakeholders,
    as the vault held them on day `on`."""
    by_side_stage: dict[str, dict[str, int]] = {}
    places = estimated = 0
    for side, stage, n, side_places, side_estimated in session.execute(
            _STANDING_SQL, {"net": network_id, "on": on.isoformat(), "next": (on + timedelta(days=1)).isoformat()}):
        by_side_stage.setdefault(str(side), {})[str(stage)] = int(n)
        places += int(side_places or 0)
        estimated += int(side_estimated or 0)
    return StakeholderStanding(by_side_stage, places, estimated)


# -- ambassadors on a day -----------------------------------------------------------------------

@dataclass(frozen=True)
class _Change:
    on: date
    from_status: str | None
    to_status: str


@dataclass(frozen=True)
class AmbassadorHistory:
    id: str
    status: str  # today's
    created: date
    deleted: date | None
    changes: tuple[_Change, ...]  # oldest first
    estimated: bool  # (part of) the changes are read from the dated columns: no status history

    def status_on(self, day: date) -> str | None:
        """The status on `day`, or None when the ambassador was not in the vault then."""
        if self.deleted is not None and self.deleted <= day:
            return None
        before = [c for c in self.changes if c.on <= day]
        after = [c for c in self.changes if c.on > day]
        if not after:
            return self.status if before or self.created <= day else None
        if before:
            return before[-1].to_status
        first = after[0]
        return first.from_status if first.from_status is not None and self.created <= day else None

    def moved_to(self, status: str, period: Period) -> bool:
        return any(c.to_status == status and period.contains(c.on) for c in self.changes)


def _changes_from_columns(amb: Ambassador) -> tuple[_Change, ...]:
    """For an ambassador without status history (an import): the dated columns, in date order."""
    active_later = amb.status in (AmbassadorStatus.ACTIVE.value, AmbassadorStatus.HONORARY.value,
                                  AmbassadorStatus.FORMER.value)
    dated = [(amb.nominated_on, AmbassadorStatus.NOMINATED.value), (amb.appointed_on, AmbassadorStatus.APPOINTED.value)]
    if active_later:  # active from the appointment on: when exactly is not recorded
        dated.append((amb.appointed_on, AmbassadorStatus.ACTIVE.value))
    dated += [(amb.honorary_on, AmbassadorStatus.HONORARY.value), (amb.left_on, AmbassadorStatus.FORMER.value)]
    out: list[_Change] = []
    previous: str | None = None
    for on, status in sorted(((d, s) for d, s in dated if d is not None), key=lambda x: x[0]):
        out.append(_Change(on, previous, status))
        previous = status
    return tuple(out)


def ambassador_histories(session: Session, network_id: str) -> list[AmbassadorHistory]:
    """Every ambassador of the network ever in the vault (deleted ones too, with their deletion day)."""
    ambs = list(session.scalars(select(Ambassador).where(Ambassador.network_id == network_id)))
    changes: dict[str, list[tuple[date, datetime, str | None, str]]] = {}
    for amb_id, on, created, from_s, to_s in session.execute(
            select(AmbassadorStatusChange.ambassador_id, AmbassadorStatusChange.changed_on,
                   AmbassadorStatusChange.created_at, AmbassadorStatusChange.from_status,
                   AmbassadorStatusChange.to_status)
            .join(Ambassador, Ambassador.id == AmbassadorStatusChange.ambassador_id)
            .where(Ambassador.network_id == network_id, alive(AmbassadorStatusChange))):
        changes.setdefault(amb_id, []).append((on, created, from_s, to_s))
    out = []
    for amb in ambs:
        rows = sorted(changes.get(amb.id, []), key=lambda r: (r[0], r[1]))
        own = tuple(_Change(on, f, t) for on, _c, f, t in rows)
        # no history, or a history that starts later (an imported ambassador changed status since):
        # what came before is read from the dated columns
        earlier = () if own and own[0].from_status is None else tuple(
            c for c in _changes_from_columns(amb) if not own or c.on < own[0].on)
        out.append(AmbassadorHistory(amb.id, amb.status, _day(amb.created_at) or date.min, _day(amb.deleted_at),
                                     earlier + own, bool(earlier) or not own))
    return out


# -- trajectory outcomes --------------------------------------------------------------------------

REACHED, PENDING, NOT_REACHED = "reached", "pending", "not_reached"


def _milestone_states(net: Network, started: date, closed: date | None,
                      ms: dict[str, tuple[date | None, bool | None, date | None]], day: date) -> dict[str, str]:
    """Each funnel milestone of one trajectory on `day`: reached by then; not reached (closed,
    checked negative, or its check was due and nothing was recorded); or not yet assessable (the
    trajectory was running and the check was not due yet — enrolment has no due date, so a
    running trajectory waiting for it is not yet assessable)."""
    out: dict[str, str] = {}
    prev_state, prev_kind, prev_on = REACHED, MilestoneKind.FIRST_CONTACT, started
    for kind in FUNNEL:
        achieved, outcome, due_on = ms.get(kind.value, (None, None, None))
        if achieved is not None and achieved <= day and outcome is not False:
            state = REACHED
        elif (closed is not None and closed <= day) or (outcome is False and achieved is not None and achieved <= day):
            state = NOT_REACHED
        elif prev_state != REACHED:
            state = prev_state
        else:
            due = due_on
            if due is None:
                rule = traj_service.due_date_after(net, prev_kind, prev_on)
                due = rule[1] if rule is not None and rule[0] is kind else None
            state = PENDING if due is None or due > day else NOT_REACHED
        out[kind.value] = state
        prev_state, prev_kind = state, kind
        prev_on = achieved if state == REACHED and achieved is not None else prev_on
    return out


@dataclass(frozen=True)
class CohortOutcome:
    started: int
    reached: dict[str, int]
    pending: dict[str, int]


def cohort_outcome(session: Session, net: Network, period: Period, day: date) -> CohortOutcome:
    """The trajectories started in the period and, per milestone, how many had reached it by
    `day` and how many could not be assessed yet on that day."""
    cohort = select(Trajectory.id).where(Trajectory.network_id == net.id, alive(Trajectory),
                                         _in(Trajectory.started_on, period))
    trajs = {tid: (started, closed) for tid, started, closed in session.execute(
        select(Trajectory.id, Trajectory.started_on, Trajectory.closed_on).where(Trajectory.id.in_(cohort)))}
    milestones: dict[str, dict[str, tuple[date | None, bool | None, date | None]]] = {}
    for tid, kind, achieved, outcome, due_on in session.execute(
            select(Milestone.trajectory_id, Milestone.kind, Milestone.achieved_on, Milestone.outcome, Milestone.due_on)
            .where(Milestone.trajectory_id.in_(cohort), alive(Milestone))):
        milestones.setdefault(tid, {})[kind] = (achieved, outcome, due_on)
    reached = {k.value: 0 for k in FUNNEL}
    pending = {k.value: 0 for k in FUNNEL}
    for tid, (started, closed) in trajs.items():
        for kind, state in _milestone_states(net, started, closed, milestones.get(tid, {}), day).items():
            if state == REACHED:
                reached[kind] += 1
            elif state == PENDING:
                pending[kind] += 1
    return CohortOutcome(len(trajs), reached, pending)


# -- the year's figures ---------------------------------------------------------------------------

# CROSS JOIN keeps SQLite's order: the stage changes of the period first, then each one's
# stakeholder by key (the other way round seeks the changes of every stakeholder: 0.2 s on 100k)
_NEW_RELATIONS_SQL = text("""
SELECT count(DISTINCT sc.stakeholder_id) FROM stage_change sc CROSS JOIN stakeholder s ON s.id = sc.stakeholder_id
WHERE s.network_id = :net AND s.deleted_at IS NULL AND sc.deleted_at IS NULL AND sc.to_stage = :stage
  AND sc.changed_on BETWEEN :start AND :end
""")


def _count_by(values: Iterable[str | None]) -> dict[str, int]:
    out: dict[str, int] = {}
    for v in values:
        if v is not None:
            out[v] = out.get(v, 0) + 1
    return out


def yearly_figures(session: Session, network_id: str, period: Period, today: date | None = None) -> Figures:
    net = network(session, network_id)
    day = cut_off(period, today)
    cohort = cohort_outcome(session, net, period, day)
    funnel = {"started": cohort.started, **cohort.reached}
    success_kind = net.success_milestone or MilestoneKind.STILL_ACTIVE.value
    successful = cohort.started if success_kind == MilestoneKind.FIRST_CONTACT.value else funnel.get(success_kind, 0)
    closed = dict(session.execute(
        select(Trajectory.closing_reason, func.count()).where(
            Trajectory.network_id == network_id, alive(Trajectory), _in(Trajectory.closed_on, period))
        .group_by(Trajectory.closing_reason)).all())
    standing = stakeholder_standing(session, network_id, day)
    by_side = {side: sum(n for stage, n in stages.items() if stage != Stage.MAPPED.value)
               for side, stages in standing.by_side_stage.items()}
    by_stage: dict[str, int] = {}
    for stages in standing.by_side_stage.values():
        for stage, n in stages.items():
            by_stage[stage] = by_stage.get(stage, 0) + n
    new_relations = int(session.execute(_NEW_RELATIONS_SQL, {
        "net": network_id, "stage": Stage.INTRODUCED.value, "start": period.start.isoformat(),
        "end": period.end.isoformat()}).scalar_one())
    interactions = contact_moments(session, network_id, period.start, period.end)
    histories = ambassador_histories(session, network_id)
    status_on = {h.id: h.status_on(day) for h in histories}
    by_status = _count_by(status_on.values())
    live = [h for h in histories if h.deleted is None]
    appointed = sum(1 for h in live if h.moved_to(AmbassadorStatus.APPOINTED.value, period))
    left = sum(1 for h in live if h.moved_to(AmbassadorStatus.FORMER.value, period))
    podium = amb_service.podium_counts(session, network_id, period)
    target = net.podium_target or 3
    lights = {"red": 0, "amber": 0, "green": 0}
    for amb_id, status in status_on.items():
        if status == AmbassadorStatus.ACTIVE.value:
            lights[amb_service.podium_light(podium.get(amb_id, 0), target)] += 1
    acts = dict(session.execute(select(Activity.kind, func.count()).where(
        Activity.network_id == network_id, alive(Activity), _in(Activity.held_on, period))
        .group_by(Activity.kind)).all())
    sigs = list(session.scalars(select(Signal).where(Signal.network_id == network_id, alive(Signal),
                                                     _in(Signal.raised_on, period))))
    handled = [s for s in sigs if s.status in (SignalStatus.ANSWERED.value, SignalStatus.CLOSED.value)]
    days = []
    for s in handled:
        done = s.answered_on or s.closed_on
        if done is not None:
            days.append((done - s.raised_on).days)
    base = Figures(
        network_id=network_id, period=period.label, trajectories=funnel, successful=successful,
        closed_by_reason={str(k): int(v) for k, v in closed.items()},
        stakeholders_by_side={k: v for k, v in by_side.items() if v},
        stakeholders_by_stage=by_stage,
        new_relations=new_relations, places_offered=standing.places, interactions=interactions,
        network_size=sum(by_status.get(s, 0) for s in IN_NETWORK),
        appointed=appointed, left=left, honorary=by_status.get(AmbassadorStatus.HONORARY.value, 0),
        podium_per_ambassador=podium, podium_lights=lights,
        activities_by_kind={str(k): int(v) for k, v in acts.items()}, signals_raised=len(sigs),
        signals_handled=len(handled), signal_median_days=float(statistics.median(days)) if days else None,
        as_of=day.isoformat(), success_milestone=success_kind, followup_months=net.followup_months or 6,
        not_yet_assessable=cohort.pending, stakeholders_by_side_stage=standing.by_side_stage,
        ambassadors_by_status=by_status, places_estimated=standing.places_estimated,
        ambassadors_estimated=sum(1 for h in histories if h.estimated and status_on[h.id] is not None),
    )
    indicators = []
    for ind in session.scalars(select(Indicator).where(Indicator.network_id == network_id, alive(Indicator))
                               .order_by(Indicator.name)):
        tgt = next((t for t in ind.targets if t.year == period.label and t.deleted_at is None), None)
        actual = base.metric(ind.metric) if ind.metric else (tgt.actual_manual if tgt else None)
        indicators.append(IndicatorFigure(ind.name, ind.metric, ind.unit, tgt.target if tgt else None, actual,
                                          ind.baseline, (tgt.note if tgt else "") or ""))
    return Figures(**{**base.__dict__, "indicators": indicators})
