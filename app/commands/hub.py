"""`verbind hub init|add-organisation|add-coordinator|push|report`: the regional hub on
PostgreSQL (issue 21). Push figures, not people: a lead's vault sends its networks' profiles,
the figures of their final annual reports as printed and their organisation-level stakeholders;
the coordinator makes the regional report from the hub's aggregate views.

The DSN comes from --dsn, --dsn-file or VERBIND_HUB_DSN; the password never from the command
line (VERBIND_HUB_PASSWORD or a pgpass file). psycopg is loaded only when one of these runs."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from app.commands.common import (
    add_command,
    add_output_arg,
    check_output,
    open_vault,
    resolve_network,
    say,
    t,
    warn,
)
from app.errors import UsageError

ENV_NEW_PASSWORD = "VERBIND_HUB_NEW_PASSWORD"


def _tr(args: argparse.Namespace) -> Any:
    return lambda nl, en: t(args, nl, en)


def _target(args: argparse.Namespace, fallback: str | None = None) -> Any:
    from app.hub import dsn

    if not args.dsn and args.dsn_file is None and not os.environ.get(dsn.ENV_DSN) and fallback:
        return dsn.resolve(fallback, None, _tr(args))
    return dsn.resolve(args.dsn, args.dsn_file, _tr(args))


def _new_password() -> str | None:
    return os.environ.get(ENV_NEW_PASSWORD) or None


def cmd_init(args: argparse.Namespace) -> int:
    from app.hub import admin
    from app.hub.dsn import connected

    target = _target(args)
    with connected(target, _tr(args)) as conn:
        revision = admin.init(conn)
        role = admin.add_organisation(conn, args.organisation, _new_password()) if args.organisation else None
    say(args, f"Hub klaar op {target.describe()} (schema {revision}; rollen verbind_org en verbind_coordinator).",
        f"Hub ready on {target.describe()} (schema {revision}; roles verbind_org and verbind_coordinator).")
    if role is not None:
        _print_role(args, role)
    return 0


def _print_role(args: argparse.Namespace, role: Any) -> None:
    if role.existed:
        say(args, f"‘{role.name}’ bestond al: rol {role.role}" + (f", organisatie-id {role.organisation_id}"
                                                                  if role.organisation_id else "") + ".",
            f"‘{role.name}’ already existed: role {role.role}" + (f", organisation id {role.organisation_id}"
                                                                  if role.organisation_id else "") + ".")
    else:
        say(args, f"‘{role.name}’ toegevoegd: rol {role.role}" + (f", organisatie-id {role.organisation_id}"
                                                                  if role.organisation_id else "") + ".",
            f"‘{role.name}’ added: role {role.role}" + (f", organisation id {role.organisation_id}"
                                                        if role.organisation_id else "") + ".")
    if role.password:
        say(args, f"Wachtwoord (wordt maar één keer getoond; geef het persoonlijk door): {role.password}",
            f"Password (shown only once; pass it on in person): {role.password}")


def cmd_add_organisation(args: argparse.Namespace) -> int:
    from app.hub import admin
    from app.hub.dsn import connected

    with connected(_target(args), _tr(args)) as conn:
        role = admin.add_organisation(conn, args.name, _new_password())
    _print_role(args, role)
    return 0


def cmd_add_coordinator(args: argparse.Namespace) -> int:
    from app.hub import admin
    from app.hub.dsn import connected

    with connected(_target(args), _tr(args)) as conn:
        role = admin.add_coordinator(conn, args.name, _new_password())
    _print_role(args, role)
    return 0


def cmd_push(args: argparse.Namespace) -> int:
    from app.hub import push as hub_push
    from app.hub.dsn import ENV_DSN, connected

    given = bool(args.dsn or args.dsn_file is not None or os.environ.get(ENV_DSN))
    target = _target(args) if given else None  # a DSN with a password is refused before the vault opens
    with open_vault(args) as vault, vault.session() as session:
        stored = hub_push.settings(session)
        if target is None and not args.dry_run:
            target = _target(args, stored.get(hub_push.DSN))  # the hub of the last push, else says where from
        ids = [resolve_network(session, args.network, args).id] if args.network else None
        outgoing = hub_push.collect(session, ids)
        lines = hub_push.summary_lines(outgoing, stored.get(hub_push.ORGANISATION_NAME, ""), t(args, "nl", "en"))
        if args.dry_run:
            print("\n".join(lines))
            say(args, "Proefdraai: er werd niets verzonden.", "Dry run: nothing was sent.")
            return 0
        if outgoing.empty:
            raise UsageError(t(args, "Er is niets te versturen: deze kluis heeft geen netwerk.",
                               "There is nothing to send: this vault has no network."))
        assert target is not None
        with connected(target, _tr(args)) as conn:
            known = hub_push.known_organisation(stored, target.identity())
            result = hub_push.push(conn, outgoing, known, tr=_tr(args))
        hub_push.remember(session, result, target.public, target.describe(), target.identity())
        session.commit()
    sent = result.sent

    def n(count: int, one: str, many: str) -> str:
        return f"{count} {one if count == 1 else many}"

    say(args, f"Verstuurd naar {target.describe()} als ‘{result.organisation}’: "
        f"{n(sent['network'], 'netwerk', 'netwerken')}, {n(sent['report_snapshot'], 'verslag', 'verslagen')}, "
        f"{n(sent['organisation_stakeholder'], 'organisatie', 'organisaties')}; "
        f"{n(result.changed, 'rij', 'rijen')} nieuw of gewijzigd in de hub.",
        f"Sent to {target.describe()} as ‘{result.organisation}’: {n(sent['network'], 'network', 'networks')}, "
        f"{n(sent['report_snapshot'], 'report', 'reports')}, "
        f"{n(sent['organisation_stakeholder'], 'organisation', 'organisations')}; "
        f"{n(result.changed, 'row', 'rows')} new or changed in the hub.")
    if not any(n.periods for n in outgoing.networks):
        warn(args, "Let op: nog geen enkel bevroren jaarverslag verstuurd — maak het in het tabblad Jaarverslag "
             "(‘Afronden en bevriezen’) en push opnieuw.",
             "Note: no frozen annual report sent yet — make one in the Annual report tab (‘Finish and freeze’) "
             "and push again.")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from app.hub import report
    from app.hub.dsn import connected
    from app.periods import parse_period

    try:
        parse_period(args.period)
    except Exception as exc:
        raise UsageError(t(args, f"Onbekende periode {args.period!r}: geef een kalenderjaar (2026) of een werkjaar "
                           "(2025-2026).", f"Unknown period {args.period!r}: give a calendar year (2026) or a working "
                           "year (2025-2026).")) from exc
    check_output(args, "pdf")
    if args.xlsx is not None:
        check_output(argparse.Namespace(output=args.xlsx, force=args.force, lang=getattr(args, "lang", None)), "xlsx")
    target = _target(args)
    with connected(target, _tr(args)) as conn:
        rows = report.fetch(conn, args.period, _tr(args))
    regional = report.build(rows, args.period, t(args, "nl", "en"))
    report.write_pdf(regional, args.output)
    if args.xlsx is not None:
        report.write_xlsx(regional, args.xlsx)
    orgs_nl = "1 organisatie" if regional.organisations == 1 else f"{regional.organisations} organisaties"
    orgs_en = "1 organisation" if regional.organisations == 1 else f"{regional.organisations} organisations"
    say(args, f"Regionaal overzicht {args.period}: {regional.networks} netwerken van {orgs_nl} → {args.output}" + (f" en {args.xlsx}" if args.xlsx else ""),
        f"Regional picture {args.period}: {regional.networks} networks of {orgs_en} → {args.output}" + (f" and {args.xlsx}" if args.xlsx else ""))
    return 0


def _dsn_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--dsn", default=None, help="de hub: 'host=… port=5432 dbname=… user=…' of "
                   "'postgresql://user@host/db' (zonder wachtwoord; anders --dsn-file of VERBIND_HUB_DSN)")
    p.add_argument("--dsn-file", type=Path, default=None, help="lees de DSN uit dit bestand (eerste regel)")


def register(sub: Any) -> None:
    hub = sub.add_parser("hub", help="regionale hub (PostgreSQL): init, add-organisation, add-coordinator, push, report",
                         description="de regionale hub: cijfers van bevroren jaarverslagen naar PostgreSQL, per "
                                     "organisatie afgeschermd; nooit personen")
    hub_sub = hub.add_subparsers(dest="hub_command", metavar="ACTION", required=True)
    p = add_command(hub_sub, "init", cmd_init, "maak of werk het schema, de rollen en de rechten van de hub bij "
                    "(als beheerder; opnieuw uitvoeren is veilig)", passphrase=False, vault=False)
    _dsn_args(p)
    p.add_argument("--organisation", default=None, metavar="NAAM", help="voeg meteen deze organisatie toe")
    p = add_command(hub_sub, "add-organisation", cmd_add_organisation, "voeg een organisatie en haar rol toe "
                    "(wachtwoord: VERBIND_HUB_NEW_PASSWORD, anders een nieuw dat één keer getoond wordt)",
                    passphrase=False, vault=False)
    p.add_argument("name", help="de naam van de organisatie")
    _dsn_args(p)
    p = add_command(hub_sub, "add-coordinator", cmd_add_coordinator, "voeg een rol toe die enkel de "
                    "overzichten leest (voor het regionale verslag)", passphrase=False, vault=False)
    p.add_argument("name", help="een naam voor de rol (letters en cijfers), bv. provincie")
    _dsn_args(p)
    p = add_command(hub_sub, "push", cmd_push, "stuur de cijfers van deze kluis naar de hub (één transactie; "
                    "herhalen is veilig)")
    _dsn_args(p)
    p.add_argument("--network", default=None, help="alleen dit netwerk (naam of id)")
    p.add_argument("--dry-run", action="store_true", help="toon wat er verstuurd zou worden, verstuur niets")
    p = add_command(hub_sub, "report", cmd_report, "het regionale overzicht van een periode als PDF (en xlsx)",
                    passphrase=False, vault=False)
    _dsn_args(p)
    p.add_argument("--period", required=True, help="kalenderjaar (2026) of werkjaar (2025-2026)")
    add_output_arg(p)
    p.add_argument("--xlsx", type=Path, default=None, metavar="FILE", help="ook de tabellen als Excel-bestand")
