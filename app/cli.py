"""The `verbind` command: headless access to the same services the GUI uses.

Exit codes: 0 ok, 1 usage or other error, 2 wrong passphrase, 3 damaged vault, 4 bad input file.
Subcommands live in `app.commands.<area>` modules, and those that need the window in
`ui.commands.<area>`, each with `register(subparsers)`. Both packages are found by name, so app/
never imports ui/ and the headless core also runs where the GUI package is not installed.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import importlib.util
import os
import pkgutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app import __version__
from app.commands.common import lang_of, t
from app.errors import UsageError, VerbindError, database_reason

# Packages of command modules, in this order; a package that is not installed is left out.
COMMAND_PACKAGES = ("app.commands", "ui.commands")
# What a missing package would have added: those commands then say why they cannot run.
OPTIONAL_COMMANDS = {"ui.commands": ("gui", "screenshot")}
# `verbind` without a command
DEFAULT_COMMAND = "gui"


def _user_message(exc: VerbindError, args: argparse.Namespace | None) -> str:
    from app.errors import (
        DamagedVaultError,
        DiskFullError,
        MissingKeyFileError,
        NewerVaultError,
        SlowUnlockError,
        StorageError,
        UnsafePathError,
        VaultInUseError,
        VaultNotFoundError,
        WrongPassphraseError,
    )

    detail = str(exc)
    if isinstance(exc, WrongPassphraseError):
        return t(args, "Verkeerd wachtwoord: de wachtwoordzin of herstelsleutel klopt niet.",
                 "Wrong passphrase: the passphrase or recovery key does not match.")
    if isinstance(exc, MissingKeyFileError):
        return t(args, f"Het sleutelbestand naast de kluis ontbreekt ({detail}). Zet het terug uit een reservekopie.",
                 f"The key file beside the vault is missing ({detail}). Restore it from a backup.")
    where = f" ({detail})" if detail else ""
    if isinstance(exc, DiskFullError):
        return t(args, f"De schijf is vol{where}. Er werd niets half weggeschreven en de kluis is niet "
                 "beschadigd: maak vrije ruimte en probeer opnieuw.",
                 f"The disk is full{where}. Nothing was half written and the vault is not damaged: "
                 "free some space and try again.")
    if isinstance(exc, StorageError):
        return t(args, f"Verbind kan hier niet schrijven{where}: de schijf is alleen-lezen of je hebt geen "
                 "schrijfrechten. De kluis is niet beschadigd; kies een andere map of vraag schrijfrechten.",
                 f"Verbind cannot write here{where}: the disk is read-only or you lack write permission. "
                 "The vault is not damaged; choose another folder or get write permission.")
    if isinstance(exc, SlowUnlockError):
        return t(args, f"Niet ontgrendeld: het sleutelbestand vraagt ongewoon veel rekenwerk ({detail}); Verbind "
                 "stelt dat zelf nooit zo in, dus het kan beschadigd of gewijzigd zijn. Er werd niets gewijzigd. "
                 "Zet het sleutelbestand terug uit een reservekopie, of zet VERBIND_ALLOW_SLOW_UNLOCK=1 als je het "
                 "vertrouwt.",
                 f"Not unlocked: the key file asks for unusually heavy work ({detail}); Verbind never sets it "
                 "that high itself, so it may be damaged or altered. Nothing was changed. Restore the key file "
                 "from a backup, or set VERBIND_ALLOW_SLOW_UNLOCK=1 if you trust it.")
    if isinstance(exc, UnsafePathError) and exc.vault is not None:
        return t(args, f"{exc.path} is een bestand van de kluis {exc.vault}: Verbind schrijft er nooit overheen. "
                 "Er werd niets geschreven; kies een andere bestandsnaam.",
                 f"{exc.path} is a file of the vault {exc.vault}: Verbind never writes over it. Nothing was "
                 "written; choose another file name.")
    if isinstance(exc, UnsafePathError):
        return t(args, f"Verbind weigert {exc.path}: dat is een symbolische koppeling of geen gewoon bestand. Er "
                 "werd niets geschreven en de kluis is in orde; verwijder het en probeer opnieuw.",
                 f"Verbind refuses {exc.path}: it is a symbolic link or not a regular file. Nothing was "
                 "written and the vault is fine; remove it and try again.")
    if isinstance(exc, DamagedVaultError):
        return t(args, f"De kluis is beschadigd en werd niet geopend ({detail}). Er werd niets gewijzigd; "
                 "zet een reservekopie terug met 'verbind restore'.",
                 f"The vault is damaged and was not opened ({detail}). Nothing was changed; "
                 "restore a backup with 'verbind restore'.")
    if isinstance(exc, NewerVaultError):
        return t(args, "Deze kluis werd gemaakt met een nieuwere versie van Verbind. Werk Verbind bij om ze te openen.",
                 "This vault was made by a newer version of Verbind. Update Verbind to open it.")
    if isinstance(exc, VaultInUseError):
        return t(args, f"De kluis is al geopend door een ander programma ({detail}). Sluit dat eerst.",
                 f"The vault is already open in another program ({detail}). Close it first.")
    if isinstance(exc, VaultNotFoundError):
        return t(args, f"Geen kluis gevonden: {detail}", f"No vault found: {detail}")
    return detail


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="verbind",
        description="Verbind: ambassadeursnetwerken, stakeholders, trajecten en jaarverslag in een versleutelde kluis.",
    )
    parser.add_argument("--version", action="version", version=f"verbind {__version__}")
    parser.add_argument("--lang", choices=["nl", "en"], default=None, help="language of messages (default nl)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    areas: list[tuple[str, str]] = []
    missing: list[str] = []
    for package in COMMAND_PACKAGES:
        if not _installed(package):
            missing.append(package)
            continue
        pkg = importlib.import_module(package)
        for info in pkgutil.iter_modules(pkg.__path__):
            if info.name != "common" and not info.name.startswith("_"):
                areas.append((info.name, f"{package}.{info.name}"))
    for _area, module_name in sorted(areas):  # by area, whichever package: a stable --help
        register = getattr(importlib.import_module(module_name), "register", None)
        if register is not None:
            register(sub)
    for package in missing:
        for name in OPTIONAL_COMMANDS.get(package, ()):
            _add_missing(sub, name, package)
    return parser


def _is_database_error(exc: BaseException) -> bool:
    """A SQLAlchemy error (SQLAlchemy is imported by the commands that open a vault, never here: a
    command that did not load it cannot have raised one)."""
    module = sys.modules.get("sqlalchemy.exc")
    return module is not None and isinstance(exc, module.SQLAlchemyError)


def _installed(package: str) -> bool:
    try:
        return importlib.util.find_spec(package) is not None
    except ModuleNotFoundError:  # its parent package is missing
        return False


def _add_missing(sub: Any, name: str, package: str) -> None:
    """`name` as a command that takes any arguments and says its package is not installed."""
    # no prefix character can start an argument: every word lands in `words`, options too
    parser = sub.add_parser(name, help=f"niet beschikbaar: het pakket {package.split('.')[0]} ontbreekt",
                            add_help=False, prefix_chars="\0")
    parser.add_argument("words", nargs="*")

    def not_installed(args: argparse.Namespace) -> int:
        words = list(args.words)
        for before, word in zip(["", *words], words, strict=False):  # --lang en / --lang=en
            lang = word if before == "--lang" else word[len("--lang="):] if word.startswith("--lang=") else ""
            if lang in ("nl", "en"):
                args.lang = lang
        top = package.split(".")[0]
        raise UsageError(t(args, f"'verbind {name}' kan hier niet: het venster van Verbind is niet geïnstalleerd "
                           f"(het pakket {top} ontbreekt). De opdrachten zonder venster werken wel: zie "
                           "'verbind --help'.", f"'verbind {name}' cannot run here: the Verbind window is not "
                           f"installed (the {top} package is missing). The commands without a window do work: "
                           "see 'verbind --help'."))

    parser.set_defaults(handler=not_installed)


def main(argv: Sequence[str] | None = None) -> int:
    # every file Verbind writes holds personal data (children's, often): owner-only by default
    if os.name == "posix":
        os.umask(0o077)
    raw = list(sys.argv[1:] if argv is None else argv)
    if raw == ["--version"]:  # asked often (scripts, installers): answered without loading any command
        print(f"verbind {__version__}")
        return 0
    parser = build_parser()
    # --lang may also follow the subcommand
    args = parser.parse_args(raw)
    if getattr(args, "command", None) is None:
        # no subcommand: open the GUI (welcome screen), or say that it is not installed
        args = parser.parse_args([DEFAULT_COMMAND, *raw])
    from app.i18n import set_language

    set_language(lang_of(args))
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 1
    try:
        code = handler(args)
        return int(code or 0)
    except VerbindError as exc:
        print(_user_message(exc, args), file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:  # the reader of our output went away (`| head`): nothing to say
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - Python flushes it at exit
        return 1
    except OSError as exc:
        from app.vault.engine import storage_error

        folder = Path(str(exc.filename)).parent if getattr(exc, "filename", None) else None
        problem = storage_error(exc, folder)
        if problem is not None:
            print(_user_message(problem, args), file=sys.stderr)
            return problem.exit_code
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        print(t(args, f"Kon niet schrijven of lezen{where}: {exc.strerror or exc}. Controleer of er genoeg vrije "
                "ruimte is en of je in die map mag schrijven. Er werd niets half weggeschreven.",
                f"Could not write or read{where}: {exc.strerror or exc}. Check that there is enough free space "
                "and that you may write in that folder. Nothing was half written."), file=sys.stderr)
        return 1
    except Exception as exc:
        if not _is_database_error(exc):
            raise
        # never the statement or its parameters (they may hold personal data): the driver's own words
        reason = database_reason(exc) or type(exc).__name__
        if any(w in reason.lower() for w in ("locked", "busy")):
            print(t(args, f"De kluis is in gebruik door een ander programma ({reason}). Er werd niets gewijzigd: sluit "
                    "het andere programma en probeer opnieuw.", f"The vault is in use by another program ({reason}). "
                    "Nothing was changed: close the other program and try again."), file=sys.stderr)
        else:
            print(t(args, f"De kluis kon de wijziging niet bewaren ({reason}). Er werd niets gewijzigd; controleer de "
                    "kluis met 'verbind check'.", f"The vault could not save the change ({reason}). Nothing was "
                    "changed; check the vault with 'verbind check'."), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(t(args, "Afgebroken.", "Interrupted."), file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())


__all__ = ["build_parser", "lang_of", "main"]
