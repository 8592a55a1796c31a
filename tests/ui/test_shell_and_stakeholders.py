"""pytest-qt: network profile and stakeholders (create, edit, filter, contact moment, grid drag + undo).
The shell's own tests (create, unlock, lock, dashboard, language) are in test_shell_lock.py and
test_shell_window.py."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.domain import Interaction, Network, Stakeholder
from ui.main_window import MainWindow
from ui.tabs.stakeholders.grid import MoveCommand, from_scene

TODAY = date(2026, 11, 24)


def test_create_edit_filter_stakeholders(qtbot: QtBot, opened: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    opened.select_tab("stakeholders")
    tab = opened.tabs["stakeholders"]
    assert tab.model is not None and tab.model.rowCount() == 0 and not tab.empty.isHidden()
    tab.new_record()
    tab.form.name.setText("Chiro Sint-Jozef")
    tab.form.category.setCurrentIndex(tab.form.category.findData("youth_movement"))
    tab.form.places.setValue(4)
    tab.form.next_contact.setText("31/02/2026")
    tab.save()
    assert "Volgend contact" in tab.error.text()  # a bad date is explained, nothing saved
    tab.form.next_contact.setText("01/12/2026")
    tab.save()
    assert "zijde" in tab.error.text() and tab.model.rowCount() == 0  # a new stakeholder's side is asked for
    tab.form.side.setCurrentIndex(tab.form.side.findData("supply"))
    tab.form.next_contact.setText("01/12/2026")
    tab.save()
    tab.new_record()
    tab.form.name.setText("OCMW Gent")
    assert tab.form.category.currentData() is None and tab.form.side.currentData() is None  # nothing preselected
    tab.form.category.setCurrentIndex(tab.form.category.findData("ocmw"))
    tab.form.side.setCurrentIndex(tab.form.side.findData("demand"))
    tab.save()
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == 2
    tab.search.setText("chiro")
    tab.apply_filters()
    assert tab.model.rowCount() == 1
    tab.search.clear()
    tab.f_places.setChecked(True)
    assert tab.model.rowCount() == 1
    tab.f_places.setChecked(False)
    tab.f_side.setCurrentIndex(tab.f_side.findData("demand"))
    assert tab.model.data(tab.model.index(0, 0)) == "OCMW Gent"
    # edit: the stage change is logged
    tab.open_record(tab.model.data(tab.model.index(0, 0), Qt.ItemDataRole.UserRole))
    tab.form.stage.setCurrentIndex(tab.form.stage.findData("maintained"))
    tab.save()
    assert tab.form.history.count() == 2
    # contact moment
    tab.log_interaction("visit", date(2026, 11, 20), "kennismaking", date(2026, 12, 10))
    with opened.ctx.vault.session() as s:
        assert s.scalar(select(Interaction.note)) == "kennismaking"
        sh = s.scalars(select(Stakeholder).where(Stakeholder.name == "OCMW Gent")).one()
        assert sh.next_contact_on == date(2026, 12, 10)
    assert tab.form.interactions.count() == 1
    tab.delete_current()
    tab.f_side.setCurrentIndex(0)
    assert tab.model.rowCount() == 1


def test_grid_drag_saves_and_undo_restores(qtbot: QtBot, opened: MainWindow) -> None:
    ctx = opened.ctx
    with ctx.vault.session() as s:
        sh = Stakeholder(network_id=ctx.network_id, name="Schepen van Jeugd", influence=80, interest=30)
        s.add(sh)
        s.commit()
        record_id = sh.id
    opened.select_tab("stakeholders")
    tab = opened.tabs["stakeholders"]
    opened.select_tab("stakeholders")
    tab.views.setCurrentIndex(1)
    dot = tab.grid.dots[record_id]
    dot.start = from_scene(dot.pos())
    dot.setPos(QPointF(540, 60))  # interest 90, influence 90
    tab.grid.undo.push(MoveCommand(tab.grid, record_id, dot.start, from_scene(dot.pos())))
    with ctx.vault.session() as s:
        moved = s.get(Stakeholder, record_id)
        assert moved is not None and (moved.influence, moved.interest) == (90, 90)
    tab.grid.undo.undo()
    with ctx.vault.session() as s:
        back = s.get(Stakeholder, record_id)
        assert back is not None and (back.influence, back.interest) == (80, 30)


def test_network_profile_save_and_fte_warning(qtbot: QtBot, opened: MainWindow) -> None:
    opened.select_tab("network")
    tab = opened.tabs["network"]
    tab.fte.setValue(0.3)
    assert "50 %" in tab.warnings.text()
    tab.name.setText("Verbindingsambassadeurs Leuven")
    tab.strategy_boxes["outreach"].setChecked(True)
    tab.save()
    with opened.ctx.vault.session() as s:
        net = s.get(Network, opened.ctx.network_id)
        assert net is not None and net.name == "Verbindingsambassadeurs Leuven" and net.fte == 0.3
        assert net.strategies == ["outreach"]


def test_contact_persons(qtbot: QtBot, opened: MainWindow) -> None:
    opened.select_tab("stakeholders")
    tab = opened.tabs["stakeholders"]
    tab.new_record()
    tab.form.name.setText("Sportclub Ledeberg")
    tab.form.category.setCurrentIndex(tab.form.category.findData("sports_club"))
    tab.form.side.setCurrentIndex(tab.form.side.findData("supply"))
    tab.save()
    tab.form.cp_name.setText("Hélène Dupré")
    tab.form.cp_role.setText("jeugdcoördinator")
    tab.form.cp_contact.setText("helene@club.be")
    tab.add_contact_person()
    assert tab.form.contacts.count() == 1 and "Hélène Dupré" in tab.form.contacts.item(0).text()
    tab.form.cp_name.clear()
    tab.add_contact_person()
    assert "naam" in tab.error.text()
    tab.form.contacts.setCurrentRow(0)
    tab.remove_contact_person()
    assert "Nog geen" in tab.form.contacts.item(0).text()


def test_network_support_and_indicators(qtbot: QtBot, opened: MainWindow) -> None:
    opened.select_tab("network")
    tab = opened.tabs["network"]
    tab.m_name.setText("Karim Bouzid")
    tab.m_role.setText("voorzitter")
    tab.add_member()
    assert tab.members.count() == 1 and "voorzitter" in tab.members.item(0).text()
    tab.meeting_date.setText("31/02/2026")
    tab.add_meeting()
    assert "bestaat niet" in tab.error.text()
    tab.meeting_date.setText("15/10/2026")
    tab.meeting_notes.setText("Cijfers eerste trimester")
    tab.add_meeting()
    assert tab.meetings.count() == 1
    tab.i_name.setText("Trajecten gestart")
    tab.i_metric.setCurrentIndex(tab.i_metric.findData("trajectories_started"))
    tab.i_year.setText("2026-2027")
    tab.i_target.setValue(80)
    tab.save_indicator()
    assert tab.indicator_list.count() == 1 and "2026-2027: streefcijfer 80" in tab.indicator_list.item(0).text()
    tab.i_year.setText("2026-2028")
    tab.save_indicator()
    assert "werkjaar" in tab.error.text()



def test_a_long_list_is_counted_up_to_the_cap_and_exactly_at_its_end(qtbot: QtBot, opened: MainWindow,  # type: ignore[no-untyped-def]
                                                                    monkeypatch) -> None:
    """As the user types, a search that matches most of a huge list is counted only up to the cap
    ("Meer dan 1000 stakeholders"); scrolling to the end of the list counts all and shows them."""
    from ui.tabs.stakeholders import view

    monkeypatch.setattr(view._Source, "count_cap", 5)
    from ui.widgets.table import TableModel

    monkeypatch.setattr(TableModel, "PAGE", 4)  # pages smaller than the cap
    ctx = opened.ctx
    with ctx.vault.session() as s:
        for i in range(9):
            s.add(Stakeholder(network_id=ctx.network_id, name=f"Jeugdhuis {i}", side="supply"))
        s.add(Stakeholder(network_id=ctx.network_id, name="OCMW Gent", side="demand"))
        s.commit()
    opened.select_tab("stakeholders")
    tab = opened.tabs["stakeholders"]
    tab.refresh()
    assert tab.model.rowCount() == 5 and tab.model.more and tab.model.canFetchMore()
    assert tab.count_label.text() == "Meer dan 5 stakeholders"
    assert "exacte aantal" in tab.count_label.toolTip()
    assert [tab.model.data(tab.model.index(r, 0)) for r in range(5)] == [f"Jeugdhuis {i}" for i in range(5)]
    tab.table.scrollToBottom()
    qtbot.waitUntil(lambda: not tab.model.more)  # the view asks for more at the end of the list
    assert tab.model.rowCount() == 10 and tab.count_label.text() == "10 stakeholders"
    assert tab.model.data(tab.model.index(9, 0)) == "OCMW Gent"
    tab.search.setText("huis")
    tab.apply_filters()  # a new search is counted up to the cap again
    assert tab.model.rowCount() == 5 and tab.count_label.text() == "Meer dan 5 stakeholders"
    tab.table.scrollToBottom()
    qtbot.waitUntil(lambda: tab.count_label.text() == "9 stakeholders")
    assert tab.model.rowCount() == 9 and not tab.model.more
    tab.search.setText("ocmw")
    tab.apply_filters()
    assert not tab.model.more and tab.count_label.text() == "1 stakeholder" and tab.count_label.toolTip() == ""


def test_a_capped_model_counts_again_after_each_reload(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from ui.widgets.table import Column, TableModel

    class Capped:
        count_cap = 3
        rows = [f"r{i}" for i in range(8)]
        asked: list[tuple[int, int]] = []

        def fetch(self, order_by: str, descending: bool, limit: int, offset: int) -> tuple[list[str], int]:
            self.asked.append((limit, offset))
            return self.rows[offset:offset + limit], min(len(self.rows), offset + self.count_cap + 1)

        def count(self) -> int:
            return len(self.rows)

    source = Capped()
    model = TableModel([Column("x", "X", "X", lambda r: r)], source=source)
    assert model.rowCount() == 3 and model.more and model.canFetchMore()
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.fetchMore()
    assert model.rowCount() == 8 and not model.canFetchMore() and inserted == [(3, 7)]
    assert model.data(model.index(7, 0)) == "r7"
    source.rows = source.rows[:2]
    model.reload()
    assert model.rowCount() == 2 and not model.more
    source.rows = [f"s{i}" for i in range(5)]
    model.reload()
    assert model.rowCount() == 3 and model.more  # capped again
    qtmodeltester.check(model)  # last: the tester fetches more itself
