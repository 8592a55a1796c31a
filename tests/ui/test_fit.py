"""pytest-qt: Verbind fits a field worker's 1366×768 laptop, also at 125 % scaling, in Dutch and in
English. Every tab (on the demo vault, so the forms are filled) and every dialog under Bestand,
Extra and Help is opened and fails the test when an input widget reaches beyond its scroll area's
viewport, a form scrolls sideways, a list line in a form is cut, or a label or button shows only
part of its text.

Qt sizes windows and dialogs by their screen, so those checks run in two child processes on a real
1366×768 (offscreen) screen: at 100 % and with QT_SCALE_FACTOR=1.25, where the window opens as
`ui.geometry` fits it (at most 1093×614 logical pixels). The window's own size, the dialogs that
must keep their layout while the user types (new vault, recovery key, unlock) and a check that the
checks can fail run here. FIT_SHOTS=DIR saves what each check saw, for a look by eye (a VERBIND_…
name would not do: the suite clears those)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from itertools import chain
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.config import Settings
from app.demo import DEMO_PASSPHRASE, create_demo_vault
from app.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import TODAY
from ui import geometry
from ui.context import AppContext
from ui.main_window import DIALOGS, MainWindow
from ui.widgets.common import FormScroll

# The tab and dialog checks need a real 1366×768 screen (Qt sizes windows and dialogs by their
# screen), so they run in child processes on one: at 100 % and at 125 % (QT_SCALE_FACTOR).
ON_LAPTOP = "configfile" in os.environ.get("QT_QPA_PLATFORM", "")
SCALE = os.environ.get("QT_SCALE_FACTOR", "1")
laptop_only = pytest.mark.skipif(not ON_LAPTOP, reason="runs on a 1366×768 screen in test_at_100/125_percent")
INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractButton, QAbstractItemView)
NETWORKS = ("Verbindingsambassadeurs Gent", "Wijkambassadeurs Lommel")


# -- the checks ----------------------------------------------------------------------------------------
def describe(widget: QWidget) -> str:
    parts = []
    w: QWidget | None = widget
    while w is not None and len(parts) < 4:
        parts.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    return " < ".join(parts) + (f" {text[:60]!r}" if text else "")


def _owner(widget: QWidget) -> QAbstractScrollArea | None:
    """The nearest scroll area (or item view) that `widget` lies in."""
    w = widget.parentWidget()
    while w is not None and not isinstance(w, QAbstractScrollArea):
        w = w.parentWidget()
    return w


def _cut(widget: QLabel | QAbstractButton) -> bool:
    if isinstance(widget, QLabel):
        if not widget.text() or widget.pixmap() is not None and not widget.pixmap().isNull():
            return False
        if widget.wordWrap():
            return widget.heightForWidth(widget.width()) > widget.height() + 1
    elif not widget.text():
        return False
    return widget.sizeHint().width() > widget.width() + 1


def fit_problems(root: QWidget) -> list[str]:
    """What does not fit in `root` as it is shown now (empty: everything fits)."""
    problems = []
    for area in [a for a in root.findChildren(QScrollArea) if a.isVisible() and a.widget() is not None]:
        viewport, inner = area.viewport(), area.widget()
        if area.horizontalScrollBar().isVisible():
            problems.append(f"scrolls sideways: {describe(area)} ({inner.width()} in {viewport.width()})")
        elif inner.width() > viewport.width():
            problems.append(f"wider than its viewport: {describe(area)} ({inner.width()} in {viewport.width()})")
        for widget in inner.findChildren(QWidget):
            if widget.isVisible() and isinstance(widget, INPUTS) and _owner(widget) is area:
                left = widget.mapTo(viewport, QPoint(0, 0)).x()
                if left < 0 or left + widget.width() > viewport.width():
                    problems.append(f"beyond the viewport ({left}…{left + widget.width()} of {viewport.width()}): "
                                    f"{describe(widget)}")
        for view in inner.findChildren(QListView):
            if view.isVisible() and isinstance(_owner(view), QScrollArea):
                if view.horizontalScrollBar().isVisible():
                    problems.append(f"list scrolls sideways: {describe(view)}")
                elif not view.wordWrap() and any(
                        view.visualRect(view.model().index(r, 0)).right() > view.viewport().width()
                        for r in range(view.model().rowCount())):
                    problems.append(f"list lines cut: {describe(view)}")
    window = root.window()
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, INPUTS) and _owner(widget) is None:
            spot = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
            if not window.rect().contains(spot):
                problems.append(f"beyond the window: {describe(widget)}")
        if isinstance(widget, QLabel | QAbstractButton) and not isinstance(_owner(widget), QAbstractItemView) \
                and _cut(widget):
            wrapping = isinstance(widget, QLabel) and widget.wordWrap()
            need = f"{widget.heightForWidth(widget.width())} high in {widget.height()}" if wrapping else \
                f"{widget.sizeHint().width()} wide in {widget.width()}"
            problems.append(f"text cut ({need}): {describe(widget)}")
    return problems


def settle(qtbot: QtBot) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(10)


def every_tab_page(root: QWidget, qtbot: QtBot, seen: set[int] | None = None) -> Iterator[str]:
    """Show each page of every tab widget under `root` in turn (nested ones too)."""
    seen = set() if seen is None else seen
    for tabs in root.findChildren(QTabWidget):
        if id(tabs) in seen or not tabs.isVisible():
            continue
        seen.add(id(tabs))
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            settle(qtbot)
            yield tabs.tabText(i)
            yield from every_tab_page(tabs.widget(i), qtbot, seen)


def save_shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("FIT_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"fit-{round(float(SCALE) * 100)}-{name}.png"))


# -- fixtures --------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fit") / "demo.verbind"
    vault, _ = create_demo_vault(path, today=TODAY)
    vault.close()
    return path


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[QApplication]:
    """The app's own style sheet and palette (sizes in em depend on them), put back afterwards."""
    from ui.main import apply_style

    sheet, palette, style = qapp.styleSheet(), qapp.palette(), qapp.style().name()
    apply_style(qapp)
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(style)


