<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="231"/>
        <source>Contactmoment met {0}</source>
        <translation>Contact moment with {0}</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="239"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="240"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="241"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="242"/>
        <source>Volgend contact</source>
        <translation>Next contact</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="247"/>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="248"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="257"/>
        <source>vul de datum in (dd/mm/jjjj)</source>
        <translation>fill in the date (dd/mm/yyyy)</translation>
    </message>
</context>
<context>
    <name>StakeholderForm</name>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="69"/>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="88"/>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="91"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="99"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="99"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="99"/>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="100"/>
        <source>Zijde</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="100"/>
        <source>Relatiefase</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="101"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="101"/>
        <source>Wijk</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="101"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="102"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="102"/>
        <source>Sterkte van de band (1–5)</source>
        <translation>Relationship strength (1–5)</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="103"/>
        <source>Invloed (0–100)</source>
        <translation>Influence (0–100)</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="103"/>
        <source>Interesse (0–100)</source>
        <translation>Interest (0–100)</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="104"/>
        <source>Vrije plaatsen</source>
        <translation>Available places</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="104"/>
        <source>Wachtlijst</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="105"/>
        <source>Engagementsverklaring getekend op</source>
        <translation>Engagement declaration signed on</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="106"/>
        <source>Volgend contact</source>
        <translation>Next contact</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="107"/>
        <source>Zorgen en prioriteiten</source>
        <translation>Concerns and priorities</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="107"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="112"/>
        <source>Relatiefase: geschiedenis</source>
        <translation>Stage history</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="118"/>
        <source>Contactmomenten (Ctrl+K: contactmoment toevoegen)</source>
        <translation>Contact moments (Ctrl+K: add a contact moment)</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="123"/>
        <source>Contactpersonen</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="130"/>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="132"/>
        <source>rol</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="134"/>
        <source>e-mail of telefoon</source>
        <translation>e-mail or phone</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="135"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="136"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="145"/>
        <source>Nieuwe stakeholder</source>
        <translation>New stakeholder</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="161"/>
        <source>Bewaar de stakeholder eerst; daarna kan je contactpersonen toevoegen.</source>
        <translation>Save the stakeholder first; then you can add contact persons.</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="191"/>
        <source>  · volgend contact {0}</source>
        <translation>  · next contact {0}</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="201"/>
        <source>Nog geen contactpersonen.</source>
        <translation>No contact persons yet.</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="208"/>
        <source>Engagementsverklaring: {0}</source>
        <translation>Engagement declaration: {0}</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/form.py" line="212"/>
        <source>Volgend contact: {0}</source>
        <translation>Next contact: {0}</translation>
    </message>
