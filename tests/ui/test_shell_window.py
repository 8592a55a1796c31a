"""pytest-qt: the main window (tabs, menus, network switcher, status bar), the dashboard (model,
counts per period, navigation, empty state), settings and the runtime language switch."""

from __future__ import annotations

import importlib.util
import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.config import Settings
from app.domain import Activity, Network, Signal, Stakeholder, Trajectory
from app.services.attention import AttentionItem
from ui.main_window import TAB_TITLES, MainWindow, tab_key_for
from ui.settings_dialog import SettingsDialog
from ui.tabs import TAB_KEYS
from ui.tabs.overview.model import AttentionModel

TODAY = date(2026, 11, 24)  # working year 2026-2027, calendar year 2026


def test_tabs_in_order_without_placeholders(window: MainWindow) -> None:
    expected = [k for k in TAB_KEYS if importlib.util.find_spec(f"ui.tabs.{k}.view") is not None]
    assert list(window.pages) == expected
    assert not window.tabs  # tabs are built when first needed, not at start-up
    titles = [window.tab_widget.tabText(i).replace("&&", "&") for i in range(window.tab_widget.count())]
    assert titles == [TAB_TITLES[k][0] for k in expected]
    assert window.stack.currentWidget() is window.welcome


def test_tab_key_for_accepts_keys_and_titles() -> None:
    assert tab_key_for("report") == "report"
    assert tab_key_for("Jaarverslag") == "report"
    assert tab_key_for("activiteiten & signalen") == "activities"
    assert tab_key_for("Activiteiten") == "activities"
    assert tab_key_for("Annual report") == "report"
    assert tab_key_for("bestaat niet") is None


def test_menus_and_status(opened: MainWindow) -> None:
    menus = [a.text() for a in opened.menuBar().actions()]
    assert menus == ["&Bestand", "E&xtra", "&Help"]
    file_items = [a.text() for a in opened.menuBar().actions()[0].menu().actions() if a.text()]
    assert file_items == ["&Nieuwe kluis…", "Kluis &openen…", "&Deelnemen aan een team…", "Nieuw ne&twerk…",
                          "Netwerk &hernoemen…", "Netwerk a&rchiveren…", "&Gearchiveerde netwerken…",
                          "&Vergrendelen", "&Wachtwoordzin wijzigen…", "Opnieuw &versleutelen…",
                          "&Herstelblad opnieuw afdrukken…", "&Afsluiten"]
    assert opened.act_lock.shortcut().toString() == "Ctrl+L"
    extra = {a.text(): a for a in opened.menuBar().actions()[1].menu().actions() if a.text()}
    assert list(extra) == ["&Instellingen…", "Importeren…", "Exporteren…", "Reservekopie maken…",
                           "Reservekopie terugzetten…", "Auditlogboek…", "Privacy en toestemmingen…",
                           "Teamuitwisseling…", "Agenda exporteren…", "Documenten en afspraken…",
                           "Cijfers naar de regionale hub…"]
    assert extra["Importeren…"].shortcut().toString() == "Ctrl+I"
    assert all(a.isEnabled() for a in extra.values())
    assert opened.status_vault.text() == "Kluis: test.verbind"
    assert opened.status_network.text().startswith("Netwerk: ")
    assert opened.status_idle.text() == "Vergrendeld na 5 min inactiviteit"
    assert opened.windowTitle() == "test.verbind — Verbind"
    assert opened.toolbar.isVisibleTo(opened)  # also with one network: "Nieuw netwerk…" is in it


def test_network_switcher_remembers_choice(opened: MainWindow) -> None:
    with opened.ctx.vault.session() as s:
        s.add(Network(name="Wijkambassadeurs Hasselt", kind="neighbourhood"))
        s.commit()
    opened.reload_networks()
    assert opened.network_box.count() == 4 and opened.toolbar.isVisibleTo(opened)  # + separator, Nieuw netwerk…
    index = opened.network_box.findText("Wijkambassadeurs Hasselt")
    opened.network_box.setCurrentIndex(index)
    wanted = opened.network_box.itemData(index)
    assert opened.ctx.network_id == wanted and opened.ctx.settings.last_network_id == wanted
    assert Settings.load().last_network_id == wanted
    assert opened.tabs["overview"].heading.text() == "Wijkambassadeurs Hasselt"
    assert "Wijkambassadeurs Hasselt" in opened.status_network.text()


