"""pytest-qt: in the Ambassadeurs tab a user records a recruiting call with its sectors, links a
nomination to it in the form, edits and deletes the call; notes a request from a third party, asks
an ambassador, moves it to held; the panels show only for the kinds of network they belong to,
and the overview's request reminder opens the request."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.config import Settings
from app.domain import Ambassador, Network, RecruitingCall, ThirdPartyRequest
from app.services import ambassador as amb_service
from app.services import recruiting
from app.services import requests as req_service
from ui.context import AppContext
from ui.tabs.ambassadors.recruiting import CallDialog
from ui.tabs.ambassadors.requests import AssignDialog, RequestDialog, StatusDialog
from ui.tabs.ambassadors.view import Tab

TODAY = date(2026, 11, 24)


def _ctx(vault: Any, kind: str) -> AppContext:
    c = AppContext(Settings(), clock=lambda: TODAY)
    c.vault = vault
    with vault.session() as s:
        net = Network(name="Ambassadeurs Abdijsite Herkenrode", kind=kind)
        s.add(net)
        s.commit()
        c.network_id = net.id
    return c


@pytest.fixture
def ctx(vault: Any) -> AppContext:
    return _ctx(vault, "local")


@pytest.fixture
def tab(qtbot: QtBot, ctx: AppContext) -> Iterator[Tab]:
    t = Tab(ctx)
    qtbot.addWidget(t)
    t.refresh()
    yield t
    t.debounce.stop()


def _run(monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], fill: Any) -> list[QDialog]:
    """Replace `cls.exec` by filling the dialog and pressing its OK (as a user would)."""
    seen: list[QDialog] = []

    def run(dialog: Any) -> int:
        seen.append(dialog)
        fill(dialog)
        return int(dialog.result())

    monkeypatch.setattr(cls, "exec", run)
    return seen


def test_a_recruiting_call_its_nomination_and_its_deletion(tab: Tab, ctx: AppContext,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    panel = tab.recruiting
    assert tab.views.isTabVisible(tab.views.indexOf(panel)) and tab.views.isTabVisible(tab.views.indexOf(tab.requests))
    assert "Nog geen wervingsoproepen" in panel.calls.item(0).text()

    def fill(d: CallDialog) -> None:
        d.title.setText("Oproep in de nieuwsbrief van Stad Hasselt")
        d.held_on.setText("01/10/2026")
        d._check()
        assert "minstens één sector" in d.error.text() and d.result() == 0  # refused beside the fields
        d.sectors["culture"].setChecked(True)
        d.sectors["nature"].setChecked(True)
        d._check()

    _run(monkeypatch, CallDialog, fill)
    panel.new_button.click()
    line = panel.calls.item(0).text()
    assert line.startswith("01/10/2026  Oproep in de nieuwsbrief van Stad Hasselt — Culturele organisaties, "
                           "Natuurverenigingen · nog geen voordrachten")
    assert "Geen oproep naar" in panel.coverage.text() and "onderwijs" in panel.coverage.text()

    # a nomination linked to the call in the form
    tab.new_record()
    tab.form.name.setText("Jef Vanhoyland")
    assert tab.form._person_rows.isRowVisible(tab.form.recruiting_call)
    index = tab.form.recruiting_call.findText("01/10/2026 — Oproep in de nieuwsbrief van Stad Hasselt")
    assert index > 0
    tab.form.recruiting_call.setCurrentIndex(index)
    assert tab.save()
    with ctx.vault.session() as s:
        amb = s.query(Ambassador).one()
        call = s.query(RecruitingCall).one()
        assert amb.recruiting_call_id == call.id
    panel.refresh()
    assert "1 voordracht, 0 aangesteld (Jef Vanhoyland)" in panel.calls.item(0).text()

    # edit: a date after the nomination is refused, next to the field
    def edit(d: CallDialog) -> None:
        assert d.title.text() == "Oproep in de nieuwsbrief van Stad Hasselt" and d.sectors["culture"].isChecked()
        d.held_on.setText("30/11/2026")
        d._check()
        assert "Jef Vanhoyland" in d.error.text() and d.result() == 0
        d.held_on.setText("15/09/2026")
        d._check()

    _run(monkeypatch, CallDialog, edit)
    panel.calls.setCurrentRow(0)
    panel.edit_button.click()
    assert panel.calls.item(0).text().startswith("15/09/2026")

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    panel.delete_call()
    assert panel.rows
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.calls.setCurrentRow(0)
    panel.delete_call()
    assert panel.rows == [] and "Nog geen wervingsoproepen" in panel.calls.item(0).text()
    with ctx.vault.session() as s:
        assert s.query(Ambassador).one().recruiting_call_id is None


def test_a_request_routed_to_an_ambassador_and_held(tab: Tab, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    with ctx.vault.session() as s:
        jef = amb_service.create(s, ctx.network_id or "", "Jef Vanhoyland", on=date(2026, 1, 5))
        amb_service.change_status(s, jef, "appointed", date(2026, 2, 1))
        s.commit()
    tab.refresh()
    panel = tab.requests
    assert "Nog geen aanvragen van derden" in panel.list.item(0).text()

    def fill(d: RequestDialog) -> None:
        d.requester.setText("Basisschool De Linde")
        d.received_on.setText("10/11/2026")
        d._check()
        assert "onderwerp" in d.error.text() and d.result() == 0
        d.topic.setText("Rondleiding voor het vijfde leerjaar")
        d.wanted_on.setText("05/11/2026")
        d._check()
        assert "vóór de aanvraag binnenkwam" in d.error.text() and d.result() == 0
        d.wanted_on.setText("10/12/2026")
        d._check()

    _run(monkeypatch, RequestDialog, fill)
    panel.new_button.click()
    assert panel.rows[0].due_on == date(2026, 11, 24) and not panel.rows[0].overdue
    panel.list.setCurrentRow(0)

    _run(monkeypatch, AssignDialog, lambda d: d._check())
    panel.assign_button.click()
    assert panel.rows[0].ambassador == "Jef Vanhoyland" and panel.rows[0].status == "assigned"
    assert "Ambassadeur gevraagd: Jef Vanhoyland (24/11/2026)" in panel.list.item(0).text()

    def accept(d: StatusDialog) -> None:
        assert [d.status.itemData(i) for i in range(d.status.count())] == ["new", "accepted", "declined"]
        d.status.setCurrentIndex(1)
        d.note.setText("Jef komt graag")
        d._check()

    _run(monkeypatch, StatusDialog, accept)
    panel.list.setCurrentRow(0)
    panel.status_button.click()
    assert panel.rows[0].status == "accepted"

    def held(d: StatusDialog) -> None:
        d.on.setText("10/12/2026")
        d._check()

    _run(monkeypatch, StatusDialog, held)
    panel.list.setCurrentRow(0)
    panel.status_button.click()
    assert panel.rows[0].status == "held"
    assert "gegeven in 2026-2027: 1 (Jef Vanhoyland 1)" in panel.summary.text()

    panel.filter.setCurrentIndex(panel.filter.findData("open"))
    assert "Geen aanvragen met deze filter." in panel.list.item(0).text()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.filter.setCurrentIndex(0)
    panel.list.setCurrentRow(0)
    panel.delete_button.click()
    with ctx.vault.session() as s:
        assert s.query(ThirdPartyRequest).one().deleted_at is not None


def test_the_overview_opens_an_overdue_request(tab: Tab, ctx: AppContext) -> None:
    with ctx.vault.session() as s:
        req = req_service.create(s, ctx.network_id or "", date(2026, 11, 1), "Toerisme Limburg", "talk",
                                 "Getuigenis op het forum")
        s.commit()
        rid = req.id
        [item] = [i for i in req_service.attention_items(s, ctx.network_id or "", TODAY)]
        assert item.record_id == rid and item.severity == 2
    tab.open_record(rid)
    assert tab.views.currentWidget() is tab.requests and tab.requests.current_id() == rid
    assert "te laat" in tab.requests.list.currentItem().text()
    tab.open_record(recruiting.REMINDER_ID)
    assert tab.views.currentWidget() is tab.recruiting


def test_the_panels_stay_away_from_connection_networks(qtbot: QtBot, vault: Any) -> None:
    c = _ctx(vault, "connection")
    t = Tab(c)
    qtbot.addWidget(t)
    t.refresh()
    assert not t.views.isTabVisible(t.views.indexOf(t.recruiting))
    assert not t.views.isTabVisible(t.views.indexOf(t.requests))
    t.new_record()
    assert not t.form._person_rows.isRowVisible(t.form.recruiting_call)
    t.debounce.stop()
