"""The stakeholder map PDF: the power–interest grid with its four quadrants, dots coloured by
stage, and the list of stakeholders per quadrant."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import Stakeholder
from app.domain.vocabulary import Quadrant, Stage, label, quadrant_for
from app.outputs import output_path
from app.reports import fonts
from app.services.common import alive, network

STAGE_COLOURS = {"mapped": "#9e9e9e", "introduced": "#64b5f6", "maintained": "#1e88e5", "involved": "#43a047",
                 "partner": "#f9a825"}
LIMIT = 400


def write_stakeholder_map(session: Session, network_id: str, path: Path, lang: str = "nl") -> None:
    fonts.register()
    net = network(session, network_id)
    rows = list(session.scalars(select(Stakeholder).where(Stakeholder.network_id == network_id, alive(Stakeholder))
                                .order_by(Stakeholder.influence.desc(), Stakeholder.interest.desc()).limit(LIMIT)))
    with output_path(Path(path)) as tmp:
        c = canvas.Canvas(str(tmp), pagesize=landscape(A4))
        c.setTitle(f"Stakeholderkaart — {net.name}" if lang == "nl" else f"Stakeholder map — {net.name}")
        c.setAuthor("Verbind")
        w, h = landscape(A4)
        c.setFont(fonts.BOLD, 16)
        c.drawString(2 * cm, h - 1.8 * cm, ("Stakeholderkaart — " if lang == "nl" else "Stakeholder map — ") + net.name)
        x0, y0, size = 2.5 * cm, 2 * cm, h - 5 * cm
        half = size / 2
        fills = {(0, 1): "#fff8e1", (1, 1): "#ffebee", (0, 0): "#f5f5f5", (1, 0): "#e3f2fd"}
        names = {(0, 1): Quadrant.KEEP_SATISFIED, (1, 1): Quadrant.MANAGE_CLOSELY, (0, 0): Quadrant.MONITOR,
                 (1, 0): Quadrant.KEEP_INFORMED}
        for (col, row), fill in fills.items():
            c.setFillColor(colors.HexColor(fill))
            c.rect(x0 + col * half, y0 + row * half, half, half, stroke=1, fill=1)
            c.setFillColor(colors.HexColor("#546e7a"))
            c.setFont(fonts.BOLD, 10)
            c.drawString(x0 + col * half + 6, y0 + row * half + half - 14, label(names[(col, row)], lang))
        c.setFont(fonts.REGULAR, 8)
        c.drawString(x0 + size - 60, y0 - 12, "interesse →" if lang == "nl" else "interest →")
        c.saveState()
        c.translate(x0 - 8, y0 + 20)
        c.rotate(90)
        c.drawString(0, 0, "invloed →" if lang == "nl" else "influence →")
        c.restoreState()
        for sh in rows:
            c.setFillColor(colors.HexColor(STAGE_COLOURS.get(sh.stage, "#9e9e9e")))
            r = 2 + 1.2 * max(1, min(5, sh.strength or 1))
            c.circle(x0 + sh.interest / 100 * size, y0 + sh.influence / 100 * size, r, stroke=0, fill=1)
        lx = x0 + size + 1.2 * cm
        y = h - 3 * cm
        for st in Stage:
            c.setFillColor(colors.HexColor(STAGE_COLOURS[st.value]))
            c.circle(lx, y + 3, 4, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont(fonts.REGULAR, 9)
            c.drawString(lx + 10, y, label(st, lang))
            y -= 14
        y -= 8
        for q in Quadrant:
            members = [s.name for s in rows if quadrant_for(s.influence, s.interest) is q]
            c.setFont(fonts.BOLD, 10)
            c.drawString(lx - 6, y, f"{label(q, lang)} ({len(members)})")
            y -= 13
            c.setFont(fonts.REGULAR, 8)
            for name in members[:8]:
                c.drawString(lx, y, name[:60])
                y -= 10
            if len(members) > 8:
                c.drawString(lx, y, f"… +{len(members) - 8}")
                y -= 10
            y -= 6
        c.showPage()
        c.save()
