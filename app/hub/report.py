"""The coordinator's regional report: the networks of a region side by side, per kind, from the
hub's aggregate views — the figures of each network's newest final report of the period as it
was pushed (suppression applied in the vault), totals and medians, the three-year trend, and
the organisations reached per stage. As a PDF (the companion PDFs' page, fonts and styles) and
as an xlsx with the same tables.

Suppression across the region: a network's count hidden in its own report ("< 5", "x") stays
hidden; a total over a column with a hidden count is printed as a lower bound ("≥ 120"), never
as a number one could subtract from; a regional count of children below the strictest
threshold of the region is printed "< N"."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeGuard

from sqlalchemy import Connection, text

from app.domain.vocabulary import NetworkKind, Stage, label
from app.formatting import fmt_number
from app.hub import HubError

KIND_ORDER = [NetworkKind.CONNECTION.value, NetworkKind.ENTREPRENEUR.value, NetworkKind.NEIGHBOURHOOD.value,
              NetworkKind.LOCAL.value]
STAGES = [s.value for s in Stage]

# (key, Dutch, English, type): "child" counts of children (suppressed), "count", "rate", "fte", "eur"
COLUMNS: dict[str, list[tuple[str, str, str, str]]] = {
    NetworkKind.CONNECTION.value: [
        ("started", "Trajecten gestart", "Trajectories started", "child"),
        ("successful", "Geslaagd", "Successful", "child"),
        ("not_yet_assessable", "Nog te recent", "Too recent yet", "child"),
        ("success_rate", "Slaagkans", "Success rate", "rate"),
        ("reached", "Organisaties bereikt", "Organisations reached", "count"),
        ("fte", "VTE", "FTE", "fte"),
        ("budget_eur", "Budget", "Budget", "eur"),
        ("budget_per_trajectory", "Budget per traject", "Budget per trajectory", "eur"),
        ("fte_per_100", "VTE per 100 trajecten", "FTE per 100 trajectories", "fte")],
    NetworkKind.ENTREPRENEUR.value: [
        ("network_size", "Ambassadeurs", "Ambassadors", "count"),
        ("podium_total", "Podiumactiviteiten", "Podium activities", "count"),
        ("podium_target_met", "Doel gehaald", "Target met", "count"),
        ("reached", "Organisaties bereikt", "Organisations reached", "count"),
        ("fte", "VTE", "FTE", "fte"),
        ("budget_eur", "Budget", "Budget", "eur")],
    NetworkKind.NEIGHBOURHOOD.value: [
        ("signals_raised", "Signalen", "Signals", "count"),
        ("signals_handled", "Behandeld", "Handled", "count"),
        ("answered_in_time", "Tijdig beantwoord", "Answered in time", "count"),
        ("reached", "Organisaties bereikt", "Organisations reached", "count"),
        ("fte", "VTE", "FTE", "fte"),
        ("budget_eur", "Budget", "Budget", "eur")],
    NetworkKind.LOCAL.value: [
        ("network_size", "Ambassadeurs", "Ambassadors", "count"),
        ("new_relations", "Nieuwe relaties", "New relations", "count"),
        ("relations_expanded", "Relaties uitgebouwd", "Relations expanded", "count"),
        ("reached", "Organisaties bereikt", "Organisations reached", "count"),
        ("fte", "VTE", "FTE", "fte"),
        ("budget_eur", "Budget", "Budget", "eur")],
}
TREND_KEYS: dict[str, list[tuple[str, str, str, str]]] = {
    NetworkKind.CONNECTION.value: [("started", "Trajecten gestart", "Trajectories started", "child"),
                                   ("successful", "Geslaagd", "Successful", "child")],
    NetworkKind.ENTREPRENEUR.value: [("podium_total", "Podiumactiviteiten", "Podium activities", "count"),
                                     ("network_size", "Ambassadeurs", "Ambassadors", "count")],
    NetworkKind.NEIGHBOURHOOD.value: [("signals_handled", "Signalen behandeld", "Signals handled", "count")],
    NetworkKind.LOCAL.value: [("new_relations", "Nieuwe relaties", "New relations", "count"),
                              ("network_size", "Ambassadeurs", "Ambassadors", "count")],
}
TREND_COMMON = [("reached", "Organisaties bereikt", "Organisations reached", "count")]

Value = int | float | str | None


@dataclass
class Table:
    """One table as both outputs print it: raw values (numbers, "< 5", "x", "≥ 12", None)."""

    title: str
    header: list[str]
    kinds: list[str]  # per value column: child, count, rate, fte, eur
    rows: list[list[Value]]
    total: list[Value] | None = None
    median: list[Value] | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class Regional:
    period: str
    made_on: date
    lang: str
    threshold: int
    networks: int
    organisations: int
    tables: list[Table]
    intro: list[str]


def _dutch(nl: str, _en: str) -> str:
    return nl


def fetch(conn: Connection, period: str, tr: Any = _dutch) -> list[dict[str, Any]]:
    """The networks' figures of `period` from the coordinator's view; HubError when there are none
    (saying which periods the hub holds)."""
    rows = [dict(r._mapping) for r in conn.execute(text(
        "SELECT organisation, network_id::text AS network_id, network, kind, municipality, fte, budget_eur, "
        "period, made_on, figures FROM hub.v_network_period WHERE period = :p ORDER BY kind, organisation, network"),
        {"p": period})]
    if rows:
        return rows
    periods = [r[0] for r in conn.execute(text("SELECT DISTINCT period FROM hub.v_network_period ORDER BY 1"))]
    have = (tr(f"De hub heeft wel verslagen van: {', '.join(periods)}.", f"The hub does hold reports of: "
               f"{', '.join(periods)}.") if periods
            else tr("De hub heeft nog van geen enkele periode een verslag.", "The hub holds no report of any period yet."))
    raise HubError(tr(f"Geen bevroren jaarverslag van {period} in de hub. {have} Een projectleider maakt het in het "
                      "tabblad Jaarverslag (wizard, ‘Afronden en bevriezen’) en stuurt het met 'verbind hub push' of "
                      "Extra → Cijfers naar de regionale hub…",
                      f"No frozen annual report of {period} in the hub. {have} A project lead makes it in the Annual "
                      "report tab (wizard, ‘Finish and freeze’) and sends it with 'verbind hub push' or Extra → "
                      "Figures to the regional hub…"), "period")


def _is_num(v: Any) -> TypeGuard[int | float]:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _cell(fig: dict[str, Any], key: str, row: dict[str, Any]) -> Value:
    traj = fig.get("trajectories") or {}
    if key in ("started", "successful", "not_yet_assessable", "success_rate"):
        return traj.get(key)
    if key in ("fte", "budget_eur"):
        value = fig.get(key)
        return value if value is not None else row.get(key)
    if key == "budget_per_trajectory":
        started, budget = traj.get("started"), fig.get("budget_eur")
        return budget / started if _is_num(started) and started and _is_num(budget) else None
    if key == "fte_per_100":
        started, fte = traj.get("started"), fig.get("fte")
        return 100 * float(fte) / started if _is_num(started) and started and _is_num(fte) else None
    return fig.get(key)


def _sum_cell(values: list[Value], kind: str, threshold: int) -> Value:
    numbers = [v for v in values if _is_num(v)]
    hidden = any(isinstance(v, str) for v in values)
    if not numbers and not hidden:
        return None
    total: float = sum(numbers)
    total = int(total) if kind in ("child", "count") else total
    if hidden:
        return f"≥ {total}" if kind in ("child", "count") else None
    if kind == "child" and 0 < total < threshold:
        return f"< {threshold}"
    return total


def _median(values: list[Value]) -> Value:
    numbers = [float(v) for v in values if _is_num(v)]
    return statistics.median(numbers) if numbers else None


def _pooled(rows: list[dict[str, Any]], key: str) -> Value:
    """The region's own ratio over the networks where it is printable."""
    num = den = 0.0
    for r in rows:
        traj = r["figures"].get("trajectories") or {}
        started, ok, pending = traj.get("started"), traj.get("successful"), traj.get("not_yet_assessable")
        if key == "success_rate":
            if traj.get("success_rate") is None or not (_is_num(started) and _is_num(ok) and _is_num(pending)):
                continue
            num, den = num + float(ok), den + float(started) - float(pending)
        else:
            value = r["figures"].get("budget_eur" if key == "budget_per_trajectory" else "fte")
            if not (_is_num(started) and started and _is_num(value)):
                continue
            num, den = num + value * (1 if key == "budget_per_trajectory" else 100), den + started
    return num / den if den > 0 else None


