"""pytest-qt: networks in the window. The switcher shows with one network and offers "Nieuw
netwerk…"; a second network is made in the dialog (name and kind, refused names beside the
field, cancel changes nothing), the window switches to it keeping the typed work, each tab shows
the chosen network's data; it is renamed, archived after a question (it leaves the switcher, its
report figures stay) and brought back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.commands.common import resolve_network
from app.domain import Network, Stakeholder
from app.i18n import language
from app.reports import snapshot as snap
from app.services import activity as act_service
from app.services import ambassador as amb_service
from app.services import signal as sig_service
from app.services import stakeholder as sh_service
from app.services import trajectory as traj_service
from ui.dialogs.network_dialog import ArchivedNetworksDialog, NetworkDialog
from ui.main_window import ARCHIVED_NETWORKS, NEW_NETWORK, MainWindow

TODAY = date(2026, 11, 24)  # working year 2026-2027


@pytest.fixture(autouse=True)
def _dutch() -> Iterator[None]:
    """The core's messages in Dutch, whatever language an earlier test left the process in."""
    with language("nl"):
        yield


def _entries(window: MainWindow) -> list[str]:
    box = window.network_box
    return [box.itemText(i) for i in range(box.count())]


def _seed(window: MainWindow, network_id: str, tag: str) -> None:
    """One record of each kind in `network_id`, named after `tag`."""
    with window.ctx.vault.session() as s:
        sh_service.create(s, network_id, f"Jeugdhuis {tag}", side="supply")
        amb_service.create(s, network_id, f"Ambassadeur {tag}", on=TODAY)
        traj_service.create(s, network_id, date(2026, 10, 1), code=f"T-{tag}")
        act_service.create(s, network_id, "network_meeting", date(2026, 11, 10), f"Netwerkavond {tag}")
        sig_service.create(s, network_id, date(2026, 11, 20), f"Speelplein {tag}", area=tag)
        s.commit()


def _column(model: Any, column: int = 0) -> list[str]:
    return sorted(str(model.data(model.index(r, column))) for r in range(model.rowCount()))


def _tabs_show(window: MainWindow, tag: str, network_name: str) -> None:
    """Every tab shows the chosen network's records, and only those."""
    window.select_tab("overview")
    assert window.tabs["overview"].heading.text() == network_name
    window.select_tab("network")
    assert window.tabs["network"].name.text() == network_name
    for key, wanted in (("stakeholders", f"Jeugdhuis {tag}"), ("ambassadors", f"Ambassadeur {tag}"),
                        ("trajectories", f"T-{tag}")):
        window.select_tab(key)
        prefix = wanted.split(" ")[0].split("-")[0]
        assert [n for n in _column(window.tabs[key].model) if n.startswith(prefix)] == [wanted], key
    window.select_tab("activities")
    tab = window.tabs["activities"]
    assert _column(tab.activities.model, 2) == [f"Netwerkavond {tag}"]
    tab.views.setCurrentWidget(tab.signals)
    assert _column(tab.signals.model, 1) == [f"Speelplein {tag}"]
    tab.views.setCurrentWidget(tab.activities)


def _dialog(window: MainWindow, kind: type[Any]) -> Any:
    found = [d for d in window.findChildren(kind) if d.isVisible()]
    assert len(found) == 1
    return found[0]


def test_the_switcher_shows_with_one_network_and_offers_a_new_one(opened: MainWindow) -> None:
    assert opened.toolbar.isVisibleTo(opened)
    assert _entries(opened) == ["Mijn netwerk", "", "Nieuw netwerk…"]
    with opened.ctx.vault.session() as s:
        (net,) = s.scalars(select(Network)).all()
        assert (net.name, net.kind, net.id) == ("Mijn netwerk", "connection", opened.ctx.network_id)
    assert [a.text() for a in opened.menuBar().actions()[0].menu().actions()][4] == "Nieuw ne&twerk…"


