"""Kluis ontgrendelen: the passphrase is checked on a worker thread (Argon2id takes about a second)
behind a busy bar. Wrong passphrase, damage, a missing key file, a newer vault and a vault in use
each get their own message, right under the field it is about; "Wachtwoordzin vergeten?" leads to the
recovery-key flow, which sets a new passphrase. The dialog is as tall as the page it shows."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.config import backup_dir_for
from app.errors import DamagedVaultError, SlowUnlockError, VaultInUseError, WrongPassphraseError
from ui.lock.create_dialog import key_font
from ui.lock.passphrase import BusyBar, ErrorLabel, FitHeight, PassphrasePair
from ui.messages import explain
from ui.workers import run_in_thread

if TYPE_CHECKING:  # the vault layer (SQLAlchemy, cryptography) loads while the user types
    from app.vault import Vault

PASSPHRASE_PAGE, RECOVERY_PAGE = 0, 1


class UnlockDialog(QDialog):
    """Emits `unlocked(Vault)` and closes when the vault is open.

    With a passphrase, the vault's pages are checked (`Vault.open_with_key(verify="background")`)
    while the `unlocked` receiver builds its views, so the user does not wait for the two in turn
    (#20); the dialog closes only once the check passed. A page that fails it emits
    `damaged(Vault)` right after `unlocked`, before anything was painted: the receiver drops the
    vault again, the dialog closes it and says what happened, as for any vault that will not open."""

    unlocked = Signal(object)
    damaged = Signal(object)

    def __init__(self, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_path = Path(vault_path)
        self.setWindowTitle(self.tr("Kluis ontgrendelen"))
        self.setMinimumWidth(500)
        self._busy = False
        self._cancelled = False
        self._allow_slow = False  # the user agreed to an unusually slow key file
        self.stack = QStackedWidget()
        self.busy = BusyBar()
        self.error = ErrorLabel()
        self.backups_button = QPushButton(self.tr("Map met reservekopieën openen"))
        self.backups_button.clicked.connect(self._open_backups)
        self.backups_button.hide()

        # page 0: passphrase
        page = QWidget()
        form = self.form = QFormLayout(page)
        name = QLabel(self.tr("Kluis: <b>{0}</b>").format(self.vault_path.name))
        name.setToolTip(str(self.vault_path))
        form.addRow(name)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Wachtwoordzin"), self.passphrase)
        form.addRow("", self.error)  # right under the field (it moves to the recovery page with it)
        self.forgot = QPushButton(self.tr("Wachtwoordzin vergeten?"))
        self.forgot.setFlat(True)
        self.forgot.setObjectName("link")
        self.forgot.clicked.connect(lambda: self.show_page(RECOVERY_PAGE))
        form.addRow("", self.forgot)
        self.stack.addWidget(page)

        # page 1: recovery key + a new passphrase
        rpage = QWidget()
        rform = self.rform = QFormLayout(rpage)
        explain_label = QLabel(self.tr("Typ de herstelsleutel van je herstelblad (acht groepen van vier tekens) "
                                       "en kies een nieuwe wachtwoordzin."))
        explain_label.setWordWrap(True)
        rform.addRow(explain_label)
        self.recovery = QLineEdit()
        self.recovery.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.recovery.setFont(key_font(1.0))
        rform.addRow(self.tr("Herstelsleutel"), self.recovery)
        self.pair = PassphrasePair(rform, self.tr("Nieuwe wachtwoordzin"), self.tr("Herhaal"))
        self.new1, self.new2 = self.pair.first, self.pair.second
        back = QPushButton(self.tr("Terug naar de wachtwoordzin"))
        back.setFlat(True)
        back.setObjectName("link")
        back.clicked.connect(lambda: self.show_page(PASSPHRASE_PAGE))
        rform.addRow("", back)
        self.stack.addWidget(rpage)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Ontgrendelen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        layout.addWidget(self.backups_button)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self._fit_page()
        self.fit_height = FitHeight(self, self._needed_height)
        self.passphrase.setFocus()

    def _fit_page(self) -> None:
        """Only the page shown counts for the dialog's size: no empty band under the passphrase."""
        for i in range(self.stack.count()):
            page = self.stack.widget(i)
            if page is not None:
                shown = i == self.stack.currentIndex()
                policy = QSizePolicy.Policy.Preferred if shown else QSizePolicy.Policy.Ignored
                page.setSizePolicy(policy, policy)

    def show_page(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self._fit_page()
        self.error.hide()
        # the message sits under the page's first field: the passphrase, or the recovery key
        for form in (self.form, self.rform):
            if form.indexOf(self.error) >= 0:
                form.takeRow(self.error)
        if index == PASSPHRASE_PAGE:
            self.form.insertRow(2, "", self.error)
        else:
            self.rform.insertRow(2, "", self.error)
        self.backups_button.hide()
        self.ok.setEnabled(True)
        self.ok.setText(self.tr("Ontgrendelen") if index == PASSPHRASE_PAGE else self.tr("Herstellen en ontgrendelen"))
        (self.passphrase if index == PASSPHRASE_PAGE else self.recovery).setFocus()
        if self.isVisible():
            QTimer.singleShot(0, self, self._fit)  # once the layouts know the page's size: shrink or grow

    def _needed_height(self) -> int:
        """The height the shown page needs at this width, with what lies around the stack."""
        page = self.stack.currentWidget()
        if page is None:
            return self.height()
        width = self.stack.width()
        own = page.heightForWidth(width) if page.hasHeightForWidth() else page.sizeHint().height()
        return self.height() - self.stack.height() + max(own, page.minimumSizeHint().height())

    def _fit(self) -> None:
        self.adjustSize()
        self.fit_height.fit()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.ok.setEnabled(not busy)
        self.stack.setEnabled(not busy)

    def _fail(self, message: str, retry: bool = True) -> None:
        self._set_busy(False)
        self.error.say(message)
        self.ok.setEnabled(retry)
        if self.stack.currentIndex() == PASSPHRASE_PAGE and retry:
            self.passphrase.clear()
            self.passphrase.setFocus()

    def submit(self) -> None:
        if self._busy:
            return
        path = self.vault_path
        self.backups_button.hide()
        if self.stack.currentIndex() == PASSPHRASE_PAGE:
            passphrase = self.passphrase.text()
            if not passphrase:
                self._fail(self.tr("Typ je wachtwoordzin."))
                return

            allow_slow = self._allow_slow

            def work() -> Vault:
                from app.vault import Vault

                return Vault.open(path, passphrase, allow_slow=allow_slow, verify="background")
        else:
            key = self.recovery.text().strip()
            if not key:
                self._fail(self.tr("Typ de herstelsleutel."))
                self.recovery.setFocus()
                return
            if self.pair.check():  # shown beside the new passphrase's fields
                self.error.hide()
                return
            new = self.pair.text()

            def work() -> Vault:
                from app.vault import Vault

                vault = Vault.open(path, recovery_key=key)
                try:
                    vault.change_passphrase(new)
                except BaseException:
                    vault.close()
                    raise
                return vault

        self.error.hide()
        self._set_busy(True)
        dialog = self

        def arrived(vault: Vault) -> None:
            if not shiboken6.isValid(dialog) or dialog._cancelled:
                vault.close()  # the dialog was closed while the key was being derived: do not leave it open
                return
            dialog._done(vault)

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(dialog) and not dialog._cancelled:
                dialog._error(exc)

        run_in_thread(work, arrived, failed)

    def _done(self, vault: Vault) -> None:
        self.unlocked.emit(vault)  # the receiver builds its views while the pages are checked
        try:
            vault.wait_verified()
        except Exception as exc:  # a damaged page, or the disk went away meanwhile
            self.damaged.emit(vault)
            vault.close()
            self._error(exc)
            return
        self._set_busy(False)
        self.passphrase.clear()
        self.recovery.clear()
        self.pair.clear()
        self.accept()

    def _error(self, exc: BaseException) -> None:
        if isinstance(exc, SlowUnlockError) and not self._allow_slow:
            self._set_busy(False)
            answer = QMessageBox.question(self, self.windowTitle(), self.tr(
                "Het sleutelbestand van deze kluis vraagt ongewoon veel rekenwerk (ongeveer {0} seconden en {1} MiB "
                "geheugen). Verbind stelt dat zelf nooit zo hoog in: het bestand kan beschadigd of gewijzigd zijn.\n\n"
                "Toch ontgrendelen?").format(round(exc.seconds), exc.memory_mib))
            if answer == QMessageBox.StandardButton.Yes:
                self._allow_slow = True
                self.submit()
            return
        if isinstance(exc, WrongPassphraseError) and self.stack.currentIndex() == RECOVERY_PAGE:
            self._fail(self.tr("Deze herstelsleutel past niet bij deze kluis. Controleer elke groep van vier tekens."))
            self.recovery.setFocus()
            return
        self._fail(explain(exc, self.vault_path), retry=isinstance(exc, WrongPassphraseError | VaultInUseError))
        if isinstance(exc, DamagedVaultError) and backup_dir_for(self.vault_path).is_dir():
            self.backups_button.show()

    def _open_backups(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(backup_dir_for(self.vault_path))))

    def reject(self) -> None:
        self._cancelled = self._busy
        super().reject()
