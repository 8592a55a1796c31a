"""Every figure of the annual report is true for the period it names (#17).

The expected numbers come from outside the service under test: a hand-made network whose history
is known day by day (the expected values are written out below), and for the demo's four kinds of
network a replay of the raw tables in Python (every stage change, status change and places row,
read with plain SQL) as of each period's end. Then the report itself: small-count suppression of
derived values and funnel bars, maturing outcomes, "voorlopig", the method note, old snapshots."""

from __future__ import annotations

import itertools
import random
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import create_engine, select, text
from sqlalchemy.orm import Session

from app.demo import populate
from app.domain import (
    Ambassador,
    Network,
    PlacesChange,
    Stakeholder,
)
from app.periods import Period, add_months, working_year
from app.reports import disclosure, wizard
from app.reports import snapshot as snap
from app.reports.disclosure import HIDDEN, SMALL, Partition, Shown, plan
from app.reports.pdf import Report, write_report
from app.services import ambassador as amb
from app.services import stakeholder as sh
from app.services import trajectory as traj
from app.services.figures import IN_NETWORK, cut_off, yearly_figures

TODAY = date(2026, 11, 24)
CURRENT, PREVIOUS = working_year(2025), working_year(2024)  # 2025-2026 and 2024-2025, both ended by TODAY


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def _flat(path: Path) -> str:
    return " ".join(_text(path).split())


# -- an independent replay of the raw tables ----------------------------------------------------------

def _d(value: Any) -> Any:
    return None if value is None else date.fromisoformat(str(value)[:10])


def replay_stakeholders(session: Session, network_id: str, day: date) -> dict[str, Any]:
    """Stage and places of every stakeholder on `day`, replayed from the raw rows in Python."""
    changes: dict[str, list[tuple[str, str, str | None, str]]] = defaultdict(list)
    for sid, on, created, from_s, to_s in session.execute(text(
            "SELECT stakeholder_id, changed_on, created_at, from_stage, to_stage FROM stage_change "
            "WHERE deleted_at IS NULL")):
        changes[sid].append((on, created, from_s, to_s))
    places: dict[str, list[tuple[str, str, int | None]]] = defaultdict(list)
    for sid, on, created, n in session.execute(text(
            "SELECT stakeholder_id, changed_on, created_at, places_available FROM places_change "
            "WHERE deleted_at IS NULL")):
        places[sid].append((on, created, n))
    by_stage: dict[str, int] = defaultdict(int)
    reached: dict[str, int] = defaultdict(int)
    total_places = estimated = 0
    for sid, side, stage, now_places, created, deleted in session.execute(text(
            "SELECT id, side, stage, places_available, created_at, deleted_at FROM stakeholder WHERE network_id = :n"),
            {"n": network_id}):
        if deleted is not None and _d(deleted) <= day:
            continue
        evs = sorted(changes[sid])
        upto = [e for e in evs if _d(e[0]) <= day]
        later = [e for e in evs if _d(e[0]) > day]
        if upto:
            stage_on = stage if not later else upto[-1][3]
        elif later:
            if later[0][2] is None or _d(created) > day:
                continue
            stage_on = later[0][2]
        elif _d(created) <= day:
            stage_on = stage
        else:
            continue
        by_stage[stage_on] += 1
        if stage_on != "mapped":
            reached[side] += 1
        if side == "supply":
            rows = sorted(places[sid])
            known = [r for r in rows if _d(r[0]) <= day]
            if known:
                total_places += known[-1][2] or 0
            else:
                value = rows[0][2] if rows else now_places
                total_places += value or 0
                estimated += 1 if (rows or now_places is not None) else 0
    return {"by_stage": dict(by_stage), "reached": dict(reached), "places": total_places, "estimated": estimated}


def replay_ambassadors(session: Session, network_id: str, day: date) -> dict[str, int]:
    changes: dict[str, list[tuple[str, str, str | None, str]]] = defaultdict(list)
    for aid, on, created, from_s, to_s in session.execute(text(
            "SELECT ambassador_id, changed_on, created_at, from_status, to_status FROM ambassador_status_change "
            "WHERE deleted_at IS NULL")):
        changes[aid].append((on, created, from_s, to_s))
    out: dict[str, int] = defaultdict(int)
    for aid, status, created, deleted, appointed in session.execute(text(
            "SELECT id, status, created_at, deleted_at, appointed_on FROM ambassador WHERE network_id = :n"),
            {"n": network_id}):
        if deleted is not None and _d(deleted) <= day:
            continue
        evs = sorted(changes[aid])
        if (not evs or evs[0][2] is not None) and appointed is not None and (not evs or str(appointed) < evs[0][0]):
            # no history before an imported ambassador's first change: active from the appointment on
            evs.insert(0, (str(appointed), "", None, "active" if status != "appointed" or evs else "appointed"))
        upto = [e for e in evs if _d(e[0]) <= day]
        later = [e for e in evs if _d(e[0]) > day]
        if upto:
            out[status if not later else upto[-1][3]] += 1
        elif not evs and _d(created) <= day:
            out[status] += 1
    return dict(out)