def open_window(qtbot: QtBot, path: Path, lang: str) -> MainWindow:
    """The main window as it opens on this screen (ui.geometry fits it), with the demo vault open."""
    from ui import i18n

    i18n.install(lang)
    window = MainWindow(AppContext(Settings(language=lang), clock=lambda: TODAY))
    qtbot.addWidget(window)
    window.vault_opened(Vault.open(path, DEMO_PASSPHRASE))
    window.show()
    settle(qtbot)
    return window


def choose_network(window: MainWindow, name: str) -> None:
    index = window.network_box.findText(name)
    assert index >= 0, name
    window.network_box.setCurrentIndex(index)


@pytest.fixture(params=["nl", "en"])
def demo_window(request: pytest.FixtureRequest, qtbot: QtBot, styled: QApplication, demo_file: Path,
                tmp_path: Path) -> Iterator[MainWindow]:
    from ui import i18n

    path = tmp_path / "demo.verbind"
    for suffix in ("", ".key"):
        shutil.copy(f"{demo_file}{suffix}", f"{path}{suffix}")
    window = open_window(qtbot, path, request.param)
    assert geometry.available_area(window).contains(window.geometry())  # the status bar is on the screen
    yield window
    for dialog in window.findChildren(QDialog):
        dialog.close()
    window.close()
    i18n.install("nl")


