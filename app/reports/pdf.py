"""The annual report PDF (reportlab platypus): cover, contents, summary, the evaluation frame with
tables and charts, indicators against targets, narrative, annex; page numbers, running header,
confidentiality footer, metadata, embedded Unicode fonts. Written to a temp file, then renamed."""

from __future__ import annotations

import math
import re
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from app.domain.vocabulary import (
    ActivityKind,
    ClosingReason,
    MilestoneKind,
    NetworkKind,
    Side,
    Stage,
    Strategy,
    label,
)
from app.formatting import fmt_date, fmt_eur, fmt_number
from app.outputs import output_path
from app.reports import fonts
from app.reports.content import PROCESS_CRITERIA, RESULTS, section_title

BLUE = colors.HexColor("#1f4e79")
LIGHT = colors.HexColor("#eef3f8")
GREY = colors.HexColor("#5f6b76")
GREEN, AMBER, RED = colors.HexColor("#2e7d32"), colors.HexColor("#ef8f00"), colors.HexColor("#c62828")

T = {
    "nl": {"report": "Jaarverslag", "subtitle": "Evaluatie voor de stuurgroep", "made": "Opgemaakt op",
           "contents": "Inhoud", "page": "pagina {0} van {1}", "figure": "Cijfer", "this": "Dit jaar",
           "last": "Vorig jaar", "change": "Verschil", "target": "Streefcijfer", "actual": "Gerealiseerd",
           "met": "gehaald", "not_met": "niet gehaald", "no_target": "geen streefcijfer",
           "started": "Trajecten gestart", "successful": "Geslaagde toeleidingen", "reached": "Organisaties bereikt",
           "new_relations": "Nieuwe relaties", "places": "Vrije plaatsen bij aanbieders", "interactions": "Contactmomenten",
           "size": "Ambassadeurs in het netwerk", "appointed": "Nieuw aangesteld", "left": "Gestopt",
           "honorary": "Ereleden", "podium": "Podiumactiviteiten", "signals_raised": "Signalen gemeld",
           "signals_handled": "Signalen beantwoord of afgesloten", "median": "Mediane antwoordtijd (dagen)",
           "activities": "Activiteiten", "budget": "Budget", "staff_budget": "waarvan personeel", "fte": "VTE",
           "steering": "Leden stuurgroep", "hiring": "Aanstelling", "strategies": "Gekozen strategieën",
           "funnel": "Retentiefunnel van de trajecten die in deze periode startten",
           "stages": "Stakeholders per relatiefase", "lights": "Ambassadeurs per podiumlicht",
           "trend": "Vergelijking met vorig werkjaar", "by_side": "Bereikte organisaties per zijde",
           "by_kind": "Activiteiten per soort", "closed": "Afgesloten trajecten per reden",
           "criterion": "Criterium", "done": "Gedaan", "evidence": "Toelichting en bewijs", "yes": "ja", "no": "nee",
           "no_narrative": "Geen toelichting toegevoegd.", "highlights": "In de kijker", "none": "geen",
           "green": "groen (3 of meer)", "amber": "oranje (1–2)", "red": "rood (0)",
           "suppressed": "Aantallen kleiner dan {0} worden getoond als ‘< {0}’ om niemand herkenbaar te maken.",
           "benchmark": "Indicatie (geen norm): een ervaren voltijdse verbindingsambassadeur met een uitgebouwd netwerk "
                        "start ongeveer 80 trajecten per jaar en leidt er 60 à 70 succesvol toe; voor {0} VTE ± {1}.",
           "previous_source": "Vorig jaar: {0}.", "snapshot": "cijfers uit het bevroren verslag", "computed": "berekend"},
    "en": {"report": "Annual report", "subtitle": "Evaluation for the steering group", "made": "Made on",
           "contents": "Contents", "page": "page {0} of {1}", "figure": "Figure", "this": "This year",
           "last": "Last year", "change": "Change", "target": "Target", "actual": "Actual",
           "met": "met", "not_met": "not met", "no_target": "no target",
           "started": "Trajectories started", "successful": "Successful guidances", "reached": "Organisations reached",
           "new_relations": "New relations", "places": "Available places with providers", "interactions": "Contact moments",
           "size": "Ambassadors in the network", "appointed": "Newly appointed", "left": "Left", "honorary": "Honorary members",
           "podium": "Podium activities", "signals_raised": "Signals raised", "signals_handled": "Signals answered or closed",
           "median": "Median response time (days)", "activities": "Activities", "budget": "Budget",
           "staff_budget": "of which staff", "fte": "FTE", "steering": "Steering group members", "hiring": "Hiring",
           "strategies": "Chosen strategies", "funnel": "Retention funnel of trajectories started in this period",
           "stages": "Stakeholders per stage", "lights": "Ambassadors per podium light",
           "trend": "Comparison with last working year", "by_side": "Organisations reached per side",
           "by_kind": "Activities per kind", "closed": "Closed trajectories per reason", "criterion": "Criterion",
           "done": "Done", "evidence": "Notes and evidence", "yes": "yes", "no": "no",
           "no_narrative": "No narrative added.", "highlights": "Highlights", "none": "none",
           "green": "green (3 or more)", "amber": "amber (1–2)", "red": "red (0)",
           "suppressed": "Numbers below {0} are shown as ‘< {0}’ so that nobody can be recognised.",
           "benchmark": "Indication (not a norm): an experienced full-time connection ambassador with a built network "
                        "starts about 80 trajectories a year and guides 60 to 70 successfully; for {0} FTE about {1}.",
           "previous_source": "Last year: {0}.", "snapshot": "figures from the frozen report", "computed": "computed"},
}


