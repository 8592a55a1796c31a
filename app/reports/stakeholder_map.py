"""The stakeholder map PDF: every stakeholder of a network as a dot on the power–interest grid
(colour: relationship stage, size: strength of the bond), legends for both, the count and the
most influential names per quadrant, then the full list per quadrant when it fits on paper.
Landscape A4, dated, marked confidential; the same at 10 or 10,000 stakeholders."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, NextPageTemplate, PageBreak, Paragraph, Spacer, Table
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import Stakeholder
from app.domain.vocabulary import Category, Quadrant, Stage, label, quadrant_for
from app.io.controller import privacy_contacts
from app.reports import companion, fonts
from app.services.common import alive, network

STAGE_COLOURS = {"mapped": "#9e9e9e", "introduced": "#64b5f6", "maintained": "#1565c0", "involved": "#43a047",
                 "partner": "#f9a825"}
QUADRANT_FILLS = {Quadrant.KEEP_SATISFIED: "#fff8e1", Quadrant.MANAGE_CLOSELY: "#ffebee",
                  Quadrant.MONITOR: "#f5f5f5", Quadrant.KEEP_INFORMED: "#e3f2fd"}
# quadrant → (column, row) on the grid: interest left to right, influence bottom to top
QUADRANT_CELLS = {Quadrant.KEEP_SATISFIED: (0, 1), Quadrant.MANAGE_CLOSELY: (1, 1), Quadrant.MONITOR: (0, 0),
                  Quadrant.KEEP_INFORMED: (1, 0)}
QUADRANT_ORDER = (Quadrant.MANAGE_CLOSELY, Quadrant.KEEP_SATISFIED, Quadrant.KEEP_INFORMED, Quadrant.MONITOR)
PAGE = landscape(A4)
MARGINS = (1.6 * cm, 1.6 * cm, 2.0 * cm, 1.7 * cm)  # left, right, top, bottom
# the grid on page 1, in page coordinates: left, bottom, side
GRID_X, GRID_Y, GRID_SIZE = 2.9 * cm, 2.6 * cm, 13.6 * cm
NAMES_PER_QUADRANT = 5  # on page 1: the most influential of each quadrant
LIST_LIMIT = 1000  # the annex lists every stakeholder per quadrant up to this many

T = {
    "nl": {"title": "Stakeholderkaart", "as_of": "Stand op {0}", "all": "Alle {0} stakeholders van het netwerk staan op de kaart.",
           "none": "Dit netwerk heeft nog geen stakeholders.",
           "overlap": "{0} ervan delen hun plek met een andere (zelfde invloed en interesse): daar liggen de "
                      "stippen op elkaar; hoe donkerder, hoe meer.",
           "interest": "Interesse (0–100) →", "influence": "Invloed (0–100) →", "stage": "Kleur: relatiefase",
           "size": "Grootte: sterkte van de band", "weak": "1 zwak", "strong": "5 sterk",
           "quadrants": "Per kwadrant", "midpoint": "De lijnen liggen op 50: een score vanaf 50 telt als hoog.",
           "top": "de {0} met de meeste invloed:", "more": "… en {0} andere",
           "list": "Stakeholders per kwadrant", "name": "Naam", "category": "Categorie", "phase": "Relatiefase",
           "inf": "Invloed", "int": "Interesse", "bond": "Band",
           "list_note": "Gesorteerd op invloed, dan interesse (hoogste eerst). Invloed en interesse op 0–100; "
                        "een score vanaf 50 telt als hoog. Band: sterkte van de band, 1 (zwak) tot 5 (sterk).",
           "too_long": "De namen per kwadrant staan niet op papier: {0} passen er niet zinvol op (de grens is {1}). "
                       "Maak de volledige lijst met Extra → Exporteren… of 'verbind export --kind stakeholders'.",
           "list_follows": "Op de volgende pagina's: alle stakeholders per kwadrant, met hun scores.",
           "footer": "Vertrouwelijk — stakeholderkaart van {0}, stand op {1}",
           "subject": "De lokale spelers van het netwerk op het invloed-interesseraster, met hun relatiefase"},
    "en": {"title": "Stakeholder map", "as_of": "As at {0}", "all": "All {0} stakeholders of the network are on the map.",
           "none": "This network has no stakeholders yet.",
           "overlap": "{0} of them share their spot with another (same influence and interest): there the dots "
                      "lie on top of each other; the darker, the more.",
           "interest": "Interest (0–100) →", "influence": "Influence (0–100) →", "stage": "Colour: relationship stage",
           "size": "Size: strength of the bond", "weak": "1 weak", "strong": "5 strong",
           "quadrants": "Per quadrant", "midpoint": "The lines lie at 50: a score of 50 or more counts as high.",
           "top": "the {0} with the most influence:", "more": "… and {0} more",
           "list": "Stakeholders per quadrant", "name": "Name", "category": "Category", "phase": "Stage",
           "inf": "Influence", "int": "Interest", "bond": "Bond",
           "list_note": "Sorted by influence, then interest (highest first). Influence and interest on 0–100; a "
                        "score of 50 or more counts as high. Bond: strength of the bond, 1 (weak) to 5 (strong).",
           "too_long": "The names per quadrant are not printed: {0} do not fit usefully on paper (the limit is {1}). "
                       "Make the full list with Extra → Export… or 'verbind export --kind stakeholders'.",
           "list_follows": "On the next pages: every stakeholder per quadrant, with their scores.",
           "footer": "Confidential — stakeholder map of {0}, as at {1}",
           "subject": "The local players of the network on the power–interest grid, with their relationship stage"},
}


@dataclass(frozen=True)
class Dot:
    name: str
    category: str
    stage: str
    strength: int
    influence: int
    interest: int

    @property
    def quadrant(self) -> Quadrant:
        return quadrant_for(self.influence, self.interest)


def _clamp(v: int | None, low: int, high: int, default: int) -> int:
    return default if v is None else max(low, min(high, int(v)))


def load_dots(session: Session, network_id: str) -> list[Dot]:
    """Every living stakeholder of the network (columns only, so 100k stay cheap)."""
    q = (select(Stakeholder.name, Stakeholder.category, Stakeholder.stage, Stakeholder.strength,
                Stakeholder.influence, Stakeholder.interest)
         .where(Stakeholder.network_id == network_id, alive(Stakeholder)))
    return [Dot(n or "", c or "", s or Stage.MAPPED.value, _clamp(st, 1, 5, 1), _clamp(inf, 0, 100, 50),
                _clamp(it, 0, 100, 50)) for n, c, s, st, inf, it in session.execute(q)]


def dot_scale(n: int) -> float:
    """Dots shrink as the map fills up (1 up to 300 stakeholders, 0.3 from about 3,300)."""
    return 1.0 if n <= 300 else max(0.3, (300 / n) ** 0.5)


def dot_radius(strength: int, scale: float) -> float:
    return (1.6 + 0.9 * strength) * scale


def dot_alpha(n: int) -> float:
    return 0.85 if n <= 300 else 0.6 if n <= 2000 else 0.4


def grid_point(interest: int, influence: int) -> tuple[float, float]:
    """Where a stakeholder's dot is drawn on page 1 (page coordinates, points)."""
    return GRID_X + interest / 100 * GRID_SIZE, GRID_Y + influence / 100 * GRID_SIZE


