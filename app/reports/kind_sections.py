"""The annual report's own tables per kind of network (#17), inserted by app/reports/pdf.py in the
evaluation frame: the introduction from the network profile, the steering group's work, each
kind's throughput / output / outcome evidence (from app/reports/kind_figures.py, in
`data["kind"]` and `data["kind_previous"]`), Borging, the recommendations and a three-year trend.

Every function takes the `Report` (its table(), texts, styles and suppression threshold) and the
story to append to. Counts of children and of ambassadors' personal attributes go through the
small-count suppression of app/reports/disclosure.py; a distribution whose total is printed gets
the secondary suppression too, so no hidden count can be worked out by subtraction."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.domain.vocabulary import (
    ActivityKind,
    AgeBand,
    Barrier,
    Category,
    GroupPhase,
    MotivationProfile,
    NetworkKind,
    SteeringGroupKind,
    Strategy,
    SupportKind,
    TermKind,
    label,
)
from app.formatting import fmt_eur, fmt_number
from app.reports.disclosure import HIDDEN, SMALL, Partition, _exposed, plan
from app.reports.kind_figures import UNKNOWN
from app.services.barriers import barrier_label

if TYPE_CHECKING:
    from app.reports.pdf import Report

KT: dict[str, dict[str, str]] = {
    "nl": {
        # every kind
        "as_of_note": "Standen (organisaties bereikt, ambassadeurs in het netwerk) op {0}, vorig jaar op {1}.",
        "profile": "Het netwerk in het kort", "beliefs": "Overtuigingen en verwachtingen", "needs": "Noden",
        "existing_offer": "Bestaand aanbod", "barriers_seen": "Drempels die we zien",
        "focus": "Focus", "focus_target_group": "Doelgroep", "focus_area": "Gebied", "focus_youth_work": "Vorm van jeugdwerk",
        "strategies": "Gekozen strategieën", "with_partners": " (met {0})", "means": "Middelen", "means_line": "Budget {0}, waarvan personeel {1}; {2} VTE.",
        "term": "Looptijd", "term_fixed": "bepaalde duur van {0} jaar", "term_fixed_open": "bepaalde duur",
        "term_indefinite": "onbepaalde duur", "since": "sinds {0}",
        "steering_caption": "Hoe de stuurgroep werkte", "group": "Groep", "members": "Leden",
        "meetings": "Vergaderingen in de periode", "no_meetings": "Er zijn geen vergaderingen van de stuurgroep "
                                                                 "geregistreerd in deze periode.",
        "sustain_caption": "Wat de werking duurzaam maakt", "training": "Vorming", "intervision": "Intervisie",
        "coaching": "Coaching", "no_support_facts": "In het netwerkprofiel staan nog geen afspraken over vorming, "
                                                      "intervisie of coaching.",
        "recommendations": "Aanbevelingen", "recommendation": "Aanbeveling", "owner": "Wie", "due": "Tegen wanneer",
        "gov_caption": "Dorpsraden en afspraken van de termijn", "gov_meetings": "Vergaderingen opgevolgd onder Dorpsraden",
        "gov_ambassador": "waarvan met de wijkambassadeur aanwezig",
        "gov_manager": "waarvan met de gebiedsmanager aanwezig",
        "gov_minutes": "Verslagen ontvangen (van de verwachte)", "gov_done": "Afspraken nagekomen in de periode",
        "gov_open": "Afspraken nog open op de einddatum", "gov_overdue": "waarvan over tijd",
        "gov_note": "Deze tabel telt de vergaderingen die onder Activiteiten → Dorpsraden opgevolgd worden (de "
                    "tabel erboven: activiteiten met een dorpsraad als deelnemer). Een verslag telt als verwacht "
                    "30 dagen na de vergadering (of zodra het binnen is); open afspraken zoals ze op de einddatum "
                    "stonden.",
        "plan_caption": "Actieplan tegen drempels", "plan_barrier": "Drempel", "plan_action": "Actie",
        "plan_state": "Stand", "plan_done": "gedaan op {0}", "plan_open": "loopt", "plan_overdue": "over tijd",
        "plan_note": "Gedaan op de einddatum: {0} van de {1} acties.",
        "trend": "Drie jaar vergeleken", "trend_note": "Per kolom: ‘bevroren’ = de cijfers van het definitieve verslag "
                                                      "van dat jaar; ‘berekend’ = nu berekend uit de kluis.",
        "frozen": "bevroren", "computed": "berekend",
        "figure": "Cijfer", "count": "Aantal", "share": "Aandeel", "unknown": "niet ingevuld",
        "total": "Totaal", "none": "geen",
        # headline names (trend)
        "h.started": "Trajecten gestart", "h.successful": "Geslaagde toeleidingen", "h.places": "Vrije plaatsen",
        "h.network_size": "Ambassadeurs in het netwerk", "h.reached": "Organisaties bereikt",
        "h.interactions": "Contactmomenten", "h.steering_meetings": "Vergaderingen stuurgroep",
        "h.podium_total": "Podiumactiviteiten", "h.podium_target_met": "Ambassadeurs die de norm haalden",
        "h.appointed": "Aangesteld", "h.left": "Gestopt", "h.signals_raised": "Signalen gemeld",
        "h.signals_handled": "Signalen beantwoord of afgesloten", "h.answered_in_time": "Tijdig beantwoord",
        "h.overdue_at_end": "Over tijd op het einde van de periode", "h.new_relations": "Nieuwe relaties",
        "h.relations_expanded": "Relaties uitgebouwd", "h.thank_you": "Bedankmomenten",
        # connection
        "barriers": "Drempels die de trajecten tegenkwamen", "barrier": "Drempel", "trajectories": "Trajecten",
        "answered_by": "Strategieën van het netwerk die erop inspelen", "support_on": "Ondersteuning op die trajecten",
        "barriers_note": "Trajecten die in de periode startten; een traject kan meer drempels hebben. De "
                         "ondersteuning telt hoe vaak elke soort gegeven werd op de trajecten met die drempel.",
        "support": "Ondersteuning gegeven in de periode", "support_kind": "Soort ondersteuning", "times": "Keer",
        "amount": "Bedrag", "referrers": "Doorverwezen door (per soort organisatie)", "referrer": "Soort doorverwijzer",
        "offers": "Aanbod waarnaar toegeleid werd (per soort aanbieder)", "provider": "Soort aanbieder",
        "age_bands": "Leeftijd bij de start", "age_band": "Leeftijd", "years": "{0} jaar",
        "neighbourhoods": "Wijken van de trajecten", "neighbourhood": "Wijk",
        "cohort_note": "Trajecten die in de periode startten.",
        # entrepreneur
        "podium": "Podiumactiviteiten per ambassadeur",
        "podium_note": "Alle {0} ambassadeurs die in de periode aangesteld of actief waren (ook wie intussen "
                       "erelid werd of stopte); de norm is {1} podiumactiviteiten per jaar.",
        "podium_none": "Geen podiumactiviteit", "podium_some": "1 tot {0}", "podium_some1": "1",
        "podium_target": "{0} of meer (norm gehaald)", "podium_total": "Podiumactiviteiten in totaal",
        "podium_kind": "Soort podiumactiviteit", "podium_kinds": "Podiumactiviteiten per soort",
        "ambassadors": "Ambassadeurs",
        "phase": "Groepsfase", "phase_caption": "Groepsfase in de loop van de periode", "noted_on": "Genoteerd op",
        "phase_before": "Bij de start van de periode: {0}.", "no_phase": "Er is geen groepsfase genoteerd in de periode.",
        "thank_you": "Bedankmoment", "thank_you_line": "1 bedankmoment, op {1}; {2} ambassadeurs waren erbij.",
        "thank_you_lines": "{0} bedankmomenten, op {1}; {2} ambassadeurs waren erbij.",
        "no_thank_you": "Er is geen bedankmoment geregistreerd in de periode.",
        "refresh": "Aanstellingen, hernieuwingen en vernieuwing", "appointed": "Nieuw aangesteld",
        "renewed": "Mandaat hernieuwd", "honorary": "Erelid geworden", "left": "Gestopt",
        "motivation": "Motivatieprofielen", "profile_col": "Motivatieprofiel",
        "diversity": "Diversiteit van het netwerk",
        "diversity_note": "Enkel van de {0} ambassadeurs die toestemming gaven, en enkel als aantallen.",
        "d.sector": "Sector", "d.company_size": "Grootte van het bedrijf", "d.theme_phase": "Fase in het thema",
        "d.age_band": "Leeftijd", "d.gender": "Gender", "d.background": "Achtergrond",
        # neighbourhood
        "signals_area": "Signalen per dorp of wijk", "signals_responsible": "Signalen per verantwoordelijke",
        "signals_topic": "Signalen per onderwerp", "area": "Dorp of wijk", "responsible": "Verantwoordelijke",
        "topic": "Onderwerp", "raised": "Gemeld", "answered": "Beantwoord", "in_time": "Op tijd",
        "timely": "Signalen tijdig beantwoord",
        "timely_raised": "Signalen gemeld in de periode", "timely_in_time": "Beantwoord vóór de uiterste datum",
        "timely_share": "Aandeel tijdig beantwoord", "open_end": "Nog open op het einde van de periode",
        "overdue_end": "Waarvan over tijd", "presence": "Aanwezigheid op evenementen en dorpsraden",
        "presence_col": "Soort", "council": "Vergaderingen van een dorpsraad", "event": "Evenementen",
        "other": "Andere activiteiten", "with_ambassador": "Met ambassadeur",
        "presence_note": "Met ambassadeur: activiteiten waarop minstens één ambassadeur aanwezig was; de kolom {0} "
                         "toont dat aantal voor vorig jaar.",
        "attendances": "Aanwezigheden", "activities": "Activiteiten",
        # local
        "relations": "Relaties opgebouwd, onderhouden en uitgebouwd", "built": "Opgebouwd (kennismaking)",
        "maintained": "Onderhouden", "expanded": "Uitgebouwd (betrokken of partner)",
        "relations_note": "Stakeholders die in de periode naar die relatiefase gingen.",
        "declarations": "Charters en engagementsverklaringen",
        "engagement": "Engagementsverklaringen getekend (stakeholders)", "charters": "Charters getekend (ambassadeurs)",
        "moments": "Bedank- en wervingsmomenten", "thank_you_moments": "Bedankmomenten",
        "thank_you_present": "Ambassadeurs aanwezig op een bedankmoment", "info_moments": "Infomomenten",
        "nominated": "Nieuwe kandidaat-ambassadeurs voorgedragen",
        "participation": "Deelname aan activiteiten", "kind": "Soort activiteit",
        "amb_present": "Aanwezige ambassadeurs", "sh_present": "Aanwezige stakeholders",
        "taking_part": "{0} verschillende ambassadeurs namen deel aan minstens één activiteit.",
    },
    "en": {
        "as_of_note": "Standing figures (organisations reached, ambassadors in the network) on {0}, last year on {1}.",
        "profile": "The network in brief", "beliefs": "Beliefs and expectations", "needs": "Needs",
        "existing_offer": "Existing offer", "barriers_seen": "Barriers we see",
        "focus": "Focus", "focus_target_group": "Target group", "focus_area": "Area", "focus_youth_work": "Form of youth work",
        "strategies": "Chosen strategies", "with_partners": " (with {0})", "means": "Resources", "means_line": "Budget {0}, of which staff {1}; {2} FTE.",
        "term": "Term", "term_fixed": "fixed term of {0} years", "term_fixed_open": "fixed term",
        "term_indefinite": "indefinite", "since": "since {0}",
        "steering_caption": "How the steering group worked", "group": "Group", "members": "Members",
        "meetings": "Meetings in the period", "no_meetings": "No steering group meetings were recorded in this period.",
        "sustain_caption": "What makes the work last", "training": "Training", "intervision": "Intervision",
        "coaching": "Coaching", "no_support_facts": "The network profile holds no agreements on training, intervision "
                                                      "or coaching yet.",
        "recommendations": "Recommendations", "recommendation": "Recommendation", "owner": "Who", "due": "By when",
        "gov_caption": "Village councils and the agreements for the term", "gov_meetings": "Meetings followed up under Village councils",
        "gov_ambassador": "of which with the neighbourhood ambassador present",
        "gov_manager": "of which with the area manager present",
        "gov_minutes": "Minutes received (of those expected)", "gov_done": "Agreements kept in the period",
        "gov_open": "Agreements still open on the end date", "gov_overdue": "of which overdue",
        "gov_note": "This table counts the meetings followed up under Activities → Village councils (the table "
                    "above: activities with a village council among the participants). Minutes count as expected "
                    "30 days after the meeting (or as soon as they arrive); open agreements as they stood on the "
                    "end date.",
        "plan_caption": "Action plan against barriers", "plan_barrier": "Barrier", "plan_action": "Action",
        "plan_state": "State", "plan_done": "done on {0}", "plan_open": "in progress", "plan_overdue": "overdue",
        "plan_note": "Done by the end date: {0} of the {1} actions.",
        "trend": "Three years compared", "trend_note": "Per column: ‘frozen’ = the figures of that year's final report; "
                                                      "‘computed’ = computed from the vault now.",
        "frozen": "frozen", "computed": "computed",
        "figure": "Figure", "count": "Number", "share": "Share", "unknown": "not filled in",
        "total": "Total", "none": "none",
        "h.started": "Trajectories started", "h.successful": "Successful guidances", "h.places": "Available places",
        "h.network_size": "Ambassadors in the network", "h.reached": "Organisations reached",
        "h.interactions": "Contact moments", "h.steering_meetings": "Steering group meetings",
        "h.podium_total": "Podium activities", "h.podium_target_met": "Ambassadors who met the norm",
        "h.appointed": "Appointed", "h.left": "Left", "h.signals_raised": "Signals raised",
        "h.signals_handled": "Signals answered or closed", "h.answered_in_time": "Answered in time",
        "h.overdue_at_end": "Overdue at the end of the period", "h.new_relations": "New relations",
        "h.relations_expanded": "Relations expanded", "h.thank_you": "Thank-you moments",
        "barriers": "Barriers the trajectories met", "barrier": "Barrier", "trajectories": "Trajectories",
        "answered_by": "Strategies of the network that address it", "support_on": "Support on those trajectories",
        "barriers_note": "Trajectories started in the period; a trajectory can have several barriers. Support counts "
                         "how often each kind was given on the trajectories with that barrier.",
        "support": "Support given in the period", "support_kind": "Kind of support", "times": "Times",
        "amount": "Amount", "referrers": "Referred by (per kind of organisation)", "referrer": "Kind of referrer",
        "offers": "Offers guided to (per kind of provider)", "provider": "Kind of provider",
        "age_bands": "Age at the start", "age_band": "Age", "years": "{0} years",
        "neighbourhoods": "Neighbourhoods of the trajectories", "neighbourhood": "Neighbourhood",
        "cohort_note": "Trajectories started in the period.",
        "podium": "Podium activities per ambassador",
        "podium_note": "All {0} ambassadors who were appointed or active in the period (also those who have since "
                       "become honorary members or left); the norm is {1} podium activities a year.",
        "podium_none": "No podium activity", "podium_some": "1 to {0}", "podium_some1": "1",
        "podium_target": "{0} or more (norm met)", "podium_total": "Podium activities in total",
        "podium_kind": "Kind of podium activity", "podium_kinds": "Podium activities per kind",
        "ambassadors": "Ambassadors",
        "phase": "Group phase", "phase_caption": "Group phase during the period", "noted_on": "Noted on",
        "phase_before": "At the start of the period: {0}.", "no_phase": "No group phase was noted in the period.",
        "thank_you": "Thank-you moment", "thank_you_line": "1 thank-you moment, on {1}; {2} ambassadors attended.",
        "thank_you_lines": "{0} thank-you moments, on {1}; {2} ambassadors attended.",
        "no_thank_you": "No thank-you moment was recorded in the period.",
        "refresh": "Appointments, renewals and refresh", "appointed": "Newly appointed",
        "renewed": "Term renewed", "honorary": "Became honorary member", "left": "Left",
        "motivation": "Motivation profiles", "profile_col": "Motivation profile",
        "diversity": "Diversity of the network",
        "diversity_note": "Only of the {0} ambassadors who consented, and only as counts.",
        "d.sector": "Sector", "d.company_size": "Company size", "d.theme_phase": "Phase in the theme",
        "d.age_band": "Age", "d.gender": "Gender", "d.background": "Background",
        "signals_area": "Signals per village or area", "signals_responsible": "Signals per responsible person",
        "signals_topic": "Signals per topic", "area": "Village or area", "responsible": "Responsible",
        "topic": "Topic", "raised": "Raised", "answered": "Answered", "in_time": "In time",
        "timely": "Signals answered in time",
        "timely_raised": "Signals raised in the period", "timely_in_time": "Answered before the due date",
        "timely_share": "Share answered in time", "open_end": "Still open at the end of the period",
        "overdue_end": "Of which overdue", "presence": "Presence at events and village councils",
        "presence_col": "Kind", "council": "Village council meetings", "event": "Events",
        "other": "Other activities", "with_ambassador": "With ambassador",
        "presence_note": "With ambassador: activities at which at least one ambassador was present; the column {0} "
                         "shows that number for last year.",
        "attendances": "Attendances", "activities": "Activities",
        "relations": "Relations built, maintained and expanded", "built": "Built (introduction)",
        "maintained": "Maintained", "expanded": "Expanded (involved or partner)",
        "relations_note": "Stakeholders who moved to that stage in the period.",
        "declarations": "Charters and engagement declarations",
        "engagement": "Engagement declarations signed (stakeholders)", "charters": "Charters signed (ambassadors)",
        "moments": "Thank-you and recruiting moments", "thank_you_moments": "Thank-you moments",
        "thank_you_present": "Ambassadors present at a thank-you moment", "info_moments": "Info moments",
        "nominated": "New candidate ambassadors nominated",
        "participation": "Participation in activities", "kind": "Kind of activity",
        "amb_present": "Ambassadors present", "sh_present": "Stakeholders present",
        "taking_part": "{0} different ambassadors took part in at least one activity.",
    },
}

HEADLINE_ORDER = ["started", "successful", "places", "podium_total", "podium_target_met", "appointed", "left",
                  "signals_raised", "signals_handled", "answered_in_time", "overdue_at_end", "new_relations",
                  "relations_expanded", "thank_you", "network_size", "reached", "steering_meetings"]


# -- helpers ------------------------------------------------------------------------------------

def kt(report: Report) -> dict[str, str]:
    return KT.get(report.lang, KT["nl"])


def kind(report: Report) -> str:
    return str(report.data["network"].get("kind") or "")


def own(report: Report, previous: bool = False) -> dict[str, Any]:
    """This (or last) period's figures of the network's kind; empty for an older payload."""
    block = report.data.get("kind_previous" if previous else "kind") or {}
    return dict(block.get(kind(report)) or {})


def has_trajectories(report: Report) -> bool:
    """Trajectory rows, funnel and cohort tables apply: a connection network, or one that has
    trajectories after all."""
    started = (report.cur.get("trajectories") or {}).get("started") or 0
    before = (report.prev.get("trajectories") or {}).get("started") or 0
    return kind(report) == NetworkKind.CONNECTION.value or bool(started or before)


def _h2(report: Report, text: str) -> Paragraph:
    return Paragraph(escape(text), report.s["h2"])


def _small(report: Report, text: str) -> Paragraph:
    return Paragraph(escape(text), report.s["small"])


def _name(enum: Any, value: str, report: Report) -> str:
    if value == UNKNOWN:
        return kt(report)["unknown"]
    return label(enum(value), report.lang) if value in enum._value2member_map_ else value


def distribution(report: Report, counts: dict[str, int], total: int | None = None,
                 public_total: bool = False) -> dict[str, str]:
    """Each count as printed: "< N" below the threshold; with a printed `total` the counts add up
    to, one more is hidden ("x") wherever a suppressed one could be worked out by subtraction.
    `public_total`: the total is printed as it is (a number the report shows elsewhere, such as
    the ambassadors in the network); a group that adds up to it is then never pinned down either."""
    cells = {f"p.{k}": int(v) for k, v in counts.items()}
    parts = tuple(sorted(cells, key=lambda c: (cells[c], c)))  # the smallest printed one goes first
    threshold = report.threshold
    if total is not None and public_total and threshold > 0:
        cells["total"] = int(total)
        status = {k: SMALL for k in parts if 0 < cells[k] < threshold}
        group = Partition("total", parts)
        while _exposed(group, cells, status, threshold):  # ends: every round hides one more
            left = [p for p in parts if p not in status] or [p for p in parts if status[p] == SMALL]
            status[left[0]] = HIDDEN  # a printed one first; with none left, the pinned "< N" itself
    else:
        partitions = []
        if total is not None:
            cells["total"] = int(total)
            partitions.append(Partition("total", parts))
        status = plan(cells, partitions, threshold) if threshold > 0 else {}
    out = {}
    for key, value in cells.items():
        state = status.get(key)
        text = f"< {threshold}" if state == SMALL else "x" if state == HIDDEN else fmt_number(value, 0, report.lang)
        out[key[2:] if key.startswith("p.") else key] = text
    return out


def _hidden_note(report: Report, shown: dict[str, str]) -> list[Flowable]:
    if any(v.startswith("<") or v == "x" for v in shown.values()):
        text = report.t["suppressed"].format(report.threshold)
        if "x" in shown.values():
            text += " " + report.t["hidden"]
        return [_small(report, text)]
    return []


def _block(report: Report, title: str, rows: list[list[Any]], widths: list[float], notes: list[Flowable] | None = None,
           **kw: Any) -> Flowable:
    return KeepTogether([Spacer(1, 6), _h2(report, title), report.table(rows, widths, **kw), *(notes or [])])


def _two(report: Report) -> list[str]:
    return [report.this_header(), report.last_header()]


def _num(report: Report, value: Any) -> str:
    return report.num(value) if value is not None else "–"


# -- every kind ---------------------------------------------------------------------------------

def introduction(report: Report, story: list[Flowable]) -> None:
    """The network profile before the lead's own introduction: beliefs, current situation, focus,
    strategies, means and term."""
    net, k = report.data["network"], kt(report)
    if "beliefs" not in net:  # a report frozen before the profile was carried
        return
    flow: list[Flowable] = [_h2(report, k["profile"])]

    def para(title: str, text: str) -> None:
        if text.strip():
            flow.append(Paragraph(f"<b>{escape(title)}.</b> {escape(' '.join(text.split()))}", report.s["body"]))

    para(k["beliefs"], net.get("beliefs") or "")
    for key in ("needs", "existing_offer", "barriers_seen"):
        para(k[key], net.get(key) or "")
    focus = "; ".join(f"{k[key].lower()}: {' '.join(str(net.get(key)).split()).rstrip('.')}"
                      for key in ("focus_target_group", "focus_area", "focus_youth_work") if (net.get(key) or "").strip())
    para(k["focus"], focus[:1].upper() + focus[1:] + "." if focus else "")
    partners = net.get("strategy_partners") or {}
    strategies = [label(Strategy(s), report.lang) + (k["with_partners"].format(partners[s]) if partners.get(s) else "")
                  for s in net.get("strategies", []) if s in Strategy._value2member_map_]
    para(k["strategies"], "; ".join(strategies) + "." if strategies else "")
    if net.get("budget_eur") is not None or net.get("fte") is not None:
        para(k["means"], k["means_line"].format(fmt_eur(net.get("budget_eur"), report.lang) or "–",
                                                fmt_eur(net.get("staff_budget_eur"), report.lang) or "–", report.num(net.get("fte"), 2)))
    para(k["term"], term_text(report) + ".")
    story += flow


def term_text(report: Report) -> str:
    net, k = report.data["network"], kt(report)
    if net.get("term_kind") == TermKind.FIXED.value:
        text = k["term_fixed"].format(net["term_years"]) if net.get("term_years") else k["term_fixed_open"]
    else:
        text = k["term_indefinite"]
    if net.get("start_date"):
        text += ", " + k["since"].format(report.day(net["start_date"]))
    return text[:1].upper() + text[1:]


def steering(report: Report, story: list[Flowable]) -> None:
    """How the steering (and support) group worked: members and meetings held in the period."""
    block, before = report.data.get("kind") or {}, report.data.get("kind_previous") or {}
    if "steering" not in block:
        return
    k = kt(report)
    now, prev = block["steering"], before.get("steering") or {}
    groups = sorted(set(now.get("members", {})) | set(now.get("meetings", {})) | set(prev.get("meetings", {})))
    if not groups:
        story.append(KeepTogether([Spacer(1, 6), _h2(report, k["steering_caption"]), _small(report, k["no_meetings"])]))
        return
    rows: list[list[Any]] = [[k["group"], k["members"], f"{k['meetings']}: {report.this_header()}", report.last_header()]]
    for g in groups:
        name = _name(SteeringGroupKind, g, report)
        rows.append([name, _num(report, now.get("members", {}).get(g, 0)), _num(report, now.get("meetings", {}).get(g, 0)),
                     _num(report, prev.get("meetings", {}).get(g, 0)) if prev else "–"])
    notes = [] if sum(now.get("meetings", {}).values()) else [_small(report, k["no_meetings"])]
    story.append(_block(report, k["steering_caption"], rows, [5.6 * cm, 2.6 * cm, 5 * cm, 3.4 * cm], notes))


def sustainability(report: Report, story: list[Flowable]) -> None:
    net, k = report.data["network"], kt(report)
    if "beliefs" not in net:
        return
    rows: list[list[Any]] = [[k["term"], term_text(report)]]
    for key in ("training", "intervision", "coaching"):
        text = " ".join(str(net.get("training_plan" if key == "training" else key) or "").split())
        if text:
            rows.append([k[key], Paragraph(escape(text), report.s["cell"])])
    notes = [] if len(rows) > 1 else [_small(report, k["no_support_facts"])]
    story.append(_block(report, k["sustain_caption"], rows, [4.5 * cm, 12.1 * cm], notes, header=False))
    action_plan(report, story)


def action_plan(report: Report, story: list[Flowable]) -> None:
    """Seed 001's structural approach: the main barriers analysed, and an action plan against them
    (what, who, by when), with each action's state on the cut-off day."""
    steps, k = report.data.get("action_plan") or [], kt(report)
    if not steps:
        return
    rows: list[list[Any]] = [[k["plan_barrier"], k["plan_action"], k["owner"], k["due"], k["plan_state"]]]
    for a in steps:
        if a.get("state") == "done":
            state = k["plan_done"].format(report.day(a.get("done_on")))
        else:
            state = k["plan_overdue"] if a.get("state") == "overdue" else k["plan_open"]
        # plain texts: the table widens a column whose longest word would not fit
        rows.append([barrier_label(str(a.get("barrier") or ""), report.lang), str(a.get("action") or ""),
                     str(a.get("owner") or ""), report.day(a.get("due_on")) if a.get("due_on") else "–", state])
    done = sum(1 for a in steps if a.get("state") == "done")
    notes = [_small(report, k["plan_note"].format(done, len(steps)))]
    story.append(_block(report, k["plan_caption"], rows, [3.6 * cm, 5.8 * cm, 2.6 * cm, 2.2 * cm, 2.4 * cm], notes,
                        compact=True))


