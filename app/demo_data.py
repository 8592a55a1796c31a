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
