"""`verbind report`: the annual report PDF headless (scheduled or batch use), from fresh figures
or from the latest frozen snapshot; `--stakeholder-map` writes the stakeholder map instead."""

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
    t,
)
from app.errors import NotFoundError
from app.reports import snapshot as snap
from app.reports.wizard import new_state


def cmd_report(args: argparse.Namespace) -> int:
    from app.reports.pdf import write_report

    lang = args.lang if getattr(args, "lang", None) in ("nl", "en") else "nl"
    check_output(args, "pdf")
    with open_vault(args) as vault, vault.session() as session:
        net = resolve_network(session, args.network, args)
        period = snap.period_for(session, net.id, args.period).label
        if args.stakeholder_map:
            from app.reports.stakeholder_map import write_stakeholder_map

            write_stakeholder_map(session, net.id, args.output, lang)
            say(args, f"Stakeholderkaart bewaard: {args.output}", f"Stakeholder map saved: {args.output}")
            return 0
        if args.from_snapshot:
            frozen = snap.previous_final(session, net.id, period)
            if frozen is None:
                raise NotFoundError(t(args, f"Er is nog geen bevroren jaarverslag voor {net.name}, {period}. "
                                      "Maak het eerst in de wizard of laat --from-snapshot weg.",
                                      f"There is no frozen annual report for {net.name}, {period} yet. "
                                      "Make it in the wizard first or leave out --from-snapshot."))
            payload = dict(frozen.payload)
            if getattr(args, "lang", None):
                payload["options"] = {**payload.get("options", {}), "lang": lang}
        else:
            payload = new_state(net.id, period, lang)
            payload["data"] = snap.compute(session, net.id, period)
    write_report(payload, args.output)
    say(args, f"Jaarverslag bewaard: {args.output}", f"Annual report saved: {args.output}")
    return 0


def register(sub: Any) -> None:
    p = add_command(sub, "report", cmd_report, "maak het jaarverslag (PDF) voor de stuurgroep")
    p.add_argument("--network", default=None, help="naam of id (nodig als de kluis meerdere netwerken heeft)")
    p.add_argument("--period", required=True, help="kalenderjaar (2026) of werkjaar (2025-2026)")
    add_output_arg(p)
    p.add_argument("--from-snapshot", action="store_true", help="gebruik het laatst bevroren verslag van die periode")
    p.add_argument("--stakeholder-map", action="store_true", help="maak de stakeholderkaart in plaats van het verslag")
