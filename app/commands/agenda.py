"""`verbind agenda`: what is coming up as an iCalendar file (next contacts, milestones due, signal
answer dates, terms ending, nominations to decide, the yearly thank-you, agreements due and village
council meetings), for any calendar app."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from app.commands.common import (
    add_command,
    add_output_arg,
    check_output,
    open_vault,
    resolve_network,
    say,
    t,
)
from app.errors import UsageError


def _kinds(args: argparse.Namespace) -> list[str]:
    from app.io.agenda import KINDS

    if not args.include:
        return list(KINDS)
    chosen = [k.strip() for k in args.include.split(",") if k.strip()]
    unknown = [k for k in chosen if k not in KINDS]
    if unknown or not chosen:
        raise UsageError(t(args, f"Onbekend bij --include: {', '.join(unknown) or '(leeg)'}. Kies uit: "
                           f"{', '.join(KINDS)} (gescheiden door komma's).",
                           f"Unknown in --include: {', '.join(unknown) or '(empty)'}. Choose from: "
                           f"{', '.join(KINDS)} (separated by commas)."))
    return chosen


def cmd_agenda(args: argparse.Namespace) -> int:
    from app.io.agenda import MAX_DAYS, events, write_agenda
    from app.services.network import list_networks

    lang = args.lang if getattr(args, "lang", None) in ("nl", "en") else "nl"
    if not 1 <= args.days <= MAX_DAYS:
        raise UsageError(t(args, f"--days {args.days}: kies 1 tot {MAX_DAYS} dagen.",
                           f"--days {args.days}: choose 1 to {MAX_DAYS} days."))
    kinds = _kinds(args)
    check_output(args, "ics")
    with open_vault(args) as vault, vault.session() as session:
        networks = [resolve_network(session, args.network, args)] if args.network else list_networks(session)
        found = events(session, networks, date.today(), days=args.days, kinds=kinds, codes=args.codes, lang=lang)
    write_agenda(found, args.output, lang)
    say(args, f"{len(found)} {'afspraak' if len(found) == 1 else 'afspraken'} voor de komende {args.days} dagen "
        f"bewaard: {args.output}",
        f"{len(found)} {'event' if len(found) == 1 else 'events'} for the next {args.days} days saved: {args.output}")
    return 0


def register(sub: Any) -> None:
    p = add_command(sub, "agenda", cmd_agenda, "exporteer wat eraan komt als agenda (iCalendar, .ics)")
    add_output_arg(p)
    p.add_argument("--network", default=None, help="naam of id van het netwerk (standaard: alle in gebruik)")
    p.add_argument("--days", type=int, default=60, help="hoeveel dagen vooruit (standaard 60)")
    p.add_argument("--include", default="", help="soorten, gescheiden door komma's: contacts, milestones, signals, "
                   "terms, nominations, thanks, commitments, meetings, requests (standaard alle)")
    p.add_argument("--codes", action="store_true",
                   help="zet de trajectcode in een mijlpaal (standaard niet: nooit een naam van een kind)")
