"""Name and place tables for the deterministic demo vault (Flemish and Dutch, with accents and
the diversity of a real city, so fonts and sorting are exercised)."""

from __future__ import annotations

FIRST_NAMES = [
    "Lotte", "Sien", "Noah", "Arthur", "Zoë", "Anaïs", "Mohamed", "Yasmina", "Şeyma", "Emre",
    "Łukasz", "Agnieszka", "François", "Hélène", "Jonas", "Marie", "Lars", "Elif", "Bram", "Fien",
    "Ayoub", "Nour", "Kobe", "Lore", "Milan", "Ines", "Hamza", "Salma", "Wout", "Febe", "Ruben",
    "Yusuf", "Amira", "Tibo", "Noor", "Joëlle", "Gökhan", "Ada", "Stijn", "Hanne",
]
LAST_NAMES = [
    "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
    "De Smet", "Van den Broeck", "Dupré", "Yılmaz", "Nowak", "El Amrani", "Öztürk", "Vermeulen",
    "Van Damme", "Desmet", "Bogaert", "Lemaître", "Kowalski", "Benali", "Verhoeven", "De Backer",
    "Çelik", "Van Acker", "Aerts", "Lambrechts", "Dubois",
]

GHENT_AREAS = ["Rabot", "Brugse Poort", "Sluizeken", "Ledeberg", "Nieuw Gent", "Dampoort",
               "Muide", "Sint-Amandsberg", "Wondelgem", "Gentbrugge"]

CONNECTION_DEMAND = [
    ("OCMW Gent — sociale dienst", "ocmw", "demand"),
    ("Huis van het Kind Rabot", "huis_van_het_kind", "demand"),
    ("Huis van het Kind Ledeberg", "huis_van_het_kind", "demand"),
    ("Basisschool De Regenboog — zorgcoördinator", "school", "demand"),
    ("Basisschool Sint-Salvator — zorgcoördinator", "school", "demand"),
    ("Freinetschool De Torteltuin", "school", "demand"),
    ("Atheneum Gent — OKAN", "okan", "demand"),
    ("Sint-Lievenscollege — OKAN", "okan", "demand"),
    ("Bibliotheek De Krook", "library", "intermediary"),
    ("Buurtwerk Brugse Poort", "neighbourhood_work", "intermediary"),
    ("Buurtwerk Dampoort", "neighbourhood_work", "intermediary"),
    ("Vzw Amal (zelforganisatie)", "self_organisation", "intermediary"),
    ("Turkse Unie Gent", "self_organisation", "intermediary"),
    ("Poolse vereniging Orzeł", "self_organisation", "intermediary"),
    ("Politie Gent — wijkinspecteur Rabot", "police", "intermediary"),
    ("Dienst Jeugd Stad Gent", "government", "policy"),
    ("Schepen van Jeugd", "alderman", "policy"),
]
CONNECTION_SUPPLY = [
    ("Chiro Sint-Jozef", "youth_movement"), ("Scouts Sint-Pieter", "youth_movement"),
    ("KSA Ledeberg", "youth_movement"), ("FOS Open Scouting De Kraanvogels", "youth_movement"),
    ("Jeugdhuis Kavka", "youth_house"), ("Jeugdhuis De Centrale", "youth_house"),
    ("Speelpleinwerking De Wallebei", "playground"), ("Speelpleinwerking Rabotpleintje", "playground"),
    ("KAA Gent Jeugd", "sports_club"), ("Gentse Zwemclub", "sports_club"),
    ("Boksclub Ledeberg", "sports_club"), ("Basketclub Gent Hawks", "sports_club"),
    ("Judoclub Sint-Amandsberg", "sports_club"), ("Atletiekclub AA Gent", "sports_club"),
    ("Danscollectief Rabot", "cultural_education"), ("Muziekacademie Gent", "cultural_education"),
    ("Kunstacademie KASK Kids", "cultural_education"), ("Medialab Maakbaar", "media_lab"),
    ("Tumult (jeugdwerk bijzondere doelgroepen)", "special_youth_work"),
    ("Zomerschool Gent", "holiday_initiative"), ("Kamp Kiekeboe", "holiday_initiative"),
    ("Natuurpunt Jeugd Gent", "nature_association"),
]

