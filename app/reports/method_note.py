"""The report's method note ("Verantwoording van de cijfers"): the period and its cut-off days,
what is a flow and what a standing count, the one definition of success, how maturing outcomes
and closings are counted, what could not be reconstructed exactly and how small counts are
hidden — built from the payload, so a frozen report says how its own figures were counted."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.domain.vocabulary import MilestoneKind, label
from app.periods import Period, parse_period

_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")


def fmt_day(value: str | date | None, lang: str) -> str:
    """A day as the report prints it: 31/08/2026, or 31 August 2026 in English."""
    if not value:
        return "–"
    d = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}" if lang == "en" else d.strftime("%d/%m/%Y")


def previous_period(data: dict[str, Any]) -> dict[str, Any]:
    """The previous period's dates and source; payloads before format 2 only name it."""
    figs = data.get("figures") or {}
    info = dict(figs.get("previous_period") or {})
    if "start" not in info:
        period = data.get("period") or {}
        label_ = figs.get("previous_label") or ""
        try:
            start_month = date.fromisoformat(period["start"]).month
            prev: Period = parse_period(label_, start_month)
            info.update(label=prev.label, start=prev.start.isoformat(), end=prev.end.isoformat(),
                        kind="working" if prev.is_working_year else "calendar")
        except (KeyError, ValueError, Exception):  # noqa: BLE001 - an old payload without dates
            info.setdefault("label", label_)
    return info


def provisional(period: dict[str, Any], made_on: str | None) -> bool:
    """A period that had not ended on the day the figures were made (older payloads: from made_on)."""
    if "provisional" in period:
        return bool(period["provisional"])
    if period.get("end") and made_on:
        return date.fromisoformat(made_on) <= date.fromisoformat(period["end"])
    return False


def milestone_name(kind: str | None, lang: str) -> str:
    try:
        return label(MilestoneKind(kind or MilestoneKind.STILL_ACTIVE.value), lang)
    except ValueError:
        return str(kind)


