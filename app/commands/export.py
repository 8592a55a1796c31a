"""`verbind export`: one kind of record to CSV, JSON or XLSX (leaves the vault unencrypted)."""

from __future__ import annotations

import argparse
from typing import Any

from app.commands.common import (
    add_command,
    add_output_arg,
    check_output,
    open_vault,
    resolve_network,
    say,
    warn,
)
from app.io.export import FORMATS, KINDS, export_rows, write_export


def cmd_export(args: argparse.Namespace) -> int:
    check_output(args, args.format)
    with open_vault(args) as vault, vault.session() as session:
        network_id = resolve_network(session, args.network, args).id if args.network else None
        rows = export_rows(session, args.kind, network_id, include_names=args.include_names)
    write_export(rows, args.output, args.format)
    say(args, f"{len(rows)} rijen geschreven naar {args.output}", f"{len(rows)} rows written to {args.output}")
    warn(args, "Let op: dit bestand staat buiten de kluis en is NIET versleuteld. Bewaar het veilig en "
         "verwijder het wanneer je het niet meer nodig hebt.",
         "Note: this file is outside the vault and NOT encrypted. Keep it safe and delete it when "
         "you no longer need it.")
    return 0


def register(sub: Any) -> None:
    p = add_command(sub, "export", cmd_export, "exporteer één soort gegevens naar CSV, JSON of XLSX")
    p.add_argument("--kind", required=True, choices=KINDS)
    p.add_argument("--format", default="csv", choices=FORMATS)
    add_output_arg(p)
    p.add_argument("--network", default=None, help="naam of id van het netwerk (standaard: alle)")
    p.add_argument("--include-names", action="store_true",
                   help="neem optionele namen van trajecten mee (standaard niet)")