def reached_by(session: Session, network_id: str, period: Period, day: date) -> dict[str, int]:
    """Milestones reached by `day` in the cohort started in `period` (plain SQL)."""
    rows = session.execute(text(
        "SELECT m.kind, count(DISTINCT m.trajectory_id) FROM milestone m JOIN trajectory t ON t.id = m.trajectory_id "
        "WHERE t.network_id = :n AND t.deleted_at IS NULL AND t.started_on BETWEEN :s AND :e AND m.deleted_at IS NULL "
        "AND m.achieved_on IS NOT NULL AND m.achieved_on <= :d AND (m.outcome IS NULL OR m.outcome != 0) "
        "GROUP BY m.kind"), {"n": network_id, "s": period.start.isoformat(), "e": period.end.isoformat(),
                              "d": day.isoformat()})
    return {str(k): int(n) for k, n in rows}


def still_active_pending(session: Session, network_id: str, period: Period, day: date) -> int:
    """Cohort trajectories still running on `day` without the 6-month milestone whose next check
    (the first milestone not reached) was not due yet then — replayed from the raw rows."""
    order = ["first_contact", "trial", "enrolled", "still_active"]
    ms: dict[str, dict[str, tuple[Any, Any, Any]]] = defaultdict(dict)
    for tid, kind, achieved, outcome, due in session.execute(text(
            "SELECT trajectory_id, kind, achieved_on, outcome, due_on FROM milestone WHERE deleted_at IS NULL")):
        ms[tid][kind] = (_d(achieved), outcome, _d(due))
    count = 0
    for tid, started, closed in session.execute(text(
            "SELECT id, started_on, closed_on FROM trajectory WHERE network_id = :n AND deleted_at IS NULL "
            "AND started_on BETWEEN :s AND :e"), {"n": network_id, "s": period.start.isoformat(),
                                                 "e": period.end.isoformat()}):
        if closed is not None and _d(closed) <= day:
            continue
        rows = ms[tid]
        done = [k for k in order[1:] if rows.get(k, (None,))[0] is not None and rows[k][0] <= day]
        if any(rows[k][1] == 0 for k in done) or "still_active" in done:
            continue
        reached = ["first_contact"] + [k for k in done if rows[k][1] != 0]
        nxt = order[order.index(reached[-1]) + 1]
        due = rows.get(nxt, (None, None, None))[2]
        if due is None and nxt == "trial":
            due = _d(started) + timedelta(days=28)
        if due is None and nxt == "still_active":
            due = add_months(rows["enrolled"][0], 6)
        count += due is None or due > day
    return count


# -- a network whose history is known day by day -----------------------------------------------------

def _places_since(session: Session, stakeholder: Stakeholder, *history: tuple[date, int]) -> None:
    """Replace the places rows the flush hook wrote (dated the real today) by a dated history."""
    stakeholder.places_available = history[-1][1]
    session.flush()
    for row in session.scalars(select(PlacesChange).where(PlacesChange.stakeholder_id == stakeholder.id)):
        session.delete(row)
    for on, n in history:
        session.add(PlacesChange(stakeholder_id=stakeholder.id, places_available=n, changed_on=on))
    session.flush()


