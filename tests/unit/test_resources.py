"""app.resources: the one lookup of the bundled files, in a source tree and in a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.resources import resource_path


def test_finds_the_bundled_files_in_the_source_tree() -> None:
    for parts in (("fonts", "DejaVuSans.ttf"), ("icons", "verbind.svg"), ("styles", "verbind.qss")):
        assert resource_path(*parts).is_file(), parts
    assert list(resource_path("i18n").glob("*_en.qm"))


def test_a_frozen_build_looks_in_its_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("fonts", "DejaVuSans.ttf") == tmp_path / "resources" / "fonts" / "DejaVuSans.ttf"
    assert resource_path() == tmp_path / "resources"
