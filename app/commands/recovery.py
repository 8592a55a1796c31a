"""`verbind recovery-sheet`: print the recovery sheet again (a lost or worn one), from the
recovery key — asked at a terminal, or from --recovery-key-file / VERBIND_RECOVERY_KEY like
`recover` and `rekey`, never on the command line — after checking it against the vault's key
file. The passphrase is not needed and the vault is not opened."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.commands.common import add_command, add_output_arg, check_output, lang_of, say
from app.commands.core import _recovery_key


def cmd_recovery_sheet(args: argparse.Namespace) -> int:
    from app.reports.recovery_sheet import write_recovery_sheet
    from app.vault.keyfile import KeyFile, decode_recovery_key, encode_recovery_key, key_path_for
    from app.vault.unlock import derive_key

    check_output(args, "pdf")
    typed = _recovery_key(args)
    assert typed is not None
    derive_key(args.vault, recovery_key=typed)  # WrongPassphraseError (exit 2) unless it opens this vault
    key_file = KeyFile.load(key_path_for(args.vault))
    created = None
    try:
        created = datetime.fromisoformat(key_file.created_at).date() if key_file.created_at else None
    except ValueError:
        created = None
    shown = encode_recovery_key(decode_recovery_key(typed))  # as printed at creation, whatever was typed
    write_recovery_sheet(args.output, shown, args.vault, lang_of(args), created=created, printed=date.today(),
                         vault_id=key_file.vault_id)
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