@pytest.fixture
def history(db_session: Session, network: Network) -> Network:
    s, n = db_session, network.id
    a = sh.create(s, n, "Sportclub A", side="supply", category="sports_club", on=date(2024, 10, 1), places_available=5)
    sh.change_stage(s, a, "introduced", date(2025, 3, 1))
    sh.change_stage(s, a, "maintained", date(2026, 1, 10))
    _places_since(s, a, (date(2024, 10, 1), 5), (date(2026, 1, 15), 8))
    b = sh.create(s, n, "School B", side="demand", category="school", on=date(2025, 10, 1))
    sh.change_stage(s, b, "introduced", date(2026, 2, 1))
    c = sh.create(s, n, "Jeugdhuis C", side="supply", category="youth_house", on=date(2024, 9, 15), places_available=4)
    sh.change_stage(s, c, "introduced", date(2024, 11, 1))
    _places_since(s, c, (date(2024, 9, 15), 4))
    c.deleted_at = datetime(2026, 3, 1, 10, 0)
    d = sh.create(s, n, "OCMW D", side="demand", category="ocmw", on=date(2024, 9, 20))
    sh.change_stage(s, d, "introduced", date(2026, 10, 1))  # after both periods
    s.add(Stakeholder(network_id=n, name="Speelplein E", side="supply", category="playground", stage="involved",
                      places_available=3, created_at=datetime(2025, 1, 1)))  # imported: no stage history
    f = sh.create(s, n, "Bib F", side="intermediary", category="library", stage="introduced", on=date(2025, 6, 1))
    sh.change_stage(s, f, "mapped", date(2026, 4, 1))  # back to mapped
    x = amb.create(s, n, "Xavier", on=date(2024, 9, 10))
    amb.change_status(s, x, "appointed", date(2024, 10, 1))
    amb.change_status(s, x, "active", date(2024, 11, 1))
    amb.change_status(s, x, "honorary", date(2026, 2, 1))
    y = amb.create(s, n, "Yasmina", on=date(2025, 1, 1))
    amb.change_status(s, y, "appointed", date(2025, 12, 1))
    z = amb.create(s, n, "Zeno", on=date(2024, 9, 1))
    amb.change_status(s, z, "appointed", date(2024, 9, 15))
    amb.change_status(s, z, "active", date(2024, 10, 1))
    amb.change_status(s, z, "former", date(2026, 3, 1), reason="verhuisd")
    s.add(Ambassador(network_id=n, name="Wout", status="active", appointed_on=date(2025, 2, 1),
                     created_at=datetime(2026, 6, 1)))  # imported: no status history
    amb.create(s, n, "Vera", on=date(2026, 9, 15))  # after both periods

    def run(started: date, *steps: tuple[str, date], closed: date | None = None) -> None:
        t = traj.create(s, n, started)
        for kind, on in steps:
            traj.record_milestone(s, t, kind, on)
        if closed is not None:
            traj.close(s, t, "dropped_out", closed)

    run(date(2025, 9, 10), ("trial", date(2025, 9, 20)), ("enrolled", date(2025, 10, 1)),
        ("still_active", date(2026, 4, 1)))  # T1: successful; re-enrolment due 1/9/2026
    run(date(2026, 5, 1), ("trial", date(2026, 5, 10)), ("enrolled", date(2026, 5, 20)))  # T2: check due 20/11
    run(date(2025, 10, 1), ("trial", date(2025, 10, 10)), ("enrolled", date(2025, 11, 1)))  # T3: check overdue
    run(date(2025, 12, 1), ("trial", date(2025, 12, 10)), closed=date(2026, 1, 10))  # T4: dropped out
    run(date(2026, 2, 1), ("trial", date(2026, 2, 10)), ("enrolled", date(2026, 3, 5)),
        ("still_active", date(2026, 9, 10)))  # T5: check due 5/9, recorded after the period
    run(date(2026, 8, 20))  # T6: trial due 17/9
    run(date(2024, 10, 1), ("trial", date(2024, 10, 10)), ("enrolled", date(2024, 11, 1)),
        ("still_active", date(2025, 5, 1)), ("re_enrolled", date(2025, 9, 5)))  # P1
    run(date(2025, 7, 1), ("trial", date(2025, 7, 10)), ("enrolled", date(2025, 8, 1)),
        ("still_active", date(2026, 2, 1)))  # P2: matured after its period
    s.commit()
    return network


def test_standing_counts_as_at_each_period_end(db_session: Session, history: Network) -> None:
    now = yearly_figures(db_session, history.id, CURRENT, TODAY)
    before = yearly_figures(db_session, history.id, PREVIOUS, TODAY)
    assert (now.as_of, before.as_of) == ("2026-08-31", "2025-08-31")
    # stakeholders: A introduced→maintained, B new, C deleted in 2026, D changed after both ends, E imported, F back
    assert before.stakeholders_by_stage == {"introduced": 3, "mapped": 1, "involved": 1}
    assert now.stakeholders_by_stage == {"maintained": 1, "introduced": 1, "mapped": 2, "involved": 1}
    assert before.stakeholders_by_side == {"supply": 3, "intermediary": 1}
    assert now.stakeholders_by_side == {"supply": 2, "demand": 1}
    assert before.stakeholders_by_side_stage["supply"] == {"introduced": 2, "involved": 1}
    assert (before.places_offered, before.places_estimated) == (12, 1)  # A 5 + C 4 + E 3 (E not on record)
    assert (now.places_offered, now.places_estimated) == (11, 1)  # A 8 + E 3
    assert (before.metric("stakeholders_reached"), now.metric("stakeholders_reached")) == (4, 3)
    assert (before.new_relations, now.new_relations) == (2, 1)
    # ambassadors: X active→honorary, Y nominated→appointed, Z active→former, W imported, V later
    assert before.ambassadors_by_status == {"active": 3, "nominated": 1}
    assert now.ambassadors_by_status == {"honorary": 1, "appointed": 1, "former": 1, "active": 1}
    assert (before.network_size, now.network_size) == (3, 2)
    assert (before.honorary, now.honorary) == (0, 1)
    assert (before.appointed, now.appointed, before.left, now.left) == (3, 1, 0, 1)
    assert (before.ambassadors_estimated, now.ambassadors_estimated) == (1, 1)  # W
    # and the independent replay of the raw tables agrees
    for fig, day in ((now, CURRENT.end), (before, PREVIOUS.end)):
        r = replay_stakeholders(db_session, history.id, day)
        assert fig.stakeholders_by_stage == r["by_stage"] and fig.stakeholders_by_side == r["reached"]
        assert (fig.places_offered, fig.places_estimated) == (r["places"], r["estimated"])
        assert fig.ambassadors_by_status == replay_ambassadors(db_session, history.id, day)