def method_note(data: dict[str, Any], lang: str, threshold: int) -> list[str]:
    """The paragraphs of the method note (plain text) for this payload."""
    en = lang == "en"
    period = data.get("period") or {}
    figs = data.get("figures") or {}
    cur = figs.get("current") or {}
    prev = figs.get("previous") or {}
    prev_info = previous_period(data)
    net = data.get("network") or {}
    made = data.get("made_on")
    day = period.get("as_of") or cur.get("as_of")
    # figures computed before format 2 stood as on the day they were made
    prev_day = prev_info.get("as_of") or prev.get("as_of") or (made if figs.get("previous_source") != "snapshot" else None)
    counting = int(cur.get("counting") or 1)
    out: list[str] = []

    def kind_word(info: dict[str, Any]) -> str:
        if en:
            return "working year" if info.get("kind", "working") == "working" else "calendar year"
        return "werkjaar" if info.get("kind", "working") == "working" else "kalenderjaar"

    text = (f"Period: {kind_word(period)} {period.get('label', '')}, from {fmt_day(period.get('start'), lang)} up to and "
            f"including {fmt_day(period.get('end'), lang)}. Made on {fmt_day(made, lang)}." if en else
            f"Periode: {kind_word(period)} {period.get('label', '')}, van {fmt_day(period.get('start'), lang)} tot en met "
            f"{fmt_day(period.get('end'), lang)}. Opgemaakt op {fmt_day(made, lang)}.")
    if provisional(period, made):
        text += (f" The period had not ended yet: every figure is provisional and runs up to {fmt_day(day or made, lang)}."
                 if en else f" De periode was nog niet afgelopen: alle cijfers zijn voorlopig en lopen tot en met "
                 f"{fmt_day(day or made, lang)}.")
    out.append(text)

    if prev:
        span = f"{prev_info.get('label', '')} ({fmt_day(prev_info.get('start'), lang)} – {fmt_day(prev_info.get('end'), lang)})"
        if figs.get("previous_source") == "snapshot":
            frozen = prev_info.get("made_on")
            if frozen:
                text = (f"Last year is {span}, taken from the report frozen on {fmt_day(frozen, lang)}." if en else
                        f"Vorig jaar is {span}, overgenomen uit het verslag dat op {fmt_day(frozen, lang)} bevroren werd.")
            else:
                text = (f"Last year is {span}, taken from the report frozen for it." if en else
                        f"Vorig jaar is {span}, overgenomen uit het verslag dat ervoor bevroren werd.")
            if prev_info.get("provisional"):
                text += (" That report was made before its period had ended, so its figures are provisional too."
                         if en else " Dat verslag werd gemaakt vóór het einde van die periode: ook die cijfers zijn voorlopig.")
            if int(prev_info.get("counting") or prev.get("counting") or 1) < 2:
                text += (" It was counted the older way (standing figures as on the day it was made, milestones whenever "
                         "they were reached): compare with care." if en else
                         " Het werd nog op de oudere manier geteld (standen zoals op de dag van opmaak, mijlpalen ongeacht "
                         "wanneer ze bereikt werden): vergelijk met voorzichtigheid.")
        else:
            text = (f"Last year is {span}, computed from the vault as it stood on {fmt_day(prev_day, lang)}." if en else
                    f"Vorig jaar is {span}, berekend uit de kluis zoals ze er op {fmt_day(prev_day, lang)} voor stond.")
        out.append(text)

    if counting < 2:
        out.append(f"This report was frozen with the counting of an earlier version of Verbind: standing figures are as on "
                   f"the day it was made ({fmt_day(made, lang)}) and milestones count whenever they were reached."
                   if en else f"Dit verslag werd bevroren met de telwijze van een eerdere versie van Verbind: standen zijn "
                   f"de toestand op de dag van opmaak ({fmt_day(made, lang)}) en mijlpalen tellen ongeacht wanneer ze "
                   "bereikt werden.")
    else:
        out.append("Flows count what happened in the period: trajectories started, contact moments, activities, signals, "
                   "new relations, appointments and departures (records deleted since are not counted)." if en else
                   "Stromen tellen wat in de periode gebeurde: trajecten gestart, contactmomenten, activiteiten, signalen, "
                   "nieuwe relaties, aanstellingen en vertrekken (wat intussen verwijderd werd, telt niet mee).")
        when = fmt_day(day, lang) + (f" (last year: {fmt_day(prev_day, lang)})" if en else
                                     f" (vorig jaar: {fmt_day(prev_day, lang)})") if prev_day else fmt_day(day, lang)
        out.append(f"Standing figures are the state on {when}: stakeholders per stage and side, organisations reached "
                   "(past ‘mapped’), places available with providers, ambassadors per status, honorary members and the "
                   "size of the network (appointed or active). They are reconstructed from the dated stage and status "
                   "changes, the history of available places and the days records were created and deleted; a record "
                   "deleted later counts for the days it was in the vault." if en else
                   f"Standen zijn de toestand op {when}: stakeholders per relatiefase en zijde, bereikte organisaties "
                   "(verder dan ‘in kaart gebracht’), vrije plaatsen bij aanbieders, ambassadeurs per status, ereleden en "
                   "de grootte van het netwerk (aangesteld of actief). Ze zijn teruggerekend uit de gedateerde fase- en "
                   "statuswijzigingen, de geschiedenis van de vrije plaatsen en de dagen waarop records aangemaakt en "
                   "verwijderd werden; wat later verwijderd werd, telt mee voor de dagen dat het in de kluis stond.")
        limits = []
        places = [(int(f.get("places_estimated") or 0), w) for f, w in ((cur, day), (prev, prev_day)) if w]
        places = [(n, w) for n, w in places if n]
        if places:
            days = (" and " if en else " en ").join(fmt_day(w, lang) for _n, w in places)
            counts = sorted({n for n, _w in places})
            many = (" and " if en else " en ").join(str(n) for n in counts)
            one = counts == [1]
            limits.append(f"for {many} provider{'' if one else 's'} the number of available places on {days} is not on "
                          "record (the vault keeps that history since its schema 0006); the first recorded or current "
                          "number is used" if en else
                          f"voor {many} aanbieder{'' if one else 's'} is het aantal vrije plaatsen op {days} niet bewaard "
                          "(de kluis houdt die geschiedenis bij sinds schema 0006); het eerst bewaarde of huidige aantal "
                          "is gebruikt")
        n = max(int(cur.get("ambassadors_estimated") or 0), int(prev.get("ambassadors_estimated") or 0))
        if n:
            limits.append((f"{n} ambassador has" if n == 1 else f"{n} ambassadors have")
                          + " no (complete) status history (imported, for instance): the status is read from the dates "
                          "of nomination, appointment, honorary membership and leaving" if en else
                          (f"{n} ambassadeur heeft" if n == 1 else f"{n} ambassadeurs hebben")
                          + " geen (volledige) statusgeschiedenis (bijvoorbeeld geïmporteerd): de status is afgeleid "
                          "uit de data van voordracht, aanstelling, erelidmaatschap en vertrek")
        limits.append("a stakeholder's side (demand, supply, …) is today's: changes of side are not kept" if en else
                      "de zijde van een stakeholder (vraag, aanbod, …) is de huidige: wijzigingen van zijde worden niet "
                      "bijgehouden")
        out.append(("Not exactly reconstructable: " if en else "Niet exact terug te rekenen: ") + "; ".join(limits) + ".")

    kind = str(net.get("kind") or "")
    prev_fig = (data.get("figures") or {}).get("previous") or {}
    trajectories = kind == "connection" or bool((cur.get("trajectories") or {}).get("started")
                                                 or (prev_fig.get("trajectories") or {}).get("started"))
    if trajectories:
        success = cur.get("success_milestone") or net.get("success_milestone") or MilestoneKind.STILL_ACTIVE.value
        months = cur.get("followup_months") or net.get("followup_months") or 6
        out.append(f"One definition of success: a guidance is successful when the trajectory reached the milestone "
                   f"‘{milestone_name(success, lang)}’ (the network's setting; the follow-up check comes {months} months "
                   "after enrolment). The closing reason ‘goal reached’ a worker may choose is a separate record and is not "
                   "counted as success here." if en else
                   f"Eén definitie van succes: een toeleiding is geslaagd als het traject de mijlpaal "
                   f"‘{milestone_name(success, lang)}’ bereikte (instelling van het netwerk; de opvolging gebeurt {months} "
                   "maanden na de inschrijving). De afsluitreden ‘doel bereikt’ die een begeleider kan kiezen, is een "
                   "andere registratie en telt hier niet als geslaagd.")
        if counting >= 2:
            out.append(f"Trajectory figures follow the trajectories that started in the period. A milestone counts as reached "
                       f"when it was recorded by {fmt_day(day, lang)} (last year: {fmt_day(prev_day, lang)}). When its check "
                       f"was not due yet on that day — the follow-up after {months} months, the re-enrolment at the next "
                       "working year — or a running trajectory was still waiting for enrolment, the trajectory is shown "
                       "apart as ‘not yet assessable’ and does not count as a failure. A check that was due but not recorded "
                       "counts as not reached. The percentage is those reached divided by the trajectories that could be "
                       "assessed (none is given while none was reached and some cannot be assessed yet). The follow-up table shows how last year's trajectories stood on "
                       f"{fmt_day(day, lang)}." if en else
                       f"Trajectcijfers volgen de trajecten die in de periode startten. Een mijlpaal telt als bereikt wanneer "
                       f"ze uiterlijk op {fmt_day(day, lang)} geregistreerd was (vorig jaar: {fmt_day(prev_day, lang)}). "
                       f"Was de controle op die dag nog niet aan de beurt — de opvolging na {months} maanden, de "
                       "herinschrijving bij het volgende werkjaar — of wachtte een lopend traject nog op inschrijving, dan "
                       "staat het apart als ‘nog niet te beoordelen’ en telt het niet als mislukt. Een controle die al had "
                       "moeten gebeuren maar niet geregistreerd werd, telt als niet bereikt. Het percentage is het aantal "
                       "bereikt gedeeld door de trajecten die wel te beoordelen waren (er staat er geen zolang er geen bereikt is en "
                       "sommige nog niet te beoordelen zijn). De opvolgingstabel toont hoe de "
                       f"trajecten van vorig jaar er op {fmt_day(day, lang)} voor stonden.")
        out.append("Closed trajectories per reason count the closings in the period, also of trajectories that started in an "
                   "earlier year." if en else
                   "Afgesloten trajecten per reden tellen de afsluitingen in de periode, ook van trajecten die in een eerder "
                   "jaar startten.")
    if "kind" in data:  # a report with the kind's own tables says how they count
        out += _kind_note(kind, net, lang)
    if threshold > 0 and not trajectories and kind == "entrepreneur":
        out.append(f"Counts of people below {threshold} (motivation profiles, diversity) are shown as ‘< {threshold}’; "
                   "‘x’ is a count hidden because a smaller one could otherwise be worked out from the total." if en else
                   f"Aantallen personen kleiner dan {threshold} (motivatieprofielen, diversiteit) staan er als "
                   f"‘< {threshold}’; ‘x’ is een aantal dat verborgen is omdat anders een kleiner aantal uit het totaal "
                   "af te leiden zou zijn.")
    if threshold > 0 and trajectories:
        out.append(f"Counts of trajectories below {threshold} are shown as ‘< {threshold}’. ‘x’ is a count hidden because "
                   "a smaller one could otherwise be worked out from the other figures (a total minus its other parts); "
                   "a percentage is shown only when none of its counts is hidden." if en else
                   f"Aantallen over trajecten kleiner dan {threshold} staan er als ‘< {threshold}’. ‘x’ is een aantal dat "
                   "verborgen is omdat anders een kleiner aantal uit de andere cijfers af te leiden zou zijn (een totaal "
                   "min de andere delen); een percentage staat er enkel als geen van zijn aantallen verborgen is.")
    return out