LOCAL_STAKEHOLDERS = [
    ("Toerisme Limburg", "government", "policy"), ("Stad Hasselt — dienst Toerisme", "government", "policy"),
    ("Brasserie Het Abdijhof", "entrepreneur", "supply"), ("B&B De Kloostertuin", "entrepreneur", "supply"),
    ("Bakkerij Vandeweyer", "entrepreneur", "supply"), ("Fietsverhuur Herkenrode", "entrepreneur", "supply"),
    ("Natuurpunt Demervallei", "nature_association", "supply"), ("Heemkundige kring", "cultural_organisation", "intermediary"),
    ("De Lijn Limburg", "transport", "supply"), ("Buurtcomité Kuringen", "resident", "demand"),
    ("Gidsenvereniging Herkenrode", "cultural_organisation", "supply"),
]

ENTREPRENEUR_SECTORS = ["bouw", "zorg", "ICT", "voeding", "logistiek", "retail", "consultancy", "maakindustrie"]
ENTREPRENEUR_STAKEHOLDERS = [
    ("Provincie Limburg — Economie", "government", "policy"), ("VOKA Limburg", "other", "intermediary"),
    ("UNIZO Limburg", "other", "intermediary"), ("Hogeschool PXL", "cultural_education", "supply"),
    ("Regionale krant Het Belang van Limburg", "other", "intermediary"),
    ("Sociale Innovatiefabriek", "other", "supply"),
]

NEIGHBOURHOOD_VILLAGES = ["Achterbos", "Heide-Heuvel", "Kerkhoven", "Lommel-Centrum", "Lutlommel",
                          "Barrier", "Kolonie", "Stevensvennen"]
ALDERMEN = ["Schepen Ilse Verhaegen", "Schepen Karim Bouzid", "Schepen Tom Reynders",
            "Schepen Greet Claessens"]
SIGNAL_TOPICS = [
    ("Verkeersveiligheid", "Auto's rijden te snel in de schoolstraat bij het begin van de lessen."),
    ("Groen", "Het grasveld aan het speelplein wordt niet meer gemaaid."),
    ("Verlichting", "Straatverlichting in de Kerkstraat is al twee weken defect."),
    ("Afval", "Sluikstort aan de glasbol naast de kerk."),
    ("Ontmoeting", "Bewoners vragen een ontmoetingsruimte voor senioren in het dorp."),
    ("Mobiliteit", "De belbus komt niet meer tot in het gehucht."),
    ("Jeugd", "Jongeren zoeken een plek om na de schooluren samen te komen."),
]
# topic → the alderman holding its portfolio (seed 004: a complaint goes to "de verantwoordelijke wethouder")
PORTFOLIO_HOLDERS = {
    "Verkeersveiligheid": "Karim Bouzid, schepen van Mobiliteit",
    "Mobiliteit": "Karim Bouzid, schepen van Mobiliteit",
    "Groen": "Greet Claessens, schepen van Leefmilieu",
    "Afval": "Greet Claessens, schepen van Leefmilieu",
    "Verlichting": "Tom Reynders, schepen van Openbare Werken",
    "Ontmoeting": "Ilse Verhaegen, schepen van Welzijn en Senioren",
    "Jeugd": "Tom Reynders, schepen van Jeugd",
}
# the agreements for the term from the village council evening (seed 004): (what, owner, due in days from
# today, finished days ago or None, status, note)
COMMITMENTS = [
    ("Notulen en uitnodigingen van de dorpsraden komen bij de betrokken wijkambassadeur en gebiedsmanager terecht",
     "Dorpsraden en team wijkregie", -200, 150, "done", "Vaste mailadressen per dorp afgesproken."),
    ("Jaarlijkse dorpsradenbijeenkomst met het college", "Wijkambassadeurs", -60, 65, "done",
     "Bijeenkomst in het gemeentehuis, verslag rondgestuurd."),
    ("Dorpsraden werken aan hun bekendheid bij de eigen bewoners (nieuwsbrief, stand op het dorpsfeest)",
     "Dorpsraden", -20, None, "open", ""),
    ("Alle relevante afdelingen kennen de dorpsraden en het convenant: presentaties door team wijkregie",
     "Gebiedsmanager", 120, None, "open", "Openbare Werken en Ruimtelijke Ordening zijn al geweest."),
    ("De wijkambassadeur hoeft in het college niet meer te vragen of de dorpsraad betrokken is",
     "College van burgemeester en schepenen", 700, None, "open", "Evaluatie aan het einde van de bestuursperiode."),
    ("Gezamenlijke website van de dorpsraden", "Gemeente (dienst communicatie)", -90, 90, "dropped",
     "Geschrapt: elke dorpsraad houdt een eigen pagina op de gemeentesite."),
]
# village council meetings: (village, held days from today, invitation days before, minutes days after or
# None, ambassador present, area manager present, note)
COUNCIL_MEETINGS = [
    ("Kolonie", -75, 10, 15, True, True, "Verkeersplan rond de school besproken."),
    ("Lutlommel", -45, 7, None, False, True, "Wijkambassadeur verontschuldigd (collegezitting)."),
    ("Achterbos", -20, 7, 10, True, False, "Vraag naar een ontmoetingsruimte voor senioren."),
    ("Heide-Heuvel", 10, None, None, False, False, ""),
]

