"""Nothing typed into a trajectory is lost: type into the form, leave it every way a user can, and
find it saved (a valid form) or kept as a draft in the vault and put back (an invalid one). Plus
the list model's checks and its sort order (numbers as numbers, dates as dates)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.domain import Setting, Stakeholder, Trajectory, TrajectoryBarrier
from app.domain.vocabulary import MilestoneKind
from app.services import drafts
from app.services import trajectory as service
from app.services.trajectory_views import TrajectoryRow
from tests.ui.conftest import TODAY, lock_by_idle, reopen
from ui.main_window import MainWindow
from ui.tabs.trajectories.model import trajectory_columns
from ui.tabs.trajectories.view import Tab
from ui.widgets.table import TableModel


def _saved(window: MainWindow) -> list[tuple[str, str, int | None]]:
    """(neighbourhood, wishes, birth year) of every live trajectory, by neighbourhood."""
    with window.ctx.vault.session() as s:  # type: ignore[union-attr]
        rows = s.execute(select(Trajectory.neighbourhood, Trajectory.wishes, Trajectory.birth_year)
                         .where(Trajectory.deleted_at.is_(None)).order_by(Trajectory.neighbourhood)).all()
        return [tuple(r) for r in rows]  # type: ignore[misc]


def _drafts(window: MainWindow) -> list[drafts.Draft]:
    with window.ctx.vault.session() as s:  # type: ignore[union-attr]
        return drafts.all_drafts(s)


def _tab(window: MainWindow) -> Tab:
    window.select_tab("trajectories")
    tab = window.tabs["trajectories"]
    assert isinstance(tab, Tab)
    return tab


def _typed(window: MainWindow, hood: str, started: str | None = None, birth_year: int = 2016) -> Tab:
    tab = _tab(window)
    tab.new_record()
    tab.form.neighbourhood.setText(hood)
    tab.form.wishes.setPlainText("wil graag voetballen")
    tab.form.birth_year.setValue(birth_year)
    tab.form.name.setText("Amira Benali")
    tab.form.barrier_boxes["unaffordable"].setChecked(True)
    tab.form.custom_barrier.setText("taal")
    if started is not None:
        tab.form.started.setText(started)
    return tab


def test_valid_form_is_saved_on_tab_switch(qtbot: QtBot, opened: MainWindow) -> None:
    _typed(opened, "Rabot")
    opened.select_tab("ambassadors")
    assert _saved(opened) == [("Rabot", "wil graag voetballen", 2016)]
    with opened.ctx.vault.session() as s:  # type: ignore[union-attr]
        t = s.scalars(select(Trajectory)).one()
        assert t.name == "Amira Benali" and t.started_on == TODAY
        assert sorted((b.barrier, b.custom) for b in s.scalars(select(TrajectoryBarrier))) == [
            ("other", "taal"), ("unaffordable", "")]


def test_valid_form_is_saved_when_another_record_is_chosen_and_on_new(qtbot: QtBot, opened: MainWindow) -> None:
    tab = _typed(opened, "Rabot")
    tab.new_record()  # Ctrl+N with work in the form
    assert [h for h, _w, _b in _saved(opened)] == ["Rabot"]
    tab.form.neighbourhood.setText("Ledeberg")
    first = tab.model.data(tab.model.index(0, 0), Qt.ItemDataRole.UserRole)
    tab.table.selectRow(0)  # another record chosen in the list
    assert [h for h, _w, _b in _saved(opened)] == ["Ledeberg", "Rabot"]
    assert tab.current_id == first


def test_edit_is_saved_on_ctrl_l_and_on_close(qtbot: QtBot, opened: MainWindow, vault_path: Path) -> None:
    _typed(opened, "Sluizeken")
    opened.lock(ask_unlock=False)
    tab = opened.tabs["trajectories"]
    assert tab.form.neighbourhood.text() == "" and tab.form.name.text() == ""  # nothing on screen while locked
    reopen(opened, vault_path)
    assert [h for h, _w, _b in _saved(opened)] == ["Sluizeken"]
    tab = _tab(opened)
    tab.open_record(tab.model.data(tab.model.index(0, 0), Qt.ItemDataRole.UserRole))
    tab.form.wishes.setPlainText("zwemmen op woensdag")
    opened.close()
    reopen(opened, vault_path)
    assert _saved(opened) == [("Sluizeken", "zwemmen op woensdag", 2016)]


def test_an_action_button_keeps_the_typing_first(qtbot: QtBot, opened: MainWindow) -> None:
    tab = _typed(opened, "Muide")
    assert tab.save()
    tab.form.wishes.setPlainText("judo")
    assert tab.add_support()  # the support is added and the typed wish is not thrown away
    tab.form.neighbourhood.setText("Meulestede")
    assert tab.record_outcome(MilestoneKind.TRIAL, date(2026, 11, 26), count=2)
    assert _saved(opened) == [("Meulestede", "judo", 2016)]
    assert tab.form.support_box.items.count() == 1 and not tab.dirty()


def test_invalid_form_becomes_a_draft_on_idle_lock_and_comes_back(qtbot: QtBot, opened: MainWindow,
                                                                   vault_path: Path) -> None:
    opened.show()
    _typed(opened, "Brugse Poort", started="31/02/2026")  # no such date
    lock_by_idle(opened)
    assert opened.ctx.vault is None
    assert "concept" in opened.statusBar().currentMessage()
    assert "Amira" not in opened.statusBar().currentMessage()  # the code or 'nieuw traject', never the name
    tab = opened.tabs["trajectories"]
    assert tab.form.neighbourhood.text() == "" and tab.form.name.text() == ""
    reopen(opened, vault_path)
    tab = _tab(opened)
    assert tab.form.neighbourhood.text() == "Brugse Poort" and tab.form.started.text() == "31/02/2026"
    assert tab.form.wishes.toPlainText() == "wil graag voetballen" and tab.form.birth_year.value() == 2016
    assert tab.form.name.text() == "Amira Benali" and not tab.form.show_name.isChecked()  # still hidden
    assert tab.form.barrier_boxes["unaffordable"].isChecked() and tab.form.custom_barrier.text() == "taal"
    assert tab.draft_bar.isVisibleTo(tab) and tab.current_id is None
    tab.form.started.setText("28/02/2026")
    assert tab.save()
    assert _saved(opened) == [("Brugse Poort", "wil graag voetballen", 2016)]
    assert _drafts(opened) == []  # saving removed the draft


def test_a_refused_birth_year_shows_beside_its_field_and_is_kept_as_a_draft(qtbot: QtBot,
                                                                          opened: MainWindow) -> None:
    tab = _typed(opened, "Wondelgem")
    assert tab.save()
    record_id = tab.current_id
    tab.form.birth_year.setValue(1985)  # the service refuses it
    tab.form.wishes.setPlainText("tekenen")
    assert not tab.save()
    labels = [w for w in tab.form.findChildren(type(tab.error)) if w.objectName() == "fieldError"]
    assert len(labels) == 1 and "1990" in labels[0].text()
    opened.keep_all_work()  # e.g. switching networks
    with opened.ctx.vault.session() as s:  # type: ignore[union-attr]
        found = drafts.get(s, "trajectory", opened.ctx.network_id or "", record_id)
        assert found is not None and found.state["birth_year"] == 1985 and found.title.endswith("-2026-001")
        assert s.get(Trajectory, record_id).wishes == "wil graag voetballen"  # type: ignore[union-attr]
    tab.new_record()
    tab.open_record(record_id)  # type: ignore[arg-type]
    assert tab.draft_bar.isVisibleTo(tab) and tab.form.wishes.toPlainText() == "tekenen"
    tab.discard_draft()
    assert tab.form.birth_year.value() == 2016 and not tab.draft_bar.isVisibleTo(tab)
    with opened.ctx.vault.session() as s:  # type: ignore[union-attr]
        assert s.scalars(select(Setting).where(Setting.key.like("draft.%"))).all() == []


def test_deleting_a_trajectory_removes_its_draft(qtbot: QtBot, opened: MainWindow) -> None:
    tab = _typed(opened, "Oostakker")
    assert tab.save()
    tab.form.started.setText("99/99/2026")
    opened.keep_all_work()
    assert len(_drafts(opened)) == 1
    tab.delete_current()
    assert _saved(opened) == [] and _drafts(opened) == []
    assert tab.model.rowCount() == 0 and tab.form.neighbourhood.text() == "" and tab.form.name.text() == ""


def test_offer_before_the_first_save_is_explained_beside_the_offer(qtbot: QtBot, opened: MainWindow) -> None:
    with opened.ctx.vault.session() as s:  # type: ignore[union-attr]
        s.add(Stakeholder(network_id=opened.ctx.network_id, name="Chiro Sint-Jozef", side="supply",
                          category="youth_movement", places_available=3, waiting_list=2))
        s.commit()
    tab = _typed(opened, "Rabot")
    tab.refresh()
    assert not tab.add_offer()
    box = tab.form.offer_box
    assert "Bewaar het traject eerst" in box.error.text() and tab.error.text() == ""
    assert box.error.parentWidget() is box  # in the offer's own box, beside its button
    assert tab.save() and box.error.text() == ""
    assert tab.add_offer() and box.items.count() == 1 and "vrije plaatsen 3" in box.items.item(0).text()


def test_list_model_checks_and_sorts_by_raw_values(qtbot: QtBot, opened: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    with opened.ctx.vault.session() as s:  # type: ignore[union-attr]
        network_id = opened.ctx.network_id or ""
        for started, birth in ((date(2026, 10, 20), 2016), (date(2026, 11, 5), 2009), (date(2025, 12, 1), None)):
            service.create(s, network_id, started, birth_year=birth)
        s.commit()
    tab = _tab(opened)
    tab.refresh()
    qtmodeltester.check(tab.model)

    def column(c: int) -> list[object]:
        return [tab.model.index(r, c).data() for r in range(tab.model.rowCount())]

    assert column(7) == ["05/11/2026", "20/10/2026", "01/12/2025"]  # newest first, as dates (not as text)
    tab.table.sortByColumn(7, Qt.SortOrder.AscendingOrder)
    assert column(7) == ["01/12/2025", "20/10/2026", "05/11/2026"]
    tab.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert column(1) == ["2009", "2016", ""]  # unknown last
    tab.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert column(1) == ["2016", "2009", ""]
    # the same columns over a list in memory: numbers sort as numbers (9 before 10)
    rows = [TrajectoryRow(str(i), f"T-{i}", by, "", "", "open", d, None, None)
            for i, by, d in ((1, 10, date(2026, 1, 31)), (2, 9, date(2026, 2, 1)), (3, None, date(2025, 12, 31)))]
    model = TableModel(trajectory_columns("nl"), "nl")
    model.set_rows(rows)
    qtmodeltester.check(model)
    model.sort(1)
    assert [model.index(r, 1).data() for r in range(3)] == ["9", "10", ""]
    model.sort(7)
    assert [model.index(r, 7).data() for r in range(3)] == ["31/12/2025", "31/01/2026", "01/02/2026"]