</context>
<context>
    <name>Tab</name>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="107"/>
        <location filename="../../work/main/ui/tabs/stakeholders/view.py" line="125"/>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="131"/>
        <source>Strategieën</source>
        <translation>Strategies</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="134"/>
        <source>Vraagzijde</source>
        <translation>Demand side</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="134"/>
        <source>Aanbodzijde</source>
        <translation>Supply side</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="156"/>
        <source> jaar</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="157"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="158"/>
        <source>VTE (voltijds equivalent)</source>
        <translation>FTE (full-time equivalent)</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="159"/>
        <source>Looptijd</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="160"/>
        <source>Aantal jaar</source>
        <translation>Number of years</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="166"/>
        <source>Aanstelling</source>
        <translation>Hiring</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="167"/>
        <source>Partner (bij uitbesteding)</source>
        <translation>Partner (when tendered)</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="171"/>
        <location filename="../../work/main/ui/tabs/network/view.py" line="181"/>
        <source>Stuurgroep</source>
        <translation>Steering group</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="174"/>
        <source>Leden</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="177"/>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="177"/>
        <source>rol</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="177"/>
        <source>organisatie</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="182"/>
        <source>Steungroep</source>
        <translation>Support group</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="184"/>
        <source>Lid toevoegen</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="190"/>
        <source>Vergaderingen</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="194"/>
        <source>verslag in het kort</source>
        <translation>short minutes</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="195"/>
        <source>Vergadering toevoegen</source>
        <translation>Add meeting</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="207"/>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="210"/>
        <source>Geslaagde toeleiding = mijlpaal</source>
        <translation>Successful guidance = milestone</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="211"/>
        <source>Opvolging &apos;nog actief&apos; na</source>
        <translation>Check 'still taking part' after</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="212"/>
        <source>Maximale netwerkgrootte</source>
        <translation>Maximum network size</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="215"/>
        <source>Indicatoren en streefcijfers</source>
        <translation>Indicators and targets</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="218"/>
        <source>indicator</source>
        <translation>indicator</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="220"/>
        <source>zelf in te vullen</source>
        <translation>filled in by hand</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="221"/>
        <source>trajecten gestart</source>
        <translation>trajectories started</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="222"/>
        <source>geslaagde toeleidingen</source>
        <translation>successful guidances</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="223"/>
        <source>organisaties bereikt</source>
        <translation>organisations reached</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="224"/>
        <source>podiumactiviteiten</source>
        <translation>podium activities</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="225"/>
        <source>signalen beantwoord</source>
        <translation>signals answered</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="226"/>
        <source>nieuwe relaties</source>
        <translation>new relations</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="227"/>
        <source>vrije plaatsen</source>
        <translation>available places</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="230"/>
        <source>werkjaar, bv. 2026-2027</source>
        <translation>working year, e.g. 2026-2027</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="233"/>
        <source>Streefcijfer bewaren</source>
        <translation>Save target</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="238"/>
        <source>Let op: harde cijfers kunnen druk zetten op de ambassadeur. Gebruik streefcijfers als richting, niet als norm.</source>
        <translation>Careful: hard numbers can put pressure on the ambassador. Use targets as a direction, not as a norm.</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="276"/>
        <source>nog geen leden</source>
        <translation>no members yet</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="278"/>
        <source>Laatste vergadering: {0}</source>
        <translation>Last meeting: {0}</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="285"/>
        <source>stuurgroep</source>
        <translation>steering group</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="285"/>
        <source>steungroep</source>
        <translation>support group</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/network/view.py" line="382"/>
        <source>Netwerkprofiel bewaard.</source>
        <translation>Network profile saved.</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/view.py" line="58"/>
        <source>Zoeken op naam, gemeente of wijk (Ctrl+F)</source>
        <translation>Search by name, municipality or neighbourhood (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/view.py" line="63"/>
        <source>Alle categorieën</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/view.py" line="64"/>
        <source>Alle zijden</source>
        <translation>All sides</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/view.py" line="65"/>
        <source>Alle fasen</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/view.py" line="71"/>
        <source>Achterstallig contact</source>
        <translation>Overdue contact</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/view.py" line="72"/>
        <source>Heeft vrije plaatsen</source>
        <translation>Has available places</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/view.py" line="92"/>
        <location filename="../../work/main/ui/tabs/stakeholders/view.py" line="200"/>
        <source>Nog geen stakeholders. Klik op ‘Nieuw’ (Ctrl+N) om een eerste lokale speler toe te voegen.</source>
        <translation>No stakeholders yet. Click ‘New’ (Ctrl+N) to add a first local player.</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/view.py" line="97"/>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/view.py" line="100"/>
        <source>Contactmoment…</source>
        <translation>Contact moment…</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/view.py" line="103"/>
        <location filename="../../work/main/ui/tabs/stakeholders/view.py" line="322"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/view.py" line="140"/>
        <source>Lijst</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/view.py" line="141"/>
        <source>Invloed en interesse</source>
        <translation>Influence and interest</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/view.py" line="142"/>
        <source>Relatiefasen</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/view.py" line="197"/>
        <source>{0} stakeholders</source>
        <translation>{0} stakeholders</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/view.py" line="201"/>
        <source>Geen stakeholders gevonden met deze zoekterm of filters.</source>
        <translation>No stakeholders match this search or these filters.</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/view.py" line="288"/>
        <source>Bewaard.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/view.py" line="295"/>
        <source>Kies eerst een stakeholder in de lijst.</source>
        <translation>First choose a stakeholder in the list.</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/view.py" line="323"/>
        <source>Stakeholder ‘{0}’ verwijderen? De contactmomenten verdwijnen mee uit de lijsten.</source>
        <translation>Delete stakeholder ‘{0}’? Its contact moments disappear from the lists too.</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/tabs/stakeholders/view.py" line="343"/>
        <source>Bewaar de stakeholder eerst.</source>
        <translation>Save the stakeholder first.</translation>
    </message>
</context>
</TS>
