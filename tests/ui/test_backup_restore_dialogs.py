"""pytest-qt: the backup dialog makes a verified backup (and lists it), to the default folder or a
chosen one; the restore dialog verifies a backup with its passphrase, asks, and brings the older
state back while the current vault is kept aside; the main window closes with an automatic backup."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.config import Settings, backup_dir_for
from app.domain import Network
from app.vault import Vault
from app.vault.backup import list_backups, verify_backup
from tests.conftest import PASSPHRASE
from tests.ui.shots import shot
from ui.context import AppContext
from ui.dialogs.backup_dialog import BackupDialog
from ui.dialogs.restore_dialog import RestoreDialog
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, vault_path: Path) -> Iterator[MainWindow]:
    w = MainWindow(AppContext(Settings(), clock=lambda: date(2026, 11, 24)))
    qtbot.addWidget(w)
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    with vault.session() as s:
        s.add(Network(name="Netwerk A"))
        s.commit()
    w.vault_opened(vault)
    yield w
    for dialog in w.findChildren(QDialog):
        dialog.close()
    w.close()


def names(w: MainWindow) -> list[str]:
    with w.ctx.vault.session() as s:
        return sorted(n.name for n in s.query(Network))


def test_backup_now_and_to_a_usb_folder(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = BackupDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.table.isHidden() and not dialog.empty.isHidden()
    dialog.make_backup(None)
    qtbot.waitUntil(lambda: dialog.last is not None, timeout=30_000)
    assert dialog.last is not None and dialog.last.path is not None
    assert verify_backup(dialog.last.path, window.ctx.vault.data_key) == []  # type: ignore[union-attr]
    assert dialog.table.rowCount() == 1 and not dialog.table.isHidden()
    assert "gecontroleerd" in dialog.status.text()
    shot(dialog, "backup-dialog")
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog.last = None
    dialog.make_backup(usb)
    qtbot.waitUntil(lambda: dialog.last is not None, timeout=30_000)
    assert len(list(usb.glob("*.verbind"))) == 1 and len(list(usb.glob("*.verbind.key"))) == 1
    assert dialog.table.rowCount() == 1  # the USB copy is not in the vault's own list


def test_restore_brings_back_the_older_state(window: MainWindow, qtbot: QtBot,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from app.vault.backup import backup_vault

    assert window.ctx.vault is not None
    backup_vault(window.ctx.vault)
    with window.ctx.vault.session() as s:
        s.add(Network(name="Netwerk B (later)"))
        s.commit()
    vault_path = window.ctx.vault.path
    dialog = RestoreDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.file.text().endswith(".verbind")  # the newest backup is preselected
    dialog.passphrase.setText("niet de goede wachtwoordzin")
    dialog.check()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=30_000)
    assert "Verkeerde wachtwoordzin" in dialog.error.text()
    shot(dialog, "restore-dialog")
    asked: list[str] = []

    def yes(*args: Any, **_k: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.check()
    qtbot.waitUntil(lambda: bool(asked), timeout=30_000)
    assert "before-restore" in asked[0]
    qtbot.waitUntil(lambda: window.ctx.vault is not None and names(window) == ["Netwerk A"], timeout=30_000)
    from app.vault.backup import kept_copies

    (kept,) = kept_copies(vault_path)
    with Vault.open(kept, PASSPHRASE) as old, old.session() as s:
        assert "Netwerk B (later)" in {n.name for n in s.query(Network)}


def test_closing_the_window_makes_a_verified_backup(qtbot: QtBot, vault_path: Path) -> None:
    w = MainWindow(AppContext(Settings(), clock=lambda: date(2026, 11, 24)))
    qtbot.addWidget(w)
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    w.vault_opened(vault)
    key = vault.data_key
    w.close()
    backups = list_backups(backup_dir_for(vault_path))
    assert len(backups) == 1 and verify_backup(backups[0][1], key) == []
    settings = Settings(auto_backup=False)
    w2 = MainWindow(AppContext(settings))
    qtbot.addWidget(w2)
    w2.vault_opened(Vault.open(vault_path, PASSPHRASE))
    w2.close()
    assert len(list_backups(backup_dir_for(vault_path))) == 1  # turned off: none made


def test_restoring_another_vaults_backup_warns_first(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from app.vault.backup import backup_vault

    other, _ = Vault.create(tmp_path / "ander" / "ander.verbind", PASSPHRASE)
    backup = backup_vault(other, tmp_path / "usb")
    other.close()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **_k: (
        asked.append(a[2]), QMessageBox.StandardButton.No)[1])
    dialog = RestoreDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.file.setText(str(backup))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.check()
    qtbot.waitUntil(lambda: bool(asked), timeout=30_000)
    assert "andere kluis" in asked[0] and "before-restore" in asked[0]
    assert names(window) == ["Netwerk A"]  # answered No: nothing changed
