"""Changesets between team vaults with SQLite's session extension (APSW + SQLite3 Multiple Ciphers
reading the SQLCipher vault). Never call this with the vault open in sqlcipher3 in the same process:
two SQLite libraries must not hold one file (POSIX locks are per process); the CLI and GUI run it
while the app's own engine is closed.

- `changes_since_base` diffs the base copy (the state at the last exchange) against the vault, on
  temporary copies where local-only columns are blanked, so they never enter a bundle.
- `apply` merges a changeset field by field: different fields → both stay; the same field changed on
  both sides → the newer `updated_at` wins and the other value goes to `exchange_conflict`.
  Applying the same changeset twice changes nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import apsw

from app.domain.team import LOCAL_TABLES
from app.domain.trajectory import LOCAL_ONLY_COLUMNS

OMIT, REPLACE = 0, 1
DATA, NOTFOUND, CONFLICT = 1, 2, 3


def base_path_for(vault_path: Path) -> Path:
    return Path(f"{vault_path}.exchange-base")


@contextlib.contextmanager
def connect(path: Path, key: bytes) -> Iterator[apsw.Connection]:
    conn = apsw.Connection(str(path))
    try:
        conn.execute("PRAGMA cipher = 'sqlcipher'")
        conn.execute("PRAGMA legacy = 4")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        conn.execute("PRAGMA foreign_keys = OFF")  # changesets are applied whole; FKs are checked after
        yield conn
    finally:
        conn.close()


def synced_tables(conn: apsw.Connection) -> list[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").fetchall()
    return sorted(str(r[0]) for r in rows if r[0] not in LOCAL_TABLES)


def columns(conn: apsw.Connection, table: str) -> list[str]:
    return [str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})").fetchall()]


def fingerprint(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()[:32]


def _blank_local_only(conn: apsw.Connection) -> None:
    for table, cols in LOCAL_ONLY_COLUMNS.items():
        for col in cols:
            conn.execute(f"UPDATE {table} SET {col} = ''")


def _copy(src: Path, dst: Path, key: bytes) -> None:
    """Consistent copy of an encrypted database (WAL folded in) via the backup API."""
    with connect(src, key) as source, connect(dst, key) as target, target.backup("main", source, "main") as b:
        b.step()


def empty_like(vault: Path, key: bytes, dst: Path) -> None:
    """An empty database with the vault's schema (the base for a first, full exchange)."""
    _copy(vault, dst, key)
    with connect(dst, key) as conn:
        for table in synced_tables(conn):
            conn.execute(f"DELETE FROM {table}")


def changes_since_base(vault: Path, key: bytes, base: Path) -> bytes:
    """The changeset that turns `base` into `vault`, without local-only columns."""
    with tempfile.TemporaryDirectory(prefix=".verbind-x-", dir=vault.parent) as tmp:
        cur, old = Path(tmp) / "current.db", Path(tmp) / "base.db"
        _copy(vault, cur, key)
        _copy(base, old, key)
        for path in (cur, old):
            with connect(path, key) as conn:
                _blank_local_only(conn)
        with connect(cur, key) as conn:
            conn.execute(f"ATTACH DATABASE '{old}' AS base KEY \"x'{key.hex()}'\"")
            session = apsw.Session(conn, "main")
            for table in synced_tables(conn):
                session.attach(table)
                session.diff("base", table)
            changeset = session.changeset()
            session.close()
            conn.execute("DETACH DATABASE base")
        return bytes(changeset)