def test_maturing_outcomes_are_counted_apart(db_session: Session, history: Network) -> None:
    now = yearly_figures(db_session, history.id, CURRENT, TODAY)
    assert now.trajectories == {"started": 6, "trial": 5, "enrolled": 4, "still_active": 1, "re_enrolled": 0}
    assert now.not_yet_assessable == {"trial": 1, "enrolled": 1, "still_active": 3, "re_enrolled": 4}
    assert now.successful == 1  # T5's check came after the period: not yet assessable, not a success
    raw = reached_by(db_session, history.id, CURRENT, CURRENT.end)
    assert raw["first_contact"] == 6 and all(now.trajectories[k] == raw.get(k, 0) for k in now.trajectories
                                             if k != "started")
    before = yearly_figures(db_session, history.id, PREVIOUS, TODAY)
    assert before.trajectories == {"started": 2, "trial": 2, "enrolled": 2, "still_active": 1, "re_enrolled": 0}
    assert before.not_yet_assessable["still_active"] == 1 and before.not_yet_assessable["re_enrolled"] == 2
    assert before.closed_by_reason == {} and now.closed_by_reason == {"dropped_out": 1}
    data = snap.compute(db_session, history.id, CURRENT.label, TODAY)
    follow = data["figures"]["followup"]  # last year's cohort on this year's last day
    assert follow["reached"]["still_active"] == 2 and follow["reached"]["re_enrolled"] == 1
    assert follow["pending"]["re_enrolled"] == 1 and follow["as_of"] == "2026-08-31"


def test_last_year_does_not_move_when_the_vault_changes_today(db_session: Session, history: Network) -> None:
    before = yearly_figures(db_session, history.id, PREVIOUS, TODAY)
    for s in db_session.scalars(select(Stakeholder).where(Stakeholder.network_id == history.id,
                                                          Stakeholder.deleted_at.is_(None))):
        if s.stage != "partner":
            sh.change_stage(db_session, s, "partner", TODAY)
        s.places_available = 99
    for a in db_session.scalars(select(Ambassador).where(Ambassador.network_id == history.id)):
        if a.status == "active":
            amb.change_status(db_session, a, "honorary", TODAY)
    db_session.commit()
    again = yearly_figures(db_session, history.id, PREVIOUS, TODAY)
    assert again == before
    running = yearly_figures(db_session, history.id, working_year(2026), TODAY)
    assert running.as_of == TODAY.isoformat() and set(running.stakeholders_by_stage) == {"partner"}


@pytest.fixture
def demo(db_session: Session) -> Session:
    populate(db_session, "small", seed=7, today=TODAY)
    return db_session


@pytest.mark.parametrize("kind", ["connection", "local", "entrepreneur", "neighbourhood"])
def test_each_kind_recomputed_from_the_raw_tables(demo: Session, kind: str, tmp_path: Path) -> None:
    net = demo.scalars(select(Network).where(Network.kind == kind)).one()
    for period in (CURRENT, PREVIOUS):
        fig = yearly_figures(demo, net.id, period, TODAY)
        day = cut_off(period, TODAY)
        r = replay_stakeholders(demo, net.id, day)
        assert fig.stakeholders_by_stage == r["by_stage"]
        assert fig.stakeholders_by_side == r["reached"]
        assert fig.places_offered == r["places"]
        by_status = replay_ambassadors(demo, net.id, day)
        assert fig.ambassadors_by_status == by_status
        assert fig.network_size == sum(by_status.get(st, 0) for st in IN_NETWORK)
        assert fig.honorary == by_status.get("honorary", 0)
        reached = reached_by(demo, net.id, period, day)
        assert {k: v for k, v in fig.trajectories.items() if k != "started"} == {
            k: reached.get(k, 0) for k in ("trial", "enrolled", "still_active", "re_enrolled")}
        assert fig.not_yet_assessable.get("still_active", 0) == still_active_pending(demo, net.id, period, day)
    # last year's standing counts after stakeholders changed stage and ambassadors changed status today
    before = yearly_figures(demo, net.id, PREVIOUS, TODAY)
    for s in demo.scalars(select(Stakeholder).where(Stakeholder.network_id == net.id)).all()[:8]:
        if s.stage != "partner":
            sh.change_stage(demo, s, "partner", TODAY)
    for a in demo.scalars(select(Ambassador).where(Ambassador.network_id == net.id, Ambassador.status == "active")):
        amb.change_status(demo, a, "former", TODAY, reason="stopt")
    demo.commit()
    assert yearly_figures(demo, net.id, PREVIOUS, TODAY) == before
    r = replay_stakeholders(demo, net.id, PREVIOUS.end)
    # ... and the PDF prints last year's numbers, not today's
    state = wizard.new_state(net.id, CURRENT.label)
    state["options"]["suppression"] = 0
    state["data"] = snap.compute(demo, net.id, CURRENT.label, TODAY)
    out = tmp_path / "r.pdf"
    write_report(state, out)
    flat = _flat(out)
    now = yearly_figures(demo, net.id, CURRENT, TODAY)
    assert f"Organisaties bereikt {sum(now.stakeholders_by_side.values())} {sum(r['reached'].values())}" in flat
    assert f"Ambassadeurs in het netwerk {now.network_size} {before.network_size}" in flat


