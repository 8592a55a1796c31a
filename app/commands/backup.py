"""`verbind backup` (verified, rotated copy) and `verbind restore` (verified, keeps the old vault)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands.common import (
    add_command,
    add_passphrase_args,
    open_vault,
    read_passphrase,
    say,
    warn,
)
from app.config import backup_dir_for
from app.vault.backup import cloud_folder_warning


def cmd_backup(args: argparse.Namespace) -> int:
    from app.vault.backup import backup_vault, rotate_backups

    cleaned: list[Path] = []
    with open_vault(args) as vault:
        folder = args.to or backup_dir_for(vault.path)
        path = backup_vault(vault, folder, manual=True, cleaned=cleaned)
    removed = rotate_backups(folder) if args.to is None else []
    for leftover in cleaned:
        say(args, f"Onvolledige reservekopie van een afgebroken poging opgeruimd: {leftover.name}",
            f"Removed an incomplete backup left by an interrupted attempt: {leftover.name}")
    say(args, f"Reservekopie gemaakt en gecontroleerd: {path}", f"Backup made and verified: {path}")
    if removed:
        say(args, f"{len(removed)} oudere reservekopieën opgeruimd (7 dagelijks, 4 wekelijks, 12 maandelijks bewaard).",
            f"{len(removed)} older backups removed (7 daily, 4 weekly, 12 monthly kept).")
    marker = cloud_folder_warning(args.vault)
    if marker:
        warn(args, f"Let op: de kluis staat in een gesynchroniseerde map ({marker}). Een synchronisatie tijdens het "
             "werken kan de kluis beschadigen: zet ze liever in een gewone map en bewaar reservekopieën apart.",
             f"Note: the vault lives in a synced folder ({marker}). Syncing while it is open can damage it: keep "
             "it in a normal folder and keep backups apart.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from app.vault.backup import is_other_vault, restore_backup

    if is_other_vault(args.backup, args.vault):
        warn(args, f"Let op: deze reservekopie hoort bij een andere kluis dan {args.vault}. Daarna open je "
             f"{args.vault} met de wachtwoordzin en herstelsleutel van die andere kluis.",
             f"Note: this backup belongs to another vault than {args.vault}. Afterwards {args.vault} opens "
             "with that other vault's passphrase and recovery key.")
    result = restore_backup(args.backup, args.vault, read_passphrase(args))
    say(args, f"Reservekopie teruggezet in {args.vault}.", f"Backup restored to {args.vault}.")
    if result.kept is not None:
        say(args, f"De vorige kluis staat nog in {result.kept} (verwijder die kopie zelf als je ze niet meer nodig "
            "hebt).", f"The previous vault was kept as {result.kept} (remove that copy yourself when you no "
            "longer need it).")
    return 0


def register(sub: Any) -> None:
    p = add_command(sub, "backup", cmd_backup, "maak een gecontroleerde reservekopie van de kluis")
    p.add_argument("--to", type=Path, default=None, help="map (bv. een USB-stick); standaard naast de kluis")
    p = sub.add_parser("restore", help="zet een reservekopie terug (na controle)")
    p.add_argument("backup", type=Path)
    p.add_argument("vault", type=Path)
    p.add_argument("--lang", choices=["nl", "en"], default=argparse.SUPPRESS)
    add_passphrase_args(p)
    p.set_defaults(handler=cmd_restore)


