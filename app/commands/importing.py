"""`verbind import`: bring an Excel/CSV register into the vault (dry run first, all or nothing)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.commands.common import add_command, lang_of, open_vault, resolve_network, say, t
from app.errors import BadInputError, UsageError
from app.i18n import language
from app.io import importer
from app.io.readers import AUTO, MIXED, encoding_label


def cmd_import(args: argparse.Namespace) -> int:
    with language(lang_of(args)):
        return _import(args)


def _progress(args: argparse.Namespace) -> Any:
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> bool:
        end = "\n" if done >= total else ""
        print(t(args, f"\rInvoeren: {done}/{total} rijen", f"\rImporting: {done}/{total} rows"), end=end,
              file=sys.stderr, flush=True)
        return True

    return show


def _report(args: argparse.Namespace, plan: importer.Plan) -> None:
    """What the user checks before (dry run) and after an import: encoding, columns, left-out rows."""
    if plan.encoding is not None:
        say(args, f"Codering: {encoding_label(plan.encoding)} (andere keuze: --encoding cp1252, utf-8, {MIXED}, …)",
            f"Encoding: {encoding_label(plan.encoding)} (to change it: --encoding cp1252, utf-8, {MIXED}, …)")
        for line in plan.encoding_sample:
            print(f"    | {line}")
    mapped = ", ".join(f"{plan.column_name(i)} → {f}" for i, f in sorted(plan.mapping.items())
                       if f not in (importer.IGNORE, importer.NOTES))
    say(args, f"Kolommen: {mapped}", f"Columns: {mapped}")
    if plan.to_notes:
        cols = ", ".join(plan.to_notes)
        say(args, f"Naar de notities (als 'Kolom: waarde'): {cols}", f"Kept in the notes (as 'Column: value'): {cols}")
    if plan.not_imported:
        cols = ", ".join(plan.not_imported)
        first = plan.not_imported[0]
        say(args, f"Niet ingevoerd: {cols} (bewaren in de notities: --map \"{first}={importer.NOTES}\")",
            f"Not imported: {cols} (to keep them in the notes: --map \"{first}={importer.NOTES}\")")
    if plan.footers:
        say(args, "Onder de gegevens (niet ingevoerd):", "Below the data (not imported):")
    for footer in plan.footers[:20]:
        print(f"  · {footer}")
    if len(plan.footers) > 20:
        print(f"  … +{len(plan.footers) - 20}")


def _import(args: argparse.Namespace) -> int:
    from app.io import presets

    overrides: dict[str, str] = presets.load(args.kind, args.preset) if args.preset else {}
    for item in args.map or []:
        col, sep, fld = item.partition("=")
        if not sep:
            raise UsageError(t(args, f"--map verwacht KOLOM=VELD, niet {item!r}", f"--map expects COLUMN=FIELD, not {item!r}"))
        overrides[col.strip()] = fld.strip()
    plan = importer.plan(args.file, args.kind, args.sheet, overrides, encoding=args.encoding)
    if args.save_preset:
        presets.save(args.kind, args.save_preset, {plan.headers[i]: f for i, f in plan.mapping.items()})
        say(args, f"Kolomkeuze bewaard als voorinstelling '{args.save_preset}'.",
            f"Column mapping saved as preset '{args.save_preset}'.")
    with open_vault(args) as vault, vault.session() as session:
        net = resolve_network(session, args.network, args)
        importer.execute(session, plan, net.id, args.on_duplicate, dry_run=args.dry_run,
                         progress=None if args.dry_run else _progress(args))
    _report(args, plan)
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
    left = len(plan.footers)
    say(args, f"{'Proefrun: ' if args.dry_run else ''}{plan.created} nieuw, {plan.updated} bijgewerkt, {plan.skipped} overgeslagen"
        + (f", {left} voetregel(s) weggelaten" if left else "")
        + (" (er werd niets ingevoerd)." if args.dry_run else "."),
        f"{'Dry run: ' if args.dry_run else ''}{plan.created} new, {plan.updated} updated, {plan.skipped} skipped"
        + (f", {left} footer row(s) left out" if left else "")
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
    p.add_argument("--encoding", default=AUTO, metavar="CODERING",
                   help=f"codering van een CSV: {AUTO} (standaard: UTF-8, anders Windows-1252), utf-8, cp1252, "
                   f"{MIXED} (per regel), cp1250, utf-16, …")
