"""GDPR tools: everything about one person (subject access), erasure of a person, and the
retention purge that anonymises expired trajectories while keeping yearly totals intact."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select, update
from sqlalchemy.orm import Session

from app.domain import (
    ActivityParticipant,
    Ambassador,
    AmbassadorContact,
    AmbassadorStatusChange,
    Attachment,
    AuditEntry,
    Consent,
    ContactPerson,
    Interaction,
    Milestone,
    RetentionRule,
    Signal,
    StageChange,
    Stakeholder,
    SupportGiven,
    ThirdPartyRequest,
    Trajectory,
    TrajectoryBarrier,
    TrajectoryOffer,
)
from app.domain.vocabulary import AuditAction
from app.errors import NotFoundError
from app.outputs import write_output_bytes
from app.periods import add_months

DEFAULT_RETENTION_YEARS = {"trajectory": 5}
TRAJECTORY_FREE_TEXT = ("name", "wishes", "notes", "closing_note", "family_code")


def _row(obj: Any) -> dict[str, Any]:
    def value(v: Any) -> Any:
        return v.isoformat() if isinstance(v, (date, datetime)) else v

    return {c.key: value(getattr(obj, c.key)) for c in inspect(obj).mapper.column_attrs}


def _attachments(session: Session, where: Any) -> list[dict[str, Any]]:
    """Files kept about the person: their details and, for the copy art. 15 gives a right to, the
    bytes themselves (base64)."""
    rows = []
    for a in session.scalars(select(Attachment).where(where, Attachment.deleted_at.is_(None))
                             .order_by(Attachment.created_at)):
        row = {k: v for k, v in _row(a).items() if k != "content"}
        row["content_base64"] = base64.b64encode(a.content or b"").decode("ascii")
        rows.append(row)
    return rows


@dataclass(frozen=True)
class Person:
    kind: str  # contact_person, ambassador, stakeholder, trajectory
    obj: Any


def find_person(session: Session, person_id: str) -> Person:
    models: tuple[tuple[str, Any], ...] = (("contact_person", ContactPerson), ("ambassador", Ambassador),
                                           ("trajectory", Trajectory), ("stakeholder", Stakeholder))
    for kind, model in models:
        obj: Any = session.get(model, person_id)
        if obj is not None:
            if kind == "stakeholder" and obj.kind != "person":
                raise NotFoundError(f"{person_id} is een organisatie, geen persoon: kies een contactpersoon.")
            return Person(kind, obj)
    raise NotFoundError(f"Geen persoon met id {person_id}: gebruik een id uit 'verbind export'.")


class SubjectAccess(dict[str, Any]):
    """What `subject_access` returns: the plain data (what the JSON holds, for machines) and, as
    `facts`, what the letter needs besides it (names for ids, controller, consents' status…),
    gathered while the session was open so the letter can be written after it closed."""

    facts: dict[str, Any] | None = None


def subject_access(session: Session, person_id: str, today: date | None = None) -> SubjectAccess:
    """Everything Verbind holds about one person, across all tables (the audit log lists only field names)."""
    from app.io.access_letter import facts

    out = SubjectAccess(_subject_access(session, person_id))
    out.facts = facts(session, out, today, retention_years=retention_years(session, "trajectory"))
    return out


def _subject_access(session: Session, person_id: str) -> dict[str, Any]:
    p = find_person(session, person_id)
    out: dict[str, Any] = {"kind": p.kind, "record": _row(p.obj)}
    pid = person_id
    if p.kind == "ambassador":
        out["status_history"] = [_row(r) for r in session.scalars(select(AmbassadorStatusChange).where(
            AmbassadorStatusChange.ambassador_id == pid))]
        out["one_to_one"] = [_row(r) for r in session.scalars(select(AmbassadorContact).where(
            AmbassadorContact.ambassador_id == pid))]
        out["activities"] = [_row(r) for r in session.scalars(select(ActivityParticipant).where(
            ActivityParticipant.ambassador_id == pid))]
        out["signals_raised"] = [_row(r) for r in session.scalars(select(Signal).where(Signal.raised_by_ambassador_id == pid))]
        out["contact_moments"] = [_row(r) for r in session.scalars(select(Interaction).where(Interaction.ambassador_id == pid))]
        out["attachments"] = _attachments(session, Attachment.ambassador_id == pid)
        out["requests"] = [_row(r) for r in session.scalars(select(ThirdPartyRequest).where(
            ThirdPartyRequest.ambassador_id == pid))]
    elif p.kind == "stakeholder":
        out["stage_history"] = [_row(r) for r in session.scalars(select(StageChange).where(StageChange.stakeholder_id == pid))]
        out["contact_moments"] = [_row(r) for r in session.scalars(select(Interaction).where(Interaction.stakeholder_id == pid))]
        out["activities"] = [_row(r) for r in session.scalars(select(ActivityParticipant).where(
            ActivityParticipant.stakeholder_id == pid))]
        out["attachments"] = _attachments(session, Attachment.stakeholder_id == pid)
        out["requests_made"] = [_row(r) for r in session.scalars(select(ThirdPartyRequest).where(
            ThirdPartyRequest.requester_stakeholder_id == pid))]
    elif p.kind == "contact_person":
        org = session.get(Stakeholder, p.obj.stakeholder_id)
        out["organisation"] = org.name if org else None
    else:
        for key, model in (("milestones", Milestone), ("support", SupportGiven), ("barriers", TrajectoryBarrier),
                           ("offers", TrajectoryOffer)):
            out[key] = [_row(r) for r in session.scalars(select(model).where(model.trajectory_id == pid))]
    out["consents"] = [_row(r) for r in session.scalars(select(Consent).where(Consent.person_id == pid))]
    # values team exchange kept aside for review (the losing side of a same-field edit)
    from app.domain import ExchangeConflict

    ids = {pid} | {str(r["id"]) for rows in out.values() if isinstance(rows, list) for r in rows
                   if isinstance(r, dict) and r.get("id")}
    out["exchange_conflicts"] = [_row(r) for r in session.scalars(
        select(ExchangeConflict).where(ExchangeConflict.record_id.in_(ids)).order_by(ExchangeConflict.created_at))]
    out["audit"] = [{"at": a.at.isoformat(), "action": a.action, "table": a.table_name, "fields": a.fields}
                    for a in session.scalars(select(AuditEntry).where(AuditEntry.record_id == pid).order_by(AuditEntry.at))]
    return out


def write_subject_access(data: dict[str, Any], path: Path, lang: str | None = None) -> None:
    """A .pdf is the letter to the person (or a child's parent) in `lang` (default: the current
    language); anything else is the JSON, for machines."""
    path = Path(path)
    if path.suffix.lower() == ".pdf":
        from app.i18n import current
        from app.io.access_letter import write_letter

        write_letter(data, getattr(data, "facts", None) or {}, path, lang or current())
        return
    write_output_bytes(path, json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True, default=str).encode())


class _Sql:
    """The session's connection as `execute(sql, params).fetchall()` (what app.team.erasure takes)."""

    def __init__(self, session: Session) -> None:
        self.conn = session.connection()

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        return self.conn.exec_driver_sql(sql, params)


def erase(session: Session, person_id: str) -> str:
    """Remove a person for real; references elsewhere are anonymised; the audit log keeps only that an
    erasure of this record happened, and what team exchange kept of it (conflict values, field
    clocks) goes too. Commit, then checkpoint (TRUNCATE) so no old page survives; for a team vault
    use `erase_in_vault`, which also erases it from the exchange base."""
    return _erase(session, person_id)[0]


def erase_in_vault(vault: Any, person_id: str) -> str:
    """`erase` in an open vault, then checkpointed, and erased from its exchange base too
    (`VAULT.exchange-base`, the copy at the last exchange), which would otherwise keep the person
    until the next export."""
    from app.team.erasure import erase_rows

    with vault.session() as session:
        kind, table = _erase(session, person_id)
    vault.checkpoint()
    base = Path(f"{vault.path}.exchange-base")
    if base.exists():
        import sqlcipher3

        conn = sqlcipher3.dbapi2.connect(str(base), isolation_level=None)
        try:
            conn.execute(f"PRAGMA key = \"x'{vault.data_key.hex()}'\"")
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("BEGIN")
            erase_rows(conn, table, person_id)
            conn.execute("COMMIT")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    return kind


def _erase(session: Session, person_id: str) -> tuple[str, str]:
    from app.team.erasure import dependents, forget

    p = find_person(session, person_id)
    table = p.obj.__tablename__
    pid = person_id
    gone = {i for _, i in dependents(_Sql(session), table, pid)}
    if p.kind == "ambassador":
        session.execute(update(Signal).where(Signal.raised_by_ambassador_id == pid).values(raised_by_ambassador_id=None))
        session.execute(update(Interaction).where(Interaction.ambassador_id == pid).values(ambassador_id=None))
        session.execute(update(Trajectory).where(Trajectory.worker_ambassador_id == pid)
                        .values(worker_ambassador_id=None, worker_name=""))
        session.execute(update(ThirdPartyRequest).where(ThirdPartyRequest.ambassador_id == pid)
                        .values(ambassador_id=None))
    elif p.kind == "stakeholder":
        session.execute(update(Signal).where(Signal.raised_by_stakeholder_id == pid).values(raised_by_stakeholder_id=None))
        # a person asking for a talk: their name was copied into the request, so it goes too
        session.execute(update(ThirdPartyRequest).where(ThirdPartyRequest.requester_stakeholder_id == pid)
                        .values(requester_stakeholder_id=None, requester=""))
        session.execute(update(Trajectory).where(Trajectory.referral_source_id == pid).values(referral_source_id=None))
    for consent in session.scalars(select(Consent).where(Consent.person_id == pid)):
        session.delete(consent)
    from app.services import drafts

    drafts.discard_record(session, pid)  # typed, unsaved work about this person goes too
    session.info["audit_disabled"] = True
    try:
        session.delete(p.obj)  # cascades to history, participations, milestones, ...
        session.flush()
        session.add(AuditEntry(actor="", action=AuditAction.ERASE.value, table_name=table, record_id=pid, fields=[]))
        forget(_Sql(session), gone)
        session.commit()
    finally:
        session.info.pop("audit_disabled", None)
    return p.kind, table


def retention_years(session: Session, record_type: str) -> int:
    rule = session.scalars(select(RetentionRule).where(RetentionRule.record_type == record_type)).first()
    return rule.years if rule else DEFAULT_RETENTION_YEARS[record_type]


def purge(session: Session, today: date, dry_run: bool = False) -> dict[str, int]:
    """Anonymise trajectories closed more than N years ago (free text and optional name cleared;
    dates, milestones and closing reasons kept, so yearly totals do not change). Idempotent."""
    years = retention_years(session, "trajectory")
    limit = add_months(today, -12 * years)
    expired = session.scalars(select(Trajectory).where(Trajectory.closed_on.is_not(None), Trajectory.closed_on < limit))
    count = 0
    for t in expired:
        if any(getattr(t, f) for f in TRAJECTORY_FREE_TEXT) or any(s.note for s in t.support) or any(m.note for m in t.milestones):
            count += 1
            if not dry_run:
                from app.services import drafts

                drafts.discard_record(session, t.id)  # an unsaved draft may hold the same free text
                for f in TRAJECTORY_FREE_TEXT:
                    setattr(t, f, "")
                for s in t.support:
                    s.note = ""
                for m in t.milestones:
                    m.note = ""
    if dry_run:
        session.rollback()
    else:
        session.commit()
    return {"trajectories": count, "retention_years": years}
