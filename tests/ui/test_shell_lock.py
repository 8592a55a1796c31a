"""pytest-qt: the vault dialogs (create, unlock, recovery, change passphrase) and locking (Ctrl+L,
idle minutes with a fake clock, application suspended)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from app.errors import DamagedVaultError, VaultInUseError
from app.vault import Vault
from app.vault.keyfile import key_path_for
from tests.conftest import PASSPHRASE, damage_a_page
from ui.lock.change_dialog import ChangePassphraseDialog
from ui.lock.create_dialog import CreateVaultDialog, format_key
from ui.lock.passphrase import strength_hint
from ui.lock.unlock_dialog import RECOVERY_PAGE, UnlockDialog
from ui.main_window import MainWindow

TODAY = date(2026, 11, 24)
NEW_PASSPHRASE = "een heel nieuwe wachtwoordzin"


def test_strength_hint() -> None:
    assert strength_hint("")[0] == 0
    assert strength_hint("kort")[0] == 0 and "10 tekens" in strength_hint("kort")[1]
    assert strength_hint("abcdefghij")[0] == 1
    assert strength_hint("Abcdefgh1!")[0] == 2
    assert strength_hint("paard batterij nietje correct")[0] == 3


def test_create_vault_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = CreateVaultDialog(default_path=tmp_path / "nieuw")
    qtbot.addWidget(dialog)
    dialog.pass1.setText("kort")
    dialog.pass2.setText("kort")
    dialog.submit()
    assert "te kort" in dialog.pair.hint.text()  # beside the field it is about
    dialog.pass1.setText(PASSPHRASE)
    dialog.pass2.setText(PASSPHRASE + "x")
    dialog.submit()
    assert "verschillen" in dialog.pair.match.text()
    dialog.pass2.setText(PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=20000)
    key = dialog.recovery_key
    assert key and dialog.pass1.text() == "" and dialog.pass2.text() == ""
    groups = key.split("-")
    assert len(groups) == 8 and all(g in dialog.key_label.text() for g in groups)
    # nothing at the final name until the key is confirmed: a crash now leaves no vault behind
    assert not (tmp_path / "nieuw.verbind").exists() and not (tmp_path / "nieuw.verbind.key").exists()
    # the recovery sheet is written where the user chose (".pdf" added)
    dialog.save_sheet_to(tmp_path / "herstelblad")
    assert (tmp_path / "herstelblad.pdf").read_bytes().startswith(b"%PDF")
    assert "herstelblad.pdf" in dialog.sheet_note.text()
    # cannot walk away without confirming the key
    dialog.reject()
    assert "herstelsleutel" in dialog.confirm_error.text()  # under the check field
    dialog.confirm.setText("XXXX")
    dialog.submit()
    assert "niet de laatste groep" in dialog.confirm_error.text()
    with qtbot.waitSignal(dialog.created) as blocker:
        dialog.confirm.setText(groups[-1].lower())
        dialog.submit()
    vault = blocker.args[0]
    assert vault.path == tmp_path / "nieuw.verbind" and dialog.recovery_key == ""
    vault.close()
    with Vault.open(tmp_path / "nieuw.verbind", recovery_key=key):
        pass


def test_create_refuses_existing_vault(qtbot: QtBot, closed_vault: tuple[Path, str]) -> None:
    dialog = CreateVaultDialog(default_path=closed_vault[0])
    qtbot.addWidget(dialog)
    dialog.pass1.setText(PASSPHRASE)
    dialog.pass2.setText(PASSPHRASE)
    dialog.submit()
    assert "bestaat al" in dialog.error.text() and dialog.stack.currentIndex() == 0


def test_format_key_two_lines() -> None:
    text = format_key("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    assert text.splitlines() == ["AAAA   BBBB   CCCC   DDDD", "EEEE   FFFF   GGGG   HHHH"]


def test_unlock_wrong_then_right(qtbot: QtBot, closed_vault: tuple[Path, str]) -> None:
    dialog = UnlockDialog(closed_vault[0])
    qtbot.addWidget(dialog)
    dialog.submit()
    assert "Typ je wachtwoordzin" in dialog.error.text()
    dialog.passphrase.setText("helemaal fout")
    dialog.submit()
    assert dialog.busy.isVisibleTo(dialog) and not dialog.ok.isEnabled()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=20000)
    assert "Verkeerde wachtwoordzin" in dialog.error.text()
    assert dialog.passphrase.text() == "" and dialog.ok.isEnabled() and not dialog.busy.isVisibleTo(dialog)
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=20000) as blocker:
        dialog.submit()
    assert dialog.passphrase.text() == ""
    blocker.args[0].close()


def test_recovery_flow_sets_new_passphrase(qtbot: QtBot, closed_vault: tuple[Path, str]) -> None:
    path, recovery = closed_vault
    dialog = UnlockDialog(path)
    qtbot.addWidget(dialog)
    dialog.forgot.click()
    assert dialog.stack.currentIndex() == RECOVERY_PAGE
    dialog.recovery.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    dialog.new1.setText(NEW_PASSPHRASE)
    dialog.new2.setText(NEW_PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=20000)
    assert "herstelsleutel past niet" in dialog.error.text()
    dialog.recovery.setText(recovery.lower().replace("-", " "))  # tolerant of case and spaces
    dialog.new2.setText("iets anders dan dat")
    dialog.submit()
    assert "verschillen" in dialog.pair.match.text()
    dialog.new2.setText(NEW_PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=20000) as blocker:
        dialog.submit()
    blocker.args[0].close()
    with Vault.open(path, NEW_PASSPHRASE):
        pass


def test_damaged_vault_message_names_backup_folder(qtbot: QtBot, closed_vault: tuple[Path, str]) -> None:
    path = closed_vault[0]
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 1
    path.write_bytes(bytes(data))
    (path.parent / f"{path.name}.backups").mkdir()
    dialog = UnlockDialog(path)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=20000)
    text = dialog.error.text()
    assert "beschadigd" in text and "reservekopie" in text and f"{path.name}.backups" in text
    assert not dialog.backups_button.isHidden() and not dialog.ok.isEnabled()


def test_a_damaged_vault_is_never_shown_while_its_pages_are_checked_behind_the_views(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    """#20: the window builds its views while the pages are checked in the background; a vault
    that fails the check is dropped again before anything of it was painted, and the unlock dialog
    says what happened (with the backups folder), as it did when the check came first."""
    from PySide6.QtCore import QEvent, QObject

    data = damage_a_page(Vault.create(vault_path, PASSPHRASE)[0])
    (vault_path.parent / f"{vault_path.name}.backups").mkdir()

    class Paints(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint:
                Paints.count += 1
            return False

    paints = Paints()
    window.tab_widget.installEventFilter(paints)
    window.show()
    qtbot.waitExposed(window)
    opened: list[object] = []
    dialog = window.unlock(vault_path)
    dialog.unlocked.connect(opened.append)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=20000)
    assert opened, "the views were built while the pages were checked"
    assert "beschadigd" in dialog.error.text() and not dialog.backups_button.isHidden()
    assert dialog.isVisible() and window.ctx.vault is None and window.stack.currentWidget() is window.welcome
    QApplication.processEvents()
    assert Paints.count == 0
    assert opened[0].closed  # type: ignore[attr-defined]
    assert vault_path.read_bytes() == data  # nothing was written
    with pytest.raises(DamagedVaultError):  # closed, not held: the file opens (and fails) again
        Vault.open(vault_path, PASSPHRASE)


def test_a_damaged_vault_without_networks_is_refused_without_an_error_in_the_window(
        qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    """The switcher of a vault without networks makes a first one: a write, which waits for the
    page check and fails with it; the window lets the unlock dialog say so (no error escapes)."""
    from app.domain.network import Setting

    data = damage_a_page(Vault.create(vault_path, PASSPHRASE)[0],
                         row=lambda i: Setting(key=f"test.filler.{i}", value="x" * 200))
    window.show()
    dialog = window.unlock(vault_path)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=20000)
    assert "beschadigd" in dialog.error.text()
    assert window.ctx.vault is None and window.stack.currentWidget() is window.welcome
    assert vault_path.read_bytes() == data


def test_missing_key_file_message(qtbot: QtBot, closed_vault: tuple[Path, str]) -> None:
    path = closed_vault[0]
    key_path_for(path).unlink()
    dialog = UnlockDialog(path)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=20000)
    assert "sleutelbestand" in dialog.error.text() and "test.verbind.key" in dialog.error.text()


def test_vault_in_use_message(qtbot: QtBot, vault: Vault) -> None:
    dialog = UnlockDialog(vault.path)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=20000)
    assert "al geopend" in dialog.error.text() and dialog.ok.isEnabled()


def test_cancel_while_deriving_closes_the_late_vault(qtbot: QtBot, closed_vault: tuple[Path, str]) -> None:
    path = closed_vault[0]
    dialog = UnlockDialog(path)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.submit()
    dialog.reject()
    QApplication.processEvents()
    from ui.workers import wait_for_workers

    assert wait_for_workers()

    def reopened() -> bool:  # the queued result arrives and is closed, not leaked (however busy the machine)
        try:
            Vault.open(path, PASSPHRASE).close()
        except VaultInUseError:
            return False
        return True

    qtbot.waitUntil(reopened, timeout=30_000)


def test_change_passphrase(qtbot: QtBot, vault: Vault) -> None:
    dialog = ChangePassphraseDialog(vault)
    qtbot.addWidget(dialog)
    dialog.current.setText("niet de goede zin")
    dialog.pair.first.setText(NEW_PASSPHRASE)
    dialog.pair.second.setText(NEW_PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=20000)
    assert "klopt niet" in dialog.error.text() and dialog.current.text() == ""
    dialog.current.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.submit()
    path = vault.path
    vault.close()
    with Vault.open(path, NEW_PASSPHRASE):
        pass


def _unlock_dialogs(window: MainWindow) -> list[UnlockDialog]:
    return [d for d in window.findChildren(UnlockDialog) if d.isVisible()]


def test_lock_by_ctrl_l_clears_everything(qtbot: QtBot, opened: MainWindow) -> None:
    opened.show()
    opened.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is opened.windowHandle(), timeout=30_000)
    assert opened.ctx.vault is not None and opened.act_passphrase.isEnabled()
    vault = opened.ctx.vault
    qtbot.keyClick(opened, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert opened.ctx.vault is None and vault.closed
    assert opened.stack.currentWidget() is opened.welcome
    assert not opened.act_passphrase.isEnabled() and opened.status_vault.text() == "Geen kluis open"
    assert opened.tabs["overview"].heading.text() == "" and opened.tabs["overview"].model.rowCount() == 0
    dialogs = _unlock_dialogs(opened)
    assert len(dialogs) == 1 and dialogs[0].vault_path == vault.path
    # unlocking again brings the tabs back
    dialogs[0].passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialogs[0].unlocked, timeout=20000):
        dialogs[0].submit()
    assert opened.ctx.vault is not None and opened.stack.currentWidget() is opened.tab_widget


def test_lock_closes_open_dialogs(qtbot: QtBot, opened: MainWindow) -> None:
    opened.show()
    dialog = QDialog(opened)
    dialog.show()
    opened.lock()
    assert not dialog.isVisible()


def test_lock_after_idle_with_fake_clock(qtbot: QtBot, opened: MainWindow) -> None:
    opened.show()
    now = [1000.0]
    opened.idle.clock = lambda: now[0]
    opened.idle.minutes = 5
    opened.idle.start()
    now[0] += 4 * 60
    opened.idle.check()
    assert opened.ctx.vault is not None
    # any input resets the idle time: a key as the system delivers it, to the window
    qtbot.keyClick(opened.windowHandle(), Qt.Key.Key_Shift)
    now[0] += 4 * 60
    opened.idle.check()
    assert opened.ctx.vault is not None
    now[0] += 61
    opened.idle.timer.timeout.emit()  # the timer's tick, without waiting for it
    assert opened.ctx.vault is None and len(_unlock_dialogs(opened)) == 1


def test_input_is_watched_only_while_a_vault_is_open(qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    """Keys, clicks and mouse moves in the window and in a dialog count as input while a vault is
    open; the welcome window runs without the filter (#20), a lock removes it."""
    now = [1000.0]
    window.idle.clock = lambda: now[0]
    window.show()
    qtbot.waitExposed(window)
    window.idle.last_input = 0.0
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Shift)
    assert window.idle.last_input == 0.0
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    window.vault_opened(vault)
    now[0] = 2000.0
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Shift)
    assert window.idle.last_input == 2000.0
    now[0] = 2100.0
    qtbot.mouseMove(window.windowHandle(), QPoint(40, 40))
    assert window.idle.last_input == 2100.0
    dialog = QDialog(window)  # a dialog is a window of its own, watched once it has the focus
    dialog.show()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
    now[0] = 2200.0
    qtbot.mouseClick(dialog.windowHandle(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert window.idle.last_input == 2200.0
    dialog.close()
    window.lock(ask_unlock=False)
    now[0] = 3000.0
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Shift)
    assert window.idle.last_input == 2200.0


def test_idle_zero_minutes_never_locks(qtbot: QtBot, opened: MainWindow) -> None:
    now = [0.0]
    opened.idle.clock = lambda: now[0]
    opened.idle.minutes = 0
    opened.idle.start()
    now[0] += 24 * 3600
    opened.idle.check()
    assert opened.ctx.vault is not None


def test_suspend_locks(qtbot: QtBot, opened: MainWindow) -> None:
    opened._app_state(Qt.ApplicationState.ApplicationActive)
    assert opened.ctx.vault is not None
    opened._app_state(Qt.ApplicationState.ApplicationSuspended)
    assert opened.ctx.vault is None


def test_the_shown_network_is_warmed_and_the_lock_gives_the_collector_back_its_objects(
        qtbot: QtBot, window: MainWindow, vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    calls: list[tuple[Vault, str]] = []
    monkeypatch.setattr(Vault, "warm_search", lambda self, network_id: calls.append((self, network_id)))
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    window.vault_opened(vault)
    qtbot.waitUntil(lambda: bool(calls), timeout=10_000)  # in a worker thread
    assert calls[-1] == (vault, window.ctx.network_id)
    assert gc.get_freeze_count() > 0  # ui.memory.settle: no full collection walks the window's objects
    window.lock(ask_unlock=False)
    assert gc.get_freeze_count() == 0  # released and collected with the key
