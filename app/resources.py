"""Where Verbind's bundled files live (resources/: fonts, translations, icons, styles): beside the
packages in a source tree or an installed checkout, under `sys._MEIPASS` in a PyInstaller bundle.
The one place that knows this; no Qt, so the headless core (PDF fonts) uses it too."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """A file or folder under resources/, e.g. `resource_path("fonts", "DejaVuSans.ttf")`."""
    frozen = getattr(sys, "_MEIPASS", None)
    base = Path(frozen) if frozen else Path(__file__).resolve().parents[1]
    return base.joinpath("resources", *parts)