class _Doc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, filename: str, header: str, footer: str, lang: str, **kw: Any) -> None:
        super().__init__(filename, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2.4 * cm,
                         bottomMargin=2.2 * cm, **kw)
        self.header, self.footer, self.lang = header, footer, lang
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate("cover", [frame], onPage=self._cover_page),
                               PageTemplate("body", [frame], onPage=self._body_page)])

    def _cover_page(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(BLUE)
        canvas.rect(0, A4[1] - 6 * cm, A4[0], 6 * cm, stroke=0, fill=1)
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(GREY)
        canvas.drawCentredString(A4[0] / 2, 1.2 * cm, self.footer)
        canvas.restoreState()

    def _body_page(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(GREY)
        canvas.drawString(self.leftMargin, A4[1] - 1.4 * cm, self.header)
        canvas.setStrokeColor(colors.HexColor("#c9d3dd"))
        canvas.line(self.leftMargin, A4[1] - 1.55 * cm, A4[0] - self.rightMargin, A4[1] - 1.55 * cm)
        canvas.drawString(self.leftMargin, 1.2 * cm, self.footer)
        total = getattr(self, "_total_pages", 0) or doc.page
        canvas.drawRightString(A4[0] - self.rightMargin, 1.2 * cm, T[self.lang]["page"].format(doc.page, total))
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab API
        if isinstance(flowable, Paragraph) and getattr(flowable, "toc_level", None) is not None:
            self.notify("TOCEntry", (flowable.toc_level, flowable.getPlainText(), self.page))


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=10, leading=14, spaceAfter=6)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=GREY),
        "h1": ParagraphStyle("h1", parent=base, fontName=fonts.BOLD, fontSize=16, leading=20, textColor=BLUE,
                             spaceBefore=6, spaceAfter=10),
        "h2": ParagraphStyle("h2", parent=base, fontName=fonts.BOLD, fontSize=11.5, leading=15, textColor=BLUE,
                             spaceBefore=8, spaceAfter=4),
        "title": ParagraphStyle("title", parent=base, fontName=fonts.BOLD, fontSize=28, leading=34, textColor=colors.white),
        "cover": ParagraphStyle("cover", parent=base, fontSize=14, leading=20),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=fonts.BOLD, fontSize=9, leading=11, spaceAfter=0),
        "quote": ParagraphStyle("quote", parent=base, fontName=fonts.ITALIC, leftIndent=12, textColor=BLUE),
        "toc1": ParagraphStyle("toc1", parent=base, fontSize=11, leading=18),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
    }


