<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>NetworkForm</name>
    <message>
      <source>Strategieën</source>
      <translation>Strategies</translation>
    </message>
    <message>
      <source>Vraagzijde</source>
      <translation>Demand side</translation>
    </message>
    <message>
      <source>Aanbodzijde</source>
      <translation>Supply side</translation>
    </message>
    <message>
      <source> jaar</source>
      <translation> years</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <source>VTE (voltijds equivalent)</source>
      <translation>FTE (full-time equivalent)</translation>
    </message>
    <message>
      <source>Looptijd</source>
      <translation>Term</translation>
    </message>
    <message>
      <source>Aantal jaar</source>
      <translation>Number of years</translation>
    </message>
    <message>
      <source>Aanstelling</source>
      <translation>Hiring</translation>
    </message>
    <message>
      <source>Partner (bij uitbesteding)</source>
      <translation>Partner (when tendered)</translation>
    </message>
    <message>
      <source>Stuurgroep</source>
      <translation>Steering group</translation>
    </message>
    <message>
      <source>Leden</source>
      <translation>Members</translation>
    </message>
    <message>
      <source>naam</source>
      <translation>name</translation>
    </message>
    <message>
      <source>rol</source>
      <translation>role</translation>
    </message>
    <message>
      <source>organisatie</source>
      <translation>organisation</translation>
    </message>
    <message>
      <source>Steungroep</source>
      <translation>Support group</translation>
    </message>
    <message>
      <source>Lid toevoegen</source>
      <translation>Add member</translation>
    </message>
    <message>
      <source>Vergaderingen</source>
      <translation>Meetings</translation>
    </message>
    <message>
      <source>verslag in het kort</source>
      <translation>short minutes</translation>
    </message>
    <message>
      <source>Vergadering toevoegen</source>
      <translation>Add meeting</translation>
    </message>
    <message>
      <source> maanden</source>
      <translation> months</translation>
    </message>
    <message>
      <source>Geslaagde toeleiding = mijlpaal</source>
      <translation>Successful guidance = milestone</translation>
    </message>
    <message>
      <source>Opvolging 'nog actief' na</source>
      <translation>Check 'still taking part' after</translation>
    </message>
    <message>
      <source>Maximale netwerkgrootte</source>
      <translation>Maximum network size</translation>
    </message>
    <message>
      <source>Indicatoren en streefcijfers</source>
      <translation>Indicators and targets</translation>
    </message>
    <message>
      <source>indicator</source>
      <translation>indicator</translation>
    </message>
    <message>
      <source>zelf in te vullen</source>
      <translation>filled in by hand</translation>
    </message>
    <message>
      <source>trajecten gestart</source>
      <translation>trajectories started</translation>
    </message>
    <message>
      <source>geslaagde toeleidingen</source>
      <translation>successful guidances</translation>
    </message>
    <message>
      <source>organisaties bereikt</source>
      <translation>organisations reached</translation>
    </message>
    <message>
      <source>podiumactiviteiten</source>
      <translation>podium activities</translation>
    </message>
    <message>
      <source>signalen beantwoord</source>
      <translation>signals answered</translation>
    </message>
    <message>
      <source>nieuwe relaties</source>
      <translation>new relations</translation>
    </message>
    <message>
      <source>vrije plaatsen</source>
      <translation>available places</translation>
    </message>
    <message>
      <source>werkjaar, bv. 2026-2027</source>
      <translation>working year, e.g. 2026-2027</translation>
    </message>
    <message>
      <source>Streefcijfer bewaren</source>
      <translation>Save target</translation>
    </message>
    <message>
      <source>Let op: harde cijfers kunnen druk zetten op de ambassadeur. Gebruik streefcijfers als richting, niet als norm.</source>
      <translation>Careful: hard numbers can put pressure on the ambassador. Use targets as a direction, not as a norm.</translation>
    </message>
    <message>
      <source>Welke overtuigingen dragen het project? Wat verwacht je van de verbindingsambassadeur, van de partners en van het lokaal bestuur? Schrijf het kort en eerlijk op: het is je toetssteen later.</source>
      <translation>Which beliefs carry the project? What do you expect from the connection ambassador, from partners and from local government? Write it down briefly and honestly: it is your touchstone later.</translation>
    </message>
    <message>
      <source>Breng de huidige situatie in kaart: welke noden zijn er, welk vrijetijdsaanbod bestaat al, welke drempels zie je? Verkennende gesprekken met partners aan vraag- en aanbodzijde helpen hierbij.</source>
      <translation>Map the current situation: which needs are there, which leisure offer exists already, which barriers do you see? Exploratory conversations with partners on the demand and supply side help.</translation>
    </message>
    <message>
      <source>Kies je focus (doelgroep, buurt, vorm van jeugdwerk), één of meer strategieën, het profiel van de ambassadeur, het budget en de looptijd. Personeel is de grootste kost: minstens 50 % VTE, liefst 80 tot 100 %. Voorzie een onbepaalde looptijd of minstens drie jaar.</source>
      <translation>Choose your focus (target group, neighbourhood, form of youth work), one or more strategies, the ambassador profile, the budget and the term. Staff is the biggest cost: at least 50% FTE, preferably 80 to 100%. Plan an indefinite term or at least three years.</translation>
    </message>
    <message>
      <source>Stel je de verbindingsambassadeur zelf aan (eigen bestuur) of besteed je de opdracht uit aan een partner?</source>
      <translation>Do you hire the connection ambassador yourself (in-house) or do you tender the assignment to a partner?</translation>
    </message>
    <message>
      <source>Wie ondersteunt de ambassadeur? Een stuurgroep of steungroep, vorming, intervisie en coaching.</source>
      <translation>Who supports the ambassador? A steering or support group, training, intervision and coaching.</translation>
    </message>
    <message>
      <source>Leg doelen en indicatoren vast, met streefcijfers waar dat zinvol is — let op: harde cijfers kunnen druk zetten op de ambassadeur. Spreek af wat je registreert en wanneer je rapporteert.</source>
      <translation>Set goals and indicators, with targets where that makes sense — careful: hard numbers can put pressure on the ambassador. Agree on what you register and when you report.</translation>
    </message>
    <message>
      <source>1. Visie en verwachtingen</source>
      <translation>1. Beliefs and expectations</translation>
    </message>
    <message>
      <source>2. Omgevingsanalyse</source>
      <translation>2. Current situation</translation>
    </message>
    <message>
      <source>3. Keuze</source>
      <translation>3. Choice</translation>
    </message>
    <message>
      <source>4. Aanstelling</source>
      <translation>4. Hiring</translation>
    </message>
    <message>
      <source>5. Ondersteuning</source>
      <translation>5. Support</translation>
    </message>
    <message>
      <source>6. Opvolging</source>
      <translation>6. Follow-up</translation>
    </message>
    <message>
      <source>Overtuigingen en verwachtingen</source>
      <translation>Beliefs and expectations</translation>
    </message>
    <message>
      <source>Noden</source>
      <translation>Needs</translation>
    </message>
    <message>
      <source>Bestaand aanbod</source>
      <translation>Existing offer</translation>
    </message>
    <message>
      <source>Drempels</source>
      <translation>Barriers</translation>
    </message>
    <message>
      <source>Verkennende gesprekken</source>
      <translation>Exploratory conversations</translation>
    </message>
    <message>
      <source>Doelgroep</source>
      <translation>Target group</translation>
    </message>
    <message>
      <source>Buurt of gebied</source>
      <translation>Neighbourhood or area</translation>
    </message>
    <message>
      <source>Vorm van jeugdwerk</source>
      <translation>Form of youth work</translation>
    </message>
    <message>
      <source>Profiel van de ambassadeur</source>
      <translation>Ambassador profile</translation>
    </message>
    <message>
      <source>Vorming</source>
      <translation>Training</translation>
    </message>
    <message>
      <source>Intervisie</source>
      <translation>Intervision</translation>
    </message>
    <message>
      <source>Coaching</source>
      <translation>Coaching</translation>
    </message>
    <message>
      <source>Registratieafspraken</source>
      <translation>Registration agreements</translation>
    </message>
    <message>
      <source>Rapporteringsmomenten</source>
      <translation>Reporting moments</translation>
    </message>
  </context>
  <context>
    <name>RecordEditor</name>
    <message>
      <source>Nieuw</source>
      <translation>New</translation>
    </message>
    <message>
      <source>Verwijderen</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Bewaren</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Bewaard.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <source>‘{0}’ verwijderen?</source>
      <translation>Delete ‘{0}’?</translation>
    </message>
    <message>
      <source>{0} records</source>
      <translation>{0} records</translation>
    </message>
    <message>
      <source>Concept weggooien</source>
      <translation>Discard draft</translation>
    </message>
    <message>
      <source>Concept van {0}, nog niet bewaard: pas aan en klik op Bewaren, of gooi het concept weg.</source>
      <translation>Draft of {0}, not saved yet: correct it and click Save, or discard the draft.</translation>
    </message>
    <message>
      <source>nieuw record</source>
      <translation>new record</translation>
    </message>
    <message>
      <source>Wijzigingen aan ‘{0}’ automatisch bewaard.</source>
      <translation>Changes to ‘{0}’ saved automatically.</translation>
    </message>
    <message>
      <source>‘{0}’ kon nog niet bewaard worden ({1}); je wijzigingen staan als concept in de kluis en komen terug als je het record opent.</source>
      <translation>‘{0}’ could not be saved yet ({1}); your changes are kept as a draft in the vault and come back when you open the record.</translation>
    </message>
    <message>
      <source>Verwijderd.</source>
      <translation>Deleted.</translation>
    </message>
  </context>
  <context>
    <name>Tab</name>
    <message>
      <source>Nieuwe stakeholder</source>
      <translation>New stakeholder</translation>
    </message>
    <message>
      <source>Concept weggooien</source>
      <translation>Discard draft</translation>
    </message>
    <message>
      <source>Concept van {0}, nog niet bewaard: pas aan en klik op Bewaren, of gooi het concept weg.</source>
      <translation>Draft of {0}, not saved yet: correct it and click Save, or discard the draft.</translation>
    </message>
    <message>
      <source>Netwerkprofiel automatisch bewaard.</source>
      <translation>Network profile saved automatically.</translation>
    </message>
    <message>
      <source>Wat je in het netwerkprofiel typte en nog niet bewaard kon worden, staat als concept in de kluis en komt terug als je het tabblad opent.</source>
      <translation>What you typed in the network profile and could not be saved yet is kept as a draft in the vault and comes back when you open the tab.</translation>
    </message>
  </context>
  <context>
    <name>ReportWizard</name>
    <message>
      <source>Het jaarverslag in wording is als concept bewaard; je vindt het terug in het tabblad Jaarverslag.</source>
      <translation>The annual report in progress was saved as a draft; you will find it in the Annual report tab.</translation>
    </message>
  </context>
</TS>
