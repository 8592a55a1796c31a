"""Domain vocabulary: every enumeration of DOMAIN.md with its Dutch and English label.

The code stores the enum value (English, stable); the UI and reports show `label(member, lang)`.
This module is free of Qt so the CLI and reports translate the same way as the GUI.
"""

from __future__ import annotations

from enum import StrEnum


class NetworkKind(StrEnum):
    CONNECTION = "connection"  # verbindingsambassadeurs voor het jeugdwerk (seed 001, 003)
    LOCAL = "local"  # lokaal ambassadeurschap rond een site of project (seed 000)
    ENTREPRENEUR = "entrepreneur"  # ambassadeursnetwerk van ondernemers (seed 002)
    NEIGHBOURHOOD = "neighbourhood"  # wijkambassadeurs (seed 004)


class Strategy(StrEnum):
    OUTREACH = "outreach"
    LOW_THRESHOLD = "low_threshold"
    INDIVIDUAL_GUIDANCE = "individual_guidance"
    SUPPORT_ASSOCIATIONS = "support_associations"
    COOPERATION = "cooperation"
    STRUCTURAL = "structural"


STRATEGY_SIDE: dict[Strategy, str] = {
    Strategy.OUTREACH: "demand",
    Strategy.LOW_THRESHOLD: "demand",
    Strategy.INDIVIDUAL_GUIDANCE: "demand",
    Strategy.SUPPORT_ASSOCIATIONS: "supply",
    Strategy.COOPERATION: "supply",
    Strategy.STRUCTURAL: "supply",
}


class HiringMode(StrEnum):
    IN_HOUSE = "in_house"
    TENDERED = "tendered"


class TermKind(StrEnum):
    INDEFINITE = "indefinite"
    FIXED = "fixed"


class Side(StrEnum):
    DEMAND = "demand"
    SUPPLY = "supply"
    INTERMEDIARY = "intermediary"
    POLICY = "policy"


class StakeholderKind(StrEnum):
    ORGANISATION = "organisation"
    PERSON = "person"


class Category(StrEnum):
    OCMW = "ocmw"
    HUIS_VAN_HET_KIND = "huis_van_het_kind"
    SCHOOL = "school"
    OKAN = "okan"
    LIBRARY = "library"
    NEIGHBOURHOOD_WORK = "neighbourhood_work"
    SELF_ORGANISATION = "self_organisation"
    POLICE = "police"
    YOUTH_MOVEMENT = "youth_movement"
    YOUTH_HOUSE = "youth_house"
    PLAYGROUND = "playground"
    SPORTS_CLUB = "sports_club"
    SPECIAL_YOUTH_WORK = "special_youth_work"
    MEDIA_LAB = "media_lab"
    CULTURAL_EDUCATION = "cultural_education"
    HOLIDAY_INITIATIVE = "holiday_initiative"
    CULTURAL_ORGANISATION = "cultural_organisation"
    NATURE_ASSOCIATION = "nature_association"
    GOVERNMENT = "government"
    TRANSPORT = "transport"
    ENTREPRENEUR = "entrepreneur"
    RESIDENT = "resident"
    VILLAGE_COUNCIL = "village_council"
    RESIDENTS_PLATFORM = "residents_platform"
    ALDERMAN = "alderman"
    AREA_MANAGER = "area_manager"
    MUNICIPAL_DEPARTMENT = "municipal_department"
    OTHER = "other"


class Stage(StrEnum):
    MAPPED = "mapped"
    INTRODUCED = "introduced"
    MAINTAINED = "maintained"
    INVOLVED = "involved"
    PARTNER = "partner"


STAGE_ORDER: list[Stage] = list(Stage)


class InteractionKind(StrEnum):
    VISIT = "visit"
    INFO_MOMENT = "info_moment"
    INVITATION = "invitation"
    NEWSLETTER = "newsletter"
    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    OTHER = "other"


class Quadrant(StrEnum):
    MANAGE_CLOSELY = "manage_closely"  # high influence, high interest
    KEEP_SATISFIED = "keep_satisfied"  # high influence, low interest
    KEEP_INFORMED = "keep_informed"  # low influence, high interest
    MONITOR = "monitor"  # low, low


