"""A horizontal bar chart painted with QPainter (funnels, frequencies): label, bar, value."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget


class BarChart(QWidget):
    def __init__(self, colour: str = "#1e88e5", label_width: int = 230) -> None:
        super().__init__()
        self.items: list[tuple[str, float, str]] = []  # label, value, text shown
        self.colour = colour
        self.label_width = label_width
        self.marker: tuple[float, str] | None = None  # a reference value drawn as a dashed line
        self.setMinimumHeight(120)

    def set_items(self, items: list[tuple[str, float, str]], marker: tuple[float, str] | None = None) -> None:
        self.items = items
        self.marker = marker
        self.setMinimumHeight(max(120, 28 * len(items) + 30))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        del event
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.items:
            p.setPen(QColor("#757575"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Nog geen gegevens voor deze periode."))
            p.end()
            return
        top = max([v for _, v, _ in self.items] + ([self.marker[0]] if self.marker else [])) or 1
        usable = self.width() - self.label_width - 70
        row_h = min(28.0, (self.height() - 20) / len(self.items))
        for i, (text, value, shown) in enumerate(self.items):
            y = 4 + i * row_h
            p.setPen(QColor("#263238"))
            p.drawText(QRectF(0, y, self.label_width - 8, row_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(self.colour))
            p.drawRoundedRect(QRectF(self.label_width, y + 4, max(2.0, usable * value / top), row_h - 8), 3, 3)
            p.setPen(QColor("#263238"))
            p.drawText(QRectF(self.label_width + usable * value / top + 6, y, 70, row_h), Qt.AlignmentFlag.AlignVCenter, shown)
        if self.marker:
            x = self.label_width + usable * self.marker[0] / top
            pen = p.pen()
            pen.setColor(QColor("#8a5300"))
            pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(int(x), 0, int(x), int(4 + row_h * len(self.items)))
            p.drawText(QRectF(x - 404, 4 + row_h * len(self.items), 400, 18), Qt.AlignmentFlag.AlignRight, self.marker[1])
        p.end()
