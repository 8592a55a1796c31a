"""The network (programme) profile: the six steps of seed 001, steering group and indicators."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.base import Base, Record
from app.domain.vocabulary import HiringMode, MilestoneKind, NetworkKind, TermKind


class Network(Record, Base):
    __tablename__ = "network"

    name: Mapped[str] = mapped_column(String(200), nullable=False)
    kind: Mapped[str] = mapped_column(String(30), default=NetworkKind.CONNECTION.value)
    municipality: Mapped[str] = mapped_column(String(120), default="")
    # step 1: beliefs and expectations
    beliefs: Mapped[str] = mapped_column(Text, default="")
    # step 2: current situation (omgevingsanalyse)
    needs: Mapped[str] = mapped_column(Text, default="")
    existing_offer: Mapped[str] = mapped_column(Text, default="")
    barriers_seen: Mapped[str] = mapped_column(Text, default="")
    exploratory_talks: Mapped[str] = mapped_column(Text, default="")
    # step 3: choice
    focus_target_group: Mapped[str] = mapped_column(Text, default="")
    focus_area: Mapped[str] = mapped_column(Text, default="")
    focus_youth_work: Mapped[str] = mapped_column(Text, default="")
    strategies: Mapped[list[str]] = mapped_column(JSON, default=list)
    # who the network works with for each strategy: strategy key -> partners, as the user wrote them
    strategy_partners: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    ambassador_profile: Mapped[str] = mapped_column(Text, default="")
    budget_eur: Mapped[float | None] = mapped_column(Float, nullable=True)
    staff_budget_eur: Mapped[float | None] = mapped_column(Float, nullable=True)
    fte: Mapped[float | None] = mapped_column(Float, nullable=True)
    term_kind: Mapped[str] = mapped_column(String(20), default=TermKind.INDEFINITE.value)
    term_years: Mapped[int | None] = mapped_column(Integer, nullable=True)
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    # step 4: hiring
    hiring_mode: Mapped[str] = mapped_column(String(20), default=HiringMode.IN_HOUSE.value)
    hiring_partner: Mapped[str] = mapped_column(String(200), default="")
    # step 5: support
    training_plan: Mapped[str] = mapped_column(Text, default="")
    intervision: Mapped[str] = mapped_column(Text, default="")
    coaching: Mapped[str] = mapped_column(Text, default="")
    # step 6: follow-up
    registration_agreements: Mapped[str] = mapped_column(Text, default="")
    reporting_moments: Mapped[str] = mapped_column(Text, default="")
    success_milestone: Mapped[str] = mapped_column(String(30), default=MilestoneKind.STILL_ACTIVE.value)
    # rules configurable per network
    size_cap: Mapped[int] = mapped_column(Integer, default=25)
    followup_months: Mapped[int] = mapped_column(Integer, default=6)  # still-taking-part check, 6-8
    working_year_start_month: Mapped[int] = mapped_column(Integer, default=9)
    podium_target: Mapped[int] = mapped_column(Integer, default=3)
    signal_due_days: Mapped[int] = mapped_column(Integer, default=30)
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # archived: hidden from the switcher, its records and reports kept (empty: in use; migration 0005)
    archived_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True, default=None)

    steering_members: Mapped[list[SteeringMember]] = relationship(
        back_populates="network", cascade="all, delete-orphan"
    )
    meetings: Mapped[list[SteeringMeeting]] = relationship(
        back_populates="network", cascade="all, delete-orphan"
    )
    indicators: Mapped[list[Indicator]] = relationship(
        back_populates="network", cascade="all, delete-orphan"
    )


class SteeringMember(Record, Base):
    __tablename__ = "steering_member"

    network_id: Mapped[str] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"), index=True)
    group_kind: Mapped[str] = mapped_column(String(20), default="steering")
    name: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(200), default="")
    network: Mapped[Network] = relationship(back_populates="steering_members")


class SteeringMeeting(Record, Base):
    __tablename__ = "steering_meeting"

    network_id: Mapped[str] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"), index=True)
    group_kind: Mapped[str] = mapped_column(String(20), default="steering")
    held_on: Mapped[date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    network: Mapped[Network] = relationship(back_populates="meetings")


class Indicator(Record, Base):
    """A goal with yearly targets. `metric` names a computed figure (see services.figures) or is
    empty for a manually reported indicator (process criterion)."""

    __tablename__ = "indicator"

    network_id: Mapped[str] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    metric: Mapped[str] = mapped_column(String(60), default="")
    unit: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    # the starting point (vertrekpunt, seed 001 step 6) progress is read from, and when or how it was measured
    baseline: Mapped[float | None] = mapped_column(Float, nullable=True)
    baseline_note: Mapped[str] = mapped_column(String(200), default="")
    network: Mapped[Network] = relationship(back_populates="indicators")
    targets: Mapped[list[IndicatorTarget]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan"
    )


class IndicatorTarget(Record, Base):
    __tablename__ = "indicator_target"

    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"), index=True)
    year: Mapped[str] = mapped_column(String(9))  # "2026" or "2025-2026"
    target: Mapped[float | None] = mapped_column(Float, nullable=True)
    actual_manual: Mapped[float | None] = mapped_column(Float, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")  # how the actual came about, in the lead's words
    indicator: Mapped[Indicator] = relationship(back_populates="targets")


class GroupPhaseEntry(Record, Base):
    """The network as a group passing Tuckman's phases, with the lead's interventions."""

    __tablename__ = "group_phase_entry"

    network_id: Mapped[str] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"), index=True)
    phase: Mapped[str] = mapped_column(String(20))
    noted_on: Mapped[date] = mapped_column(Date)
    intervention: Mapped[str] = mapped_column(Text, default="")


class BarrierAction(Record, Base):
    """One line of the action plan against a barrier met often (seed 001's structural approach:
    analyse the main barriers, make an action plan): what, who, by when, and when it was done.
    `barrier` is a vocabulary key, demand side (Barrier) or supply side (SupplyBarrier, prefixed
    "supply:")."""

    __tablename__ = "barrier_action"

    network_id: Mapped[str] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"), index=True)
    barrier: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class Setting(Base):
    """Vault-level settings (team id, routing defaults): key/value, synced like records."""

    __tablename__ = "vault_setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
