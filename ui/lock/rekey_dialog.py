"""Opnieuw versleutelen: the vault moves to a new random data key (app.vault.rekeying), after a
verified backup. The passphrase proves the owner first (with the vault still open); then the
window closes the vault, the rekey and the reopening run on a worker thread, and a new recovery
key, if one was asked for, is shown once."""

from __future__ import annotations

import hmac
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import WrongPassphraseError
from app.vault import derive_key
from ui.lock.create_dialog import RecoveryKeyView, key_font
from ui.lock.passphrase import BusyBar, ErrorLabel, FitHeight
from ui.messages import explain
from ui.workers import run_in_thread

if TYPE_CHECKING:
    from app.vault import Vault


class RekeyDialog(QDialog):
    opened = Signal(object)  # the vault, open again under its new key

    def __init__(self, vault: Vault, close_vault: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.path = vault.path
        self.close_vault = close_vault
        self._busy = False
        self.recovery_shown: str | None = None
        self.setWindowTitle(self.tr("Opnieuw versleutelen"))
        self.setMinimumWidth(520)
        form = QFormLayout()
        intro = QLabel(self.tr(
            "De kluis krijgt een nieuwe, willekeurige sleutel (bijvoorbeeld als een oude sleutel uitgelekt kan zijn). "
            "Eerst wordt een reservekopie gemaakt. Je wachtwoordzin blijft dezelfde; oudere reservekopieën openen "
            "nog met de oude sleutel."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Wachtwoordzin"), self.current)
        self.recovery = QLineEdit()
        self.recovery.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.recovery.setFont(key_font(1.0))
        form.addRow(self.tr("Herstelsleutel"), self.recovery)
        self.new_recovery = QCheckBox(self.tr("Ik heb mijn herstelsleutel niet: maak een nieuwe"))
        self.new_recovery.toggled.connect(self.recovery.setDisabled)
        form.addRow(self.new_recovery)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        self.key_view = RecoveryKeyView()
        self.key_view.hide()
        self.busy = BusyBar()
        self.error = ErrorLabel().keep_room()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Opnieuw versleutelen"))
        self.cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(self.key_view)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        FitHeight(self)  # its wrapped texts are never squeezed
        self.current.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        for w in (self.ok, self.cancel, self.current, self.recovery, self.new_recovery):
            w.setEnabled(not busy)
        if not busy:
            self.recovery.setDisabled(self.new_recovery.isChecked())

    def submit(self) -> None:
        if self._busy:
            return
        if self.recovery_shown is not None or self.vault is None:
            self.accept()
            return
        passphrase = self.current.text()
        recovery = None if self.new_recovery.isChecked() else self.recovery.text().strip()
        if not passphrase:
            self.error.say(self.tr("Typ je wachtwoordzin."))
            return
        if recovery == "":
            self.error.say(self.tr("Typ je herstelsleutel, of kies voor een nieuwe."))
            return
        vault = self.vault

        def check() -> None:
            # proven while the vault is still open: a typo must not close it
            if not hmac.compare_digest(derive_key(vault.path, passphrase), vault.data_key):
                raise WrongPassphraseError("passphrase does not match")
            if recovery is not None and not hmac.compare_digest(derive_key(vault.path, recovery_key=recovery),
                                                                vault.data_key):
                raise WrongPassphraseError("recovery key does not match")

        self.error.hide()
        self._set_busy(True)
        run_in_thread(check, lambda _r: self._rekey(passphrase, recovery), self._failed, context=self)

    def _rekey(self, passphrase: str, recovery: str | None) -> None:
        from app.vault import Vault
        from app.vault.rekeying import rekey_vault

        self.close_vault()  # the window lets go of the vault (this dialog stays: it is busy)
        self.vault = None  # type: ignore[assignment]
        path = self.path

        def work() -> tuple[Any, str | None]:
            _backup, shown = rekey_vault(path, passphrase, recovery)
            return Vault.open(path, passphrase), shown

        run_in_thread(work, self._done, self._failed_closed, context=self)

    def _done(self, result: tuple[Any, str | None]) -> None:
        vault, shown = result
        self._set_busy(False)
        self.current.clear()
        self.recovery.clear()
        self.opened.emit(vault)
        if shown is None:
            self.accept()
            return
        self.recovery_shown = shown
        self.outcome.setText(self.tr("De kluis is opnieuw versleuteld. Je nieuwe herstelsleutel (schrijf ze op papier; "
                                    "ze wordt maar één keer getoond):"))
        self.outcome.show()
        self.key_view.show_key(shown)
        self.key_view.show()
        self.ok.setText(self.tr("Ik heb ze opgeschreven"))
        self.cancel.hide()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, WrongPassphraseError):
            self.error.say(self.tr("De wachtwoordzin of de herstelsleutel klopt niet. Er werd niets gewijzigd."))
        else:
            self.error.say(explain(exc, self.path))

    def _failed_closed(self, exc: BaseException) -> None:
        self._failed(exc)
        self.error.say(self.tr("Opnieuw versleutelen is niet gelukt: {0} De kluis is vergrendeld; open ze opnieuw met "
                               "je wachtwoordzin.").format(explain(exc, self.path)))
        self.ok.setEnabled(False)

    def reject(self) -> None:
        if not self._busy and self.recovery_shown is None:  # a new recovery key must be seen first
            super().reject()
