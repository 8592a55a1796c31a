"""pytest-qt, the Ambassadeurs tab on its own: the status pipeline through the buttons, the
seed-002 advice and questionnaire, consent-gated diversity, delete with confirmation, the
network-health panel; qtmodeltester on the roster model."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.config import Settings
from app.domain import Ambassador, Network
from app.domain.vocabulary import AmbassadorStatus, MotivationProfile
from app.services import activity as act_service
from app.services import ambassador as amb_service
from ui.context import AppContext
from ui.tabs.ambassadors.view import QuestionnaireDialog, Tab

TODAY = date(2026, 11, 24)


@pytest.fixture
def ctx(vault: Any) -> AppContext:
    c = AppContext(Settings(), clock=lambda: TODAY)
    c.vault = vault
    with vault.session() as s:
        net = Network(name="Ondernemers voor sociale innovatie", kind="entrepreneurs")
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
    t.debounce.stop()  # a search typed at the end must not read the vault after it was closed


def test_empty_state_then_pipeline(
    tab: Tab, ctx: AppContext, qtbot: QtBot, qtmodeltester: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert tab.model.rowCount() == 0 and not tab.empty.isHidden()
    with qtbot.waitSignal(ctx.data_changed) as sig:
        tab.nominate("Şeyma Yılmaz", "Karim Bouzid")
    assert sig.args == ["ambassador"]
    qtmodeltester.check(tab.model)
    assert tab.empty.isHidden()
    assert tab.step_buttons[AmbassadorStatus.APPOINTED].isVisibleTo(tab)
    assert not tab.step_buttons[AmbassadorStatus.HONORARY].isVisibleTo(tab)
    from ui.tabs.ambassadors.appoint import AppointDialog

    asked: list[str] = []

    def appoint(name: str, today: date, parent: object = None) -> tuple[date, int]:
        asked.append(name)
        return today, 3  # the date and term the user confirms

    monkeypatch.setattr(AppointDialog, "ask", staticmethod(appoint))
    for status in (AmbassadorStatus.APPOINTED, AmbassadorStatus.ACTIVE, AmbassadorStatus.HONORARY):
        assert tab.step_buttons[status].isVisibleTo(tab)
        tab.step_buttons[status].click()
        assert tab.error.text() == ""
    assert asked == ["Şeyma Yılmaz"]  # appointing asked for date and term, the other steps did not
    with ctx.vault.session() as s:
        a = s.query(Ambassador).one()
        assert (
            a.status == "honorary" and a.appointed_on == TODAY and a.term_end == date(2029, 11, 24)
        )
        assert a.nominated_by == "Karim Bouzid" and a.honorary_on == TODAY
        assert [c.to_status for c in a.status_changes] == [
            "nominated",
            "appointed",
            "active",
            "honorary",
        ]
    assert tab.form.history.count() >= 4
    assert "Erelid" in tab.heading.text()
    tab.change_status(AmbassadorStatus.FORMER, reason="")
    assert "reden" in tab.error.text()
    tab.change_status(AmbassadorStatus.FORMER, reason="Verhuisd naar Leuven")
    with ctx.vault.session() as s:
        assert s.query(Ambassador).one().left_reason == "Verhuisd naar Leuven"


def test_profile_advice_questionnaire_and_consent(tab: Tab, ctx: AppContext, qtbot: QtBot) -> None:
    tab.nominate("Lars Peeters")
    tab.form.profile.setCurrentIndex(tab.form.profile.findData("teacher"))
    assert "Workshops" in tab.form.advice.text()
    tab.form.profile.setCurrentIndex(tab.form.profile.findData("director"))
    assert "interviews" in tab.form.advice.text()
    assert not tab.form.diversity["sector"].isEnabled()
    tab.form.consent.setChecked(True)
    assert tab.form.diversity["sector"].isEnabled()
    tab.form.diversity["sector"].setText("bouw")
    tab.form.engagement["podium"].setChecked(True)
    tab.save()
    with ctx.vault.session() as s:
        a = s.query(Ambassador).one()
        assert (
            a.motivation_profile == "director"
            and a.sector == "bouw"
            and a.engagement_types == ["podium"]
        )
    tab.form.consent.setChecked(False)
    tab.save()
    with ctx.vault.session() as s:
        assert s.query(Ambassador).one().sector == ""
    tab.form.name.setText("  ")
    tab.save()
    assert "naam" in tab.error.text()
    dialog = QuestionnaireDialog("nl")
    qtbot.addWidget(dialog)
    for i, slider in enumerate(dialog.sliders):
        slider.setValue(
            4 if amb_service.MOTIVATION_QUESTIONS[i][2] is MotivationProfile.COACH else 0
        )
    assert dialog.result_profile() is MotivationProfile.COACH


def test_filters_search_and_delete_with_confirmation(
    tab: Tab, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab.nominate("Anna Claes")
    tab.nominate("Bram De Smet")
    tab.change_status(AmbassadorStatus.APPOINTED)
    tab.f_status.setCurrentIndex(tab.f_status.findData("appointed"))
    assert [a.name for a in tab.model.rows] == ["Bram De Smet"]
    tab.f_status.setCurrentIndex(0)
    tab.search.setText("anna")
    tab.apply_filters()
    assert [a.name for a in tab.model.rows] == ["Anna Claes"]
    tab.search.clear()
    tab.apply_filters()
    tab.open_record(tab.model.rows[0].id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    tab.delete_record()
    assert tab.model.rowCount() == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.delete_record()
    assert [a.name for a in tab.model.rows] == ["Bram De Smet"]
    with ctx.vault.session() as s:
        assert s.query(Ambassador).filter(Ambassador.deleted_at.is_not(None)).count() == 1


def test_network_health_panel(tab: Tab, ctx: AppContext) -> None:
    with ctx.vault.session() as s:
        net = s.get(Network, ctx.network_id)
        assert net is not None
        net.size_cap = 1
        s.commit()
    for name in ("An Een", "Bert Twee"):
        tab.nominate(name)
        tab.change_status(AmbassadorStatus.APPOINTED)
    tab.refresh_health()
    assert "meer dan" in tab.health.size_label.text()
    assert "Aanstellingsmoment: ja" in tab.health.moments_label.text()
    assert "Bedankmoment: nog niet" in tab.health.moments_label.text()
    assert ctx.network_id is not None
    with ctx.vault.session() as s:
        act_service.create(s, ctx.network_id, "thank_you", TODAY, "Dankdiner")
        s.commit()
    tab.refresh_health()
    assert "Bedankmoment: ja" in tab.health.moments_label.text()
    assert "Aanstellingsmoment: ja, 2 van de 2 aanstellingen op" in tab.health.moments_label.text()
    assert "Motivatieprofielen" in tab.health.profiles_label.text()
    assert "onbekend: 2" in tab.health.profiles_label.text()
    tab.health.intervention.setText("Kennismakingsavond")
    tab.health.add_phase()
    assert tab.health.phases.count() == 1 and "Kennismakingsavond" in tab.health.phases.item(0).text()
    assert "Nu: " in tab.health.phase_advice.text() and "taakgericht" in tab.health.phase_advice.text()
    tab.health.phases.setCurrentRow(0)
    tab.health.delete_phase()
    assert "Nog geen groepsfase" in tab.health.phases.item(0).text()


def test_trainings_and_thanks_read_from_activities(tab: Tab, ctx: AppContext) -> None:
    tab.nominate("Chris Wouters")
    assert tab.current_id is not None and ctx.network_id is not None
    with ctx.vault.session() as s:
        act_service.create(
            s,
            ctx.network_id,
            "training",
            date(2026, 10, 1),
            "Vorming",
            ambassador_ids=[tab.current_id],
        )
        act_service.create(
            s,
            ctx.network_id,
            "thank_you",
            date(2026, 6, 1),
            "Dankdiner",
            ambassador_ids=[tab.current_id],
        )
        s.commit()
    tab.open_record(tab.current_id)
    assert (
        "Vormingen: 1" in tab.form.summary.text()
        and "bedankt: 1 (laatst 01/06/2026)" in tab.form.summary.text()
    )
    assert tab.form.participations.count() == 2


def test_clear_drops_everything(tab: Tab) -> None:
    tab.nominate("Dirk Peeters")
    tab.clear()
    assert tab.table.model() is None and tab.form.name.text() == "" and tab.form.history.count() == 0
    assert tab.health.size_label.text() == "" and tab.legend.text() == "" and tab.heading.text() == ""


def test_appointing_on_a_chosen_date_for_a_chosen_term(tab: Tab, ctx: AppContext, qtbot: QtBot) -> None:
    from ui.tabs.ambassadors.appoint import AppointDialog

    tab.nominate("Noor Claes")
    dialog = AppointDialog("Noor Claes", TODAY)
    qtbot.addWidget(dialog)
    dialog.when.setText("31/02/2027")
    dialog._check()
    assert dialog.result() != AppointDialog.DialogCode.Accepted and "bestaat niet" in dialog.error.text()
    dialog.when.setText("01/01/2027")
    dialog.term.setValue(4)
    when, years = dialog.chosen()
    tab.change_status(AmbassadorStatus.APPOINTED, on=when, term_years=years)
    with ctx.vault.session() as s:
        a = s.query(Ambassador).one()
        assert a.appointed_on == date(2027, 1, 1) and a.term_end == date(2031, 1, 1)


def test_an_appointment_moment_appoints_the_ticked_nominees_together(tab: Tab, ctx: AppContext, qtbot: QtBot,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import Qt

    from ui.tabs.ambassadors.appoint import AppointMomentDialog

    tab.appointment_moment()
    assert "Niemand wacht" in tab.error.text()
    for name in ("An Een", "Bert Twee", "Cis Drie"):
        tab.nominate(name)
    seen: list[AppointMomentDialog] = []

    def run(dialog: AppointMomentDialog) -> int:
        seen.append(dialog)
        assert dialog.people.count() == 3 and dialog.ok.text() == "3 ambassadeurs aanstellen"
        dialog.people.item(2).setCheckState(Qt.CheckState.Unchecked)  # Cis waits for next year
        assert dialog.ok.text() == "2 ambassadeurs aanstellen"
        dialog.when.setText("15/01/2027")
        dialog.term.setValue(2)
        return int(AppointMomentDialog.DialogCode.Accepted)

    monkeypatch.setattr(AppointMomentDialog, "exec", run)
    tab.appointment_moment()
    assert seen
    with ctx.vault.session() as s:
        people = {a.name: a for a in s.query(Ambassador)}
        assert {n: (a.status, a.appointed_on, a.term_end) for n, a in people.items() if n != "Cis Drie"} == {
            "An Een": ("appointed", date(2027, 1, 15), date(2029, 1, 15)),
            "Bert Twee": ("appointed", date(2027, 1, 15), date(2029, 1, 15))}
        assert people["Cis Drie"].status == "nominated"


def test_a_talk_with_the_project_lead_is_noted_with_the_next_one(tab: Tab, ctx: AppContext,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.tabs.ambassadors.contacts import ContactDialog

    tab.add_contact()
    assert "Kies eerst een ambassadeur" in tab.error.text()
    tab.nominate("Noor Claes")
    assert "Nog geen gesprekken" in tab.form.contacts.item(0).text()

    def run(dialog: ContactDialog) -> int:
        dialog.note.setPlainText("Wil een workshop geven in het voorjaar.")
        dialog.next_contact.setText("01/12/2026")
        dialog.when.setText("02/12/2026")
        dialog._check()
        assert "vóór dit gesprek" in dialog.error.text()
        dialog.when.setText("20/11/2026")
        return int(ContactDialog.DialogCode.Accepted)

    monkeypatch.setattr(ContactDialog, "exec", run)
    tab.add_contact()
    line = tab.form.contacts.item(0).text()
    assert "20/11/2026  Een-op-eengesprek: Wil een workshop geven" in line and "volgend gesprek 01/12/2026" in line
    with ctx.vault.session() as s:
        amb = s.query(Ambassador).one()
        assert amb_service.next_contact(amb) == date(2026, 12, 1)
    tab.form.contacts.setCurrentRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.delete_contact()
    assert "Nog geen gesprekken" in tab.form.contacts.item(0).text()
