"""Consent per person and purpose (given on, valid until, withdrawn), reminders before a consent
expires, and retention rules per record type. Persons are contact persons, ambassadors and
trajectories (a guardian's consent for a child)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import Ambassador, Consent, ContactPerson, RetentionRule, Stakeholder, Trajectory
from app.errors import NotFoundError, ValidationError
from app.services.attention import AttentionItem

SOON_DAYS = 30  # a reminder this many days before a consent expires

STATUS_LABELS = {
    "valid": ("geldig", "valid"), "expiring": ("verloopt binnenkort", "expires soon"),
    "expired": ("verlopen", "expired"), "withdrawn": ("ingetrokken", "withdrawn"),
}
PERSON_KIND_LABELS = {
    "contact_person": ("Contactpersoon", "Contact person"), "ambassador": ("Ambassadeur", "Ambassador"),
    "trajectory": ("Traject (ouder/voogd)", "Trajectory (parent/guardian)"),
}
# purposes offered in the GUI (free text is allowed too)
PURPOSES = (
    ("Contactgegevens bewaren en gebruiken", "Keep and use contact details"),
    ("Foto's en beeldmateriaal gebruiken", "Use photos and images"),
    ("Gegevens delen met de aanbieder van een vrijetijdsaanbod", "Share data with a leisure provider"),
    ("Diversiteitsgegevens (anoniem in totalen)", "Diversity data (anonymous in totals)"),
    ("Opnemen in het ambassadeursnetwerk en nieuwsbrief", "Include in the ambassador network and newsletter"),
)
# record types whose retention the purge enforces (app/io/gdpr.py), in years after closing
RETENTION_TYPES = {
    "trajectory": ("Trajecten (jaren na afsluiten)", "Trajectories (years after closing)"),
}


@dataclass(frozen=True)
class PersonRef:
    kind: str
    id: str
    label: str
    network_id: str | None
    open_area: str  # the dashboard area (tab) that shows this person
    open_id: str  # the record that tab opens


def status(consent: Consent, today: date, soon_days: int = SOON_DAYS) -> str:
    if consent.withdrawn_on is not None and consent.withdrawn_on <= today:
        return "withdrawn"
    if consent.expires_on is not None:
        if consent.expires_on < today:
            return "expired"
        if consent.expires_on <= today + timedelta(days=soon_days):
            return "expiring"
    return "valid"


def _contact_ref(cp: ContactPerson, org: Stakeholder | None) -> PersonRef:
    label = f"{cp.name} ({org.name})" if org else cp.name
    return PersonRef("contact_person", cp.id, label, org.network_id if org else None, "stakeholder", cp.stakeholder_id)


def _ambassador_ref(amb: Ambassador) -> PersonRef:
    return PersonRef("ambassador", amb.id, amb.name, amb.network_id, "ambassador", amb.id)


def _trajectory_ref(traj: Trajectory) -> PersonRef:
    return PersonRef("trajectory", traj.id, traj.code, traj.network_id, "trajectory", traj.id)


def person(session: Session, kind: str, person_id: str) -> PersonRef:
    if kind == "contact_person":
        cp = session.get(ContactPerson, person_id)
        if cp is not None:
            return _contact_ref(cp, session.get(Stakeholder, cp.stakeholder_id))
    elif kind == "ambassador":
        amb = session.get(Ambassador, person_id)
        if amb is not None:
            return _ambassador_ref(amb)
    elif kind == "trajectory":
        traj = session.get(Trajectory, person_id)
        if traj is not None:
            return _trajectory_ref(traj)
    raise NotFoundError(f"Geen {kind} met id {person_id}.")


def persons(session: Session, network_id: str | None) -> list[PersonRef]:
    """Everyone a consent can be about, in one network (or all): for a picker."""
    q_cp = (select(ContactPerson, Stakeholder).join(Stakeholder, Stakeholder.id == ContactPerson.stakeholder_id)
            .where(ContactPerson.deleted_at.is_(None), Stakeholder.deleted_at.is_(None)))
    q_amb = select(Ambassador).where(Ambassador.deleted_at.is_(None))
    q_traj = select(Trajectory).where(Trajectory.deleted_at.is_(None))
    if network_id:
        q_cp = q_cp.where(Stakeholder.network_id == network_id)
        q_amb = q_amb.where(Ambassador.network_id == network_id)
        q_traj = q_traj.where(Trajectory.network_id == network_id)
    out = [_contact_ref(cp, org) for cp, org in session.execute(q_cp)]
    out += [_ambassador_ref(amb) for amb in session.scalars(q_amb)]
    out += [_trajectory_ref(traj) for traj in session.scalars(q_traj)]
    return sorted(out, key=lambda p: (p.kind, p.label.lower()))


def _check(purpose: str, given_on: date | None, expires_on: date | None, withdrawn_on: date | None) -> str:
    purpose = (purpose or "").strip()
    if not purpose:
        raise ValidationError("Vul het doel in waarvoor de toestemming geldt (bv. 'Foto's gebruiken').")
    if len(purpose) > 200:
        raise ValidationError("Het doel is te lang: houd het onder 200 tekens en zet details in de notitie.")
    if given_on is None:
        raise ValidationError("Vul de datum in waarop de toestemming gegeven werd.")
    if expires_on is not None and expires_on <= given_on:
        raise ValidationError("De vervaldatum moet na de datum van toestemming liggen.")
    if withdrawn_on is not None and withdrawn_on < given_on:
        raise ValidationError("Een toestemming kan niet ingetrokken zijn vóór ze gegeven werd.")
    return purpose


def give(session: Session, person_kind: str, person_id: str, purpose: str, given_on: date | None,
         expires_on: date | None = None, note: str = "") -> Consent:
    person(session, person_kind, person_id)  # must exist
    clean = _check(purpose, given_on, expires_on, None)
    assert given_on is not None
    consent = Consent(person_kind=person_kind, person_id=person_id, purpose=clean, given_on=given_on,
                      expires_on=expires_on, note=note or "")
    session.add(consent)
    session.flush()
    return consent


def update(session: Session, consent_id: str, **values: Any) -> Consent:
    consent = get(session, consent_id)
    merged = {k: values.get(k, getattr(consent, k)) for k in ("purpose", "given_on", "expires_on", "withdrawn_on")}
    consent.purpose = _check(merged["purpose"], merged["given_on"], merged["expires_on"], merged["withdrawn_on"])
    consent.given_on, consent.expires_on = merged["given_on"], merged["expires_on"]
    consent.withdrawn_on = merged["withdrawn_on"]
    if "note" in values:
        consent.note = values["note"] or ""
    session.flush()
    return consent


def withdraw(session: Session, consent_id: str, on: date) -> Consent:
    consent = get(session, consent_id)
    if consent.withdrawn_on is not None:
        raise ValidationError("Deze toestemming werd al ingetrokken.")
    return update(session, consent_id, withdrawn_on=on)


def get(session: Session, consent_id: str) -> Consent:
    consent = session.get(Consent, consent_id)
    if consent is None or consent.deleted_at is not None:
        raise NotFoundError("Deze toestemming bestaat niet (meer).")
    return consent


def consents(session: Session, network_id: str | None = None, person_id: str | None = None) -> list[Consent]:
    q = select(Consent).where(Consent.deleted_at.is_(None))
    if person_id:
        q = q.where(Consent.person_id == person_id)
    rows = list(session.scalars(q.order_by(Consent.given_on.desc())))
    if network_id:
        keep = {p.id for p in persons(session, network_id)}
        rows = [c for c in rows if c.person_id in keep]
    return rows


def attention_items(session: Session, network_id: str, today: date) -> list[AttentionItem]:
    """A consent that expires within SOON_DAYS (amber) or has expired (red), unless withdrawn or
    renewed (a newer valid consent for the same person and purpose)."""
    items: list[AttentionItem] = []
    rows = consents(session, network_id)
    for c in rows:
        st = status(c, today)
        if st not in ("expiring", "expired"):
            continue
        renewed = any(o.id != c.id and o.person_id == c.person_id and o.purpose == c.purpose
                      and status(o, today) == "valid" for o in rows)
        if renewed:
            continue
        try:
            who = person(session, c.person_kind, c.person_id)
        except NotFoundError:
            continue
        assert c.expires_on is not None
        if st == "expired":
            title = f"Toestemming van {who.label} voor '{c.purpose}' is verlopen sinds {c.expires_on:%d/%m/%Y}"
            title_en = f"Consent of {who.label} for '{c.purpose}' expired on {c.expires_on:%d/%m/%Y}"
        else:
            title = f"Toestemming van {who.label} voor '{c.purpose}' verloopt op {c.expires_on:%d/%m/%Y}"
            title_en = f"Consent of {who.label} for '{c.purpose}' expires on {c.expires_on:%d/%m/%Y}"
        items.append(AttentionItem(who.open_area, 2 if st == "expired" else 1, title, title_en, who.open_id,
                                   c.expires_on))
    return items


def retention_rules(session: Session) -> dict[str, int]:
    return {r.record_type: r.years for r in session.scalars(select(RetentionRule)
                                                             .where(RetentionRule.deleted_at.is_(None)))}


def set_retention(session: Session, record_type: str, years: int | None) -> None:
    """Set (or with None remove) the retention rule of a record type."""
    if record_type not in RETENTION_TYPES:
        raise ValidationError(f"Onbekend soort gegevens: {record_type}.")
    if years is not None and not 1 <= years <= 30:
        raise ValidationError("Kies een bewaartermijn tussen 1 en 30 jaar.")
    rule = session.scalars(select(RetentionRule).where(RetentionRule.record_type == record_type)).first()
    if years is None:
        if rule is not None:
            session.delete(rule)
    elif rule is None:
        session.add(RetentionRule(record_type=record_type, years=years))
    else:
        rule.years = years
        rule.deleted_at = None
    session.flush()
