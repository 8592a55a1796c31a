"""Dialogs to create a vault (passphrase twice, recovery key shown and checked) and to unlock one
(key derivation on a worker thread; wrong passphrase, damage, missing key file, newer version and
vault-in-use each get their own message; recovery-key flow for a forgotten passphrase)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import WrongPassphraseError
from app.vault import Vault
from ui.messages import explain
from ui.workers import run_in_thread

MIN_LENGTH = 10


def strength_hint(passphrase: str) -> tuple[int, str]:
    """0..3 and a Dutch hint. Length matters most; variety helps a little."""
    classes = sum(bool(any(f(c) for c in passphrase)) for f in (str.islower, str.isupper, str.isdigit,
                                                                 lambda c: not c.isalnum()))
    words = len(passphrase.split())
    if len(passphrase) < MIN_LENGTH:
        return 0, f"Te kort: gebruik minstens {MIN_LENGTH} tekens, bijvoorbeeld vier losse woorden."
    if len(passphrase) >= 20 or words >= 4:
        return 3, "Sterk."
    if len(passphrase) >= 14 or classes >= 3:
        return 2, "Goed. Nog langer maakt ze sterker."
    return 1, "Zwak: maak ze langer of voeg woorden toe."


class _Busy(QProgressBar):
    def __init__(self) -> None:
        super().__init__()
        self.setRange(0, 0)
        self.setTextVisible(False)
        self.setMaximumHeight(6)
        self.hide()


class UnlockDialog(QDialog):
    """Emits `unlocked(Vault)` and closes when the vault is open."""

    unlocked = Signal(object)

    def __init__(self, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_path = Path(vault_path)
        self.setWindowTitle(self.tr("Kluis ontgrendelen"))
        self.setMinimumWidth(460)
        self.stack = QStackedWidget()
        self.busy = _Busy()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()

        # page 0: passphrase
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(QLabel(self.tr("Kluis: <b>{0}</b>").format(self.vault_path.name)))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("wachtwoordzin"))
        form.addRow(self.tr("Wachtwoordzin"), self.passphrase)
        self.forgot = QPushButton(self.tr("Wachtwoord vergeten?"))
        self.forgot.setFlat(True)
        self.forgot.clicked.connect(lambda: self._show_page(1))
        form.addRow("", self.forgot)
        self.stack.addWidget(page)

        # page 1: recovery key + new passphrase
        rpage = QWidget()
        rform = QFormLayout(rpage)
        rform.addRow(QLabel(self.tr("Typ de herstelsleutel van je herstelblad en kies een nieuwe wachtwoordzin.")))
        self.recovery = QLineEdit()
        self.recovery.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        rform.addRow(self.tr("Herstelsleutel"), self.recovery)
        self.new1 = QLineEdit()
        self.new1.setEchoMode(QLineEdit.EchoMode.Password)
        self.new2 = QLineEdit()
        self.new2.setEchoMode(QLineEdit.EchoMode.Password)
        rform.addRow(self.tr("Nieuwe wachtwoordzin"), self.new1)
        rform.addRow(self.tr("Herhaal"), self.new2)
        back = QPushButton(self.tr("Terug naar wachtwoordzin"))
        back.setFlat(True)
        back.clicked.connect(lambda: self._show_page(0))
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
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    def _show_page(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.error.hide()
        self.ok.setText(self.tr("Ontgrendelen") if index == 0 else self.tr("Herstellen en ontgrendelen"))
        (self.passphrase if index == 0 else self.recovery).setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.ok.setEnabled(not busy)
        self.stack.setEnabled(not busy)

    def _fail(self, message: str, retry: bool = True) -> None:
        self._set_busy(False)
        self.error.setText(message)
        self.error.show()
        if retry and self.stack.currentIndex() == 0:
            self.passphrase.clear()
            self.passphrase.setFocus()
        self.ok.setEnabled(retry)

    def submit(self) -> None:
        path = self.vault_path
        if self.stack.currentIndex() == 0:
            passphrase = self.passphrase.text()
            if not passphrase:
                self._fail(self.tr("Typ je wachtwoordzin."))
                return
            work = lambda: Vault.open(path, passphrase)  # noqa: E731
        else:
            key, new1, new2 = self.recovery.text().strip(), self.new1.text(), self.new2.text()
            if not key:
                self._fail(self.tr("Typ de herstelsleutel."))
                return
            if len(new1) < MIN_LENGTH:
                self._fail(self.tr("De nieuwe wachtwoordzin is te kort: minstens {0} tekens.").format(MIN_LENGTH))
                return
            if new1 != new2:
                self._fail(self.tr("De twee nieuwe wachtwoordzinnen verschillen."))
                return

            def work() -> Vault:
                vault = Vault.open(path, recovery_key=key)
                vault.change_passphrase(new1)
                return vault

        self.error.hide()
        self._set_busy(True)
        run_in_thread(work, self._done, self._error)

    def _done(self, vault: Vault) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.new1.clear()
        self.new2.clear()
        self.unlocked.emit(vault)
        self.accept()

    def _error(self, exc: BaseException) -> None:
        if isinstance(exc, WrongPassphraseError) and self.stack.currentIndex() == 1:
            self._fail(self.tr("Deze herstelsleutel past niet bij deze kluis. Controleer elke groep van vier tekens."))
            return
        self._fail(explain(exc, self.vault_path), retry=isinstance(exc, WrongPassphraseError))


class CreateVaultDialog(QDialog):
    """Choose a file and passphrase, then show the recovery key and check it was written down."""

    created = Signal(object)

    def __init__(self, parent: QWidget | None = None, default_path: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuwe kluis maken"))
        self.setMinimumWidth(520)
        self.vault: Vault | None = None
        self.recovery_key = ""
        self.stack = QStackedWidget()
        self.busy = _Busy()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()

        page = QWidget()
        form = QFormLayout(page)
        row = QHBoxLayout()
        self.path = QLineEdit(str(default_path or Path.home() / "Verbind" / "mijn-netwerk.verbind"))
        browse = QPushButton(self.tr("Bladeren…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path)
        row.addWidget(browse)
        form.addRow(self.tr("Bestand"), row)
        self.pass1 = QLineEdit()
        self.pass1.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass2 = QLineEdit()
        self.pass2.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel()
        self.pass1.textChanged.connect(self._update_hint)
        form.addRow(self.tr("Wachtwoordzin"), self.pass1)
        form.addRow("", self.hint)
        form.addRow(self.tr("Herhaal"), self.pass2)
        form.addRow(QLabel(self.tr("Alles in de kluis wordt versleuteld met deze wachtwoordzin. "
                                   "Niemand kan ze terughalen; je krijgt zo meteen een herstelsleutel.")))
        self.stack.addWidget(page)

        kpage = QWidget()
        kl = QVBoxLayout(kpage)
        kl.addWidget(QLabel(self.tr("<b>Je herstelsleutel</b> — schrijf ze op papier en bewaar ze veilig, "
                                    "niet bij de laptop. Ze wordt maar één keer getoond.")))
        self.key_label = QLabel()
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setStyleSheet("font-family: monospace; font-size: 18pt; padding: 12px;")
        kl.addWidget(self.key_label)
        sheet = QPushButton(self.tr("Herstelblad bewaren als PDF…"))
        sheet.clicked.connect(self._save_sheet)
        kl.addWidget(sheet)
        self.confirm = QLineEdit()
        self.confirm.setPlaceholderText(self.tr("laatste groep van vier tekens"))
        kl.addWidget(QLabel(self.tr("Typ ter controle de laatste groep van de sleutel over:")))
        kl.addWidget(self.confirm)
        self.stack.addWidget(kpage)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Kluis maken"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self._update_hint()

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Nieuwe kluis"), self.path.text(),
                                              self.tr("Verbind-kluis (*.verbind)"))
        if name:
            self.path.setText(name if name.endswith(".verbind") else name + ".verbind")

    def _update_hint(self) -> None:
        score, text = strength_hint(self.pass1.text())
        colours = ["#b3261e", "#b26a00", "#2e7d32", "#1b5e20"]
        self.hint.setText(self.tr(text))
        self.hint.setStyleSheet(f"color: {colours[score]};")

    def _fail(self, message: str) -> None:
        self.busy.hide()
        self.ok.setEnabled(True)
        self.error.setText(message)
        self.error.show()

    def submit(self) -> None:
        if self.stack.currentIndex() == 1:
            last = self.recovery_key.split("-")[-1]
            if self.confirm.text().strip().upper() != last:
                self._fail(self.tr("Dat is niet de laatste groep van je herstelsleutel. Kijk ze nog eens na."))
                return
            assert self.vault is not None
            self.created.emit(self.vault)
            self.accept()
            return
        path = Path(self.path.text().strip())
        if not path.name:
            self._fail(self.tr("Kies een bestandsnaam voor de kluis."))
            return
        if path.suffix != ".verbind":
            path = path.with_name(path.name + ".verbind")
        if path.exists():
            self._fail(self.tr("Er bestaat al een bestand {0}. Kies een andere naam: Verbind overschrijft nooit een kluis.").format(path))
            return
        if strength_hint(self.pass1.text())[0] == 0:
            self._fail(self.tr("De wachtwoordzin is te kort: gebruik minstens {0} tekens.").format(MIN_LENGTH))
            return
        if self.pass1.text() != self.pass2.text():
            self._fail(self.tr("De twee wachtwoordzinnen verschillen."))
            return
        passphrase = self.pass1.text()
        self.error.hide()
        self.busy.show()
        self.ok.setEnabled(False)
        run_in_thread(lambda: Vault.create(path, passphrase), self._created, lambda e: self._fail(explain(e)))

    def _created(self, result: tuple[Vault, str]) -> None:
        self.vault, self.recovery_key = result
        self.pass1.clear()
        self.pass2.clear()
        self.busy.hide()
        self.ok.setEnabled(True)
        groups = self.recovery_key.split("-")
        self.key_label.setText("  ".join(groups[:4]) + "\n" + "  ".join(groups[4:]))
        self.ok.setText(self.tr("Ik heb ze opgeschreven"))
        self.stack.setCurrentIndex(1)
        self.confirm.setFocus()

    def _save_sheet(self) -> None:
        from app.reports.recovery_sheet import write_recovery_sheet

        assert self.vault is not None
        default = str(Path.home() / f"herstelblad-{self.vault.path.stem}.pdf")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Herstelblad bewaren"), default, "PDF (*.pdf)")
        if name:
            write_recovery_sheet(Path(name), self.recovery_key, self.vault.path)

    def reject(self) -> None:
        if self.vault is not None and self.stack.currentIndex() == 1:
            # the vault exists already; keep it open for the user rather than losing the key moment
            self._fail(self.tr("Bevestig eerst dat je de herstelsleutel hebt opgeschreven."))
            return
        super().reject()
