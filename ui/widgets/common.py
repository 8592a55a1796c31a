"""Small widgets shared by the tabs: Belgian date field, enum combo boxes, and
what keeps a form within its width (a scroll area that never scrolls sideways, labels that go above
their fields when a field beside its label would be too narrow, lists whose lines wrap)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QListView,
    QScrollArea,
    QWidget,
)

from app.domain.vocabulary import label
from app.formatting import fmt_date, parse_date

_Index = QModelIndex | QPersistentModelIndex


class DateEdit(QLineEdit):
    """A date typed as dd/mm/jjjj (empty allowed); `value()` raises ValueError with a Dutch hint."""

    def __init__(self, placeholder: str | None = None) -> None:
        super().__init__()
        self.setPlaceholderText(placeholder or QCoreApplication.translate("DateEdit", "dd/mm/jjjj"))
        self.setMaximumWidth(140)

    def value(self) -> date | None:
        return parse_date(self.text())

    def set_value(self, d: date | None) -> None:
        self.setText(fmt_date(d))


def enum_combo(enum: type[StrEnum], lang: str, empty: str | None = None,
               skip: Sequence[StrEnum] = ()) -> QComboBox:
    box = QComboBox()
    if empty is not None:
        box.addItem(empty, None)
    for member in enum:
        if member not in skip:
            box.addItem(label(member, lang), member.value)
    return box


def set_combo(box: QComboBox, value: Any) -> None:
    box.setCurrentIndex(max(box.findData(value), 0))


def wrapped(text: str = "", object_name: str | None = None) -> QLabel:
    """A label that wraps its text (explanations, hints, results)."""
    widget = QLabel(text)
    widget.setWordWrap(True)
    if object_name:
        widget.setObjectName(object_name)
    return widget


FIELD_CHARS = 24  # a field beside its label gets at least this many characters, else it goes below it
COMBO_CHARS = 12  # a combo box in a form or filter row is at least this wide; it grows with its field


def wrap_lines(view: QListView) -> QListView:
    """A list whose long lines wrap at its width instead of being cut off or scrolled sideways."""
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setUniformItemSizes(False)
    return view


class FlowLayout(QLayout):
    """Widgets side by side that go on to a next line when the row is too narrow for them (the
    filters above a list), so a narrow list never pushes its form off the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        width = sum(i.sizeHint().width() for i in self._shown()) + self._gap() * max(0, len(self._shown()) - 1)
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _gap(self) -> int:
        return self.spacing() if self.spacing() >= 0 else 6

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line, gap = area.x(), area.y(), 0, self._gap()
        for item in self._shown():
            hint = item.sizeHint().boundedTo(QSize(area.width(), 10**6)).expandedTo(item.minimumSize())
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line = area.x(), y + line + gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + gap
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()


def compact_combos(layout: QLayout) -> None:
    """The combo boxes directly in `layout` (a filter row) are as wide as their first choice
    ("Alle categorieën"), not as their longest one; the popup still shows every choice whole."""
    for i in range(layout.count()):
        item = layout.itemAt(i)
        box = item.widget() if item is not None else None
        if isinstance(box, QComboBox) and box.sizeAdjustPolicy() == QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow:
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(max(COMBO_CHARS, len(box.itemText(0)) + 1))


def fit_form_rows(root: QWidget, width: int) -> None:
    """Every form layout under `root` (which is to be `width` wide) puts its labels beside the
    fields when each field still gets FIELD_CHARS characters there, and above them otherwise."""
    for form in root.findChildren(QFormLayout):
        owner = form.parentWidget()
        if owner is None or not form.geometry().isValid() or form.geometry().width() <= 0:
            continue
        # what the nesting (group boxes, margins) takes stays the same when `root` gets wider or narrower
        room = width - (root.width() - form.geometry().width())
        labels = fields = 0
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label_item is not None and field_item is not None:
                labels = max(labels, label_item.sizeHint().width())
                fields = max(fields, field_item.minimumSize().width())
        if not labels:
            continue
        margins = form.contentsMargins()
        spacing = max(form.horizontalSpacing(), 6)
        field = max(fields, owner.fontMetrics().horizontalAdvance("x" * FIELD_CHARS))
        need = margins.left() + labels + spacing + field + margins.right()
        policy = QFormLayout.RowWrapPolicy.DontWrapRows if room >= need else QFormLayout.RowWrapPolicy.WrapAllRows
        if form.rowWrapPolicy() != policy:
            form.setRowWrapPolicy(policy)


class FormScroll(QScrollArea):
    """The scroll area around a form: it scrolls up and down only, and fits the form's rows to
    its width (labels above the fields when the form is narrow, beside them when there is room)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit = QTimer(self)
        self._fit.setSingleShot(True)
        self._fit.setInterval(0)
        self._fit.timeout.connect(self.fit_rows)
        self.viewport().installEventFilter(self)

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt API
        """Hold `widget`; its combo boxes size to the field, not to their longest choice (the
        popup still shows it whole), so a long category name does not widen the form, and the
        lines of its lists (history, contact moments) wrap instead of being cut off."""
        for view in widget.findChildren(QListView):
            if view.window() is widget.window():  # not a combo box's popup list
                wrap_lines(view)
        for box in widget.findChildren(QComboBox):
            if box.sizeAdjustPolicy() == QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow:
                box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                box.setMinimumContentsLength(COMBO_CHARS)
        super().setWidget(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.viewport() and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._fit.start()
        return super().eventFilter(watched, event)

    def fit_rows(self) -> None:
        widget = self.widget()
        if widget is not None:
            fit_form_rows(widget, self.viewport().width())
