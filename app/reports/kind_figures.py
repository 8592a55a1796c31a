"""The figures each kind of network reports besides the common ones (#17): connection ambassadors
(barriers, support, referrers, offers, age bands, neighbourhoods), an entrepreneur network (podium
activities per ambassador, motivation profiles, diversity, group phase, appointments and refresh,
the thank-you moment), neighbourhood ambassadors (signals per village, responsible person and
topic; answered in time; overdue; presence at events and village-council meetings) and local
ambassadorship (relations built / maintained / expanded, charters and engagement declarations,
thank-you and recruiting moments, participation) — plus, for every kind, the steering group's
meetings in the period.

Aggregates only, JSON-serialisable: counts and sums per category, never a child's name, a
trajectory code or free text of a trajectory, never an ambassador's name or personal details
(diversity only from ambassadors who consented, and only as counts). Small-count suppression is
applied when the report is drawn (the threshold is a report option), from these raw counts."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.domain import (
    Activity,
    ActivityParticipant,
    Ambassador,
    AuditEntry,
    GroupPhaseEntry,
    Network,
    Signal,
    SignalStatusChange,
    StageChange,
    Stakeholder,
    SteeringMeeting,
    SteeringMember,
    SupportGiven,
    Trajectory,
    TrajectoryBarrier,
    TrajectoryOffer,
)
from app.domain.vocabulary import (
    PODIUM_KINDS,
    ActivityKind,
    AgeBand,
    AmbassadorStatus,
    Barrier,
    Category,
    NetworkKind,
    SignalStatus,
    Stage,
    Strategy,
)
from app.periods import Period
from app.services import ambassador as amb_service
from app.services import governance
from app.services.common import alive
from app.services.figures import (
    IN_NETWORK,
    CohortOutcome,
    ambassador_histories,
    cohort_outcome,
    cut_off,
    stakeholder_standing,
)

UNKNOWN = "unknown"  # a category that was not filled in
TOP_BARRIERS = 6

# Which of the six strategies (seed 001/003) work on a barrier (seed 003): the report names those
# the network chose, beside the support given on the trajectories where the barrier was met.
BARRIER_STRATEGIES: dict[str, tuple[str, ...]] = {
    Barrier.INFORMAL_LEISURE.value: (Strategy.OUTREACH.value, Strategy.LOW_THRESHOLD.value),
    Barrier.OFFER_MISMATCH.value: (Strategy.SUPPORT_ASSOCIATIONS.value, Strategy.STRUCTURAL.value),
    Barrier.DISTANCE_TO_SOCIETY.value: (Strategy.OUTREACH.value, Strategy.LOW_THRESHOLD.value),
    Barrier.NO_FAMILY_HABIT.value: (Strategy.INDIVIDUAL_GUIDANCE.value, Strategy.LOW_THRESHOLD.value),
    Barrier.MANY_WORRIES.value: (Strategy.INDIVIDUAL_GUIDANCE.value, Strategy.COOPERATION.value),
    Barrier.KNOWS_NOBODY.value: (Strategy.INDIVIDUAL_GUIDANCE.value, Strategy.LOW_THRESHOLD.value),
    Barrier.NO_PERSONAL_BOND.value: (Strategy.INDIVIDUAL_GUIDANCE.value, Strategy.COOPERATION.value),
    Barrier.HABIT_DIFFERENCES.value: (Strategy.SUPPORT_ASSOCIATIONS.value, Strategy.LOW_THRESHOLD.value),
    Barrier.HARD_TO_REACH.value: (Strategy.COOPERATION.value, Strategy.STRUCTURAL.value),
    Barrier.OFFER_MISSING.value: (Strategy.SUPPORT_ASSOCIATIONS.value, Strategy.COOPERATION.value,
                                  Strategy.STRUCTURAL.value),
    Barrier.UNAFFORDABLE.value: (Strategy.STRUCTURAL.value, Strategy.INDIVIDUAL_GUIDANCE.value),
    Barrier.NOT_AWARE.value: (Strategy.OUTREACH.value, Strategy.INDIVIDUAL_GUIDANCE.value,
                              Strategy.COOPERATION.value),
}
# relations in seed 000's words: built (a first introduction), maintained, expanded (involved, partner)
RELATION_STEPS: dict[str, tuple[str, ...]] = {
    "built": (Stage.INTRODUCED.value,),
    "maintained": (Stage.MAINTAINED.value,),
    "expanded": (Stage.INVOLVED.value, Stage.PARTNER.value),
}
DIVERSITY_FIELDS = ("sector", "company_size", "theme_phase", "age_band", "gender", "background")
CAN_HOLD_PODIUM = frozenset({AmbassadorStatus.APPOINTED.value, AmbassadorStatus.ACTIVE.value})


def _counts(values: list[str]) -> dict[str, int]:
    return dict(Counter(values).most_common())


def _age_band(band: str, birth_year: int | None, started: date) -> str:
    if band:
        return band
    if birth_year is None:
        return UNKNOWN
    age = started.year - birth_year
    for member, upper in ((AgeBand.UNDER_6, 5), (AgeBand.AGE_6_11, 11), (AgeBand.AGE_12_15, 15),
                          (AgeBand.AGE_16_18, 18), (AgeBand.AGE_19_25, 25)):
        if age <= upper:
            return member.value
    return AgeBand.ADULT.value


def _in(col: Any, period: Period, day: date) -> Any:
    return col.between(period.start, min(period.end, day))


# -- every kind ---------------------------------------------------------------------------------

def steering(session: Session, net: Network, period: Period, day: date) -> dict[str, Any]:
    meetings = session.scalars(select(SteeringMeeting.group_kind).where(
        SteeringMeeting.network_id == net.id, alive(SteeringMeeting), _in(SteeringMeeting.held_on, period, day)))
    members = session.scalars(select(SteeringMember.group_kind).where(
        SteeringMember.network_id == net.id, alive(SteeringMember)))
    return {"meetings": _counts([m or "steering" for m in meetings]),
            "members": _counts([m or "steering" for m in members])}


# -- connection ambassadors ---------------------------------------------------------------------

def connection(session: Session, net: Network, period: Period, day: date) -> dict[str, Any]:
    cohort = select(Trajectory.id).where(Trajectory.network_id == net.id, alive(Trajectory),
                                         _in(Trajectory.started_on, period, day))
    trajs = list(session.execute(select(Trajectory.id, Trajectory.age_band, Trajectory.birth_year,
                                        Trajectory.started_on, Trajectory.neighbourhood, Stakeholder.category)
                                 .outerjoin(Stakeholder, Stakeholder.id == Trajectory.referral_source_id)
                                 .where(Trajectory.network_id == net.id, alive(Trajectory),
                                        _in(Trajectory.started_on, period, day))))
    barriers: dict[str, set[str]] = {}
    for tid, barrier in session.execute(select(TrajectoryBarrier.trajectory_id, TrajectoryBarrier.barrier)
                                        .where(TrajectoryBarrier.trajectory_id.in_(cohort), alive(TrajectoryBarrier))):
        barriers.setdefault(str(barrier), set()).add(tid)
    support_of: dict[str, set[str]] = {}  # trajectory -> support kinds given to it by the cut-off
    for tid, kind in session.execute(select(SupportGiven.trajectory_id, SupportGiven.kind).where(
            SupportGiven.trajectory_id.in_(cohort), alive(SupportGiven), SupportGiven.given_on <= day)):
        support_of.setdefault(tid, set()).add(str(kind))
    chosen = set(net.strategies or [])
    top = sorted(barriers.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:TOP_BARRIERS]
    barrier_rows = []
    for barrier, tids in top:
        answered = Counter(k for t in tids for k in support_of.get(t, ()))
        barrier_rows.append({"barrier": barrier, "trajectories": len(tids),
                             "strategies": [s for s in BARRIER_STRATEGIES.get(barrier, ()) if s in chosen],
                             "support": dict(sorted(answered.items(), key=lambda kv: (-kv[1], kv[0])))})
    # support given in the period, on any trajectory of the network
    support: dict[str, dict[str, Any]] = {}
    for kind, tid, amount in session.execute(
            select(SupportGiven.kind, SupportGiven.trajectory_id, SupportGiven.amount_eur)
            .join(Trajectory, Trajectory.id == SupportGiven.trajectory_id)
            .where(Trajectory.network_id == net.id, alive(Trajectory), alive(SupportGiven),
                   _in(SupportGiven.given_on, period, day))):
        row = support.setdefault(str(kind), {"count": 0, "trajectories": set(), "eur": 0.0})
        row["count"] += 1
        row["trajectories"].add(tid)
        row["eur"] += float(amount or 0)
    support_rows = {k: {"count": v["count"], "trajectories": len(v["trajectories"]), "eur": round(v["eur"], 2)}
                    for k, v in sorted(support.items())}
    offers = [str(c) for (c,) in session.execute(
        select(Stakeholder.category).join(TrajectoryOffer, TrajectoryOffer.stakeholder_id == Stakeholder.id)
        .where(TrajectoryOffer.trajectory_id.in_(cohort), alive(TrajectoryOffer)))]
    return {
        "started": len(trajs),
        "with_barrier": len({t for tids in barriers.values() for t in tids}),
        "barriers": barrier_rows,
        "barrier_counts": {b: len(t) for b, t in barriers.items()},
        "support": support_rows,
        "referrers": _counts([str(category or UNKNOWN) for *_x, category in trajs]),
        "offers": _counts(offers),
        "age_bands": _counts([_age_band(band or "", by, started) for _id, band, by, started, _n, _r in trajs]),
        "neighbourhoods": _counts([(n or "").strip() or UNKNOWN for _id, _b, _by, _s, n, _r in trajs]),
    }


# -- entrepreneur network -------------------------------------------------------------------------

def entrepreneur(session: Session, net: Network, period: Period, day: date) -> dict[str, Any]:
    end = min(period.end, day)
    histories = {h.id: h for h in ambassador_histories(session, net.id)}
    eligible: set[str] = set()
    for h in histories.values():
        held = {h.status_on(period.start)} | {c.to_status for c in h.changes if period.start <= c.on <= end}
        if held & CAN_HOLD_PODIUM and (h.deleted is None or h.deleted > period.start):
            eligible.add(h.id)
    target = net.podium_target or 3
    podium = amb_service.podium_counts(session, net.id, Period(period.start, end, period.label))
    per = [podium.get(a, 0) for a in eligible]
    distribution = {"none": sum(1 for n in per if n == 0), "some": sum(1 for n in per if 0 < n < target),
                    "target": sum(1 for n in per if n >= target)}
    now_status = {a: histories[a].status_on(end) for a in eligible}
    podium_kinds = _counts([str(k) for (k,) in session.execute(
        select(Activity.kind).where(Activity.network_id == net.id, alive(Activity), _in(Activity.held_on, period, end),
                                    Activity.kind.in_([k.value for k in PODIUM_KINDS])))])
    ambs = list(session.scalars(select(Ambassador).where(Ambassador.id.in_(eligible)))) if eligible else []
    consenting = [a for a in ambs if a.diversity_consent]
    diversity = {f: _counts([str(getattr(a, f) or "").strip() or UNKNOWN for a in consenting]) for f in DIVERSITY_FIELDS}
    phases = [{"phase": p, "on": on.isoformat()} for p, on in session.execute(
        select(GroupPhaseEntry.phase, GroupPhaseEntry.noted_on).where(
            GroupPhaseEntry.network_id == net.id, alive(GroupPhaseEntry), _in(GroupPhaseEntry.noted_on, period, end))
        .order_by(GroupPhaseEntry.noted_on))]
    before = session.execute(select(GroupPhaseEntry.phase).where(
        GroupPhaseEntry.network_id == net.id, alive(GroupPhaseEntry), GroupPhaseEntry.noted_on < period.start)
        .order_by(GroupPhaseEntry.noted_on.desc())).scalars().first()
    live = [h for h in histories.values() if h.deleted is None]
    moved = {s: sum(1 for h in live if any(c.to_status == s and period.start <= c.on <= end for c in h.changes))
             for s in (AmbassadorStatus.APPOINTED.value, AmbassadorStatus.HONORARY.value, AmbassadorStatus.FORMER.value)}
    reactivated = {h.id for h in live if any(c.from_status == AmbassadorStatus.HONORARY.value and
                                             c.to_status == AmbassadorStatus.ACTIVE.value and
                                             period.start <= c.on <= end for c in h.changes)}
    return {
        "podium_target": target,
        "eligible": len(eligible),
        "eligible_now": _counts([s or UNKNOWN for s in now_status.values()]),
        "podium_total": sum(per),
        "podium_distribution": distribution,
        "podium_kinds": podium_kinds,
        "motivation": _counts([a.motivation_profile or UNKNOWN for a in ambs]),
        "diversity_consent": len(consenting),
        "diversity": diversity,
        "phases": phases,
        "phase_before": before,
        "appointed": moved[AmbassadorStatus.APPOINTED.value],
        "renewed": len(_term_renewals(session, net, histories, period, end) | reactivated),
        "honorary": moved[AmbassadorStatus.HONORARY.value],
        "left": moved[AmbassadorStatus.FORMER.value],
        "thank_you": _moments(session, net, period, end, ActivityKind.THANK_YOU.value),
    }


def _term_renewals(session: Session, net: Network, histories: dict[str, Any], period: Period, end: date) -> set[str]:
    """Ambassadors whose term end was changed in the period other than by their appointment that
    day (the audit log keeps which fields changed and when, never the values)."""
    ids = {a for a, h in histories.items() if h.deleted is None}
    if not ids:
        return set()
    start = datetime.combine(period.start, datetime.min.time())
    stop = datetime.combine(end + timedelta(days=1), datetime.min.time())
    out: set[str] = set()
    for rid, at, fields in session.execute(select(AuditEntry.record_id, AuditEntry.at, AuditEntry.fields).where(
            AuditEntry.table_name == Ambassador.__tablename__, AuditEntry.action == "update",
            AuditEntry.record_id.in_(ids), AuditEntry.at >= start, AuditEntry.at < stop)):
        if "term_end" not in (fields or []):
            continue
        appointed_that_day = any(c.to_status == AmbassadorStatus.APPOINTED.value and c.on == at.date()
                                 for c in histories[rid].changes)
        if "status" not in (fields or []) and not appointed_that_day:
            out.add(rid)
    return out


def _moments(session: Session, net: Network, period: Period, end: date, kind: str) -> dict[str, Any]:
    """Activities of `kind` in the period: how many, their days, and how many ambassadors attended."""
    acts = list(session.execute(select(Activity.id, Activity.held_on).where(
        Activity.network_id == net.id, alive(Activity), Activity.kind == kind, _in(Activity.held_on, period, end))
        .order_by(Activity.held_on)))
    attended = 0
    if acts:
        attended = len(set(session.scalars(select(ActivityParticipant.ambassador_id).where(
            ActivityParticipant.activity_id.in_([a for a, _ in acts]), alive(ActivityParticipant),
            ActivityParticipant.attended.is_(True), ActivityParticipant.ambassador_id.is_not(None)))))
    return {"count": len(acts), "days": [on.isoformat() for _a, on in acts], "ambassadors": attended}


# -- neighbourhood ambassadors --------------------------------------------------------------------

def neighbourhood(session: Session, net: Network, period: Period, day: date) -> dict[str, Any]:
    end = min(period.end, day)
    sigs = list(session.execute(select(Signal.id, Signal.raised_on, Signal.area, Signal.responsible, Signal.topic,
                                       Signal.due_on, Signal.answered_on, Signal.closed_on)
                                .where(Signal.network_id == net.id, alive(Signal), Signal.raised_on <= end)))
    history: dict[str, list[tuple[date, str]]] = {}
    for sid, on, to in session.execute(
            select(SignalStatusChange.signal_id, SignalStatusChange.changed_on, SignalStatusChange.to_status)
            .join(Signal, Signal.id == SignalStatusChange.signal_id)
            .where(Signal.network_id == net.id, alive(Signal), alive(SignalStatusChange), SignalStatusChange.changed_on <= end)
            .order_by(SignalStatusChange.changed_on, SignalStatusChange.created_at)):
        history.setdefault(sid, []).append((on, str(to)))
    due_days = net.signal_due_days or 30
    handled = (SignalStatus.ANSWERED.value, SignalStatus.CLOSED.value)

    def first_done(sid: str, answered: date | None, closed: date | None) -> tuple[date | None, bool]:
        """The first day it was answered or closed (by the period's end), and whether it was
        still open on that end (reopened signals count as open)."""
        rows = history.get(sid)
        if rows:
            done = next((on for on, to in rows if to in handled), None)
            return done, rows[-1][1] not in handled
        first = min([d for d in (answered, closed) if d is not None and d <= end], default=None)
        return first, first is None

    groups: dict[str, dict[str, dict[str, int]]] = {"area": {}, "responsible": {}, "topic": {}}
    raised = in_time = overdue = open_end = 0
    for sid, raised_on, area, responsible, topic, due_on, answered, closed in sigs:
        done, still_open = first_done(sid, answered, closed)
        due = due_on or raised_on + timedelta(days=due_days)
        if still_open:
            open_end += 1
            overdue += due < end
        if not period.contains(raised_on):
            continue
        raised += 1
        timely = done is not None and done <= due
        in_time += timely
        for key, value in (("area", area), ("responsible", responsible), ("topic", topic)):
            row = groups[key].setdefault((value or "").strip() or UNKNOWN, {"raised": 0, "answered": 0, "in_time": 0})
            row["raised"] += 1
            row["answered"] += done is not None
            row["in_time"] += timely
    return {
        "raised": raised, "answered_in_time": in_time, "open_at_end": open_end, "overdue_at_end": overdue,
        "by_area": groups["area"], "by_responsible": groups["responsible"], "by_topic": groups["topic"],
        "presence": _presence(session, net, period, end),
        "governance": _governance(session, net, period, day),
    }


def _governance(session: Session, net: Network, period: Period, day: date) -> dict[str, Any]:
    """Seed 004's governance as it stood on the cut-off day: the village councils' meetings held in
    the period with who attended and which minutes came in, and the agreements for the term (done
    in the period; still open on the last day, and of those overdue)."""
    g = governance.figures(session, net.id, period.start, min(period.end, day), today=day)
    return {key: g[key] for key in ("meetings_held", "councils_met", "ambassador_present", "area_manager_present",
                                    "minutes_expected", "minutes_received", "commitments_done",
                                    "commitments_open_end", "commitments_overdue_end")}


def _presence(session: Session, net: Network, period: Period, end: date) -> dict[str, Any]:
    """Activities in the period with at least one ambassador present, split into village-council
    meetings (a village council among the participants) and events, with the attendances."""
    rows = list(session.execute(
        select(Activity.id, Activity.kind, ActivityParticipant.ambassador_id, ActivityParticipant.stakeholder_id,
               ActivityParticipant.attended, Stakeholder.category)
        .join(ActivityParticipant, ActivityParticipant.activity_id == Activity.id)
        .outerjoin(Stakeholder, Stakeholder.id == ActivityParticipant.stakeholder_id)
        .where(Activity.network_id == net.id, alive(Activity), alive(ActivityParticipant),
               _in(Activity.held_on, period, end))))
    council = {a for a, _k, _amb, _sh, _att, cat in rows if cat == Category.VILLAGE_COUNCIL.value}
    kinds = {a: k for a, k, *_rest in rows}
    present: dict[str, set[str]] = {}
    invited: dict[str, int] = {}
    for act, _k, amb, _sh, attended, _cat in rows:
        if amb is None:
            continue
        invited[act] = invited.get(act, 0) + 1
        if attended:
            present.setdefault(act, set()).add(amb)
    out: dict[str, Any] = {}
    for group, acts in (("council", {a for a in kinds if a in council}),
                        ("event", {a for a in kinds if a not in council and kinds[a] == ActivityKind.EVENT.value}),
                        ("other", {a for a in kinds if a not in council and kinds[a] != ActivityKind.EVENT.value})):
        out[group] = {"activities": len(acts), "with_ambassador": sum(1 for a in acts if present.get(a)),
                      "attendances": sum(len(present.get(a, ())) for a in acts),
                      "invited": sum(invited.get(a, 0) for a in acts),
                      "ambassadors": len(set().union(*(present.get(a, set()) for a in acts)))}
    return out


# -- local ambassadorship -------------------------------------------------------------------------

def local(session: Session, net: Network, period: Period, day: date) -> dict[str, Any]:
    end = min(period.end, day)
    changes = list(session.execute(select(StageChange.stakeholder_id, StageChange.to_stage)
                                   .join(Stakeholder, Stakeholder.id == StageChange.stakeholder_id)
                                   .where(Stakeholder.network_id == net.id, alive(Stakeholder), alive(StageChange),
                                          _in(StageChange.changed_on, period, end))))
    relations = {step: len({sid for sid, to in changes if to in stages}) for step, stages in RELATION_STEPS.items()}
    declarations = len(list(session.scalars(select(Stakeholder.id).where(
        Stakeholder.network_id == net.id, alive(Stakeholder), _in(Stakeholder.engagement_signed_on, period, end)))))
    charters = len(list(session.scalars(select(Ambassador.id).where(
        Ambassador.network_id == net.id, alive(Ambassador), _in(Ambassador.charter_signed_on, period, end)))))
    nominated = len(list(session.scalars(select(Ambassador.id).where(
        Ambassador.network_id == net.id, alive(Ambassador), _in(Ambassador.nominated_on, period, end)))))
    participation: dict[str, dict[str, int]] = {}
    seen: set[str] = set()
    people: set[str] = set()
    for act, kind, amb, shid, attended in session.execute(
            select(Activity.id, Activity.kind, ActivityParticipant.ambassador_id, ActivityParticipant.stakeholder_id,
                   ActivityParticipant.attended)
            .outerjoin(ActivityParticipant, (ActivityParticipant.activity_id == Activity.id)
                       & ActivityParticipant.deleted_at.is_(None))
            .where(Activity.network_id == net.id, alive(Activity), _in(Activity.held_on, period, end))):
        row = participation.setdefault(str(kind), {"activities": 0, "ambassadors": 0, "stakeholders": 0})
        if act not in seen:
            seen.add(act)
            row["activities"] += 1
        if attended and amb is not None:
            row["ambassadors"] += 1
            people.add(amb)
        if attended and shid is not None:
            row["stakeholders"] += 1
    return {
        "relations": relations, "engagement_declarations": declarations, "charters": charters,
        "thank_you": _moments(session, net, period, end, ActivityKind.THANK_YOU.value),
        "recruiting": {"info_moments": _moments(session, net, period, end, ActivityKind.INFO_MOMENT.value)["count"],
                       "nominated": nominated},
        "participation": dict(sorted(participation.items())),
        "ambassadors_taking_part": len(people),
    }


KINDS = {NetworkKind.CONNECTION.value: connection, NetworkKind.ENTREPRENEUR.value: entrepreneur,
         NetworkKind.NEIGHBOURHOOD.value: neighbourhood, NetworkKind.LOCAL.value: local}


def kind_figures(session: Session, net: Network, period: Period, day: date) -> dict[str, Any]:
    """The kind's own figures for the period, counted up to `day` (the period's cut-off)."""
    out: dict[str, Any] = {"kind": net.kind, "steering": steering(session, net, period, day)}
    fn = KINDS.get(net.kind)
    if fn is not None:
        out[net.kind] = fn(session, net, period, day)
    return out


# -- the headline figures of a kind, for the three-year trend -------------------------------------

def trend_kind(session: Session, net: Network, period: Period, day: date) -> dict[str, Any]:
    """kind_figures as far as headline() reads them (a connection network's headline needs only
    the steering group's meetings of its kind figures)."""
    if net.kind == NetworkKind.CONNECTION.value:
        return {"kind": net.kind, "steering": steering(session, net, period, day)}
    return kind_figures(session, net, period, day)


_NEW_RELATIONS_SQL = text("""
SELECT count(DISTINCT sc.stakeholder_id) FROM stage_change sc CROSS JOIN stakeholder s ON s.id = sc.stakeholder_id
WHERE s.network_id = :net AND s.deleted_at IS NULL AND sc.deleted_at IS NULL AND sc.to_stage = :stage
  AND sc.changed_on BETWEEN :start AND :end
""")


def trend_figures(session: Session, net: Network, period: Period, today: date) -> dict[str, Any]:
    """The part of services.figures.yearly_figures that headline() reads, counted the same way,
    for the trend's earliest column (the report's other tables never need the rest of that year,
    and the whole of it would cost the report about a second on a large vault). The trend leaves
    out the contact moments: counting them is the slowest part of a year's figures."""
    day = cut_off(period, today)
    has_any = net.kind == NetworkKind.CONNECTION.value or session.scalars(
        select(Trajectory.id).where(Trajectory.network_id == net.id, alive(Trajectory)).limit(1)).first() is not None
    cohort = cohort_outcome(session, net, period, day) if has_any else CohortOutcome(0, {}, {})
    success = net.success_milestone or "still_active"
    successful = cohort.started if success == "first_contact" else cohort.reached.get(success, 0)
    standing = stakeholder_standing(session, net.id, day)
    by_side = {side: sum(n for stage, n in stages.items() if stage != Stage.MAPPED.value)
               for side, stages in standing.by_side_stage.items()}
    histories = ambassador_histories(session, net.id)
    on_day = [h.status_on(day) for h in histories]
    live = [h for h in histories if h.deleted is None]
    window = {"net": net.id, "start": period.start.isoformat(), "end": period.end.isoformat()}
    sigs = list(session.scalars(select(Signal.status).where(Signal.network_id == net.id, alive(Signal),
                                                            Signal.raised_on.between(period.start, period.end))))
    return {
        "trajectories": {"started": cohort.started, **cohort.reached}, "successful": successful,
        "places_offered": standing.places, "stakeholders_by_side": {k: v for k, v in by_side.items() if v},
        "network_size": sum(1 for st in on_day if st in IN_NETWORK),
        "appointed": sum(1 for h in live if h.moved_to(AmbassadorStatus.APPOINTED.value, period)),
        "left": sum(1 for h in live if h.moved_to(AmbassadorStatus.FORMER.value, period)),
        "new_relations": int(session.execute(_NEW_RELATIONS_SQL, {**window, "stage": Stage.INTRODUCED.value}).scalar_one()),
        "podium_per_ambassador": amb_service.podium_counts(session, net.id, period),
        "signals_raised": len(sigs),
        "signals_handled": sum(1 for st in sigs if st in (SignalStatus.ANSWERED.value, SignalStatus.CLOSED.value)),
    }


def headline(kind: str, figures: dict[str, Any] | None, own: dict[str, Any] | None) -> dict[str, float | None]:
    """The figures a kind's trend table compares, from a period's common figures and its kind
    figures (None where a frozen report of an older version did not count it)."""
    fig = figures or {}
    k = (own or {}).get(kind) if own else None

    def get(*path: str) -> float | None:
        value: Any = k
        for p in path:
            if not isinstance(value, dict):
                return None
            value = value.get(p)
        return None if value is None else float(value)

    common: dict[str, float | None] = {
        "network_size": fig.get("network_size"),
        "reached": float(sum((fig.get("stakeholders_by_side") or {}).values())) if fig else None,
    }
    meetings = (own or {}).get("steering", {}).get("meetings") if own else None
    common["steering_meetings"] = float(sum(meetings.values())) if isinstance(meetings, dict) else None
    if kind == NetworkKind.CONNECTION.value:
        traj = fig.get("trajectories") or {}
        return {"started": traj.get("started"), "successful": fig.get("successful"),
                "places": fig.get("places_offered"), **common}
    if kind == NetworkKind.ENTREPRENEUR.value:
        podium = fig.get("podium_per_ambassador")
        return {"podium_total": float(sum(podium.values())) if isinstance(podium, dict) else None,
                "podium_target_met": get("podium_distribution", "target"),
                "appointed": fig.get("appointed"), "left": fig.get("left"), **common}
    if kind == NetworkKind.NEIGHBOURHOOD.value:
        return {"signals_raised": fig.get("signals_raised"), "signals_handled": fig.get("signals_handled"),
                "answered_in_time": get("answered_in_time"), "overdue_at_end": get("overdue_at_end"), **common}
    relations = (k or {}).get("relations") if k else None
    return {"new_relations": fig.get("new_relations"),
            "relations_expanded": None if relations is None else float(relations.get("expanded", 0)),
            "thank_you": get("thank_you", "count"), **common}
