"""pytest-qt, Netwerk step 6: indicators that can be followed (seed 001) — a starting point, a
target and, for an indicator the lead reports on, the actual with a note, shown as progress; saving
a target keeps the actual; the staff budget has its own field."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.domain import Indicator, Network
from app.errors import ValidationError
from app.services import network as service
from ui.main_window import MainWindow
from ui.tabs.network.view import _number


def test_a_reported_indicator_with_a_starting_point_and_progress(qtbot: QtBot, opened: MainWindow) -> None:
    opened.select_tab("network")
    tab = opened.tabs["network"]
    assert "Nog geen indicatoren" in tab.indicator_list.item(0).text()
    tab.i_name.setText("Verenigingen met een drempelverlagend aanbod")
    tab.i_year.setText("2026-2027")
    tab.i_baseline.setText("4")
    tab.i_target.setValue(12)
    tab.i_actual.setText("8")
    tab.i_note.setText("telling bij de jeugddienst")
    tab.save_indicator()
    line = tab.indicator_list.item(0).text()
    assert "vertrekpunt 4" in line and "2026-2027: streefcijfer 12, stand 8, 50 % van de weg" in line
    assert "telling bij de jeugddienst" in line and "niet gehaald" not in line
    # a new target for the same year keeps the stand that was reported
    tab.indicator_list.setCurrentRow(0)
    assert tab.i_actual.text() == "8" and tab.i_baseline.text() == "4" and tab.i_note.text() == "telling bij de jeugddienst"
    tab.i_target.setValue(10)
    tab.save_indicator()
    line = tab.indicator_list.item(0).text()
    assert "streefcijfer 10, stand 8, 67 % van de weg" in line
    tab.i_name.setText("Verenigingen met een drempelverlagend aanbod")
    tab.i_year.setText("2026-2027")
    tab.i_actual.setText("acht")
    tab.save_indicator()
    assert "getallen" in tab.error.text()
    with opened.ctx.vault.session() as s:
        ind = s.query(Indicator).one()
        assert (ind.baseline, [(t.year, t.target, t.actual_manual, t.note) for t in ind.targets]) == (
            4.0, [("2026-2027", 10.0, 8.0, "telling bij de jeugddienst")])


def test_the_staff_budget_is_kept(qtbot: QtBot, opened: MainWindow) -> None:
    opened.select_tab("network")
    tab = opened.tabs["network"]
    tab.budget.setValue(90000)
    tab.staff_budget.setValue(70000)
    tab.save()
    with opened.ctx.vault.session() as s:
        net = s.get(Network, opened.ctx.network_id)
        assert net is not None and (net.budget_eur, net.staff_budget_eur) == (90000, 70000)


def test_typed_numbers() -> None:
    assert [_number(t) for t in ("", "12", "12,5", "12.5", "1.250", "1.250,5", "1,250.5")] == [
        None, 12.0, 12.5, 12.5, 1250.0, 1250.5, 1250.5]
    for bad in ("acht", "-3", "nan"):
        with pytest.raises(ValueError):
            _number(bad)


def test_save_indicator_rules(db_session, network: Network) -> None:  # type: ignore[no-untyped-def]
    ind = service.save_indicator(db_session, network.id, "Trajecten gestart", "trajectories_started", "2026-2027",
                                 target=80)
    with pytest.raises(ValidationError, match="berekend") as caught:
        service.save_indicator(db_session, network.id, "Trajecten gestart", year="2026-2027", actual=50)
    assert caught.value.field == "i_actual"
    with pytest.raises(ValidationError, match="werkjaar of kalenderjaar"):
        service.save_indicator(db_session, network.id, "Eigen", target=3)
    with pytest.raises(ValidationError, match="positief"):
        service.save_indicator(db_session, network.id, "Eigen", baseline=-1)
    own = service.save_indicator(db_session, network.id, "Eigen", year="2026", actual=5, note="n")
    service.save_indicator_target(db_session, network.id, "Eigen", "", "2026", 9)  # the old command keeps it
    assert [(t.target, t.actual_manual, t.note) for t in own.targets] == [(9.0, 5.0, "n")]
    assert ind.targets[0].target == 80
    assert service.progress(None, 10, 5) == 0.5 and service.progress(4, 12, 8) == 0.5
    assert service.progress(5, 5, 7) is None and service.progress(1, None, 3) is None
