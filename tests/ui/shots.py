"""VERBIND_SHOTS=DIR makes UI tests save what the user sees, for a look by eye."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


def shot(widget: Any, name: str) -> None:
    folder = os.environ.get("VERBIND_SHOTS")
    if folder:
        widget.resize(widget.sizeHint().expandedTo(widget.size()))
        widget.grab().save(str(Path(folder) / f"{name}.png"))
