"""Nothing typed is lost in Activiteiten & signalen: type into the activity form, the signal form
and the routing rule, leave each way a user can (another record, New, the other page, another tab,
Ctrl+L, the idle lock, closing the window), and find the work saved (valid) or kept as a draft in
the vault and put back (invalid). Plus the models' contract and sorting on raw values."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.domain import Activity, Network, RoutingRule, Signal
from app.domain.vocabulary import SignalStatus
from app.services import activity as act_service
from app.services import ambassador as amb_service
from app.services import drafts
from app.services import signal as sig_service
from tests.ui.conftest import TODAY, reopen
from ui.main_window import MainWindow
from ui.tabs.activities.view import Tab
from ui.widgets.table import SORT_ROLE


def _tab(window: MainWindow) -> Tab:
    window.select_tab("activities")
    tab: Tab = window.tabs["activities"]
    return tab


def _titles(window: MainWindow) -> list[str]:
    with window.ctx.vault.session() as s:  # type: ignore[union-attr]
        return sorted(s.scalars(select(Activity.title).where(Activity.deleted_at.is_(None))))


def _topics(window: MainWindow) -> list[str]:
    with window.ctx.vault.session() as s:  # type: ignore[union-attr]
        return sorted(s.scalars(select(Signal.topic).where(Signal.deleted_at.is_(None))))


def _typed_activity(window: MainWindow, title: str, held_on: str = "12/11/2026") -> Tab:
    tab = _tab(window)
    tab.views.setCurrentWidget(tab.activities)
    tab.activities.new_record()
    tab.activities.form.kind.setCurrentIndex(tab.activities.form.kind.findData("podium_presentation"))
    tab.activities.form.title.setText(title)
    tab.activities.form.held_on.setText(held_on)
    tab.activities.form.notes.setPlainText("met koffie achteraf")
    return tab


def _typed_signal(window: MainWindow, topic: str, raised_on: str = "20/11/2026") -> Tab:
    tab = _tab(window)
    tab.views.setCurrentWidget(tab.signals)
    tab.signals.new_record()
    tab.signals.form.topic.setText(topic)
    tab.signals.form.raised_on.setText(raised_on)
    tab.signals.form.area.setText("Achterbos")
    tab.signals.form.description.setPlainText("al drie weken")
    return tab


def _ambassador(window: MainWindow, name: str = "Zoë Maes") -> str:
    with window.ctx.vault.session() as s:  # type: ignore[union-attr]
        amb = amb_service.create(s, window.ctx.network_id or "", name, on=TODAY)
        s.commit()
        return amb.id


def _idle_lock(window: MainWindow) -> None:
    now = [1000.0]
    window.idle.clock = lambda: now[0]
    window.idle.minutes = 5
    window.idle.start()
    now[0] += 5 * 60 + 1
    window.idle.timer.timeout.emit()  # the idle lock never waits for an answer
    assert window.ctx.vault is None


# -- activities ------------------------------------------------------------------------------------
def test_activity_is_saved_on_tab_switch_on_new_and_on_another_record(qtbot: QtBot, opened: MainWindow) -> None:
    _typed_activity(opened, "Presentatie in de bib")
    opened.select_tab("ambassadors")
    assert _titles(opened) == ["Presentatie in de bib"]
    tab = _typed_activity(opened, "Workshop storytelling")
    tab.activities.new_record()  # Ctrl+N with work in the form
    assert _titles(opened) == ["Presentatie in de bib", "Workshop storytelling"]
    tab.activities.form.title.setText("Bedankdiner")
    tab.activities.form.held_on.setText("01/10/2026")
    first = tab.activities.model.data(tab.activities.model.index(0, 0), Qt.ItemDataRole.UserRole)
    tab.activities.table.selectRow(0)  # another record chosen in the list
    assert _titles(opened) == ["Bedankdiner", "Presentatie in de bib", "Workshop storytelling"]
    assert tab.activities.current_id == first


def test_activity_is_saved_when_the_page_switches_to_signals(qtbot: QtBot, opened: MainWindow) -> None:
    tab = _typed_activity(opened, "Infomoment")
    tab.views.setCurrentWidget(tab.signals)
    assert _titles(opened) == ["Infomoment"]
    assert "automatisch bewaard" in opened.statusBar().currentMessage()


def test_activity_edit_is_saved_on_ctrl_l_and_on_close(qtbot: QtBot, opened: MainWindow, vault_path: Path) -> None:
    amb_id = _ambassador(opened)
    tab = _typed_activity(opened, "Bedrijfsbezoek")
    tab.activities.form.set_participant(amb_id, Qt.CheckState.Checked)
    opened.lock(ask_unlock=False)
    assert tab.activities.form.title.text() == "" and tab.activities.form.ambassadors.count() == 0
    reopen(opened, vault_path)
    assert _titles(opened) == ["Bedrijfsbezoek"]
    tab = _tab(opened)
    act_id = tab.activities.model.data(tab.activities.model.index(0, 0), Qt.ItemDataRole.UserRole)
    tab.open_record(act_id)
    assert tab.activities.form.title.text() == "Bedrijfsbezoek"
    tab.activities.form.set_participant(amb_id, Qt.CheckState.PartiallyChecked)  # invited, did not come
    opened.close()
    reopen(opened, vault_path)
    with opened.ctx.vault.session() as s:  # type: ignore[union-attr]
        act = act_service.get(s, act_id)
        assert act_service.attendance(act) == {amb_id: False}  # a changed tick alone is work too


def test_invalid_activity_becomes_a_draft_on_idle_lock_and_comes_back(qtbot: QtBot, opened: MainWindow,
                                                                      vault_path: Path) -> None:
    opened.show()
    amb_id = _ambassador(opened)
    tab = _typed_activity(opened, "Interview lokale krant", held_on="31/02/2026")  # no such date
    tab.activities.form.set_participant(amb_id, Qt.CheckState.PartiallyChecked)
    _idle_lock(opened)
    assert "concept" in opened.statusBar().currentMessage()
    assert tab.activities.form.title.text() == ""  # nothing of it stays on screen while locked
    reopen(opened, vault_path)
    tab = _tab(opened)
    form = tab.activities.form
    assert form.title.text() == "Interview lokale krant" and form.held_on.text() == "31/02/2026"
    assert form.notes.toPlainText() == "met koffie achteraf" and form.kind.currentData() == "podium_presentation"
    assert form.ambassadors.item(0).checkState() == Qt.CheckState.PartiallyChecked  # the half tick came back
    assert tab.activities.draft_bar.isVisibleTo(tab) and tab.activities.current_id is None
    form.held_on.setText("28/02/2026")
    assert tab.activities.save()
    assert _titles(opened) == ["Interview lokale krant"]
    with opened.ctx.vault.session() as s:  # type: ignore[union-attr]
        assert drafts.all_drafts(s) == []
        (act,) = act_service.list_activities(s, opened.ctx.network_id or "")
        assert act_service.attendance(act) == {amb_id: False}


def test_activity_error_is_shown_beside_the_date(qtbot: QtBot, opened: MainWindow) -> None:
    tab = _typed_activity(opened, "Vorming", held_on="")
    assert not tab.activities.save()
    labels = [w for w in tab.activities.form.findChildren(QLabel) if w.objectName() == "fieldError"]
    assert len(labels) == 1 and "datum" in labels[0].text()
    tab.activities.form.held_on.setText("99/99/2026")
    assert not tab.activities.save() and "bestaat niet" in tab.activities.error.text()


# -- signals ---------------------------------------------------------------------------------------
def test_signal_is_saved_on_tab_switch_new_another_record_and_page_switch(qtbot: QtBot, opened: MainWindow) -> None:
    _typed_signal(opened, "Straatverlichting")
    opened.select_tab("stakeholders")
    assert _topics(opened) == ["Straatverlichting"]
    tab = _typed_signal(opened, "Zwerfvuil")
    tab.signals.new_record()
    assert _topics(opened) == ["Straatverlichting", "Zwerfvuil"]
    tab.signals.form.topic.setText("Bankje kapot")
    tab.signals.table.selectRow(0)
    assert _topics(opened) == ["Bankje kapot", "Straatverlichting", "Zwerfvuil"]
    tab.signals.form.response.setPlainText("Doorgegeven aan de groendienst.")
    tab.views.setCurrentWidget(tab.activities)
    with opened.ctx.vault.session() as s:  # type: ignore[union-attr]
        assert sig_service.get(s, tab.signals.current_id or "").response == "Doorgegeven aan de groendienst."


def test_signal_edit_is_saved_on_ctrl_l_and_on_close(qtbot: QtBot, opened: MainWindow, vault_path: Path) -> None:
    _typed_signal(opened, "Geluidsoverlast")
    opened.lock(ask_unlock=False)
    assert _tab(opened).signals.form.topic.text() == ""
    reopen(opened, vault_path)
    assert _topics(opened) == ["Geluidsoverlast"]
    tab = _tab(opened)
    sig_id = tab.signals.model.data(tab.signals.model.index(0, 0), Qt.ItemDataRole.UserRole)
    tab.open_record(sig_id)  # the tab finds a signal on the signals page
    assert tab.views.currentWidget() is tab.signals and tab.signals.current_id == sig_id
    tab.signals.form.topic.setText("Geluidsoverlast 's nachts")
    opened.close()
    reopen(opened, vault_path)
    assert _topics(opened) == ["Geluidsoverlast 's nachts"]


def test_invalid_signal_becomes_a_draft_on_idle_lock_and_comes_back(qtbot: QtBot, opened: MainWindow,
                                                                    vault_path: Path) -> None:
    opened.show()
    _typed_signal(opened, "")  # a signal needs a topic
    _idle_lock(opened)
    assert "concept" in opened.statusBar().currentMessage()
    reopen(opened, vault_path)
    tab = _tab(opened)
    assert tab.views.currentWidget() is tab.signals  # the page the user left
    form = tab.signals.form
    assert form.area.text() == "Achterbos" and form.description.toPlainText() == "al drie weken"
    assert form.raised_on.text() == "20/11/2026" and tab.signals.draft_bar.isVisibleTo(tab.signals)
    form.topic.setText("Losliggende tegel")
    assert tab.signals.save()
    assert _topics(opened) == ["Losliggende tegel"]
    with opened.ctx.vault.session() as s:  # type: ignore[union-attr]
        assert drafts.all_drafts(s) == []


def test_signal_draft_of_an_existing_record_on_network_switch(qtbot: QtBot, opened: MainWindow) -> None:
    amb_id = _ambassador(opened, "Karim Bouzid")
    tab = _typed_signal(opened, "Parkeren")
    tab.signals.form.raised_by_kind.setCurrentIndex(tab.signals.form.raised_by_kind.findData("ambassador"))
    assert tab.signals.form.raised_by.currentData() == amb_id
    assert tab.signals.save()
    sig_id = tab.signals.current_id
    tab.signals.form.due_on.setText("01/01/2020")  # before the signal was raised: refused
    opened.keep_all_work()
    with opened.ctx.vault.session() as s:  # type: ignore[union-attr]
        found = drafts.get(s, "signal", opened.ctx.network_id or "", sig_id)
        assert found is not None and found.state["due_on"] == "01/01/2020"
        sig = sig_service.get(s, sig_id or "")
        assert sig.due_on == date(2026, 12, 20) and sig.raised_by_ambassador_id == amb_id
    tab.signals.open_record(sig_id or "")
    assert tab.signals.form.due_on.text() == "01/01/2020"
    assert tab.signals.form.raised_by.currentData() == amb_id
    # a status step with a form that cannot be saved changes nothing and says why
    tab.signals.change_status(SignalStatus.FORWARDED)
    assert "antwoorddatum" in tab.signals.error.text()
    with opened.ctx.vault.session() as s:  # type: ignore[union-attr]
        assert sig_service.get(s, sig_id or "").status == "new"
    tab.signals.discard_draft()
    assert tab.signals.form.due_on.text() == "20/12/2026"
    tab.signals.change_status(SignalStatus.FORWARDED)
    assert not tab.signals.form.status_buttons[SignalStatus.FORWARDED].isVisibleTo(tab.signals)


def test_signal_error_is_shown_beside_the_topic(qtbot: QtBot, opened: MainWindow) -> None:
    tab = _typed_signal(opened, " ")
    assert not tab.signals.save()
    labels = [w for w in tab.signals.form.findChildren(QLabel) if w.objectName() == "fieldError"]
    assert len(labels) == 1 and "onderwerp" in labels[0].text()


# -- the routing rule being typed ----------------------------------------------------------------------
def test_routing_rule_is_saved_when_complete_and_kept_as_draft_when_not(qtbot: QtBot, opened: MainWindow,
                                                                        vault_path: Path) -> None:
    tab = _tab(opened)
    tab.views.setCurrentWidget(tab.signals)
    routing = tab.signals.routing
    routing.area.setText("Centrum")
    routing.responsible.setText("Schepen Tom")
    opened.select_tab("ambassadors")
    with opened.ctx.vault.session() as s:  # type: ignore[union-attr]
        assert [(r.area, r.responsible) for r in s.scalars(select(RoutingRule))] == [("Centrum", "Schepen Tom")]
    tab = _tab(opened)
    routing.area.setText("Achterbos")  # the responsible is still missing
    opened.lock(ask_unlock=False)
    assert routing.area.text() == "" and routing.rules.count() == 0
    reopen(opened, vault_path)
    _tab(opened)
    assert routing.area.text() == "Achterbos" and "teruggezet" in routing.error.text()
    routing.responsible.setText("Schepen Ilse")
    assert routing.save()
    assert routing.rules.count() == 2
    with opened.ctx.vault.session() as s:  # type: ignore[union-attr]
        assert drafts.all_drafts(s) == []


def test_network_switch_keeps_each_networks_work_apart(qtbot: QtBot, opened: MainWindow) -> None:
    first = opened.ctx.network_id
    with opened.ctx.vault.session() as s:  # type: ignore[union-attr]
        s.add(Network(name="Wijkambassadeurs Hasselt", kind="neighbourhood"))
        s.commit()
    opened.reload_networks()
    tab = _typed_activity(opened, "Netwerkavond")
    tab.views.setCurrentWidget(tab.signals)  # saves the activity
    tab.signals.routing.area.setText("Kolonie")  # no responsible yet: a draft of the first network
    opened.network_box.setCurrentIndex(opened.network_box.findText("Wijkambassadeurs Hasselt"))
    assert opened.ctx.network_id != first
    assert tab.signals.routing.area.text() == "" and tab.signals.routing.rules.count() == 0
    with opened.ctx.vault.session() as s:  # type: ignore[union-attr]
        (draft,) = drafts.all_drafts(s)
        assert (draft.network_id, draft.area, draft.state["area"]) == (first, "routing_rule", "Kolonie")
        assert [a.network_id for a in s.scalars(select(Activity))] == [first]
    opened.network_box.setCurrentIndex(opened.network_box.findData(first))
    assert tab.signals.routing.area.text() == "Kolonie"


# -- the models ------------------------------------------------------------------------------------
def test_models_and_sorting_on_raw_values(qtbot: QtBot, opened: MainWindow, qtmodeltester: Any) -> None:
    people = [_ambassador(opened, f"Ambassadeur {n:02d}") for n in range(10)]
    with opened.ctx.vault.session() as s:  # type: ignore[union-attr]
        network_id = opened.ctx.network_id or ""
        act_service.create(s, network_id, "training", date(2026, 1, 31), "Tien", ambassador_ids=people)
        act_service.create(s, network_id, "training", date(2026, 2, 1), "Negen", ambassador_ids=people[:9])
        act_service.create(s, network_id, "training", date(2025, 12, 5), "Twee", ambassador_ids=people[:2])
        sig_service.create(s, network_id, date(2026, 1, 31), "Januari")
        sig_service.create(s, network_id, date(2026, 2, 1), "Februari")
        sig_service.create(s, network_id, date(2025, 11, 10), "November")
        s.commit()
    tab = _tab(opened)
    tab.refresh()
    acts, sigs = tab.activities.model, tab.signals.model
    assert acts is not None and sigs is not None
    qtmodeltester.check(acts)
    qtmodeltester.check(sigs)
    assert [r.title for r in acts.rows] == ["Negen", "Tien", "Twee"]  # newest first
    tab.activities.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # participants: 2, 9, 10 (not "10" < "2")
    assert [acts.data(acts.index(i, 4)) for i in range(3)] == ["2", "9", "10"]
    assert acts.data(acts.index(2, 4), SORT_ROLE) == 10
    tab.activities.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # dates as dates, not as dd/mm text
    assert [acts.data(acts.index(i, 0)) for i in range(3)] == ["05/12/2025", "31/01/2026", "01/02/2026"]
    tab.signals.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [r.topic for r in sigs.rows] == ["November", "Januari", "Februari"]
    tab.signals.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # the answer date
    assert [r.topic for r in sigs.rows] == ["Februari", "Januari", "November"]
    assert sigs.data(sigs.index(2, 0), Qt.ItemDataRole.ForegroundRole).name() == "#b3261e"  # overdue
    tab.activities.f_kind.setCurrentIndex(tab.activities.f_kind.findData("event"))
    assert acts.rowCount() == 0 and tab.activities.empty.text() == tab.activities.filtered_empty_text
