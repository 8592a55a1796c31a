"""The report's data: figures of the period (and the previous one) for a network, the lead's
narrative and options — frozen as a ReportSnapshot so the same PDF can be made again later and
next year can compare. Aggregates only: no child's name, code or free text of a trajectory."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import Network, ReportSnapshot, SteeringMember
from app.io.controller import privacy_contacts
from app.periods import Period, parse_period
from app.reports.content import DEFAULT_FOOTER, SECTIONS
from app.reports.kind_figures import headline, kind_figures, trend_figures, trend_kind
from app.services import barriers
from app.services.common import alive, network
from app.services.figures import COUNTING, cohort_outcome, cut_off, yearly_figures

# 2: periods carry their cut-off and whether they had ended; figures follow figures.COUNTING 2, the
# previous cohort's follow-up is added. 3: the kind's own figures ("kind", "kind_previous"), the
# network profile's texts and a three-year trend ("trend"). Older payloads (no key) still render.
FORMAT = 3
# the network profile's texts the report prints (introduction, Borging)
PROFILE_TEXTS = ("beliefs", "needs", "existing_offer", "barriers_seen", "focus_target_group", "focus_area",
                 "focus_youth_work", "training_plan", "intervision", "coaching")


def default_options(lang: str = "nl") -> dict[str, Any]:
    return {"sections": [k for k, _, _ in SECTIONS], "lang": lang, "charts": True, "suppression": 5,
            "logo": None, "footer": DEFAULT_FOOTER.get(lang, DEFAULT_FOOTER["nl"]), "author": ""}


def period_for(session: Session, network_id: str, label: str) -> Period:
    net = network(session, network_id)
    return parse_period(label, net.working_year_start_month or 9)


def previous_final(session: Session, network_id: str, period_label: str) -> ReportSnapshot | None:
    return session.scalars(select(ReportSnapshot).where(
        ReportSnapshot.network_id == network_id, ReportSnapshot.period == period_label,
        ReportSnapshot.status == "final", alive(ReportSnapshot)).order_by(ReportSnapshot.created_at.desc())).first()


def _period_info(period: Period, today: date) -> dict[str, Any]:
    return {"label": period.label, "start": period.start.isoformat(), "end": period.end.isoformat(),
            "kind": "working" if period.is_working_year else "calendar",
            "as_of": cut_off(period, today).isoformat(), "provisional": today <= period.end}


def compute(session: Session, network_id: str, period_label: str, today: date | None = None) -> dict[str, Any]:
    """Figures for the period and for the previous period (from its final snapshot when there is
    one), each as it stood on its cut-off day (its last day, or `today` while it runs), and how
    the previous period's trajectories stood on this period's cut-off day."""
    today = today or date.today()
    net = network(session, network_id)
    period = period_for(session, network_id, period_label)
    current = yearly_figures(session, network_id, period, today).to_json()
    prev_period = period.previous()
    prev_snap = previous_final(session, network_id, prev_period.label)
    prev_info = _period_info(prev_period, today)
    if prev_snap is not None:
        prev_data = prev_snap.payload.get("data", {})
        previous = prev_data.get("figures", {}).get("current")
        prev_source = "snapshot"
        made = prev_data.get("made_on") or prev_snap.created_at.date().isoformat()
        frozen_period = prev_data.get("period") or {}
        counting = int((previous or {}).get("counting", 1))
        # counted the older way, its standing figures are those of the day it was made
        as_of = frozen_period.get("as_of") or (made if counting < COUNTING else
                                               min(prev_period.end, date.fromisoformat(made)).isoformat())
        prev_info.update(made_on=made, counting=counting, as_of=as_of,
                         provisional=frozen_period.get("provisional", date.fromisoformat(made) <= prev_period.end))
    else:
        previous = yearly_figures(session, network_id, prev_period, today).to_json()
        prev_source = "computed"
        prev_info.update(made_on=today.isoformat(), counting=COUNTING)
    day = cut_off(period, today)
    kind_now = kind_figures(session, net, period, day)
    frozen_kind = prev_snap.payload.get("data", {}).get("kind") if prev_snap is not None else None
    kind_prev = frozen_kind if frozen_kind is not None else kind_figures(
        session, net, prev_period, cut_off(prev_period, today))
    trend = [_trend_entry(net.kind, period.label, "computed", current, kind_now),
             _trend_entry(net.kind, prev_period.label, prev_source, previous, kind_prev),
             _earlier(session, net, prev_period.previous(), today)]
    followup = cohort_outcome(session, net, prev_period, day)
    members = session.scalars(select(SteeringMember).where(SteeringMember.network_id == network_id,
                                                           alive(SteeringMember))).all()
    return {
        "format": FORMAT,
        "made_on": today.isoformat(),
        "organisation": privacy_contacts(session).controller,  # the controller: on the cover and as PDF author
        "network": {"id": net.id, "name": net.name, "kind": net.kind, "municipality": net.municipality,
                    "fte": net.fte, "budget_eur": net.budget_eur, "staff_budget_eur": net.staff_budget_eur,
                    "strategies": list(net.strategies or []),
                    "strategy_partners": {k: v for k, v in (net.strategy_partners or {}).items()
                                          if k in (net.strategies or []) and v.strip()}, "success_milestone": net.success_milestone,
                    "followup_months": net.followup_months, "steering_group_size": len(members),
                    "hiring_mode": net.hiring_mode, "term_kind": net.term_kind, "term_years": net.term_years,
                    "start_date": net.start_date.isoformat() if net.start_date else None,
                    "podium_target": net.podium_target, "signal_due_days": net.signal_due_days,
                    **{k: getattr(net, k) or "" for k in PROFILE_TEXTS}},
        "period": _period_info(period, today),
        "figures": {"current": current, "previous": previous, "previous_label": prev_period.label,
                    "previous_source": prev_source, "previous_period": prev_info,
                    "followup": {"period": prev_period.label, "as_of": day.isoformat(), "started": followup.started,
                                 "reached": followup.reached, "pending": followup.pending}},
        "kind": kind_now,
        "kind_previous": kind_prev,
        "trend": trend,
        "action_plan": action_plan(session, network_id, period, day),
    }


def action_plan(session: Session, network_id: str, period: Period, day: date) -> list[dict[str, Any]]:
    """The action plan against barriers (seed 001) as it stood on the cut-off day: the actions
    planned by then that were still open at the period's start, with their state on that day."""
    rows = []
    for a in barriers.actions(session, network_id):
        if a.created_at is not None and a.created_at.date() > day:
            continue  # planned after the period's cut-off
        if a.done_on is not None and a.done_on < period.start:
            continue  # done before the period: last year's work
        done = a.done_on if a.done_on is not None and a.done_on <= day else None
        state = "done" if done else ("overdue" if a.due_on is not None and a.due_on < day else "open")
        rows.append({"barrier": a.barrier, "action": a.action, "owner": a.owner,
                     "due_on": a.due_on.isoformat() if a.due_on else None,
                     "done_on": done.isoformat() if done else None, "state": state})
    return rows


