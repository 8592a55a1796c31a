"""The copies a team exchange makes of an encrypted vault (`app.team.exchange._copy`): the file's
bytes when nothing can be waiting in its WAL, SQLite's backup otherwise; never a stale WAL of an
earlier, crashed run replayed onto the copy."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from app.team import exchange

KEY = bytes(range(32))


def _db(path: Path, rows: int) -> None:
    with exchange.connect(path, KEY) as conn:
        conn.execute("PRAGMA journal_mode = WAL").fetchall()
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
        conn.executemany("INSERT INTO t (v) VALUES (?)", [(f"rij {i}",) for i in range(rows)])


def _rows(path: Path) -> list[Any]:
    with exchange.connect(path, KEY) as conn:
        return list(conn.execute("SELECT id, v FROM t ORDER BY id").fetchall())


@pytest.fixture
def copies(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """How each copy was made: 'bytes' or 'backup'."""
    made: list[str] = []
    real = shutil.copyfileobj

    def spy(*args: Any, **kwargs: Any) -> Any:
        made.append("bytes")
        return real(*args, **kwargs)

    monkeypatch.setattr(exchange.shutil, "copyfileobj", spy)
    return made


def test_a_checkpointed_vault_is_copied_as_bytes(tmp_path: Path, copies: list[str]) -> None:
    src, dst = tmp_path / "vault.db", tmp_path / "copy.db"
    _db(src, 50)
    exchange._copy(src, dst, KEY)
    assert copies == ["bytes"]
    assert _rows(dst) == _rows(src) and len(_rows(dst)) == 50


def test_a_commit_a_reader_keeps_in_the_wal_is_in_the_copy(tmp_path: Path, copies: list[str]) -> None:
    """Another connection holds a read transaction from before the last commit: the checkpoint
    cannot fold that commit into the file, so its bytes alone would miss it. The backup reads it."""
    src, dst = tmp_path / "vault.db", tmp_path / "copy.db"
    _db(src, 10)
    with exchange.connect(src, KEY) as reader, exchange.connect(src, KEY) as writer:
        reader.execute("BEGIN")
        assert len(reader.execute("SELECT * FROM t").fetchall()) == 10
        writer.execute("INSERT INTO t (v) VALUES ('na de lezer')")
        exchange._copy(src, dst, KEY)
        reader.execute("COMMIT")
    assert copies == []  # the backup API, not the bytes
    assert _rows(dst)[-1][1] == "na de lezer" and len(_rows(dst)) == 11


def test_a_stale_wal_beside_the_copy_is_never_replayed(tmp_path: Path, copies: list[str]) -> None:
    """A run that died left `copy.db-wal` with pages of another database (same key): the new copy
    must show the source's rows, not those pages."""
    src, dst, other = tmp_path / "vault.db", tmp_path / "copy.db", tmp_path / "other.db"
    _db(src, 20)
    _db(other, 0)
    with exchange.connect(other, KEY) as conn:
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.executemany("INSERT INTO t (v) VALUES (?)", [("oude pagina",)] * 200)
        shutil.copy(Path(f"{other}-wal"), Path(f"{dst}-wal"))  # while it still holds the frames
    assert os.path.getsize(f"{dst}-wal") > 0
    exchange._copy(src, dst, KEY)
    assert copies == ["bytes"]
    assert _rows(dst) == _rows(src)
