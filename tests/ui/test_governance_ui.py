"""pytest-qt, neighbourhood governance in the Activiteiten & signalen tab (seed 004): a user records an
agreement for the term, sees it in red when it is overdue and marks it done; records a village
council meeting, is refused attendance for a meeting still to come, notes the minutes received;
deletes after a question; adds a topic rule and sees a new signal carry both the area's ambassador
and the portfolio holder. The pages are there for neighbourhood networks only."""

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
from app.domain import Commitment, CouncilMeeting, Network, Signal
from app.services import governance
from app.services.attention import attention_items
from ui.context import AppContext
from ui.tabs.activities.view import COMMITMENTS, MEETINGS, Tab

TODAY = date(2026, 11, 24)


@pytest.fixture
def ctx(vault: Any) -> AppContext:
    c = AppContext(Settings(), clock=lambda: TODAY)
    c.vault = vault
    with vault.session() as s:
        net = Network(name="Wijkambassadeurs Lommel", kind="neighbourhood", signal_due_days=30)
        other = Network(name="Verbindingsambassadeurs Gent", kind="connection")
        s.add_all([net, other])
        s.commit()
        c.network_id = net.id
        c.other_id = other.id  # type: ignore[attr-defined]
    return c


@pytest.fixture
def tab(qtbot: QtBot, ctx: AppContext) -> Iterator[Tab]:
    t = Tab(ctx)
    qtbot.addWidget(t)
    t.show()
    t.refresh()
    yield t


def test_pages_only_for_neighbourhood_networks(tab: Tab, ctx: AppContext) -> None:
    assert tab.views.isTabVisible(COMMITMENTS) and tab.views.isTabVisible(MEETINGS)
    assert tab.views.tabText(COMMITMENTS) == "Afspraken (convenant)" and tab.views.tabText(MEETINGS) == "Dorpsraden"
    tab.views.setCurrentIndex(1)
    assert tab.signals.rule_pages.isTabVisible(1) and tab.signals.form.portfolio_holder.isVisibleTo(tab)
    tab.views.setCurrentIndex(COMMITMENTS)
    ctx.network_id = ctx.other_id  # type: ignore[attr-defined]
    tab.refresh()
    assert not tab.views.isTabVisible(COMMITMENTS) and not tab.views.isTabVisible(MEETINGS)
    assert tab.views.currentIndex() == 0  # left the page that is no longer there
    assert not tab.signals.rule_pages.isTabVisible(1)
    tab.views.setCurrentIndex(1)
    tab.signals.new_record()
    assert not tab.signals.form.portfolio_holder.isVisibleTo(tab)