def _trend_entry(kind: str, label: str, source: str, figures: dict[str, Any] | None,
                 own: dict[str, Any] | None) -> dict[str, Any]:
    return {"label": label, "source": source, "values": headline(kind, figures, own)}


def _earlier(session: Session, net: Network, period: Period, today: date) -> dict[str, Any]:
    """The period before last for the trend: its final snapshot's figures, else computed."""
    snap = previous_final(session, net.id, period.label)
    if snap is not None:
        data = snap.payload.get("data", {})
        return _trend_entry(net.kind, period.label, "snapshot", data.get("figures", {}).get("current"), data.get("kind"))
    return _trend_entry(net.kind, period.label, "computed", trend_figures(session, net, period, today),
                        trend_kind(session, net, period, cut_off(period, today)))


def freeze(session: Session, network_id: str, state: dict[str, Any], status: str = "final",
           today: date | None = None) -> ReportSnapshot:
    """Store figures + narrative + options. A final snapshot freezes the figures as they are now."""
    payload = dict(state)
    payload["status"] = status  # "final" or "draft": a final PDF leaves out sections without text
    if "data" not in payload or status == "final":
        payload["data"] = compute(session, network_id, state["period"], today)
    payload["status"] = status  # the PDF prints CONCEPT unless the payload says final
    snap = ReportSnapshot(network_id=network_id, period=state["period"], status=status, payload=payload)
    session.add(snap)
    session.flush()
    return snap


def save_draft(session: Session, network_id: str, state: dict[str, Any], draft_id: str | None = None) -> ReportSnapshot:
    """Keep a report in progress as a draft: the wizard's earlier draft (`draft_id`) is brought up
    to date instead of a new one being added each time (Bewaren als concept, locking, quitting)."""
    payload = {k: v for k, v in state.items() if k != "data"}
    if draft_id is not None:
        row = session.get(ReportSnapshot, draft_id)
        if row is not None and row.deleted_at is None and row.status == "draft":
            row.payload = payload
            row.period = state["period"]
            session.flush()
            return row
    return freeze(session, network_id, payload, status="draft")


@dataclass(frozen=True)
class SnapshotRow:
    """A report in the Jaarverslag tab's list (plain data: no session needed to show or reuse it)."""

    id: str
    period: str
    status: str
    created_at: datetime
    payload: dict[str, Any]


def snapshot_rows(session: Session, network_id: str) -> list[SnapshotRow]:
    return [SnapshotRow(r.id, r.period, r.status, r.created_at, {**(r.payload or {}), "status": r.status})
            for r in snapshots(session, network_id)]


def snapshots(session: Session, network_id: str) -> list[ReportSnapshot]:
    return list(session.scalars(select(ReportSnapshot).where(ReportSnapshot.network_id == network_id,
                                                             alive(ReportSnapshot))
                                .order_by(ReportSnapshot.created_at.desc())))