def test_dashboard_counts_follow_the_period(opened: MainWindow) -> None:
    nid = opened.ctx.network_id
    with opened.ctx.vault.session() as s:
        s.add_all([
            Stakeholder(network_id=nid, name="Chiro Sint-Jozef"),
            Trajectory(network_id=nid, code="T-001", started_on=date(2026, 10, 1)),  # this working year
            Trajectory(network_id=nid, code="T-002", started_on=date(2026, 3, 1), status="closed"),
            Activity(network_id=nid, kind="network_meeting", title="Netwerkmoment", held_on=date(2026, 9, 15)),
            Activity(network_id=nid, kind="network_meeting", title="Vorig werkjaar", held_on=date(2026, 5, 1)),
            Signal(network_id=nid, raised_on=date(2026, 11, 1), topic="Speelplein", status="new"),
            Signal(network_id=nid, raised_on=date(2026, 10, 1), topic="Bus", status="closed"),
        ])
        s.commit()
    opened.refresh_all()
    tab = opened.tabs["overview"]
    values = {k: t.number.text() for k, t in tab.tiles.items()}
    assert values == {"stakeholders": "1", "ambassadors": "0", "open_trajectories": "1",
                      "started_trajectories": "1", "open_signals": "1", "activities": "1", "contacts": "0"}
    assert "Werkjaar 2026-2027 (01/09/2026 – 31/08/2027)" in tab.subheading.text()
    assert "24/11/2026" in tab.subheading.text()
    opened.ctx.settings.year_mode = "calendar"
    opened.refresh_all()
    assert tab.tiles["activities"].number.text() == "2" and tab.tiles["started_trajectories"].number.text() == "2"
    assert "Kalenderjaar 2026" in tab.subheading.text() and "dit jaar" in tab.tiles["activities"].caption.text()


def test_dashboard_attention_opens_record(qtbot: QtBot, opened: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    ctx = opened.ctx
    tab = opened.tabs["overview"]
    assert tab.model.rowCount() == 0 and not tab.empty.isHidden() and tab.table.isHidden()
    with ctx.vault.session() as s:
        s.add(Stakeholder(network_id=ctx.network_id, name="Jeugdhuis Kavka", next_contact_on=date(2026, 11, 1)))
        s.commit()
    ctx.data_changed.emit("stakeholder")  # the dashboard is visible: it refreshes at once
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == 1 and tab.empty.isHidden()
    assert "Kavka" in tab.model.data(tab.model.index(0, AttentionModel.TITLE_COLUMN))
    assert tab.model.data(tab.model.index(0, 0)) == "Te laat"
    assert tab.model.data(tab.model.index(0, 3)) == "01/11/2026"
    assert tab.model.data(tab.model.index(0, 0), Qt.ItemDataRole.ForegroundRole).name() == "#b3261e"
    opened.show()
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(0, 1))
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert opened.current_tab_key() == "stakeholders"
    if hasattr(opened.tabs["stakeholders"], "form"):
        assert opened.tabs["stakeholders"].form.name.text() == "Jeugdhuis Kavka"


