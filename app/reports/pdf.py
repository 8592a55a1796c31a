"""The annual report PDF (reportlab platypus): cover, contents, summary, the evaluation frame with
tables and charts, indicators against targets, narrative, annex; page numbers, running header,
confidentiality footer, metadata, embedded Unicode fonts. Written to a temp file, then renamed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import String
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
    ListItem,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus import (
    ListFlowable as RLListFlowable,
)
from reportlab.platypus import Table as RLTable
from reportlab.platypus.doctemplate import _ktAllow
from reportlab.platypus.tableofcontents import TableOfContents as RLTableOfContents

from app.domain.vocabulary import (
    ActivityKind,
    AmbassadorStatus,
    ClosingReason,
    MilestoneKind,
    NetworkKind,
    Side,
    Stage,
    Strategy,
    label,
)
from app.formatting import fmt_eur, fmt_number
from app.outputs import output_path
from app.reports import charts, fonts
from app.reports import kind_sections as ks
from app.reports.content import PROCESS_CRITERIA, RESULTS, section_title
from app.reports.disclosure import HIDDEN, SMALL, Shown, cohort_cells, outcome_kinds
from app.reports.method_note import (
    fmt_day,
    method_note,
    milestone_name,
    previous_period,
    provisional,
)
from app.services.network import progress

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
           "size": "Ambassadeurs in het netwerk", "appointed": "Aangesteld in de periode", "left": "Gestopt in de periode",
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
           "size": "Ambassadors in the network", "appointed": "Appointed in the period", "left": "Left in the period",
           "honorary": "Honorary members",
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


# what the report says about periods, cut-off days, maturing outcomes and hidden counts
T["nl"].update({
    "working": "werkjaar", "calendar": "kalenderjaar", "period_line": "Periode: {0} {1} ({2} – {3})",
    "provisional": "voorlopig",
    "provisional_cover": "VOORLOPIG — de periode loopt nog tot {0}; de cijfers gaan tot en met {1}.",
    "provisional_header": "VOORLOPIG", "change_provisional": "Verschil (voorlopig)",
    "as_of_note": "Standen (organisaties bereikt, ambassadeurs in het netwerk) op {0}, vorig jaar op {1}; "
                  "trajectmijlpalen bereikt tot die dagen.",
    "pending_row": "   nog niet te beoordelen", "pending": "nog niet te beoordelen", "reached_col": "bereikt",
    "rate_col": "%", "milestone": "Mijlpaal",
    "cohort_caption": "Trajecten die in het jaar startten: mijlpalen bereikt tot de dag in de kop",
    "cohort_header": "{0} (tot {1})", "followup_caption": "Opvolging: de trajecten gestart in {0}, stand op {1}",
    "success_mark": " (= geslaagd)",
    "closed_caption": "Afgesloten trajecten per reden: alle afsluitingen in de periode, ook van trajecten die "
                      "eerder startten.",
    "reason": "Reden van afsluiten", "closed_total": "Totaal afgesloten",
    "success_reason": "Afgerond: doel bereikt (afsluitreden)",
    "hidden": "x: verborgen, zodat een kleiner aantal niet uit de andere cijfers af te leiden is.",
    "method": "Verantwoording van de cijfers", "by_status": "Ambassadeurs per status (stand op {0})",
    "size_status": "In het netwerk (aangesteld of actief)",
    "maturing_note": "¹ Niet even rijp om te vergelijken: van dit jaar zijn {0} trajecten nog niet te beoordelen, van "
                     "vorig jaar {1}; ze tellen niet als mislukt.", "unknown": "is dat niet bekend",
    "estimated": "≈ niet exact terug te rekenen: zie ‘Verantwoording van de cijfers’.",
    "stage_side": "Stakeholders per relatiefase en zijde (stand op {0})", "stage": "Relatiefase",
    "total": "Totaal", "standing_on": "stand op {0}",
})
T["en"].update({
    "working": "working year", "calendar": "calendar year", "period_line": "Period: {0} {1} ({2} – {3})",
    "provisional": "provisional",
    "provisional_cover": "PROVISIONAL — the period runs until {0}; the figures go up to {1}.",
    "provisional_header": "PROVISIONAL", "change_provisional": "Change (provisional)",
    "as_of_note": "Standing figures (organisations reached, ambassadors in the network) on {0}, last year on {1}; "
                  "trajectory milestones reached by those days.",
    "pending_row": "   not yet assessable", "pending": "not yet assessable", "reached_col": "reached",
    "rate_col": "%", "milestone": "Milestone",
    "cohort_caption": "Trajectories started in the year: milestones reached by the day in the heading",
    "cohort_header": "{0} (by {1})", "followup_caption": "Follow-up: the trajectories started in {0}, as they stood on {1}",
    "success_mark": " (= successful)",
    "closed_caption": "Closed trajectories per reason: every closing in the period, also of trajectories that "
                      "started earlier.",
    "reason": "Closing reason", "closed_total": "Total closed",
    "success_reason": "Completed: goal reached (closing reason)",
    "hidden": "x: hidden so that a smaller count cannot be worked out from the other figures.",
    "method": "How the figures were counted", "by_status": "Ambassadors per status (on {0})",
    "size_status": "In the network (appointed or active)",
    "maturing_note": "¹ Not equally mature: {0} trajectories of this year and {1} of last year cannot be assessed yet; "
                     "they do not count as failures.", "unknown": "an unknown number",
    "estimated": "≈ cannot be reconstructed exactly: see ‘How the figures were counted’.",
    "stage_side": "Stakeholders per stage and side (on {0})", "stage": "Stage", "total": "Total",
    "standing_on": "on {0}",
})


# reportlab draws table cells, bullets and the contents' table in unembedded Helvetica unless told
# otherwise: these stand-ins use the embedded font, so every font of the PDF is embedded
class Table(RLTable):  # type: ignore[misc]
    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR)]))


class ListFlowable(RLListFlowable):  # type: ignore[misc]
    def __init__(self, *args: Any, **kw: Any) -> None:
        kw.setdefault("bulletFontName", fonts.REGULAR)
        super().__init__(*args, **kw)


class TableOfContents(RLTableOfContents):  # type: ignore[misc]
    def __init__(self, **kw: Any) -> None:
        super().__init__(**kw)
        commands = list(getattr(self, "tableStyle").getCommands())  # noqa: B009 - reportlab sets it untyped
        self.tableStyle = TableStyle([*commands, ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR)])


# cover, status, comparison wording by period kind, indicator names
T["nl"].update({
    "confidential": "Vertrouwelijk", "confidential_cover": "VERTROUWELIJK — enkel voor de stuurgroep",
    "organisation": "Organisatie", "author": "Opgesteld door", "status": "Status",
    "draft": "concept — nog niet bevroren", "final": "definitief (bevroren)", "draft_mark": "CONCEPT",
    "this_working": "dit werkjaar", "last_working": "vorig werkjaar", "this_calendar": "dit jaar",
    "last_calendar": "vorig jaar", "trend_kind": "Vergelijking met {0}", "target_line": "streefcijfer",
    "trend_key": "{0}: {1} · {2}: {3}", "indicator_charts": "Doelen tegenover {0}",
    "baseline": "Vertrekpunt", "progress": "Voortgang", "on_way": "{0} van de weg",
    "target_reached": "streefcijfer bereikt", "below_start": "onder het vertrekpunt",
    "direction_note": "Een streefcijfer geeft een richting aan, geen oordeel: de voortgang is het deel van de weg "
                      "van het vertrekpunt (of nul) naar het streefcijfer dat dit jaar afgelegd is.",
})
T["en"].update({
    "confidential": "Confidential", "confidential_cover": "CONFIDENTIAL — for the steering group only",
    "organisation": "Organisation", "author": "Prepared by", "status": "Status",
    "draft": "draft — not frozen yet", "final": "final (frozen)", "draft_mark": "DRAFT",
    "this_working": "this working year", "last_working": "last working year", "this_calendar": "this year",
    "last_calendar": "last year", "trend_kind": "Comparison with {0}", "target_line": "target",
    "trend_key": "{0}: {1} · {2}: {3}", "indicator_charts": "Targets against {0}",
    "baseline": "Starting point", "progress": "Progress", "on_way": "{0} of the way",
    "target_reached": "target reached", "below_start": "below the starting point",
    "direction_note": "A target gives a direction, not a verdict: progress is the part of the way from the "
                      "starting point (or zero) to the target covered this year.",
})

# the built-in indicators (a computed metric): their Dutch names as the app proposes them, and the
# English name printed in an English report; an indicator whose name was typed otherwise keeps it
METRIC_NAMES = {
    "trajectories_started": ({"trajecten gestart"}, "Trajectories started"),
    "successful_guidances": ({"geslaagde toeleidingen"}, "Successful guidances"),
    "stakeholders_reached": ({"organisaties bereikt", "bereikte organisaties"}, "Organisations reached"),
    "podium_activities": ({"podiumactiviteiten"}, "Podium activities"),
    "signals_handled": ({"signalen beantwoord", "signalen beantwoord of afgesloten"}, "Signals answered or closed"),
    "new_relations": ({"nieuwe relaties"}, "New relations"),
    "places_offered": ({"vrije plaatsen", "vrije plaatsen bij aanbieders"}, "Available places with providers"),
}

# the catalog's /Lang per report language
PDF_LANG = {"nl": "nl-BE", "en": "en-GB"}


def indicator_name(ind: dict[str, Any], lang: str) -> str:
    """The indicator's name as printed: a built-in one in the report's language, else as typed."""
    name = str(ind.get("name") or "")
    known = METRIC_NAMES.get(str(ind.get("metric") or ""))
    if lang == "en" and known and " ".join(name.lower().split()) in known[0]:
        return known[1]
    return name


def fit_columns(rows: list[list[Any]], widths: list[float], fonts_of: list[tuple[str, float]],
                padding: list[float], skip: set[tuple[int, int]] | None = None) -> list[float]:
    """Column widths in which every word of every text cell fits on a line (so no word is broken),
    keeping the table's total width: a column that is too narrow takes room from columns with more
    than they need, the widest first. `fonts_of[i]` is row i's font and size; cells in `skip`
    (spanned headings) are left out. Returns `widths` unchanged when nothing needs room."""
    need = [0.0] * len(widths)
    for i, row in enumerate(rows):
        font, size = fonts_of[min(i, len(fonts_of) - 1)]
        for j, cell in enumerate(row[:len(widths)]):
            if (i, j) in (skip or set()) or isinstance(cell, Flowable):
                continue
            need[j] = max(need[j], charts.widest_word(str(cell), font, size) + padding[j] + 0.5)
    out = list(widths)
    short = sum(max(0.0, n - w) for n, w in zip(need, out, strict=True))
    if short <= 0:
        return out
    spare = [max(0.0, w - n) for n, w in zip(need, out, strict=True)]
    if sum(spare) < short:
        return out  # cannot fit at this size: the caller tries a smaller header font
    for j in range(len(out)):
        out[j] = max(out[j], need[j])
    take = short
    for j in sorted(range(len(out)), key=lambda k: -spare[k]):
        give = min(spare[j], take)
        out[j] -= give
        take -= give
        if take <= 1e-6:
            break
    return out


def words_fit(rows: list[list[Any]], widths: list[float], fonts_of: list[tuple[str, float]],
              padding: list[float], skip: set[tuple[int, int]] | None = None) -> bool:
    """Every word of every text cell (but those in `skip`) fits its column on one line."""
    for i, row in enumerate(rows):
        font, size = fonts_of[min(i, len(fonts_of) - 1)]
        for j, cell in enumerate(row[:len(widths)]):
            if (i, j) in (skip or set()) or isinstance(cell, Flowable):
                continue
            if charts.widest_word(str(cell), font, size) + padding[j] > widths[j] + 0.01:
                return False
    return True


class _Doc(BaseDocTemplate):  # type: ignore[misc]
    """`draft`: every page carries a light diagonal CONCEPT/DRAFT mark. The catalog's /Lang is the
    report's language; the canvas starts in the embedded font (no unembedded Helvetica)."""

    def __init__(self, filename: str, header: str, footer: str, lang: str, draft: bool = False, **kw: Any) -> None:
        super().__init__(filename, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2.4 * cm,
                         bottomMargin=2.2 * cm, lang=PDF_LANG.get(lang, "nl-BE"), initialFontName=fonts.REGULAR,
                         **kw)
        self.header, self.footer, self.report_lang, self.draft = header, footer, lang, draft
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate("cover", [frame], onPage=self._cover_page),
                               PageTemplate("body", [frame], onPage=self._body_page)])

    def _draft_mark(self, canvas: Any) -> None:
        if not self.draft:
            return
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#c62828"), alpha=0.08)
        canvas.setFont(fonts.BOLD, 96)
        canvas.translate(A4[0] / 2, A4[1] / 2)
        canvas.rotate(50)
        canvas.drawCentredString(0, -30, T[self.report_lang]["draft_mark"])
        canvas.restoreState()

    def _cover_page(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(BLUE)
        canvas.rect(0, A4[1] - 6 * cm, A4[0], 6 * cm, stroke=0, fill=1)
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(GREY)
        canvas.drawCentredString(A4[0] / 2, 1.2 * cm, self.footer)
        canvas.restoreState()
        self._draft_mark(canvas)

    def _body_page(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(GREY)
        canvas.drawString(self.leftMargin, A4[1] - 1.4 * cm, self.header)
        canvas.setStrokeColor(colors.HexColor("#c9d3dd"))
        canvas.line(self.leftMargin, A4[1] - 1.55 * cm, A4[0] - self.rightMargin, A4[1] - 1.55 * cm)
        canvas.drawString(self.leftMargin, 1.2 * cm, self.footer)
        total = getattr(self, "_total_pages", 0) or doc.page
        canvas.drawRightString(A4[0] - self.rightMargin, 1.2 * cm, T[self.report_lang]["page"].format(doc.page, total))
        canvas.restoreState()
        self._draft_mark(canvas)

    def handle_keepWithNext(self, flowables: list[Flowable]) -> None:  # noqa: N802 - reportlab API
        """A heading (keepWithNext) goes with the flowable after it. reportlab's own version leaves a
        heading alone when a list or a KeepTogether follows (a chart grid, a captioned table): then
        the heading could stay behind at a page's foot. Here such a KeepTogether is merged."""
        n = 0
        while n < len(flowables) and flowables[n].getKeepWithNext() and _ktAllow(flowables[n]):
            n += 1
        if not n:
            return
        content = list(flowables[:n])
        if n < len(flowables):
            follower = flowables[n]
            if isinstance(follower, KeepTogether):
                content += list(follower._content)
                n += 1
            elif _ktAllow(follower) or isinstance(follower, RLListFlowable):
                content.append(follower)
                n += 1
        edits = getattr(self, "_multiBuildEdits", None)
        for f in content[:-1]:
            if edits:  # undone after each pass of multiBuild, like reportlab does
                edits((setattr, f, "keepWithNext", f.keepWithNext) if hasattr(f, "keepWithNext")
                      else (delattr, f, "keepWithNext"))
            f.__dict__["keepWithNext"] = 0
        del flowables[:n]
        flowables.insert(0, KeepTogether(content))

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab API
        if isinstance(flowable, Paragraph) and getattr(flowable, "toc_level", None) is not None:
            self.notify("TOCEntry", (flowable.toc_level, flowable.getPlainText(), self.page))


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=10, leading=14, spaceAfter=6)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=GREY),
        # a heading never stays behind at a page's foot: it goes with the flowable after it
        "h1": ParagraphStyle("h1", parent=base, fontName=fonts.BOLD, fontSize=16, leading=20, textColor=BLUE,
                             spaceBefore=6, spaceAfter=10, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=fonts.BOLD, fontSize=11.5, leading=15, textColor=BLUE,
                             spaceBefore=8, spaceAfter=4, keepWithNext=1),
        "title": ParagraphStyle("title", parent=base, fontName=fonts.BOLD, fontSize=28, leading=34, textColor=colors.white),
        "cover": ParagraphStyle("cover", parent=base, fontSize=14, leading=20),
        "cover_small": ParagraphStyle("cover_small", parent=base, fontSize=11, leading=15, spaceAfter=2),
        "confidential": ParagraphStyle("confidential", parent=base, fontName=fonts.BOLD, fontSize=12, leading=16,
                                       textColor=RED, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=fonts.BOLD, fontSize=9, leading=11, spaceAfter=0),
        "cellh": ParagraphStyle("cellh", parent=base, fontName=fonts.BOLD, fontSize=8, leading=10, spaceAfter=0),
        "celli": ParagraphStyle("celli", parent=base, fontSize=9, leading=11, spaceAfter=0, leftIndent=10,
                                textColor=GREY),
        "quote": ParagraphStyle("quote", parent=base, fontName=fonts.ITALIC, leftIndent=12, textColor=BLUE),
        "toc1": ParagraphStyle("toc1", parent=base, fontSize=11, leading=18),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "provisional": ParagraphStyle("provisional", parent=base, fontName=fonts.BOLD, fontSize=11, leading=15,
                                      textColor=colors.HexColor("#8a4b00"), spaceAfter=0),
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


