"""`verbind team init|invite|join|remove|members` and `verbind exchange export|import`: laptops of one team
exchange their changes in encrypted bundles (USB stick, shared folder, mail) without a server."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from app.commands.common import (
    add_command,
    add_output_arg,
    add_passphrase_args,
    check_output,
    read_passphrase,
    say,
    t,
)
from app.errors import UsageError
from app.team import team as svc


def cmd_init(args: argparse.Namespace) -> int:
    from app.vault import Vault

    passphrase = read_passphrase(args)
    with Vault.open(args.vault, passphrase) as vault:
        team = svc.init(vault, args.member or getpass.getuser())
        key = vault.data_key
    svc.start_base(args.vault, key)
    say(args, f"Teamkluis gemaakt (team {team.team_id[:8]}). Nodig teamleden uit met 'verbind team invite'.",
        f"Team vault made (team {team.team_id[:8]}). Invite members with 'verbind team invite'.")
    return 0


def cmd_invite(args: argparse.Namespace) -> int:
    check_output(args, "bundle")
    code = svc.invite(args.vault, read_passphrase(args), args.member, args.output)
    say(args, f"Uitnodiging voor {args.member} bewaard in {args.output}.", f"Invitation for {args.member} saved to {args.output}.")
    say(args, "Eenmalige code (geef ze persoonlijk door, niet samen met het bestand):",
        "One-time code (pass it on in person, not with the file):")
    print(code)
    return 0


def cmd_join(args: argparse.Namespace) -> int:
    code = os.environ.get("VERBIND_INVITE_CODE")
    if not code:
        if not sys.stdin.isatty():
            raise UsageError(t(args, "geen code: zet VERBIND_INVITE_CODE of typ ze in", "no code: set VERBIND_INVITE_CODE"))
        code = input(t(args, "Uitnodigingscode: ", "Invitation code: "))
    passphrase = read_passphrase(args, confirm=True, prompt=t(args, "Wachtwoordzin voor je nieuwe kluis: ",
                                                               "Passphrase for your new vault: "))
    if len(passphrase) < 10:
        raise UsageError(t(args, "De wachtwoordzin is te kort: gebruik minstens 10 tekens.",
                           "The passphrase is too short: use at least 10 characters."))
    team, recovery = svc.join(args.invite, code, args.vault, passphrase)
    say(args, f"Welkom in het team, {team.member}. Je kluis: {args.vault}", f"Welcome to the team, {team.member}. Your vault: {args.vault}")
    say(args, "Herstelsleutel (schrijf ze op papier):", "Recovery key (write it on paper):")
    print(f"    {recovery}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    check_output(args, "bundle")
    counts = svc.export_changes(args.vault, read_passphrase(args), args.output, full=args.full)
    total = sum(counts.values())
    say(args, f"{total} {'wijziging' if total == 1 else 'wijzigingen'} bewaard in {args.output} (versleuteld voor je team).",
        f"{total} {'change' if total == 1 else 'changes'} saved to {args.output} (encrypted for your team).")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    summary = svc.import_changes(args.vault, read_passphrase(args), list(args.files))
    if not summary:
        say(args, "Niets nieuws: deze bundels kwamen van jezelf.", "Nothing new: these bundles were your own.")
    for name, counts in summary.items():
        detail = ", ".join(f"{table}: {n}" for table, n in sorted(counts.items())) or t(args, "geen wijzigingen", "no changes")
        print(f"{name}: {detail}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    done = svc.remove(args.vault, read_passphrase(args), args.member)
    name = done.member.name
    say(args, f"{name} is uit het team verwijderd. De teamsleutel is vernieuwd (generatie {done.generation}); je "
        "volgende bundel geeft de nieuwe sleutel door aan wie blijft, en bundels die "
        f"{name} vanaf nu maakt, worden geweigerd.",
        f"{name} was removed from the team. The team key was renewed (generation {done.generation}); your next "
        f"bundle passes the new key on to those who stay, and bundles {name} makes from now on are refused.")
    if done.unreachable:
        who = ", ".join(done.unreachable)
        say(args, f"Let op: deze laptop heeft geen eigen sleutel voor {who} (uitgenodigd vóór deze versie of vanaf een "
            "andere laptop): zij krijgen de nieuwe teamsleutel niet en hebben een nieuwe uitnodiging nodig.",
            f"Note: this laptop holds no member key for {who} (invited before this version or from another laptop): "
            "they do not get the new team key and need a new invitation.")
    return 0


def cmd_members(args: argparse.Namespace) -> int:
    from app.vault import Vault

    with Vault.open_with_key(args.vault, svc._key(args.vault, read_passphrase(args))) as vault:
        people = svc.members(vault)
    for m in people:
        you = t(args, " (jij)", " (you)") if m.is_self else ""
        last = "—" if m.is_self else str(m.last_bundle or t(args, "nog geen", "none yet"))
        print(f"{m.id or t(args, '(uitnodiging nog niet gebruikt)', '(invitation not used yet)')}\t{m.name}{you}\t{last}")
    return 0


def register(sub: Any) -> None:
    team = sub.add_parser("team", help="teamkluis: init, invite, join")
    team_sub = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    p = add_command(team_sub, "init", cmd_init, "maak van deze kluis een teamkluis")
    p.add_argument("--member", default=None, help="je naam in het team")
    p = add_command(team_sub, "invite", cmd_invite, "maak een uitnodiging (startbundel) voor een teamlid")
    p.add_argument("--member", required=True)
    add_output_arg(p)
    p = add_command(team_sub, "remove", cmd_remove, "verwijder een teamlid; de teamsleutel wordt vernieuwd")
    p.add_argument("--member", required=True, help="naam of id van het teamlid ('verbind team members')")
    add_command(team_sub, "members", cmd_members, "toon de teamleden: id, naam, laatste bundel ingelezen")
    p = team_sub.add_parser("join", help="maak je eigen kluis uit een uitnodiging")
    p.add_argument("invite", type=Path)
    p.add_argument("vault", type=Path)
    p.add_argument("--lang", choices=["nl", "en"], default=argparse.SUPPRESS)
    add_passphrase_args(p)
    p.set_defaults(handler=cmd_join)
    ex = sub.add_parser("exchange", help="wissel wijzigingen uit met je team")
    ex_sub = ex.add_subparsers(dest="exchange_command", metavar="ACTION", required=True)
    p = add_command(ex_sub, "export", cmd_export, "schrijf je wijzigingen naar een bundel")
    add_output_arg(p)
    p.add_argument("--full", action="store_true",
                   help="alles, niet enkel wat sinds de vorige bundel veranderde (voor wie een bundel miste)")
    p = add_command(ex_sub, "import", cmd_import, "lees bundels van je teamleden in")
    p.add_argument("files", nargs="+", type=Path)


