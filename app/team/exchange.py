"""Changesets between team vaults with SQLite's session extension (APSW + SQLite3 Multiple Ciphers
reading the SQLCipher vault). Never call this with the vault open in sqlcipher3 in the same process:
two SQLite libraries must not hold one file (POSIX locks are per process); the CLI and GUI run it
while the app's own engine is closed.

- `changes_and_images` diffs the base copy (the state at the last exchange) against a copy of the
  vault; both have their local-only columns and rows blanked, so those never enter a bundle.
- A bundle's payload is the changeset plus, per changed row, the row's `updated_at` at export (the
  time every changed field of that row travels with) and the image of each updated row
  (`pack`/`unpack`).
- `apply` merges field by field (see `_Merger`): different fields → both stay; the same field
  changed on both sides → the newer time wins and the other value goes to `exchange_conflict`.
  Every laptop makes the same decision whatever the order, so vaults converge; applying the same
  bundle twice changes nothing.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import shutil
import uuid
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import apsw

from app.domain import search_index
from app.domain.documents import PRIVATE_ROWS
from app.domain.team import LOCAL_TABLES
from app.domain.trajectory import LOCAL_ONLY_COLUMNS
from app.fileutil import create_private, fsync_file
from app.team import erasure

OMIT, REPLACE = 0, 1
DATA, NOTFOUND, CONFLICT = 1, 2, 3
PAYLOAD_MAGIC = b"VBX2"
# never merged field by field: the key, and the row times the merge itself maintains
SKIP_FIELDS = frozenset({"id", "created_at", "updated_at"})
# page cache per database of an exchange connection, in KiB (negative: SQLite's unit for KiB)
CACHE_KIB = -65536
# set in a base copy whose local-only columns and rows are blanked (see `blank_base`)
BLANKED = "exchange.blanked"


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
        conn.execute("PRAGMA secure_delete = ON")  # an erased row leaves no readable page behind
        conn.execute("PRAGMA foreign_keys = OFF")  # changesets are applied whole; FKs are checked after
        # a diff joins whole tables of two files by key: with SQLite's default 2 MB cache it decrypts
        # the same pages again and again (a 50k-row table: 0.9 s instead of 0.3 s)
        conn.execute(f"PRAGMA main.cache_size = {CACHE_KIB}")
        yield conn
    finally:
        conn.close()


def synced_tables(conn: apsw.Connection) -> list[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").fetchall()
    return sorted(str(r[0]) for r in rows if r[0] not in LOCAL_TABLES and not search_index.is_index_table(str(r[0])))


def columns(conn: apsw.Connection, table: str) -> list[str]:
    return [str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})").fetchall()]


def _cached_columns(conn: apsw.Connection, cache: dict[str, list[str]], table: str) -> list[str]:
    if table not in cache:
        cache[table] = columns(conn, table)
    return cache[table]


def fingerprint(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()[:32]


def _blank_local_only(conn: apsw.Connection) -> None:
    """In a copy: blank the columns that never travel and drop the rows that stay on this laptop
    (an attachment the user did not mark shared), so no bundle can carry them; marks it blanked."""
    for table, cols in LOCAL_ONLY_COLUMNS.items():
        for col in cols:
            conn.execute(f"UPDATE {table} SET {col} = ''")
    present = set(synced_tables(conn))
    for table, keep in PRIVATE_ROWS.items():
        if table in present:
            conn.execute(f"DELETE FROM {table} WHERE {keep}")
    _mark_blanked(conn)


def _mark_blanked(conn: apsw.Connection) -> None:
    conn.execute("INSERT OR REPLACE INTO vault_setting (key, value) VALUES (?, '1')", (BLANKED,))


def blank_base(path: Path, key: bytes) -> None:
    """Make sure a base copy holds nothing local-only (one transaction; nothing to do for a base
    made now, which is blanked when it is made). An older base kept the vault's local-only values
    and rows; an export compares the vault's blanked copy with the base itself, so it must not."""
    with connect(path, key) as conn:
        if conn.execute("SELECT 1 FROM vault_setting WHERE key = ?", (BLANKED,)).fetchall():
            return
        with conn:
            _blank_local_only(conn)