@dataclass(frozen=True)
class RecordedTable:
    """A table as the PDF printed it (suppression applied), kept for the workbook export:
    `section` is the report section it stands in, `header_rows` how many rows are headings."""

    section: str
    rows: list[list[str]]
    header_rows: int


def _cell_text(cell: Any) -> str:
    if isinstance(cell, Paragraph):
        return str(cell.getPlainText())
    if isinstance(cell, Flowable):
        return ""
    return str(cell)


def _only_heading(part: list[Flowable]) -> bool:
    """True when a section's flowables are its heading and layout only (no text, table or chart)."""
    return all(isinstance(f, (Spacer, PageBreak, NextPageTemplate)) or hasattr(f, "toc_level") for f in part)


@dataclass(frozen=True)
class FigureRow:
    """A row of the summary table: `key` names the trajectory count it shows (suppressed by the
    year's disclosure plan), empty for figures that are not about children; `compare` is False
    for a row whose change would mean nothing (the count not yet assessable)."""

    name: str
    now: Any
    before: Any
    key: str = ""
    compare: bool = True


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
        self.period = self.data.get("period") or {}
        self.prev_period = previous_period(self.data)
        self.provisional = provisional(self.period, self.data.get("made_on"))
        self.prev_provisional = bool(self.prev and self.prev_period.get("provisional"))
        self.success = (self.cur.get("success_milestone") or self.data["network"].get("success_milestone")
                        or MilestoneKind.STILL_ACTIVE.value)
        self.shown = Shown.for_figures(self.cur, self.threshold, self.success)
        self.shown_prev = Shown.for_figures(self.prev, self.threshold, self.success)
        follow = self.data["figures"].get("followup") or {}
        cells, parts = cohort_cells(follow.get("started", 0), follow.get("reached") or {}, follow.get("pending"),
                                    outcome_kinds(self.success))
        self.follow = follow
        self.shown_follow = Shown(cells, parts, self.threshold) if follow else Shown({}, [], self.threshold)
        self.section = ""  # the section being built, for RecordedTable
        self.recorded: list[RecordedTable] = []
        # a report from a frozen final snapshot is final; anything else (wizard preview, CLI) a draft
        self._final = (payload.get("status") or self.opts.get("status") or "draft") == "final"

    def fmt(self, n: float | int | None) -> str:
        """A count in the report's language (1.234 / 1,234): the formatter for the disclosure plans."""
        return fmt_number(n, 0, self.lang)

    # -- helpers -------------------------------------------------------------------------------------
    def sup(self, n: int | float | None) -> str:
        """Small-number suppression for trajectory-derived counts."""
        if n is None:
            return "–"
        if 0 < n < self.threshold:
            return f"< {self.threshold}"
        return fmt_number(n, 0, self.lang)

    def num(self, n: int | float | None, decimals: int = 0) -> str:
        return "–" if n is None else fmt_number(n, decimals, self.lang)

    def day(self, value: str | date | None) -> str:
        return fmt_day(value, self.lang)

    def change(self, now: float | None, before: float | None, suppress: bool = False) -> str:
        if now is None or before is None:
            return "–"
        if suppress and (0 < now < self.threshold or 0 < before < self.threshold):
            return "–"
        diff = now - before
        if before:
            text = (f"{'+' if diff >= 0 else ''}{self.fmt(diff)} "
                    f"({'+' if diff >= 0 else ''}{self.fmt(100 * diff / before)} %)")
        else:
            text = f"{'+' if diff >= 0 else ''}{self.fmt(diff)}"
        return f"{text} · {self.t['provisional']}" if self.provisional or self.prev_provisional else text

    def year_header(self, info: dict[str, Any], is_provisional: bool) -> str:
        name = str(info.get("label") or "")
        return f"{name} ({self.t['provisional']})" if is_provisional else name

    def this_header(self) -> str:
        return self.year_header(self.period, self.provisional) or self.t["this"]

    def last_header(self) -> str:
        return self.year_header(self.prev_period, self.prev_provisional) or self.t["last"]

    def year_words(self) -> tuple[str, str]:
        """("vorig werkjaar", "dit werkjaar") or ("vorig jaar", "dit jaar"): by the period's kind."""
        kind = "calendar" if self.period.get("kind") == "calendar" else "working"
        return self.t[f"last_{kind}"], self.t[f"this_{kind}"]

    def heading(self, key: str) -> Paragraph:
        p = Paragraph(escape(section_title(key, self.lang)), self.s["h1"])
        p.toc_level = 0
        return p

    def final(self) -> bool:
        """A frozen report (payload status "final"); a draft or the wizard's preview is not."""
        return self._final

    def narrative(self, key: str) -> list[Flowable]:
        """The lead's text of a section; without text a draft shows the gap, a final report prints
        nothing (build() then leaves out a section that has nothing but its heading)."""
        text = (self.p.get("narrative") or {}).get(key, "")
        if not text.strip():
            return [] if self.final() else [Paragraph(escape(self.t["no_narrative"]), self.s["small"])]
        return markup(text, self.s["body"])

    def table(self, rows: list[list[Any]], widths: list[float], header: bool = True,
              extra: list[tuple[Any, ...]] | None = None, header_rows: int = 1, compact: bool = False) -> Table:
        """`compact`: a smaller header and narrower padding after the first column, for tables with
        many columns whose headers must not break inside a word."""
        bold = header_rows if header else 0
        self.recorded.append(RecordedTable(self.section, [[_cell_text(c) for c in row] for row in rows], bold))
        head = "cellh" if compact else "cellb"
        padding = [12.0] + [6.0 if compact else 12.0] * (len(widths) - 1)  # the paddings set below
        widths, head_style = self.fit_widths(rows, widths, bold, self.s[head], padding, extra or [])
        cells = [[c if isinstance(c, Flowable) else Paragraph(escape(str(c)), head_style if i < bold else
                                                              self.s["cell"]) for c in row] for i, row in enumerate(rows)]
        tbl = Table(cells, colWidths=widths, repeatRows=bold, hAlign="LEFT")
        style = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#d5dde5")),
                 ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        if header:
            style += [("BACKGROUND", (0, 0), (-1, bold - 1), LIGHT), ("LINEBELOW", (0, bold - 1), (-1, bold - 1), 0.8, BLUE)]
        if compact:
            style += [("LEFTPADDING", (1, 0), (-1, -1), 3), ("RIGHTPADDING", (1, 0), (-1, -1), 3)]
        tbl.setStyle(TableStyle(style + (extra or [])))
        return tbl

    def fit_widths(self, rows: list[list[Any]], widths: list[float], bold: int, head: ParagraphStyle,
                   padding: list[float], extra: list[tuple[Any, ...]]) -> tuple[list[float], ParagraphStyle]:
        """Column widths (same total) and header style such that every word of every cell fits on one
        line: columns are rebalanced first, then the header font shrinks a step at a time (to 7 pt);
        only if even that cannot fit are the given widths kept. Spanned headings are left out."""
        if any(not isinstance(w, (int, float)) for w in widths):  # reportlab sizes automatic columns itself
            return widths, head
        skip = {(c[1][1], c[1][0]) for c in extra if c[0] == "SPAN"}
        body = (self.s["cell"].fontName, float(self.s["cell"].fontSize))
        size = float(head.fontSize)
        while True:
            style = head if size == head.fontSize else ParagraphStyle(f"{head.name}{size}", parent=head,
                                                                     fontSize=size, leading=size + 2)
            fonts_of = [(head.fontName, size)] * bold + [body]
            fitted = fit_columns(rows, widths, fonts_of, padding, skip)
            if words_fit(rows, fitted, fonts_of, padding, skip) or size <= 7:
                return fitted, style
            size -= 0.5

    def bar_chart(self, title: str, items: list[tuple[str, float]], colour: Any = BLUE, height: float = 0,
                  labels: list[str] | None = None, muted: set[int] | None = None) -> Flowable:
        """Horizontal bars; `labels` replaces the printed values (a suppressed bar: "< 5" or "x"),
        bars listed in `muted` are drawn pale (their length is the threshold, not the count).
        Category labels are wrapped at spaces in a column wide enough for their longest word (never
        cut); the value axis runs in round steps to a tick at or above the longest bar."""
        if not self.opts.get("charts", True) or not items:
            return Spacer(1, 0)
        width, size = 16 * cm, 8.0
        names = [n for n, _ in items]
        column = charts.label_column(names, size, 3.0 * cm, 6.0 * cm)
        lines = [charts.wrap(n, fonts.REGULAR, size, column) for n in names]
        row = max(22.0, max(len(ln) for ln in lines) * (size + 1.5) + 8)
        title_lines = charts.wrap(title, fonts.BOLD, 9, width)
        h = (height or max(90.0, row * len(items) + 40)) + 11 * (len(title_lines) - 1)
        d = charts.drawing(width, h)
        chart = HorizontalBarChart()
        chart.x, chart.y = column + 8, 18
        chart.width, chart.height = width - chart.x - 1.2 * cm, h - 40 - 11 * (len(title_lines) - 1)
        chart.data = [[v for _, v in items][::-1]]
        chart.categoryAxis.categoryNames = ["\n".join(ln) for ln in lines][::-1]
        chart.categoryAxis.labels.fontName = fonts.REGULAR
        chart.categoryAxis.labels.fontSize = size
        chart.categoryAxis.labels.leading = size + 1.5
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.textAnchor = "end"
        step, top = charts.nice_axis(max([v for _, v in items] + [0]))
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueMax = top
        chart.valueAxis.valueStep = step
        chart.valueAxis.labelTextFormat = self.fmt
        chart.valueAxis.labels.fontName = fonts.REGULAR
        chart.valueAxis.labels.fontSize = 7
        chart.bars[0].fillColor = colour
        chart.bars[0].strokeColor = None
        for i in muted or set():
            chart.bars[(0, len(items) - 1 - i)].fillColor = colors.HexColor("#c5cdd6")
        chart.barLabelFormat = "values"
        chart.barLabelArray = [(labels if labels is not None else [self.fmt(v) for _, v in items])[::-1]]
        chart.barLabels.fontName = fonts.REGULAR
        chart.barLabels.fontSize = 7
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 3
        d.add(chart)
        for i, text in enumerate(title_lines):
            d.add(String(0, h - 12 - 11 * i, text, fontName=fonts.BOLD, fontSize=9, fillColor=BLUE))
        return d

    def chart_grid(self, title: str, charts_: list[Flowable], per_row: int = 3) -> Flowable:
        """Small charts side by side under a heading (kept with the first row), with the key to the
        "vorig werkjaar / dit werkjaar" bars."""
        width = 16.6 * cm / per_row
        rows = [charts_[i:i + per_row] for i in range(0, len(charts_), per_row)]
        rows = [r + [Spacer(1, 0)] * (per_row - len(r)) for r in rows]
        grid = Table(rows, colWidths=[width] * per_row, hAlign="LEFT")
        grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 4),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        last, this = self.year_words()
        key = self.t["trend_key"].format(this.capitalize(), self.this_header(), last.capitalize(), self.last_header())
        return KeepTogether([Paragraph(escape(title), self.s["h2"]), Paragraph(escape(key), self.s["small"]), grid])

    def small_chart(self, title: str, before: float | None, now: float, target: float | None = None) -> Flowable:
        last, this = self.year_words()
        return charts.comparison_chart(title, before, now, (last, this), self.fmt, target, self.t["target_line"],
                                       width=16.6 * cm / 3 - 8, height=4.4 * cm)

    # -- figures ----------------------------------------------------------------------------------------
    def summary_rows(self) -> list[FigureRow]:
        c, p = self.cur, self.prev

        def reached(f: dict[str, Any]) -> int | None:
            return sum(f.get("stakeholders_by_side", {}).values()) if f else None

        def podium(f: dict[str, Any]) -> int | None:
            return sum(f.get("podium_per_ambassador", {}).values()) if f else None

        rows: list[FigureRow] = []
        if ks.has_trajectories(self):  # no trajectory rows for a kind without trajectories
            rows += [FigureRow(self.t["started"], c["trajectories"]["started"], p.get("trajectories", {}).get("started"),
                               "started"),
                     FigureRow(f"{self.t['successful']} ({milestone_name(self.success, self.lang).lower()})",
                               c["successful"], p.get("successful"), "successful")]
            if self.shown.known("pending.successful"):
                rows.append(FigureRow(self.t["pending_row"], self.shown.value("pending.successful"),
                                      self.shown_prev.value("pending.successful"), "pending.successful", compare=False))
        rows += [
            FigureRow(self.t["reached"], reached(c), reached(p)),
            FigureRow(self.t["new_relations"], c["new_relations"], p.get("new_relations")),
            FigureRow(self.t["interactions"], c["interactions"], p.get("interactions")),
            FigureRow(self.t["size"], c["network_size"], p.get("network_size")),
        ]
        kind = ks.kind(self)
        if kind == NetworkKind.ENTREPRENEUR.value or podium(c) or podium(p):
            rows.append(FigureRow(self.t["podium"], podium(c), podium(p)))
        if kind == NetworkKind.NEIGHBOURHOOD.value or c["signals_raised"] or p.get("signals_raised"):
            rows += [FigureRow(self.t["signals_raised"], c["signals_raised"], p.get("signals_raised")),
                     FigureRow(self.t["signals_handled"], c["signals_handled"], p.get("signals_handled"))]
        return rows

    def cells(self, row: FigureRow) -> tuple[str, str, str]:
        """This year, last year and the change as printed, with the disclosure plans applied."""
        if not row.key:
            return self.num(row.now), self.num(row.before), self.change(row.now, row.before)
        now = self.shown.text(row.key, self.fmt)
        before = self.shown_prev.text(row.key, self.fmt) if self.prev else "–"
        comparable = row.compare and self.shown.printable(row.key) and self.shown_prev.printable(row.key)
        change = self.change(row.now, row.before) if comparable else "–"
        if comparable and row.key == "successful" and self.maturing():
            change += " ¹"
        return now, before, change

    def maturing(self) -> bool:
        """Either year's successful guidances still have trajectories not yet assessable."""
        return any(plan.known("pending.successful") and (plan.value("pending.successful") or 0) > 0
                   for plan in (self.shown, self.shown_prev))

    def maturing_note(self) -> str:
        before = (self.shown_prev.text("pending.successful", self.fmt) if self.shown_prev.known("pending.successful")
                  else self.t["unknown"])
        return self.t["maturing_note"].format(self.shown.text("pending.successful", self.fmt), before)

    def figures_table(self) -> Table:
        change = self.t["change_provisional"] if self.provisional or self.prev_provisional else self.t["change"]
        rows: list[list[Any]] = [[self.t["figure"], self.this_header(), self.last_header(), change]]
        for row in self.summary_rows():
            name = row.name if row.compare else Paragraph(escape(row.name.strip()), self.s["celli"])
            rows.append([name, *self.cells(row)])
        return self.table(rows, [6.8 * cm, 2.9 * cm, 2.9 * cm, 4.0 * cm])

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
        if self.period.get("start") and self.period.get("end"):
            kind_word = self.t["calendar"] if self.period.get("kind") == "calendar" else self.t["working"]
            story.append(Paragraph(escape(self.t["period_line"].format(
                kind_word, self.period.get("label", ""), self.day(self.period["start"]), self.day(self.period["end"]))),
                self.s["cover"]))
        if self.provisional:
            story.append(Spacer(1, 0.4 * cm))
            box = Table([[Paragraph(escape(self.t["provisional_cover"].format(
                self.day(self.period.get("end")), self.day(self.period.get("as_of") or self.data.get("made_on")))),
                self.s["provisional"])]], colWidths=[16.6 * cm], hAlign="LEFT")
            box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, AMBER), ("BACKGROUND", (0, 0), (-1, -1),
                                     colors.HexColor("#fff4e0")), ("TOPPADDING", (0, 0), (-1, -1), 8),
                                     ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
            story.append(box)
        story.append(Spacer(1, 0.5 * cm))
        mark = Table([[Paragraph(escape(self.t["confidential_cover"]), self.s["confidential"])]],
                     colWidths=[16.6 * cm], hAlign="LEFT")
        mark.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, RED), ("TOPPADDING", (0, 0), (-1, -1), 6),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        story.append(mark)
        story.append(Spacer(1, 0.5 * cm))
        for key, value in (("organisation", self.organisation()), ("author", self.author()),
                           ("status", self.t["final"] if self.final() else self.t["draft"])):
            if value:
                story.append(Paragraph(f"<b>{escape(self.t[key])}:</b> {escape(value)}", self.s["cover_small"]))
        made = self.data.get("made_on")
        story.append(Paragraph(escape(f"{self.t['made']} {self.day(made or date.today())}"), self.s["cover_small"]))
        story.append(NextPageTemplate("body"))
        story.append(PageBreak())

    def organisation(self) -> str:
        """The organisation responsible (the vault's controller), from the options or the data."""
        return str(self.opts.get("organisation") or self.data.get("organisation") or "").strip()

    def author(self) -> str:
        return str(self.opts.get("author") or self.data.get("author") or "").strip()

    def metadata(self) -> dict[str, str]:
        """The PDF's document information: true title, author (who made it, not the software) and subject."""
        net = self.data["network"]
        label_ = self.data["period"]["label"]
        kind = self.t["calendar"] if self.period.get("kind") == "calendar" else self.t["working"]
        title = f"{self.t['report']} {label_} — {net['name']}"
        if not self.final():
            title += f" ({self.t['draft_mark'].lower()})"
        return {"title": title, "author": self.author() or self.organisation() or str(net["name"]),
                "subject": f"{self.t['subtitle']}: {net['name']}, {kind} {label_}", "creator": "Verbind"}

    def build(self) -> list[Flowable]:
        story: list[Flowable] = []
        self.cover(story)
        toc = TableOfContents()
        toc.levelStyles = [self.s["toc1"]]
        story += [Paragraph(escape(self.t["contents"]), self.s["h1"]), toc, PageBreak()]
        wanted = self.opts.get("sections") or []
        for key in [k for k in ("summary", "introduction", "approach", "method", "input", "throughput", "output",
                                "outcome", "indicators", "factors", "sustainability", "conclusions", "annex")
                    if k in wanted or k == "method"]:
            self.section = key
            part: list[Flowable] = []
            getattr(self, f"_s_{key}")(part)
            if self.final() and _only_heading(part):
                continue  # a final report leaves out a narrative section without text, heading and all
            story += part
        self.section = ""
        return story

    def tables(self) -> list[RecordedTable]:
        """Every table of the report in the order printed, without drawing a page."""
        self.recorded = []
        self.build()
        return list(self.recorded)

    def _s_summary(self, story: list[Flowable]) -> None:
        story.append(self.heading("summary"))
        story += self.narrative("summary")
        story.append(self.figures_table())
        if self.prev and self.maturing():
            story.append(Paragraph(escape(self.maturing_note()), self.s["small"]))
        day, prev_day = self.period.get("as_of") or self.cur.get("as_of"), self.prev_period.get("as_of")
        if day and int(self.cur.get("counting") or 1) >= 2:
            note = self.t["as_of_note"] if ks.has_trajectories(self) else ks.kt(self)["as_of_note"]
            story.append(Paragraph(escape(note.format(self.day(day), self.day(prev_day))), self.s["small"]))
        src = self.t["snapshot"] if self.data["figures"].get("previous_source") == "snapshot" else self.t["computed"]
        story.append(Paragraph(escape(self.t["previous_source"].format(
            f"{self.data['figures'].get('previous_label')} — {src}")), self.s["small"]))
        keys = [r.key for r in self.summary_rows() if r.key]
        states = {plan.state(k) for plan in (self.shown, self.shown_prev) for k in keys} - {None}
        if states:
            story.append(Paragraph(escape(self.t["suppressed"].format(self.threshold)
                                          + (" " + self.t["hidden"] if HIDDEN in states else "")), self.s["small"]))
        highlights = self.p.get("highlights", "")
        if highlights.strip():
            story.append(Paragraph(escape(self.t["highlights"]), self.s["h2"]))
            story += markup(highlights, self.s["quote"])
        story.append(PageBreak())

    def _s_method(self, story: list[Flowable]) -> None:
        p = Paragraph(escape(self.t["method"]), self.s["h1"])
        p.toc_level = 0
        story.append(p)
        for text in method_note(self.data, self.lang, self.threshold):
            story.append(Paragraph(escape(text), self.s["body"]))

    def _s_introduction(self, story: list[Flowable]) -> None:
        story.append(self.heading("introduction"))
        ks.introduction(self, story)  # the network profile first, then the lead's own text
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
                [self.t["budget"], fmt_eur(net.get("budget_eur"), self.lang) or "–"],
                [self.t["staff_budget"], fmt_eur(net.get("staff_budget_eur"), self.lang) or "–"],
                [self.t["fte"], self.num(net.get("fte"), 2)],
                [self.t["steering"], str(net.get("steering_group_size", 0))],
                [self.t["hiring"], hiring.get(net.get("hiring_mode") or "", {}).get(self.lang, "–")]]
        story.append(self.table(rows, [8 * cm, 8.6 * cm]))
        ks.steering(self, story)
        story += self.narrative("input")

    def funnel_chart(self) -> Flowable:
        """The cohort's funnel: a suppressed bar is drawn pale to the threshold and labelled "< 5",
        a hidden one is labelled "x" without a bar."""
        order = [("started", self.t["started"])] + [(f"reached.{k.value}", label(k, self.lang)) for k in (
            MilestoneKind.TRIAL, MilestoneKind.ENROLLED, MilestoneKind.STILL_ACTIVE, MilestoneKind.RE_ENROLLED)]
        items: list[tuple[str, float]] = []
        labels: list[str] = []
        muted: set[int] = set()
        for i, (key, name) in enumerate(order):
            state = self.shown.state(key)
            value = self.shown.value(key) or 0
            if state == SMALL:
                items.append((name, self.threshold))
                muted.add(i)
            else:
                items.append((name, 0 if state == HIDDEN else value))
            labels.append(self.shown.text(key, self.fmt))
        day = self.period.get("as_of") or self.cur.get("as_of")
        title = self.t["funnel"] + (f" ({self.t['standing_on'].format(self.day(day))})" if day else "")
        return self.bar_chart(title, items, labels=labels, muted=muted)

    def _s_throughput(self, story: list[Flowable]) -> None:
        c = self.cur
        story.append(self.heading("throughput"))
        story += self.narrative("throughput")
        rows: list[list[Any]] = [[self.t["activities"], self.this_header(), self.last_header()]]
        prev_kinds = self.prev.get("activities_by_kind", {})
        for kind in sorted(set(c["activities_by_kind"]) | set(prev_kinds)):
            name = label(ActivityKind(kind), self.lang) if kind in ActivityKind._value2member_map_ else kind
            rows.append([name, self.num(c["activities_by_kind"].get(kind, 0)), self.num(prev_kinds.get(kind, 0))])
        rows.append([self.t["interactions"], self.num(c["interactions"]), self.num(self.prev.get("interactions"))])
        if ks.kind(self) in (NetworkKind.CONNECTION.value, NetworkKind.NEIGHBOURHOOD.value) or c["signals_raised"] \
                or self.prev.get("signals_raised"):  # signals: seeds 001 and 004, or where there are any
            rows.append([self.t["signals_raised"], self.num(c["signals_raised"]), self.num(self.prev.get("signals_raised"))])
            rows.append([self.t["signals_handled"], self.num(c["signals_handled"]), self.num(self.prev.get("signals_handled"))])
            rows.append([self.t["median"], self.num(c["signal_median_days"], 1),
                         self.num(self.prev.get("signal_median_days"), 1)])
        story.append(self.table(rows, [9 * cm, 3.8 * cm, 3.8 * cm]))
        if c["trajectories"]["started"]:
            story.append(KeepTogether([self.funnel_chart()]))
            if ks.kind(self) == NetworkKind.CONNECTION.value:  # seed 001's benchmark is for connection ambassadors
                fte = self.data["network"].get("fte") or 1
                story.append(Paragraph(escape(self.t["benchmark"].format(fmt_number(fte, 1, self.lang),
                                                                          round(80 * fte))), self.s["small"]))
        ks.throughput(self, story)
        ticked = [(nl if self.lang == "nl" else en) for k, nl, en in PROCESS_CRITERIA
                  if (self.p.get("criteria") or {}).get(k, {}).get("ticked")]
        if ticked and ks.kind(self) == NetworkKind.CONNECTION.value:
            story.append(Paragraph(escape(section_title("annex", self.lang).split(":")[-1].strip().capitalize()), self.s["h2"]))
            story.append(ListFlowable([ListItem(Paragraph(escape(x), self.s["body"])) for x in ticked], bulletType="bullet"))

    def places(self, fig: dict[str, Any]) -> str:
        """Places available; "≈" when some providers' number on the day is not on record."""
        if not fig or fig.get("places_offered") is None:
            return "–"
        return ("≈ " if fig.get("places_estimated") else "") + self.num(fig["places_offered"])

    def _s_output(self, story: list[Flowable]) -> None:
        c, p = self.cur, self.prev
        opening: list[Flowable] = [self.heading("output"), *self.narrative("output")]
        day = self.period.get("as_of") or c.get("as_of")
        as_at = bool(day) and int(c.get("counting") or 1) >= 2
        on = f" ({self.t['standing_on'].format(self.day(day))})" if as_at else ""
        rows: list[list[Any]] = [[self.t["by_side"] + on, self.this_header(), self.last_header()]]
        prev_side = p.get("stakeholders_by_side", {})
        for side in Side:
            rows.append([label(side, self.lang), self.num(c["stakeholders_by_side"].get(side.value, 0)),
                         self.num(prev_side.get(side.value, 0) if p else None)])
        rows.append([self.t["places"], self.places(c), self.places(p)])
        by = c.get("ambassadors_by_status")
        if by is None or not as_at:  # a frozen report of an older version: its own rows
            for key in ("size", "appointed", "left", "honorary"):
                field = {"size": "network_size"}.get(key, key)
                rows.append([self.t[key], self.num(c[field]), self.num(p.get(field))])
        reach: list[Flowable] = [self.table(rows, [9 * cm, 3.8 * cm, 3.8 * cm])]
        if c.get("places_estimated") or p.get("places_estimated"):
            reach.append(Paragraph(escape(self.t["estimated"]), self.s["small"]))
        story.append(KeepTogether(opening + reach))  # the heading never stays behind at a page's foot
        if by is not None and as_at:
            prev_by = p.get("ambassadors_by_status")
            rows = [[self.t["by_status"].format(self.day(day)), self.this_header(), self.last_header()]]
            for status in AmbassadorStatus:
                rows.append([label(status, self.lang), self.num(by.get(status.value, 0)),
                             self.num(prev_by.get(status.value, 0) if prev_by is not None else None)])
            rows.append([self.t["size_status"], self.num(c["network_size"]), self.num(p.get("network_size"))])
            rows.append([self.t["appointed"], self.num(c["appointed"]), self.num(p.get("appointed"))])
            rows.append([self.t["left"], self.num(c["left"]), self.num(p.get("left"))])
            story.append(KeepTogether([Spacer(1, 6), self.table(rows, [9 * cm, 3.8 * cm, 3.8 * cm],
                                                                extra=[("LINEABOVE", (0, -3), (-1, -3), 0.6, GREY)])]))
        grid = c.get("stakeholders_by_side_stage")
        if grid and as_at:
            prev_stage = p.get("stakeholders_by_stage") if p.get("stakeholders_by_side_stage") else None
            rows = [[self.t["stage"]] + [label(side, self.lang) for side in Side] + [self.t["total"], f"{self.t['total']} {self.last_header()}"]]
            for stage in Stage:
                counts = [grid.get(side.value, {}).get(stage.value, 0) for side in Side]
                rows.append([label(stage, self.lang), *[self.num(n) for n in counts], self.num(sum(counts)),
                             self.num((prev_stage or {}).get(stage.value, 0) if prev_stage is not None else None)])
            story.append(KeepTogether([Spacer(1, 6), Paragraph(escape(self.t["stage_side"].format(self.day(day))),
                                                                 self.s["h2"]),
                                       self.table(rows, [3.9 * cm] + [2.3 * cm] * 4 + [1.4 * cm, 2.1 * cm], compact=True)]))
        else:
            story.append(self.bar_chart(self.t["stages"], [(label(s, self.lang), c["stakeholders_by_stage"].get(s.value, 0))
                                                           for s in Stage], colors.HexColor("#1e88e5")))
        lights = c["podium_lights"]
        if sum(c["podium_per_ambassador"].values()) or sum(p.get("podium_per_ambassador", {}).values()):
            story.append(self.bar_chart(self.t["lights"], [(self.t["green"], lights["green"]), (self.t["amber"], lights["amber"]),
                                                           (self.t["red"], lights["red"])], colors.HexColor("#43a047")))
        ks.output(self, story)

    def cohort_table(self, kinds: list[str], groups: list[tuple[str, Shown]]) -> Table:
        """Per milestone and year: reached, the share of those that could be assessed, and those not
        yet assessable — side by side, so no rate is read without its maturity."""
        first = [""]
        second = [self.t["milestone"]]
        for title, _shown in groups:
            first += [title, "", ""]
            second += [self.t["reached_col"], self.t["rate_col"], self.t["pending"]]
        rows: list[list[Any]] = [first, second]
        for kind in kinds:
            name = milestone_name(kind, self.lang) + (self.t["success_mark"] if kind == self.success else "")
            row = [name]
            for _title, shown in groups:
                rate = shown.rate(kind)
                if rate == 0 and shown.value(f"pending.{kind}"):
                    rate = None  # only the early failures are known yet: no percentage
                row += [shown.text(f"reached.{kind}", self.fmt),
                        "–" if rate is None else f"{self.fmt(100 * rate)} %",
                        shown.text(f"pending.{kind}", self.fmt) if shown.known(f"pending.{kind}") else "–"]
            rows.append(row)
        spans = [("SPAN", (1 + 3 * i, 0), (3 + 3 * i, 0)) for i in range(len(groups))]
        widths = [4.0 * cm] + [1.8 * cm, 1.3 * cm, 3.2 * cm] * len(groups)
        return self.table(rows, widths, extra=spans, header_rows=2)

    def _s_outcome(self, story: list[Flowable]) -> None:
        c = self.cur
        opening: list[Flowable] = [self.heading("outcome"), *self.narrative("outcome")]
        kinds = outcome_kinds(self.success)
        day = self.period.get("as_of") or c.get("as_of") or self.data.get("made_on")
        groups = [(self.t["cohort_header"].format(self.this_header(), self.day(day)), self.shown)]
        if self.prev:
            prev_day = self.prev_period.get("as_of") or self.prev.get("as_of")
            groups.append((self.t["cohort_header"].format(self.last_header(), self.day(prev_day)) if prev_day
                           else self.last_header(), self.shown_prev))
        if c["trajectories"].get("started") or (self.prev.get("trajectories") or {}).get("started"):
            story.append(KeepTogether(opening + [Paragraph(escape(self.t["cohort_caption"]), self.s["h2"]),
                                                 self.cohort_table(kinds, groups)]))
        else:
            story += opening
        ks.outcome(self, story)
        if self.follow and self.follow.get("started"):
            story.append(KeepTogether([Paragraph(escape(self.t["followup_caption"].format(
                self.follow.get("period", ""), self.day(self.follow.get("as_of")))), self.s["h2"]),
                self.cohort_table(kinds, [(self.year_header({"label": self.follow.get("period")}, False),
                                           self.shown_follow)])]))
        reasons = sorted(set(c.get("closed_by_reason") or {}) | set(self.prev.get("closed_by_reason") or {}))
        if reasons:
            closed: list[list[Any]] = [[self.t["reason"], self.this_header(), self.last_header()]]
            for r in reasons:
                name = (self.t["success_reason"] if r == ClosingReason.SUCCESS.value else
                        label(ClosingReason(r), self.lang) if r in ClosingReason._value2member_map_ else r)
                closed.append([name, self.shown.text(f"closed.{r}", self.fmt) if r in c.get("closed_by_reason", {})
                               else "0", (self.shown_prev.text(f"closed.{r}", self.fmt)
                                          if r in (self.prev.get("closed_by_reason") or {}) else "0") if self.prev else "–"])
            closed.append([self.t["closed_total"], self.shown.text("closed.total", self.fmt),
                           self.shown_prev.text("closed.total", self.fmt) if self.prev else "–"])
            story.append(KeepTogether([Spacer(1, 6), Paragraph(escape(self.t["closed_caption"]), self.s["small"]),
                                       self.table(closed, [9 * cm, 3.8 * cm, 3.8 * cm],
                                                  extra=[("LINEABOVE", (0, -1), (-1, -1), 0.6, GREY)])]))
        if self.opts.get("charts", True) and self.prev:
            story.append(self.trend_chart())
        if ks.has_trajectories(self):
            note = self.t["suppressed"].format(self.threshold)
            if self.shown.status or self.shown_prev.status or self.shown_follow.status:
                note += " " + self.t["hidden"]
            story.append(Paragraph(escape(note), self.s["small"]))
        ticked = [(nl if self.lang == "nl" else en) for k, nl, en in RESULTS if (self.p.get("results") or {}).get(k, {}).get("ticked")]
        if ticked and ks.kind(self) == NetworkKind.CONNECTION.value:
            story.append(ListFlowable([ListItem(Paragraph(escape(x), self.s["body"])) for x in ticked], bulletType="bullet"))

    def trend_chart(self) -> Flowable:
        """One small chart per figure — this year against last year on its own axis, with the target
        where an indicator on the same metric has one — instead of many magnitudes on one axis.
        Only where both years' counts may be printed and have matured alike."""
        metric_of = {self.t["started"]: "trajectories_started", self.t["reached"]: "stakeholders_reached",
                     self.t["new_relations"]: "new_relations", self.t["podium"]: "podium_activities",
                     self.t["signals_handled"]: "signals_handled"}
        targets = {i.get("metric"): i.get("target") for i in self.cur.get("indicators", [])
                   if i.get("metric") and i.get("target") is not None}
        small: list[Flowable] = []
        for r in self.summary_rows():
            if not r.compare or (r.key and not (self.shown.printable(r.key) and self.shown_prev.printable(r.key))):
                continue
            if r.key == "successful" and self.maturing():
                continue
            if r.now is None or not (r.now or r.before):  # nothing to compare: 0 against 0
                continue
            metric = "successful_guidances" if r.key == "successful" else metric_of.get(r.name.strip(), "")
            small.append(self.small_chart(r.name.strip(), r.before, r.now, targets.get(metric)))
        if not small:
            return Spacer(1, 0)
        return self.chart_grid(self.t["trend_kind"].format(self.year_words()[0]), small)

    def _s_indicators(self, story: list[Flowable]) -> None:
        """Targets as a direction, not a verdict (seed 001: numeric targets can stress the worker):
        the starting point, the target, this year's value and how far along the way from the one to
        the other it is, without a red cross for a target not yet reached."""
        story.append(self.heading("indicators"))
        inds = self.cur.get("indicators", [])
        prev = {i["name"]: i for i in self.prev.get("indicators", [])}
        rows: list[list[Any]] = [["", self.t["baseline"], self.t["target"], self.t["actual"],
                                  self.t["progress"], self.last_header()]]
        keys = {"trajectories_started": "started", "successful_guidances": "successful"}
        notes: list[tuple[str, str]] = []
        for ind in inds:
            target, actual, baseline = ind.get("target"), ind.get("actual"), ind.get("baseline")
            key = keys.get(ind.get("metric") or "")
            printable = key is None or self.shown.printable(key)
            if target is None:
                way = Paragraph(escape(self.t["no_target"]), self.s["small"])
            elif actual is None or not printable:
                way = Paragraph("–", self.s["small"])
            else:
                maturing = ""
                if key == "successful" and (self.shown.value("pending.successful") or 0) > 0:
                    maturing = escape(f" ({self.t['pending']}: {self.shown.text('pending.successful', self.fmt)})")
                way = Paragraph(escape(self.way_text(baseline, target, actual)) + maturing, self.s["cell"])
            before = prev.get(ind["name"], {}).get("actual")
            if key is None:
                now_text, before_text = self.num(actual), self.num(before)
            else:
                now_text = self.shown.text(key, self.fmt) if actual is not None else "–"
                before_text = self.shown_prev.text(key, self.fmt) if before is not None else "–"
            name = indicator_name(ind, self.lang)
            rows.append([name, self.num(baseline), self.num(target), now_text, way, before_text])
            if (ind.get("note") or "").strip():
                notes.append((name, ind["note"].strip()))
        if len(rows) == 1:
            rows.append([self.t["none"], "", "", "", "", ""])
        story.append(self.table(rows, [4.6 * cm, 2.2 * cm, 2.2 * cm, 2.3 * cm, 3.1 * cm, 2.2 * cm], compact=True))
        if inds:
            story.append(Paragraph(escape(self.t["direction_note"]), self.s["small"]))
        for name, note in notes:
            story.append(Paragraph(f"<b>{escape(name)}.</b> {escape(note)}", self.s["small"]))
        story.append(self.indicator_charts(inds, prev, keys))
        ks.trend(self, story)

    def way_text(self, baseline: float | None, target: float, actual: float) -> str:
        """"60 % van de weg", "streefcijfer bereikt" or "onder het vertrekpunt": how far from the
        starting point (or zero) towards the target this year's value is."""
        share = progress(baseline, target, actual)
        if share is None:  # the target is the starting point: only reached or not yet
            return self.t["target_reached"] if actual >= target else self.t["on_way"].format("0 %")
        if share >= 1:
            return self.t["target_reached"]
        if share < 0:
            return self.t["below_start"]
        return self.t["on_way"].format(f"{self.fmt(100 * share)} %")

    def indicator_charts(self, inds: list[dict[str, Any]], prev: dict[str, dict[str, Any]],
                         keys: dict[str, str]) -> Flowable:
        """One small chart per indicator with a known value: this year, last year and its target as a
        line. An indicator whose count is suppressed in either year gets no chart (its bar would
        give the hidden number away)."""
        if not self.opts.get("charts", True):
            return Spacer(1, 0)
        small: list[Flowable] = []
        for ind in inds:
            actual, key = ind.get("actual"), keys.get(ind.get("metric") or "")
            before = prev.get(ind["name"], {}).get("actual")
            if actual is None or (key and not (self.shown.printable(key)
                                               and (before is None or self.shown_prev.printable(key)))):
                continue
            small.append(self.small_chart(indicator_name(ind, self.lang), before, actual, ind.get("target")))
        if not small:
            return Spacer(1, 0)
        return self.chart_grid(self.t["indicator_charts"].format(self.year_words()[0]), small)

    def _s_factors(self, story: list[Flowable]) -> None:
        story.append(self.heading("factors"))
        story += self.narrative("factors")

    def _s_sustainability(self, story: list[Flowable]) -> None:
        story.append(self.heading("sustainability"))
        story += self.narrative("sustainability")
        ks.sustainability(self, story)

    def _s_conclusions(self, story: list[Flowable]) -> None:
        story.append(self.heading("conclusions"))
        story += self.narrative("conclusions")
        ks.recommendations(self, story)

    def _s_annex(self, story: list[Flowable]) -> None:
        if ks.kind(self) != NetworkKind.CONNECTION.value:
            return  # the process criteria and results are seed 001's, for connection ambassadors only
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
    if report.provisional:
        header += f" · {report.t['provisional_header']}"
    footer = report.opts.get("footer") or ""
    meta = report.metadata()
    with output_path(Path(path)) as tmp:
        doc = _Doc(str(tmp), header, footer, report.lang, draft=not report.final(), **meta)
        story = report.build()
        doc.multiBuild(story)
        total = doc.page
        # second pass with the page total known, for "pagina X van Y"
        doc2 = _Doc(str(tmp), header, footer, report.lang, draft=not report.final(), **meta)
        doc2._total_pages = total
        doc2.multiBuild(Report(payload).build())
