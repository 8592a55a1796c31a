"""pytest-qt, Privacy en toestemmingen: add a consent (status shown), withdraw it; subject access to a
file; erasure needs the typed name; purge shows a preview first; the art. 30 register renders and saves."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.config import Settings
from app.domain import Ambassador, Consent, Network, Trajectory
from tests.ui.shots import shot
from ui.context import AppContext
from ui.dialogs.privacy_dialog import ConsentEditor, PrivacyDialog

TODAY = date(2026, 11, 24)


@pytest.fixture
def ctx(vault: Any) -> AppContext:
    c = AppContext(Settings(), clock=lambda: TODAY)
    c.vault = vault
    with vault.session() as s:
        net = Network(name="Verbinders Gent", kind="connection")
        s.add(net)
        s.flush()
        s.add_all([Ambassador(network_id=net.id, name="Samir El Idrissi"),
                   Trajectory(network_id=net.id, code="GNT-2019-004", started_on=date(2019, 3, 1),
                              closed_on=date(2019, 12, 1), notes="oude notitie over het gezin")])
        s.commit()
        c.network_id = net.id
    return c


def test_consents_add_edit_withdraw(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = PrivacyDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.isHidden() and not dialog.empty.isHidden()
    editor = ConsentEditor(ctx, None, dialog)
    qtbot.addWidget(editor)
    editor.person.setCurrentIndex(editor.person.findText("Samir El Idrissi — Ambassadeur"))
    editor.purpose.setCurrentText("")
    editor.save()  # no purpose: a clear message, nothing saved
    assert "doel" in editor.error.text()
    editor.purpose.setCurrentText("Foto's en beeldmateriaal gebruiken")
    editor.expires.setText("10/12/2026")
    editor.save()
    assert editor.result() == 1
    dialog.refresh()
    assert dialog.table.rowCount() == 1
    assert dialog.table.text(0, 4) == "verloopt binnenkort"
    shot(dialog, "privacy-consents")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.table.selectRow(0)
    dialog.withdraw_consent()
    assert dialog.table.text(0, 4) == "ingetrokken"
    with ctx.vault.session() as s:
        assert s.query(Consent).one().withdrawn_on == TODAY


def test_access_erase_purge_and_register(ctx: AppContext, qtbot: QtBot, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = PrivacyDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.access_person.setCurrentIndex(dialog.access_person.findText("Samir El Idrissi — Ambassadeur"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "inzage.json"), ""))
    dialog.export_button.click()
    assert "Samir El Idrissi" in (tmp_path / "inzage.json").read_text(encoding="utf-8")
    # erasure: the wrong name erases nothing, the right one does
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Samir", True))
    dialog.erase_person()
    assert "klopt niet" in dialog.access_status.text()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Samir El Idrissi", True))
    dialog.erase_person()
    with ctx.vault.session() as s:
        assert s.query(Ambassador).count() == 0
    # purge: a preview, then the purge; again: nothing left
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    dialog.purge()
    assert asked and "1 afgesloten traject is ouder" in asked[0]
    with ctx.vault.session() as s:
        assert s.query(Trajectory).one().notes == ""
    dialog.purge()
    assert "Niets op te schonen" in dialog.retention_status.text()
    dialog.years.setValue(8)
    dialog.save_retention()
    assert "8 jaar" in dialog.retention_status.text()
    # register
    dialog.tabs.setCurrentIndex(3)
    assert "Register van verwerkingsactiviteiten" in dialog.register_view.toPlainText()
    shot(dialog, "privacy-register")
    dialog.save_register("pdf", tmp_path / "reg")
    assert (tmp_path / "reg.pdf").exists()


def test_controller_and_dpo_are_set_in_the_dialog_and_shown_in_the_register(ctx: AppContext, qtbot: QtBot) -> None:
    from app.io import controller

    dialog = PrivacyDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.contacts["controller"].setText("vzw Samen Spelen")
    dialog.contacts["dpo"].setText("Dienst Privacy Stad Gent")
    assert dialog.save_contacts()
    with ctx.vault.session() as s:
        found = controller.privacy_contacts(s)
    assert (found.controller, found.dpo) == ("vzw Samen Spelen", "Dienst Privacy Stad Gent")
    assert "vzw Samen Spelen" in dialog.register_view.toPlainText()
    dialog.contacts["controller"].setText("x" * 500)
    assert not dialog.save_contacts() and "lang" in dialog.contacts_error.text()
    with ctx.vault.session() as s:
        assert controller.privacy_contacts(s).controller == "vzw Samen Spelen"  # nothing half written
