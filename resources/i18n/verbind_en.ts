<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../ui/messages.py" line="27"/>
        <source>Verkeerd wachtwoord. Controleer de wachtwoordzin (hoofdletters, spaties) en probeer opnieuw.</source>
        <translation>Wrong passphrase. Check the passphrase (capitals, spaces) and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="29"/>
        <source>Het sleutelbestand naast de kluis ontbreekt. Zet het terug uit een reservekopie: zonder dat bestand kan niemand de kluis openen.</source>
        <translation>The key file beside the vault is missing. Restore it from a backup: without that file nobody can open the vault.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="32"/>
        <source>De kluis is beschadigd en werd niet geopend. Er werd niets gewijzigd.</source>
        <translation>The vault is damaged and was not opened. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="34"/>
        <source>Je reservekopieën staan in: {0}</source>
        <translation>Your backups are in: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37"/>
        <source>Deze kluis werd gemaakt met een nieuwere versie van Verbind. Werk Verbind bij om ze te openen.</source>
        <translation>This vault was made by a newer version of Verbind. Update Verbind to open it.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39"/>
        <source>Deze kluis is al geopend in een ander venster of programma. Sluit dat eerst.</source>
        <translation>This vault is already open in another window or program. Close that first.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41"/>
        <source>Geen kluis gevonden op die plaats.</source>
        <translation>No vault found at that location.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42"/>
        <source>Er ging iets mis: {0}</source>
        <translation>Something went wrong: {0}</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Te kort: gebruik minstens 10 tekens, bijvoorbeeld vier losse woorden.</source>
        <translation>Too short: use at least 10 characters, for example four separate words.</translation>
    </message>
    <message>
        <source>Sterk.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>Goed. Nog langer maakt ze sterker.</source>
        <translation>Good. Longer makes it stronger.</translation>
    </message>
    <message>
        <source>Zwak: maak ze langer of voeg woorden toe.</source>
        <translation>Weak: make it longer or add words.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="190"/>
        <source>Nieuwe kluis maken</source>
        <translation>Create a new vault</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="205"/>
        <source>Bladeren…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="209"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="216"/>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="218"/>
        <source>Herhaal</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="219"/>
        <source>Alles in de kluis wordt versleuteld met deze wachtwoordzin. Niemand kan ze terughalen; je krijgt zo meteen een herstelsleutel.</source>
        <translation>Everything in the vault is encrypted with this passphrase. Nobody can retrieve it; you will get a recovery key in a moment.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="225"/>
        <source>&lt;b&gt;Je herstelsleutel&lt;/b&gt; — schrijf ze op papier en bewaar ze veilig, niet bij de laptop. Ze wordt maar één keer getoond.</source>
        <translation>&lt;b&gt;Your recovery key&lt;/b&gt; — write it on paper and keep it safe, away from the laptop. It is shown only once.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="231"/>
        <source>Herstelblad bewaren als PDF…</source>
        <translation>Save recovery sheet as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="235"/>
        <source>laatste groep van vier tekens</source>
        <translation>last group of four characters</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="236"/>
        <source>Typ ter controle de laatste groep van de sleutel over:</source>
        <translation>To check, type the last group of the key:</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="242"/>
        <source>Kluis maken</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="243"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="254"/>
        <source>Nieuwe kluis</source>
        <translation>New vault</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="255"/>
        <source>Verbind-kluis (*.verbind)</source>
        <translation>Verbind vault (*.verbind)</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="275"/>
        <source>Dat is niet de laatste groep van je herstelsleutel. Kijk ze nog eens na.</source>
        <translation>That is not the last group of your recovery key. Please check it.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="283"/>
        <source>Kies een bestandsnaam voor de kluis.</source>
        <translation>Choose a file name for the vault.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="288"/>
        <source>Er bestaat al een bestand {0}. Kies een andere naam: Verbind overschrijft nooit een kluis.</source>
        <translation>A file {0} already exists. Choose another name: Verbind never overwrites a vault.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="291"/>
        <source>De wachtwoordzin is te kort: gebruik minstens {0} tekens.</source>
        <translation>The passphrase is too short: use at least {0} characters.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="294"/>
        <source>De twee wachtwoordzinnen verschillen.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="310"/>
        <source>Ik heb ze opgeschreven</source>
        <translation>I have written it down</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="319"/>
        <source>Herstelblad bewaren</source>
        <translation>Save recovery sheet</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="326"/>
        <source>Bevestig eerst dat je de herstelsleutel hebt opgeschreven.</source>
        <translation>First confirm that you wrote down the recovery key.</translation>
    </message>
