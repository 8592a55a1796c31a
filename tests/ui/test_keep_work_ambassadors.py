"""Nothing typed is lost on the Ambassadeurs tab: type into the nomination/ambassador form (and the
questionnaire, and the group-phase note), leave it every way a user can, and find the work saved
(valid) or kept as a draft in the vault and put back (invalid). Plus the roster model under
qtmodeltester and sorting on raw values (10 after 9, dates as dates)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.domain import Ambassador, GroupPhaseEntry
from app.services import activity as act_service
from app.services import ambassador as service
from app.services import drafts
from app.services.network import create_network
from tests.ui.conftest import TODAY, lock_by_idle, reopen
from ui.main_window import MainWindow
from ui.tabs.ambassadors.model import PODIUM_COLUMN
from ui.tabs.ambassadors.questionnaire import QuestionnaireDialog
from ui.tabs.ambassadors.view import Tab


def _people(window: MainWindow) -> dict[str, Ambassador]:
    with window.ctx.vault.session() as s:  # type: ignore[union-attr]
        found = s.scalars(select(Ambassador).where(Ambassador.deleted_at.is_(None))).all()
        for a in found:
            s.expunge(a)
        return {a.name: a for a in found}


def _tab(window: MainWindow) -> Tab:
    window.select_tab("ambassadors")
    tab = window.tabs["ambassadors"]
    assert isinstance(tab, Tab)
    return tab


def _typed_nomination(window: MainWindow, name: str, charter: str = "") -> Tab:
    tab = _tab(window)
    tab.new_record()  # ‘Voordragen’ (Ctrl+N)
    assert tab.heading.text() == "Nieuwe voordracht"
    tab.form.name.setText(name)
    tab.form.nominated_by.setText("Karim Bouzid")
    tab.form.organisation.setText("Bakkerij De Zon")
    tab.form.feedback.setPlainText("wil graag een workshop geven")
    tab.form.engagement["hosting"].setChecked(True)
    tab.form.charter.setText(charter)
    return tab


def _all_drafts(window: MainWindow) -> list[drafts.Draft]:
    with window.ctx.vault.session() as s:  # type: ignore[union-attr]
        return drafts.all_drafts(s)


def test_nomination_is_saved_on_tab_switch(qtbot: QtBot, opened: MainWindow) -> None:
    _typed_nomination(opened, "Şeyma Yılmaz")
    opened.select_tab("stakeholders")
    found = _people(opened)["Şeyma Yılmaz"]
    assert found.status == "nominated" and found.nominated_on == TODAY and found.nominated_by == "Karim Bouzid"
    assert found.organisation == "Bakkerij De Zon" and found.engagement_types == ["hosting"]
    assert found.feedback == "wil graag een workshop geven"
    with opened.ctx.vault.session() as s:  # type: ignore[union-attr]
        assert [c.to_status for c in s.get(Ambassador, found.id).status_changes] == ["nominated"]  # type: ignore[union-attr]


def test_saved_when_another_record_is_chosen_and_on_new(qtbot: QtBot, opened: MainWindow) -> None:
    tab = _typed_nomination(opened, "Anna Claes")
    tab.new_record()  # Ctrl+N with work in the form
    assert list(_people(opened)) == ["Anna Claes"]
    tab.form.name.setText("Bram De Smet")
    assert tab.model is not None
    first = tab.model.data(tab.model.index(0, 0), Qt.ItemDataRole.UserRole)
    tab.table.selectRow(0)  # another record chosen in the list
    assert sorted(_people(opened)) == ["Anna Claes", "Bram De Smet"]
    assert tab.current_id == first
    tab.form.role.setText("schepen")  # an edit of an existing ambassador, then the next one
    tab.open_record(_people(opened)["Bram De Smet"].id)  # e.g. from the overview's attention list
    assert _people(opened)["Anna Claes"].role == "schepen" and tab.form.name.text() == "Bram De Smet"


def test_the_chosen_row_stays_selected_after_an_automatic_save(qtbot: QtBot, opened: MainWindow) -> None:
    tab = _typed_nomination(opened, "Anna Claes")
    tab.new_record()
    tab.form.name.setText("Bram De Smet")
    tab.table.selectRow(0)  # Anna chosen; Bram saved on the way
    assert tab.model is not None and tab.model.row_of(tab.current_id) == 0
    assert [i.row() for i in tab.table.selectionModel().selectedRows()] == [0]


def test_edit_is_saved_on_ctrl_l_and_on_close(qtbot: QtBot, opened: MainWindow, vault_path: Path) -> None:
    _typed_nomination(opened, "Chris Wouters")
    opened.lock(ask_unlock=False)
    reopen(opened, vault_path)
    assert list(_people(opened)) == ["Chris Wouters"]
    tab = _tab(opened)
    tab.open_record(_people(opened)["Chris Wouters"].id)
    tab.form.likes.setText("koken voor de buurt")
    tab.form.profile.setCurrentIndex(tab.form.profile.findData("coach"))
    opened.close()
    reopen(opened, vault_path)
    found = _people(opened)["Chris Wouters"]
    assert found.likes == "koken voor de buurt" and found.motivation_profile == "coach"


def test_invalid_form_becomes_a_draft_on_idle_lock_and_comes_back(qtbot: QtBot, opened: MainWindow,
                                                                   vault_path: Path) -> None:
    opened.show()
    _typed_nomination(opened, "Dirk Peeters", charter="31/02/2027")  # no such date
    lock_by_idle(opened)
    assert opened.ctx.vault is None
    assert "concept" in opened.statusBar().currentMessage()
    tab = opened.tabs["ambassadors"]
    assert tab.form.name.text() == "" and tab.form.organisation.text() == ""  # nothing stays on screen
    reopen(opened, vault_path)
    tab = _tab(opened)
    assert tab.form.name.text() == "Dirk Peeters" and tab.form.charter.text() == "31/02/2027"
    assert tab.form.feedback.toPlainText() == "wil graag een workshop geven"
    assert tab.form.engagement["hosting"].isChecked() and tab.form.nominated_by.text() == "Karim Bouzid"
    assert tab.draft_bar.isVisibleTo(tab) and tab.current_id is None
    tab.form.charter.setText("28/02/2027")
    assert tab.save()
    found = _people(opened)["Dirk Peeters"]
    assert found.charter_signed_on == date(2027, 2, 28) and found.status == "nominated"
    assert _all_drafts(opened) == []  # saving removed the draft


def test_draft_of_an_existing_ambassador_survives_a_network_switch(qtbot: QtBot, opened: MainWindow) -> None:
    tab = _typed_nomination(opened, "Eva Janssens")
    assert tab.save()
    record_id = tab.current_id
    first_network = opened.ctx.network_id
    with opened.ctx.vault.session() as s:  # type: ignore[union-attr]
        create_network(s, "Wijkambassadeurs Mol")
        s.commit()
    opened.reload_networks()
    tab.form.name.setText("")  # a name is required: this cannot be saved
    tab.form.consent.setChecked(True)
    tab.form.diversity["sector"].setText("zorg")
    other = next(i for i in range(opened.network_box.count()) if opened.network_box.itemData(i) != first_network)
    opened.network_box.setCurrentIndex(other)
    assert opened.ctx.network_id != first_network
    assert tab.form.name.text() == "" and tab.current_id is None  # the other network shows nothing of it
    with opened.ctx.vault.session() as s:  # type: ignore[union-attr]
        kept = drafts.get(s, "ambassador", first_network or "", record_id)
        assert kept is not None and kept.state["name"] == "" and kept.state["sector"] == "zorg"
        assert s.get(Ambassador, record_id).name == "Eva Janssens"  # type: ignore[union-attr]
    back = next(i for i in range(opened.network_box.count()) if opened.network_box.itemData(i) == first_network)
    opened.network_box.setCurrentIndex(back)
    tab = _tab(opened)
    assert tab.current_id == record_id and tab.draft_bar.isVisibleTo(tab)
    assert tab.form.name.text() == "" and tab.form.diversity["sector"].text() == "zorg"
    assert tab.form.diversity["sector"].isEnabled()
    tab.discard_draft()
    assert tab.form.name.text() == "Eva Janssens" and tab.form.diversity["sector"].text() == ""
    assert not tab.draft_bar.isVisibleTo(tab) and _all_drafts(opened) == []


def test_error_is_shown_beside_its_field_and_nothing_is_written(qtbot: QtBot, opened: MainWindow) -> None:
    tab = _typed_nomination(opened, "   ")
    assert not tab.save()
    labels = [w for w in tab.form.findChildren(type(tab.error)) if w.objectName() == "fieldError"]
    assert len(labels) == 1 and "naam" in labels[0].text() and _people(opened) == {}
    tab.form.name.setText("Fien")
    tab.form.charter.setText("99/99/2026")
    assert not tab.save()
    labels = [w for w in tab.form.findChildren(type(tab.error)) if w.objectName() == "fieldError"
              and w.isVisibleTo(tab.form)]
    assert len(labels) == 1 and "Charter" in labels[0].text()
    tab.form.charter.setText("")
    assert tab.save() and list(_people(opened)) == ["Fien"]


def test_typed_details_are_kept_before_a_status_change(qtbot: QtBot, opened: MainWindow) -> None:
    from app.domain.vocabulary import AmbassadorStatus

    tab = _typed_nomination(opened, "Gert")
    assert tab.save()
    tab.form.phone.setText("0470 12 34 56")
    tab.change_status(AmbassadorStatus.APPOINTED)  # the step reloads the form: the phone is saved first
    found = _people(opened)["Gert"]
    assert found.status == "appointed" and found.phone == "0470 12 34 56"
    assert tab.form.phone.text() == "0470 12 34 56" and "Aangesteld" in tab.heading.text()
    tab.form.charter.setText("32/13/2026")  # invalid: kept as a draft, and back after the step
    tab.change_status(AmbassadorStatus.ACTIVE)
    assert _people(opened)["Gert"].status == "active"
    assert tab.form.charter.text() == "32/13/2026" and tab.draft_bar.isVisibleTo(tab)


def test_deleting_an_ambassador_removes_their_draft(qtbot: QtBot, opened: MainWindow) -> None:
    tab = _typed_nomination(opened, "Hanne")
    assert tab.save()
    tab.form.charter.setText("99/99/2027")
    opened.keep_all_work()
    assert len(_all_drafts(opened)) == 1
    tab.delete_current()
    assert _all_drafts(opened) == [] and _people(opened) == {}


def test_erasing_an_ambassador_removes_their_draft(qtbot: QtBot, opened: MainWindow) -> None:
    from app.io.gdpr import erase

    tab = _typed_nomination(opened, "Jasmien")
    assert tab.save()
    record_id = tab.current_id
    tab.form.charter.setText("00/00/2027")
    opened.keep_all_work()
    assert len(_all_drafts(opened)) == 1
    with opened.ctx.vault.session() as s:  # type: ignore[union-attr]
        erase(s, record_id)  # type: ignore[arg-type]
    assert _all_drafts(opened) == []


def test_questionnaire_answers_are_kept_on_lock(qtbot: QtBot, opened: MainWindow, vault_path: Path) -> None:
    tab = _typed_nomination(opened, "Ilse")
    assert tab.save()
    dialog = QuestionnaireDialog("nl", tab, keep=tab.keep_profile)
    dialog.show()  # the questionnaire is open when Ctrl+L comes
    for i, slider in enumerate(dialog.sliders):
        slider.setValue(4 if service.MOTIVATION_QUESTIONS[i][2].value == "player" else 0)
    opened.lock(ask_unlock=False)
    assert not dialog.isVisible()
    reopen(opened, vault_path)
    assert _people(opened)["Ilse"].motivation_profile == "player"


def test_group_phase_note_is_kept_as_a_draft(qtbot: QtBot, opened: MainWindow, vault_path: Path) -> None:
    tab = _tab(opened)
    tab.views.setCurrentIndex(1)
    tab.health.phase.setCurrentIndex(tab.health.phase.findData("storming"))
    tab.health.intervention.setText("gesprek over de taakverdeling")
    opened.lock(ask_unlock=False)
    assert tab.health.intervention.text() == ""
    reopen(opened, vault_path)
    tab = _tab(opened)
    assert tab.health.intervention.text() == "gesprek over de taakverdeling"
    assert tab.health.phase.currentData() == "storming"
    tab.health.add_phase()
    with opened.ctx.vault.session() as s:  # type: ignore[union-attr]
        assert [p.intervention for p in s.scalars(select(GroupPhaseEntry))] == ["gesprek over de taakverdeling"]
    assert _all_drafts(opened) == [] and tab.health.intervention.text() == ""
    tab.health.intervention.setText("nog iets")
    opened.select_tab("stakeholders")
    assert len(_all_drafts(opened)) == 1
    tab.health.intervention.clear()  # cleared again: the draft goes too
    opened.select_tab("ambassadors")
    opened.select_tab("stakeholders")
    assert _all_drafts(opened) == []


def _roster(window: MainWindow) -> Tab:
    """Three active ambassadors: 10, 9 and 2 podium activities; terms ending in 2029, 2027, 2028."""
    network_id = window.ctx.network_id
    assert network_id is not None
    with window.ctx.vault.session() as s:  # type: ignore[union-attr]
        for name, appointed, podium in (("An", date(2026, 1, 5), 10), ("Bo", date(2024, 6, 20), 9),
                                        ("Cas", date(2025, 3, 1), 2)):
            a = service.create(s, network_id, name, on=appointed)
            service.change_status(s, a, "appointed", appointed)
            service.change_status(s, a, "active", appointed)
            for n in range(podium):
                act_service.create(s, network_id, "podium_article", date(2026, 10, 1 + n), f"Artikel {n}",
                                   ambassador_ids=[a.id])
        service.create(s, network_id, "Dries", on=TODAY)
        s.commit()
    tab = _tab(window)
    tab.refresh()
    return tab


def test_roster_model_sorts_on_raw_values(qtbot: QtBot, opened: MainWindow, qtmodeltester: Any) -> None:
    tab = _roster(opened)
    model = tab.model
    assert model is not None and model.rowCount() == 4
    qtmodeltester.check(model)

    def names() -> list[str]:
        return [model.row_at(i).name for i in range(model.rowCount())]

    model.sort(PODIUM_COLUMN, Qt.SortOrder.AscendingOrder)
    assert names() == ["Cas", "Bo", "An", "Dries"]  # 2, 9, 10; a nominee has no light and sorts last
    assert model.data(model.index(2, PODIUM_COLUMN)) == "●  10"
    model.sort(PODIUM_COLUMN, Qt.SortOrder.DescendingOrder)
    assert names() == ["An", "Bo", "Cas", "Dries"]
    model.sort(2, Qt.SortOrder.AscendingOrder)  # term end 20/06/2027, 01/03/2028, 05/01/2029
    assert names() == ["Bo", "Cas", "An", "Dries"]
    assert model.data(model.index(0, 2)) == "20/06/2027"
    model.sort(1, Qt.SortOrder.AscendingOrder)  # status in pipeline order, not alphabetically
    assert names()[0] == "Dries"
    colours = {model.row_at(i).name: model.data(model.index(i, PODIUM_COLUMN), Qt.ItemDataRole.ForegroundRole)
               for i in range(model.rowCount())}
    assert colours["An"].name() == "#2e7d32" and colours["Cas"].name() == "#ef8f00" and colours["Dries"] is None
    people = _people(opened)
    assert tab.podium == {people["An"].id: 10, people["Bo"].id: 9, people["Cas"].id: 2, people["Dries"].id: 0}
    assert "Podium 2026-2027" in tab.legend.text()
