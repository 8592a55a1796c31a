"""pytest-qt: walk through the annual report wizard to export; draft save and resume; remake."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.config import Settings
from app.demo import create_demo_vault
from app.domain import Network, ReportSnapshot
from ui.context import AppContext
from ui.main_window import MainWindow

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


def test_walk_through_wizard_to_export(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    window.select_tab("report")
    tab = window.tabs["report"]
    wiz = tab.new_report()
    assert wiz is not None
    period_page = wiz.pages_by_key["period"]
    period_page.period.setCurrentIndex(period_page.period.findData("2025-2026"))
    wiz.next()
    assert wiz.currentPage() is wiz.pages_by_key["figures"]
    assert wiz.pages_by_key["figures"].model.rowCount() >= 5
    wiz.next()
    crit = wiz.pages_by_key["criteria"]
    cb, ev = crit.rows[("criteria", "connect")]
    ev.setText("30 kinderen toegeleid naar 12 clubs")
    wiz.next()
    assert wiz.currentPage() is crit and "niet aangevinkt" in crit.error.text()  # evidence without a tick
    cb.setChecked(True)
    wiz.next()
    narr = wiz.pages_by_key["narrative"]
    narr.edits["summary"].setPlainText("Een **goed** jaar met meer scholen aan boord.")
    draft_id = wiz.save_draft()
    wiz.next()
    wiz.pages_by_key["options"].author.setText("Sara De Smet, jeugddienst")
    wiz.next()
    preview = wiz.pages_by_key["preview"]
    with qtbot.waitSignal(preview.rendered, timeout=60000):
        pass
    assert preview.document.pageCount() >= 5
    assert wiz.state["options"]["author"] == "Sara De Smet, jeugddienst"
    out = tmp_path / "export.pdf"
    # the real button, as a user clicks it (its clicked(bool) must not arrive as the path)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    preview.export_button.click()
    reader = PdfReader(str(out))
    text = "".join(p.extract_text() for p in reader.pages)
    assert "Een goed jaar met meer scholen aan boord." in text
    assert reader.metadata is not None and reader.metadata.author == "Sara De Smet, jeugddienst"
    assert "30 kinderen toegeleid" in text
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **_k: (asked.append(a[2]),
                                                                  QMessageBox.StandardButton.Yes)[1])
    wiz.accept()
    assert "2025-2026" in asked[0] and "niet aangevinkt" in asked[0] and "Onderdelen zonder tekst" in asked[0]
    with window.ctx.vault.session() as s:
        rows = s.query(ReportSnapshot).all()
        assert {r.status for r in rows} == {"draft", "final"}
        assert any(r.id == draft_id for r in rows)
    tab.refresh()
    assert tab.model.rowCount() == 2


def test_resume_draft_and_remake_pdf(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    window.select_tab("report")
    tab = window.tabs["report"]
    tab.new_button.click()
    wiz = tab.wizard
    assert wiz is not None
    wiz.pages_by_key["period"].period.setCurrentIndex(wiz.pages_by_key["period"].period.findData("2025-2026"))
    wiz.next()
    wiz.next()
    wiz.next()
    wiz.pages_by_key["narrative"].edits["conclusions"].setPlainText("Doorgaan met de sportclubs.")
    wiz.save_draft()
    wiz.reject()
    tab.refresh()
    tab.table.selectRow(0)
    tab.resume()
    resumed = tab.wizard
    assert resumed is not None and resumed.pages_by_key["narrative"].edits["conclusions"].toPlainText() == "Doorgaan met de sportclubs."
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    resumed.accept()  # finish straight away: the state is valid
    tab.refresh()
    final_row = next(i for i, r in enumerate(tab.model.rows) if r.status == "final")
    tab.table.selectRow(final_row)
    out = tmp_path / "opnieuw.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    tab.pdf_button.click()
    qtbot.waitUntil(out.exists, timeout=60000)
    assert "Doorgaan met de sportclubs." in "".join(p.extract_text() for p in PdfReader(str(out)).pages)


def test_one_click_too_many_never_freezes_a_report(window: MainWindow, qtbot: QtBot,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    window.select_tab("report")
    tab = window.tabs["report"]
    wiz = tab.new_report()
    assert wiz is not None
    wiz.pages_by_key["period"].period.setCurrentIndex(wiz.pages_by_key["period"].period.findData("2026-2027"))
    assert "stap 1 van 6" in wiz.windowTitle()
    asked: list[str] = []
    # the user clicks past the last page: the confirmation comes up with Cancel as its default
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **_k: (asked.append(a[2]), a[4])[1])
    for _ in range(6):
        wiz.next()
    assert "stap 6 van 6" in wiz.windowTitle()
    wiz.accept()
    assert asked and "nog niet afgelopen" in asked[0]  # 2026-2027 runs until 31/08/2027
    with window.ctx.vault.session() as s:
        assert s.query(ReportSnapshot).filter_by(status="final").count() == 0
    assert wiz.isVisible() or not wiz.result()  # still open: nothing frozen


def test_lock_keeps_the_report_in_progress_as_one_draft(window: MainWindow, qtbot: QtBot) -> None:
    window.select_tab("report")
    wiz = window.tabs["report"].new_report()
    assert wiz is not None
    wiz.next()
    wiz.next()
    wiz.next()
    wiz.pages_by_key["narrative"].edits["summary"].setPlainText("Halfweg geschreven samenvatting")
    first = wiz.save_draft()
    wiz.pages_by_key["narrative"].edits["summary"].setPlainText("Halfweg geschreven samenvatting, verder")
    vault_path = window.ctx.vault.path  # type: ignore[union-attr]
    window.lock(ask_unlock=False)  # the wizard closes; its work is kept in the same draft
    from app.demo import DEMO_PASSPHRASE
    from app.vault import Vault

    with Vault.open(vault_path, DEMO_PASSPHRASE) as vault, vault.session() as s:
        drafts = s.query(ReportSnapshot).filter_by(status="draft").all()
        assert [d.id for d in drafts] == [first]
        assert drafts[0].payload["narrative"]["summary"] == "Halfweg geschreven samenvatting, verder"


def test_freezing_is_never_where_next_was(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWizard

    window.resize(1366, 768)
    window.show()
    window.select_tab("report")
    wiz = window.tabs["report"].new_report()
    assert wiz is not None
    qtbot.waitExposed(wiz)
    next_at = wiz.button(QWizard.WizardButton.NextButton).geometry()
    while wiz.currentPage() is not wiz.pages_by_key["preview"]:
        wiz.pages_by_key["criteria"].rows and [cb.setChecked(True) for cb, _ in wiz.pages_by_key["criteria"].rows.values()]
        wiz.next()
    qtbot.wait(20)
    finish = wiz.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and not finish.geometry().intersects(next_at)
