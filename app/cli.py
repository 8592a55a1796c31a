"""The `verbind` command: headless access to the same services the GUI uses.

Exit codes: 0 ok, 1 usage or other error, 2 wrong passphrase, 3 damaged vault, 4 bad input file.
Subcommands live in `app.commands.<area>` modules, each with `register(subparsers)`.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import pkgutil
import sys
from collections.abc import Sequence

from sqlalchemy.exc import SQLAlchemyError

from app import __version__
from app.commands.common import lang_of, t
from app.errors import VerbindError


def _user_message(exc: VerbindError, args: argparse.Namespace | None) -> str:
    from app.errors import (
        DamagedVaultError,
        MissingKeyFileError,
        NewerVaultError,
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
    import app.commands as pkg

    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        if info.name == "common" or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"app.commands.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    raw = list(sys.argv[1:] if argv is None else argv)
    # --lang may also follow the subcommand
    args = parser.parse_args(raw)
    if getattr(args, "command", None) is None:
        # no subcommand: open the GUI (welcome screen)
        if importlib.util.find_spec("app.commands.gui") is None:
            parser.print_help()
            return 1
        args = parser.parse_args(["gui", *raw])
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
    except OSError as exc:
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        print(t(args, f"Kon niet schrijven of lezen{where}: {exc.strerror or exc}. Controleer of er genoeg vrije "
                "ruimte is en of je in die map mag schrijven. Er werd niets half weggeschreven.",
                f"Could not write or read{where}: {exc.strerror or exc}. Check that there is enough free space "
                "and that you may write in that folder. Nothing was half written."), file=sys.stderr)
        return 1
    except SQLAlchemyError as exc:
        # never the statement or its parameters (they may hold personal data): the driver's own words
        reason = str(getattr(exc, "orig", None) or type(exc).__name__).splitlines()[0][:200]
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
