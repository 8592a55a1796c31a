"""Power–interest grid: four labelled quadrants, stakeholders as dots coloured by stage and sized by
relationship strength; drag a dot to change influence/interest (saved, undoable); double-click opens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QWidget,
)

SIZE = 600.0
STAGE_COLOURS = {"mapped": "#9e9e9e", "introduced": "#64b5f6", "maintained": "#1e88e5",
                 "involved": "#43a047", "partner": "#f9a825"}
QUADRANTS = (("Tevreden houden", "Keep satisfied", 0, 0), ("Nauw betrekken", "Manage closely", 1, 0),
             ("Monitoren", "Monitor", 0, 1), ("Informeren", "Keep informed", 1, 1))


def to_scene(interest: int, influence: int) -> QPointF:
    return QPointF(interest / 100 * SIZE, (100 - influence) / 100 * SIZE)


def from_scene(p: QPointF) -> tuple[int, int]:
    interest = round(max(0.0, min(SIZE, p.x())) / SIZE * 100)
    influence = round(100 - max(0.0, min(SIZE, p.y())) / SIZE * 100)
    return influence, interest


class Dot(QGraphicsEllipseItem):
    def __init__(self, grid: PowerGrid, record_id: str, name: str, stage: str, strength: int,
                 influence: int, interest: int) -> None:
        r = 5 + 2.5 * max(1, min(5, strength))
        super().__init__(-r, -r, 2 * r, 2 * r)
        self.grid, self.record_id, self.name = grid, record_id, name
        self.setBrush(QBrush(QColor(STAGE_COLOURS.get(stage, "#9e9e9e"))))
        self.setPen(QPen(QColor("#37474f"), 1))
        self.setToolTip(name)
        self.setPos(to_scene(interest, influence))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.start = (influence, interest)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        self.start = from_scene(self.pos())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        end = from_scene(self.pos())
        if end != self.start:
            self.grid.undo.push(MoveCommand(self.grid, self.record_id, self.start, end))

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        self.grid.open_requested.emit(self.record_id)
        super().mouseDoubleClickEvent(event)


class MoveCommand(QUndoCommand):
    def __init__(self, grid: PowerGrid, record_id: str, before: tuple[int, int], after: tuple[int, int]) -> None:
        super().__init__("Verplaatsen")
        self.grid, self.record_id, self.before, self.after = grid, record_id, before, after

    def redo(self) -> None:
        self.grid.apply_move(self.record_id, *self.after)

    def undo(self) -> None:
        self.grid.apply_move(self.record_id, *self.before)


class PowerGrid(QGraphicsView):
    open_requested = Signal(str)
    moved = Signal(str, int, int)  # record id, influence, interest

    def __init__(self, save: Callable[[str, int, int], None], lang: str = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save = save
        self.lang = lang
        self.undo = QUndoStack(self)
        self.dots: dict[str, Dot] = {}
        self.setScene(QGraphicsScene(QRectF(-20, -20, SIZE + 40, SIZE + 40), self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.notice = ""
        self._draw_quadrants()

    def _draw_quadrants(self) -> None:
        scene = self.scene()
        half = SIZE / 2
        fills = ["#fff8e1", "#ffebee", "#f5f5f5", "#e3f2fd"]
        font = QFont()
        font.setPointSize(11)
        font.setBold(True)
        for (nl, en, col, row), fill in zip(QUADRANTS, fills, strict=True):
            rect = scene.addRect(QRectF(col * half, row * half, half, half), QPen(QColor("#b0bec5")),
                                 QBrush(QColor(fill)))
            rect.setZValue(-2)
            text = scene.addText(en if self.lang == "en" else nl, font)
            text.setDefaultTextColor(QColor("#546e7a"))
            text.setPos(col * half + 8, row * half + 6)
            text.setZValue(-1)
        axis = QFont()
        axis.setPointSize(9)
        scene.addText("interesse →" if self.lang != "en" else "interest →", axis).setPos(SIZE - 80, SIZE + 2)
        label = scene.addText("invloed →" if self.lang != "en" else "influence →", axis)
        label.setRotation(-90)
        label.setPos(-20, 90)

    def set_points(self, points: list[tuple[str, str, str, int, int, int]], total: int) -> None:
        """points: (id, name, stage, strength, influence, interest)."""
        for dot in self.dots.values():
            self.scene().removeItem(dot)
        self.dots.clear()
        self.undo.clear()
        for record_id, name, stage, strength, influence, interest in points:
            dot = Dot(self, record_id, name, stage, strength, influence, interest)
            self.scene().addItem(dot)
            self.dots[record_id] = dot
        self.notice = "" if total <= len(points) else f"{len(points)} / {total}"

    def apply_move(self, record_id: str, influence: int, interest: int) -> None:
        dot = self.dots.get(record_id)
        if dot is not None:
            dot.setPos(to_scene(interest, influence))
        self.save(record_id, influence, interest)
        self.moved.emit(record_id, influence, interest)

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        super().resizeEvent(event)  # type: ignore[arg-type]