class AmbassadorStatus(StrEnum):
    NOMINATED = "nominated"
    APPOINTED = "appointed"
    ACTIVE = "active"
    HONORARY = "honorary"
    FORMER = "former"


AMBASSADOR_TRANSITIONS: dict[AmbassadorStatus, set[AmbassadorStatus]] = {
    AmbassadorStatus.NOMINATED: {AmbassadorStatus.APPOINTED, AmbassadorStatus.FORMER},
    AmbassadorStatus.APPOINTED: {AmbassadorStatus.ACTIVE, AmbassadorStatus.HONORARY, AmbassadorStatus.FORMER},
    AmbassadorStatus.ACTIVE: {AmbassadorStatus.HONORARY, AmbassadorStatus.FORMER},
    AmbassadorStatus.HONORARY: {AmbassadorStatus.FORMER, AmbassadorStatus.ACTIVE},
    AmbassadorStatus.FORMER: {AmbassadorStatus.NOMINATED},
}


class MotivationProfile(StrEnum):
    DIRECTOR = "director"
    TEACHER = "teacher"
    COACH = "coach"
    SELLER = "seller"
    PLAYER = "player"


class AmbassadorContactKind(StrEnum):
    CONVERSATION = "conversation"  # een-op-eengesprek
    CALL = "call"
    VISIT = "visit"  # bedrijfsbezoek of thuis
    MESSAGE = "message"


class RecruitingSector(StrEnum):
    """Where a recruiting call looks for new ambassadors (seed 000: "Ga op zoek in verschillende
    sectoren: culturele organisaties, natuurverenigingen, overheden, vervoersmaatschappijen,...";
    seed 002: entrepreneurs of every sector and size)."""

    CULTURE = "culture"
    NATURE = "nature"
    GOVERNMENT = "government"
    TRANSPORT = "transport"
    TOURISM = "tourism"  # horeca en toerisme
    RETAIL = "retail"
    INDUSTRY = "industry"
    SERVICES = "services"
    CARE = "care"  # zorg en welzijn
    EDUCATION = "education"
    ASSOCIATIONS = "associations"  # verenigingen en vrijwilligers
    RESIDENTS = "residents"


class RequestKind(StrEnum):
    """What a third party asks of an ambassador (seed 002: "door derden gevraagd voor een workshop of inleiding")."""

    WORKSHOP = "workshop"
    TALK = "talk"  # inleiding of lezing
    VISIT = "visit"  # bedrijfsbezoek
    OTHER = "other"


class RequestStatus(StrEnum):
    NEW = "new"
    ASSIGNED = "assigned"  # an ambassador is asked
    ACCEPTED = "accepted"  # the ambassador said yes: the requester has an answer
    HELD = "held"
    DECLINED = "declined"


class EngagementType(StrEnum):
    PODIUM = "podium"
    RECRUITING = "recruiting"
    SIGNALLING = "signalling"
    HOSTING = "hosting"
    MENTORING = "mentoring"
    EVENTS = "events"
    ADVICE = "advice"


class GroupPhase(StrEnum):
    FORMING = "forming"
    STORMING = "storming"
    NORMING = "norming"
    PERFORMING = "performing"
    ADJOURNING = "adjourning"


class ActivityKind(StrEnum):
    NETWORK_MEETING = "network_meeting"
    TRAINING = "training"
    INFO_MOMENT = "info_moment"
    PODIUM_PRESENTATION = "podium_presentation"
    PODIUM_WORKSHOP = "podium_workshop"
    PODIUM_COMPANY_VISIT = "podium_company_visit"
    PODIUM_INTERVIEW = "podium_interview"
    PODIUM_ARTICLE = "podium_article"
    THANK_YOU = "thank_you"
    EVENT = "event"
    INTERVISION = "intervision"


PODIUM_KINDS: frozenset[ActivityKind] = frozenset(
    {
        ActivityKind.PODIUM_PRESENTATION,
        ActivityKind.PODIUM_WORKSHOP,
        ActivityKind.PODIUM_COMPANY_VISIT,
        ActivityKind.PODIUM_INTERVIEW,
        ActivityKind.PODIUM_ARTICLE,
    }
)


