"""Stakeholders (local players), their contact persons, stage history and interaction log."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.base import Base, Record
from app.domain.vocabulary import Category, Side, Stage, StakeholderKind


class Stakeholder(Record, Base):
    __tablename__ = "stakeholder"
    # search-as-you-type reads only this index: count and first page in name order (migration 0004)
    __table_args__ = (Index("ix_stakeholder_search", "network_id", "deleted_at", "name", "municipality", "area"),)

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
    # the report counts contact moments per period from this index alone (migration 0004)
    __table_args__ = (Index("ix_interaction_period", "stakeholder_id", "deleted_at", "occurred_on"),)

    stakeholder_id: Mapped[str] = mapped_column(ForeignKey("stakeholder.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    occurred_on: Mapped[date] = mapped_column(Date, index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    next_contact_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    ambassador_id: Mapped[str | None] = mapped_column(
        ForeignKey("ambassador.id", ondelete="SET NULL"), nullable=True, index=True
    )
    stakeholder: Mapped[Stakeholder] = relationship(back_populates="interactions")
