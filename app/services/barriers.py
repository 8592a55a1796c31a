"""Barriers for the network as a whole (seeds 001, 003): which barriers are met most this period,
on the demand side (the trajectories started) and the supply side (the providers), which of the six
strategies and which kinds of support answer them, and the action plan against the main ones
(what, who, by when) that the report's Borging section prints."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import (
    BarrierAction,
    Network,
    Stakeholder,
    SupportGiven,
    Trajectory,
    TrajectoryBarrier,
)
from app.domain.vocabulary import Barrier, Side, Strategy, SupplyBarrier, label
from app.errors import ValidationError
from app.periods import Period
from app.services.attention import AttentionItem
from app.services.common import alive, network, resolve, soft_delete

SUPPLY = "supply:"  # the prefix of a supply-side barrier's key in an action plan

# which strategies answer a barrier: Verbind's reading of seeds 001 and 003, offered as suggestions
ANSWERS: dict[str, tuple[Strategy, ...]] = {
    Barrier.INFORMAL_LEISURE: (Strategy.OUTREACH, Strategy.LOW_THRESHOLD),
    Barrier.OFFER_MISMATCH: (Strategy.SUPPORT_ASSOCIATIONS, Strategy.STRUCTURAL),
    Barrier.DISTANCE_TO_SOCIETY: (Strategy.LOW_THRESHOLD, Strategy.OUTREACH),
    Barrier.NO_FAMILY_HABIT: (Strategy.INDIVIDUAL_GUIDANCE,),
    Barrier.MANY_WORRIES: (Strategy.INDIVIDUAL_GUIDANCE, Strategy.COOPERATION),
    Barrier.KNOWS_NOBODY: (Strategy.INDIVIDUAL_GUIDANCE, Strategy.LOW_THRESHOLD),
    Barrier.NO_PERSONAL_BOND: (Strategy.OUTREACH, Strategy.INDIVIDUAL_GUIDANCE),
    Barrier.HABIT_DIFFERENCES: (Strategy.SUPPORT_ASSOCIATIONS,),
    Barrier.HARD_TO_REACH: (Strategy.STRUCTURAL, Strategy.COOPERATION),
    Barrier.OFFER_MISSING: (Strategy.STRUCTURAL, Strategy.SUPPORT_ASSOCIATIONS),
    Barrier.UNAFFORDABLE: (Strategy.STRUCTURAL, Strategy.INDIVIDUAL_GUIDANCE),
    Barrier.NOT_AWARE: (Strategy.COOPERATION, Strategy.OUTREACH),
    SUPPLY + SupplyBarrier.VOLUNTEER_CAPACITY: (Strategy.SUPPORT_ASSOCIATIONS, Strategy.COOPERATION),
    SUPPLY + SupplyBarrier.WAITING_LIST: (Strategy.COOPERATION, Strategy.STRUCTURAL),
    SUPPLY + SupplyBarrier.SUPPORT_DISTANCE: (Strategy.SUPPORT_ASSOCIATIONS,),
    SUPPLY + SupplyBarrier.SMALL_NETWORK: (Strategy.COOPERATION,),
    SUPPLY + SupplyBarrier.IDENTITY_HABITS: (Strategy.SUPPORT_ASSOCIATIONS, Strategy.INDIVIDUAL_GUIDANCE),
    SUPPLY + SupplyBarrier.TURNOVER: (Strategy.STRUCTURAL, Strategy.SUPPORT_ASSOCIATIONS),
}
DUE_SOON_DAYS = 14


def barrier_label(key: str, lang: str = "nl") -> str:
    if key.startswith(SUPPLY):
        value = key[len(SUPPLY):]
        return label(SupplyBarrier(value), lang) if value in SupplyBarrier._value2member_map_ else value
    return label(Barrier(key), lang) if key in Barrier._value2member_map_ else key


def barrier_keys() -> list[str]:
    """Every barrier an action can be about: the demand side, then the supply side."""
    return [b.value for b in Barrier] + [SUPPLY + b.value for b in SupplyBarrier]


@dataclass(frozen=True)
class BarrierRow:
    key: str  # a Barrier value, or SUPPLY + a SupplyBarrier value
    count: int  # trajectories started in the period with it (demand) or providers naming it (supply)
    chosen: tuple[str, ...]  # strategies of the network that answer it
    suggested: tuple[str, ...]  # strategies that would answer it and the network did not choose
    support: tuple[tuple[str, int], ...]  # (support kind, times) given on those trajectories in the period
    actions: int  # open actions against it

    @property
    def supply(self) -> bool:
        return self.key.startswith(SUPPLY)


def analysis(session: Session, network_id: str, period: Period) -> list[BarrierRow]:
    """The barriers met, most common first, each side on its own."""
    net = network(session, network_id)
    strategies = set(net.strategies or [])
    started = select(Trajectory.id).where(Trajectory.network_id == network_id, alive(Trajectory),
                                          Trajectory.started_on.between(period.start, period.end))
    demand = Counter(str(b) for b in session.scalars(select(TrajectoryBarrier.barrier).where(
        TrajectoryBarrier.trajectory_id.in_(started), alive(TrajectoryBarrier))))
    support: dict[str, Counter[str]] = {}
    for barrier, kind in session.execute(
            select(TrajectoryBarrier.barrier, SupportGiven.kind)
            .join(SupportGiven, SupportGiven.trajectory_id == TrajectoryBarrier.trajectory_id)
            .where(TrajectoryBarrier.trajectory_id.in_(started), alive(TrajectoryBarrier), alive(SupportGiven),
                   SupportGiven.given_on.between(period.start, period.end))):
        support.setdefault(str(barrier), Counter())[str(kind)] += 1
    supply: Counter[str] = Counter()
    for chosen in session.scalars(select(Stakeholder.supply_barriers).where(
            Stakeholder.network_id == network_id, alive(Stakeholder), Stakeholder.side == Side.SUPPLY.value)):
        supply.update(SUPPLY + b for b in (chosen or []))
    open_actions = Counter(a.barrier for a in actions(session, network_id) if a.done_on is None)
    rows = []
    for counts in (demand, supply):
        for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            answers = [s.value for s in ANSWERS.get(key, ())]
            rows.append(BarrierRow(key, n, tuple(s for s in answers if s in strategies),
                                   tuple(s for s in answers if s not in strategies),
                                   tuple(sorted(support.get(key, Counter()).items(), key=lambda kv: -kv[1])),
                                   open_actions.get(key, 0)))
    return rows


# -- the action plan ------------------------------------------------------------------------------------
def actions(session: Session, network_id: str) -> list[BarrierAction]:
    """The plan: open actions first (soonest due first), then the ones done."""
    found = list(session.scalars(select(BarrierAction).where(BarrierAction.network_id == network_id,
                                                            alive(BarrierAction))))
    return sorted(found, key=lambda a: (a.done_on is not None, a.due_on or date.max, a.created_at))


def add_action(session: Session, network_id: str, barrier: str, action: str, owner: str = "",
               due_on: date | None = None) -> BarrierAction:
    resolve(session, Network, network_id)
    if barrier not in barrier_keys():
        raise ValidationError("Kies de drempel waar de actie over gaat.", field="barrier")
    if not (action or "").strip():
        raise ValidationError("Beschrijf de actie: wat ga je doen?", field="action")
    if not (owner or "").strip():
        raise ValidationError("Wie neemt de actie op? Een actieplan zonder trekker blijft liggen.", field="owner")
    row = BarrierAction(network_id=network_id, barrier=barrier, action=action.strip(), owner=owner.strip()[:200],
                        due_on=due_on)
    session.add(row)
    session.flush()
    return row


def complete_action(session: Session, action_id: str, on: date | None) -> BarrierAction:
    """Mark an action done on a day (None: open again)."""
    row = resolve(session, BarrierAction, action_id)
    if on is not None and row.created_at is not None and on < row.created_at.date() - timedelta(days=366):
        raise ValidationError("Die datum ligt ver vóór de actie werd gepland.", field="done_on")
    row.done_on = on
    session.flush()
    return row


def delete_action(session: Session, action_id: str) -> None:
    soft_delete(session, resolve(session, BarrierAction, action_id))


def attention_items(session: Session, network_id: str, today: date) -> list[AttentionItem]:
    """Actions of the plan that are due within two weeks or overdue (opened in the Trajecten tab)."""
    items = []
    for a in actions(session, network_id):
        if a.done_on is None and a.due_on is not None and (a.due_on - today).days <= DUE_SOON_DAYS:
            late = a.due_on < today
            what = a.action if len(a.action) <= 60 else a.action[:57] + "…"
            items.append(AttentionItem(
                "trajectory", 2 if late else 1,
                f"Actieplan: {what} ({a.owner}) — " + ("te laat" if late else f"tegen {a.due_on:%d/%m/%Y}"),
                f"Action plan: {what} ({a.owner}) — " + ("overdue" if late else f"by {a.due_on:%d/%m/%Y}"),
                "", a.due_on))
    return items
