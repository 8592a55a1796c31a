"""pytest-qt, the Activiteiten & signalen tab on its own: a podium activity turns the ambassador's
light (amber at 1, green at 3); a signal routed by area, forwarded and closed (closing needs a
response); overdue signals in red; filters; qtmodeltester on both models."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.config import Settings
from app.domain import Activity, Network, Signal
from app.domain.vocabulary import AmbassadorStatus, SignalStatus
from app.services import ambassador as amb_service
from app.services import signal as sig_service
from ui.context import AppContext
from ui.tabs.activities.view import Tab
from ui.tabs.ambassadors.view import Tab as AmbassadorsTab

TODAY = date(2026, 11, 24)


@pytest.fixture
def ctx(vault: Any) -> AppContext:
    c = AppContext(Settings(), clock=lambda: TODAY)
    c.vault = vault
    with vault.session() as s:
        net = Network(name="Wijkambassadeurs Mol", kind="neighbourhood", signal_due_days=30)
        s.add(net)
        s.commit()
        c.network_id = net.id
    return c


@pytest.fixture
def tab(qtbot: QtBot, ctx: AppContext) -> Iterator[Tab]:
    t = Tab(ctx)
    qtbot.addWidget(t)
    t.refresh()
    yield t


def test_podium_activity_turns_the_light(
    tab: Tab, ctx: AppContext, qtbot: QtBot, qtmodeltester: Any
) -> None:
    amb_tab = AmbassadorsTab(ctx)
    qtbot.addWidget(amb_tab)
    amb_tab.refresh()
    amb_tab.nominate("Zoë Maes")
    amb_tab.change_status(AmbassadorStatus.APPOINTED)
    amb_tab.change_status(AmbassadorStatus.ACTIVE)
    amb_id = amb_tab.current_id
    assert amb_id is not None
    ctx.data_changed.connect(lambda _kind: amb_tab.refresh_list())

    def light() -> str:
        colour = amb_tab.model.data(amb_tab.model.index(0, 4), Qt.ItemDataRole.ForegroundRole)
        assert isinstance(colour, QColor)
        return colour.name()

    assert light() == "#c62828"  # red: no podium yet
    tab.refresh()
    assert tab.act_empty.isVisibleTo(tab)
    lights = []
    for n in range(3):
        tab.new_activity()
        tab.a_kind.setCurrentIndex(tab.a_kind.findData("podium_presentation"))
        tab.a_title.setText(f"Presentatie {n + 1}")
        tab.a_place.setText("Cultuurcentrum")
        tab.set_participant(amb_id, Qt.CheckState.Checked)
        with qtbot.waitSignal(ctx.data_changed):
            tab.save_activity()
        assert tab.a_error.text() == ""
        lights.append(light())
    assert lights == ["#ef8f00", "#ef8f00", "#2e7d32"]  # amber, amber, green at 3
    qtmodeltester.check(tab.act_model)
    assert tab.act_model.rowCount() == 3
    # invited but absent does not count
    tab.new_activity()
    tab.a_kind.setCurrentIndex(tab.a_kind.findData("podium_workshop"))
    tab.set_participant(amb_id, Qt.CheckState.PartiallyChecked)
    tab.save_activity()
    assert amb_tab.podium[amb_id] == 3
    # editing an activity keeps its id; deleting (after confirmation) lowers the count
    act_id = next(a.id for a in tab.act_model.rows if a.title == "Presentatie 3")
    tab.open_record(act_id)
    assert tab.a_title.text() == "Presentatie 3" and tab.a_place.text() == "Cultuurcentrum"
    tab.a_kind.setCurrentIndex(tab.a_kind.findData("training"))
    tab.save_activity()
    assert amb_tab.podium[amb_id] == 2 and light() == "#ef8f00"
    tab.f_kind.setCurrentIndex(tab.f_kind.findData("training"))
    assert [a.id for a in tab.act_model.rows] == [act_id]
    tab.f_kind.setCurrentIndex(0)
    pytest.MonkeyPatch().setattr(
        QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes
    )
    tab.open_record(act_id)
    tab.delete_activity()
    with ctx.session() as s:
        assert s.get(Activity, act_id).deleted_at is not None  # type: ignore[union-attr]


def test_activity_needs_a_valid_date(tab: Tab) -> None:
    tab.new_activity()
    tab.a_date.setText("31/02/2026")
    tab.save_activity()
    assert tab.a_error.text() != ""
    assert tab.act_model.rowCount() == 0


def test_signal_routed_by_area_and_closed(tab: Tab, ctx: AppContext, qtmodeltester: Any) -> None:
    tab.views.setCurrentIndex(1)
    tab.rule_area.setText("Achterbos")
    tab.rule_responsible.setText("Schepen Ilse Verhaegen")
    tab.save_rule()
    assert tab.rules.count() == 1
    tab.new_signal()
    tab.s_topic.setText("Straatverlichting defect")
    tab.s_area.setText("achterbos")
    tab.s_area.editingFinished.emit()
    assert tab.s_responsible.text() == "Schepen Ilse Verhaegen"
    tab.save_signal()
    qtmodeltester.check(tab.sig_model)
    assert tab.sig_model.rowCount() == 1
    with ctx.session() as s:
        assert s.query(Signal).one().due_on == date(2026, 12, 24)
    tab.status_buttons[SignalStatus.FORWARDED].click()
    assert not tab.status_buttons[SignalStatus.FORWARDED].isVisibleTo(tab)
    tab.status_buttons[SignalStatus.CLOSED].click()
    assert "antwoord" in tab.s_error.text().lower()
    tab.s_response.setPlainText("Lamp vervangen door de technische dienst.")
    tab.status_buttons[SignalStatus.CLOSED].click()
    with ctx.session() as s:
        sig = s.query(Signal).one()
        assert sig.status == "closed" and sig.response.startswith("Lamp") and sig.closed_on == TODAY
        assert [c.to_status for c in sig.status_changes] == ["new", "forwarded", "closed"]
    assert tab.s_history.count() == 3


def test_overdue_red_filters_and_rules(
    tab: Tab, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert ctx.network_id is not None
    with ctx.session() as s:
        sig_service.create(
            s, ctx.network_id, date(2026, 9, 1), "Zwerfvuil", area="Centrum", responsible="Tom"
        )
        sig_service.create(
            s, ctx.network_id, date(2026, 11, 20), "Bankje", area="Achterbos", responsible="Ilse"
        )
        s.commit()
    tab.refresh()
    tab.views.setCurrentIndex(1)
    colours = {
        r.topic: tab.sig_model.data(tab.sig_model.index(i, 0), Qt.ItemDataRole.ForegroundRole)
        for i, r in enumerate(tab.sig_model.rows)
    }
    assert isinstance(colours["Zwerfvuil"], QColor) and colours["Zwerfvuil"].name() == "#b3261e"
    assert colours["Bankje"] is None
    tab.f_area.setCurrentIndex(tab.f_area.findData("Achterbos"))
    assert [r.topic for r in tab.sig_model.rows] == ["Bankje"]
    tab.f_area.setCurrentIndex(0)
    tab.f_responsible.setCurrentIndex(tab.f_responsible.findData("Tom"))
    assert [r.topic for r in tab.sig_model.rows] == ["Zwerfvuil"]
    tab.f_responsible.setCurrentIndex(0)
    tab.f_status.setCurrentIndex(tab.f_status.findData("closed"))
    assert tab.sig_model.rowCount() == 0 and not tab.sig_empty.isHidden()
    tab.f_status.setCurrentIndex(0)
    # delete a signal after confirmation
    tab.open_record(tab.sig_model.rows[0].id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.delete_signal()
    assert tab.sig_model.rowCount() == 1
    # routing rules editor: add, update (same area, any case), delete
    tab.rule_area.setText("Centrum")
    tab.rule_responsible.setText("Tom")
    tab.save_rule()
    tab.rule_area.setText("CENTRUM")
    tab.rule_responsible.setText("Schepen Tom Janssens")
    tab.save_rule()
    assert tab.rules.count() == 1 and "Tom Janssens" in tab.rules.item(0).text()
    tab.rules.setCurrentRow(0)
    tab.delete_rule()
    assert tab.rules.count() == 0
    tab.save_rule()
    assert "verantwoordelijke" in tab.s_error.text()


def test_clear_drops_everything(tab: Tab, ctx: AppContext) -> None:
    assert ctx.network_id is not None
    with ctx.session() as s:
        sig_service.create(s, ctx.network_id, TODAY, "Geluidsoverlast", area="Centrum")
        amb_service.create(s, ctx.network_id, "Eva", on=TODAY)
        s.commit()
    tab.refresh()
    tab.clear()
    assert (
        tab.sig_model.rowCount() == 0
        and tab.act_model.rowCount() == 0
        and tab.a_ambassadors.count() == 0
    )