def recommendations(report: Report, story: list[Flowable]) -> None:
    items = [r for r in (report.p.get("recommendations") or []) if str(r.get("text") or "").strip()]
    if not items:
        return
    k = kt(report)
    rows: list[list[Any]] = [[k["recommendation"], k["owner"], k["due"]]]
    for r in items:
        rows.append([Paragraph(escape(str(r["text"]).strip()), report.s["cell"]),
                     Paragraph(escape(str(r.get("owner") or "").strip() or "–"), report.s["cell"]),
                     report.day(r["due"]) if r.get("due") else "–"])
    story.append(_block(report, k["recommendations"], rows, [9.8 * cm, 3.6 * cm, 3.2 * cm]))


def trend(report: Report, story: list[Flowable]) -> None:
    """This period and the two before, side by side: where at least one earlier period has data."""
    entries = report.data.get("trend") or []
    if len(entries) < 3 or not any(any(v for v in (e.get("values") or {}).values()) for e in entries[1:]):
        return
    k = kt(report)
    keys = [key for key in HEADLINE_ORDER if any(key in (e.get("values") or {}) for e in entries)]
    if not has_trajectories(report):
        keys = [key for key in keys if key not in ("started", "successful")]
    order = list(reversed(entries))  # oldest first
    head = [k["figure"]] + [f"{e['label']} ({k['frozen'] if e.get('source') == 'snapshot' else k['computed']})"
                            for e in order]
    rows: list[list[Any]] = [head]
    for key in keys:
        row = [k[f"h.{key}"]]
        for e in order:
            value = (e.get("values") or {}).get(key)
            row.append(report.sup(value) if key in ("started", "successful") else _num(report, value))
        rows.append(row)
    story.append(_block(report, k["trend"], rows, [6.8 * cm, 3.27 * cm, 3.27 * cm, 3.26 * cm],
                        [_small(report, k["trend_note"])], compact=True))


