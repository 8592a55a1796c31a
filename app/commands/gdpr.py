"""`verbind gdpr export|erase|purge|register|controller`: subject access, erasure, the retention
purge, the record of processing activities (art. 30) and who is responsible for the data."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from app.commands.common import (
    add_command,
    add_output_arg,
    check_output,
    lang_of,
    open_vault,
    say,
    t,
)
from app.io import gdpr


def cmd_export(args: argparse.Namespace) -> int:
    check_output(args, "pdf" if Path(args.output).suffix.lower() == ".pdf" else "json")
    with open_vault(args) as vault, vault.session() as session:
        data = gdpr.subject_access(session, args.person)
    gdpr.write_subject_access(data, args.output, lang_of(args))
    say(args, f"Alle gegevens over deze persoon staan in {args.output} (NIET versleuteld: bezorg en verwijder veilig).",
        f"All data about this person is in {args.output} (NOT encrypted: hand over and delete safely).")
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        kind = gdpr.erase_in_vault(vault, args.person)
    say(args, f"Gewist ({kind}). Verwijzingen elders werden geanonimiseerd; het auditlogboek houdt enkel bij dat er gewist werd.",
        f"Erased ({kind}). References elsewhere were anonymised; the audit log keeps only that an erasure happened.")
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        with vault.session() as session:
            result = gdpr.purge(session, date.today(), dry_run=args.dry_run)
        if not args.dry_run:
            vault.checkpoint()
    verb = ("zouden geanonimiseerd worden", "would be anonymised") if args.dry_run else ("geanonimiseerd", "anonymised")
    say(args, f"{result['trajectories']} trajecten {verb[0]} (bewaartermijn {result['retention_years']} jaar na afsluiten).",
        f"{result['trajectories']} trajectories {verb[1]} (kept {result['retention_years']} years after closing).")
    return 0


def cmd_register(args: argparse.Namespace) -> int:
    from app.io import register as art30

    check_output(args, "md" if Path(args.output).suffix.lower() == ".md" else "pdf")
    with open_vault(args) as vault, vault.session() as session:
        data = art30.build(session, vault.path, date.today())
    art30.write(data, args.output, lang_of(args))
    say(args, f"Register van verwerkingsactiviteiten (AVG art. 30) bewaard in {args.output}.",
        f"Record of processing activities (GDPR art. 30) saved to {args.output}.")
    if not data["contacts"]["controller"] or not data["contacts"]["dpo"]:
        say(args, "Verwerkingsverantwoordelijke of functionaris voor gegevensbescherming nog niet ingevuld: "
            "'verbind gdpr controller KLUIS --name … --dpo …'.",
            "Controller or data protection officer not filled in yet: 'verbind gdpr controller VAULT --name … --dpo …'.")
    return 0


def cmd_controller(args: argparse.Namespace) -> int:
    from app.io import register as art30

    given = {"controller": args.name, "controller_contact": args.contact, "dpo": args.dpo,
             "dpo_contact": args.dpo_contact}
    with open_vault(args) as vault, vault.session() as session:
        if any(v is not None for v in given.values()):
            contacts = art30.set_privacy_contacts(session, **given)
            session.commit()
        else:
            contacts = art30.privacy_contacts(session)
    empty = t(args, "(niet ingevuld)", "(not filled in)")
    for nl, en, value in (("Verwerkingsverantwoordelijke", "Controller", contacts.controller),
                          ("  contact", "  contact", contacts.controller_contact),
                          ("Functionaris voor gegevensbescherming", "Data protection officer", contacts.dpo),
                          ("  contact", "  contact", contacts.dpo_contact)):
        print(f"{t(args, nl, en)}: {value or empty}")
    return 0


def register(sub: Any) -> None:
    g = sub.add_parser("gdpr", help="AVG: inzage, wissen, bewaartermijnen")
    gs = g.add_subparsers(dest="gdpr_command", metavar="ACTION", required=True)
    p = add_command(gs, "export", cmd_export, "alle gegevens over één persoon (JSON of PDF)")
    p.add_argument("--person", required=True, help="id uit 'verbind export' (contactpersoon, ambassadeur, traject, persoon)")
    add_output_arg(p)
    p = add_command(gs, "erase", cmd_erase, "wis een persoon definitief")
    p.add_argument("--person", required=True)
    p = add_command(gs, "purge", cmd_purge, "anonimiseer wat over de bewaartermijn is")
    p.add_argument("--dry-run", action="store_true")
    p = add_command(gs, "register", cmd_register, "het register van verwerkingsactiviteiten (art. 30), .pdf of .md")
    add_output_arg(p)
    p = add_command(gs, "controller", cmd_controller, "wie verantwoordelijk is voor de gegevens (register, inzage): "
                    "toon of wijzig")
    p.add_argument("--name", default=None, help="de verwerkingsverantwoordelijke (organisatie); '' wist")
    p.add_argument("--contact", default=None, help="adres of e-mail voor vragen en verzoeken")
    p.add_argument("--dpo", default=None, help="de functionaris voor gegevensbescherming (naam of dienst)")
    p.add_argument("--dpo-contact", default=None, help="e-mail of adres van de functionaris")
