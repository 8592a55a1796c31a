"""Chart building blocks for the report PDFs: round axis steps that include the maximum, labels
wrapped at spaces (never cut), and the small "this year against last year" chart with a target
line that the report lays out in a grid — one chart per figure, so no figure is dwarfed by another
of a different magnitude on a shared axis. Every String uses the embedded fonts."""

from __future__ import annotations

import math
from collections.abc import Callable

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.reports import fonts

BLUE = colors.HexColor("#1f4e79")
PALE = colors.HexColor("#b0bec5")
TARGET = colors.HexColor("#c62828")
INK = colors.HexColor("#37474f")


def drawing(width: float, height: float) -> Drawing:
    """A Drawing whose default font is the embedded one (reportlab's default is unembedded Helvetica)."""
    d = Drawing(width, height)
    d.initialFontName = fonts.REGULAR
    return d


def nice_axis(top: float, ticks: int = 5, integer: bool = True) -> tuple[float, float]:
    """(step, axis maximum) for a value axis from 0: the step is 1, 2 or 5 × 10^k, the axis ends on
    a tick at or above `top`, with at most `ticks` steps (0, 5, 10, 15 for a maximum of 13)."""
    top = max(float(top), 0.0)
    if top < 1e-9:  # nothing to show (or too small to draw): one step of 1
        return 1.0, 1.0
    raw = top / max(ticks, 1)
    exp = math.floor(math.log10(raw))
    step = 10.0 ** (exp + 1)
    for factor in (1, 2, 5, 10):
        candidate = factor * 10.0 ** exp
        if candidate >= raw * (1 - 1e-9):
            step = candidate
            break
    if integer:
        step = max(1.0, float(round(step)))
    n = max(1, math.ceil(top / step * (1 - 1e-9)))
    return step, n * step


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """The text in lines no wider than `width`, broken only at spaces: a word wider than the width
    stays whole on its own line (the caller makes room for it; nothing is ever cut)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if not line or stringWidth(candidate, font, size) <= width:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines or [""]


def widest_word(text: str, font: str, size: float) -> float:
    return max((stringWidth(w, font, size) for w in text.split()), default=0.0)


def comparison_chart(title: str, before: float | None, now: float, names: tuple[str, str],
                     fmt: Callable[[float], str], target: float | None = None, target_name: str = "",
                     width: float = 150.0, height: float = 130.0) -> Drawing:
    """Two bars — last year (pale) and this year (blue) — on their own round axis, with the target
    as a dashed line where there is one. `before` None: last year is not known, drawn as "–"."""
    d = drawing(width, height)
    title_lines = wrap(title, fonts.BOLD, 8, width - 4)
    for i, text in enumerate(title_lines):
        d.add(String(2, height - 9 - 9.5 * i, text, fontName=fonts.BOLD, fontSize=8, fillColor=BLUE))
    head = 9.5 * len(title_lines)
    if target is not None:  # the target's key under the title, never over a bar
        y = height - head - 9
        d.add(Line(2, y + 2, 14, y + 2, strokeColor=TARGET, strokeWidth=0.9, strokeDashArray=[3, 2]))
        d.add(String(17, y, f"{target_name} {fmt(target)}".strip(), fontName=fonts.REGULAR, fontSize=6.5,
                     fillColor=TARGET))
        head += 9.5
    values = [before or 0, now]
    step, top = nice_axis(max(values + [target or 0]))
    axis_labels = [fmt(step * i) for i in range(int(round(top / step)) + 1)]
    left = max(stringWidth(s, fonts.REGULAR, 6.5) for s in axis_labels) + 8
    cat_lines = [wrap(n, fonts.REGULAR, 6.5, (width - left - 6) / 2 - 10) for n in names]
    bottom = 6 + 7.5 * max(len(c) for c in cat_lines)
    chart = VerticalBarChart()
    chart.x, chart.y = left, bottom
    chart.width = width - left - 6
    chart.height = height - bottom - head - 14
    chart.data = [values]
    chart.categoryAxis.categoryNames = ["\n".join(c) for c in cat_lines]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.leading = 7.5
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.textAnchor = "middle"
    chart.categoryAxis.labels.dy = -3
    chart.categoryAxis.strokeColor = INK
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labelTextFormat = fmt
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.strokeColor = INK
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e8ed")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.groupSpacing = 14
    chart.bars.strokeColor = None
    chart.bars[(0, 0)].fillColor = PALE
    chart.bars[(0, 1)].fillColor = BLUE
    chart.barLabelFormat = "values"
    chart.barLabelArray = [["–" if before is None else fmt(before), fmt(now)]]
    chart.barLabels.fontName = fonts.REGULAR
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "s"
    chart.barLabels.dy = 2
    if target is not None and top:
        line_y = chart.height * float(target) / top
        for i, value in enumerate(values):
            bar_y = chart.height * float(value) / top
            if 0 <= line_y - bar_y <= 11 and bar_y >= 12:  # the label would sit on the target line
                chart.barLabels[(0, i)].boxAnchor = "n"
                chart.barLabels[(0, i)].dy = -3
                chart.barLabels[(0, i)].fillColor = colors.white if i else INK
    d.add(chart)
    if target is not None:
        y = chart.y + chart.height * (float(target) / top if top else 0)
        d.add(Line(chart.x, y, chart.x + chart.width, y, strokeColor=TARGET, strokeWidth=0.9,
                   strokeDashArray=[3, 2]))
    return d


def bar_label_lines(names: list[str], width: float, size: float = 8) -> list[list[str]]:
    """Category labels of a horizontal bar chart wrapped to the label column."""
    return [wrap(n, fonts.REGULAR, size, width) for n in names]


def label_column(names: list[str], size: float, least: float, most: float) -> float:
    """The label column's width: wide enough for the widest word (never cut), at least `least`,
    at most `most` unless a single word needs more."""
    word = max((widest_word(n, fonts.REGULAR, size) for n in names), default=0.0)
    full = max((stringWidth(n, fonts.REGULAR, size) for n in names), default=0.0)
    return max(word, least, min(full, most))

