"""`verbind import`: bring an Excel/CSV register into the vault (dry run first, all or nothing)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands.common import add_command, open_vault, resolve_network, say, t
from app.errors import BadInputError, UsageError
from app.io import importer


def cmd_import(args: argparse.Namespace) -> int:
    from app.io import presets

    overrides: dict[str, str] = presets.load(args.kind, args.preset) if args.preset else {}
    for item in args.map or []:
        col, sep, fld = item.partition("=")
        if not sep:
            raise UsageError(t(args, f"--map verwacht KOLOM=VELD, niet {item!r}", f"--map expects COLUMN=FIELD, not {item!r}"))
        overrides[col.strip()] = fld.strip()
    plan = importer.plan(args.file, args.kind, args.sheet, overrides)
    if args.save_preset:
        presets.save(args.kind, args.save_preset, {plan.headers[i]: f for i, f in plan.mapping.items()})
        say(args, f"Kolomkeuze bewaard als voorinstelling '{args.save_preset}'.",
            f"Column mapping saved as preset '{args.save_preset}'.")
    with open_vault(args) as vault, vault.session() as session:
        net = resolve_network(session, args.network, args)
        importer.execute(session, plan, net.id, args.on_duplicate, dry_run=args.dry_run)
    mapped = ", ".join(f"{plan.headers[i]} → {f}" for i, f in sorted(plan.mapping.items()))
    say(args, f"Kolommen: {mapped}", f"Columns: {mapped}")
    if plan.problems:
        for p in plan.problems[:50]:
            print(f"  - {p}")
        if len(plan.problems) > 50:
            print(f"  … +{len(plan.problems) - 50}")
        raise BadInputError(t(args, f"{len(plan.problems)} problemen gevonden: er werd niets ingevoerd. Verbeter het "
                              "bestand en probeer opnieuw (eerst met --dry-run).",
                              f"{len(plan.problems)} problems found: nothing was imported. Fix the file and try again."))
    for d in plan.duplicates[:50]:
        print(t(args, f"  ~ regel {d.line}: '{d.name}' lijkt op '{d.existing_name}' ({args.on_duplicate})",
                f"  ~ line {d.line}: '{d.name}' looks like '{d.existing_name}' ({args.on_duplicate})"))
    say(args, f"{'Proefrun: ' if args.dry_run else ''}{plan.created} nieuw, {plan.updated} bijgewerkt, {plan.skipped} overgeslagen"
        + (" (er werd niets ingevoerd)." if args.dry_run else "."),
        f"{'Dry run: ' if args.dry_run else ''}{plan.created} new, {plan.updated} updated, {plan.skipped} skipped"
        + (" (nothing was imported)." if args.dry_run else "."))
    return 0


def register(sub: Any) -> None:
    p = add_command(sub, "import", cmd_import, "importeer een register uit Excel (.xlsx) of CSV")
    p.add_argument("file", type=Path)
    p.add_argument("--kind", required=True, choices=["stakeholders", "interactions", "ambassadors", "trajectories",
                                                    "activities", "signals"])
    p.add_argument("--network", default=None)
    p.add_argument("--sheet", default=None)
    p.add_argument("--map", action="append", metavar="KOLOM=VELD")
    p.add_argument("--on-duplicate", choices=["update", "skip", "new"], default="update")
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--preset", default=None, help="gebruik een bewaarde kolomkeuze")
    p.add_argument("--save-preset", default=None, metavar="NAAM", help="bewaar de kolomkeuze onder deze naam")
