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
    assert tab.activities.empty.isVisibleTo(tab)
    lights = []
    for n in range(3):
        tab.activities.new_record()
        tab.activities.form.kind.setCurrentIndex(tab.activities.form.kind.findData("podium_presentation"))
        tab.activities.form.title.setText(f"Presentatie {n + 1}")
        tab.activities.form.place.setText("Cultuurcentrum")
        tab.activities.form.set_participant(amb_id, Qt.CheckState.Checked)
        with qtbot.waitSignal(ctx.data_changed):
            tab.activities.save()
        assert tab.activities.error.text() == ""
        lights.append(light())
    assert lights == ["#ef8f00", "#ef8f00", "#2e7d32"]  # amber, amber, green at 3
    qtmodeltester.check(tab.activities.model)
    assert tab.activities.model.rowCount() == 3
    # invited but absent does not count
    tab.activities.new_record()
    tab.activities.form.kind.setCurrentIndex(tab.activities.form.kind.findData("podium_workshop"))
    tab.activities.form.set_participant(amb_id, Qt.CheckState.PartiallyChecked)
    tab.activities.save()
    assert amb_tab.podium[amb_id] == 3
    # editing an activity keeps its id; deleting (after confirmation) lowers the count
    act_id = next(a.id for a in tab.activities.model.rows if a.title == "Presentatie 3")
    tab.open_record(act_id)
    assert tab.activities.form.title.text() == "Presentatie 3" and tab.activities.form.place.text() == "Cultuurcentrum"
    tab.activities.form.kind.setCurrentIndex(tab.activities.form.kind.findData("training"))
    tab.activities.save()
    assert amb_tab.podium[amb_id] == 2 and light() == "#ef8f00"
    tab.activities.f_kind.setCurrentIndex(tab.activities.f_kind.findData("training"))
    assert [a.id for a in tab.activities.model.rows] == [act_id]
    tab.activities.f_kind.setCurrentIndex(0)
    pytest.MonkeyPatch().setattr(
        QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes
    )
    tab.open_record(act_id)
    tab.activities.delete_record()
    with ctx.vault.session() as s:
        assert s.get(Activity, act_id).deleted_at is not None  # type: ignore[union-attr]


def test_activity_needs_a_valid_date(tab: Tab) -> None:
    tab.activities.new_record()
    tab.activities.form.held_on.setText("31/02/2026")
    tab.activities.save()
    assert tab.activities.error.text() != ""
    assert tab.activities.model.rowCount() == 0


def test_signal_routed_by_area_and_closed(tab: Tab, ctx: AppContext, qtmodeltester: Any) -> None:
    tab.views.setCurrentIndex(1)
    tab.signals.routing.area.setText("Achterbos")
    tab.signals.routing.responsible.setText("Schepen Ilse Verhaegen")
    tab.signals.routing.save()
    assert tab.signals.routing.rules.count() == 1
    tab.signals.new_record()
    tab.signals.form.topic.setText("Straatverlichting defect")
    tab.signals.form.area.setText("achterbos")
    tab.signals.form.area.editingFinished.emit()
    assert tab.signals.form.responsible.text() == "Schepen Ilse Verhaegen"
    tab.signals.save()
    qtmodeltester.check(tab.signals.model)
    assert tab.signals.model.rowCount() == 1
    with ctx.vault.session() as s:
        assert s.query(Signal).one().due_on == date(2026, 12, 24)
    tab.signals.form.status_buttons[SignalStatus.FORWARDED].click()
    assert not tab.signals.form.status_buttons[SignalStatus.FORWARDED].isVisibleTo(tab)
    tab.signals.form.status_buttons[SignalStatus.CLOSED].click()
    assert "antwoord" in tab.signals.error.text().lower()
    tab.signals.form.response.setPlainText("Lamp vervangen door de technische dienst.")
    tab.signals.form.status_buttons[SignalStatus.CLOSED].click()
    with ctx.vault.session() as s:
        sig = s.query(Signal).one()
        assert sig.status == "closed" and sig.response.startswith("Lamp") and sig.closed_on == TODAY
        assert [c.to_status for c in sig.status_changes] == ["new", "forwarded", "closed"]
    assert tab.signals.form.history.count() == 3


def test_overdue_red_filters_and_rules(
    tab: Tab, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert ctx.network_id is not None
    with ctx.vault.session() as s:
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
        r.topic: tab.signals.model.data(tab.signals.model.index(i, 0), Qt.ItemDataRole.ForegroundRole)
        for i, r in enumerate(tab.signals.model.rows)
    }
    assert isinstance(colours["Zwerfvuil"], QColor) and colours["Zwerfvuil"].name() == "#b3261e"
    assert colours["Bankje"] is None
    tab.signals.f_area.setCurrentIndex(tab.signals.f_area.findData("Achterbos"))
    assert [r.topic for r in tab.signals.model.rows] == ["Bankje"]
    tab.signals.f_area.setCurrentIndex(0)
    tab.signals.f_responsible.setCurrentIndex(tab.signals.f_responsible.findData("Tom"))
    assert [r.topic for r in tab.signals.model.rows] == ["Zwerfvuil"]
    tab.signals.f_responsible.setCurrentIndex(0)
    tab.signals.f_status.setCurrentIndex(tab.signals.f_status.findData("closed"))
    assert tab.signals.model.rowCount() == 0 and not tab.signals.empty.isHidden()
    tab.signals.f_status.setCurrentIndex(0)
    # delete a signal after confirmation
    tab.open_record(tab.signals.model.rows[0].id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.signals.delete_record()
    assert tab.signals.model.rowCount() == 1
    # routing rules editor: add, update (same area, any case), delete
    tab.signals.routing.area.setText("Centrum")
    tab.signals.routing.responsible.setText("Tom")
    tab.signals.routing.save()
    tab.signals.routing.area.setText("CENTRUM")
    tab.signals.routing.responsible.setText("Schepen Tom Janssens")
    tab.signals.routing.save()
    assert tab.signals.routing.rules.count() == 1 and "Tom Janssens" in tab.signals.routing.rules.item(0).text()
    tab.signals.routing.rules.setCurrentRow(0)
    tab.signals.routing.delete()
    assert tab.signals.routing.rules.count() == 0
    tab.signals.routing.save()
    assert "verantwoordelijke" in tab.signals.routing.error.text()


def test_clear_drops_everything(tab: Tab, ctx: AppContext) -> None:
    assert ctx.network_id is not None
    with ctx.vault.session() as s:
        sig_service.create(s, ctx.network_id, TODAY, "Geluidsoverlast", area="Centrum")
        amb_service.create(s, ctx.network_id, "Eva", on=TODAY)
        s.commit()
    tab.refresh()
    tab.clear()
    # no rows on screen: the editors drop their models
    assert tab.signals.table.model() is None and tab.activities.table.model() is None
    assert tab.activities.form.ambassadors.count() == 0
    assert tab.signals.f_area.count() == 1 and tab.signals.form.topic.text() == ""