class _Merger:
    """Conflict handler: field-level merge, newest updated_at wins on the same field."""

    def __init__(self, conn: apsw.Connection, sender: str) -> None:
        self.conn = conn
        self.sender = sender
        self.cols: dict[str, list[str]] = {}
        self.updates: list[tuple[str, str, dict[str, Any]]] = []
        self.conflicts: list[tuple[str, str, str, Any, Any, str]] = []
        self.clock: dict[tuple[str, str, str], str] = {}

    def field_time(self, table: str, pk: str, column: str, row_time: Any) -> str:
        """When this field got its current value: the exchange clock, else the row's updated_at."""
        key = (table, pk, column)
        if key in self.clock:
            return self.clock[key]
        rows = self.conn.execute("SELECT changed_at FROM exchange_clock WHERE table_name = ? AND record_id = ? "
                                 "AND [column] = ?", key).fetchall()
        return str(rows[0][0]) if rows else str(row_time or "")

    def _columns(self, table: str) -> list[str]:
        if table not in self.cols:
            self.cols[table] = columns(self.conn, table)
        return self.cols[table]

    def __call__(self, reason: int, change: apsw.TableChange) -> int:
        cols = self._columns(change.name)
        if change.op == "DELETE":
            return REPLACE if reason == DATA else OMIT
        if reason == NOTFOUND:
            return OMIT  # the record was erased here: erasure wins
        if reason not in (DATA, CONFLICT):
            return OMIT
        current: Any = change.conflict
        incoming: Any = change.new
        if current is None or incoming is None:
            return OMIT
        old: Any = change.old if change.op == "UPDATE" else None
        upd_i = cols.index("updated_at") if "updated_at" in cols else None

        def defined(v: Any) -> bool:
            return v is not apsw.no_change

        inc_updated = incoming[upd_i] if upd_i is not None and defined(incoming[upd_i]) else None
        loc_updated = current[upd_i] if upd_i is not None else None
        incoming_newer = bool(inc_updated and (not loc_updated or str(inc_updated) > str(loc_updated)))
        id_i = cols.index("id")
        pk = str(current[id_i])
        assignments: dict[str, Any] = {}
        if change.op == "INSERT":
            # the row exists already: a bundle applied again, or a stale copy. Take it only if newer.
            if incoming_newer:
                assignments = {n: incoming[i] for i, n in enumerate(cols) if i != id_i and incoming[i] != current[i]}
                self.updates.append((change.name, pk, assignments))
            return OMIT
        for i, name in enumerate(cols):
            if i == id_i or not defined(incoming[i]) or incoming[i] == current[i]:
                continue
            untouched_here = old is not None and defined(old[i]) and old[i] == current[i]
            if untouched_here or name == "updated_at":
                if name != "updated_at" or incoming_newer:
                    assignments[name] = incoming[i]
                    if name != "updated_at" and inc_updated:
                        self.clock[(change.name, pk, name)] = str(inc_updated)
                continue
            # both sides changed this field: the newer change of this field wins (ties: larger value)
            local_time = self.field_time(change.name, pk, name, loc_updated)
            incoming_time = str(inc_updated or "")
            if (incoming_time, str(incoming[i])) > (local_time, str(current[i])):
                assignments[name] = incoming[i]
                self.clock[(change.name, pk, name)] = incoming_time
                self.conflicts.append((change.name, pk, name, incoming[i], current[i], "incoming"))
            else:
                self.conflicts.append((change.name, pk, name, current[i], incoming[i], "local"))
        if assignments:
            self.updates.append((change.name, pk, assignments))
        return OMIT

    def finish(self) -> None:
        record_clock(self.conn, self.clock)
        for table, pk, assignments in self.updates:
            sets = ", ".join(f"{c} = ?" for c in assignments)
            self.conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*assignments.values(), pk))
        now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
        for table, pk, column, kept, other, which in self.conflicts:
            self.conn.execute(
                "INSERT INTO exchange_conflict (id, created_at, table_name, record_id, [column], kept_value, "
                "other_value, kept, sender) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (str(uuid.uuid4()), now, table, pk, column, None if kept is None else str(kept),
                 None if other is None else str(other), which, self.sender))


def record_clock(conn: apsw.Connection, clock: dict[tuple[str, str, str], str]) -> None:
    for (table, pk, column), when in clock.items():
        conn.execute("INSERT INTO exchange_clock (table_name, record_id, [column], changed_at) VALUES (?, ?, ?, ?) "
                     "ON CONFLICT (table_name, record_id, [column]) DO UPDATE SET changed_at = excluded.changed_at "
                     "WHERE excluded.changed_at > exchange_clock.changed_at", (table, pk, column, when))


def clock_of(conn: apsw.Connection, changeset: bytes) -> dict[tuple[str, str, str], str]:
    """Field times of an outgoing changeset: each changed field at its row's new updated_at."""
    clock: dict[tuple[str, str, str], str] = {}
    cols: dict[str, list[str]] = {}
    for change in apsw.Changeset.iter(changeset):
        if change.op == "DELETE" or change.new is None:
            continue
        names = cols.setdefault(change.name, columns(conn, change.name))
        if "updated_at" not in names or "id" not in names:
            continue
        new: Any = change.new
        when = new[names.index("updated_at")]
        if when is apsw.no_change or when is None:
            continue
        pk = change.old[names.index("id")] if change.op == "UPDATE" and change.old is not None else new[names.index("id")]
        for i, name in enumerate(names):
            if name not in ("id", "updated_at", "created_at") and new[i] is not apsw.no_change:
                clock[(change.name, str(pk), name)] = str(when)
    return clock


def apply(conn: apsw.Connection, changeset: bytes, sender: str = "", record_conflicts: bool = True) -> dict[str, int]:
    """Apply a changeset inside one transaction; returns counts of changes per table."""
    counts: dict[str, int] = {}
    for change in apsw.Changeset.iter(changeset):
        counts[change.name] = counts.get(change.name, 0) + 1
    merger = _Merger(conn, sender)
    with conn:
        apsw.Changeset.apply(changeset, conn, conflict=merger)
        if not record_conflicts:
            merger.conflicts.clear()
        merger.finish()
    return counts


def refresh_base(vault: Path, key: bytes) -> None:
    """The base becomes a copy of the vault as it is now (after a full exchange round)."""
    base = base_path_for(vault)
    tmp = base.with_name(base.name + ".tmp")
    with contextlib.suppress(OSError):
        tmp.unlink()
    _copy(vault, tmp, key)
    shutil.move(str(tmp), str(base))
