"""Review of same-field conflicts from team exchange: list them readably, keep the value that won,
or take the other one. Taking the other writes it through a normal session, so it gets a new
`updated_at` and travels in the next bundle, where it wins everywhere."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, Numeric, select
from sqlalchemy.orm import Session

from app.domain import ExchangeConflict
from app.domain.base import Base, utcnow
from app.errors import UsageError

# record kinds in the user's words (nl, en)
TABLE_LABELS: dict[str, tuple[str, str]] = {
    "stakeholder": ("Stakeholder", "Stakeholder"), "contact_person": ("Contactpersoon", "Contact person"),
    "interaction": ("Contactmoment", "Contact moment"), "stage_change": ("Relatiefase", "Relationship stage"),
    "ambassador": ("Ambassadeur", "Ambassador"), "ambassador_status_change": ("Status ambassadeur", "Ambassador status"),
    "trajectory": ("Traject", "Trajectory"), "trajectory_offer": ("Aanbod in traject", "Offer in trajectory"),
    "trajectory_barrier": ("Drempel", "Barrier"), "support_given": ("Ondersteuning", "Support"),
    "milestone": ("Mijlpaal", "Milestone"), "activity": ("Activiteit", "Activity"),
    "activity_participant": ("Deelnemer", "Participant"), "signal": ("Signaal", "Signal"),
    "network": ("Netwerk", "Network"), "steering_member": ("Stuurgroeplid", "Steering group member"),
    "steering_meeting": ("Stuurgroepvergadering", "Steering group meeting"), "indicator": ("Indicator", "Indicator"),
    "consent": ("Toestemming", "Consent"), "report_snapshot": ("Bevroren jaarverslag", "Frozen annual report"),
    "retention_rule": ("Bewaartermijn", "Retention rule"), "indicator_target": ("Streefwaarde", "Target"),
    "group_phase_entry": ("Groepsfase", "Group phase"), "signal_status_change": ("Status signaal", "Signal status"),
    "routing_rule": ("Doorverwijsregel", "Routing rule"),
}
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "name": ("Naam", "Name"), "notes": ("Notities", "Notes"), "stage": ("Relatiefase", "Stage"),
    "places_available": ("Vrije plaatsen", "Places available"), "waiting_list": ("Wachtlijst", "Waiting list"),
    "email": ("E-mail", "Email"), "phone": ("Telefoon", "Phone"), "municipality": ("Gemeente", "Municipality"),
    "area": ("Wijk", "Area"), "category": ("Categorie", "Category"), "side": ("Zijde", "Side"),
    "status": ("Status", "Status"), "title": ("Titel", "Title"), "description": ("Beschrijving", "Description"),
    "deleted_at": ("Verwijderd op", "Deleted on"), "next_contact_on": ("Volgend contact", "Next contact"),
    "bond_strength": ("Sterkte van de band", "Bond strength"), "influence": ("Invloed", "Influence"),
    "interest": ("Interesse", "Interest"), "network_id": ("Netwerk", "Network"),
    "stakeholder_id": ("Stakeholder", "Stakeholder"), "ambassador_id": ("Ambassadeur", "Ambassador"),
    "code": ("Code", "Code"), "started_on": ("Startdatum", "Start date"), "closed_on": ("Afgesloten op", "Closed on"),
    "kind": ("Soort", "Kind"), "date": ("Datum", "Date"), "held_on": ("Datum", "Date"),
}
LABEL_ATTRS = ("name", "code", "title", "purpose", "summary")


@dataclass(frozen=True)
class PendingConflict:
    id: str
    table: str
    kind: str  # record kind, in the chosen language
    record_id: str
    record: str  # a readable label of the record
    field: str  # column name
    field_label: str
    kept_value: str | None  # the value the record has now
    other_value: str | None  # the value that lost
    kept: str  # "local": ours stayed; "incoming": the teammate's won
    sender: str
    created_at: datetime


def _model(table: str) -> type[Any] | None:
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table:
            return mapper.class_
    return None


def _record_label(session: Session, table: str, record_id: str) -> str:
    model = _model(table)
    obj = session.get(model, record_id) if model is not None else None
    if obj is None:
        return record_id[:8]
    for attr in LABEL_ATTRS:
        value = getattr(obj, attr, None)
        if value:
            return str(value)
    return record_id[:8]


def pending(session: Session, lang: str = "nl") -> list[PendingConflict]:
    i = 0 if lang == "nl" else 1
    rows = session.scalars(select(ExchangeConflict).where(ExchangeConflict.resolved_at.is_(None))
                           .order_by(ExchangeConflict.created_at.desc())).all()
    return [PendingConflict(
        c.id, c.table_name, TABLE_LABELS.get(c.table_name, (c.table_name, c.table_name))[i], c.record_id,
        _record_label(session, c.table_name, c.record_id), c.column,
        FIELD_LABELS.get(c.column, (c.column.replace("_", " "), c.column.replace("_", " ")))[i],
        c.kept_value, c.other_value, c.kept, c.sender, c.created_at) for c in rows]


def count_pending(session: Session) -> int:
    return len(session.scalars(select(ExchangeConflict.id).where(ExchangeConflict.resolved_at.is_(None))).all())


def _typed(column: Any, text: str | None) -> Any:
    """The stored text of a conflict value back in the column's type."""
    if text is None:
        return None
    kind = column.type
    if isinstance(kind, Boolean):
        return text.strip().lower() in ("1", "true")
    if isinstance(kind, Integer):
        return int(float(text))
    if isinstance(kind, Float | Numeric):
        return float(text)
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(text)
    if isinstance(kind, Date):
        return date.fromisoformat(text[:10])
    return text


def keep(session: Session, conflict_id: str) -> None:
    """Keep the value the record has now; the conflict is closed."""
    conflict = _get(session, conflict_id)
    conflict.resolved_at = utcnow()
    session.commit()


def take_other(session: Session, conflict_id: str) -> None:
    """Put the other value in the record (it travels with the next bundle); the conflict is closed."""
    conflict = _get(session, conflict_id)
    model = _model(conflict.table_name)
    obj = session.get(model, conflict.record_id) if model is not None else None
    if model is None or obj is None:
        raise UsageError("Dit record bestaat hier niet meer (verwijderd of gewist): de andere waarde kan niet "
                         "meer teruggezet worden. Kies 'Behouden' om het conflict te sluiten.")
    column = model.__table__.columns[conflict.column]
    setattr(obj, column.key, _typed(column, conflict.other_value))
    conflict.resolved_at = utcnow()
    session.commit()


def _get(session: Session, conflict_id: str) -> ExchangeConflict:
    conflict = session.get(ExchangeConflict, conflict_id)
    if conflict is None or conflict.resolved_at is not None:
        raise UsageError("Dit conflict is al afgehandeld.")
    return conflict
