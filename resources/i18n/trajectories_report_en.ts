<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/widgets/bars.py" line="31"/>
        <source>Nog geen gegevens voor deze periode.</source>
        <translation>No data for this period yet.</translation>
    </message>
</context>
<context>
    <name>CriteriaPage</name>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="167"/>
        <source>Procescriteria</source>
        <translation>Process criteria</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="168"/>
        <source>Resultaten</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="174"/>
        <source>bewijs of toelichting</source>
        <translation>evidence or notes</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="123"/>
        <source>Deze cijfers komen uit de kluis. Klopt er iets niet? Pas de gegevens aan in de tabbladen en kom terug; bij het afronden worden ze bevroren.</source>
        <translation>These figures come from the vault. Something wrong? Correct the data in the tabs and come back; they are frozen when you finish.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="151"/>
        <source>Indicatoren</source>
        <translation>Indicators</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="74"/>
        <source>Bereikt</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="79"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="82"/>
        <source>Aantal proefmomenten</source>
        <translation>Number of trial sessions</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="83"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="88"/>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="89"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="97"/>
        <source>vul de datum in (dd/mm/jjjj)</source>
        <translation>fill in the date (dd/mm/yyyy)</translation>
    </message>
</context>
<context>
    <name>NarrativePage</name>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="197"/>
        <source>Schrijf per onderdeel een toelichting. Lege regel = nieuwe alinea, ‘- ’ = opsomming, **vet**.</source>
        <translation>Write a narrative per section. Empty line = new paragraph, ‘- ’ = bullet, **bold**.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="210"/>
        <source>In de kijker (citaten, verhalen — nooit de naam van een kind)</source>
        <translation>Highlights (quotes, stories — never a child’s name)</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="237"/>
        <source>Onderdelen</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="242"/>
        <source>Grafieken tonen</source>
        <translation>Show charts</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="247"/>
        <source>Aantallen over trajecten kleiner dan dit getal worden getoond als ‘&lt; N’.</source>
        <translation>Trajectory counts below this number are shown as ‘&lt; N’.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="250"/>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="255"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="257"/>
        <source>Kleine aantallen verbergen onder</source>
        <translation>Hide small numbers below</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="258"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="259"/>
        <source>Voettekst</source>
        <translation>Footer</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="263"/>
        <source>Logo kiezen</source>
        <translation>Choose a logo</translation>
    </message>
</context>
<context>
    <name>PeriodPage</name>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="93"/>
        <source>Werkjaar {0}</source>
        <translation>Working year {0}</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="95"/>
        <source>Kalenderjaar {0}</source>
        <translation>Calendar year {0}</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="96"/>
        <source>Netwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="97"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="100"/>
        <source>definitief</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="100"/>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="103"/>
        <source>Nog geen eerdere jaarverslagen voor dit netwerk.</source>
        <translation>No earlier annual reports for this network yet.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="104"/>
        <source>Eerdere verslagen</source>
        <translation>Earlier reports</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="293"/>
        <source>Exporteren als PDF…</source>
        <translation>Export as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="330"/>
        <source>Het voorbeeld kon niet gemaakt worden: {0}</source>
        <translation>The preview could not be made: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="335"/>
        <source>Jaarverslag bewaren</source>
        <translation>Save annual report</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="339"/>
        <source>Jaarverslag bewaard: {0}</source>
        <translation>Annual report saved: {0}</translation>
    </message>
</context>
<context>
    <name>ReportWizard</name>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="352"/>
        <source>Jaarverslag</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="360"/>
        <source>Bewaren als concept</source>
        <translation>Save as draft</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="363"/>
        <source>Volgende &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="364"/>
        <source>&lt; Vorige</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="365"/>
        <source>Afronden en bevriezen</source>
        <translation>Finish and freeze</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="366"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/wizard.py" line="380"/>
        <source>Concept bewaard.</source>
        <translation>Draft saved.</translation>
    </message>
