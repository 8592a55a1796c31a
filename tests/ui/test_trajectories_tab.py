"""pytest-qt: the whole trajectory path in the GUI, and no name in the list unless asked."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.config import Settings
from app.domain import Stakeholder, Trajectory
from app.domain.vocabulary import MilestoneKind
from app.vault import Vault
from tests.conftest import PASSPHRASE
from ui.context import AppContext
from ui.main_window import MainWindow

TODAY = [date(2026, 10, 1)]


@pytest.fixture
def window(qtbot: QtBot, vault_path: Path) -> Iterator[MainWindow]:
    ctx = AppContext(Settings(), clock=lambda: TODAY[0])
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    w.vault_opened(vault)
    with ctx.vault.session() as s:
        s.add(Stakeholder(network_id=ctx.network_id, name="Basisschool De Regenboog", side="demand", category="school"))
        s.add(Stakeholder(network_id=ctx.network_id, name="Chiro Sint-Jozef", side="supply", category="youth_movement",
                          places_available=3, waiting_list=2))
        s.commit()
    w.refresh_all()
    yield w
    w.close()


def test_whole_trajectory_path(window: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    window.select_tab("trajectories")
    tab = window.tabs["trajectories"]
    tab.new_record()
    tab.form.birth_year.setValue(2016)
    tab.form.neighbourhood.setText("Rabot")
    tab.form.name.setText("Amira Benali")
    tab.form.referral.setCurrentIndex(tab.form.referral.findText("Basisschool De Regenboog"))
    tab.form.barrier_boxes["unaffordable"].setChecked(True)
    tab.save()
    assert tab.error.text() == ""
    assert tab.model.rowCount() == 1
    qtmodeltester.check(tab.model)
    code = tab.model.row_at(0).code
    assert code.endswith("-2026-001")
    tab.form.offer_box.pick.setCurrentIndex(tab.form.offer_box.pick.findData(next(
        i for i in (tab.form.offer_box.pick.itemData(k) for k in range(tab.form.offer_box.pick.count())) if i)))
    tab.add_offer()
    assert tab.form.offer_box.items.count() == 1 and "vrije plaatsen 3" in tab.form.offer_box.items.item(0).text()
    tab.record_outcome(MilestoneKind.TRIAL, date(2026, 10, 8), count=2)
    tab.record_outcome(MilestoneKind.ENROLLED, date(2026, 10, 20))
    # six months later the follow-up check is due, then overdue
    TODAY[0] = date(2027, 4, 25)
    tab.f_due.setChecked(True)
    assert tab.model.rowCount() == 1 and tab.model.row_at(0).next_kind == "still_active"
    assert tab.model.data(tab.model.index(0, 6), Qt.ItemDataRole.ForegroundRole) is not None  # overdue: red
    assert tab.model.data(tab.model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None
    window.select_tab("overview")
    overview = window.tabs["overview"]
    overview.refresh()
    assert any(code in i.title for i in overview.model.items)
    tab.record_outcome(MilestoneKind.STILL_ACTIVE, date(2027, 4, 25))
    TODAY[0] = date(2027, 9, 10)
    tab.reload_list()
    assert tab.model.row_at(0).next_kind == "re_enrolled"
    tab.record_outcome(MilestoneKind.RE_ENROLLED, date(2027, 9, 5))
    tab.form.closing.reason.setCurrentIndex(tab.form.closing.reason.findData("success"))
    tab.close_current()
    f_due_off = tab.f_due
    f_due_off.setChecked(False)
    assert tab.model.row_at(0).status == "closed"
    with window.ctx.vault.session() as s:
        t = s.query(Trajectory).one()
        assert t.closing_reason == "success" and t.name == "Amira Benali"
        assert sorted(m.kind for m in t.milestones if m.achieved_on) == sorted(
            ["first_contact", "trial", "enrolled", "still_active", "re_enrolled", "closed"])


def test_milestone_order_is_explained(window: MainWindow) -> None:
    window.select_tab("trajectories")
    tab = window.tabs["trajectories"]
    tab.new_record()
    tab.save()
    tab.record_outcome(MilestoneKind.ENROLLED, date(2026, 10, 2))
    assert "Proefmomenten" in tab.error.text()


def test_no_name_in_list_model_unless_requested(window: MainWindow) -> None:
    window.select_tab("trajectories")
    tab = window.tabs["trajectories"]
    tab.new_record()
    tab.form.name.setText("Geheime Naam")
    tab.save()
    model = tab.model
    roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole,
             Qt.ItemDataRole.EditRole, Qt.ItemDataRole.StatusTipRole]
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            for role in roles:
                assert "Geheime" not in str(model.data(model.index(row, col), role))
    assert tab.form.name.echoMode() != tab.form.name.EchoMode.Normal  # hidden until "Naam tonen"
    tab.form.show_name.setChecked(True)
    assert tab.form.name.echoMode() == tab.form.name.EchoMode.Normal


def test_insight_shows_funnel_and_benchmark(window: MainWindow) -> None:
    window.select_tab("trajectories")
    tab = window.tabs["trajectories"]
    for _ in range(3):
        tab.new_record()
        tab.save()
    tab.views.setCurrentIndex(1)
    assert tab.insight.funnel.items[0][1] == 3  # three started in this working year
    assert "geen norm" in tab.insight.benchmark.text() and "80" in tab.insight.benchmark.text()


def test_filters_by_worker_and_neighbourhood(window: MainWindow) -> None:
    window.select_tab("trajectories")
    tab = window.tabs["trajectories"]
    for hood in ("Rabot", "Ledeberg", "Rabot"):
        tab.new_record()
        tab.form.neighbourhood.setText(hood)
        tab.save()
    tab.refresh()
    tab.f_hood.setCurrentIndex(tab.f_hood.findData("Rabot"))
    assert tab.model.rowCount() == 2
    tab.f_hood.setCurrentIndex(0)
    assert tab.model.rowCount() == 3


def test_timeline_button_asks_and_records(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.tabs.trajectories.timeline import MilestoneDialog

    def answer(dialog: MilestoneDialog) -> int:
        dialog.when.setText("08/10/2026")
        dialog.count.setValue(3)
        dialog.note.setText("ging mee met de buurvrouw")
        return MilestoneDialog.DialogCode.Accepted

    monkeypatch.setattr(MilestoneDialog, "exec", answer)
    TODAY[0] = date(2026, 10, 1)  # the path test above moved it on
    window.select_tab("trajectories")
    tab = window.tabs["trajectories"]
    tab.new_record()
    buttons = tab.form.timeline.buttons
    assert not buttons["trial"].isEnabled()  # nothing to record before the first save
    tab.save()
    assert buttons["trial"].isEnabled() and not buttons["first_contact"].isEnabled()
    buttons["trial"].click()
    assert "3×" in buttons["trial"].text() and "08/10/2026" in buttons["trial"].text()
    with window.ctx.vault.session() as s:
        t = s.query(Trajectory).one()
        trial = next(m for m in t.milestones if m.kind == "trial")
        assert (trial.count, trial.note) == (3, "ging mee met de buurvrouw")
    tab.form.closing.reason.setCurrentIndex(tab.form.closing.reason.findData("other"))
    assert not tab.close_current()  # 'other' needs a note: said beside the closing button
    assert "andere" in tab.form.closing.error.text() and tab.error.text() == ""
    tab.form.closing.note.setText("verhuisd")
    assert tab.close_current()
    assert not any(b.isEnabled() for b in buttons.values()) and not tab.form.closing.button.isEnabled()
    assert "Afgesloten" in tab.heading.text() and tab.form.closing.note.text() == ""
