"""Fixtures of the hub tests: one PostgreSQL cluster for the session, a fresh hub database per
test (schema and roles made by `verbind hub init`'s code), and vaults of different organisations."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from tests.hub import pgcluster

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg() -> Iterator[pgcluster.Cluster]:
    if pgcluster.binaries() is None:
        pytest.skip("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): .ci/run installs Debian's "
                    "postgresql package; locally: apt-get install postgresql")
    cluster = pgcluster.start()
    try:
        yield cluster
    finally:
        cluster.stop()


@dataclass
class Hub:
    cluster: pgcluster.Cluster
    dbname: str

    def dsn(self, user: str = pgcluster.ADMIN) -> str:
        return self.cluster.dsn(self.dbname, user)

    def target(self, user: str = pgcluster.ADMIN, password: str | None = None) -> Any:
        from app.hub.dsn import HubTarget

        return HubTarget(self.dsn(user), password if password is not None else self.cluster.password)

    def admin(self) -> Any:
        """An admin connection in a transaction (context manager)."""
        from app.hub.dsn import connected

        return connected(self.target())

    def dump(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every row of every hub table, sorted: to compare the hub before and after."""
        out = {}
        with self.admin() as conn:
            from sqlalchemy import text

            for table in ("organisation", "network", "report_snapshot", "organisation_stakeholder"):
                rows = conn.execute(text(f"SELECT * FROM hub.{table}")).all()
                out[table] = sorted(tuple(str(v) for v in r) for r in rows)
        return out


@pytest.fixture
def hub(pg: pgcluster.Cluster) -> Iterator[Hub]:
    """A new database made a hub by admin.init (schema via Alembic, roles, rights)."""
    import psycopg

    from app.hub import admin

    name = f"hub_{next(_numbers)}"
    with psycopg.connect(pg.dsn(), password=pg.password, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    h = Hub(pg, name)
    with h.admin() as c:
        admin.init(c)
    yield h
    with psycopg.connect(pg.dsn(), password=pg.password, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)")
        # roles are the cluster's, not the database's: the next test starts without them
        for (role,) in conn.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE 'verbind\\_org\\_%' "
                                    "OR rolname LIKE 'verbind\\_coord\\_%'").fetchall():
            conn.execute(f'DROP ROLE "{role}"')


# -- vaults of different organisations (plain SQLite copies of a populated demo: collect() reads
# -- a session, whatever the file's encryption) ---------------------------------------------------

PERIOD = "2025-2026"


def populated(path: Any, seed: int, *, threshold: int = 5, periods: tuple[str, ...] = (PERIOD,)) -> Any:
    """A SQLite file at `path` with the demo data of `seed` (its own UUIDs) and a final report of
    each network for each of `periods` (suppression threshold `threshold`); returns its engine."""
    from sqlalchemy import create_engine, select
    from sqlalchemy.orm import Session

    from app.demo import populate
    from app.domain import Base, Network
    from app.reports import snapshot as snap
    from app.reports import wizard

    engine = create_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        populate(s, seed=seed)
        s.commit()
        for net in s.scalars(select(Network)).all():
            for period in periods:
                state = wizard.new_state(net.id, period)
                state["options"]["suppression"] = threshold
                snap.freeze(s, net.id, state)
        s.commit()
    return engine


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[int, int], Any]:
    return {}


@pytest.fixture
def make_vault(templates: dict[tuple[int, int], Any], tmp_path_factory: pytest.TempPathFactory,
               tmp_path: Any) -> Iterator[Any]:
    """make_vault(seed, threshold=5) -> a sessionmaker on this test's own copy of that demo vault."""
    import shutil

    from sqlalchemy import create_engine
    from sqlalchemy.orm import sessionmaker

    engines: list[Any] = []

    def make(seed: int, threshold: int = 5) -> Any:
        key = (seed, threshold)
        if key not in templates:
            path = tmp_path_factory.mktemp("hub-vaults") / f"seed{seed}-t{threshold}.sqlite"
            populated(path, seed, threshold=threshold).dispose()
            templates[key] = path
        copy = tmp_path / f"v{seed}-{threshold}-{len(engines)}.sqlite"
        shutil.copy(templates[key], copy)
        engine = create_engine(f"sqlite:///{copy}")
        engines.append(engine)
        return sessionmaker(engine, expire_on_commit=False)

    yield make
    for e in engines:
        e.dispose()


def add_org(hub: Hub, name: str, password: str = "org-secret") -> tuple[Any, Any]:
    """(NewRole, HubTarget of that role) for a new organisation of the hub."""
    from app.hub import admin

    with hub.admin() as conn:
        role = admin.add_organisation(conn, name, password)
    return role, hub.target(role.role, password)
