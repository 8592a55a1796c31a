<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="48" />
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="48" />
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="48" />
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="48" />
        <source>Soort record</source>
        <translation>Record kind</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="49" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="49" />
        <source>Velden</source>
        <translation>Fields</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="127" />
        <source>Auditlogboek</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="130" />
        <source>Wie wanneer welk record wijzigde en welke velden. De waarden zelf staan nooit in het logboek; na een wissing (AVG) blijft enkel staan dat er gewist werd.</source>
        <translation>Who changed which record and which fields, when. The values themselves are never in the log; after an erasure (GDPR) only the fact that something was erased remains.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="137" />
        <source>Alle soorten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="141" />
        <source>Alle acties</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="144" />
        <source>van dd/mm/jjjj</source>
        <translation>from dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="145" />
        <source>tot dd/mm/jjjj</source>
        <translation>to dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="148" />
        <source>&amp;Filteren</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="180" />
        <source>{0} regels</source>
        <translation>{0} lines</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_viewer.py" line="181" />
        <source>Geen regels die aan de filter voldoen.</source>
        <translation>No lines match the filter.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="50" />
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="54" />
        <source>Een reservekopie is een versleutelde kopie van de kluis, gecontroleerd voor ze telt. Ze opent met de wachtwoordzin van het moment waarop ze gemaakt werd. Map: {0}</source>
        <translation>A backup is an encrypted copy of the vault, verified before it counts. It opens with the passphrase of the moment it was made. Folder: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="62" />
        <source>Let op: de kluis staat in een gesynchroniseerde map ({0}). Een synchronisatie terwijl Verbind werkt kan de kluis beschadigen. Zet ze liever in een gewone map, en bewaar reservekopieën ook op een USB-stick.</source>
        <translation>Note: the vault lives in a synced folder ({0}). Syncing while Verbind works can damage the vault. Keep it in an ordinary folder, and keep backups on a USB stick too.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="69" />
        <source>Gemaakt op</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="69" />
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="75" />
        <source>Nog geen reservekopieën. Maak er nu een; daarna maakt Verbind er elke dag en bij het afsluiten zelf een (zie Instellingen).</source>
        <translation>No backups yet. Make one now; after that Verbind makes one every day and when closing (see Settings).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="86" />
        <source>&amp;Nu een reservekopie maken</source>
        <translation>Make a backup &amp;now</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="89" />
        <source>Naar een andere &amp;map (USB-stick)…</source>
        <translation>To another &amp;folder (USB stick)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="91" />
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="112" />
        <source>Map voor de reservekopie</source>
        <translation>Folder for the backup</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="127" />
        <source>Reservekopie maken en controleren…</source>
        <translation>Making and verifying the backup…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="139" />
        <source>Reservekopie gemaakt en gecontroleerd: {0}</source>
        <translation>Backup made and verified: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="148" />
        <source>De reservekopie is niet gelukt: {0} Er werd geen halve kopie achtergelaten.</source>
        <translation>The backup failed: {0} No half copy was left behind.</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="61" />
        <source>Toestemming bewerken</source>
        <translation>Edit consent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="61" />
        <source>Nieuwe toestemming</source>
        <translation>New consent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="73" />
        <source>&amp;Persoon</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="79" />
        <source>kies of typ het doel</source>
        <translation>choose or type the purpose</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="80" />
        <source>&amp;Doel</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="83" />
        <source>&amp;Gegeven op</source>
        <translation>&amp;Given on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="86" />
        <source>Leeg laten als de toestemming geen einddatum heeft.</source>
        <translation>Leave empty when the consent has no end date.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="87" />
        <source>Geldig &amp;tot</source>
        <translation>Valid &amp;until</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="89" />
        <source>bv. getekend formulier in de map 2026</source>
        <translation>e.g. signed form in the 2026 folder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="90" />
        <source>&amp;Notitie</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="94" />
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="95" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="107" />
        <source>Er zijn nog geen personen in dit netwerk: voeg eerst een ambassadeur, contactpersoon of traject toe.</source>
        <translation>There are no people in this network yet: add an ambassador, contact person or trajectory first.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="115" />
        <source>Kies de persoon uit de lijst.</source>
        <translation>Choose the person from the list.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="43" />
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="51" />
        <source>&amp;Wat</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="53" />
        <source>Het gekozen netwerk</source>
        <translation>The chosen network</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="54" />
        <source>Alle netwerken in deze kluis</source>
        <translation>All networks in this vault</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="58" />
        <source>&amp;Van</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="62" />
        <source>&amp;Formaat</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="65" />
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="69" />
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="72" />
        <source>Ook de optionele namen van kinderen meenemen (afgeraden)</source>
        <translation>Also include children's optional names (not recommended)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="77" />
        <source>&lt;b&gt;Let op:&lt;/b&gt; het exportbestand staat buiten de kluis en is &lt;b&gt;niet versleuteld&lt;/b&gt;. Iedereen die het bestand krijgt, kan het lezen. Bewaar het op een veilige plek en verwijder het zodra je het niet meer nodig hebt.</source>
        <translation>&lt;b&gt;Note:&lt;/b&gt; the export file lives outside the vault and is &lt;b&gt;not encrypted&lt;/b&gt;. Anyone who gets the file can read it. Keep it in a safe place and delete it as soon as you no longer need it.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="82" />
        <source>Ik &amp;begrijp dat het bestand niet versleuteld is</source>
        <translation>I &amp;understand the file is not encrypted</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="92" />
        <source>&amp;Exporteren</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="94" />
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="113" />
        <source>Exporteren naar</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="121" />
        <source>Bevestig eerst dat je begrijpt dat het bestand niet versleuteld is.</source>
        <translation>First confirm that you understand the file is not encrypted.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="125" />
        <source>Kies een bestand om naar te exporteren.</source>
        <translation>Choose a file to export to.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="132" />
        <source>De map {0} bestaat niet. Kies een bestaande map.</source>
        <translation>The folder {0} does not exist. Choose an existing folder.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="157" />
        <source>{0} rijen geschreven naar {1}. Verwijder het bestand wanneer je het niet meer nodig hebt.</source>
        <translation>{0} rows written to {1}. Delete the file when you no longer need it.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="77" />
        <source>Welk bestand?</source>
        <translation>Which file?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="78" />
        <source>Een Excel-bestand (.xlsx) of CSV. Titelrijen boven de kolomnamen en lege rijen zijn geen probleem. Er wordt nog niets ingevoerd.</source>
        <translation>An Excel file (.xlsx) or CSV. Title rows above the column names and empty rows are no problem. Nothing is imported yet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="83" />
        <source>bv. Stakeholderregister 2026.xlsx</source>
        <translation>e.g. Stakeholder register 2026.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="84" />
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="88" />
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="95" />
        <source>&amp;Soort gegevens</source>
        <translation>&amp;Kind of data</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="98" />
        <source>&amp;Werkblad</source>
        <translation>&amp;Sheet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="104" />
        <source>Register kiezen</source>
        <translation>Choose a register</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="105" />
        <source>Excel of CSV (*.xlsx *.csv *.txt);;Alle bestanden (*)</source>
        <translation>Excel or CSV (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="129" />
        <source>Kies een bestaand bestand (.xlsx of .csv).</source>
        <translation>Choose an existing file (.xlsx or .csv).</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="361" />
        <source>Invoeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="368" />
        <source>&amp;Stoppen</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="369" />
        <source>Stopt de import; er wordt dan niets ingevoerd.</source>
        <translation>Stops the import; nothing is imported then.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="383" />
        <source>Bezig met invoeren… (alles of niets: stoppen laat de kluis zoals ze was)</source>
        <translation>Importing… (all or nothing: stopping leaves the vault as it was)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="411" />
        <source>Er dook een probleem op; er werd niets ingevoerd. Ga terug naar de proefrun.</source>
        <translation>A problem came up; nothing was imported. Go back to the dry run.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="413" />
        <source>Klaar: {0} nieuw, {1} bijgewerkt, {2} overgeslagen.</source>
        <translation>Done: {0} new, {1} updated, {2} skipped.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="424" />
        <source>Gestopt: er werd niets ingevoerd.</source>
        <translation>Stopped: nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="426" />
        <source>De import is niet gelukt: {0} Er werd niets ingevoerd.</source>
        <translation>The import failed: {0} Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="443" />
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="452" />
        <location filename="../../ui/dialogs/import_wizard.py" line="463" />
        <source>&amp;Volgende &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="453" />
        <source>&lt; &amp;Terug</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="454" />
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="455" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="461" />
        <source>&amp;Invoeren</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="148" />
        <source>Welke kolom is wat?</source>
        <translation>Which column is what?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="149" />
        <source>Verbind stelde de kolommen voor op basis van hun namen. Pas aan waar nodig; kolommen die je niet koppelt, komen in de notities.</source>
        <translation>Verbind suggested the columns from their names. Adjust where needed; columns you do not link go to the notes.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="155" />
        <source>&amp;Toepassen</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="157" />
        <source>Als voorinstelling &amp;bewaren…</source>
        <translation>&amp;Save as preset…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="159" />
        <source>Voorinstelling:</source>
        <translation>Preset:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="166" />
        <source>Kolom in het bestand</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="166" />
        <source>Voorbeeld</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="167" />
        <source>Wordt in Verbind</source>
        <translation>Becomes in Verbind</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="181" />
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="188" />
        <source>(zonder naam)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="193" />
        <source>→ naar de notities</source>
        <translation>→ to the notes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="194" />
        <source>niet importeren</source>
        <translation>do not import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="224" />
        <source>Voorinstelling bewaren</source>
        <translation>Save preset</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="225" />
        <source>Naam (bv. 'Register van de stad'); de volgende keer kies je ze hier:</source>
        <translation>Name (e.g. 'City register'); next time you choose it here:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="242" />
        <source>Elk veld mag maar aan één kolom hangen: {0}.</source>
        <translation>Each field can be linked to one column only: {0}.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="261" />
        <source>Proefrun</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="262" />
        <source>Zo zou de import lopen. Er is nog niets ingevoerd.</source>
        <translation>This is how the import would go. Nothing is imported yet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="268" />
        <location filename="../../ui/dialogs/import_wizard.py" line="278" />
        <source>Regel</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="268" />
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="268" />
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="269" />
        <source>Wat is er mis</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="274" />
        <source>Deze rijen lijken op een record dat al bestaat. Kies per rij:</source>
        <translation>These rows look like a record that already exists. Choose per row:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="278" />
        <source>In het bestand</source>
        <translation>In the file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="279" />
        <source>Bestaat al als</source>
        <translation>Already exists as</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="279" />
        <source>Wat doen</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="284" />
        <source>Bestand &amp;opnieuw inlezen</source>
        <translation>&amp;Read the file again</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="285" />
        <source>Na een verbetering in Excel: lees het bestand opnieuw in met dezelfde kolommen.</source>
        <translation>After a correction in Excel: read the file again with the same columns.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="319" />
        <source>{0} problemen: zo wordt er niets ingevoerd. Verbeter ze in het bestand, bewaar het en kies ‘Bestand opnieuw inlezen’.</source>
        <translation>{0} problems: nothing is imported like this. Fix them in the file, save it and choose ‘Read the file again’.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="322" />
        <source>Klaar om in te voeren: {0} nieuw, {1} bijgewerkt, {2} overgeslagen.</source>
        <translation>Ready to import: {0} new, {1} updated, {2} skipped.</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="133" />
        <source>Privacy en toestemmingen</source>
        <translation>Privacy and consents</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="143" />
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="152" />
        <source>Toestemmingen per persoon en doel. Verbind herinnert je op het overzicht 30 dagen voor een toestemming verloopt.</source>
        <translation>Consents per person and purpose. Verbind reminds you on the overview 30 days before a consent expires.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="157" />
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="157" />
        <source>Doel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="157" />
        <source>Gegeven op</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="158" />
        <source>Geldig tot</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="158" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="158" />
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="166" />
        <source>Nog geen toestemmingen geregistreerd. Klik op ‘Nieuwe toestemming’ (Ctrl+N).</source>
        <translation>No consents recorded yet. Click ‘New consent’ (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="171" />
        <source>&amp;Nieuwe toestemming…</source>
        <translation>&amp;New consent…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="174" />
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="176" />
        <source>&amp;Intrekken…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="182" />
        <source>Toestemmingen</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="198" />
        <source>geen einddatum</source>
        <translation>no end date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="221" />
        <location filename="../../ui/dialogs/privacy_dialog.py" line="229" />
        <source>Kies eerst een toestemming in de lijst.</source>
        <translation>First choose a consent in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="232" />
        <source>Deze toestemming intrekken vanaf vandaag? Ze blijft zichtbaar als ‘ingetrokken’.</source>
        <translation>Withdraw this consent as of today? It stays visible as ‘withdrawn’.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="247" />
        <source>Inzage: alle gegevens die Verbind over één persoon bewaart, als JSON of leesbare PDF (het bestand is niet versleuteld: bezorg het veilig). Wissen: de persoon verdwijnt definitief; verwijzingen in trajecten en activiteiten worden geanonimiseerd en het auditlogboek houdt enkel bij dát er gewist werd.</source>
        <translation>Access: all data Verbind keeps about one person, as JSON or a readable PDF (the file is not encrypted: deliver it safely). Erase: the person is gone for good; references in trajectories and activities are anonymised and the audit log only keeps that an erasure happened.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="256" />
        <source>&amp;Persoon</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="259" />
        <source>Inzage &amp;exporteren…</source>
        <translation>&amp;Export access…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="261" />
        <source>Definitief &amp;wissen…</source>
        <translation>&amp;Erase for good…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="271" />
        <source>Inzage en wissen</source>
        <translation>Access and erasure</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="286" />
        <location filename="../../ui/dialogs/privacy_dialog.py" line="309" />
        <source>Kies eerst een persoon.</source>
        <translation>First choose a person.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="289" />
        <source>Inzage bewaren</source>
        <translation>Save access file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="290" />
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="301" />
        <location filename="../../ui/dialogs/privacy_dialog.py" line="430" />
        <source>Niet gelukt: {0}</source>
        <translation>Failed: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="303" />
        <source>Bewaard in {0}. Dit bestand is niet versleuteld: bezorg het veilig en verwijder het daarna.</source>
        <translation>Saved to {0}. This file is not encrypted: deliver it safely and delete it afterwards.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="312" />
        <source>Definitief wissen</source>
        <translation>Erase for good</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="313" />
        <source>Dit kan niet ongedaan gemaakt worden. Typ ter bevestiging de naam of code over:
{0}</source>
        <translation>This cannot be undone. To confirm, type the name or code:
{0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="317" />
        <source>De bevestiging klopt niet: er werd niets gewist.</source>
        <translation>The confirmation does not match: nothing was erased.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="327" />
        <source>{0} is gewist.</source>
        <translation>{0} has been erased.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="337" />
        <source>Hoe lang Verbind gegevens bewaart. Opschonen wist de vrije tekst en optionele namen van afgesloten trajecten die ouder zijn dan de termijn; data, mijlpalen en redenen blijven, zodat de jaartotalen en bevroren jaarverslagen kloppen. Opschonen is veilig om te herhalen.</source>
        <translation>How long Verbind keeps data. Purging clears the free text and optional names of closed trajectories older than the term; dates, milestones and reasons stay, so yearly totals and frozen annual reports stay right. Purging is safe to repeat.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="345" />
        <source> jaar</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="351" />
        <source>Termijn &amp;bewaren</source>
        <translation>Save &amp;term</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="353" />
        <source>&amp;Opschonen…</source>
        <translation>&amp;Purge…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="363" />
        <source>Bewaartermijnen</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="368" />
        <source>Bewaard: trajecten {0} jaar na afsluiten.</source>
        <translation>Saved: trajectories {0} years after closing.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="374" />
        <source>Niets op te schonen: geen afgesloten trajecten ouder dan {0} jaar met vrije tekst.</source>
        <translation>Nothing to purge: no closed trajectories older than {0} years with free text.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="378" />
        <source>{0} afgesloten trajecten zijn ouder dan {1} jaar. Hun vrije tekst en optionele namen worden gewist; de totalen blijven. Opschonen?</source>
        <translation>{0} closed trajectories are older than {1} years. Their free text and optional names will be cleared; the totals stay. Purge?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="386" />
        <source>{0} trajecten opgeschoond.</source>
        <translation>{0} trajectories purged.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="396" />
        <source>Bewaren als &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="398" />
        <source>Bewaren als &amp;Markdown…</source>
        <translation>Save as &amp;Markdown…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="406" />
        <source>Register (art. 30)</source>
        <translation>Register (art. 30)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="420" />
        <source>Register bewaren</source>
        <translation>Save register</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialog.py" line="432" />
        <source>Bewaard in {0}.</source>
        <translation>Saved to {0}.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="49" />
        <source>Reservekopie terugzetten</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="53" />
        <source>Kies de reservekopie die je wil terugzetten. Ze vervangt de huidige kluis; die blijft bewaard als {0}.before-restore-&lt;datum-tijd&gt;, zodat er niets verloren gaat.</source>
        <translation>Choose the backup to restore. It replaces the current vault; that one is kept as {0}.before-restore-&lt;date-time&gt;, so nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="59" />
        <source>Reservekopieën van deze kluis</source>
        <translation>Backups of this vault</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="71" />
        <source>Er staan nog geen reservekopieën naast deze kluis. Kies een bestand, bv. op een USB-stick.</source>
        <translation>There are no backups beside this vault yet. Choose a file, e.g. on a USB stick.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="79" />
        <source>…/kluis-20261124-170000.verbind</source>
        <translation>…/vault-20261124-170000.verbind</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="80" />
        <source>Ander &amp;bestand…</source>
        <translation>Other &amp;file…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="84" />
        <source>&amp;Reservekopie</source>
        <translation>&amp;Backup</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="89" />
        <source>de wachtwoordzin van toen de kopie gemaakt werd</source>
        <translation>the passphrase from when the copy was made</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="90" />
        <source>&amp;Wachtwoordzin</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="97" />
        <source>&amp;Controleren en terugzetten…</source>
        <translation>&amp;Verify and restore…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="99" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="112" />
        <source>Reservekopie kiezen</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="113" />
        <source>Verbind-kluis (*.verbind)</source>
        <translation>Verbind vault (*.verbind)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="123" />
        <source>Kies een reservekopie (een bestand dat eindigt op .verbind).</source>
        <translation>Choose a backup (a file ending in .verbind).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="126" />
        <source>Dat is de kluis zelf, geen reservekopie. Kies een kopie uit de lijst of een bestand.</source>
        <translation>That is the vault itself, not a backup. Choose a copy from the list or a file.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="129" />
        <source>Typ de wachtwoordzin waarmee de reservekopie gemaakt werd.</source>
        <translation>Type the passphrase the backup was made with.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="152" />
        <source>De reservekopie is in orde. De huidige kluis {0} wordt nu vervangen door deze kopie; wat je sindsdien wijzigde, staat dan niet meer in de kluis. De huidige kluis blijft bewaard als {0}.before-restore-&lt;datum-tijd&gt;.

Terugzetten?</source>
        <translation>The backup is sound. The current vault {0} will now be replaced by this copy; what you changed since will no longer be in the vault. The current vault is kept as {0}.before-restore-&lt;date-time&gt;.

Restore?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="180" />
        <source>Reservekopie teruggezet. De vorige kluis staat in {0}.</source>
        <translation>Backup restored. The previous vault is in {0}.</translation>
    </message>
</context>
<context><name>ImportWizard</name><message><source>Kies of maak eerst een netwerk: gegevens worden in een netwerk ingevoerd.</source><translation>First choose or make a network: data is imported into a network.</translation></message></context><context><name>MainWindow</name><message><source>Privacy en toestemmingen…</source><translation>Privacy and consents…</translation></message><message><source>De automatische reservekopie is mislukt: {0}. Maak er een via Extra → Reservekopie maken.</source><translation>The automatic backup failed: {0}. Make one via Extra → Make a backup.</translation></message><message><source>Automatische reservekopie gemaakt en gecontroleerd.</source><translation>Automatic backup made and verified.</translation></message></context><context><name>SettingsDialog</name><message><source>Elke dag en bij het afsluiten een gecontroleerde reservekopie maken</source><translation>Make a verified backup every day and when closing</translation></message><message><source>In de map &lt;kluis&gt;.backups naast de kluis; 7 dagelijkse, 4 wekelijkse en 12 maandelijkse kopieën blijven bewaard.</source><translation>In the folder &lt;vault&gt;.backups beside the vault; 7 daily, 4 weekly and 12 monthly copies are kept.</translation></message><message><source>&amp;Reservekopieën</source><translation>&amp;Backups</translation></message></context><context><name>PreviewPage</name><message><source>Automatisch (UTF-8, anders Windows-1252)</source><translation>Automatic (UTF-8, else Windows-1252)</translation></message><message><source>&amp;Codering:</source><translation>&amp;Encoding:</translation></message><message><source>   (alleen gewone letters)</source><translation>   (plain letters only)</translation></message><message><source>Gelezen als {0}. Kloppen de accenten? Anders kies je hierboven een andere codering.
{1}</source><translation>Read as {0}. Are the accents right? If not, choose another encoding above.
{1}</translation></message><message><source>Niet ingevoerd: {0}. Wil je ze bewaren, kies dan ‘→ naar de notities’ in de stap Kolommen.</source><translation>Not imported: {0}. To keep them, choose ‘→ to the notes’ in the Columns step.</translation></message><message><source>Naar de notities (als ‘Kolom: waarde’): {0}.</source><translation>Kept in the notes (as ‘Column: value’): {0}.</translation></message><message><source>Weggelaten onder de gegevens:</source><translation>Left out below the data:</translation></message></context><context><name>ImportPage</name><message><source>{0} rij(en) onder de gegevens weggelaten (totalen, notities).</source><translation>{0} row(s) below the data left out (totals, notes).</translation></message><message><source>Niet ingevoerd: {0}.</source><translation>Not imported: {0}.</translation></message></context><context><name>RestoreDialog</name><message><source>Let op: deze reservekopie hoort bij een andere kluis dan {0}. Na het terugzetten open je {0} met de wachtwoordzin en herstelsleutel van die andere kluis.</source><translation>Note: this backup belongs to another vault than {0}. After the restore, {0} opens with that other vault's passphrase and recovery key.</translation></message><message><source>op verzoek gemaakt</source><translation>made on request</translation></message></context><context><name>BackupDialog</name><message><source>op verzoek, blijft bewaard</source><translation>on request, kept</translation></message></context></TS>