# -- per kind: throughput, output, outcome ------------------------------------------------------

def throughput(report: Report, story: list[Flowable]) -> None:
    fn = {NetworkKind.CONNECTION.value: _connection_throughput, NetworkKind.ENTREPRENEUR.value: _entrepreneur_throughput,
          NetworkKind.NEIGHBOURHOOD.value: _neighbourhood_throughput, NetworkKind.LOCAL.value: _local_throughput}.get(kind(report))
    if fn is not None and own(report):
        fn(report, story)


def output(report: Report, story: list[Flowable]) -> None:
    fn = {NetworkKind.CONNECTION.value: _connection_output, NetworkKind.ENTREPRENEUR.value: _entrepreneur_output,
          NetworkKind.NEIGHBOURHOOD.value: _neighbourhood_output, NetworkKind.LOCAL.value: _local_output}.get(kind(report))
    if fn is not None and own(report):
        fn(report, story)


def outcome(report: Report, story: list[Flowable]) -> None:
    if kind(report) == NetworkKind.NEIGHBOURHOOD.value and own(report):
        _neighbourhood_outcome(report, story)


# connection ----------------------------------------------------------------------------------------

def _connection_throughput(report: Report, story: list[Flowable]) -> None:
    c, k = own(report), kt(report)
    if c.get("barriers"):
        shown = {b["barrier"]: report.sup(b["trajectories"]) for b in c["barriers"]}
        rows: list[list[Any]] = [[k["barrier"], k["trajectories"], k["answered_by"], k["support_on"]]]
        for b in c["barriers"]:
            strategies = "<br/>".join(escape(label(Strategy(s), report.lang)) for s in b["strategies"]) or "–"
            support = "<br/>".join(escape(f"{_name(SupportKind, s, report)}: {report.sup(n)}")
                                   for s, n in b["support"].items()) or "–"
            rows.append([Paragraph(escape(_name(Barrier, b["barrier"], report)), report.s["cell"]), shown[b["barrier"]],
                         Paragraph(strategies, report.s["cell"]), Paragraph(support, report.s["cell"])])
        story.append(_block(report, k["barriers"], rows, [4.3 * cm, 2.3 * cm, 4.4 * cm, 5.6 * cm],
                            [_small(report, k["barriers_note"]), *_hidden_note(report, shown)], compact=True))
    if c.get("support"):
        rows = [[k["support_kind"], k["times"], k["trajectories"], k["amount"]]]
        shown = {}
        for s, row in c["support"].items():
            shown[s] = report.sup(row["trajectories"])
            small = shown[s].startswith("<")
            rows.append([_name(SupportKind, s, report), report.sup(row["count"]) if not small else "–", shown[s],
                         (fmt_eur(row["eur"], report.lang) or "–") if row["eur"] and not small else "–"])
        story.append(_block(report, k["support"], rows, [6.6 * cm, 2.6 * cm, 3.2 * cm, 4.2 * cm],
                            _hidden_note(report, shown)))