def test_the_demo_vault_held_fewer_organisations_last_year(demo: Session) -> None:
    net = demo.scalars(select(Network).where(Network.kind == "connection")).one()
    now, before = (yearly_figures(demo, net.id, p, TODAY) for p in (CURRENT, PREVIOUS))
    assert sum(before.stakeholders_by_side.values()) < sum(now.stakeholders_by_side.values())


# -- small-count suppression ----------------------------------------------------------------------

def _exact(part: Partition, cells: dict[str, int], status: dict[str, str], thr: int, limit: int = 40) -> set[str]:
    """Brute force: the suppressed parts a reader can pin down from what is printed (for the
    closings: narrow down at all)."""
    printed = {p: cells[p] for p in part.parts if p not in status and p not in part.implicit}
    unknown = [p for p in part.parts if p not in printed]
    if part.total in status:
        return set()
    ranges = [range(1, thr) if status.get(p) == SMALL else range(0, limit) for p in unknown]
    seen: dict[str, set[int]] = {p: set() for p in unknown}
    for combo in itertools.product(*ranges):
        if sum(combo) + sum(printed.values()) == cells[part.total]:
            for p, v in zip(unknown, combo, strict=True):
                seen[p].add(v)
    full = set(range(1, thr))
    return {p for p in unknown if status.get(p) == SMALL
            and (len(seen[p]) <= 1 or (part.total_first and seen[p] != full))}


def test_plan_hides_a_second_count_when_one_could_be_subtracted() -> None:
    ms = disclosure.cohort_cells(41, {"still_active": 40}, {"still_active": 1}, ["still_active"])
    cells, parts = ms
    status = plan(cells, parts, 5)
    assert status["pending.still_active"] == SMALL and status["reached.still_active"] == HIDDEN
    closings = Partition("closed.total", ("closed.a", "closed.b"), total_first=True)
    assert plan({"closed.total": 35, "closed.a": 31, "closed.b": 4}, [closings], 5) == {
        "closed.b": SMALL, "closed.total": HIDDEN}
    assert plan({"closed.total": 8, "closed.a": 4, "closed.b": 4}, [closings], 5)["closed.total"] == HIDDEN
    # three of them: 3 + 3 = 6 says each is 2 to 4 — narrowed down, so the closings' total goes too
    assert plan({"closed.total": 6, "closed.a": 3, "closed.b": 3}, [closings], 5)["closed.total"] == HIDDEN
    three = Partition("closed.total", ("closed.a", "closed.b", "closed.c"), total_first=True)
    assert "closed.total" not in plan({"closed.total": 15, "closed.a": 10, "closed.b": 2, "closed.c": 3}, [three], 5)
    assert plan({"closed.total": 40, "closed.a": 31, "closed.b": 9}, [closings], 5) == {}


def test_no_suppressed_count_can_be_worked_out() -> None:
    rng = random.Random(17)
    for _ in range(400):
        thr = rng.choice([3, 5, 10])
        started = rng.randint(0, 30)
        reached = rng.randint(0, started)
        pending = rng.randint(0, started - reached)
        cells, parts = disclosure.cohort_cells(started, {"enrolled": reached}, {"enrolled": pending}, ["enrolled"])
        reasons = {f"closed.r{i}": rng.choice([0, 1, 2, 3, 4, 6, 12]) for i in range(rng.randint(1, 3))}
        cells.update(reasons, **{"closed.total": sum(reasons.values())})
        parts.append(Partition("closed.total", tuple(reasons), total_first=True))
        status = plan(cells, parts, thr)
        for part in parts:
            assert not _exact(part, cells, status, thr), (cells, status, part)
        shown = Shown(cells, parts, thr)
        if any(st for k, st in status.items() if k.endswith(".enrolled")):
            assert shown.rate("enrolled") is None  # no percentage next to a suppressed count


