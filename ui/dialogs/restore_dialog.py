"""Reservekopie terugzetten: choose a backup (this vault's, or a file from a USB stick), type the
passphrase it was made with; it is verified first, then — after a confirmation that says what
happens — it replaces the vault. The current vault is kept aside as `<vault>.before-restore-<stamp>`,
never destroyed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.config import backup_dir_for
from app.errors import DamagedVaultError
from app.formatting import fmt_datetime
from app.vault import Vault, derive_key
from app.vault.backup import is_manual, is_other_vault, list_backups, restore_backup, verify_backup
from ui.context import AppContext
from ui.lock.passphrase import BusyBar, ErrorLabel
from ui.messages import explain
from ui.widgets.common import wrapped
from ui.workers import run_in_thread


class RestoreDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        assert ctx.vault is not None
        self.vault_path = ctx.vault.path
        self.result_message = ""
        self.setWindowTitle(self.tr("Reservekopie terugzetten"))
        self.resize(620, 440)
        layout = QVBoxLayout(self)
        intro = wrapped(self.tr(
            "Kies de reservekopie die je wil terugzetten. Ze vervangt de huidige kluis; die blijft bewaard als "
            "{0}.before-restore-<datum-tijd>, zodat er niets verloren gaat.").format(self.vault_path.name))
        layout.addWidget(intro)
        self.backups = list_backups(backup_dir_for(self.vault_path))
        self.table = QTableWidget(len(self.backups), 1)
        self.table.setHorizontalHeaderLabels([self.tr("Reservekopieën van deze kluis")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for r, (stamp, path) in enumerate(self.backups):
            text = fmt_datetime(stamp)
            if is_manual(path):
                text += " · " + self.tr("op verzoek gemaakt")
            self.table.setItem(r, 0, QTableWidgetItem(text))
        self.table.itemSelectionChanged.connect(self._picked)
        layout.addWidget(self.table, 1)
        if not self.backups:
            self.table.hide()
            none = QLabel(self.tr("Er staan nog geen reservekopieën naast deze kluis. Kies een bestand, bv. op een "
                                  "USB-stick."))
            none.setObjectName("muted")
            none.setWordWrap(True)
            layout.addWidget(none)
            layout.addStretch(1)  # the room the list would take stays below the texts, not between their lines
        form = QFormLayout()
        row = QHBoxLayout()
        self.file = QLineEdit()
        self.file.setPlaceholderText(self.tr("…/kluis-20261124-170000.verbind"))
        browse = QPushButton(self.tr("Ander &bestand…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        file_label = QLabel(self.tr("&Reservekopie"))
        file_label.setBuddy(self.file)
        form.addRow(file_label, row)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("de wachtwoordzin van toen de kopie gemaakt werd"))
        form.addRow(self.tr("&Wachtwoordzin"), self.passphrase)
        layout.addLayout(form)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.busy = BusyBar()
        layout.addWidget(self.busy)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("&Controleren en terugzetten…"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self.backups:
            self.table.selectRow(0)

    def _picked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.file.setText(str(self.backups[rows[0].row()][1]))

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Reservekopie kiezen"), self.file.text() or str(Path.home()),
                                              self.tr("Verbind-kluis (*.verbind)"))
        if name:
            self.table.clearSelection()
            self.file.setText(name)

    def check(self) -> None:
        """Verify the backup with its passphrase (off the GUI thread), then ask, then restore."""
        backup = Path(self.file.text().strip())
        passphrase = self.passphrase.text()
        if not self.file.text().strip() or not backup.is_file():
            self.error.say(self.tr("Kies een reservekopie (een bestand dat eindigt op .verbind)."))
            return
        if backup.resolve() == self.vault_path.resolve():
            self.error.say(self.tr("Dat is de kluis zelf, geen reservekopie. Kies een kopie uit de lijst of een bestand."))
            return
        if not passphrase:
            self.error.say(self.tr("Typ de wachtwoordzin waarmee de reservekopie gemaakt werd."))
            return
        self.error.hide()
        self.busy.show()
        self.restore_button.setEnabled(False)

        def verify() -> list[str]:
            return verify_backup(backup, derive_key(backup, passphrase))

        run_in_thread(verify, lambda problems: self._verified(problems, backup, passphrase), self._failed, context=self)

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.restore_button.setEnabled(True)
        self.error.say(explain(exc, Path(self.file.text().strip())))

    def _verified(self, problems: list[str], backup: Path, passphrase: str) -> None:
        self.busy.hide()
        self.restore_button.setEnabled(True)
        if problems:
            self._failed(DamagedVaultError("; ".join(problems)))
            return
        question = self.tr(
            "De reservekopie is in orde. De huidige kluis {0} wordt nu vervangen door deze kopie; wat je sindsdien "
            "wijzigde, staat dan niet meer in de kluis. De huidige kluis blijft bewaard als "
            "{0}.before-restore-<datum-tijd>.\n\nTerugzetten?").format(self.vault_path.name)
        if is_other_vault(backup, self.vault_path):
            question = self.tr(
                "Let op: deze reservekopie hoort bij een andere kluis dan {0}. Na het terugzetten open je {0} "
                "met de wachtwoordzin en herstelsleutel van die andere kluis.").format(self.vault_path.name) \
                + "\n\n" + question
        answer = QMessageBox.question(self, self.windowTitle(), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.accept()
        perform_restore(self.ctx, self.parentWidget(), backup, passphrase)


def perform_restore(ctx: AppContext, window: Any, backup: Path, passphrase: str) -> None:
    """Close the vault (through the window's lock when there is one), restore, reopen."""
    assert ctx.vault is not None
    vault_path = ctx.vault.path
    if window is not None and hasattr(window, "lock"):
        window.lock(ask_unlock=False)
    else:
        vault, ctx.vault = ctx.vault, None
        vault.close()

    def work() -> tuple[Vault, Path | None]:
        result = restore_backup(backup, vault_path, passphrase)
        return Vault.open(vault_path, passphrase), result.kept

    def done(result: tuple[Vault, Path | None]) -> None:
        vault, kept = result
        if window is not None and hasattr(window, "vault_opened") and shiboken6.isValid(window):
            window.vault_opened(vault)
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(QCoreApplication.translate(
                    "RestoreDialog", "Reservekopie teruggezet. De vorige kluis staat in {0}.").format(kept), 15000)
        else:
            ctx.vault = vault

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(window, "Verbind", explain(exc, vault_path))
        if window is not None and hasattr(window, "unlock"):
            window.unlock(vault_path)

    run_in_thread(work, done, failed)


def open_dialog(ctx: AppContext, parent: QWidget | None = None) -> None:
    dialog = RestoreDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exec()