def _cohort_table(report: Report, title: str, col: str, counts: dict[str, int], namer: Any) -> Flowable | None:
    if not counts:
        return None
    started = int(own(report).get("started") or 0)
    shown = distribution(report, counts, started)
    rows: list[list[Any]] = [[col, report.this_header()]]
    for key in counts:
        rows.append([namer(key), shown[key]])
    rows.append([kt(report)["total"], shown["total"]])
    return _block(report, title, rows, [10.4 * cm, 6.2 * cm],
                  [_small(report, kt(report)["cohort_note"]), *_hidden_note(report, shown)],
                  extra=[("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.HexColor("#5f6b76"))])


def _connection_output(report: Report, story: list[Flowable]) -> None:
    c, k = own(report), kt(report)
    ref = _cohort_table(report, k["referrers"], k["referrer"], c.get("referrers") or {},
                        lambda v: _name(Category, v, report))
    if c.get("offers"):  # an offer per trajectory or more: no total to subtract from
        shown = {key: report.sup(n) for key, n in c["offers"].items()}
        rows: list[list[Any]] = [[k["provider"], report.this_header()]]
        rows += [[_name(Category, key, report), shown[key]] for key in c["offers"]]
        story.append(_block(report, k["offers"], rows, [10.4 * cm, 6.2 * cm], _hidden_note(report, shown)))
    bands = c.get("age_bands") or {}
    order = [b.value for b in AgeBand] + [UNKNOWN]
    bands = {b: bands[b] for b in sorted(bands, key=lambda x: order.index(x) if x in order else len(order))}
    ages = _cohort_table(report, k["age_bands"], k["age_band"], bands,
                         lambda v: k["unknown"] if v == UNKNOWN else k["years"].format(v))
    hoods = _cohort_table(report, k["neighbourhoods"], k["neighbourhood"], c.get("neighbourhoods") or {},
                          lambda v: k["unknown"] if v == UNKNOWN else v)
    story += [t for t in (ref, ages, hoods) if t is not None]


# entrepreneur -----------------------------------------------------------------------------------------

def _entrepreneur_throughput(report: Report, story: list[Flowable]) -> None:
    e, before, k = own(report), own(report, True), kt(report)
    target = int(e.get("podium_target") or 3)
    some = k["podium_some1"] if target == 2 else k["podium_some"].format(target - 1)
    rows: list[list[Any]] = [[k["ambassadors"], *_two(report)]]
    dist, prev = e.get("podium_distribution") or {}, before.get("podium_distribution") or {}
    for key, name in (("none", k["podium_none"]), ("some", some), ("target", k["podium_target"].format(target))):
        rows.append([name, _num(report, dist.get(key, 0)), _num(report, prev.get(key)) if before else "–"])
    rows.append([k["total"], _num(report, e.get("eligible")), _num(report, before.get("eligible")) if before else "–"])
    rows.append([k["podium_total"], _num(report, e.get("podium_total")),
                 _num(report, before.get("podium_total")) if before else "–"])
    story.append(_block(report, k["podium"], rows, [9 * cm, 3.8 * cm, 3.8 * cm],
                        [_small(report, k["podium_note"].format(e.get("eligible", 0), target))]))
    if e.get("podium_kinds"):
        rows = [[k["podium_kind"], report.this_header()]]
        rows += [[_name(ActivityKind, key, report), _num(report, n)] for key, n in e["podium_kinds"].items()]
        story.append(_block(report, k["podium_kinds"], rows, [10.4 * cm, 6.2 * cm]))
    phases = e.get("phases") or []
    notes: list[Flowable] = []
    if e.get("phase_before"):
        notes.append(_small(report, k["phase_before"].format(_name(GroupPhase, e["phase_before"], report))))
    if phases:
        rows = [[k["phase"], k["noted_on"]]] + [[_name(GroupPhase, p["phase"], report), report.day(p["on"])] for p in phases]
        story.append(_block(report, k["phase_caption"], rows, [10.4 * cm, 6.2 * cm], notes))
    else:
        story.append(KeepTogether([Spacer(1, 6), _h2(report, k["phase_caption"]), _small(report, k["no_phase"]), *notes]))
    story.append(KeepTogether([Spacer(1, 6), _h2(report, k["thank_you"]), _moment_line(report, e.get("thank_you") or {})]))


def _moment_line(report: Report, moment: dict[str, Any], style: str = "body") -> Paragraph:
    k = kt(report)
    if not moment.get("count"):
        return Paragraph(escape(k["no_thank_you"]), report.s[style])
    days = ", ".join(report.day(d) for d in moment.get("days", []))
    text = k["thank_you_line" if moment["count"] == 1 else "thank_you_lines"]
    return Paragraph(escape(text.format(moment["count"], days, moment.get("ambassadors", 0))), report.s[style])


def _entrepreneur_output(report: Report, story: list[Flowable]) -> None:
    e, before, k = own(report), own(report, True), kt(report)
    rows: list[list[Any]] = [[k["figure"], *_two(report)]]
    for key in ("appointed", "renewed", "honorary", "left"):
        rows.append([k[key], _num(report, e.get(key)), _num(report, before.get(key)) if before else "–"])
    story.append(_block(report, k["refresh"], rows, [9 * cm, 3.8 * cm, 3.8 * cm]))
    mix = e.get("motivation") or {}
    if mix:
        order = [m.value for m in MotivationProfile] + [UNKNOWN]
        mix = {m: mix[m] for m in sorted(mix, key=lambda x: order.index(x) if x in order else len(order))}
        shown = distribution(report, mix, int(e.get("eligible") or 0), public_total=True)
        rows = [[k["profile_col"], report.this_header()]]
        rows += [[_name(MotivationProfile, m, report), shown[m]] for m in mix]
        rows.append([k["total"], shown["total"]])
        story.append(_block(report, k["motivation"], rows, [10.4 * cm, 6.2 * cm], _hidden_note(report, shown)))
    consent = int(e.get("diversity_consent") or 0)
    if consent:
        rows = [[k["figure"], k["count"]]]
        all_shown: dict[str, str] = {}
        styles: list[tuple[Any, ...]] = []
        for field, counts in (e.get("diversity") or {}).items():
            if not counts:
                continue
            shown = distribution(report, counts, consent, public_total=True)
            all_shown.update({f"{field}.{key}": v for key, v in shown.items()})
            styles.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), colors.HexColor("#f4f6f8")))
            rows.append([Paragraph(f"<b>{escape(k['d.' + field])}</b>", report.s["cell"]), ""])
            rows += [[Paragraph(escape(k["unknown"] if key == UNKNOWN else key), report.s["celli"]), shown[key]]
                     for key in counts]
        story.append(_block(report, k["diversity"], rows, [10.4 * cm, 6.2 * cm],
                            [_small(report, k["diversity_note"].format(consent)), *_hidden_note(report, all_shown)],
                            extra=styles))


