"""`verbind network list|add|rename|archive|unarchive`: the vault's networks headless, on the
same services as the window's Bestand menu. Archiving hides a network from the switcher and keeps
everything of it (reports of its periods: `verbind report --network NAME`)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.commands.common import add_command, open_vault, resolve_network, say, t
from app.domain.vocabulary import NetworkKind, label
from app.errors import UsageError
from app.services import network as service

KINDS = [k.value for k in NetworkKind]


def _kind_label(args: argparse.Namespace, kind: str) -> str:
    try:
        return label(NetworkKind(kind), t(args, "nl", "en"))
    except ValueError:
        return kind


def cmd_list(args: argparse.Namespace) -> int:
    with open_vault(args) as vault, vault.session() as session:
        rows = service.network_rows(session, include_archived=True)
    rows = [r for r in rows if not r.archived] + [r for r in rows if r.archived]  # archived ones last
    if args.json:
        print(json.dumps([{"id": r.id, "name": r.name, "kind": r.kind, "archived": r.archived,
                           "archived_at": r.archived_at.isoformat(sep=" ") if r.archived_at else None}
                          for r in rows], indent=2, ensure_ascii=False))
        return 0
    if not rows:
        say(args, "Nog geen netwerken in deze kluis: maak er een met 'verbind network add'.",
            "No networks in this vault yet: create one with 'verbind network add'.")
    for r in rows:
        status = t(args, "  (gearchiveerd)", "  (archived)") if r.archived else ""
        print(f"{r.id}  {r.name}  [{_kind_label(args, r.kind)}]{status}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    if args.kind not in KINDS:  # checked here, not by argparse: a usage error exits 1, never 2
        raise UsageError(t(args, f"onbekend soort netwerk {args.kind!r}: kies uit {', '.join(KINDS)}",
                           f"unknown kind of network {args.kind!r}: choose from {', '.join(KINDS)}"))
    with open_vault(args) as vault, vault.session() as session:
        net = service.create_network(session, args.name, kind=args.kind)
        session.commit()
        name, nid = net.name, net.id
    say(args, f"Netwerk ‘{name}’ gemaakt ({_kind_label(args, args.kind)}): {nid}",
        f"Network ‘{name}’ created ({_kind_label(args, args.kind)}): {nid}")
    return 0


def cmd_rename(args: argparse.Namespace) -> int:
    with open_vault(args) as vault, vault.session() as session:
        net = resolve_network(session, args.network, args)
        old = net.name
        service.rename_network(session, net, args.name)
        session.commit()
        new = net.name
    say(args, f"Netwerk ‘{old}’ heet nu ‘{new}’.", f"Network ‘{old}’ is now called ‘{new}’.")
    return 0


def cmd_archive(args: argparse.Namespace) -> int:
    with open_vault(args) as vault, vault.session() as session:
        net = resolve_network(session, args.network, args)
        service.archive_network(session, net)
        session.commit()
        name = net.name
    say(args, f"Netwerk ‘{name}’ gearchiveerd: het verdwijnt uit de keuzelijst; gegevens en verslagen blijven "
        "bewaard ('verbind network unarchive' haalt het terug).",
        f"Network ‘{name}’ archived: it leaves the switcher; its data and reports are kept "
        "('verbind network unarchive' brings it back).")
    return 0


def cmd_unarchive(args: argparse.Namespace) -> int:
    with open_vault(args) as vault, vault.session() as session:
        net = resolve_network(session, args.network, args)
        service.unarchive_network(session, net)
        session.commit()
        name = net.name
    say(args, f"Netwerk ‘{name}’ is terug uit het archief.", f"Network ‘{name}’ is back from the archive.")
    return 0


def register(sub: Any) -> None:
    net = sub.add_parser("network", help="netwerken: list, add, rename, archive, unarchive",
                         description="de netwerken van de kluis: tonen, maken, hernoemen, archiveren")
    net_sub = net.add_subparsers(dest="network_command", metavar="ACTION", required=True)
    p = add_command(net_sub, "list", cmd_list, "toon de netwerken: id, naam, soort; gearchiveerde achteraan")
    p.add_argument("--json", action="store_true", help="als JSON (id, name, kind, archived, archived_at)")
    p = add_command(net_sub, "add", cmd_add, "maak een nieuw netwerk")
    p.add_argument("name", help="de naam (nog niet in gebruik in deze kluis)")
    p.add_argument("--kind", default=NetworkKind.CONNECTION.value, metavar="{" + ",".join(KINDS) + "}",
                   help="connection (verbindingsambassadeurs jeugdwerk, standaard), local (lokaal "
                        "ambassadeurschap), entrepreneur (ambassadeursnetwerk ondernemers), "
                        "neighbourhood (wijkambassadeurs)")
    p = add_command(net_sub, "rename", cmd_rename, "geef een netwerk een andere naam")
    p.add_argument("network", help="huidige naam of id")
    p.add_argument("name", help="de nieuwe naam")
    p = add_command(net_sub, "archive", cmd_archive,
                    "archiveer een netwerk: weg uit de keuzelijst, gegevens en verslagen blijven")
    p.add_argument("network", help="naam of id")
    p = add_command(net_sub, "unarchive", cmd_unarchive, "haal een gearchiveerd netwerk terug")
    p.add_argument("network", help="naam of id")
