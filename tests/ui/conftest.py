"""Fixtures shared by the UI tests: a main window with a fixed 'today', the same window with a new
vault open, and a closed vault with its recovery key."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.config import Settings
from app.vault import Vault
from tests.conftest import PASSPHRASE
from ui.context import AppContext
from ui.main_window import MainWindow

TODAY = date(2026, 11, 24)


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    w = MainWindow(AppContext(Settings(), clock=lambda: TODAY))
    qtbot.addWidget(w)
    yield w
    for dialog in w.findChildren(QDialog):
        dialog.close()
    w.close()
    from ui import i18n

    i18n.install("nl")  # a test that switched to English leaves Dutch behind


@pytest.fixture
def opened(window: MainWindow, vault_path: Path) -> MainWindow:
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    window.vault_opened(vault)
    return window


@pytest.fixture
def closed_vault(vault_path: Path) -> tuple[Path, str]:
    vault, recovery = Vault.create(vault_path, PASSPHRASE)
    vault.close()
    return vault_path, recovery


def reopen(window: MainWindow, path: Path) -> None:
    """Unlock again as the unlock dialog would (without deriving the key in a thread)."""
    window.vault_opened(Vault.open(path, PASSPHRASE))


def lock_by_idle(window: MainWindow) -> None:
    """Let the idle lock fire as after five minutes without input (a fake clock, no waiting)."""
    now = [1000.0]
    window.idle.clock = lambda: now[0]
    window.idle.minutes = 5
    window.idle.start()
    now[0] += 5 * 60 + 1
    window.idle.timer.timeout.emit()  # the idle lock never waits for an answer