def markup(text: str, style: ParagraphStyle) -> list[Flowable]:
    """Paragraphs (blank lines), '- ' bullets and **bold**; everything else is escaped."""
    out: list[Flowable] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [ln.rstrip() for ln in block.splitlines() if ln.strip()]
        if not lines:
            continue

        def inline(s: str) -> str:
            return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", escape(s))

        if all(ln.lstrip().startswith(("- ", "* ", "• ")) for ln in lines):
            items = [ListItem(Paragraph(inline(ln.lstrip()[2:]), style), leftIndent=12) for ln in lines]
            out.append(ListFlowable(items, bulletType="bullet", start="•", leftIndent=12))
        else:
            out.append(Paragraph(inline(" ".join(lines)), style))
    return out


class Report:
    def __init__(self, payload: dict[str, Any]) -> None:
        self.p = payload
        self.opts = payload.get("options", {})
        self.lang = self.opts.get("lang", "nl")
        self.t = T[self.lang]
        self.s = _styles()
        self.data = payload["data"]
        self.cur = self.data["figures"]["current"]
        self.prev = self.data["figures"].get("previous") or {}
        self.threshold = int(self.opts.get("suppression", 5) or 0)

    # -- helpers -------------------------------------------------------------------------------------
    def sup(self, n: int | float | None) -> str:
        """Small-number suppression for trajectory-derived counts."""
        if n is None:
            return "–"
        if 0 < n < self.threshold:
            return f"< {self.threshold}"
        return fmt_number(n)

    def num(self, n: int | float | None, decimals: int = 0) -> str:
        return "–" if n is None else fmt_number(n, decimals)

    def change(self, now: float | None, before: float | None, suppress: bool = False) -> str:
        if now is None or before is None:
            return "–"
        if suppress and (0 < now < self.threshold or 0 < before < self.threshold):
            return "–"
        diff = now - before
        if before:
            return f"{'+' if diff >= 0 else ''}{fmt_number(diff)} ({'+' if diff >= 0 else ''}{fmt_number(100 * diff / before)} %)"
        return f"{'+' if diff >= 0 else ''}{fmt_number(diff)}"

    def heading(self, key: str) -> Paragraph:
        p = Paragraph(escape(section_title(key, self.lang)), self.s["h1"])
        p.toc_level = 0
        return p

    def narrative(self, key: str) -> list[Flowable]:
        text = (self.p.get("narrative") or {}).get(key, "")
        if not text.strip():
            return [Paragraph(escape(self.t["no_narrative"]), self.s["small"])]
        return markup(text, self.s["body"])

    def table(self, rows: list[list[Any]], widths: list[float], header: bool = True) -> Table:
        cells = [[c if isinstance(c, Flowable) else Paragraph(escape(str(c)), self.s["cellb" if header and i == 0 else "cell"])
                  for c in row] for i, row in enumerate(rows)]
        tbl = Table(cells, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
        style = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#d5dde5")),
                 ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        if header:
            style += [("BACKGROUND", (0, 0), (-1, 0), LIGHT), ("LINEBELOW", (0, 0), (-1, 0), 0.8, BLUE)]
        tbl.setStyle(TableStyle(style))
        return tbl

    def bar_chart(self, title: str, items: list[tuple[str, float]], colour: Any = BLUE, height: float = 0) -> Flowable:
        if not self.opts.get("charts", True) or not items:
            return Spacer(1, 0)
        h = height or max(90, 22 * len(items) + 40)
        d = Drawing(16 * cm, h)
        chart = HorizontalBarChart()
        chart.x, chart.y, chart.width, chart.height = 6.2 * cm, 18, 8.8 * cm, h - 40
        chart.data = [[v for _, v in items][::-1]]
        chart.categoryAxis.categoryNames = [n for n, _ in items][::-1]
        chart.categoryAxis.labels.fontName = fonts.REGULAR
        chart.categoryAxis.labels.fontSize = 8
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.valueAxis.valueMin = 0
        top = max([v for _, v in items] + [1])
        chart.valueAxis.valueStep = max(1, math.ceil(top / 5))
        chart.valueAxis.labelTextFormat = "%d"
        chart.valueAxis.labels.fontName = fonts.REGULAR
        chart.valueAxis.labels.fontSize = 7
        chart.bars[0].fillColor = colour
        chart.bars[0].strokeColor = None
        chart.barLabelFormat = "%d"
        chart.barLabels.fontName = fonts.REGULAR
        chart.barLabels.fontSize = 7
        chart.barLabels.nudge = 8
        d.add(chart)
        d.add(String(0, h - 12, title, fontName=fonts.BOLD, fontSize=9, fillColor=BLUE))
        return d

    # -- sections ---------------------------------------------------------------------------------------
    def key_rows(self) -> list[tuple[str, Any, Any, bool]]:
        c, p = self.cur, self.prev

        def reached(f: dict[str, Any]) -> int | None:
            return sum(f.get("stakeholders_by_side", {}).values()) if f else None

        def podium(f: dict[str, Any]) -> int | None:
            return sum(f.get("podium_per_ambassador", {}).values()) if f else None

        return [
            (self.t["started"], c["trajectories"]["started"], p.get("trajectories", {}).get("started"), True),
            (self.t["successful"], c["successful"], p.get("successful"), True),
            (self.t["reached"], reached(c), reached(p), False),
            (self.t["new_relations"], c["new_relations"], p.get("new_relations"), False),
            (self.t["interactions"], c["interactions"], p.get("interactions"), False),
            (self.t["size"], c["network_size"], p.get("network_size"), False),
            (self.t["podium"], podium(c), podium(p), False),
            (self.t["signals_raised"], c["signals_raised"], p.get("signals_raised"), False),
            (self.t["signals_handled"], c["signals_handled"], p.get("signals_handled"), False),
        ]

    def figures_table(self) -> Table:
        rows: list[list[Any]] = [[self.t["figure"], self.t["this"], self.t["last"], self.t["change"]]]
        for name, now, before, suppress in self.key_rows():
            fmt = self.sup if suppress else self.num
            rows.append([name, fmt(now), fmt(before), self.change(now, before, suppress)])
        return self.table(rows, [7.5 * cm, 2.6 * cm, 2.6 * cm, 3.9 * cm])

    def cover(self, story: list[Flowable]) -> None:
        net = self.data["network"]
        story.append(Spacer(1, 0.6 * cm))
        story.append(Paragraph(escape(f"{self.t['report']} {self.data['period']['label']}"), self.s["title"]))
        story.append(Spacer(1, 3.2 * cm))
        logo = self.opts.get("logo")
        if logo and Path(logo).is_file():
            story.append(Image(str(logo), width=4 * cm, height=4 * cm, kind="proportional"))
            story.append(Spacer(1, 0.5 * cm))
        story.append(Paragraph(f"<b>{escape(net['name'])}</b>", self.s["h1"]))
        kind = label(NetworkKind(net["kind"]), self.lang) if net["kind"] in NetworkKind._value2member_map_ else net["kind"]
        story.append(Paragraph(escape(f"{kind} · {net.get('municipality') or ''}"), self.s["cover"]))
        story.append(Paragraph(escape(self.t["subtitle"]), self.s["cover"]))
        story.append(Spacer(1, 1 * cm))
        made = self.data.get("made_on")
        story.append(Paragraph(escape(f"{self.t['made']} {fmt_date(date.fromisoformat(made) if made else date.today())}"),
                               self.s["body"]))
        story.append(NextPageTemplate("body"))
        story.append(PageBreak())

    def build(self) -> list[Flowable]:
        story: list[Flowable] = []
        self.cover(story)
        toc = TableOfContents()
        toc.levelStyles = [self.s["toc1"]]
        story += [Paragraph(escape(self.t["contents"]), self.s["h1"]), toc, PageBreak()]
        wanted = self.opts.get("sections") or []
        for key in [k for k in ("summary", "introduction", "approach", "input", "throughput", "output", "outcome",
                                "indicators", "factors", "conclusions", "annex") if k in wanted]:
            getattr(self, f"_s_{key}")(story)
        return story

    def _s_summary(self, story: list[Flowable]) -> None:
        story.append(self.heading("summary"))
        story += self.narrative("summary")
        story.append(self.figures_table())
        src = self.t["snapshot"] if self.data["figures"].get("previous_source") == "snapshot" else self.t["computed"]
        story.append(Paragraph(escape(self.t["previous_source"].format(
            f"{self.data['figures'].get('previous_label')} — {src}")), self.s["small"]))
        highlights = self.p.get("highlights", "")
        if highlights.strip():
            story.append(Paragraph(escape(self.t["highlights"]), self.s["h2"]))
            story += markup(highlights, self.s["quote"])
        story.append(PageBreak())

    def _s_introduction(self, story: list[Flowable]) -> None:
        story.append(self.heading("introduction"))
        story += self.narrative("introduction")

    def _s_approach(self, story: list[Flowable]) -> None:
        story.append(self.heading("approach"))
        strategies = [label(Strategy(s), self.lang) for s in self.data["network"].get("strategies", [])
                      if s in Strategy._value2member_map_]
        story.append(Paragraph(escape(self.t["strategies"]), self.s["h2"]))
        story.append(ListFlowable([ListItem(Paragraph(escape(s), self.s["body"])) for s in strategies] or
                                  [ListItem(Paragraph(escape(self.t["none"]), self.s["body"]))], bulletType="bullet"))
        story += self.narrative("approach")

    def _s_input(self, story: list[Flowable]) -> None:
        net = self.data["network"]
        story.append(self.heading("input"))
        hiring = {"in_house": {"nl": "eigen bestuur", "en": "in-house"}, "tendered": {"nl": "uitbesteed", "en": "tendered"}}
        rows = [[self.t["figure"], ""],
                [self.t["budget"], fmt_eur(net.get("budget_eur")) or "–"],
                [self.t["staff_budget"], fmt_eur(net.get("staff_budget_eur")) or "–"],
                [self.t["fte"], self.num(net.get("fte"), 2)],
                [self.t["steering"], str(net.get("steering_group_size", 0))],
                [self.t["hiring"], hiring.get(net.get("hiring_mode") or "", {}).get(self.lang, "–")]]
        story.append(self.table(rows, [8 * cm, 8.6 * cm]))
        story += self.narrative("input")

    def _s_throughput(self, story: list[Flowable]) -> None:
        c = self.cur
        story.append(self.heading("throughput"))
        story += self.narrative("throughput")
        rows: list[list[Any]] = [[self.t["activities"], self.t["this"], self.t["last"]]]
        prev_kinds = self.prev.get("activities_by_kind", {})
        for kind in sorted(set(c["activities_by_kind"]) | set(prev_kinds)):
            name = label(ActivityKind(kind), self.lang) if kind in ActivityKind._value2member_map_ else kind
            rows.append([name, self.num(c["activities_by_kind"].get(kind, 0)), self.num(prev_kinds.get(kind, 0))])
        rows.append([self.t["interactions"], self.num(c["interactions"]), self.num(self.prev.get("interactions"))])
        rows.append([self.t["signals_raised"], self.num(c["signals_raised"]), self.num(self.prev.get("signals_raised"))])
        rows.append([self.t["signals_handled"], self.num(c["signals_handled"]), self.num(self.prev.get("signals_handled"))])
        rows.append([self.t["median"], self.num(c["signal_median_days"], 1), self.num(self.prev.get("signal_median_days"), 1)])
        story.append(self.table(rows, [9 * cm, 3.8 * cm, 3.8 * cm]))
        f = c["trajectories"]
        if f["started"]:
            order = [("started", self.t["started"])] + [(k.value, label(k, self.lang)) for k in (
                MilestoneKind.TRIAL, MilestoneKind.ENROLLED, MilestoneKind.STILL_ACTIVE, MilestoneKind.RE_ENROLLED)]
            shown = [(n, f[k]) for k, n in order if not 0 < f[k] < self.threshold]
            story.append(KeepTogether([self.bar_chart(self.t["funnel"], shown)]))
            fte = self.data["network"].get("fte") or 1
            story.append(Paragraph(escape(self.t["benchmark"].format(fmt_number(fte, 1), round(80 * fte))), self.s["small"]))
        ticked = [(nl if self.lang == "nl" else en) for k, nl, en in PROCESS_CRITERIA
                  if (self.p.get("criteria") or {}).get(k, {}).get("ticked")]
        if ticked:
            story.append(Paragraph(escape(section_title("annex", self.lang).split(":")[-1].strip().capitalize()), self.s["h2"]))
            story.append(ListFlowable([ListItem(Paragraph(escape(x), self.s["body"])) for x in ticked], bulletType="bullet"))

    def _s_output(self, story: list[Flowable]) -> None:
        c = self.cur
        story.append(self.heading("output"))
        story += self.narrative("output")
        rows: list[list[Any]] = [[self.t["by_side"], self.t["this"], self.t["last"]]]
        prev_side = self.prev.get("stakeholders_by_side", {})
        for side in Side:
            rows.append([label(side, self.lang), self.num(c["stakeholders_by_side"].get(side.value, 0)),
                         self.num(prev_side.get(side.value, 0))])
        rows.append([self.t["places"], self.num(c["places_offered"]), self.num(self.prev.get("places_offered"))])
        for key in ("size", "appointed", "left", "honorary"):
            field = {"size": "network_size"}.get(key, key)
            rows.append([self.t[key], self.num(c[field]), self.num(self.prev.get(field))])
        story.append(self.table(rows, [9 * cm, 3.8 * cm, 3.8 * cm]))
        story.append(self.bar_chart(self.t["stages"], [(label(s, self.lang), c["stakeholders_by_stage"].get(s.value, 0))
                                                       for s in Stage], colors.HexColor("#1e88e5")))
        lights = c["podium_lights"]
        if sum(c["podium_per_ambassador"].values()) or sum(self.prev.get("podium_per_ambassador", {}).values()):
            story.append(self.bar_chart(self.t["lights"], [(self.t["green"], lights["green"]), (self.t["amber"], lights["amber"]),
                                                           (self.t["red"], lights["red"])], colors.HexColor("#43a047")))

    def _s_outcome(self, story: list[Flowable]) -> None:
        c = self.cur
        story.append(self.heading("outcome"))
        story += self.narrative("outcome")
        f, pf = c["trajectories"], self.prev.get("trajectories", {})
        rows: list[list[Any]] = [[self.t["figure"], self.t["this"], self.t["last"]]]
        for kind in (MilestoneKind.ENROLLED, MilestoneKind.STILL_ACTIVE, MilestoneKind.RE_ENROLLED):
            rows.append([label(kind, self.lang), self.sup(f.get(kind.value)), self.sup(pf.get(kind.value))])
        rows.append([self.t["successful"], self.sup(c["successful"]), self.sup(self.prev.get("successful"))])
        story.append(self.table(rows, [9 * cm, 3.8 * cm, 3.8 * cm]))
        if c["closed_by_reason"]:
            closed = [[self.t["closed"], self.t["this"]]] + [
                [label(ClosingReason(r), self.lang) if r in ClosingReason._value2member_map_ else r, self.sup(n)]
                for r, n in sorted(c["closed_by_reason"].items())]
            story.append(Spacer(1, 6))
            story.append(self.table(closed, [9 * cm, 3.8 * cm]))
        if self.opts.get("charts", True) and self.prev:
            story.append(self.trend_chart())
        story.append(Paragraph(escape(self.t["suppressed"].format(self.threshold)), self.s["small"]))
        ticked = [(nl if self.lang == "nl" else en) for k, nl, en in RESULTS if (self.p.get("results") or {}).get(k, {}).get("ticked")]
        if ticked:
            story.append(ListFlowable([ListItem(Paragraph(escape(x), self.s["body"])) for x in ticked], bulletType="bullet"))

    def trend_chart(self) -> Flowable:
        items = [(n, now or 0, before or 0) for n, now, before, sup in self.key_rows()[:6]
                 if not sup or not (0 < (now or 0) < self.threshold or 0 < (before or 0) < self.threshold)]
        d = Drawing(16 * cm, 7 * cm)
        chart = VerticalBarChart()
        chart.x, chart.y, chart.width, chart.height = 1.2 * cm, 2.2 * cm, 14 * cm, 4 * cm
        chart.data = [[b for _, _, b in items], [a for _, a, _ in items]]
        chart.categoryAxis.categoryNames = [n[:22] for n, _, _ in items]
        chart.categoryAxis.labels.fontName = fonts.REGULAR
        chart.categoryAxis.labels.fontSize = 7
        chart.categoryAxis.labels.angle = 20
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.valueAxis.valueMin = 0
        chart.valueAxis.labels.fontName = fonts.REGULAR
        chart.valueAxis.labels.fontSize = 7
        chart.bars[0].fillColor = colors.HexColor("#b0bec5")
        chart.bars[1].fillColor = BLUE
        d.add(chart)
        d.add(String(0, 6.6 * cm, self.t["trend"], fontName=fonts.BOLD, fontSize=9, fillColor=BLUE))
        d.add(String(1.2 * cm, 6.1 * cm, f"■ {self.t['last']}", fontName=fonts.REGULAR, fontSize=8,
                     fillColor=colors.HexColor("#90a4ae")))
        d.add(String(4.2 * cm, 6.1 * cm, f"■ {self.t['this']}", fontName=fonts.REGULAR, fontSize=8, fillColor=BLUE))
        return d

    def _s_indicators(self, story: list[Flowable]) -> None:
        story.append(self.heading("indicators"))
        inds = self.cur.get("indicators", [])
        prev = {i["name"]: i for i in self.prev.get("indicators", [])}
        rows: list[list[Any]] = [["", self.t["target"], self.t["actual"], "", self.t["last"]]]
        for ind in inds:
            target, actual = ind.get("target"), ind.get("actual")
            if target is None or actual is None:
                mark = Paragraph(escape(self.t["no_target"] if target is None else "–"), self.s["small"])
            else:
                ok = actual >= target
                mark = Paragraph(f"<font color='{'#2e7d32' if ok else '#c62828'}'>{'✓' if ok else '✗'} "
                                 f"{escape(self.t['met'] if ok else self.t['not_met'])}</font>", self.s["cell"])
            suppress = ind.get("metric") in ("trajectories_started", "successful_guidances")
            fmt = self.sup if suppress else self.num
            rows.append([ind["name"], self.num(target), fmt(actual), mark, fmt(prev.get(ind["name"], {}).get("actual"))])
        if len(rows) == 1:
            rows.append([self.t["none"], "", "", "", ""])
        story.append(self.table(rows, [6.4 * cm, 2.4 * cm, 2.4 * cm, 3 * cm, 2.4 * cm]))

    def _s_factors(self, story: list[Flowable]) -> None:
        story.append(self.heading("factors"))
        story += self.narrative("factors")

    def _s_conclusions(self, story: list[Flowable]) -> None:
        story.append(self.heading("conclusions"))
        story += self.narrative("conclusions")

    def _s_annex(self, story: list[Flowable]) -> None:
        story.append(PageBreak())
        story.append(self.heading("annex"))
        for group, items in (("criteria", PROCESS_CRITERIA), ("results", RESULTS)):
            rows: list[list[Any]] = [[self.t["criterion"], self.t["done"], self.t["evidence"]]]
            state = self.p.get(group) or {}
            for k, nl, en in items:
                item = state.get(k, {})
                rows.append([nl if self.lang == "nl" else en, self.t["yes"] if item.get("ticked") else self.t["no"],
                             item.get("evidence", "")])
            story.append(self.table(rows, [7.6 * cm, 1.6 * cm, 7.4 * cm]))
            story.append(Spacer(1, 10))


def write_report(payload: dict[str, Any], path: Path) -> None:
    """Render the report; the file appears only when complete (temp file + rename)."""
    fonts.register()
    report = Report(payload)
    net = payload["data"]["network"]
    header = f"{net['name']} · {report.t['report']} {payload['data']['period']['label']}"
    footer = report.opts.get("footer") or ""
    with output_path(Path(path)) as tmp:
        doc = _Doc(str(tmp), header, footer, report.lang, title=f"{report.t['report']} {payload['data']['period']['label']} — {net['name']}",
                   author="Verbind", subject=report.t["subtitle"], creator="Verbind")
        story = report.build()
        doc.multiBuild(story)
        total = doc.page
        # second pass with the page total known, for "pagina X van Y"
        doc2 = _Doc(str(tmp), header, footer, report.lang, title=f"{report.t['report']} {payload['data']['period']['label']} — {net['name']}",
                    author="Verbind", subject=report.t["subtitle"], creator="Verbind")
        doc2._total_pages = total
        doc2.multiBuild(Report(payload).build())


