"""Nieuwe kluis maken: choose a file and a passphrase (twice, with a strength hint), then the
recovery key is shown once in groups, can be saved as a recovery sheet PDF, and must be checked
by typing its last group back before the vault opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.vault import PendingVault, Vault
from ui.lock.passphrase import BusyBar, ErrorLabel, PassphrasePair
from ui.messages import explain
from ui.workers import run_in_thread

SUFFIX = ".verbind"


def default_vault_path() -> Path:
    """~/Verbind/mijn-netwerk.verbind, or -2, -3 … when that name is taken."""
    folder = Path.home() / "Verbind"
    candidate = folder / f"mijn-netwerk{SUFFIX}"
    n = 2
    while candidate.exists():
        candidate = folder / f"mijn-netwerk-{n}{SUFFIX}"
        n += 1
    return candidate


def format_key(recovery_key: str) -> str:
    """Eight groups of four on two lines, as on the recovery sheet."""
    groups = recovery_key.split("-")
    half = (len(groups) + 1) // 2
    return "   ".join(groups[:half]) + "\n" + "   ".join(groups[half:])


class CreateVaultDialog(QDialog):
    """Emits `created(Vault)` once the user confirmed the recovery key; the vault is open then."""

    created = Signal(object)

    def __init__(self, parent: QWidget | None = None, default_path: Path | None = None, lang: str = "nl") -> None:
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(self.tr("Nieuwe kluis maken"))
        self.setMinimumWidth(560)
        self.vault: Vault | None = None
        self.recovery_key = ""
        self.pending: PendingVault | None = None
        self.final_path: Path | None = None
        self.sheet_saved: Path | None = None
        self._busy = False
        self.stack = QStackedWidget()
        self.busy = BusyBar()
        self.error = ErrorLabel()

        # page 0: file and passphrase
        page = QWidget()
        form = QFormLayout(page)
        intro = QLabel(self.tr("Een kluis is één versleuteld bestand met al je gegevens. Kies waar je het bewaart "
                               "en een wachtwoordzin die je alleen zelf kent."))
        intro.setWordWrap(True)
        form.addRow(intro)
        row = QHBoxLayout()
        self.path = QLineEdit(str(default_path or default_vault_path()))
        browse = QPushButton(self.tr("Bladeren…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Bestand"), row)
        self.pair = PassphrasePair(form, self.tr("Wachtwoordzin"), self.tr("Herhaal"))
        self.pass1, self.pass2 = self.pair.first, self.pair.second
        note = QLabel(self.tr("Niemand kan een vergeten wachtwoordzin terughalen, ook Verbind niet. Daarom krijg "
                              "je zo meteen een herstelsleutel om op papier te bewaren."))
        note.setWordWrap(True)
        note.setObjectName("muted")
        form.addRow(note)
        self.stack.addWidget(page)

        # page 1: the recovery key, shown once
        kpage = QWidget()
        kl = QVBoxLayout(kpage)
        head = QLabel(self.tr("<b>Je herstelsleutel</b> — schrijf ze op papier of bewaar het herstelblad, "
                              "en leg het op een veilige plek, niet bij de laptop. Ze wordt maar één keer getoond."))
        head.setWordWrap(True)
        kl.addWidget(head)
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.6)
        mono.setBold(True)
        self.key_label.setFont(mono)
        kl.addWidget(self.key_label)
        sheet_row = QHBoxLayout()
        self.sheet_button = QPushButton(self.tr("Herstelblad bewaren als PDF…"))
        self.sheet_button.clicked.connect(self._save_sheet)
        sheet_row.addWidget(self.sheet_button)
        self.sheet_note = QLabel()
        self.sheet_note.setWordWrap(True)
        sheet_row.addWidget(self.sheet_note, 1)
        kl.addLayout(sheet_row)
        kl.addSpacing(8)
        kl.addWidget(QLabel(self.tr("Typ ter controle de laatste groep van vier tekens over:")))
        self.confirm = QLineEdit()
        self.confirm.setMaxLength(8)
        self.confirm.setPlaceholderText(self.tr("laatste groep"))
        kl.addWidget(self.confirm)
        kl.addStretch(1)
        self.stack.addWidget(kpage)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Kluis maken"))
        self.cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.pass1.setFocus()

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Nieuwe kluis"), self.path.text(),
                                              self.tr("Verbind-kluis (*.verbind)"))
        if name:
            self.path.setText(name if name.endswith(SUFFIX) else name + SUFFIX)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.stack.setEnabled(not busy)
        self.ok.setEnabled(not busy)
        self.cancel.setEnabled(not busy)  # the vault is being written: finish, then show the key

    def _fail(self, message: str) -> None:
        self._set_busy(False)
        self.error.say(message)

    def target_path(self) -> Path | None:
        text = self.path.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)

    def submit(self) -> None:
        if self.stack.currentIndex() == 1:
            self._confirm_key()
            return
        path = self.target_path()
        if path is None:
            self._fail(self.tr("Kies een bestandsnaam voor de kluis."))
            return
        if path.exists() or Path(f"{path}.key").exists():
            self._fail(self.tr("Er bestaat al een kluis {0}. Kies een andere naam: Verbind overschrijft nooit "
                               "een kluis.").format(path))
            return
        problem = self.extra_problem() or self.pair.problem()
        if problem:
            self._fail(problem)
            return
        passphrase = self.pair.text()
        self.error.hide()
        self._set_busy(True)
        run_in_thread(lambda: self.make_vault(path, passphrase), self._created,
                      lambda exc: self._fail(explain(exc, path)), context=self)

    def extra_problem(self) -> str | None:
        """What is wrong with fields a subclass adds (None: nothing)."""
        return None

    def make_vault(self, path: Path, passphrase: str) -> tuple[Vault, str] | PendingVault:
        """Runs on a worker thread: the new vault and its recovery key — pending (under its staged
        name) until the user confirmed the key, so a crash meanwhile leaves no vault behind."""
        return Vault.begin_create(path, passphrase)

    def _created(self, result: tuple[Vault, str] | PendingVault) -> None:
        if isinstance(result, PendingVault):
            self.pending, self.vault, self.recovery_key = result, result.vault, result.recovery
            self.final_path = result.path
        else:
            self.vault, self.recovery_key = result
            self.final_path = self.vault.path
        self.pair.clear()
        self._set_busy(False)
        self.error.hide()
        self.key_label.setText(format_key(self.recovery_key))
        self.ok.setText(self.tr("Ik heb ze bewaard"))
        self.cancel.hide()
        self.stack.setCurrentIndex(1)
        self.confirm.setFocus()

    def _confirm_key(self) -> None:
        last = self.recovery_key.split("-")[-1]
        if self.confirm.text().strip().upper() != last:
            self._fail(self.tr("Dat is niet de laatste groep van je herstelsleutel. Kijk ze nog eens na."))
            self.confirm.selectAll()
            self.confirm.setFocus()
            return
        assert self.vault is not None
        if self.pending is not None:
            try:
                vault = self.pending.commit()
            except Exception as exc:
                self.pending = self.vault = None
                self._fail(explain(exc, self.final_path))
                return
            self.pending = self.vault = None
        else:
            vault, self.vault = self.vault, None
        self.recovery_key = ""
        self.key_label.clear()
        self.created.emit(vault)
        self.accept()

    def _save_sheet(self) -> None:
        assert self.final_path is not None
        default = str(self.final_path.parent / f"herstelblad-{self.final_path.stem}.pdf")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Herstelblad bewaren"), default, "PDF (*.pdf)")
        if name:
            self.save_sheet_to(Path(name))

    def save_sheet_to(self, path: Path) -> None:
        from app.reports.recovery_sheet import write_recovery_sheet

        assert self.final_path is not None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_recovery_sheet(path, self.recovery_key, self.final_path, self.lang)
        except OSError as exc:
            self.error.say(self.tr("Het herstelblad kon niet bewaard worden: {0}").format(exc.strerror or exc))
            return
        self.sheet_saved = path
        self.sheet_note.setText(self.tr("Bewaard: {0}. Druk het af en wis daarna het bestand.").format(path.name))

    def reject(self) -> None:
        if self._busy:
            return
        if self.vault is not None:
            # the vault exists already: the key must not be lost without a conscious check
            self.error.say(self.tr("Bevestig eerst dat je de herstelsleutel hebt bewaard: typ de laatste groep over."))
            return
        super().reject()
