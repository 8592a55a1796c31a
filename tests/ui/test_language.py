"""pytest-qt: the English UI shows no Dutch, and Qt's own dialogs show no English in Dutch.

Every tab of every demo network and every dialog is opened in English, and everything a user can
read is collected: labels, buttons, group and tab titles, placeholders, tooltips, menu entries, combo
box entries, table headers and the cells of the first rows. What the user typed (the vault's own
data: names, places, notes) is taken out first, then a text fails when it holds a word that only
Dutch has. The same kind of check runs in Dutch over Qt's own file dialog, message box buttons and
context menus, against words that only English has. The static side (every translation in
resources/i18n/*_en.ts) runs without a window."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.demo import DEMO_PASSPHRASE
from app.vault import Vault
from tests.ui.test_fit import demo_file, dialog_factories, every_tab_page, open_window, settle  # noqa: F401
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
ALL_NETWORKS = ("Ambassadeurs Abdijsite Herkenrode", "Ambassadeursnetwerk Sociale Innovatie Limburg",
                "Verbindingsambassadeurs Gent", "Wijkambassadeurs Lommel")

def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# words a Dutch sentence is hardly ever without, and that English does not use
DUTCH_ONLY = _words("""
    de het een van niet en voor nog geen naar uit dit deze wat wie waar hoe ook maar als kies klik
    nieuw nieuwe verwijderen verwijder kluis wachtwoordzin traject trajecten ambassadeur ambassadeurs netwerk
    netwerken jaarverslag toestemming toestemmingen gegevens bestand bestanden zonder dan kan moet heeft
    hebben aan door tussen alle vandaag gisteren morgen jaar werkjaar nee stap vorige volgende te je jouw
    wordt zijn bij op checken jjjj bewaren bewaar opslaan annuleren sluiten openen zoeken toevoegen wijzigen
    afgesloten gestart geslaagd actief voorgedragen aangesteld erelid gestopt signalen signaal activiteit
    activiteiten gemeld beantwoord doorgestuurd omschrijving datum naam rol soort fase zijde stuurgroep
    opmerking opmerkingen reden mijlpaal mijlpalen aanbieder aanbod vraag beleid kennismaking onderhouden
    uitbouwen gezin kinderen jongeren leeftijd buurt wijk dorp schepen gebiedsmanager verslag
    geen_data omdat wanneer welke welk onbekend overig andere
""")
# words that only English has (Qt's own dialogs in Dutch)
ENGLISH_ONLY = _words("""
    the look files file folder directory cancel save undo redo cut copy paste delete select yes discard
    apply close back next finish detail view create parent show hidden recent places size date
    modified name of choose new all ok abort retry ignore reset restore defaults
