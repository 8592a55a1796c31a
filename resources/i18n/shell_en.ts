<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="21" />
        <source>Over Verbind</source>
        <translation>About Verbind</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="29" />
        <source>&lt;h2&gt;Verbind {0}&lt;/h2&gt;&lt;p&gt;Voor wie ambassadeursnetwerken trekt: stakeholders in kaart brengen, ambassadeurs en trajecten opvolgen en het jaarverslag voor de stuurgroep maken.&lt;/p&gt;&lt;p&gt;Alle gegevens staan versleuteld (SQLCipher, AES-256) in één kluisbestand op deze laptop. Er gaat niets naar het internet. Het kluisformaat is open beschreven in &lt;i&gt;docs/vault-format.md&lt;/i&gt;: je gegevens zitten nooit vast in Verbind.&lt;/p&gt;&lt;p&gt;Instellingen: {1}&lt;br&gt;Gegevens: {2}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Python {3} · PySide6 {4}&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Verbind {0}&lt;/h2&gt;&lt;p&gt;For people who run ambassador networks: map stakeholders, follow up ambassadors and trajectories, and write the annual report for the steering group.&lt;/p&gt;&lt;p&gt;All data is encrypted (SQLCipher, AES-256) in one vault file on this laptop. Nothing goes to the internet. The vault format is openly described in &lt;i&gt;docs/vault-format.md&lt;/i&gt;: your data is never locked into Verbind.&lt;/p&gt;&lt;p&gt;Settings: {1}&lt;br&gt;Data: {2}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Python {3} · PySide6 {4}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="42" />
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/lock/change_dialog.py" line="35" />
        <source>Wachtwoordzin wijzigen</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/lock/change_dialog.py" line="38" />
        <source>De gegevens blijven zoals ze zijn; alleen de sleutel wordt opnieuw verpakt. Je herstelsleutel blijft geldig.</source>
        <translation>Your data stays as it is; only the key is wrapped again. Your recovery key remains valid.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/change_dialog.py" line="44" />
        <source>Huidige wachtwoordzin</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/lock/change_dialog.py" line="45" />
        <source>Nieuwe wachtwoordzin</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/lock/change_dialog.py" line="45" />
        <source>Herhaal</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../ui/lock/change_dialog.py" line="50" />
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/lock/change_dialog.py" line="51" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/lock/change_dialog.py" line="71" />
        <source>Typ je huidige wachtwoordzin.</source>
        <translation>Type your current passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/change_dialog.py" line="78" />
        <source>De nieuwe wachtwoordzin is dezelfde als de huidige.</source>
        <translation>The new passphrase is the same as the current one.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/change_dialog.py" line="100" />
        <source>De huidige wachtwoordzin klopt niet. Er werd niets gewijzigd.</source>
        <translation>The current passphrase is not correct. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../../ui/lock/create_dialog.py" line="59" />
        <source>Nieuwe kluis maken</source>
        <translation>Create a new vault</translation>
    </message>
    <message>
        <location filename="../../ui/lock/create_dialog.py" line="72" />
        <source>Een kluis is één versleuteld bestand met al je gegevens. Kies waar je het bewaart en een wachtwoordzin die je alleen zelf kent.</source>
        <translation>A vault is one encrypted file holding all your data. Choose where to keep it and a passphrase only you know.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/create_dialog.py" line="78" />
        <source>Bladeren…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/lock/create_dialog.py" line="82" />
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/lock/create_dialog.py" line="83" />
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/lock/create_dialog.py" line="83" />
        <source>Herhaal</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../ui/lock/create_dialog.py" line="85" />
        <source>Niemand kan een vergeten wachtwoordzin terughalen, ook Verbind niet. Daarom krijg je zo meteen een herstelsleutel om op papier te bewaren.</source>
        <translation>Nobody can recover a forgotten passphrase, not even Verbind. That is why you will get a recovery key to keep on paper in a moment.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/create_dialog.py" line="95" />
        <source>&lt;b&gt;Je herstelsleutel&lt;/b&gt; — schrijf ze op papier of bewaar het herstelblad, en leg het op een veilige plek, niet bij de laptop. Ze wordt maar één keer getoond.</source>
        <translation>&lt;b&gt;Your recovery key&lt;/b&gt; — write it on paper or save the recovery sheet, and keep it somewhere safe, not with the laptop. It is shown only once.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/create_dialog.py" line="109" />
        <source>Herstelblad bewaren als PDF…</source>
        <translation>Save recovery sheet as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/lock/create_dialog.py" line="117" />
        <source>Typ ter controle de laatste groep van vier tekens over:</source>
        <translation>To check, type the last group of four characters:</translation>
    </message>
    <message>
        <location filename="../../ui/lock/create_dialog.py" line="120" />
        <source>laatste groep</source>
        <translation>last group</translation>
    </message>
    <message>
        <location filename="../../ui/lock/create_dialog.py" line="127" />
        <source>Kluis maken</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <location filename="../../ui/lock/create_dialog.py" line="129" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/lock/create_dialog.py" line="140" />
        <source>Nieuwe kluis</source>
        <translation>New vault</translation>
    </message>
    <message>
        <location filename="../../ui/lock/create_dialog.py" line="141" />
        <source>Verbind-kluis (*.verbind)</source>
        <translation>Verbind vault (*.verbind)</translation>
    </message>
    <message>
        <location filename="../../ui/lock/create_dialog.py" line="169" />
        <source>Kies een bestandsnaam voor de kluis.</source>
        <translation>Choose a file name for the vault.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/create_dialog.py" line="172" />
        <source>Er bestaat al een kluis {0}. Kies een andere naam: Verbind overschrijft nooit een kluis.</source>
        <translation>A vault {0} already exists. Choose another name: Verbind never overwrites a vault.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/create_dialog.py" line="191" />
        <source>Ik heb ze bewaard</source>
        <translation>I have kept it</translation>
    </message>
    <message>
        <location filename="../../ui/lock/create_dialog.py" line="199" />
        <source>Dat is niet de laatste groep van je herstelsleutel. Kijk ze nog eens na.</source>
        <translation>That is not the last group of your recovery key. Please check it.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/create_dialog.py" line="213" />
        <source>Herstelblad bewaren</source>
        <translation>Save recovery sheet</translation>
    </message>
    <message>
        <location filename="../../ui/lock/create_dialog.py" line="226" />
        <source>Het herstelblad kon niet bewaard worden: {0}</source>
        <translation>The recovery sheet could not be saved: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/lock/create_dialog.py" line="229" />
        <source>Bewaard: {0}. Druk het af en wis daarna het bestand.</source>
        <translation>Saved: {0}. Print it, then delete the file.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/create_dialog.py" line="236" />
        <source>Bevestig eerst dat je de herstelsleutel hebt bewaard: typ de laatste groep over.</source>
        <translation>First confirm that you kept the recovery key: type its last group.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="53" />
        <source>Importeren…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54" />
        <source>Exporteren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55" />
        <source>Reservekopie maken…</source>
        <translation>Make a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56" />
        <source>Reservekopie terugzetten…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57" />
        <source>Auditlogboek…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="58" />
        <source>Teamuitwisseling…</source>
        <translation>Team exchange…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160" />
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161" />
        <source>&amp;Nieuwe kluis…</source>
        <translation>&amp;New vault…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162" />
        <source>Kluis &amp;openen…</source>
        <translation>&amp;Open vault…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165" />
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>&amp;Wachtwoordzin wijzigen…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174" />
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176" />
        <source>E&amp;xtra</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177" />
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186" />
        <source>&amp;Over Verbind</source>
        <translation>&amp;About Verbind</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194" />
        <source>Netwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195" />
        <source>&amp;Netwerk: </source>
        <translation>&amp;Network: </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266" />
        <source>De wachtwoordzin is gewijzigd.</source>
        <translation>The passphrase was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283" />
        <source>Kluis openen</source>
        <translation>Open vault</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284" />
        <source>Verbind-kluis (*.verbind);;Alle bestanden (*)</source>
        <translation>Verbind vault (*.verbind);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308" />
        <source>De demokluis wordt gemaakt (eenmalig, even geduld)…</source>
        <translation>Creating the demo vault (only once, please wait)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309" />
        <source>De demokluis wordt geopend…</source>
        <translation>Opening the demo vault…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322" />
        <source>Demokluis</source>
        <translation>Demo vault</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344" />
        <source>Geen kluis open</source>
        <translation>No vault open</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="348" />
        <source>Kluis: {0}</source>
        <translation>Vault: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="350" />
        <source>Netwerk: {0}</source>
        <translation>Network: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352" />
        <source>Vergrendeld na {0} min inactiviteit</source>
        <translation>Locks after {0} min of inactivity</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353" />
        <source>Automatisch vergrendelen staat uit</source>
        <translation>Automatic locking is off</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="363" />
        <source>Mijn netwerk</source>
        <translation>My network</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="446" />
        <source>Vergrendeld: de kluis is gesloten en de sleutel gewist.</source>
        <translation>Locked: the vault is closed and the key erased.</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <location filename="../../ui/lock/passphrase.py" line="20" />
        <source>Minstens 10 tekens. Tip: vier losse woorden die je kan onthouden.</source>
        <translation>At least 10 characters. Tip: four separate words you can remember.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/passphrase.py" line="24" />
        <source>Te kort: gebruik minstens 10 tekens, bijvoorbeeld vier losse woorden.</source>
        <translation>Too short: use at least 10 characters, for example four separate words.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/passphrase.py" line="29" />
        <source>Sterk.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/passphrase.py" line="31" />
        <source>Goed. Nog langer maakt ze sterker.</source>
        <translation>Good. Longer makes it stronger.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/passphrase.py" line="32" />
        <source>Zwak: maak ze langer of voeg woorden, cijfers of leestekens toe.</source>
        <translation>Weak: make it longer or add words, digits or punctuation.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/passphrase.py" line="64" />
        <source>De wachtwoordzin is te kort: gebruik minstens 10 tekens.</source>
        <translation>The passphrase is too short: use at least 10 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/passphrase.py" line="68" />
        <source>De twee wachtwoordzinnen verschillen. Typ ze nog eens.</source>
        <translation>The two passphrases differ. Type them again.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="28" />
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="37" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="38" />
        <source>nooit (afgeraden)</source>
        <translation>never (not recommended)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="40" />
        <source>Na zoveel minuten zonder toetsenbord of muis sluit Verbind de kluis.</source>
        <translation>After this many minutes without keyboard or mouse, Verbind closes the vault.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="42" />
        <source>Werkjaar (september–augustus)</source>
        <translation>Working year (September–August)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="43" />
        <source>Kalenderjaar</source>
        <translation>Calendar year</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="49" />
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="52" />
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="53" />
        <source>&amp;Automatisch vergrendelen na</source>
        <translation>&amp;Lock automatically after</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="54" />
        <source>&amp;Periode in het overzicht</source>
        <translation>&amp;Period in the overview</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="55" />
        <source>Gegevensmap</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="56" />
        <source>Hier staat onder meer de demokluis. Je eigen kluizen staan waar je ze bewaarde.</source>
        <translation>The demo vault lives here, among other things. Your own vaults are wherever you saved them.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="61" />
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="62" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Tab</name>
    <message>
        <location filename="../../ui/tabs/overview/view.py" line="79" />
        <source>Wat vraagt aandacht</source>
        <translation>What needs attention</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview/view.py" line="82" />
        <source>Dubbelklik of druk op Enter om het record te openen.</source>
        <translation>Double-click or press Enter to open the record.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview/view.py" line="100" />
        <source>Niets dringends vandaag. Geen contacten, mijlpalen, voordrachten of signalen die op je wachten.</source>
        <translation>Nothing urgent today. No contacts, milestones, nominations or signals waiting for you.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview/view.py" line="110" />
        <source>dit werkjaar</source>
        <translation>this working year</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview/view.py" line="110" />
        <source>dit jaar</source>
        <translation>this year</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview/view.py" line="112" />
        <source>stakeholders</source>
        <translation>stakeholders</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview/view.py" line="112" />
        <source>Lokale spelers in kaart gebracht</source>
        <translation>Local players mapped</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview/view.py" line="113" />
        <source>ambassadeurs</source>
        <translation>ambassadors</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview/view.py" line="113" />
        <source>Aangestelde en actieve ambassadeurs</source>
        <translation>Appointed and active ambassadors</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview/view.py" line="114" />
        <source>lopende trajecten</source>
        <translation>open trajectories</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview/view.py" line="114" />
        <source>Trajecten die nog niet afgesloten zijn</source>
        <translation>Trajectories not closed yet</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview/view.py" line="115" />
        <source>trajecten gestart {0}</source>
        <translation>trajectories started {0}</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview/view.py" line="116" />
        <source>Trajecten met een startdatum in deze periode</source>
        <translation>Trajectories with a start date in this period</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview/view.py" line="117" />
        <source>open signalen</source>
        <translation>open signals</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview/view.py" line="117" />
        <source>Signalen die nieuw of doorgegeven zijn</source>
        <translation>Signals that are new or forwarded</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview/view.py" line="118" />
        <source>activiteiten {0}</source>
        <translation>activities {0}</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview/view.py" line="118" />
        <source>Activiteiten in deze periode</source>
        <translation>Activities in this period</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview/view.py" line="119" />
        <source>contactmomenten {0}</source>
        <translation>contact moments {0}</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview/view.py" line="120" />
        <source>Contactmomenten met stakeholders in deze periode</source>
        <translation>Contact moments with stakeholders in this period</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview/view.py" line="134" />
        <source>Werkjaar</source>
        <translation>Working year</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview/view.py" line="134" />
        <source>Kalenderjaar</source>
        <translation>Calendar year</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/overview/view.py" line="135" />
        <source>Stand op {0} · {1} {2} ({3} – {4})</source>
        <translation>As of {0} · {1} {2} ({3} – {4})</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/lock/unlock_dialog.py" line="43" />
        <source>Kluis ontgrendelen</source>
        <translation>Unlock vault</translation>
    </message>
    <message>
        <location filename="../../ui/lock/unlock_dialog.py" line="50" />
        <source>Map met reservekopieën openen</source>
        <translation>Open the backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/lock/unlock_dialog.py" line="57" />
        <source>Kluis: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Vault: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/lock/unlock_dialog.py" line="62" />
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/lock/unlock_dialog.py" line="63" />
        <source>Wachtwoordzin vergeten?</source>
        <translation>Forgot passphrase?</translation>
    </message>
    <message>
        <location filename="../../ui/lock/unlock_dialog.py" line="73" />
        <source>Typ de herstelsleutel van je herstelblad (acht groepen van vier tekens) en kies een nieuwe wachtwoordzin.</source>
        <translation>Type the recovery key from your recovery sheet (eight groups of four characters) and choose a new passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/unlock_dialog.py" line="79" />
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/lock/unlock_dialog.py" line="80" />
        <source>Nieuwe wachtwoordzin</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/lock/unlock_dialog.py" line="80" />
        <source>Herhaal</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../ui/lock/unlock_dialog.py" line="82" />
        <source>Terug naar de wachtwoordzin</source>
        <translation>Back to the passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/lock/unlock_dialog.py" line="91" />
        <location filename="../../ui/lock/unlock_dialog.py" line="108" />
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/lock/unlock_dialog.py" line="92" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/lock/unlock_dialog.py" line="108" />
        <source>Herstellen en ontgrendelen</source>
        <translation>Recover and unlock</translation>
    </message>
    <message>
        <location filename="../../ui/lock/unlock_dialog.py" line="133" />
        <source>Typ je wachtwoordzin.</source>
        <translation>Type your passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/unlock_dialog.py" line="141" />
        <source>Typ de herstelsleutel.</source>
        <translation>Type the recovery key.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/unlock_dialog.py" line="186" />
        <source>Deze herstelsleutel past niet bij deze kluis. Controleer elke groep van vier tekens.</source>
        <translation>This recovery key does not fit this vault. Check every group of four characters.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/lock/welcome.py" line="41" />
        <source>Welkom bij Verbind</source>
        <translation>Welcome to Verbind</translation>
    </message>
    <message>
        <location filename="../../ui/lock/welcome.py" line="44" />
        <source>Breng je lokale spelers in kaart, volg je ambassadeurs en trajecten op en maak het jaarverslag voor de stuurgroep. Alles staat versleuteld in één kluis op deze laptop.</source>
        <translation>Map your local players, follow up your ambassadors and trajectories, and write the annual report for the steering group. Everything is encrypted in one vault on this laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/welcome.py" line="50" />
        <source>&amp;Nieuwe kluis maken…</source>
        <translation>Create a &amp;new vault…</translation>
    </message>
    <message>
        <location filename="../../ui/lock/welcome.py" line="51" />
        <source>Kluis &amp;openen…</source>
        <translation>&amp;Open vault…</translation>
    </message>
    <message>
        <location filename="../../ui/lock/welcome.py" line="52" />
        <source>&amp;Demokluis openen</source>
        <translation>Open the &amp;demo vault</translation>
    </message>
    <message>
        <location filename="../../ui/lock/welcome.py" line="53" />
        <source>Een kluis met verzonnen voorbeeldgegevens om Verbind te verkennen.</source>
        <translation>A vault with made-up sample data to explore Verbind.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/welcome.py" line="70" />
        <source>&amp;Recente kluizen</source>
        <translation>&amp;Recent vaults</translation>
    </message>
    <message>
        <location filename="../../ui/lock/welcome.py" line="78" />
        <source>Nog geen recente kluizen. Maak een nieuwe kluis of verken eerst de demokluis.</source>
        <translation>No recent vaults yet. Create a new vault or explore the demo vault first.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/welcome.py" line="94" />
        <source>{0}  (niet gevonden)</source>
        <translation>{0}  (not found)</translation>
    </message>
    <message>
        <location filename="../../ui/lock/welcome.py" line="95" />
        <source>Dit bestand staat niet meer op deze plaats.</source>
        <translation>This file is no longer at this place.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="27" />
        <source>Verkeerde wachtwoordzin. Controleer ze (hoofdletters, spaties) en probeer opnieuw.</source>
        <translation>Wrong passphrase. Check the passphrase (capitals, spaces) and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="32" />
        <source>Het sleutelbestand naast de kluis ontbreekt. Zonder dat bestand kan niemand de kluis openen, ook niet met de herstelsleutel.</source>
        <translation>The key file beside the vault is missing. Without it nobody can open the vault, not even with the recovery key.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="38" />
        <source>Zet {0} terug uit een reservekopie of van een andere plek waar je het bewaarde.</source>
        <translation>Put {0} back from a backup or from wherever else you kept it.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="44" />
        <source>De kluis is beschadigd en werd niet geopend. Er werd niets gewijzigd.</source>
        <translation>The vault is damaged and was not opened. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48" />
        <source>Zet een reservekopie terug; je reservekopieën staan in: {0}</source>
        <translation>Restore a backup; your backups are in: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53" />
        <source>Deze kluis werd gemaakt met een nieuwere versie van Verbind. Werk Verbind bij om ze te openen; deze versie laat ze onaangeroerd.</source>
        <translation>This vault was made by a newer version of Verbind. Update Verbind to open it; this version leaves it untouched.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59" />
        <source>Deze kluis is al geopend in een ander venster of programma. Sluit dat eerst en probeer opnieuw.</source>
        <translation>This vault is already open in another window or program. Close that first and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="64" />
        <source>Geen kluis gevonden op die plaats. Werd het bestand verplaatst of hernoemd?</source>
        <translation>No vault found at that place. Was the file moved or renamed?</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69" />
        <source>Er bestaat al een kluis met die naam. Kies een andere naam: Verbind overschrijft nooit een kluis.</source>
        <translation>A vault with that name already exists. Choose another name: Verbind never overwrites a vault.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="74" />
        <source>De schijf is vol. Maak ruimte vrij en probeer opnieuw; er werd niets half weggeschreven.</source>
        <translation>The disk is full. Free some space and try again; nothing was half written.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79" />
        <source>Kon het bestand niet lezen of schrijven: {0}. Controleer de map en de vrije ruimte.</source>
        <translation>Could not read or write the file: {0}. Check the folder and the free space.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="85" />
        <source>Er ging iets mis: {0}</source>
        <translation>Something went wrong: {0}</translation>
    </message>
