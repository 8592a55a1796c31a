"""User-facing explanations of vault errors, in Dutch (English through Qt's translator)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.config import backup_dir_for
from app.errors import (
    DamagedVaultError,
    MissingKeyFileError,
    NewerVaultError,
    VaultInUseError,
    VaultNotFoundError,
    WrongPassphraseError,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def explain(exc: BaseException, vault_path: object = None) -> str:
    from pathlib import Path

    backups = backup_dir_for(Path(str(vault_path))) if vault_path else None
    if isinstance(exc, WrongPassphraseError):
        return tr("Verkeerd wachtwoord. Controleer de wachtwoordzin (hoofdletters, spaties) en probeer opnieuw.")
    if isinstance(exc, MissingKeyFileError):
        return tr("Het sleutelbestand naast de kluis ontbreekt. Zet het terug uit een reservekopie: "
                  "zonder dat bestand kan niemand de kluis openen.")
    if isinstance(exc, DamagedVaultError):
        text = tr("De kluis is beschadigd en werd niet geopend. Er werd niets gewijzigd.")
        if backups is not None:
            text += " " + tr("Je reservekopieën staan in: {0}").format(backups)
        return text
    if isinstance(exc, NewerVaultError):
        return tr("Deze kluis werd gemaakt met een nieuwere versie van Verbind. Werk Verbind bij om ze te openen.")
    if isinstance(exc, VaultInUseError):
        return tr("Deze kluis is al geopend in een ander venster of programma. Sluit dat eerst.")
    if isinstance(exc, VaultNotFoundError):
        return tr("Geen kluis gevonden op die plaats.")
    return tr("Er ging iets mis: {0}").format(exc)
