"""pytest-qt (#19): documents that belong to the work — a file added to a stakeholder from its form,
opened through a private copy that locking removes, shared or not, deleted after a question; an
agreed text saved in versions; a too-big file refused with the reason and nothing kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.domain import AgreementVersion, Attachment, Network, Stakeholder
from app.io import open_copies
from app.services import documents
from ui.dialogs.documents_dialog import DocumentsDialog
from ui.main_window import MainWindow


@pytest.fixture
def opened_files(opened: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(open_copies.tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(open_copies.tempfile, "tempdir", str(tmp_path / "tmp"))
    opened_urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened_urls.append(url.toLocalFile()) or True)
    opened.opened_urls = opened_urls  # type: ignore[attr-defined]
    with opened.ctx.vault.session() as s:  # type: ignore[union-attr]
        net = s.get(Network, opened.ctx.network_id)
        assert net is not None
        s.add(Stakeholder(network_id=net.id, name="Speelpleinwerking De Boomhut", side="supply"))
        s.commit()
    return opened


def test_a_stakeholder_file_from_add_to_open_to_delete(opened_files: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    window = opened_files
    window.select_tab("stakeholders")
    tab = window.tabs["stakeholders"]
    tab.refresh()
    tab.table.selectRow(0)
    assert tab.files_button is not None and tab.files_button.isEnabled()
    assert tab.files_button.text() == "Bestanden…"
    dialog = tab.open_files()
    assert dialog is not None
    panel = dialog.panel
    assert panel.empty.isVisibleTo(dialog) and "10 MB" in panel.empty.text()
    scan = tmp_path / "engagementsverklaring getekend.pdf"
    scan.write_bytes(b"%PDF-1.4 signed by De Boomhut")
    assert panel.add_file(str(scan), note="getekend op de startavond")
    assert "engagementsverklaring getekend.pdf" in panel.list.item(0).text()
    assert "getekend op de startavond" in panel.list.item(0).text()
    copy = panel.open_selected()
    assert copy is not None and copy.read_bytes() == b"%PDF-1.4 signed by De Boomhut"
    assert window.opened_urls == [str(copy)]  # type: ignore[attr-defined]
    assert not panel.shared.isChecked()
    panel.shared.click()  # marked shared: it will travel in team bundles
    with window.ctx.vault.session() as s:  # type: ignore[union-attr]
        assert s.query(Attachment).one().shared
    saved = tmp_path / "kopie.pdf"
    assert panel.save_copy(str(saved)) and saved.read_bytes() == b"%PDF-1.4 signed by De Boomhut"
    dialog.reject()
    assert tab.files_button.text() == "Bestanden (1)…"
    window.lock(ask_unlock=False)
    assert not copy.exists() and not copy.parent.exists()  # no readable copy outlives the lock


def test_too_big_and_deleting_needs_a_yes(opened_files: MainWindow, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    window = opened_files
    dialog = DocumentsDialog(window.ctx, window)
    panel = dialog.files
    big = tmp_path / "video.mp4"
    with open(big, "wb") as fh:
        fh.truncate(documents.MAX_BYTES + 1)
    assert not panel.add_file(str(big), note="")
    assert "10,0 MB" in panel.error.text() and "Verklein" in panel.error.text()
    minutes = tmp_path / "verslag stuurgroep.txt"
    minutes.write_text("Verslag", encoding="utf-8")
    assert panel.add_file(str(minutes), note="")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not panel.delete_selected()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert panel.delete_selected()
    assert not panel.empty.isHidden() and panel.list.isHidden()
    with window.ctx.vault.session() as s:  # type: ignore[union-attr]
        row = s.query(Attachment).one()
        assert row.deleted_at is not None and row.content == b""


def test_an_agreed_text_in_versions(opened_files: MainWindow) -> None:
    window = opened_files
    dialog = DocumentsDialog(window.ctx, window)
    panel = dialog.agreements
    assert panel.empty.isVisibleTo(dialog)
    panel.title.setCurrentText("Charter ambassadeurs")
    assert not panel.save_version()
    assert "tekst" in panel.error.text().lower()  # no text typed yet
    panel.text.setPlainText("Wij verbinden mensen met de site.")
    panel.agreed_by.setText("12 ambassadeurs")
    panel.agreed_on.set_value(window.ctx.today())
    assert panel.save_version()
    panel.list.setCurrentRow(0)
    panel._start_from_selected()
    panel.text.setPlainText("Wij verbinden mensen met de site en danken hen elk jaar.")
    assert panel.save_version()
    assert panel.list.item(0).text().startswith("Charter ambassadeurs — versie 2")
    assert "danken" in panel.view.toPlainText()
    with window.ctx.vault.session() as s:  # type: ignore[union-attr]
        assert sorted(v.version for v in s.query(AgreementVersion)) == [1, 2]


def test_minutes_of_a_steering_meeting(opened_files: MainWindow, tmp_path: Path) -> None:
    from datetime import date

    from app.domain import SteeringMeeting

    window = opened_files
    with window.ctx.vault.session() as s:  # type: ignore[union-attr]
        s.add(SteeringMeeting(network_id=window.ctx.network_id, held_on=date(2026, 10, 7), notes="werkjaar gestart"))
        s.commit()
    window.select_tab("network")
    tab = window.tabs["network"]
    tab.refresh()
    assert tab.meetings.count() == 1 and not tab.form.meeting_files_button.isEnabled()
    tab.meetings.setCurrentRow(0)
    assert tab.form.meeting_files_button.isEnabled()
    dialog = tab.meeting_files()
    assert dialog is not None and "07/10/2026" in dialog.windowTitle()
    minutes = tmp_path / "verslag 7 oktober.pdf"
    minutes.write_bytes(b"%PDF minutes")
    assert dialog.panel.add_file(str(minutes), note="goedgekeurd")
    with window.ctx.vault.session() as s:  # type: ignore[union-attr]
        row = s.query(Attachment).one()
        assert row.meeting_id == s.query(SteeringMeeting).one().id and row.stakeholder_id is None


def test_an_agreed_text_typed_but_not_saved_survives_the_lock(opened_files: MainWindow, tmp_path: Path) -> None:
    from tests.ui.conftest import reopen

    window = opened_files
    dialog = DocumentsDialog(window.ctx, window)
    dialog.show()
    dialog.agreements.title.setCurrentText("Convenant met de dorpsraden")
    dialog.agreements.text.setPlainText("Het bestuur antwoordt binnen 30 dagen op een signaal.")
    path = window.ctx.vault.path  # type: ignore[union-attr]
    window.lock(ask_unlock=False)  # rejects the open dialog, as the idle lock does
    assert not dialog.isVisible()
    reopen(window, path)
    again = DocumentsDialog(window.ctx, window).agreements
    assert again.text.toPlainText() == "Het bestuur antwoordt binnen 30 dagen op een signaal."
    assert again.title.currentText() == "Convenant met de dorpsraden" and "teruggezet" in again.error.text()
    assert again.save_version()
    assert DocumentsDialog(window.ctx, window).agreements.text.toPlainText() == ""  # saved: the draft is gone
