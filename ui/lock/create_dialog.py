"""Nieuwe kluis maken: choose a file and a passphrase (twice, with a strength hint), then the
recovery key is shown once in groups, in a fixed-width font with the characters it never uses
explained, can be saved as a recovery sheet PDF, and must be checked by typing its last group back
before the vault opens. Messages appear beside what they are about and take room that was kept
for them, so the dialog never reflows while the user types or copies the key."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
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

from app.config import data_dir
from ui.lock.passphrase import BusyBar, ErrorLabel, FitHeight, PassphrasePair
from ui.messages import explain
from ui.workers import run_in_thread

if TYPE_CHECKING:  # loaded when a vault is made, not with the welcome window
    from app.vault import PendingVault, Vault

SUFFIX = ".verbind"
# fixed-width faces that tell 0 from O and 1 from l at a glance, the platform's own fixed font after them
KEY_FONTS = ("DejaVu Sans Mono", "Consolas", "Menlo", "Cascadia Mono", "Liberation Mono", "Noto Sans Mono")


def default_vault_path() -> Path:
    """mijn-netwerk.verbind in Verbind's data folder (platformdirs, or VERBIND_HOME), or -2, -3 …
    when that name is taken."""
    folder = data_dir()
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


def key_font(scale: float = 1.6) -> QFont:
    """A bold fixed-width font for the recovery key, `scale` times the normal size."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    size = font.pointSizeF()
    font.setFamilies([*KEY_FONTS, *font.families()])
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setFixedPitch(True)
    font.setPointSizeF(size * scale)
    font.setBold(True)
    if not QFontInfo(font).fixedPitch():
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(size * scale)
        font.setBold(True)
    return font


class RecoveryKeyView(QWidget):
    """A recovery key as on the recovery sheet: eight groups on two lines in a large fixed-width
    font, never clipped, selectable, and which characters it never uses."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.key = QLabel()
        self.key.setObjectName("recoveryKey")
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setFont(key_font())
        self.key.setText(format_key("-".join(["0000"] * 8)))
        self.key.setMinimumSize(self.key.sizeHint())  # as wide as any key: never clipped
        self.key.clear()
        layout.addWidget(self.key)
        self.note = QLabel(self.tr("Er staan nooit de letters O, I, L of U in: een rondje is altijd het cijfer nul "
                                   "(0), een rechte streep altijd het cijfer één (1). De Q heeft een staartje."))
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)

    def show_key(self, recovery_key: str) -> None:
        self.key.setText(format_key(recovery_key))

    def clear(self) -> None:
        self.key.clear()


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
        self.error = ErrorLabel().keep_room()  # its room is kept: the buttons never jump

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
        self.key_view = RecoveryKeyView()
        self.key_label, self.key_note = self.key_view.key, self.key_view.note
        kl.addWidget(self.key_view)
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
        self.confirm.setFont(key_font(1.0))
        kl.addWidget(self.confirm)
        self.confirm_error: ErrorLabel = ErrorLabel().keep_room()  # under the check, in room kept for it
        self.confirm.textChanged.connect(lambda _t: self.confirm_error.hide())
        kl.addWidget(self.confirm_error)
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
        for field in (self.path, self.pass1, self.pass2):
            field.textChanged.connect(lambda _t: self.error.hide())  # an old message never outlives its cause
        FitHeight(self)  # its wrapped texts are never squeezed
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
        problem = self.extra_problem()
        if problem:
            self._fail(problem)
            return
        if self.pair.check():  # shown beside the passphrase fields
            self.error.hide()
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
        from app.vault import Vault

        return Vault.begin_create(path, passphrase)

    def _created(self, result: tuple[Vault, str] | PendingVault) -> None:
        from app.vault import PendingVault

        if isinstance(result, PendingVault):
            self.pending, self.vault, self.recovery_key = result, result.vault, result.recovery
            self.final_path = result.path
        else:
            self.vault, self.recovery_key = result
            self.final_path = self.vault.path
        self.pair.clear()
        self._set_busy(False)
        self.error.hide()
        self.key_view.show_key(self.recovery_key)
        self.ok.setText(self.tr("Ik heb ze bewaard"))
        self.cancel.hide()
        self.stack.setCurrentIndex(1)
        self.confirm.setFocus()

    def _confirm_key(self) -> None:
        last = self.recovery_key.split("-")[-1]
        if self.confirm.text().strip().upper() != last:
            self.confirm_error.say(self.tr("Dat is niet de laatste groep van je herstelsleutel. Kijk ze nog eens "
                                           "na."))
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
        self.key_view.clear()
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
            self.confirm_error.say(self.tr("Bevestig eerst dat je de herstelsleutel hebt bewaard: typ de laatste "
                                           "groep over."))
            self.confirm.setFocus()
            return
        super().reject()
