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
                out[table] = sorted((tuple(str(v) for v in r) for r in rows))
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
