"""Yearly figures per network: what the annual report and the dashboard count, in one place.
Aggregates only: nothing here carries a name, a code or free text of a trajectory."""

from __future__ import annotations

import statistics
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import (
    Activity,
    Indicator,
    Interaction,
    Signal,
    StageChange,
    Stakeholder,
    Trajectory,
)
from app.domain.vocabulary import AmbassadorStatus, SignalStatus
from app.periods import Period
from app.services import ambassador as amb_service
from app.services import trajectory as traj_service
from app.services.common import alive, network


@dataclass(frozen=True)
class IndicatorFigure:
    name: str
    metric: str
    unit: str
    target: float | None
    actual: float | None


@dataclass(frozen=True)
class Figures:
    network_id: str
    period: str
    trajectories: dict[str, int]  # funnel: started, trial, enrolled, still_active, re_enrolled
    successful: int
    closed_by_reason: dict[str, int]
    stakeholders_by_side: dict[str, int]
    stakeholders_by_stage: dict[str, int]
    new_relations: int
    places_offered: int
    interactions: int
    network_size: int
    appointed: int
    left: int
    honorary: int
    podium_per_ambassador: dict[str, int]  # ambassador id -> count (ids, never names)
    podium_lights: dict[str, int]  # red / amber / green
    activities_by_kind: dict[str, int]
    signals_raised: int
    signals_handled: int
    signal_median_days: float | None
    indicators: list[IndicatorFigure] = field(default_factory=list)

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


def _in(col: Any, period: Period) -> Any:
    return col.between(period.start, period.end)


def yearly_figures(session: Session, network_id: str, period: Period) -> Figures:
    net = network(session, network_id)
    funnel = traj_service.funnel(session, network_id, period)
    success_kind = net.success_milestone or "still_active"
    successful = funnel.get(success_kind, funnel["started"] if success_kind == "first_contact" else 0)
    closed = dict(session.execute(
        select(Trajectory.closing_reason, func.count()).where(
            Trajectory.network_id == network_id, alive(Trajectory), _in(Trajectory.closed_on, period))
        .group_by(Trajectory.closing_reason)).all())
    live_sh = (Stakeholder.network_id == network_id, alive(Stakeholder))
    reached = (Stakeholder.stage != "mapped",)
    by_side = dict(session.execute(select(Stakeholder.side, func.count()).where(*live_sh, *reached)
                                   .group_by(Stakeholder.side)).all())
    by_stage = dict(session.execute(select(Stakeholder.stage, func.count()).where(*live_sh)
                                    .group_by(Stakeholder.stage)).all())
    new_relations = int(session.execute(
        select(func.count(func.distinct(StageChange.stakeholder_id))).join(Stakeholder)
        .where(*live_sh, StageChange.to_stage == "introduced", _in(StageChange.changed_on, period))).scalar_one())
    places = int(session.execute(select(func.coalesce(func.sum(Stakeholder.places_available), 0))
                                 .where(*live_sh, Stakeholder.side == "supply")).scalar_one() or 0)
    interactions = int(session.execute(
        select(func.count()).select_from(Interaction).join(Stakeholder)
        .where(*live_sh, alive(Interaction), _in(Interaction.occurred_on, period))).scalar_one())
    ambs = amb_service.roster(session, network_id)
    size = sum(1 for a in ambs if a.status in amb_service.IN_NETWORK
               and (a.appointed_on is None or a.appointed_on <= period.end))
    appointed = sum(1 for a in ambs if period.contains(a.appointed_on))
    left = sum(1 for a in ambs if period.contains(a.left_on))
    honorary = sum(1 for a in ambs if a.status == AmbassadorStatus.HONORARY.value)
    podium = amb_service.podium_counts(session, network_id, period)
    target = net.podium_target or 3
    lights = {"red": 0, "amber": 0, "green": 0}
    for a in ambs:
        if a.status == AmbassadorStatus.ACTIVE.value:
            lights[amb_service.podium_light(podium.get(a.id, 0), target)] += 1
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
        stakeholders_by_side={str(k): int(v) for k, v in by_side.items()},
        stakeholders_by_stage={str(k): int(v) for k, v in by_stage.items()},
        new_relations=new_relations, places_offered=places, interactions=interactions, network_size=size,
        appointed=appointed, left=left, honorary=honorary, podium_per_ambassador=podium, podium_lights=lights,
        activities_by_kind={str(k): int(v) for k, v in acts.items()}, signals_raised=len(sigs),
        signals_handled=len(handled), signal_median_days=float(statistics.median(days)) if days else None,
    )
    indicators = []
    for ind in session.scalars(select(Indicator).where(Indicator.network_id == network_id, alive(Indicator))
                               .order_by(Indicator.name)):
        tgt = next((t for t in ind.targets if t.year == period.label and t.deleted_at is None), None)
        actual = base.metric(ind.metric) if ind.metric else (tgt.actual_manual if tgt else None)
        indicators.append(IndicatorFigure(ind.name, ind.metric, ind.unit, tgt.target if tgt else None, actual))
    return Figures(**{**base.__dict__, "indicators": indicators})