def _payload(current: dict[str, Any], previous: dict[str, Any] | None = None, **data: Any) -> dict[str, Any]:
    base = {"network_id": "n", "period": "2025-2026", "trajectories": {"started": 0}, "successful": 0,
            "closed_by_reason": {}, "stakeholders_by_side": {}, "stakeholders_by_stage": {}, "new_relations": 0,
            "places_offered": 0, "interactions": 0, "network_size": 0, "appointed": 0, "left": 0, "honorary": 0,
            "podium_per_ambassador": {}, "podium_lights": {"red": 0, "amber": 0, "green": 0},
            "activities_by_kind": {}, "signals_raised": 0, "signals_handled": 0, "signal_median_days": None,
            "indicators": []}
    state = wizard.new_state("n", "2025-2026")
    state["data"] = {
        "made_on": "2026-10-15",
        "network": {"id": "n", "name": "Testnetwerk", "kind": "connection", "municipality": "Gent", "fte": 1.0,
                    "strategies": [], "success_milestone": "still_active", "steering_group_size": 3},
        "period": {"label": "2025-2026", "start": "2025-09-01", "end": "2026-08-31", "as_of": "2026-08-31",
                   "kind": "working", "provisional": False},
        "figures": {"current": {**base, **current}, "previous": {**base, **(previous or {})} if previous is not None
                    else None, "previous_label": "2024-2025", "previous_source": "computed",
                    "previous_period": {"label": "2024-2025", "start": "2024-09-01", "end": "2025-08-31",
                                        "as_of": "2025-08-31", "provisional": False}},
        **data,
    }
    return state


SMALL_YEAR = {"trajectories": {"started": 41, "trial": 41, "enrolled": 41, "still_active": 40, "re_enrolled": 3},
              "successful": 40, "success_milestone": "still_active", "counting": 2, "as_of": "2026-08-31",
              "not_yet_assessable": {"trial": 0, "enrolled": 0, "still_active": 1, "re_enrolled": 30},
              "closed_by_reason": {"dropped_out": 31, "moved": 4},
              "indicators": [{"name": "Geslaagde toeleidingen", "metric": "successful_guidances", "unit": "",
                              "target": 30, "actual": 40}]}


def test_report_applies_one_plan_to_tables_bars_and_indicators(tmp_path: Path) -> None:
    state = _payload(SMALL_YEAR, SMALL_YEAR)
    report = Report(state)
    # 41 started, 40 successful and 1 not yet assessable would give the "< 5" away: 40 is hidden
    assert report.shown.state("pending.successful") == SMALL and report.shown.state("successful") == HIDDEN
    rows = {r.name.strip(): report.cells(r) for r in report.summary_rows()}
    successful = next(v for k, v in rows.items() if k.startswith("Geslaagde"))
    assert successful == ("x", "x", "–")
    assert rows["nog niet te beoordelen"][:2] == ("< 5", "< 5")
    chart = report.funnel_chart().contents[0]
    labels = chart.barLabelArray[0][::-1]  # started, trial, enrolled, still active, re-enrolled
    assert labels == ["41", "41", "41", "x", "< 5"]
    values = chart.data[0][::-1]
    assert values[3] == 0 and values[4] == 5  # hidden: no bar; suppressed: drawn to the threshold, labelled "< 5"
    assert report.shown.text("closed.moved") == "< 5" and report.shown.text("closed.total") == "x"
    out = tmp_path / "s.pdf"
    state["options"]["charts"] = False  # the axes of the charts print round numbers
    write_report(state, out)
    flat = _flat(out)
    assert "Geslaagde toeleidingen – 30 x" in flat  # the indicator's actual is hidden as well
    assert " 40 " not in flat and " 35 " not in flat  # neither the successful nor the closings' total
    assert "x: verborgen" in flat


def test_a_suppressed_bar_is_drawn_as_small(tmp_path: Path) -> None:
    year = {"trajectories": {"started": 12, "trial": 9, "enrolled": 6, "still_active": 3, "re_enrolled": 0},
            "successful": 3, "counting": 2, "not_yet_assessable": {"trial": 0, "enrolled": 2, "still_active": 3,
                                                                   "re_enrolled": 6}}
    report = Report(_payload(year))
    chart = report.funnel_chart().contents[0]
    assert chart.barLabelArray[0][::-1] == ["12", "9", "6", "< 5", "0"]
    assert chart.data[0][::-1][3] == 5