# -- every tab ----------------------------------------------------------------------------------------
@laptop_only
@pytest.mark.parametrize("network", NETWORKS)
def test_every_tab_fits(demo_window: MainWindow, qtbot: QtBot, network: str) -> None:
    window = demo_window
    choose_network(window, network)
    problems = []
    for key in list(window.pages):
        window.select_tab(key)
        settle(qtbot)
        for page in chain([""], every_tab_page(window.tabs[key], qtbot)):  # each page checked while shown
            problems += [f"{key}/{page}: {p}" for p in fit_problems(window)]
            save_shot(window, f"{window.ctx.lang}-{network.split()[-1]}-{key}-{page.replace(' ', '_') or 'tab'}")
        editors = [e for e in [window.tabs[key], *vars(window.tabs[key]).values()] if hasattr(e, "new_record")]
        for editor in editors:  # a new record's form (other texts, empty fields) fits as well
            if hasattr(editor, "views"):
                editor.views.setCurrentIndex(0)
            editor.new_record()
            settle(qtbot)
            problems += [f"{key}/new: {p}" for p in fit_problems(window)]
            area = editor.form_scroll
            for field in [w for w in area.widget().findChildren(QWidget) if isinstance(w, INPUTS) and w.isVisible()]:
                area.ensureWidgetVisible(field)  # what tabbing through the form does
                if area.widget().x() != 0:
                    problems.append(f"{key}: tabbing to {describe(field)} scrolls the labels out of view")
    assert problems == []


@laptop_only
@pytest.mark.parametrize("network", ["Ambassadeurs Abdijsite Herkenrode", "Ambassadeursnetwerk Sociale Innovatie Limburg"])
def test_every_tab_fits_with_recruiting_and_requests(demo_window: MainWindow, qtbot: QtBot, network: str) -> None:
    """The Ambassadeurs tab's pages that only local and entrepreneur networks have: the recruiting
    calls and the requests from third parties, with the demo's data, and the nomination form."""
    window = demo_window
    choose_network(window, network)
    window.select_tab("ambassadors")
    settle(qtbot)
    tab = window.tabs["ambassadors"]
    problems = []
    for panel in (tab.recruiting, tab.requests):
        tab.views.setCurrentWidget(panel)
        settle(qtbot)
        assert panel.isVisible()
        problems += [f"{type(panel).__name__}: {p}" for p in fit_problems(window)]
        save_shot(window, f"{window.ctx.lang}-{network.split()[-1]}-ambassadors-{type(panel).__name__}")
    tab.views.setCurrentIndex(0)
    tab.new_record()
    settle(qtbot)
    problems += [f"new: {p}" for p in fit_problems(window)]
    assert problems == []


