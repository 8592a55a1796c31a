"""The network-health panel: size against the cap, the yearly moments, terms ending, nominations
waiting (the 30-day rule is `ambassador.nomination_overdue`), diversity as aggregates only, and the
group phases (Tuckman) with the project lead's interventions. The data is one read model,
`ambassador_views.network_health`; a group-phase note typed but not added yet is kept as a draft in
the vault when the user is taken away, and comes back here."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.vocabulary import GroupPhase, MotivationProfile, label
from app.formatting import fmt_date
from app.services import ambassador as service
from app.services import ambassador_advice as advice
from app.services import ambassador_views as views
from app.services import drafts
from ui import ops
from ui.context import AppContext
from ui.widgets.common import enum_combo, set_combo
from ui.widgets.record import ERROR_STYLE

DRAFT_AREA = "group_phase"  # the note being typed, per network


class HealthPanel(QScrollArea):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._kept: tuple[str, str] | None = None  # the phase note kept as a draft, if any
        self.setWidgetResizable(True)
        body = QWidget()
        hl = QVBoxLayout(body)
        self.size_label = QLabel()
        self.moments_label = QLabel()
        self.terms_label = QLabel()
        self.nominations_label = QLabel()
        self.diversity_label = QLabel()
        self.profiles_label = QLabel()
        for lbl in self._labels():
            lbl.setWordWrap(True)
            lbl.setTextFormat(Qt.TextFormat.RichText)
            hl.addWidget(lbl)
        phase_box = QGroupBox(self.tr("Groepsfasen (Tuckman)"))
        pbl = QVBoxLayout(phase_box)
        self.phase_advice = QLabel()
        self.phase_advice.setWordWrap(True)
        self.phase_advice.setTextFormat(Qt.TextFormat.RichText)
        pbl.addWidget(self.phase_advice)
        self.phases = QListWidget()
        pbl.addWidget(self.phases)
        prow = QHBoxLayout()
        self.phase = enum_combo(GroupPhase, ctx.lang)
        self.intervention = QLineEdit()
        self.intervention.setPlaceholderText(self.tr("interventie of vaststelling"))
        add_phase = QPushButton(self.tr("Toevoegen"))
        add_phase.clicked.connect(self.add_phase)
        del_phase = QPushButton(self.tr("Verwijderen"))
        del_phase.clicked.connect(self.delete_phase)
        for w in (self.phase, self.intervention, add_phase, del_phase):
            prow.addWidget(w, 1 if w is self.intervention else 0)
        pbl.addLayout(prow)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        pbl.addWidget(self.error)
        hl.addWidget(phase_box, 1)
        self.setWidget(body)

    def _labels(self) -> tuple[QLabel, ...]:
        return (self.size_label, self.moments_label, self.terms_label, self.nominations_label, self.profiles_label,
                self.diversity_label)

    # -- showing ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            self.clear()
            return
        network_id, today, mode = self.ctx.network_id, self.ctx.today(), self.ctx.settings.year_mode
        health, draft = ops.read(self.ctx, lambda s: (views.network_health(s, network_id, today, mode),
                                                      drafts.get(s, DRAFT_AREA, network_id, None)))
        self.show_health(health)
        if draft is not None and not self.intervention.text():
            set_combo(self.phase, draft.state.get("phase"))
            self.intervention.setText(str(draft.state.get("intervention", "")))
            self._kept = self._state()

    def _moment_lines(self, m: service.YearlyMoments) -> list[str]:
        lang = self.ctx.lang
        if not m.appointed:
            lines = [self.tr("Aanstellingsmoment: nog niet (niemand aangesteld)")]
        elif m.appointment_moment and m.main_day is not None:
            lines = [self.tr("Aanstellingsmoment: ja, {0} van de {1} aanstellingen op {2}").format(
                m.main_count, m.appointed, fmt_date(m.main_day)) if m.appointed > 1 else
                self.tr("Aanstellingsmoment: ja, 1 aanstelling op {0}").format(fmt_date(m.main_day))]
        else:
            lines = [self.tr("Aanstellingsmoment: nee, {0} aanstellingen op {1} verschillende dagen; stel nieuwe "
                             "ambassadeurs bij voorkeur samen aan, op één moment in het jaar").format(
                m.appointed, m.appointment_days)]
        lines.append(self.tr("Bedankmoment: ja") if m.thank_you else self.tr("Bedankmoment: nog niet"))
        if m.not_thanked:
            lines.append(self.tr("Nog niet bedankt: {0}").format(service.names_line(m.not_thanked, lang, 6)))
        if m.honorary_not_invited:
            lines.append(self.tr("Ereleden nog niet uitgenodigd: {0}").format(
                service.names_line(m.honorary_not_invited, lang, 6)))
        return lines

    def show_health(self, h: views.NetworkHealth) -> None:
        lang = self.ctx.lang
        colour = "#b3261e" if h.size.over else "#2e7d32"
        none = self.tr("geen")
        t_size, t_moments = self.tr("Netwerkgrootte"), self.tr("Jaarlijkse momenten")
        t_terms, t_waiting = self.tr("Mandaten die binnen 6 maanden aflopen"), self.tr("Voordrachten die wachten")
        t_div = self.tr("Diversiteit")
        self.size_label.setText(f"<b>{t_size}</b><br><span style='color:{colour}'>"
                                f"{h.size.en if lang == 'en' else h.size.nl}</span>")
        self.moments_label.setText(f"<b>{t_moments} {h.period_label}</b><br>" + "<br>".join(
            escape(line) for line in self._moment_lines(h.moments)))
        self.terms_label.setText(f"<b>{t_terms}</b><br>"
                                 + ("<br>".join(f"{t.name}: {fmt_date(t.term_end)}" for t in h.terms_ending) or none))
        self.nominations_label.setText(f"<b>{t_waiting}</b><br>"
                                       + ("<br>".join(self._waiting_line(w) for w in h.waiting) or none))
        hidden = self.tr("andere/verborgen")
        parts = []
        for key, title_text in (("sector", self.tr("Sector")), ("company_size", self.tr("Grootte bedrijf")),
                                ("theme_phase", self.tr("Fase in het thema")), ("age_band", self.tr("Leeftijd")),
                                ("gender", self.tr("Gender")), ("background", self.tr("Achtergrond"))):
            values = ", ".join(f"{hidden if k == service.HIDDEN_GROUP else k}: {v}"
                               for k, v in h.diversity.get(key, {}).items()) or self.tr("geen gegevens")
            parts.append(f"{title_text}: {values}")
        self.diversity_label.setText(
            f"<b>{t_div}</b> "
            + self.tr("(enkel wie toestemming gaf; groepen kleiner dan 3 samengevoegd tot ‘andere/verborgen’)")
            + "<br>" + "<br>".join(parts))
        self.profiles_label.setText(self._profiles_text(h))
        self.phase_advice.setText(self._phase_text(h))
        self.phases.clear()
        for p in h.phases:
            phase = label(GroupPhase(p.phase), lang) if p.phase in GroupPhase._value2member_map_ else p.phase
            item = QListWidgetItem(f"{fmt_date(p.noted_on)}  {phase} — {p.intervention}")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.phases.addItem(item)
        if not h.phases:
            self.phases.addItem(self.tr("Nog geen groepsfase genoteerd. Noteer waar de groep staat en wat je doet."))

    def _profiles_text(self, h: views.NetworkHealth) -> str:
        """The motivation-profile mix (seed 002), and who has not had a podium that fits their profile."""
        if h.mix is None or not h.mix.total:
            return ""
        lang = self.ctx.lang
        counts = ", ".join(f"{label(MotivationProfile(p), lang).split(' (')[0]}: {n}" for p, n in h.mix.counts.items())
        heading = self.tr("Motivatieprofielen")
        lines = [f"<b>{escape(heading)}</b>", escape(counts + (
            ", " + self.tr("onbekend: {0}").format(h.mix.unknown) if h.mix.unknown else ""))]
        if h.mix.missing:
            names = ", ".join(label(MotivationProfile(p), lang).split(" (")[0].lower() for p in h.mix.missing)
            lines.append(escape(self.tr("Niemand met het profiel {0}.").format(names)))
        if h.mix.missing or h.mix.unknown:
            lines.append(f"<span style='color:#5f6b76'>{escape(advice.MIX_ADVICE[1 if lang == 'en' else 0])}</span>")
        unfit = [f for f in h.podium_fit or [] if f.flagged]
        if unfit:
            lines.append(escape(self.tr("Nog geen podium dat bij het profiel past, dit werkjaar:")))
            for f in unfit:
                profile = label(MotivationProfile(f.profile), lang).split(" (")[0].lower()
                lines.append(escape(self.tr("• {0} ({1}): nog geen {2}").format(
                    f.name, profile, advice.fitting_kinds(f.profile, lang))))
        return "<br>".join(lines)

    def _phase_text(self, h: views.NetworkHealth) -> str:
        view = h.phase
        if view is None or view.phase is None:
            return ""
        lang = self.ctx.lang
        name = label(GroupPhase(view.phase), lang) if view.phase in GroupPhase._value2member_map_ else view.phase
        now = self.tr("Nu: {0} (sinds {1})").format(name, fmt_date(view.noted_on))
        text = f"<b>{escape(now)}</b><br>"
        text += escape(view.advice_en if lang == "en" else view.advice_nl)
        if view.newcomers:
            text += "<br>" + escape(self.tr("Nieuw in de groep, en dus nog in een andere fase: {0}. Geef hen "
                                            "eerst duidelijkheid over doel en aanpak.").format(
                service.names_line(view.newcomers, lang, 6)))
        return text

    def _waiting_line(self, w: views.WaitingNomination) -> str:
        text = f"{w.name} ({fmt_date(w.nominated_on)})"
        if w.overdue:
            late = self.tr("wacht langer dan {0} dagen").format(service.NOMINATION_WAIT_DAYS)
            return f"<span style='color:#b26a00'>{text} — {late}</span>"
        return text

    def clear(self) -> None:
        """The vault is locked: nothing of the network stays on screen."""
        for lbl in self._labels():
            lbl.clear()
        self.phases.clear()
        self.intervention.clear()
        self.error.clear()
        self._kept = None

    # -- group phases ----------------------------------------------------------------------------------
    def _state(self) -> tuple[str, str]:
        return str(self.phase.currentData()), self.intervention.text()

    def add_phase(self) -> None:
        network_id = self.ctx.network_id
        if self.ctx.vault is None or not network_id:
            return
        phase, text, today = self.phase.currentData(), self.intervention.text(), self.ctx.today()

        def work(s: ops.Session) -> None:
            service.add_group_phase(s, network_id, phase, today, text)
            drafts.discard(s, DRAFT_AREA, network_id, None)

        self.error.clear()
        if ops.write(self.ctx, work, changed="ambassador", errors=self.error).ok:
            self.intervention.clear()
            self._kept = None
            self.refresh()

    def delete_phase(self) -> None:
        item = self.phases.currentItem()
        entry_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not entry_id or self.ctx.vault is None:
            return
        self.error.clear()
        if ops.write(self.ctx, lambda s: service.delete_group_phase(s, entry_id), changed="ambassador",
                     errors=self.error).ok:
            self.refresh()

    def keep_work(self) -> str | None:
        """A note typed but not added yet is kept as a draft in the vault (it comes back here after
        unlocking); a note cleared again drops that draft. Adding stays the user's decision."""
        network_id = self.ctx.network_id
        if self.ctx.vault is None or not network_id:
            return None
        state = self._state()
        if not state[1].strip():
            if self._kept is not None:
                ops.write(self.ctx, lambda s: drafts.discard(s, DRAFT_AREA, network_id, None))
                self._kept = None
            return None
        if state == self._kept:
            return None
        ops.write(self.ctx, lambda s: drafts.save(s, DRAFT_AREA, network_id, None,
                                                  {"phase": state[0], "intervention": state[1]},
                                                  self.tr("groepsfase")))
        self._kept = state
        return self.tr("De groepsfase-notitie ‘{0}’ is nog niet toegevoegd; ze staat als concept in de kluis."
                       ).format(state[1].strip())
