"""Herstelblad opnieuw afdrukken: a lost or worn recovery sheet is printed again from the recovery
key, after the key is checked against this vault's key file (off the GUI thread: it takes as long
as unlocking). Nothing is written when the key does not fit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import WrongPassphraseError
from app.reports.recovery_sheet import reprint
from ui.lock.passphrase import BusyBar, ErrorLabel, FitHeight
from ui.messages import explain
from ui.workers import run_in_thread


class RecoverySheetDialog(QDialog):
    def __init__(self, vault_path: Path, lang: str = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_path = vault_path
        self.lang = lang
        self.setWindowTitle(self.tr("Herstelblad opnieuw afdrukken"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Typ de herstelsleutel over van je oude blad (of waar je ze bewaarde). Verbind "
                               "controleert eerst of ze deze kluis opent en maakt dan een nieuw blad als PDF. Druk het "
                               "af en verwijder daarna het bestand."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key = QLineEdit()
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key.setPlaceholderText("XXXX-XXXX-…")
        layout.addWidget(self.key)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.busy = BusyBar()
        layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("PDF maken…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Sluiten"))
        self.buttons.accepted.connect(lambda: self.make())
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        layout.addWidget(self.done_label)
        self.resize(520, 0)
        FitHeight(self)  # as tall as its wrapped texts need

    def make(self, path: Path | None = None) -> None:
        typed = self.key.text().strip()
        if not typed:
            self.error.say(self.tr("Typ eerst de herstelsleutel."))
            return
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Herstelblad bewaren"),
                                                  str(Path.home() / "herstelblad.pdf"), "PDF (*.pdf)")
            if not name:
                return
            path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(f"{path.name}.pdf")
        self.error.hide()
        self.busy.show()
        self.buttons.setEnabled(False)
        target, vault_path, lang = path, self.vault_path, self.lang
        run_in_thread(lambda: reprint(vault_path, typed, target, lang), lambda _r: self._done(target), self._failed,
                      context=self)

    def _done(self, path: Path) -> None:
        self.busy.hide()
        self.buttons.setEnabled(True)
        self.key.clear()
        self.done_label.setText(self.tr("Herstelblad bewaard in {0}. De sleutel klopt voor deze kluis.").format(path))

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.buttons.setEnabled(True)
        if isinstance(exc, WrongPassphraseError):
            self.error.say(self.tr("Deze herstelsleutel opent deze kluis niet. Controleer elk teken; er werd niets "
                                   "geschreven."))
        else:
            self.error.say(explain(exc, self.vault_path))
