"""The selected ambassador's form: the person, the motivation profile with the seed-002 advice, the
forms of engagement, the consent-gated diversity details, the dated status history and what they
took part in (read from the activities). Every input widget is an attribute (the engagement boxes
as `engagement_<type>`, the diversity fields under their service names), so the form's state can
be kept as a draft."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.vocabulary import (
    ActivityKind,
    AmbassadorContactKind,
    AmbassadorStatus,
    EngagementType,
    MotivationProfile,
    label,
)
from app.formatting import fmt_date
from app.services import ambassador as service
from app.services.ambassador_views import AmbassadorDetail
from ui.widgets.common import DateEdit, FlowLayout, enum_combo, set_combo, wrapped
from ui.widgets.record import FieldError

TEXT_FIELDS = ("name", "email", "phone", "organisation", "role", "area", "nominated_by", "likes", "strengths")


def _label(enum: Any, value: str, lang: str) -> str:
    return label(enum(value), lang) if value in enum._value2member_map_ else value


class AmbassadorForm(QWidget):
    def __init__(self, lang: str = "nl") -> None:
        super().__init__()
        self.lang = lang
        layout = QVBoxLayout(self)
        self.steps = QHBoxLayout()  # the tab puts the status buttons here
        layout.addLayout(self.steps)
        self.history = QListWidget()
        self.history.setMaximumHeight(90)
        layout.addWidget(self.history)

        box = QGroupBox(self.tr("Persoon"))
        form = QFormLayout(box)
        self.name = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.organisation = QLineEdit()
        self.role = QLineEdit()
        self.area = QLineEdit()
        self.nominated_by = QLineEdit()
        self.charter = DateEdit()
        self.recruiting_call = QComboBox()  # the call that brought the nomination (local, entrepreneur networks)
        self.recruiting_call.addItem(self.tr("— geen oproep —"), None)
        for text, w in ((self.tr("Naam"), self.name), (self.tr("E-mail"), self.email),
                        (self.tr("Telefoon"), self.phone), (self.tr("Organisatie"), self.organisation),
                        (self.tr("Rol"), self.role), (self.tr("Dorp of wijk"), self.area),
                        (self.tr("Voorgedragen door"), self.nominated_by),
                        (self.tr("Via wervingsoproep"), self.recruiting_call),
                        (self.tr("Charter getekend op"), self.charter)):
            form.addRow(text, w)
        self._person_rows = form
        layout.addWidget(box)

        mot = QGroupBox(self.tr("Motivatieprofiel"))
        ml = QVBoxLayout(mot)
        mrow = QHBoxLayout()
        self.profile = enum_combo(MotivationProfile, lang, self.tr("— nog niet gekozen —"))
        self.profile.currentIndexChanged.connect(lambda _i: self._show_advice())
        self.quiz = QPushButton(self.tr("Vragenlijst…"))
        mrow.addWidget(self.profile, 1)
        mrow.addWidget(self.quiz)
        ml.addLayout(mrow)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setStyleSheet("background: #eef3f8; border-radius: 6px; padding: 8px;")
        ml.addWidget(self.advice)
        layout.addWidget(mot)

        eng = QGroupBox(self.tr("Engagement"))
        el = QVBoxLayout(eng)
        grid = FlowLayout()  # two columns where they fit, one on a narrow form
        self.engagement: dict[str, QCheckBox] = {}
        for e in EngagementType:
            cb = QCheckBox(label(e, lang))
            self.engagement[e.value] = cb
            setattr(self, f"engagement_{e.value}", cb)
            grid.addWidget(cb)
        widest = max(cb.sizeHint().width() for cb in self.engagement.values())
        for cb in self.engagement.values():
            cb.setMinimumWidth(widest)
        el.addLayout(grid)
        more = QFormLayout()
        self.likes = QLineEdit()
        self.strengths = QLineEdit()
        self.feedback = QPlainTextEdit()
        self.feedback.setMaximumHeight(60)
        more.addRow(self.tr("Doet graag"), self.likes)
        more.addRow(self.tr("Sterktes"), self.strengths)
        more.addRow(self.tr("Feedback"), self.feedback)
        el.addLayout(more)
        layout.addWidget(eng)

        div = QGroupBox(self.tr("Diversiteit"))
        dl = QFormLayout(div)
        dl.addRow(wrapped(self.tr("Optioneel, enkel met toestemming; alleen als totalen getoond."), "muted"))
        self.consent = QCheckBox(self.tr("Toestemming gegeven"))
        self.consent.toggled.connect(self._consent_changed)
        dl.addRow(self.consent)
        self.diversity: dict[str, QLineEdit] = {}
        for key, text in (("sector", self.tr("Sector")), ("company_size", self.tr("Grootte bedrijf")),
                          ("theme_phase", self.tr("Fase in het thema")), ("age_band", self.tr("Leeftijd")),
                          ("gender", self.tr("Gender")), ("background", self.tr("Achtergrond"))):
            edit = QLineEdit()
            self.diversity[key] = edit
            setattr(self, key, edit)
            dl.addRow(text, edit)
        layout.addWidget(div)

        talks = QGroupBox(self.tr("Gesprekken (Ctrl+K)"))
        tl = QVBoxLayout(talks)
        self.contacts = QListWidget()
        self.contacts.setMaximumHeight(110)
        self.contacts.setWordWrap(True)
        tl.addWidget(self.contacts)
        trow = FlowLayout()  # side by side where they fit, under each other on a narrow form
        self.add_contact = QPushButton(self.tr("Gesprek toevoegen…"))
        self.delete_contact = QPushButton(self.tr("Gesprek verwijderen"))
        trow.addWidget(self.add_contact)
        trow.addWidget(self.delete_contact)
        tl.addLayout(trow)
        layout.addWidget(talks)

        part = QGroupBox(self.tr("Vormingen, netwerkmomenten en bedankmomenten"))
        pl = QVBoxLayout(part)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        pl.addWidget(self.summary)
        self.participations = QListWidget()
        self.participations.setMaximumHeight(110)
        pl.addWidget(self.participations)
        layout.addWidget(part)
        layout.addStretch(1)
        self._consent_changed(False)

    # -- loading -----------------------------------------------------------------------------------
    def load(self, d: AmbassadorDetail | None) -> None:
        """Show an ambassador (None: an empty nomination)."""
        self.clear()
        if d is None:
            self.participations.addItem(self.tr("Bewaar de voordracht eerst; daarna zie je hier de activiteiten."))
            self.contacts.addItem(self.tr("Bewaar de voordracht eerst; daarna noteer je hier je gesprekken."))
            self._show_advice()
            return
        f = d.fields
        for key in TEXT_FIELDS:
            getattr(self, key).setText(f.get(key) or "")
        self.charter.set_value(f.get("charter_signed_on"))
        self.feedback.setPlainText(f.get("feedback") or "")
        set_combo(self.profile, f.get("motivation_profile"))
        for value, cb in self.engagement.items():
            cb.setChecked(value in f.get("engagement_types", []))
        self.consent.setChecked(bool(f.get("diversity_consent")))
        for key, edit in self.diversity.items():
            edit.setText(f.get(key) or "")
        self._consent_changed(self.consent.isChecked())
        set_combo(self.recruiting_call, f.get("recruiting_call_id"))
        for step in d.history:
            note = f" — {step.note}" if step.note else ""
            self.history.addItem(f"{fmt_date(step.changed_on)}  {_label(AmbassadorStatus, step.status, self.lang)}"
                                 f"{note}")
        if d.term_end:
            self.history.addItem(self.tr("Mandaat: {0} tot {1}").format(fmt_date(d.term_start), fmt_date(d.term_end)))
        for c in d.contacts:
            kind = _label(AmbassadorContactKind, c.kind, self.lang)
            later = self.tr(" → volgend gesprek {0}").format(fmt_date(c.next_contact_on)) if c.next_contact_on else ""
            item = QListWidgetItem(f"{fmt_date(c.occurred_on)}  {kind}" + (f": {c.note}" if c.note else "") + later)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.contacts.addItem(item)
        if not d.contacts:
            self.contacts.addItem(self.tr("Nog geen gesprekken genoteerd. Een-op-eencontact is volgens de gids de "
                                          "kern van het werk: noteer wat leeft en plan het volgende."))
        s = d.summary
        thanked = self.tr(" (laatst {0})").format(fmt_date(s.last_thanked_on)) if s.last_thanked_on else ""
        self.summary.setText(self.tr("Vormingen: {0} · netwerkmomenten: {1} · bedankt: {2}{3} · podium: {4}")
                             .format(s.trainings, s.meetings, s.thanks, thanked, s.podium))
        for p in d.participations:
            mark = "" if p.attended else self.tr(" (afwezig)")
            self.participations.addItem(f"{fmt_date(p.held_on)}  {_label(ActivityKind, p.kind, self.lang)}: "
                                        f"{p.title}{mark}")
        self._show_advice()

    def clear(self) -> None:
        self.history.clear()
        self.participations.clear()
        self.contacts.clear()
        self.summary.clear()
        for key in TEXT_FIELDS:
            getattr(self, key).clear()
        self.charter.clear()
        self.feedback.clear()
        self.profile.setCurrentIndex(0)
        self.recruiting_call.setCurrentIndex(0)
        for cb in self.engagement.values():
            cb.setChecked(False)
        self.consent.setChecked(False)
        for edit in self.diversity.values():
            edit.clear()

    def values(self) -> dict[str, Any]:
        """The details for `ambassador.update`; FieldError for a date that cannot be read."""
        try:
            charter = self.charter.value()
        except ValueError as exc:
            raise FieldError("charter", self.tr("Charter: {0}").format(exc)) from exc
        values: dict[str, Any] = {key: getattr(self, key).text() for key in TEXT_FIELDS}
        values.update({
            "feedback": self.feedback.toPlainText(), "charter_signed_on": charter,
            "motivation_profile": self.profile.currentData(),
            "engagement_types": [v for v, cb in self.engagement.items() if cb.isChecked()],
            "diversity_consent": self.consent.isChecked(),
        })
        values.update({key: edit.text() for key, edit in self.diversity.items()})
        values["recruiting_call_id"] = self.recruiting_call.currentData()
        return values

    def set_calls(self, options: list[tuple[str, str]], shown: bool) -> None:
        """The network's recruiting calls to choose from (id, text), newest first; the row shows only
        where recruiting calls belong (`recruiting.recruiting_matters`)."""
        self.recruiting_call.blockSignals(True)
        self.recruiting_call.clear()
        self.recruiting_call.addItem(self.tr("— geen oproep —"), None)
        for call_id, text in options:
            self.recruiting_call.addItem(text, call_id)
        self.recruiting_call.blockSignals(False)
        self._person_rows.setRowVisible(self.recruiting_call, shown)

    # -- profile and consent -------------------------------------------------------------------------
    def set_profile(self, profile: MotivationProfile) -> None:
        set_combo(self.profile, profile.value)

    def _show_advice(self) -> None:
        value = self.profile.currentData()
        if not value:
            self.advice.setText(self.tr("Kies een profiel of vul de vragenlijst in om te zien hoe je deze ambassadeur "
                                        "best ondersteunt."))
            return
        role_nl, instr_nl, role_en, instr_en = service.PROFILE_ADVICE[MotivationProfile(value)]
        role, instruments = (role_en, instr_en) if self.lang == "en" else (role_nl, instr_nl)
        role_title, instruments_title = self.tr("Jouw rol als projectleider"), self.tr("Instrumenten")
        self.advice.setText(f"<b>{role_title}:</b> {role}<br><b>{instruments_title}:</b> {instruments}")

    def _consent_changed(self, on: bool) -> None:
        for edit in self.diversity.values():
            edit.setEnabled(on)
            if not on:
                edit.clear()

