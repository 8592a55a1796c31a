"""Ambassadors (people, not organisations) with their dated status pipeline."""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.base import Base, Record
from app.domain.vocabulary import AmbassadorStatus, RequestStatus


class Ambassador(Record, Base):
    __tablename__ = "ambassador"

    network_id: Mapped[str] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(200), default="")  # e.g. schepen, ondernemer, bewoner
    status: Mapped[str] = mapped_column(String(20), default=AmbassadorStatus.NOMINATED.value, index=True)
    nominated_by: Mapped[str] = mapped_column(String(200), default="")
    nominated_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    screened_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    appointed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    term_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    term_end: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    honorary_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    left_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    left_reason: Mapped[str] = mapped_column(Text, default="")
    motivation_profile: Mapped[str | None] = mapped_column(String(20), nullable=True)
    likes: Mapped[str] = mapped_column(Text, default="")
    strengths: Mapped[str] = mapped_column(Text, default="")
    engagement_types: Mapped[list[str]] = mapped_column(JSON, default=list)
    charter_signed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    area: Mapped[str] = mapped_column(String(120), default="")  # village/neighbourhood served
    feedback: Mapped[str] = mapped_column(Text, default="")
    # optional diversity attributes, only with consent; shown as aggregates only
    diversity_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    sector: Mapped[str] = mapped_column(String(120), default="")
    company_size: Mapped[str] = mapped_column(String(40), default="")
    theme_phase: Mapped[str] = mapped_column(String(60), default="")
    age_band: Mapped[str] = mapped_column(String(20), default="")
    gender: Mapped[str] = mapped_column(String(30), default="")
    background: Mapped[str] = mapped_column(String(120), default="")
    stakeholder_id: Mapped[str | None] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="SET NULL"), nullable=True
    )
    # the recruiting call that brought the nomination (seed 000), if any; a deleted call leaves it empty
    recruiting_call_id: Mapped[str | None] = mapped_column(
        ForeignKey("recruiting_call.id", ondelete="SET NULL"), nullable=True, index=True
    )

    status_changes: Mapped[list[AmbassadorStatusChange]] = relationship(
        back_populates="ambassador", cascade="all, delete-orphan",
        order_by="AmbassadorStatusChange.changed_on",
    )
    contacts: Mapped[list[AmbassadorContact]] = relationship(
        back_populates="ambassador", cascade="all, delete-orphan",
        order_by="AmbassadorContact.occurred_on",
    )


class AmbassadorStatusChange(Record, Base):
    __tablename__ = "ambassador_status_change"

    ambassador_id: Mapped[str] = mapped_column(ForeignKey("ambassador.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    to_status: Mapped[str] = mapped_column(String(20))
    changed_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    ambassador: Mapped[Ambassador] = relationship(back_populates="status_changes")


class AmbassadorContact(Record, Base):
    """The project lead's one-to-one contact with an ambassador (seed 002: "vooral het onderhouden
    van contact met ambassadeurs, een op een"), with the date of the next one."""

    __tablename__ = "ambassador_contact"

    ambassador_id: Mapped[str] = mapped_column(ForeignKey("ambassador.id", ondelete="CASCADE"), index=True)
    occurred_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(30), default="conversation")
    note: Mapped[str] = mapped_column(Text, default="")
    next_contact_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    ambassador: Mapped[Ambassador] = relationship(back_populates="contacts")


class RecruitingCall(Record, Base):
    """A call for new ambassadors (seed 000: "Lanceer ook regelmatig oproepen voor nieuwe
    ambassadeurs. Ga op zoek in verschillende sectoren"): when, through which channel, which
    sectors it approached. The nominations it brought point to it (Ambassador.recruiting_call_id)."""

    __tablename__ = "recruiting_call"

    network_id: Mapped[str] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(String(200), default="")  # the call or its channel
    sectors: Mapped[list[str]] = mapped_column(JSON, default=list)  # RecruitingSector keys
    note: Mapped[str] = mapped_column(Text, default="")


class ThirdPartyRequest(Record, Base):
    """A third party asking for a workshop or talk by an ambassador (seed 002: "ambassadeurs kunnen
    door derden (bv een gemeente, een onderwijsinstelling) gevraagd worden voor een workshop of
    inleiding"), routed to an ambassador and followed until held or declined, like a signal."""

    __tablename__ = "third_party_request"

    network_id: Mapped[str] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"), index=True)
    received_on: Mapped[date] = mapped_column(Date, index=True)
    requester: Mapped[str] = mapped_column(String(200), default="")  # the organisation's name
    requester_stakeholder_id: Mapped[str | None] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="SET NULL"), nullable=True
    )
    kind: Mapped[str] = mapped_column(String(20), default="workshop")
    topic: Mapped[str] = mapped_column(String(200), default="")
    wanted_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    ambassador_id: Mapped[str | None] = mapped_column(
        ForeignKey("ambassador.id", ondelete="SET NULL"), nullable=True, index=True
    )
    status: Mapped[str] = mapped_column(String(20), default=RequestStatus.NEW.value, index=True)
    assigned_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    accepted_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    held_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    declined_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # the requester expects an answer by then
    note: Mapped[str] = mapped_column(Text, default="")
