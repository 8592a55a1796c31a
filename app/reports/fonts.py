"""Embedded Unicode fonts (DejaVu Sans, shipped in resources/fonts) for every PDF."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.resources import resource_path

REGULAR, BOLD, ITALIC = "VerbindSans", "VerbindSans-Bold", "VerbindSans-Oblique"


def register() -> None:
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    folder = resource_path("fonts")
    pdfmetrics.registerFont(TTFont(REGULAR, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont(ITALIC, str(folder / "DejaVuSans-Oblique.ttf")))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