def _copy(src: Path, dst: Path, key: bytes) -> None:
    """Consistent copy of an encrypted database (WAL folded in). The file's bytes when its WAL
    is empty after a checkpoint: a write lock is held meanwhile, so nothing can change it, and the
    copy opens with the same key. Otherwise (a reader elsewhere keeps the WAL) SQLite's backup API,
    which decrypts and encrypts every page again (about ten times slower)."""
    for stale in (Path(f"{dst}-wal"), Path(f"{dst}-shm")):  # a crashed run's: never replayed on the copy
        with contextlib.suppress(FileNotFoundError):
            stale.unlink()
    with connect(src, key) as source:
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        source.execute("BEGIN IMMEDIATE")
        try:
            wal = Path(f"{src}-wal")
            if not wal.exists() or wal.stat().st_size == 0:
                with open(src, "rb") as fin, open(dst, "wb") as fout:
                    shutil.copyfileobj(fin, fout, 1 << 20)
                return
        finally:
            source.execute("ROLLBACK")
        with connect(dst, key) as target, target.backup("main", source, "main") as b:
            b.step()


def empty_like(vault: Path, key: bytes, dst: Path) -> None:
    """An empty database with the vault's schema (the base for a first, full exchange)."""
    _copy(vault, dst, key)
    with connect(dst, key) as conn, conn:
        for table in synced_tables(conn):
            conn.execute(f"DELETE FROM {table}")
        _mark_blanked(conn)  # nothing left to blank


def changes_and_images(vault: Path, key: bytes, base: Path,
                       snapshot: Path) -> tuple[bytes, dict[str, dict[str, dict[str, Any]]]]:
    """The changeset that turns `base` into `vault` without local-only columns, and for every
    updated row its whole current image (local-only columns blanked): a teammate who does not have
    that row yet — it came from a third member whose bundle has not reached them — can then insert
    it instead of losing the update.

    The vault is read once, into `snapshot` (a new private file), which is then blanked: it is
    exactly what the bundle shares, so the export makes it the next base. The base is compared as
    it is (blanked too, see `blank_base`), without a copy."""
    blanked_copy(vault, snapshot, key)
    blank_base(base, key)
    with connect(snapshot, key) as conn:
        conn.execute(f"ATTACH DATABASE ? AS base KEY \"x'{key.hex()}'\"", (str(base),))
        conn.execute(f"PRAGMA base.cache_size = {CACHE_KIB}")
        session = apsw.Session(conn, "main")
        for table in synced_tables(conn):
            session.attach(table)
            session.diff("base", table)
        changeset = bytes(session.changeset())
        session.close()
        conn.execute("DETACH DATABASE base")
        images: dict[str, dict[str, dict[str, Any]]] = {}
        cols: dict[str, list[str]] = {}
        for change in apsw.Changeset.iter(changeset):
            if change.op != "UPDATE" or change.old is None:
                continue
            names = _cached_columns(conn, cols, change.name)
            if "id" not in names:
                continue
            old_row: Any = change.old
            pk = str(old_row[names.index("id")])
            rows = conn.execute(f"SELECT * FROM {change.name} WHERE id = ?", (pk,)).fetchall()
            if rows:
                images.setdefault(change.name, {})[pk] = {n: _jsonable(v) for n, v in zip(names, rows[0], strict=True)}
    return changeset, images


def _jsonable(value: Any) -> Any:
    return {"$b64": base64.b64encode(value).decode("ascii")} if isinstance(value, bytes) else value


def _from_json(value: Any) -> Any:
    return base64.b64decode(value["$b64"]) if isinstance(value, dict) and "$b64" in value else value


def value_hash(value: Any) -> str:
    """A short, stable hash of a field value as SQLite returns it (type included)."""
    return hashlib.sha256(f"{type(value).__name__}:{value!r}".encode()).hexdigest()[:16]


def _order(value: Any) -> tuple[int, str]:
    """A total order over field values, the same on every laptop (breaks ties between equal times)."""
    return (0, "") if value is None else (1, str(value))


