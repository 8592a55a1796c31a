<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../../ui/lock/rekey_dialog.py" line="44"/>
        <location filename="../../ui/lock/rekey_dialog.py" line="70"/>
        <source>Opnieuw versleutelen</source>
        <translation>Re-encrypt</translation>
    </message>
    <message>
        <location filename="../../ui/lock/rekey_dialog.py" line="48"/>
        <source>De kluis krijgt een nieuwe, willekeurige sleutel (bijvoorbeeld als een oude sleutel uitgelekt kan zijn). Eerst wordt een reservekopie gemaakt. Je wachtwoordzin blijft dezelfde; oudere reservekopieën openen nog met de oude sleutel.</source>
        <translation>The vault gets a new, random key (for instance when an old key may have leaked). A backup is made first. Your passphrase stays the same; older backups still open with the old key.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/rekey_dialog.py" line="55"/>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/lock/rekey_dialog.py" line="58"/>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/lock/rekey_dialog.py" line="59"/>
        <source>Ik heb mijn herstelsleutel niet: maak een nieuwe</source>
        <translation>I do not have my recovery key: make a new one</translation>
    </message>
    <message>
        <location filename="../../ui/lock/rekey_dialog.py" line="72"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/lock/rekey_dialog.py" line="100"/>
        <source>Typ je wachtwoordzin.</source>
        <translation>Type your passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/rekey_dialog.py" line="103"/>
        <source>Typ je herstelsleutel, of kies voor een nieuwe.</source>
        <translation>Type your recovery key, or choose a new one.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/rekey_dialog.py" line="143"/>
        <source>De kluis is opnieuw versleuteld. Je nieuwe herstelsleutel (schrijf ze op papier; ze wordt maar één keer getoond):

{0}</source>
        <translation>The vault is re-encrypted. Your new recovery key (write it on paper; it is shown only once):

{0}</translation>
    </message>
    <message>
        <location filename="../../ui/lock/rekey_dialog.py" line="146"/>
        <source>Ik heb ze opgeschreven</source>
        <translation>I wrote it down</translation>
    </message>
    <message>
        <location filename="../../ui/lock/rekey_dialog.py" line="152"/>
        <source>De wachtwoordzin of de herstelsleutel klopt niet. Er werd niets gewijzigd.</source>
        <translation>The passphrase or the recovery key is wrong. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/lock/rekey_dialog.py" line="158"/>
        <source>Opnieuw versleutelen is niet gelukt: {0} De kluis is vergrendeld; open ze opnieuw met je wachtwoordzin.</source>
        <translation>Re-encrypting failed: {0} The vault is locked; open it again with your passphrase.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opnieuw &amp;versleutelen…</source>
        <translation>Re-&amp;encrypt…</translation>
    </message>
    <message>
        <source>De kluis is opnieuw versleuteld met een nieuwe sleutel.</source>
        <translation>The vault was re-encrypted under a new key.</translation>
    </message>
</context>
</TS>