def _kind_note(kind: str, net: dict[str, Any], lang: str) -> list[str]:
    """How the kind's own tables count (#17)."""
    en = lang == "en"
    if kind == "entrepreneur":
        target = net.get("podium_target") or 3
        return [f"Podium activities per ambassador count every ambassador who was appointed or active at some time in "
                f"the period, also those who became honorary members or left; the norm is {target} a year. Renewals "
                "are term ends changed in the period (from the audit log) and honorary members made active again."
                if en else
                f"Podiumactiviteiten per ambassadeur tellen elke ambassadeur die ergens in de periode aangesteld of actief "
                f"was, ook wie erelid werd of stopte; de norm is {target} per jaar. Hernieuwingen zijn mandaten waarvan "
                "de einddatum in de periode verlengd werd (volgens het logboek) en ereleden die opnieuw actief werden."]
    if kind == "neighbourhood":
        days = net.get("signal_due_days") or 30
        return [f"A signal is answered in time when it was answered or closed by its due date (without one: {days} days "
                "after it was raised). Open and overdue signals are those of any date still open at the period's end."
                if en else
                f"Een signaal is tijdig beantwoord als het uiterlijk op de uiterste datum beantwoord of afgesloten werd "
                f"(zonder uiterste datum: {days} dagen na de melding). Open en over tijd zijn de signalen van om het "
                "even wanneer die op het einde van de periode nog open stonden."]
    if kind == "local":
        return ["Relations built, maintained and expanded count the stakeholders that moved to the stage "
                "‘introduced’, ‘maintained’, or ‘involved’ / ‘partner’ in the period. Recruiting counts info moments "
                "and the candidate ambassadors nominated in the period." if en else
                "Relaties opgebouwd, onderhouden en uitgebouwd tellen de stakeholders die in de periode naar de fase "
                "‘kennismaking’, ‘onderhouden’ of ‘uitbouwen’ / ‘partner’ gingen. Werving telt de infomomenten en de "
                "kandidaat-ambassadeurs die in de periode voorgedragen werden."]
    if kind == "connection":
        return ["Barriers, referrers, offers, age bands and neighbourhoods follow the trajectories that started in the "
                "period; the strategies beside a barrier are those of the network's strategies that work on it." if en else
                "Drempels, doorverwijzers, aanbod, leeftijden en wijken volgen de trajecten die in de periode startten; "
                "de strategieën naast een drempel zijn die van de gekozen strategieën die erop inspelen."]
    return []