# -- every dialog under Bestand, Extra and Help ---------------------------------------------------------
def dialog_factories(window: MainWindow) -> dict[str, Callable[[], QDialog]]:
    import importlib

    from ui.about import AboutDialog
    from ui.dialogs.documents_dialog import AttachmentsDialog, Owner
    from ui.dialogs.network_dialog import ArchivedNetworksDialog, NetworkDialog
    from ui.lock.change_dialog import ChangePassphraseDialog
    from ui.lock.create_dialog import CreateVaultDialog
    from ui.lock.join_dialog import JoinTeamDialog
    from ui.lock.recovery_sheet_dialog import RecoverySheetDialog
    from ui.lock.rekey_dialog import RekeyDialog
    from ui.lock.unlock_dialog import RECOVERY_PAGE, UnlockDialog
    from ui.settings_dialog import SettingsDialog
    from ui.tabs.ambassadors.appoint import AppointDialog, AppointMomentDialog
    from ui.tabs.ambassadors.recruiting import CallDialog
    from ui.tabs.ambassadors.requests import AssignDialog, RequestDialog, StatusDialog

    ctx, vault = window.ctx, window.ctx.vault
    assert vault is not None

    def recovery() -> QDialog:
        dialog = UnlockDialog(vault.path, window)
        dialog.show_page(RECOVERY_PAGE)
        return dialog

    found: dict[str, Callable[[], QDialog]] = {
        "create": lambda: CreateVaultDialog(window, default_path=vault.path.with_name("nieuw.verbind")),
        "join": lambda: JoinTeamDialog(window),
        "unlock": lambda: UnlockDialog(vault.path, window),
        "recover": recovery,
        "passphrase": lambda: ChangePassphraseDialog(vault, window),
        "rekey": lambda: RekeyDialog(vault, lambda: None, window),
        "settings": lambda: SettingsDialog(ctx.settings, window),
        "about": lambda: AboutDialog(window),
        "recovery_sheet": lambda: RecoverySheetDialog(vault.path, ctx.lang, window),
        "new_network": lambda: NetworkDialog(ctx, window),
        "archived_networks": lambda: ArchivedNetworksDialog(ctx, window),
        "attachments": lambda: AttachmentsDialog(ctx, Owner("Lotte Peeters"), window),
        "appoint": lambda: AppointDialog("Noor Claes-Vandenabeele", ctx.today(), window),
        "appoint_moment": lambda: AppointMomentDialog(
            [("a", "Noor Claes-Vandenabeele", ctx.today()), ("b", "Lars Van den Broeck", None)], ctx.today(), window),
        "recruiting_call": lambda: CallDialog(ctx.lang, ctx.today(), lambda _v: None, None, window),
        "third_party_request": lambda: RequestDialog(
            ctx.lang, ctx.today(), [("s", "Provincie Limburg — Economie, dienst Sociale Innovatie")], lambda _v: None,
            None, window),
        "request_assign": lambda: AssignDialog([("a", "Noor Claes-Vandenabeele")], ctx.today(), lambda _v: None,
                                               window),
        "request_status": lambda: StatusDialog(ctx.lang, ["new", "accepted", "declined"], ctx.today(),
                                               lambda _v: None, window),
    }
    classes = {"import_wizard": "ImportWizard", "export_dialog": "ExportDialog", "backup_dialog": "BackupDialog",
               "restore_dialog": "RestoreDialog", "audit_viewer": "AuditViewer", "privacy_dialog": "PrivacyDialog",
               "team_panel": "TeamPanel", "agenda_dialog": "AgendaDialog", "documents_dialog": "DocumentsDialog",
               "hub_dialog": "HubDialog"}
    for module, _text in DIALOGS:
        cls = getattr(importlib.import_module(f"ui.dialogs.{module}"), classes[module])
        found[module] = (lambda c: lambda: c(ctx, window))(cls)
    return found


@laptop_only
def test_every_dialog_fits(demo_window: MainWindow, qtbot: QtBot) -> None:
    window = demo_window
    choose_network(window, NETWORKS[0])
    screen = geometry.available_area(window).size()
    problems = []
    for name, make in dialog_factories(window).items():
        dialog = make()
        dialog.show()
        settle(qtbot)
        if dialog.width() > screen.width() or dialog.height() > screen.height():
            problems.append(f"{name}: {dialog.width()}×{dialog.height()} does not fit on {screen.width()}×"
                            f"{screen.height()}")
        for page in chain([""], every_tab_page(dialog, qtbot)):
            problems += [f"{name}/{page}: {p}" for p in fit_problems(dialog)]
            save_shot(dialog, f"{window.ctx.lang}-dialog-{name}-{page.replace(' ', '_') or 'first'}")
        dialog.close()
        dialog.deleteLater()
    assert problems == []


# -- the checks can fail ----------------------------------------------------------------------------------
def test_the_checks_find_what_does_not_fit(qtbot: QtBot) -> None:
    outer = QWidget()
    qtbot.addWidget(outer)
    layout = QVBoxLayout(outer)
    scroll = FormScroll()
    form = QWidget()
    inner = QVBoxLayout(form)
    too_wide = QLineEdit()
    too_wide.setMinimumWidth(900)
    inner.addWidget(too_wide)
    scroll.setWidget(form)
    layout.addWidget(scroll)
    heading = QLabel("Kies een ambassadeur in de lijst of draag iemand voor (Ctrl+N).")
    heading.setMinimumWidth(10)
    heading.setMaximumWidth(120)
    layout.addWidget(heading)
    sideways = QScrollArea()
    sideways.setWidgetResizable(True)
    wide = QWidget()
    wide.setMinimumWidth(900)
    sideways.setWidget(wide)
    layout.addWidget(sideways)
    outer.resize(400, 400)
    outer.show()
    settle(qtbot)
    found = "\n".join(fit_problems(outer))
    assert "beyond the viewport" in found and "QLineEdit" in found
    assert "wider than its viewport" in found
    assert "text cut" in found and "draag iemand" in found
    assert "scrolls sideways" in found
    too_wide.setMinimumWidth(0)
    heading.setWordWrap(True)
    heading.setMaximumWidth(16_000)
    wide.setMinimumWidth(0)
    settle(qtbot)
    assert fit_problems(outer) == []