def test_attention_model_standalone(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = AttentionModel("en")
    model.set_items([
        AttentionItem("signal", 1, "Signaal wacht", "Signal waiting", "id-1", date(2026, 12, 1)),
        AttentionItem("ambassador", 0, "Ter info", "For info", "id-2", None),
    ])
    qtmodeltester.check(model)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "What"
    assert model.data(model.index(0, 0)) == "Due soon" and model.data(model.index(1, 3)) == ""
    assert model.data(model.index(0, 1), Qt.ItemDataRole.UserRole) == "id-1"


def test_settings_dialog_saves(qtbot: QtBot) -> None:
    settings = Settings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.idle.setValue(12)
    dialog.year.setCurrentIndex(dialog.year.findData("calendar"))
    dialog.apply()
    loaded = Settings.load()
    assert (loaded.idle_lock_minutes, loaded.year_mode) == (12, "calendar")
    assert dialog.folder.isReadOnly()


def test_language_switch_at_runtime(opened: MainWindow) -> None:
    assert opened.tab_widget.tabText(0) == "Overzicht"
    opened.ctx.settings.language = "en"
    opened.retranslate()
    assert opened.tab_widget.tabText(0) == "Overview"
    assert [a.text() for a in opened.menuBar().actions()] == ["&File", "&Tools", "&Help"]
    assert opened.act_lock.text() == "&Lock" and opened.act_lock.shortcut().toString() == "Ctrl+L"
    assert opened.status_idle.text() == "Locks after 5 min of inactivity"
    overview = opened.tabs["overview"]
    assert overview.attention_title.text() == "What needs attention"
    assert overview.model.headerData(1, Qt.Orientation.Horizontal) == "What"
    assert overview.tiles["open_signals"].caption.text() == "open signals"
    assert opened.welcome.demo_button.text() == "Open the &demo vault"
    assert opened.ctx.vault is not None and opened.stack.currentWidget() is opened.tab_widget
    opened.ctx.settings.language = "nl"
    opened.retranslate()
    assert opened.welcome.demo_button.text() == "&Demokluis openen"
    assert opened.status_idle.text() == "Vergrendeld na 5 min inactiviteit"


def test_translations_are_complete() -> None:
    folder = Path(__file__).parents[2] / "resources" / "i18n"
    assert (folder / "shell_en.ts").exists()
    for ts in folder.glob("*_en.ts"):
        text = ts.read_text(encoding="utf-8")
        assert 'type="unfinished"' not in text, ts.name
        assert (folder / ts.name.replace(".ts", ".qm")).exists()


def test_every_tr_string_has_an_english_translation() -> None:
    """Every Dutch text passed to tr() in ui/ (found by Qt's lupdate, plus the tables of the Netwerk
    steps) has an English translation in its class's context; `python -m tests.i18n_sync --fill`
    reuses a translation when a text moved to another class."""
    from tests import i18n_sync

    assert i18n_sync.tr_inside_fstrings() == []  # lupdate cannot see those
    assert i18n_sync.missing() == []


def test_english_date_hint_and_dutch_singulars(opened: MainWindow) -> None:
    from app.formatting import parse_date
    from app.i18n import language
    from ui import i18n
    from ui.widgets.common import DateEdit

    tab = opened.tabs["trajectories"]
    assert tab.count_text(1) == "1 traject" and tab.count_text(2) == "2 trajecten"
    assert opened.tabs["stakeholders"].count_text(1) == "1 stakeholder"
    i18n.install("en")
    assert DateEdit().placeholderText() == "dd/mm/yyyy"
    with language("en"), pytest.raises(ValueError, match="does not exist"):
        parse_date("31/02/2026")
    i18n.install("nl")
    assert DateEdit().placeholderText() == "dd/mm/jjjj"


def test_qt_file_dialog_is_dutch_in_dutch(window: MainWindow) -> None:
    """Qt's own Dutch misses two labels of its file dialog; Verbind ships them."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    from ui import i18n

    i18n.install("nl")
    dialog = QFileDialog(window)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    assert "&Zoeken in:" in texts and "Bestands&type:" in texts and "Files of &type:" not in texts


def test_a_new_vault_is_proposed_in_the_data_folder(qtbot: QtBot, tmp_path: Path) -> None:
    """Not ~/Verbind always: the data folder platformdirs gives (here VERBIND_HOME), and a free name."""
    from app.config import data_dir
    from ui.lock.create_dialog import CreateVaultDialog, default_vault_path

    first = default_vault_path()
    assert first == data_dir() / "mijn-netwerk.verbind"
    assert str(first).startswith(os.environ["VERBIND_HOME"])
    first.parent.mkdir(parents=True, exist_ok=True)
    first.write_bytes(b"")
    assert default_vault_path().name == "mijn-netwerk-2.verbind"
    dialog = CreateVaultDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.path.text() == str(data_dir() / "mijn-netwerk-2.verbind")