""") - {"ok"}

# Flemish names of institutions and places, the same in an English text
PROPER_NAMES = ["Huis van het Kind"]
WORD = re.compile(r"[a-zà-ÿ]+")


def dutch_words(text: str) -> set[str]:
    for name in PROPER_NAMES:
        text = text.replace(name, " ")
    return set(WORD.findall(text.lower())) & DUTCH_ONLY


def english_words(text: str) -> set[str]:
    text = re.sub(r"(?:[A-Za-z]:)?[/\\]\S*", " ", text)  # a path names the user's folders
    return set(WORD.findall(text.replace("&", "").lower())) & ENGLISH_ONLY


def test_the_word_checks_can_fail() -> None:
    assert dutch_words("Trial sessions te checken") == {"te", "checken"}
    assert dutch_words("dd/mm/jjjj") == {"jjjj"}
    assert dutch_words("Trial sessions to check") == set()
    assert english_words("&Look in:") == {"look"}
    assert english_words("Zoeken in:") == set()


def test_a_dutch_label_in_the_window_is_found(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    QLabel("Trial sessions te checken", root)
    QLabel("Basisschool De Regenboog", root)  # what the user typed is not the UI's language
    root.show()
    found = dutch_in(visible_texts(root), ["Basisschool De Regenboog"], "probe")
    assert found == ["probe/QLabel: 'Trial sessions te checken'"]


# -- static: every English translation ------------------------------------------------------------------
def translations() -> Iterator[tuple[str, str, str]]:
    for ts in sorted((ROOT / "resources" / "i18n").glob("*_en.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                node = message.find("translation")
                if node is not None and node.get("type") not in ("obsolete", "vanished"):
                    yield name, message.findtext("source") or "", "".join(node.itertext())


def test_no_english_translation_is_dutch() -> None:
    found = [(ctx, text) for ctx, _src, text in translations() if dutch_words(text)]
    assert found == []


def test_english_labels_of_the_vocabulary_are_english() -> None:
    """Stages, statuses, kinds, barriers…: the choices and table cells that do not go through tr()."""
    import enum

    from app.domain import vocabulary

    found = []
    for value in vars(vocabulary).values():
        if isinstance(value, type) and issubclass(value, enum.Enum) and value is not enum.Enum:
            for member in value:
                try:
                    text = vocabulary.label(member, "en")
                except Exception:  # an enum without labels is not shown to users
                    continue
                if dutch_words(text):
                    found.append(f"{value.__name__}.{member.name}: {text}")
    assert found == []


# -- the English window --------------------------------------------------------------------------------
def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ")


def data_strings(path: Path) -> list[str]:
    """Every text the demo vault holds (what users typed), longest first, read as the app reads it."""
    vault = Vault.open(path, DEMO_PASSPHRASE)
    try:
        with vault.session() as session:
            conn = session.connection().connection.driver_connection
            assert conn is not None
            tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
            found: set[str] = set()
            for table in tables:
                cursor = conn.execute(f'SELECT * FROM "{table}"')  # noqa: S608 - table names from sqlite_master
                for row in cursor:
                    for value in row:
                        if isinstance(value, str) and 2 <= len(value) <= 400 and not value.startswith(("{", "[")):
                            found.add(value)
                            found.update(part.strip() for part in re.split(r"[\n;]", value) if len(part.strip()) > 2)
    finally:
        vault.close()
    return sorted(found, key=len, reverse=True)


def without_data(text: str, data: list[str]) -> str:
    for value in data:
        if value in text:  # whole words only: the gender "man" is no part of "Demand side"
            text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", text)
    return text


def model_texts(view: QAbstractItemView, rows: int = 25) -> Iterable[str]:
    model = view.model()
    if model is None:
        return
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model of Qt's own keeps columnCount private: one column
        columns = 1
    for column in range(columns):
        head = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(head, str):
            yield head
    for row in range(min(rows, model.rowCount(QModelIndex()))):
        for column in range(columns):
            value = model.data(model.index(row, column, QModelIndex()), Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                yield value
            tip = model.data(model.index(row, column, QModelIndex()), Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield tip


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for everything a user can read under `root` as it is shown now."""
    for w in chain([root], root.findChildren(QWidget)):
        if not w.isVisible():
            continue
        where = w.objectName() or type(w).__name__
        if w.toolTip():
            yield where, _plain(w.toolTip())
        if isinstance(w, QLabel):
            yield where, _plain(w.text())
        elif isinstance(w, QAbstractButton):
            yield where, w.text()
        elif isinstance(w, QGroupBox):
            yield where, w.title()
        elif isinstance(w, QLineEdit) and not w.isReadOnly() or isinstance(w, QPlainTextEdit | QTextEdit):
            yield where, w.placeholderText()
        if isinstance(w, QComboBox):
            yield from ((where, w.itemText(i)) for i in range(w.count()))
        elif isinstance(w, QTabWidget):
            yield from ((where, w.tabText(i)) for i in range(w.count()))
        elif isinstance(w, QAbstractItemView):
            yield from ((where, t) for t in model_texts(w))
    if isinstance(root, QDialog | MainWindow):
        yield "title", root.windowTitle()


