"""The demo generator is deterministic and realistic; the initial migration is the full schema."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import migrations
from app.demo import populate
from app.domain import Ambassador, Base, Network, Signal, Stakeholder, Trajectory
from app.io.export import export_rows
from app.periods import working_year_of
from tests.conftest import scratch_engine

TODAY = date(2026, 11, 24)


def _dump(session: Session) -> list[object]:
    out: list[object] = []
    for kind in ("stakeholders", "ambassadors", "trajectories", "interactions", "activities", "signals"):
        for row in export_rows(session, kind, include_names=True):
            out.append({k: v for k, v in row.items() if k not in ("created_at", "updated_at")})
    return out


def test_demo_is_deterministic(fresh_session: Callable[[], Session]) -> None:
    a, b = fresh_session(), fresh_session()
    populate(a, "small", seed=3, today=TODAY)
    populate(b, "small", seed=3, today=TODAY)
    assert _dump(a) == _dump(b)
    c = fresh_session()
    populate(c, "small", seed=4, today=TODAY)
    assert _dump(a) != _dump(c)


def test_demo_covers_the_four_networks(fresh_session: Callable[[], Session]) -> None:
    s = fresh_session()
    counts = populate(s, "small", today=TODAY)
    assert counts["stakeholder"] > 150
    nets = {n.kind: n for n in s.scalars(select(Network))}
    assert set(nets) == {"connection", "local", "entrepreneur", "neighbourhood"}
    ent = nets["entrepreneur"]
    assert s.scalar(select(func.count()).select_from(Ambassador).where(Ambassador.network_id == ent.id)) == 22
    con = nets["connection"]
    last = working_year_of(TODAY).previous()
    started = s.scalar(select(func.count()).select_from(Trajectory).where(
        Trajectory.network_id == con.id, Trajectory.started_on.between(last.start, last.end)))
    assert started is not None and 70 <= started <= 90
    assert s.scalar(select(func.count()).select_from(Signal).where(Signal.network_id == nets["neighbourhood"].id)) == 40
    names = {n for (n,) in s.execute(select(Ambassador.name))} | {n for (n,) in s.execute(select(Stakeholder.name))}
    assert any(ch in "".join(names) for ch in "ëéçğşł")


def test_demo_rejects_unknown_size(fresh_session: Callable[[], Session]) -> None:
    import pytest

    from app.errors import UsageError

    with pytest.raises(UsageError):
        populate(fresh_session(), "gigantic")


def test_initial_migration_matches_the_model() -> None:
    with scratch_engine() as engine, engine.begin() as conn:
        from alembic import command

        command.upgrade(migrations._config(conn), "head")
        from app.domain import search_index

        # the search index is created by SQL (migration 0015, `search_index.create`), not a model table
        skip = {"include_name": lambda name, kind, _p: not (kind == "table" and search_index.is_index_table(name))}
        diffs = compare_metadata(MigrationContext.configure(conn, opts=skip), Base.metadata)
        assert migrations.current_revision(conn) == migrations.head_revision()
    assert diffs == []


def test_head_constant_matches_alembic() -> None:
    assert migrations.head_revision() == migrations.HEAD


def test_migration_runs_on_encrypted_vault(vault) -> None:  # type: ignore[no-untyped-def]
    assert vault.schema_revision() == migrations.head_revision()
    assert not migrations.needs_upgrade(vault.engine)
