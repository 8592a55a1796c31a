"""pytest-qt: nominate → appoint → active → honorary; a podium activity turns the light;
a signal routed by area and closed; the network-health panel."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from app.config import Settings
from app.domain import Ambassador, Signal
from app.domain.vocabulary import AmbassadorStatus, MotivationProfile, SignalStatus
from app.services import ambassador as amb_service
from app.vault import Vault
from tests.conftest import PASSPHRASE
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.tabs.ambassadors.view import QuestionnaireDialog

TODAY = date(2026, 11, 24)


@pytest.fixture
def window(qtbot: QtBot, vault_path: Path) -> Iterator[MainWindow]:
    w = MainWindow(AppContext(Settings(), clock=lambda: TODAY))
    qtbot.addWidget(w)
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    w.vault_opened(vault)
    yield w
    w.close()


def test_status_pipeline_in_the_gui(window: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    window.select_tab("ambassadors")
    tab = window.tabs["ambassadors"]
    tab.nominate("Şeyma Yılmaz", "Karim Bouzid")
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == 1 and tab.step_buttons[AmbassadorStatus.APPOINTED].isVisibleTo(tab)
    assert not tab.step_buttons[AmbassadorStatus.HONORARY].isVisibleTo(tab)
    for status in (AmbassadorStatus.APPOINTED, AmbassadorStatus.ACTIVE, AmbassadorStatus.HONORARY):
        tab.change_status(status)
    with window.ctx.session() as s:
        a = s.query(Ambassador).one()
        assert a.status == "honorary" and a.appointed_on == TODAY and a.term_end == date(2029, 11, 24)
        assert [c.to_status for c in a.status_changes] == ["nominated", "appointed", "active", "honorary"]
    assert tab.form.history.count() >= 4
    tab.change_status(AmbassadorStatus.FORMER, reason="")
    assert "reden" in tab.error.text()


def test_profile_advice_and_diversity_consent(window: MainWindow, qtbot: QtBot) -> None:
    window.select_tab("ambassadors")
    tab = window.tabs["ambassadors"]
    tab.nominate("Lars Peeters")
    tab.form.profile.setCurrentIndex(tab.form.profile.findData("teacher"))
    assert "Workshops" in tab.form.advice.text()
    assert not tab.form.diversity["sector"].isEnabled()
    tab.form.consent.setChecked(True)
    tab.form.diversity["sector"].setText("bouw")
    tab.save()
    with window.ctx.session() as s:
        a = s.query(Ambassador).one()
        assert a.motivation_profile == "teacher" and a.sector == "bouw" and a.diversity_consent
    dialog = QuestionnaireDialog("nl")
    qtbot.addWidget(dialog)
    for i, slider in enumerate(dialog.sliders):
        slider.setValue(4 if amb_service.MOTIVATION_QUESTIONS[i][2] is MotivationProfile.PLAYER else 0)
    assert dialog.result_profile() is MotivationProfile.PLAYER


def test_podium_activity_turns_the_light(window: MainWindow) -> None:
    window.select_tab("ambassadors")
    amb_tab = window.tabs["ambassadors"]
    amb_tab.nominate("Zoë Maes")
    amb_tab.change_status(AmbassadorStatus.APPOINTED)
    amb_tab.change_status(AmbassadorStatus.ACTIVE)
    with window.ctx.session() as s:
        amb_id = s.query(Ambassador).one().id

    def light() -> str:
        amb_tab.refresh_list()
        colour = amb_tab.model.data(amb_tab.model.index(0, 4), Qt.ItemDataRole.ForegroundRole)
        assert isinstance(colour, QColor)
        return colour.name()

    assert light() == "#c62828"
    window.select_tab("activities")
    acts = window.tabs["activities"]
    acts.refresh()
    for n in range(3):
        acts.activities.new_record()
        acts.activities.form.kind.setCurrentIndex(acts.activities.form.kind.findData("podium_presentation"))
        acts.activities.form.title.setText(f"Presentatie {n + 1}")
        acts.activities.form.set_participant(amb_id, Qt.CheckState.Checked)
        acts.activities.save()
        assert acts.activities.error.text() == ""
        if n == 0:
            assert light() == "#ef8f00"
    assert light() == "#2e7d32"
    # invited but absent does not count
    acts.activities.new_record()
    acts.activities.form.kind.setCurrentIndex(acts.activities.form.kind.findData("podium_workshop"))
    acts.activities.form.set_participant(amb_id, Qt.CheckState.PartiallyChecked)
    acts.activities.save()
    amb_tab.refresh_list()
    assert amb_tab.podium[amb_id] == 3


def test_signal_routed_by_area_and_closed(window: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    window.select_tab("activities")
    tab = window.tabs["activities"]
    tab.views.setCurrentIndex(1)
    tab.signals.routing.area.setText("Achterbos")
    tab.signals.routing.responsible.setText("Schepen Ilse Verhaegen")
    tab.signals.routing.save()
    assert tab.signals.routing.rules.count() == 1
    tab.signals.new_record()
    tab.signals.form.topic.setText("Verlichting")
    tab.signals.form.area.setText("achterbos")
    tab.signals.fill_responsible()
    assert tab.signals.form.responsible.text() == "Schepen Ilse Verhaegen"
    tab.signals.save()
    qtmodeltester.check(tab.signals.model)
    assert tab.signals.model.rowCount() == 1
    tab.signals.change_status(SignalStatus.FORWARDED)
    tab.signals.change_status(SignalStatus.CLOSED)
    assert "antwoord" in tab.signals.error.text().lower()
    tab.signals.form.response.setPlainText("Lamp vervangen door de technische dienst.")
    tab.signals.change_status(SignalStatus.CLOSED)
    with window.ctx.session() as s:
        sig = s.query(Signal).one()
        assert sig.status == "closed" and sig.response.startswith("Lamp")
        assert [c.to_status for c in sig.status_changes] == ["new", "forwarded", "closed"]


def test_network_health_panel(window: MainWindow) -> None:
    window.select_tab("ambassadors")
    tab = window.tabs["ambassadors"]
    with window.ctx.session() as s:
        from app.domain import Network

        net = s.get(Network, window.ctx.network_id)
        assert net is not None
        net.size_cap = 1
        s.commit()
    for name in ("A Een", "B Twee"):
        tab.nominate(name)
        tab.change_status(AmbassadorStatus.APPOINTED)
    tab.refresh_health()
    assert "meer dan" in tab.health.size_label.text()
    assert "Aanstellingsmoment: ja" in tab.health.moments_label.text()
    tab.health.intervention.setText("Kennismakingsavond")
    tab.health.add_phase()
    assert tab.health.phases.count() == 1
