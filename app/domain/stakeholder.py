"""Stakeholders (local players), their contact persons, stage history, the history of their
available places and the interaction log."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    event,
    insert,
    inspect,
)
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from app.domain import search_index
from app.domain.base import Base, Record, new_id, utcnow
from app.domain.vocabulary import Category, Side, Stage, StakeholderKind


class Stakeholder(Record, Base):
    __tablename__ = "stakeholder"
    # the list reads only this index: its pages, its count and its searches, in name order
    # (migrations 0004 and 0016; `app.services.stakeholder.search_page`)
    __table_args__ = (Index("ix_stakeholder_search", "network_id", "deleted_at", "name", "id", "municipality", "area",
                            "category", "side", "stage", "strength", "places_available", "next_contact_on"),)

    network_id: Mapped[str] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(20), default=StakeholderKind.ORGANISATION.value)
    category: Mapped[str] = mapped_column(String(40), default=Category.OTHER.value, index=True)
    side: Mapped[str] = mapped_column(String(20), default=Side.SUPPLY.value, index=True)
    municipality: Mapped[str] = mapped_column(String(120), default="")
    area: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    stage: Mapped[str] = mapped_column(String(20), default=Stage.MAPPED.value, index=True)
    strength: Mapped[int] = mapped_column(Integer, default=1)  # 1 (weak) .. 5 (strong)
    influence: Mapped[int] = mapped_column(Integer, default=50)  # 0..100
    interest: Mapped[int] = mapped_column(Integer, default=50)  # 0..100
    concerns: Mapped[str] = mapped_column(Text, default="")
    priorities: Mapped[str] = mapped_column(Text, default="")
    agenda_room: Mapped[str] = mapped_column(Text, default="")
    places_available: Mapped[int | None] = mapped_column(Integer, nullable=True)
    waiting_list: Mapped[int | None] = mapped_column(Integer, nullable=True)
    engagement_signed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # a provider's own barriers (vocabulary.SupplyBarrier keys; seed 003)
    supply_barriers: Mapped[list[str]] = mapped_column(JSON, default=list)
    next_contact_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    last_contact_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    contacts: Mapped[list[ContactPerson]] = relationship(
        back_populates="stakeholder", cascade="all, delete-orphan"
    )
    stage_changes: Mapped[list[StageChange]] = relationship(
        back_populates="stakeholder", cascade="all, delete-orphan", order_by="StageChange.changed_on"
    )
    interactions: Mapped[list[Interaction]] = relationship(
        back_populates="stakeholder", cascade="all, delete-orphan", order_by="Interaction.occurred_on"
    )


class ContactPerson(Record, Base):
    __tablename__ = "contact_person"

    stakeholder_id: Mapped[str] = mapped_column(ForeignKey("stakeholder.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    stakeholder: Mapped[Stakeholder] = relationship(back_populates="contacts")


class StageChange(Record, Base):
    __tablename__ = "stage_change"

    stakeholder_id: Mapped[str] = mapped_column(ForeignKey("stakeholder.id", ondelete="CASCADE"), index=True)
    from_stage: Mapped[str | None] = mapped_column(String(20), nullable=True)
    to_stage: Mapped[str] = mapped_column(String(20))
    changed_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    stakeholder: Mapped[Stakeholder] = relationship(back_populates="stage_changes")


class Interaction(Record, Base):
    """A contact moment: visit, info moment, invitation, newsletter, call, ..."""

    __tablename__ = "interaction"
    # a stakeholder's contact moments of a period (migration 0004), and a network's, which the
    # report counts from the second index alone (migration 0014)
    __table_args__ = (Index("ix_interaction_period", "stakeholder_id", "deleted_at", "occurred_on"),
                      Index("ix_interaction_network_period", "network_id", "deleted_at", "occurred_on"))

    stakeholder_id: Mapped[str] = mapped_column(ForeignKey("stakeholder.id", ondelete="CASCADE"), index=True)
    # the stakeholder's network, which never changes; set by the writers below and, for a row
    # written without it (an older team bundle), by the trigger of migration 0014
    network_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    kind: Mapped[str] = mapped_column(String(20))
    occurred_on: Mapped[date] = mapped_column(Date, index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    next_contact_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    ambassador_id: Mapped[str | None] = mapped_column(
        ForeignKey("ambassador.id", ondelete="SET NULL"), nullable=True, index=True
    )
    stakeholder: Mapped[Stakeholder] = relationship(back_populates="interactions")



# Fills `interaction.network_id` for a row written without it (a team bundle of an older schema, a
# changeset image, raw SQL); migration 0014 creates the same trigger in existing vaults.
INTERACTION_NETWORK_TRIGGER = """
CREATE TRIGGER IF NOT EXISTS interaction_network_fill AFTER INSERT ON interaction
WHEN NEW.network_id IS NULL
BEGIN
  UPDATE interaction SET network_id = (SELECT network_id FROM stakeholder WHERE id = NEW.stakeholder_id)
  WHERE id = NEW.id;
END
"""


def _create_interaction_trigger(_table: Any, connection: Any, **_kw: Any) -> None:
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(INTERACTION_NETWORK_TRIGGER)


event.listen(Interaction.__table__, "after_create", _create_interaction_trigger)

class PlacesChange(Record, Base):
    """The number of available places a stakeholder had from `changed_on` on (until the next row),
    so a report can tell how many places there were at a period's end. Written by the flush hook
    below whenever `Stakeholder.places_available` is set or changed, whatever the path (form,
    import, CLI); migration 0006 recorded the value each stakeholder held when it was added."""

    __tablename__ = "places_change"

    stakeholder_id: Mapped[str] = mapped_column(ForeignKey("stakeholder.id", ondelete="CASCADE"), index=True)
    places_available: Mapped[int | None] = mapped_column(Integer, nullable=True)
    changed_on: Mapped[date] = mapped_column(Date)


def _record_places(session: Session, _ctx: Any) -> None:
    """after_flush: one PlacesChange per stakeholder whose places were set (new) or changed in this
    flush, written in one executemany after the stakeholders themselves (an import of 10,000
    stakeholders must not pay for 10,000 more ORM objects)."""
    rows: list[dict[str, Any]] = []
    for obj in session.new:
        if isinstance(obj, Stakeholder) and obj.places_available is not None:
            rows.append({"stakeholder_id": obj.id, "places_available": obj.places_available})
    for obj in session.dirty:
        if isinstance(obj, Stakeholder) and inspect(obj).attrs.places_available.history.has_changes():
            rows.append({"stakeholder_id": obj.id, "places_available": obj.places_available})
    record_places(session, rows)


def record_places(session: Session, rows: list[dict[str, Any]]) -> None:
    """PlacesChange rows from today for {stakeholder_id, places_available}: the flush hook's, and
    an import's bulk insert's (which passes the ORM's flush by)."""
    if rows:
        now, today = utcnow(), date.today()
        session.connection().execute(insert(PlacesChange), [
            {"id": new_id(), "created_at": now, "updated_at": now, "deleted_at": None, "changed_on": today, **row}
            for row in rows])


def install_places_history() -> None:
    """Register the places-history hook on every ORM session (idempotent)."""
    if not event.contains(Session, "after_flush", _record_places):
        event.listen(Session, "after_flush", _record_places)


install_places_history()


event.listen(Stakeholder.__table__, "after_create", search_index.create)
