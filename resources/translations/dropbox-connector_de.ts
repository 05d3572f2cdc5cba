<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuthError</name>
    <message>
        <source>The answer from the browser did not carry this attempt&apos;s security code (state), so it was ignored: it may be stale or forged. Start the authorization again.</source>
        <translation>Die Antwort aus dem Browser trug nicht den Sicherheitscode (state) dieses Versuchs und wurde daher ignoriert: Sie kann veraltet oder gefälscht sein. Starten Sie die Autorisierung erneut.</translation>
    </message>
    <message>
        <source>Authorization was declined on Dropbox&apos;s page. Start again and press Allow, signed in as a team admin.</source>
        <translation>Die Autorisierung wurde auf der Dropbox-Seite abgelehnt. Starten Sie erneut und drücken Sie „Allow“, angemeldet als Team-Administrator.</translation>
    </message>
    <message>
        <source>Dropbox refused the authorization: %1%2. Check the app&apos;s permissions in the App Console and start again.</source>
        <translation>Dropbox hat die Autorisierung abgelehnt: %1%2. Prüfen Sie die Berechtigungen der App in der App Console und starten Sie erneut.</translation>
    </message>
    <message>
        <source>Dropbox did not accept the authorization code%1: it may have expired or been used already, or the redirect URI differs from the registered one. Start the authorization again for a fresh code.</source>
        <translation>Dropbox hat den Autorisierungscode%1 nicht angenommen: Er ist vielleicht abgelaufen oder schon benutzt, oder die Redirect-URI weicht von der registrierten ab. Starten Sie die Autorisierung erneut, um einen neuen Code zu erhalten.</translation>
    </message>
    <message>
        <source>Dropbox did not accept the app key and app secret%1. Copy both again from the App Console (Settings tab).</source>
        <translation>Dropbox hat App-Schlüssel und App-Geheimnis%1 nicht angenommen. Kopieren Sie beide erneut aus der App Console (Reiter „Settings“).</translation>
    </message>
    <message>
        <source>Dropbox&apos;s token endpoint answered HTTP %1%2. Try again in a moment.</source>
        <translation>Der Token-Endpunkt von Dropbox antwortete mit HTTP %1%2. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Dropbox&apos;s token endpoint refused the request: %1%2.</source>
        <translation>Der Token-Endpunkt von Dropbox hat die Anfrage abgelehnt: %1%2.</translation>
    </message>
    <message>
        <source>No answer in time. Check the network and try again.</source>
        <translation>Keine Antwort in der vorgesehenen Zeit. Prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not reach Dropbox%1. Check the network connection and proxy, then try again.</source>
        <translation>Dropbox war nicht erreichbar%1. Prüfen Sie Netzwerkverbindung und Proxy und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Dropbox&apos;s token endpoint sent an unexpected reply%1. Try again.</source>
        <translation>Der Token-Endpunkt von Dropbox sandte eine unerwartete Antwort%1. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot receive the browser&apos;s answer%1. Choose another port, register the new redirect URI in the App Console, or paste the code instead.</source>
        <translation>Die Antwort des Browsers kann nicht empfangen werden%1. Wählen Sie einen anderen Port und registrieren Sie die neue Redirect-URI in der App Console, oder fügen Sie stattdessen den Code ein.</translation>
    </message>
    <message>
        <source>Authorization cancelled.</source>
        <translation>Autorisierung abgebrochen.</translation>
    </message>
</context>
<context>
    <name>CredentialShapes</name>
    <message>
        <source>Enter the app key (App Console &gt; your app &gt; Settings).</source>
        <translation>Geben Sie den App-Schlüssel ein (App Console &gt; Ihre App &gt; Settings).</translation>
    </message>
    <message>
        <source>The app key contains spaces; copy it again without them.</source>
        <translation>Der App-Schlüssel enthält Leerzeichen; kopieren Sie ihn erneut ohne sie.</translation>
    </message>
    <message>
        <source>A Dropbox app key is 15 lower-case letters and digits; this one is not. Check that you copied the App key, not the app&apos;s name.</source>
        <translation>Ein Dropbox-App-Schlüssel besteht aus 15 Kleinbuchstaben und Ziffern; dieser nicht. Prüfen Sie, ob Sie den App-Schlüssel (App key) kopiert haben und nicht den Namen der App.</translation>
    </message>
    <message>
        <source>The app key may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Der App-Schlüssel darf nur Buchstaben, Ziffern, „.“, „_“ und „-“ enthalten.</translation>
    </message>
    <message>
        <source>Enter the app secret (App Console &gt; your app &gt; Settings &gt; App secret &gt; Show).</source>
        <translation>Geben Sie das App-Geheimnis ein (App Console &gt; Ihre App &gt; Settings &gt; App secret &gt; Show).</translation>
    </message>
    <message>
        <source>The app secret contains spaces; copy it again without them.</source>
        <translation>Das App-Geheimnis enthält Leerzeichen; kopieren Sie es erneut ohne sie.</translation>
    </message>
    <message>
        <source>The app secret is the same as the app key; copy the App secret (press Show).</source>
        <translation>Das App-Geheimnis ist gleich dem App-Schlüssel; kopieren Sie das App-Geheimnis (App secret, drücken Sie „Show“).</translation>
    </message>
    <message>
        <source>A Dropbox app secret is 15 lower-case letters and digits; this one is not.</source>
        <translation>Ein Dropbox-App-Geheimnis besteht aus 15 Kleinbuchstaben und Ziffern; dieses nicht.</translation>
    </message>
    <message>
        <source>The app secret may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Das App-Geheimnis darf nur Buchstaben, Ziffern, „.“, „_“ und „-“ enthalten.</translation>
    </message>
    <message>
        <source>Enter the ConductorOne client ID.</source>
        <translation>Geben Sie die ConductorOne-Client-ID ein.</translation>
    </message>
    <message>
        <source>A ConductorOne client ID looks like name@tenant.conductor.one/suffix.</source>
        <translation>Eine ConductorOne-Client-ID sieht aus wie name@tenant.conductor.one/suffix.</translation>
    </message>
    <message>
        <source>Enter the ConductorOne client secret.</source>
        <translation>Geben Sie das ConductorOne-Client-Geheimnis ein.</translation>
    </message>
    <message>
        <source>A ConductorOne client secret starts with secret-token:conductorone.com:v1: followed by base64url text.</source>
        <translation>Ein ConductorOne-Client-Geheimnis beginnt mit secret-token:conductorone.com:v1: gefolgt von base64url-Text.</translation>
    </message>
    <message>
        <source>The base URL must be an http(s) URL such as http://127.0.0.1:8080.</source>
        <translation>Die Basis-URL muss eine http(s)-URL sein, etwa http://127.0.0.1:8080.</translation>
    </message>
</context>
<context>
    <name>DeploymentFiles</name>
    <message>
        <source>These files contain your Dropbox app secret and refresh token (and the ConductorOne client secret) in plain text. Anyone who reads them can act as a team admin. They are written readable by you only (mode 0600); keep them out of version control, apply the Secret and delete the file.</source>
        <translation>Diese Dateien enthalten Ihr Dropbox-App-Geheimnis und das Refresh-Token (und das ConductorOne-Client-Geheimnis) im Klartext. Wer sie liest, kann als Team-Administrator handeln. Sie werden nur für Sie lesbar geschrieben (Modus 0600); halten Sie sie aus der Versionsverwaltung heraus, wenden Sie das Secret an und löschen Sie die Datei.</translation>
    </message>
    <message>
        <source>Cannot restrict %1 to its owner: %2</source>
        <translation>%1 lässt sich nicht auf seinen Besitzer beschränken: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 lässt sich nicht anlegen.</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>The same applies to the other selected member.</source>
        <translation>Dasselbe gilt für das andere gewählte Mitglied.</translation>
    </message>
    <message>
        <source>The same applies to the %1 other selected members.</source>
        <translation>Dasselbe gilt für die %1 anderen gewählten Mitglieder.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>Scopes</name>
    <message>
        <source>the team&apos;s name and licence counts: the connection cannot be verified or synced</source>
        <translation>Name und Lizenzzahlen des Teams: Die Verbindung kann weder geprüft noch synchronisiert werden</translation>
    </message>
    <message>
        <source>listing members and their admin roles: sync does not work</source>
        <translation>Mitglieder und ihre Administratorrollen auflisten: Die Synchronisierung funktioniert nicht</translation>
    </message>
    <message>
        <source>listing groups and their members: groups and group memberships are not synced</source>
        <translation>Gruppen und ihre Mitglieder auflisten: Gruppen und Gruppenmitgliedschaften werden nicht synchronisiert</translation>
    </message>
    <message>
        <source>inviting, suspending and reactivating members and changing admin roles</source>
        <translation>Mitglieder einladen, sperren und reaktivieren sowie Administratorrollen ändern</translation>
    </message>
    <message>
        <source>removing members from the team</source>
        <translation>Mitglieder aus dem Team entfernen</translation>
    </message>
    <message>
        <source>creating groups and adding or removing group members</source>
        <translation>Gruppen anlegen sowie Gruppenmitglieder hinzufügen oder entfernen</translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>The stored credentials were not found%1: authorize this connection again.</source>
        <translation>Die gespeicherten Zugangsdaten wurden nicht gefunden%1: Autorisieren Sie diese Verbindung erneut.</translation>
    </message>
    <message>
        <source>No keychain is available on this system%1, so secrets cannot be stored safely. Install and unlock a keychain (e.g. GNOME Keyring or KWallet), or keep the credentials for this session only.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar%1, daher lassen sich Geheimnisse nicht sicher speichern. Installieren und entsperren Sie einen Schlüsselbund (z. B. GNOME Keyring oder KWallet) oder behalten Sie die Zugangsdaten nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The keychain refused access%1. Unlock it and allow Dropbox Team Connector.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert%1. Entsperren Sie ihn und erlauben Sie Dropbox Team Connector den Zugriff.</translation>
    </message>
    <message>
        <source>The keychain failed%1.</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen%1.</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Authorized as %1 (%2) on %3</source>
        <translation>Autorisiert als %1 (%2) für %3</translation>
    </message>
</context>
<context>
    <name>dbx</name>
    <message>
        <source>a Dropbox call</source>
        <translation>ein Dropbox-Aufruf</translation>
    </message>
    <message>
        <source>The Dropbox address &quot;%1&quot; is not a valid URL; nothing was sent. Use an https address such as https://api.dropboxapi.com.</source>
        <translation>Die Dropbox-Adresse „%1“ ist keine gültige URL; nichts wurde gesendet. Verwenden Sie eine https-Adresse wie https://api.dropboxapi.com.</translation>
    </message>
    <message>
        <source>Refused to connect to %1: the Dropbox address must use https (plain http is only accepted on this computer&apos;s loopback address, for simulators and tests), so the credentials are never sent unencrypted. Nothing was sent.</source>
        <translation>Verbindung zu %1 verweigert: Die Dropbox-Adresse muss https verwenden (einfaches http wird nur auf der Loopback-Adresse dieses Computers angenommen, für Simulatoren und Tests), damit die Zugangsdaten nie unverschlüsselt gesendet werden. Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Refused to connect to %1: the Dropbox address must use https (plain http is only accepted on this computer&apos;s loopback address, for simulators and tests). Nothing was sent.</source>
        <translation>Verbindung zu %1 verweigert: Die Dropbox-Adresse muss https verwenden (einfaches http wird nur auf der Loopback-Adresse dieses Computers angenommen, für Simulatoren und Tests). Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Dropbox refused the change without saying why</source>
        <translation>Dropbox hat die Änderung ohne Begründung abgelehnt</translation>
    </message>
    <message>
        <source>Dropbox refused the change (%1)</source>
        <translation>Dropbox hat die Änderung abgelehnt (%1)</translation>
    </message>
    <message>
        <source>Dropbox says: %1</source>
        <translation>Dropbox meldet: %1</translation>
    </message>
    <message>
        <source>a write permission</source>
        <translation>eine Schreibberechtigung</translation>
    </message>
    <message>
        <source>the Dropbox app lacks the permission %1; enable it on the app&apos;s Permissions tab in the Dropbox App Console, then authorize the connection again</source>
        <translation>der Dropbox-App fehlt die Berechtigung %1; aktivieren Sie sie im Reiter „Permissions“ der App in der Dropbox App Console und autorisieren Sie die Verbindung danach erneut</translation>
    </message>
    <message>
        <source>an owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Line 1: the plan is saved as UTF-16 (&quot;Unicode text&quot;); save it as CSV in UTF-8.</source>
        <translation>Zeile 1: Der Plan ist als UTF-16 („Unicode-Text“) gespeichert; speichern Sie ihn als CSV in UTF-8.</translation>
    </message>
    <message>
        <source>Line %1: the plan contains a NUL byte; it is not a text CSV file (or not UTF-8: save it as CSV in UTF-8).</source>
        <translation>Zeile %1: Der Plan enthält ein NUL-Byte; er ist keine CSV-Textdatei (oder nicht UTF-8: speichern Sie ihn als CSV in UTF-8).</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text (names or emails would be misread); save the plan as CSV in UTF-8.</source>
        <translation>Zeile %1 ist kein gültiger UTF-8-Text (Namen oder E-Mail-Adressen würden falsch gelesen); speichern Sie den Plan als CSV in UTF-8.</translation>
    </message>
    <message>
        <source>The plan is not valid UTF-8 text; save it as CSV in UTF-8.</source>
        <translation>Der Plan ist kein gültiger UTF-8-Text; speichern Sie ihn als CSV in UTF-8.</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>The plan %1</source>
        <translation>Der Plan %1</translation>
    </message>
    <message>
        <source>a plan may be at most %1 MB (%2 bytes). Split it into smaller plans.</source>
        <translation>ein Plan darf höchstens %1 MB (%2 Bytes) groß sein. Teilen Sie ihn in kleinere Pläne auf.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes; %3</source>
        <translation>%1 ist größer als %2 Bytes; %3</translation>
    </message>
    <message>
        <source>%1 is %2 MB (%3 bytes); %4</source>
        <translation>%1 hat %2 MB (%3 Bytes); %4</translation>
    </message>
    <message>
        <source>No action given.</source>
        <translation>Keine Aktion angegeben.</translation>
    </message>
    <message>
        <source>No member given in the email_or_id column.</source>
        <translation>Kein Mitglied in der Spalte email_or_id angegeben.</translation>
    </message>
    <message>
        <source>Option &quot;%1&quot; is not key=value.</source>
        <translation>Die Option „%1“ hat nicht die Form key=value.</translation>
    </message>
    <message>
        <source>Option %1 takes true or false, not &quot;%2&quot;.</source>
        <translation>Die Option %1 erwartet true oder false, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 takes no options, but &quot;%2&quot; was given.</source>
        <translation>%1 nimmt keine Optionen, aber „%2“ wurde angegeben.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; for %2 (known: %3).</source>
        <translation>Unbekannte Option „%1“ für %2 (bekannt: %3).</translation>
    </message>
    <message>
        <source>The role is given twice (&quot;%1&quot; and role=%2).</source>
        <translation>Die Rolle ist doppelt angegeben („%1“ und role=%2).</translation>
    </message>
    <message>
        <source>Option %1 takes owner or member, not &quot;%2&quot;.</source>
        <translation>Die Option %1 erwartet owner oder member, nicht „%2“.</translation>
    </message>
    <message>
        <source>set-access-type needs owner=true or owner=false (or access=owner|member).</source>
        <translation>set-access-type braucht owner=true oder owner=false (oder access=owner|member).</translation>
    </message>
    <message>
        <source>No group given in the group_or_role column.</source>
        <translation>Keine Gruppe in der Spalte group_or_role angegeben.</translation>
    </message>
    <message>
        <source>No role given in the group_or_role column.</source>
        <translation>Keine Rolle in der Spalte group_or_role angegeben.</translation>
    </message>
    <message>
        <source>%1 takes no group or role, but &quot;%2&quot; was given.</source>
        <translation>%1 nimmt keine Gruppe und keine Rolle, aber „%2“ wurde angegeben.</translation>
    </message>
    <message>
        <source>The plan is rejected as a whole: none of its rows is applied.</source>
        <translation>Der Plan wird als Ganzes abgelehnt: Keine seiner Zeilen wird angewendet.</translation>
    </message>
    <message>
        <source>Line %1: the plan has more than %2 rows; split it into smaller plans.</source>
        <translation>Zeile %1: Der Plan hat mehr als %2 Zeilen; teilen Sie ihn in kleinere Pläne auf.</translation>
    </message>
    <message>
        <source>Line %1: a plan starts with the header &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>Zeile %1: Ein Plan beginnt mit der Kopfzeile „%2“, nicht „%3“.</translation>
    </message>
    <message>
        <source>%1 columns instead of 4 (quote a field that contains a comma).</source>
        <translation>%1 Spalten statt 4 (setzen Sie ein Feld, das ein Komma enthält, in Anführungszeichen).</translation>
    </message>
    <message>
        <source>The plan is empty: it needs the header &quot;%1&quot; and one row per operation.</source>
        <translation>Der Plan ist leer: Er braucht die Kopfzeile „%1“ und eine Zeile pro Vorgang.</translation>
    </message>
    <message>
        <source>Cannot read the plan %1: %2</source>
        <translation>Der Plan %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Der Bericht %1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>not on the team</source>
        <translation>nicht im Team</translation>
    </message>
    <message>
        <source>they hold no admin role</source>
        <translation>hat keine Administratorrolle</translation>
    </message>
    <message>
        <source>they hold the role %1</source>
        <translation>hat die Rolle %1</translation>
    </message>
    <message>
        <source>their status is %1</source>
        <translation>der Status ist %1</translation>
    </message>
    <message>
        <source>they are not in the group</source>
        <translation>ist nicht in der Gruppe</translation>
    </message>
    <message>
        <source>they are an owner of the group</source>
        <translation>ist Besitzer der Gruppe</translation>
    </message>
    <message>
        <source>they are a member of the group</source>
        <translation>ist Mitglied der Gruppe</translation>
    </message>
    <message>
        <source>expected one entry in members_info, got %1</source>
        <translation>ein Eintrag in members_info erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>unexpected entry &quot;%1&quot; in members_info</source>
        <translation>unerwarteter Eintrag „%1“ in members_info</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>in an unknown state</source>
        <translation>in unbekanntem Zustand</translation>
    </message>
    <message>
        <source>the snapshot lists %1 %2 twice</source>
        <translation>der Snapshot führt %1 %2 doppelt auf</translation>
    </message>
    <message>
        <source>cannot save the %1: %2</source>
        <translation>%1 lässt sich nicht speichern: %2</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>Skipped the group %1: it was deleted during the sync.</source>
        <translation>Gruppe %1 übersprungen: Sie wurde während der Synchronisierung gelöscht.</translation>
    </message>
    <message>
        <source>Skipped %1 groups deleted during the sync: %2.</source>
        <translation>%1 während der Synchronisierung gelöschte Gruppen übersprungen: %2.</translation>
    </message>
    <message>
        <source>Dropbox grants only groups and roles, not &quot;%1&quot;.</source>
        <translation>Dropbox vergibt nur Gruppen und Rollen, nicht „%1“.</translation>
    </message>
    <message>
        <source>Groups have the &quot;member&quot; and &quot;owner&quot; entitlements, not &quot;%1&quot;.</source>
        <translation>Gruppen haben die Berechtigungen „member“ und „owner“, nicht „%1“.</translation>
    </message>
    <message>
        <source>Groups with members and no owner</source>
        <translation>Gruppen mit Mitgliedern, aber ohne Besitzer</translation>
    </message>
    <message>
        <source>Nobody on the team side answers for who may join or leave these groups.</source>
        <translation>Niemand im Team entscheidet, wer diesen Gruppen beitreten oder sie verlassen darf.</translation>
    </message>
    <message>
        <source>Empty groups</source>
        <translation>Leere Gruppen</translation>
    </message>
    <message>
        <source>Groups nobody is in clutter sharing dialogs and may be granted access by mistake.</source>
        <translation>Gruppen ohne Mitglieder überladen Freigabedialoge und erhalten womöglich versehentlich Zugriff.</translation>
    </message>
    <message>
        <source>no members</source>
        <translation>keine Mitglieder</translation>
    </message>
    <message>
        <source>Suspended members who hold an admin role</source>
        <translation>Gesperrte Mitglieder mit Administratorrolle</translation>
    </message>
    <message>
        <source>An admin role on a suspended account is a dormant key: unsuspending it restores admin power.</source>
        <translation>Eine Administratorrolle auf einem gesperrten Konto ist ein ruhender Schlüssel: Das Entsperren stellt die Administratorrechte wieder her.</translation>
    </message>
    <message>
        <source>Suspended members who own groups</source>
        <translation>Gesperrte Mitglieder, die Gruppen besitzen</translation>
    </message>
    <message>
        <source>Their groups have an owner who cannot act; membership requests go unanswered.</source>
        <translation>Ihre Gruppen haben einen Besitzer, der nicht handeln kann; Beitrittsanfragen bleiben unbeantwortet.</translation>
    </message>
    <message>
        <source>Invitations older than %1 days</source>
        <translation>Einladungen älter als %1 Tage</translation>
    </message>
    <message>
        <source>An invitation nobody accepted still holds a license and can be accepted by whoever reads that mailbox later.</source>
        <translation>Eine nie angenommene Einladung belegt weiter eine Lizenz und kann von jedem angenommen werden, der dieses Postfach später liest.</translation>
    </message>
    <message>
        <source>Members with no sign-in for %1 days</source>
        <translation>Mitglieder ohne Anmeldung seit %1 Tagen</translation>
    </message>
    <message>
        <source>Accounts nobody uses keep their access and a license; they are the easiest to take over.</source>
        <translation>Ungenutzte Konten behalten ihren Zugriff und eine Lizenz; sie sind am leichtesten zu übernehmen.</translation>
    </message>
    <message>
        <source>Team admins</source>
        <translation>Team-Administratoren</translation>
    </message>
    <message>
        <source>Too many team admins widen the blast radius of one stolen account; exactly one leaves the team without a backup.</source>
        <translation>Zu viele Team-Administratoren vergrößern den Schaden eines gestohlenen Kontos; genau einer lässt das Team ohne Vertretung.</translation>
    </message>
    <message>
        <source>Removed members still recoverable</source>
        <translation>Entfernte Mitglieder, noch wiederherstellbar</translation>
    </message>
    <message>
        <source>Their files can be restored to them: information only, know who could come back.</source>
        <translation>Ihre Dateien können ihnen zurückgegeben werden: nur zur Information, damit Sie wissen, wer zurückkommen könnte.</translation>
    </message>
    <message>
        <source>recoverable</source>
        <translation>wiederherstellbar</translation>
    </message>
    <message>
        <source>the only team admin: no backup</source>
        <translation>der einzige Team-Administrator: keine Vertretung</translation>
    </message>
    <message>
        <source>one of %1 team admins (more than %2)</source>
        <translation>einer von %1 Team-Administratoren (mehr als %2)</translation>
    </message>
    <message>
        <source>No admin role</source>
        <translation>Keine Administratorrolle</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Accounts by status</source>
        <translation>Konten nach Status</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Admin roles held</source>
        <translation>Vergebene Administratorrollen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Group sizes (memberships by group size)</source>
        <translation>Gruppengrößen (Mitgliedschaften nach Gruppengröße)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Members and memberships across sync runs</source>
        <translation>Mitglieder und Mitgliedschaften über die Synchronisierungsläufe</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Mitgliedschaften</translation>
    </message>
    <message>
        <source>Under 30 days</source>
        <translation>Unter 30 Tagen</translation>
    </message>
    <message>
        <source>30 to 90 days</source>
        <translation>30 bis 90 Tage</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Über 90 Tage</translation>
    </message>
    <message>
        <source>Dropbox team report: %1</source>
        <translation>Dropbox-Teambericht: %1</translation>
    </message>
    <message>
        <source>Snapshot of sync run %1, taken %2. Report generated %3.</source>
        <translation>Snapshot von Synchronisierungslauf %1, aufgenommen %2. Bericht erstellt %3.</translation>
    </message>
    <message>
        <source>%1 accounts, %2 groups, %3 group memberships.</source>
        <translation>%1 Konten, %2 Gruppen, %3 Gruppenmitgliedschaften.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Proposed fix: %1 for each account (a plan to preview and apply with the connector).</source>
        <translation>Vorgeschlagene Abhilfe: %1 für jedes Konto (ein Plan, den Sie mit dem Connector in der Vorschau ansehen und anwenden).</translation>
    </message>
    <message>
        <source>No group &apos;%1&apos; in the snapshot (or several share that name: give its id).</source>
        <translation>Keine Gruppe „%1“ im Snapshot (oder mehrere tragen diesen Namen: Geben Sie ihre ID an).</translation>
    </message>
    <message>
        <source>Members and owners of the group %1</source>
        <translation>Mitglieder und Besitzer der Gruppe %1</translation>
    </message>
    <message>
        <source>%1 (owner)</source>
        <translation>%1 (Besitzer)</translation>
    </message>
    <message>
        <source>No admin role &apos;%1&apos; in the snapshot.</source>
        <translation>Keine Administratorrolle „%1“ im Snapshot.</translation>
    </message>
    <message>
        <source>Holders of the admin role %1</source>
        <translation>Inhaber der Administratorrolle %1</translation>
    </message>
    <message>
        <source>Every holder of an admin role</source>
        <translation>Alle Inhaber einer Administratorrolle</translation>
    </message>
    <message>
        <source>No finding &apos;%1&apos;: the findings are %2.</source>
        <translation>Kein Befund „%1“: Die Befunde sind %2.</translation>
    </message>
    <message>
        <source>Rows of the finding: %1</source>
        <translation>Zeilen des Befunds: %1</translation>
    </message>
    <message>
        <source>The finding %1 lists groups; a review covers people&apos;s access.</source>
        <translation>Der Befund %1 listet Gruppen; eine Zugriffsprüfung betrifft den Zugriff von Personen.</translation>
    </message>
    <message>
        <source>Unknown review scope &apos;%1&apos;.</source>
        <translation>Unbekannter Prüfungsumfang „%1“.</translation>
    </message>
    <message>
        <source>Nothing to review: %1 covers no one.</source>
        <translation>Nichts zu prüfen: %1 umfasst niemanden.</translation>
    </message>
    <message>
        <source>%1 (sync run %2)</source>
        <translation>%1 (Synchronisierungslauf %2)</translation>
    </message>
    <message>
        <source>%1 of %2 decided</source>
        <translation>%1 von %2 entschieden</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Entziehen</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Access review %1: %2</source>
        <translation>Zugriffsprüfung %1: %2</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>sync run %1</source>
        <translation>Synchronisierungslauf %1</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Last decision</source>
        <translation>Letzte Entscheidung</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>%1 keep, %2 revoke, %3 undecided</source>
        <translation>%1 behalten, %2 entziehen, %3 offen</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Revoke by</source>
        <translation>Entzug durch</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>Dropbox listed the same %1 twice in one sync, so the listing cannot be trusted.</source>
        <translation>Dropbox hat dasselbe %1 in einer Synchronisierung doppelt aufgeführt; der Auflistung ist daher nicht zu trauen.</translation>
    </message>
    <message>
        <source>managed by admins only (company managed)</source>
        <translation>nur von Administratoren verwaltet (company managed)</translation>
    </message>
    <message>
        <source>managed by its owners (user managed)</source>
        <translation>von ihren Besitzern verwaltet (user managed)</translation>
    </message>
    <message>
        <source>no external id</source>
        <translation>keine externe ID</translation>
    </message>
    <message>
        <source>the external id %1</source>
        <translation>die externe ID %1</translation>
    </message>
    <message>
        <source>given name %1</source>
        <translation>Vorname %1</translation>
    </message>
    <message>
        <source>surname %1</source>
        <translation>Nachname %1</translation>
    </message>
    <message>
        <source>email %1</source>
        <translation>E-Mail-Adresse %1</translation>
    </message>
    <message>
        <source>you as its owner</source>
        <translation>Sie als Besitzer</translation>
    </message>
    <message>
        <source>Create the group %1.</source>
        <translation>Die Gruppe %1 anlegen.</translation>
    </message>
    <message>
        <source>Create the group %1 with %2.</source>
        <translation>Die Gruppe %1 anlegen mit: %2.</translation>
    </message>
    <message>
        <source>Rename the group %1 to %2.</source>
        <translation>Die Gruppe %1 in %2 umbenennen.</translation>
    </message>
    <message>
        <source>Change nothing of the group %1.</source>
        <translation>An der Gruppe %1 nichts ändern.</translation>
    </message>
    <message>
        <source>Give the group %1 %2.</source>
        <translation>Die Gruppe %1 ändern: %2.</translation>
    </message>
    <message>
        <source>Delete the group %1.</source>
        <translation>Die Gruppe %1 löschen.</translation>
    </message>
    <message>
        <source>Recover %1, who was removed from the team.</source>
        <translation>%1 wiederherstellen, der aus dem Team entfernt wurde.</translation>
    </message>
    <message>
        <source>Send the welcome email to %1 again.</source>
        <translation>Die Willkommens-E-Mail erneut an %1 senden.</translation>
    </message>
    <message>
        <source>Change nothing of %1&apos;s profile.</source>
        <translation>Am Profil von %1 nichts ändern.</translation>
    </message>
    <message>
        <source>Give %1 the %2.</source>
        <translation>Das Profil von %1 ändern: %2.</translation>
    </message>
    <message>
        <source>A new, empty group %1 will be created; folders can then be shared with it.</source>
        <translation>Eine neue, leere Gruppe %1 wird angelegt; danach lassen sich Ordner für sie freigeben.</translation>
    </message>
    <message>
        <source>The group %1 will be called %2; its members and folders stay as they are.</source>
        <translation>Die Gruppe %1 heißt dann %2; ihre Mitglieder und Ordner bleiben unverändert.</translation>
    </message>
    <message>
        <source>The group %1 will be managed by admins only: its owners can no longer manage its members.</source>
        <translation>Die Gruppe %1 wird nur noch von Administratoren verwaltet: Ihre Besitzer können ihre Mitglieder nicht mehr verwalten.</translation>
    </message>
    <message>
        <source>The group %1 changes as described; its members and folders stay as they are.</source>
        <translation>Die Gruppe %1 ändert sich wie beschrieben; ihre Mitglieder und Ordner bleiben unverändert.</translation>
    </message>
    <message>
        <source>Every member of the group</source>
        <translation>Jedes Mitglied der Gruppe</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>The group %1 will be deleted. %2 will lose access to the folders shared with it (folders shared with them directly stay). This cannot be undone.</source>
        <translation>Die Gruppe %1 wird gelöscht. Ihre Mitglieder (%2) verlieren den Zugriff auf die für die Gruppe freigegebenen Ordner (direkt an sie freigegebene Ordner bleiben). Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>%1 will be back on the team with their account and files, and will use a licence again; their groups and admin role are not restored.</source>
        <translation>%1 ist wieder mit Konto und Dateien im Team und belegt wieder eine Lizenz; Gruppen und Administratorrolle werden nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 will receive Dropbox&apos;s invitation email again.</source>
        <translation>%1 erhält die Einladungs-E-Mail von Dropbox erneut.</translation>
    </message>
    <message>
        <source>%1&apos;s profile changes as described.</source>
        <translation>Das Profil von %1 ändert sich wie beschrieben.</translation>
    </message>
    <message>
        <source>%1 will sign in with %2 from now on; Dropbox asks them to verify the new address.</source>
        <translation>%1 meldet sich ab jetzt mit %2 an; Dropbox bittet um Bestätigung der neuen Adresse.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot; (known: create-account, remove-account, suspend, unsuspend, set-role, clear-role, add-to-group, remove-from-group, set-access-type, create-group, rename-group, set-group, delete-group, recover-account, resend-invite, set-profile).</source>
        <translation>Unbekannte Aktion „%1“ (bekannt: create-account, remove-account, suspend, unsuspend, set-role, clear-role, add-to-group, remove-from-group, set-access-type, create-group, rename-group, set-group, delete-group, recover-account, resend-invite, set-profile).</translation>
    </message>
    <message>
        <source>%1 names no member, but &quot;%2&quot; was given in the email_or_id column.</source>
        <translation>%1 nennt kein Mitglied, aber in der Spalte email_or_id wurde „%2“ angegeben.</translation>
    </message>
    <message>
        <source>Option management takes company or user, not &quot;%1&quot;.</source>
        <translation>Die Option management erwartet company oder user, nicht „%1“.</translation>
    </message>
    <message>
        <source>rename-group needs new_name=...</source>
        <translation>rename-group braucht new_name=...</translation>
    </message>
    <message>
        <source>their profile reads %1 %2 &lt;%3&gt;</source>
        <translation>das Profil lautet %1 %2 &lt;%3&gt;</translation>
    </message>
    <message>
        <source>they are not on the team</source>
        <translation>ist nicht im Team</translation>
    </message>
    <message>
        <source>whether an email went out cannot be read back</source>
        <translation>ob eine E-Mail verschickt wurde, lässt sich nicht nachlesen</translation>
    </message>
    <message>
        <source>the team has no such group</source>
        <translation>das Team hat keine solche Gruppe</translation>
    </message>
    <message>
        <source>the group is listed as &quot;%1&quot; (%2)</source>
        <translation>die Gruppe ist als „%1“ (%2) geführt</translation>
    </message>
    <message>
        <source>Sign-in activity is not read for this connection, so nobody is listed. Turn on &quot;Read sign-in activity&quot; (CLI: --sync-user-last-login) and sync again.</source>
        <translation>Die Anmeldeaktivität wird für diese Verbindung nicht gelesen, daher wird niemand aufgeführt. Schalten Sie „Anmeldeaktivität lesen“ ein (CLI: --sync-user-last-login) und synchronisieren Sie erneut.</translation>
    </message>
    <message>
        <source>Sign-in was read for the last %1 days only: members with no sign-in in those days are not listed, as they may have signed in earlier. Read %2 days or more to list them.</source>
        <translation>Anmeldungen wurden nur für die letzten %1 Tage gelesen: Mitglieder ohne Anmeldung in diesen Tagen werden nicht aufgeführt, da sie sich früher angemeldet haben können. Lesen Sie %2 Tage oder mehr, um sie aufzuführen.</translation>
    </message>
    <message>
        <source>Last sign-in of active members</source>
        <translation>Letzte Anmeldung aktiver Mitglieder</translation>
    </message>
    <message>
        <source>None in %1 days</source>
        <translation>Keine in %1 Tagen</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>Sign-in activity is not read for this team, so inactive members cannot be chosen. Turn on &quot;Read sign-in activity&quot; (CLI: --sync-user-last-login) and sync, or review a group, a role, all admins or a finding instead.</source>
        <translation>Die Anmeldeaktivität wird für dieses Team nicht gelesen, daher lassen sich inaktive Mitglieder nicht auswählen. Schalten Sie „Anmeldeaktivität lesen“ ein (CLI: --sync-user-last-login) und synchronisieren Sie, oder prüfen Sie stattdessen eine Gruppe, eine Rolle, alle Administratoren oder einen Befund.</translation>
    </message>
    <message>
        <source>Sign-in was read for the last %1 days only, so who has not signed in for %2 days cannot be told. Choose %1 days or fewer, or read more days.</source>
        <translation>Anmeldungen wurden nur für die letzten %1 Tage gelesen, daher lässt sich nicht sagen, wer sich seit %2 Tagen nicht angemeldet hat. Wählen Sie %1 Tage oder weniger, oder lesen Sie mehr Tage.</translation>
    </message>
    <message>
        <source>Active members with no sign-in for %1 days</source>
        <translation>Aktive Mitglieder ohne Anmeldung seit %1 Tagen</translation>
    </message>
    <message>
        <source>last sign-in %1</source>
        <translation>letzte Anmeldung %1</translation>
    </message>
    <message>
        <source>no sign-in in the %1 days read</source>
        <translation>keine Anmeldung in den %1 gelesenen Tagen</translation>
    </message>
    <message>
        <source>The snapshot could not be saved: %1</source>
        <translation>Der Snapshot ließ sich nicht speichern: %1</translation>
    </message>
