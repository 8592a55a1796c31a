"""User-facing explanations of vault errors, in Dutch (English through Qt's translator)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.config import backup_dir_for
from app.errors import (
    DamagedVaultError,
    DiskFullError,
    MissingKeyFileError,
    NewerVaultError,
    StorageError,
    UnsafePathError,
    VaultExistsError,
    VaultInUseError,
    VaultNotFoundError,
    VerbindError,
    WrongPassphraseError,
    database_reason,
)


def explain(exc: BaseException, vault_path: object = None) -> str:
    """One calm paragraph saying what happened and what to do; never a traceback."""
    path = Path(str(vault_path)) if vault_path else None
    if isinstance(exc, WrongPassphraseError):
        return QCoreApplication.translate(
            "messages",
            "Verkeerde wachtwoordzin. Controleer ze (hoofdletters, spaties) en probeer opnieuw.",
        )
    if isinstance(exc, MissingKeyFileError):
        text = QCoreApplication.translate(
            "messages",
            "Het sleutelbestand naast de kluis ontbreekt. Zonder dat bestand kan niemand de kluis openen, "
            "ook niet met de herstelsleutel.",
        )
        if path is not None:
            text += " " + QCoreApplication.translate(
                "messages",
                "Zet {0} terug uit een reservekopie of van een andere plek waar je het bewaarde.",
            ).format(f"{path.name}.key")
        return text
    if isinstance(exc, DamagedVaultError):
        text = QCoreApplication.translate(
            "messages", "De kluis is beschadigd en werd niet geopend. Er werd niets gewijzigd."
        )
        if path is not None:
            text += " " + QCoreApplication.translate(
                "messages", "Zet een reservekopie terug; je reservekopieën staan in: {0}"
            ).format(backup_dir_for(path))
        return text
    if isinstance(exc, NewerVaultError):
        return QCoreApplication.translate(
            "messages",
            "Deze kluis werd gemaakt met een nieuwere versie van Verbind. Werk Verbind bij om ze te openen; "
            "deze versie laat ze onaangeroerd.",
        )
    if isinstance(exc, VaultInUseError):
        return QCoreApplication.translate(
            "messages",
            "Deze kluis is al geopend in een ander venster of programma. Sluit dat eerst en probeer opnieuw.",
        )
    if isinstance(exc, VaultNotFoundError):
        return QCoreApplication.translate(
            "messages",
            "Geen kluis gevonden op die plaats. Werd het bestand verplaatst of hernoemd?",
        )
    if isinstance(exc, VaultExistsError):
        return QCoreApplication.translate(
            "messages",
            "Er bestaat al een kluis met die naam. Kies een andere naam: Verbind overschrijft nooit een kluis.",
        )
    if isinstance(exc, DiskFullError):
        return QCoreApplication.translate(
            "messages",
            "De schijf is vol. Maak ruimte vrij en probeer opnieuw; er werd niets half weggeschreven.",
        )
    if isinstance(exc, StorageError):
        return QCoreApplication.translate(
            "messages",
            "Verbind kan in die map niet schrijven: de schijf is alleen-lezen of je hebt er geen rechten. "
            "De kluis is niet beschadigd. Kies een andere map of vraag schrijfrechten.",
        )
    if isinstance(exc, UnsafePathError) and exc.vault is not None:
        return QCoreApplication.translate(
            "messages", "{0} is een bestand van de kluis {1}: Verbind schrijft er nooit overheen. Kies een andere "
            "bestandsnaam.").format(Path(exc.path).name, exc.vault)
    if isinstance(exc, UnsafePathError):
        return QCoreApplication.translate(
            "messages", "{0} is een symbolische koppeling of geen gewoon bestand; Verbind gebruikt het niet. De "
            "kluis is in orde: verwijder dat bestand en probeer opnieuw.").format(Path(exc.path).name)
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "messages",
            "Kon het bestand niet lezen of schrijven: {0}. Controleer de map en de vrije ruimte.",
        ).format(exc.strerror or exc)
    if isinstance(exc, VerbindError):
        return str(exc)
    reason = database_reason(exc)
    if reason is not None:  # never the SQL statement or its parameters (personal data)
        return QCoreApplication.translate(
            "messages", "De gegevens konden niet bewaard of gelezen worden ({0}). Er werd niets half bewaard; "
            "probeer opnieuw.").format(reason)
    return QCoreApplication.translate("messages", "Er ging iets mis: {0}").format(exc)
