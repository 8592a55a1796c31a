"""`verbind report`: the annual report PDF headless (scheduled or batch use), from fresh figures
or from the latest frozen snapshot; `--format xlsx` writes its figures as a workbook instead,
`--narrative FILE` fills the narrative, criteria and recommendations from a Markdown file,
`--stakeholder-map` writes the stakeholder map."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands.common import (
    add_command,
    add_output_arg,
    check_output,
    lang_of,
    open_vault,
    output_format,
    resolve_network,
    say,
    t,
)
from app.errors import NotFoundError, UsageError
from app.reports import snapshot as snap
from app.reports.wizard import new_state


def cmd_report(args: argparse.Namespace) -> int:
    from app.reports.pdf import write_report

    lang = args.lang if getattr(args, "lang", None) in ("nl", "en") else "nl"
    if args.stakeholder_map:
        if getattr(args, "format", None) not in (None, "pdf"):
            raise UsageError(t(args, "de stakeholderkaart bestaat alleen als PDF: laat --format weg.",
                               "the stakeholder map is a PDF only: leave out --format."))
        check_output(args, "pdf")
        kind = "pdf"
    else:
        kind = output_format(args, ("pdf", "xlsx"), "pdf")
    parts = None
    if args.author and args.from_snapshot:
        raise UsageError(t(args, "--author kan niet samen met --from-snapshot: een bevroren verslag verandert niet.",
                           "--author cannot be combined with --from-snapshot: a frozen report does not change."))
    if getattr(args, "narrative", None) is not None:
        if args.from_snapshot or args.stakeholder_map:
            raise UsageError(t(args, "--narrative kan niet samen met --from-snapshot of --stakeholder-map: een bevroren "
                               "verslag verandert niet en de kaart heeft geen tekst.",
                               "--narrative cannot be combined with --from-snapshot or --stakeholder-map: a frozen "
                               "report does not change and the map has no text."))
        from app.reports.narrative_file import read_narrative_file

        parts = read_narrative_file(args.narrative, lang_of(args))
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
            payload.setdefault("status", frozen.status)  # frozen before payloads carried it
            if getattr(args, "lang", None):
                payload["options"] = {**payload.get("options", {}), "lang": lang}
        else:
            payload = new_state(net.id, period, lang)
            if parts is not None:
                payload = parts.apply(payload)
            payload["status"] = "draft"  # not frozen: a draft shows the sections still without text
            payload["data"] = snap.compute(session, net.id, period)
            if args.author:
                payload["options"] = {**payload.get("options", {}), "author": " ".join(args.author.split())[:200]}
    if kind == "xlsx":
        from app.reports.workbook import write_workbook

        write_workbook(payload, args.output)
        say(args, f"Cijfers van het jaarverslag bewaard: {args.output}", f"Annual report figures saved: {args.output}")
        return 0
    write_report(payload, args.output)
    say(args, f"Jaarverslag bewaard: {args.output}", f"Annual report saved: {args.output}")
    return 0


def register(sub: Any) -> None:
    p = add_command(sub, "report", cmd_report, "maak het jaarverslag (PDF) voor de stuurgroep")
    p.add_argument("--network", default=None, help="naam of id (nodig als de kluis meerdere netwerken heeft)")
    p.add_argument("--period", required=True, help="kalenderjaar (2026) of werkjaar (2025-2026)")
    add_output_arg(p)
    p.add_argument("--format", choices=["pdf", "xlsx"], default=None,
                   help="pdf (het verslag, standaard) of xlsx (de cijfers als werkmap); standaard volgens -o")
    p.add_argument("--narrative", type=Path, default=None, metavar="FILE",
                   help="vul toelichting, in de kijker, procescriteria, resultaten en aanbevelingen uit een "
                        "Markdown-bestand (zie README)")
    p.add_argument("--author", default=None, metavar="NAAM",
                   help="wie het verslag opstelt: op de voorpagina en in de PDF-eigenschappen (niet bij --from-snapshot)")
    p.add_argument("--from-snapshot", action="store_true", help="gebruik het laatst bevroren verslag van die periode")
    p.add_argument("--stakeholder-map", action="store_true", help="maak de stakeholderkaart in plaats van het verslag")
