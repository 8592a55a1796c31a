"""Bestand → Herstelblad opnieuw afdrukken: the key is checked against the vault first; a wrong key
writes nothing; a right one (typed in lower case, without dashes) gives the sheet again."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from app.vault import Vault
from tests.conftest import PASSPHRASE
from ui.main_window import MainWindow


def test_reprint_the_recovery_sheet_from_the_menu(qtbot: QtBot, window: MainWindow, vault_path: Path,
                                                  tmp_path: Path) -> None:
    vault, recovery = Vault.create(vault_path, PASSPHRASE)
    window.vault_opened(vault)
    assert window.act_sheet.isEnabled()
    dialog = window.reprint_sheet()
    out = tmp_path / "blad.pdf"
    dialog.key.setText("AAAA-" + recovery[5:])  # one group wrong
    dialog.make(out)
    qtbot.waitUntil(lambda: not dialog.busy.isVisible(), timeout=20_000)
    assert "opent deze kluis niet" in dialog.error.text() and not out.exists()
    dialog.key.setText(recovery.replace("-", "").lower())
    dialog.make(out)
    qtbot.waitUntil(lambda: out.exists() and not dialog.busy.isVisible(), timeout=20_000)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert recovery.split("-")[0] in text and "klopt" in dialog.done_label.text()
    assert dialog.key.text() == ""  # the key does not stay on screen
    window.lock(ask_unlock=False)
    assert not window.act_sheet.isEnabled()