class Barrier(StrEnum):
    INFORMAL_LEISURE = "informal_leisure"
    OFFER_MISMATCH = "offer_mismatch"
    DISTANCE_TO_SOCIETY = "distance_to_society"
    NO_FAMILY_HABIT = "no_family_habit"
    MANY_WORRIES = "many_worries"
    KNOWS_NOBODY = "knows_nobody"
    NO_PERSONAL_BOND = "no_personal_bond"
    HABIT_DIFFERENCES = "habit_differences"
    HARD_TO_REACH = "hard_to_reach"
    OFFER_MISSING = "offer_missing"
    UNAFFORDABLE = "unaffordable"
    NOT_AWARE = "not_aware"
    OTHER = "other"


class SupplyBarrier(StrEnum):
    """What holds a leisure provider back (seed 003, step 2), beside the demand-side Barrier."""

    VOLUNTEER_CAPACITY = "volunteer_capacity"
    WAITING_LIST = "waiting_list"
    SUPPORT_DISTANCE = "support_distance"
    SMALL_NETWORK = "small_network"
    IDENTITY_HABITS = "identity_habits"
    TURNOVER = "turnover"
    OTHER = "other"


class SupportKind(StrEnum):
    FEE = "fee"
    ACCOMPANIMENT = "accompaniment"
    TRANSPORT = "transport"
    MATERIAL = "material"
    OTHER = "other"


class MilestoneKind(StrEnum):
    FIRST_CONTACT = "first_contact"
    TRIAL = "trial"
    ENROLLED = "enrolled"
    STILL_ACTIVE = "still_active"
    RE_ENROLLED = "re_enrolled"
    CLOSED = "closed"


MILESTONE_ORDER: list[MilestoneKind] = list(MilestoneKind)


class ClosingReason(StrEnum):
    SUCCESS = "success"
    DROPPED_OUT = "dropped_out"
    NO_SUITABLE_OFFER = "no_suitable_offer"
    MOVED = "moved"
    NO_CONTACT = "no_contact"
    FAMILY_DECLINED = "family_declined"
    REFERRED_ELSEWHERE = "referred_elsewhere"
    OTHER = "other"


class TrajectoryStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class AgeBand(StrEnum):
    UNDER_6 = "0-5"
    AGE_6_11 = "6-11"
    AGE_12_15 = "12-15"
    AGE_16_18 = "16-18"
    AGE_19_25 = "19-25"
    ADULT = "26+"


class RaisedByKind(StrEnum):
    AMBASSADOR = "ambassador"
    STAKEHOLDER = "stakeholder"
    RESIDENT = "resident"


class SignalStatus(StrEnum):
    NEW = "new"
    FORWARDED = "forwarded"
    ANSWERED = "answered"
    CLOSED = "closed"


class CommitmentStatus(StrEnum):
    """An agreement for the term (convenant, seed 004), followed up like a milestone."""

    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class SteeringGroupKind(StrEnum):
    STEERING = "steering"
    SUPPORT = "support"


class PersonKind(StrEnum):
    CONTACT_PERSON = "contact_person"
    AMBASSADOR = "ambassador"
    TRAJECTORY = "trajectory"
    STAKEHOLDER = "stakeholder"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    ERASE = "erase"
    PURGE = "purge"
    EXPORT = "export"


