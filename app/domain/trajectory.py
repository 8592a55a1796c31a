"""Trajectories (toeleidingen): pseudonymised by default, with dated milestones and due dates."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.base import Base, Record
from app.domain.vocabulary import TrajectoryStatus

# Columns that never leave the laptop where they were typed (team exchange strips them) and are
# never printed in a report or exported unless explicitly requested.
LOCAL_ONLY_COLUMNS: dict[str, frozenset[str]] = {"trajectory": frozenset({"name"})}


class Trajectory(Record, Base):
    __tablename__ = "trajectory"

    network_id: Mapped[str] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(40), index=True)
    birth_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    age_band: Mapped[str] = mapped_column(String(10), default="")
    gender: Mapped[str] = mapped_column(String(20), default="")
    neighbourhood: Mapped[str] = mapped_column(String(120), default="", index=True)
    family_code: Mapped[str] = mapped_column(String(40), default="")
    name: Mapped[str] = mapped_column(String(200), default="")  # optional, local-only
    referral_source_id: Mapped[str | None] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="SET NULL"), nullable=True, index=True
    )
    worker_ambassador_id: Mapped[str | None] = mapped_column(
        ForeignKey("ambassador.id", ondelete="SET NULL"), nullable=True, index=True
    )
    worker_name: Mapped[str] = mapped_column(String(200), default="")
    wishes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default=TrajectoryStatus.OPEN.value, index=True)
    started_on: Mapped[date] = mapped_column(Date, index=True)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    closing_reason: Mapped[str | None] = mapped_column(String(30), nullable=True)
    closing_note: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    offers: Mapped[list[TrajectoryOffer]] = relationship(
        back_populates="trajectory", cascade="all, delete-orphan"
    )
    barriers: Mapped[list[TrajectoryBarrier]] = relationship(
        back_populates="trajectory", cascade="all, delete-orphan"
    )
    support: Mapped[list[SupportGiven]] = relationship(
        back_populates="trajectory", cascade="all, delete-orphan", order_by="SupportGiven.given_on"
    )
    milestones: Mapped[list[Milestone]] = relationship(
        back_populates="trajectory", cascade="all, delete-orphan", order_by="Milestone.achieved_on"
    )


class TrajectoryOffer(Record, Base):
    """A target offer: a supply-side stakeholder the child is guided to."""

    __tablename__ = "trajectory_offer"

    trajectory_id: Mapped[str] = mapped_column(ForeignKey("trajectory.id", ondelete="CASCADE"), index=True)
    stakeholder_id: Mapped[str] = mapped_column(ForeignKey("stakeholder.id", ondelete="CASCADE"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    trajectory: Mapped[Trajectory] = relationship(back_populates="offers")


class TrajectoryBarrier(Record, Base):
    __tablename__ = "trajectory_barrier"

    trajectory_id: Mapped[str] = mapped_column(ForeignKey("trajectory.id", ondelete="CASCADE"), index=True)
    barrier: Mapped[str] = mapped_column(String(30))  # Barrier value; "other" with custom text
    custom: Mapped[str] = mapped_column(String(200), default="")
    trajectory: Mapped[Trajectory] = relationship(back_populates="barriers")


class SupportGiven(Record, Base):
    __tablename__ = "support_given"

    trajectory_id: Mapped[str] = mapped_column(ForeignKey("trajectory.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    given_on: Mapped[date] = mapped_column(Date)
    amount_eur: Mapped[float | None] = mapped_column(Float, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    trajectory: Mapped[Trajectory] = relationship(back_populates="support")


class Milestone(Record, Base):
    """A milestone (cesuurmoment). `achieved_on` set = reached; `due_on` = when it should be checked;
    `outcome` False = checked and not reached (e.g. no longer taking part)."""

    __tablename__ = "milestone"

    trajectory_id: Mapped[str] = mapped_column(ForeignKey("trajectory.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    achieved_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    outcome: Mapped[bool | None] = mapped_column(nullable=True)
    count: Mapped[int | None] = mapped_column(Integer, nullable=True)  # number of trial sessions
    offer_id: Mapped[str | None] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="SET NULL"), nullable=True
    )
    note: Mapped[str] = mapped_column(Text, default="")
    trajectory: Mapped[Trajectory] = relationship(back_populates="milestones")