# neighbourhood ------------------------------------------------------------------------------------------

def _neighbourhood_throughput(report: Report, story: list[Flowable]) -> None:
    n, k = own(report), kt(report)
    for key, title, col in (("by_area", "signals_area", "area"), ("by_responsible", "signals_responsible", "responsible"),
                            ("by_topic", "signals_topic", "topic")):
        groups = n.get(key) or {}
        if not groups:
            continue
        rows: list[list[Any]] = [[k[col], k["raised"], k["answered"], k["in_time"]]]
        for name in sorted(groups, key=lambda g: (-groups[g]["raised"], g)):
            g = groups[name]
            rows.append([k["unknown"] if name == UNKNOWN else name, _num(report, g["raised"]), _num(report, g["answered"]),
                         _num(report, g["in_time"])])
        story.append(_block(report, k[title], rows, [7.4 * cm, 3 * cm, 3.1 * cm, 3.1 * cm]))


def _neighbourhood_output(report: Report, story: list[Flowable]) -> None:
    n, before, k = own(report), own(report, True), kt(report)
    presence, prev = n.get("presence") or {}, before.get("presence") or {}
    rows: list[list[Any]] = [[k["presence_col"], k["activities"], k["with_ambassador"], k["attendances"],
                              report.last_header()]]
    for key in ("council", "event", "other"):
        p = presence.get(key) or {}
        if not p.get("activities") and not (prev.get(key) or {}).get("activities"):
            continue
        rows.append([k[key], _num(report, p.get("activities", 0)), _num(report, p.get("with_ambassador", 0)),
                     _num(report, p.get("attendances", 0)),
                     _num(report, (prev.get(key) or {}).get("with_ambassador", 0)) if prev else "–"])
    if len(rows) > 1:
        story.append(_block(report, k["presence"], rows, [5.0 * cm, 2.5 * cm, 3.5 * cm, 3.0 * cm, 2.6 * cm], compact=True,
                            notes=[_small(report, k["presence_note"].format(report.last_header()))]))
    _neighbourhood_governance(report, story)