def build(rows: list[dict[str, Any]], period: str, lang: str = "nl", today: date | None = None) -> Regional:
    en = lang == "en"

    def tr(nl: str, english: str) -> str:
        return english if en else nl

    threshold = max([int((r["figures"] or {}).get("threshold") or 0) for r in rows] or [5]) or 5
    tables: list[Table] = []
    for kind in KIND_ORDER + sorted({r["kind"] for r in rows} - set(KIND_ORDER)):
        group = [r for r in rows if r["kind"] == kind]
        if not group:
            continue
        cols = COLUMNS.get(kind, COLUMNS[NetworkKind.LOCAL.value])
        try:
            kind_name = label(NetworkKind(kind), lang)
        except ValueError:
            kind_name = kind
        body = [[f"{r['network']} ({r['organisation']})", *(_cell(r["figures"], key, r) for key, *_ in cols)]
                for r in group]
        total: list[Value] = [tr("Totaal", "Total")]
        median: list[Value] = [tr("Mediaan", "Median")]
        for i, (key, _nl, _en, typ) in enumerate(cols, 1):
            column = [b[i] for b in body]
            if typ == "rate" or key in ("budget_per_trajectory", "fte_per_100"):
                total.append(_pooled(group, key))
            else:
                total.append(_sum_cell(column, typ, threshold))
            median.append(_median(column))
        notes = []
        for r in group:
            fig = r["figures"]
            traj = fig.get("trajectories") or {}
            bits = []
            if (fig.get("period") or {}).get("provisional"):
                bits.append(tr(f"voorlopig: bevroren vóór het einde van de periode (tot {fig['period'].get('as_of')})",
                               f"provisional: frozen before the period ended (up to {fig['period'].get('as_of')})"))
            pending = traj.get("not_yet_assessable")
            if kind == NetworkKind.CONNECTION.value and pending not in (None, 0):
                months = fig.get("followup_months") or 6
                bits.append(tr(f"{pending} trajecten nog te recent om te beoordelen (opvolging na {months} maanden): "
                               "de slaagkans telt ze niet mee",
                               f"{pending} trajectories too recent to assess (follow-up after {months} months): the "
                               "success rate leaves them out"))
            if bits:
                notes.append(f"{r['network']} ({r['organisation']}): " + "; ".join(bits))
        tables.append(Table(kind_name, [tr("Netwerk (organisatie)", "Network (organisation)"),
                                        *(en_ if en else nl for _k, nl, en_, _t in cols)],
                            [t for *_x, t in cols], body, total, median, notes))
        trend = _trend_table(group, kind, kind_name, threshold, tr)
        if trend is not None:
            tables.append(trend)
    stage_rows = [[f"{r['network']} ({r['organisation']})",
                   *((r["figures"].get("by_stage") or {}).get(s, 0) for s in STAGES)] for r in rows]
    stage_total: list[Value] = [tr("Totaal", "Total"), *(_sum_cell([b[i] for b in stage_rows], "count", threshold)
                                                          for i in range(1, len(STAGES) + 1))]
    stage_median: list[Value] = [tr("Mediaan", "Median"), *(_median([b[i] for b in stage_rows])
                                                            for i in range(1, len(STAGES) + 1))]
    tables.append(Table(tr("Organisaties per fase van de relatie", "Organisations per relationship stage"),
                        [tr("Netwerk (organisatie)", "Network (organisation)"),
                         *(label(Stage(s), lang) for s in STAGES)], ["count"] * len(STAGES), stage_rows,
                        stage_total, stage_median,
                        [tr("Geteld zoals in het jaarverslag: de stakeholders die het netwerk in kaart bracht, op de "
                            "laatste dag van de periode; ‘bereikt’ is voorbij ‘in kaart gebracht’. De hub zelf bewaart "
                            "van stakeholders enkel organisaties, nooit personen.",
                            "Counted as in the annual report: the stakeholders the network mapped, on the period's "
                            "last day; ‘reached’ is past ‘mapped’. Of stakeholders the hub itself keeps organisations "
                            "only, never people.")]))
    organisations = len({r["organisation"] for r in rows})
    orgs_nl = "1 organisatie" if organisations == 1 else f"{organisations} organisaties"
    orgs_en = "1 organisation" if organisations == 1 else f"{organisations} organisations"
    intro = [tr(f"{len(rows)} netwerken van {orgs_nl}, elk met de cijfers van het jongste "
                f"definitieve jaarverslag van {period} dat hun projectleider naar de hub stuurde.",
                f"{len(rows)} networks of {orgs_en}, each with the figures of the newest final "
                f"annual report of {period} its project lead pushed to the hub."),
             tr(f"Kleine aantallen kinderen zijn verborgen zoals in het jaarverslag: ‘< {threshold}’ is een aantal "
                "tussen 0 en de drempel, ‘x’ een aantal dat verborgen is omdat het anders uit de andere af te leiden "
                "is; een totaal met een verborgen aantal erin staat als ondergrens (‘≥ 120’). De slaagkans telt de "
                "trajecten die nog te recent zijn niet mee; het totaal is de slaagkans van de regio over de netwerken "
                "waar ze getoond mag worden. Een mediaan is die van de netwerken waar het cijfer getoond wordt.",
                f"Small counts of children are hidden as in the annual report: ‘< {threshold}’ is a count between 0 "
                "and the threshold, ‘x’ a count hidden because it would follow from the others; a total with a hidden "
                "count in it is shown as a lower bound (‘≥ 120’). The success rate leaves out trajectories too recent "
                "to assess; its total is the region's rate over the networks where it may be shown. A median is that "
                "of the networks where the figure is shown.")]
    return Regional(period, today or date.today(), lang, threshold, len(rows), organisations, tables, intro)


