"""The insight view: the retention funnel of the trajectories started in a period against the
seed-001 indication (an indication, not a norm), the barriers met, the support given, the offers
where most children enrolled, and who referred them."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.domain.vocabulary import Barrier, MilestoneKind, SupportKind, label
from app.formatting import fmt_eur, fmt_number
from app.periods import Period
from app.services import trajectory_views as views
from ui import ops
from ui.context import AppContext
from ui.tabs.trajectories.action_plan import ActionPlan
from ui.widgets.bars import BarChart


def _name(enum: type[Barrier] | type[SupportKind], value: str, lang: str) -> str:
    return label(enum(value), lang) if value in enum._value2member_map_ else value


class InsightPanel(QScrollArea):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWidgetResizable(True)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.period = QComboBox()
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        layout.addWidget(self.period)
        layout.addWidget(QLabel(self.tr("<b>Retentiefunnel</b> (trajecten gestart in deze periode)")))
        self.funnel = BarChart("#1e88e5")
        layout.addWidget(self.funnel)
        self.benchmark = QLabel()
        self.benchmark.setWordWrap(True)
        self.benchmark.setStyleSheet("color: #8a5300;")
        layout.addWidget(self.benchmark)
        layout.addWidget(QLabel(self.tr("<b>Drempels</b>")))
        self.barrier_chart = BarChart("#8e24aa", 430)
        layout.addWidget(self.barrier_chart)
        self.support_label = QLabel()
        self.offers_label = QLabel()
        self.referrals_label = QLabel()
        for w in (self.support_label, self.offers_label, self.referrals_label):
            w.setWordWrap(True)
            layout.addWidget(w)
        self.action_plan = ActionPlan(ctx)
        layout.addWidget(self.action_plan)
        layout.addStretch(1)
        self.setWidget(inner)

    def set_periods(self, periods: list[Period]) -> None:
        """The periods to choose from, newest first; the one chosen stays chosen."""
        chosen = self.period.currentText()
        self.period.blockSignals(True)
        self.period.clear()
        for p in periods:
            self.period.addItem(p.label, p)
        found = self.period.findText(chosen)
        self.period.setCurrentIndex(max(found, 0))
        self.period.blockSignals(False)

    def refresh(self) -> None:
        period, network_id = self.period.currentData(), self.ctx.network_id
        if self.ctx.vault is None or network_id is None or not isinstance(period, Period):
            return
        found = ops.read(self.ctx, lambda s: views.insight(s, network_id, period))
        lang = self.ctx.lang
        started_b, low, high = found.benchmark
        names = [(self.tr("Gestart"), "started")] + [(label(MilestoneKind(k), lang), k) for k in views.FUNNEL_STEPS[1:]]
        self.funnel.set_items([(n, found.funnel[k], str(found.funnel[k])) for n, k in names],
                              marker=(started_b, self.tr("indicatie: ± {0} gestart per jaar").format(round(started_b))))
        self.benchmark.setText(self.tr(
            "Indicatie uit de praktijk (geen norm): een ervaren voltijdse verbindingsambassadeur met een uitgebouwd "
            "netwerk start ongeveer 80 trajecten per jaar en leidt er 60 à 70 succesvol toe. Voor {0} VTE: ± {1} "
            "gestart, {2}–{3} geslaagd. Dit netwerk: {4} gestart, {5} geslaagd.").format(
            fmt_number(found.fte, 1), round(started_b), round(low), round(high), found.funnel["started"],
            found.successful))
        self.barrier_chart.set_items([(_name(Barrier, b, lang), n, str(n)) for b, n in found.barriers])
        none = self.tr("geen")
        self.support_label.setText("<b>" + self.tr("Ondersteuning") + "</b><br>" + ("<br>".join(
            f"{_name(SupportKind, k, lang)}: {n}×" + (f" · {fmt_eur(total)}" if total else "")
            for k, n, total in found.support) or none))
        self.offers_label.setText("<b>" + self.tr("Aanbod met de meeste inschrijvingen") + "</b><br>" + (
            "<br>".join(f"{n}: {c}" for n, c in found.offers) or none))
        self.referrals_label.setText("<b>" + self.tr("Doorverwijzers") + "</b><br>" + (
            "<br>".join(f"{n}: {c}" for n, c in found.referrals) or none))
        self.action_plan.show_for(period)

    def clear(self) -> None:
        self.period.blockSignals(True)
        self.period.clear()
        self.period.blockSignals(False)
        self.funnel.set_items([])
        self.barrier_chart.set_items([])
        for w in (self.benchmark, self.support_label, self.offers_label, self.referrals_label):
            w.clear()
        self.action_plan.clear()