_NL: dict[str, str] = {
    # network kinds
    "NetworkKind.connection": "Verbindingsambassadeurs jeugdwerk",
    "NetworkKind.local": "Lokaal ambassadeurschap",
    "NetworkKind.entrepreneur": "Ambassadeursnetwerk ondernemers",
    "NetworkKind.neighbourhood": "Wijkambassadeurs",
    # strategies
    "Strategy.outreach": "Outreachend werken in de publieke ruimte",
    "Strategy.low_threshold": "Verbinden vanuit laagdrempelig jeugd(welzijns)werk",
    "Strategy.individual_guidance": "Individuele toeleiding",
    "Strategy.support_associations": "Verenigingsondersteuning",
    "Strategy.cooperation": "Samenwerking en netwerkvorming",
    "Strategy.structural": "Structurele en beleidsmatige aanpak",
    "HiringMode.in_house": "Eigen bestuur",
    "HiringMode.tendered": "Uitbesteed",
    "TermKind.indefinite": "Onbepaalde duur",
    "TermKind.fixed": "Bepaalde duur",
    "Side.demand": "Vraagzijde",
    "Side.supply": "Aanbodzijde",
    "Side.intermediary": "Intermediair",
    "Side.policy": "Beleid",
    "StakeholderKind.organisation": "Organisatie",
    "StakeholderKind.person": "Persoon",
    "Category.ocmw": "OCMW",
    "Category.huis_van_het_kind": "Huis van het Kind",
    "Category.school": "School (zorgcoördinator)",
    "Category.okan": "OKAN",
    "Category.library": "Bibliotheek",
    "Category.neighbourhood_work": "Buurtwerk",
    "Category.self_organisation": "Zelforganisatie",
    "Category.police": "Politie",
    "Category.youth_movement": "Jeugdbeweging",
    "Category.youth_house": "Jeugdhuis",
    "Category.playground": "Speelpleinwerking",
    "Category.sports_club": "Sportclub",
    "Category.special_youth_work": "Jeugdwerk voor bijzondere doelgroepen",
    "Category.media_lab": "Medialab",
    "Category.cultural_education": "Kunsteducatie",
    "Category.holiday_initiative": "Vakantie-initiatief (kamp, zomerschool)",
    "Category.cultural_organisation": "Culturele organisatie",
    "Category.nature_association": "Natuurvereniging",
    "Category.government": "Overheid",
    "Category.transport": "Vervoersmaatschappij",
    "Category.entrepreneur": "Lokale ondernemer",
    "Category.resident": "Bewoner",
    "Category.village_council": "Dorpsraad",
    "Category.residents_platform": "Bewonersplatform",
    "Category.alderman": "Schepen",
    "Category.area_manager": "Gebiedsmanager",
    "Category.municipal_department": "Gemeentelijke dienst",
    "Category.other": "Andere",
    "Stage.mapped": "In kaart gebracht",
    "Stage.introduced": "Kennismaking",
    "Stage.maintained": "Onderhouden",
    "Stage.involved": "Uitbouwen",
    "Stage.partner": "Partner/ambassadeur",
    "InteractionKind.visit": "Bezoek",
    "InteractionKind.info_moment": "Infomoment",
    "InteractionKind.invitation": "Uitnodiging",
    "InteractionKind.newsletter": "Nieuwsbrief",
    "InteractionKind.call": "Telefoon",
    "InteractionKind.email": "E-mail",
    "InteractionKind.meeting": "Overleg",
    "InteractionKind.other": "Ander contact",
    "Quadrant.manage_closely": "Nauw betrekken",
    "Quadrant.keep_satisfied": "Tevreden houden",
    "Quadrant.keep_informed": "Informeren",
    "Quadrant.monitor": "Monitoren",
    "AmbassadorStatus.nominated": "Voorgedragen/aspirant",
    "AmbassadorStatus.appointed": "Aangesteld",
    "AmbassadorStatus.active": "Actief",
    "AmbassadorStatus.honorary": "Erelid",
    "AmbassadorStatus.former": "Gestopt",
    "MotivationProfile.director": "Directeur (status)",
    "MotivationProfile.teacher": "Leraar (kennis delen)",
    "MotivationProfile.coach": "Coach (hulp bieden)",
    "MotivationProfile.seller": "Verkoper (merk en klanten)",
    "MotivationProfile.player": "Speler (competitie)",
    "EngagementType.podium": "Podium (presentaties, interviews)",
    "EngagementType.recruiting": "Nieuwe ambassadeurs werven",
    "EngagementType.signalling": "Signalen doorgeven",
    "EngagementType.hosting": "Gastheer/gastvrouw (bedrijfsbezoek)",
    "EngagementType.mentoring": "Coachen en begeleiden",
    "EngagementType.events": "Aanwezig op evenementen",
    "EngagementType.advice": "Advies geven",
    "AmbassadorContactKind.conversation": "Een-op-eengesprek",
    "AmbassadorContactKind.call": "Telefoon",
    "AmbassadorContactKind.visit": "Bezoek",
    "AmbassadorContactKind.message": "Bericht of e-mail",
    "RecruitingSector.culture": "Culturele organisaties",
    "RecruitingSector.nature": "Natuurverenigingen",
    "RecruitingSector.government": "Overheden",
    "RecruitingSector.transport": "Vervoersmaatschappijen",
    "RecruitingSector.tourism": "Horeca en toerisme",
    "RecruitingSector.retail": "Handel en winkels",
    "RecruitingSector.industry": "Industrie en maakbedrijven",
    "RecruitingSector.services": "Zakelijke dienstverlening",
    "RecruitingSector.care": "Zorg en welzijn",
    "RecruitingSector.education": "Onderwijs",
    "RecruitingSector.associations": "Verenigingen en vrijwilligers",
    "RecruitingSector.residents": "Bewoners",
    "RequestKind.workshop": "Workshop",
    "RequestKind.talk": "Inleiding of lezing",
    "RequestKind.visit": "Bedrijfsbezoek",
    "RequestKind.other": "Iets anders",
    "RequestStatus.new": "Nieuw",
    "RequestStatus.assigned": "Ambassadeur gevraagd",
    "RequestStatus.accepted": "Toegezegd",
    "RequestStatus.held": "Gegeven",
    "RequestStatus.declined": "Afgewezen",
    "GroupPhase.forming": "Vormfase (oriëntatie)",
    "GroupPhase.storming": "Stormfase (ontevredenheid)",
    "GroupPhase.norming": "Normfase (oplossing)",
    "GroupPhase.performing": "Prestatiefase (productie)",
    "GroupPhase.adjourning": "Afscheidsfase (slot)",
    "ActivityKind.network_meeting": "Netwerkmoment",
    "ActivityKind.training": "Vorming",
    "ActivityKind.info_moment": "Infomoment",
    "ActivityKind.podium_presentation": "Podium: presentatie",
    "ActivityKind.podium_workshop": "Podium: workshop",
    "ActivityKind.podium_company_visit": "Podium: bedrijfsbezoek",
    "ActivityKind.podium_interview": "Podium: interview",
    "ActivityKind.podium_article": "Podium: artikel",
    "ActivityKind.thank_you": "Bedankmoment",
    "ActivityKind.event": "Evenement",
    "ActivityKind.intervision": "Intervisie",
    "SupplyBarrier.volunteer_capacity": "Beperkte draagkracht van de vrijwilligers (hoofd en agenda vol)",
    "SupplyBarrier.waiting_list": "Geen plaats meer of een wachtlijst",
    "SupplyBarrier.support_distance": "Grote afstand tot het ondersteuningsaanbod",
    "SupplyBarrier.small_network": "Klein netwerk rond de vereniging",
    "SupplyBarrier.identity_habits": "Gewoonten die bij de eigen identiteit horen",
    "SupplyBarrier.turnover": "Groot verloop (om de drie à vier jaar een nieuwe ploeg)",
    "SupplyBarrier.other": "Andere drempel bij de aanbieder",
    "Barrier.informal_leisure": "Gewoonte van informele vrijetijdsbesteding",
    "Barrier.offer_mismatch": "Aanbod sluit niet aan bij de noden",
    "Barrier.distance_to_society": "Afstand tot de samenleving, weinig vertrouwen in de overheid",
    "Barrier.no_family_habit": "Geen gezinsgewoonte van georganiseerde vrije tijd",
    "Barrier.many_worries": "Veel zorgen of andere verantwoordelijkheden",
    "Barrier.knows_nobody": "Kent niemand die deelneemt",
    "Barrier.no_personal_bond": "Geen persoonlijke band met aanbieders",
    "Barrier.habit_differences": "Verschillen in gewoontes moeilijk te overbruggen",
    "Barrier.hard_to_reach": "Aanbod moeilijk bereikbaar",
    "Barrier.offer_missing": "Aanbod bestaat niet",
    "Barrier.unaffordable": "Aanbod onbetaalbaar",
    "Barrier.not_aware": "Niet op de hoogte van het aanbod",
    "Barrier.other": "Andere drempel",
    "SupportKind.fee": "Tussenkomst in inschrijvingsgeld",
    "SupportKind.accompaniment": "Begeleiding naar de eerste keren",
    "SupportKind.transport": "Vervoer",
    "SupportKind.material": "Materiaal",
    "SupportKind.other": "Andere ondersteuning",
    "MilestoneKind.first_contact": "Eerste contact",
    "MilestoneKind.trial": "Proefmomenten",
    "MilestoneKind.enrolled": "Ingeschreven",
    "MilestoneKind.still_active": "Nog actief na 6 maanden",
    "MilestoneKind.re_enrolled": "Opnieuw ingeschreven",
    "MilestoneKind.closed": "Afgesloten",
    "ClosingReason.success": "Geslaagde toeleiding",
    "ClosingReason.dropped_out": "Afgehaakt",
    "ClosingReason.no_suitable_offer": "Geen passend aanbod",
    "ClosingReason.moved": "Verhuisd",
    "ClosingReason.no_contact": "Geen contact meer",
    "ClosingReason.family_declined": "Gezin ziet ervan af",
    "ClosingReason.referred_elsewhere": "Doorverwezen naar andere dienst",
    "ClosingReason.other": "Andere reden",
    "TrajectoryStatus.open": "Lopend",
    "TrajectoryStatus.closed": "Afgesloten",
    "RaisedByKind.ambassador": "Ambassadeur",
    "RaisedByKind.stakeholder": "Stakeholder",
    "RaisedByKind.resident": "Bewoner (anoniem)",
    "SignalStatus.new": "Nieuw",
    "SignalStatus.forwarded": "Doorgegeven",
    "SignalStatus.answered": "Beantwoord",
    "SignalStatus.closed": "Afgesloten",
    "CommitmentStatus.open": "Lopend",
    "CommitmentStatus.done": "Gerealiseerd",
    "CommitmentStatus.dropped": "Geschrapt",
    "SteeringGroupKind.steering": "Stuurgroep",
    "SteeringGroupKind.support": "Steungroep",
    "PersonKind.contact_person": "Contactpersoon",
    "PersonKind.ambassador": "Ambassadeur",
    "PersonKind.trajectory": "Traject",
    "PersonKind.stakeholder": "Stakeholder (persoon)",
}

