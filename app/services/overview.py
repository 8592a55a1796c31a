"""Counts at a glance for one network (CLI `info` and the dashboard)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import Activity, Ambassador, Interaction, Signal, Stakeholder, Trajectory


def counts(session: Session, network_id: str) -> dict[str, int]:
    def n(model: Any, *where: Any) -> int:
        q = select(func.count()).select_from(model).where(model.deleted_at.is_(None), *where)
        return int(session.execute(q).scalar_one())

    return {
        "stakeholders": n(Stakeholder, Stakeholder.network_id == network_id),
        "interactions": int(session.execute(
            select(func.count()).select_from(Interaction).join(Stakeholder)
            .where(Stakeholder.network_id == network_id, Interaction.deleted_at.is_(None),
                   Stakeholder.deleted_at.is_(None))).scalar_one()),
        "ambassadors": n(Ambassador, Ambassador.network_id == network_id),
        "trajectories": n(Trajectory, Trajectory.network_id == network_id),
        "activities": n(Activity, Activity.network_id == network_id),
        "signals": n(Signal, Signal.network_id == network_id),
    }
