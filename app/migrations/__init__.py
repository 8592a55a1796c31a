"""Alembic migrations, run programmatically on the already-keyed connection (no alembic.ini)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

from app.domain import search_index
from app.errors import DamagedVaultError, NewerVaultError

if TYPE_CHECKING:
    from alembic.config import Config

HERE = Path(__file__).parent
# The newest revision in versions/ (a test keeps it equal to Alembic's head). Opening a vault that
# is already at HEAD needs no Alembic at all, which keeps start-up fast.
HEAD = "0016"


def config_for(folder: Path, connection: Connection | None = None) -> Config:
    """Alembic's configuration for the scripts in `folder` (the vault's here, the hub's in
    app.hub.migrations), run on `connection` when given."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(folder))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_in(folder: Path) -> str:
    """The newest revision of the scripts in `folder`."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(config_for(folder)).get_current_head()
    assert head is not None
    return head


def _config(connection: Connection | None = None) -> Config:
    return config_for(HERE, connection)


def head_revision() -> str:
    return head_in(HERE)


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    has_table = connection.execute(text(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")).scalar()
    if not has_table:
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def needs_upgrade(engine: Engine) -> bool:
    """True when the schema is behind head. Raises NewerVaultError for an unknown (newer) one."""
    with engine.connect() as conn:
        current = current_revision(conn)
    if current == HEAD:
        return False
    if current is not None and current not in known_revisions():
        raise NewerVaultError(f"schema revision {current} is newer than this version of Verbind")
    return current != head_revision()


def _has_tables(connection: Connection) -> bool:
    return bool(connection.execute(text(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")).scalar())


def upgrade(engine: Engine, backup_first: Callable[[], object] | None = None) -> None:
    """Bring the schema to head in one transaction. A vault that already has a schema is backed
    up (verified) first; a new, empty one is not. Raises NewerVaultError (nothing written) for a
    schema this program does not know, DamagedVaultError for tables without a schema version."""
    if not needs_upgrade(engine):
        return
    with engine.connect() as conn:
        before = current_revision(conn)
        has_schema = before is not None
        if not has_schema and _has_tables(conn):
            raise DamagedVaultError("tables without a schema version")
    if has_schema and backup_first is not None:
        backup_first()
    from alembic import command

    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        # Batch migrations recreate tables (copy, drop, rename): with foreign keys on, dropping a
        # parent table would cascade. SQLite ignores this PRAGMA inside a transaction, so it is
        # set before BEGIN; references are checked before the commit instead.
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                command.upgrade(_config(conn), "head")
                if before is not None and before >= search_index.SINCE:
                    # the index existed already: a later migration that recreated the stakeholder
                    # table dropped its triggers and renumbered its rowids (0015 itself builds it)
                    search_index.restore(raw)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DamagedVaultError(f"migration left {len(broken)} broken reference(s)")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
