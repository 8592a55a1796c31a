"""Activities (network meetings, trainings, podium activities, thank-you moments) and signals."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.base import Base, Record
from app.domain.vocabulary import CommitmentStatus, RaisedByKind, SignalStatus


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
    # the alderman who holds the topic's portfolio (seed 004: the neighbourhood ambassador passes a
    # complaint on to "de verantwoordelijke wethouder"), beside the area's `responsible`
    portfolio_holder: Mapped[str] = mapped_column(String(200), default="")
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


class TopicRule(Record, Base):
    """Topic → portfolio holder (e.g. "Mobiliteit" → the alderman of mobility): a signal is passed on
    to the holder of its topic's portfolio as well as to its area's ambassador (seed 004)."""

    __tablename__ = "topic_rule"

    network_id: Mapped[str] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"), index=True)
    topic: Mapped[str] = mapped_column(String(120))
    portfolio_holder: Mapped[str] = mapped_column(String(200))


class Commitment(Record, Base):
    """An agreement for the term (seed 004: "welke werkafspraken maken we samen voor de komende vier
    jaar?", the village-council covenant): what, whose (the municipality, a village council, the
    ambassador: a name or a role), by when, and how it ended."""

    __tablename__ = "commitment"

    network_id: Mapped[str] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default=CommitmentStatus.OPEN.value)
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class CouncilMeeting(Record, Base):
    """A village council's meeting (dorpsraad): whether its invitation and minutes reached the
    municipality (seed 004: "notulen en uitnodigingen vanuit dorpsraden bij de betrokken
    wijkambassadeur en gebiedsmanager"), and whether the ambassador and the area manager came."""

    __tablename__ = "council_meeting"

    network_id: Mapped[str] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"), index=True)
    council: Mapped[str] = mapped_column(String(200))
    held_on: Mapped[date] = mapped_column(Date, index=True)
    invitation_received_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    minutes_received_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    ambassador_present: Mapped[bool] = mapped_column(Boolean, default=False)
    area_manager_present: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
