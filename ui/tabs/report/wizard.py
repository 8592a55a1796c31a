"""The annual report wizard: the six pages of ui/tabs/report/pages.py in order, a step counter,
drafts, and freezing only after a confirmation that lists what is still missing."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMessageBox,
    QWidget,
    QWizard,
)

from app.reports import snapshot as snap
from app.reports import wizard as graph
from ui import ops
from ui.context import AppContext
from ui.tabs.report.pages import (
    CriteriaPage,
    FiguresPage,
    NarrativePage,
    OptionsPage,
    PeriodPage,
    PreviewPage,
    _Page,
)
from ui.workers import run_in_thread


class ReportWizard(QWizard):
    """Finishing freezes the report (figures, narrative, options) as a final snapshot."""

    finished_snapshot = Signal(str)
    file_exported = Signal(str)  # a draft PDF or workbook was written (its path)
    export_failed = Signal(str)  # the message shown

    def __init__(self, ctx: AppContext, state: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state = state
        self.exported: Path | None = None
        self.setWindowTitle(self.tr("Jaarverslag"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.resize(960, 720)
        self.pages_by_key: dict[str, _Page] = {}
        for cls in (PeriodPage, FiguresPage, CriteriaPage, NarrativePage, OptionsPage, PreviewPage):
            page = cls(self)
            self.pages_by_key[cls.key] = page
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Bewaren als concept"))
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        # at every step: a draft PDF (nothing frozen) and the figures as a workbook
        self.setButtonText(QWizard.WizardButton.CustomButton2, self.tr("Concept-PDF…"))
        self.setOption(QWizard.WizardOption.HaveCustomButton2, True)
        self.setButtonText(QWizard.WizardButton.CustomButton3, self.tr("Cijfers als Excel…"))
        self.setOption(QWizard.WizardOption.HaveCustomButton3, True)
        self.button(QWizard.WizardButton.CustomButton2).setToolTip(
            self.tr("Het verslag zoals het nu is als PDF, zonder te bevriezen (Ctrl+Shift+E)"))
        self.button(QWizard.WizardButton.CustomButton3).setToolTip(
            self.tr("De tabellen van het verslag als Excel-werkmap, met de cijfers zoals in de PDF"))
        self.customButtonClicked.connect(self._custom_button)
        self.draft_shortcut = QShortcut(QKeySequence("Ctrl+Shift+E"), self)
        self.draft_shortcut.activated.connect(lambda: self.export_draft())
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Volgende >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Vorige"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Afronden en bevriezen"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuleren"))
        # freezing sits at the far left: where Volgende was, the last step shows Vorige, so one
        # click too many never freezes a final report
        b = QWizard.WizardButton
        self.setButtonLayout([b.CancelButton, b.FinishButton, b.Stretch, b.CustomButton3, b.CustomButton2,
                              b.CustomButton1, b.BackButton, b.NextButton])
        self.draft_id: str | None = state.pop("draft_id", None)  # resuming a draft updates it
        self.currentIdChanged.connect(lambda _id: self._show_step())
        self._show_step()

    def _show_step(self) -> None:
        """The step counter in the title: the last step is where Volgende turns into freezing."""
        ids = self.pageIds()
        page = self.currentPage()
        if page is None or self.currentId() not in ids:
            return
        self.setWindowTitle(self.tr("Jaarverslag — stap {0} van {1}: {2}").format(
            ids.index(self.currentId()) + 1, len(ids), page.title()))

    def confirm_freeze(self) -> bool:
        """Freezing is final: say what will be frozen and what is still missing, Cancel by default
        (a double click on Volgende must never freeze a report)."""
        period_end: date | None = None
        try:
            network_id, period = self.state["network_id"], self.state["period"]
            period_end = ops.read(self.ctx, lambda s: snap.period_for(s, network_id, period).end)
        except Exception:  # an unknown period was refused by can_finish already
            period_end = None
        warnings = graph.freeze_warnings(self.state, period_end, self.ctx.today(), self.ctx.lang)
        text = self.tr("Het jaarverslag {0} afronden en bevriezen? Cijfers, tekst en opties liggen daarna vast; "
                       "volgend jaar vergelijkt het verslag met deze cijfers.").format(self.state.get("period", ""))
        if warnings:
            text += "\n\n" + self.tr("Nog na te kijken:") + "\n" + "\n".join(f"• {w}" for w in warnings)
        answer = QMessageBox.question(self, self.tr("Afronden en bevriezen"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.save_draft()
        elif which == QWizard.WizardButton.CustomButton2.value:
            self.export_draft()
        elif which == QWizard.WizardButton.CustomButton3.value:
            self.export_workbook()

    def _error_label(self) -> QLabel:
        page = self.currentPage()
        return page.error if isinstance(page, _Page) else self.pages_by_key["preview"].error

    def export_draft(self, path: str | None = None) -> None:
        """The report as it stands as a PDF, at any step, without freezing anything."""
        self._export("pdf", path)

    def export_workbook(self, path: str | None = None) -> None:
        """The report's tables as an .xlsx workbook, figures as the PDF prints them."""
        self._export("xlsx", path)

    def _export(self, kind: str, path: str | None) -> None:
        self._store_current()
        errors = self._error_label()
        problems = graph.validate("period", self.state)
        if problems:
            errors.setText("\n".join(problems))
            return
        period = str(self.state["period"])
        if path is None:
            if kind == "pdf":
                default = Path.home() / f"jaarverslag-{period}-concept.pdf"
                path, _ = QFileDialog.getSaveFileName(self, self.tr("Concept-PDF bewaren"), str(default), "PDF (*.pdf)")
            else:
                default = Path.home() / f"jaarverslag-{period}-cijfers.xlsx"
                path, _ = QFileDialog.getSaveFileName(self, self.tr("Cijfers als Excel bewaren"), str(default),
                                                      "Excel (*.xlsx)")
        if not path:
            return
        target = Path(path)
        if kind == "xlsx" and target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        network_id = self.state["network_id"]
        try:  # the figures as they are now, for the period chosen (the figures step may not be reached yet)
            data = ops.read(self.ctx, lambda s: snap.compute(s, network_id, period))
        except Exception as exc:  # a locked vault, a database error: said, never raised into Qt
            errors.setText(self.tr("De cijfers konden niet gelezen worden: {0}").format(exc))
            return
        payload = {**copy.deepcopy({k: v for k, v in self.state.items() if k != "data"}), "data": data,
                   "status": "draft"}
        errors.setText("")
        self.ctx.status_message.emit(self.tr("Bestand wordt gemaakt…"))

        def work() -> Path:
            from app.outputs import guard_output

            guard_output(target, kind, force=True)  # never a vault's own file, never a folder
            if kind == "pdf":
                from app.reports.pdf import write_report

                write_report(payload, target)
            else:
                from app.reports.workbook import write_workbook

                write_workbook(payload, target)
            return target

        def done(p: Path) -> None:
            self.exported = p
            self.ctx.status_message.emit(self.tr("Bewaard: {0}").format(p))
            self.file_exported.emit(str(p))

        def failed(exc: BaseException) -> None:
            text = (self.tr("De concept-PDF kon niet gemaakt worden: {0}") if kind == "pdf"
                    else self.tr("De Excel-werkmap kon niet gemaakt worden: {0}")).format(exc)
            errors.setText(text)
            self.export_failed.emit(text)

        run_in_thread(work, done, failed, context=self)

    def _store_current(self) -> None:
        page = self.currentPage()
        if isinstance(page, _Page):
            page.store()

    def save_draft(self, message: str | None = None) -> str:
        self._store_current()
        network_id, state, draft_id = self.state["network_id"], dict(self.state), self.draft_id
        outcome = ops.write(self.ctx, lambda s: snap.save_draft(s, network_id, state, draft_id).id, changed="report",
                            message=message or self.tr("Concept bewaard."),
                            errors=self.pages_by_key["preview"].error)
        if outcome.value:
            self.draft_id = outcome.value
        return outcome.value or ""

    def keep_work(self) -> str | None:
        """Locking or quitting with the wizard open: the report so far is kept as a draft
        (resume it from the Jaarverslag tab)."""
        if self.ctx.vault is None:
            return None
        message = self.tr("Het jaarverslag in wording is als concept bewaard; je vindt het terug in het tabblad "
                          "Jaarverslag.")
        return message if self.save_draft(message) else None

    def accept(self) -> None:
        self._store_current()
        problems = graph.can_finish(self.state)
        if problems:
            self.pages_by_key["preview"].error.setText("\n".join(problems))
            return
        if not self.confirm_freeze():
            return
        network_id, state = self.state["network_id"], {k: v for k, v in self.state.items() if k != "data"}
        outcome = ops.write(self.ctx, lambda s: snap.freeze(s, network_id, state).id, changed="report",
                            errors=self.pages_by_key["preview"].error)
        if not outcome.ok or outcome.value is None:
            return
        self.finished_snapshot.emit(outcome.value)
        super().accept()
