"""pytest-qt: Bestand → Opnieuw versleutelen… — a wrong passphrase changes nothing and keeps the
vault open; the right one (with a new recovery key) closes the vault, re-encrypts it under a new
data key and opens it again, and the new recovery key is shown and opens the vault."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.config import Settings
from app.domain import Network
from app.vault import Vault, derive_key
from tests.conftest import PASSPHRASE
from ui.context import AppContext
from ui.lock.rekey_dialog import RekeyDialog
from ui.main_window import MainWindow

TIMEOUT = 60_000


@pytest.fixture
def window(qtbot: QtBot, vault_path: Path) -> Iterator[MainWindow]:
    w = MainWindow(AppContext(Settings(), clock=lambda: date(2026, 11, 24)))
    qtbot.addWidget(w)
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    with vault.session() as s:
        s.add(Network(name="Verbinders Gent", kind="connection"))
        s.commit()
    w.vault_opened(vault)
    yield w
    for dialog in w.findChildren(QDialog):
        dialog.close()
    if w.ctx.vault is not None:
        w.ctx.vault.close()
    w.close()


def test_rekey_from_the_window(window: MainWindow, qtbot: QtBot, vault_path: Path) -> None:
    old_key = window.ctx.vault.data_key  # type: ignore[union-attr]
    assert window.act_rekey.isEnabled()
    dialog = RekeyDialog(window.ctx.vault, lambda: window.lock(ask_unlock=False), window)  # type: ignore[arg-type]
    dialog.opened.connect(window.vault_opened)
    qtbot.addWidget(dialog)
    dialog.current.setText("niet de wachtwoordzin")
    dialog.new_recovery.setChecked(True)
    dialog.ok.click()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=TIMEOUT)
    assert "klopt niet" in dialog.error.text()
    assert window.ctx.vault is not None and window.ctx.vault.data_key == old_key  # still open, unchanged
    dialog.current.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.opened, timeout=TIMEOUT):
        dialog.ok.click()
    assert dialog.recovery_shown is not None
    assert all(g in dialog.key_view.key.text() for g in dialog.recovery_shown.split("-"))
    dialog.reject()
    assert dialog.isVisible() or not dialog.outcome.isHidden()  # the new recovery key must be acknowledged
    dialog.ok.click()
    vault = window.ctx.vault
    assert vault is not None and vault.data_key != old_key
    with vault.session() as s:
        assert s.query(Network).count() == 1
    assert derive_key(vault_path, recovery_key=dialog.recovery_shown) == vault.data_key


def test_rekey_dialog_in_english(window: MainWindow, qtbot: QtBot) -> None:
    from ui import i18n

    i18n.install("en")
    try:
        dialog = RekeyDialog(window.ctx.vault, lambda: None, window)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Re-encrypt"
        assert dialog.new_recovery.text() == "I do not have my recovery key: make a new one"
    finally:
        i18n.install("nl")
