"""Wachtwoordzin wijzigen: the current passphrase proves it is the owner at the keyboard, then the
data key is re-wrapped under the new one (the data itself is never re-encrypted). Both slow key
derivations run on a worker thread."""

from __future__ import annotations

import hmac
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
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
from ui.lock.passphrase import BusyBar, ErrorLabel, FitHeight, PassphrasePair
from ui.messages import explain
from ui.workers import run_in_thread

if TYPE_CHECKING:
    from app.vault import Vault


class ChangePassphraseDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self._busy = False
        self.setWindowTitle(self.tr("Wachtwoordzin wijzigen"))
        self.setMinimumWidth(500)
        form = QFormLayout()
        intro = QLabel(self.tr("De gegevens blijven zoals ze zijn; alleen de sleutel wordt opnieuw verpakt. "
                               "Je herstelsleutel blijft geldig."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Huidige wachtwoordzin"), self.current)
        self.pair = PassphrasePair(form, self.tr("Nieuwe wachtwoordzin"), self.tr("Herhaal"))
        self.busy = BusyBar()
        self.error = ErrorLabel().keep_room()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Wijzigen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        FitHeight(self)  # its wrapped texts are never squeezed
        self.current.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        for w in (self.ok, self.current, self.pair.first, self.pair.second):
            w.setEnabled(not busy)

    def submit(self) -> None:
        if self._busy:
            return
        if not self.current.text():
            self.error.say(self.tr("Typ je huidige wachtwoordzin."))
            return
        if self.pair.check():  # shown beside the new passphrase's fields
            self.error.hide()
            return
        if self.pair.text() == self.current.text():
            self.error.say(self.tr("De nieuwe wachtwoordzin is dezelfde als de huidige."))
            return
        vault, current, new = self.vault, self.current.text(), self.pair.text()

        def work() -> None:
            if not hmac.compare_digest(derive_key(vault.path, current), vault.data_key):
                raise WrongPassphraseError("current passphrase does not match")
            vault.change_passphrase(new)

        self.error.hide()
        self._set_busy(True)
        run_in_thread(work, self._done, self._failed, context=self)

    def _done(self, _result: object) -> None:
        self._set_busy(False)
        self.current.clear()
        self.pair.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, WrongPassphraseError):
            self.error.say(self.tr("De huidige wachtwoordzin klopt niet. Er werd niets gewijzigd."))
            self.current.clear()
            self.current.setFocus()
        else:
            self.error.say(explain(exc, self.vault.path))

    def reject(self) -> None:
        if not self._busy:  # the key file is being rewritten: let it finish
            super().reject()
