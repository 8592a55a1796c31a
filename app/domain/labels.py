"""Kinds of records (tables) and their fields in the user's words, Dutch and English: for the
audit log, the team exchange summary and the conflict review. No Qt."""

from __future__ import annotations

# record kinds in the user's words (nl, en)
TABLE_LABELS: dict[str, tuple[str, str]] = {
    "stakeholder": ("Stakeholder", "Stakeholder"), "contact_person": ("Contactpersoon", "Contact person"),
    "interaction": ("Contactmoment", "Contact moment"), "stage_change": ("Relatiefase", "Relationship stage"),
    "ambassador": ("Ambassadeur", "Ambassador"), "ambassador_status_change": ("Status ambassadeur", "Ambassador status"),
    "ambassador_contact": ("Contact met ambassadeur", "Contact with ambassador"),
    "recruiting_call": ("Wervingsoproep", "Recruiting call"),
    "third_party_request": ("Aanvraag van derden", "Request from a third party"),
    "trajectory": ("Traject", "Trajectory"), "trajectory_offer": ("Aanbod in traject", "Offer in trajectory"),
    "trajectory_barrier": ("Drempel", "Barrier"), "support_given": ("Ondersteuning", "Support"),
    "milestone": ("Mijlpaal", "Milestone"), "activity": ("Activiteit", "Activity"),
    "activity_participant": ("Deelnemer", "Participant"), "signal": ("Signaal", "Signal"),
    "network": ("Netwerk", "Network"), "steering_member": ("Stuurgroeplid", "Steering group member"),
    "steering_meeting": ("Stuurgroepvergadering", "Steering group meeting"), "indicator": ("Indicator", "Indicator"),
    "barrier_action": ("Actie tegen een drempel", "Action against a barrier"),
    "consent": ("Toestemming", "Consent"), "report_snapshot": ("Bevroren jaarverslag", "Frozen annual report"),
    "retention_rule": ("Bewaartermijn", "Retention rule"), "indicator_target": ("Streefwaarde", "Target"),
    "group_phase_entry": ("Groepsfase", "Group phase"), "signal_status_change": ("Status signaal", "Signal status"),
    "routing_rule": ("Doorverwijsregel", "Routing rule"),
    "topic_rule": ("Doorverwijsregel per thema", "Routing rule by topic"),
    "commitment": ("Afspraak (convenant)", "Agreement (covenant)"),
    "council_meeting": ("Dorpsraadvergadering", "Village council meeting"),
}
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "name": ("Naam", "Name"), "notes": ("Notities", "Notes"), "stage": ("Relatiefase", "Stage"),
    "places_available": ("Vrije plaatsen", "Places available"), "waiting_list": ("Wachtlijst", "Waiting list"),
    "email": ("E-mail", "Email"), "phone": ("Telefoon", "Phone"), "municipality": ("Gemeente", "Municipality"),
    "area": ("Wijk", "Area"), "category": ("Categorie", "Category"), "side": ("Zijde", "Side"),
    "status": ("Status", "Status"), "title": ("Titel", "Title"), "description": ("Beschrijving", "Description"),
    "deleted_at": ("Verwijderd op", "Deleted on"), "next_contact_on": ("Volgend contact", "Next contact"),
    "bond_strength": ("Sterkte van de band", "Bond strength"), "influence": ("Invloed", "Influence"),
    "interest": ("Interesse", "Interest"), "network_id": ("Netwerk", "Network"),
    "stakeholder_id": ("Stakeholder", "Stakeholder"), "ambassador_id": ("Ambassadeur", "Ambassador"),
    "code": ("Code", "Code"), "started_on": ("Startdatum", "Start date"), "closed_on": ("Afgesloten op", "Closed on"),
    "kind": ("Soort", "Kind"), "date": ("Datum", "Date"), "held_on": ("Datum", "Date"),
    "archived_at": ("Gearchiveerd op", "Archived on"),
}


def table_label(table: str, lang: str = "nl") -> str:
    """"Stakeholder", "Traject", …; an unknown table shows its own name."""
    return TABLE_LABELS.get(table, (table, table))[0 if lang == "nl" else 1]


def field_label(column: str, lang: str = "nl") -> str:
    """"Vrije plaatsen", …; an unknown column shows its name with spaces."""
    plain = column.replace("_", " ")
    return FIELD_LABELS.get(column, (plain, plain))[0 if lang == "nl" else 1]
