"""Reservekopie maken: the list of this vault's backups, "make one now" (verified, then rotated) and
"to another folder" (a USB stick). A warning when the vault lives in a cloud-synced folder."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.config import backup_dir_for
from app.formatting import fmt_datetime
from app.vault.autobackup import AutoBackupResult
from app.vault.backup import (
    backup_vault,
    cloud_folder_warning,
    is_manual,
    list_backups,
    rotate_backups,
)
from ui.context import AppContext
from ui.lock.passphrase import BusyBar
from ui.messages import explain
from ui.widgets.common import wrapped
from ui.widgets.table import Column, Table
from ui.workers import run_in_thread


def _bytes(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _size(path: Path) -> str:
    try:
        return f"{path.stat().st_size / 2**20:.1f} MB".replace(".", ",")
    except OSError:
        return "—"


class BackupDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        assert ctx.vault is not None
        self.vault_path = ctx.vault.path
        self.folder = backup_dir_for(self.vault_path)
        self.last: AutoBackupResult | None = None
        self.setWindowTitle(self.tr("Reservekopieën"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        intro = wrapped(self.tr(
            "Een reservekopie is een versleutelde kopie van de kluis, gecontroleerd voor ze telt. Ze opent met de "
            "wachtwoordzin van het moment waarop ze gemaakt werd. Map: {0}").format(self.folder))
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)
        marker = cloud_folder_warning(self.vault_path)
        if marker:
            warn = QLabel(self.tr(
                "Let op: de kluis staat in een gesynchroniseerde map ({0}). Een synchronisatie terwijl Verbind "
                "werkt kan de kluis beschadigen. Zet ze liever in een gewone map, en bewaar reservekopieën ook "
                "op een USB-stick.").format(marker))
            warn.setObjectName("error")
            warn.setWordWrap(True)
            layout.addWidget(warn)
        kept = self.tr("op verzoek, blijft bewaard")
        self.table = Table([  # newest first; sizes sort as bytes, not as text
            Column("stamp", "Gemaakt op", "Made on", lambda b: b[0],
                   text=lambda b: fmt_datetime(b[0]) + (" · " + kept if is_manual(b[1]) else "")),
            Column("size", "Grootte", "Size", lambda b: _bytes(b[1]), text=lambda b: _size(b[1]))],
            ctx.lang, id_of=lambda b: str(b[1]))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("Nog geen reservekopieën. Maak er nu een; daarna maakt Verbind er elke dag en bij "
                                    "het afsluiten zelf een (zie Instellingen)."))
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.busy = BusyBar()
        layout.addWidget(self.busy)
        self.status = wrapped()
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.now_button = QPushButton(self.tr("&Nu een reservekopie maken"))
        self.now_button.setDefault(True)
        self.now_button.clicked.connect(lambda: self.make_backup(None))
        self.usb_button = QPushButton(self.tr("Naar een andere &map (USB-stick)…"))
        self.usb_button.clicked.connect(self._choose_folder)
        close = QPushButton(self.tr("Sluiten"))
        close.clicked.connect(self.accept)
        row.addWidget(self.now_button)
        row.addWidget(self.usb_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        backups = list_backups(self.folder)
        self.table.set_rows(backups)
        self.table.setVisible(bool(backups))
        self.empty.setVisible(not backups)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Map voor de reservekopie"), str(Path.home()))
        if folder:
            self.make_backup(Path(folder))

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.now_button.setEnabled(not busy)
        self.usb_button.setEnabled(not busy)

    def make_backup(self, folder: Path | None) -> None:
        """Into the vault's backup folder (then rotated) or into `folder` (kept as is)."""
        vault = self.ctx.vault
        if vault is None:
            return
        self._set_busy(True)
        self.status.setText(self.tr("Reservekopie maken en controleren…"))

        def work() -> AutoBackupResult:
            path = backup_vault(vault, folder, manual=True)
            removed = rotate_backups(self.folder) if folder is None else []
            return AutoBackupResult(path, len(removed))

        run_in_thread(work, self._done, self._failed, context=self)

    def _done(self, result: AutoBackupResult) -> None:
        self._set_busy(False)
        self.last = result
        self.status.setText(self.tr("Reservekopie gemaakt en gecontroleerd: {0}").format(result.path))
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        self.status.setText("")
        self.last = AutoBackupResult(None, error=str(exc))
        QMessageBox.warning(self, self.windowTitle(), self.tr("De reservekopie is niet gelukt: {0} Er werd geen "
                                                              "halve kopie achtergelaten.").format(explain(exc)))


def open_dialog(ctx: AppContext, parent: QWidget | None = None) -> None:
    BackupDialog(ctx, parent).exec()