def _neighbourhood_governance(report: Report, story: list[Flowable]) -> None:
    """Village councils and the agreements for the term (seed 004), this year beside last year."""
    g, before, k = own(report).get("governance") or {}, own(report, True).get("governance") or {}, kt(report)
    if not g or not (g.get("meetings_held") or g.get("commitments_done") or g.get("commitments_open_end")):
        return

    def minutes(block: dict[str, Any]) -> str:
        return (f"{_num(report, block.get('minutes_received'))} / {_num(report, block.get('minutes_expected'))}"
                if block.get("minutes_expected") else "–")

    rows: list[list[Any]] = [[k["figure"], *_two(report)]]
    for key, name in (("meetings_held", "gov_meetings"), ("ambassador_present", "gov_ambassador"),
                      ("area_manager_present", "gov_manager")):
        rows.append([k[name], _num(report, g.get(key)), _num(report, before.get(key)) if before else "–"])
    rows.append([k["gov_minutes"], minutes(g), minutes(before) if before else "–"])
    for key, name in (("commitments_done", "gov_done"), ("commitments_open_end", "gov_open"),
                      ("commitments_overdue_end", "gov_overdue")):
        rows.append([k[name], _num(report, g.get(key)), _num(report, before.get(key)) if before else "–"])
    story.append(_block(report, k["gov_caption"], rows, [9 * cm, 3.8 * cm, 3.8 * cm], [_small(report, k["gov_note"])]))


