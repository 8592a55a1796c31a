"""The short motivation questionnaire (seed 002): agreement 0–4 per statement gives a profile."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSlider, QWidget

from app.domain.vocabulary import MotivationProfile
from app.services import ambassador as service

START = 2  # every slider starts in the middle


class QuestionnaireDialog(QDialog):
    """Agreement 0–4 per statement. `keep` takes the profile the answers give when the user is
    taken away from the dialog (Ctrl+L, the idle lock, quitting): the answers are not lost, the
    form gets the profile and keeps its work as it always does."""

    def __init__(self, lang: str, parent: QWidget | None = None,
                 keep: Callable[[MotivationProfile], str | None] | None = None) -> None:
        super().__init__(parent)
        self.keep = keep
        self.setWindowTitle(self.tr("Motivatieprofiel: vragenlijst"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Hoe sterk herken je jezelf in elke uitspraak? (0 = helemaal niet, 4 = helemaal)")))
        self.sliders: list[QSlider] = []
        for nl, en, _profile in service.MOTIVATION_QUESTIONS:
            s = QSlider(Qt.Orientation.Horizontal)
            s.setRange(0, 4)
            s.setValue(START)
            s.setTickPosition(QSlider.TickPosition.TicksBelow)
            self.sliders.append(s)
            text = QLabel(en if lang == "en" else nl)
            text.setWordWrap(True)
            form.addRow(text, s)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def answered(self) -> bool:
        return any(s.value() != START for s in self.sliders)

    def result_profile(self) -> MotivationProfile:
        return service.score_motivation({i: s.value() for i, s in enumerate(self.sliders)})

    def keep_work(self) -> str | None:
        """Called by the main window before the view goes away: answers given become the profile."""
        if self.keep is None or not self.answered():
            return None
        keep, self.keep = self.keep, None  # once: the lock rejects the dialog right after
        return keep(self.result_profile())
