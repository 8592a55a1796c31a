"""Erasure (GDPR art. 17) in the SQL of a vault, its exchange base or a vault being merged into:
the same on every laptop, whichever SQLite library holds the connection (APSW or sqlcipher3;
both take `execute(sql, params).fetchall()`), and with foreign keys off (the merge) or on.

An erased record is known by its audit entry (action `erase`; `audit_entry` travels between
laptops). Erasing a record removes it, every row depending on it (foreign keys ON DELETE
CASCADE, recursively) and its consents; references to it (ON DELETE SET NULL) are cleared with
the columns that repeat it (a trajectory's worker_name); and the exchange bookkeeping that may
hold its values (`exchange_conflict`: kept_value / other_value, `exchange_clock`: value hashes).
"""

from __future__ import annotations

from typing import Any

from app.domain import search_index

# columns that copy something of the referenced person, cleared with the reference
COMPANIONS: dict[tuple[str, str], tuple[str, ...]] = {("trajectory", "worker_ambassador_id"): ("worker_name",)}
# rows about a person without a foreign key (a consent names any kind of person)
BY_PERSON: tuple[tuple[str, str], ...] = (("consent", "person_id"),)


def _all(conn: Any, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
    return list(conn.execute(sql, params).fetchall())


def _tables(conn: Any) -> list[str]:
    """The data tables (the search index follows the stakeholder table by its triggers)."""
    return [str(r[0]) for r in _all(conn, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                          "'sqlite_%'") if not search_index.is_index_table(str(r[0]))]


def _columns(conn: Any, table: str) -> list[str]:
    return [str(r[1]) for r in _all(conn, f"PRAGMA table_info({table})")]


class Graph:
    """Who refers to whom: for each table, (child table, column, on_delete) of the foreign keys
    pointing at it, and for each table its own foreign keys (column → (parent, on_delete))."""

    def __init__(self, conn: Any) -> None:
        self.children: dict[str, list[tuple[str, str, str]]] = {}
        self.parents: dict[str, dict[str, tuple[str, str]]] = {}
        self.has_id: dict[str, bool] = {}
        tables = _tables(conn)
        for table in tables:
            self.has_id[table] = "id" in _columns(conn, table)
            for row in _all(conn, f"PRAGMA foreign_key_list({table})"):
                parent, col, on_delete = str(row[2]), str(row[3]), str(row[6]).upper()
                self.children.setdefault(parent, []).append((table, col, on_delete))
                self.parents.setdefault(table, {})[col] = (parent, on_delete)


def erased_ids(conn: Any) -> set[str]:
    return {str(r[0]) for r in _all(conn, "SELECT record_id FROM audit_entry WHERE action = 'erase'")}


def erasures(conn: Any) -> list[list[Any]]:
    """Every erasure this vault knows of, as [audit id, at, table, record id]: each bundle carries
    them all, so an erasure reaches a teammate as an erasure whatever they missed."""
    return [[str(r[0]), None if r[1] is None else str(r[1]), str(r[2]), str(r[3])] for r in
            _all(conn, "SELECT id, at, table_name, record_id FROM audit_entry WHERE action = 'erase' ORDER BY id")]


def record_erasure(conn: Any, audit_id: str, at: str | None, table: str, record_id: str) -> None:
    """The audit entry of an erasure made elsewhere (the same id, so it is one entry everywhere)."""
    conn.execute("INSERT OR IGNORE INTO audit_entry (id, at, actor, action, table_name, record_id, fields) "
                 "VALUES (?, ?, '', 'erase', ?, ?, '[]')", (audit_id, at, table, record_id))


def dependents(conn: Any, table: str, record_id: str, graph: Graph | None = None) -> list[tuple[str, str]]:
    """(table, id) of the record and every row that goes with it when it is erased (CASCADE)."""
    graph = graph or Graph(conn)
    found: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    stack = [(table, record_id)]
    while stack:
        t, i = stack.pop()
        if (t, i) in seen:
            continue
        seen.add((t, i))
        found.append((t, i))
        for child, col, on_delete in graph.children.get(t, []):
            if on_delete == "CASCADE" and graph.has_id.get(child):
                stack.extend((child, str(r[0])) for r in _all(conn, f"SELECT id FROM {child} WHERE [{col}] = ?", (i,)))
    return found


def forget(conn: Any, ids: set[str] | list[str]) -> None:
    """Remove what the exchange bookkeeping holds of these records (conflict values, clock hashes)."""
    for record_id in ids:
        for table in ("exchange_conflict", "exchange_clock"):
            conn.execute(f"DELETE FROM {table} WHERE record_id = ?", (record_id,))


def erase_rows(conn: Any, table: str, record_id: str, graph: Graph | None = None) -> list[tuple[str, str]]:
    """Erase a record here in SQL (see the module docstring); returns the (table, id) removed.
    Does nothing but the bookkeeping when the record is not here."""
    graph = graph or Graph(conn)
    tables = set(graph.has_id)
    if table not in tables:
        return []
    rows = dependents(conn, table, record_id, graph)
    for t, i in rows:
        for child, col, on_delete in graph.children.get(t, []):
            if on_delete == "CASCADE" and not graph.has_id.get(child):
                conn.execute(f"DELETE FROM {child} WHERE [{col}] = ?", (i,))
            elif on_delete == "SET NULL":
                blank = "".join(f", [{c}] = ''" for c in COMPANIONS.get((child, col), ()))
                conn.execute(f"UPDATE {child} SET [{col}] = NULL{blank} WHERE [{col}] = ?", (i,))
    for t, i in reversed(rows):
        conn.execute(f"DELETE FROM {t} WHERE id = ?", (i,))
    for person_table, col in BY_PERSON:
        if person_table in tables:
            conn.execute(f"DELETE FROM {person_table} WHERE [{col}] = ?", (record_id,))
    forget(conn, {i for _, i in rows})
    return rows
