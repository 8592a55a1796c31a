"""The annual report wizard: the six pages of ui/tabs/report/pages.py in order, a step counter,
drafts, and freezing only after a confirmation that lists what is still missing."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
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


class ReportWizard(QWizard):
    """Finishing freezes the report (figures, narrative, options) as a final snapshot."""

    finished_snapshot = Signal(str)

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
        self.customButtonClicked.connect(lambda _which: self.save_draft())
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Volgende >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Vorige"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Afronden en bevriezen"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuleren"))
        # freezing sits at the far left: where Volgende was, the last step shows Vorige, so one
        # click too many never freezes a final report
        b = QWizard.WizardButton
        self.setButtonLayout([b.CancelButton, b.FinishButton, b.Stretch, b.CustomButton1, b.BackButton, b.NextButton])
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