def test_rate_is_shown_beside_not_yet_assessable(tmp_path: Path) -> None:
    year = {"trajectories": {"started": 60, "trial": 55, "enrolled": 50, "still_active": 20, "re_enrolled": 0},
            "successful": 20, "counting": 2, "not_yet_assessable": {"trial": 0, "enrolled": 5, "still_active": 21,
                                                                    "re_enrolled": 40}}
    old = {"trajectories": {"started": 70, "trial": 60, "enrolled": 55, "still_active": 44, "re_enrolled": 30},
           "successful": 44}  # an older snapshot: no split, so no percentage
    state = _payload(year, old)
    report = Report(state)
    assert report.shown.rate("still_active") == pytest.approx(20 / 39)
    assert report.shown_prev.rate("still_active") is None
    out = tmp_path / "r.pdf"
    write_report(state, out)
    flat = _flat(out)
    assert "Nog actief na 6 maanden (= geslaagd) 20 51 % 21 44 – –" in flat
    assert "nog niet te beoordelen 21 –" in flat
    assert "-24 (-55 %) ¹" in flat and "van dit jaar zijn 21 trajecten nog niet te beoordelen" in flat


# -- periods, definitions and old snapshots ----------------------------------------------------------

def test_unfinished_period_is_provisional_everywhere(db_session: Session, history: Network, tmp_path: Path) -> None:
    running = working_year(2026)
    t = traj.create(db_session, history.id, date(2026, 10, 1))
    traj.record_milestone(db_session, t, "trial", date(2026, 10, 8))
    traj.record_milestone(db_session, t, "enrolled", date(2026, 10, 20))  # its 6-month check is due in April
    state = wizard.new_state(history.id, running.label)
    state["data"] = snap.compute(db_session, history.id, running.label, TODAY)
    assert state["data"]["period"]["provisional"] and state["data"]["period"]["as_of"] == TODAY.isoformat()
    out = tmp_path / "v.pdf"
    write_report(state, out)
    pages = [page.extract_text() or "" for page in PdfReader(str(out)).pages]
    cover = " ".join(pages[0].split())
    assert "VOORLOPIG" in cover and "01/09/2026 – 31/08/2027" in cover and "24/11/2026" in cover
    assert all("VOORLOPIG" in p for p in pages[1:])  # the running header
    flat = _flat(out)
    assert "Verschil (voorlopig)" in flat and "2026-2027 (voorlopig)" in flat
    report = Report(state)
    changes = [report.cells(r)[2] for r in report.summary_rows()]
    assert [c for c in changes if c != "–"] and all(c.endswith("voorlopig") for c in changes if c != "–")
    assert "van 01/09/2026 tot en met 31/08/2027" in flat and "voorlopig en lopen tot en met 24/11/2026" in flat
    warnings = wizard.freeze_warnings(state, running.end, TODAY)
    assert any("niet afgelopen" in w for w in warnings) and any("nog niet te beoordelen" in w for w in warnings)


def test_method_note_states_one_definition_and_closings(db_session: Session, history: Network, tmp_path: Path) -> None:
    state = wizard.new_state(history.id, CURRENT.label)
    state["options"]["suppression"] = 0
    state["data"] = snap.compute(db_session, history.id, CURRENT.label, TODAY)
    out = tmp_path / "m.pdf"
    write_report(state, out)
    flat = _flat(out)
    assert "Verantwoording van de cijfers" in flat
    assert "van 01/09/2025 tot en met 31/08/2026" in flat
    assert "de mijlpaal ‘Nog actief na 6 maanden’ bereikte" in flat
    assert "Standen zijn de toestand op 31/08/2026 (vorig jaar: 31/08/2025)" in flat
    assert "voor 1 aanbieder is het aantal vrije plaatsen op 31/08/2026 en 31/08/2025 niet bewaard" in flat
    assert "1 ambassadeur heeft geen (volledige) statusgeschiedenis" in flat
    assert "alle afsluitingen in de periode, ook van trajecten die eerder startten" in flat
    assert "Reden van afsluiten 2025-2026 2024-2025 Afgehaakt 1 0" in flat  # a last-year column
    assert "Vrije plaatsen bij aanbieders ≈ 11 ≈ 12" in flat


def test_old_snapshot_without_the_new_keys_still_renders(tmp_path: Path) -> None:
    state = _payload({"trajectories": {"started": 30, "trial": 25, "enrolled": 20, "still_active": 10,
                                       "re_enrolled": 5}, "successful": 10, "closed_by_reason": {"moved": 2}},
                     {"trajectories": {"started": 28}, "successful": 9})
    data = state["data"]
    data["period"] = {"label": "2025-2026", "start": "2025-09-01", "end": "2026-08-31"}  # format 1
    data["figures"] = {k: v for k, v in data["figures"].items() if k not in ("previous_period", "followup")}
    data["network"].pop("success_milestone")
    out = tmp_path / "old.pdf"
    write_report(state, out)
    flat = _flat(out)
    assert "telwijze van een eerdere versie" in flat and "Vorig jaar is 2024-2025 (01/09/2024 – 31/08/2025)" in flat
    assert "Trajecten gestart 30 28" in flat


