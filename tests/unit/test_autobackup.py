"""Automatic backups: due once a day, verified, rotated, and a failure never raises."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.config import backup_dir_for
from app.domain import Network
from app.vault import autobackup
from app.vault.backup import list_backups, verify_backup


def test_daily_rule_rotation_and_verified(vault: Any) -> None:
    with vault.session() as s:
        s.add(Network(name="Wijkambassadeurs Mol"))
        s.commit()
    start = datetime(2026, 1, 1, 9, 0, 0)
    first = autobackup.auto_backup(vault, start)
    assert first.path is not None and first.error is None
    assert verify_backup(first.path, vault.data_key) == []
    # the same day: nothing due; forced (on close): a new one
    assert autobackup.auto_backup(vault, start + timedelta(hours=3)).path is None
    assert autobackup.auto_backup(vault, start + timedelta(hours=4), force=True).path is not None
    # 40 days of daily backups: rotation keeps 7 daily + older weekly/monthly ones only
    for day in range(1, 41):
        assert autobackup.auto_backup(vault, start + timedelta(days=day)).path is not None
    kept = list_backups(backup_dir_for(vault.path))
    assert 7 <= len(kept) <= 7 + 4 + 12
    assert kept[0][0] == start + timedelta(days=40)
    assert autobackup.last_backup(vault.path) == start + timedelta(days=40)


def test_failure_is_reported_not_raised(vault: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*_a: Any, **_k: Any) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(autobackup, "backup_vault", full)
    result = autobackup.auto_backup(vault, datetime(2026, 2, 1))
    assert result.path is None and result.error and "space" in result.error