def _trend_table(group: list[dict[str, Any]], kind: str, kind_name: str, threshold: int, tr: Any) -> Table | None:
    labels: list[str] = []
    for r in group:
        for e in r["figures"].get("trend") or []:
            if e.get("label") and e["label"] not in labels:
                labels.append(e["label"])
    if len(labels) < 2:
        return None
    labels.sort()
    body: list[list[Value]] = []
    kinds: list[str] = []
    for key, nl, en, typ in TREND_KEYS.get(kind, []) + TREND_COMMON:
        row: list[Value] = [tr(nl, en)]
        for lab in labels:
            values: list[Value] = []
            for r in group:
                entry = next((e for e in r["figures"].get("trend") or [] if e.get("label") == lab), None)
                if entry is not None:
                    values.append(entry.get(key))
            row.append(_sum_cell(values, typ, threshold))
        body.append(row)
        kinds.append(typ)
    return Table(tr(f"{kind_name}: verloop over drie jaar (som van de netwerken)",
                    f"{kind_name}: three-year trend (sum of the networks)"),
                 [tr("Cijfer", "Figure"), *labels], ["trend"] * len(labels), body)


# -- output --------------------------------------------------------------------------------------

def fmt(value: Value, kind: str, lang: str) -> str:
    if value is None:
        return "–"
    if isinstance(value, str):
        return value
    if kind == "rate":
        return f"{fmt_number(100 * value, 0, lang)} %"
    if kind == "eur":
        whole = fmt_number(round(float(value)), 0, lang)
        return f"€{whole}" if lang == "en" else f"€ {whole}"
    if kind == "fte":
        return fmt_number(value, 2, lang)
    if isinstance(value, float) and not value.is_integer():
        return fmt_number(value, 1, lang)
    return fmt_number(value, 0, lang)


