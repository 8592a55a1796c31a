"""What the trajectory screens show, as plain data read in one session: the list (searched,
filtered, sorted and paged in SQL, so the 20,000 trajectories of a large vault never sit in
memory), one trajectory's form with its offers, barriers, support and milestones, the choices of
the form's and the filters' lists, and the insight panel's figures. Never the optional name in a
list row: it only appears in the form, on request."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.domain import Ambassador, Milestone, Stakeholder, Trajectory, TrajectoryBarrier
from app.domain.vocabulary import MILESTONE_ORDER, Barrier, MilestoneKind, Side, TrajectoryStatus
from app.errors import ValidationError
from app.periods import Period, period_of
from app.services import trajectory as rules
from app.services.common import alive, network

CHOICES_LIMIT = 2000  # a combo box beyond this is unusable anyway; a linked record is always added


# -- the list ------------------------------------------------------------------------------------
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
    next_kind: str | None  # the open trajectory's next milestone to check, by its due date
    next_due: date | None
    overdue: bool = False  # the next milestone should have been checked before today


@dataclass(frozen=True)
class TrajectoryFilters:
    text: str = ""  # searches the code only
    status: str | None = None
    worker_id: str | None = None
    year: int | None = None  # the calendar year of the first contact
    neighbourhood: str | None = None
    barrier: str | None = None
    due_within_days: int | None = None  # only trajectories with a milestone due by today + N


SORTABLE = ("code", "birth_year", "neighbourhood", "worker", "status", "next_kind", "next_due", "started_on")


def _next_due() -> tuple[Any, Any]:
    """The open trajectory's earliest milestone still to check: its kind and due date, looked up
    per row through the milestone index (a joined subquery would be scanned for every row)."""
    pending = (Milestone.trajectory_id == Trajectory.id, alive(Milestone), Milestone.achieved_on.is_(None),
               Milestone.due_on.is_not(None), Trajectory.status == TrajectoryStatus.OPEN.value)
    due = select(func.min(Milestone.due_on)).where(*pending).correlate(Trajectory).scalar_subquery()
    kind = (select(Milestone.kind).where(*pending).order_by(Milestone.due_on, Milestone.id).limit(1)
            .correlate(Trajectory).scalar_subquery())
    return kind, due


def _query(network_id: str, f: TrajectoryFilters, today: date) -> tuple[Any, dict[str, Any]]:
    next_kind, next_due = _next_due()
    worker = func.coalesce(Ambassador.name, Trajectory.worker_name, "")
    q = (select(Trajectory.id, Trajectory.code, Trajectory.birth_year, func.coalesce(Trajectory.neighbourhood, ""),
                worker, Trajectory.status, Trajectory.started_on, next_kind, next_due)
         .outerjoin(Ambassador, Ambassador.id == Trajectory.worker_ambassador_id)
         .where(Trajectory.network_id == network_id, alive(Trajectory)))
    if f.text.strip():
        like = "%" + f.text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        q = q.where(Trajectory.code.like(like, escape="\\"))
    if f.status:
        q = q.where(Trajectory.status == f.status)
    if f.worker_id:
        q = q.where(Trajectory.worker_ambassador_id == f.worker_id)
    if f.year:
        q = q.where(Trajectory.started_on.between(date(f.year, 1, 1), date(f.year, 12, 31)))
    if f.neighbourhood:
        q = q.where(Trajectory.neighbourhood == f.neighbourhood)
    if f.barrier:
        q = q.where(Trajectory.id.in_(select(TrajectoryBarrier.trajectory_id).where(
            TrajectoryBarrier.barrier == f.barrier, alive(TrajectoryBarrier))))
    if f.due_within_days is not None:
        q = q.where(next_due <= today + timedelta(days=f.due_within_days))
    milestone_order = case({k.value: i for i, k in enumerate(MILESTONE_ORDER)}, value=next_kind, else_=None)
    keys = {"code": Trajectory.code.collate("NOCASE"), "birth_year": Trajectory.birth_year,
            "neighbourhood": func.nullif(Trajectory.neighbourhood, "").collate("NOCASE"),
            "worker": func.nullif(worker, "").collate("NOCASE"), "status": Trajectory.status,
            "next_kind": milestone_order, "next_due": next_due, "started_on": Trajectory.started_on}
    return q, keys


def _row(r: Any, today: date) -> TrajectoryRow:
    tid, code, birth, hood, worker, status, started, kind, due = r
    return TrajectoryRow(tid, code, birth, hood or "", worker or "", status, started, kind, due,
                         due is not None and due < today)


def list_page(session: Session, network_id: str, filters: TrajectoryFilters = TrajectoryFilters(),
              today: date | None = None, *, order_by: str = "started_on", descending: bool = True,
              limit: int | None = 200, offset: int = 0) -> tuple[list[TrajectoryRow], int]:
    """One page of list rows in this order (empty values last either way) and the number of matches."""
    if order_by not in SORTABLE:
        raise ValidationError(f"Kan niet sorteren op {order_by!r}")
    today = today or date.today()
    q, keys = _query(network_id, filters, today)
    key = keys[order_by]
    q = q.order_by(key.is_(None), key.desc() if descending else key.asc(), Trajectory.started_on.desc(),
                   Trajectory.id)
    rows = [_row(r, today) for r in session.execute(q.limit(limit).offset(offset))]
    if not rows and not offset:
        return rows, 0
    total = len(rows) if limit is None else int(session.execute(
        select(func.count()).select_from(_query(network_id, filters, today)[0].subquery())).scalar_one())
    return rows, total


def list_rows(session: Session, network_id: str, filters: TrajectoryFilters = TrajectoryFilters(),
              today: date | None = None) -> list[TrajectoryRow]:
    """Every matching row, newest first (for callers that want the whole list)."""
    return list_page(session, network_id, filters, today, limit=None)[0]


# -- one trajectory --------------------------------------------------------------------------------
@dataclass(frozen=True)
class OfferView:
    stakeholder_id: str
    name: str
    places_available: int | None
    waiting_list: int | None


@dataclass(frozen=True)
class SupportView:
    given_on: date
    kind: str
    amount_eur: float | None


@dataclass(frozen=True)
class MilestoneView:
    kind: str
    achieved_on: date | None
    due_on: date | None
    outcome: bool | None
    count: int | None

    def reached(self) -> bool:
        return self.achieved_on is not None and self.outcome is not False


@dataclass(frozen=True)
class TrajectoryDetail:
    id: str
    code: str
    status: str
    closing_reason: str | None
    started_on: date
    birth_year: int | None
    gender: str
    neighbourhood: str
    family_code: str
    name: str  # local only: shown in the form, hidden until asked
    referral_source_id: str | None
    referral_name: str
    worker_ambassador_id: str | None
    worker_name: str
    wishes: str
    offers: list[OfferView] = field(default_factory=list)
    barriers: list[str] = field(default_factory=list)
    custom_barrier: str = ""
    support: list[SupportView] = field(default_factory=list)
    milestones: dict[str, MilestoneView] = field(default_factory=dict)

    @property
    def is_open(self) -> bool:
        return self.status == TrajectoryStatus.OPEN.value


def detail(session: Session, trajectory_id: str) -> TrajectoryDetail:
    t = rules.get(session, trajectory_id)
    referral = session.get(Stakeholder, t.referral_source_id) if t.referral_source_id else None
    worker = session.get(Ambassador, t.worker_ambassador_id) if t.worker_ambassador_id else None
    offers = []
    for o in t.offers:
        s = session.get(Stakeholder, o.stakeholder_id) if o.deleted_at is None else None
        if s is not None and s.deleted_at is None:
            offers.append(OfferView(s.id, s.name, s.places_available, s.waiting_list))
    barriers = [b for b in t.barriers if b.deleted_at is None]
    return TrajectoryDetail(
        id=t.id, code=t.code, status=t.status, closing_reason=t.closing_reason, started_on=t.started_on,
        birth_year=t.birth_year, gender=t.gender or "", neighbourhood=t.neighbourhood or "",
        family_code=t.family_code or "", name=t.name or "", referral_source_id=t.referral_source_id,
        referral_name=referral.name if referral is not None else "", worker_ambassador_id=t.worker_ambassador_id,
        worker_name=worker.name if worker is not None else (t.worker_name or ""), wishes=t.wishes or "",
        offers=offers, barriers=sorted(b.barrier for b in barriers),
        custom_barrier=next((b.custom for b in barriers if b.barrier == Barrier.OTHER.value), ""),
        support=[SupportView(g.given_on, g.kind, g.amount_eur) for g in t.support if g.deleted_at is None],
        milestones={m.kind: MilestoneView(m.kind, m.achieved_on, m.due_on, m.outcome, m.count)
                    for m in t.milestones if m.deleted_at is None})


# -- what the form's and the filters' lists offer ------------------------------------------------
@dataclass(frozen=True)
class OfferChoice:
    id: str
    name: str
    places_available: int | None
    waiting_list: int | None


@dataclass(frozen=True)
class FormChoices:
    referrals: list[tuple[str, str]]  # (id, name) of who can refer: demand, intermediary and policy side
    workers: list[tuple[str, str]]  # (id, name) of the network's ambassadors
    offers: list[OfferChoice]  # the supply side, with free places and waiting list


def form_choices(session: Session, network_id: str) -> FormChoices:
    def stakeholders(*where: Any) -> Any:
        return session.execute(select(Stakeholder.id, Stakeholder.name, Stakeholder.places_available,
                                      Stakeholder.waiting_list)
                               .where(Stakeholder.network_id == network_id, alive(Stakeholder), *where)
                               .order_by(Stakeholder.name).limit(CHOICES_LIMIT)).all()

    workers = session.execute(select(Ambassador.id, Ambassador.name).where(
        Ambassador.network_id == network_id, alive(Ambassador)).order_by(Ambassador.name)).all()
    return FormChoices(
        referrals=[(r.id, r.name) for r in stakeholders(Stakeholder.side.in_(rules.REFERRAL_SIDES))],
        workers=[(w.id, w.name) for w in workers],
        offers=[OfferChoice(*r) for r in stakeholders(Stakeholder.side == Side.SUPPLY.value)])


@dataclass(frozen=True)
class FilterChoices:
    years: list[int]  # newest first
    neighbourhoods: list[str]
    workers: list[tuple[str, str]]


def filter_choices(session: Session, network_id: str) -> FilterChoices:
    live = (Trajectory.network_id == network_id, alive(Trajectory))
    years = session.scalars(select(func.strftime("%Y", Trajectory.started_on)).where(*live).distinct())
    hoods = session.scalars(select(Trajectory.neighbourhood).where(*live, Trajectory.neighbourhood != "")
                            .distinct().order_by(Trajectory.neighbourhood))
    workers = session.execute(select(Ambassador.id, Ambassador.name).where(
        Ambassador.network_id == network_id, alive(Ambassador)).order_by(Ambassador.name)).all()
    return FilterChoices(sorted({int(y) for y in years if y}, reverse=True), [h for h in hoods if h],
                         [(w.id, w.name) for w in workers])


# -- the insight panel -----------------------------------------------------------------------------
def insight_periods(session: Session, network_id: str, today: date, mode: str = "working",
                    count: int = 4) -> list[Period]:
    """The periods the insight panel offers: the current one (working or calendar year, after the
    network's start month) and the ones before it."""
    net = network(session, network_id)
    period = period_of(today, mode, net.working_year_start_month or 9)
    out = []
    for _ in range(count):
        out.append(period)
        period = period.previous()
    return out


FUNNEL_STEPS = ("started", MilestoneKind.TRIAL.value, MilestoneKind.ENROLLED.value, MilestoneKind.STILL_ACTIVE.value,
                MilestoneKind.RE_ENROLLED.value)


@dataclass(frozen=True)
class Insight:
    funnel: dict[str, int]  # FUNNEL_STEPS -> trajectories started in the period that reached it
    fte: float
    benchmark: tuple[float, float, float]  # started, successful low, successful high (an indication)
    successful: int  # reached the network's success milestone
    barriers: list[tuple[str, int]]
    support: list[tuple[str, int, float]]  # kind, times, € total
    offers: list[tuple[str, int]]  # offer name, enrolments
    referrals: list[tuple[str, int]]  # referrer name, trajectories


def insight(session: Session, network_id: str, period: Period) -> Insight:
    net = network(session, network_id)
    funnel = rules.funnel(session, network_id, period)
    return Insight(
        funnel=funnel, fte=net.fte if net.fte is not None else 1.0, benchmark=rules.benchmark(net),
        successful=funnel.get(net.success_milestone or MilestoneKind.STILL_ACTIVE.value, 0),
        barriers=rules.barrier_frequency(session, network_id, period),
        support=rules.support_totals(session, network_id, period),
        offers=rules.top_offers(session, network_id, period),
        referrals=rules.referral_sources(session, network_id, period))
