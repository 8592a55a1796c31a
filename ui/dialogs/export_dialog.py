"""Exporteren: one kind of records to CSV, XLSX or JSON, for the chosen network or all. The file
leaves the vault unencrypted: the user must acknowledge that before anything is written. Cells
that a spreadsheet would run as a formula are neutralised (app/io/export.py); the write is atomic."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.io.export import export_rows, write_export
from ui import ops
from ui.context import AppContext
from ui.lock.passphrase import BusyBar, ErrorLabel
from ui.messages import explain
from ui.widgets.common import wrapped
from ui.workers import run_in_thread

KIND_LABELS = {
    "stakeholders": ("Stakeholders", "Stakeholders"), "ambassadors": ("Ambassadeurs", "Ambassadors"),
    "trajectories": ("Trajecten", "Trajectories"), "interactions": ("Contactmomenten", "Contact moments"),
    "activities": ("Activiteiten", "Activities"), "signals": ("Signalen", "Signals"),
}
FORMAT_LABELS = {"xlsx": "Excel (.xlsx)", "csv": "CSV (.csv)", "json": "JSON (.json)"}


class ExportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.written: tuple[Path, int] | None = None
        self.setWindowTitle(self.tr("Exporteren"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        i = 0 if ctx.lang == "nl" else 1
        self.kind = QComboBox()
        for key, labels in KIND_LABELS.items():
            self.kind.addItem(labels[i], key)
        form.addRow(self.tr("&Wat"), self.kind)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Het gekozen netwerk"), "network")
        self.scope.addItem(self.tr("Alle netwerken in deze kluis"), "all")
        if not ctx.network_id:
            self.scope.setCurrentIndex(1)
            self.scope.setEnabled(False)
        form.addRow(self.tr("&Van"), self.scope)
        self.format = QComboBox()
        for key, label in FORMAT_LABELS.items():
            self.format.addItem(label, key)
        form.addRow(self.tr("&Formaat"), self.format)
        row = QHBoxLayout()
        self.path = QLineEdit()
        browse = QPushButton(self.tr("&Bladeren…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        path_label = QLabel(self.tr("&Bestand"))
        path_label.setBuddy(self.path)
        form.addRow(path_label, row)
        self.names = QCheckBox(self.tr("Ook de optionele namen van kinderen meenemen (afgeraden)"))
        self.names.setVisible(False)
        form.addRow("", self.names)
        layout.addLayout(form)
        warning = wrapped(self.tr(
            "<b>Let op:</b> het exportbestand staat buiten de kluis en is <b>niet versleuteld</b>. Iedereen die het "
            "bestand krijgt, kan het lezen. Bewaar het op een veilige plek en verwijder het zodra je het niet meer "
            "nodig hebt."))
        layout.addWidget(warning)
        self.understood = QCheckBox(self.tr("Ik &begrijp dat het bestand niet versleuteld is"))
        layout.addWidget(self.understood)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.busy = BusyBar()
        layout.addWidget(self.busy)
        self.done_label = wrapped()
        layout.addWidget(self.done_label)
        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(self.tr("&Exporteren"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setEnabled(False)
        buttons.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.understood.toggled.connect(self.export_button.setEnabled)
        self.understood.toggled.connect(lambda _on: self.error.hide())
        self.kind.currentIndexChanged.connect(self._suggest)
        self.format.currentIndexChanged.connect(self._suggest)
        self._suggest()

    def _suggest(self) -> None:
        self.names.setVisible(self.kind.currentData() == "trajectories")
        if not self.path.isModified():
            folder = Path(self.path.text()).parent if self.path.text() else Path.home()
            name = f"verbind-{self.kind.currentData()}-{self.ctx.today().isoformat()}.{self.format.currentData()}"
            self.path.setText(str(folder / name))

    def _browse(self) -> None:
        fmt = self.format.currentData()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Exporteren naar"), self.path.text(),
                                              f"{FORMAT_LABELS[fmt]} (*.{fmt})")
        if name:
            self.path.setText(name if name.lower().endswith(f".{fmt}") else f"{name}.{fmt}")
            self.path.setModified(True)

    def export(self) -> None:
        if not self.understood.isChecked():
            self.error.say(self.tr("Bevestig eerst dat je begrijpt dat het bestand niet versleuteld is."))
            return
        text = self.path.text().strip()
        if not text:
            self.error.say(self.tr("Kies een bestand om naar te exporteren."))
            return
        path = Path(text).expanduser()
        fmt = self.format.currentData()
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")
        if not path.parent.is_dir():
            self.error.say(self.tr("De map {0} bestaat niet. Kies een bestaande map.").format(path.parent))
            return
        kind = self.kind.currentData()
        network_id = self.ctx.network_id if self.scope.currentData() == "network" else None
        include_names = self.names.isVisible() and self.names.isChecked()
        vault = self.ctx.vault
        if vault is None:
            return
        self.error.hide()
        self.busy.show()
        self.export_button.setEnabled(False)

        def work() -> tuple[Path, int]:
            with ops.in_vault(vault) as s:
                rows = export_rows(s, kind, network_id, include_names=include_names)
            write_export(rows, path, fmt)
            return path, len(rows)

        run_in_thread(work, self._written, self._failed, context=self)

    def _written(self, result: tuple[Path, int]) -> None:
        self.busy.hide()
        self.export_button.setEnabled(True)
        self.written = result
        path, count = result
        written = (self.tr("1 rij geschreven naar {0}.").format(path) if count == 1 else
                   self.tr("{0} rijen geschreven naar {1}.").format(count, path))
        self.done_label.setText(written + " " + self.tr("Verwijder het bestand wanneer je het niet meer nodig hebt."))

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.export_button.setEnabled(True)
        self.error.say(explain(exc))


def open_dialog(ctx: AppContext, parent: QWidget | None = None) -> None:
    ExportDialog(ctx, parent).exec()