def _stage_label(value: str, lang: str) -> str:
    return label(Stage(value), lang) if value in Stage._value2member_map_ else value


def _category_label(value: str, lang: str) -> str:
    return label(Category(value), lang) if value in Category._value2member_map_ else value


def _by_influence(d: Dot) -> tuple[int, int, str]:
    return (-d.influence, -d.interest, d.name.lower())


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class _MapPage:
    """Draws page 1 (grid, dots, legends, quadrant panel) straight on the canvas."""

    def __init__(self, net_name: str, dots: list[Dot], today: date, lang: str) -> None:
        self.net_name, self.dots, self.today, self.lang = net_name, dots, today, lang
        self.t = T[lang]

    def __call__(self, c: Any, doc: Any) -> None:
        t, lang, n = self.t, self.lang, len(self.dots)
        width, height = PAGE
        left = MARGINS[0]
        top = height - MARGINS[2]
        c.setFillColor(companion.BLUE)
        c.setFont(fonts.BOLD, 16)
        c.drawString(left, top - 16, _fit(f"{t['title']} — {self.net_name}", fonts.BOLD, 16, width - 2 * left))
        c.setFillColor(colors.black)
        c.setFont(fonts.REGULAR, 9)
        line = t["as_of"].format(companion.day(self.today, lang)) + " · "
        line += t["all"].format(companion.number(n, lang)) if n else t["none"]
        c.drawString(left, top - 31, line)
        shared = sum(k for k in Counter((d.interest, d.influence) for d in self.dots).values() if k > 1)
        notes = [t["overlap"].format(companion.number(shared, lang))] if shared else []
        if n > LIST_LIMIT:
            notes.append(t["too_long"].format(companion.number(n, lang), companion.number(LIST_LIMIT, lang)))
        elif n:
            notes.append(t["list_follows"])
        c.setFillColor(companion.GREY)
        c.setFont(fonts.REGULAR, 8.5)
        lines = [ln for note in notes for ln in simpleSplit(note, fonts.REGULAR, 8.5, width - 2 * left)]
        for i, ln in enumerate(lines[:3]):  # three lines fit above the grid
            c.drawString(left, top - 43 - 11 * i, ln)
        self._grid(c)
        self._dots(c)
        self._quadrant_names(c)
        self._legend(c, GRID_X + GRID_SIZE + 1.4 * cm, GRID_Y + GRID_SIZE - 9)

    def _grid(self, c: Any) -> None:
        t, half = self.t, GRID_SIZE / 2
        c.setStrokeColor(colors.HexColor("#90a4ae"))
        c.setLineWidth(0.6)
        for q, (col, row) in QUADRANT_CELLS.items():
            c.setFillColor(colors.HexColor(QUADRANT_FILLS[q]))
            c.rect(GRID_X + col * half, GRID_Y + row * half, half, half, stroke=1, fill=1)
        c.setFont(fonts.REGULAR, 7.5)
        c.setFillColor(companion.GREY)
        for v in (0, 25, 50, 75, 100):
            x, y = grid_point(v, v)
            c.line(x, GRID_Y, x, GRID_Y - 3)
            c.drawCentredString(x, GRID_Y - 11, str(v))
            c.line(GRID_X, y, GRID_X - 3, y)
            c.drawRightString(GRID_X - 5, y - 2.5, str(v))
        c.setFont(fonts.BOLD, 8.5)
        c.setFillColor(colors.black)
        c.drawCentredString(GRID_X + half, GRID_Y - 24, t["interest"])
        c.saveState()
        c.translate(GRID_X - 24, GRID_Y + half)
        c.rotate(90)
        c.drawCentredString(0, 0, t["influence"])
        c.restoreState()

    def _quadrant_names(self, c: Any) -> None:
        """The quadrant's name in its corner, on a pale label so that dots never hide it."""
        half = GRID_SIZE / 2
        c.setFont(fonts.BOLD, 9.5)
        for q, (col, row) in QUADRANT_CELLS.items():
            text = label(q, self.lang)
            x, y = GRID_X + col * half + 5, GRID_Y + row * half + half - 14
            c.setFillColor(colors.white)
            c.setFillAlpha(0.8)
            c.roundRect(x - 3, y - 3.5, stringWidth(text, fonts.BOLD, 9.5) + 6, 14, 2, stroke=0, fill=1)
            c.setFillAlpha(1)
            c.setFillColor(colors.HexColor("#37474f"))
            c.drawString(x, y, text)

    def _dots(self, c: Any) -> None:
        n = len(self.dots)
        scale, alpha = dot_scale(n), dot_alpha(n)
        c.saveState()
        c.setFillAlpha(alpha)
        # big dots first, so a small one is never hidden under a big one
        for d in sorted(self.dots, key=lambda d: (-d.strength, d.stage)):
            c.setFillColor(colors.HexColor(STAGE_COLOURS.get(d.stage, "#9e9e9e")))
            x, y = grid_point(d.interest, d.influence)
            c.circle(x, y, dot_radius(d.strength, scale), stroke=0, fill=1)
        c.restoreState()

    def _legend(self, c: Any, x: float, y: float) -> None:
        t, lang, n = self.t, self.lang, len(self.dots)
        width = PAGE[0] - MARGINS[1] - x
        stages = Counter(d.stage for d in self.dots)
        c.setFont(fonts.BOLD, 9.5)
        c.setFillColor(colors.black)
        c.drawString(x, y, t["stage"])
        y -= 13
        c.setFont(fonts.REGULAR, 8.5)
        for st in Stage:
            c.setFillColor(colors.HexColor(STAGE_COLOURS[st.value]))
            c.circle(x + 4, y + 3, 4, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.drawString(x + 13, y, label(st, lang))
            c.drawRightString(x + width, y, companion.number(stages.get(st.value, 0), lang))
            y -= 12
        other = n - sum(stages.get(st.value, 0) for st in Stage)
        if other:
            c.setFillColor(colors.HexColor("#9e9e9e"))
            c.circle(x + 4, y + 3, 4, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.drawString(x + 13, y, "?")
            c.drawRightString(x + width, y, companion.number(other, lang))
            y -= 12
        y -= 6
        c.setFont(fonts.BOLD, 9.5)
        c.drawString(x, y, t["size"])
        y -= 16
        scale = dot_scale(n)
        c.setFillColor(colors.HexColor("#607d8b"))
        cx = x + 4
        for strength in range(1, 6):
            r = dot_radius(strength, scale)
            c.circle(cx + r, y + 3, r, stroke=0, fill=1)
            cx += 2 * r + 8
        c.setFillColor(colors.black)
        c.setFont(fonts.REGULAR, 8)
        c.drawString(cx + 2, y, f"{t['weak']} … {t['strong']}")
        y -= 20
        c.setFont(fonts.BOLD, 9.5)
        c.drawString(x, y, t["quadrants"])
        y -= 12
        c.setFont(fonts.REGULAR, 8)
        c.setFillColor(companion.GREY)
        c.drawString(x, y, t["midpoint"])
        c.setFillColor(colors.black)
        y -= 13
        per: dict[Quadrant, list[Dot]] = {q: [] for q in Quadrant}
        for d in self.dots:
            per[d.quadrant].append(d)
        # as many names per quadrant as the room above the footer allows (at most NAMES_PER_QUADRANT)
        # per quadrant: its title (11 pt), a note and "… and n more" (10 pt each), a gap (5 pt), 10 pt a name
        names = max(0, min(NAMES_PER_QUADRANT, int(((y - MARGINS[3] + 0.3 * cm) / 4 - 36) // 10)))
        for q in QUADRANT_ORDER:
            members = sorted(per[q], key=_by_influence)
            share = f" · {round(100 * len(members) / n)} %" if n else ""
            c.setFont(fonts.BOLD, 9)
            c.drawString(x, y, f"{label(q, lang)}: {companion.number(len(members), lang)}{share}")
            y -= 11
            shown = members[:names]
            c.setFont(fonts.REGULAR, 8)
            if len(members) > names and names:
                c.setFillColor(companion.GREY)
                c.drawString(x + 6, y, t["top"].format(names))
                c.setFillColor(colors.black)
                y -= 10
            for d in shown:
                c.drawString(x + 6, y, _fit(d.name, fonts.REGULAR, 8, width - 6))
                y -= 10
            if len(members) > len(shown):
                c.setFillColor(companion.GREY)
                c.drawString(x + 6, y, t["more"].format(companion.number(len(members) - len(shown), lang)))
                c.setFillColor(colors.black)
                y -= 10
            y -= 5


def _annex(dots: list[Dot], lang: str, usable: float) -> list[Any]:
    t = T[lang]
    s = companion.styles()
    story: list[Any] = [Paragraph(escape(t["list"]), s["title"])]
    story.append(Paragraph(escape(t["list_note"]), s["small"]))
    head = [t["name"], t["category"], t["phase"], t["inf"], t["int"], t["bond"]]
    heading = ParagraphStyle("qh", parent=s["h2"], keepWithNext=0)
    right = ParagraphStyle("num", parent=s["cell"], alignment=TA_RIGHT)
    right_b = ParagraphStyle("numb", parent=s["cellb"], alignment=TA_RIGHT)
    for q in QUADRANT_ORDER:
        members = sorted((d for d in dots if d.quadrant is q), key=_by_influence)
        story.append(CondPageBreak(3 * cm))  # a heading never stays alone at the foot of a page
        story.append(Paragraph(escape(f"{label(q, lang)} ({companion.number(len(members), lang)})"), heading))
        if not members:
            continue
        body = [[d.name, _category_label(d.category, lang), _stage_label(d.stage, lang), str(d.influence),
                 str(d.interest), str(d.strength)] for d in members]
        widths = companion.fit_columns([head, *body], usable, fonts.REGULAR, 8.5, header_font=fonts.BOLD,
                                       minimum=[6 * cm, 0, 0, 0, 0, 0], grow=0)
        rows = [[Paragraph(escape(h), s["cellb"] if i < 3 else right_b) for i, h in enumerate(head)]]
        rows += [[Paragraph(escape(v), s["cell"] if i < 3 else right) for i, v in enumerate(r)] for r in body]
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(companion.table_style())
        story.append(table)
    return story


def write_stakeholder_map(session: Session, network_id: str, path: Path, lang: str = "nl",
                          today: date | None = None) -> None:
    """Write the map of every living stakeholder of the network (atomically, owner-only)."""
    lang = companion.lang_of(lang)
    t = T[lang]
    net = network(session, network_id)
    dots = load_dots(session, network_id)
    today = today or date.today()
    page = _MapPage(net.name, dots, today, lang)
    usable = PAGE[0] - MARGINS[0] - MARGINS[1]
    story: list[Any] = [Spacer(1, 1)]
    if 0 < len(dots) <= LIST_LIMIT:
        story += [NextPageTemplate("body"), PageBreak(), *_annex(dots, lang, usable)]
    doc_args = {
        "lang": lang, "pagesize": PAGE, "margins": MARGINS, "first_page": page,
        "header": f"{t['title']} — {net.name}", "footer": t["footer"].format(net.name, companion.day(today, lang)),
        "title": f"{t['title']} — {net.name}", "subject": t["subject"],
        "author": privacy_contacts(session).controller or net.name,
    }
    companion.build(doc_args, story, Path(path))
