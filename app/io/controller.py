"""Who is responsible for the data of a vault — the controller and the data protection officer,
kept in the vault's settings (never exchanged) — what each kind of network processes data for,
and which consents allow sharing a child's data with a leisure provider. Used by the art. 30
register and the subject access letter."""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import Setting
from app.errors import ValidationError

PURPOSE_BY_KIND = {
    "connection": ("kinderen en jongeren uit kwetsbare gezinnen begeleiden naar vrijetijdsaanbod dat bij hen past",
                   "guiding children and young people from vulnerable families to leisure offers that suit them"),
    "local": ("lokaal ambassadeurschap rond een site of toeristisch project opbouwen en onderhouden",
              "building and keeping local ambassadorship around a site or tourism project"),
    "entrepreneur": ("een netwerk van ondernemers-ambassadeurs aanstellen, ondersteunen en opvolgen",
                     "appointing, supporting and following up a network of entrepreneur ambassadors"),
    "neighbourhood": ("een netwerk van wijkambassadeurs opbouwen en signalen van bewoners opvolgen",
                      "building a network of neighbourhood ambassadors and following up residents' signals"),
}


@dataclass(frozen=True)
class PrivacyContacts:
    """Who is responsible for the data in this vault and whom people write to (art. 13/15/30)."""

    controller: str = ""  # the organisation responsible (verwerkingsverantwoordelijke)
    controller_contact: str = ""  # address or e-mail for requests
    dpo: str = ""  # data protection officer (functionaris voor gegevensbescherming): name or service
    dpo_contact: str = ""


CONTACT_KEYS = {f.name: f"privacy.{f.name}" for f in fields(PrivacyContacts)}
MAX_CONTACT = 300


def privacy_contacts(session: Session) -> PrivacyContacts:
    found = {r.key: r.value for r in session.scalars(select(Setting).where(Setting.key.in_(CONTACT_KEYS.values())))}
    return PrivacyContacts(**{name: found.get(key, "") for name, key in CONTACT_KEYS.items()})


def set_privacy_contacts(session: Session, **values: str | None) -> PrivacyContacts:
    """Change the given fields (None: leave; "": clear). Flushes, never commits."""
    for name, value in values.items():
        if name not in CONTACT_KEYS:
            raise ValueError(name)
        if value is None:
            continue
        value = " ".join(value.split())
        if len(value) > MAX_CONTACT:
            raise ValidationError(f"Te lang: houd het onder {MAX_CONTACT} tekens.", field=name)
        row = session.get(Setting, CONTACT_KEYS[name])
        if row is None:
            session.add(Setting(key=CONTACT_KEYS[name], value=value))
        else:
            row.value = value
    session.flush()
    return privacy_contacts(session)


def sharing_consent(purpose: str) -> bool:
    """A consent to share a child's data with the provider of a leisure offer."""
    p = purpose.lower()
    return "aanbieder" in p or "leisure provider" in p
