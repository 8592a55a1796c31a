"""Helpers shared by CLI commands: language, passphrase sources, opening a vault, naming a network."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

from app.errors import BadInputError, NotFoundError, UsageError, VerbindError

Handler = Callable[[argparse.Namespace], int]


def lang_of(args: argparse.Namespace | None = None) -> str:
    """--lang wins, then LANG/LC_ALL starting with "en", else Dutch."""
    from app.i18n import environment_language

    chosen = getattr(args, "lang", None) if args is not None else None
    if chosen in ("nl", "en"):
        return str(chosen)
    return environment_language()


def t(args: argparse.Namespace | None, nl: str, en: str) -> str:
    """Pick the Dutch or English text of a message."""
    return en if lang_of(args) == "en" else nl


def say(args: argparse.Namespace | None, nl: str, en: str) -> None:
    print(t(args, nl, en))


def warn(args: argparse.Namespace | None, nl: str, en: str) -> None:
    print(t(args, nl, en), file=sys.stderr)


def add_command(
    sub: Any, name: str, handler: Handler, help_text: str, *, passphrase: bool = True, vault: bool = True
) -> argparse.ArgumentParser:
    """Create a subcommand parser with --lang (and VAULT + --passphrase-file unless disabled)."""
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help_text, description=help_text)
    parser.add_argument("--lang", choices=["nl", "en"], default=argparse.SUPPRESS,
                        help="language of messages (default nl)")
    if vault:
        add_vault_arg(parser)
    if passphrase:
        add_passphrase_args(parser)
    parser.set_defaults(handler=handler)
    return parser


def add_output_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, type=Path, help="the file to write")
    parser.add_argument("--force", action="store_true",
                        help="overwrite an existing file of another kind (never a vault's own file)")


_KIND_NAMES = {"pdf": ("een PDF", "a PDF"), "png": ("een PNG-afbeelding", "a PNG image"),
               "xlsx": ("een Excel-bestand", "an Excel file"), "csv": ("een CSV-bestand", "a CSV file"),
               "json": ("een JSON-bestand", "a JSON file"), "md": ("een tekstbestand", "a text file"),
               "bundle": ("een Verbind-bundel", "a Verbind bundle"),
               "ics": ("een agendabestand", "a calendar file")}


def check_output(args: argparse.Namespace, kind: str) -> Path:
    """Refuse `args.output` when it is a vault's own file, a folder, or an existing file of
    another kind than `kind` (unless --force). Runs before any work is done."""
    from app.outputs import OutputExistsError, guard_output

    path = Path(args.output)
    try:
        return guard_output(path, kind, force=bool(getattr(args, "force", False)))
    except OutputExistsError as exc:
        nl, en = _KIND_NAMES.get(kind, (kind, kind))
        raise UsageError(t(args, f"{path} bestaat al en is geen {nl[nl.index(' ') + 1:]}: kies een andere "
                           "bestandsnaam, of gebruik --force om het te overschrijven.",
                           f"{path} already exists and is not {en}: choose another file name, or use --force "
                           "to overwrite it.")) from exc
    except UsageError as exc:
        raise UsageError(t(args, f"{path} is een map: geef een bestandsnaam.",
                           f"{path} is a folder: give a file name.")) from exc


def output_format(args: argparse.Namespace, formats: tuple[str, ...], default: str) -> str:
    """The kind of file to write: `--format` when given, else the suffix of `-o` when it is one of
    `formats`, else `default`; a --format that contradicts the suffix is a UsageError. The chosen
    kind is then checked like check_output() does (vault files, folders, other kinds)."""
    given = getattr(args, "format", None)
    suffix = Path(args.output).suffix.lower().lstrip(".")
    if given is not None and given not in formats:
        raise UsageError(t(args, f"onbekend formaat {given!r}: kies {' of '.join(formats)}.",
                           f"unknown format {given!r}: choose {' or '.join(formats)}."))
    if given is not None and suffix in formats and suffix != given:
        raise UsageError(t(args, f"--format {given} past niet bij {args.output} (een .{suffix}-bestand): geef het "
                           f"bestand de extensie .{given} of laat --format weg.",
                           f"--format {given} does not match {args.output} (a .{suffix} file): give the file the "
                           f".{given} extension or leave out --format."))
    kind = given or (suffix if suffix in formats else default)
    check_output(args, kind)
    return kind


def add_vault_arg(parser: argparse.ArgumentParser, name: str = "vault") -> None:
    parser.add_argument(name, type=Path, help="path of the vault database (key file sits beside it)")


def add_passphrase_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file", type=Path, default=None,
        help="read the passphrase from this file (first line); else VERBIND_PASSPHRASE or a prompt",
    )


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False, prompt: str | None = None) -> str:
    """Passphrase from --passphrase-file, VERBIND_PASSPHRASE, or an interactive prompt."""
    pf: Path | None = getattr(args, "passphrase_file", None)
    if pf is not None:
        try:
            text = pf.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise BadInputError(t(args, f"kan het wachtwoordbestand niet lezen ({exc}): controleer het pad.",
                                  f"cannot read the passphrase file ({exc}): check the path.")) from exc
        if not text or not text[0]:
            raise BadInputError(t(args, "het wachtwoordbestand is leeg: zet de wachtwoordzin op de eerste regel.",
                                  "the passphrase file is empty: put the passphrase on its first line."))
        return text[0]
    env = os.environ.get("VERBIND_PASSPHRASE")
    if env:
        return env
    if not sys.stdin.isatty():
        raise UsageError(t(args, "geen wachtwoordzin: gebruik VERBIND_PASSPHRASE of --passphrase-file",
                           "no passphrase: set VERBIND_PASSPHRASE or use --passphrase-file"))
    first = getpass.getpass(prompt or t(args, "Wachtwoordzin: ", "Passphrase: "))
    if confirm:
        second = getpass.getpass(t(args, "Herhaal de wachtwoordzin: ", "Repeat the passphrase: "))
        if first != second:
            raise UsageError(t(args, "de wachtwoordzinnen verschillen", "the passphrases differ"))
    return first


def read_text_file(args: argparse.Namespace, path: Path, what_nl: str, what_en: str) -> str:
    """First line of a small secret file (passphrase, recovery key); BadInputError when unusable."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInputError(t(args, f"kan {what_nl} niet lezen ({exc}): controleer het pad.",
                              f"cannot read {what_en} ({exc}): check the path.")) from exc
    if not lines or not lines[0].strip():
        raise BadInputError(t(args, f"{what_nl} is leeg.", f"{what_en} is empty."))
    return lines[0].strip()


