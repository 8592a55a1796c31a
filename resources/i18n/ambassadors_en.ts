<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="69"/>
        <source>Motivatieprofiel: vragenlijst</source>
        <translation>Motivation profile: questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="74"/>
        <source>Hoe sterk herken je jezelf in elke uitspraak? (0 = helemaal niet, 4 = helemaal)</source>
        <translation>How strongly do you recognise yourself in each statement? (0 = not at all, 4 = completely)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="91"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Tab</name>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="137"/>
        <source>Zoeken op naam, organisatie of dorp (Ctrl+F)</source>
        <translation>Search by name, organisation or village (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="142"/>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="143"/>
        <source>Alle profielen</source>
        <translation>All profiles</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="165"/>
        <source>Nog geen ambassadeurs. Draag een eerste ambassadeur voor met ‘Voordragen’ (Ctrl+N).</source>
        <translation>No ambassadors yet. Nominate a first ambassador with ‘Nominate’ (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="171"/>
        <source>Voordragen…</source>
        <translation>Nominate…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="184"/>
        <source>Opnieuw voordragen</source>
        <translation>Nominate again</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="185"/>
        <source>Aanstellen</source>
        <translation>Appoint</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="186"/>
        <source>Actief maken</source>
        <translation>Make active</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="187"/>
        <source>Erelid maken</source>
        <translation>Make honorary member</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="188"/>
        <source>Stopzetten…</source>
        <translation>End…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="199"/>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="210"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="211"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="212"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="213"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="214"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="215"/>
        <source>Dorp of wijk</source>
        <translation>Village or neighbourhood</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="216"/>
        <source>Voorgedragen door</source>
        <translation>Nominated by</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="217"/>
        <source>Charter getekend op</source>
        <translation>Charter signed on</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="221"/>
        <source>Motivatieprofiel</source>
        <translation>Motivation profile</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="224"/>
        <source>— nog niet gekozen —</source>
        <translation>— not chosen yet —</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="226"/>
        <source>Vragenlijst…</source>
        <translation>Questionnaire…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="236"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="247"/>
        <source>Doet graag</source>
        <translation>Likes to do</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="249"/>
        <source>Sterktes</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="251"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="255"/>
        <source>Diversiteit (optioneel, enkel met toestemming; alleen als totalen getoond)</source>
        <translation>Diversity (optional, only with consent; shown as totals only)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="258"/>
        <source>Toestemming gegeven</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="263"/>
        <location filename="../../ui/tabs/ambassadors/view.py" line="463"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="264"/>
        <location filename="../../ui/tabs/ambassadors/view.py" line="464"/>
        <source>Grootte bedrijf</source>
        <translation>Company size</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="265"/>
        <location filename="../../ui/tabs/ambassadors/view.py" line="465"/>
        <source>Fase in het thema</source>
        <translation>Phase in the theme</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="266"/>
        <location filename="../../ui/tabs/ambassadors/view.py" line="466"/>
        <source>Leeftijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="267"/>
        <location filename="../../ui/tabs/ambassadors/view.py" line="467"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="268"/>
        <location filename="../../ui/tabs/ambassadors/view.py" line="468"/>
        <source>Achtergrond</source>
        <translation>Background</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="274"/>
        <source>Vormingen, netwerkmomenten en bedankmomenten</source>
        <translation>Trainings, network meetings and thank-you moments</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="288"/>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="291"/>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="326"/>
        <source>Groepsfasen (Tuckman)</source>
        <translation>Group phases (Tuckman)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="333"/>
        <source>interventie of vaststelling</source>
        <translation>intervention or observation</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="334"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="336"/>
        <location filename="../../ui/tabs/ambassadors/view.py" line="768"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="349"/>
        <source>Ambassadeurs</source>
        <translation>Ambassadors</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="350"/>
        <source>Netwerkgezondheid</source>
        <translation>Network health</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="408"/>
        <source>Podium {0}: ● groen = {1} of meer, oranje = 1 tot {2}, rood = nog geen.</source>
        <translation>Podium {0}: ● green = {1} or more, amber = 1 to {2}, red = none yet.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="431"/>
        <source>Netwerkgrootte</source>
        <translation>Network size</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="432"/>
        <source>Jaarlijkse momenten</source>
        <translation>Yearly moments</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="433"/>
        <source>Mandaten die binnen 6 maanden aflopen</source>
        <translation>Terms ending within 6 months</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="434"/>
        <source>Voordrachten die wachten</source>
        <translation>Nominations waiting</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="435"/>
        <source>Diversiteit</source>
        <translation>Diversity</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="440"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="440"/>
        <source>nog niet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="443"/>
        <source>Aanstellingsmoment: {0} ({1} aangesteld)</source>
        <translation>Appointment moment: {0} ({1} appointed)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="447"/>
        <source>Bedankmoment: {0}</source>
        <translation>Thank-you moment: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="451"/>
        <location filename="../../ui/tabs/ambassadors/view.py" line="457"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="461"/>
        <source>andere/verborgen</source>
        <translation>other/hidden</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="472"/>
        <source>geen gegevens</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="477"/>
        <source>(enkel wie toestemming gaf; groepen kleiner dan 3 samengevoegd tot ‘andere/verborgen’)</source>
        <translation>(only those who consented; groups smaller than 3 merged into ‘other/hidden’)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="491"/>
        <source>Nog geen groepsfase genoteerd. Noteer waar de groep staat en wat je doet.</source>
        <translation>No group phase noted yet. Note where the group stands and what you do.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="497"/>
        <source>wacht langer dan 30 dagen</source>
        <translation>waiting more than 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="556"/>
        <source>Mandaat: {0} tot {1}</source>
        <translation>Term: {0} to {1}</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="584"/>
        <source>Vormingen: {0} · netwerkmomenten: {1} · bedankt: {2}{3} · podium: {4}</source>
        <translation>Trainings: {0} · network meetings: {1} · thanked: {2}{3} · podium: {4}</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="589"/>
        <source> (laatst {0})</source>
        <translation> (last {0})</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="602"/>
        <source> (afwezig)</source>
        <translation> (absent)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="612"/>
        <source>Kies een profiel of vul de vragenlijst in om te zien hoe je deze ambassadeur best ondersteunt.</source>
        <translation>Choose a profile or fill in the questionnaire to see how best to support this ambassador.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="619"/>
        <source>Jouw rol als projectleider</source>
        <translation>Your role as project lead</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="620"/>
        <source>Instrumenten</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="637"/>
        <location filename="../../ui/tabs/ambassadors/view.py" line="641"/>
        <source>Voordragen</source>
        <translation>Nominate</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="637"/>
        <source>Naam van de nieuwe ambassadeur:</source>
        <translation>Name of the new ambassador:</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="641"/>
        <source>Voorgedragen door:</source>
        <translation>Nominated by:</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="671"/>
        <source>Stopzetten</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="671"/>
        <source>Waarom stopt deze ambassadeur?</source>
        <translation>Why does this ambassador stop?</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="702"/>
        <source>Charter: {0}</source>
        <translation>Charter: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="733"/>
        <source>Bewaard.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="776"/>
        <source>Deze ambassadeur verwijderen? De gegevens verdwijnen uit lijsten en verslagen.</source>
        <translation>Delete this ambassador? The data disappears from lists and reports.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/ambassadors/view.py" line="811"/>
        <source>Kies een ambassadeur in de lijst of draag iemand voor (Ctrl+N).</source>
        <translation>Choose an ambassador in the list or nominate someone (Ctrl+N).</translation>
    </message>
</context>
</TS>