def _neighbourhood_outcome(report: Report, story: list[Flowable]) -> None:
    n, before, k = own(report), own(report, True), kt(report)

    def share(block: dict[str, Any]) -> str:
        raised = block.get("raised") or 0
        return f"{fmt_number(100 * (block.get('answered_in_time') or 0) / raised, 0, report.lang)} %" if raised else "–"

    rows: list[list[Any]] = [[k["figure"], *_two(report)]]
    for key, name in (("raised", "timely_raised"), ("answered_in_time", "timely_in_time")):
        rows.append([k[name], _num(report, n.get(key)), _num(report, before.get(key)) if before else "–"])
    rows.append([k["timely_share"], share(n), share(before) if before else "–"])
    rows.append([k["open_end"], _num(report, n.get("open_at_end")), _num(report, before.get("open_at_end")) if before else "–"])
    rows.append([k["overdue_end"], _num(report, n.get("overdue_at_end")),
                 _num(report, before.get("overdue_at_end")) if before else "–"])
    story.append(_block(report, k["timely"], rows, [9 * cm, 3.8 * cm, 3.8 * cm]))


# local ----------------------------------------------------------------------------------------------------

def _local_throughput(report: Report, story: list[Flowable]) -> None:
    loc, before, k = own(report), own(report, True), kt(report)
    rel, prev = loc.get("relations") or {}, before.get("relations") or {}
    rows: list[list[Any]] = [[k["figure"], *_two(report)]]
    for key in ("built", "maintained", "expanded"):
        rows.append([k[key], _num(report, rel.get(key, 0)), _num(report, prev.get(key)) if prev else "–"])
    story.append(_block(report, k["relations"], rows, [9 * cm, 3.8 * cm, 3.8 * cm], [_small(report, k["relations_note"])]))
    thanks, pthanks = loc.get("thank_you") or {}, before.get("thank_you") or {}
    rec, prec = loc.get("recruiting") or {}, before.get("recruiting") or {}
    rows = [[k["figure"], *_two(report)],
            [k["thank_you_moments"], _num(report, thanks.get("count", 0)), _num(report, pthanks.get("count")) if before else "–"],
            [k["thank_you_present"], _num(report, thanks.get("ambassadors", 0)),
             _num(report, pthanks.get("ambassadors")) if before else "–"],
            [k["info_moments"], _num(report, rec.get("info_moments", 0)), _num(report, prec.get("info_moments")) if before else "–"],
            [k["nominated"], _num(report, rec.get("nominated", 0)), _num(report, prec.get("nominated")) if before else "–"]]
    notes = [_moment_line(report, thanks, "small")] if thanks.get("count") else []
    story.append(_block(report, k["moments"], rows, [9 * cm, 3.8 * cm, 3.8 * cm], notes))
    part = loc.get("participation") or {}
    if part:
        rows = [[k["kind"], k["activities"], k["amb_present"], k["sh_present"]]]
        for key, row in part.items():
            rows.append([_name(ActivityKind, key, report), _num(report, row["activities"]), _num(report, row["ambassadors"]),
                         _num(report, row["stakeholders"])])
        story.append(_block(report, k["participation"], rows, [6.6 * cm, 3 * cm, 3.5 * cm, 3.5 * cm],
                            [_small(report, k["taking_part"].format(loc.get("ambassadors_taking_part", 0)))]))


def _local_output(report: Report, story: list[Flowable]) -> None:
    loc, before, k = own(report), own(report, True), kt(report)
    rows: list[list[Any]] = [[k["figure"], *_two(report)],
                             [k["engagement"], _num(report, loc.get("engagement_declarations", 0)),
                              _num(report, before.get("engagement_declarations")) if before else "–"],
                             [k["charters"], _num(report, loc.get("charters", 0)),
                              _num(report, before.get("charters")) if before else "–"]]
    story.append(_block(report, k["declarations"], rows, [9 * cm, 3.8 * cm, 3.8 * cm]))
