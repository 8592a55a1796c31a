"""Barriers for the network (seeds 001, 003): the demand side from the trajectories started in the
period, the supply side from the providers, the strategies and support that answer them, and the
action plan with its reminders."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from app.domain import Network
from app.errors import ValidationError
from app.periods import working_year
from app.services import barriers
from app.services import stakeholder as sh
from app.services import trajectory as traj

YEAR = working_year(2026)


def test_analysis_counts_each_side_and_names_strategies_and_support(db_session: Session, network: Network) -> None:
    network.strategies = ["individual_guidance"]
    for i, found in enumerate((["unaffordable", "not_aware"], ["unaffordable"], ["not_aware"], ["unaffordable"])):
        t = traj.create(db_session, network.id, date(2026, 9, 10 + i))
        traj.set_barriers(db_session, t.id, found)
        if i == 0:
            traj.add_support(db_session, t.id, "fee", date(2026, 9, 20), amount_eur=40)
    old = traj.create(db_session, network.id, date(2025, 10, 1))  # another period
    traj.set_barriers(db_session, old.id, ["knows_nobody"])
    sh.create(db_session, network.id, "Chiro", category="youth_movement", side="supply",
              supply_barriers=["waiting_list", "turnover"])
    sh.create(db_session, network.id, "KSA", category="youth_movement", side="supply", supply_barriers=["waiting_list"])
    sh.create(db_session, network.id, "OCMW", category="ocmw", side="demand")
    rows = {r.key: r for r in barriers.analysis(db_session, network.id, YEAR)}
    assert [(k, r.count) for k, r in rows.items()] == [
        ("unaffordable", 3), ("not_aware", 2), ("supply:waiting_list", 2), ("supply:turnover", 1)]
    assert rows["unaffordable"].chosen == ("individual_guidance",) and "structural" in rows["unaffordable"].suggested
    assert rows["unaffordable"].support == (("fee", 1),)
    assert rows["supply:waiting_list"].supply and not rows["unaffordable"].supply
    with pytest.raises(ValidationError, match="drempel bij de aanbieder"):
        sh.create(db_session, network.id, "X", category="youth_movement", side="supply", supply_barriers=["rain"])


def test_the_action_plan_and_its_reminders(db_session: Session, network: Network) -> None:
    with pytest.raises(ValidationError) as caught:
        barriers.add_action(db_session, network.id, "unaffordable", "Vrijetijdspas", "")
    assert caught.value.field == "owner"
    with pytest.raises(ValidationError, match="drempel"):
        barriers.add_action(db_session, network.id, "rain", "x", "y")
    a = barriers.add_action(db_session, network.id, "unaffordable", "Vrijetijdspas met de gemeente afspreken",
                            "Jeugddienst", date(2026, 12, 10))
    barriers.add_action(db_session, network.id, "supply:waiting_list", "Extra leiding zoeken", "Chiro",
                        date(2027, 3, 1))
    assert [x.action for x in barriers.actions(db_session, network.id)][0] == a.action  # soonest first
    soon = barriers.attention_items(db_session, network.id, date(2026, 12, 1))
    assert [(i.severity, i.area) for i in soon] == [(1, "trajectory")] and "Jeugddienst" in soon[0].title
    late = barriers.attention_items(db_session, network.id, date(2026, 12, 11))
    assert late[0].severity == 2 and "te laat" in late[0].title
    barriers.complete_action(db_session, a.id, date(2026, 12, 5))
    assert barriers.attention_items(db_session, network.id, date(2026, 12, 11)) == []
    assert barriers.actions(db_session, network.id)[-1].id == a.id  # done: last
    rows = {r.key: r for r in barriers.analysis(db_session, network.id, YEAR)}
    assert rows == {}  # no barriers recorded: actions alone make no analysis rows
    barriers.delete_action(db_session, a.id)
    assert len(barriers.actions(db_session, network.id)) == 1