# -- dialogs keep their layout while the user types ---------------------------------------------------------
def where(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def test_new_vault_dialog_keeps_its_layout_while_typing(qtbot: QtBot, styled: QApplication, tmp_path: Path) -> None:
    from ui.lock.create_dialog import CreateVaultDialog

    dialog = CreateVaultDialog(default_path=tmp_path / "nieuw.verbind")
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    repeat, size = where(dialog.pass2), dialog.size()
    for typed in ("", "k", "kort", "abcdefghij", "Abcdefgh1!", "paard batterij nietje correct", "x" * 40, ""):
        dialog.pass1.setText(typed)
        settle(qtbot)
        assert where(dialog.pass2) == repeat and dialog.size() == size, typed  # "Herhaal" stays put
    dialog.pass1.setText(PASSPHRASE)
    dialog.pass2.setText("correct horse")  # on its way to the first: no complaint yet
    assert dialog.pair.match.text() == ""
    dialog.pass2.setText("correct horsf")
    assert "verschillen" in dialog.pair.match.text()
    dialog.submit()  # the problem is shown beside "Herhaal", not far below
    assert "verschillen" in dialog.pair.match.text() and dialog.error.isHidden()
    dialog.pass2.setText(PASSPHRASE)
    settle(qtbot)
    assert "verschillen" not in dialog.pair.match.text() and "✓" in dialog.pair.match.text()
    assert where(dialog.pass2) == repeat and dialog.size() == size
    dialog.path.setText(str(tmp_path))
    Path(str(tmp_path) + ".verbind").write_text("", encoding="utf-8")
    dialog.submit()
    assert "bestaat al" in dialog.error.text() and dialog.size() == size  # its room was kept
    dialog.path.setText(str(tmp_path / "ander"))
    assert dialog.error.isHidden()  # an old message never outlives its cause


def test_recovery_key_keeps_its_layout_and_reads_unambiguously(qtbot: QtBot, styled: QApplication,
                                                              tmp_path: Path) -> None:
    from types import SimpleNamespace

    from app.vault.keyfile import _ALPHABET
    from ui.lock.create_dialog import CreateVaultDialog

    dialog = CreateVaultDialog(default_path=tmp_path / "nieuw.verbind")
    qtbot.addWidget(dialog)
    dialog.show()
    key = "5Q81-0000-MMMM-WWWW-1111-Z9Z9-QQQQ-0O1L".replace("O", "0").replace("L", "1")
    dialog._created((SimpleNamespace(path=tmp_path / "nieuw.verbind"), key))
    settle(qtbot)
    label = dialog.key_label
    assert QFontInfo(label.font()).fixedPitch()  # 5Q81 is not read as 5O81 in a font where 0 and O differ
    assert label.width() >= label.sizeHint().width() and label.height() >= label.sizeHint().height()
    assert all(group in label.text() for group in key.split("-"))
    assert set("OILU").isdisjoint(_ALPHABET)  # what the note says is true
    assert "O, I, L of U" in dialog.key_note.text() and not dialog.key_note.isHidden()
    before = {w: where(w) for w in (label, dialog.key_note, dialog.confirm, dialog.ok)}
    size = dialog.size()
    dialog.confirm.setText("XXXX")
    dialog.submit()
    settle(qtbot)
    assert "niet de laatste groep" in dialog.confirm_error.text() and dialog.confirm_error.isVisible()
    assert dialog.confirm_error.y() > dialog.confirm.y()  # right under the check field
    assert {w: where(w) for w in before} == before and dialog.size() == size  # nothing reflowed
    dialog.confirm.setText("Q")
    assert dialog.confirm_error.isHidden()
    assert {w: where(w) for w in before} == before
    dialog.vault = None  # nothing was made: let it close
    dialog.close()


def test_unlock_message_keeps_beside_the_passphrase(qtbot: QtBot, styled: QApplication,
                                                    closed_vault: tuple[Path, str]) -> None:
    from ui.lock.unlock_dialog import PASSPHRASE_PAGE, RECOVERY_PAGE, UnlockDialog

    dialog = UnlockDialog(closed_vault[0])
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    short = dialog.height()
    dialog.passphrase.setText("helemaal fout")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=20_000)
    settle(qtbot)
    assert "Verkeerde wachtwoordzin" in dialog.error.text()
    gap = where(dialog.error).top() - where(dialog.passphrase).bottom()
    assert 0 <= gap <= 12, gap  # right under the field, not at the bottom of the dialog
    assert where(dialog.error).bottom() < where(dialog.forgot).top()
    dialog.show_page(RECOVERY_PAGE)
    settle(qtbot)
    assert dialog.height() > short  # each page its own height: no empty band under the passphrase
    dialog.submit()
    settle(qtbot)
    assert "herstelsleutel" in dialog.error.text()
    assert 0 <= where(dialog.error).top() - where(dialog.recovery).bottom() <= 12
    dialog.show_page(PASSPHRASE_PAGE)
    settle(qtbot)
    assert dialog.height() <= short + 2 and dialog.error.isHidden()


