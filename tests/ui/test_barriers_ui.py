"""pytest-qt: a provider's own barriers on the stakeholder form (supply side only), and the action
plan against the main barriers in the Trajecten tab's insight view."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.domain import BarrierAction, Stakeholder
from ui.main_window import MainWindow


def test_supply_barriers_on_the_stakeholder_form(qtbot: QtBot, opened: MainWindow) -> None:
    opened.select_tab("stakeholders")
    tab = opened.tabs["stakeholders"]
    tab.new_record()
    form = tab.form
    form.name.setText("Chiro Sint-Jozef")
    form.category.setCurrentIndex(form.category.findData("youth_movement"))
    form.side.setCurrentIndex(form.side.findData("demand"))
    assert form.supply_box.isHidden()  # a referrer has no provider's barriers
    form.side.setCurrentIndex(form.side.findData("supply"))
    assert not form.supply_box.isHidden()
    form.supply_barriers["waiting_list"].setChecked(True)
    form.supply_barriers["turnover"].setChecked(True)
    tab.save()
    with opened.ctx.vault.session() as s:
        assert s.query(Stakeholder).one().supply_barriers == ["waiting_list", "turnover"]


def test_an_action_against_a_barrier(qtbot: QtBot, opened: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    opened.select_tab("trajectories")
    tab = opened.tabs["trajectories"]
    tab.views.setCurrentIndex(1)
    plan = tab.insight.action_plan
    assert "Geen drempels geregistreerd" in plan.analysis.text()
    plan.what.setText("Vrijetijdspas afspreken met de gemeente")
    plan.owner.setText("Jeugddienst")
    plan.add_action()
    assert "Kies de drempel" in plan.error.text()
    plan.barrier.setCurrentIndex(plan.barrier.findData("unaffordable"))
    plan.due.setText("31/01/2027")
    plan.add_action()
    line = plan.plan.item(0).text()
    assert line == "Aanbod onbetaalbaar: Vrijetijdspas afspreken met de gemeente — Jeugddienst (tegen 31/01/2027)"
    plan.plan.setCurrentRow(0)
    plan.toggle_done()
    assert "afgerond op 24/11/2026" in plan.plan.item(0).text()
    plan.plan.setCurrentRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    plan.delete_action()
    assert "Nog geen acties" in plan.plan.item(0).text()
    with opened.ctx.vault.session() as s:
        assert s.query(BarrierAction).filter(BarrierAction.deleted_at.is_(None)).count() == 0