</context>
<context>
    <name>dbx::AuthorizationFlow</name>
    <message>
        <source>Enter the app key first.</source>
        <translation>Geben Sie zuerst den App-Schlüssel ein.</translation>
    </message>
    <message>
        <source>port %1 on 127.0.0.1 is in use</source>
        <translation>Port %1 auf 127.0.0.1 ist belegt</translation>
    </message>
    <message>
        <source>Dropbox Team Connector received Dropbox&apos;s answer. You can close this page and return to the application.</source>
        <translation>Dropbox Team Connector hat die Antwort von Dropbox erhalten. Sie können diese Seite schließen und zur Anwendung zurückkehren.</translation>
    </message>
    <message>
        <source>This answer does not belong to the authorization under way (its security code, the state, is wrong, stale or missing), so it was ignored. Finish the authorization in the page the application opened.</source>
        <translation>Diese Antwort gehört nicht zur laufenden Autorisierung (ihr Sicherheitscode, der state, ist falsch, veraltet oder fehlt) und wurde daher ignoriert. Schließen Sie die Autorisierung auf der Seite ab, die die Anwendung geöffnet hat.</translation>
    </message>
    <message>
        <source>the browser&apos;s redirect had no code</source>
        <translation>die Weiterleitung des Browsers enthielt keinen Code</translation>
    </message>
    <message>
        <source>no access_token</source>
        <translation>kein access_token</translation>
    </message>
    <message>
        <source>no refresh_token: was token_access_type=offline lost?</source>
        <translation>kein refresh_token: Ging token_access_type=offline verloren?</translation>
    </message>
    <message numerus="yes">
        <source>No answer from the browser within %n minute(s). Start the authorization again.</source>
        <translation>
            <numerusform>Keine Antwort vom Browser binnen %n Minute. Starten Sie die Autorisierung erneut.</numerusform>
            <numerusform>Keine Antwort vom Browser binnen %n Minuten. Starten Sie die Autorisierung erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropbox&apos;s token endpoint did not answer within %n second(s). Check the network and start again.</source>
        <translation>
            <numerusform>Der Token-Endpunkt von Dropbox hat nicht binnen %n Sekunde geantwortet. Prüfen Sie das Netzwerk und starten Sie erneut.</numerusform>
            <numerusform>Der Token-Endpunkt von Dropbox hat nicht binnen %n Sekunden geantwortet. Prüfen Sie das Netzwerk und starten Sie erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbx::ConnectionConfig</name>
    <message>
        <source>the %1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>these are missing: %1</source>
        <translation>diese Angaben fehlen: %1</translation>
    </message>
    <message>
        <source>Dropbox credentials are incomplete: %1. Run the connection wizard, or set the environment variables, or use --demo for the simulated team.</source>
        <translation>Die Dropbox-Zugangsdaten sind unvollständig: %1. Führen Sie den Verbindungsassistenten aus, setzen Sie die Umgebungsvariablen oder verwenden Sie --demo für das simulierte Team.</translation>
    </message>
</context>
<context>
    <name>dbx::ConnectionRegistry</name>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) für %3</translation>
    </message>
</context>
<context>
    <name>dbx::ConnectorSession</name>
    <message>
        <source>Cannot open the snapshot database %1: %2</source>
        <translation>Die Snapshot-Datenbank %1 lässt sich nicht öffnen: %2</translation>
    </message>
</context>
<context>
    <name>dbx::ConnectorTaskHandler</name>
    <message>
        <source>Syncing group members</source>
        <translation>Gruppenmitglieder werden synchronisiert</translation>
    </message>
    <message>
        <source>Saving snapshot</source>
        <translation>Snapshot wird gespeichert</translation>
    </message>
    <message>
        <source>Syncing members</source>
        <translation>Mitglieder werden synchronisiert</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the sync file.</source>
        <translation>Der Ordner %1 für die Synchronisierungsdatei lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the sync file: %1.</source>
        <translation>Für die Synchronisierungsdatei lässt sich kein temporärer Ordner anlegen: %1.</translation>
    </message>
    <message>
        <source>Writing the c1z file</source>
        <translation>Die c1z-Datei wird geschrieben</translation>
    </message>
    <message>
        <source>Cannot read the snapshot to upload: %1</source>
        <translation>Der hochzuladende Snapshot lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Cannot write the c1z file: %1</source>
        <translation>Die c1z-Datei lässt sich nicht schreiben: %1</translation>
    </message>
    <message>
        <source>Cannot read the newest snapshot: %1</source>
        <translation>Der neueste Snapshot lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Authorize the Dropbox connection again (a new refresh token).</source>
        <translation>Autorisieren Sie die Dropbox-Verbindung erneut (ein neues Refresh-Token).</translation>
    </message>
    <message>
        <source>Checking the group&apos;s members</source>
        <translation>Die Mitglieder der Gruppe werden geprüft</translation>
    </message>
    <message>
        <source>Checking the member</source>
        <translation>Das Mitglied wird geprüft</translation>
    </message>
    <message>
        <source>Roles have only the &quot;member&quot; entitlement, not &quot;%1&quot;.</source>
        <translation>Rollen haben nur die Berechtigung „member“, nicht „%1“.</translation>
    </message>
    <message>
        <source>Already in the group with that access.</source>
        <translation>Bereits mit diesem Zugriff in der Gruppe.</translation>
    </message>
    <message>
        <source>They own the group, which includes membership.</source>
        <translation>Besitzt die Gruppe, was die Mitgliedschaft einschließt.</translation>
    </message>
    <message>
        <source>They do not hold that role.</source>
        <translation>Hat diese Rolle nicht.</translation>
    </message>
    <message>
        <source>Not in the group.</source>
        <translation>Nicht in der Gruppe.</translation>
    </message>
    <message>
        <source>They do not own the group.</source>
        <translation>Besitzt die Gruppe nicht.</translation>
    </message>
    <message>
        <source>They own the group rather than hold the member grant; revoke the owner grant to demote them.</source>
        <translation>Besitzt die Gruppe, statt die Mitgliedschaft zu haben; entziehen Sie die Besitzer-Zuweisung, um es herabzustufen.</translation>
    </message>
    <message>
        <source>Only user accounts can be deleted in Dropbox, not a %1.</source>
        <translation>In Dropbox lassen sich nur Benutzerkonten löschen, kein %1.</translation>
    </message>
    <message>
        <source>Dropbox no longer knows this member.</source>
        <translation>Dropbox kennt dieses Mitglied nicht mehr.</translation>
    </message>