# -- the window's own size ----------------------------------------------------------------------------------
def test_window_opens_within_the_screen_and_remembers_its_size(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = QRect(0, 0, 1366, 728)  # 1366×768 minus a 40-pixel task bar
    monkeypatch.setattr(geometry, "available_area", lambda _w: laptop)
    settings = Settings()
    window = MainWindow(AppContext(settings, clock=lambda: TODAY))
    qtbot.addWidget(window)
    frame = QRect(window.pos(), window.size() + geometry.FRAME_ALLOWANCE)
    assert laptop.contains(frame), frame  # the status bar is on the screen
    window.resize(1000, 600)
    window.close()
    assert Settings.load().window_size == [1000, 600] and not Settings.load().window_maximized
    again = MainWindow(AppContext(Settings.load(), clock=lambda: TODAY))
    qtbot.addWidget(again)
    assert again.size() == QSize(1000, 600)
    for nonsense in (["groot", 3], [20, 20], None, [99999, 99999]):
        settings.window_size = nonsense  # type: ignore[assignment]
        geometry.fit_to_screen(again, settings)
        assert laptop.contains(QRect(again.pos(), again.size() + geometry.FRAME_ALLOWANCE))


def on_laptop_screen(tmp_path: Path, scale: str) -> None:
    """Run this module's laptop checks in a child process on a 1366×768 screen at `scale`."""
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                               "logicalDpi": 96}]}), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    env.update(QT_SCALE_FACTOR=scale, QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", __file__,
                          "-k", "every_tab_fits or every_dialog_fits"],
                         env=env, capture_output=True, text=True, timeout=600, cwd=Path(__file__).parents[2])
    assert run.returncode == 0, run.stdout[-8000:] + run.stderr[-2000:]
    assert " passed" in run.stdout and "skipped" not in run.stdout


@pytest.mark.skipif(ON_LAPTOP, reason="the child process itself")
def test_at_100_percent(tmp_path: Path) -> None:
    """Every tab and dialog on a 1366×768 screen."""
    on_laptop_screen(tmp_path, "1")


@pytest.mark.skipif(ON_LAPTOP, reason="the child process itself")
def test_at_125_percent(tmp_path: Path) -> None:
    """The same, with Qt scaling everything by 1.25 (the window is 1093×614 logical pixels at most)."""
    on_laptop_screen(tmp_path, "1.25")
