"""Activities (network meetings, trainings, podium activities, thank-you moments) and signals."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.base import Base, Record
from app.domain.vocabulary import RaisedByKind, SignalStatus


class Activity(Record, Base):
    __tablename__ = "activity"

    network_id: Mapped[str] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30), index=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    held_on: Mapped[date] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    participants: Mapped[list[ActivityParticipant]] = relationship(
        back_populates="activity", cascade="all, delete-orphan"
    )


class ActivityParticipant(Record, Base):
    """An ambassador or stakeholder taking part in an activity (exactly one of the two ids)."""

    __tablename__ = "activity_participant"
    __table_args__ = (
        UniqueConstraint("activity_id", "ambassador_id", "stakeholder_id", name="participant_once"),
    )

    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"), index=True)
    ambassador_id: Mapped[str | None] = mapped_column(
        ForeignKey("ambassador.id", ondelete="CASCADE"), nullable=True, index=True
    )
    stakeholder_id: Mapped[str | None] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="CASCADE"), nullable=True, index=True
    )
    role: Mapped[str] = mapped_column(String(60), default="")  # e.g. speaker, host, guest
    attended: Mapped[bool] = mapped_column(Boolean, default=True)
    activity: Mapped[Activity] = relationship(back_populates="participants")


class Signal(Record, Base):
    """A complaint or wish from residents or partners, routed to whoever is responsible."""

    __tablename__ = "signal"

    network_id: Mapped[str] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"), index=True)
    raised_on: Mapped[date] = mapped_column(Date, index=True)
    raised_by_kind: Mapped[str] = mapped_column(String(20), default=RaisedByKind.RESIDENT.value)
    raised_by_ambassador_id: Mapped[str | None] = mapped_column(
        ForeignKey("ambassador.id", ondelete="SET NULL"), nullable=True
    )
    raised_by_stakeholder_id: Mapped[str | None] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="SET NULL"), nullable=True
    )
    area: Mapped[str] = mapped_column(String(120), default="", index=True)
    topic: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    responsible: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default=SignalStatus.NEW.value, index=True)
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    forwarded_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    answered_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    response: Mapped[str] = mapped_column(Text, default="")
    status_changes: Mapped[list[SignalStatusChange]] = relationship(
        back_populates="signal", cascade="all, delete-orphan", order_by="SignalStatusChange.changed_on"
    )


class SignalStatusChange(Record, Base):
    __tablename__ = "signal_status_change"

    signal_id: Mapped[str] = mapped_column(ForeignKey("signal.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    to_status: Mapped[str] = mapped_column(String(20))
    changed_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    signal: Mapped[Signal] = relationship(back_populates="status_changes")


class RoutingRule(Record, Base):
    """Area/village → responsible person (e.g. the alderman linked to that village)."""

    __tablename__ = "routing_rule"

    network_id: Mapped[str] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"), index=True)
    area: Mapped[str] = mapped_column(String(120))
    responsible: Mapped[str] = mapped_column(String(200))
