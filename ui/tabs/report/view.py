"""Jaarverslag: earlier reports of the network (final and draft), a new report through the wizard,
resume a draft, and make the PDF of a frozen report again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.reports import snapshot as snap
from app.reports import wizard as graph
from ui import ops
from ui.context import AppContext
from ui.tabs.report.wizard import ReportWizard
from ui.widgets.table import Column, TableModel, read_only_rows
from ui.workers import run_in_thread


def title(lang: str) -> str:
    return "Annual report" if lang == "en" else "Jaarverslag"


class Tab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.wizard: ReportWizard | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Maak het jaarverslag voor de stuurgroep: kies de periode, kijk de cijfers na, vink de "
                               "procescriteria aan, schrijf je toelichting en bekijk het voorbeeld. Bij het afronden "
                               "worden cijfers en tekst bevroren, zodat je later exact hetzelfde verslag opnieuw kan maken."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Nieuw jaarverslag…"))
        self.new_button.clicked.connect(lambda: self.new_report())  # not clicked(bool) as the state
        self.resume_button = QPushButton(self.tr("Concept hervatten…"))
        self.resume_button.clicked.connect(self.resume)
        self.pdf_button = QPushButton(self.tr("PDF opnieuw maken…"))
        self.pdf_button.clicked.connect(lambda: self.remake_pdf())  # not clicked(bool) as the path
        for b in (self.new_button, self.resume_button, self.pdf_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.model = TableModel([
            Column("period", "Periode", "Period", lambda s: s.period),
            Column("status", "Status", "Status", lambda s: s.status,
                   text=lambda s: ("definitief" if s.status == "final" else "concept") if self.ctx.lang == "nl"
                   else ("final" if s.status == "final" else "draft")),
            Column("created_at", "Gemaakt op", "Made on", lambda s: s.created_at),
        ], ctx.lang)
        self.table = QTableView()
        self.table.setModel(self.model)
        read_only_rows(self.table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("Nog geen jaarverslagen. Klik op ‘Nieuw jaarverslag…’."))
        self.empty.setStyleSheet("color: #666; padding: 12px;")
        layout.addWidget(self.empty)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        ctx.data_changed.connect(lambda kind: self.refresh() if kind == "report" else None)

    def refresh(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            self.clear()
            return
        network_id = self.ctx.network_id
        rows = ops.read(self.ctx, lambda s: snap.snapshot_rows(s, network_id))
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)

    def clear(self) -> None:
        self.model.set_rows([])
        if self.wizard is not None:
            self.wizard.reject()
            self.wizard = None

    def open_record(self, record_id: str) -> None:
        del record_id

    def _selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def new_report(self, state: dict[str, Any] | None = None) -> ReportWizard | None:
        if self.ctx.vault is None or not self.ctx.network_id:
            return None
        self.wizard = ReportWizard(self.ctx, state or graph.new_state(self.ctx.network_id, "", self.ctx.lang), self)
        self.wizard.open()
        return self.wizard

    def resume(self) -> None:
        chosen = self._selected()
        if chosen is None or chosen.status != "draft":
            self.message.setText(self.tr("Kies eerst een concept in de lijst."))
            return
        state = dict(chosen.payload)
        state.pop("data", None)
        state["draft_id"] = chosen.id  # saving again updates this draft
        self.new_report(state)

    def remake_pdf(self, path: str | None = None) -> None:
        chosen = self._selected()
        if chosen is None or chosen.status != "final":
            self.message.setText(self.tr("Kies eerst een definitief verslag in de lijst."))
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Jaarverslag bewaren"),
                                                  str(Path.home() / f"jaarverslag-{chosen.period}.pdf"), "PDF (*.pdf)")
        if not path:
            return
        payload = dict(chosen.payload)
        payload.setdefault("status", chosen.status)  # frozen before payloads carried their status
        target = Path(path)

        def work() -> Path:
            from app.reports.pdf import write_report

            write_report(payload, target)
            return target

        self.message.setText(self.tr("PDF wordt gemaakt…"))
        run_in_thread(work, lambda p: self.message.setText(self.tr("Bewaard: {0}").format(p)),
                      lambda e: self.message.setText(self.tr("De PDF kon niet gemaakt worden: {0}").format(e)))


