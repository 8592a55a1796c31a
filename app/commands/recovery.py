"""`verbind recovery-sheet`: print the recovery sheet again (a lost or worn one), from the
recovery key — asked at a terminal, or from --recovery-key-file / VERBIND_RECOVERY_KEY like
`recover` and `rekey`, never on the command line — after checking it against the vault's key
file. The passphrase is not needed and the vault is not opened."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands.common import add_command, add_output_arg, check_output, lang_of, say
from app.commands.core import _recovery_key


def cmd_recovery_sheet(args: argparse.Namespace) -> int:
    from app.reports.recovery_sheet import reprint

    check_output(args, "pdf")
    typed = _recovery_key(args)
    assert typed is not None
    reprint(args.vault, typed, args.output, lang_of(args))  # WrongPassphraseError (exit 2): nothing written
    say(args, f"Herstelblad bewaard in {args.output}. De sleutel klopt voor deze kluis. Druk het blad af en "
        "verwijder daarna het bestand: wie het heeft, kan met het kluisbestand alles lezen.",
        f"Recovery sheet saved to {args.output}. The key matches this vault. Print the sheet, then delete the "
        "file: whoever has it can read everything with the vault file.")
    return 0


def register(sub: Any) -> None:
    p = add_command(sub, "recovery-sheet", cmd_recovery_sheet,
                    "druk het herstelblad opnieuw af (met de herstelsleutel, eerst gecontroleerd)", passphrase=False)
    add_output_arg(p)
    p.add_argument("--recovery-key-file", type=Path, default=None,
                   help="lees de herstelsleutel uit dit bestand (eerste regel); anders VERBIND_RECOVERY_KEY of een vraag")