def test_a_second_network_created_switched_renamed_archived_and_brought_back(
        qtbot: QtBot, opened: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    first = opened.ctx.network_id or ""
    _seed(opened, first, "Gent")
    opened.refresh_all()
    _tabs_show(opened, "Gent", "Mijn netwerk")
    # work typed in a form of the first network, not saved yet
    opened.select_tab("stakeholders")
    stakeholders = opened.tabs["stakeholders"]
    stakeholders.new_record()
    stakeholders.form.name.setText("Chiro Sint-Jozef")
    stakeholders.form.category.setCurrentIndex(stakeholders.form.category.findData("youth_movement"))
    stakeholders.form.side.setCurrentIndex(stakeholders.form.side.findData("supply"))

    # "Nieuw netwerk…" in the switcher opens the dialog; cancelling changes nothing
    opened.network_box.setCurrentIndex(opened.network_box.findData(NEW_NETWORK))
    dialog = _dialog(opened, NetworkDialog)
    assert opened.network_box.currentText() == "Mijn netwerk" and opened.ctx.network_id == first
    assert dialog.kinds["connection"].isChecked() and set(dialog.kinds) == {
        "connection", "local", "entrepreneur", "neighbourhood"}
    explained = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert all(word in explained for word in ("toeleidingen", "charter", "podiumactiviteiten", "dorpsraad"))
    dialog.reject()
    assert opened.ctx.network_id == first and opened.network_box.currentText() == "Mijn netwerk"
    assert stakeholders.form.name.text() == "Chiro Sint-Jozef"

    # refused names: shown beside the field, the dialog stays, nothing written
    opened.network_box.setCurrentIndex(opened.network_box.findData(NEW_NETWORK))
    dialog = _dialog(opened, NetworkDialog)
    for name, message in (("   ", "Geef het netwerk een naam."),
                          ("mijn NETWERK", "Er is al een netwerk ‘Mijn netwerk’: kies een andere naam.")):
        dialog.name.setText(name)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and dialog.error.text() == message
    dialog.name.textEdited.emit("x")  # typing clears the message
    assert dialog.error.text() == ""
    with opened.ctx.vault.session() as s:
        assert len(s.scalars(select(Network)).all()) == 1

    # made: the window shows the new network, the typed stakeholder was kept in the first one
    dialog.name.setText("Wijkambassadeurs Mol")
    dialog.kinds["neighbourhood"].setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    second = opened.ctx.network_id or ""
    assert second != first and opened.network_box.currentText() == "Wijkambassadeurs Mol"
    assert _entries(opened) == ["Mijn netwerk", "Wijkambassadeurs Mol", "", "Nieuw netwerk…"]
    assert opened.ctx.settings.last_network_id == second
    assert "Wijkambassadeurs Mol" in opened.status_network.text()
    with opened.ctx.vault.session() as s:
        assert s.get(Network, second).kind == "neighbourhood"  # type: ignore[union-attr]
        assert s.scalars(select(Stakeholder.network_id).where(Stakeholder.name == "Chiro Sint-Jozef")).all() == [first]
    for key in ("stakeholders", "ambassadors", "trajectories"):
        opened.select_tab(key)
        assert opened.tabs[key].model.rowCount() == 0, key

    # each tab follows the switcher
    _seed(opened, second, "Mol")
    opened.refresh_all()
    _tabs_show(opened, "Mol", "Wijkambassadeurs Mol")
    opened.network_box.setCurrentIndex(opened.network_box.findData(first))
    opened.select_tab("stakeholders")
    assert _column(opened.tabs["stakeholders"].model) == ["Chiro Sint-Jozef", "Jeugdhuis Gent"]
    opened.select_tab("ambassadors")
    assert _column(opened.tabs["ambassadors"].model) == ["Ambassadeur Gent"]
    opened.network_box.setCurrentIndex(opened.network_box.findData(second))
    _tabs_show(opened, "Mol", "Wijkambassadeurs Mol")

    # renamed: switcher, tabs and status follow; a taken name is refused
    dialog = opened.rename_network()
    assert dialog is not None and dialog.name.text() == "Wijkambassadeurs Mol" and not dialog.kinds
    dialog.name.setText("MIJN netwerk")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Er is al een netwerk ‘Mijn netwerk’" in dialog.error.text()
    dialog.name.setText("Wijkambassadeurs Mol-Centrum")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert opened.network_box.currentText() == "Wijkambassadeurs Mol-Centrum" and opened.ctx.network_id == second
    assert "Wijkambassadeurs Mol-Centrum" in opened.status_network.text()
    _tabs_show(opened, "Mol", "Wijkambassadeurs Mol-Centrum")

    # archiving asks first; Cancel keeps everything
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **_k: (asked.append(a[2]), answer[0])[1])
    assert not opened.archive_network()
    assert asked == ["Netwerk ‘Wijkambassadeurs Mol-Centrum’ archiveren? Het verdwijnt uit de keuzelijst; "
                     "gegevens en verslagen blijven bewaard."]
    assert opened.ctx.network_id == second
    answer[0] = QMessageBox.StandardButton.Yes
    assert opened.archive_network()
    assert opened.ctx.network_id == first and opened.network_box.currentText() == "Mijn netwerk"
    assert _entries(opened) == ["Mijn netwerk", "", "Nieuw netwerk…", "Gearchiveerde netwerken (1)…"]
    assert opened.ctx.settings.last_network_id == first
    _tabs_show(opened, "Gent", "Mijn netwerk")
    # the report still finds the archived network and its period's figures
    with opened.ctx.vault.session() as s:
        net = resolve_network(s, "wijkambassadeurs mol-centrum")
        assert net.id == second and net.archived_at is not None
        figures = snap.compute(s, net.id, "2026-2027")["figures"]["current"]
        assert figures["trajectories"]["started"] == 1 and figures["signals_raised"] == 1
        assert figures["activities_by_kind"] == {"network_meeting": 1}

    # brought back from the switcher's "Gearchiveerde netwerken…": the window shows it again
    opened.network_box.setCurrentIndex(opened.network_box.findData(ARCHIVED_NETWORKS))
    archived = _dialog(opened, ArchivedNetworksDialog)
    assert opened.ctx.network_id == first and opened.network_box.currentText() == "Mijn netwerk"
    assert archived.list.count() == 1 and archived.list.item(0).text().startswith(
        "Wijkambassadeurs Mol-Centrum — Wijkambassadeurs, gearchiveerd op ")
    qtbot.mouseClick(archived.restore_button, Qt.MouseButton.LeftButton)
    assert not archived.isVisible()
    assert opened.ctx.network_id == second and opened.network_box.currentText() == "Wijkambassadeurs Mol-Centrum"
    assert _entries(opened) == ["Mijn netwerk", "Wijkambassadeurs Mol-Centrum", "", "Nieuw netwerk…"]
    _tabs_show(opened, "Mol", "Wijkambassadeurs Mol-Centrum")


