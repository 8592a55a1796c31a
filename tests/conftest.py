"""Shared fixtures. Qt runs offscreen; VERBIND_HOME points at a temp folder; key derivation uses
the floor parameters so tests stay fast."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["VERBIND_KDF_PROFILE"] = "fast"

import pytest
from sqlalchemy import create_engine, event
from sqlalchemy.orm import Session

from app.domain import Base, Network

PASSPHRASE = "correct horse battery staple"


def pytest_configure(config: pytest.Config) -> None:
    """The suite must not depend on its caller's shell: every VERBIND_* variable goes for the
    whole session, before any fixture (module-scoped ones run before the autouse one below),
    except the soak switch."""
    for name in [n for n in os.environ if n.startswith("VERBIND_") and n != "VERBIND_SOAK"]:
        del os.environ[name]
    os.environ["VERBIND_KDF_PROFILE"] = "fast"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("verbind-home")
    monkeypatch.setenv("VERBIND_HOME", str(home))
    monkeypatch.setenv("VERBIND_KDF_PROFILE", "fast")
    monkeypatch.delenv("VERBIND_PASSPHRASE", raising=False)
    from app.i18n import set_language

    set_language("nl")  # a test that switched to English (CLI --lang en, the GUI) leaves none behind
    return home


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
