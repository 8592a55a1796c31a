"""The stakeholder search index: an FTS5 table with the trigram tokenizer over a stakeholder's
name, municipality and area, so search-as-you-type finds the rows holding a substring of three
or more characters without reading the whole network (`app.services.stakeholder._filtered`).

- External content (`content='stakeholder'`): the index keeps no copy of the text, only the
  trigrams, and `secure-delete` removes a deleted or changed row's trigrams at once, so an erased
  name leaves nothing in the index's pages either (`PRAGMA secure_delete` clears freed pages).
- Kept up to date by triggers on `stakeholder`, whatever writes (the app, a team bundle's
  changeset, raw SQL). The index is keyed by the stakeholder's rowid, which VACUUM may renumber
  (`rebuild` runs after the invitation copy's VACUUM); a later migration that recreates the table
  (batch mode) also drops its triggers, so `app.migrations.upgrade` runs `restore` after it.
- Not data of its own: the exchange (`synced_tables`), the erasure sweep and the schema
  comparison leave these tables out (`is_index_table`).

Migration 0015 (`SINCE`) creates it in existing vaults; `create` (an `after_create` hook) in new ones.
"""

from __future__ import annotations

from typing import Any

INDEX = "stakeholder_fts"
SINCE = "0015"  # the schema revision that made it
COLUMNS = ("name", "municipality", "area")
_COLS = ", ".join(COLUMNS)
_NEW = ", ".join(f"new.{c}" for c in COLUMNS)
_OLD = ", ".join(f"old.{c}" for c in COLUMNS)
# the fewest characters the trigram index can find; shorter searches read the list's own index
MIN_CHARS = 3

DDL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {INDEX} USING fts5({_COLS}, content='stakeholder', tokenize='trigram')",
    f"INSERT INTO {INDEX}({INDEX}, rank) VALUES ('secure-delete', 1)",
    f"CREATE TRIGGER IF NOT EXISTS {INDEX}_insert AFTER INSERT ON stakeholder BEGIN "
    f"INSERT INTO {INDEX}(rowid, {_COLS}) VALUES (new.rowid, {_NEW}); END",
    f"CREATE TRIGGER IF NOT EXISTS {INDEX}_delete AFTER DELETE ON stakeholder BEGIN "
    f"INSERT INTO {INDEX}({INDEX}, rowid, {_COLS}) VALUES ('delete', old.rowid, {_OLD}); END",
    f"CREATE TRIGGER IF NOT EXISTS {INDEX}_update AFTER UPDATE OF {_COLS} ON stakeholder BEGIN "
    f"INSERT INTO {INDEX}({INDEX}, rowid, {_COLS}) VALUES ('delete', old.rowid, {_OLD}); "
    f"INSERT INTO {INDEX}(rowid, {_COLS}) VALUES (new.rowid, {_NEW}); END",
)
DROP = (f"DROP TRIGGER IF EXISTS {INDEX}_insert", f"DROP TRIGGER IF EXISTS {INDEX}_delete",
        f"DROP TRIGGER IF EXISTS {INDEX}_update", f"DROP TABLE IF EXISTS {INDEX}")
REBUILD = f"INSERT INTO {INDEX}({INDEX}) VALUES ('rebuild')"
EXISTS = f"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{INDEX}'"


def is_index_table(name: str) -> bool:
    """The index itself and its shadow tables (`stakeholder_fts_data`, `_idx`, `_docsize`, `_config`)."""
    return name == INDEX or name.startswith(INDEX + "_")


def phrase(text: str) -> str | None:
    """The FTS5 query for a substring search, or None when the text is too short for trigrams.

    Every row holding the text holds each of its trigrams, so the query asks for a set of them
    that covers the text (every third one and the last: "sportief" -> "spo" "rti" "ief") without
    their positions. That names the same rows as the phrase of all six trigrams in practice at
    half the cost (the positions are not read); the few extra candidates it can name ("spo...rti")
    are dropped by the LIKE the search applies anyway. Each trigram is quoted, so no query syntax
    the user types gets through."""
    text = text.strip()
    if len(text) < MIN_CHARS:
        return None
    starts = list(range(0, len(text) - MIN_CHARS + 1, MIN_CHARS))
    if starts[-1] != len(text) - MIN_CHARS:
        starts.append(len(text) - MIN_CHARS)
    return " ".join('"' + text[i:i + MIN_CHARS].replace('"', '""') + '"' for i in starts)


def _exists(conn: Any) -> bool:
    return bool(conn.execute(EXISTS).fetchone()[0])


def rebuild(conn: Any) -> None:
    """Re-read the index from the stakeholder table (after VACUUM or a recreated table). `conn`
    takes `execute(sql)` (APSW, sqlcipher3 or a SQLAlchemy driver connection)."""
    if _exists(conn):
        conn.execute(REBUILD)


def restore(conn: Any) -> None:
    """After migrations that may have recreated the stakeholder table: the triggers it dropped
    made again (every statement is idempotent), then the index re-read under the new rowids."""
    version = conn.execute("SELECT sqlite_version()").fetchone()[0]
    for sql in ddl(version):
        conn.execute(sql)
    conn.execute(REBUILD)


SECURE_DELETE_SINCE = (3, 44, 0)  # FTS5's 'secure-delete' option


def ddl(sqlite_version: str) -> tuple[str, ...]:
    """The statements that create the index under this SQLite. Every vault runs SQLCipher's SQLite
    (3.53), which has `secure-delete`; Python's own sqlite3 (the in-memory test databases, a
    maintainer's inspection copy) may be older and gets the index without it."""
    version = tuple(int(p) for p in sqlite_version.split(".")[:3])
    return DDL if version >= SECURE_DELETE_SINCE else tuple(s for s in DDL if "secure-delete" not in s)


INTEGRITY = f"INSERT INTO {INDEX}({INDEX}, rank) VALUES ('integrity-check', 1)"


def in_step(conn: Any) -> bool:
    """Whether the index holds exactly the stakeholder table's text (FTS5's integrity-check against
    the content table; `PRAGMA integrity_check` does not compare the two). True without an index."""
    if not _exists(conn):
        return True
    try:
        conn.execute(INTEGRITY)
    except Exception as exc:  # SQLITE_CORRUPT_VTAB: "database disk image is malformed"
        if "malformed" in str(exc) or "corrupt" in str(exc).lower():
            return False
        raise
    return True


def create(_table: Any, connection: Any, **_kw: Any) -> None:
    """`after_create` of the stakeholder table: the index and its triggers in a new vault."""
    if connection.dialect.name == "sqlite":
        version = connection.exec_driver_sql("SELECT sqlite_version()").scalar_one()
        for sql in ddl(version):
            connection.exec_driver_sql(sql)