def _formatted(table: Table, lang: str) -> list[list[str]]:
    out = [list(table.header)]
    lines = list(table.rows) + [r for r in (table.total, table.median) if r is not None]
    for line in lines:
        kinds = table.kinds if table.kinds and table.kinds[0] != "trend" else []
        cells = [str(line[0])]
        for i, v in enumerate(line[1:]):
            cells.append(fmt(v, kinds[i] if kinds else "count", lang))
        out.append(cells)
    return out


def write_pdf(report: Regional, path: Path, title: str = "") -> None:
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, Spacer
    from reportlab.platypus import Table as RLTable

    from app.reports import companion

    lang = report.lang
    en = lang == "en"
    s = companion.styles()
    heading = title or (f"Regional picture {report.period}" if en else f"Regionaal overzicht {report.period}")
    story: list[Any] = [Paragraph(escape(heading), s["title"])]
    for line in report.intro:
        story.append(Paragraph(escape(line), s["body"]))
    width = landscape(A4)[0] - 4.4 * cm
    head = ParagraphStyle("hubhead", parent=s["cellb"], fontSize=7.5, leading=9, alignment=TA_RIGHT)
    for table in report.tables:
        story.append(Paragraph(escape(table.title), s["h2"]))
        cells = _formatted(table, lang)
        first = min(6.5 * cm, width * 0.3)
        rest = (width - first) / max(1, len(cells[0]) - 1)
        body = [[Paragraph(escape(c), head if r == 0 and i else s["cellb" if r == 0 else "cell"])
                 if i == 0 or r == 0 else c for i, c in enumerate(row)] for r, row in enumerate(cells)]
        rl = RLTable(body, colWidths=[first] + [rest] * (len(cells[0]) - 1), repeatRows=1)
        extra: list[tuple[Any, ...]] = [("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("FONTSIZE", (0, 0), (-1, -1), 8.5)]
        summary_rows = sum(1 for r in (table.total, table.median) if r is not None)
        if summary_rows:
            first_summary = len(cells) - summary_rows
            extra += [("LINEABOVE", (0, first_summary), (-1, first_summary), 0.6, colors.HexColor("#5f6b76")),
                      ("FONTNAME", (1, first_summary), (-1, first_summary), "VerbindSans-Bold")]
        rl.setStyle(companion.table_style(*extra))
        story.append(rl)
        for note in table.notes:
            story.append(Paragraph(escape(note), s["small"]))
        story.append(Spacer(1, 0.3 * cm))
    made = companion.day(report.made_on, lang)
    companion.build({"lang": lang, "header": heading,
                     "footer": (f"Verbind regional hub · made on {made}" if en
                                else f"Regionale hub van Verbind · gemaakt op {made}"),
                     "title": heading, "subject": "regional report" if en else "regionaal overzicht",
                     "author": "Verbind", "pagesize": landscape(A4)}, story, path)


def write_xlsx(report: Regional, path: Path) -> None:
    """The same tables, numbers as numbers (rates as percentages), suppressed cells as their text."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from app.io.export import xml_safe
    from app.outputs import output_path

    wb = Workbook()
    ws = wb.active
    ws.title = ("Regional " if report.lang == "en" else "Regio ") + report.period
    ws.append([("Regional picture " if report.lang == "en" else "Regionaal overzicht ") + report.period])
    ws["A1"].font = Font(bold=True, size=14)
    for line in report.intro:
        ws.append([xml_safe(line)])
    for table in report.tables:
        ws.append([])
        ws.append([xml_safe(table.title)])
        ws.cell(row=ws.max_row, column=1).font = Font(bold=True)
        ws.append([xml_safe(h) for h in table.header])
        for cell in ws[ws.max_row]:
            cell.font = Font(bold=True)
        for values in table.rows + [r for r in (table.total, table.median) if r is not None]:
            ws.append([xml_safe(v) if isinstance(v, str) else v for v in values])
            for i, cell in enumerate(ws[ws.max_row][1:]):
                kind = table.kinds[i] if i < len(table.kinds) else "count"
                if isinstance(cell.value, (int, float)):
                    cell.number_format = {"rate": "0%", "eur": '"€" #,##0', "fte": "0.00"}.get(
                        kind, "#,##0" if isinstance(cell.value, int) or float(cell.value).is_integer() else "#,##0.0")
                elif isinstance(cell.value, str) and cell.data_type == "f":
                    cell.data_type = "s"
        for note in table.notes:
            ws.append([xml_safe(note)])
    ws.column_dimensions["A"].width = 48
    with output_path(Path(path)) as tmp:
        wb.save(str(tmp))
