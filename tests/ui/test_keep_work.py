"""Nothing typed is lost: type into a record form, leave it every way a user can, and find the text
saved (a valid form) or kept as a draft in the vault and put back (an invalid one)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.domain import Setting, Stakeholder
from app.services import drafts
from tests.ui.conftest import lock_by_idle, reopen
from ui.main_window import MainWindow


def _names(window: MainWindow) -> list[str]:
    with window.ctx.vault.session() as s:  # type: ignore[union-attr]
        return list(s.scalars(select(Stakeholder.name).where(Stakeholder.deleted_at.is_(None))))


def _typed_stakeholder(window: MainWindow, name: str, next_contact: str = "") -> None:
    window.select_tab("stakeholders")
    tab = window.tabs["stakeholders"]
    tab.new_record()
    tab.form.name.setText(name)
    tab.form.category.setCurrentIndex(tab.form.category.findData("playground"))
    tab.form.side.setCurrentIndex(tab.form.side.findData("supply"))
    tab.form.notes.setPlainText("belt terug na de vakantie")
    tab.form.next_contact.setText(next_contact)


def test_valid_form_is_saved_on_tab_switch(qtbot: QtBot, opened: MainWindow) -> None:
    _typed_stakeholder(opened, "Speelplein De Kring")
    opened.select_tab("ambassadors")
    assert _names(opened) == ["Speelplein De Kring"]


def test_valid_form_is_saved_when_another_record_is_chosen_and_on_new(qtbot: QtBot, opened: MainWindow) -> None:
    _typed_stakeholder(opened, "Bib Ledeberg")
    tab = opened.tabs["stakeholders"]
    tab.new_record()  # Ctrl+N with work in the form
    assert _names(opened) == ["Bib Ledeberg"]
    tab.form.name.setText("Sportdienst")
    tab.form.category.setCurrentIndex(tab.form.category.findData("sports_club"))
    tab.form.side.setCurrentIndex(tab.form.side.findData("supply"))
    first = tab.model.data(tab.model.index(0, 0), 256)
    tab.table.selectRow(0)  # another record chosen in the list
    assert sorted(_names(opened)) == ["Bib Ledeberg", "Sportdienst"]
    assert tab.current_id == first


def test_edit_is_saved_on_ctrl_l_and_on_close(qtbot: QtBot, opened: MainWindow, vault_path: Path) -> None:
    _typed_stakeholder(opened, "Chiro")
    opened.lock(ask_unlock=False)
    reopen(opened, vault_path)
    assert _names(opened) == ["Chiro"]
    tab = opened.tabs["stakeholders"]
    opened.select_tab("stakeholders")
    tab.open_record(tab.model.data(tab.model.index(0, 0), 256))
    tab.form.name.setText("Chiro Sint-Jozef")
    opened.close()
    reopen(opened, vault_path)
    assert _names(opened) == ["Chiro Sint-Jozef"]


def test_invalid_form_becomes_a_draft_on_idle_lock_and_comes_back(qtbot: QtBot, opened: MainWindow,
                                                                   vault_path: Path) -> None:
    opened.show()
    _typed_stakeholder(opened, "Jeugdhuis Kwadraat", next_contact="31/02/2027")  # no such date
    lock_by_idle(opened)
    assert opened.ctx.vault is None
    assert "concept" in opened.statusBar().currentMessage()
    tab = opened.tabs["stakeholders"]
    assert tab.form.name.text() == ""  # nothing of it stays on screen while locked
    reopen(opened, vault_path)
    opened.select_tab("stakeholders")
    assert tab.form.name.text() == "Jeugdhuis Kwadraat" and tab.form.next_contact.text() == "31/02/2027"
    assert tab.form.notes.toPlainText() == "belt terug na de vakantie"
    assert tab.draft_bar.isVisibleTo(tab) and tab.current_id is None
    tab.form.next_contact.setText("28/02/2027")
    assert tab.save()
    assert _names(opened) == ["Jeugdhuis Kwadraat"]
    with opened.ctx.vault.session() as s:  # type: ignore[union-attr]
        assert drafts.all_drafts(s) == []  # saving removed the draft


def test_draft_of_an_existing_record_is_kept_on_network_switch_and_discarded_on_request(
        qtbot: QtBot, opened: MainWindow) -> None:
    _typed_stakeholder(opened, "Buurtcentrum")
    tab = opened.tabs["stakeholders"]
    assert tab.save()
    record_id = tab.current_id
    tab.form.name.setText("")  # a name is required: this cannot be saved
    opened.keep_all_work()
    with opened.ctx.vault.session() as s:  # type: ignore[union-attr]
        found = drafts.get(s, "stakeholder", opened.ctx.network_id or "", record_id)
        assert found is not None and found.state["name"] == ""
        assert s.get(Stakeholder, record_id).name == "Buurtcentrum"  # type: ignore[union-attr]
    tab.open_record(record_id)  # type: ignore[arg-type]
    assert tab.draft_bar.isVisibleTo(tab)
    tab.discard_draft()
    assert tab.form.name.text() == "Buurtcentrum" and not tab.draft_bar.isVisibleTo(tab)
    with opened.ctx.vault.session() as s:  # type: ignore[union-attr]
        assert s.scalars(select(Setting).where(Setting.key.like("draft.%"))).all() == []


def test_error_is_shown_beside_its_field(qtbot: QtBot, opened: MainWindow) -> None:
    _typed_stakeholder(opened, "", next_contact="")
    tab = opened.tabs["stakeholders"]
    assert not tab.save()
    labels = [w for w in tab.form.findChildren(type(tab.error)) if w.objectName() == "fieldError"]
    assert len(labels) == 1 and "naam" in labels[0].text()
    tab.form.name.setText("Turnkring")
    assert tab.save()
    assert [w for w in tab.form.findChildren(type(tab.error)) if w.objectName() == "fieldError"
            and w.isVisibleTo(tab.form)] == []


def test_erasing_a_person_removes_their_draft(qtbot: QtBot, opened: MainWindow) -> None:
    from app.io.gdpr import erase

    _typed_stakeholder(opened, "Fatima El Idrissi")
    tab = opened.tabs["stakeholders"]
    tab.form.kind.setCurrentIndex(tab.form.kind.findData("person"))
    assert tab.save()
    record_id = tab.current_id
    tab.form.next_contact.setText("99/99/2027")
    opened.keep_all_work()
    with opened.ctx.vault.session() as s:  # type: ignore[union-attr]
        assert drafts.get(s, "stakeholder", opened.ctx.network_id or "", record_id) is not None
        erase(s, record_id)  # type: ignore[arg-type]
    with opened.ctx.vault.session() as s:  # type: ignore[union-attr]
        assert drafts.all_drafts(s) == []


def test_network_profile_is_kept_on_tab_switch_and_lock(qtbot: QtBot, opened: MainWindow, vault_path: Path) -> None:
    from app.domain import Network

    opened.select_tab("network")
    tab = opened.tabs["network"]
    tab.texts["needs"].setPlainText("Gezinnen vinden de weg naar de speelpleinen niet.")
    tab.steps.setCurrentRow(4)
    tab.m_name.setText("An Peeters")  # a member typed, not added yet
    opened.select_tab("stakeholders")
    with opened.ctx.vault.session() as s:  # type: ignore[union-attr]
        assert s.scalars(select(Network.needs)).one() == "Gezinnen vinden de weg naar de speelpleinen niet."
    opened.select_tab("network")
    tab.name.setText("")  # a network needs a name: cannot be saved
    opened.lock(ask_unlock=False)
    reopen(opened, vault_path)
    opened.select_tab("network")
    assert tab.name.text() == "" and tab.m_name.text() == "An Peeters" and tab.draft_bar.isVisibleTo(tab)
    tab.name.setText("Verbinding Gent")
    assert tab.save()
    with opened.ctx.vault.session() as s:  # type: ignore[union-attr]
        assert s.scalars(select(Network.name)).one() == "Verbinding Gent"


def test_network_save_is_in_view_at_1366x768(qtbot: QtBot, opened: MainWindow) -> None:
    opened.resize(1366, 768)
    opened.show()
    opened.select_tab("network")
    tab = opened.tabs["network"]
    for step in range(6):
        tab.steps.setCurrentRow(step)
        qtbot.wait(10)
        top_left = tab.save_button.mapTo(opened, tab.save_button.rect().topLeft())
        assert tab.save_button.isVisible() and 0 <= top_left.y() <= opened.height() - tab.save_button.height(), step


def test_the_form_says_when_a_filter_leaves_its_record_out(qtbot: QtBot, opened: MainWindow) -> None:
    _typed_stakeholder(opened, "Speelplein De Kring")
    tab = opened.tabs["stakeholders"]
    assert tab.save()
    _typed_stakeholder(opened, "Bib Ledeberg")
    assert tab.save()
    tab.search.setText("kring")
    tab.apply_filters()
    assert tab.form.name.text() == "Bib Ledeberg" and tab.filtered_out.isVisibleTo(tab)
    tab.search.clear()
    tab.apply_filters()
    assert not tab.filtered_out.isVisibleTo(tab)


def test_the_grid_says_which_list_filters_apply_and_has_a_legend(qtbot: QtBot, opened: MainWindow) -> None:
    for name in ("Speelplein De Kring", "Bib Ledeberg"):
        _typed_stakeholder(opened, name)
        assert opened.tabs["stakeholders"].save()
    tab = opened.tabs["stakeholders"]
    tab.views.setCurrentIndex(1)
    assert "2 stakeholders op het raster" in tab.grid_note.text() and "filters" not in tab.grid_note.text()
    assert "Kleur: relatiefase" in tab.grid_legend.text() and "Grootte" in tab.grid_legend.text()
    tab.search.setText("kring")
    tab.apply_filters()
    assert "zoekterm ‘kring’" in tab.grid_note.text() and "1 stakeholder op het raster" in tab.grid_note.text()
    assert len(tab.grid.dots) == 1
    tab.views.setCurrentIndex(2)
    assert "gelden hier niet" in tab.funnel_note.text()
