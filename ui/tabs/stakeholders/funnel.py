"""The stage funnel: mapped → introduced → maintained → involved → partner, with counts."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from ui.tabs.stakeholders.grid import STAGE_COLOURS


class StageFunnel(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.stages: list[tuple[str, str, int]] = []  # (value, label, count)
        self.setMinimumHeight(150)

    def set_counts(self, stages: list[tuple[str, str, int]]) -> None:
        self.stages = stages
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        del event
        if not self.stages:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = max(c for _, _, c in self.stages) or 1
        row_h = self.height() / len(self.stages)
        label_w = 150
        for i, (value, text, count) in enumerate(self.stages):
            y = i * row_h
            width = max(2.0, (self.width() - label_w - 60) * count / top)
            x = label_w + (self.width() - label_w - 60 - width) / 2
            p.setBrush(QColor(STAGE_COLOURS.get(value, "#9e9e9e")))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawRoundedRect(QRectF(x, y + 3, width, row_h - 6), 4, 4)
            p.setPen(QColor("#263238"))
            p.drawText(QRectF(0, y, label_w - 8, row_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            p.drawText(QRectF(self.width() - 55, y, 55, row_h), Qt.AlignmentFlag.AlignVCenter, str(count))
        p.end()
