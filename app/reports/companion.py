"""What the companion PDFs share (stakeholder map, subject access letter, art. 30 register):
colours, Dutch/English dates and numbers, a page template with a confidentiality mark, a footer
with the date and "page x of y", true metadata (title, author, subject, language) and the
embedded fonts. Written through `app.outputs.output_path` (atomic, owner-only)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, TableStyle

from app.outputs import output_path
from app.reports import fonts

BLUE = colors.HexColor("#1f4e79")
LIGHT = colors.HexColor("#eef3f8")
GREY = colors.HexColor("#5f6b76")
RULE = colors.HexColor("#c9d3dd")
MARK = colors.HexColor("#b71c1c")

PDF_LANG = {"nl": "nl-BE", "en": "en-GB"}
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")
_PAGE = {"nl": "pagina {0} van {1}", "en": "page {0} of {1}"}
CONFIDENTIAL = {"nl": "VERTROUWELIJK", "en": "CONFIDENTIAL"}


def lang_of(lang: str | None) -> str:
    return "en" if lang == "en" else "nl"


def day(d: date | None, lang: str) -> str:
    """02/12/2026 in Dutch, 2 December 2026 in English; "" for None."""
    if d is None:
        return ""
    if lang == "en":
        return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"
    return d.strftime("%d/%m/%Y")


def number(n: float | int | None, lang: str, decimals: int = 0) -> str:
    """10.000 / 1.234,50 in Dutch, 10,000 / 1,234.50 in English."""
    if n is None:
        return ""
    text = f"{n:,.{decimals}f}"
    if lang == "en":
        return text
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def euro(n: float | None, lang: str) -> str:
    return "" if n is None else f"€ {number(n, lang, 2)}"


def styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    base = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=10, leading=14, spaceAfter=5,
                          splitLongWords=0, bulletFontName=fonts.REGULAR)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, textColor=GREY),
        "title": ParagraphStyle("title", parent=base, fontName=fonts.BOLD, fontSize=17, leading=21,
                                textColor=BLUE, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontName=fonts.BOLD, fontSize=12, leading=16, textColor=BLUE,
                             spaceBefore=9, spaceAfter=4, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=base, fontName=fonts.BOLD, fontSize=10, leading=14, spaceBefore=6,
                             spaceAfter=2, keepWithNext=1),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=fonts.BOLD, fontSize=8.5, leading=10.5,
                                spaceAfter=0),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=12, bulletIndent=2, spaceAfter=2),
    }


def table_style(*commands: tuple[Any, ...]) -> TableStyle:
    """A table style on the embedded font (reportlab's default, Helvetica, would not be embedded)
    with a pale header row, thin rules between rows and text at the top of its cell."""
    return TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, BLUE), ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), *commands,
    ])


def longest_word_width(text: str, font: str, size: float) -> float:
    """The width of the widest word of `text`: a table column narrower than this would break it."""
    return max((stringWidth(w, font, size) for w in text.split()), default=0.0)


CELL_PADDING = 6  # reportlab's default left and right padding of a table cell


def fit_columns(rows: Sequence[Sequence[str]], total: float, font: str, size: float, *,
                header_font: str | None = None, padding: float = 2 * CELL_PADDING + 2,
                minimum: Sequence[float] | None = None, grow: int | None = None) -> list[float]:
    """Column widths that add up to `total`, each at least as wide as its widest word (so no word
    is ever broken; the first row measured in `header_font`) and otherwise shared in proportion to
    the text each column holds; room left when everything fits goes to column `grow` (else to
    all). Raises ValueError when even the widest words do not fit side by side."""
    ncols = len(rows[0])
    fonts_of = [header_font or font] + [font] * (len(rows) - 1)
    need = [max(longest_word_width(r[i], f, size) for r, f in zip(rows, fonts_of, strict=True)) + padding
            for i in range(ncols)]
    if minimum is not None:
        need = [max(n, m) for n, m in zip(need, minimum, strict=True)]
    if sum(need) > total:
        raise ValueError("the words of these columns do not fit side by side")
    weight = [max(stringWidth(r[i], f, size) for r, f in zip(rows, fonts_of, strict=True)) + padding
              for i in range(ncols)]
    spare = total - sum(need)
    extra = [max(0.0, w - n) for w, n in zip(weight, need, strict=True)]
    scale = spare / sum(extra) if sum(extra) else 0.0
    widths = [n + min(e * scale, e) for n, e in zip(need, extra, strict=True)]
    rest = total - sum(widths)
    if rest > 0.01 and grow is not None:  # everything fits at full length
        widths[grow] += rest
    elif rest > 0.01:
        widths = [w + rest / ncols for w in widths]
    return widths


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Draws "page x of y" once the number of pages is known (reportlab's two-pass idiom)."""

    footer_right: Callable[[Canvas, int, int], None] | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab API
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            if self.footer_right is not None:
                self.footer_right(self, self._pageNumber, total)
            super().showPage()
        super().save()


class CompanionDoc(BaseDocTemplate):  # type: ignore[misc]
    """A4 (portrait or landscape) with a running header (title left, the confidentiality mark
    right) and a footer (what the document is and its date left, page x of y right)."""

    def __init__(self, filename: str, *, lang: str, header: str, footer: str, title: str, subject: str,
                 author: str, pagesize: tuple[float, float] = A4, first_page: Callable[[Canvas, Any], None] | None = None,
                 margins: tuple[float, float, float, float] = (2.2 * cm, 2.2 * cm, 2.3 * cm, 2.0 * cm)) -> None:
        left, right, top, bottom = margins
        super().__init__(filename, pagesize=pagesize, leftMargin=left, rightMargin=right, topMargin=top,
                         bottomMargin=bottom, title=title, author=author, subject=subject, creator="Verbind",
                         lang=PDF_LANG[lang_of(lang)], pageCompression=1,
                         initialFontName=fonts.REGULAR, initialFontSize=10)
        self.language, self.header, self.footer = lang_of(lang), header, footer
        self.first_page = first_page
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("first", [frame], onPage=self._first),
                               PageTemplate("body", [frame], onPage=self._page)])

    def _first(self, canvas: Canvas, doc: Any) -> None:
        self._page(canvas, doc)
        if self.first_page is not None:
            canvas.saveState()
            self.first_page(canvas, doc)
            canvas.restoreState()

    def _page(self, canvas: Canvas, doc: Any) -> None:
        width, height = self.pagesize
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(GREY)
        top = height - self.topMargin + 0.9 * cm
        canvas.drawString(self.leftMargin, top, self.header)
        mark = CONFIDENTIAL[self.language]
        canvas.setFont(fonts.BOLD, 9)
        canvas.setFillColor(MARK)
        mark_w = stringWidth(mark, fonts.BOLD, 9)
        right = width - self.rightMargin
        canvas.setStrokeColor(MARK)
        canvas.setLineWidth(0.8)
        canvas.rect(right - mark_w - 8, top - 4, mark_w + 8, 14, stroke=1, fill=0)
        canvas.drawRightString(right - 4, top, mark)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(self.leftMargin, top - 7, right, top - 7)
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(GREY)
        canvas.line(self.leftMargin, self.bottomMargin - 0.55 * cm, right, self.bottomMargin - 0.55 * cm)
        canvas.drawString(self.leftMargin, self.bottomMargin - 0.95 * cm, self.footer)
        canvas.restoreState()

    def footer_right(self, canvas: Canvas, page: int, total: int) -> None:
        width, _ = self.pagesize
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(GREY)
        canvas.drawRightString(width - self.rightMargin, self.bottomMargin - 0.95 * cm,
                               _PAGE[self.language].format(page, total))
        canvas.restoreState()


def build(doc_args: dict[str, Any], story: list[Flowable], path: Path) -> None:
    """Build `story` into `path` atomically (a failed build leaves nothing behind)."""
    fonts.register()
    with output_path(Path(path)) as tmp:
        doc = CompanionDoc(str(tmp), **doc_args)

        class _Canvas(_NumberedCanvas):
            footer_right = staticmethod(doc.footer_right)

        doc.build(story, canvasmaker=_Canvas)


__all__ = ["BLUE", "CONFIDENTIAL", "GREY", "LIGHT", "MARK", "RULE", "CompanionDoc", "build", "day", "euro",
           "fit_columns", "lang_of", "longest_word_width", "number", "styles", "table_style"]
