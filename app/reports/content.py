"""What the annual report contains: the seed-001 process criteria and results, and the sections of
the familiar Dutch/Flemish evaluation frame, in Dutch and English."""

from __future__ import annotations

PROCESS_CRITERIA: list[tuple[str, str, str]] = [
    ("relations", "Relaties opbouwen en onderhouden met kinderen en jongeren en hun gezin, vrijetijdswerkingen, "
                  "tussenpersonen en externe partners, het lokaal bestuur en collega's",
     "Building and maintaining relations with children, young people and their families, leisure providers, "
     "intermediaries and partners, local government and colleagues"),
    ("inform", "Personen en groepen bevragen en informeren", "Questioning and informing people and groups"),
    ("connect", "Personen en groepen met elkaar in contact brengen (toeleiden, ontmoeting opzetten, uitwisseling "
                "organiseren, partnernetwerk uitbouwen)",
     "Connecting people and groups (guidance, meetings, exchange, building a partner network)"),
    ("support", "Personen en groepen ondersteunen", "Supporting people and groups"),
    ("signals", "Signalen geven aan het lokaal bestuur", "Passing signals to local government"),
    ("structure", "Een duurzame structuur uittekenen, actieplannen maken, visie uitwerken",
     "Designing a sustainable structure, making action plans, working out a vision"),
]

RESULTS: list[tuple[str, str, str]] = [
    ("exchange", "Een ontmoeting en uitwisseling tussen of binnen organisaties (intern draagvlak)",
     "Meetings and exchange between or within organisations (internal support)"),
    ("accessibility", "Voorwaarden scheppen om aan toegankelijkheid te werken", "Conditions for working on accessibility"),
    ("thresholds", "Organisaties ondersteunen om drempels te verlagen (vb. toolbox ontwikkelen)",
     "Supporting organisations to lower thresholds (e.g. developing a toolbox)"),
    ("initiative", "Een nieuw initiatief (een vorming, een instuifwerking, ...)", "A new initiative (a training, a drop-in, ...)"),
    ("vision", "Een visietekst en/of actieplan", "A vision text and/or action plan"),
]

# the evaluation frame: key, Dutch title, English title
SECTIONS: list[tuple[str, str, str]] = [
    ("summary", "Samenvatting", "Summary"),
    ("introduction", "Inleiding", "Introduction"),
    ("approach", "Aanpak", "Approach"),
    ("input", "Input: middelen en partners", "Input: resources and partners"),
    ("throughput", "Throughput: activiteiten, contacten en trajecten", "Throughput: activities, contacts and trajectories"),
    ("output", "Output: bereik", "Output: reach"),
    ("outcome", "Outcome: blijvende deelname en structurele resultaten", "Outcome: lasting participation and structural results"),
    ("indicators", "Doelen en indicatoren", "Goals and indicators"),
    ("factors", "Succes- en faalfactoren", "Success and failure factors"),
    ("sustainability", "Borging", "Sustainability"),
    ("conclusions", "Conclusies en aanbevelingen", "Conclusions and recommendations"),
    ("annex", "Bijlage: procescriteria en resultaten", "Annex: process criteria and results"),
]
NARRATIVE_SECTIONS = [k for k, _, _ in SECTIONS if k not in ("indicators", "annex")]
DEFAULT_FOOTER = {"nl": "Vertrouwelijk — enkel voor de stuurgroep", "en": "Confidential — for the steering group only"}


def section_title(key: str, lang: str) -> str:
    for k, nl, en in SECTIONS:
        if k == key:
            return en if lang == "en" else nl
    return key