def test_frozen_report_of_the_new_kind_reproduces(db_session: Session, history: Network, tmp_path: Path) -> None:
    frozen = snap.freeze(db_session, history.id, wizard.new_state(history.id, CURRENT.label), today=TODAY)
    db_session.commit()
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    write_report(frozen.payload, a)
    for s in db_session.scalars(select(Stakeholder)):
        s.places_available = 50
    db_session.commit()
    write_report(snap.previous_final(db_session, history.id, CURRENT.label).payload, b)
    assert _text(a) == _text(b)
    nxt = snap.compute(db_session, history.id, "2026-2027", TODAY)
    assert nxt["figures"]["previous_source"] == "snapshot"
    assert nxt["figures"]["previous_period"]["as_of"] == "2026-08-31"


# -- the places history itself --------------------------------------------------------------------

def test_places_history_is_written_on_every_change(db_session: Session, network: Network) -> None:
    s = sh.create(db_session, network.id, "Club", side="supply", places_available=4)
    sh.update(db_session, s, places_available=6)
    sh.update(db_session, s, notes="geen wijziging van plaatsen")
    sh.update(db_session, s, places_available=None)
    rows = db_session.scalars(select(PlacesChange.places_available).where(PlacesChange.stakeholder_id == s.id)
                              .order_by(text("places_change.rowid"))).all()
    assert list(rows) == [4, 6, None]
    assert {r.changed_on for r in db_session.scalars(select(PlacesChange))} == {date.today()}
    other = sh.create(db_session, network.id, "Zonder plaatsen", side="supply")
    assert db_session.scalar(select(PlacesChange).where(PlacesChange.stakeholder_id == other.id)) is None


def test_migration_records_todays_places_from_the_audit_log(tmp_path: Path) -> None:
    from alembic import command

    from app import migrations
    from app.domain import AuditEntry
    from tests.conftest import insert_old_row

    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    with engine.begin() as conn:
        command.upgrade(migrations._config(conn), "0005")  # a vault from before the places history
        insert_old_row(conn, Network, id="n", name="N", strategies=[], extra={})
        columns = {c[1] for c in conn.exec_driver_sql("PRAGMA table_info(stakeholder)").all()}
        table = Stakeholder.__table__
        for sid, places in (("s1", 7), ("s2", 3), ("s3", None)):  # only the columns of revision 0005
            values = {c.name: (c.default.arg if c.default is not None and not callable(c.default.arg) else None)
                      for c in table.columns if c.name in columns}
            values.update(id=sid, network_id="n", name=sid, side="supply", places_available=places,
                          created_at=datetime(2025, 1, 1), updated_at=datetime(2025, 1, 1))
            values = {k: v for k, v in values.items() if v is not None or k == "places_available"}
            conn.exec_driver_sql(f"INSERT INTO stakeholder ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                                 tuple(str(v) if isinstance(v, datetime) else v for v in values.values()))
        conn.execute(AuditEntry.__table__.insert(), [
            {"id": "a1", "at": datetime(2025, 3, 4, 10), "action": "update", "table_name": "stakeholder",
             "record_id": "s1", "fields": ["notes", "places_available"]},
            {"id": "a2", "at": datetime(2025, 6, 1, 10), "action": "update", "table_name": "stakeholder",
             "record_id": "s1", "fields": ["notes"]}])
        command.upgrade(migrations._config(conn), "head")
        rows = dict(conn.exec_driver_sql("SELECT stakeholder_id, changed_on || ':' || places_available "
                                         "FROM places_change").all())
    engine.dispose()
    # s1's places were last set on 4/3/2025 (the audit log names the field); s2's day is unknown: today
    assert rows == {"s1": "2025-03-04:7", "s2": f"{date.today().isoformat()}:3"}


def test_comparison_with_a_report_frozen_the_older_way(db_session: Session, history: Network, tmp_path: Path) -> None:
    frozen = snap.freeze(db_session, history.id, wizard.new_state(history.id, CURRENT.label), today=TODAY)
    payload = dict(frozen.payload)
    data = dict(payload["data"])  # as an earlier version froze it: no cut-off, no counting, no split
    data["period"] = {k: v for k, v in data["period"].items() if k in ("label", "start", "end")}
    figures = dict(data["figures"])
    figures["current"] = {k: v for k, v in figures["current"].items()
                          if k not in ("as_of", "counting", "not_yet_assessable", "ambassadors_by_status")}
    data["figures"] = figures
    frozen.payload = {**payload, "data": data}
    db_session.commit()
    nxt = snap.compute(db_session, history.id, "2026-2027", TODAY)
    info = nxt["figures"]["previous_period"]
    assert info["counting"] == 1 and info["as_of"] == TODAY.isoformat()  # its standing figures: the day it was made
    state = wizard.new_state(history.id, "2026-2027")
    state["data"] = nxt
    out = tmp_path / "n.pdf"
    write_report(state, out)
    flat = _flat(out)
    assert "overgenomen uit het verslag dat op 24/11/2026 bevroren werd" in flat
    assert "op de oudere manier geteld" in flat
