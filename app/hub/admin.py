"""Setting up a hub, as its administrator (a PostgreSQL role that may create roles):
`verbind hub init` makes the schema (Alembic), the two group roles and their rights;
`add-organisation` a login role per organisation, `add-coordinator` one for whoever makes the
regional report. Passwords are hashed here (SCRAM-SHA-256, by libpq) before they are sent: the
server and its logs never see them in plain text."""

from __future__ import annotations

import re
import secrets
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from app.hub import HubError
from app.hub.migrations import SCHEMA, upgrade

ORG_GROUP = "verbind_org"  # every organisation's role is a member: writes its own rows (RLS)
COORDINATOR_GROUP = "verbind_coordinator"  # reads the aggregate views, nothing else
DATA_TABLES = ("network", "report_snapshot", "organisation_stakeholder")
VIEWS = ("v_network_period", "v_stakeholder_stage", "v_organisation")


@dataclass(frozen=True)
class NewRole:
    organisation_id: str | None
    name: str
    role: str
    password: str | None  # generated here: shown once; None when the caller gave it
    existed: bool


def _raw(conn: Connection) -> Any:
    return conn.connection.dbapi_connection


def _ident(conn: Connection, name: str) -> str:
    from psycopg import sql

    return str(sql.Identifier(name).as_string(_raw(conn)))


def _literal(conn: Connection, value: str) -> str:
    from psycopg import sql

    return str(sql.Literal(value).as_string(_raw(conn)))


def _role_exists(conn: Connection, role: str) -> bool:
    return bool(conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).scalar())


def _hashed(conn: Connection, role: str, password: str) -> str:
    pgconn = _raw(conn).pgconn
    return bytes(pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256")).decode()


def init(conn: Connection) -> str:
    """Schema, group roles and rights; safe to run again (it only adds what is missing).
    Returns the schema revision."""
    from app.hub.migrations import current_revision

    for role in (ORG_GROUP, COORDINATOR_GROUP):
        if not _role_exists(conn, role):
            conn.exec_driver_sql(f"CREATE ROLE {_ident(conn, role)} NOLOGIN")
    upgrade(conn)
    org, coord = _ident(conn, ORG_GROUP), _ident(conn, COORDINATOR_GROUP)
    conn.exec_driver_sql(f"REVOKE ALL ON ALL TABLES IN SCHEMA {SCHEMA} FROM PUBLIC")
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA {SCHEMA} TO {org}, {coord}")
    conn.exec_driver_sql(f"GRANT SELECT ON {SCHEMA}.organisation TO {org}")
    for table in DATA_TABLES:
        conn.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE ON {SCHEMA}.{table} TO {org}")
    for view in VIEWS:
        conn.exec_driver_sql(f"GRANT SELECT ON {SCHEMA}.{view} TO {coord}")
    return current_revision(conn) or ""


def _check_ready(conn: Connection) -> None:
    from app.hub.migrations import current_revision

    if current_revision(conn) is None or not _role_exists(conn, ORG_GROUP):
        raise HubError("Deze database is nog geen Verbind-hub: voer eerst 'verbind hub init' uit als beheerder.",
                       "schema")


def _set_password(conn: Connection, role: str, password: str) -> None:
    conn.exec_driver_sql(f"ALTER ROLE {_ident(conn, role)} PASSWORD {_literal(conn, _hashed(conn, role, password))}")


def add_organisation(conn: Connection, name: str, password: str | None = None) -> NewRole:
    """An organisation and its login role (`verbind_org_<12 hex>`), member of verbind_org. An
    organisation of that name already there keeps its id and role; a given password is set."""
    name = " ".join(name.split())
    if not name:
        raise HubError("Geef de naam van de organisatie.")
    _check_ready(conn)
    row = conn.execute(text(f"SELECT id::text, role_name FROM {SCHEMA}.organisation "
                            "WHERE lower(name) = lower(:n) AND deleted_at IS NULL"), {"n": name}).first()
    if row is not None:
        if password:
            _set_password(conn, row[1], password)
        return NewRole(row[0], name, row[1], None, True)
    org_id = str(uuid.uuid4())
    role = f"verbind_org_{org_id.replace('-', '')[:12]}"
    generated = None if password else secrets.token_urlsafe(18)
    conn.exec_driver_sql(f"CREATE ROLE {_ident(conn, role)} LOGIN IN ROLE {_ident(conn, ORG_GROUP)}")
    _set_password(conn, role, password or generated or "")
    conn.execute(text(f"INSERT INTO {SCHEMA}.organisation (id, name, role_name, created_at, updated_at) "
                      "VALUES (CAST(:id AS uuid), :n, :r, now() AT TIME ZONE 'utc', now() AT TIME ZONE 'utc')"),
                 {"id": org_id, "n": name, "r": role})
    return NewRole(org_id, name, role, generated, False)


def add_coordinator(conn: Connection, name: str, password: str | None = None) -> NewRole:
    """A login role `verbind_coord_<name>` that reads the aggregate views only."""
    slug = re.sub(r"[^a-z0-9]+", "_", name.strip().lower()).strip("_")[:40]
    if not slug:
        raise HubError("Geef een naam voor de coördinator (letters of cijfers).")
    _check_ready(conn)
    role = f"verbind_coord_{slug}"
    existed = _role_exists(conn, role)
    generated = None if password else (None if existed else secrets.token_urlsafe(18))
    if not existed:
        conn.exec_driver_sql(f"CREATE ROLE {_ident(conn, role)} LOGIN IN ROLE {_ident(conn, COORDINATOR_GROUP)}")
    if password or generated:
        _set_password(conn, role, password or generated or "")
    return NewRole(None, name, role, generated, existed)
