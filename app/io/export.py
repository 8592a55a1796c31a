"""Exports per kind of record. Deterministic JSON (sorted keys, rows by id, ISO dates) so two
vaults can be compared; CSV/XLSX cells that a spreadsheet would run as a formula are neutralised;
characters an .xlsx cannot hold are left out of XLSX cells (CSV and JSON keep them).
A trajectory's optional name stays out unless explicitly asked for."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import (
    Activity,
    ActivityParticipant,
    Ambassador,
    Interaction,
    Signal,
    Stakeholder,
    Trajectory,
)
from app.domain.trajectory import LOCAL_ONLY_COLUMNS
from app.errors import UsageError
from app.outputs import write_output_bytes

KINDS = ("stakeholders", "ambassadors", "trajectories", "interactions", "activities", "signals")
FORMATS = ("csv", "json", "xlsx")
_MODELS: dict[str, Any] = {
    "stakeholders": Stakeholder, "ambassadors": Ambassador, "trajectories": Trajectory,
    "interactions": Interaction, "activities": Activity, "signals": Signal,
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SKIP = {"deleted_at"}
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _value(v: Any) -> Any:
    if isinstance(v, datetime):
        return v.isoformat(sep=" ")
    if isinstance(v, date):
        return v.isoformat()
    return v


def export_rows(session: Session, kind: str, network_id: str | None = None,
                include_names: bool = False) -> list[dict[str, Any]]:
    """Live (not deleted) rows of one kind as plain dicts, sorted by id."""
    if kind not in _MODELS:
        raise UsageError(f"unknown kind {kind!r}: choose one of {', '.join(KINDS)}")
    model = _MODELS[kind]
    table = model.__table__
    hidden = set(_SKIP)
    if not include_names:
        hidden |= LOCAL_ONLY_COLUMNS.get(table.name, frozenset())
    columns = [c for c in table.columns if c.name not in hidden]
    query = select(*columns).where(table.c.deleted_at.is_(None))
    if kind == "interactions":
        query = query.join(Stakeholder, Stakeholder.id == table.c.stakeholder_id)
        if network_id:
            query = query.where(Stakeholder.network_id == network_id)
    elif network_id:
        query = query.where(table.c.network_id == network_id)
    rows = [{c.name: _value(v) for c, v in zip(columns, r, strict=True)}
            for r in session.execute(query.order_by(table.c.id))]
    if kind == "activities":
        parts: dict[str, list[dict[str, Any]]] = {}
        for p in session.scalars(select(ActivityParticipant).where(ActivityParticipant.deleted_at.is_(None))
                                 .order_by(ActivityParticipant.id)):
            parts.setdefault(p.activity_id, []).append(
                {"ambassador_id": p.ambassador_id, "stakeholder_id": p.stakeholder_id, "role": p.role,
                 "attended": p.attended})
        for row in rows:
            row["participants"] = parts.get(row["id"], [])
    return rows


def neutralise(value: Any) -> Any:
    """Prefix a quote to text a spreadsheet would treat as a formula (CSV injection)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def xml_safe(value: Any) -> Any:
    """Text without the characters an .xlsx cannot hold (NUL and other C0 controls but tab, line
    feed and carriage return; surrogates; U+FFFE/U+FFFF): they are left out, so one odd name in the
    vault (from before imports refused them, or a team member's edit) never fails a whole export."""
    if isinstance(value, str):
        return _XML_ILLEGAL.sub("", value)
    return value


def _flat(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def render(rows: list[dict[str, Any]], fmt: str) -> bytes:
    if fmt == "json":
        return (json.dumps(rows, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")
    headers = sorted({k for r in rows for k in r}, key=lambda k: (k != "id", k))
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
        writer.writerow(headers)
        for r in rows:
            writer.writerow([neutralise(_flat(r.get(h))) if r.get(h) is not None else "" for h in headers])
        return ("\ufeff" + buf.getvalue()).encode("utf-8")  # BOM: Excel opens UTF-8 correctly
    if fmt == "xlsx":
        from openpyxl import Workbook

        wb = Workbook(write_only=True)
        ws = wb.create_sheet("Export")
        ws.append([xml_safe(h) for h in headers])
        for r in rows:
            ws.append([neutralise(xml_safe(_flat(r.get(h)))) for h in headers])
        out = io.BytesIO()
        wb.save(out)
        return out.getvalue()
    raise UsageError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")


def write_export(rows: list[dict[str, Any]], path: Path, fmt: str) -> None:
    write_output_bytes(Path(path), render(rows, fmt))
