"""The hub's parts that need no server: where the DSN and password come from, the figures as they
travel (the report's suppression applied, nothing but numbers and vocabulary keys), the regional
sums and lower bounds, and the packaging of the hub's Alembic scripts."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from app.errors import BadInputError, UsageError
from app.hub import dsn
from app.hub.figures import as_printed
from app.hub.report import _sum_cell

ROOT = Path(__file__).resolve().parents[2]


def test_the_dsn_and_its_password(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(dsn.ENV_DSN, raising=False)
    monkeypatch.delenv(dsn.ENV_PASSWORD, raising=False)
    with pytest.raises(UsageError, match="Zet het wachtwoord van de hub niet in --dsn"):
        dsn.resolve("postgresql://org:geheim@hub.example.be/verbind", None)
    with pytest.raises(UsageError, match="Zet het wachtwoord"):
        dsn.resolve("host=hub.example.be dbname=verbind password=geheim", None)
    with pytest.raises(UsageError, match="Geen hub opgegeven"):
        dsn.resolve(None, None)
    target = dsn.resolve("host=hub.example.be port=6432 dbname=verbind user=verbind_org_1", None)
    assert target.password is None and target.describe() == "hub.example.be:6432/verbind (verbind_org_1)"
    monkeypatch.setenv(dsn.ENV_PASSWORD, "uit-de-omgeving")
    assert dsn.resolve("host=h dbname=d", None).password == "uit-de-omgeving"
    # a file may hold the password (it is not a command line); it is never part of what is kept
    secret = tmp_path / "hub.dsn"
    secret.write_text("postgresql://org:uit-het-bestand@hub.example.be/verbind\n", encoding="utf-8")
    from_file = dsn.resolve(None, secret)
    assert from_file.password == "uit-het-bestand" and "uit-het-bestand" not in from_file.public
    empty = tmp_path / "empty"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(BadInputError):
        dsn.resolve(None, empty)
    monkeypatch.setenv(dsn.ENV_DSN, "host=env-hub dbname=v")
    assert "env-hub" in dsn.resolve(None, None).dsn
    assert dsn.from_text("host=h dbname=d password=getypt", None).password == "getypt"
    assert dsn.from_text("host=h dbname=d password=getypt", "veld").password == "veld"
    with pytest.raises(UsageError, match="Geef de DSN van de hub"):
        dsn.from_text("  ", "x")
    with pytest.raises(UsageError, match="niet leesbaar"):
        dsn.resolve("host=h dbname", None)


def _payload(threshold: int, started: int, still_active: int, pending: int) -> dict[str, object]:
    current = {"trajectories": {"started": started, "trial": started, "enrolled": started - 1,
                                "still_active": still_active, "re_enrolled": 0},
               "successful": still_active, "closed_by_reason": {"dropped_out": 2},
               "not_yet_assessable": {"trial": 0, "enrolled": 0, "still_active": pending, "re_enrolled": 0},
               "stakeholders_by_side": {"supply": 7, "demand": 3}, "stakeholders_by_stage": {"mapped": 4, "partner": 6},
               "success_milestone": "still_active", "network_size": 3,
               "podium_per_ambassador": {"a1b2": 2, "c3d4": 1},
               "indicators": [{"name": "x", "note": "Jan Peeters telde"}]}
    return {"options": {"suppression": threshold},
            "data": {"made_on": "2026-09-02", "organisation": "Een vzw", "period": {"label": "2025-2026"},
                     "network": {"kind": "connection", "fte": 0.8, "budget_eur": 50000.0, "name": "N",
                                 "beliefs": "Jan Peeters gelooft"},
                     "figures": {"current": current}, "kind": {"kind": "connection"},
                     "trend": [{"label": "2025-2026", "values": {"started": started, "successful": still_active}}],
                     "action_plan": [{"owner": "Jan Peeters"}]}}


def test_figures_travel_as_printed() -> None:
    shown = as_printed(_payload(5, started=40, still_active=3, pending=10))
    assert shown["trajectories"]["started"] == 40
    assert shown["trajectories"]["successful"] == "< 5"  # hidden in the report: hidden in the hub
    assert shown["trajectories"]["success_rate"] is None  # a rate of a hidden count is not shown
    assert shown["trend"][0]["successful"] == "< 5"
    assert shown["reached"] == 10 and shown["by_stage"] == {"mapped": 4, "partner": 6}
    assert shown["podium_total"] == 3 and shown["fte"] == 0.8
    assert "Jan" not in json.dumps(shown) and "vzw" not in json.dumps(shown) and "a1b2" not in json.dumps(shown)
    open_ = as_printed(_payload(5, started=40, still_active=12, pending=10))
    assert open_["trajectories"]["successful"] == 12
    assert open_["trajectories"]["not_yet_assessable"] == 10
    assert open_["trajectories"]["success_rate"] == pytest.approx(12 / 30, abs=1e-4)


def test_regional_sums_never_give_a_hidden_count_away() -> None:
    assert _sum_cell([12, 30, 7], "child", 5) == 49
    assert _sum_cell([12, "< 5", 7], "child", 5) == "≥ 19"
    assert _sum_cell([0, 3, None], "child", 5) == "< 5"  # the region's own small count
    assert _sum_cell([0, 3, None], "count", 5) == 3  # organisations and activities are not children
    assert _sum_cell([None, None], "count", 5) is None
    assert _sum_cell([1.5, 2.0], "fte", 5) == pytest.approx(3.5)


def test_the_hub_scripts_are_packaged() -> None:
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "app" / "hub" / "migrations"), "app/hub/migrations")' in spec
    assert "alembic.ddl.postgresql" in spec and "psycopg_binary" in spec
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert data["tool"]["setuptools"]["package-data"]["app.hub.migrations"] == ["versions/*.py"]
    assert any(d.startswith("psycopg[binary]") for d in data["project"]["dependencies"])
    from app.hub.migrations import HEAD, head_revision

    assert head_revision() == HEAD