</context>
<context>
    <name>dbx::CsvReader</name>
    <message>
        <source>Line %1: a quoted field starts here and is never closed, so every line after it would be read as part of it (a quote inside a quoted field is written twice: &quot;&quot;).</source>
        <translation>Zeile %1: Hier beginnt ein Feld in Anführungszeichen, das nie geschlossen wird, sodass jede folgende Zeile als Teil davon gelesen würde (ein Anführungszeichen innerhalb eines Feldes in Anführungszeichen wird doppelt geschrieben: &quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1: text follows the closing quote of a field (quote the whole field, and write a quote inside it twice: &quot;&quot;).</source>
        <translation>Zeile %1: Nach dem schließenden Anführungszeichen eines Feldes folgt Text (setzen Sie das ganze Feld in Anführungszeichen und schreiben Sie ein Anführungszeichen darin doppelt: &quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1: a quote inside a field that does not start with one (quote the whole field, and write a quote inside it twice: &quot;O&quot;&quot;Neil&quot;).</source>
        <translation>Zeile %1: Ein Anführungszeichen in einem Feld, das nicht mit einem beginnt (setzen Sie das ganze Feld in Anführungszeichen und schreiben Sie ein Anführungszeichen darin doppelt: &quot;O&quot;&quot;Neil&quot;).</translation>
    </message>
</context>
<context>
    <name>dbx::DemoTeam</name>
    <message>
        <source>The simulated Dropbox team could not start: %1</source>
        <translation>Das simulierte Dropbox-Team konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Demo (simulated team)</source>
        <translation>Demo (simuliertes Team)</translation>
    </message>
</context>
<context>
    <name>dbx::DropboxClient</name>
    <message>
        <source>no token source</source>
        <translation>keine Token-Quelle</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort binnen %1 ms</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>the reply is larger than %1 MB</source>
        <translation>die Antwort ist größer als %1 MB</translation>
    </message>
    <message>
        <source>the reply was cut short (%1)</source>
        <translation>die Antwort wurde abgeschnitten (%1)</translation>
    </message>
    <message>
        <source>reply cut short</source>
        <translation>Antwort abgeschnitten</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>der Inhalt ist leer</translation>
    </message>
    <message>
        <source>the reply is not JSON (%1)</source>
        <translation>die Antwort ist kein JSON (%1)</translation>
    </message>
    <message>
        <source>Dropbox asked the connector to wait %1 s before calling %2 again, longer than the limit of %3 s, so the call was given up (nothing was changed by it). Try again later.</source>
        <translation>Dropbox bat den Connector, %1 s zu warten, bevor er %2 erneut aufruft – länger als die Grenze von %3 s; daher wurde der Aufruf aufgegeben (er hat nichts geändert). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>Ratenbegrenzung</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>unerwarteter HTTP-Status %1</translation>
    </message>
    <message>
        <source>gave up after %1 s of retries (the limit for one call is %2 s)</source>
        <translation>nach %1 s Wiederholungen aufgegeben (die Grenze für einen Aufruf ist %2 s)</translation>
    </message>
    <message>
        <source>Dropbox kept asking the connector to slow down; it %1. Try again later.</source>
        <translation>Dropbox bat den Connector wiederholt, langsamer zu werden; er hat %1. Versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>dbx::Error</name>
    <message>
        <source>Dropbox no longer accepts the listing&apos;s cursor (the team changed or the cursor expired). Start the sync again.</source>
        <translation>Dropbox nimmt den Cursor der Auflistung nicht mehr an (das Team hat sich geändert oder der Cursor ist abgelaufen). Starten Sie die Synchronisierung erneut.</translation>
    </message>
    <message>
        <source>The group does not exist any more. Sync again to refresh the list of groups.</source>
        <translation>Die Gruppe existiert nicht mehr. Synchronisieren Sie erneut, um die Gruppenliste zu aktualisieren.</translation>
    </message>
    <message>
        <source>The group is not on this team. Sync again to refresh the list of groups.</source>
        <translation>Die Gruppe gehört nicht zu diesem Team. Synchronisieren Sie erneut, um die Gruppenliste zu aktualisieren.</translation>
    </message>
    <message>
        <source>Dropbox found no member with that id. Sync again to refresh the list of accounts.</source>
        <translation>Dropbox hat kein Mitglied mit dieser ID gefunden. Synchronisieren Sie erneut, um die Kontenliste zu aktualisieren.</translation>
    </message>
    <message>
        <source>No member with that id, email or external id exists on this team. Sync again to refresh the list of accounts.</source>
        <translation>In diesem Team gibt es kein Mitglied mit dieser ID, E-Mail-Adresse oder externen ID. Synchronisieren Sie erneut, um die Kontenliste zu aktualisieren.</translation>
    </message>
    <message>
        <source>The user is not (or no longer) a member of this team. Sync again to refresh the list of accounts.</source>
        <translation>Der Benutzer ist (nicht mehr) Mitglied dieses Teams. Synchronisieren Sie erneut, um die Kontenliste zu aktualisieren.</translation>
    </message>
    <message>
        <source>Some of the members were not found on Dropbox. Sync again to refresh the list of accounts.</source>
        <translation>Einige der Mitglieder wurden in Dropbox nicht gefunden. Synchronisieren Sie erneut, um die Kontenliste zu aktualisieren.</translation>
    </message>
    <message>
        <source>Some of the members are not part of this team. Add them to the team first.</source>
        <translation>Einige der Mitglieder gehören nicht zu diesem Team. Nehmen Sie sie zuerst in das Team auf.</translation>
    </message>
    <message>
        <source>The team has no free license left. Buy more licenses or remove a member first.</source>
        <translation>Das Team hat keine freie Lizenz mehr. Kaufen Sie weitere Lizenzen oder entfernen Sie zuerst ein Mitglied.</translation>
    </message>
    <message>
        <source>The free team&apos;s member limit is reached. Upgrade the team or remove a member first.</source>
        <translation>Die Mitgliedergrenze des kostenlosen Teams ist erreicht. Stufen Sie das Team hoch oder entfernen Sie zuerst ein Mitglied.</translation>
    </message>
    <message>
        <source>A member with this email is already on the team. Sync again to see them.</source>
        <translation>Ein Mitglied mit dieser E-Mail-Adresse ist bereits im Team. Synchronisieren Sie erneut, um es zu sehen.</translation>
    </message>
    <message>
        <source>This email belongs to a member of another Dropbox team. They must leave that team first.</source>
        <translation>Diese E-Mail-Adresse gehört einem Mitglied eines anderen Dropbox-Teams. Es muss jenes Team zuerst verlassen.</translation>
    </message>
    <message>
        <source>This email&apos;s account is already paired with another team account.</source>
        <translation>Das Konto dieser E-Mail-Adresse ist bereits mit einem anderen Teamkonto gekoppelt.</translation>
    </message>
    <message>
        <source>Dropbox could not move the person&apos;s existing account onto the team. Try again later.</source>
        <translation>Dropbox konnte das bestehende Konto der Person nicht in das Team übernehmen. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Another member of the team already has this external id. Choose a different one.</source>
        <translation>Ein anderes Mitglied des Teams hat bereits diese externe ID. Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>Another member of the team already has this persistent id. Choose a different one.</source>
        <translation>Ein anderes Mitglied des Teams hat bereits diese persistente ID. Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>Persistent ids need a SAML configuration with persistent ids on this team.</source>
        <translation>Persistente IDs setzen in diesem Team eine SAML-Konfiguration mit persistenten IDs voraus.</translation>
    </message>
    <message>
        <source>Dropbox could not create the account. Try again later.</source>
        <translation>Dropbox konnte das Konto nicht anlegen. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The member is the team&apos;s last admin and cannot be removed. Give another member an admin role first.</source>
        <translation>Das Mitglied ist der letzte Administrator des Teams und kann nicht entfernt werden. Geben Sie zuerst einem anderen Mitglied eine Administratorrolle.</translation>
    </message>
    <message>
        <source>An account cannot be kept and have its files transferred at the same time. Choose one.</source>
        <translation>Ein Konto kann nicht zugleich behalten werden und seine Dateien übertragen. Wählen Sie eines davon.</translation>
    </message>
    <message>
        <source>The member chosen to receive transfer errors is not a team admin. Choose a member with an admin role.</source>
        <translation>Das Mitglied, das Übertragungsfehler erhalten soll, ist kein Team-Administrator. Wählen Sie ein Mitglied mit Administratorrolle.</translation>
    </message>
    <message>
        <source>Only an active member can be suspended.</source>
        <translation>Nur ein aktives Mitglied kann gesperrt werden.</translation>
    </message>
    <message>
        <source>The member is the team&apos;s last admin and cannot be suspended. Give another member an admin role first.</source>
        <translation>Das Mitglied ist der letzte Administrator des Teams und kann nicht gesperrt werden. Geben Sie zuerst einem anderen Mitglied eine Administratorrolle.</translation>
    </message>
    <message>
        <source>The member is not suspended.</source>
        <translation>Das Mitglied ist nicht gesperrt.</translation>
    </message>
    <message>
        <source>The member is the team&apos;s last admin and must keep the admin role. Give another member an admin role first.</source>
        <translation>Das Mitglied ist der letzte Administrator des Teams und muss die Administratorrolle behalten. Geben Sie zuerst einem anderen Mitglied eine Administratorrolle.</translation>
    </message>
    <message>
        <source>The role does not exist on this team. Sync again to see the available roles.</source>
        <translation>Die Rolle gibt es in diesem Team nicht. Synchronisieren Sie erneut, um die verfügbaren Rollen zu sehen.</translation>
    </message>
    <message>
        <source>Dropbox does not allow changing this member&apos;s role right now (for example, because they are suspended).</source>
        <translation>Dropbox erlaubt gerade nicht, die Rolle dieses Mitglieds zu ändern (zum Beispiel, weil es gesperrt ist).</translation>
    </message>
    <message>
        <source>The member is already in the group.</source>
        <translation>Das Mitglied ist bereits in der Gruppe.</translation>
    </message>
    <message>
        <source>The member is not in the group. Sync again to refresh the group&apos;s members.</source>
        <translation>Das Mitglied ist nicht in der Gruppe. Synchronisieren Sie erneut, um die Mitglieder der Gruppe zu aktualisieren.</translation>
    </message>
    <message>
        <source>The group is managed by Dropbox itself; its members cannot be changed.</source>
        <translation>Die Gruppe wird von Dropbox selbst verwaltet; ihre Mitglieder lassen sich nicht ändern.</translation>
    </message>
    <message>
        <source>A suspended member cannot be a group owner. Add them as a member, or unsuspend them first.</source>
        <translation>Ein gesperrtes Mitglied kann nicht Besitzer einer Gruppe sein. Fügen Sie es als Mitglied hinzu oder entsperren Sie es zuerst.</translation>
    </message>
    <message>
        <source>The group is company managed: only admins manage it, so no member can be its owner.</source>
        <translation>Die Gruppe wird vom Unternehmen verwaltet (company managed): Nur Administratoren verwalten sie, daher kann kein Mitglied ihr Besitzer sein.</translation>
    </message>
    <message>
        <source>Another group already has this name. Choose a different name.</source>
        <translation>Eine andere Gruppe trägt bereits diesen Namen. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Dropbox does not know the background job any more. Sync again to see the result.</source>
        <translation>Dropbox kennt den Hintergrundauftrag nicht mehr. Synchronisieren Sie erneut, um das Ergebnis zu sehen.</translation>
    </message>
    <message>
        <source>Dropbox reported an internal error. Try again later.</source>
        <translation>Dropbox meldete einen internen Fehler. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The connected admin is not allowed to do this. Authorize the connection with a team admin who holds the needed role.</source>
        <translation>Der verbundene Administrator darf das nicht. Autorisieren Sie die Verbindung mit einem Team-Administrator, der die nötige Rolle hat.</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>Der Vorgang ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Dropbox rejected the request for %1 as invalid (%2). This is a bug in the connector; please report it with this message.</source>
        <translation>Dropbox hat die Anfrage für %1 als ungültig abgelehnt (%2). Das ist ein Fehler im Connector; bitte melden Sie ihn mit dieser Meldung.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>keine Einzelheiten</translation>
    </message>
    <message>
        <source>(not named by Dropbox)</source>
        <translation>(von Dropbox nicht genannt)</translation>
    </message>
    <message>
        <source>The Dropbox app lacks the permission %1. Enable it on the app&apos;s Permissions tab in the Dropbox App Console, then run the connection wizard again to re-authorize.</source>
        <translation>Der Dropbox-App fehlt die Berechtigung %1. Aktivieren Sie sie im Reiter „Permissions“ der App in der Dropbox App Console und führen Sie dann den Verbindungsassistenten erneut aus, um neu zu autorisieren.</translation>
    </message>
    <message>
        <source>The Dropbox admin who authorized the connection is suspended. Run the connection wizard again and authorize as an active team admin.</source>
        <translation>Der Dropbox-Administrator, der die Verbindung autorisiert hat, ist gesperrt. Führen Sie den Verbindungsassistenten erneut aus und autorisieren Sie als aktiver Team-Administrator.</translation>
    </message>
    <message>
        <source>Dropbox does not allow this app to call %1. Check the app&apos;s type and permissions in the Dropbox App Console.</source>
        <translation>Dropbox erlaubt dieser App nicht, %1 aufzurufen. Prüfen Sie Typ und Berechtigungen der App in der Dropbox App Console.</translation>
    </message>
    <message>
        <source>Dropbox refused the member the connector acted as (%1). Sync again and retry.</source>
        <translation>Dropbox hat das Mitglied abgelehnt, als das der Connector handelte (%1). Synchronisieren Sie erneut und wiederholen Sie den Vorgang.</translation>
    </message>
    <message>
        <source>The Dropbox authorization is no longer valid. Run the connection wizard again to re-authorize.</source>
        <translation>Die Dropbox-Autorisierung ist nicht mehr gültig. Führen Sie den Verbindungsassistenten erneut aus, um neu zu autorisieren.</translation>
    </message>
    <message>
        <source>Dropbox denied this app access to the team&apos;s data. Make sure the app is a team app (scoped access, team scopes) and authorize it as a team admin in the connection wizard.</source>
        <translation>Dropbox hat dieser App den Zugriff auf die Daten des Teams verweigert. Stellen Sie sicher, dass die App eine Team-App ist (Scoped Access, Team-Bereiche), und autorisieren Sie sie im Verbindungsassistenten als Team-Administrator.</translation>
    </message>
    <message>
        <source>The admin who authorized the connection lacks the permission for %1. Authorize as a team admin with a suitable admin role.</source>
        <translation>Dem Administrator, der die Verbindung autorisiert hat, fehlt die Berechtigung für %1. Autorisieren Sie als Team-Administrator mit einer passenden Administratorrolle.</translation>
    </message>
    <message>
        <source>The Dropbox account type cannot use %1. Authorize with an account of a Dropbox team that includes this feature.</source>
        <translation>Der Dropbox-Kontotyp kann %1 nicht nutzen. Autorisieren Sie mit einem Konto eines Dropbox-Teams, das diese Funktion enthält.</translation>
    </message>
    <message>
        <source>Dropbox denied access to %1 (%2). Check the app&apos;s permissions and the authorizing admin&apos;s role.</source>
        <translation>Dropbox hat den Zugriff auf %1 verweigert (%2). Prüfen Sie die Berechtigungen der App und die Rolle des autorisierenden Administrators.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Dropbox refused %1 with the error &quot;%2&quot;. Sync again, then retry; if it persists, look the error up in Dropbox&apos;s API documentation.</source>
        <translation>Dropbox hat %1 mit dem Fehler „%2“ abgelehnt. Synchronisieren Sie erneut und wiederholen Sie dann den Vorgang; bleibt der Fehler, schlagen Sie ihn in der API-Dokumentation von Dropbox nach.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Dropbox kept asking the connector to slow down (rate limited) and the retries ran out. Wait a few minutes and try again.</source>
        <translation>Dropbox bat den Connector wiederholt, langsamer zu werden (Ratenbegrenzung), und die Wiederholungen sind erschöpft. Warten Sie ein paar Minuten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Dropbox&apos;s servers answered with an error (HTTP %1) several times in a row. This is usually temporary; try again in a few minutes.</source>
        <translation>Die Server von Dropbox antworteten mehrmals hintereinander mit einem Fehler (HTTP %1). Das ist meist vorübergehend; versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>Dropbox could not be reached (%1). Check the network connection and proxy settings, then try again.</source>
        <translation>Dropbox war nicht erreichbar (%1). Prüfen Sie Netzwerkverbindung und Proxy-Einstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Dropbox did not answer %1 in time. Check the network connection and try again.</source>
        <translation>Dropbox hat %1 nicht rechtzeitig beantwortet. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Dropbox sent a reply the connector does not understand (%1). Try again; if it persists, please report it with this message.</source>
        <translation>Dropbox sandte eine Antwort, die der Connector nicht versteht (%1). Versuchen Sie es erneut; bleibt der Fehler, melden Sie ihn bitte mit dieser Meldung.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Dropbox refused the stored refresh token (it was revoked or has expired). Run the connection wizard again to re-authorize.</source>
        <translation>Dropbox hat das gespeicherte Refresh-Token abgelehnt (es wurde widerrufen oder ist abgelaufen). Führen Sie den Verbindungsassistenten erneut aus, um neu zu autorisieren.</translation>
    </message>
    <message>
        <source>Dropbox refused the app key or app secret. Check them in the Dropbox App Console and run the connection wizard again.</source>
        <translation>Dropbox hat App-Schlüssel oder App-Geheimnis abgelehnt. Prüfen Sie beide in der Dropbox App Console und führen Sie den Verbindungsassistenten erneut aus.</translation>
    </message>
    <message>
        <source>Dropbox&apos;s sign-in service answered with an error (HTTP %1). This is usually temporary; try again in a few minutes.</source>
        <translation>Der Anmeldedienst von Dropbox antwortete mit einem Fehler (HTTP %1). Das ist meist vorübergehend; versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>Dropbox did not issue a new access token (%1). Run the connection wizard again to re-authorize.</source>
        <translation>Dropbox hat kein neues Access-Token ausgestellt (%1). Führen Sie den Verbindungsassistenten erneut aus, um neu zu autorisieren.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The Dropbox call failed.</source>
        <translation>Der Dropbox-Aufruf ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>dbx::Insight</name>
    <message>
        <source>%1 member, no owner</source>
        <translation>%1 Mitglied, kein Besitzer</translation>
    </message>
    <message>
        <source>%1 members, no owner</source>
        <translation>%1 Mitglieder, kein Besitzer</translation>
    </message>
    <message>
        <source>owns %1 group</source>
        <translation>besitzt %1 Gruppe</translation>
    </message>
    <message>
        <source>owns %1 groups</source>
        <translation>besitzt %1 Gruppen</translation>
    </message>
    <message>
        <source>invited %1 day ago</source>
        <translation>vor %1 Tag eingeladen</translation>
    </message>
    <message>
        <source>invited %1 days ago</source>
        <translation>vor %1 Tagen eingeladen</translation>
    </message>
    <message>
        <source>last sign-in %1 day ago</source>
        <translation>letzte Anmeldung vor %1 Tag</translation>
    </message>
    <message>
        <source>last sign-in %1 days ago</source>
        <translation>letzte Anmeldung vor %1 Tagen</translation>
    </message>
    <message>
        <source>no sign-in in the %1 day read</source>
        <translation>keine Anmeldung im gelesenen %1 Tag</translation>
    </message>
    <message>
        <source>no sign-in in the %1 days read</source>
        <translation>keine Anmeldung in den gelesenen %1 Tagen</translation>
    </message>
</context>
<context>
    <name>dbx::LoopbackReplyHandler</name>
    <message>
        <source>The request is too long.</source>
        <translation>Die Anfrage ist zu lang.</translation>
    </message>
    <message>
        <source>This address only receives Dropbox&apos;s answer.</source>
        <translation>Diese Adresse empfängt nur die Antwort von Dropbox.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>dbx::Operation</name>
    <message>
        <source>Create an account for %1</source>
        <translation>Konto anlegen für %1</translation>
    </message>
    <message>
        <source>Create an account for %1 &lt;%2&gt;</source>
        <translation>Konto anlegen für %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source> with the role %1</source>
        <translation> mit der Rolle %1</translation>
    </message>
    <message>
        <source>, sending a welcome email.</source>
        <translation>, eine Willkommens-E-Mail wird gesendet.</translation>
    </message>
    <message>
        <source>, without a welcome email.</source>
        <translation>, ohne Willkommens-E-Mail.</translation>
    </message>
    <message>
        <source>Remove %1 from the team</source>
        <translation>%1 aus dem Team entfernen</translation>
    </message>
    <message>
        <source>, keeping their account as a Basic account</source>
        <translation>, das Konto bleibt als Basic-Konto erhalten</translation>
    </message>
    <message>
        <source>, transferring their files to %1</source>
        <translation>, die Dateien gehen an %1</translation>
    </message>
    <message>
        <source>, wiping their data from linked devices.</source>
        <translation>, ihre Daten auf verknüpften Geräten werden gelöscht.</translation>
    </message>
    <message>
        <source>, without wiping their linked devices.</source>
        <translation>, verknüpfte Geräte werden nicht gelöscht.</translation>
    </message>
    <message>
        <source>Suspend %1 and wipe their data from linked devices.</source>
        <translation>%1 sperren und die Daten auf verknüpften Geräten löschen.</translation>
    </message>
    <message>
        <source>Suspend %1.</source>
        <translation>%1 sperren.</translation>
    </message>
    <message>
        <source>Unsuspend %1.</source>
        <translation>%1 entsperren.</translation>
    </message>
    <message>
        <source>Give %1 the admin role %2.</source>
        <translation>%1 die Administratorrolle %2 geben.</translation>
    </message>
    <message>
        <source>Take the admin role from %1 (member only).</source>
        <translation>%1 die Administratorrolle entziehen (nur Mitglied).</translation>
    </message>
    <message>
        <source>Add %1 to the group %2 as %3.</source>
        <translation>%1 der Gruppe %2 als %3 hinzufügen.</translation>
    </message>
    <message>
        <source>Remove %1 from the group %2.</source>
        <translation>%1 aus der Gruppe %2 entfernen.</translation>
    </message>
    <message>
        <source>Make %1 %2 of the group %3.</source>
        <translation>%1 zum %2 der Gruppe %3 machen.</translation>
    </message>
    <message>
        <source>%1 will be invited to the team by email and will use one licence once they join.</source>
        <translation>%1 wird per E-Mail in das Team eingeladen und belegt nach dem Beitritt eine Lizenz.</translation>
    </message>
    <message>
        <source>%1 will be added to the team as invited, without a welcome email (for example when single sign-on announces accounts itself); they will use one licence.</source>
        <translation>%1 wird als eingeladen in das Team aufgenommen, ohne Willkommens-E-Mail (etwa wenn Single Sign-on Konten selbst ankündigt); belegt eine Lizenz.</translation>
    </message>
    <message>
        <source>%1 will leave the team and lose access to its shared folders, groups and any admin role.</source>
        <translation>%1 verlässt das Team und verliert den Zugriff auf dessen freigegebene Ordner, Gruppen und jede Administratorrolle.</translation>
    </message>
    <message>
        <source>Their account becomes a personal Basic account: they keep the email address and the files that are not restricted to the team.</source>
        <translation>Das Konto wird ein persönliches Basic-Konto: Die E-Mail-Adresse und die Dateien, die nicht auf das Team beschränkt sind, bleiben erhalten.</translation>
    </message>
    <message>
        <source>Folders explicitly shared with them (not through a group) stay shared, where the folder allows sharing outside the team.</source>
        <translation>Ausdrücklich (nicht über eine Gruppe) freigegebene Ordner bleiben freigegeben, sofern der Ordner Freigaben außerhalb des Teams erlaubt.</translation>
    </message>
    <message>
        <source>Folders shared with them by the team are no longer shared with them.</source>
        <translation>Vom Team freigegebene Ordner sind nicht mehr freigegeben.</translation>
    </message>
    <message>
        <source>Their files will be transferred to %1; errors of the transfer are emailed to %2.</source>
        <translation>Die Dateien werden an %1 übertragen; Fehler der Übertragung gehen per E-Mail an %2.</translation>
    </message>
    <message>
        <source>(no admin given)</source>
        <translation>(kein Administrator angegeben)</translation>
    </message>
    <message>
        <source>Their files stay with the team: an admin can transfer them to another member from the admin console later, and the member can be restored for 7 days.</source>
        <translation>Die Dateien bleiben beim Team: Ein Administrator kann sie später in der Admin-Konsole an ein anderes Mitglied übertragen, und das Mitglied lässt sich 7 Tage lang wiederherstellen.</translation>
    </message>
    <message>
        <source>Their Dropbox files will be deleted from their linked computers and phones the next time those come online.</source>
        <translation>Die Dropbox-Dateien werden von den verknüpften Computern und Telefonen gelöscht, sobald diese wieder online sind.</translation>
    </message>
    <message>
        <source>Copies already on their linked computers and phones are not wiped.</source>
        <translation>Kopien, die schon auf verknüpften Computern und Telefonen liegen, werden nicht gelöscht.</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in. Their files, groups and role are kept and they still use a licence; unsuspend gives access back.%2</source>
        <translation>%1 kann sich nicht mehr anmelden. Dateien, Gruppen und Rolle bleiben erhalten, die Lizenz bleibt belegt; Entsperren gibt den Zugriff zurück.%2</translation>
    </message>
    <message>
        <source> Their Dropbox files will also be deleted from their linked devices.</source>
        <translation> Die Dropbox-Dateien werden außerdem von den verknüpften Geräten gelöscht.</translation>
    </message>
    <message>
        <source>%1 will be able to sign in again, with the groups and role they had.</source>
        <translation>%1 kann sich wieder anmelden, mit den bisherigen Gruppen und der bisherigen Rolle.</translation>
    </message>
    <message>
        <source>%1 holds no admin role now and will become %2.</source>
        <translation>%1 hat derzeit keine Administratorrolle und wird %2.</translation>
    </message>
    <message>
        <source>%1 already holds the role %2.</source>
        <translation>%1 hat bereits die Rolle %2.</translation>
    </message>
    <message>
        <source>A member holds one admin role at most: %1&apos;s role %2 will be replaced by %3.</source>
        <translation>Ein Mitglied hat höchstens eine Administratorrolle: Die Rolle %2 von %1 wird durch %3 ersetzt.</translation>
    </message>
    <message>
        <source>%1 holds no admin role; nothing will change.</source>
        <translation>%1 hat keine Administratorrolle; nichts ändert sich.</translation>
    </message>
    <message>
        <source>%1 will lose the admin role %2 and become a member only.</source>
        <translation>%1 verliert die Administratorrolle %2 und ist danach nur noch Mitglied.</translation>
    </message>
    <message>
        <source>%1 will join %2 as an owner: they get the group&apos;s shared folders and can manage its members.</source>
        <translation>%1 tritt %2 als Besitzer bei: erhält die freigegebenen Ordner der Gruppe und kann ihre Mitglieder verwalten.</translation>
    </message>
    <message>
        <source>%1 will join %2 and get access to the folders shared with the group.</source>
        <translation>%1 tritt %2 bei und erhält Zugriff auf die für die Gruppe freigegebenen Ordner.</translation>
    </message>
    <message>
        <source>%1 will leave %2 and lose access to the folders shared with the group (folders shared with them directly stay).</source>
        <translation>%1 verlässt %2 und verliert den Zugriff auf die für die Gruppe freigegebenen Ordner (direkt freigegebene Ordner bleiben).</translation>
    </message>
    <message>
        <source>%1 stays in %2 and becomes an owner who can manage its members.</source>
        <translation>%1 bleibt in %2 und wird Besitzer, der die Mitglieder verwalten kann.</translation>
    </message>
    <message>
        <source>%1 stays in %2 as a member and can no longer manage its members.</source>
        <translation>%1 bleibt als Mitglied in %2 und kann die Mitglieder nicht mehr verwalten.</translation>
    </message>
</context>
<context>
    <name>dbx::Provisioner</name>
    <message>
        <source>Provisioning is off for this connection, so nothing was sent to Dropbox. Allow changes with --provisioning or BATON_PROVISIONING=true (in the app: the connection&apos;s provisioning setting).</source>
        <translation>Die Bereitstellung ist für diese Verbindung ausgeschaltet, daher wurde nichts an Dropbox gesendet. Erlauben Sie Änderungen mit --provisioning oder BATON_PROVISIONING=true (in der App: „Bereitstellung erlauben“ bei der Verbindung).</translation>
    </message>
    <message>
        <source>There is no snapshot of the team yet; run a sync first.</source>
        <translation>Es gibt noch keinen Snapshot des Teams; führen Sie zuerst eine Synchronisierung aus.</translation>
    </message>
    <message>
        <source>Cannot read the newest snapshot: %1</source>
        <translation>Der neueste Snapshot lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Not started: cancelled.</source>
        <translation>Nicht begonnen: abgebrochen.</translation>
    </message>
    <message>
        <source>No change: %1</source>
        <translation>Keine Änderung: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>Nicht gesendet: %1.</translation>
    </message>
    <message>
        <source>Sent to Dropbox; waiting for the answer.</source>
        <translation>An Dropbox gesendet; warte auf die Antwort.</translation>
    </message>
    <message>
        <source>Not sent: the audit log could not record the change first (%1).</source>
        <translation>Nicht gesendet: Das Prüfprotokoll konnte die Änderung nicht vorher aufzeichnen (%1).</translation>
    </message>
    <message>
        <source>unknown admin</source>
        <translation>unbekannter Administrator</translation>
    </message>
    <message>
        <source>Unknown: an earlier run stopped before Dropbox answered, and the change (%1) cannot be read back; sync to confirm.</source>
        <translation>Unbekannt: Ein früherer Lauf endete, bevor Dropbox antwortete, und die Änderung (%1) lässt sich nicht nachlesen; synchronisieren Sie zur Bestätigung.</translation>
    </message>
    <message>
        <source>Done: a run stopped at %1 before Dropbox&apos;s answer arrived; reading it back shows the change was made (%2).</source>
        <translation>Erledigt: Ein Lauf endete um %1, bevor die Antwort von Dropbox eintraf; das Nachlesen zeigt, dass die Änderung gemacht wurde (%2).</translation>
    </message>
    <message>
        <source>Not done: a run stopped at %1 before Dropbox&apos;s answer arrived; reading it back shows the change was not made (%2). Run it again if it is still wanted.</source>
        <translation>Nicht erledigt: Ein Lauf endete um %1, bevor die Antwort von Dropbox eintraf; das Nachlesen zeigt, dass die Änderung nicht gemacht wurde (%2). Führen Sie sie erneut aus, wenn sie noch gewünscht ist.</translation>
    </message>
    <message>
        <source>Unknown: a run stopped at %1 before Dropbox&apos;s answer arrived, and reading it back failed (%2); sync to confirm.</source>
        <translation>Unbekannt: Ein Lauf endete um %1, bevor die Antwort von Dropbox eintraf, und das Nachlesen schlug fehl (%2); synchronisieren Sie zur Bestätigung.</translation>
    </message>
    <message>
        <source>Added %1 to %2 as %3.</source>
        <translation>%1 als %3 zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>%1 aus %2 entfernt.</translation>
    </message>
    <message>
        <source>Dropbox is still updating access to the group&apos;s folders.</source>
        <translation>Dropbox aktualisiert noch den Zugriff auf die Ordner der Gruppe.</translation>
    </message>
    <message>
        <source>Checking the update of the group&apos;s folder access failed: %1.</source>
        <translation>Die Prüfung der Aktualisierung des Ordnerzugriffs der Gruppe ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>%1 is now %2 of %3.</source>
        <translation>%1 ist jetzt %2 von %3.</translation>
    </message>
    <message>
        <source>Creating %1 accounts</source>
        <translation>%1 Konten werden angelegt</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for Dropbox to create %n account(s)</source>
        <translation>
            <numerusform>Warte, bis Dropbox %n Konto angelegt hat</numerusform>
            <numerusform>Warte, bis Dropbox %n Konten angelegt hat</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown: Dropbox accepted the account for %1 and was still creating it after %2 s; sync later to confirm.</source>
        <translation>Unbekannt: Dropbox hat das Konto für %1 angenommen und legte es nach %2 s noch an; synchronisieren Sie später zur Bestätigung.</translation>
    </message>
    <message>
        <source>Created an account for %1.</source>
        <translation>Konto für %1 angelegt.</translation>
    </message>
    <message>
        <source>Could not create an account for %1: Dropbox&apos;s job failed without saying why.</source>
        <translation>Konto für %1 konnte nicht angelegt werden: Der Auftrag von Dropbox schlug ohne Begründung fehl.</translation>
    </message>
    <message>
        <source>Could not create an account for %1: Dropbox&apos;s job failed (%2).</source>
        <translation>Konto für %1 konnte nicht angelegt werden: Der Auftrag von Dropbox schlug fehl (%2).</translation>
    </message>
    <message>
        <source>unexpected result tag &quot;%1&quot;</source>
        <translation>unerwartetes Ergebnis-Tag „%1“</translation>
    </message>
    <message>
        <source>no result for the member %1</source>
        <translation>kein Ergebnis für das Mitglied %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
    <message>
        <source>Created an account for %1 (%2).</source>
        <translation>Konto für %1 angelegt (%2).</translation>
    </message>
    <message>
        <source>No change: %1 — %2.</source>
        <translation>Keine Änderung: %1 – %2.</translation>
    </message>
    <message>
        <source>Could not create an account for %1: they were removed but can still be restored, and Dropbox refuses to add them again until then [%2].</source>
        <translation>Konto für %1 konnte nicht angelegt werden: Es wurde entfernt, lässt sich aber noch wiederherstellen, und bis dahin nimmt Dropbox es nicht erneut auf [%2].</translation>
    </message>
    <message>
        <source>Could not create an account for %1: %2 [%3].</source>
        <translation>Konto für %1 konnte nicht angelegt werden: %2 [%3].</translation>
    </message>
    <message>
        <source>Removed %1 from the team; their account is now a Basic account.</source>
        <translation>%1 aus dem Team entfernt; das Konto ist jetzt ein Basic-Konto.</translation>
    </message>
    <message>
        <source>Removed %1 from the team; their files were transferred.</source>
        <translation>%1 aus dem Team entfernt; die Dateien wurden übertragen.</translation>
    </message>
    <message>
        <source>Removed %1 from the team.</source>
        <translation>%1 aus dem Team entfernt.</translation>
    </message>
    <message>
        <source>Waiting for Dropbox to remove %1</source>
        <translation>Warte, bis Dropbox %1 entfernt hat</translation>
    </message>
    <message>
        <source>Unknown: Dropbox accepted the removal of %1 and was still working on it after %2 s; sync later to confirm.</source>
        <translation>Unbekannt: Dropbox hat das Entfernen von %1 angenommen und arbeitete nach %2 s noch daran; synchronisieren Sie später zur Bestätigung.</translation>
    </message>
    <message>
        <source>Suspended %1 and asked their devices to wipe Dropbox data.</source>
        <translation>%1 gesperrt und seine Geräte aufgefordert, die Dropbox-Daten zu löschen.</translation>
    </message>
    <message>
        <source>Suspended %1.</source>
        <translation>%1 gesperrt.</translation>
    </message>
    <message>
        <source>Unsuspended %1.</source>
        <translation>%1 entsperrt.</translation>
    </message>
    <message>
        <source>an owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>(The snapshot could not be updated: %1. Sync to refresh it.)</source>
        <translation>(Der Snapshot ließ sich nicht aktualisieren: %1. Synchronisieren Sie, um ihn aufzufrischen.)</translation>
    </message>
    <message>
        <source>Not sent: cancelled before it left for Dropbox.</source>
        <translation>Nicht gesendet: abgebrochen, bevor es an Dropbox ging.</translation>
    </message>
    <message>
        <source>create an account for %1</source>
        <translation>Konto für %1 anlegen</translation>
    </message>
    <message>
        <source>remove %1 from the team</source>
        <translation>%1 aus dem Team entfernen</translation>
    </message>
    <message>
        <source>suspend %1</source>
        <translation>%1 sperren</translation>
    </message>
    <message>
        <source>unsuspend %1</source>
        <translation>%1 entsperren</translation>
    </message>
    <message>
        <source>give %1 the role %2</source>
        <translation>%1 die Rolle %2 geben</translation>
    </message>
    <message>
        <source>take the admin role from %1</source>
        <translation>%1 die Administratorrolle entziehen</translation>
    </message>
    <message>
        <source>add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message>
        <source>make %1 %2 of %3</source>
        <translation>%1 zum %2 von %3 machen</translation>
    </message>
    <message>
        <source>Could not %1: %2 [%3].</source>
        <translation>Fehlgeschlagen: %1 – %2 [%3].</translation>
    </message>
    <message>
        <source>Could not %1: %2.</source>
        <translation>Fehlgeschlagen: %1 – %2.</translation>
    </message>
    <message>
        <source>%1 is now a member only (was %2).</source>
        <translation>%1 ist jetzt nur noch Mitglied (vorher %2).</translation>
    </message>
    <message>
        <source>%1 now holds the role %2.</source>
        <translation>%1 hat jetzt die Rolle %2.</translation>
    </message>
    <message>
        <source>%1 now holds the role %2, replacing %3.</source>
        <translation>%1 hat jetzt die Rolle %2 statt %3.</translation>
    </message>
    <message>
        <source>The reply was lost; reading back from Dropbox whether this was done: %1</source>
        <translation>Die Antwort ging verloren; bei Dropbox wird nachgelesen, ob dies erledigt wurde: %1</translation>
    </message>
    <message>
        <source>%1 (Confirmed by reading it back after the reply was lost: %2.)</source>
        <translation>%1 (Bestätigt durch Nachlesen, nachdem die Antwort verloren ging: %2.)</translation>
    </message>
    <message>
        <source>Cancelled before Dropbox made the change (read back: %1): %2</source>
        <translation>Abgebrochen, bevor Dropbox die Änderung vornahm (nachgelesen: %1): %2</translation>
    </message>
    <message>
        <source>Not done: the reply was lost (%1) and reading it back shows Dropbox did not make the change (%2). Try again.</source>
        <translation>Nicht erledigt: Die Antwort ging verloren (%1), und das Nachlesen zeigt, dass Dropbox die Änderung nicht vorgenommen hat (%2). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Unknown: the reply was lost (%1) and reading it back failed too (%2). Dropbox may or may not have made the change; sync to confirm: %3</source>
        <translation>Unbekannt: Die Antwort ging verloren (%1), und auch das Nachlesen schlug fehl (%2). Dropbox hat die Änderung vielleicht vorgenommen, vielleicht nicht; synchronisieren Sie zur Bestätigung: %3</translation>
    </message>
    <message>
        <source>Created the group &quot;%1&quot;.</source>
        <translation>Gruppe „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Renamed %1 to &quot;%2&quot;.</source>
        <translation>%1 in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Changed %1.</source>
        <translation>%1 geändert.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Recovered %1: they are back on the team.</source>
        <translation>%1 wiederhergestellt: wieder im Team.</translation>
    </message>
    <message>
        <source>Sent the welcome email to %1 again.</source>
        <translation>Willkommens-E-Mail erneut an %1 gesendet.</translation>
    </message>
    <message>
        <source>Changed the profile of %1.</source>
        <translation>Profil von %1 geändert.</translation>
    </message>
    <message>
        <source>create the group &quot;%1&quot;</source>
        <translation>Gruppe „%1“ anlegen</translation>
    </message>
    <message>
        <source>rename %1 to &quot;%2&quot;</source>
        <translation>%1 in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>recover %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>send the welcome email to %1 again</source>
        <translation>Willkommens-E-Mail erneut an %1 senden</translation>
    </message>
    <message>
        <source>change the profile of %1</source>
        <translation>Profil von %1 ändern</translation>
    </message>
</context>
<context>
    <name>dbx::PushService</name>
    <message>
        <source>The ConductorOne service is not set up.</source>
        <translation>Der ConductorOne-Dienst ist nicht eingerichtet.</translation>
    </message>
    <message>
        <source>The c1z file could not be written.</source>
        <translation>Die c1z-Datei ließ sich nicht schreiben.</translation>
    </message>
</context>
<context>
    <name>dbx::RefreshTokenSource</name>
    <message>
        <source>no refresh token is stored</source>
        <translation>kein Refresh-Token gespeichert</translation>
    </message>
    <message>
        <source>no app key is configured</source>
        <translation>kein App-Schlüssel eingerichtet</translation>
    </message>
    <message>
        <source>no network access</source>
        <translation>kein Netzwerkzugang</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort binnen %1 ms</translation>
    </message>
    <message>
        <source>access_token is missing</source>
        <translation>access_token fehlt</translation>
    </message>
    <message>
        <source>the reply is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>dbx::ReviewScope</name>
    <message>
        <source>inactive:N takes a positive number of days.</source>
        <translation>inactive:N erwartet eine positive Anzahl von Tagen.</translation>
    </message>
    <message>
        <source>The scope &apos;%1&apos; is not one of group:GROUP, role:ROLE, admins, inactive:DAYS or finding:FINDING_ID.</source>
        <translation>Der Umfang „%1“ ist keiner von group:GROUP, role:ROLE, admins, inactive:DAYS oder finding:FINDING_ID.</translation>
    </message>
</context>
<context>
    <name>dbx::ReviewStore</name>
    <message>
        <source>a review row has an unknown decision or revoke action</source>
        <translation>eine Zeile einer Zugriffsprüfung hat eine unbekannte Entscheidung oder Entzugsaktion</translation>
    </message>
    <message>
        <source>There is no access review %1.</source>
        <translation>Es gibt keine Zugriffsprüfung %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a decision: keep, revoke or undecided.</source>
        <translation>„%1“ ist keine Entscheidung: keep, revoke oder undecided.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a revoke action: remove-from-group, clear-role, suspend or remove-account.</source>
        <translation>„%1“ ist keine Entzugsaktion: remove-from-group, clear-role, suspend oder remove-account.</translation>
    </message>
    <message>
        <source>Access review %1 is closed: its decisions are final.</source>
        <translation>Die Zugriffsprüfung %1 ist abgeschlossen: Ihre Entscheidungen sind endgültig.</translation>
    </message>
    <message>
        <source>Access review %1 has no row %2.</source>
        <translation>Die Zugriffsprüfung %1 hat keine Zeile %2.</translation>
    </message>
</context>
<context>
    <name>dbx::SecretStore</name>
    <message>
        <source>memory only (this session)</source>
        <translation>nur im Speicher (diese Sitzung)</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>dbx::SignInReader</name>
    <message>
        <source>Sign-in activity needs the Dropbox permission events.read. Enable &quot;events.read&quot; on the app&apos;s Permissions tab in the Dropbox App Console, then authorize the connection again.</source>
        <translation>Die Anmeldeaktivität braucht die Dropbox-Berechtigung events.read. Aktivieren Sie „events.read“ im Reiter „Permissions“ der App in der Dropbox App Console und autorisieren Sie die Verbindung dann erneut.</translation>
    </message>
    <message>
        <source>The team is not synced yet, so its sign-ins cannot be read; sync first.</source>
        <translation>Das Team ist noch nicht synchronisiert, daher lassen sich seine Anmeldungen nicht lesen; synchronisieren Sie zuerst.</translation>
    </message>
    <message>
        <source>the log kept saying it has more after %1 pages</source>
        <translation>das Protokoll meldete nach %1 Seiten immer noch weitere</translation>
    </message>
</context>
<context>
    <name>dbx::SnapshotStore</name>
    <message>
        <source>audit row %1 is not an open attempt</source>
        <translation>Prüfprotokoll-Zeile %1 ist kein offener Versuch</translation>
    </message>
    <message>
        <source>the account has no team member id</source>
        <translation>das Konto hat keine Teammitglied-ID</translation>
    </message>
    <message>
        <source>the membership has no group id or no team member id</source>
        <translation>die Mitgliedschaft hat keine Gruppen-ID oder keine Teammitglied-ID</translation>
    </message>
    <message>
        <source>no database file was given</source>
        <translation>keine Datenbankdatei angegeben</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not available</source>
        <translation>der Qt-SQLite-Treiber (QSQLITE) ist nicht verfügbar</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>the team has no id: sync it once before reading its sign-ins</source>
        <translation>das Team hat keine ID: Synchronisieren Sie es einmal, bevor seine Anmeldungen gelesen werden</translation>
    </message>
    <message>
        <source>the group has no group id</source>
        <translation>die Gruppe hat keine Gruppen-ID</translation>
    </message>
    <message>
        <source>the accounts of sync run %1 are already saved</source>
        <translation>die Konten des Synchronisierungslaufs %1 sind bereits gespeichert</translation>
    </message>
</context>
<context>
    <name>dbx::SnapshotStore::Private</name>
    <message>
        <source>the file is an SQLite database of another kind, not a snapshot database</source>
        <translation>die Datei ist eine SQLite-Datenbank anderer Art, keine Snapshot-Datenbank</translation>
    </message>
    <message>
        <source>the file is not a snapshot database (it has no schema version)</source>
        <translation>die Datei ist keine Snapshot-Datenbank (sie hat keine Schemaversion)</translation>
    </message>
    <message>
        <source>the file was written by a newer version of this application (schema version %1; this version reads up to %2). Update the application, or use another file.</source>
        <translation>die Datei wurde von einer neueren Version dieser Anwendung geschrieben (Schemaversion %1; diese Version liest bis %2). Aktualisieren Sie die Anwendung oder verwenden Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 is not a snapshot database (it is not an SQLite file)</source>
        <translation>%1 ist keine Snapshot-Datenbank (keine SQLite-Datei)</translation>
    </message>
    <message>
        <source>The sync was stopped before it finished.</source>
        <translation>Die Synchronisierung wurde angehalten, bevor sie fertig war.</translation>
    </message>
    <message>
        <source>there is no sync run %1</source>
        <translation>es gibt keinen Synchronisierungslauf %1</translation>
    </message>
    <message>
        <source>sync run %1 is not complete (it is %2)</source>
        <translation>Synchronisierungslauf %1 ist nicht vollständig (er ist %2)</translation>
    </message>
    <message>
        <source>The application stopped before this sync finished.</source>
        <translation>Die Anwendung wurde beendet, bevor diese Synchronisierung fertig war.</translation>
    </message>
    <message>
        <source>sync run %1 cannot be saved: it is already %2</source>
        <translation>Synchronisierungslauf %1 kann nicht gespeichert werden: er ist bereits %2</translation>
    </message>
</context>
<context>
    <name>dbx::StaticTokenSource</name>
    <message>
        <source>no access token is configured</source>
        <translation>kein Access-Token eingerichtet</translation>
    </message>
    <message>
        <source>the access token expired and cannot be refreshed</source>
        <translation>das Access-Token ist abgelaufen und lässt sich nicht erneuern</translation>
    </message>
</context>
<context>
    <name>dbx::SyncEngine</name>
    <message>
        <source>Could not start a sync run in the snapshot database: %1</source>
        <translation>In der Snapshot-Datenbank ließ sich kein Synchronisierungslauf beginnen: %1</translation>
    </message>
    <message>
        <source>Reading members, roles and groups</source>
        <translation>Mitglieder, Rollen und Gruppen werden gelesen</translation>
    </message>
    <message>
        <source>Dropbox answered has_more with a cursor it had already given (or none), so the listing would never end; the sync stopped after %1 pages.</source>
        <translation>Dropbox antwortete mit has_more und einem Cursor, den es schon geliefert hatte (oder keinem), sodass die Auflistung nie enden würde; die Synchronisierung hielt nach %1 Seiten an.</translation>
    </message>
    <message>
        <source>Saving snapshot</source>
        <translation>Snapshot wird gespeichert</translation>
    </message>
    <message>
        <source>The snapshot could not be saved: %1</source>
        <translation>Der Snapshot ließ sich nicht speichern: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Synchronisierung abgebrochen.</translation>
    </message>
    <message>
        <source>Reading sign-in activity</source>
        <translation>Anmeldeaktivität wird gelesen</translation>
    </message>
    <message>
        <source>Last sign-ins were not read: %1</source>
        <translation>Letzte Anmeldungen wurden nicht gelesen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Last sign-ins: %n new sign-in event(s) since the previous read.</source>
        <translation>
            <numerusform>Letzte Anmeldungen: %n neues Anmeldeereignis seit dem vorigen Lesen.</numerusform>
            <numerusform>Letzte Anmeldungen: %n neue Anmeldeereignisse seit dem vorigen Lesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sign-ins: %1 sign-in events of the last %2 days read (%3 members).</source>
        <translation>Letzte Anmeldungen: %1 Anmeldeereignisse der letzten %2 Tage gelesen (%3 Mitglieder).</translation>
    </message>
</context>
<context>
    <name>dbx::SyncOutcome</name>
    <message>
        <source>Sync cancelled; the previous snapshot is unchanged.</source>
        <translation>Synchronisierung abgebrochen; der vorige Snapshot ist unverändert.</translation>
    </message>
    <message>
        <source>Sync failed: %1 The previous snapshot is unchanged.</source>
        <translation>Synchronisierung fehlgeschlagen: %1 Der vorige Snapshot ist unverändert.</translation>
    </message>
    <message>
        <source>Synced %1 accounts, %2 roles, %3 groups and %4 group memberships in %5 s (%6 requests, %7 retries).</source>
        <translation>%1 Konten, %2 Rollen, %3 Gruppen und %4 Gruppenmitgliedschaften in %5 s synchronisiert (%6 Anfragen, %7 Wiederholungen).</translation>
    </message>
</context>
<context>
    <name>dbx::TeamState</name>
    <message>
        <source>There is no snapshot of the team yet; run a sync first.</source>
        <translation>Es gibt noch keinen Snapshot des Teams; führen Sie zuerst eine Synchronisierung aus.</translation>
    </message>
    <message>
        <source>%1 is not a valid email address.</source>
        <translation>%1 ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Given name and surname must be at most 50 characters, without / : ? * &lt; &gt; &quot; |.</source>
        <translation>Vorname und Nachname dürfen höchstens 50 Zeichen lang sein, ohne / : ? * &lt; &gt; &quot; |.</translation>
    </message>
    <message>
        <source>The external id is longer than Dropbox&apos;s 64 characters.</source>
        <translation>Die externe ID ist länger als die 64 Zeichen von Dropbox.</translation>
    </message>
    <message>
        <source>Several roles are named %1; name the role by its id.</source>
        <translation>Mehrere Rollen heißen %1; nennen Sie die Rolle mit ihrer ID.</translation>
    </message>
    <message>
        <source>There is no role %1 on this team.</source>
        <translation>In diesem Team gibt es keine Rolle %1.</translation>
    </message>
    <message>
        <source>%1 is already on the team (%2).</source>
        <translation>%1 ist bereits im Team (%2).</translation>
    </message>
    <message>
        <source>%1 was removed but can still be restored; Dropbox refuses to add them again until then. Restore them in the admin console instead.</source>
        <translation>%1 wurde entfernt, lässt sich aber noch wiederherstellen; bis dahin nimmt Dropbox es nicht erneut auf. Stellen Sie es stattdessen in der Admin-Konsole wieder her.</translation>
    </message>
    <message>
        <source>The external id %1 already belongs to %2.</source>
        <translation>Die externe ID %1 gehört bereits zu %2.</translation>
    </message>
    <message>
        <source>No member is named.</source>
        <translation>Kein Mitglied genannt.</translation>
    </message>
    <message>
        <source>There is no member %1 in the newest snapshot (sync first if they joined since).</source>
        <translation>Im neuesten Snapshot gibt es kein Mitglied %1 (synchronisieren Sie zuerst, falls es seitdem beigetreten ist).</translation>
    </message>
    <message>
        <source>%1 was removed from the team.</source>
        <translation>%1 wurde aus dem Team entfernt.</translation>
    </message>
    <message>
        <source>No group is named.</source>
        <translation>Keine Gruppe genannt.</translation>
    </message>
    <message>
        <source>Several groups are named %1; name the group by its id.</source>
        <translation>Mehrere Gruppen heißen %1; nennen Sie die Gruppe mit ihrer ID.</translation>
    </message>
    <message>
        <source>There is no group %1 on this team.</source>
        <translation>In diesem Team gibt es keine Gruppe %1.</translation>
    </message>
    <message>
        <source>Cannot change %1: %2.</source>
        <translation>%1 lässt sich nicht ändern: %2.</translation>
    </message>
    <message>
        <source>%1 is already removed from the team.</source>
        <translation>%1 ist bereits aus dem Team entfernt.</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2.</source>
        <translation>%1 lässt sich nicht entfernen: %2.</translation>
    </message>
    <message>
        <source>%1 is already suspended.</source>
        <translation>%1 ist bereits gesperrt.</translation>
    </message>
    <message>
        <source>Cannot suspend %1: they are invited and have not joined yet; remove them instead.</source>
        <translation>%1 lässt sich nicht sperren: Es ist eingeladen und noch nicht beigetreten; entfernen Sie es stattdessen.</translation>
    </message>
    <message>
        <source>%1 is not suspended (%2).</source>
        <translation>%1 ist nicht gesperrt (%2).</translation>
    </message>
    <message>
        <source>No role is named (use clear-role to make a member only).</source>
        <translation>Keine Rolle genannt (mit clear-role wird ein Mitglied zum reinen Mitglied).</translation>
    </message>
    <message>
        <source>%1 already holds the role %2.</source>
        <translation>%1 hat bereits die Rolle %2.</translation>
    </message>
    <message>
        <source>%1 holds no admin role.</source>
        <translation>%1 hat keine Administratorrolle.</translation>
    </message>
    <message>
        <source>%1 is already %2 of %3.</source>
        <translation>%1 ist bereits %2 von %3.</translation>
    </message>
    <message>
        <source>an owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>%1 is already in %2 as %3; use set-access-type to change that.</source>
        <translation>%1 ist bereits als %3 in %2; ändern Sie das mit set-access-type.</translation>
    </message>
    <message>
        <source>Cannot add %1: %2.</source>
        <translation>%1 lässt sich nicht hinzufügen: %2.</translation>
    </message>
    <message>
        <source>Cannot add %1 as owner: %2.</source>
        <translation>%1 lässt sich nicht als Besitzer hinzufügen: %2.</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1 ist nicht in %2.</translation>
    </message>
    <message>
        <source>%1 is not in %2; use add-to-group.</source>
        <translation>%1 ist nicht in %2; verwenden Sie add-to-group.</translation>
    </message>
    <message>
        <source>Cannot make %1 an owner: %2.</source>
        <translation>%1 lässt sich nicht zum Besitzer machen: %2.</translation>
    </message>
    <message>
        <source>Cannot change %1: it is managed by Dropbox itself (such as &quot;Everyone at ...&quot;), so it cannot be renamed, edited or deleted.</source>
        <translation>%1 lässt sich nicht ändern: Die Gruppe wird von Dropbox selbst verwaltet (etwa „Everyone at ...“) und lässt sich daher weder umbenennen noch bearbeiten noch löschen.</translation>
    </message>
    <message>
        <source>Groups managed by Dropbox itself cannot be made or changed by hand; choose company or user management.</source>
        <translation>Von Dropbox selbst verwaltete Gruppen lassen sich nicht von Hand anlegen oder ändern; wählen Sie Verwaltung durch das Unternehmen (company) oder durch Benutzer (user).</translation>
    </message>
    <message>
        <source>The new group has no name.</source>
        <translation>Die neue Gruppe hat keinen Namen.</translation>
    </message>
    <message>
        <source>The group %1 already exists.</source>
        <translation>Die Gruppe %1 gibt es bereits.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>%1 lässt sich nicht anlegen: %2.</translation>
    </message>
    <message>
        <source>Cannot create %1: the external id %2 already belongs to the group %3.</source>
        <translation>%1 lässt sich nicht anlegen: Die externe ID %2 gehört bereits zur Gruppe %3.</translation>
    </message>
    <message>
        <source>No new name is given for %1.</source>
        <translation>Für %1 ist kein neuer Name angegeben.</translation>
    </message>
    <message>
        <source>The group is already called %1.</source>
        <translation>Die Gruppe heißt bereits %1.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: the group %3 has that name already.</source>
        <translation>%1 lässt sich nicht in %2 umbenennen: Die Gruppe %3 trägt diesen Namen bereits.</translation>
    </message>
    <message>
        <source>Nothing to change for %1: give an external id or a management type.</source>
        <translation>Für %1 gibt es nichts zu ändern: Geben Sie eine externe ID oder eine Verwaltungsart an.</translation>
    </message>
    <message>
        <source>The group %1 is already like that.</source>
        <translation>Die Gruppe %1 ist bereits so.</translation>
    </message>
    <message>
        <source>Cannot give %1 the external id %2: the group %3 has it already.</source>
        <translation>%1 kann die externe ID %2 nicht erhalten: Die Gruppe %3 hat sie bereits.</translation>
    </message>
    <message>
        <source>%1 is on the team (%2), so there is nothing to recover.</source>
        <translation>%1 ist im Team (%2), es gibt also nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>Cannot recover %1: %2.</source>
        <translation>%1 lässt sich nicht wiederherstellen: %2.</translation>
    </message>
    <message>
        <source>Cannot send %1 an invite: they were removed from the team.</source>
        <translation>%1 kann keine Einladung erhalten: wurde aus dem Team entfernt.</translation>
    </message>
    <message>
        <source>%1 has already joined the team; the welcome email only goes to invited members.</source>
        <translation>%1 ist dem Team bereits beigetreten; die Willkommens-E-Mail geht nur an eingeladene Mitglieder.</translation>
    </message>
    <message>
        <source>Nothing to change for %1: give a given name, surname, email or external id.</source>
        <translation>Für %1 gibt es nichts zu ändern: Geben Sie Vorname, Nachname, E-Mail-Adresse oder externe ID an.</translation>
    </message>
    <message>
        <source>Cannot give %1 the email %2: it belongs to %3.</source>
        <translation>%1 kann die E-Mail-Adresse %2 nicht erhalten: Sie gehört %3.</translation>
    </message>
    <message>
        <source>Cannot give %1 the external id %2: it belongs to %3.</source>
        <translation>%1 kann die externe ID %2 nicht erhalten: Sie gehört %3.</translation>
    </message>
    <message>
        <source>%1&apos;s profile already reads so.</source>
        <translation>Das Profil von %1 lautet bereits so.</translation>
    </message>
</context>
<context>
    <name>dbx::TokenEndpoint</name>
    <message numerus="yes">
        <source>Dropbox&apos;s token endpoint did not answer within %n second(s). Check the network and try again.</source>
        <translation>
            <numerusform>Der Token-Endpunkt von Dropbox hat nicht binnen %n Sekunde geantwortet. Prüfen Sie das Netzwerk und versuchen Sie es erneut.</numerusform>
            <numerusform>Der Token-Endpunkt von Dropbox hat nicht binnen %n Sekunden geantwortet. Prüfen Sie das Netzwerk und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste the code that Dropbox shows after you press Allow.</source>
        <translation>Fügen Sie den Code ein, den Dropbox zeigt, nachdem Sie „Allow“ gedrückt haben.</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>kein %1</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>kein JSON</translation>
    </message>
    <message>
        <source>no refresh_token: was token_access_type=offline lost?</source>
        <translation>kein refresh_token: Ging token_access_type=offline verloren?</translation>
    </message>
</context>
<context>
    <name>dbx::c1</name>
    <message>
        <source>The c1z database could not be opened: %1</source>
        <translation>Die c1z-Datenbank ließ sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>The c1z file is not a SQLite database: %1</source>
        <translation>Die c1z-Datei ist keine SQLite-Datenbank: %1</translation>
    </message>
    <message>
        <source>The c1z file has no %1 table: it is not a baton sync file.</source>
        <translation>Die c1z-Datei hat keine Tabelle %1: Sie ist keine Baton-Synchronisierungsdatei.</translation>
    </message>
    <message>
        <source>The c1z file could not be read: %1</source>
        <translation>Die c1z-Datei ließ sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>The c1z file holds no sync run.</source>
        <translation>Die c1z-Datei enthält keinen Synchronisierungslauf.</translation>
    </message>
    <message>
        <source>The c1z file holds a row it cannot decode (%1, %2).</source>
        <translation>Die c1z-Datei enthält eine Zeile, die sich nicht dekodieren lässt (%1, %2).</translation>
    </message>
    <message>
        <source>No temporary folder to unpack the c1z: %1</source>
        <translation>Kein temporärer Ordner zum Entpacken der c1z: %1</translation>
    </message>
    <message>
        <source>The c1z database could not be written: %1</source>
        <translation>Die c1z-Datenbank ließ sich nicht schreiben: %1</translation>
    </message>
    <message>
        <source>The c1z database could not be created: %1</source>
        <translation>Die c1z-Datenbank ließ sich nicht anlegen: %1</translation>
    </message>
    <message>
        <source>No temporary folder for the c1z database: %1</source>
        <translation>Kein temporärer Ordner für die c1z-Datenbank: %1</translation>
    </message>
    <message>
        <source>The c1z database was not closed cleanly (%1 left behind).</source>
        <translation>Die c1z-Datenbank wurde nicht sauber geschlossen (%1 blieb zurück).</translation>
    </message>
    <message>
        <source>The ConductorOne client secret is not valid. It starts with &quot;secret-token:conductorone.com:v1:&quot; followed by the key ConductorOne showed once, when the credential was created; copy it again, whole, or create a new credential.</source>
        <translation>Das ConductorOne-Client-Geheimnis ist ungültig. Es beginnt mit „secret-token:conductorone.com:v1:“, gefolgt von dem Schlüssel, den ConductorOne beim Anlegen der Zugangsdaten einmal gezeigt hat; kopieren Sie ihn erneut vollständig oder legen Sie neue Zugangsdaten an.</translation>
    </message>
    <message>
        <source>Asking ConductorOne to sync needs both the app id and the connector id.</source>
        <translation>Um ConductorOne um eine Synchronisierung zu bitten, sind App-ID und Connector-ID nötig.</translation>
    </message>
    <message>
        <source>ConductorOne could not be reached at %1 to ask for a sync: %2</source>
        <translation>ConductorOne war unter %1 nicht erreichbar, um eine Synchronisierung anzufordern: %2</translation>
    </message>
    <message>
        <source>ConductorOne has no connector %1 in app %2 (%3); check both ids in the settings.</source>
        <translation>ConductorOne hat keinen Connector %1 in der App %2 (%3); prüfen Sie beide IDs in den Einstellungen.</translation>
    </message>
    <message>
        <source>ConductorOne refused the request to sync (%1); the credential may lack the Connector Administrator role.</source>
        <translation>ConductorOne hat die Anfrage zur Synchronisierung abgelehnt (%1); den Zugangsdaten fehlt vielleicht die Rolle „Connector Administrator“.</translation>
    </message>
    <message>
        <source>ConductorOne did not start a sync (%1).</source>
        <translation>ConductorOne hat keine Synchronisierung gestartet (%1).</translation>
    </message>
</context>
<context>
    <name>dbx::c1::AccessTokenSource</name>
    <message>
        <source>The ConductorOne token address is not a valid URL.</source>
        <translation>Die Token-Adresse von ConductorOne ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The ConductorOne token address must use https (plain http is only accepted on this computer&apos;s loopback address, for tests).</source>
        <translation>Die Token-Adresse von ConductorOne muss https verwenden (einfaches http wird nur auf der Loopback-Adresse dieses Computers angenommen, für Tests).</translation>
    </message>
    <message>
        <source>Stopped before a ConductorOne token was fetched.</source>
        <translation>Angehalten, bevor ein ConductorOne-Token abgerufen wurde.</translation>
    </message>
    <message>
        <source>Stopped while fetching a ConductorOne token.</source>
        <translation>Beim Abrufen eines ConductorOne-Tokens angehalten.</translation>
    </message>
    <message>
        <source>ConductorOne could not be reached at %1 to get an access token: %2</source>
        <translation>ConductorOne war unter %1 nicht erreichbar, um ein Access-Token zu erhalten: %2</translation>
    </message>
    <message>
        <source>ConductorOne refused the client credentials (%1). The client secret may be wrong, or the credential was deleted or revoked in ConductorOne; create a new one for this connector and enter it again.</source>
        <translation>ConductorOne hat die Client-Zugangsdaten abgelehnt (%1). Das Client-Geheimnis ist vielleicht falsch, oder die Zugangsdaten wurden in ConductorOne gelöscht oder widerrufen; legen Sie neue für diesen Connector an und geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>ConductorOne&apos;s token endpoint failed (%1); trying again later.</source>
        <translation>Der Token-Endpunkt von ConductorOne ist fehlgeschlagen (%1); später neuer Versuch.</translation>
    </message>
    <message>
        <source>ConductorOne&apos;s token endpoint answered without an access token.</source>
        <translation>Der Token-Endpunkt von ConductorOne antwortete ohne Access-Token.</translation>
    </message>
</context>
<context>
    <name>dbx::c1::BatonClient</name>
    <message>
        <source>The connection to ConductorOne is being closed.</source>
        <translation>Die Verbindung zu ConductorOne wird geschlossen.</translation>
    </message>
    <message>
        <source>The sync file %1 could not be read: %2</source>
        <translation>Die Synchronisierungsdatei %1 ließ sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>The sync file changed while it was sent.</source>
        <translation>Die Synchronisierungsdatei hat sich beim Senden geändert.</translation>
    </message>
</context>
<context>
    <name>dbx::c1::BatonEndpoint</name>
    <message>
        <source>The ConductorOne address &quot;%1&quot; is not host or host:port.</source>
        <translation>Die ConductorOne-Adresse „%1“ hat nicht die Form host oder host:port.</translation>
    </message>
    <message>
        <source>An unencrypted connection to ConductorOne is only allowed to this computer&apos;s loopback address (for tests), not to %1.</source>
        <translation>Eine unverschlüsselte Verbindung zu ConductorOne ist nur zur Loopback-Adresse dieses Computers erlaubt (für Tests), nicht zu %1.</translation>
    </message>
</context>
<context>
    <name>dbx::c1::C1Service</name>
    <message>
        <source>This connector has no action called &quot;%1&quot;.</source>
        <translation>Dieser Connector hat keine Aktion namens „%1“.</translation>
    </message>
    <message>
        <source>The %1 action needs a user_id (a team member id).</source>
        <translation>Die Aktion %1 braucht eine user_id (eine Teammitglied-ID).</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <source>No action with id %1 ran here.</source>
        <translation>Hier lief keine Aktion mit der ID %1.</translation>
    </message>
    <message>
        <source>ConductorOne could not be told the task was still running (%1 heartbeats failed).</source>
        <translation>ConductorOne konnte nicht mitgeteilt werden, dass die Aufgabe noch läuft (%1 Heartbeats fehlgeschlagen).</translation>
    </message>
    <message>
        <source>ConductorOne cancelled the task.</source>
        <translation>ConductorOne hat die Aufgabe abgebrochen.</translation>
    </message>
    <message>
        <source>The grant task names no entitlement or no principal.</source>
        <translation>Die Zuweisungsaufgabe nennt keine Berechtigung oder keinen Prinzipal.</translation>
    </message>
    <message>
        <source>Only users can be granted Dropbox groups and roles (not %1).</source>
        <translation>Dropbox-Gruppen und -Rollen lassen sich nur Benutzern zuweisen (nicht %1).</translation>
    </message>
    <message>
        <source>Already granted.</source>
        <translation>Bereits zugewiesen.</translation>
    </message>
    <message>
        <source>The revoke task names no grant.</source>
        <translation>Die Entzugsaufgabe nennt keine Zuweisung.</translation>
    </message>
    <message>
        <source>Already revoked.</source>
        <translation>Bereits entzogen.</translation>
    </message>
    <message>
        <source>The new account has no email address; Dropbox needs one.</source>
        <translation>Das neue Konto hat keine E-Mail-Adresse; Dropbox braucht eine.</translation>
    </message>
    <message>
        <source>Create an account for %1</source>
        <translation>Konto anlegen für %1</translation>
    </message>
    <message>
        <source>The account already existed.</source>
        <translation>Das Konto gab es bereits.</translation>
    </message>
    <message>
        <source>Dropbox is still adding the account.</source>
        <translation>Dropbox fügt das Konto noch hinzu.</translation>
    </message>
    <message>
        <source>The delete task names no resource.</source>
        <translation>Die Löschaufgabe nennt keine Ressource.</translation>
    </message>
    <message>
        <source>It was already gone.</source>
        <translation>Es war bereits entfernt.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinde</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbeitet</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Verbinde erneut</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>The ConductorOne connection is already running.</source>
        <translation>Die ConductorOne-Verbindung läuft bereits.</translation>
    </message>
    <message>
        <source>Nothing is set up to carry out ConductorOne&apos;s tasks.</source>
        <translation>Nichts ist eingerichtet, um die Aufgaben von ConductorOne auszuführen.</translation>
    </message>
    <message>
        <source>The ConductorOne client ID and secret are missing.</source>
        <translation>Client-ID und Client-Geheimnis von ConductorOne fehlen.</translation>
    </message>
    <message>
        <source>The connector is stopping.</source>
        <translation>Der Connector wird angehalten.</translation>
    </message>
    <message>
        <source>ConductorOne did not answer (%1); trying again in %2 s.</source>
        <translation>ConductorOne hat nicht geantwortet (%1); neuer Versuch in %2 s.</translation>
    </message>
    <message>
        <source>ConductorOne refused this connector (%1). Check the client ID and secret, and that the connector still exists in ConductorOne.</source>
        <translation>ConductorOne hat diesen Connector abgelehnt (%1). Prüfen Sie Client-ID und Client-Geheimnis und ob der Connector in ConductorOne noch existiert.</translation>
    </message>
    <message>
        <source>ConductorOne could not be reached (%1); trying again in %2 s.</source>
        <translation>ConductorOne war nicht erreichbar (%1); neuer Versuch in %2 s.</translation>
    </message>
    <message>
        <source>Say hello</source>
        <translation>Hallo sagen</translation>
    </message>
    <message>
        <source>Full sync</source>
        <translation>Vollständige Synchronisierung</translation>
    </message>
    <message>
        <source>Grant %1 to %2</source>
        <translation>%1 an %2 zuweisen</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>%1 entziehen</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Aktion %1</translation>
    </message>
    <message>
        <source>Describe actions</source>
        <translation>Aktionen beschreiben</translation>
    </message>
    <message>
        <source>Action status</source>
        <translation>Aktionsstatus</translation>
    </message>
    <message>
        <source>This connector does not handle %1 tasks.</source>
        <translation>Dieser Connector bearbeitet keine %1-Aufgaben.</translation>
    </message>
    <message>
        <source>Done, but ConductorOne could not be told (%1).</source>
        <translation>Erledigt, aber ConductorOne konnte es nicht mitgeteilt werden (%1).</translation>
    </message>
    <message>
        <source>(ConductorOne could not be told: %1)</source>
        <translation>(ConductorOne konnte es nicht mitgeteilt werden: %1)</translation>
    </message>
    <message>
        <source>Provisioning is turned off for this connector, so the %1 task was not carried out. Turn provisioning on (BATON_PROVISIONING=true, or the setting in the application) to let ConductorOne make changes in Dropbox.</source>
        <translation>Die Bereitstellung ist für diesen Connector ausgeschaltet, daher wurde die Aufgabe %1 nicht ausgeführt. Schalten Sie die Bereitstellung ein (BATON_PROVISIONING=true oder die Einstellung in der Anwendung), damit ConductorOne Änderungen in Dropbox vornehmen kann.</translation>
    </message>
    <message>
        <source>ConductorOne cancelled the task before it started.</source>
        <translation>ConductorOne hat die Aufgabe abgebrochen, bevor sie begann.</translation>
    </message>
    <message>
        <source>ConductorOne could not be told the task started (%1).</source>
        <translation>ConductorOne konnte nicht mitgeteilt werden, dass die Aufgabe begonnen hat (%1).</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>The sync produced no file to upload.</source>
        <translation>Die Synchronisierung hat keine Datei zum Hochladen erzeugt.</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Lädt hoch</translation>
    </message>
    <message>
        <source>The sync could not be uploaded to ConductorOne (%1).</source>
        <translation>Die Synchronisierung ließ sich nicht zu ConductorOne hochladen (%1).</translation>
    </message>
    <message>
        <source>Uploaded %1 bytes.</source>
        <translation>%1 Bytes hochgeladen.</translation>
    </message>
</context>
<context>
    <name>dbx::c1::Credentials</name>
    <message>
        <source>The ConductorOne client ID is not valid. It looks like name@tenant.conductor.one/suffix; copy it again from ConductorOne, where the connector&apos;s credential was created.</source>
        <translation>Die ConductorOne-Client-ID ist ungültig. Sie sieht aus wie name@tenant.conductor.one/suffix; kopieren Sie sie erneut aus ConductorOne, wo die Zugangsdaten des Connectors angelegt wurden.</translation>
    </message>
    <message>
        <source>The ConductorOne client secret holds a key of another kind than Ed25519; create a new credential in ConductorOne.</source>
        <translation>Das ConductorOne-Client-Geheimnis enthält einen Schlüssel anderer Art als Ed25519; legen Sie in ConductorOne neue Zugangsdaten an.</translation>
    </message>
    <message>
        <source>The ConductorOne client secret holds only a public key; the secret shown when the credential was created is needed.</source>
        <translation>Das ConductorOne-Client-Geheimnis enthält nur einen öffentlichen Schlüssel; nötig ist das Geheimnis, das beim Anlegen der Zugangsdaten gezeigt wurde.</translation>
    </message>
    <message>
        <source>The ConductorOne assertion could not be signed (OpenSSL refused the Ed25519 key).</source>
        <translation>Die ConductorOne-Assertion ließ sich nicht signieren (OpenSSL hat den Ed25519-Schlüssel abgelehnt).</translation>
    </message>
</context>
<context>
    <name>dbx::c1::T</name>
    <message>
        <source>The c1z file could not be read: %1</source>
        <translation>Die c1z-Datei ließ sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>The c1z file holds a row it cannot decode (%1, %2).</source>
        <translation>Die c1z-Datei enthält eine Zeile, die sich nicht dekodieren lässt (%1, %2).</translation>
    </message>
</context>
<context>
    <name>dbx::c1::c1z</name>
    <message>
        <source>The c1z database could not be read: %1</source>
        <translation>Die c1z-Datenbank ließ sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 ließ sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>The zstd compressor could not be created.</source>
        <translation>Der zstd-Kompressor ließ sich nicht erzeugen.</translation>
    </message>
    <message>
        <source>Compressing the c1z failed: %1</source>
        <translation>Das Komprimieren der c1z ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 ließ sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>%1 is a c1z of format v3 (Pebble), which this application does not read; baton writes format v1 with --storage-engine sqlite.</source>
        <translation>%1 ist eine c1z im Format v3 (Pebble), das diese Anwendung nicht liest; baton schreibt mit --storage-engine sqlite das Format v1.</translation>
    </message>
    <message>
        <source>%1 is not a c1z file (it does not start with C1ZF).</source>
        <translation>%1 ist keine c1z-Datei (sie beginnt nicht mit C1ZF).</translation>
    </message>
    <message>
        <source>The c1z database could not be unpacked: %1</source>
        <translation>Die c1z-Datenbank ließ sich nicht entpacken: %1</translation>
    </message>
    <message>
        <source>The zstd decompressor could not be created.</source>
        <translation>Der zstd-Dekompressor ließ sich nicht erzeugen.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 ließ sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 bytes, the limit.</source>
        <translation>%1 wird entpackt größer als %2 Bytes, die Grenze.</translation>
    </message>
    <message>
        <source>%1 is truncated: its compressed database ends early.</source>
        <translation>%1 ist abgeschnitten: Die komprimierte Datenbank endet vorzeitig.</translation>
    </message>
</context>
<context>
    <name>dbx::cli</name>
    <message>
        <source>--wipe-data takes true or false.</source>
        <translation>--wipe-data erwartet true oder false.</translation>
    </message>
    <message>
        <source>Add a member to the team (needs --provisioning).</source>
        <translation>Ein Mitglied in das Team aufnehmen (braucht --provisioning).</translation>
    </message>
    <message>
        <source>Add a new member to the team (invites them).</source>
        <translation>Ein neues Mitglied in das Team aufnehmen (lädt es ein).</translation>
    </message>
    <message>
        <source>The new member&apos;s email address.</source>
        <translation>Die E-Mail-Adresse des neuen Mitglieds.</translation>
    </message>
    <message>
        <source>Given name.</source>
        <translation>Vorname.</translation>
    </message>
    <message>
        <source>Surname.</source>
        <translation>Nachname.</translation>
    </message>
    <message>
        <source>External id (at most 64 characters).</source>
        <translation>Externe ID (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>Do not send the welcome email (e.g. with SSO).</source>
        <translation>Keine Willkommens-E-Mail senden (z. B. mit SSO).</translation>
    </message>
    <message>
        <source>Admin role to give (id or exact name).</source>
        <translation>Zu vergebende Administratorrolle (ID oder genauer Name).</translation>
    </message>
    <message>
        <source>Remove members: wipe, keep as Basic, or transfer their files.</source>
        <translation>Mitglieder entfernen: Dateien wischen, als Basic-Konto behalten oder übertragen.</translation>
    </message>
    <message>
        <source>Remove members from the team. By default their files stay with the team (an admin can transfer them later) and their linked devices are wiped.</source>
        <translation>Mitglieder aus dem Team entfernen. Standardmäßig bleiben ihre Dateien beim Team (ein Administrator kann sie später übertragen) und ihre verknüpften Geräte werden gewischt.</translation>
    </message>
    <message>
        <source>Wipe their Dropbox data from linked devices: true or false.</source>
        <translation>Ihre Dropbox-Daten von verknüpften Geräten wischen: true oder false.</translation>
    </message>
    <message>
        <source>true, or false with --keep-account</source>
        <translation>true, mit --keep-account false</translation>
    </message>
    <message>
        <source>Convert the account to a personal Basic account instead of deleting it.</source>
        <translation>Das Konto in ein privates Basic-Konto umwandeln, statt es zu löschen.</translation>
    </message>
    <message>
        <source>With --keep-account: keep folders explicitly shared with them.</source>
        <translation>Mit --keep-account: ausdrücklich mit ihnen geteilte Ordner behalten.</translation>
    </message>
    <message>
        <source>Transfer their files to this member.</source>
        <translation>Ihre Dateien an dieses Mitglied übertragen.</translation>
    </message>
    <message>
        <source>Admin emailed about transfer errors (needed with --transfer-to).</source>
        <translation>Administrator, der über Übertragungsfehler per E-Mail informiert wird (nötig mit --transfer-to).</translation>
    </message>
    <message>
        <source>Suspend members (they cannot sign in; data kept).</source>
        <translation>Mitglieder sperren (sie können sich nicht anmelden; Daten bleiben).</translation>
    </message>
    <message>
        <source>Suspend members: they cannot sign in; files, groups and role are kept.</source>
        <translation>Mitglieder sperren: Sie können sich nicht anmelden; Dateien, Gruppen und Rolle bleiben.</translation>
    </message>
    <message>
        <source>Also wipe their Dropbox data from linked devices.</source>
        <translation>Außerdem ihre Dropbox-Daten von verknüpften Geräten wischen.</translation>
    </message>
    <message>
        <source>Let suspended members sign in again.</source>
        <translation>Gesperrte Mitglieder wieder anmelden lassen.</translation>
    </message>
    <message>
        <source>apply takes one plan file. Run with --help for the format.</source>
        <translation>apply erwartet eine Plandatei. Mit --help steht das Format dabei.</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <source>Preview: %1 will change, %2 already so, %3 invalid.</source>
        <translation>Vorschau: %1 werden geändert, %2 schon so, %3 ungültig.</translation>
    </message>
    <message>
        <source>Wrote the report %1.</source>
        <translation>Bericht %1 geschrieben.</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent to Dropbox.</source>
        <translation>Probelauf: Nichts wurde an Dropbox gesendet.</translation>
    </message>
    <message>
        <source>Applying...</source>
        <translation>Wird angewendet...</translation>
    </message>
    <message>
        <source>Write each row&apos;s outcome to this CSV file.</source>
        <translation>Das Ergebnis jeder Zeile in diese CSV-Datei schreiben.</translation>
    </message>
    <message>
        <source>Check and apply a CSV plan of changes (--dry-run to preview).</source>
        <translation>Einen CSV-Plan mit Änderungen prüfen und anwenden (--dry-run für eine Vorschau).</translation>
    </message>
    <message>
        <source>Apply a CSV plan: one operation per row (action,email_or_id,group_or_role,options). Every row is checked first; a wrong row is reported with its line and never stops the others.</source>
        <translation>Einen CSV-Plan anwenden: ein Vorgang pro Zeile (action,email_or_id,group_or_role,options). Jede Zeile wird zuerst geprüft; eine falsche Zeile wird mit ihrer Nummer gemeldet und hält die anderen nie auf.</translation>
    </message>
    <message>
        <source>The plan file.</source>
        <translation>Die Plandatei.</translation>
    </message>
    <message>
        <source>--limit takes a positive whole number.</source>
        <translation>--limit erwartet eine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>--since takes an ISO 8601 date such as 2024-05-01 or 2024-05-01T12:00:00Z.</source>
        <translation>--since erwartet ein Datum nach ISO 8601 wie 2024-05-01 oder 2024-05-01T12:00:00Z.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n Eintrag.</numerusform>
            <numerusform>%n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only entries whose action, target, object or message contain TEXT.</source>
        <translation>Nur Einträge, deren Aktion, Ziel, Objekt oder Meldung TEXT enthält.</translation>
    </message>
    <message>
        <source>Only success, no_change, failed or invalid.</source>
        <translation>Nur success, no_change, failed oder invalid.</translation>
    </message>
    <message>
        <source>Only entries since this date/time (ISO 8601).</source>
        <translation>Nur Einträge seit diesem Datum/dieser Uhrzeit (ISO 8601).</translation>
    </message>
    <message>
        <source>At most this many entries.</source>
        <translation>Höchstens so viele Einträge.</translation>
    </message>
    <message>
        <source>Write CSV instead of text.</source>
        <translation>CSV statt Text schreiben.</translation>
    </message>
    <message>
        <source>Show or export the audit log of changes.</source>
        <translation>Das Prüfprotokoll zeigen oder exportieren.</translation>
    </message>
    <message>
        <source>Show the audit log: every change attempted, newest first.</source>
        <translation>Das Prüfprotokoll zeigen: jede versuchte Änderung, die neueste zuerst.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Kann nicht auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Snapshot database file.</source>
        <translation>Datei der Snapshot-Datenbank.</translation>
    </message>
    <message>
        <source>the user&apos;s data folder</source>
        <translation>der Datenordner des Benutzers</translation>
    </message>
    <message>
        <source>Use the built-in simulated Dropbox team (no account needed).</source>
        <translation>Das eingebaute simulierte Dropbox-Team verwenden (kein Konto nötig).</translation>
    </message>
    <message>
        <source>Demo: members in the simulated team.</source>
        <translation>Demo: Mitglieder im simulierten Team.</translation>
    </message>
    <message>
        <source>Demo: groups in the simulated team.</source>
        <translation>Demo: Gruppen im simulierten Team.</translation>
    </message>
    <message>
        <source>Demo: seed of the simulated team.</source>
        <translation>Demo: Startwert des simulierten Teams.</translation>
    </message>
    <message>
        <source>Dropbox app key.</source>
        <translation>Dropbox-App-Schlüssel.</translation>
    </message>
    <message>
        <source>Dropbox app secret.</source>
        <translation>Dropbox-App-Geheimnis.</translation>
    </message>
    <message>
        <source>Dropbox refresh token (from the configure command or the wizard).</source>
        <translation>Dropbox-Refresh-Token (vom Befehl configure oder aus dem Assistenten).</translation>
    </message>
    <message>
        <source>A fixed Dropbox access token instead of the refresh grant (testing).</source>
        <translation>Ein festes Dropbox-Zugriffstoken statt des Refresh-Grants (Tests).</translation>
    </message>
    <message>
        <source>Dropbox API base URL; also moves the token endpoint (simulator, tests).</source>
        <translation>Basis-URL der Dropbox-API; verlegt auch den Token-Endpunkt (Simulator, Tests).</translation>
    </message>
    <message>
        <source>Allow changes to the Dropbox team (create, remove, suspend, roles, groups).</source>
        <translation>Änderungen am Dropbox-Team erlauben (anlegen, entfernen, sperren, Rollen, Gruppen).</translation>
    </message>
    <message>
        <source>Read the demo&apos;s database.</source>
        <translation>Die Datenbank der Demo lesen.</translation>
    </message>
    <message>
        <source>Cannot open the snapshot database %1: %2</source>
        <translation>Die Snapshot-Datenbank %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>--timeout takes a whole number of seconds.</source>
        <translation>--timeout erwartet eine ganze Zahl von Sekunden.</translation>
    </message>
    <message>
        <source>App key: </source>
        <translation>App-Schlüssel: </translation>
    </message>
    <message>
        <source>No app key given.</source>
        <translation>Kein App-Schlüssel angegeben.</translation>
    </message>
    <message>
        <source>App secret: </source>
        <translation>App-Geheimnis: </translation>
    </message>
    <message>
        <source>No app secret given.</source>
        <translation>Kein App-Geheimnis angegeben.</translation>
    </message>
    <message>
        <source>Nothing was saved. Run configure without --save to get the refresh token printed, and pass it as BATON_REFRESH_TOKEN.</source>
        <translation>Nichts wurde gespeichert. Führen Sie configure ohne --save aus, um das Refresh-Token ausgegeben zu bekommen, und übergeben Sie es als BATON_REFRESH_TOKEN.</translation>
    </message>
    <message>
        <source>1. Go to: %1</source>
        <translation>1. Öffnen Sie: %1</translation>
    </message>
    <message>
        <source>2. Sign in as a team admin and press Allow (you might have to log in first).</source>
        <translation>2. Melden Sie sich als Team-Administrator an und drücken Sie „Allow“ (eventuell müssen Sie sich zuerst einloggen).</translation>
    </message>
    <message>
        <source>3. Copy the authorization code.</source>
        <translation>3. Kopieren Sie den Autorisierungscode.</translation>
    </message>
    <message>
        <source>Enter the authorization code here: </source>
        <translation>Autorisierungscode hier eingeben: </translation>
    </message>
    <message>
        <source>No authorization code given.</source>
        <translation>Kein Autorisierungscode angegeben.</translation>
    </message>
    <message>
        <source>Refresh token: %1</source>
        <translation>Refresh-Token: %1</translation>
    </message>
    <message>
        <source>Granted scopes: %1</source>
        <translation>Erteilte Bereiche: %1</translation>
    </message>
    <message>
        <source>Missing scope %1: without it, no %2.</source>
        <translation>Bereich %1 fehlt; ohne ihn nicht möglich: %2.</translation>
    </message>
    <message>
        <source>Missing scope %1 (provisioning): without it, no %2.</source>
        <translation>Bereich %1 fehlt (Bereitstellung); ohne ihn nicht möglich: %2.</translation>
    </message>
    <message>
        <source>Warning: the check with the new token failed: %1</source>
        <translation>Warnung: Die Prüfung mit dem neuen Token ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Use it as BATON_REFRESH_TOKEN together with BATON_APP_KEY and BATON_APP_SECRET, or run again with --save to keep it in the keychain.</source>
        <translation>Verwenden Sie es als BATON_REFRESH_TOKEN zusammen mit BATON_APP_KEY und BATON_APP_SECRET, oder führen Sie den Befehl erneut mit --save aus, um es im Schlüsselbund zu behalten.</translation>
    </message>
    <message>
        <source>Nothing was saved; run configure again.</source>
        <translation>Nichts wurde gespeichert; führen Sie configure erneut aus.</translation>
    </message>
    <message>
        <source>Saved as connection &quot;%1&quot; (%2): secrets in %3, settings in %4.</source>
        <translation>Als Verbindung „%1“ (%2) gespeichert: Geheimnisse in %3, Einstellungen in %4.</translation>
    </message>
    <message>
        <source>Dropbox app key (asked when missing).</source>
        <translation>Dropbox-App-Schlüssel (wird erfragt, wenn er fehlt).</translation>
    </message>
    <message>
        <source>Dropbox app secret (asked when missing, without echo).</source>
        <translation>Dropbox-App-Geheimnis (wird ohne Echo erfragt, wenn es fehlt).</translation>
    </message>
    <message>
        <source>Dropbox API base URL; also moves the OAuth endpoints (simulator, tests).</source>
        <translation>Basis-URL der Dropbox-API; verlegt auch die OAuth-Endpunkte (Simulator, Tests).</translation>
    </message>
    <message>
        <source>Store the credentials as a connection of the desktop app (secrets in the OS keychain).</source>
        <translation>Die Zugangsdaten als Verbindung der Desktop-App speichern (Geheimnisse im Schlüsselbund des Systems).</translation>
    </message>
    <message>
        <source>Name of the saved connection.</source>
        <translation>Name der gespeicherten Verbindung.</translation>
    </message>
    <message>
        <source>the team&apos;s name</source>
        <translation>der Name des Teams</translation>
    </message>
    <message>
        <source>With --save: allow the saved connection to change the team.</source>
        <translation>Mit --save: der gespeicherten Verbindung Änderungen am Team erlauben.</translation>
    </message>
    <message>
        <source>Seconds to wait for Dropbox.</source>
        <translation>Sekunden, die auf Dropbox gewartet wird.</translation>
    </message>
    <message>
        <source>Get a Dropbox refresh token: paste-code flow; --save keeps it in the keychain.</source>
        <translation>Ein Dropbox-Refresh-Token holen: Code einfügen; --save behält es im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Get a Dropbox refresh token: open the printed address, press Allow, paste the code. Prints the refresh token; --save keeps the credentials in the keychain instead and prints none.</source>
        <translation>Ein Dropbox-Refresh-Token holen: die ausgegebene Adresse öffnen, „Allow“ drücken, den Code einfügen. Gibt das Refresh-Token aus; --save behält die Zugangsdaten stattdessen im Schlüsselbund und gibt keins aus.</translation>
    </message>
    <message>
        <source>Read from the file PATH (&apos;-&apos; = standard input); never given on the command line.</source>
        <translation>Aus der Datei PATH gelesen (&apos;-&apos; = Standardeingabe); nie auf der Kommandozeile angegeben.</translation>
    </message>
    <message>
        <source>Environment: %1.</source>
        <translation>Umgebung: %1.</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>Vorgabe: %1.</translation>
    </message>
    <message>
        <source>Dropbox team accounts, admin roles and groups for ConductorOne</source>
        <translation>Konten, Administratorrollen und Gruppen eines Dropbox-Teams für ConductorOne</translation>
    </message>
    <message>
        <source>The headless face of Dropbox Team Connector: syncs a Dropbox team&apos;s accounts, admin roles and groups into a local SQLite snapshot, compares and exports it, provisions changes, and serves ConductorOne&apos;s tasks as a self-hosted connector. Every command also works against a built-in simulated team (--demo), with no Dropbox account.</source>
        <translation>Dropbox Team Connector ohne Fenster: synchronisiert Konten, Administratorrollen und Gruppen eines Dropbox-Teams in einen lokalen SQLite-Snapshot, vergleicht und exportiert ihn, nimmt Änderungen vor und bedient als selbst betriebener Connector die Aufgaben von ConductorOne. Jeder Befehl funktioniert auch mit einem eingebauten simulierten Team (--demo), ohne Dropbox-Konto.</translation>
    </message>
    <message>
        <source>Every option with an environment variable (shown with the option) reads it when the option is not given; the names are those of the official baton-dropbox connector.</source>
        <translation>Jede Option mit einer Umgebungsvariablen (bei der Option genannt) liest diese, wenn die Option fehlt; die Namen sind die des offiziellen Connectors baton-dropbox.</translation>
    </message>
    <message>
        <source>debug, info, warn or error: how much is logged (default warn).</source>
        <translation>debug, info, warn oder error: wie viel protokolliert wird (Vorgabe warn).</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>Failed: the operation, or at least one item of it, failed; a sentence says why.</source>
        <translation>Fehlgeschlagen: Der Vorgang oder mindestens ein Teil davon ist fehlgeschlagen; ein Satz sagt, warum.</translation>
    </message>
    <message>
        <source>Cancelled (Ctrl+C or SIGTERM).</source>
        <translation>Abgebrochen (Strg+C oder SIGTERM).</translation>
    </message>
    <message>
        <source>Unknown outcome: a change&apos;s reply was lost and reading it back failed, so Dropbox may or may not have made it; run sync to confirm.</source>
        <translation>Ergebnis unbekannt: Die Antwort auf eine Änderung ging verloren und das Nachlesen schlug fehl; Dropbox hat sie vielleicht vorgenommen, vielleicht nicht. Führen Sie sync aus, um es zu bestätigen.</translation>
    </message>
    <message>
        <source>The snapshot databases (mode 0600), unless --db or BATON_DB names another.</source>
        <translation>Die Snapshot-Datenbanken (Modus 0600), sofern --db oder BATON_DB keine andere nennt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>text, or json: one JSON document on standard output (JSON lines for the results of changes); the fields are listed below.</source>
        <translation>text oder json: ein JSON-Dokument auf der Standardausgabe (JSON-Zeilen für die Ergebnisse von Änderungen); die Felder stehen unten.</translation>
    </message>
    <message>
        <source>Print only the result and errors, no progress or notices.</source>
        <translation>Nur das Ergebnis und Fehler ausgeben, keinen Fortschritt und keine Hinweise.</translation>
    </message>
    <message>
        <source>Print every step, and the log from the info level.</source>
        <translation>Jeden Schritt ausgeben, dazu das Protokoll ab der Stufe info.</translation>
    </message>
    <message>
        <source>--format takes text or json, not &apos;%1&apos;.</source>
        <translation>--format erwartet text oder json, nicht „%1“.</translation>
    </message>
    <message>
        <source>--quiet and --verbose cannot be used together.</source>
        <translation>--quiet und --verbose lassen sich nicht zusammen verwenden.</translation>
    </message>
    <message>
        <source>  {&quot;type&quot;: &quot;result&quot;, &quot;action&quot;, &quot;user&quot;, &quot;group&quot;, &quot;role&quot;, &quot;outcome&quot; (done, no_change, failed, invalid, cancelled, unknown), &quot;message&quot;, &quot;tag&quot;, &quot;request_id&quot;, &quot;team_member_id&quot;}
  {&quot;type&quot;: &quot;summary&quot;, &quot;changed&quot;, &quot;no_change&quot;, &quot;failed&quot;, &quot;not_started&quot;, &quot;unknown&quot;, &quot;exit_code&quot;}
</source>
        <translation>  {&quot;type&quot;: &quot;result&quot;, &quot;action&quot;, &quot;user&quot;, &quot;group&quot;, &quot;role&quot;, &quot;outcome&quot; (done, no_change, failed, invalid, cancelled, unknown), &quot;message&quot;, &quot;tag&quot;, &quot;request_id&quot;, &quot;team_member_id&quot;}
  {&quot;type&quot;: &quot;summary&quot;, &quot;changed&quot;, &quot;no_change&quot;, &quot;failed&quot;, &quot;not_started&quot;, &quot;unknown&quot;, &quot;exit_code&quot;}
</translation>
    </message>
    <message>
        <source>  with --dry-run: {&quot;type&quot;: &quot;preview&quot;, &quot;action&quot;, &quot;user&quot;, &quot;verdict&quot; (will_change, already_so, invalid), &quot;message&quot;, &quot;consequence&quot;}
</source>
        <translation>  mit --dry-run: {&quot;type&quot;: &quot;preview&quot;, &quot;action&quot;, &quot;user&quot;, &quot;verdict&quot; (will_change, already_so, invalid), &quot;message&quot;, &quot;consequence&quot;}
</translation>
    </message>
    <message>
        <source>  {&quot;ok&quot;, &quot;cancelled&quot;, &quot;run_id&quot;, &quot;accounts&quot;, &quot;roles&quot;, &quot;groups&quot;, &quot;memberships&quot;, &quot;requests&quot;, &quot;retries&quot;, &quot;elapsed_ms&quot;, &quot;skipped_groups&quot;: [names], &quot;database&quot;, &quot;message&quot;}
</source>
        <translation>  {&quot;ok&quot;, &quot;cancelled&quot;, &quot;run_id&quot;, &quot;accounts&quot;, &quot;roles&quot;, &quot;groups&quot;, &quot;memberships&quot;, &quot;requests&quot;, &quot;retries&quot;, &quot;elapsed_ms&quot;, &quot;skipped_groups&quot;: [Namen], &quot;database&quot;, &quot;message&quot;}
</translation>
    </message>
    <message>
        <source>  {&quot;runs&quot;: [{&quot;id&quot;, &quot;status&quot; (complete, failed, cancelled, running, interrupted), &quot;started_at&quot;, &quot;finished_at&quot; (ISO 8601, UTC), &quot;team_name&quot;, &quot;accounts&quot;, &quot;roles&quot;, &quot;groups&quot;, &quot;memberships&quot;, &quot;requests&quot;, &quot;error&quot;}]}
</source>
        <translation>  {&quot;runs&quot;: [{&quot;id&quot;, &quot;status&quot; (complete, failed, cancelled, running, interrupted), &quot;started_at&quot;, &quot;finished_at&quot; (ISO 8601, UTC), &quot;team_name&quot;, &quot;accounts&quot;, &quot;roles&quot;, &quot;groups&quot;, &quot;memberships&quot;, &quot;requests&quot;, &quot;error&quot;}]}
</translation>
    </message>
    <message>
        <source>  {&quot;from&quot;, &quot;to&quot;, &quot;accounts_added&quot;, &quot;accounts_removed&quot;: [{&quot;team_member_id&quot;, &quot;email&quot;}], &quot;accounts_changed&quot;: [{&quot;team_member_id&quot;, &quot;email&quot;, &quot;fields&quot;: [names]}], &quot;groups_added&quot;, &quot;groups_removed&quot;: [{&quot;group_id&quot;, &quot;name&quot;}], &quot;grants_added&quot;, &quot;grants_removed&quot;: [grant ids]}
</source>
        <translation>  {&quot;from&quot;, &quot;to&quot;, &quot;accounts_added&quot;, &quot;accounts_removed&quot;: [{&quot;team_member_id&quot;, &quot;email&quot;}], &quot;accounts_changed&quot;: [{&quot;team_member_id&quot;, &quot;email&quot;, &quot;fields&quot;: [Namen]}], &quot;groups_added&quot;, &quot;groups_removed&quot;: [{&quot;group_id&quot;, &quot;name&quot;}], &quot;grants_added&quot;, &quot;grants_removed&quot;: [Zuweisungs-IDs]}
</translation>
    </message>
    <message>
        <source>  {&quot;entries&quot;: [{&quot;id&quot;, &quot;at&quot; (ISO 8601, UTC), &quot;admin&quot;, &quot;connection&quot;, &quot;action&quot;, &quot;target&quot;, &quot;object&quot;, &quot;details&quot;, &quot;outcome&quot;, &quot;message&quot;, &quot;request_id&quot;}]}
</source>
        <translation>  {&quot;entries&quot;: [{&quot;id&quot;, &quot;at&quot; (ISO 8601, UTC), &quot;admin&quot;, &quot;connection&quot;, &quot;action&quot;, &quot;target&quot;, &quot;object&quot;, &quot;details&quot;, &quot;outcome&quot;, &quot;message&quot;, &quot;request_id&quot;}]}
</translation>
    </message>
    <message>
        <source>  JSON lines, each with &quot;line&quot; (the plan&apos;s line): first the checks {&quot;type&quot;: &quot;check&quot;, &quot;line&quot;, &quot;verdict&quot;, &quot;message&quot;}, then the results:
</source>
        <translation>  JSON-Zeilen, jede mit &quot;line&quot; (der Zeile im Plan): zuerst die Prüfungen {&quot;type&quot;: &quot;check&quot;, &quot;line&quot;, &quot;verdict&quot;, &quot;message&quot;}, dann die Ergebnisse:
</translation>
    </message>
    <message>
        <source>  JSON lines: one per change, then the summary:
</source>
        <translation>  JSON-Zeilen: eine pro Änderung, dann die Zusammenfassung:
</translation>
    </message>
    <message>
        <source>JSON output (--format json):</source>
        <translation>JSON-Ausgabe (--format json):</translation>
    </message>
    <message>
        <source>Only show what would change (nothing is sent to Dropbox).</source>
        <translation>Nur zeigen, was sich ändern würde (nichts wird an Dropbox gesendet).</translation>
    </message>
    <message>
        <source>Milliseconds between polls of a Dropbox job.</source>
        <translation>Millisekunden zwischen zwei Abfragen eines Dropbox-Auftrags.</translation>
    </message>
    <message>
        <source>Who to record in the audit log as the admin.</source>
        <translation>Wer im Prüfprotokoll als Administrator eingetragen wird.</translation>
    </message>
    <message>
        <source>the admin who authorized the connection</source>
        <translation>der Administrator, der die Verbindung autorisiert hat</translation>
    </message>
    <message>
        <source>Member (email or team member id).</source>
        <translation>Mitglied (E-Mail-Adresse oder Teammitglied-ID).</translation>
    </message>
    <message>
        <source>Members (email or team member id).</source>
        <translation>Mitglieder (E-Mail-Adresse oder Teammitglied-ID).</translation>
    </message>
    <message>
        <source>Group id or exact name.</source>
        <translation>Gruppen-ID oder genauer Name.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of an earlier run were interrupted before Dropbox answered; read back now:</source>
        <translation>
            <numerusform>%n Änderung eines früheren Laufs wurde unterbrochen, bevor Dropbox antwortete; jetzt nachgelesen:</numerusform>
            <numerusform>%n Änderungen eines früheren Laufs wurden unterbrochen, bevor Dropbox antwortete; jetzt nachgelesen:</numerusform>
        </translation>
    </message>
    <message>
        <source>The access type is owner or member, not &apos;%1&apos;.</source>
        <translation>Die Zugriffsart ist owner oder member, nicht „%1“.</translation>
    </message>
    <message>
        <source>Role id or exact name, e.g. &quot;User management admin&quot;.</source>
        <translation>Rollen-ID oder genauer Name, z. B. „User management admin“.</translation>
    </message>
    <message>
        <source>owner or member.</source>
        <translation>owner oder member.</translation>
    </message>
    <message>
        <source>Add as an owner (can manage the group&apos;s members).</source>
        <translation>Als Besitzer hinzufügen (kann die Mitglieder der Gruppe verwalten).</translation>
    </message>
    <message>
        <source>Give a member an admin role (replaces the one they hold).</source>
        <translation>Einem Mitglied eine Administratorrolle geben (ersetzt die bisherige).</translation>
    </message>
    <message>
        <source>Give a member an admin role. A member holds one role at most: it replaces the current one.</source>
        <translation>Einem Mitglied eine Administratorrolle geben. Ein Mitglied hat höchstens eine Rolle: Sie ersetzt die bisherige.</translation>
    </message>
    <message>
        <source>Take the admin role from members.</source>
        <translation>Mitgliedern die Administratorrolle entziehen.</translation>
    </message>
    <message>
        <source>Take the admin role from members (member only).</source>
        <translation>Mitgliedern die Administratorrolle entziehen (nur noch Mitglied).</translation>
    </message>
    <message>
        <source>Add a member to a group as member or owner.</source>
        <translation>Ein Mitglied einer Gruppe hinzufügen, als Mitglied oder Besitzer.</translation>
    </message>
    <message>
        <source>Add a member to a group, as member or owner.</source>
        <translation>Ein Mitglied einer Gruppe hinzufügen, als Mitglied oder Besitzer.</translation>
    </message>
    <message>
        <source>Remove a member from a group.</source>
        <translation>Ein Mitglied aus einer Gruppe entfernen.</translation>
    </message>
    <message>
        <source>Remove a member (or owner) from a group.</source>
        <translation>Ein Mitglied (oder einen Besitzer) aus einer Gruppe entfernen.</translation>
    </message>
    <message>
        <source>Make a group member an owner, or an owner a member.</source>
        <translation>Ein Gruppenmitglied zum Besitzer machen oder einen Besitzer zum Mitglied.</translation>
    </message>
    <message>
        <source>Make a group member an owner, or an owner a plain member (without removing them).</source>
        <translation>Ein Gruppenmitglied zum Besitzer machen oder einen Besitzer zum einfachen Mitglied (ohne ihn zu entfernen).</translation>
    </message>
    <message>
        <source>The simulated ConductorOne did not start: %1</source>
        <translation>Das simulierte ConductorOne ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The ConductorOne %1 missing: create the connector&apos;s credentials in ConductorOne and set them.</source>
        <translation>Für ConductorOne fehlt: %1. Legen Sie die Zugangsdaten des Connectors in ConductorOne an und setzen Sie sie.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source> are</source>
        <translation></translation>
    </message>
    <message>
        <source> is</source>
        <translation></translation>
    </message>
    <message>
        <source>--reuse-snapshot takes a whole number of seconds.</source>
        <translation>--reuse-snapshot erwartet eine ganze Zahl von Sekunden.</translation>
    </message>
    <message>
        <source>--c1-token-url must be a URL, not &apos;%1&apos;.</source>
        <translation>--c1-token-url muss eine URL sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Using a simulated ConductorOne on this computer.</source>
        <translation>Ein simuliertes ConductorOne auf diesem Computer wird verwendet.</translation>
    </message>
    <message>
        <source>Service state: %1</source>
        <translation>Zustand des Dienstes: %1</translation>
    </message>
    <message>
        <source>Task started</source>
        <translation>Aufgabe gestartet</translation>
    </message>
    <message>
        <source>Task finished</source>
        <translation>Aufgabe beendet</translation>
    </message>
    <message>
        <source>Task failed</source>
        <translation>Aufgabe fehlgeschlagen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Stopping on a signal: a task under way is stopped, a change in flight is read back from Dropbox, and ConductorOne is told how the task ended. A second signal quits at once.</source>
        <translation>Halt auf ein Signal: Eine laufende Aufgabe wird angehalten, eine gerade gesendete Änderung bei Dropbox nachgelesen und ConductorOne erfährt, wie die Aufgabe endete. Ein zweites Signal beendet sofort.</translation>
    </message>
    <message>
        <source>The running task did not finish within %1 s; exiting anyway. The next start reads back any change that was in flight.</source>
        <translation>Die laufende Aufgabe ist nicht binnen %1 s fertig geworden; das Programm endet trotzdem. Der nächste Start liest jede gerade gesendete Änderung nach.</translation>
    </message>
    <message>
        <source>Serving ConductorOne&apos;s tasks for the simulated Dropbox team.</source>
        <translation>Aufgaben von ConductorOne werden für das simulierte Dropbox-Team bedient.</translation>
    </message>
    <message>
        <source>Serving ConductorOne&apos;s tasks for the Dropbox team.</source>
        <translation>Aufgaben von ConductorOne werden für das Dropbox-Team bedient.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>ConductorOne client ID of this connector.</source>
        <translation>ConductorOne-Client-ID dieses Connectors.</translation>
    </message>
    <message>
        <source>ConductorOne client secret of this connector.</source>
        <translation>ConductorOne-Client-Geheimnis dieses Connectors.</translation>
    </message>
    <message>
        <source>ConductorOne API host[:port] (default: the client ID&apos;s tenant).</source>
        <translation>ConductorOne-API-Host[:Port] (Vorgabe: der Mandant der Client-ID).</translation>
    </message>
    <message>
        <source>ConductorOne token endpoint (default: https://&lt;API host&gt;/auth/v1/token).</source>
        <translation>ConductorOne-Token-Endpunkt (Vorgabe: https://&lt;API-Host&gt;/auth/v1/token).</translation>
    </message>
    <message>
        <source>The name this connector reports to ConductorOne.</source>
        <translation>Der Name, den dieser Connector an ConductorOne meldet.</translation>
    </message>
    <message>
        <source>the machine&apos;s host name</source>
        <translation>der Hostname des Rechners</translation>
    </message>
    <message>
        <source>Serve a simulated ConductorOne on this computer instead (no tenant needed; it asks for one full sync at once). For trying the service mode, e.g. with --demo.</source>
        <translation>Stattdessen ein simuliertes ConductorOne auf diesem Computer bedienen (kein Mandant nötig; es fordert sofort eine vollständige Synchronisierung an). Zum Ausprobieren des Dienstmodus, z. B. mit --demo.</translation>
    </message>
    <message>
        <source>Plaintext gRPC to a ConductorOne on this computer&apos;s loopback address (tests).</source>
        <translation>Unverschlüsseltes gRPC zu einem ConductorOne auf der Loopback-Adresse dieses Computers (Tests).</translation>
    </message>
    <message>
        <source>Keep the uploaded c1z files in this folder.</source>
        <translation>Die hochgeladenen c1z-Dateien in diesem Ordner behalten.</translation>
    </message>
    <message>
        <source>a temporary folder</source>
        <translation>ein temporärer Ordner</translation>
    </message>
    <message>
        <source>Upload the newest snapshot instead of syncing when it is younger than this many seconds.</source>
        <translation>Den neuesten Snapshot hochladen statt zu synchronisieren, wenn er jünger als so viele Sekunden ist.</translation>
    </message>
    <message>
        <source>debug, info, warn or error: how much is logged (default info).</source>
        <translation>debug, info, warn oder error: wie viel protokolliert wird (Vorgabe info).</translation>
    </message>
    <message>
        <source>Serve ConductorOne&apos;s tasks (sync, upload, provisioning) until stopped.</source>
        <translation>Aufgaben von ConductorOne bedienen (Synchronisieren, Hochladen, Bereitstellung), bis das Programm angehalten wird.</translation>
    </message>
    <message>
        <source>Serve ConductorOne&apos;s tasks for this connector until stopped (SIGTERM/SIGINT): full syncs uploaded as c1z files, and with provisioning on, grants, revokes, account creation, removal, suspension. Logs JSON lines on stderr.</source>
        <translation>Aufgaben von ConductorOne für diesen Connector bedienen, bis das Programm angehalten wird (SIGTERM/SIGINT): vollständige Synchronisierungen, als c1z-Dateien hochgeladen, und mit eingeschalteten Änderungen Zuweisungen, Entzüge, Anlegen, Entfernen und Sperren von Konten. Protokolliert JSON-Zeilen auf stderr.</translation>
    </message>
    <message>
        <source>Port (0 = any free port).</source>
        <translation>Port (0 = beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Members in the team.</source>
        <translation>Mitglieder im Team.</translation>
    </message>
    <message>
        <source>Groups in the team.</source>
        <translation>Gruppen im Team.</translation>
    </message>
    <message>
        <source>Group memberships in all (-1 = about 3 per member).</source>
        <translation>Gruppenmitgliedschaften insgesamt (-1 = etwa 3 pro Mitglied).</translation>
    </message>
    <message>
        <source>Seed: the same seed gives the same team.</source>
        <translation>Startwert: Derselbe Startwert ergibt dasselbe Team.</translation>
    </message>
    <message>
        <source>Added latency per API request, in milliseconds.</source>
        <translation>Zusätzliche Latenz pro API-Anfrage, in Millisekunden.</translation>
    </message>
    <message>
        <source>Answer every Nth API request with 429 (0 = never).</source>
        <translation>Jede N-te API-Anfrage mit 429 beantworten (0 = nie).</translation>
    </message>
    <message>
        <source>Retry-After seconds of those 429 answers.</source>
        <translation>Retry-After-Sekunden dieser 429-Antworten.</translation>
    </message>
    <message>
        <source>Access tokens expire after N requests (0 = never).</source>
        <translation>Zugriffstokens laufen nach N Anfragen ab (0 = nie).</translation>
    </message>
    <message>
        <source>Share of API requests answered 500/503 (0..1).</source>
        <translation>Anteil der API-Anfragen, die mit 500/503 beantwortet werden (0..1).</translation>
    </message>
    <message>
        <source>simulate: the numbers are wrong; see &apos;dropbox-connector-cli simulate --help&apos;.</source>
        <translation>simulate: Die Zahlen sind falsch; siehe &apos;dropbox-connector-cli simulate --help&apos;.</translation>
    </message>
    <message>
        <source>The simulated team could not start: %1</source>
        <translation>Das simulierte Team konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Simulated Dropbox team &quot;%1&quot;: %2 members, %3 groups, %4 memberships, listening on %5</source>
        <translation>Simuliertes Dropbox-Team „%1“: %2 Mitglieder, %3 Gruppen, %4 Mitgliedschaften, lauscht auf %5</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Strg+C hält an.</translation>
    </message>
    <message>
        <source>Served %1 API requests (%2 rate limited, %3 server errors).</source>
        <translation>%1 API-Anfragen bedient (%2 gedrosselt, %3 Serverfehler).</translation>
    </message>
    <message>
        <source>Serve a simulated Dropbox team on a loopback port.</source>
        <translation>Ein simuliertes Dropbox-Team auf einem Loopback-Port bereitstellen.</translation>
    </message>
    <message>
        <source>Serve a simulated Dropbox team (API and OAuth endpoints) on 127.0.0.1 until stopped.</source>
        <translation>Ein simuliertes Dropbox-Team (API- und OAuth-Endpunkte) auf 127.0.0.1 bereitstellen, bis es angehalten wird.</translation>
    </message>
    <message>
        <source>--%1: there is no complete sync run %2 (see the runs command).</source>
        <translation>--%1: Es gibt keinen vollständigen Synchronisierungslauf %2 (siehe den Befehl runs).</translation>
    </message>
    <message>
        <source>The demo&apos;s database (%1) has a sync: add --demo to read it, as in &apos;dropbox-connector-cli %2 --demo&apos;.</source>
        <translation>Die Datenbank der Demo (%1) hat eine Synchronisierung: Mit --demo wird sie gelesen, etwa &apos;dropbox-connector-cli %2 --demo&apos;.</translation>
    </message>
    <message>
        <source>Using the simulated team at %1 (database %2).</source>
        <translation>Das simulierte Team unter %1 wird verwendet (Datenbank %2).</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
    <message>
        <source>--table must be accounts, roles, groups, memberships or grants.</source>
        <translation>--table muss accounts, roles, groups, memberships oder grants sein.</translation>
    </message>
    <message>
        <source>The snapshot database has no complete sync yet: run &apos;dropbox-connector-cli sync&apos; first.</source>
        <translation>Die Snapshot-Datenbank hat noch keine vollständige Synchronisierung: Führen Sie zuerst &apos;dropbox-connector-cli sync&apos; aus.</translation>
    </message>
    <message>
        <source>Cannot read sync run %1: %2</source>
        <translation>Synchronisierungslauf %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>--format c1z needs --out FILE (e.g. --out sync.c1z).</source>
        <translation>--format c1z braucht --out DATEI (z. B. --out sync.c1z).</translation>
    </message>
    <message>
        <source>Wrote %1 (c1z v1, sync %2) from sync run %3.</source>
        <translation>%1 geschrieben (c1z v1, Synchronisierung %2) aus Synchronisierungslauf %3.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes) from sync run %3.</source>
        <translation>%1 geschrieben (%2 Bytes) aus Synchronisierungslauf %3.</translation>
    </message>
    <message>
        <source>No sync runs yet.</source>
        <translation>Noch keine Synchronisierungsläufe.</translation>
    </message>
    <message>
        <source>Two complete sync runs are needed to compare; sync again later.</source>
        <translation>Zum Vergleichen sind zwei vollständige Synchronisierungsläufe nötig; synchronisieren Sie später erneut.</translation>
    </message>
    <message>
        <source>Changes from run %1 to run %2:</source>
        <translation>Änderungen von Lauf %1 zu Lauf %2:</translation>
    </message>
    <message>
        <source>  nothing changed</source>
        <translation>  nichts geändert</translation>
    </message>
    <message>
        <source>%1 accounts added, %2 removed, %3 changed; %4 grants added, %5 removed.</source>
        <translation>%1 Konten hinzugekommen, %2 entfernt, %3 geändert; %4 Zuweisungen hinzugekommen, %5 entfernt.</translation>
    </message>
    <message>
        <source>Run a full sync of the team into the snapshot database.</source>
        <translation>Das Team vollständig in die Snapshot-Datenbank synchronisieren.</translation>
    </message>
    <message>
        <source>Read every account, admin role, group and group membership of the team into a new snapshot.</source>
        <translation>Jedes Konto, jede Administratorrolle, jede Gruppe und jede Gruppenmitgliedschaft des Teams in einen neuen Snapshot lesen.</translation>
    </message>
    <message>
        <source>json, csv or c1z (ConductorOne&apos;s sync file).</source>
        <translation>json, csv oder c1z (die Synchronisierungsdatei von ConductorOne).</translation>
    </message>
    <message>
        <source>With csv: accounts, roles, groups, memberships or grants.</source>
        <translation>Mit csv: accounts, roles, groups, memberships oder grants.</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Ausgabedatei.</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>Sync run to export.</source>
        <translation>Zu exportierender Synchronisierungslauf.</translation>
    </message>
    <message>
        <source>the newest</source>
        <translation>der neueste</translation>
    </message>
    <message>
        <source>Write the newest snapshot as JSON or CSV.</source>
        <translation>Den neuesten Snapshot als JSON oder CSV schreiben.</translation>
    </message>
    <message>
        <source>Write the newest snapshot (or --run N) as JSON or CSV.</source>
        <translation>Den neuesten Snapshot (oder --run N) als JSON oder CSV schreiben.</translation>
    </message>
    <message>
        <source>List the sync runs kept in the snapshot database.</source>
        <translation>Die Synchronisierungsläufe in der Snapshot-Datenbank auflisten.</translation>
    </message>
    <message>
        <source>Older run.</source>
        <translation>Älterer Lauf.</translation>
    </message>
    <message>
        <source>the one before --to</source>
        <translation>der vor --to</translation>
    </message>
    <message>
        <source>Newer run.</source>
        <translation>Neuerer Lauf.</translation>
    </message>
    <message>
        <source>Show what changed between two sync runs.</source>
        <translation>Zeigen, was sich zwischen zwei Synchronisierungsläufen geändert hat.</translation>
    </message>
    <message>
        <source>Show what changed between two sync runs (default: the newest and the one before).</source>
        <translation>Zeigen, was sich zwischen zwei Synchronisierungsläufen geändert hat (Vorgabe: der neueste und der davor).</translation>
    </message>
    <message>
        <source>Findings of sync run %1 (%2)</source>
        <translation>Befunde von Synchronisierungslauf %1 (%2)</translation>
    </message>
    <message>
        <source>... and %1 more (--format json lists all)</source>
        <translation>... und %1 weitere (--format json listet alle)</translation>
    </message>
    <message>
        <source>report needs --out FILE (e.g. --out report.%1).</source>
        <translation>report braucht --out DATEI (z. B. --out report.%1).</translation>
    </message>
    <message>
        <source>List what needs attention in the newest snapshot.</source>
        <translation>Auflisten, was im neuesten Snapshot Aufmerksamkeit braucht.</translation>
    </message>
    <message>
        <source>List the hygiene findings of the newest snapshot: groups without owner, suspended admins, stale invitations, the number of team admins, ...</source>
        <translation>Die Befunde des neuesten Snapshots auflisten: Gruppen ohne Besitzer, gesperrte Administratoren, alte Einladungen, die Zahl der Team-Administratoren, ...</translation>
    </message>
    <message>
        <source>text or json.</source>
        <translation>text oder json.</translation>
    </message>
    <message>
        <source>Write the overview and findings as JSON or one HTML file.</source>
        <translation>Übersicht und Befunde als JSON oder als eine HTML-Datei schreiben.</translation>
    </message>
    <message>
        <source>Write the team overview and the findings of the newest snapshot to a file: JSON, or one self-contained HTML page with its charts (nothing is fetched when it is opened).</source>
        <translation>Die Team-Übersicht und die Befunde des neuesten Snapshots in eine Datei schreiben: JSON oder eine eigenständige HTML-Seite mit ihren Diagrammen (beim Öffnen wird nichts nachgeladen).</translation>
    </message>
    <message>
        <source>json or html.</source>
        <translation>json oder html.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>stale_invite: invitations older than N days.</source>
        <translation>stale_invite: Einladungen, die älter als N Tage sind.</translation>
    </message>
    <message>
        <source>inactive_member: no sign-in for N days.</source>
        <translation>inactive_member: seit N Tagen keine Anmeldung.</translation>
    </message>
    <message>
        <source>admin_count: more team admins than N.</source>
        <translation>admin_count: mehr Team-Administratoren als N.</translation>
    </message>
    <message>
        <source>--%1 takes a positive whole number.</source>
        <translation>--%1 erwartet eine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>Name the review by its number (see &apos;review list&apos;).</source>
        <translation>Nennen Sie die Zugriffsprüfung mit ihrer Nummer (siehe &apos;review list&apos;).</translation>
    </message>
    <message>
        <source>Started access review %1: %2, %3 rows to decide.</source>
        <translation>Zugriffsprüfung %1 begonnen: %2, %3 Zeilen zu entscheiden.</translation>
    </message>
    <message>
        <source>%1 of %2 decided</source>
        <translation>%1 von %2 entschieden</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>1 review.</source>
        <translation>1 Zugriffsprüfung.</translation>
    </message>
    <message>
        <source>%1 reviews.</source>
        <translation>%1 Zugriffsprüfungen.</translation>
    </message>
    <message>
        <source>Reviewer %1, started %2, %3.</source>
        <translation>Prüfer %1, begonnen %2, %3.</translation>
    </message>
    <message>
        <source>Usage: review decide REVIEW_ID ROWS keep|revoke|undecided [--comment TEXT] [--revoke-by ACTION]; ROWS is a row number, a list such as 1,4,7, or &apos;all&apos;.</source>
        <translation>Aufruf: review decide REVIEW_ID ROWS keep|revoke|undecided [--comment TEXT] [--revoke-by ACTION]; ROWS ist eine Zeilennummer, eine Liste wie 1,4,7 oder &apos;all&apos;.</translation>
    </message>
    <message>
        <source>Review %1 has rows 1 to %2; &apos;%3&apos; is not one of them.</source>
        <translation>Zugriffsprüfung %1 hat die Zeilen 1 bis %2; „%3“ gehört nicht dazu.</translation>
    </message>
    <message>
        <source>review takes create, list, show, decide, close, export or plan, not &apos;%1&apos;.</source>
        <translation>review erwartet create, list, show, decide, close, export oder plan, nicht „%1“.</translation>
    </message>
    <message>
        <source>Closed access review %1: its decisions are final.</source>
        <translation>Zugriffsprüfung %1 abgeschlossen: Ihre Entscheidungen sind endgültig.</translation>
    </message>
    <message>
        <source>review plan needs --out FILE (e.g. --out plan.csv).</source>
        <translation>review plan braucht --out DATEI (z. B. --out plan.csv).</translation>
    </message>
    <message>
        <source>%1 revokes of review %2 as a plan: preview it with &apos;apply %3 --dry-run&apos;.</source>
        <translation>%1 Entzüge aus Zugriffsprüfung %2 als Plan: Vorschau mit &apos;apply %3 --dry-run&apos;.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes).</source>
        <translation>%1 geschrieben (%2 Bytes).</translation>
    </message>
    <message>
        <source>create: group:GROUP, role:ROLE, admins, inactive:DAYS or finding:FINDING_ID.</source>
        <translation>create: group:GROUP, role:ROLE, admins, inactive:DAYS oder finding:FINDING_ID.</translation>
    </message>
    <message>
        <source>Who reviews (default: the admin who authorized the connection).</source>
        <translation>Wer prüft (Vorgabe: der Administrator, der die Verbindung autorisiert hat).</translation>
    </message>
    <message>
        <source>decide: the comment kept with the decision.</source>
        <translation>decide: der Kommentar, der bei der Entscheidung bleibt.</translation>
    </message>
    <message>
        <source>decide: how a revoke is carried out: remove-from-group, clear-role, suspend or remove-account.</source>
        <translation>decide: wie ein Entzug ausgeführt wird: remove-from-group, clear-role, suspend oder remove-account.</translation>
    </message>
    <message>
        <source>export: csv or html.</source>
        <translation>export: csv oder html.</translation>
    </message>
    <message>
        <source>export, plan: the file to write (&apos;-&apos; = standard output).</source>
        <translation>export, plan: die zu schreibende Datei (&apos;-&apos; = Standardausgabe).</translation>
    </message>
    <message>
        <source>Access reviews: decide keep or revoke per row, export evidence, plan.</source>
        <translation>Zugriffsprüfungen: pro Zeile behalten oder entziehen, Nachweise exportieren, planen.</translation>
    </message>
    <message>
        <source>Access reviews kept in the snapshot database: &apos;review create --scope SCOPE&apos;, &apos;review list&apos;, &apos;review show ID&apos;, &apos;review decide ID ROWS keep|revoke|undecided&apos;, &apos;review close ID&apos;, &apos;review export ID --format csv|html&apos;, &apos;review plan ID --out plan.csv&apos;.</source>
        <translation>Zugriffsprüfungen in der Snapshot-Datenbank: &apos;review create --scope SCOPE&apos;, &apos;review list&apos;, &apos;review show ID&apos;, &apos;review decide ID ROWS keep|revoke|undecided&apos;, &apos;review close ID&apos;, &apos;review export ID --format csv|html&apos;, &apos;review plan ID --out plan.csv&apos;.</translation>
    </message>
    <message>
        <source>create, list, show, decide, close, export or plan.</source>
        <translation>create, list, show, decide, close, export oder plan.</translation>
    </message>
    <message>
        <source>The review&apos;s number, then for decide the rows and the decision.</source>
        <translation>Die Nummer der Zugriffsprüfung, bei decide danach die Zeilen und die Entscheidung.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Loading sync run %1</source>
        <translation>Synchronisierungslauf %1 wird geladen</translation>
    </message>
    <message>
        <source>loaded sync run %1: %2 accounts, %3 groups, %4 memberships</source>
        <translation>Synchronisierungslauf %1 geladen: %2 Konten, %3 Gruppen, %4 Mitgliedschaften</translation>
    </message>
    <message>
        <source>Writing grants</source>
        <translation>Zuweisungen werden geschrieben</translation>
    </message>
    <message>
        <source>wrote the c1z database</source>
        <translation>c1z-Datenbank geschrieben</translation>
    </message>
    <message>
        <source>Compressing</source>
        <translation>Wird komprimiert</translation>
    </message>
    <message>
        <source>grants</source>
        <translation>Zuweisungen</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Writing JSON</source>
        <translation>JSON wird geschrieben</translation>
    </message>
    <message>
        <source>Writing CSV</source>
        <translation>CSV wird geschrieben</translation>
    </message>
    <message>
        <source>%1 MB of %2</source>
        <translation>%1 MB von %2</translation>
    </message>
    <message>
        <source>Comparing sync runs %1 and %2</source>
        <translation>Synchronisierungsläufe %1 und %2 werden verglichen</translation>
    </message>
    <message>
        <source>compared sync runs %1 and %2</source>
        <translation>Synchronisierungsläufe %1 und %2 verglichen</translation>
    </message>
    <message>
        <source>Ceiling of the sync&apos;s parallel listings (it starts at 8 and adapts to Dropbox&apos;s rate limits).</source>
        <translation>Obergrenze der parallelen Auflistungen der Synchronisierung (beginnt bei 8 und passt sich den Ratenbegrenzungen von Dropbox an).</translation>
    </message>
    <message>
        <source>Older name of --max-concurrency.</source>
        <translation>Älterer Name von --max-concurrency.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>%1: %2 records, %3 requests, %4 records/s</source>
        <translation>%1: %2 Datensätze, %3 Anfragen, %4 Datensätze/s</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, noch etwa %1 s</translation>
    </message>
    <message>
        <source>, %1 retries</source>
        <translation>, %1 Wiederholungen</translation>
    </message>
    <message>
        <source> (%1 accounts, %2/%3 groups, %4 memberships)</source>
        <translation> (%1 Konten, %2/%3 Gruppen, %4 Mitgliedschaften)</translation>
    </message>
    <message>
        <source>After each sync, read each member&apos;s last sign-in from the team log (needs events.read).</source>
        <translation>Nach jeder Synchronisierung die letzte Anmeldung jedes Mitglieds aus dem Team-Protokoll lesen (braucht events.read).</translation>
    </message>
    <message>
        <source>How many days back the first read of sign-ins looks.</source>
        <translation>Wie viele Tage das erste Lesen der Anmeldungen zurückreicht.</translation>
    </message>
    <message>
        <source>--management takes company or user, not &apos;%1&apos;.</source>
        <translation>--management erwartet company oder user, nicht „%1“.</translation>
    </message>
    <message>
        <source>Nothing to change: give --external-id and/or --management.</source>
        <translation>Nichts zu ändern: Geben Sie --external-id und/oder --management an.</translation>
    </message>
    <message>
        <source>Nothing to change: give --given-name, --surname, --email or --external-id.</source>
        <translation>Nichts zu ändern: Geben Sie --given-name, --surname, --email oder --external-id an.</translation>
    </message>
    <message>
        <source>The group&apos;s external id (&quot;&quot; clears it).</source>
        <translation>Die externe ID der Gruppe (&quot;&quot; löscht sie).</translation>
    </message>
    <message>
        <source>Who manages the group: company (admins only) or user (its owners).</source>
        <translation>Wer die Gruppe verwaltet: company (nur Administratoren) oder user (ihre Besitzer).</translation>
    </message>
    <message>
        <source>The group&apos;s new name.</source>
        <translation>Der neue Name der Gruppe.</translation>
    </message>
    <message>
        <source>Create a group.</source>
        <translation>Eine Gruppe anlegen.</translation>
    </message>
    <message>
        <source>Create a new, empty group (you become its owner unless --no-owner).</source>
        <translation>Eine neue, leere Gruppe anlegen (Sie werden ihr Besitzer, außer mit --no-owner).</translation>
    </message>
    <message>
        <source>The new group&apos;s name.</source>
        <translation>Der Name der neuen Gruppe.</translation>
    </message>
    <message>
        <source>Do not make you an owner of the group.</source>
        <translation>Sie nicht zum Besitzer der Gruppe machen.</translation>
    </message>
    <message>
        <source>Rename a group.</source>
        <translation>Eine Gruppe umbenennen.</translation>
    </message>
    <message>
        <source>Rename a group (by id or exact name).</source>
        <translation>Eine Gruppe umbenennen (per ID oder genauem Namen).</translation>
    </message>
    <message>
        <source>Change a group&apos;s external id or management.</source>
        <translation>Externe ID oder Verwaltung einer Gruppe ändern.</translation>
    </message>
    <message>
        <source>Change a group&apos;s external id and/or who manages it.</source>
        <translation>Die externe ID einer Gruppe und/oder ihre Verwaltung ändern.</translation>
    </message>
    <message>
        <source>Delete a group.</source>
        <translation>Eine Gruppe löschen.</translation>
    </message>
    <message>
        <source>Delete a group: its members lose access to the folders shared with it.</source>
        <translation>Eine Gruppe löschen: Ihre Mitglieder verlieren den Zugriff auf die für sie freigegebenen Ordner.</translation>
    </message>
    <message>
        <source>Recover removed members.</source>
        <translation>Entfernte Mitglieder wiederherstellen.</translation>
    </message>
    <message>
        <source>Bring back members removed from the team, while Dropbox still allows it.</source>
        <translation>Aus dem Team entfernte Mitglieder zurückholen, solange Dropbox es noch erlaubt.</translation>
    </message>
    <message>
        <source>Send the welcome email again.</source>
        <translation>Die Willkommens-E-Mail erneut senden.</translation>
    </message>
    <message>
        <source>Send invited members the welcome email again.</source>
        <translation>Eingeladenen Mitgliedern die Willkommens-E-Mail erneut senden.</translation>
    </message>
    <message>
        <source>Change a member&apos;s name, email or external id.</source>
        <translation>Name, E-Mail-Adresse oder externe ID eines Mitglieds ändern.</translation>
    </message>
    <message>
        <source>Change a member&apos;s given name, surname, email or external id.</source>
        <translation>Vorname, Nachname, E-Mail-Adresse oder externe ID eines Mitglieds ändern.</translation>
    </message>
    <message>
        <source>New given name.</source>
        <translation>Neuer Vorname.</translation>
    </message>
    <message>
        <source>New surname.</source>
        <translation>Neuer Nachname.</translation>
    </message>
    <message>
        <source>New email address.</source>
        <translation>Neue E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>New external id (at most 64 characters; &quot;&quot; clears it).</source>
        <translation>Neue externe ID (höchstens 64 Zeichen; &quot;&quot; löscht sie).</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>The finding %1 is information only: it proposes no change.</source>
        <translation>Der Befund %1 dient nur der Information: Er schlägt keine Änderung vor.</translation>
    </message>
    <message>
        <source>The finding %1 has no rows: nothing to plan.</source>
        <translation>Der Befund %1 hat keine Zeilen: Es gibt nichts zu planen.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 rows (%3). Preview it with &apos;apply %1 --dry-run&apos;.</source>
        <translation>%1 geschrieben: %2 Zeilen (%3). Vorschau mit „apply %1 --dry-run“.</translation>
    </message>
    <message>
        <source>No finding &apos;%1&apos;: the findings are %2.</source>
        <translation>Kein Befund „%1“: Die Befunde sind %2.</translation>
    </message>
    <message>
        <source>Write the fix the finding ID proposes as a CSV plan (for apply).</source>
        <translation>Die Behebung, die der Befund ID vorschlägt, als CSV-Plan schreiben (für apply).</translation>
    </message>
    <message>
        <source>With --plan: the file to write (&apos;-&apos; = standard output).</source>
        <translation>Mit --plan: die zu schreibende Datei („-“ = Standardausgabe).</translation>
    </message>
    <message>
        <source>Wrong command line or configuration: an unknown option, a bad value, a secret given as a value, missing credentials, a refused address.</source>
        <translation>Falsche Kommandozeile oder Konfiguration: eine unbekannte Option, ein falscher Wert, ein als Wert angegebenes Geheimnis, fehlende Zugangsdaten, eine abgelehnte Adresse.</translation>
    </message>
    <message>
        <source>Usage: dropbox-connector-cli &lt;command&gt; [options]</source>
        <translation>Aufruf: dropbox-connector-cli &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Dropbox team accounts, admin roles and groups for ConductorOne.</source>
        <translation>Konten, Administratorrollen und Gruppen eines Dropbox-Teams für ConductorOne.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;dropbox-connector-cli &lt;command&gt; --help&apos; for a command&apos;s options and their
environment variables (BATON_APP_KEY, BATON_APP_SECRET, BATON_REFRESH_TOKEN, ...).
BATON_LOG_LEVEL=debug|info|warn|error sets how much is logged (default warn).
Reporting commands take --format json (fields in each command&apos;s --help), --quiet and --verbose.
Exit codes: 0 done, 1 failed (the operation or one of its items), 2 wrong command line or
configuration (missing credentials included), 3 cancelled, 4 unknown outcome (a change&apos;s
reply was lost: run sync to confirm).
Try: dropbox-connector-cli sync --demo
</source>
        <translation>&apos;dropbox-connector-cli &lt;Befehl&gt; --help&apos; zeigt die Optionen eines Befehls und seine
Umgebungsvariablen (BATON_APP_KEY, BATON_APP_SECRET, BATON_REFRESH_TOKEN, ...).
BATON_LOG_LEVEL=debug|info|warn|error legt fest, wie viel protokolliert wird (Vorgabe warn).
Berichtende Befehle nehmen --format json (Felder in der --help des Befehls), --quiet und --verbose.
Exit-Codes: 0 erledigt, 1 fehlgeschlagen (der Vorgang oder eines seiner Elemente), 2 falsche Kommandozeile oder
Konfiguration (auch fehlende Zugangsdaten), 3 abgebrochen, 4 Ergebnis unbekannt (die Antwort auf eine
Änderung ging verloren: sync ausführen zur Bestätigung).
Zum Ausprobieren: dropbox-connector-cli sync --demo
</translation>
    </message>
    <message>
        <source>dropbox-connector-cli: unknown command &apos;%1&apos;.</source>
        <translation>dropbox-connector-cli: unbekannter Befehl „%1“.</translation>
    </message>
</context>
<context>
    <name>dbx::cli::Command</name>
    <message>
        <source>debug, info, warn or error: how much is logged (default warn).</source>
        <translation>debug, info, warn oder error: wie viel protokolliert wird (Vorgabe warn).</translation>
    </message>
</context>
<context>
    <name>dbx::cli::CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe zeigen.</translation>
    </message>
    <message>
        <source>Read from the file PATH (&apos;-&apos; = standard input); never given on the command line.</source>
        <translation>Aus der Datei PATH gelesen (&apos;-&apos; = Standardeingabe); nie auf der Kommandozeile angegeben.</translation>
    </message>
    <message>
        <source>--%1 no longer takes the secret on the command line, where every user of this computer can read it. Set %2 in the environment, or use --%1-file PATH (PATH &apos;-&apos; reads it from standard input).</source>
        <translation>--%1 nimmt das Geheimnis nicht mehr auf der Kommandozeile an, wo jeder Benutzer dieses Computers es lesen kann. Setzen Sie %2 in der Umgebung oder verwenden Sie --%1-file PATH (PATH &apos;-&apos; liest es von der Standardeingabe).</translation>
    </message>
    <message>
        <source>Run &apos;dropbox-connector-cli %1 --help&apos; for the options.</source>
        <translation>&apos;dropbox-connector-cli %1 --help&apos; zeigt die Optionen.</translation>
    </message>
    <message>
        <source>Only one secret can be read from standard input (&apos;-&apos;).</source>
        <translation>Nur ein Geheimnis kann von der Standardeingabe (&apos;-&apos;) gelesen werden.</translation>
    </message>
    <message>
        <source>--%1: cannot read %2 (%3).</source>
        <translation>--%1: %2 lässt sich nicht lesen (%3).</translation>
    </message>
    <message>
        <source>--%1: %2 holds no secret.</source>
        <translation>--%1: %2 enthält kein Geheimnis.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>--members, --groups and --seed take whole numbers (members at least 1).</source>
        <translation>--members, --groups und --seed erwarten ganze Zahlen (Mitglieder mindestens 1).</translation>
    </message>
    <message>
        <source>--base-url must be an http(s) URL such as http://127.0.0.1:8080, not &apos;%1&apos;.</source>
        <translation>--base-url muss eine http(s)-URL wie http://127.0.0.1:8080 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from 1 to 256.</source>
        <translation>--%1 erwartet eine ganze Zahl von 1 bis 256.</translation>
    </message>
    <message>
        <source>--last-login-days takes a whole number of days from 1 to 3650.</source>
        <translation>--last-login-days erwartet eine ganze Zahl von Tagen von 1 bis 3650.</translation>
    </message>
    <message>
        <source>[default: %1]</source>
        <translation>[Vorgabe: %1]</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>--%1 must be %2, not &apos;%3&apos;.</source>
        <translation>--%1 muss %2 sein, nicht „%3“.</translation>
    </message>
</context>
<context>
    <name>dbx::cli::OperationCommand</name>
    <message>
        <source>Wrong number of arguments. Run with --help for the syntax.</source>
        <translation>Falsche Anzahl von Argumenten. Mit --help steht die Syntax dabei.</translation>
    </message>
</context>
<context>
    <name>dbx::cli::ProvisionRun</name>
    <message>
        <source>Using the simulated team at %1 (database %2).</source>
        <translation>Das simulierte Team unter %1 wird verwendet (Datenbank %2).</translation>
    </message>
    <message>
        <source>--poll-ms takes a whole number of milliseconds.</source>
        <translation>--poll-ms erwartet eine ganze Zahl von Millisekunden.</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <source>(Dropbox request id %1)</source>
        <translation>(Dropbox-Anfrage-ID %1)</translation>
    </message>
    <message>
        <source>The database has no snapshot of the team yet; syncing first...</source>
        <translation>Die Datenbank hat noch keinen Snapshot des Teams; zuerst wird synchronisiert...</translation>
    </message>
    <message>
        <source>A snapshot is needed to check changes against; run &apos;dropbox-connector-cli sync&apos; first.</source>
        <translation>Änderungen werden gegen einen Snapshot geprüft; führen Sie zuerst &apos;dropbox-connector-cli sync&apos; aus.</translation>
    </message>
    <message>
        <source>[%1/%2] </source>
        <translation>[%1/%2] </translation>
    </message>
    <message>
        <source>Cancelling: a change in flight is read back to report what Dropbox did (press Ctrl+C again to quit at once)...</source>
        <translation>Wird abgebrochen: Eine gerade gesendete Änderung wird nachgelesen, um zu melden, was Dropbox getan hat (Strg+C erneut beendet sofort)...</translation>
    </message>
    <message>
        <source>%1 changed, %2 already so, %3 failed or invalid, %4 not started.</source>
        <translation>%1 geändert, %2 schon so, %3 fehlgeschlagen oder ungültig, %4 nicht begonnen.</translation>
    </message>
    <message>
        <source>%1 unknown: the reply was lost and could not be read back; run &apos;sync&apos; to confirm.</source>
        <translation>%1 unbekannt: Die Antwort ging verloren und ließ sich nicht nachlesen; führen Sie &apos;sync&apos; aus, um es zu bestätigen.</translation>
    </message>
    <message>
        <source>Applying the plan</source>
        <translation>Der Plan wird angewendet</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>applied %1 rows</source>
        <translation>%1 Zeilen angewendet</translation>
    </message>
</context>
<context>
    <name>dbx::gui</name>
    <message>
        <source>Dropbox team accounts, admin roles and groups for ConductorOne.</source>
        <translation>Konten, Administratorrollen und Gruppen eines Dropbox-Teams für ConductorOne.</translation>
    </message>
    <message>
        <source>Use the built-in simulated team (no Dropbox account needed).</source>
        <translation>Das eingebaute simulierte Team verwenden (kein Dropbox-Konto nötig).</translation>
    </message>
    <message>
        <source>Demo: number of members.</source>
        <translation>Demo: Anzahl der Mitglieder.</translation>
    </message>
    <message>
        <source>Demo: number of groups.</source>
        <translation>Demo: Anzahl der Gruppen.</translation>
    </message>
    <message>
        <source>Demo: number of group memberships.</source>
        <translation>Demo: Anzahl der Gruppenmitgliedschaften.</translation>
    </message>
    <message>
        <source>Demo: random seed.</source>
        <translation>Demo: Startwert des Zufallsgenerators.</translation>
    </message>
    <message>
        <source>Snapshot database file.</source>
        <translation>Datei der Snapshot-Datenbank.</translation>
    </message>
    <message>
        <source>Start a sync when the window opens.</source>
        <translation>Beim Öffnen des Fensters synchronisieren.</translation>
    </message>
    <message>
        <source>Push to ConductorOne once the snapshot is shown (with --demo: to a simulated ConductorOne).</source>
        <translation>An ConductorOne übertragen, sobald der Snapshot angezeigt wird (mit --demo: an ein simuliertes ConductorOne).</translation>
    </message>
    <message>
        <source>--view takes one of: %1.</source>
        <translation>--view erwartet einen dieser Werte: %1.</translation>
    </message>
    <message>
        <source>--%1 needs a number, not &apos;%2&apos;.</source>
        <translation>--%1 erwartet eine Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>--members, --groups, --memberships and --seed only apply with --demo.</source>
        <translation>--members, --groups, --memberships und --seed gelten nur mit --demo.</translation>
    </message>
    <message>
        <source>Dropbox Team Connector</source>
        <translation>Dropbox Team Connector</translation>
    </message>
    <message>
        <source>The simulated team could not start: %1</source>
        <translation>Das simulierte Team konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Dropbox team accounts, admin roles and groups for ConductorOne</source>
        <translation>Konten, Administratorrollen und Gruppen eines Dropbox-Teams für ConductorOne</translation>
    </message>
    <message>
        <source>The desktop application of Dropbox Team Connector: set up a connection to a Dropbox team with a wizard, sync its accounts, admin roles and groups, browse who holds what and what changed, provision changes, and push the result to ConductorOne. With --demo everything runs against a built-in simulated team, with no Dropbox account.</source>
        <translation>Die Desktop-Anwendung von Dropbox Team Connector: mit einem Assistenten eine Verbindung zu einem Dropbox-Team einrichten, dessen Konten, Administratorrollen und Gruppen synchronisieren, sehen, wer was hat und was sich geändert hat, Änderungen vornehmen und das Ergebnis an ConductorOne übertragen. Mit --demo läuft alles gegen ein eingebautes simuliertes Team, ohne Dropbox-Konto.</translation>
    </message>
    <message>
        <source>Settings and saved connections; their secrets are kept in the desktop&apos;s keychain.</source>
        <translation>Einstellungen und gespeicherte Verbindungen; deren Geheimnisse liegen im Schlüsselbund des Desktops.</translation>
    </message>
    <message>
        <source>The snapshot databases (mode 0600).</source>
        <translation>Die Snapshot-Datenbanken (Modus 0600).</translation>
    </message>
    <message>
        <source>Open on a view: overview, findings, accessreview, accounts, roles, groups, entitlements, changes, runs, activity, audit or conductorone.</source>
        <translation>Mit einer Ansicht öffnen: overview, findings, accessreview, accounts, roles, groups, entitlements, changes, runs, activity, audit oder conductorone.</translation>
    </message>
</context>
<context>
    <name>dbx::gui::AccountsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <source>Admin role</source>
        <translation>Administratorrolle</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Owns</source>
        <translation>Besitzt</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Team member ID</source>
        <translation>Teammitglied-ID</translation>
    </message>
    <message>
        <source>Removed from the team (recoverable)</source>
        <translation>Aus dem Team entfernt (wiederherstellbar)</translation>
    </message>
    <message>
        <source>Removed from the team</source>
        <translation>Aus dem Team entfernt</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message numerus="yes">
        <source>none in %n day(s)</source>
        <translation>
            <numerusform>keine seit %n Tag</numerusform>
            <numerusform>keine seit %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbx::gui::AuditModel</name>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Sent, no answer yet</source>
        <translation>Gesendet, noch keine Antwort</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
</context>
<context>
    <name>dbx::gui::AuditPage</name>
    <message>
        <source>Search operation, member, group, message, request id</source>
        <translation>Vorgang, Mitglied, Gruppe, Meldung, Anfrage-ID suchen</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>CSV exportieren...</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 Änderung</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 Änderungen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Export the audit log as CSV</source>
        <translation>Das Prüfprotokoll als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 audit rows to %2</source>
        <translation>%1 Protokollzeilen nach %2 exportiert</translation>
    </message>
</context>
<context>
    <name>dbx::gui::AuthorizePage</name>
    <message>
        <source>Authorize</source>
        <translation>Autorisieren</translation>
    </message>
    <message>
        <source>Sign in to Dropbox as a team admin and allow the app. Either way ends with a refresh token, kept in the keychain.</source>
        <translation>Melden Sie sich als Team-Administrator bei Dropbox an und erlauben Sie die App. Beide Wege enden mit einem Refresh-Token, das im Schlüsselbund liegt.</translation>
    </message>
    <message>
        <source>In the b&amp;rowser (recommended): Dropbox sends the answer back to this app</source>
        <translation>Im &amp;Browser (empfohlen): Dropbox schickt die Antwort an diese App zurück</translation>
    </message>
    <message>
        <source>&amp;Paste a code: Dropbox shows a code, you paste it here (no redirect URI needed)</source>
        <translation>Code ein&amp;fügen: Dropbox zeigt einen Code, Sie fügen ihn hier ein (keine Redirect-URI nötig)</translation>
    </message>
    <message>
        <source>Local por&amp;t:</source>
        <translation>Lokaler &amp;Port:</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>Redirect URI:</source>
        <translation>Redirect-URI:</translation>
    </message>
    <message>
        <source>Register exactly this URI in the App Console (Settings &gt; OAuth 2 &gt; Redirect URIs). Only this computer can answer on it.</source>
        <translation>Tragen Sie genau diese URI in der App Console ein (Settings &gt; OAuth 2 &gt; Redirect URIs). Nur dieser Computer kann darauf antworten.</translation>
    </message>
    <message>
        <source>Copy the redirect URI</source>
        <translation>Redirect-URI kopieren</translation>
    </message>
    <message>
        <source>&amp;Open Dropbox and authorize</source>
        <translation>&amp;Dropbox öffnen und autorisieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>If no browser opened:</source>
        <translation>Falls sich kein Browser geöffnet hat:</translation>
    </message>
    <message>
        <source>Copy the authorization page&apos;s address</source>
        <translation>Adresse der Autorisierungsseite kopieren</translation>
    </message>
    <message>
        <source>Open the authorization page, press Allow, then copy the code Dropbox shows and paste it below.</source>
        <translation>Öffnen Sie die Autorisierungsseite, drücken Sie „Allow“, kopieren Sie dann den Code, den Dropbox zeigt, und fügen Sie ihn unten ein.</translation>
    </message>
    <message>
        <source>Open the pa&amp;ge</source>
        <translation>Sei&amp;te öffnen</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Use this code</source>
        <translation>Diesen Code &amp;verwenden</translation>
    </message>
    <message>
        <source>Waiting for you to press Allow on Dropbox&apos;s page in the browser…</source>
        <translation>Warte darauf, dass Sie auf der Dropbox-Seite im Browser „Allow“ drücken…</translation>
    </message>
    <message>
        <source>Dropbox answered; getting the refresh token…</source>
        <translation>Dropbox hat geantwortet; das Refresh-Token wird abgeholt…</translation>
    </message>
    <message>
        <source>Already authorized. Press Next, or authorize again.</source>
        <translation>Bereits autorisiert. Drücken Sie „Weiter“ oder autorisieren Sie erneut.</translation>
    </message>
    <message>
        <source>Press Allow in the browser, then paste the code Dropbox shows.</source>
        <translation>Drücken Sie im Browser „Allow“ und fügen Sie dann den Code ein, den Dropbox zeigt.</translation>
    </message>
    <message>
        <source>Open the authorization page first: the code belongs to that page.</source>
        <translation>Öffnen Sie zuerst die Autorisierungsseite: Der Code gehört zu dieser Seite.</translation>
    </message>
    <message>
        <source>Exchanging the code for a refresh token…</source>
        <translation>Der Code wird gegen ein Refresh-Token getauscht…</translation>
    </message>
    <message>
        <source>Authorized. Press Next to check the connection.</source>
        <translation>Autorisiert. Drücken Sie „Weiter“, um die Verbindung zu prüfen.</translation>
    </message>
    <message>
        <source>You can try again.</source>
        <translation>Sie können es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>dbx::gui::ChangesModel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>email: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>membership: %1</source>
        <translation>Mitgliedschaft: %1</translation>
    </message>
    <message>
        <source>name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>group memberships</source>
        <translation>Gruppenmitgliedschaften</translation>
    </message>
    <message>
        <source>owner of group %1</source>
        <translation>Besitzer der Gruppe %1</translation>
    </message>
    <message>
        <source>member of group %1</source>
        <translation>Mitglied der Gruppe %1</translation>
    </message>
    <message>
        <source>holds role %1</source>
        <translation>hat die Rolle %1</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>Konto hinzugekommen</translation>
    </message>
    <message>
        <source>Account gone</source>
        <translation>Konto weg</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Konto geändert</translation>
    </message>
    <message>
        <source>Group added</source>
        <translation>Gruppe hinzugekommen</translation>
    </message>
    <message>
        <source>Group removed</source>
        <translation>Gruppe entfernt</translation>
    </message>
    <message>
        <source>Grant added</source>
        <translation>Zuweisung hinzugekommen</translation>
    </message>
    <message>
        <source>Grant removed</source>
        <translation>Zuweisung entfernt</translation>
    </message>
    <message>
        <source>no longer listed by Dropbox</source>
        <translation>von Dropbox nicht mehr aufgeführt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Who / what</source>
        <translation>Wer / was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>dbx::gui::ChangesPage</name>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Zuweisungen</translation>
    </message>
    <message>
        <source>Search changes</source>
        <translation>Änderungen suchen</translation>
    </message>
    <message>
        <source>From run</source>
        <translation>Von Lauf</translation>
    </message>
    <message>
        <source>to run</source>
        <translation>bis Lauf</translation>
    </message>
    <message>
        <source>Changes appear after the second sync.</source>
        <translation>Änderungen erscheinen nach der zweiten Synchronisierung.</translation>
    </message>
    <message>
        <source>The one before</source>
        <translation>Der vorige</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Neuester</translation>
    </message>
    <message>
        <source>#%1 – %2</source>
        <translation>Nr. %1 – %2</translation>
    </message>
    <message>
        <source>Nothing to compare yet: changes appear after the second sync.</source>
        <translation>Noch nichts zu vergleichen: Änderungen erscheinen nach der zweiten Synchronisierung.</translation>
    </message>
    <message>
        <source>Run #%1 → #%2: %3 accounts added, %4 gone, %5 changed; %6 groups added, %7 removed; %8 grants added, %9 removed.</source>
        <translation>Lauf Nr. %1 → Nr. %2: %3 Konten hinzugekommen, %4 weg, %5 geändert; %6 Gruppen hinzugekommen, %7 entfernt; %8 Zuweisungen hinzugekommen, %9 entfernt.</translation>
    </message>
</context>
<context>
    <name>dbx::gui::ConductorOnePage</name>
    <message>
        <source>ConductorOne (optional)</source>
        <translation>ConductorOne (optional)</translation>
    </message>
    <message>
        <source>To push syncs to ConductorOne and take its tasks. Leave both empty to skip.</source>
        <translation>Um Synchronisierungen an ConductorOne zu übertragen und seine Aufgaben anzunehmen. Lassen Sie beide Felder leer, um das zu überspringen.</translation>
    </message>
    <message>
        <source>In ConductorOne: Integrations &gt; Connectors &gt; your Dropbox connector &gt; Settings &gt; Edit: create a client credential and copy both values.</source>
        <translation>In ConductorOne: Integrations &gt; Connectors &gt; Ihr Dropbox-Connector &gt; Settings &gt; Edit: Legen Sie eine Client-Credential an und kopieren Sie beide Werte.</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
</context>
<context>
    <name>dbx::gui::ConnectionWizard</name>
    <message>
        <source>Connect a Dropbox team</source>
        <translation>Ein Dropbox-Team verbinden</translation>
    </message>
    <message>
        <source>Re-authorize a Dropbox team</source>
        <translation>Ein Dropbox-Team erneut autorisieren</translation>
    </message>
</context>
<context>
    <name>dbx::gui::ConnectionsDialog</name>
    <message>
        <source>Dropbox connections</source>
        <translation>Dropbox-Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Re-au&amp;thorize…</source>
        <translation>Erneut &amp;autorisieren…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>%1 (this session only)</source>
        <translation>%1 (nur diese Sitzung)</translation>
    </message>
    <message>
        <source>No connection yet. Press Add to connect a Dropbox team.</source>
        <translation>Noch keine Verbindung. Drücken Sie „Hinzufügen“, um ein Dropbox-Team zu verbinden.</translation>
    </message>
    <message>
        <source>Authorized as %1</source>
        <translation>Autorisiert als %1</translation>
    </message>
    <message>
        <source>App key: %1</source>
        <translation>App-Schlüssel: %1</translation>
    </message>
    <message>
        <source>API base URL: %1</source>
        <translation>API-Basis-URL: %1</translation>
    </message>
    <message>
        <source>Snapshot database: %1</source>
        <translation>Snapshot-Datenbank: %1</translation>
    </message>
    <message>
        <source>Provisioning: %1</source>
        <translation>Bereitstellung: %1</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>off (read-only)</source>
        <translation>aus (nur lesen)</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>Bereiche: %1</translation>
    </message>
    <message>
        <source>ConductorOne client ID: %1</source>
        <translation>ConductorOne-Client-ID: %1</translation>
    </message>
    <message>
        <source>Secrets: this session only (not in a keychain)</source>
        <translation>Geheimnisse: nur diese Sitzung (nicht im Schlüsselbund)</translation>
    </message>
    <message>
        <source>Secrets: in the system keychain</source>
        <translation>Geheimnisse: im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Allow provisioning (changes to the team)</source>
        <translation>Bereitstellung erlauben (Änderungen am Team)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Snapshot &amp;database:</source>
        <translation>Snapshot-&amp;Datenbank:</translation>
    </message>
    <message>
        <source>ConductorOne client &amp;ID:</source>
        <translation>ConductorOne-Client-&amp;ID:</translation>
    </message>
    <message>
        <source>To change the app key, the app secret or the ConductorOne secret, re-authorize.</source>
        <translation>Um den App-Schlüssel, das App-Geheimnis oder das ConductorOne-Geheimnis zu ändern, autorisieren Sie erneut.</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection &quot;%1&quot;?

Its app secret, refresh token and ConductorOne secret are deleted from the keychain, and its settings from this app. The snapshot database (%2) is kept. The Dropbox app itself is not changed: to revoke its access, use the App Console or the team&apos;s admin console.</source>
        <translation>Die Verbindung „%1“ entfernen?

Ihr App-Geheimnis, ihr Refresh-Token und ihr ConductorOne-Geheimnis werden aus dem Schlüsselbund gelöscht, ihre Einstellungen aus dieser App. Die Snapshot-Datenbank (%2) bleibt erhalten. Die Dropbox-App selbst wird nicht geändert: Um ihren Zugriff zu widerrufen, verwenden Sie die App Console oder die Admin-Konsole des Teams.</translation>
    </message>
    <message>
        <source>The connection was removed, but its keychain entries could not all be deleted: %1</source>
        <translation>Die Verbindung wurde entfernt, aber nicht alle ihre Einträge im Schlüsselbund konnten gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Read sign-in activity (each member&apos;s last sign-in; needs events.read)</source>
        <translation>Anmeldeaktivität lesen (letzte Anmeldung jedes Mitglieds; braucht events.read)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>How far back the first read of the team&apos;s sign-ins looks; later syncs read only what is new.</source>
        <translation>Wie weit das erste Lesen der Anmeldungen des Teams zurückreicht; spätere Synchronisierungen lesen nur Neues.</translation>
    </message>
    <message>
        <source>Sign-ins &amp;look back:</source>
        <translation>&amp;Zeitraum der Anmeldungen:</translation>
    </message>
    <message>
        <source>This connection&apos;s token lacks events.read: tick it on the App Console&apos;s Permissions tab, press Submit, then re-authorize.</source>
        <translation>Dem Token dieser Verbindung fehlt events.read: Haken Sie es im Reiter „Permissions“ der App Console an, drücken Sie „Submit“ und autorisieren Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>dbx::gui::CreateAccountDialog</name>
    <message>
        <source>Create account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Optional: your directory&apos;s id for this person</source>
        <translation>Optional: die ID dieser Person in Ihrem Verzeichnis</translation>
    </message>
    <message>
        <source>Send a welcome email</source>
        <translation>Willkommens-E-Mail senden</translation>
    </message>
    <message>
        <source>No admin role</source>
        <translation>Keine Administratorrolle</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>E&amp;xternal id:</source>
        <translation>E&amp;xterne ID:</translation>
    </message>
    <message>
        <source>Admin &amp;role:</source>
        <translation>Administrator&amp;rolle:</translation>
    </message>
    <message>
        <source>Enter the new member&apos;s email address.</source>
        <translation>Geben Sie die E-Mail-Adresse des neuen Mitglieds ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1 is already a member of the team.</source>
        <translation>%1 ist schon Mitglied des Teams.</translation>
    </message>
    <message>
        <source>Enter the given name.</source>
        <translation>Geben Sie den Vornamen ein.</translation>
    </message>
    <message>
        <source>Enter the surname.</source>
        <translation>Geben Sie den Nachnamen ein.</translation>
    </message>
    <message>
        <source>Names are at most 100 characters long.</source>
        <translation>Namen sind höchstens 100 Zeichen lang.</translation>
    </message>
</context>
<context>
    <name>dbx::gui::CredentialsPage</name>
    <message>
        <source>App credentials</source>
        <translation>App-Zugangsdaten</translation>
    </message>
    <message>
        <source>From the App Console, Settings tab. The app secret goes to the system keychain, never to a settings file.</source>
        <translation>Aus der App Console, Reiter „Settings“. Das App-Geheimnis kommt in den Schlüsselbund des Systems, nie in eine Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Connection na&amp;me:</source>
        <translation>Verbindungs&amp;name:</translation>
    </message>
    <message>
        <source>optional: the team&apos;s name is used</source>
        <translation>optional: sonst der Name des Teams</translation>
    </message>
    <message>
        <source>App &amp;key:</source>
        <translation>App-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>15 letters and digits</source>
        <translation>15 Buchstaben und Ziffern</translation>
    </message>
    <message>
        <source>App &amp;secret:</source>
        <translation>App-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Advanced: another API base URL (simulator, testing)</source>
        <translation>Erweitert: eine andere API-Basis-URL (Simulator, Tests)</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
</context>
<context>
    <name>dbx::gui::DetailPane</name>
    <message>
        <source>... and %1 more</source>
        <translation>... und %1 weitere</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Zurück (Alt+Links)</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Vor (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Admin role</source>
        <translation>Administratorrolle</translation>
    </message>
    <message>
        <source>%1 is not in the loaded snapshot.</source>
        <translation>%1 ist nicht im geladenen Snapshot.</translation>
    </message>
    <message>
        <source>Select an account, group or role to see who holds what.</source>
        <translation>Wählen Sie ein Konto, eine Gruppe oder eine Rolle, um zu sehen, wer was hat.</translation>
    </message>
    <message>
        <source>Removed (recoverable)</source>
        <translation>Entfernt (wiederherstellbar)</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Member (no admin role)</source>
        <translation>Mitglied (keine Administratorrolle)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source> (not verified)</source>
        <translation> (nicht bestätigt)</translation>
    </message>
    <message>
        <source>Other emails</source>
        <translation>Weitere E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Team member ID</source>
        <translation>Teammitglied-ID</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>Groups (%1)</source>
        <translation>Gruppen (%1)</translation>
    </message>
    <message>
        <source>Not in any group.</source>
        <translation>In keiner Gruppe.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <source>Dropbox&apos;s count</source>
        <translation>Anzahl laut Dropbox</translation>
    </message>
    <message>
        <source>Owners (%1)</source>
        <translation>Besitzer (%1)</translation>
    </message>
    <message>
        <source>No owners: only team admins manage this group.</source>
        <translation>Keine Besitzer: Nur Team-Administratoren verwalten diese Gruppe.</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Mitglieder (%1)</translation>
    </message>
    <message>
        <source>No members.</source>
        <translation>Keine Mitglieder.</translation>
    </message>
    <message>
        <source>Role ID</source>
        <translation>Rollen-ID</translation>
    </message>
    <message>
        <source>Holders (%1)</source>
        <translation>Inhaber (%1)</translation>
    </message>
    <message>
        <source>Nobody holds this role.</source>
        <translation>Niemand hat diese Rolle.</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message numerus="yes">
        <source>none in %n day(s)</source>
        <translation>
            <numerusform>keine seit %n Tag</numerusform>
            <numerusform>keine seit %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbx::gui::FindingItemsModel</name>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Why listed</source>
        <translation>Warum aufgeführt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>dbx::gui::FindingsModel</name>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
</context>
<context>
    <name>dbx::gui::FindingsPage</name>
    <message>
        <source>Double-click a row to open it</source>
        <translation>Doppelklicken Sie auf eine Zeile, um sie zu öffnen</translation>
    </message>
    <message>
        <source>Build a plan...</source>
        <translation>Plan erstellen...</translation>
    </message>
    <message>
        <source>Preview the change that fixes these rows as a plan; nothing is applied until you confirm it there</source>
        <translation>Die Änderung, die diese Zeilen behebt, als Plan ansehen; nichts wird angewendet, bevor Sie es dort bestätigen</translation>
    </message>
    <message>
        <source>Review these rows...</source>
        <translation>Diese Zeilen überprüfen...</translation>
    </message>
    <message>
        <source>Start an access review of these rows: keep or revoke each, with a comment</source>
        <translation>Eine Zugriffsprüfung dieser Zeilen beginnen: jede behalten oder entziehen, mit Kommentar</translation>
    </message>
    <message>
        <source>No findings yet: sync the team first.</source>
        <translation>Noch keine Befunde: Synchronisieren Sie zuerst das Team.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Thresholds...</source>
        <translation>Schwellenwerte...</translation>
    </message>
    <message>
        <source>How old an invitation is stale, how long without sign-in is inactive, how many team admins are too many</source>
        <translation>Ab welchem Alter eine Einladung veraltet ist, wie lange ohne Anmeldung inaktiv ist, wie viele Team-Administratoren zu viele sind</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
</context>
<context>
    <name>dbx::gui::FinishPage</name>
    <message>
        <source>Finish</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Keep the credentials for &amp;this session only (you will authorize again after restarting the app)</source>
        <translation>Zugangsdaten nur für &amp;diese Sitzung behalten (nach einem Neustart der App autorisieren Sie erneut)</translation>
    </message>
    <message>
        <source>Self-hosted connector (optional)</source>
        <translation>Selbst betriebener Connector (optional)</translation>
    </message>
    <message>
        <source>Write the seed&apos;s Kubernetes manifests (baton-dropbox-secrets.yaml, baton-dropbox.yaml) and an env file, filled in with these credentials.</source>
        <translation>Die Kubernetes-Manifeste der Vorlage (baton-dropbox-secrets.yaml, baton-dropbox.yaml) und eine env-Datei schreiben, ausgefüllt mit diesen Zugangsdaten.</translation>
    </message>
    <message>
        <source>Save &amp;manifests and env file…</source>
        <translation>&amp;Manifeste und env-Datei speichern…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Connection: %1&lt;br&gt;Snapshot database: %2&lt;br&gt;Provisioning: %3&lt;br&gt;ConductorOne: %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;Verbindung: %1&lt;br&gt;Snapshot-Datenbank: %2&lt;br&gt;Bereitstellung: %3&lt;br&gt;ConductorOne: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>off (read-only)</source>
        <translation>aus (nur lesen)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht eingerichtet</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Der Schlüsselbund des Systems wird geprüft…</translation>
    </message>
    <message>
        <source>%1 (service &quot;%2&quot;)</source>
        <translation>%1 (Dienst „%2“)</translation>
    </message>
    <message>
        <source>The app secret, the refresh token and the ConductorOne secret will be stored in %1. Other settings go to the app&apos;s settings file.</source>
        <translation>Das App-Geheimnis, das Refresh-Token und das ConductorOne-Geheimnis werden in %1 gespeichert. Andere Einstellungen kommen in die Einstellungsdatei der App.</translation>
    </message>
    <message>
        <source>Secrets are never written to disk in plain text.</source>
        <translation>Geheimnisse werden nie im Klartext auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>Files with secrets</source>
        <translation>Dateien mit Geheimnissen</translation>
    </message>
    <message>
        <source>Folder for the manifests and env file</source>
        <translation>Ordner für die Manifeste und die env-Datei</translation>
    </message>
    <message>
        <source>Written (mode 0600): %1</source>
        <translation>Geschrieben (Modus 0600): %1</translation>
    </message>
</context>
<context>
    <name>dbx::gui::GrantsModel</name>
    <message>
        <source>Principal</source>
        <translation>Prinzipal</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Ressourcentyp</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Entitlement ID</source>
        <translation>Berechtigungs-ID</translation>
    </message>
    <message>
        <source>Grant ID</source>
        <translation>Zuweisungs-ID</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
</context>
<context>
    <name>dbx::gui::GroupDialog</name>
    <message>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>Neuer &amp;Name:</translation>
    </message>
    <message>
        <source>An id of your own (for example from your directory); empty for none.</source>
        <translation>Eine eigene ID (etwa aus Ihrem Verzeichnisdienst); leer für keine.</translation>
    </message>
    <message>
        <source>&amp;External ID:</source>
        <translation>&amp;Externe ID:</translation>
    </message>
    <message>
        <source>Managed by its owners (user managed)</source>
        <translation>Von ihren Besitzern verwaltet (user managed)</translation>
    </message>
    <message>
        <source>Managed by admins only (company managed)</source>
        <translation>Nur von Administratoren verwaltet (company managed)</translation>
    </message>
    <message>
        <source>&amp;Management:</source>
        <translation>&amp;Verwaltung:</translation>
    </message>
    <message>
        <source>Make me an owner of the group</source>
        <translation>Mich zum Besitzer der Gruppe machen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation>Geben Sie der Gruppe einen Namen.</translation>
    </message>
    <message>
        <source>Type the new name.</source>
        <translation>Geben Sie den neuen Namen ein.</translation>
    </message>
    <message>
        <source>Another group is called &quot;%1&quot; already.</source>
        <translation>Eine andere Gruppe heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Change the external ID or the management.</source>
        <translation>Ändern Sie die externe ID oder die Verwaltung.</translation>
    </message>
</context>
<context>
    <name>dbx::gui::GroupMembershipDialog</name>
    <message>
        <source>Add to group</source>
        <translation>Zu Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Aus Gruppe entfernen</translation>
    </message>
    <message>
        <source>Change access in group</source>
        <translation>Zugriff in der Gruppe ändern</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>Mitglieder: %1</translation>
    </message>
    <message>
        <source>&amp;Members (emails, one per line):</source>
        <translation>&amp;Mitglieder (E-Mail-Adressen, eine pro Zeile):</translation>
    </message>
    <message>
        <source>Find a group</source>
        <translation>Gruppe finden</translation>
    </message>
    <message>
        <source>Managed by the company or the system: Dropbox may refuse changes.</source>
        <translation>Vom Unternehmen oder vom System verwaltet: Dropbox lehnt Änderungen möglicherweise ab.</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Gruppen:</translation>
    </message>
    <message>
        <source>Add as</source>
        <translation>Hinzufügen als</translation>
    </message>
    <message>
        <source>Make them</source>
        <translation>Machen zu</translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation>Mitglie&amp;d</translation>
    </message>
    <message>
        <source>&amp;Owner (manages the group)</source>
        <translation>&amp;Besitzer (verwaltet die Gruppe)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>Entfernen...</translation>
    </message>
    <message>
        <source>Change...</source>
        <translation>Ändern...</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Enter at least one member&apos;s email.</source>
        <translation>Geben Sie die E-Mail-Adresse mindestens eines Mitglieds ein.</translation>
    </message>
    <message>
        <source>They are in no group.</source>
        <translation>Sie sind in keiner Gruppe.</translation>
    </message>
    <message>
        <source>Tick at least one group.</source>
        <translation>Haken Sie mindestens eine Gruppe an.</translation>
    </message>
</context>
<context>
    <name>dbx::gui::GroupsModel</name>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Dropbox count</source>
        <translation>Anzahl laut Dropbox</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation>Gruppen-ID</translation>
    </message>
</context>
<context>
    <name>dbx::gui::LifecycleActions</name>
    <message>
        <source>New group...</source>
        <translation>Neue Gruppe...</translation>
    </message>
    <message>
        <source>Create a group</source>
        <translation>Eine Gruppe anlegen</translation>
    </message>
    <message>
        <source>Rename...</source>
        <translation>Umbenennen...</translation>
    </message>
    <message>
        <source>Rename the selected group</source>
        <translation>Die gewählte Gruppe umbenennen</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Bearbeiten...</translation>
    </message>
    <message>
        <source>Change the selected group&apos;s external ID or management</source>
        <translation>Externe ID oder Verwaltung der gewählten Gruppe ändern</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>Löschen...</translation>
    </message>
    <message>
        <source>Delete the selected groups (their members lose access to the groups&apos; folders)</source>
        <translation>Die gewählten Gruppen löschen (ihre Mitglieder verlieren den Zugriff auf die Ordner der Gruppen)</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Bring the selected removed members back, while Dropbox still allows it</source>
        <translation>Die gewählten entfernten Mitglieder zurückholen, solange Dropbox es noch erlaubt</translation>
    </message>
    <message>
        <source>Resend invite</source>
        <translation>Einladung erneut senden</translation>
    </message>
    <message>
        <source>Send the selected invited members the welcome email again</source>
        <translation>Den gewählten eingeladenen Mitgliedern die Willkommens-E-Mail erneut senden</translation>
    </message>
    <message>
        <source>Edit profile...</source>
        <translation>Profil bearbeiten...</translation>
    </message>
    <message>
        <source>Change the selected member&apos;s name, email or external ID</source>
        <translation>Name, E-Mail-Adresse oder externe ID des gewählten Mitglieds ändern</translation>
    </message>
    <message>
        <source>Select one group first.</source>
        <translation>Wählen Sie zuerst eine Gruppe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is managed by Dropbox itself: it cannot be renamed, edited or deleted.</source>
        <translation>„%1“ wird von Dropbox selbst verwaltet: Die Gruppe lässt sich weder umbenennen noch bearbeiten noch löschen.</translation>
    </message>
    <message>
        <source>The selected group is not in the snapshot any more; sync first.</source>
        <translation>Die gewählte Gruppe ist nicht mehr im Snapshot; synchronisieren Sie zuerst.</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Gruppe umbenennen</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>Gruppe bearbeiten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is managed by Dropbox itself: it cannot be deleted.</source>
        <translation>„%1“ wird von Dropbox selbst verwaltet: Die Gruppe lässt sich nicht löschen.</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Gruppe löschen</translation>
    </message>
    <message>
        <source>Delete %1 groups</source>
        <translation>%1 Gruppen löschen</translation>
    </message>
    <message>
        <source>Recover accounts</source>
        <translation>Konten wiederherstellen</translation>
    </message>
    <message>
        <source>Resend invites</source>
        <translation>Einladungen erneut senden</translation>
    </message>
    <message>
        <source>Select one member of the team first.</source>
        <translation>Wählen Sie zuerst ein Mitglied des Teams.</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
</context>
<context>
    <name>dbx::gui::LogModel</name>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>Schwerer Fehler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>dbx::gui::MainWindow</name>
    <message>
        <source>Authorize again</source>
        <translation>Erneut autorisieren</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>The language changes the next time Dropbox Team Connector starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Dropbox Team Connector.</translation>
    </message>
    <message>
        <source>&amp;Manage connections...</source>
        <translation>Verbindungen &amp;verwalten...</translation>
    </message>
    <message>
        <source>The simulated team could not start: %1</source>
        <translation>Das simulierte Team konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Demo: pushes go to a simulated ConductorOne on this computer (%1).</source>
        <translation>Demo: Übertragungen gehen an ein simuliertes ConductorOne auf diesem Computer (%1).</translation>
    </message>
    <message>
        <source>Dropbox Team Connector</source>
        <translation>Dropbox Team Connector</translation>
    </message>
    <message>
        <source>No Dropbox team is connected yet. Set up a connection first.</source>
        <translation>Noch ist kein Dropbox-Team verbunden. Richten Sie zuerst eine Verbindung ein.</translation>
    </message>
    <message>
        <source>Set up connection...</source>
        <translation>Verbindung einrichten...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
    <message>
        <source>Sync cancelled. The previous snapshot is unchanged.</source>
        <translation>Synchronisierung abgebrochen. Der vorige Snapshot ist unverändert.</translation>
    </message>
    <message>
        <source>The sync failed.</source>
        <translation>Die Synchronisierung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The Dropbox app needs the scope %1: add it in the App Console (Permissions tab), then authorize again.</source>
        <translation>Die Dropbox-App braucht den Bereich %1: Fügen Sie ihn in der App Console hinzu (Reiter „Permissions“) und autorisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Run the setup wizard again</source>
        <translation>Einrichtungsassistenten erneut ausführen</translation>
    </message>
    <message>
        <source>The previous snapshot is unchanged.</source>
        <translation>Der vorige Snapshot ist unverändert.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>No sync yet: press Sync now (F5) to read the team.</source>
        <translation>Noch keine Synchronisierung: Drücken Sie „Jetzt synchronisieren“ (F5), um das Team zu lesen.</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>%1 Zeilen nach %2 exportiert</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>A&amp;ktionen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Read the team from Dropbox into a new snapshot (F5)</source>
        <translation>Das Team aus Dropbox in einen neuen Snapshot lesen (F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>Synchronisierung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop the running sync; the previous snapshot stays as it was (Esc)</source>
        <translation>Die laufende Synchronisierung anhalten; der vorige Snapshot bleibt, wie er war (Esc)</translation>
    </message>
    <message>
        <source>&amp;Export table as CSV...</source>
        <translation>Tabelle als CSV &amp;exportieren...</translation>
    </message>
    <message>
        <source>Write the rows the current table shows to a CSV file (Ctrl+E)</source>
        <translation>Die Zeilen, die die aktuelle Tabelle zeigt, in eine CSV-Datei schreiben (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Set &amp;up connection...</source>
        <translation>Verbindung &amp;einrichten...</translation>
    </message>
    <message>
        <source>Connect to a Dropbox team with the setup wizard</source>
        <translation>Mit dem Einrichtungsassistenten ein Dropbox-Team verbinden</translation>
    </message>
    <message>
        <source>Try the &amp;demo team</source>
        <translation>&amp;Demo-Team ausprobieren</translation>
    </message>
    <message>
        <source>Open a built-in simulated team in this window: no Dropbox account needed</source>
        <translation>Ein eingebautes simuliertes Team in diesem Fenster öffnen: kein Dropbox-Konto nötig</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>About Dropbox Team Connector</source>
        <translation>Über Dropbox Team Connector</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dropbox Team Connector&lt;/b&gt; %1&lt;br&gt;Dropbox team accounts, admin roles and groups for ConductorOne.</source>
        <translation>&lt;b&gt;Dropbox Team Connector&lt;/b&gt; %1&lt;br&gt;Konten, Administratorrollen und Gruppen eines Dropbox-Teams für ConductorOne.</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Starting sync...</source>
        <translation>Synchronisierung startet...</translation>
    </message>
    <message>
        <source>No Dropbox team is connected yet. The setup wizard walks you through creating a Dropbox app and authorizing it; the credentials are kept in your system keychain.</source>
        <translation>Noch ist kein Dropbox-Team verbunden. Der Einrichtungsassistent führt Sie durch das Anlegen einer Dropbox-App und ihre Autorisierung; die Zugangsdaten liegen im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <source>%1: %2 accounts, %3 of %4 groups, %5 memberships</source>
        <translation>%1: %2 Konten, %3 von %4 Gruppen, %5 Mitgliedschaften</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source> (%1 retries)</source>
        <translation> (%1 Wiederholungen)</translation>
    </message>
    <message>
        <source>%p% of groups</source>
        <translation>%p % der Gruppen</translation>
    </message>
    <message>
        <source>%1 – Dropbox Team Connector</source>
        <translation>%1 – Dropbox Team Connector</translation>
    </message>
    <message>
        <source>Authorized as %1</source>
        <translation>Autorisiert als %1</translation>
    </message>
    <message>
        <source>Authorized as %1 (%2)</source>
        <translation>Autorisiert als %1 (%2)</translation>
    </message>
    <message>
        <source>Authorized admin not known yet</source>
        <translation>Autorisierter Administrator noch unbekannt</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Last successful sync: %1 (run #%2)</source>
        <translation>Letzte erfolgreiche Synchronisierung: %1 (Lauf Nr. %2)</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Noch nie synchronisiert</translation>
    </message>
    <message>
        <source>Copy IDs</source>
        <translation>IDs kopieren</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Sync runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>Nächstes / voriges Feld</translation>
    </message>
    <message>
        <source>Open the menus</source>
        <translation>Menüs öffnen</translation>
    </message>
    <message>
        <source>Alt+underlined letter, or F10</source>
        <translation>Alt+unterstrichener Buchstabe oder F10</translation>
    </message>
    <message>
        <source>Context menu of the selected row</source>
        <translation>Kontextmenü der gewählten Zeile</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>Menütaste, Umschalt+F10</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Welcome to Dropbox Team Connector</source>
        <translation>Willkommen bei Dropbox Team Connector</translation>
    </message>
    <message>
        <source>&amp;Set up a connection...</source>
        <translation>Verbindung &amp;einrichten...</translation>
    </message>
    <message>
        <source>Opens the wizard that connects this app to your Dropbox team, step by step.</source>
        <translation>Öffnet den Assistenten, der diese App Schritt für Schritt mit Ihrem Dropbox-Team verbindet.</translation>
    </message>
    <message>
        <source>&amp;Try the demo team</source>
        <translation>Demo-Team aus&amp;probieren</translation>
    </message>
    <message>
        <source>Opens a built-in simulated team in this window.</source>
        <translation>Öffnet ein eingebautes simuliertes Team in diesem Fenster.</translation>
    </message>
    <message>
        <source>The demo team is simulated on this computer: look around, sync, provision and push without a Dropbox account. Nothing reaches Dropbox.</source>
        <translation>Das Demo-Team wird auf diesem Computer simuliert: Sehen Sie sich um, synchronisieren, ändern und übertragen Sie ohne Dropbox-Konto. Nichts davon erreicht Dropbox.</translation>
    </message>
    <message>
        <source>Search name, email, ID or role (Ctrl+F)</source>
        <translation>Name, E-Mail, ID oder Rolle suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>Kontostatus</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Membership type</source>
        <translation>Art der Mitgliedschaft</translation>
    </message>
    <message>
        <source>Any membership</source>
        <translation>Jede Mitgliedschaft</translation>
    </message>
    <message>
        <source>Admin role</source>
        <translation>Administratorrolle</translation>
    </message>
    <message>
        <source>Admins and members</source>
        <translation>Administratoren und Mitglieder</translation>
    </message>
    <message>
        <source>Admins only</source>
        <translation>Nur Administratoren</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Nur Mitglieder</translation>
    </message>
    <message>
        <source>Show removed</source>
        <translation>Entfernte zeigen</translation>
    </message>
    <message>
        <source>Removed accounts are listed last, in grey</source>
        <translation>Entfernte Konten stehen am Ende, in Grau</translation>
    </message>
    <message>
        <source>Search roles</source>
        <translation>Rollen suchen</translation>
    </message>
    <message>
        <source>Held only</source>
        <translation>Nur vergebene</translation>
    </message>
    <message>
        <source>Only roles someone holds</source>
        <translation>Nur Rollen, die jemand innehat</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>Gruppen suchen</translation>
    </message>
    <message>
        <source>Who manages the group</source>
        <translation>Wer die Gruppe verwaltet</translation>
    </message>
    <message>
        <source>Any management</source>
        <translation>Jede Verwaltung</translation>
    </message>
    <message>
        <source>Search principal, group, role or entitlement ID</source>
        <translation>Prinzipal, Gruppe, Rolle oder Berechtigungs-ID suchen</translation>
    </message>
    <message>
        <source>Entitlement kind</source>
        <translation>Art der Berechtigung</translation>
    </message>
    <message>
        <source>Every entitlement</source>
        <translation>Alle Berechtigungen</translation>
    </message>
    <message>
        <source>Group members</source>
        <translation>Gruppenmitglieder</translation>
    </message>
    <message>
        <source>Group owners</source>
        <translation>Gruppenbesitzer</translation>
    </message>
    <message>
        <source>Admin roles</source>
        <translation>Administratorrollen</translation>
    </message>
    <message>
        <source>Search runs</source>
        <translation>Läufe suchen</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>Lowest level shown</source>
        <translation>Niedrigste angezeigte Stufe</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Debug und höher</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Members without a sign-in for more than N days (needs the connection&apos;s &quot;Read sign-in activity&quot;)</source>
        <translation>Mitglieder ohne Anmeldung seit mehr als N Tagen (braucht „Anmeldeaktivität lesen“ der Verbindung)</translation>
    </message>
    <message>
        <source>Any sign-in</source>
        <translation>Jede Anmeldung</translation>
    </message>
    <message numerus="yes">
        <source>Inactive for more than %n day(s)</source>
        <translation>
            <numerusform>Inaktiv seit mehr als %n Tag</numerusform>
            <numerusform>Inaktiv seit mehr als %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbx::gui::OverviewCharts</name>
    <message>
        <source>Accounts by status</source>
        <translation>Konten nach Status</translation>
    </message>
    <message>
        <source>Admin roles held</source>
        <translation>Vergebene Administratorrollen</translation>
    </message>
    <message>
        <source>Memberships by group size (members per group)</source>
        <translation>Mitgliedschaften nach Gruppengröße (Mitglieder pro Gruppe)</translation>
    </message>
    <message>
        <source>Members and memberships across sync runs</source>
        <translation>Mitglieder und Mitgliedschaften über die Synchronisierungsläufe</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Mitgliedschaften</translation>
    </message>
    <message>
        <source>Sync runs</source>
        <translation>Synchronisierungsläufe</translation>
    </message>
    <message>
        <source>Runs %1 to %2</source>
        <translation>Läufe %1 bis %2</translation>
    </message>
    <message>
        <source>Under 30 days</source>
        <translation>Unter 30 Tagen</translation>
    </message>
    <message>
        <source>30 to 90 days</source>
        <translation>30 bis 90 Tage</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Über 90 Tage</translation>
    </message>
    <message>
        <source>Last sign-in of active members</source>
        <translation>Letzte Anmeldung aktiver Mitglieder</translation>
    </message>
    <message>
        <source>Last sign-in: not read. This connection does not read members&apos; sign-in activity, so accounts cannot be grouped by it. Turn on &quot;Read sign-in activity&quot; in the connection&apos;s settings and sync again.</source>
        <translation>Letzte Anmeldung: nicht gelesen. Diese Verbindung liest die Anmeldeaktivität der Mitglieder nicht, daher lassen sich die Konten nicht danach gruppieren. Schalten Sie in den Einstellungen der Verbindung „Anmeldeaktivität lesen“ ein und synchronisieren Sie erneut.</translation>
    </message>
    <message>
        <source>None in %1 days</source>
        <translation>Keine in %1 Tagen</translation>
    </message>
</context>
<context>
    <name>dbx::gui::OverviewController</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>No snapshot yet: sync the team to see it here.</source>
        <translation>Noch kein Snapshot: Synchronisieren Sie das Team, um es hier zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 accounts, %3 groups, %4 memberships in sync run %5 (%6). %7 of %8 checks found something.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 Konten, %3 Gruppen, %4 Mitgliedschaften in Synchronisierungslauf %5 (%6). %7 von %8 Prüfungen haben etwas gefunden.</translation>
    </message>
    <message>
        <source>accounts with status %1</source>
        <translation>Konten mit Status %1</translation>
    </message>
    <message>
        <source>members with no admin role</source>
        <translation>Mitglieder ohne Administratorrolle</translation>
    </message>
    <message>
        <source>holders of %1</source>
        <translation>Inhaber von %1</translation>
    </message>
    <message>
        <source>groups of %1 members</source>
        <translation>Gruppen mit %1 Mitgliedern</translation>
    </message>
    <message>
        <source>Showing %1 (%2), from the Overview.</source>
        <translation>Gezeigt: %1 (%2), aus der Übersicht.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Cannot write the plan %1: %2</source>
        <translation>Der Plan %1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>active members who signed in within 30 days</source>
        <translation>aktive Mitglieder mit Anmeldung in den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>active members whose last sign-in was 30 to 90 days ago</source>
        <translation>aktive Mitglieder, deren letzte Anmeldung 30 bis 90 Tage zurückliegt</translation>
    </message>
    <message>
        <source>active members with no sign-in for over 90 days</source>
        <translation>aktive Mitglieder ohne Anmeldung seit über 90 Tagen</translation>
    </message>
    <message>
        <source>active members with no sign-in in the %1 days read</source>
        <translation>aktive Mitglieder ohne Anmeldung in den %1 gelesenen Tagen</translation>
    </message>
    <message>
        <source>Findings thresholds</source>
        <translation>Schwellenwerte der Befunde</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>An invitation is stale after</source>
        <translation>Eine Einladung ist veraltet nach</translation>
    </message>
    <message>
        <source>A member is inactive after no sign-in for</source>
        <translation>Ein Mitglied gilt als inaktiv ohne Anmeldung seit</translation>
    </message>
    <message>
        <source>Too many team admins: more than</source>
        <translation>Zu viele Team-Administratoren: mehr als</translation>
    </message>
</context>
<context>
    <name>dbx::gui::OverviewPage</name>
    <message>
        <source>No snapshot yet: sync the team to see it here.</source>
        <translation>Noch kein Snapshot: Synchronisieren Sie das Team, um es hier zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs attention&lt;/b&gt;</source>
        <translation>&lt;b&gt;Braucht Aufmerksamkeit&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Click a finding to see its rows and what to do.</source>
        <translation>Klicken Sie auf einen Befund, um seine Zeilen und das Vorgehen zu sehen.</translation>
    </message>
</context>
<context>
    <name>dbx::gui::PlanDialog</name>
    <message>
        <source>Apply plan</source>
        <translation>Plan anwenden</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Group or role</source>
        <translation>Gruppe oder Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Save report...</source>
        <translation>Bericht speichern...</translation>
    </message>
    <message>
        <source>Applying...</source>
        <translation>Wird angewendet...</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Will change</source>
        <translation>Wird geändert</translation>
    </message>
    <message>
        <source>Already so</source>
        <translation>Schon so</translation>
    </message>
    <message>
        <source>Applied: %1.</source>
        <translation>Angewendet: %1.</translation>
    </message>
    <message>
        <source>Preview of 1 row: </source>
        <translation>Vorschau für 1 Zeile: </translation>
    </message>
    <message>
        <source>Preview of %1 rows: </source>
        <translation>Vorschau für %1 Zeilen: </translation>
    </message>
    <message>
        <source>%1 would change, %2 already so, %3 invalid (not sent; the other rows still run).</source>
        <translation>%1 würden geändert, %2 schon so, %3 ungültig (nicht gesendet; die übrigen Zeilen laufen trotzdem).</translation>
    </message>
    <message>
        <source>Cancelled: rows not yet started were not sent.</source>
        <translation>Abgebrochen: Noch nicht begonnene Zeilen wurden nicht gesendet.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
</context>
<context>
    <name>dbx::gui::PreparePage</name>
    <message>
        <source>Prepare a Dropbox app</source>
        <translation>Eine Dropbox-App vorbereiten</translation>
    </message>
    <message>
        <source>What you need before you start, and what to set up in Dropbox&apos;s App Console.</source>
        <translation>Was Sie vor dem Start brauchen und was Sie in der App Console von Dropbox einrichten.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;You need:&lt;/b&gt; to be a &lt;b&gt;Team Admin&lt;/b&gt; of the Dropbox team, and a Dropbox app with &lt;b&gt;Scoped access&lt;/b&gt; and &lt;b&gt;Team&lt;/b&gt; access (&quot;Full Dropbox&quot; or &quot;App folder&quot; does not matter for this connector).&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Open the &lt;a href=&quot;https://www.dropbox.com/developers/apps&quot;&gt;App Console&lt;/a&gt; and press &lt;i&gt;Create app&lt;/i&gt;: choose &lt;i&gt;Scoped access&lt;/i&gt;, then the access type, and name the app.&lt;/li&gt;&lt;li&gt;On the &lt;i&gt;Permissions&lt;/i&gt; tab, tick the scopes below and press &lt;i&gt;Submit&lt;/i&gt;. Scopes are fixed when you authorize: if you add one later, authorize again.&lt;/li&gt;&lt;li&gt;On the &lt;i&gt;Settings&lt;/i&gt; tab, note the &lt;i&gt;App key&lt;/i&gt; and &lt;i&gt;App secret&lt;/i&gt; (press &lt;i&gt;Show&lt;/i&gt;). To authorize in the browser, add the redirect URI shown on the Authorize page under &lt;i&gt;OAuth 2 &amp;gt; Redirect URIs&lt;/i&gt;; pasting a code needs none.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sie brauchen:&lt;/b&gt; die Rolle &lt;b&gt;Team Admin&lt;/b&gt; im Dropbox-Team und eine Dropbox-App mit &lt;b&gt;Scoped access&lt;/b&gt; und &lt;b&gt;Team&lt;/b&gt;-Zugriff („Full Dropbox“ oder „App folder“ spielt für diesen Connector keine Rolle).&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Öffnen Sie die &lt;a href=&quot;https://www.dropbox.com/developers/apps&quot;&gt;App Console&lt;/a&gt; und drücken Sie &lt;i&gt;Create app&lt;/i&gt;: Wählen Sie &lt;i&gt;Scoped access&lt;/i&gt;, dann die Zugriffsart, und benennen Sie die App.&lt;/li&gt;&lt;li&gt;Haken Sie auf dem Reiter &lt;i&gt;Permissions&lt;/i&gt; die Bereiche unten an und drücken Sie &lt;i&gt;Submit&lt;/i&gt;. Die Bereiche werden bei der Autorisierung festgelegt: Fügen Sie später einen hinzu, autorisieren Sie erneut.&lt;/li&gt;&lt;li&gt;Notieren Sie auf dem Reiter &lt;i&gt;Settings&lt;/i&gt; den &lt;i&gt;App key&lt;/i&gt; und das &lt;i&gt;App secret&lt;/i&gt; (drücken Sie &lt;i&gt;Show&lt;/i&gt;). Für die Autorisierung im Browser tragen Sie die Redirect-URI von der Seite „Autorisieren“ unter &lt;i&gt;OAuth 2 &amp;gt; Redirect URIs&lt;/i&gt; ein; zum Einfügen eines Codes ist keine nötig.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>To sync (read-only):</source>
        <translation>Zum Synchronisieren (nur lesen):</translation>
    </message>
    <message>
        <source>Also, to provision:</source>
        <translation>Zusätzlich für die Bereitstellung:</translation>
    </message>
    <message>
        <source>Older names in setup docs:</source>
        <translation>Ältere Namen in Einrichtungsanleitungen:</translation>
    </message>
    <message>
        <source>The seed&apos;s setup instructions call the permissions team_data.member and team_data.governance. The App Console today lists the names above.</source>
        <translation>Die Einrichtungsanleitung der Vorlage nennt die Berechtigungen team_data.member und team_data.governance. Die App Console zeigt heute die Namen oben.</translation>
    </message>
    <message>
        <source>Copy the read-only scopes</source>
        <translation>Bereiche zum Lesen kopieren</translation>
    </message>
    <message>
        <source>Copy the provisioning scopes</source>
        <translation>Bereiche für die Bereitstellung kopieren</translation>
    </message>
    <message>
        <source>Copy the older scope names</source>
        <translation>Ältere Bereichsnamen kopieren</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
</context>
<context>
    <name>dbx::gui::ProfileDialog</name>
    <message>
        <source>Edit profile of %1</source>
        <translation>Profil von %1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>E&amp;xterne ID:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Change at least one field.</source>
        <translation>Ändern Sie mindestens ein Feld.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1 belongs to another member.</source>
        <translation>%1 gehört einem anderen Mitglied.</translation>
    </message>
    <message>
        <source>Given name and surname cannot be empty.</source>
        <translation>Vorname und Nachname dürfen nicht leer sein.</translation>
    </message>
</context>
<context>
    <name>dbx::gui::ProvisioningController</name>
    <message>
        <source>Audit</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Create account...</source>
        <translation>Konto anlegen...</translation>
    </message>
    <message>
        <source>Invite a new member to the team</source>
        <translation>Ein neues Mitglied in das Team einladen</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>Entfernen...</translation>
    </message>
    <message>
        <source>Remove the selected members from the team (you choose what happens to their files)</source>
        <translation>Die gewählten Mitglieder aus dem Team entfernen (Sie wählen, was mit ihren Dateien geschieht)</translation>
    </message>
    <message>
        <source>Suspend...</source>
        <translation>Sperren...</translation>
    </message>
    <message>
        <source>Stop the selected members from signing in</source>
        <translation>Die gewählten Mitglieder von der Anmeldung aussperren</translation>
    </message>
    <message>
        <source>Unsuspend</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Let the selected suspended members sign in again</source>
        <translation>Die gewählten gesperrten Mitglieder wieder anmelden lassen</translation>
    </message>
    <message>
        <source>Set role...</source>
        <translation>Rolle setzen...</translation>
    </message>
    <message>
        <source>Give the selected members an admin role (replacing the one they hold)</source>
        <translation>Den gewählten Mitgliedern eine Administratorrolle geben (ersetzt ihre bisherige)</translation>
    </message>
    <message>
        <source>Clear role</source>
        <translation>Rolle entziehen</translation>
    </message>
    <message>
        <source>Take the admin role away from the selected members</source>
        <translation>Den gewählten Mitgliedern die Administratorrolle entziehen</translation>
    </message>
    <message>
        <source>Add to group...</source>
        <translation>Zu Gruppe hinzufügen...</translation>
    </message>
    <message>
        <source>Add the selected members to groups, as members or owners</source>
        <translation>Die gewählten Mitglieder Gruppen hinzufügen, als Mitglieder oder Besitzer</translation>
    </message>
    <message>
        <source>Remove from group...</source>
        <translation>Aus Gruppe entfernen...</translation>
    </message>
    <message>
        <source>Remove the selected members from some of their groups</source>
        <translation>Die gewählten Mitglieder aus einigen ihrer Gruppen entfernen</translation>
    </message>
    <message>
        <source>Make group owner...</source>
        <translation>Zum Gruppenbesitzer machen...</translation>
    </message>
    <message>
        <source>Make the selected members owners of groups they are in</source>
        <translation>Die gewählten Mitglieder zu Besitzern ihrer Gruppen machen</translation>
    </message>
    <message>
        <source>Make group member...</source>
        <translation>Zum Gruppenmitglied machen...</translation>
    </message>
    <message>
        <source>Turn owners into plain members of groups (without removing them)</source>
        <translation>Besitzer zu einfachen Gruppenmitgliedern machen (ohne sie zu entfernen)</translation>
    </message>
    <message>
        <source>Add members...</source>
        <translation>Mitglieder hinzufügen...</translation>
    </message>
    <message>
        <source>Add members to the selected groups by email</source>
        <translation>Den gewählten Gruppen Mitglieder per E-Mail-Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Clear role from its holders...</source>
        <translation>Rolle allen Inhabern entziehen...</translation>
    </message>
    <message>
        <source>Take the selected roles away from everyone who holds them</source>
        <translation>Die gewählten Rollen allen entziehen, die sie haben</translation>
    </message>
    <message>
        <source>Apply plan (CSV)...</source>
        <translation>Plan anwenden (CSV)...</translation>
    </message>
    <message>
        <source>Preview and apply a CSV plan: action,email_or_id,group_or_role,options</source>
        <translation>Einen CSV-Plan prüfen und anwenden: action,email_or_id,group_or_role,options</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of an interrupted run were checked with Dropbox; %1 still unknown: sync to confirm (see the Audit tab).</source>
        <translation>
            <numerusform>%n Änderung eines unterbrochenen Laufs wurde bei Dropbox geprüft; %1 weiter unbekannt: Synchronisieren Sie, um es zu bestätigen (siehe Reiter „Protokoll“).</numerusform>
            <numerusform>%n Änderungen eines unterbrochenen Laufs wurden bei Dropbox geprüft; %1 weiter unbekannt: Synchronisieren Sie, um es zu bestätigen (siehe Reiter „Protokoll“).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of an interrupted run were checked with Dropbox (see the Audit tab).</source>
        <translation>
            <numerusform>%n Änderung eines unterbrochenen Laufs wurde bei Dropbox geprüft (siehe Reiter „Protokoll“).</numerusform>
            <numerusform>%n Änderungen eines unterbrochenen Laufs wurden bei Dropbox geprüft (siehe Reiter „Protokoll“).</numerusform>
        </translation>
    </message>
    <message>
        <source>No Dropbox team is connected yet. Set up a connection first.</source>
        <translation>Noch ist kein Dropbox-Team verbunden. Richten Sie zuerst eine Verbindung ein.</translation>
    </message>
    <message>
        <source>Provisioning is off for the connection &quot;%1&quot;, so nothing was changed. To allow changes, turn on &quot;Allow provisioning&quot; for it in Connection &gt; Manage connections (the headless connector uses --provisioning or BATON_PROVISIONING=true).</source>
        <translation>Die Bereitstellung ist für die Verbindung „%1“ ausgeschaltet, daher wurde nichts geändert. Um Änderungen zu erlauben, schalten Sie unter Verbindung &gt; Verbindungen verwalten „Bereitstellung erlauben“ ein (der Connector ohne Fenster verwendet --provisioning oder BATON_PROVISIONING=true).</translation>
    </message>
    <message>
        <source>Manage connections...</source>
        <translation>Verbindungen verwalten...</translation>
    </message>
    <message>
        <source>... and %1 more like these.</source>
        <translation>... und %1 weitere dieser Art.</translation>
    </message>
    <message>
        <source>%1 changes will be sent to Dropbox:</source>
        <translation>%1 Änderungen werden an Dropbox gesendet:</translation>
    </message>
    <message>
        <source>Nothing to change: select the members first.</source>
        <translation>Nichts zu ändern: Wählen Sie zuerst die Mitglieder.</translation>
    </message>
    <message>
        <source>Wait for the running sync or change to finish first.</source>
        <translation>Warten Sie zuerst, bis die laufende Synchronisierung oder Änderung fertig ist.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Abgebrochen: Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <source>Remove from the team</source>
        <translation>Aus dem Team entfernen</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Set admin role</source>
        <translation>Administratorrolle setzen</translation>
    </message>
    <message>
        <source>Clear admin role</source>
        <translation>Administratorrolle entziehen</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Zu Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Aus Gruppe entfernen</translation>
    </message>
    <message>
        <source>Make group owner</source>
        <translation>Zum Gruppenbesitzer machen</translation>
    </message>
    <message>
        <source>Make group member</source>
        <translation>Zum Gruppenmitglied machen</translation>
    </message>
    <message>
        <source>Open a provisioning plan</source>
        <translation>Einen Plan öffnen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the plan report</source>
        <translation>Den Planbericht speichern</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>Bericht unter %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>dbx::gui::PushPanel</name>
    <message>
        <source>ConductorOne</source>
        <translation>ConductorOne</translation>
    </message>
    <message>
        <source>Push to &amp;ConductorOne</source>
        <translation>An &amp;ConductorOne übertragen</translation>
    </message>
    <message>
        <source>Send the Dropbox team&apos;s accounts, roles, groups and grants to ConductorOne</source>
        <translation>Die Konten, Rollen, Gruppen und Zuweisungen des Dropbox-Teams an ConductorOne senden</translation>
    </message>
    <message>
        <source>Export snapshot as &amp;c1z...</source>
        <translation>Snapshot als &amp;c1z exportieren...</translation>
    </message>
    <message>
        <source>Write the snapshot in ConductorOne&apos;s c1z format (what a push uploads)</source>
        <translation>Den Snapshot im c1z-Format von ConductorOne schreiben (das, was eine Übertragung hochlädt)</translation>
    </message>
    <message>
        <source>There is no snapshot to export yet: sync first.</source>
        <translation>Es gibt noch keinen Snapshot zum Exportieren: Synchronisieren Sie zuerst.</translation>
    </message>
    <message>
        <source>Export snapshot as c1z</source>
        <translation>Snapshot als c1z exportieren</translation>
    </message>
    <message>
        <source>c1z files (*.c1z);;All files (*)</source>
        <translation>c1z-Dateien (*.c1z);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation>%1 wird geschrieben...</translation>
    </message>
    <message>
        <source>Exported the snapshot to %1</source>
        <translation>Snapshot nach %1 exportiert</translation>
    </message>
    <message>
        <source>&amp;Push to ConductorOne</source>
        <translation>An ConductorOne &amp;übertragen</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;Stay connected (serve ConductorOne&apos;s tasks while this window is open)</source>
        <translation>Verbunden b&amp;leiben (Aufgaben von ConductorOne bedienen, solange dieses Fenster offen ist)</translation>
    </message>
    <message>
        <source>S&amp;ettings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>Tasks from ConductorOne</source>
        <translation>Aufgaben von ConductorOne</translation>
    </message>
    <message>
        <source>The Dropbox connection changed, so the connection to ConductorOne was closed; push again to serve the new team.</source>
        <translation>Die Dropbox-Verbindung hat sich geändert, daher wurde die Verbindung zu ConductorOne geschlossen; übertragen Sie erneut, um das neue Team zu bedienen.</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>Arbeitsspeicher (nur diese Sitzung)</translation>
    </message>
    <message>
        <source>Connected: serving ConductorOne&apos;s tasks</source>
        <translation>Verbunden: Aufgaben von ConductorOne werden bedient</translation>
    </message>
    <message>
        <source>Connect to ConductorOne</source>
        <translation>Mit ConductorOne verbinden</translation>
    </message>
    <message>
        <source>Sync the Dropbox team</source>
        <translation>Das Dropbox-Team synchronisieren</translation>
    </message>
    <message>
        <source>Upload the snapshot</source>
        <translation>Den Snapshot hochladen</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindet</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Lädt hoch</translation>
    </message>
    <message>
        <source>Connect to a Dropbox team first.</source>
        <translation>Verbinden Sie zuerst ein Dropbox-Team.</translation>
    </message>
    <message>
        <source>Not set up: enter this connector&apos;s ConductorOne client id and secret in Settings.</source>
        <translation>Nicht eingerichtet: Geben Sie in den Einstellungen die ConductorOne-Client-ID und das Geheimnis dieses Connectors ein.</translation>
    </message>
    <message>
        <source>Pushing to ConductorOne...</source>
        <translation>Wird an ConductorOne übertragen...</translation>
    </message>
    <message>
        <source>Connected to ConductorOne (%1); serving its tasks.</source>
        <translation>Mit ConductorOne verbunden (%1); seine Aufgaben werden bedient.</translation>
    </message>
    <message>
        <source>Ready to push %1 to ConductorOne.</source>
        <translation>Bereit, %1 an ConductorOne zu übertragen.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbindet mit %1</translation>
    </message>
    <message>
        <source>Disconnected before the push finished.</source>
        <translation>Getrennt, bevor die Übertragung fertig war.</translation>
    </message>
    <message>
        <source>Waiting for ConductorOne&apos;s sync task (it asks on its own schedule; with the app and connector ids in Settings the push asks it to sync now)</source>
        <translation>Warte auf die Synchronisierungsaufgabe von ConductorOne (es fragt nach eigenem Zeitplan; mit App- und Connector-ID in den Einstellungen bittet die Übertragung es, sofort zu synchronisieren)</translation>
    </message>
    <message>
        <source>Asking ConductorOne to start a sync</source>
        <translation>ConductorOne wird gebeten, eine Synchronisierung zu starten</translation>
    </message>
    <message>
        <source>ConductorOne accepted; waiting for its sync task</source>
        <translation>ConductorOne hat angenommen; warte auf seine Synchronisierungsaufgabe</translation>
    </message>
    <message>
        <source>Syncing the Dropbox team for ConductorOne</source>
        <translation>Das Dropbox-Team wird für ConductorOne synchronisiert</translation>
    </message>
    <message>
        <source>Snapshot ready</source>
        <translation>Snapshot bereit</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>The push failed: %1</source>
        <translation>Die Übertragung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Pushed at %1; serving ConductorOne&apos;s tasks</source>
        <translation>Übertragen um %1; Aufgaben von ConductorOne werden bedient</translation>
    </message>
    <message>
        <source>Pushed at %1; disconnected</source>
        <translation>Übertragen um %1; getrennt</translation>
    </message>
    <message>
        <source>Pushed the Dropbox team to ConductorOne at %1.</source>
        <translation>Das Dropbox-Team wurde um %1 an ConductorOne übertragen.</translation>
    </message>
    <message>
        <source>ConductorOne synced the Dropbox team at %1.</source>
        <translation>ConductorOne hat das Dropbox-Team um %1 synchronisiert.</translation>
    </message>
    <message>
        <source>The connection to ConductorOne ended before the push finished.</source>
        <translation>Die Verbindung zu ConductorOne endete, bevor die Übertragung fertig war.</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Disconnected from ConductorOne.</source>
        <translation>Von ConductorOne getrennt.</translation>
    </message>
</context>
<context>
    <name>dbx::gui::PushSettings</name>
    <message>
        <source>Enter the connector&apos;s ConductorOne client id (Integrations &gt; Connectors &gt; your Dropbox connector &gt; Settings &gt; Rotate credentials).</source>
        <translation>Geben Sie die ConductorOne-Client-ID des Connectors ein (Integrations &gt; Connectors &gt; Ihr Dropbox-Connector &gt; Settings &gt; Rotate credentials).</translation>
    </message>
    <message>
        <source>Enter the connector&apos;s ConductorOne client secret.</source>
        <translation>Geben Sie das ConductorOne-Client-Geheimnis des Connectors ein.</translation>
    </message>
    <message>
        <source>Enter both the app id and the connector id, or neither.</source>
        <translation>Geben Sie App-ID und Connector-ID beide ein oder keine von beiden.</translation>
    </message>
</context>
<context>
    <name>dbx::gui::PushSettingsDialog</name>
    <message>
        <source>ConductorOne settings</source>
        <translation>ConductorOne-Einstellungen</translation>
    </message>
    <message>
        <source>The credentials of this connector in ConductorOne (Integrations &gt; Connectors &gt; your Dropbox connector &gt; Settings). They are the BATON_CLIENT_ID and BATON_CLIENT_SECRET of a self-hosted connector.</source>
        <translation>Die Zugangsdaten dieses Connectors in ConductorOne (Integrations &gt; Connectors &gt; Ihr Dropbox-Connector &gt; Settings). Es sind BATON_CLIENT_ID und BATON_CLIENT_SECRET eines selbst betriebenen Connectors.</translation>
    </message>
    <message>
        <source>Kept in %1, never in the settings file.</source>
        <translation>Liegt in %1, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>from the client id</source>
        <translation>aus der Client-ID</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>always sync</source>
        <translation>immer synchronisieren</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>API &amp;host:</source>
        <translation>API-&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;App id:</source>
        <translation>&amp;App-ID:</translation>
    </message>
    <message>
        <source>&amp;Connector id:</source>
        <translation>&amp;Connector-ID:</translation>
    </message>
    <message>
        <source>Sync first when the snapshot is older than:</source>
        <translation>Zuerst synchronisieren, wenn der Snapshot älter ist als:</translation>
    </message>
    <message>
        <source>With the app id and connector id, a push asks ConductorOne to start a sync now; without them it serves the sync ConductorOne asks for on its own schedule. The client secret is kept in %1.</source>
        <translation>Mit App-ID und Connector-ID bittet eine Übertragung ConductorOne, sofort zu synchronisieren; ohne sie bedient sie die Synchronisierung, die ConductorOne nach eigenem Zeitplan anfordert. Das Client-Geheimnis liegt in %1.</translation>
    </message>
</context>
<context>
    <name>dbx::gui::RemoveAccountsDialog</name>
    <message>
        <source>Remove from the team</source>
        <translation>Aus dem Team entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the team.</source>
        <translation>%1 aus dem Team entfernen.</translation>
    </message>
    <message>
        <source>Their account and files</source>
        <translation>Konto und Dateien</translation>
    </message>
    <message>
        <source>&amp;Delete the account (files stay with the team)</source>
        <translation>Konto &amp;löschen (die Dateien bleiben beim Team)</translation>
    </message>
    <message>
        <source>&amp;Keep as a Basic account (a personal account with their own files)</source>
        <translation>Als &amp;Basic-Konto behalten (ein privates Konto mit den eigenen Dateien)</translation>
    </message>
    <message>
        <source>&amp;Transfer their files to:</source>
        <translation>Dateien &amp;übertragen an:</translation>
    </message>
    <message>
        <source>a member&apos;s email</source>
        <translation>E-Mail-Adresse eines Mitglieds</translation>
    </message>
    <message>
        <source>an admin&apos;s email</source>
        <translation>E-Mail-Adresse eines Administrators</translation>
    </message>
    <message>
        <source>Keep folders &amp;shared with them explicitly (team shares)</source>
        <translation>Ausdrücklich mit ihnen &amp;geteilte Ordner behalten (Team-Freigaben)</translation>
    </message>
    <message>
        <source>&amp;Wipe their Dropbox files from linked computers and phones</source>
        <translation>Ihre Dropbox-Dateien von verknüpften Computern und Telefonen &amp;wischen</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Mitglied:</translation>
    </message>
    <message>
        <source>Admin told of transfer errors:</source>
        <translation>Administrator, der über Übertragungsfehler informiert wird:</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>Entfernen...</translation>
    </message>
    <message>
        <source>What will happen:</source>
        <translation>Was geschehen wird:</translation>
    </message>
    <message>
        <source>Select the members to remove first.</source>
        <translation>Wählen Sie zuerst die Mitglieder, die entfernt werden sollen.</translation>
    </message>
    <message>
        <source>Enter the member who receives the files.</source>
        <translation>Geben Sie das Mitglied ein, das die Dateien erhält.</translation>
    </message>
    <message>
        <source>%1 is not a member of the team.</source>
        <translation>%1 ist kein Mitglied des Teams.</translation>
    </message>
    <message>
        <source>Files cannot be transferred to a member who is being removed.</source>
        <translation>Dateien können nicht an ein Mitglied übertragen werden, das gerade entfernt wird.</translation>
    </message>
    <message>
        <source>%1 is not an active member and cannot receive files.</source>
        <translation>%1 ist kein aktives Mitglied und kann keine Dateien erhalten.</translation>
    </message>
    <message>
        <source>Enter the admin who is told of transfer errors.</source>
        <translation>Geben Sie den Administrator ein, der über Übertragungsfehler informiert wird.</translation>
    </message>
    <message>
        <source>%1 is not a team admin.</source>
        <translation>%1 ist kein Team-Administrator.</translation>
    </message>
</context>
<context>
    <name>dbx::gui::ResultsDialog</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelling: a change in flight is stopped and read back from Dropbox...</source>
        <translation>Wird abgebrochen: Eine laufende Änderung wird angehalten und bei Dropbox nachgelesen...</translation>
    </message>
</context>
<context>
    <name>dbx::gui::ReviewController</name>
    <message>
        <source>New access review</source>
        <translation>Neue Zugriffsprüfung</translation>
    </message>
    <message>
        <source>Members of a group</source>
        <translation>Mitglieder einer Gruppe</translation>
    </message>
    <message>
        <source>Holders of an admin role</source>
        <translation>Inhaber einer Administratorrolle</translation>
    </message>
    <message>
        <source>Every admin</source>
        <translation>Alle Administratoren</translation>
    </message>
    <message>
        <source>Members inactive for N days</source>
        <translation>Seit N Tagen inaktive Mitglieder</translation>
    </message>
    <message>
        <source>The rows of a finding</source>
        <translation>Die Zeilen eines Befunds</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Zugriffsprüfung</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Welche</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Access review</source>
        <translation>Zugriffsprüfung</translation>
    </message>
    <message>
        <source>Connect to a Dropbox team first: reviews are kept in its snapshot database.</source>
        <translation>Verbinden Sie zuerst ein Dropbox-Team: Zugriffsprüfungen liegen in seiner Snapshot-Datenbank.</translation>
    </message>
    <message>
        <source>Export review evidence</source>
        <translation>Nachweise der Zugriffsprüfung exportieren</translation>
    </message>
    <message>
        <source>HTML report (*.html);;CSV (*.csv)</source>
        <translation>HTML-Bericht (*.html);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote the evidence of review %1 to %2.</source>
        <translation>Die Nachweise von Zugriffsprüfung %1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write the plan %1: %2</source>
        <translation>Der Plan %1 lässt sich nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>dbx::gui::ReviewModel</name>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Entziehen</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Access under review</source>
        <translation>Überprüfter Zugriff</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Revoke by</source>
        <translation>Entzug durch</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Entschieden am</translation>
    </message>
</context>
<context>
    <name>dbx::gui::ReviewPage</name>
    <message>
        <source>New review...</source>
        <translation>Neue Zugriffsprüfung...</translation>
    </message>
    <message>
        <source>Review a group, a role, every admin, or a finding&apos;s rows</source>
        <translation>Eine Gruppe, eine Rolle, alle Administratoren oder die Zeilen eines Befunds überprüfen</translation>
    </message>
    <message>
        <source>Close review</source>
        <translation>Zugriffsprüfung abschließen</translation>
    </message>
    <message>
        <source>Make the decisions final: a closed review can be exported, not changed</source>
        <translation>Die Entscheidungen endgültig machen: Eine abgeschlossene Zugriffsprüfung lässt sich exportieren, nicht ändern</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Zugriffsprüfung:</translation>
    </message>
    <message>
        <source>No access review yet. Start one with &quot;New review...&quot;, or from a finding.</source>
        <translation>Noch keine Zugriffsprüfung. Beginnen Sie eine mit „Neue Zugriffsprüfung...“ oder aus einem Befund.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>The selected rows keep their access</source>
        <translation>Die gewählten Zeilen behalten ihren Zugriff</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Entziehen</translation>
    </message>
    <message>
        <source>The selected rows lose this access</source>
        <translation>Die gewählten Zeilen verlieren diesen Zugriff</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Take the decision back</source>
        <translation>Die Entscheidung zurücknehmen</translation>
    </message>
    <message>
        <source>Comment kept with the decision (why keep, why revoke)</source>
        <translation>Kommentar zur Entscheidung (warum behalten, warum entziehen)</translation>
    </message>
    <message>
        <source>How a revoke is carried out</source>
        <translation>Wie ein Entzug ausgeführt wird</translation>
    </message>
    <message>
        <source>Revoke as listed</source>
        <translation>Wie aufgeführt entziehen</translation>
    </message>
    <message>
        <source>Revoke by suspending</source>
        <translation>Durch Sperren entziehen</translation>
    </message>
    <message>
        <source>Revoke by removing the account</source>
        <translation>Durch Entfernen des Kontos entziehen</translation>
    </message>
    <message>
        <source>Export evidence...</source>
        <translation>Nachweise exportieren...</translation>
    </message>
    <message>
        <source>Save the review as CSV or as an HTML report for the audit file</source>
        <translation>Die Zugriffsprüfung als CSV oder HTML-Bericht für die Prüfungsakte speichern</translation>
    </message>
    <message>
        <source>Turn revokes into a plan...</source>
        <translation>Entzüge als Plan...</translation>
    </message>
    <message>
        <source>Preview the revokes as a plan; nothing changes until you apply it there</source>
        <translation>Die Entzüge als Plan ansehen; nichts ändert sich, bevor Sie ihn dort anwenden</translation>
    </message>
    <message>
        <source>#%1 %2 (%3 of %4 decided%5)</source>
        <translation>Nr. %1 %2 (%3 von %4 entschieden%5)</translation>
    </message>
    <message>
        <source>, closed</source>
        <translation>, abgeschlossen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Snapshot: sync run %2 of %3. Reviewer: %4. Started %5; last decision %6%7.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Snapshot: Synchronisierungslauf %2 vom %3. Prüfer: %4. Begonnen %5; letzte Entscheidung %6%7.</translation>
    </message>
    <message>
        <source>; closed %1</source>
        <translation>; abgeschlossen %1</translation>
    </message>
</context>
<context>
    <name>dbx::gui::RolesModel</name>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Role ID</source>
        <translation>Rollen-ID</translation>
    </message>
</context>
<context>
    <name>dbx::gui::RunDialog</name>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n erledigt</numerusform>
            <numerusform>%n erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without change</source>
        <translation>
            <numerusform>%n ohne Änderung</numerusform>
            <numerusform>%n ohne Änderung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started (cancelled)</source>
        <translation>
            <numerusform>%n nicht begonnen (abgebrochen)</numerusform>
            <numerusform>%n nicht begonnen (abgebrochen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown: the reply was lost and could not be read back; sync to confirm</source>
        <translation>
            <numerusform>%n unbekannt: Die Antwort ging verloren und ließ sich nicht nachlesen; synchronisieren Sie, um es zu bestätigen</numerusform>
            <numerusform>%n unbekannt: Die Antworten gingen verloren und ließen sich nicht nachlesen; synchronisieren Sie, um es zu bestätigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending to Dropbox...</source>
        <translation>Wird an Dropbox gesendet...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stops before the next item; a change already sent to Dropbox completes.</source>
        <translation>Hält vor dem nächsten Eintrag an; eine schon an Dropbox gesendete Änderung wird abgeschlossen.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Cancelled: the items not yet started were not sent.</source>
        <translation>Abgebrochen: Die noch nicht begonnenen Einträge wurden nicht gesendet.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
</context>
<context>
    <name>dbx::gui::RunsModel</name>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Mitgliedschaften</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>dbx::gui::SetRoleDialog</name>
    <message>
        <source>Set admin role</source>
        <translation>Administratorrolle setzen</translation>
    </message>
    <message>
        <source>Give %1 an admin role. A member holds one role at most: it replaces the one they hold.</source>
        <translation>%1 eine Administratorrolle geben. Ein Mitglied hat höchstens eine Rolle: Sie ersetzt die bisherige.</translation>
    </message>
    <message>
        <source>Set role...</source>
        <translation>Rolle setzen...</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... und %n weiteres.</numerusform>
            <numerusform>... und %n weitere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbx::gui::SuspendDialog</name>
    <message>
        <source>Suspend</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Suspend %1.</source>
        <translation>%1 sperren.</translation>
    </message>
    <message>
        <source>Also &amp;wipe their Dropbox files from linked computers and phones</source>
        <translation>Außerdem ihre Dropbox-Dateien von verknüpften Computern und Telefonen &amp;wischen</translation>
    </message>
    <message>
        <source>Suspend...</source>
        <translation>Sperren...</translation>
    </message>
</context>
<context>
    <name>dbx::gui::TableExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>dbx::gui::TablePage</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
</context>
<context>
    <name>dbx::gui::TaskHistoryModel</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>dbx::gui::VerifyPage</name>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>A first call to Dropbox with the new credentials: who authorized, on which team, and which permissions were granted.</source>
        <translation>Ein erster Aufruf bei Dropbox mit den neuen Zugangsdaten: wer autorisiert hat, für welches Team und welche Berechtigungen erteilt wurden.</translation>
    </message>
    <message>
        <source>Allow &amp;provisioning (changes to the team)</source>
        <translation>&amp;Bereitstellung erlauben (Änderungen am Team)</translation>
    </message>
    <message>
        <source>Let this app invite, suspend and remove members and change admin roles and groups. Off: read-only.</source>
        <translation>Diese App darf Mitglieder einladen, sperren und entfernen sowie Administratorrollen und Gruppen ändern. Aus: nur lesen.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Checking the credentials with Dropbox…</source>
        <translation>Die Zugangsdaten werden bei Dropbox geprüft…</translation>
    </message>
    <message>
        <source>Dropbox did not report the granted permissions; missing ones will show up as errors on first use.</source>
        <translation>Dropbox hat die erteilten Berechtigungen nicht gemeldet; fehlende zeigen sich beim ersten Gebrauch als Fehler.</translation>
    </message>
    <message>
        <source>Granted: %1</source>
        <translation>Erteilt: %1</translation>
    </message>
    <message>
        <source>without it, no %1</source>
        <translation>ohne ihn nicht möglich: %1</translation>
    </message>
    <message>
        <source>Missing for sync:</source>
        <translation>Fehlt zum Synchronisieren:</translation>
    </message>
    <message>
        <source>Tick them on the App Console&apos;s Permissions tab, press Submit, then authorize again.</source>
        <translation>Haken Sie sie auf dem Reiter „Permissions“ der App Console an, drücken Sie „Submit“ und autorisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Missing for provisioning (read-only use works):</source>
        <translation>Fehlt für die Bereitstellung (nur Lesen funktioniert):</translation>
    </message>
    <message>
        <source>Every permission this app uses is granted.</source>
        <translation>Jede Berechtigung, die diese App verwendet, ist erteilt.</translation>
    </message>
    <message>
        <source>Optional, for each member&apos;s last sign-in: %1. Tick it on the App Console&apos;s Permissions tab, press Submit, then authorize again.</source>
        <translation>Optional, für die letzte Anmeldung jedes Mitglieds: %1. Haken Sie es im Reiter „Permissions“ der App Console an, drücken Sie „Submit“ und autorisieren Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>dbx::model</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Voll</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>User managed</source>
        <translation>Von Benutzern verwaltet</translation>
    </message>
    <message>
        <source>Company managed</source>
        <translation>Vom Unternehmen verwaltet</translation>
    </message>
    <message>
        <source>System managed</source>
        <translation>Vom System verwaltet</translation>
    </message>
</context>
<context>
    <name>dbx::parse</name>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 ist keine Liste</translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation>%1 ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>%1 is not a boolean</source>
        <translation>%1 ist kein Wahrheitswert</translation>
    </message>
    <message>
        <source>%1 is not a non-negative integer</source>
        <translation>%1 ist keine nicht negative ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is not a timestamp</source>
        <translation>%1 ist kein Zeitstempel</translation>
    </message>
    <message>
        <source>%1 is not a union</source>
        <translation>%1 ist keine Union</translation>
    </message>
    <message>
        <source>%1 has no .tag</source>
        <translation>%1 hat kein .tag</translation>
    </message>
    <message>
        <source>%1 has an unknown tag</source>
        <translation>%1 hat ein unbekanntes Tag</translation>
    </message>
    <message>
        <source>not one JSON value</source>
        <translation>nicht genau ein JSON-Wert</translation>
    </message>
</context>
<context>
    <name>dbx::parse::Ctx</name>
    <message>
        <source>the reply</source>
        <translation>die Antwort</translation>
    </message>
</context>
<context>
    <name>dbx::provision</name>
    <message>
        <source>no member with that team member id, email or external id exists on this team</source>
        <translation>in diesem Team gibt es kein Mitglied mit dieser Teammitglied-ID, E-Mail-Adresse oder externen ID</translation>
    </message>
    <message>
        <source>the user is not (or no longer) a member of this team</source>
        <translation>der Benutzer ist (nicht mehr) Mitglied dieses Teams</translation>
    </message>
    <message>
        <source>the member&apos;s files are being transferred right now, so they cannot be deleted</source>
        <translation>die Dateien des Mitglieds werden gerade übertragen und lassen sich daher nicht löschen</translation>
    </message>
    <message>
        <source>the member&apos;s files were already transferred to someone else</source>
        <translation>die Dateien des Mitglieds wurden bereits an jemand anderen übertragen</translation>
    </message>
    <message>
        <source>the member&apos;s files were already transferred or deleted</source>
        <translation>die Dateien des Mitglieds wurden bereits übertragen oder gelöscht</translation>
    </message>
    <message>
        <source>the files cannot be transferred to the member being removed; choose another recipient</source>
        <translation>die Dateien lassen sich nicht an das Mitglied übertragen, das entfernt wird; wählen Sie einen anderen Empfänger</translation>
    </message>
    <message>
        <source>the admin who receives transfer errors cannot be the member being removed; choose another admin</source>
        <translation>der Administrator, der Übertragungsfehler erhält, kann nicht das Mitglied sein, das entfernt wird; wählen Sie einen anderen Administrator</translation>
    </message>
    <message>
        <source>the member chosen to receive the files does not exist</source>
        <translation>das Mitglied, das die Dateien erhalten soll, existiert nicht</translation>
    </message>
    <message>
        <source>the member chosen to receive the files is not on this team</source>
        <translation>das Mitglied, das die Dateien erhalten soll, ist nicht in diesem Team</translation>
    </message>
    <message>
        <source>the admin chosen for transfer errors is not on this team</source>
        <translation>der für Übertragungsfehler gewählte Administrator ist nicht in diesem Team</translation>
    </message>
    <message>
        <source>the admin chosen for transfer errors does not exist</source>
        <translation>der für Übertragungsfehler gewählte Administrator existiert nicht</translation>
    </message>
    <message>
        <source>a file transfer needs an admin who is told about transfer errors (transfer_admin)</source>
        <translation>eine Dateiübertragung braucht einen Administrator, der über Übertragungsfehler informiert wird (transfer_admin)</translation>
    </message>
    <message>
        <source>the member chosen for transfer errors is not a team admin; choose a member who holds an admin role</source>
        <translation>das für Übertragungsfehler gewählte Mitglied ist kein Team-Administrator; wählen Sie ein Mitglied mit Administratorrolle</translation>
    </message>
    <message>
        <source>the member chosen to receive the files has not verified their email address</source>
        <translation>das Mitglied, das die Dateien erhalten soll, hat seine E-Mail-Adresse nicht bestätigt</translation>
    </message>
    <message>
        <source>they are the team&apos;s last admin, and a team cannot be left without one; give another member an admin role first</source>
        <translation>es ist der letzte Administrator des Teams, und ein Team darf nicht ohne Administrator bleiben; geben Sie zuerst einem anderen Mitglied eine Administratorrolle</translation>
    </message>
    <message>
        <source>an account cannot be kept as a Basic account and have its files transferred at the same time; choose one</source>
        <translation>ein Konto kann nicht zugleich als Basic-Konto behalten werden und seine Dateien übertragen; wählen Sie eines davon</translation>
    </message>
    <message>
        <source>an account cannot be kept as a Basic account while its data is wiped from linked devices; turn wipe_data off to keep it</source>
        <translation>ein Konto kann nicht als Basic-Konto behalten werden, während seine Daten von verknüpften Geräten gelöscht werden; schalten Sie wipe_data aus, um es zu behalten</translation>
    </message>
    <message>
        <source>an account cannot be kept while its files are permanently deleted</source>
        <translation>ein Konto kann nicht behalten werden, während seine Dateien endgültig gelöscht werden</translation>
    </message>
    <message>
        <source>the member&apos;s email address is too long for Dropbox to disable it</source>
        <translation>die E-Mail-Adresse des Mitglieds ist zu lang, als dass Dropbox es deaktivieren könnte</translation>
    </message>
    <message>
        <source>an invited member who never joined has no account to keep as a Basic account</source>
        <translation>ein eingeladenes Mitglied, das nie beigetreten ist, hat kein Konto, das als Basic-Konto bleiben könnte</translation>
    </message>
    <message>
        <source>team shares cannot be retained while the data is wiped from linked devices; turn wipe_data off</source>
        <translation>Team-Freigaben lassen sich nicht behalten, während die Daten von verknüpften Geräten gelöscht werden; schalten Sie wipe_data aus</translation>
    </message>
    <message>
        <source>team shares can only be retained when the account is kept as a Basic account (keep_account)</source>
        <translation>Team-Freigaben lassen sich nur behalten, wenn das Konto als Basic-Konto bleibt (keep_account)</translation>
    </message>
    <message>
        <source>team shares can only be retained when the team allows sharing outside the team</source>
        <translation>Team-Freigaben lassen sich nur behalten, wenn das Team Freigaben außerhalb des Teams erlaubt</translation>
    </message>
    <message>
        <source>only a team admin can convert this account to a Basic account</source>
        <translation>nur ein Team-Administrator kann dieses Konto in ein Basic-Konto umwandeln</translation>
    </message>
    <message>
        <source>the member&apos;s content is under a legal hold; release them from the hold before converting the account to Basic</source>
        <translation>die Inhalte des Mitglieds unterliegen einer rechtlichen Aufbewahrung (Legal Hold); heben Sie sie auf, bevor das Konto in ein Basic-Konto umgewandelt wird</translation>
    </message>
    <message>
        <source>the member must sign in and accept Dropbox&apos;s terms of service before their account can become a Basic account</source>
        <translation>das Mitglied muss sich anmelden und die Nutzungsbedingungen von Dropbox annehmen, bevor sein Konto ein Basic-Konto werden kann</translation>
    </message>
    <message>
        <source>files cannot be permanently deleted and transferred at the same time</source>
        <translation>Dateien können nicht zugleich endgültig gelöscht und übertragen werden</translation>
    </message>
    <message>
        <source>the member is receiving another member&apos;s files right now; wait for that transfer to finish</source>
        <translation>das Mitglied erhält gerade die Dateien eines anderen Mitglieds; warten Sie, bis diese Übertragung fertig ist</translation>
    </message>
    <message>
        <source>the member is not active (invited, already suspended or removed), so they cannot be suspended</source>
        <translation>das Mitglied ist nicht aktiv (eingeladen, bereits gesperrt oder entfernt) und kann daher nicht gesperrt werden</translation>
    </message>
    <message>
        <source>they are the team&apos;s last admin, and a team cannot be left without an active one; give another member an admin role first</source>
        <translation>es ist der letzte Administrator des Teams, und ein Team darf nicht ohne aktiven Administrator bleiben; geben Sie zuerst einem anderen Mitglied eine Administratorrolle</translation>
    </message>
    <message>
        <source>the team has no free licence left; buy more licences or remove someone first</source>
        <translation>das Team hat keine freie Lizenz mehr; kaufen Sie weitere Lizenzen oder entfernen Sie zuerst jemanden</translation>
    </message>
    <message>
        <source>the member is not suspended</source>
        <translation>das Mitglied ist nicht gesperrt</translation>
    </message>
    <message>
        <source>they are the team&apos;s last admin, and taking their admin role would leave the team without one; give another member an admin role first</source>
        <translation>es ist der letzte Administrator des Teams, und ohne seine Administratorrolle hätte das Team keinen mehr; geben Sie zuerst einem anderen Mitglied eine Administratorrolle</translation>
    </message>
    <message>
        <source>Dropbox does not allow changing this member&apos;s role now (for example, because they are suspended)</source>
        <translation>Dropbox erlaubt gerade nicht, die Rolle dieses Mitglieds zu ändern (zum Beispiel, weil es gesperrt ist)</translation>
    </message>
    <message>
        <source>the role does not exist on this team; sync to see the available roles</source>
        <translation>die Rolle gibt es in diesem Team nicht; synchronisieren Sie, um die verfügbaren Rollen zu sehen</translation>
    </message>
    <message>
        <source>the free team&apos;s member limit is reached</source>
        <translation>die Mitgliedergrenze des kostenlosen Teams ist erreicht</translation>
    </message>
    <message>
        <source>a member with this email is already on the team (active, invited, suspended, or removed but still recoverable)</source>
        <translation>ein Mitglied mit dieser E-Mail-Adresse ist bereits im Team (aktiv, eingeladen, gesperrt oder entfernt, aber noch wiederherstellbar)</translation>
    </message>
    <message>
        <source>this email belongs to a member or invitee of another Dropbox team; they must leave it first</source>
        <translation>diese E-Mail-Adresse gehört einem Mitglied oder Eingeladenen eines anderen Dropbox-Teams; es muss jenes Team zuerst verlassen</translation>
    </message>
    <message>
        <source>this email&apos;s account is already paired with another team account</source>
        <translation>das Konto dieser E-Mail-Adresse ist bereits mit einem anderen Teamkonto gekoppelt</translation>
    </message>
    <message>
        <source>Dropbox could not migrate the person&apos;s existing account onto the team</source>
        <translation>Dropbox konnte das bestehende Konto der Person nicht in das Team übernehmen</translation>
    </message>
    <message>
        <source>another member of the team (perhaps a recoverable removed one) already has this external id</source>
        <translation>ein anderes Mitglied des Teams (vielleicht ein entferntes, noch wiederherstellbares) hat bereits diese externe ID</translation>
    </message>
    <message>
        <source>another member of the team already has this persistent id</source>
        <translation>ein anderes Mitglied des Teams hat bereits diese persistente ID</translation>
    </message>
    <message>
        <source>persistent ids need a SAML configuration with persistent ids on this team</source>
        <translation>persistente IDs setzen in diesem Team eine SAML-Konfiguration mit persistenten IDs voraus</translation>
    </message>
    <message>
        <source>Dropbox could not create the account</source>
        <translation>Dropbox konnte das Konto nicht anlegen</translation>
    </message>
    <message>
        <source>the group does not exist (any more); sync to refresh the list of groups</source>
        <translation>die Gruppe existiert nicht (mehr); synchronisieren Sie, um die Gruppenliste zu aktualisieren</translation>
    </message>
    <message>
        <source>the group is not on this team</source>
        <translation>die Gruppe gehört nicht zu diesem Team</translation>
    </message>
    <message>
        <source>the group is managed by Dropbox itself (such as &quot;Everyone at ...&quot;); its members cannot be changed</source>
        <translation>die Gruppe wird von Dropbox selbst verwaltet (etwa „Everyone at ...“); ihre Mitglieder lassen sich nicht ändern</translation>
    </message>
    <message>
        <source>the member is already in the group</source>
        <translation>das Mitglied ist bereits in der Gruppe</translation>
    </message>
    <message>
        <source>the member is not part of this team; add them to the team first</source>
        <translation>das Mitglied gehört nicht zu diesem Team; nehmen Sie es zuerst in das Team auf</translation>
    </message>
    <message>
        <source>the member was not found on Dropbox</source>
        <translation>das Mitglied wurde in Dropbox nicht gefunden</translation>
    </message>
    <message>
        <source>a suspended member cannot be a group owner; add them as a member, or unsuspend them first</source>
        <translation>ein gesperrtes Mitglied kann nicht Besitzer einer Gruppe sein; fügen Sie es als Mitglied hinzu oder entsperren Sie es zuerst</translation>
    </message>
    <message>
        <source>the group is company managed: only admins manage it, so no member can be its owner</source>
        <translation>die Gruppe wird vom Unternehmen verwaltet (company managed): Nur Administratoren verwalten sie, daher kann kein Mitglied ihr Besitzer sein</translation>
    </message>
    <message>
        <source>the member is not in the group</source>
        <translation>das Mitglied ist nicht in der Gruppe</translation>
    </message>
    <message>
        <source>Dropbox no longer knows the background job; check the result with a sync</source>
        <translation>Dropbox kennt den Hintergrundauftrag nicht mehr; prüfen Sie das Ergebnis mit einer Synchronisierung</translation>
    </message>
    <message>
        <source>Dropbox had an internal error while running the job; sync to see whether the change happened, then try again</source>
        <translation>Dropbox hatte beim Ausführen des Auftrags einen internen Fehler; synchronisieren Sie, um zu sehen, ob die Änderung erfolgt ist, und versuchen Sie es dann erneut</translation>
    </message>
    <message>
        <source>this connection may not check that background job</source>
        <translation>diese Verbindung darf diesen Hintergrundauftrag nicht prüfen</translation>
    </message>
    <message>
        <source>another group of the team already has this name; choose another one</source>
        <translation>eine andere Gruppe des Teams trägt bereits diesen Namen; wählen Sie einen anderen</translation>
    </message>
    <message>
        <source>the group name is empty or has characters Dropbox does not accept</source>
        <translation>der Gruppenname ist leer oder enthält Zeichen, die Dropbox nicht annimmt</translation>
    </message>
    <message>
        <source>another group of the team already has this external id</source>
        <translation>eine andere Gruppe des Teams hat bereits diese externe ID</translation>
    </message>
    <message>
        <source>the group was already deleted</source>
        <translation>die Gruppe wurde bereits gelöscht</translation>
    </message>
    <message>
        <source>the member can no longer be recovered (they were removed too long ago, their account was converted or their files were transferred); invite them again instead</source>
        <translation>das Mitglied lässt sich nicht mehr wiederherstellen (es wurde vor zu langer Zeit entfernt, sein Konto wurde umgewandelt oder seine Dateien wurden übertragen); laden Sie es stattdessen erneut ein</translation>
    </message>
    <message>
        <source>a member named by their external id cannot get a new external id in the same call; name them by email or id</source>
        <translation>ein über seine externe ID benanntes Mitglied kann im selben Aufruf keine neue externe ID erhalten; nennen Sie es per E-Mail-Adresse oder ID</translation>
    </message>
    <message>
        <source>nothing to change was given (a new email, given name, surname or external id)</source>
        <translation>es wurde nichts zu Änderndes angegeben (eine neue E-Mail-Adresse, Vorname, Nachname oder externe ID)</translation>
    </message>
    <message>
        <source>this email address is already taken by another Dropbox user</source>
        <translation>diese E-Mail-Adresse ist bereits von einem anderen Dropbox-Benutzer belegt</translation>
    </message>
    <message>
        <source>another member of the team already has this external id</source>
        <translation>ein anderes Mitglied des Teams hat bereits diese externe ID</translation>
    </message>
    <message>
        <source>the profile of a removed member cannot be changed</source>
        <translation>das Profil eines entfernten Mitglieds lässt sich nicht ändern</translation>
    </message>
    <message>
        <source>the new email address cannot be empty</source>
        <translation>die neue E-Mail-Adresse darf nicht leer sein</translation>
    </message>
    <message>
        <source>directory restrictions are not available on this team</source>
        <translation>Verzeichnisbeschränkungen sind in diesem Team nicht verfügbar</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Unsuspend</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Rolle setzen</translation>
    </message>
    <message>
        <source>Clear role</source>
        <translation>Rolle entziehen</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Zur Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Aus Gruppe entfernen</translation>
    </message>
    <message>
        <source>Set group access</source>
        <translation>Gruppenzugriff setzen</translation>
    </message>
    <message>
        <source>Create group</source>
        <translation>Gruppe anlegen</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Gruppe umbenennen</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>Gruppe bearbeiten</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Gruppe löschen</translation>
    </message>
    <message>
        <source>Recover account</source>
        <translation>Konto wiederherstellen</translation>
    </message>
    <message>
        <source>Resend invite</source>
        <translation>Einladung erneut senden</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Unknown: sync to confirm</source>
        <translation>Unbekannt: zur Bestätigung synchronisieren</translation>
    </message>
</context>
<context>
    <name>dbx::sim::HttpServer</name>
    <message>
        <source>The simulator only listens on a loopback address (127.0.0.1 or ::1), not %1.</source>
        <translation>Der Simulator lauscht nur auf einer Loopback-Adresse (127.0.0.1 oder ::1), nicht auf %1.</translation>
    </message>
    <message>
        <source>The simulator cannot listen on %1 port %2: %3</source>
        <translation>Der Simulator kann nicht auf %1 Port %2 lauschen: %3</translation>
    </message>
</context>
<context>
    <name>dbx::sim::SimOAuth</name>
    <message>
        <source>Simulated Dropbox: authorization</source>
        <translation>Simuliertes Dropbox: Autorisierung</translation>
    </message>
    <message>
        <source>&lt;p&gt;Invalid client_id: this app is not known.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ungültige client_id: Diese App ist nicht bekannt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Invalid response_type: only &quot;code&quot; is supported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ungültiger response_type: Nur „code“ wird unterstützt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Invalid token_access_type.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ungültiger token_access_type.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Invalid redirect_uri. It must exactly match one of the redirect URIs registered for the app.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ungültige redirect_uri. Sie muss genau einer der für die App registrierten Redirect-URIs entsprechen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Invalid code_challenge_method: use S256.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ungültige code_challenge_method: Verwenden Sie S256.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Invalid code_challenge.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ungültige code_challenge.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;code_challenge_method without code_challenge.&lt;/p&gt;</source>
        <translation>&lt;p&gt;code_challenge_method ohne code_challenge.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Access was denied: the app was not connected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Zugriff wurde verweigert: Die App wurde nicht verbunden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Enter this code into the app to finish connecting:&lt;/p&gt;
&lt;p&gt;&lt;code id=&quot;auth-code&quot;&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Geben Sie diesen Code in der App ein, um die Verbindung abzuschließen:&lt;/p&gt;
&lt;p&gt;&lt;code id=&quot;auth-code&quot;&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>dbx::sim::SimServer</name>
    <message>
        <source>No member with id %1.</source>
        <translation>Kein Mitglied mit der ID %1.</translation>
    </message>
    <message>
        <source>No group with id %1.</source>
        <translation>Keine Gruppe mit der ID %1.</translation>
    </message>
    <message>
        <source>A member cannot be given an unknown status.</source>
        <translation>Einem Mitglied kann kein unbekannter Status gegeben werden.</translation>
    </message>
    <message>
        <source>No role with id %1.</source>
        <translation>Keine Rolle mit der ID %1.</translation>
    </message>
    <message>
        <source>%1 is already in the group.</source>
        <translation>%1 ist bereits in der Gruppe.</translation>
    </message>
    <message>
        <source>%1 is not in the group.</source>
        <translation>%1 ist nicht in der Gruppe.</translation>
    </message>
</context>
<context>
    <name>dbx::sqlstore</name>
    <message>
        <source>%1 was readable by other users (mode %2); it is now %3.</source>
        <translation>%1 war für andere Benutzer lesbar (Modus %2); jetzt ist es %3.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>cannot make the folder %1 private: %2</source>
        <translation>der Ordner %1 lässt sich nicht privat machen: %2</translation>
    </message>
    <message>
        <source>The folder %1 holding the snapshot database is readable by other users; the database file itself is private.</source>
        <translation>Der Ordner %1 mit der Snapshot-Datenbank ist für andere Benutzer lesbar; die Datenbankdatei selbst ist privat.</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 lässt sich nicht anlegen: %2</translation>
    </message>
    <message>
        <source>cannot make %1 private: %2</source>
        <translation>%1 lässt sich nicht privat machen: %2</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <source>the snapshot database is not open</source>
        <translation>die Snapshot-Datenbank ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>dbx::sqlstore::RawQuery</name>
    <message>
        <source>database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
</context>
<context>
    <name>dbx::tasks</name>
    <message>
        <source>The task was cancelled.</source>
        <translation>Die Aufgabe wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>dbx::worker</name>
    <message>
        <source>Not configured</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>No connection is configured.</source>
        <translation>Es ist keine Verbindung eingerichtet.</translation>
    </message>
</context>
</TS>
