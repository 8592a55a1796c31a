<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Tab</name>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="86"/>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="87"/>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="113"/>
        <source>Alle soorten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="128"/>
        <source>Nog geen activiteiten. Klik op ‘Nieuwe activiteit’ (Ctrl+N).</source>
        <translation>No activities yet. Click ‘New activity’ (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="132"/>
        <source>Nieuwe activiteit</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="137"/>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="146"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="147"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="148"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="149"/>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="150"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="154"/>
        <source>Vink aan wie deelnam. Half aangevinkt = uitgenodigd maar afwezig.</source>
        <translation>Tick who took part. Half ticked = invited but absent.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="161"/>
        <source>Ambassadeurs</source>
        <translation>Ambassadors</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="162"/>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="173"/>
        <location filename="../../ui/tabs/activities/view.py" line="234"/>
        <location filename="../../ui/tabs/activities/view.py" line="297"/>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="176"/>
        <location filename="../../ui/tabs/activities/view.py" line="300"/>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="205"/>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="215"/>
        <source>Nog geen signalen. Klik op ‘Nieuw signaal’ wanneer een bewoner of partner iets meldt.</source>
        <translation>No signals yet. Click ‘New signal’ when a resident or partner reports something.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="221"/>
        <location filename="../../ui/tabs/activities/view.py" line="599"/>
        <source>Nieuw signaal</source>
        <translation>New signal</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="224"/>
        <source>Doorverwijzing: wijk → verantwoordelijke</source>
        <translation>Routing: area → responsible</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="231"/>
        <source>wijk of deelgemeente</source>
        <translation>area or village</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="233"/>
        <source>verantwoordelijke (bv. schepen)</source>
        <translation>responsible (e.g. alderman)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="236"/>
        <location filename="../../ui/tabs/activities/view.py" line="759"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="251"/>
        <source>Doorgeven</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="252"/>
        <source>Beantwoord</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="253"/>
        <source>Afsluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="263"/>
        <source>Signaal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="280"/>
        <source>Gemeld op</source>
        <translation>Raised on</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="281"/>
        <source>Gemeld door</source>
        <translation>Raised by</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="283"/>
        <source>Wijk/deelgemeente</source>
        <translation>Area/village</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="284"/>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="285"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="286"/>
        <source>Verantwoordelijke</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="287"/>
        <source>Antwoord tegen</source>
        <translation>Answer by</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="288"/>
        <source>Antwoord</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="356"/>
        <source>Alle wijken</source>
        <translation>All areas</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="360"/>
        <source>Alle verantwoordelijken</source>
        <translation>All responsibles</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="377"/>
        <source>Alle jaren</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="530"/>
        <source>Vul de datum in (dd/mm/jjjj).</source>
        <translation>Fill in the date (dd/mm/yyyy).</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="570"/>
        <source>Activiteit bewaard.</source>
        <translation>Activity saved.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="653"/>
        <source>Vul de datum van de melding in (dd/mm/jjjj).</source>
        <translation>Fill in the date the signal was raised (dd/mm/yyyy).</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="766"/>
        <source>Deze activiteit verwijderen? Ze telt dan niet meer mee voor het podium.</source>
        <translation>Delete this activity? It will no longer count towards the podium.</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/activities/view.py" line="781"/>
        <source>Dit signaal verwijderen?</source>
        <translation>Delete this signal?</translation>
    </message>
</context>
</TS>
