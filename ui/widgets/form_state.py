"""What a form holds, as plain data: captured after a record loads (to know when the user changed
something) and when the user leaves an invalid form (kept as a draft inside the vault, put back
when the record is opened again). Every input widget that is an attribute of the form counts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)


def _plain(value: Any) -> Any:
    return value if value is None or isinstance(value, str | int | float | bool) else str(value)


def _inputs(form: QWidget) -> list[tuple[str, QWidget]]:
    return [(name, w) for name, w in vars(form).items()
            if not name.startswith("_") and isinstance(w, QWidget) and w is not form]


def _checkable(items: QListWidget) -> bool:
    return any(items.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable for i in range(items.count()))


def capture(form: QWidget) -> dict[str, Any]:
    state: dict[str, Any] = {}
    for name, w in _inputs(form):
        if isinstance(w, QDateEdit):
            state[name] = w.date().toString(Qt.DateFormat.ISODate)
        elif isinstance(w, QLineEdit):
            state[name] = w.text()
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            state[name] = w.toPlainText()
        elif isinstance(w, QComboBox):
            state[name] = {"text": w.currentText()} if w.isEditable() else {
                "data": _plain(w.currentData()), "index": w.currentIndex()}
        elif isinstance(w, QSpinBox | QDoubleSpinBox):
            state[name] = w.value()
        elif isinstance(w, QAbstractButton) and w.isCheckable():
            state[name] = w.isChecked()
        elif isinstance(w, QListWidget) and _checkable(w):
            # 0 unticked, 1 half (e.g. invited but absent), 2 ticked
            state[name] = {str(_plain(w.item(i).data(Qt.ItemDataRole.UserRole)) or w.item(i).text()):
                           w.item(i).checkState().value for i in range(w.count())}
    return state


def restore(form: QWidget, state: dict[str, Any]) -> None:
    """Put a captured state back; a value the form no longer has (a removed choice) is skipped."""
    widgets = dict(_inputs(form))
    for name, value in state.items():
        w = widgets.get(name)
        if w is None:
            continue
        if isinstance(w, QDateEdit) and isinstance(value, str):
            w.setDate(QDate.fromString(value, Qt.DateFormat.ISODate))
        elif isinstance(w, QLineEdit) and isinstance(value, str):
            w.setText(value)
        elif isinstance(w, QPlainTextEdit | QTextEdit) and isinstance(value, str):
            w.setPlainText(value)
        elif isinstance(w, QComboBox) and isinstance(value, dict):
            if w.isEditable():
                w.setEditText(str(value.get("text", "")))
            else:
                found = w.findData(value.get("data"))
                if found < 0 and value.get("data") is None:
                    found = int(value.get("index", -1))
                if 0 <= found < w.count():
                    w.setCurrentIndex(found)
        elif isinstance(w, QAbstractSpinBox) and isinstance(value, int | float) and hasattr(w, "setValue"):
            w.setValue(value)
        elif isinstance(w, QAbstractButton) and isinstance(value, bool):
            w.setChecked(value)
        elif isinstance(w, QListWidget) and isinstance(value, dict):
            for i in range(w.count()):
                item = w.item(i)
                key = str(_plain(item.data(Qt.ItemDataRole.UserRole)) or item.text())
                if key in value:
                    ticked = value[key]
                    item.setCheckState(Qt.CheckState(ticked) if isinstance(ticked, int) and not isinstance(ticked, bool)
                                       else Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
