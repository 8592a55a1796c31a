<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="206"/>
        <source>Contactmoment met {0}</source>
        <translation>Contact moment with {0}</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="214"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="215"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="216"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="217"/>
        <source>Volgend contact</source>
        <translation>Next contact</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="222"/>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="223"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="232"/>
        <source>vul de datum in (dd/mm/jjjj)</source>
        <translation>fill in the date (dd/mm/yyyy)</translation>
    </message>
</context>
<context>
    <name>StakeholderForm</name>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="66"/>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="85"/>
        <location filename="../../ui/tabs/stakeholders/form.py" line="88"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="96"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="96"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="96"/>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="97"/>
        <source>Zijde</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="97"/>
        <source>Relatiefase</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="98"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="98"/>
        <source>Wijk</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="98"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="99"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="99"/>
        <source>Sterkte van de band (1–5)</source>
        <translation>Relationship strength (1–5)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="100"/>
        <source>Invloed (0–100)</source>
        <translation>Influence (0–100)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="100"/>
        <source>Interesse (0–100)</source>
        <translation>Interest (0–100)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="101"/>
        <source>Vrije plaatsen</source>
        <translation>Available places</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="101"/>
        <source>Wachtlijst</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="102"/>
        <source>Engagementsverklaring getekend op</source>
        <translation>Engagement declaration signed on</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="103"/>
        <source>Volgend contact</source>
        <translation>Next contact</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="104"/>
        <source>Zorgen en prioriteiten</source>
        <translation>Concerns and priorities</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="104"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="109"/>
        <source>Relatiefase: geschiedenis</source>
        <translation>Stage history</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="115"/>
        <source>Contactmomenten (Ctrl+K: contactmoment toevoegen)</source>
        <translation>Contact moments (Ctrl+K: add a contact moment)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="127"/>
        <source>Nieuwe stakeholder</source>
        <translation>New stakeholder</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="172"/>
        <source>  · volgend contact {0}</source>
        <translation>  · next contact {0}</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="175"/>
        <source>Contactpersonen: {0}</source>
        <translation>Contact persons: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="176"/>
        <source>Nog geen contactpersonen.</source>
        <translation>No contact persons yet.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="183"/>
        <source>Engagementsverklaring: {0}</source>
        <translation>Engagement declaration: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/form.py" line="187"/>
        <source>Volgend contact: {0}</source>
        <translation>Next contact: {0}</translation>
    </message>
</context>
<context>
    <name>Tab</name>
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
        <location filename="../../ui/tabs/overview/view.py" line="39"/>
        <source>stakeholders</source>
        <translation>stakeholders</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview/view.py" line="39"/>
        <source>ambassadeurs</source>
        <translation>ambassadors</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview/view.py" line="40"/>
        <source>trajecten</source>
        <translation>trajectories</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview/view.py" line="40"/>
        <source>signalen</source>
        <translation>signals</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview/view.py" line="41"/>
        <source>activiteiten</source>
        <translation>activities</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview/view.py" line="41"/>
        <source>contactmomenten</source>
        <translation>contact moments</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview/view.py" line="51"/>
        <source>&lt;b&gt;Wat vraagt aandacht&lt;/b&gt; (dubbelklik om te openen)</source>
        <translation>&lt;b&gt;Needs attention&lt;/b&gt; (double-click to open)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview/view.py" line="63"/>
        <source>Niets dringends vandaag: geen achterstallige contacten, mijlpalen of signalen.</source>
        <translation>Nothing urgent today: no overdue contacts, milestones or signals.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/view.py" line="58"/>
        <source>Zoeken op naam, gemeente of wijk (Ctrl+F)</source>
        <translation>Search by name, municipality or neighbourhood (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/view.py" line="63"/>
        <source>Alle categorieën</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/view.py" line="64"/>
        <source>Alle zijden</source>
        <translation>All sides</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/view.py" line="65"/>
        <source>Alle fasen</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/view.py" line="71"/>
        <source>Achterstallig contact</source>
        <translation>Overdue contact</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/view.py" line="72"/>
        <source>Heeft vrije plaatsen</source>
        <translation>Has available places</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/view.py" line="92"/>
        <location filename="../../ui/tabs/stakeholders/view.py" line="198"/>
        <source>Nog geen stakeholders. Klik op ‘Nieuw’ (Ctrl+N) om een eerste lokale speler toe te voegen.</source>
        <translation>No stakeholders yet. Click ‘New’ (Ctrl+N) to add a first local player.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/view.py" line="97"/>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/view.py" line="100"/>
        <source>Contactmoment…</source>
        <translation>Contact moment…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/view.py" line="103"/>
        <location filename="../../ui/tabs/stakeholders/view.py" line="320"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/view.py" line="123"/>
        <location filename="../../ui/tabs/network/view.py" line="105"/>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/view.py" line="138"/>
        <source>Lijst</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/view.py" line="139"/>
        <source>Invloed en interesse</source>
        <translation>Influence and interest</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/view.py" line="140"/>
        <source>Relatiefasen</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/view.py" line="195"/>
        <source>{0} stakeholders</source>
        <translation>{0} stakeholders</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/view.py" line="199"/>
        <source>Geen stakeholders gevonden met deze zoekterm of filters.</source>
        <translation>No stakeholders match this search or these filters.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/view.py" line="286"/>
        <source>Bewaard.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/view.py" line="293"/>
        <source>Kies eerst een stakeholder in de lijst.</source>
        <translation>First choose a stakeholder in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/stakeholders/view.py" line="321"/>
        <source>Stakeholder ‘{0}’ verwijderen? De contactmomenten verdwijnen mee uit de lijsten.</source>
        <translation>Delete stakeholder ‘{0}’? Its contact moments disappear from the lists too.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/network/view.py" line="129"/>
        <source>Strategieën</source>
        <translation>Strategies</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/network/view.py" line="132"/>
        <source>Vraagzijde</source>
        <translation>Demand side</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/network/view.py" line="132"/>
        <source>Aanbodzijde</source>
        <translation>Supply side</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/network/view.py" line="154"/>
        <source> jaar</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/network/view.py" line="155"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/network/view.py" line="156"/>
        <source>VTE (voltijds equivalent)</source>
        <translation>FTE (full-time equivalent)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/network/view.py" line="157"/>
        <source>Looptijd</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/network/view.py" line="158"/>
        <source>Aantal jaar</source>
        <translation>Number of years</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/network/view.py" line="164"/>
        <source>Aanstelling</source>
        <translation>Hiring</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/network/view.py" line="165"/>
        <source>Partner (bij uitbesteding)</source>
        <translation>Partner (when tendered)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/network/view.py" line="169"/>
        <source>Stuurgroep</source>
        <translation>Steering group</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/network/view.py" line="177"/>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/network/view.py" line="180"/>
        <source>Geslaagde toeleiding = mijlpaal</source>
        <translation>Successful guidance = milestone</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/network/view.py" line="181"/>
        <source>Opvolging &apos;nog actief&apos; na</source>
        <translation>Check 'still taking part' after</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/network/view.py" line="182"/>
        <source>Maximale netwerkgrootte</source>
        <translation>Maximum network size</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/network/view.py" line="216"/>
        <source>nog geen leden</source>
        <translation>no members yet</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/network/view.py" line="218"/>
        <source>Laatste vergadering: {0}</source>
        <translation>Last meeting: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/network/view.py" line="255"/>
        <source>Netwerkprofiel bewaard.</source>
        <translation>Network profile saved.</translation>
    </message>
</context>
</TS>
