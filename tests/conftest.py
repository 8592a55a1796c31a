"""Shared fixtures. Qt runs offscreen; VERBIND_HOME points at a temp folder; key derivation uses
the floor parameters so tests stay fast."""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["VERBIND_KDF_PROFILE"] = "fast"

import pytest
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session

from app.domain import Base, Network

PASSPHRASE = "correct horse battery staple"


def pytest_configure(config: pytest.Config) -> None:
    """The suite must not depend on its caller's shell: every VERBIND_* variable goes for the
    whole session, before any fixture (module-scoped ones run before the autouse one below),
    except the soak switch and the screenshot folder (tests/ui/shots.py)."""
    for name in [n for n in os.environ if n.startswith("VERBIND_") and n not in ("VERBIND_SOAK", "VERBIND_SHOTS")]:
        del os.environ[name]
    os.environ["VERBIND_KDF_PROFILE"] = "fast"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("verbind-home")
    monkeypatch.setenv("VERBIND_HOME", str(home))
    monkeypatch.setenv("VERBIND_KDF_PROFILE", "fast")
    monkeypatch.delenv("VERBIND_PASSPHRASE", raising=False)
    from app.i18n import set_language

    set_language("nl")  # a test that switched to English (CLI --lang en, the GUI) leaves none behind
    yield home
    gc.unfreeze()  # a window that opened a vault froze the collector's objects (ui.memory.settle)


@pytest.fixture
def db_session() -> Iterator[Session]:
    """Fast in-memory SQLite session with the full schema (for service unit tests)."""
    engine = create_engine("sqlite://")

    @event.listens_for(engine, "connect")
    def _fk(dbapi_conn, _rec):  # type: ignore[no-untyped-def]
        dbapi_conn.execute("PRAGMA foreign_keys=ON")

    Base.metadata.create_all(engine)
    with Session(engine, expire_on_commit=False) as session:
        yield session
    engine.dispose()


@contextmanager
def scratch_engine(url: str = "sqlite://") -> Iterator[Engine]:
    """An engine for a migration test, disposed at the end even when the test fails: Python 3.13
    reports a sqlite3 connection left to the garbage collector as a ResourceWarning (an error in
    this suite), in whichever later test the collector happens to run."""
    engine = create_engine(url)
    try:
        yield engine
    finally:
        engine.dispose()


@pytest.fixture
def fresh_session() -> Iterator[Callable[[], Session]]:
    """Makes in-memory sessions with the full schema (no foreign-key checks, as the demo writer
    expects); every engine made is disposed after the test."""
    engines: list[Engine] = []

    def make() -> Session:
        engine = create_engine("sqlite://")
        engines.append(engine)
        Base.metadata.create_all(engine)
        return Session(engine)

    yield make
    for engine in engines:
        engine.dispose()


@pytest.fixture
def network(db_session: Session) -> Network:
    net = Network(name="Verbindingsambassadeurs Gent", kind="connection", municipality="Gent", fte=1.0)
    db_session.add(net)
    db_session.commit()
    return net


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "test.verbind"


@pytest.fixture
def vault(vault_path: Path):  # type: ignore[no-untyped-def]
    """A freshly created, open vault (real SQLCipher)."""
    from app.vault import Vault

    v, _recovery = Vault.create(vault_path, PASSPHRASE)
    try:
        yield v
    finally:
        v.close()


def damage_a_page(vault: Any, where: float = 0.75, row: Callable[[int], Any] | None = None) -> bytes:
    """Fill `vault` with 300 rows (`row(i)`; networks unless said), close it and flip one byte at
    `where` of its file (three quarters in: a page of those rows, not of the schema); returns the
    damaged file's bytes."""
    with vault.session() as s:
        for i in range(300):
            s.add(row(i) if row is not None else Network(name=f"Netwerk {i}", beliefs="x" * 200))
        s.commit()
    vault.close()
    data = bytearray(vault.path.read_bytes())
    data[int(len(data) * where)] ^= 0x40
    vault.path.write_bytes(bytes(data))
    return bytes(data)


def insert_old_row(conn: Any, model: Any, **values: Any) -> None:
    """Insert a row into a database at an older schema revision: only the columns that revision
    has, the model's plain defaults for the rest (lists and objects as JSON), raw SQL — the model's
    own insert would name columns added by later migrations."""
    import json as _json
    from datetime import date as _date
    from datetime import datetime as _datetime

    table = model.__table__
    present = {c[1] for c in conn.exec_driver_sql(f"PRAGMA table_info({table.name})").all()}
    row = {c.name: c.default.arg for c in table.columns
           if c.name in present and c.default is not None and not callable(c.default.arg)}
    row.update({"created_at": "2025-01-01 00:00:00.000000", "updated_at": "2025-01-01 00:00:00.000000"})
    row.update(values)
    row = {k: (_json.dumps(v) if isinstance(v, (list, dict)) else str(v) if isinstance(v, (_date, _datetime)) else v)
           for k, v in row.items() if k in present}
    conn.exec_driver_sql(f"INSERT INTO {table.name} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                         tuple(row.values()))