def test_agreement_recorded_overdue_in_red_and_marked_done(tab: Tab, ctx: AppContext, qtbot: QtBot,
                                                           qtmodeltester: Any,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    editor = tab.commitments
    tab.views.setCurrentIndex(COMMITMENTS)
    assert editor.empty.isVisibleTo(tab) and "bestuursperiode" in editor.empty.text()
    editor.new_record()
    editor.form.title.setPlainText("Notulen van de dorpsraden naar wijkambassadeur en gebiedsmanager")
    editor.save()
    assert "Wie neemt de afspraak op" in editor.error.text()  # the owner is missing, shown beside it
    assert any("Wie neemt" in lab.text() for lab in editor._field_errors)
    editor.form.owner.setText("Dorpsraden")
    editor.form.due_on.setText("31/10/2026")
    with qtbot.waitSignal(ctx.data_changed):
        assert editor.save()
    assert editor.model is not None and editor.model.rowCount() == 1
    qtmodeltester.check(editor.model)
    colour = editor.model.data(editor.model.index(0, 0), Qt.ItemDataRole.ForegroundRole)
    assert isinstance(colour, QColor) and colour.name() == "#b3261e"  # overdue: red
    assert ctx.vault is not None
    with ctx.vault.session() as s:
        titles = [i.title for i in attention_items(s, ctx.network_id or "", TODAY)]
    assert any(t.startswith("Afspraak: Notulen van de dorpsraden") for t in titles)
    assert editor.form.done_button.isVisibleTo(tab)
    editor.form.done_button.click()
    with ctx.vault.session() as s:
        row = s.query(Commitment).one()
        assert (row.status, row.done_on) == ("done", TODAY)
    assert editor.model.data(editor.model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert not editor.form.done_button.isVisibleTo(tab)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    editor.delete_record()
    assert editor.model.rowCount() == 1  # Cancel keeps it
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    editor.delete_record()
    assert editor.model.rowCount() == 0 and editor.empty.isVisibleTo(tab)


def test_council_meeting_attendance_and_minutes(tab: Tab, ctx: AppContext, qtbot: QtBot, qtmodeltester: Any) -> None:
    editor = tab.meetings
    tab.views.setCurrentIndex(MEETINGS)
    assert editor.empty.isVisibleTo(tab)
    editor.new_record()
    assert editor.form.held_on.text() == "24/11/2026"  # today by default
    editor.form.council.setText("Dorpsraad Achterbos")
    editor.form.held_on.setText("08/12/2026")
    editor.form.ambassador_present.setChecked(True)
    editor.save()
    assert "na de vergadering" in editor.error.text()  # a meeting still to come
    editor.form.ambassador_present.setChecked(False)
    assert editor.save()
    editor.new_record()
    editor.form.council.setText("Dorpsraad Kolonie")
    editor.form.held_on.setText("06/10/2026")
    editor.form.invitation_received_on.setText("28/09/2026")
    editor.form.ambassador_present.setChecked(True)
    editor.form.area_manager_present.setChecked(True)
    editor.form.minutes_received_on.setText("01/10/2026")
    editor.save()
    assert "vóór de vergadering" in editor.error.text()
    editor.form.minutes_received_on.clear()
    with qtbot.waitSignal(ctx.data_changed):
        assert editor.save()
    assert editor.model is not None and editor.model.rowCount() == 2
    qtmodeltester.check(editor.model)
    kolonie = editor.model.row_of(editor.current_id)
    assert editor.model.data(editor.model.index(kolonie, 3)) == "ontbreken"  # a month and more: missing
    assert editor.model.data(editor.model.index(kolonie, 4)) == "ja"
    assert editor.form.minutes_button.isVisibleTo(tab)
    editor.form.minutes_button.click()
    assert ctx.vault is not None
    with ctx.vault.session() as s:
        row = s.query(CouncilMeeting).filter_by(council="Dorpsraad Kolonie").one()
        assert row.minutes_received_on == TODAY and row.ambassador_present and row.area_manager_present
        assert governance.attendance(s, ctx.network_id or "", date(2026, 1, 1), date(2026, 12, 31), TODAY).held == 1
    assert editor.model.data(editor.model.index(editor.model.row_of(editor.current_id), 3)) == "24/11/2026"
    assert not editor.form.minutes_button.isVisibleTo(tab)
    editor.new_record()  # the councils met before are offered
    assert editor.form.council.completer().model().stringList() == ["Dorpsraad Achterbos", "Dorpsraad Kolonie"]


def test_topic_rule_and_a_signal_with_both_names(tab: Tab, ctx: AppContext, qtbot: QtBot) -> None:
    tab.views.setCurrentIndex(1)
    signals = tab.signals
    signals.rule_pages.setCurrentIndex(1)
    rules = signals.topic_routing
    assert rules.empty.isVisibleTo(tab)
    rules.topic.setText("Mobiliteit")
    assert not rules.save() and "portefeuillehouder" in rules.error.text()
    rules.portfolio_holder.setText("Schepen Karim Bouzid")
    assert rules.save() and rules.rules.count() == 1 and not rules.empty.isVisibleTo(tab)
    signals.routing.area.setText("Kolonie")
    signals.routing.responsible.setText("Schepen Ilse Verhaegen")
    assert signals.routing.save()
    signals.new_record()
    signals.form.area.setText("Kolonie")
    signals.form.area.editingFinished.emit()
    signals.form.topic.setText("Mobiliteit: de belbus")
    signals.form.topic.editingFinished.emit()
    assert signals.form.responsible.text() == "Schepen Ilse Verhaegen"
    assert signals.form.portfolio_holder.text() == "Schepen Karim Bouzid"
    with qtbot.waitSignal(ctx.data_changed):
        assert signals.save()
    assert ctx.vault is not None
    with ctx.vault.session() as s:
        sig = s.query(Signal).one()
        assert (sig.responsible, sig.portfolio_holder) == ("Schepen Ilse Verhaegen", "Schepen Karim Bouzid")
    rules.rules.setCurrentRow(0)
    rules.delete()
    assert rules.rules.count() == 0


def test_overview_item_opens_the_record(tab: Tab, ctx: AppContext) -> None:
    assert ctx.vault is not None and ctx.network_id is not None
    with ctx.vault.session() as s:
        row = governance.add_meeting(s, ctx.network_id, "Dorpsraad Lutlommel", date(2026, 11, 30), today=TODAY)
        s.commit()
        meeting_id = row.id
    tab.refresh()
    tab.open_record(meeting_id)
    assert tab.views.currentIndex() == MEETINGS and tab.meetings.current_id == meeting_id
    assert tab.meetings.form.council.text() == "Dorpsraad Lutlommel"
