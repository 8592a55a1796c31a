<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>ActionPlan</name>
    <message>
      <source>Drempels: analyse en actieplan</source>
      <translation>Barriers: analysis and action plan</translation>
    </message>
    <message>
      <source>— kies een drempel —</source>
      <translation>— choose a barrier —</translation>
    </message>
    <message>
      <source>aanbod: </source>
      <translation>provider: </translation>
    </message>
    <message>
      <source>wat (bv. vervoer regelen met de buurtwerking)</source>
      <translation>what (e.g. arrange transport with the neighbourhood work)</translation>
    </message>
    <message>
      <source>wie</source>
      <translation>who</translation>
    </message>
    <message>
      <source>tegen dd/mm/jjjj</source>
      <translation>by dd/mm/yyyy</translation>
    </message>
    <message>
      <source>Actie toevoegen</source>
      <translation>Add action</translation>
    </message>
    <message>
      <source>Afgerond / weer open</source>
      <translation>Done / open again</translation>
    </message>
    <message>
      <source>Verwijderen</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>tegen {0}</source>
      <translation>by {0}</translation>
    </message>
    <message>
      <source>geen datum</source>
      <translation>no date</translation>
    </message>
    <message>
      <source>afgerond op {0}</source>
      <translation>done on {0}</translation>
    </message>
    <message>
      <source>Nog geen acties. Kies een drempel die vaak voorkomt, beschrijf wat je doet, wie het opneemt en tegen wanneer.</source>
      <translation>No actions yet. Choose a barrier that comes up often, describe what you will do, who takes it on and by when.</translation>
    </message>
    <message>
      <source>Geen drempels geregistreerd in deze periode: vink ze aan bij de trajecten en, aan de aanbodzijde, bij de stakeholders.</source>
      <translation>No barriers recorded in this period: tick them with the trajectories and, on the supply side, with the stakeholders.</translation>
    </message>
    <message>
      <source>Bij de kinderen en gezinnen (trajecten gestart in de periode)</source>
      <translation>With the children and families (trajectories started in the period)</translation>
    </message>
    <message>
      <source>Bij de aanbieders</source>
      <translation>With the providers</translation>
    </message>
    <message>
      <source>aanpak: {0}</source>
      <translation>approach: {0}</translation>
    </message>
    <message>
      <source>ook mogelijk: {0}</source>
      <translation>also possible: {0}</translation>
    </message>
    <message>
      <source>ondersteuning: {0}</source>
      <translation>support: {0}</translation>
    </message>
    <message>
      <source>open acties: {0}</source>
      <translation>open actions: {0}</translation>
    </message>
    <message>
      <source>Kies de drempel waar de actie over gaat.</source>
      <translation>Choose the barrier the action is about.</translation>
    </message>
    <message>
      <source>Kies eerst een actie in de lijst.</source>
      <translation>Choose an action in the list first.</translation>
    </message>
    <message>
      <source>Deze actie uit het actieplan verwijderen?</source>
      <translation>Delete this action from the action plan?</translation>
    </message>
  </context>
  <context>
    <name>ActivityEditor</name>
    <message>
      <source>Nog geen activiteiten. Klik op ‘Nieuwe activiteit’ (Ctrl+N).</source>
      <translation>No activities yet. Click ‘New activity’ (Ctrl+N).</translation>
    </message>
    <message>
      <source>Nieuwe activiteit</source>
      <translation>New activity</translation>
    </message>
    <message>
      <source>Alle soorten</source>
      <translation>All kinds</translation>
    </message>
    <message>
      <source>Alle jaren</source>
      <translation>All years</translation>
    </message>
    <message>
      <source>Deze activiteit verwijderen? Ze telt dan niet meer mee voor het podium.</source>
      <translation>Delete this activity? It will no longer count towards the podium.</translation>
    </message>
    <message>
      <source>Geen activiteiten van deze soort of in deze periode.</source>
      <translation>No activities of this kind or in this period.</translation>
    </message>
    <message>
      <source>{0} activiteiten</source>
      <translation>{0} activities</translation>
    </message>
    <message>
      <source>1 activiteit</source>
      <translation>1 activity</translation>
    </message>
  </context>
  <context>
    <name>ActivityForm</name>
    <message>
      <source>Activiteit</source>
      <translation>Activity</translation>
    </message>
    <message>
      <source>Soort</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Titel</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Plaats</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Notities</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Vink aan wie deelnam. Half aangevinkt = uitgenodigd maar afwezig.</source>
      <translation>Tick who took part. Half ticked = invited but absent.</translation>
    </message>
    <message>
      <source>Ambassadeurs</source>
      <translation>Ambassadors</translation>
    </message>
    <message>
      <source>Stakeholders</source>
      <translation>Stakeholders</translation>
    </message>
  </context>
  <context>
    <name>AgendaDialog</name>
    <message>
      <source>Agenda exporteren</source>
      <translation>Export agenda</translation>
    </message>
    <message>
      <source>Wat eraan komt als afspraken voor je eigen agenda (Outlook, Thunderbird, Google of Apple): open het bestand of importeer het. Een nieuwere export werkt dezelfde afspraken bij in plaats van ze te verdubbelen.</source>
      <translation>What is coming up, as events for your own calendar (Outlook, Thunderbird, Google or Apple): open the file or import it. A newer export updates the same events instead of doubling them.</translation>
    </message>
    <message>
      <source>Wat komt erin</source>
      <translation>What to include</translation>
    </message>
    <message>
      <source>Trajectcodes bij de mijlpalen zetten</source>
      <translation>Put trajectory codes with the milestones</translation>
    </message>
    <message>
      <source>Een mijlpaal heet ‘Mijlpaal traject’: nooit de naam van een kind, en de code alleen als je dat hierboven aanvinkt. Namen van stakeholders en ambassadeurs staan wel in de afspraken.</source>
      <translation>A milestone is called ‘Trajectory milestone’: never a child’s name, and the code only when you tick it above. Names of stakeholders and ambassadors do appear in the events.</translation>
    </message>
    <message>
      <source>Het gekozen netwerk</source>
      <translation>The chosen network</translation>
    </message>
    <message>
      <source>Alle netwerken in deze kluis</source>
      <translation>All networks in this vault</translation>
    </message>
    <message>
      <source>&amp;Van</source>
      <translation>&amp;From</translation>
    </message>
    <message>
      <source> dagen vooruit</source>
      <translation> days ahead</translation>
    </message>
    <message>
      <source>&amp;Periode</source>
      <translation>&amp;Period</translation>
    </message>
    <message>
      <source>&amp;Bladeren…</source>
      <translation>&amp;Browse…</translation>
    </message>
    <message>
      <source>&amp;Bestand</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>&lt;b&gt;Let op:&lt;/b&gt; het agendabestand is niet versleuteld, en een agenda-app kan het naar de cloud synchroniseren. Neem alleen op wat daar mag staan.</source>
      <translation>&lt;b&gt;Note:&lt;/b&gt; the calendar file is not encrypted, and a calendar app may sync it to the cloud. Include only what may be kept there.</translation>
    </message>
    <message>
      <source>&amp;Exporteren</source>
      <translation>&amp;Export</translation>
    </message>
    <message>
      <source>Sluiten</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Agenda bewaren als</source>
      <translation>Save agenda as</translation>
    </message>
    <message>
      <source>Agenda (*.ics)</source>
      <translation>Calendar (*.ics)</translation>
    </message>
    <message>
      <source>Vink minstens één soort afspraak aan.</source>
      <translation>Tick at least one kind of event.</translation>
    </message>
    <message>
      <source>Kies een bestand om de agenda in te bewaren.</source>
      <translation>Choose a file to save the agenda in.</translation>
    </message>
    <message>
      <source>De map {0} bestaat niet. Kies een bestaande map.</source>
      <translation>The folder {0} does not exist. Choose an existing folder.</translation>
    </message>
    <message>
      <source>1 afspraak bewaard in {0}.</source>
      <translation>1 event saved in {0}.</translation>
    </message>
    <message>
      <source>{0} afspraken bewaard in {1}.</source>
      <translation>{0} events saved in {1}.</translation>
    </message>
    <message>
      <source>Niets gepland in die periode; {0} is een lege agenda.</source>
      <translation>Nothing planned in that period; {0} is an empty calendar.</translation>
    </message>
  </context>
  <context>
    <name>AgreementsPanel</name>
    <message>
      <source>Nog geen afgesproken teksten. Bewaar hier het charter of de engagementsverklaring die je samen met de ambassadeurs opstelde, of het convenant met de dorpsraden: elke nieuwe versie met wie akkoord ging en wanneer, de oudere versies blijven bewaard.</source>
      <translation>No agreed texts yet. Keep the charter or engagement declaration you drew up with the ambassadors here, or the covenant with the village councils: each new version with who agreed and when; older versions are kept.</translation>
    </message>
    <message>
      <source>bv. Charter ambassadeurs 2026</source>
      <translation>e.g. Ambassador charter 2026</translation>
    </message>
    <message>
      <source>De tekst zoals hij afgesproken werd</source>
      <translation>The text as it was agreed</translation>
    </message>
    <message>
      <source>bv. de 14 ambassadeurs en de schepen van toerisme</source>
      <translation>e.g. the 14 ambassadors and the alderman for tourism</translation>
    </message>
    <message>
      <source>Soort</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Titel</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Tekst</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>Akkoord op</source>
      <translation>Agreed on</translation>
    </message>
    <message>
      <source>Akkoord van</source>
      <translation>Agreed by</translation>
    </message>
    <message>
      <source>Als nieuwe &amp;versie bewaren</source>
      <translation>Save as a new &amp;version</translation>
    </message>
    <message>
      <source>Gekozen versie als &amp;vertrekpunt</source>
      <translation>Start from the &amp;chosen version</translation>
    </message>
    <message>
      <source>nog niet afgesproken</source>
      <translation>not agreed yet</translation>
    </message>
    <message>
      <source>{0} — versie {1}</source>
      <translation>{0} — version {1}</translation>
    </message>
    <message>
      <source>(niet ingevuld)</source>
      <translation>(not filled in)</translation>
    </message>
    <message>
      <source>Akkoord van: {0}</source>
      <translation>Agreed by: {0}</translation>
    </message>
    <message>
      <source>‘{0}’ bewaard als versie {1}.</source>
      <translation>‘{0}’ saved as version {1}.</translation>
    </message>
    <message>
      <source>Gekozen versie als ve&amp;rtrekpunt</source>
      <translation>Start from the &amp;chosen version</translation>
    </message>
    <message>
      <source>Niet bewaarde tekst teruggezet: vul aan en klik op ‘Als nieuwe versie bewaren’.</source>
      <translation>Unsaved text restored: complete it and click ‘Save as a new version’.</translation>
    </message>
  </context>
  <context>
    <name>AmbassadorForm</name>
    <message>
      <source>Persoon</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Naam</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Telefoon</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Organisatie</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Rol</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Dorp of wijk</source>
      <translation>Village or neighbourhood</translation>
    </message>
    <message>
      <source>Voorgedragen door</source>
      <translation>Nominated by</translation>
    </message>
    <message>
      <source>Charter getekend op</source>
      <translation>Charter signed on</translation>
    </message>
    <message>
      <source>Motivatieprofiel</source>
      <translation>Motivation profile</translation>
    </message>
    <message>
      <source>— nog niet gekozen —</source>
      <translation>— not chosen yet —</translation>
    </message>
    <message>
      <source>Vragenlijst…</source>
      <translation>Questionnaire…</translation>
    </message>
    <message>
      <source>Engagement</source>
      <translation>Engagement</translation>
    </message>
    <message>
      <source>Doet graag</source>
      <translation>Likes to do</translation>
    </message>
    <message>
      <source>Sterktes</source>
      <translation>Strengths</translation>
    </message>
    <message>
      <source>Feedback</source>
      <translation>Feedback</translation>
    </message>
    <message>
      <source>Diversiteit (optioneel, enkel met toestemming; alleen als totalen getoond)</source>
      <translation>Diversity (optional, only with consent; shown as totals only)</translation>
    </message>
    <message>
      <source>Toestemming gegeven</source>
      <translation>Consent given</translation>
    </message>
    <message>
      <source>Sector</source>
      <translation>Sector</translation>
    </message>
    <message>
      <source>Grootte bedrijf</source>
      <translation>Company size</translation>
    </message>
    <message>
      <source>Fase in het thema</source>
      <translation>Phase in the theme</translation>
    </message>
    <message>
      <source>Leeftijd</source>
      <translation>Age</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Gender</translation>
    </message>
    <message>
      <source>Achtergrond</source>
      <translation>Background</translation>
    </message>
    <message>
      <source>Vormingen, netwerkmomenten en bedankmomenten</source>
      <translation>Trainings, network meetings and thank-you moments</translation>
    </message>
    <message>
      <source>Mandaat: {0} tot {1}</source>
      <translation>Term: {0} to {1}</translation>
    </message>
    <message>
      <source> (laatst {0})</source>
      <translation> (last {0})</translation>
    </message>
    <message>
      <source>Vormingen: {0} · netwerkmomenten: {1} · bedankt: {2}{3} · podium: {4}</source>
      <translation>Trainings: {0} · network meetings: {1} · thanked: {2}{3} · podium: {4}</translation>
    </message>
    <message>
      <source> (afwezig)</source>
      <translation> (absent)</translation>
    </message>
    <message>
      <source>Charter: {0}</source>
      <translation>Charter: {0}</translation>
    </message>
    <message>
      <source>Kies een profiel of vul de vragenlijst in om te zien hoe je deze ambassadeur best ondersteunt.</source>
      <translation>Choose a profile or fill in the questionnaire to see how best to support this ambassador.</translation>
    </message>
    <message>
      <source>Jouw rol als projectleider</source>
      <translation>Your role as project lead</translation>
    </message>
    <message>
      <source>Instrumenten</source>
      <translation>Instruments</translation>
    </message>
    <message>
      <source>Bewaar de voordracht eerst; daarna zie je hier de activiteiten.</source>
      <translation>Save the nomination first; then the activities show here.</translation>
    </message>
    <message>
      <source>Diversiteit</source>
      <translation>Diversity</translation>
    </message>
    <message>
      <source>Optioneel, enkel met toestemming; alleen als totalen getoond.</source>
      <translation>Optional, only with consent; shown as totals only.</translation>
    </message>
    <message>
      <source>Gesprekken met de projectleider (Ctrl+K: gesprek toevoegen)</source>
      <translation>Talks with the project lead (Ctrl+K: add a talk)</translation>
    </message>
    <message>
      <source>Gesprek toevoegen…</source>
      <translation>Add a talk…</translation>
    </message>
    <message>
      <source>Gesprek verwijderen</source>
      <translation>Delete talk</translation>
    </message>
    <message>
      <source>Bewaar de voordracht eerst; daarna noteer je hier je gesprekken.</source>
      <translation>Save the nomination first; then you note your talks here.</translation>
    </message>
    <message>
      <source> → volgend gesprek {0}</source>
      <translation> → next talk {0}</translation>
    </message>
    <message>
      <source>Nog geen gesprekken genoteerd. Een-op-eencontact is volgens de gids de kern van het werk: noteer wat leeft en plan het volgende.</source>
      <translation>No talks noted yet. One-to-one contact is, according to the guide, the core of the work: note what is going on and plan the next one.</translation>
    </message>
    <message>
      <source>Gesprekken (Ctrl+K)</source>
      <translation>Talks (Ctrl+K)</translation>
    </message>
    <message>
      <source>— geen oproep —</source>
      <translation>— no call —</translation>
    </message>
    <message>
      <source>Via wervingsoproep</source>
      <translation>Through recruiting call</translation>
    </message>
  </context>
  <context>
    <name>AppointDialog</name>
    <message>
      <source>{0} aanstellen</source>
      <translation>Appoint {0}</translation>
    </message>
    <message>
      <source>Stel ambassadeurs bij voorkeur samen aan, op één moment in het jaar, voor een vaste termijn. Het mandaat loopt tot de aanstellingsdatum plus de termijn.</source>
      <translation>Preferably appoint ambassadors together, at one moment in the year, for a fixed term. The mandate runs until the appointment date plus the term.</translation>
    </message>
    <message>
      <source> jaar</source>
      <translation> years</translation>
    </message>
    <message>
      <source>Aangesteld op</source>
      <translation>Appointed on</translation>
    </message>
    <message>
      <source>Termijn</source>
      <translation>Term</translation>
    </message>
    <message>
      <source>Aanstellen</source>
      <translation>Appoint</translation>
    </message>
    <message>
      <source>Annuleren</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Vul de datum van de aanstelling in (dd/mm/jjjj).</source>
      <translation>Fill in the date of appointment (dd/mm/yyyy).</translation>
    </message>
  </context>
  <context>
    <name>AppointMomentDialog</name>
    <message>
      <source>Aanstellingsmoment</source>
      <translation>Appointment moment</translation>
    </message>
    <message>
      <source>Stel de voorgedragen ambassadeurs samen aan, op één moment in het jaar, voor dezelfde termijn. Vink uit wie (nog) niet aangesteld wordt.</source>
      <translation>Appoint the nominated ambassadors together, at one moment in the year, for the same term. Untick whoever is not (yet) appointed.</translation>
    </message>
    <message>
      <source>{0} (voorgedragen op {1})</source>
      <translation>{0} (nominated on {1})</translation>
    </message>
    <message>
      <source> jaar</source>
      <translation> years</translation>
    </message>
    <message>
      <source>Aangesteld op</source>
      <translation>Appointed on</translation>
    </message>
    <message>
      <source>Termijn</source>
      <translation>Term</translation>
    </message>
    <message>
      <source>Annuleren</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>1 ambassadeur aanstellen</source>
      <translation>Appoint 1 ambassador</translation>
    </message>
    <message>
      <source>{0} ambassadeurs aanstellen</source>
      <translation>Appoint {0} ambassadors</translation>
    </message>
    <message>
      <source>Vul de datum van de aanstelling in (dd/mm/jjjj).</source>
      <translation>Fill in the date of the appointment (dd/mm/yyyy).</translation>
    </message>
  </context>
  <context>
    <name>ArchivedNetworksDialog</name>
    <message>
      <source>Gearchiveerde netwerken</source>
      <translation>Archived networks</translation>
    </message>
    <message>
      <source>Een gearchiveerd netwerk staat niet in de keuzelijst, maar niets ervan is gewist: de gegevens, exports en verslagen van zijn periodes blijven bewaard. Haal het terug om er weer in te werken.</source>
      <translation>An archived network is not in the switcher, but nothing of it is erased: its data, exports and the reports of its periods are kept. Bring it back to work in it again.</translation>
    </message>
    <message>
      <source>Er zijn geen gearchiveerde netwerken.</source>
      <translation>There are no archived networks.</translation>
    </message>
    <message>
      <source>Sluiten</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>&amp;Terughalen</source>
      <translation>&amp;Bring back</translation>
    </message>
    <message>
      <source>{0} — {1}, gearchiveerd op {2}</source>
      <translation>{0} — {1}, archived on {2}</translation>
    </message>
    <message>
      <source>Netwerk ‘{0}’ is terug in de keuzelijst.</source>
      <translation>Network ‘{0}’ is back in the switcher.</translation>
    </message>
  </context>
  <context>
    <name>AssignDialog</name>
    <message>
      <source>Ambassadeur vragen</source>
      <translation>Ask an ambassador</translation>
    </message>
    <message>
      <source>Kies wie je vraagt; past het profiel bij een workshop of inleiding? Een ‘leraar’ deelt graag kennis, een ‘directeur’ staat graag op het podium.</source>
      <translation>Choose whom you ask; does the profile suit a workshop or talk? A ‘teacher’ likes sharing knowledge, a ‘director’ likes being on stage.</translation>
    </message>
    <message>
      <source>Ambassadeur</source>
      <translation>Ambassador</translation>
    </message>
    <message>
      <source>Gevraagd op</source>
      <translation>Asked on</translation>
    </message>
    <message>
      <source>Vragen</source>
      <translation>Ask</translation>
    </message>
    <message>
      <source>Annuleren</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsDialog</name>
    <message>
      <source>Bestanden bij {0}</source>
      <translation>Files of {0}</translation>
    </message>
    <message>
      <source>Sluiten</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsPanel</name>
    <message>
      <source>Nog geen bestanden. Voeg een getekende verklaring, een scan of een verslag toe (tot 10 MB): het wordt versleuteld in de kluis bewaard en blijft op deze laptop, tenzij je het deelt met je team.</source>
      <translation>No files yet. Add a signed declaration, a scan or minutes (up to 10 MB): it is kept encrypted in the vault and stays on this laptop unless you share it with your team.</translation>
    </message>
    <message>
      <source>Bestand &amp;toevoegen…</source>
      <translation>&amp;Add file…</translation>
    </message>
    <message>
      <source>&amp;Openen</source>
      <translation>&amp;Open</translation>
    </message>
    <message>
      <source>Kopie &amp;opslaan als…</source>
      <translation>&amp;Save a copy as…</translation>
    </message>
    <message>
      <source>&amp;Delen met het team</source>
      <translation>S&amp;hare with the team</translation>
    </message>
    <message>
      <source>Alleen een gedeeld bestand gaat mee in je teambundels.</source>
      <translation>Only a shared file goes into your team bundles.</translation>
    </message>
    <message>
      <source>&amp;Verwijderen…</source>
      <translation>&amp;Delete…</translation>
    </message>
    <message>
      <source> · gedeeld met het team</source>
      <translation> · shared with the team</translation>
    </message>
    <message>
      <source>Bestand toevoegen</source>
      <translation>Add file</translation>
    </message>
    <message>
      <source>Korte notitie bij ‘{0}’ (mag leeg blijven):</source>
      <translation>Short note with ‘{0}’ (may stay empty):</translation>
    </message>
    <message>
      <source>‘{0}’ bewaard in de kluis.</source>
      <translation>‘{0}’ kept in the vault.</translation>
    </message>
    <message>
      <source>‘{0}’ is beschadigd in de kluis (de controlesom klopt niet) en wordt niet geopend. Zet een reservekopie terug of voeg het bestand opnieuw toe.</source>
      <translation>‘{0}’ is damaged in the vault (its checksum does not match) and is not opened. Restore a backup or add the file again.</translation>
    </message>
    <message>
      <source>Er kon geen tijdelijke kopie gemaakt worden om ‘{0}’ te openen: {1}</source>
      <translation>No temporary copy could be made to open ‘{0}’: {1}</translation>
    </message>
    <message>
      <source>‘{0}’ geopend als tijdelijke kopie; die wordt gewist bij vergrendelen en afsluiten.</source>
      <translation>‘{0}’ opened as a temporary copy; it is removed when you lock or quit.</translation>
    </message>
    <message>
      <source>Kopie opslaan als</source>
      <translation>Save a copy as</translation>
    </message>
    <message>
      <source>Kopie bewaard: {0}</source>
      <translation>Copy saved: {0}</translation>
    </message>
    <message>
      <source>Bestand verwijderen</source>
      <translation>Delete file</translation>
    </message>
    <message>
      <source>‘{0}’ uit de kluis verwijderen? Het bestand is daarna ook bij je teamleden weg als het gedeeld was. Dit kan niet ongedaan gemaakt worden.</source>
      <translation>Delete ‘{0}’ from the vault? If it was shared, it is then gone for your teammates too. This cannot be undone.</translation>
    </message>
    <message>
      <source>‘{0}’ verwijderd.</source>
      <translation>‘{0}’ deleted.</translation>
    </message>
    <message>
      <source>Kopie o&amp;pslaan als…</source>
      <translation>&amp;Save a copy as…</translation>
    </message>
  </context>
  <context>
    <name>AuditViewer</name>
    <message>
      <source>1 regel</source>
      <translation>1 line</translation>
    </message>
    <message>
      <source>Het logboek is nog leeg: elke wijziging die iemand in deze kluis maakt, komt hier te staan.</source>
      <translation>The log is still empty: every change anyone makes in this vault will appear here.</translation>
    </message>
  </context>
  <context>
    <name>CallDialog</name>
    <message>
      <source>Wervingsoproep bewerken</source>
      <translation>Edit recruiting call</translation>
    </message>
    <message>
      <source>Nieuwe wervingsoproep</source>
      <translation>New recruiting call</translation>
    </message>
    <message>
      <source>Zoek nieuwe ambassadeurs in verschillende sectoren. Noteer waar en hoe je de oproep deed; wie zich aanmeldt, koppel je bij de voordracht aan deze oproep.</source>
      <translation>Look for new ambassadors in different sectors. Note where and how you made the call; link whoever responds to this call when you nominate them.</translation>
    </message>
    <message>
      <source>bv. Oproep in de nieuwsbrief van de gemeente</source>
      <translation>e.g. Call in the municipal newsletter</translation>
    </message>
    <message>
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Titel of kanaal</source>
      <translation>Title or channel</translation>
    </message>
    <message>
      <source>Aangesproken sectoren</source>
      <translation>Sectors approached</translation>
    </message>
    <message>
      <source>Notitie</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Bewaren</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Annuleren</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>ClosingBox</name>
    <message>
      <source>Afsluiten</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>toelichting</source>
      <translation>notes</translation>
    </message>
    <message>
      <source>Traject afsluiten</source>
      <translation>Close trajectory</translation>
    </message>
  </context>
  <context>
    <name>CommitmentEditor</name>
    <message>
      <source>Nog geen afspraken. Noteer de werkafspraken voor de bestuursperiode (bv. uit het dorpsradenconvenant) met ‘Nieuwe afspraak’ (Ctrl+N): wat, wie en tegen wanneer.</source>
      <translation>No agreements yet. Record the working agreements for the term (e.g. from the village council covenant) with ‘New agreement’ (Ctrl+N): what, who and by when.</translation>
    </message>
    <message>
      <source>Nieuwe afspraak</source>
      <translation>New agreement</translation>
    </message>
    <message>
      <source>1 afspraak</source>
      <translation>1 agreement</translation>
    </message>
    <message>
      <source>{0} afspraken</source>
      <translation>{0} agreements</translation>
    </message>
    <message>
      <source>De afspraak ‘{0}’ verwijderen? Gebruik ‘Geschrapt’ als ze niet doorgaat: dan blijft ze in de opvolging zichtbaar.</source>
      <translation>Delete the agreement ‘{0}’? Use ‘Dropped’ if it does not go ahead: then it stays visible in the follow-up.</translation>
    </message>
    <message>
      <source>Afspraak gerealiseerd.</source>
      <translation>Agreement done.</translation>
    </message>
  </context>
  <context>
    <name>CommitmentForm</name>
    <message>
      <source>Gerealiseerd</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Markeer de afspraak als gerealiseerd op vandaag ({0})</source>
      <translation>Mark the agreement as done today ({0})</translation>
    </message>
    <message>
      <source>Afspraak</source>
      <translation>Agreement</translation>
    </message>
    <message>
      <source>wat spreken jullie af?</source>
      <translation>what do you agree on?</translation>
    </message>
    <message>
      <source>bv. gemeente, dorpsraad, wijkambassadeur</source>
      <translation>e.g. municipality, village council, ambassador</translation>
    </message>
    <message>
      <source>Trekker</source>
      <translation>Owner</translation>
    </message>
    <message>
      <source>Tegen</source>
      <translation>Due by</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Afgerond op</source>
      <translation>Finished on</translation>
    </message>
    <message>
      <source>Notitie</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Een afspraak die op haar datum nog loopt, komt op het overzicht, net als een mijlpaal.</source>
      <translation>An agreement still open on its date appears on the overview, like a milestone.</translation>
    </message>
  </context>
  <context>
    <name>ContactDialog</name>
    <message>
      <source>Gesprek met {0}</source>
      <translation>Talk with {0}</translation>
    </message>
    <message>
      <source>Wat leeft er? Wat vraagt de ambassadeur, wat spraken jullie af?</source>
      <translation>What is going on? What does the ambassador ask, what did you agree?</translation>
    </message>
    <message>
      <source>Soort</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Verslag</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Volgend gesprek</source>
      <translation>Next talk</translation>
    </message>
    <message>
      <source>Bewaren</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Annuleren</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Vul de datum van het gesprek in (dd/mm/jjjj).</source>
      <translation>Fill in the date of the talk (dd/mm/yyyy).</translation>
    </message>
    <message>
      <source>Het volgende gesprek kan niet vóór dit gesprek liggen.</source>
      <translation>The next talk cannot be before this one.</translation>
    </message>
  </context>
  <context>
    <name>DateEdit</name>
    <message>
      <source>dd/mm/jjjj</source>
      <translation>dd/mm/yyyy</translation>
    </message>
  </context>
  <context>
    <name>DocumentsDialog</name>
    <message>
      <source>Documenten en afspraken</source>
      <translation>Documents and agreements</translation>
    </message>
    <message>
      <source>het netwerk</source>
      <translation>the network</translation>
    </message>
    <message>
      <source>&amp;Afgesproken teksten</source>
      <translation>&amp;Agreed texts</translation>
    </message>
    <message>
      <source>&amp;Bestanden van het netwerk</source>
      <translation>&amp;Files of the network</translation>
    </message>
    <message>
      <source>Bestanden van één stakeholder of ambassadeur voeg je toe vanuit zijn of haar fiche (knop ‘Bestanden…’).</source>
      <translation>Files of one stakeholder or ambassador are added from their record (the ‘Files…’ button).</translation>
    </message>
    <message>
      <source>Sluiten</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>DraftBar</name>
    <message>
      <source>Concept weggooien</source>
      <translation>Discard draft</translation>
    </message>
    <message>
      <source>Concept van {0}, nog niet bewaard: pas aan en klik op Bewaren, of gooi het concept weg.</source>
      <translation>Draft of {0}, not saved yet: correct it and click Save, or discard the draft.</translation>
    </message>
  </context>
  <context>
    <name>ExchangeDialog</name>
    <message>
      <source>1 wijziging weggeschreven naar {0}.</source>
      <translation>1 change written to {0}.</translation>
    </message>
    <message>
      <source>1 bundel ingelezen: niets nieuws.</source>
      <translation>1 bundle read: nothing new.</translation>
    </message>
    <message>
      <source>1 bundel ingelezen. Wat er veranderde:</source>
      <translation>1 bundle read. What changed:</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>1 rij geschreven naar {0}.</source>
      <translation>1 row written to {0}.</translation>
    </message>
    <message>
      <source>{0} rijen geschreven naar {1}.</source>
      <translation>{0} rows written to {1}.</translation>
    </message>
    <message>
      <source>Verwijder het bestand wanneer je het niet meer nodig hebt.</source>
      <translation>Delete the file when you no longer need it.</translation>
    </message>
  </context>
  <context>
    <name>HealthPanel</name>
    <message>
      <source>Groepsfasen (Tuckman)</source>
      <translation>Group phases (Tuckman)</translation>
    </message>
    <message>
      <source>interventie of vaststelling</source>
      <translation>intervention or observation</translation>
    </message>
    <message>
      <source>Toevoegen</source>
      <translation>Add</translation>
    </message>
    <message>
      <source>Verwijderen</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>geen</source>
      <translation>none</translation>
    </message>
    <message>
      <source>Netwerkgrootte</source>
      <translation>Network size</translation>
    </message>
    <message>
      <source>Jaarlijkse momenten</source>
      <translation>Yearly moments</translation>
    </message>
    <message>
      <source>Mandaten die binnen 6 maanden aflopen</source>
      <translation>Terms ending within 6 months</translation>
    </message>
    <message>
      <source>Voordrachten die wachten</source>
      <translation>Nominations waiting</translation>
    </message>
    <message>
      <source>Diversiteit</source>
      <translation>Diversity</translation>
    </message>
    <message>
      <source>ja</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>nog niet</source>
      <translation>not yet</translation>
    </message>
    <message>
      <source>Aanstellingsmoment: {0} ({1} aangesteld)</source>
      <translation>Appointment moment: {0} ({1} appointed)</translation>
    </message>
    <message>
      <source>Bedankmoment: {0}</source>
      <translation>Thank-you moment: {0}</translation>
    </message>
    <message>
      <source>andere/verborgen</source>
      <translation>other/hidden</translation>
    </message>
    <message>
      <source>Sector</source>
      <translation>Sector</translation>
    </message>
    <message>
      <source>Grootte bedrijf</source>
      <translation>Company size</translation>
    </message>
    <message>
      <source>Fase in het thema</source>
      <translation>Phase in the theme</translation>
    </message>
    <message>
      <source>Leeftijd</source>
      <translation>Age</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Gender</translation>
    </message>
    <message>
      <source>Achtergrond</source>
      <translation>Background</translation>
    </message>
    <message>
      <source>geen gegevens</source>
      <translation>no data</translation>
    </message>
    <message>
      <source>(enkel wie toestemming gaf; groepen kleiner dan 3 samengevoegd tot ‘andere/verborgen’)</source>
      <translation>(only those who consented; groups smaller than 3 merged into ‘other/hidden’)</translation>
    </message>
    <message>
      <source>Nog geen groepsfase genoteerd. Noteer waar de groep staat en wat je doet.</source>
      <translation>No group phase noted yet. Note where the group stands and what you do.</translation>
    </message>
    <message>
      <source>wacht langer dan {0} dagen</source>
      <translation>waiting longer than {0} days</translation>
    </message>
    <message>
      <source>groepsfase</source>
      <translation>group phase</translation>
    </message>
    <message>
      <source>De groepsfase-notitie ‘{0}’ is nog niet toegevoegd; ze staat als concept in de kluis.</source>
      <translation>The group phase note ‘{0}’ was not added yet; it is kept as a draft in the vault.</translation>
    </message>
    <message>
      <source>Aanstellingsmoment: nog niet (niemand aangesteld)</source>
      <translation>Appointment moment: not yet (nobody appointed)</translation>
    </message>
    <message>
      <source>Aanstellingsmoment: ja, {0} van de {1} aanstellingen op {2}</source>
      <translation>Appointment moment: yes, {0} of the {1} appointments on {2}</translation>
    </message>
    <message>
      <source>Aanstellingsmoment: ja, 1 aanstelling op {0}</source>
      <translation>Appointment moment: yes, 1 appointment on {0}</translation>
    </message>
    <message>
      <source>Aanstellingsmoment: nee, {0} aanstellingen op {1} verschillende dagen; stel nieuwe ambassadeurs bij voorkeur samen aan, op één moment in het jaar</source>
      <translation>Appointment moment: no, {0} appointments on {1} different days; preferably appoint new ambassadors together, at one moment in the year</translation>
    </message>
    <message>
      <source>Bedankmoment: ja</source>
      <translation>Thank-you moment: yes</translation>
    </message>
    <message>
      <source>Bedankmoment: nog niet</source>
      <translation>Thank-you moment: not yet</translation>
    </message>
    <message>
      <source>Nog niet bedankt: {0}</source>
      <translation>Not thanked yet: {0}</translation>
    </message>
    <message>
      <source>Ereleden nog niet uitgenodigd: {0}</source>
      <translation>Honorary members not invited yet: {0}</translation>
    </message>
    <message>
      <source>onbekend: {0}</source>
      <translation>unknown: {0}</translation>
    </message>
    <message>
      <source>Niemand met het profiel {0}.</source>
      <translation>Nobody with the profile {0}.</translation>
    </message>
    <message>
      <source>Nog geen podium dat bij het profiel past, dit werkjaar:</source>
      <translation>No podium that fits the profile yet, this working year:</translation>
    </message>
    <message>
      <source>Nieuw in de groep, en dus nog in een andere fase: {0}. Geef hen eerst duidelijkheid over doel en aanpak.</source>
      <translation>New in the group, and so still in another phase: {0}. First give them clarity about goal and approach.</translation>
    </message>
    <message>
      <source>Motivatieprofielen</source>
      <translation>Motivation profiles</translation>
    </message>
    <message>
      <source>Nu: {0} (sinds {1})</source>
      <translation>Now: {0} (since {1})</translation>
    </message>
    <message>
      <source>• {0} ({1}): nog geen {2}</source>
      <translation>• {0} ({1}): no {2} yet</translation>
    </message>
  </context>
  <context>
    <name>HubDialog</name>
    <message>
      <source>Cijfers naar de regionale hub</source>
      <translation>Figures to the regional hub</translation>
    </message>
    <message>
      <source>Stuur de cijfers van je definitieve jaarverslagen naar de regionale hub van wie de netwerken samen opvolgt (provincie, stad, onderzoeksgroep). Cijfers, geen mensen: per netwerk het profiel, de cijfers zoals de stuurgroep ze zag (kleine aantallen verborgen) en de organisaties die je in kaart bracht.</source>
      <translation>Send the figures of your final annual reports to the regional hub of whoever follows the networks together (province, city, research group). Figures, not people: per network its profile, the figures as the steering group saw them (small counts hidden) and the organisations you mapped.</translation>
    </message>
    <message>
      <source>&amp;Hub (DSN)</source>
      <translation>&amp;Hub (DSN)</translation>
    </message>
    <message>
      <source>het wachtwoord van je rol (wordt niet bewaard)</source>
      <translation>your role's password (not kept)</translation>
    </message>
    <message>
      <source>&amp;Wachtwoord</source>
      <translation>&amp;Password</translation>
    </message>
    <message>
      <source>Alle netwerken in deze kluis</source>
      <translation>All networks in this vault</translation>
    </message>
    <message>
      <source>Het gekozen netwerk</source>
      <translation>The chosen network</translation>
    </message>
    <message>
      <source>&amp;Van</source>
      <translation>&amp;From</translation>
    </message>
    <message>
      <source>&lt;b&gt;Dit wordt verstuurd:&lt;/b&gt;</source>
      <translation>&lt;b&gt;This is what will be sent:&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&amp;Versturen</source>
      <translation>&amp;Send</translation>
    </message>
    <message>
      <source>Sluiten</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Verstuurd als ‘{0}’: {1} netwerken, {2} verslagen, {3} organisaties; {4} rijen nieuw of gewijzigd in de hub.</source>
      <translation>Sent as ‘{0}’: {1} networks, {2} reports, {3} organisations; {4} rows new or changed in the hub.</translation>
    </message>
    <message>
      <source>Cijfers verstuurd naar de regionale hub.</source>
      <translation>Figures sent to the regional hub.</translation>
    </message>
    <message>
      <source>Verkeerd of ontbrekend wachtwoord voor de hub. Er werd niets verzonden. Typ het wachtwoord dat je bij je rol kreeg (hoofdletters tellen mee) en probeer opnieuw; ben je het kwijt, vraag dan de beheerder van de hub om een nieuw.</source>
      <translation>Wrong or missing password for the hub. Nothing was sent. Type the password you were given with your role (capitals count) and try again; if you lost it, ask the hub administrator for a new one.</translation>
    </message>
  </context>
  <context>
    <name>InsightPanel</name>
    <message>
      <source>&lt;b&gt;Retentiefunnel&lt;/b&gt; (trajecten gestart in deze periode)</source>
      <translation>&lt;b&gt;Retention funnel&lt;/b&gt; (trajectories started in this period)</translation>
    </message>
    <message>
      <source>&lt;b&gt;Drempels&lt;/b&gt;</source>
      <translation>&lt;b&gt;Barriers&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Gestart</source>
      <translation>Started</translation>
    </message>
    <message>
      <source>indicatie: ± {0} gestart per jaar</source>
      <translation>indication: about {0} started a year</translation>
    </message>
    <message>
      <source>Indicatie uit de praktijk (geen norm): een ervaren voltijdse verbindingsambassadeur met een uitgebouwd netwerk start ongeveer 80 trajecten per jaar en leidt er 60 à 70 succesvol toe. Voor {0} VTE: ± {1} gestart, {2}–{3} geslaagd. Dit netwerk: {4} gestart, {5} geslaagd.</source>
      <translation>Indication from practice (not a norm): an experienced full-time connection ambassador with a built network starts about 80 trajectories a year and guides 60 to 70 successfully. For {0} FTE: about {1} started, {2}–{3} successful. This network: {4} started, {5} successful.</translation>
    </message>
    <message>
      <source>geen</source>
      <translation>none</translation>
    </message>
    <message>
      <source>Ondersteuning</source>
      <translation>Support</translation>
    </message>
    <message>
      <source>Aanbod met de meeste inschrijvingen</source>
      <translation>Offers with most enrolments</translation>
    </message>
    <message>
      <source>Doorverwijzers</source>
      <translation>Referral sources</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Nieuw ne&amp;twerk…</source>
      <translation>New ne&amp;twork…</translation>
    </message>
    <message>
      <source>Netwerk &amp;hernoemen…</source>
      <translation>&amp;Rename network…</translation>
    </message>
    <message>
      <source>Netwerk a&amp;rchiveren…</source>
      <translation>Arc&amp;hive network…</translation>
    </message>
    <message>
      <source>&amp;Gearchiveerde netwerken…</source>
      <translation>Archived net&amp;works…</translation>
    </message>
    <message>
      <source>Nieuw netwerk…</source>
      <translation>New network…</translation>
    </message>
    <message>
      <source>Gearchiveerde netwerken ({0})…</source>
      <translation>Archived networks ({0})…</translation>
    </message>
    <message>
      <source>Netwerk archiveren</source>
      <translation>Archive network</translation>
    </message>
    <message>
      <source>Netwerk ‘{0}’ archiveren? Het verdwijnt uit de keuzelijst; gegevens en verslagen blijven bewaard.</source>
      <translation>Archive network ‘{0}’? It leaves the switcher; its data and reports are kept.</translation>
    </message>
    <message>
      <source>Netwerk ‘{0}’ gearchiveerd. Terughalen kan via Bestand → Gearchiveerde netwerken…</source>
      <translation>Network ‘{0}’ archived. Bring it back through File → Archived networks…</translation>
    </message>
    <message>
      <source>&amp;Herstelblad opnieuw afdrukken…</source>
      <translation>Reprint the &amp;recovery sheet…</translation>
    </message>
    <message>
      <source>Agenda exporteren…</source>
      <translation>Export agenda…</translation>
    </message>
    <message>
      <source>Documenten en afspraken…</source>
      <translation>Documents and agreements…</translation>
    </message>
    <message>
      <source>Cijfers naar de regionale hub…</source>
      <translation>Figures to the regional hub…</translation>
    </message>
  </context>
  <context>
    <name>MeetingEditor</name>
    <message>
      <source>Nog geen vergaderingen van dorpsraden. Noteer een vergadering met ‘Nieuwe vergadering’ (Ctrl+N) zodra de uitnodiging binnenkomt.</source>
      <translation>No village council meetings yet. Record a meeting with ‘New meeting’ (Ctrl+N) as soon as the invitation comes in.</translation>
    </message>
    <message>
      <source>Nieuwe vergadering</source>
      <translation>New meeting</translation>
    </message>
    <message>
      <source>1 vergadering</source>
      <translation>1 meeting</translation>
    </message>
    <message>
      <source>{0} vergaderingen</source>
      <translation>{0} meetings</translation>
    </message>
    <message>
      <source>De vergadering van ‘{0}’ verwijderen?</source>
      <translation>Delete the meeting of ‘{0}’?</translation>
    </message>
    <message>
      <source>Notulen ontvangen.</source>
      <translation>Minutes received.</translation>
    </message>
  </context>
  <context>
    <name>MeetingForm</name>
    <message>
      <source>Notulen ontvangen</source>
      <translation>Minutes received</translation>
    </message>
    <message>
      <source>Noteer dat de notulen vandaag binnenkwamen ({0})</source>
      <translation>Note that the minutes came in today ({0})</translation>
    </message>
    <message>
      <source>Vergadering van de dorpsraad</source>
      <translation>Village council meeting</translation>
    </message>
    <message>
      <source>bv. Dorpsraad Kolonie</source>
      <translation>e.g. Dorpsraad Kolonie</translation>
    </message>
    <message>
      <source>De wijkambassadeur was aanwezig</source>
      <translation>The neighbourhood ambassador attended</translation>
    </message>
    <message>
      <source>De gebiedsmanager was aanwezig</source>
      <translation>The area manager attended</translation>
    </message>
    <message>
      <source>Dorpsraad</source>
      <translation>Village council</translation>
    </message>
    <message>
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Uitnodiging ontvangen op</source>
      <translation>Invitation received on</translation>
    </message>
    <message>
      <source>Notulen ontvangen op</source>
      <translation>Minutes received on</translation>
    </message>
    <message>
      <source>Aanwezig</source>
      <translation>Attended</translation>
    </message>
    <message>
      <source>Notitie</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Uitnodigingen en notulen van de dorpsraden horen bij de wijkambassadeur en de gebiedsmanager terecht te komen. Ontbreken de notulen een maand na de vergadering, dan staat dat op het overzicht.</source>
      <translation>Invitations and minutes of the village councils should reach the neighbourhood ambassador and the area manager. When the minutes are missing a month after the meeting, the overview says so.</translation>
    </message>
  </context>
  <context>
    <name>NetworkDialog</name>
    <message>
      <source>Een toeleider (verbindingsambassadeur) begeleidt kinderen en jongeren, vaak samen met hun gezin, naar vrijetijdsaanbod. Je volgt lokale spelers aan vraag- en aanbodzijde en trajecten (toeleidingen) met drempels en mijlpalen, en rapporteert aan de stuurgroep.</source>
      <translation>A paid worker (connection ambassador) guides children and young people, often with their family, to leisure offers. You follow local players on the demand and supply side and trajectories with barriers and milestones, and report to the steering group.</translation>
    </message>
    <message>
      <source>Bewoners, lokale ondernemers en vrijwilligers dragen een site of (toeristisch) project uit. Je brengt de lokale spelers in kaart, bouwt de relatie op en uit, bedankt jaarlijks en werft met oproepen; een charter bekrachtigt het engagement.</source>
      <translation>Residents, local entrepreneurs and volunteers champion a site or (tourism) project. You map the local players, build and expand the relation, thank them every year and recruit with calls; a charter seals the commitment.</translation>
    </message>
    <message>
      <source>Ondernemers worden voor een termijn aangesteld als ambassadeur van een thema, zoals sociale innovatie. Je volgt voordracht en aanstelling, minstens drie podiumactiviteiten per jaar, motivatieprofielen, de diversiteit en de groepsfase van het netwerk.</source>
      <translation>Entrepreneurs are appointed for a term as ambassadors of a theme such as social innovation. You follow nomination and appointment, at least three podium activities a year, motivation profiles, the network's diversity and its group phase.</translation>
    </message>
    <message>
      <source>Een schepen is gekoppeld aan een dorp of wijk, samen met de dorpsraad en een gebiedsmanager. Signalen van bewoners gaan naar de verantwoordelijke schepen en je volgt ze op tot ze beantwoord zijn; ook aanwezigheid op activiteiten en de afspraken voor vier jaar.</source>
      <translation>An alderman is linked to a village or neighbourhood, with the village council and an area manager. Signals from residents go to the responsible alderman and you follow them up until they are answered; also presence at events and the agreements for four years.</translation>
    </message>
    <message>
      <source>Netwerk hernoemen</source>
      <translation>Rename network</translation>
    </message>
    <message>
      <source>Nieuw netwerk</source>
      <translation>New network</translation>
    </message>
    <message>
      <source>&amp;Naam van het netwerk</source>
      <translation>&amp;Name of the network</translation>
    </message>
    <message>
      <source>bijvoorbeeld Verbindingsambassadeurs Gent</source>
      <translation>for example Connection ambassadors Ghent</translation>
    </message>
    <message>
      <source>Soort netwerk</source>
      <translation>Kind of network</translation>
    </message>
    <message>
      <source>Alle soorten werken met dezelfde tabbladen; de soort bepaalt wat Verbind standaard benadrukt. Je kunt ze later wijzigen in het tabblad Netwerk.</source>
      <translation>Every kind works with the same tabs; the kind decides what Verbind stresses by default. You can change it later in the Network tab.</translation>
    </message>
    <message>
      <source>Stakeholders, ambassadeurs, trajecten en verslagen blijven bij het netwerk; alleen de naam verandert.</source>
      <translation>Stakeholders, ambassadors, trajectories and reports stay with the network; only the name changes.</translation>
    </message>
    <message>
      <source>Hernoemen</source>
      <translation>Rename</translation>
    </message>
    <message>
      <source>Netwerk maken</source>
      <translation>Create network</translation>
    </message>
    <message>
      <source>Annuleren</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Netwerk ‘{0}’ gemaakt.</source>
      <translation>Network ‘{0}’ created.</translation>
    </message>
    <message>
      <source>Het netwerk heet nu ‘{0}’.</source>
      <translation>The network is now called ‘{0}’.</translation>
    </message>
  </context>
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
    <message>
      <source>Werkingsbudget</source>
      <translation>Working budget</translation>
    </message>
    <message>
      <source>waarvan personeel</source>
      <translation>of which staff</translation>
    </message>
    <message>
      <source>Indicatoren: vertrekpunt, streefcijfer en stand</source>
      <translation>Indicators: starting point, target and actual</translation>
    </message>
    <message>
      <source>Let op: harde cijfers kunnen druk zetten op de ambassadeur. Gebruik streefcijfers als richting, niet als norm: het verslag toont hoe ver je op weg bent vanaf het vertrekpunt, niet ‘gehaald’ of ‘niet gehaald’.</source>
      <translation>Note: hard numbers can put pressure on the ambassador. Use targets as a direction, not a norm: the report shows how far along you are from the starting point, not ‘met’ or ‘not met’.</translation>
    </message>
    <message>
      <source>Indicator en jaar</source>
      <translation>Indicator and year</translation>
    </message>
    <message>
      <source>vertrekpunt</source>
      <translation>starting point</translation>
    </message>
    <message>
      <source>streefcijfer </source>
      <translation>target </translation>
    </message>
    <message>
      <source>stand</source>
      <translation>actual</translation>
    </message>
    <message>
      <source>Vertrekpunt, streefcijfer, stand</source>
      <translation>Starting point, target, actual</translation>
    </message>
    <message>
      <source>toelichting bij de stand (bv. hoe ze gemeten werd)</source>
      <translation>note on the actual (e.g. how it was measured)</translation>
    </message>
    <message>
      <source>Indicator bewaren</source>
      <translation>Save indicator</translation>
    </message>
    <message>
      <source>Toelichting</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>partners voor deze strategie, bv. OCMW, Huis van het Kind</source>
      <translation>partners for this strategy, e.g. the social welfare office, a family centre</translation>
    </message>
    <message>
      <source>Partners: %s</source>
      <translation>Partners: %s</translation>
    </message>
    <message>
      <source>Verslag of bestanden bij de gekozen vergadering…</source>
      <translation>Minutes or files of the chosen meeting…</translation>
    </message>
  </context>
  <context>
    <name>OfferBox</name>
    <message>
      <source>Aanbod (vrije plaatsen · wachtlijst)</source>
      <translation>Offers (available places · waiting list)</translation>
    </message>
    <message>
      <source>Toevoegen</source>
      <translation>Add</translation>
    </message>
  </context>
  <context>
    <name>OptionsPage</name>
    <message>
      <source>bv. Sara De Smet, jeugddienst</source>
      <translation>e.g. Sarah Peeters, youth service</translation>
    </message>
    <message>
      <source>Staat op de voorpagina en als auteur in de eigenschappen van de PDF.</source>
      <translation>Printed on the cover and as the author in the PDF properties.</translation>
    </message>
    <message>
      <source>Opgesteld door</source>
      <translation>Prepared by</translation>
    </message>
  </context>
  <context>
    <name>PassphrasePair</name>
    <message>
      <source>✓ Gelijk aan de eerste.</source>
      <translation>✓ Same as the first.</translation>
    </message>
  </context>
  <context>
    <name>PreviewPage</name>
    <message>
      <source>1 probleem: zo wordt er niets ingevoerd. Verbeter het in het bestand, bewaar het en kies ‘Bestand opnieuw inlezen’.</source>
      <translation>1 problem: nothing will be imported like this. Correct it in the file, save it and choose ‘Read the file again’.</translation>
    </message>
  </context>
  <context>
    <name>PrivacyDialog</name>
    <message>
      <source>Verwerkingsverantwoordelijke en functionaris voor gegevensbescherming</source>
      <translation>Controller and data protection officer</translation>
    </message>
    <message>
      <source>Organisatie</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>bv. vzw Samen Spelen</source>
      <translation>e.g. Samen Spelen non-profit</translation>
    </message>
    <message>
      <source>Adres of e-mail voor vragen</source>
      <translation>Address or e-mail for requests</translation>
    </message>
    <message>
      <source>bv. privacy@voorbeeld.be</source>
      <translation>e.g. privacy@example.org</translation>
    </message>
    <message>
      <source>Functionaris (DPO)</source>
      <translation>Data protection officer (DPO)</translation>
    </message>
    <message>
      <source>naam of dienst</source>
      <translation>name or department</translation>
    </message>
    <message>
      <source>Contact van de DPO</source>
      <translation>DPO contact</translation>
    </message>
    <message>
      <source>e-mail of telefoon</source>
      <translation>e-mail or phone</translation>
    </message>
    <message>
      <source>Gegevens &amp;bewaren</source>
      <translation>&amp;Save details</translation>
    </message>
    <message>
      <source>Verantwoordelijke en DPO bewaard.</source>
      <translation>Controller and DPO saved.</translation>
    </message>
    <message>
      <source>1 afgesloten traject is ouder dan {0} jaar.</source>
      <translation>1 closed trajectory is older than {0} years.</translation>
    </message>
    <message>
      <source>{0} afgesloten trajecten zijn ouder dan {1} jaar.</source>
      <translation>{0} closed trajectories are older than {1} years.</translation>
    </message>
    <message>
      <source>Hun vrije tekst en optionele namen worden gewist; de totalen blijven. Opschonen?</source>
      <translation>Their free text and optional names are erased; the totals remain. Clean up?</translation>
    </message>
    <message>
      <source>1 traject opgeschoond.</source>
      <translation>1 trajectory cleaned up.</translation>
    </message>
  </context>
  <context>
    <name>RecommendationRow</name>
    <message>
      <source>aanbeveling</source>
      <translation>recommendation</translation>
    </message>
    <message>
      <source>wie neemt het op</source>
      <translation>who takes it up</translation>
    </message>
    <message>
      <source>Verwijderen</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>Een aanbeveling zonder tekst: vul ze aan of verwijder de rij.</source>
      <translation>A recommendation without text: fill it in or remove the row.</translation>
    </message>
  </context>
  <context>
    <name>RecommendationsEditor</name>
    <message>
      <source>Aanbevelingen</source>
      <translation>Recommendations</translation>
    </message>
    <message>
      <source>wat · wie · tegen wanneer (dd/mm/jjjj)</source>
      <translation>what · who · by when (dd/mm/yyyy)</translation>
    </message>
    <message>
      <source>Aanbeveling toevoegen</source>
      <translation>Add a recommendation</translation>
    </message>
  </context>
  <context>
    <name>RecordEditor</name>
    <message>
      <source>Meer dan {0}</source>
      <translation>More than {0}</translation>
    </message>
    <message>
      <source>Scroll naar het einde van de lijst voor het exacte aantal.</source>
      <translation>Scroll to the end of the list for the exact number.</translation>
    </message>
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
    <message>
      <source>Dit record staat niet in de gefilterde lijst; je kan het hier verder bewerken.</source>
      <translation>This record is not in the filtered list; you can go on editing it here.</translation>
    </message>
    <message>
      <source>Bestanden…</source>
      <translation>Files…</translation>
    </message>
    <message>
      <source>Getekende verklaringen, scans en verslagen bij dit record (Ctrl+Shift+B)</source>
      <translation>Signed declarations, scans and minutes of this record (Ctrl+Shift+B)</translation>
    </message>
    <message>
      <source>Bestanden ({0})…</source>
      <translation>Files ({0})…</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyView</name>
    <message>
      <source>Er staan nooit de letters O, I, L of U in: een rondje is altijd het cijfer nul (0), een rechte streep altijd het cijfer één (1). De Q heeft een staartje.</source>
      <translation>It never contains the letters O, I, L or U: a round character is always the digit zero (0), an upright stroke always the digit one (1). The Q has a tail.</translation>
    </message>
  </context>
  <context>
    <name>RecoverySheetDialog</name>
    <message>
      <source>Herstelblad opnieuw afdrukken</source>
      <translation>Reprint the recovery sheet</translation>
    </message>
    <message>
      <source>Typ de herstelsleutel over van je oude blad (of waar je ze bewaarde). Verbind controleert eerst of ze deze kluis opent en maakt dan een nieuw blad als PDF. Druk het af en verwijder daarna het bestand.</source>
      <translation>Type the recovery key from your old sheet (or wherever you kept it). Verbind first checks that it opens this vault, then makes a new sheet as a PDF. Print it, then delete the file.</translation>
    </message>
    <message>
      <source>PDF maken…</source>
      <translation>Make PDF…</translation>
    </message>
    <message>
      <source>Sluiten</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Typ eerst de herstelsleutel.</source>
      <translation>Type the recovery key first.</translation>
    </message>
    <message>
      <source>Herstelblad bewaren</source>
      <translation>Save recovery sheet</translation>
    </message>
    <message>
      <source>Herstelblad bewaard in {0}. De sleutel klopt voor deze kluis.</source>
      <translation>Recovery sheet saved to {0}. The key matches this vault.</translation>
    </message>
    <message>
      <source>Deze herstelsleutel opent deze kluis niet. Controleer elk teken; er werd niets geschreven.</source>
      <translation>This recovery key does not open this vault. Check every character; nothing was written.</translation>
    </message>
  </context>
  <context>
    <name>RecruitingPanel</name>
    <message>
      <source>Lanceer regelmatig oproepen voor nieuwe ambassadeurs en zoek in verschillende sectoren: culturele organisaties, natuurverenigingen, overheden, vervoersmaatschappijen, …</source>
      <translation>Launch calls for new ambassadors regularly and look in different sectors: cultural organisations, nature associations, governments, transport companies, …</translation>
    </message>
    <message>
      <source>Nieuwe oproep… (Ctrl+Shift+N)</source>
      <translation>New call… (Ctrl+Shift+N)</translation>
    </message>
    <message>
      <source>Bewerken…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <source>Verwijderen</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>nog geen voordrachten</source>
      <translation>no nominations yet</translation>
    </message>
    <message>
      <source>1 voordracht, {0} aangesteld</source>
      <translation>1 nomination, {0} appointed</translation>
    </message>
    <message>
      <source>{0} voordrachten, {1} aangesteld</source>
      <translation>{0} nominations, {1} appointed</translation>
    </message>
    <message>
      <source>Nog geen wervingsoproepen. Lanceer er een met ‘Nieuwe oproep…’ en vink aan welke sectoren je aansprak; zo zie je welke sectoren nog niemand bereikte.</source>
      <translation>No recruiting calls yet. Launch one with ‘New call…’ and tick the sectors you approached; then you see which sectors no call has reached yet.</translation>
    </message>
    <message>
      <source>Werkjaar {0}: {1} oproepen, {2} voordrachten, {3} aangesteld.</source>
      <translation>Working year {0}: {1} calls, {2} nominations, {3} appointed.</translation>
    </message>
    <message>
      <source>Oproep bewaard.</source>
      <translation>Call saved.</translation>
    </message>
    <message>
      <source>Kies eerst de oproep die je wilt bewerken.</source>
      <translation>First choose the call you want to edit.</translation>
    </message>
    <message>
      <source>Kies eerst de oproep die je wilt verwijderen.</source>
      <translation>First choose the call you want to delete.</translation>
    </message>
    <message>
      <source>Oproep verwijderen</source>
      <translation>Delete call</translation>
    </message>
    <message>
      <source>Oproep ‘{0}’ van {1} verwijderen? De voordrachten blijven, zonder verwijzing naar deze oproep.</source>
      <translation>Delete the call ‘{0}’ of {1}? The nominations stay, without a link to this call.</translation>
    </message>
    <message>
      <source>Oproep verwijderd.</source>
      <translation>Call deleted.</translation>
    </message>
    <message>
      <source>Werkjaar {0}: 1 oproep, {1} voordrachten, {2} aangesteld.</source>
      <translation>Working year {0}: 1 call, {1} nominations, {2} appointed.</translation>
    </message>
  </context>
  <context>
    <name>RekeyDialog</name>
    <message>
      <source>De kluis is opnieuw versleuteld. Je nieuwe herstelsleutel (schrijf ze op papier; ze wordt maar één keer getoond):</source>
      <translation>The vault has been re-encrypted. Your new recovery key (write it down on paper; it is shown only once):</translation>
    </message>
  </context>
  <context>
    <name>ReportWizard</name>
    <message>
      <source>Het jaarverslag in wording is als concept bewaard; je vindt het terug in het tabblad Jaarverslag.</source>
      <translation>The annual report in progress was saved as a draft; you will find it in the Annual report tab.</translation>
    </message>
    <message>
      <source>Concept-PDF…</source>
      <translation>Draft PDF…</translation>
    </message>
    <message>
      <source>Cijfers als Excel…</source>
      <translation>Figures as Excel…</translation>
    </message>
    <message>
      <source>Het verslag zoals het nu is als PDF, zonder te bevriezen (Ctrl+Shift+E)</source>
      <translation>The report as it is now as a PDF, without freezing (Ctrl+Shift+E)</translation>
    </message>
    <message>
      <source>De tabellen van het verslag als Excel-werkmap, met de cijfers zoals in de PDF</source>
      <translation>The report tables as an Excel workbook, with the figures as in the PDF</translation>
    </message>
    <message>
      <source>Concept-PDF bewaren</source>
      <translation>Save the draft PDF</translation>
    </message>
    <message>
      <source>Cijfers als Excel bewaren</source>
      <translation>Save the figures as Excel</translation>
    </message>
    <message>
      <source>De cijfers konden niet gelezen worden: {0}</source>
      <translation>The figures could not be read: {0}</translation>
    </message>
    <message>
      <source>Bestand wordt gemaakt…</source>
      <translation>Making the file…</translation>
    </message>
    <message>
      <source>Bewaard: {0}</source>
      <translation>Saved: {0}</translation>
    </message>
    <message>
      <source>De concept-PDF kon niet gemaakt worden: {0}</source>
      <translation>The draft PDF could not be made: {0}</translation>
    </message>
    <message>
      <source>De Excel-werkmap kon niet gemaakt worden: {0}</source>
      <translation>The Excel workbook could not be made: {0}</translation>
    </message>
  </context>
  <context>
    <name>RequestDialog</name>
    <message>
      <source>Aanvraag bewerken</source>
      <translation>Edit request</translation>
    </message>
    <message>
      <source>Nieuwe aanvraag van derden</source>
      <translation>New request from a third party</translation>
    </message>
    <message>
      <source>bv. Gemeente Hasselt, Hogeschool PXL</source>
      <translation>e.g. Municipality of Hasselt, PXL University College</translation>
    </message>
    <message>
      <source>— geen stakeholder —</source>
      <translation>— no stakeholder —</translation>
    </message>
    <message>
      <source>Binnengekomen op</source>
      <translation>Received on</translation>
    </message>
    <message>
      <source>Aanvrager</source>
      <translation>Requester</translation>
    </message>
    <message>
      <source>Of een stakeholder uit je lijst</source>
      <translation>Or a stakeholder from your list</translation>
    </message>
    <message>
      <source>Soort</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Onderwerp</source>
      <translation>Topic</translation>
    </message>
    <message>
      <source>Gevraagde datum</source>
      <translation>Date asked for</translation>
    </message>
    <message>
      <source>Notitie</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Bewaren</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Annuleren</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Antwoord verwacht tegen (leeg: 14 dagen na ontvangst)</source>
      <translation>Answer expected by (empty: 14 days after receipt)</translation>
    </message>
  </context>
  <context>
    <name>RequestsPanel</name>
    <message>
      <source>Een gemeente of een school vraagt een ambassadeur voor een workshop of inleiding. Noteer de aanvraag, vraag een ambassadeur en volg ze op tot ze gegeven of afgewezen is.</source>
      <translation>A municipality or a school asks an ambassador for a workshop or talk. Note the request, ask an ambassador and follow it up until it is held or declined.</translation>
    </message>
    <message>
      <source>Alle aanvragen</source>
      <translation>All requests</translation>
    </message>
    <message>
      <source>Zonder antwoord</source>
      <translation>Without answer</translation>
    </message>
    <message>
      <source>Te laat</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>Nieuwe aanvraag… (Ctrl+Shift+N)</source>
      <translation>New request… (Ctrl+Shift+N)</translation>
    </message>
    <message>
      <source>Bewerken…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <source>Ambassadeur vragen…</source>
      <translation>Ask an ambassador…</translation>
    </message>
    <message>
      <source>Status wijzigen…</source>
      <translation>Change status…</translation>
    </message>
    <message>
      <source>Verwijderen</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>gevraagd voor {0}</source>
      <translation>asked for {0}</translation>
    </message>
    <message>
      <source>antwoord tegen {0}</source>
      <translation>answer by {0}</translation>
    </message>
    <message>
      <source> — te laat</source>
      <translation> — overdue</translation>
    </message>
    <message>
      <source>Geen aanvragen met deze filter.</source>
      <translation>No requests with this filter.</translation>
    </message>
    <message>
      <source>Nog geen aanvragen van derden. Vraagt een gemeente of school een workshop of inleiding? Noteer ze met ‘Nieuwe aanvraag…’ en vraag een ambassadeur.</source>
      <translation>No requests from third parties yet. Does a municipality or school ask for a workshop or talk? Note it with ‘New request…’ and ask an ambassador.</translation>
    </message>
    <message>
      <source>Zonder antwoord: {0} · te laat: {1} · gegeven in {2}: {3}</source>
      <translation>Without answer: {0} · overdue: {1} · held in {2}: {3}</translation>
    </message>
    <message>
      <source>Kies eerst de aanvraag die je wilt bewerken.</source>
      <translation>First choose the request you want to edit.</translation>
    </message>
    <message>
      <source>Kies eerst de aanvraag waarvoor je een ambassadeur vraagt.</source>
      <translation>First choose the request you want to ask an ambassador for.</translation>
    </message>
    <message>
      <source>Kies eerst de aanvraag die je wilt opvolgen.</source>
      <translation>First choose the request you want to follow up.</translation>
    </message>
    <message>
      <source>Kies eerst de aanvraag die je wilt verwijderen.</source>
      <translation>First choose the request you want to delete.</translation>
    </message>
    <message>
      <source>Vul de datum in waarop de aanvraag binnenkwam (dd/mm/jjjj).</source>
      <translation>Fill in the date the request came in (dd/mm/yyyy).</translation>
    </message>
    <message>
      <source>Aanvraag bewaard.</source>
      <translation>Request saved.</translation>
    </message>
    <message>
      <source>Er is nog geen actieve ambassadeur om te vragen.</source>
      <translation>There is no active ambassador to ask yet.</translation>
    </message>
    <message>
      <source>Vul de datum in waarop je de ambassadeur vroeg (dd/mm/jjjj).</source>
      <translation>Fill in the date you asked the ambassador (dd/mm/yyyy).</translation>
    </message>
    <message>
      <source>Ambassadeur gevraagd.</source>
      <translation>Ambassador asked.</translation>
    </message>
    <message>
      <source>Vraag eerst een ambassadeur met ‘Ambassadeur vragen…’.</source>
      <translation>First ask an ambassador with ‘Ask an ambassador…’.</translation>
    </message>
    <message>
      <source>Vul de datum in (dd/mm/jjjj).</source>
      <translation>Fill in the date (dd/mm/yyyy).</translation>
    </message>
    <message>
      <source>Status gewijzigd.</source>
      <translation>Status changed.</translation>
    </message>
    <message>
      <source>Aanvraag verwijderen</source>
      <translation>Delete request</translation>
    </message>
    <message>
      <source>Aanvraag van {0} ({1}) verwijderen?</source>
      <translation>Delete the request from {0} ({1})?</translation>
    </message>
    <message>
      <source>Aanvraag verwijderd.</source>
      <translation>Request deleted.</translation>
    </message>
  </context>
  <context>
    <name>RoutingRules</name>
    <message>
      <source>Doorverwijzing: wijk → verantwoordelijke</source>
      <translation>Routing: area → responsible</translation>
    </message>
    <message>
      <source>wijk of deelgemeente</source>
      <translation>area or village</translation>
    </message>
    <message>
      <source>verantwoordelijke (bv. schepen)</source>
      <translation>responsible (e.g. alderman)</translation>
    </message>
    <message>
      <source>Bewaren</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Verwijderen</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Niet bewaarde doorverwijzing teruggezet: vul ze aan en klik op Bewaren.</source>
      <translation>Unsaved routing rule restored: complete it and click Save.</translation>
    </message>
    <message>
      <source>Doorverwijzing bewaard.</source>
      <translation>Routing rule saved.</translation>
    </message>
    <message>
      <source>Doorverwijzing voor ‘{0}’ automatisch bewaard.</source>
      <translation>Routing rule for ‘{0}’ saved automatically.</translation>
    </message>
    <message>
      <source>De doorverwijzing is nog niet volledig; ze staat als concept in de kluis.</source>
      <translation>The routing rule is not complete yet; it is kept as a draft in the vault.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Hier staan de demokluis en nieuwe kluizen, tenzij je bij het maken een andere map koos.</source>
      <translation>The demo vault and new vaults are kept here, unless you chose another folder when making them.</translation>
    </message>
  </context>
  <context>
    <name>SignalEditor</name>
    <message>
      <source>Nog geen signalen. Klik op ‘Nieuw signaal’ wanneer een bewoner of partner iets meldt.</source>
      <translation>No signals yet. Click ‘New signal’ when a resident or partner reports something.</translation>
    </message>
    <message>
      <source>Nieuw signaal</source>
      <translation>New signal</translation>
    </message>
    <message>
      <source>Alle wijken</source>
      <translation>All neighbourhoods</translation>
    </message>
    <message>
      <source>Alle verantwoordelijken</source>
      <translation>All responsibles</translation>
    </message>
    <message>
      <source>Alle statussen</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <source>Dit signaal verwijderen?</source>
      <translation>Delete this signal?</translation>
    </message>
    <message>
      <source>Geen signalen met deze filters.</source>
      <translation>No signals with these filters.</translation>
    </message>
    <message>
      <source>{0} signalen</source>
      <translation>{0} signals</translation>
    </message>
    <message>
      <source>Signaal: {0}.</source>
      <translation>Signal: {0}.</translation>
    </message>
    <message>
      <source>1 signaal</source>
      <translation>1 signal</translation>
    </message>
    <message>
      <source>Per wijk</source>
      <translation>By area</translation>
    </message>
    <message>
      <source>Per thema</source>
      <translation>By topic</translation>
    </message>
  </context>
  <context>
    <name>SignalForm</name>
    <message>
      <source>Doorgeven</source>
      <translation>Forward</translation>
    </message>
    <message>
      <source>Beantwoord</source>
      <translation>Answered</translation>
    </message>
    <message>
      <source>Afsluiten</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Signaal</source>
      <translation>Signal</translation>
    </message>
    <message>
      <source>Gemeld op</source>
      <translation>Raised on</translation>
    </message>
    <message>
      <source>Gemeld door</source>
      <translation>Raised by</translation>
    </message>
    <message>
      <source>Wijk/deelgemeente</source>
      <translation>Area/village</translation>
    </message>
    <message>
      <source>Onderwerp</source>
      <translation>Topic</translation>
    </message>
    <message>
      <source>Omschrijving</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Verantwoordelijke</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <source>Antwoord tegen</source>
      <translation>Answer by</translation>
    </message>
    <message>
      <source>Antwoord</source>
      <translation>Response</translation>
    </message>
    <message>
      <source>schepen die het thema in portefeuille heeft</source>
      <translation>alderman holding the topic's portfolio</translation>
    </message>
    <message>
      <source>Portefeuillehouder</source>
      <translation>Portfolio holder</translation>
    </message>
  </context>
  <context>
    <name>StakeholderForm</name>
    <message>
      <source>— kies een categorie —</source>
      <translation>— choose a category —</translation>
    </message>
    <message>
      <source>— kies een zijde —</source>
      <translation>— choose a side —</translation>
    </message>
    <message>
      <source>Kies een categorie: wat voor organisatie of persoon is dit?</source>
      <translation>Choose a category: what kind of organisation or person is this?</translation>
    </message>
    <message>
      <source>Kies de zijde: vraag (gezinnen, doorverwijzers), aanbod (vrijetijdsaanbieders), intermediair of beleid.</source>
      <translation>Choose the side: demand (families, referrers), supply (leisure providers), intermediary or policy.</translation>
    </message>
    <message>
      <source>Drempels bij deze aanbieder</source>
      <translation>Barriers at this provider</translation>
    </message>
  </context>
  <context>
    <name>StatusDialog</name>
    <message>
      <source>Status van de aanvraag</source>
      <translation>Status of the request</translation>
    </message>
    <message>
      <source>bv. antwoord gemaild aan de aanvrager</source>
      <translation>e.g. answer e-mailed to the requester</translation>
    </message>
    <message>
      <source>Nieuwe status</source>
      <translation>New status</translation>
    </message>
    <message>
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Notitie (optioneel)</source>
      <translation>Note (optional)</translation>
    </message>
    <message>
      <source>Wijzigen</source>
      <translation>Change</translation>
    </message>
    <message>
      <source>Annuleren</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>SupportBox</name>
    <message>
      <source>Ondersteuning</source>
      <translation>Support</translation>
    </message>
    <message>
      <source>Toevoegen</source>
      <translation>Add</translation>
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
    <message>
      <source>Geen ambassadeurs gevonden met deze zoekterm of filters.</source>
      <translation>No ambassadors found with this search or these filters.</translation>
    </message>
    <message>
      <source>{0} ambassadeurs</source>
      <translation>{0} ambassadors</translation>
    </message>
    <message>
      <source>Nieuwe voordracht</source>
      <translation>New nomination</translation>
    </message>
    <message>
      <source>Ambassadeur ‘{0}’ verwijderen? De gegevens verdwijnen uit lijsten en verslagen.</source>
      <translation>Delete ambassador ‘{0}’? The data disappears from lists and reports.</translation>
    </message>
    <message>
      <source>Voorgedragen.</source>
      <translation>Nominated.</translation>
    </message>
    <message>
      <source>Geen trajecten gevonden met deze zoekterm of filters.</source>
      <translation>No trajectories found with this search or these filters.</translation>
    </message>
    <message>
      <source>Mijlpaal te checken ({0} dagen)</source>
      <translation>Milestone to check ({0} days)</translation>
    </message>
    <message>
      <source>nieuw traject</source>
      <translation>new trajectory</translation>
    </message>
    <message>
      <source>Traject ‘{0}’ verwijderen? De mijlpalen, drempels en ondersteuning verdwijnen mee uit de lijsten en cijfers.</source>
      <translation>Delete trajectory ‘{0}’? Its milestones, barriers and support disappear from the lists and figures too.</translation>
    </message>
    <message>
      <source>Bewaar het traject eerst; kies dan een aanbod en klik op Toevoegen.</source>
      <translation>Save the trajectory first; then choose an offer and click Add.</translation>
    </message>
    <message>
      <source>Kies een aanbod.</source>
      <translation>Choose an offer.</translation>
    </message>
    <message>
      <source>1 ambassadeur</source>
      <translation>1 ambassador</translation>
    </message>
    <message>
      <source>1 stakeholder</source>
      <translation>1 stakeholder</translation>
    </message>
    <message>
      <source>1 traject</source>
      <translation>1 trajectory</translation>
    </message>
    <message>
      <source>De relatiefasen tellen alle stakeholders van dit netwerk: de zoekterm en filters van de lijst gelden hier niet.</source>
      <translation>The relationship stages count every stakeholder of this network: the list's search and filters do not apply here.</translation>
    </message>
    <message>
      <source>zoekterm ‘{0}’</source>
      <translation>search ‘{0}’</translation>
    </message>
    <message>
      <source>De filters van de lijst gelden ook hier: {0}.</source>
      <translation>The list's filters apply here too: {0}.</translation>
    </message>
    <message>
      <source>{0} van {1} stakeholders op het raster; verfijn met de filters om de rest te zien.</source>
      <translation>{0} of {1} stakeholders on the grid; narrow the filters to see the rest.</translation>
    </message>
    <message>
      <source>1 stakeholder op het raster.</source>
      <translation>1 stakeholder on the grid.</translation>
    </message>
    <message>
      <source>{0} stakeholders op het raster.</source>
      <translation>{0} stakeholders on the grid.</translation>
    </message>
    <message>
      <source>Kleur: relatiefase — {0}. Grootte: sterkte van de band (1–5). Sleep een punt om invloed en interesse aan te passen (Ctrl+Z maakt ongedaan).</source>
      <translation>Colour: relationship stage — {0}. Size: strength of the bond (1–5). Drag a dot to change influence and interest (Ctrl+Z undoes).</translation>
    </message>
    <message>
      <source>geen streefcijfer</source>
      <translation>no target</translation>
    </message>
    <message>
      <source>Aanstellingsmoment…</source>
      <translation>Appointment moment…</translation>
    </message>
    <message>
      <source>Niemand wacht op een aanstelling: draag eerst ambassadeurs voor.</source>
      <translation>Nobody is waiting to be appointed: nominate ambassadors first.</translation>
    </message>
    <message>
      <source>1 ambassadeur aangesteld op {0}.</source>
      <translation>1 ambassador appointed on {0}.</translation>
    </message>
    <message>
      <source>{0} ambassadeurs aangesteld op {1}.</source>
      <translation>{0} ambassadors appointed on {1}.</translation>
    </message>
    <message>
      <source>Nog geen indicatoren. Geef hieronder een naam, het jaar en een streefcijfer; een vertrekpunt maakt de vooruitgang zichtbaar.</source>
      <translation>No indicators yet. Give a name, the year and a target below; a starting point makes progress visible.</translation>
    </message>
    <message>
      <source>vertrekpunt {0}</source>
      <translation>starting point {0}</translation>
    </message>
    <message>
      <source>streefcijfer {0}</source>
      <translation>target {0}</translation>
    </message>
    <message>
      <source>stand berekend in het jaarverslag</source>
      <translation>actual computed in the annual report</translation>
    </message>
    <message>
      <source>stand {0}</source>
      <translation>actual {0}</translation>
    </message>
    <message>
      <source>{0} % van de weg</source>
      <translation>{0} % of the way</translation>
    </message>
    <message>
      <source>stand nog niet ingevuld</source>
      <translation>actual not filled in yet</translation>
    </message>
    <message>
      <source>Vertrekpunt en stand zijn getallen, bv. 12 of 12,5; laat leeg wat je nog niet weet.</source>
      <translation>Starting point and actual are numbers, e.g. 12 or 12.5; leave empty what you do not know yet.</translation>
    </message>
    <message>
      <source>berekend; de stand staat in het jaarverslag</source>
      <translation>computed; the actual is in the annual report</translation>
    </message>
    <message>
      <source>Kies eerst een ambassadeur in de lijst.</source>
      <translation>Choose an ambassador in the list first.</translation>
    </message>
    <message>
      <source>Gesprek genoteerd.</source>
      <translation>Talk noted.</translation>
    </message>
    <message>
      <source>Kies eerst het gesprek dat je wilt verwijderen.</source>
      <translation>Choose the talk you want to delete first.</translation>
    </message>
    <message>
      <source>Gesprek verwijderen</source>
      <translation>Delete talk</translation>
    </message>
    <message>
      <source>Dit gesprek verwijderen? ‘{0}’</source>
      <translation>Delete this talk? ‘{0}’</translation>
    </message>
    <message>
      <source>de vergadering van {0}</source>
      <translation>the meeting of {0}</translation>
    </message>
    <message>
      <source>Afspraken (convenant)</source>
      <translation>Agreements (covenant)</translation>
    </message>
    <message>
      <source>Dorpsraden</source>
      <translation>Village councils</translation>
    </message>
    <message>
      <source>Wervingsoproepen</source>
      <translation>Recruiting calls</translation>
    </message>
    <message>
      <source>Aanvragen van derden</source>
      <translation>Requests from third parties</translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>te checken op {0}</source>
      <translation>to check on {0}</translation>
    </message>
  </context>
  <context>
    <name>TopicRules</name>
    <message>
      <source>Doorverwijzing: thema → portefeuillehouder</source>
      <translation>Routing: topic → portfolio holder</translation>
    </message>
    <message>
      <source>Nog geen thema's. Koppel een thema aan de schepen die het in portefeuille heeft, bv. Mobiliteit → schepen van Mobiliteit.</source>
      <translation>No topics yet. Link a topic to the alderman holding its portfolio, e.g. Mobility → alderman for mobility.</translation>
    </message>
    <message>
      <source>thema (bv. Mobiliteit)</source>
      <translation>topic (e.g. Mobility)</translation>
    </message>
    <message>
      <source>portefeuillehouder (bv. schepen)</source>
      <translation>portfolio holder (e.g. alderman)</translation>
    </message>
    <message>
      <source>Bewaren</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Verwijderen</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Niet bewaarde doorverwijzing teruggezet: vul ze aan en klik op Bewaren.</source>
      <translation>Unsaved routing rule restored: complete it and click Save.</translation>
    </message>
    <message>
      <source>Doorverwijzing bewaard.</source>
      <translation>Routing rule saved.</translation>
    </message>
    <message>
      <source>Doorverwijzing voor ‘{0}’ automatisch bewaard.</source>
      <translation>Routing rule for ‘{0}’ saved automatically.</translation>
    </message>
    <message>
      <source>De doorverwijzing is nog niet volledig; ze staat als concept in de kluis.</source>
      <translation>The routing rule is not complete yet; it is kept as a draft in the vault.</translation>
    </message>
  </context>
  <context>
    <name>TrajectoryForm</name>
    <message>
      <source>Traject</source>
      <translation>Trajectory</translation>
    </message>
    <message>
      <source>onbekend</source>
      <translation>unknown</translation>
    </message>
    <message>
      <source>niet ingevuld</source>
      <translation>not filled in</translation>
    </message>
    <message>
      <source>meisje</source>
      <translation>girl</translation>
    </message>
    <message>
      <source>jongen</source>
      <translation>boy</translation>
    </message>
    <message>
      <source>x / anders</source>
      <translation>x / other</translation>
    </message>
    <message>
      <source>bv. GZN-1042 — groepeert broers en zussen</source>
      <translation>e.g. GZN-1042 — groups brothers and sisters</translation>
    </message>
    <message>
      <source>Optioneel. Blijft op deze laptop: nooit in lijsten, exports of rapporten.</source>
      <translation>Optional. Stays on this laptop: never in lists, exports or reports.</translation>
    </message>
    <message>
      <source>Naam tonen</source>
      <translation>Show name</translation>
    </message>
    <message>
      <source>Eerste contact</source>
      <translation>First contact</translation>
    </message>
    <message>
      <source>Geboortejaar</source>
      <translation>Birth year</translation>
    </message>
    <message>
      <source>Geslacht</source>
      <translation>Gender</translation>
    </message>
    <message>
      <source>Wijk</source>
      <translation>Neighbourhood</translation>
    </message>
    <message>
      <source>Gezinscode</source>
      <translation>Family code</translation>
    </message>
    <message>
      <source>Naam (optioneel, lokaal)</source>
      <translation>Name (optional, local)</translation>
    </message>
    <message>
      <source>Doorverwezen door</source>
      <translation>Referred by</translation>
    </message>
    <message>
      <source>Begeleider</source>
      <translation>Worker</translation>
    </message>
    <message>
      <source>Wensen en interesses</source>
      <translation>Wishes and interests</translation>
    </message>
    <message>
      <source>Drempels</source>
      <translation>Barriers</translation>
    </message>
    <message>
      <source>andere drempel (vrij in te vullen)</source>
      <translation>other barrier (free text)</translation>
    </message>
    <message>
      <source>— niet ingevuld —</source>
      <translation>— not filled in —</translation>
    </message>
    <message>
      <source>{0}  ·  vrije plaatsen {1} · wachtlijst {2}</source>
      <translation>{0}  ·  available places {1} · waiting list {2}</translation>
    </message>
    <message>
      <source>Vul de datum van het eerste contact in (dd/mm/jjjj).</source>
      <translation>Fill in the date of the first contact (dd/mm/yyyy).</translation>
    </message>
    <message>
      <source>Eerste contact: {0}</source>
      <translation>First contact: {0}</translation>
    </message>
  </context>
</TS>