def test_the_last_network_in_use_is_not_archived_and_nothing_is_asked(
        opened: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **_k: told.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: pytest.fail("asked"))
    assert not opened.archive_network()
    assert told == ["‘Mijn netwerk’ is het enige netwerk in gebruik: maak eerst een ander netwerk of haal er een uit "
                    "het archief."]
    with opened.ctx.vault.session() as s:
        assert s.scalars(select(Network.archived_at)).all() == [None]


def test_bestand_menu_and_english(opened: MainWindow) -> None:
    menu = {a.text(): a for a in opened.menuBar().actions()[0].menu().actions() if a.text()}
    menu["Nieuw ne&twerk…"].trigger()
    dialog = _dialog(opened, NetworkDialog)
    assert dialog.windowTitle() == "Nieuw netwerk" and dialog.ok_button.text() == "Netwerk maken"
    dialog.reject()
    menu["&Gearchiveerde netwerken…"].trigger()
    archived = _dialog(opened, ArchivedNetworksDialog)
    assert archived.list.count() == 0 and archived.empty.isVisibleTo(archived)
    assert not archived.restore_button.isEnabled()
    archived.reject()
    opened.ctx.settings.language = "en"
    opened.retranslate()
    assert _entries(opened) == ["Mijn netwerk", "", "New network…"]
    dialog = opened.new_network()
    assert dialog is not None and dialog.windowTitle() == "New network"
    assert dialog.kinds["neighbourhood"].text() == "Neighbourhood ambassadors"
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "alderman" in texts and "schepen" not in texts
    dialog.reject()


def test_the_netwerk_tab_renames_with_the_same_check(opened: MainWindow) -> None:
    with opened.ctx.vault.session() as s:
        s.add(Network(name="Wijkambassadeurs Hasselt", kind="neighbourhood"))
        s.commit()
    opened.reload_networks()
    opened.select_tab("network")
    tab = opened.tabs["network"]
    tab.name.setText("wijkambassadeurs HASSELT")
    assert not tab.save()
    assert tab.error.text() == "Er is al een netwerk ‘Wijkambassadeurs Hasselt’: kies een andere naam."
    with opened.ctx.vault.session() as s:
        assert sorted(s.scalars(select(Network.name))) == ["Mijn netwerk", "Wijkambassadeurs Hasselt"]
    tab.name.setText("Verbinders Gent")
    assert tab.save()
    assert opened.network_box.currentText() == "Verbinders Gent" and "Verbinders Gent" in opened.status_network.text()