def open_vault(args: argparse.Namespace, path: Path | None = None) -> Any:
    """Open the vault named by args.vault with the passphrase from the usual sources. When its
    key file asks for an unusually slow derivation, ask first (at a terminal)."""
    from app.errors import SlowUnlockError
    from app.vault import Vault

    target = Path(path if path is not None else args.vault)
    passphrase = read_passphrase(args)
    try:
        return Vault.open(target, passphrase)
    except SlowUnlockError as exc:
        if not sys.stdin.isatty():
            raise
        answer = input(t(args, f"Het sleutelbestand vraagt ongewoon veel rekenwerk (ongeveer {exc.seconds:.0f} s, "
                         f"{exc.memory_mib} MiB): het kan beschadigd of gewijzigd zijn. Toch ontgrendelen? [j/N] ",
                         f"The key file asks for unusually heavy work (about {exc.seconds:.0f} s, "
                         f"{exc.memory_mib} MiB): it may be damaged or altered. Unlock anyway? [y/N] "))
        if answer.strip().lower() not in ("j", "ja", "y", "yes"):
            raise
        return Vault.open(target, passphrase, allow_slow=True)


def resolve_network(session: Session, ref: str | None, args: argparse.Namespace | None = None) -> Any:
    """A network by id or (case-insensitive) name, archived ones included (their reports and
    exports keep working); with ref None, the only network of the vault, or the only one in use
    when the others are archived."""
    # imported here, not at the top: `verbind --version` loads no SQLAlchemy
    from sqlalchemy import or_, select

    from app.domain import Network

    alive = Network.deleted_at.is_(None)
    if ref:
        found = session.scalars(
            select(Network).where(alive, or_(Network.id == ref, Network.name.ilike(ref)))
        ).all()
        if len(found) == 1:
            return found[0]
        if not found:
            raise NotFoundError(t(args, f"geen netwerk met naam of id {ref!r}",
                                  f"no network with name or id {ref!r}"))
        raise UsageError(t(args, f"meerdere netwerken heten {ref!r}: gebruik het id",
                           f"several networks are named {ref!r}: use the id"))
    nets = session.scalars(select(Network).where(alive)).all()
    in_use = [n for n in nets if n.archived_at is None]
    if len(nets) > 1 and len(in_use) == 1:
        return in_use[0]
    if len(nets) == 1:
        return nets[0]
    if not nets:
        raise NotFoundError(t(args, "deze kluis bevat nog geen netwerk", "this vault holds no network yet"))
    raise UsageError(t(args, "deze kluis bevat meerdere netwerken: kies er een met --network",
                       "this vault holds several networks: choose one with --network"))


__all__ = [
    "Handler",
    "add_command",
    "VerbindError",
    "add_output_arg",
    "add_passphrase_args",
    "check_output",
    "output_format",
    "add_vault_arg",
    "lang_of",
    "open_vault",
    "read_passphrase",
    "resolve_network",
    "say",
    "t",
    "warn",
]
