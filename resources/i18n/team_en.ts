<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="391"/>
        <source>Conflicten bekijken</source>
        <translation>Review conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="395"/>
        <source>Jij en een teamlid wijzigden hetzelfde veld. De nieuwste wijziging staat nu in Verbind; de andere waarde is hier bewaard. Kies per conflict: behouden wat er nu staat, of de andere waarde nemen.</source>
        <translation>You and a teammate changed the same field. The newest change is now in Verbind; the other value is kept here. For each conflict, choose: keep what is there now, or take the other value.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="399"/>
        <source>Geen conflicten: alles is in orde.</source>
        <translation>No conflicts: all is well.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="404"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="404"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="404"/>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="405"/>
        <source>Waarde nu</source>
        <translation>Value now</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="405"/>
        <source>Andere waarde</source>
        <translation>Other value</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="405"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="406"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="416"/>
        <source>&amp;Behouden</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="417"/>
        <source>De waarde die er nu staat blijft; het conflict wordt gesloten.</source>
        <translation>The value that is there now stays; the conflict is closed.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="419"/>
        <source>&amp;Andere waarde nemen</source>
        <translation>&amp;Take the other value</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="420"/>
        <source>De andere waarde komt in het record en gaat mee met je volgende bundel.</source>
        <translation>The other value goes into the record and travels with your next bundle.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="425"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="233"/>
        <source>Uitwisselen met je team</source>
        <translation>Exchange with your team</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="236"/>
        <source>1. Mijn wijzigingen wegschrijven</source>
        <translation>1. Write my changes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="238"/>
        <source>Een bundel bevat je wijzigingen sinds je vorige bundel, versleuteld met de teamsleutel. Zet hem op een USB-stick of in een gedeelde map; alleen je teamleden kunnen hem lezen.</source>
        <translation>A bundle holds your changes since your previous bundle, encrypted with the team key. Put it on a USB stick or in a shared folder; only your teammates can read it.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="244"/>
        <source>Map &amp;kiezen…</source>
        <translation>&amp;Choose folder…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="246"/>
        <source>Bundel &amp;schrijven</source>
        <translation>&amp;Write bundle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="248"/>
        <source>Naar map:</source>
        <translation>To folder:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="254"/>
        <source>2. Bundels van teamleden inlezen</source>
        <translation>2. Read teammates&apos; bundles</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="256"/>
        <source>Je mag bundels in elke volgorde en meer dan eens inlezen; je eigen bundels worden overgeslagen. Een beschadigde of vreemde bundel wordt geweigerd en verandert niets.</source>
        <translation>You may read bundles in any order and more than once; your own bundles are skipped. A damaged or foreign bundle is refused and changes nothing.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="261"/>
        <source>&amp;Bestanden kiezen…</source>
        <translation>Choose &amp;files…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="263"/>
        <source>Hele &amp;map inlezen…</source>
        <translation>Read a whole &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="270"/>
        <source>Nog niets uitgewisseld in dit venster.</source>
        <translation>Nothing exchanged in this window yet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="274"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="274"/>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="274"/>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="275"/>
        <source>Verwijderd</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="282"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="287"/>
        <source>Map voor de bundel</source>
        <translation>Folder for the bundle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="306"/>
        <source>De map {0} bestaat niet (is de USB-stick aangesloten?). Kies een bestaande map.</source>
        <translation>The folder {0} does not exist (is the USB stick plugged in?). Choose an existing folder.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="310"/>
        <source>Bundel schrijven…</source>
        <translation>Writing bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="322"/>
        <source>{0} wijzigingen weggeschreven naar {1}.</source>
        <translation>{0} changes written to {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="326"/>
        <source>Bundels inlezen</source>
        <translation>Read bundles</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="327"/>
        <source>Verbind-bundels (*.verbind-bundle)</source>
        <translation>Verbind bundles (*.verbind-bundle)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="332"/>
        <source>Map met bundels</source>
        <translation>Folder with bundles</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="341"/>
        <source>In {0} staan geen bundels (bestanden die eindigen op .verbind-bundle).</source>
        <translation>There are no bundles in {0} (files ending in .verbind-bundle).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="348"/>
        <source>Bundels inlezen…</source>
        <translation>Reading bundles…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="356"/>
        <source>Geweigerd: er werd niets veranderd.</source>
        <translation>Refused: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="363"/>
        <source>{0} bundels ingelezen: niets nieuws.</source>
        <translation>{0} bundles read: nothing new.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="364"/>
        <source>Niets ingelezen: dit waren je eigen bundels.</source>
        <translation>Nothing read: these were your own bundles.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="367"/>
        <source>{0} bundels ingelezen. Wat er veranderde:</source>
        <translation>{0} bundles read. What changed:</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="126"/>
        <source>Teamlid uitnodigen</source>
        <translation>Invite a team member</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="130"/>
        <source>Een uitnodiging is een volledige, versleutelde kopie van deze kluis. Het nieuwe teamlid maakt ermee een eigen kluis met een eigen wachtwoordzin. Geef het bestand door (USB-stick, gedeelde map) en de code persoonlijk of telefonisch, nooit samen met het bestand.</source>
        <translation>An invitation is a full, encrypted copy of this vault. The new team member makes an own vault from it with an own passphrase. Pass on the file (USB stick, shared folder) and the code in person or by phone, never together with the file.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="137"/>
        <source>bv. Sara</source>
        <translation>e.g. Sara</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="139"/>
        <source>&amp;Naam van het teamlid</source>
        <translation>&amp;Name of the team member</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="142"/>
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="146"/>
        <source>&amp;Bewaren als</source>
        <translation>&amp;Save as</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="165"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="166"/>
        <source>Uitnodiging &amp;maken</source>
        <translation>&amp;Make invitation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="186"/>
        <source>Uitnodiging bewaren</source>
        <translation>Save invitation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="187"/>
        <source>Verbind-bundels (*.verbind-bundle)</source>
        <translation>Verbind bundles (*.verbind-bundle)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="195"/>
        <source>Vul de naam van het teamlid en een bestand in.</source>
        <translation>Fill in the team member&apos;s name and a file.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="198"/>
        <source>{0} bestaat al. Vervangen?</source>
        <translation>{0} already exists. Replace it?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="203"/>
        <source>Uitnodiging maken…</source>
        <translation>Making invitation…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="217"/>
        <source>Uitnodiging bewaard in {0}. Geef deze eenmalige code persoonlijk door aan {1}; zonder de code kan niemand de uitnodiging openen. De code wordt nergens bewaard.</source>
        <translation>Invitation saved to {0}. Pass this one-time code on to {1} in person; without the code nobody can open the invitation. The code is not stored anywhere.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="222"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>JoinTeamDialog</name>
    <message>
        <location filename="../../ui/lock/join_dialog.py" line="19"/>
        <source>Deelnemen aan een team</source>
        <translation>Join a team</translation>
    </message>
    <message>
        <location filename="../../ui/lock/join_dialog.py" line="23"/>
        <source>Je projectleider gaf je een uitnodiging (een bestand dat eindigt op .verbind-bundle) en, apart daarvan, een eenmalige code. Daarmee maak je je eigen kluis, met een wachtwoordzin die alleen jij kent.</source>
        <translation>Your project lead gave you an invitation (a file ending in .verbind-bundle) and, separately, a one-time code. With them you make your own vault, with a passphrase only you know.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/join_dialog.py" line="29"/>
        <source>uitnodiging-….verbind-bundle</source>
        <translation>invitation-….verbind-bundle</translation>
    </message>
    <message>
        <location filename="../../ui/lock/join_dialog.py" line="30"/>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/lock/join_dialog.py" line="34"/>
        <source>Uitnodiging</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../../ui/lock/join_dialog.py" line="38"/>
        <source>Eenmalige code</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <location filename="../../ui/lock/join_dialog.py" line="39"/>
        <source>Kluis maken en deelnemen</source>
        <translation>Make vault and join</translation>
    </message>
    <message>
        <location filename="../../ui/lock/join_dialog.py" line="43"/>
        <source>Uitnodiging kiezen</source>
        <translation>Choose invitation</translation>
    </message>
    <message>
        <location filename="../../ui/lock/join_dialog.py" line="44"/>
        <source>Verbind-bundels (*.verbind-bundle)</source>
        <translation>Verbind bundles (*.verbind-bundle)</translation>
    </message>
    <message>
        <location filename="../../ui/lock/join_dialog.py" line="51"/>
        <source>Kies het uitnodigingsbestand dat je van je projectleider kreeg.</source>
        <translation>Choose the invitation file you got from your project lead.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/join_dialog.py" line="54"/>
        <source>De code heeft 16 tekens, in vier groepen: XXXX-XXXX-XXXX-XXXX.</source>
        <translation>The code has 16 characters, in four groups: XXXX-XXXX-XXXX-XXXX.</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="484"/>
        <source>Teamuitwisseling</source>
        <translation>Team exchange</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="516"/>
        <source>&lt;b&gt;Deze kluis is nog geen teamkluis.&lt;/b&gt;&lt;br&gt;Werk je met meerdere mensen aan hetzelfde netwerk, elk op een eigen laptop? Maak dan van deze kluis een teamkluis en nodig je teamleden uit. Daarna wisselen jullie wijzigingen uit met versleutelde bundels (USB-stick, gedeelde map of e-mail), zonder server. Zo bevat het jaarverslag ieders werk.</source>
        <translation>&lt;b&gt;This vault is not a team vault yet.&lt;/b&gt;&lt;br&gt;Do several people work on the same network, each on an own laptop? Then make this vault a team vault and invite your teammates. After that you exchange changes with encrypted bundles (USB stick, shared folder or e-mail), without a server. That way the annual report covers everyone&apos;s work.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="524"/>
        <source>Je &amp;naam in het team</source>
        <translation>Your &amp;name in the team</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="527"/>
        <source>&amp;Teamkluis maken</source>
        <translation>Make a &amp;team vault</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="529"/>
        <location filename="../../ui/dialogs/team_panel.py" line="593"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="539"/>
        <source>Vul je naam in: zo zien je teamleden van wie een wijziging komt.</source>
        <translation>Fill in your name: that is how your teammates see whom a change comes from.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="545"/>
        <source>Teamkluis klaarmaken…</source>
        <translation>Preparing the team vault…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="555"/>
        <source>&lt;b&gt;Team {0}&lt;/b&gt; — jij bent &lt;b&gt;{1}&lt;/b&gt;. Laatste eigen bundel: {2} (nummer {3}).</source>
        <translation>&lt;b&gt;Team {0}&lt;/b&gt; — you are &lt;b&gt;{1}&lt;/b&gt;. Last own bundle: {2} (number {3}).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="561"/>
        <source>Teamlid</source>
        <translation>Team member</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="561"/>
        <source>Uitgenodigd op</source>
        <translation>Invited on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="562"/>
        <source>Laatste bundel ingelezen</source>
        <translation>Last bundle read</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="562"/>
        <source>Ingelezen op</source>
        <translation>Read on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="569"/>
        <source>(jij)</source>
        <translation>(you)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="571"/>
        <source>nog geen</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="577"/>
        <source>Nog geen teamleden. Nodig iemand uit met &apos;Lid uitnodigen…&apos;.</source>
        <translation>No team members yet. Invite someone with &apos;Invite member…&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="582"/>
        <source>Geen conflicten.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="585"/>
        <source>Lid &amp;uitnodigen…</source>
        <translation>&amp;Invite member…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="587"/>
        <source>&amp;Uitwisselen…</source>
        <translation>&amp;Exchange…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_panel.py" line="590"/>
        <source>&amp;Conflicten bekijken…</source>
        <translation>&amp;Review conflicts…</translation>
    </message>
</context>
<context>
    <name>team_panel</name>
    <message>
        <source>Teamuitwisseling</source>
        <translation >Team exchange</translation>
    </message>
    <message>
        <source>Onbekende fout.</source>
        <translation >Unknown error.</translation>
    </message>
    <message>
        <source>Verbind kon de kluis niet opnieuw openen ({0}). Sluit Verbind en open de kluis opnieuw.</source>
        <translation >Verbind could not reopen the vault ({0}). Close Verbind and open the vault again.</translation>
    </message>
    <message>
        <source>1 conflict wacht op je beslissing: kies &apos;Conflicten bekijken&apos;.</source>
        <translation >1 conflict awaits your decision: choose &apos;Review conflicts&apos;.</translation>
    </message>
    <message>
        <source>{0} conflicten wachten op je beslissing: kies &apos;Conflicten bekijken&apos;.</source>
        <translation >{0} conflicts await your decision: choose &apos;Review conflicts&apos;.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Deelnemen aan een &amp;team…</source>
        <translation>Join a &amp;team…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Je kreeg een uitnodiging van je projectleider: maak er je eigen kluis mee.</source>
        <translation>You got an invitation from your project lead: make your own vault with it.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Deelnemen aan een team…</source>
        <translation>&amp;Join a team…</translation>
    </message>
</context>
<context><name>TeamPanel</name><message><source>Lid &amp;verwijderen…</source><translation>&amp;Remove member…</translation></message><message><source>Kies eerst een teamlid in de lijst.</source><translation>Choose a team member in the list first.</translation></message><message><source>Lid verwijderen</source><translation>Remove member</translation></message><message><source>{0} uit het team verwijderen?

De teamsleutel wordt vernieuwd: je volgende bundel geeft de nieuwe sleutel door aan wie blijft, en bundels die {0} vanaf nu maakt, worden overal geweigerd. Wat {0} al ontving, blijft op die laptop; bundels die een ander teamlid maakt voor het je nieuwe bundel inlas, kan {0} nog lezen.</source><translation>Remove {0} from the team?

The team key is renewed: your next bundle passes the new key on to those who stay, and bundles {0} makes from now on are refused everywhere. What {0} already received stays on that laptop; bundles another member makes before reading your new bundle can still be read by {0}.</translation></message><message><source>Teamlid verwijderen…</source><translation>Removing the team member…</translation></message><message><source>{0} is uit het team verwijderd. Schrijf nu een bundel (Uitwisselen…), zodat wie blijft de nieuwe teamsleutel krijgt.</source><translation>{0} was removed from the team. Write a bundle now (Exchange…), so that those who stay get the new team key.</translation></message><message><source>Let op: deze laptop heeft geen eigen sleutel voor {0} (uitgenodigd vanaf een andere laptop of met een oudere versie): zij krijgen de nieuwe teamsleutel niet en hebben een nieuwe uitnodiging nodig.</source><translation>Note: this laptop holds no member key for {0} (invited from another laptop or with an older version): they do not get the new team key and need a new invitation.</translation></message></context></TS>
