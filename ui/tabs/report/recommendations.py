"""The recommendations of the annual report on the wizard's narrative page: one row per
recommendation (what, who, by when — the date typed as dd/mm/jjjj like everywhere in the app),
rows added and removed; stored as state["recommendations"] ({"text", "owner", "due"})."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.common import DateEdit


class RecommendationRow(QWidget):
    def __init__(self, editor: RecommendationsEditor, item: dict[str, Any]) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QLineEdit(str(item.get("text") or ""))
        self.text.setPlaceholderText(self.tr("aanbeveling"))
        self.owner = QLineEdit(str(item.get("owner") or ""))
        self.owner.setPlaceholderText(self.tr("wie neemt het op"))
        self.owner.setMaximumWidth(200)
        self.due = DateEdit()
        due = str(item.get("due") or "")
        if due:
            try:
                self.due.set_value(date.fromisoformat(due))
            except ValueError:
                self.due.setText(due)  # shown as it was, refused when stored
        self.remove = QPushButton(self.tr("Verwijderen"))
        self.remove.clicked.connect(lambda: editor.remove_row(self))
        layout.addWidget(self.text, 1)
        layout.addWidget(self.owner)
        layout.addWidget(self.due)
        layout.addWidget(self.remove)

    def value(self) -> tuple[dict[str, str], str | None]:
        """The row as stored, and what is wrong with it (None when fine); a bad date is stored empty."""
        text, owner = self.text.text().strip(), self.owner.text().strip()
        problem: str | None = None
        try:
            due = self.due.value()
        except ValueError as exc:
            due = None
            problem = str(exc)
        if not text and (owner or due or problem):
            problem = self.tr("Een aanbeveling zonder tekst: vul ze aan of verwijder de rij.")
        return {"text": text, "owner": owner, "due": due.isoformat() if due else ""}, problem


class RecommendationsEditor(QWidget):
    def __init__(self, items: list[dict[str, Any]]) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        head = QGridLayout()
        head.addWidget(QLabel("<b>" + self.tr("Aanbevelingen") + "</b>"), 0, 0)
        head.addWidget(QLabel(self.tr("wat · wie · tegen wanneer (dd/mm/jjjj)")), 0, 1)
        self.add_button = QPushButton(self.tr("Aanbeveling toevoegen"))
        self.add_button.clicked.connect(lambda: self.add_row())
        head.addWidget(self.add_button, 0, 2)
        head.setColumnStretch(1, 1)
        outer.addLayout(head)
        inner = QWidget()
        self.rows_layout = QVBoxLayout(inner)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setMaximumHeight(130)
        outer.addWidget(scroll)
        self.rows: list[RecommendationRow] = []
        for item in items:
            self.add_row(item)

    def add_row(self, item: dict[str, Any] | None = None) -> RecommendationRow:
        row = RecommendationRow(self, item or {})
        self.rows.append(row)
        self.rows_layout.insertWidget(self.rows_layout.count() - 1, row)
        if item is None:
            row.text.setFocus()
        return row

    def remove_row(self, row: RecommendationRow) -> None:
        if row in self.rows:
            self.rows.remove(row)
            self.rows_layout.removeWidget(row)
            row.deleteLater()

    def values(self) -> tuple[list[dict[str, str]], list[str]]:
        """The recommendations with text (empty rows are dropped) and the problems found."""
        items: list[dict[str, str]] = []
        problems: list[str] = []
        for row in self.rows:
            item, problem = row.value()
            if problem:
                problems.append(problem)
            if item["text"]:
                items.append(item)
        return items, problems
