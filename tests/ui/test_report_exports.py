"""pytest-qt: the report wizard's exports at any step (a draft PDF that freezes nothing, the
figures as a workbook) and the recommendations list on the narrative page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from app.config import Settings
from app.demo import create_demo_vault
from app.domain import Network, ReportSnapshot
from app.reports import snapshot as snap
from app.reports.pdf import Report
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.tabs.report.wizard import ReportWizard

TODAY = date(2026, 11, 24)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    vault, _ = create_demo_vault(tmp_path / "demo.verbind", today=TODAY)
    w = MainWindow(AppContext(Settings(), clock=lambda: TODAY))
    qtbot.addWidget(w)
    w.vault_opened(vault)
    with w.ctx.vault.session() as s:
        net = s.query(Network).filter_by(kind="connection").one()
    w.network_box.setCurrentIndex(w.network_box.findData(net.id))
    yield w
    w.close()


def _wizard(window: MainWindow) -> ReportWizard:
    window.select_tab("report")
    wiz = window.tabs["report"].new_report()
    assert wiz is not None
    period = wiz.pages_by_key["period"].period
    period.setCurrentIndex(period.findData("2025-2026"))
    return wiz


def _text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


def _statuses(window: MainWindow) -> list[str]:
    with window.ctx.vault.session() as s:
        return [r.status for r in s.query(ReportSnapshot).all()]


def test_draft_pdf_at_step_two_freezes_nothing(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    wiz = _wizard(window)
    wiz.next()
    assert wiz.currentPage() is wiz.pages_by_key["figures"] and "stap 2 van 6" in wiz.windowTitle()
    out = tmp_path / "concept.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    with qtbot.waitSignal(wiz.file_exported, timeout=60000) as blocker:
        wiz.button(QWizard.WizardButton.CustomButton2).click()  # the real button, as a user clicks it
    assert blocker.args == [str(out)]
    text = _text(out)
    assert "Verbindingsambassadeurs Gent" in text and "2025-2026" in text
    assert "Geen toelichting toegevoegd." in text  # a draft shows the sections still without text
    assert _statuses(window) == []  # nothing frozen, not even a draft snapshot
    assert wiz.isVisible() and wiz.currentPage() is wiz.pages_by_key["figures"]


def test_draft_pdf_shortcut_and_a_clear_message_when_it_fails(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    wiz = _wizard(window)
    folder = tmp_path / "a-folder.pdf"
    folder.mkdir()  # a folder where the file should go: refused, said on the page
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(folder), "PDF (*.pdf)"))
    with qtbot.waitSignal(wiz.export_failed, timeout=60000) as blocker:
        wiz.draft_shortcut.activated.emit()
    assert "De concept-PDF kon niet gemaakt worden" in blocker.args[0]
    assert "concept-PDF kon niet" in wiz.pages_by_key["period"].error.text()
    assert list(folder.iterdir()) == [] and _statuses(window) == []


def test_workbook_export_holds_the_figures_as_printed(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    wiz = _wizard(window)
    for _ in range(5):
        wiz.next()
    assert wiz.currentPage() is wiz.pages_by_key["preview"]
    out = tmp_path / "cijfers"  # no suffix typed: .xlsx is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "Excel (*.xlsx)"))
    with qtbot.waitSignal(wiz.file_exported, timeout=60000):
        wiz.button(QWizard.WizardButton.CustomButton3).click()
    book = load_workbook(tmp_path / "cijfers.xlsx")
    assert book.sheetnames[0] == "Over dit bestand"
    summary = book["Samenvatting"]
    network_id = wiz.state["network_id"]
    data = window.ctx.vault.session
    with data() as s:
        payload = {**wiz.state, "data": snap.compute(s, network_id, "2025-2026")}
    first = Report(payload).tables()[0]
    started = next(r for r in first.rows if r[0] == "Trajecten gestart")
    row = next(r for r in summary.iter_rows(values_only=True) if r[0] == "Trajecten gestart")
    assert row[1] == int(started[1].replace(".", "")) and isinstance(row[1], int)
    assert _statuses(window) == []


def test_recommendations_are_kept_in_the_state_and_warned_about(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    wiz = _wizard(window)
    for _ in range(3):
        wiz.next()
    narr = wiz.pages_by_key["narrative"]
    assert narr.section.findData("sustainability") >= 0  # Borging is in the section list
    assert narr.section.itemText(narr.section.findData("sustainability")) == "Borging"
    narr.recommendations.add_button.click()
    first = narr.recommendations.rows[0]
    first.text.setText("Een tweede ambassadeur aanwerven")
    first.owner.setText("Schepen van Jeugd")
    first.due.setText("31/03/2027")
    narr.recommendations.add_button.click()
    second = narr.recommendations.rows[1]
    second.text.setText("Scholen vroeger betrekken")
    second.due.setText("31/02/2027")  # no such day: the page says so and stays
    wiz.next()
    assert wiz.currentPage() is narr and narr.error.text()
    second.due.setText("")
    narr.recommendations.add_button.click()
    narr.recommendations.rows[2].remove.click()  # an added row can go again
    wiz.next()
    assert wiz.currentPage() is wiz.pages_by_key["options"]
    assert wiz.state["recommendations"] == [
        {"text": "Een tweede ambassadeur aanwerven", "owner": "Schepen van Jeugd", "due": "2027-03-31"},
        {"text": "Scholen vroeger betrekken", "owner": "", "due": ""}]
    draft_id = wiz.save_draft()
    with window.ctx.vault.session() as s:
        row = s.get(ReportSnapshot, draft_id)
        assert row is not None and row.payload["recommendations"] == wiz.state["recommendations"]
    out = tmp_path / "concept.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    with qtbot.waitSignal(wiz.file_exported, timeout=60000):
        wiz.export_draft()
    assert "Verbindingsambassadeurs Gent" in _text(out)
    wiz.next()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **_k: (asked.append(a[2]), a[4])[1])  # Cancel
    wiz.accept()
    assert "Aanbevelingen zonder wie of zonder datum: ‘Scholen vroeger betrekken’" in asked[0]
    assert "Een tweede ambassadeur" not in asked[0]
    assert "final" not in _statuses(window)
    # resumed, the rows come back
    wiz.reject()
    tab = window.tabs["report"]
    tab.refresh()
    tab.table.selectRow(0)
    tab.resume()
    resumed = tab.wizard
    assert resumed is not None
    rows = resumed.pages_by_key["narrative"].recommendations.rows
    assert [(r.text.text(), r.owner.text(), r.due.text()) for r in rows] == [
        ("Een tweede ambassadeur aanwerven", "Schepen van Jeugd", "31/03/2027"), ("Scholen vroeger betrekken", "", "")]