# names that read like Ghent's own clubs, schools and houses (all fictional); the first use of a name
# stands alone, a second one carries its neighbourhood, as local branches do
CONNECTION_ORG_NAMES = {
    "sports_club": ["Voetbalclub Sparta", "Turnkring Vooruit", "Basketbalclub De Kangoeroes", "Judoclub Kyu",
                    "Zwemclub De Dolfijntjes", "Atletiekclub Olympia", "Tafeltennisclub De Pingpongers",
                    "Badmintonclub Shuttle", "Dansschool Pas de Deux", "Boksclub De Ring"],
    "youth_movement": ["Chiro Sint-Pieter", "Scouts Sint-Jozef", "KSA De Kraaien", "Chiro Ter Heide",
                       "Scouts De Wolven", "KLJ De Linde", "Chiro Onze-Lieve-Vrouw", "FOS Open Scouting De Meeuwen",
                       "Chiro Sint-Amandus", "Scouts Kampvuur"],
    "school": ["Basisschool De Vlieger", "Sint-Lutgardisschool", "Basisschool Het Spoor", "De Wonderboom",
               "Basisschool De Tandem", "Stedelijke Basisschool De Zonnebloem", "Sint-Barbaraschool",
               "Basisschool De Kleine Prins", "Freinetschool De Kameleon", "Basisschool 't Klavertje"],
    "neighbourhood_work": ["Buurtcentrum De Vonk", "Wijkhuis De Kring", "Buurtwerk Het Punt", "Buurthuis De Loods",
                           "Wijkcentrum De Brug", "Buurtcentrum Den Azalee", "Wijkhuis Het Anker",
                           "Buurtwerk De Oever", "Buurthuis De Toren", "Wijkcentrum De Knoop"],
    "playground": ["Speelpleinwerking De Speelvogel", "Speelplein Kriebel", "Speelpleinwerking De Rakkers",
                   "Speelplein Hopla", "Speelpleinwerking Kadee", "Speelplein De Bengels",
                   "Speelpleinwerking Zonneklaar", "Speelplein Joepie", "Speelpleinwerking De Wip",
                   "Speelplein Boemerang"],
    "cultural_education": ["Kunstacademie De Kleurdoos", "Muziekacademie Do-Re-Mi", "Tekenatelier De Potlood",
                           "Theaterschool De Coulisse", "Dansatelier Voetlicht", "Muziekschool De Notenbalk",
                           "Beeldatelier De Klei", "Woordkunstschool De Verteller", "Filmatelier De Lens",
                           "Circusatelier De Jongleur"],
}
