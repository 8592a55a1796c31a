"""Deelnemen aan een team: a new member makes an own vault from the lead's invitation (the
starter bundle plus the one-time code), with an own passphrase; then the recovery key is shown and
checked exactly as for a new vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.errors import BadInputError
from app.vault import Vault
from ui.lock.create_dialog import CreateVaultDialog
from ui.widgets.common import wrapped


class JoinTeamDialog(CreateVaultDialog):
    def __init__(self, parent: QWidget | None = None, invite: Path | None = None, lang: str = "nl") -> None:
        super().__init__(parent, lang=lang)
        self.setWindowTitle(self.tr("Deelnemen aan een team"))
        page = self.stack.widget(0)
        assert page is not None
        form = page.layout()
        assert isinstance(form, QFormLayout)
        intro = wrapped(self.tr(
            "Je projectleider gaf je een uitnodiging (een bestand dat eindigt op .verbind-bundle) en, apart "
            "daarvan, een eenmalige code. Daarmee maak je je eigen kluis, met een wachtwoordzin die alleen jij kent."))
        form.insertRow(0, intro)
        row = QHBoxLayout()
        self.invite = QLineEdit(str(invite) if invite else "")
        self.invite.setPlaceholderText(self.tr("uitnodiging-….verbind-bundle"))
        browse = QPushButton(self.tr("Kiezen…"))
        browse.clicked.connect(self._browse_invite)
        row.addWidget(self.invite, 1)
        row.addWidget(browse)
        form.insertRow(1, self.tr("Uitnodiging"), row)
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.code.setMaxLength(24)
        form.insertRow(2, self.tr("Eenmalige code"), self.code)
        self.ok.setText(self.tr("Kluis maken en deelnemen"))
        self.invite.setFocus()

    def _browse_invite(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Uitnodiging kiezen"), self.invite.text(),
                                              self.tr("Verbind-bundels (*.verbind-bundle)"))
        if name:
            self.invite.setText(name)

    def extra_problem(self) -> str | None:
        invite = self.invite.text().strip()
        if not invite or not Path(invite).is_file():
            return self.tr("Kies het uitnodigingsbestand dat je van je projectleider kreeg.")
        cleaned = self.code.text().upper().replace("-", "").replace(" ", "")
        if len(cleaned) != 16:
            return self.tr("De code heeft 16 tekens, in vier groepen: XXXX-XXXX-XXXX-XXXX.")
        return None

    def make_vault(self, path: Path, passphrase: str) -> tuple[Vault, str]:
        from app.team import worker

        result = worker.run_in_child({"op": "join", "invite": self.invite.text().strip(), "code": self.code.text(),
                                      "new_vault": str(path), "passphrase": passphrase})
        if not result.get("ok"):
            raise BadInputError(str(result.get("error")))
        return Vault.open(path, passphrase), str(result["recovery"])