</context>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>Netwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Netwerk: </source>
        <translation>Network: </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Nieuwe kluis…</source>
        <translation>New vault…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Kluis openen…</source>
        <translation>Open vault…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>E&amp;xtra</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>Instellingen…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <location filename="../../ui/main_window.py" line="308"/>
        <source>Over Verbind</source>
        <translation>About Verbind</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Kluis openen</source>
        <translation>Open vault</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>Verbind-kluis (*.verbind)</source>
        <translation>Verbind vault (*.verbind)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>Demokluis wordt geopend…</source>
        <translation>Opening the demo vault…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>Demokluis</source>
        <translation>Demo vault</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Kluis: {0}  ·  vergrendelt na {1} min inactiviteit</source>
        <translation>Vault: {0}  ·  locks after {1} min of inactivity</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>Mijn netwerk</source>
        <translation>My network</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>Vergrendeld.</source>
        <translation>Locked.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>&lt;b&gt;Verbind {0}&lt;/b&gt;&lt;br&gt;Voor wie ambassadeursnetwerken trekt: stakeholders, ambassadeurs, trajecten en het jaarverslag. Alle gegevens staan versleuteld op deze laptop.</source>
        <translation>&lt;b&gt;Verbind {0}&lt;/b&gt;&lt;br&gt;For people who run ambassador networks: stakeholders, ambassadors, trajectories and the annual report. All data is encrypted on this laptop.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="27"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="35"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="36"/>
        <source>nooit (afgeraden)</source>
        <translation>never (not recommended)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="39"/>
        <source>Werkjaar (september–augustus)</source>
        <translation>Working year (September–August)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="40"/>
        <source>Kalenderjaar</source>
        <translation>Calendar year</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="44"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="47"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="48"/>
        <source>Automatisch vergrendelen na</source>
        <translation>Lock automatically after</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="49"/>
        <source>Periode in overzichten</source>
        <translation>Period in overviews</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="50"/>
        <source>Gegevensmap</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="52"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
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
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="64"/>
        <source>Kluis ontgrendelen</source>
        <translation>Unlock vault</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="76"/>
        <source>Kluis: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Vault: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="79"/>
        <source>wachtwoordzin</source>
        <translation>passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="80"/>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="81"/>
        <source>Wachtwoord vergeten?</source>
        <translation>Forgot passphrase?</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="90"/>
        <source>Typ de herstelsleutel van je herstelblad en kies een nieuwe wachtwoordzin.</source>
        <translation>Type the recovery key from your recovery sheet and choose a new passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="93"/>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="98"/>
        <source>Nieuwe wachtwoordzin</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="99"/>
        <source>Herhaal</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="100"/>
        <source>Terug naar wachtwoordzin</source>
        <translation>Back to passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="108"/>
        <location filename="../../ui/lock/dialogs.py" line="122"/>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="109"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="122"/>
        <source>Herstellen en ontgrendelen</source>
        <translation>Recover and unlock</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="144"/>
        <source>Typ je wachtwoordzin.</source>
        <translation>Type your passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="150"/>
        <source>Typ de herstelsleutel.</source>
        <translation>Type the recovery key.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="153"/>
        <source>De nieuwe wachtwoordzin is te kort: minstens {0} tekens.</source>
        <translation>The new passphrase is too short: at least {0} characters.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="156"/>
        <source>De twee nieuwe wachtwoordzinnen verschillen.</source>
        <translation>The two new passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/dialogs.py" line="178"/>
        <source>Deze herstelsleutel past niet bij deze kluis. Controleer elke groep van vier tekens.</source>
        <translation>This recovery key does not fit this vault. Check every group of four characters.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/lock/welcome.py" line="29"/>
        <source>Welkom bij Verbind</source>
        <translation>Welcome to Verbind</translation>
    </message>
    <message>
        <location filename="../../ui/lock/welcome.py" line="32"/>
        <source>Breng je lokale spelers in kaart, volg je ambassadeurs en trajecten op en maak het jaarverslag voor de stuurgroep. Alles staat versleuteld op deze laptop.</source>
        <translation>Map your local players, follow up your ambassadors and trajectories and make the annual report for the steering group. Everything is encrypted on this laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/welcome.py" line="38"/>
        <source>Nieuwe kluis maken…</source>
        <translation>Create a new vault…</translation>
    </message>
    <message>
        <location filename="../../ui/lock/welcome.py" line="39"/>
        <source>Kluis openen…</source>
        <translation>Open vault…</translation>
    </message>
    <message>
        <location filename="../../ui/lock/welcome.py" line="40"/>
        <source>Demokluis openen</source>
        <translation>Open the demo vault</translation>
    </message>
    <message>
        <location filename="../../ui/lock/welcome.py" line="50"/>
        <source>&lt;b&gt;Recente kluizen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recent vaults&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/lock/welcome.py" line="54"/>
        <source>Nog geen recente kluizen. Maak een nieuwe kluis of probeer de demokluis.</source>
        <translation>No recent vaults yet. Create a new vault or try the demo vault.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/welcome.py" line="65"/>
        <source>Dit bestand bestaat niet meer op deze plaats.</source>
        <translation>This file no longer exists at this location.</translation>
    </message>
</context>
</TS>