def pack(changeset: bytes, times: dict[str, dict[str, str]],
         images: dict[str, dict[str, dict[str, Any]]] | None = None,
         erased: list[list[Any]] | None = None) -> bytes:
    """The bundle payload: the field times of the changed rows, the images of updated rows and
    every erasure the sender knows of ([audit id, at, table, record id]), then the changeset."""
    meta = zlib.compress(json.dumps({"times": times, "images": images or {}, "erasures": erased or []},
                                    sort_keys=True).encode("utf-8"))
    return PAYLOAD_MAGIC + len(meta).to_bytes(4, "big") + meta + changeset


def unpack(payload: bytes) -> tuple[bytes, dict[str, dict[str, str]], dict[str, dict[str, dict[str, Any]]]]:
    changeset, times, images, _ = unpack_all(payload)
    return changeset, times, images


def unpack_all(payload: bytes) -> tuple[bytes, dict[str, dict[str, str]], dict[str, dict[str, dict[str, Any]]],
                                        list[list[Any]]]:
    """(changeset, field times, row images, erasures) of a bundle payload."""
    if not payload.startswith(PAYLOAD_MAGIC):
        return payload, {}, {}, []  # a bundle from before field times travelled: rows' updated_at is used
    size = int.from_bytes(payload[4:8], "big")
    meta = json.loads(zlib.decompress(payload[8:8 + size]))
    if isinstance(meta, dict) and isinstance(meta.get("times"), dict):
        erased = [e for e in meta.get("erasures") or [] if isinstance(e, list) and len(e) == 4]
        return payload[8 + size:], meta["times"], meta.get("images") or {}, erased
    return payload[8 + size:], meta, {}, []


def row_times(conn: apsw.Connection, changeset: bytes) -> dict[str, dict[str, str]]:
    """For each inserted or updated row in an outgoing changeset: the vault row's updated_at now.
    Every field that changed since the last exchange travels with that time."""
    times: dict[str, dict[str, str]] = {}
    cols: dict[str, list[str]] = {}
    for change in apsw.Changeset.iter(changeset):
        if change.op == "DELETE":
            continue
        names = _cached_columns(conn, cols, change.name)
        if "id" not in names or "updated_at" not in names:
            continue
        row: Any = change.old if change.op == "UPDATE" else change.new
        pk = str(row[names.index("id")])
        found = conn.execute(f"SELECT updated_at FROM {change.name} WHERE id = ?", (pk,)).fetchall()
        if found and found[0][0] is not None:
            times.setdefault(change.name, {})[pk] = str(found[0][0])
    return times


def exported_clock(conn: apsw.Connection, changeset: bytes,
                   times: dict[str, dict[str, str]]) -> dict[tuple[str, str, str], tuple[str, str]]:
    """The field times this laptop now claims for the updated fields it exports."""
    clock: dict[tuple[str, str, str], tuple[str, str]] = {}
    cols: dict[str, list[str]] = {}
    for change in apsw.Changeset.iter(changeset):
        if change.op != "UPDATE" or change.new is None or change.old is None:
            continue
        names = _cached_columns(conn, cols, change.name)
        if "id" not in names:
            continue
        new: Any = change.new
        old: Any = change.old
        pk = str(old[names.index("id")])
        when = times.get(change.name, {}).get(pk)
        if not when:
            continue
        skip = SKIP_FIELDS | LOCAL_ONLY_COLUMNS.get(change.name, frozenset())
        for i, name in enumerate(names):
            if name not in skip and new[i] is not apsw.no_change:
                clock[(change.name, pk, name)] = (when, value_hash(new[i]))
    return clock


def record_clock(conn: apsw.Connection, clock: dict[tuple[str, str, str], tuple[str, str]]) -> None:
    conn.executemany(
        "INSERT INTO exchange_clock (table_name, record_id, [column], changed_at, value_hash) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (table_name, record_id, [column]) DO UPDATE SET changed_at = excluded.changed_at, "
        "value_hash = excluded.value_hash",
        [(t, pk, c, when, h) for (t, pk, c), (when, h) in clock.items()])


