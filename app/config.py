"""Where Verbind keeps its settings and data (platformdirs), overridable with VERBIND_HOME."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs

APP_NAME = "Verbind"


def home_dir() -> Path:
    """Root for config and data; `VERBIND_HOME` wins so tests never touch the real profile."""
    override = os.environ.get("VERBIND_HOME")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    override = os.environ.get("VERBIND_HOME")
    if override:
        return Path(override) / "config"
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    return home_dir() / "data" if os.environ.get("VERBIND_HOME") else home_dir()


def log_dir() -> Path:
    override = os.environ.get("VERBIND_HOME")
    if override:
        return Path(override) / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def demo_vault_path() -> Path:
    return data_dir() / "demo" / "demo.verbind"


def backup_dir_for(vault_path: Path) -> Path:
    """Default backup folder of a vault: a sibling folder, so a USB copy of the folder keeps them."""
    return vault_path.parent / f"{vault_path.name}.backups"


@dataclass
class Settings:
    """User settings: paths and preferences only, never personal data."""

    language: str = "nl"
    idle_lock_minutes: int = 5
    year_mode: str = "working"  # "working" (Sep-Aug) or "calendar"
    recent_vaults: list[str] = field(default_factory=list)
    last_network_id: str | None = None
    auto_backup: bool = True  # a verified backup on close and once a day, rotated
    window_size: list[int] | None = None  # the main window's [width, height] when it was last closed
    window_maximized: bool = False

    @staticmethod
    def path() -> Path:
        return config_dir() / "settings.json"

    @classmethod
    def load(cls) -> Settings:
        try:
            raw = json.loads(cls.path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        try:
            return cls(**known)
        except TypeError:
            return cls()

    def save(self) -> None:
        from app.fileutil import atomic_write_text

        atomic_write_text(self.path(), json.dumps(asdict(self), indent=2))

    def add_recent(self, vault: Path, limit: int = 8) -> None:
        p = str(vault.resolve())
        self.recent_vaults = [p] + [r for r in self.recent_vaults if r != p][: limit - 1]
