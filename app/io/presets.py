"""Saved column mappings ("presets") per kind of import: header name → field, so a team that imports
the same register every month maps its columns once. Kept in the config folder as JSON: column
names only, never personal data."""

from __future__ import annotations

import json
from pathlib import Path

from app.config import config_dir
from app.errors import UsageError
from app.fileutil import atomic_write_bytes
from app.i18n import tr


def _path() -> Path:
    return config_dir() / "import-presets.json"


def _load_all() -> dict[str, dict[str, dict[str, str]]]:
    try:
        raw = json.loads(_path().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        return {}  # an unreadable presets file is not worth failing an import for
    return raw if isinstance(raw, dict) else {}


def names(kind: str) -> list[str]:
    return sorted(_load_all().get(kind, {}))


def load(kind: str, name: str) -> dict[str, str]:
    found = _load_all().get(kind, {}).get(name)
    if found is None:
        known = ", ".join(names(kind)) or tr("nog geen", "none yet")
        raise UsageError(tr(f"Geen voorinstelling '{name}' voor {kind} (bewaard: {known}).",
                            f"No preset '{name}' for {kind} (saved: {known})."))
    return dict(found)


def save(kind: str, name: str, mapping: dict[str, str]) -> None:
    name = name.strip()
    if not name:
        raise UsageError(tr("Geef de voorinstelling een naam.", "Give the preset a name."))
    data = _load_all()
    data.setdefault(kind, {})[name] = dict(mapping)
    _path().parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(_path(), json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8"))


def delete(kind: str, name: str) -> None:
    data = _load_all()
    if data.get(kind, {}).pop(name, None) is not None:
        atomic_write_bytes(_path(), json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8"))