class _Merger:
    """Field-level merge, the same decision on every laptop whatever the order of the bundles:
    each field holds the value with the newest change time (ties: the larger value). A field's
    time is the exchange clock's while the field still holds the value it was recorded for;
    after a local edit not yet exchanged it is the row's updated_at (the time its export will
    carry); a value unchanged since the record was made dates from its created_at.
    Deletions (erasures) win over updates. Updates are never applied blindly by SQLite: they all
    pass here (`filter_change`), so an older value can never overwrite a newer one."""

    def __init__(self, conn: apsw.Connection, sender: str, times: dict[str, dict[str, str]], with_base: bool,
                 images: dict[str, dict[str, dict[str, Any]]] | None = None,
                 erased: list[list[Any]] | None = None) -> None:
        self.conn = conn
        self.sender = sender
        self.times = times
        self.images = images or {}
        # erased here or by the sender: such a record never comes back, whatever an older bundle says
        self.incoming_erasures = erased or []
        self.erased = erasure.erased_ids(conn) | {str(e[3]) for e in self.incoming_erasures}
        self.graph = erasure.Graph(conn)
        self.inserts: list[tuple[str, dict[str, Any]]] = []
        self.with_base = with_base
        self.cols: dict[str, list[str]] = {}
        self.updates: list[tuple[str, str, dict[str, Any]]] = []
        self.conflicts: list[tuple[str, str, str, Any, Any, str]] = []
        self.clock: dict[tuple[str, str, str], tuple[str, str]] = {}

    def _columns(self, table: str) -> list[str]:
        if table not in self.cols:
            self.cols[table] = columns(self.conn, table)
        return self.cols[table]

    def _row(self, schema: str, table: str, pk: str) -> Any:
        rows = self.conn.execute(f"SELECT * FROM {schema}.{table} WHERE id = ?", (pk,)).fetchall()
        return rows[0] if rows else None

    def _clock_entry(self, table: str, pk: str, column: str) -> tuple[str, str | None] | None:
        key = (table, pk, column)
        if key in self.clock:
            return self.clock[key]
        rows = self.conn.execute("SELECT changed_at, value_hash FROM exchange_clock WHERE table_name = ? AND "
                                 "record_id = ? AND [column] = ?", key).fetchall()
        if not rows:
            return None
        return str(rows[0][0]), None if rows[0][1] is None else str(rows[0][1])

    def local_time(self, table: str, pk: str, i: int, current: Any, base_row: Any) -> str:
        """When field `i` of the local row got its value (see the class docstring); `base_row` is
        the row in the base copy (None: not there, or no base attached)."""
        cols = self._columns(table)
        value = current[i]
        row_updated = str(current[cols.index("updated_at")] or "") if "updated_at" in cols else ""
        if self.with_base and (base_row is None or base_row[i] != value):
            return row_updated  # changed here since the last exchange
        entry = self._clock_entry(table, pk, cols[i])
        if entry is not None and entry[1] in (None, value_hash(value)):
            return entry[0]
        if entry is not None:
            return row_updated
        return str(current[cols.index("created_at")] or "") if "created_at" in cols else ""

    def _erased_refs(self, table: str, row: dict[str, Any]) -> tuple[bool, set[str]]:
        """Whether `row` belongs to an erased record (a CASCADE foreign key to one: it goes with
        it), and the columns to clear because they point at (or repeat) an erased record."""
        clear: set[str] = set()
        for col, (_parent, on_delete) in self.graph.parents.get(table, {}).items():
            value = row.get(col)
            if value is None or value is apsw.no_change or str(value) not in self.erased:
                continue
            if on_delete == "CASCADE":
                return True, clear
            clear.add(col)
            clear.update(erasure.COMPANIONS.get((table, col), ()))
        return False, clear

    def filter_change(self, change: apsw.TableChange) -> bool:
        cols = self._columns(change.name)
        if "id" not in cols or change.op == "DELETE":
            return True
        id_i = cols.index("id")
        incoming: Any = change.new
        if change.op == "INSERT":
            pk = str(incoming[id_i])
            if pk in self.erased:
                return False  # erased here or by the sender: an older insert never brings it back
            row = dict(zip(cols, incoming, strict=True))
            belongs, clear = self._erased_refs(change.name, row)
            if belongs:
                return False
            current = self._row("main", change.name, pk)
            if current is not None:
                self._merge(change.name, current, incoming, None)  # applied again, or made twice
                return False
            if self._deleted_here(pk):
                return False  # deleted here: that wins over an insert replayed from an older bundle
            if clear:
                self.inserts.append((change.name, {c: ("" if c not in self.graph.parents.get(change.name, {})
                                                       else None) if c in clear else v for c, v in row.items()}))
                return False
            return True
        old: Any = change.old
        pk = str(old[id_i])
        if pk in self.erased:
            return False
        current = self._row("main", change.name, pk)
        if current is not None:
            self._merge(change.name, current, incoming, old)
        elif not self._deleted_here(pk):
            # not here yet: its insert is in a third member's bundle that has not arrived. The
            # sender's image of the whole row stands in for it (the insert, when it comes, merges).
            image = self.images.get(change.name, {}).get(pk)
            if image is not None:
                self._insert_image(change.name, pk, image, incoming)
        # else: deleted or erased here; that wins (the base still has the row, so it travels on)
        return False

    def _deleted_here(self, pk: str) -> bool:
        rows = self.conn.execute("SELECT 1 FROM audit_entry WHERE record_id = ? AND action IN ('delete', 'erase') "
                                 "LIMIT 1", (pk,)).fetchall()
        return bool(rows)

    def _insert_image(self, table: str, pk: str, image: dict[str, Any], incoming: Any) -> None:
        cols = self._columns(table)
        row = {c: _from_json(image[c]) for c in cols if c in image}
        row["id"] = pk
        belongs, clear = self._erased_refs(table, row)
        if belongs:
            return
        for c in clear:
            row[c] = None if c in self.graph.parents.get(table, {}) else ""
        self.inserts.append((table, row))
        in_time = self.times.get(table, {}).get(pk, "")
        for i, name in enumerate(cols):
            if name not in SKIP_FIELDS and incoming[i] is not apsw.no_change and in_time:
                self.clock[(table, pk, name)] = (in_time, value_hash(row.get(name)))

    def _merge(self, table: str, current: Any, incoming: Any, old: Any) -> None:
        cols = self._columns(table)
        pk = str(current[cols.index("id")])
        upd_i = cols.index("updated_at") if "updated_at" in cols else None
        inc_updated = incoming[upd_i] if upd_i is not None else None
        if inc_updated is apsw.no_change:
            inc_updated = None
        in_time = self.times.get(table, {}).get(pk) or str(inc_updated or "")
        base_row = self._row("base", table, pk) if self.with_base else None
        skip = SKIP_FIELDS | LOCAL_ONLY_COLUMNS.get(table, frozenset())
        # a reference to an erased person (and what repeats it) is never taken, nor kept as a conflict
        image = self.images.get(table, {}).get(pk) or {}
        refs = self.graph.parents.get(table, {})  # all `_erased_refs` looks at
        seen_row = {c: _from_json(image[c]) for c in refs if c in image}
        seen_row |= {c: v for c, v in zip(cols, incoming, strict=True) if c in refs and v is not apsw.no_change}
        skip = skip | self._erased_refs(table, seen_row)[1]
        assignments: dict[str, Any] = {}
        for i, name in enumerate(cols):
            value = incoming[i]
            if name in skip or value is apsw.no_change:
                continue
            here = current[i]
            local_time = self.local_time(table, pk, i, current, base_row)
            if value == here:
                self.clock[(table, pk, name)] = (max(local_time, in_time), value_hash(value))
                continue
            incoming_wins = (in_time, _order(value)) > (local_time, _order(here))
            if incoming_wins:
                assignments[name] = value
                self.clock[(table, pk, name)] = (in_time, value_hash(value))
            both_changed = old is not None and old[i] is not apsw.no_change and old[i] != here
            if both_changed:
                kept, other = (value, here) if incoming_wins else (here, value)
                self.conflicts.append((table, pk, name, kept, other, "incoming" if incoming_wins else "local"))
        if assignments and upd_i is not None and in_time > str(current[upd_i] or ""):
            assignments["updated_at"] = in_time
        if assignments:
            self.updates.append((table, pk, assignments))

    def __call__(self, reason: int, change: apsw.TableChange) -> int:
        if change.op == "DELETE" and reason == DATA:
            return REPLACE  # deleted there after a change here: the deletion (an erasure) wins
        return OMIT

    def finish(self, record_conflicts: bool) -> None:
        self.conflicts = [c for c in self.conflicts if c[1] not in self.erased]
        for table, row in self.inserts:
            names = ", ".join(f"[{c}]" for c in row)
            marks = ", ".join("?" for _ in row)
            self.conn.execute(f"INSERT OR IGNORE INTO {table} ({names}) VALUES ({marks})", tuple(row.values()))
        record_clock(self.conn, self.clock)
        for table, pk, assignments in self.updates:
            sets = ", ".join(f"{c} = ?" for c in assignments)
            self.conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*assignments.values(), pk))
        # the sender's erasures are erasures here too: the record, what depends on it, its consents
        # and what exchange kept of it go, and the audit entry makes it refused from now on
        known = erasure.erased_ids(self.conn)
        for audit_id, at, table, record_id in self.incoming_erasures:
            if str(record_id) not in known:
                erasure.record_erasure(self.conn, str(audit_id), at, str(table), str(record_id))
            erasure.erase_rows(self.conn, str(table), str(record_id), self.graph)
        if not record_conflicts:
            return
        now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
        for table, pk, column, kept, other, which in self.conflicts:
            kept_s = None if kept is None else str(kept)
            other_s = None if other is None else str(other)
            seen = self.conn.execute(
                "SELECT 1 FROM exchange_conflict WHERE table_name = ? AND record_id = ? AND [column] = ? AND "
                "kept_value IS ? AND other_value IS ? AND resolved_at IS NULL",
                (table, pk, column, kept_s, other_s)).fetchall()
            if seen:
                continue  # the same bundle applied again
            self.conn.execute(
                "INSERT INTO exchange_conflict (id, created_at, table_name, record_id, [column], kept_value, "
                "other_value, kept, sender) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (str(uuid.uuid4()), now, table, pk, column, kept_s, other_s, which, self.sender))


def apply(conn: apsw.Connection, payload: bytes, sender: str = "", record_conflicts: bool = True,
          base: Path | None = None, key: bytes | None = None,
          ops: dict[str, dict[str, int]] | None = None) -> dict[str, int]:
    """Merge a bundle's payload inside one transaction; returns counts of changes per table (and
    adds them per operation, INSERT/UPDATE/DELETE, to `ops`).
    `base` (the vault's base copy) tells local edits not yet exchanged from shared values."""
    changeset, times, images, erased = unpack_all(payload)
    counts: dict[str, int] = {}
    for change in apsw.Changeset.iter(changeset):
        counts[change.name] = counts.get(change.name, 0) + 1
        if ops is not None:
            per_op = ops.setdefault(change.name, {})
            per_op[change.op] = per_op.get(change.op, 0) + 1
    with_base = base is not None and key is not None and base.exists()
    if with_base:
        assert key is not None
        conn.execute(f"ATTACH DATABASE ? AS base KEY \"x'{key.hex()}'\"", (str(base),))
    try:
        merger = _Merger(conn, sender, times, with_base, images, erased)
        with conn:
            apsw.Changeset.apply(changeset, conn, filter_change=merger.filter_change, conflict=merger)
            merger.finish(record_conflicts)
    finally:
        if with_base:
            conn.execute("DETACH DATABASE base")
    return counts


def blanked_copy(src: Path, dst: Path, key: bytes) -> None:
    """`_copy` into a new file only the owner can read and write (0600, like the vault), with
    local-only columns and rows blanked (`_blank_local_only`), written to disk; removed again if
    anything fails."""
    create_private(dst)
    try:
        _copy(src, dst, key)
        with connect(dst, key) as conn, conn:
            _blank_local_only(conn)
        fsync_file(dst)
    except BaseException:
        with contextlib.suppress(OSError):
            dst.unlink()
        raise


def refresh_base(vault: Path, key: bytes) -> None:
    """The base becomes a copy of the vault as it is now, blanked (after a full exchange round)."""
    base = base_path_for(vault)
    tmp = base.with_name(base.name + ".tmp")
    with contextlib.suppress(OSError):
        tmp.unlink()
    blanked_copy(vault, tmp, key)
    os.replace(tmp, base)