_EN: dict[str, str] = {
    "NetworkKind.connection": "Connection ambassadors for youth work",
    "NetworkKind.local": "Local ambassadorship",
    "NetworkKind.entrepreneur": "Entrepreneur ambassador network",
    "NetworkKind.neighbourhood": "Neighbourhood ambassadors",
    "Strategy.outreach": "Outreach in public space",
    "Strategy.low_threshold": "Connecting from low-threshold youth work",
    "Strategy.individual_guidance": "Individual guidance",
    "Strategy.support_associations": "Supporting associations",
    "Strategy.cooperation": "Cooperation and network building",
    "Strategy.structural": "Structural and policy approach",
    "HiringMode.in_house": "In-house",
    "HiringMode.tendered": "Tendered",
    "TermKind.indefinite": "Indefinite",
    "TermKind.fixed": "Fixed term",
    "Side.demand": "Demand side",
    "Side.supply": "Supply side",
    "Side.intermediary": "Intermediary",
    "Side.policy": "Policy",
    "StakeholderKind.organisation": "Organisation",
    "StakeholderKind.person": "Person",
    "Category.ocmw": "Public welfare centre (OCMW)",
    "Category.huis_van_het_kind": "Huis van het Kind",
    "Category.school": "School (care coordinator)",
    "Category.okan": "OKAN (reception class)",
    "Category.library": "Library",
    "Category.neighbourhood_work": "Neighbourhood work",
    "Category.self_organisation": "Self-organisation",
    "Category.police": "Police",
    "Category.youth_movement": "Youth movement",
    "Category.youth_house": "Youth house",
    "Category.playground": "Playground work",
    "Category.sports_club": "Sports club",
    "Category.special_youth_work": "Youth work for special target groups",
    "Category.media_lab": "Media lab",
    "Category.cultural_education": "Cultural education",
    "Category.holiday_initiative": "Holiday initiative (camp, summer school)",
    "Category.cultural_organisation": "Cultural organisation",
    "Category.nature_association": "Nature association",
    "Category.government": "Government",
    "Category.transport": "Transport company",
    "Category.entrepreneur": "Local entrepreneur",
    "Category.resident": "Resident",
    "Category.village_council": "Village council",
    "Category.residents_platform": "Residents' platform",
    "Category.alderman": "Alderman",
    "Category.area_manager": "Area manager",
    "Category.municipal_department": "Municipal department",
    "Category.other": "Other",
    "Stage.mapped": "Mapped",
    "Stage.introduced": "Introduced",
    "Stage.maintained": "Maintained",
    "Stage.involved": "Involved",
    "Stage.partner": "Partner/ambassador",
    "InteractionKind.visit": "Visit",
    "InteractionKind.info_moment": "Info moment",
    "InteractionKind.invitation": "Invitation",
    "InteractionKind.newsletter": "Newsletter",
    "InteractionKind.call": "Call",
    "InteractionKind.email": "E-mail",
    "InteractionKind.meeting": "Meeting",
    "InteractionKind.other": "Other contact",
    "Quadrant.manage_closely": "Manage closely",
    "Quadrant.keep_satisfied": "Keep satisfied",
    "Quadrant.keep_informed": "Keep informed",
    "Quadrant.monitor": "Monitor",
    "AmbassadorStatus.nominated": "Nominated/aspirant",
    "AmbassadorStatus.appointed": "Appointed",
    "AmbassadorStatus.active": "Active",
    "AmbassadorStatus.honorary": "Honorary member",
    "AmbassadorStatus.former": "Former",
    "MotivationProfile.director": "Director (status)",
    "MotivationProfile.teacher": "Teacher (sharing knowledge)",
    "MotivationProfile.coach": "Coach (helping)",
    "MotivationProfile.seller": "Seller (brand and clients)",
    "MotivationProfile.player": "Player (competition)",
    "EngagementType.podium": "Podium (presentations, interviews)",
    "EngagementType.recruiting": "Recruiting new ambassadors",
    "EngagementType.signalling": "Passing on signals",
    "EngagementType.hosting": "Hosting (company visit)",
    "EngagementType.mentoring": "Coaching and mentoring",
    "EngagementType.events": "Present at events",
    "EngagementType.advice": "Giving advice",
    "AmbassadorContactKind.conversation": "One-to-one talk",
    "AmbassadorContactKind.call": "Phone call",
    "AmbassadorContactKind.visit": "Visit",
    "AmbassadorContactKind.message": "Message or e-mail",
    "RecruitingSector.culture": "Cultural organisations",
    "RecruitingSector.nature": "Nature associations",
    "RecruitingSector.government": "Governments",
    "RecruitingSector.transport": "Transport companies",
    "RecruitingSector.tourism": "Hospitality and tourism",
    "RecruitingSector.retail": "Trade and shops",
    "RecruitingSector.industry": "Industry and manufacturing",
    "RecruitingSector.services": "Business services",
    "RecruitingSector.care": "Care and welfare",
    "RecruitingSector.education": "Education",
    "RecruitingSector.associations": "Associations and volunteers",
    "RecruitingSector.residents": "Residents",
    "RequestKind.workshop": "Workshop",
    "RequestKind.talk": "Talk or lecture",
    "RequestKind.visit": "Company visit",
    "RequestKind.other": "Something else",
    "RequestStatus.new": "New",
    "RequestStatus.assigned": "Ambassador asked",
    "RequestStatus.accepted": "Accepted",
    "RequestStatus.held": "Held",
    "RequestStatus.declined": "Declined",
    "GroupPhase.forming": "Forming",
    "GroupPhase.storming": "Storming",
    "GroupPhase.norming": "Norming",
    "GroupPhase.performing": "Performing",
    "GroupPhase.adjourning": "Adjourning",
    "ActivityKind.network_meeting": "Network meeting",
    "ActivityKind.training": "Training",
    "ActivityKind.info_moment": "Info moment",
    "ActivityKind.podium_presentation": "Podium: presentation",
    "ActivityKind.podium_workshop": "Podium: workshop",
    "ActivityKind.podium_company_visit": "Podium: company visit",
    "ActivityKind.podium_interview": "Podium: interview",
    "ActivityKind.podium_article": "Podium: article",
    "ActivityKind.thank_you": "Thank-you moment",
    "ActivityKind.event": "Event",
    "ActivityKind.intervision": "Intervision",
    "SupplyBarrier.volunteer_capacity": "Limited capacity of the volunteers (full heads and agendas)",
    "SupplyBarrier.waiting_list": "No room left or a waiting list",
    "SupplyBarrier.support_distance": "Far from the available support",
    "SupplyBarrier.small_network": "Small network around the association",
    "SupplyBarrier.identity_habits": "Habits that are part of its identity",
    "SupplyBarrier.turnover": "High turnover (a new team every three or four years)",
    "SupplyBarrier.other": "Other barrier at the provider",
    "Barrier.informal_leisure": "Habit of informal leisure",
    "Barrier.offer_mismatch": "Offer does not meet needs",
    "Barrier.distance_to_society": "Distance to society, low trust in government",
    "Barrier.no_family_habit": "No family habit of organised leisure",
    "Barrier.many_worries": "Many worries or other responsibilities",
    "Barrier.knows_nobody": "Knows nobody who takes part",
    "Barrier.no_personal_bond": "No personal bond with providers",
    "Barrier.habit_differences": "Differences in habits hard to bridge",
    "Barrier.hard_to_reach": "Offer hard to reach",
    "Barrier.offer_missing": "Offer does not exist",
    "Barrier.unaffordable": "Offer unaffordable",
    "Barrier.not_aware": "Not aware of the offer",
    "Barrier.other": "Other barrier",
    "SupportKind.fee": "Fee contribution",
    "SupportKind.accompaniment": "Accompaniment to first sessions",
    "SupportKind.transport": "Transport",
    "SupportKind.material": "Material",
    "SupportKind.other": "Other support",
    "MilestoneKind.first_contact": "First contact",
    "MilestoneKind.trial": "Trial sessions",
    "MilestoneKind.enrolled": "Enrolled",
    "MilestoneKind.still_active": "Still taking part after 6 months",
    "MilestoneKind.re_enrolled": "Re-enrolled",
    "MilestoneKind.closed": "Closed",
    "ClosingReason.success": "Successful guidance",
    "ClosingReason.dropped_out": "Dropped out",
    "ClosingReason.no_suitable_offer": "No suitable offer",
    "ClosingReason.moved": "Moved away",
    "ClosingReason.no_contact": "Lost contact",
    "ClosingReason.family_declined": "Family declined",
    "ClosingReason.referred_elsewhere": "Referred to another service",
    "ClosingReason.other": "Other reason",
    "TrajectoryStatus.open": "Open",
    "TrajectoryStatus.closed": "Closed",
    "RaisedByKind.ambassador": "Ambassador",
    "RaisedByKind.stakeholder": "Stakeholder",
    "RaisedByKind.resident": "Resident (anonymous)",
    "SignalStatus.new": "New",
    "SignalStatus.forwarded": "Forwarded",
    "SignalStatus.answered": "Answered",
    "SignalStatus.closed": "Closed",
    "CommitmentStatus.open": "Open",
    "CommitmentStatus.done": "Done",
    "CommitmentStatus.dropped": "Dropped",
    "SteeringGroupKind.steering": "Steering group",
    "SteeringGroupKind.support": "Support group",
    "PersonKind.contact_person": "Contact person",
    "PersonKind.ambassador": "Ambassador",
    "PersonKind.trajectory": "Trajectory",
    "PersonKind.stakeholder": "Stakeholder (person)",
}

LABELS: dict[str, dict[str, str]] = {"nl": _NL, "en": _EN}


def label(member: StrEnum, lang: str = "nl") -> str:
    """The user-facing label of an enum member in `lang` ("nl" default, "en")."""
    key = f"{type(member).__name__}.{member.value}"
    table = LABELS.get(lang, _NL)
    return table.get(key) or _NL.get(key) or member.value


def choices(enum: type[StrEnum], lang: str = "nl") -> list[tuple[str, str]]:
    """(value, label) pairs in declaration order, for combo boxes and CLI help."""
    return [(m.value, label(m, lang)) for m in enum]


def quadrant_for(influence: int, interest: int, midpoint: int = 50) -> Quadrant:
    """Power-interest quadrant for scores on 0-100."""
    high_inf = influence >= midpoint
    high_int = interest >= midpoint
    if high_inf and high_int:
        return Quadrant.MANAGE_CLOSELY
    if high_inf:
        return Quadrant.KEEP_SATISFIED
    if high_int:
        return Quadrant.KEEP_INFORMED
    return Quadrant.MONITOR
