"""Automatic backups: on close and once a day while a vault is open. A backup counts only once it
is verified (see backup.py); old ones are rotated (7 daily, 4 weekly, 12 monthly). An automatic
backup never stands in the way: a failure is logged and reported, never raised into a close."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.config import backup_dir_for
from app.vault.backup import backup_vault, list_backups, rotate_backups

if TYPE_CHECKING:
    from app.vault import Vault

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AutoBackupResult:
    path: Path | None  # the new backup, or None when none was due or it failed
    removed: int = 0  # older backups rotated away
    error: str | None = None


def last_backup(vault_path: Path) -> datetime | None:
    found = list_backups(backup_dir_for(vault_path))
    return found[0][0] if found else None


def due(vault_path: Path, now: datetime) -> bool:
    """No backup yet today (calendar day)."""
    last = last_backup(vault_path)
    return last is None or last.date() < now.date()


def auto_backup(vault: Vault, now: datetime | None = None, *, force: bool = False) -> AutoBackupResult:
    """Make a verified, rotated backup in the vault's backup folder when none was made today
    (or always with `force`, as on close). Never raises."""
    now = now or datetime.now()
    try:
        if not force and not due(vault.path, now):
            return AutoBackupResult(None)
        path = backup_vault(vault, now=now)
        removed = rotate_backups(backup_dir_for(vault.path))
        return AutoBackupResult(path, len(removed))
    except Exception as exc:  # a backup must never break closing or working
        log.warning("automatic backup failed: %s", type(exc).__name__)
        return AutoBackupResult(None, error=str(exc) or type(exc).__name__)