</context>
<context>
    <name>Tab</name>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="161"/>
        <source>Zoeken op code (Ctrl+F)</source>
        <translation>Search by code (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="166"/>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="167"/>
        <source>Alle drempels</source>
        <translation>All barriers</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="168"/>
        <source>Mijlpaal te checken (14 dagen)</source>
        <translation>Milestone to check (14 days)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="170"/>
        <location filename="../../ui/tabs/trajectories/view.py" line="405"/>
        <source>Alle jaren</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="198"/>
        <source>Nog geen trajecten. Klik op ‘Nieuw traject’ (Ctrl+N) na een eerste contact.</source>
        <translation>No trajectories yet. Click ‘New trajectory’ (Ctrl+N) after a first contact.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="202"/>
        <location filename="../../ui/tabs/trajectories/view.py" line="544"/>
        <source>Nieuw traject</source>
        <translation>New trajectory</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="214"/>
        <source>Traject</source>
        <translation>Trajectory</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="219"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="221"/>
        <source>niet ingevuld</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="221"/>
        <source>meisje</source>
        <translation>girl</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="221"/>
        <source>jongen</source>
        <translation>boy</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="222"/>
        <source>x / anders</source>
        <translation>x / other</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="226"/>
        <source>bv. GZN-1042 — groepeert broers en zussen</source>
        <translation>e.g. GZN-1042 — groups brothers and sisters</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="230"/>
        <source>Optioneel. Blijft op deze laptop: nooit in lijsten, exports of rapporten.</source>
        <translation>Optional. Stays on this laptop: never in lists, exports or reports.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="231"/>
        <source>Naam tonen</source>
        <translation>Show name</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="240"/>
        <source>Eerste contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="241"/>
        <source>Geboortejaar</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="242"/>
        <source>Geslacht</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="243"/>
        <source>Wijk</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="244"/>
        <source>Gezinscode</source>
        <translation>Family code</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="245"/>
        <source>Naam (optioneel, lokaal)</source>
        <translation>Name (optional, local)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="246"/>
        <source>Doorverwezen door</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="247"/>
        <source>Begeleider</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="248"/>
        <source>Wensen en interesses</source>
        <translation>Wishes and interests</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="250"/>
        <source>Aanbod (vrije plaatsen · wachtlijst)</source>
        <translation>Offers (available places · waiting list)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="257"/>
        <location filename="../../ui/tabs/trajectories/view.py" line="284"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="263"/>
        <source>Drempels</source>
        <translation>Barriers</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="271"/>
        <source>andere drempel (vrij in te vullen)</source>
        <translation>other barrier (free text)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="274"/>
        <location filename="../../ui/tabs/trajectories/view.py" line="462"/>
        <source>Ondersteuning</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="290"/>
        <source>Afsluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="294"/>
        <source>toelichting</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="295"/>
        <source>Traject afsluiten</source>
        <translation>Close trajectory</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="304"/>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="327"/>
        <source>&lt;b&gt;Retentiefunnel&lt;/b&gt; (trajecten gestart in deze periode)</source>
        <translation>&lt;b&gt;Retention funnel&lt;/b&gt; (trajectories started in this period)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="334"/>
        <source>&lt;b&gt;Drempels&lt;/b&gt;</source>
        <translation>&lt;b&gt;Barriers&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="349"/>
        <source>Trajecten</source>
        <translation>Trajectories</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="350"/>
        <source>Inzicht</source>
        <translation>Insight</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="385"/>
        <source>— niet ingevuld —</source>
        <translation>— not filled in —</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="395"/>
        <source>Alle begeleiders</source>
        <translation>All workers</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="396"/>
        <source>Alle wijken</source>
        <translation>All neighbourhoods</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="432"/>
        <source>{0} trajecten</source>
        <translation>{0} trajectories</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="451"/>
        <source>Gestart</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="454"/>
        <source>indicatie: ± {0} gestart per jaar</source>
        <translation>indication: about {0} started a year</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="456"/>
        <source>Indicatie uit de praktijk (geen norm): een ervaren voltijdse verbindingsambassadeur met een uitgebouwd netwerk start ongeveer 80 trajecten per jaar en leidt er 60 à 70 succesvol toe. Voor {0} VTE: ± {1} gestart, {2}–{3} geslaagd. Dit netwerk: {4} gestart, {5} geslaagd.</source>
        <translation>Indication from practice (not a norm): an experienced full-time connection ambassador with a built network starts about 80 trajectories a year and guides 60 to 70 successfully. For {0} FTE: about {1} started, {2}–{3} successful. This network: {4} started, {5} successful.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="463"/>
        <location filename="../../ui/tabs/trajectories/view.py" line="465"/>
        <location filename="../../ui/tabs/trajectories/view.py" line="467"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="464"/>
        <source>Aanbod met de meeste inschrijvingen</source>
        <translation>Offers with most enrolments</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="466"/>
        <source>Doorverwijzers</source>
        <translation>Referral sources</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="524"/>
        <source>{0}  ·  vrije plaatsen {1} · wachtlijst {2}</source>
        <translation>{0}  ·  available places {1} · waiting list {2}</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="545"/>
        <source>De code wordt automatisch toegekend bij het bewaren.</source>
        <translation>The code is assigned automatically when you save.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="572"/>
        <source>Vul de datum van het eerste contact in (dd/mm/jjjj).</source>
        <translation>Fill in the date of the first contact (dd/mm/yyyy).</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="587"/>
        <source>Geboortejaar {0} is niet mogelijk.</source>
        <translation>Birth year {0} is not possible.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="600"/>
        <source>Traject bewaard.</source>
        <translation>Trajectory saved.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="619"/>
        <location filename="../../ui/tabs/trajectories/view.py" line="683"/>
        <source>Bewaar het traject eerst.</source>
        <translation>Save the trajectory first.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="665"/>
        <source>Bewaar het traject eerst en kies dan een aanbod.</source>
        <translation>Save the trajectory first, then choose an offer.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="696"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/trajectories/view.py" line="696"/>
        <source>Dit traject verwijderen?</source>
        <translation>Delete this trajectory?</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/view.py" line="39"/>
        <source>Maak het jaarverslag voor de stuurgroep: kies de periode, kijk de cijfers na, vink de procescriteria aan, schrijf je toelichting en bekijk het voorbeeld. Bij het afronden worden cijfers en tekst bevroren, zodat je later exact hetzelfde verslag opnieuw kan maken.</source>
        <translation>Make the annual report for the steering group: choose the period, review the figures, tick the process criteria, write your narrative and look at the preview. When you finish, figures and text are frozen so that you can make exactly the same report again later.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/view.py" line="45"/>
        <source>Nieuw jaarverslag…</source>
        <translation>New annual report…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/view.py" line="47"/>
        <source>Concept hervatten…</source>
        <translation>Resume draft…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/view.py" line="49"/>
        <source>PDF opnieuw maken…</source>
        <translation>Make the PDF again…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/view.py" line="69"/>
        <source>Nog geen jaarverslagen. Klik op ‘Nieuw jaarverslag…’.</source>
        <translation>No annual reports yet. Click ‘New annual report…’.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/view.py" line="109"/>
        <source>Kies eerst een concept in de lijst.</source>
        <translation>First choose a draft in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/view.py" line="118"/>
        <source>Kies eerst een definitief verslag in de lijst.</source>
        <translation>First choose a final report in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/view.py" line="121"/>
        <source>Jaarverslag bewaren</source>
        <translation>Save annual report</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/view.py" line="134"/>
        <source>PDF wordt gemaakt…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/view.py" line="135"/>
        <source>Bewaard: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/report/view.py" line="136"/>
        <source>De PDF kon niet gemaakt worden: {0}</source>
        <translation>The PDF could not be made: {0}</translation>
    </message>
</context>
<context><name>ReportWizard</name><message><source>Jaarverslag — stap {0} van {1}: {2}</source><translation>Annual report — step {0} of {1}: {2}</translation></message><message><source>Het jaarverslag {0} afronden en bevriezen? Cijfers, tekst en opties liggen daarna vast; volgend jaar vergelijkt het verslag met deze cijfers.</source><translation>Finish and freeze the annual report {0}? Figures, text and options are then fixed; next year's report compares with these figures.</translation></message><message><source>Nog na te kijken:</source><translation>Still to check:</translation></message></context></TS>