def menu_texts(window: MainWindow) -> Iterator[tuple[str, str]]:
    for menu in window.menuBar().findChildren(QMenu):
        yield "menu", menu.title()
        for action in menu.actions():
            yield "menu", action.text()
            if action.toolTip():
                yield "menu", action.toolTip()


def dutch_in(texts: Iterable[tuple[str, str]], data: list[str], place: str) -> list[str]:
    found = []
    for where, text in texts:
        if text and dutch_words(without_data(text, data)):
            found.append(f"{place}/{where}: {text[:100]!r}")
    return found


@pytest.fixture
def english_window(qtbot: QtBot, demo_file: Path, tmp_path: Path) -> Iterator[tuple[MainWindow, list[str]]]:  # noqa: F811
    from ui import i18n

    path = tmp_path / "demo.verbind"
    for suffix in ("", ".key"):
        shutil.copy(f"{demo_file}{suffix}", f"{path}{suffix}")
    data = data_strings(path)
    window = open_window(qtbot, path, "en")
    yield window, data
    for dialog in window.findChildren(QDialog):
        dialog.close()
    window.close()
    i18n.install("nl")


def test_english_window_has_no_dutch(english_window: tuple[MainWindow, list[str]], qtbot: QtBot) -> None:
    window, data = english_window
    found = dutch_in(menu_texts(window), data, "menus")
    for network in ALL_NETWORKS:
        index = window.network_box.findText(network)
        assert index >= 0, network
        window.network_box.setCurrentIndex(index)
        settle(qtbot)
        for key in list(window.pages):
            window.select_tab(key)
            settle(qtbot)
            for page in chain([""], every_tab_page(window.tabs[key], qtbot)):
                found += dutch_in(visible_texts(window), data, f"{network.split()[-1]}/{key}/{page}")
            tab = window.tabs[key]
            for editor in [e for e in [tab, *vars(tab).values()] if hasattr(e, "new_record")]:
                if hasattr(editor, "views"):
                    editor.views.setCurrentIndex(0)
                editor.new_record()  # a new record's form: its own hints and placeholders
                settle(qtbot)
                found += dutch_in(visible_texts(window), data, f"{network.split()[-1]}/{key}/new")
    for name, make in dialog_factories(window).items():
        dialog = make()
        dialog.show()
        settle(qtbot)
        for page in chain([""], every_tab_page(dialog, qtbot)):
            found += dutch_in(visible_texts(dialog), data, f"dialog {name}/{page}")
        dialog.close()
        dialog.deleteLater()
    assert sorted(set(found)) == []


# -- Qt's own dialogs in Dutch -----------------------------------------------------------------------------
def test_qt_dialogs_in_dutch_have_no_english(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    from ui import i18n

    i18n.install("nl")
    found = []
    files = QFileDialog(None, "Kies een bestand", str(tmp_path), "Verbind-kluis (*.verbind)")
    files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(files)
    files.show()
    settle(qtbot)
    found += [f"file dialog/{w}: {t!r}" for w, t in visible_texts(files) if english_words(t)]
    files.close()
    box = QMessageBox(QMessageBox.Icon.Question, "Vraag", "Doorgaan?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel
                      | QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Close)
    qtbot.addWidget(box)
    box.show()
    settle(qtbot)
    found += [f"message box/{w}: {t!r}" for w, t in visible_texts(box) if english_words(t)]
    box.close()
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    assert menu is not None
    found += [f"context menu: {a.text()!r}" for a in menu.actions() if english_words(a.text())]
    text = QPlainTextEdit()
    qtbot.addWidget(text)
    menu = text.createStandardContextMenu()
    assert menu is not None
    found += [f"text context menu: {a.text()!r}" for a in menu.actions() if english_words(a.text())]
    assert found == []
