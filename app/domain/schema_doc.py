"""The schema appendix of docs/vault-format.md, generated from the models so it cannot drift:
`python -m app.domain.schema_doc > docs/vault-schema.md` (a test compares the two)."""

from __future__ import annotations

import sys

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Float, Integer, String, Table, Text

from app.domain import Base
from app.domain.team import LOCAL_TABLES
from app.domain.trajectory import LOCAL_ONLY_COLUMNS

RECORD_COLUMNS = ("id", "created_at", "updated_at", "deleted_at")


def storage(column: Column[object]) -> str:
    """How SQLite holds the column's values, as a reader sees them."""
    kind = column.type
    if isinstance(kind, DateTime):
        return "TEXT `YYYY-MM-DD HH:MM:SS.ffffff`, UTC, no zone"
    if isinstance(kind, Date):
        return "TEXT `YYYY-MM-DD`"
    if isinstance(kind, Boolean):
        return "INTEGER 0/1"
    if isinstance(kind, JSON):
        return "TEXT, JSON"
    if isinstance(kind, Integer):
        return "INTEGER"
    if isinstance(kind, Float):
        return "REAL"
    if isinstance(kind, String) and kind.length == 36 and (column.name == "id" or column.name.endswith("_id")):
        return "TEXT, UUID"
    if isinstance(kind, (String, Text)):
        limit = getattr(kind, "length", None)
        return f"TEXT (≤ {limit} characters)" if limit else "TEXT"
    return type(kind).__name__  # pragma: no cover - every type in use is listed above


def _references(column: Column[object]) -> str:
    return ", ".join(f"→ `{fk.column.table.name}.{fk.column.name}`" for fk in column.foreign_keys)


def _table(table: Table) -> list[str]:
    lines = [f"### `{table.name}`", ""]
    notes: list[str] = []
    missing = [c for c in RECORD_COLUMNS if c not in table.columns]
    if missing:
        notes.append("Lacks " + ", ".join(f"`{c}`" for c in missing) + " of the record columns.")
    if table.name in LOCAL_TABLES:
        notes.append("Local to this laptop: never exchanged with the team.")
    if notes:
        lines += [" ".join(notes), ""]
    lines += ["| column | stored as | empty allowed | key / reference |", "|---|---|---|---|"]
    for column in table.columns:
        key = "primary key" if column.primary_key else _references(column)
        if (table.name, column.name) in {(t, c) for t, cols in LOCAL_ONLY_COLUMNS.items() for c in cols}:
            key = (key + "; " if key else "") + "local only (blanked in bundles)"
        lines.append(f"| `{column.name}` | {storage(column)} | {'yes' if column.nullable else 'no'} | {key} |")
    return [*lines, ""]


def schema_markdown() -> str:
    lines = [
        "# Verbind vault schema (appendix of vault-format.md)",
        "",
        "Generated from the models by `python -m app.domain.schema_doc`; a test keeps it current.",
        "Besides these tables a vault holds `alembic_version` (one column `version_num`, one row: the",
        "schema revision). Record columns (`id`, `created_at`, `updated_at`, `deleted_at`) are listed with",
        "every table that has them; a row whose `deleted_at` is set is deleted for the user. Enumerations",
        "are stored as their English keys (for example `connection`, `intake`); their Dutch and English",
        "labels are in `app/domain/vocabulary.py`. Text lengths are what Verbind writes; SQLite does not",
        "enforce them.",
        "",
    ]
    for name in sorted(Base.metadata.tables):
        lines += _table(Base.metadata.tables[name])
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":  # pragma: no cover
    sys.stdout.write(schema_markdown())