</context>
<context><name>UnlockDialog</name><message><source>Het sleutelbestand van deze kluis vraagt ongewoon veel rekenwerk (ongeveer {0} seconden en {1} MiB geheugen). Verbind stelt dat zelf nooit zo hoog in: het bestand kan beschadigd of gewijzigd zijn.

Toch ontgrendelen?</source><translation>The key file of this vault asks for unusually heavy work (about {0} seconds and {1} MiB of memory). Verbind never sets it that high itself: the file may be damaged or altered.

Unlock anyway?</translation></message></context><context><name>messages</name><message><source>Verbind kan in die map niet schrijven: de schijf is alleen-lezen of je hebt er geen rechten. De kluis is niet beschadigd. Kies een andere map of vraag schrijfrechten.</source><translation>Verbind cannot write in that folder: the disk is read-only or you have no permission there. The vault is not damaged. Choose another folder or ask for write permission.</translation></message></context><context><name>messages</name><message><source>{0} is een bestand van de kluis {1}: Verbind schrijft er nooit overheen. Kies een andere bestandsnaam.</source><translation>{0} is a file of the vault {1}: Verbind never writes over it. Choose another file name.</translation></message><message><source>{0} is een symbolische koppeling of geen gewoon bestand; Verbind gebruikt het niet. De kluis is in orde: verwijder dat bestand en probeer opnieuw.</source><translation>{0} is a symbolic link or not a regular file; Verbind does not use it. The vault is fine: remove that file and try again.</translation></message></context><context><name>messages</name><message><source>De gegevens konden niet bewaard of gelezen worden ({0}). Er werd niets half bewaard; probeer opnieuw.</source><translation>The data could not be saved or read ({0}). Nothing was half saved; try again.</translation></message></context></TS>