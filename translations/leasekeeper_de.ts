<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccessTokens</name>
    <message>
        <source>&apos;%1&apos; is not a token name: use 1 to 64 letters, digits and . _ @ -</source>
        <translation>&apos;%1&apos; ist kein Token-Name: 1 bis 64 Buchstaben, Ziffern und . _ @ - verwenden</translation>
    </message>
    <message>
        <source>the token name &apos;%1&apos; is used twice</source>
        <translation>der Token-Name &apos;%1&apos; wird zweimal verwendet</translation>
    </message>
    <message>
        <source>the token of &apos;%1&apos; must be %2 to %3 characters long</source>
        <translation>das Token von &apos;%1&apos; muss %2 bis %3 Zeichen lang sein</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>expected &apos;NAME ROLE TOKEN&apos;, found %n field(s)</source>
        <translation>
            <numerusform>&apos;NAME ROLE TOKEN&apos; erwartet, %n Feld gefunden</numerusform>
            <numerusform>&apos;NAME ROLE TOKEN&apos; erwartet, %n Felder gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>the role must be admin or viewer, not &apos;%1&apos;</source>
        <translation>die Rolle muss admin oder viewer sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot read the tokens file %1: %2</source>
        <translation>die Token-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the tokens file %1 is larger than 1 MiB</source>
        <translation>die Token-Datei %1 ist größer als 1 MiB</translation>
    </message>
</context>
<context>
    <name>AdminToken</name>
    <message>
        <source>cannot create the admin token file %1: %2</source>
        <translation>die Admin-Token-Datei %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>the cryptography library failed to start</source>
        <translation>die Kryptografie-Bibliothek konnte nicht gestartet werden</translation>
    </message>
</context>
<context>
    <name>AdminTokenFile</name>
    <message>
        <source>cannot read the admin token file %1: %2</source>
        <translation>die Admin-Token-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the admin token in %1 must be 16 to %2 characters long</source>
        <translation>das Admin-Token in %1 muss 16 bis %2 Zeichen lang sein</translation>
    </message>
</context>
<context>
    <name>AlertChannels</name>
    <message>
        <source>mail ca-file: %1</source>
        <translation>ca-file der Mail: %1</translation>
    </message>
</context>
<context>
    <name>AlertConditions</name>
    <message>
        <source>%1 uses %2% of its license</source>
        <translation>%1 nutzt %2% seiner Lizenz</translation>
    </message>
    <message>
        <source>%1: %2 of %3 instances and %4 of %5 cores in use (threshold %6%). Further components of this type will be refused once a limit is reached.</source>
        <translation>%1: %2 von %3 Instanzen und %4 von %5 Kernen in Gebrauch (Schwelle %6%). Sobald ein Limit erreicht ist, werden weitere Komponenten dieses Typs abgewiesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 component(s) missed their renewals</source>
        <translation>
            <numerusform>%n %1-Komponente hat ihre Verlängerung versäumt</numerusform>
            <numerusform>%n %1-Komponenten haben ihre Verlängerungen versäumt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lease(s) of %1 were not renewed in time: those components cannot reach the License Manager and run on their grace period. Check the network between them and the load balancer; the Grace view shows each one&apos;s deadline.</source>
        <translation>
            <numerusform>%n Lease von %1 wurde nicht rechtzeitig verlängert: diese Komponente erreicht den License Manager nicht und läuft in ihrer Kulanzfrist. Prüfen Sie das Netz zwischen ihr und dem Load Balancer; die Ansicht Kulanz zeigt ihre Frist.</numerusform>
            <numerusform>%n Leases von %1 wurden nicht rechtzeitig verlängert: diese Komponenten erreichen den License Manager nicht und laufen in ihrer Kulanzfrist. Prüfen Sie das Netz zwischen ihnen und dem Load Balancer; die Ansicht Kulanz zeigt die Frist jeder einzelnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>License %1 expires in %n day(s)</source>
        <translation>
            <numerusform>Lizenz %1 läuft in %n Tag ab</numerusform>
            <numerusform>Lizenz %1 läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>License %1 has expired</source>
        <translation>Lizenz %1 ist abgelaufen</translation>
    </message>
    <message>
        <source>License %1 for %2 expires at %3. Components already running keep their leases; new ones are refused after it. Install the renewed license before then.</source>
        <translation>Lizenz %1 für %2 läuft am %3 ab. Laufende Komponenten behalten ihre Leases; neue werden danach abgewiesen. Installieren Sie die verlängerte Lizenz vorher.</translation>
    </message>
    <message>
        <source>%1 cannot use its database</source>
        <translation>%1 kann seine Datenbank nicht nutzen</translation>
    </message>
    <message>
        <source>%1: %2. Components keep running on their grace period; new ones cannot start until the database answers again.</source>
        <translation>%1: %2. Komponenten laufen in ihrer Kulanzfrist weiter; neue können erst starten, wenn die Datenbank wieder antwortet.</translation>
    </message>
    <message>
        <source>%1&apos;s clock is %2 ms off the database&apos;s</source>
        <translation>Die Uhr von %1 weicht %2 ms von der der Datenbank ab</translation>
    </message>
    <message>
        <source>The database&apos;s clock minus %1&apos;s is %2 ms (threshold %3 ms). Nodes whose clocks disagree make components shut down or stay in grace; synchronise this host with NTP.</source>
        <translation>Die Uhr der Datenbank minus die von %1 ergibt %2 ms (Schwelle %3 ms). Abweichende Uhren lassen Komponenten stoppen oder in der Kulanzfrist bleiben; synchronisieren Sie diesen Host per NTP.</translation>
    </message>
    <message>
        <source>%1 lost contact with %2</source>
        <translation>%1 hat den Kontakt zu %2 verloren</translation>
    </message>
    <message>
        <source>%1 (%2) has sent no heartbeat since %3: the pair has no second node, so the next failure stops licensing. Start it again or check its database connection.</source>
        <translation>%1 (%2) sendet seit %3 keinen Heartbeat: dem Paar fehlt der zweite Knoten, der nächste Ausfall stoppt die Lizenzierung. Starten Sie ihn erneut oder prüfen Sie seine Datenbankverbindung.</translation>
    </message>
    <message>
        <source>%1: seats held by components that look dead: %2 (%3 cores)</source>
        <translation>%1: Plätze belegt von Komponenten, die tot scheinen: %2 (%3 Kerne)</translation>
    </message>
    <message>
        <source>Overdue leases of %1 hold %2 instances and %3 cores, and probes of where those components ran were refused: nothing listens there any more. With --reclaim-after-s the License Manager frees such seats itself; otherwise free them in the Leases view, which shows each one&apos;s evidence.</source>
        <translation>Überfällige Leases von %1 belegen %2 Instanzen und %3 Kerne, und Prüfungen der Adressen, an denen diese Komponenten liefen, wurden abgewiesen: dort lauscht nichts mehr. Mit --reclaim-after-s gibt der License Manager solche Plätze selbst frei; andernfalls geben Sie sie in der Ansicht Leases frei, die zu jedem die Belege zeigt.</translation>
    </message>
</context>
<context>
    <name>AlertMail</name>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betrifft: %1</translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation>Knoten: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Zeit: %1</translation>
    </message>
    <message>
        <source>Alert ID: %1</source>
        <translation>Alarm-ID: %1</translation>
    </message>
</context>
<context>
    <name>AlertRule</name>
    <message>
        <source>A component type uses this share of its licensed instances or cores</source>
        <translation>Ein Komponententyp nutzt diesen Anteil seiner lizenzierten Instanzen oder Kerne</translation>
    </message>
    <message>
        <source>A component was refused a license</source>
        <translation>Einer Komponente wurde die Lizenz verweigert</translation>
    </message>
    <message>
        <source>Components missed their renewals and run on their grace period</source>
        <translation>Komponenten haben Verlängerungen versäumt und laufen in ihrer Kulanzfrist</translation>
    </message>
    <message>
        <source>A lease ended because its grace period ran out</source>
        <translation>Ein Lease endete, weil seine Kulanzfrist abgelaufen ist</translation>
    </message>
    <message>
        <source>The license expires within this many days</source>
        <translation>Die Lizenz läuft innerhalb dieser Anzahl Tage ab</translation>
    </message>
    <message>
        <source>The database does not answer</source>
        <translation>Die Datenbank antwortet nicht</translation>
    </message>
    <message>
        <source>Another License Manager of the pair stopped answering</source>
        <translation>Der andere License Manager des Paars antwortet nicht mehr</translation>
    </message>
    <message>
        <source>This node&apos;s clock differs from the database&apos;s by more than this</source>
        <translation>Die Uhr dieses Knotens weicht um mehr als diesen Wert von der der Datenbank ab</translation>
    </message>
    <message>
        <source>%1: the quiet period must be 0 to %2 seconds, not %3</source>
        <translation>%1: die Ruhezeit muss 0 bis %2 Sekunden betragen, nicht %3</translation>
    </message>
    <message>
        <source>%1: unknown channel &quot;%2&quot;; use webhook, mail or tray</source>
        <translation>%1: unbekannter Kanal &quot;%2&quot;; verwenden Sie webhook, mail oder tray</translation>
    </message>
    <message>
        <source>%1: the threshold must be %2 to %3 %4, not %5</source>
        <translation>%1: die Schwelle muss %2 bis %3 %4 betragen, nicht %5</translation>
    </message>
    <message>
        <source>Seats are held by components that look dead: probes of their addresses are refused</source>
        <translation>Plätze sind von Komponenten belegt, die tot scheinen: Prüfungen ihrer Adressen werden abgewiesen</translation>
    </message>
</context>
<context>
    <name>AlertSecrets</name>
    <message>
        <source>webhook secret file %1: %2</source>
        <translation>Geheimnisdatei des Webhooks %1: %2</translation>
    </message>
    <message>
        <source>mail password file</source>
        <translation>Datei mit dem Mail-Passwort</translation>
    </message>
    <message>
        <source>the mail password file %1 is empty</source>
        <translation>die Datei mit dem Mail-Passwort %1 ist leer</translation>
    </message>
</context>
<context>
    <name>AlertSettings</name>
    <message>
        <source>the evaluation interval must be 1 to 3600 seconds, not %1</source>
        <translation>das Prüfintervall muss 1 bis 3600 Sekunden betragen, nicht %1</translation>
    </message>
    <message>
        <source>the webhook URL &quot;%1&quot; is not an http:// or https:// address</source>
        <translation>die Webhook-URL &quot;%1&quot; ist keine http://- oder https://-Adresse</translation>
    </message>
    <message>
        <source>webhook attempts must be 1 to 20, not %1</source>
        <translation>die Webhook-Versuche müssen 1 bis 20 betragen, nicht %1</translation>
    </message>
    <message>
        <source>the webhook retry delay must be 1 to 3600000 ms, not %1</source>
        <translation>die Wartezeit vor Webhook-Wiederholungen muss 1 bis 3600000 ms betragen, nicht %1</translation>
    </message>
    <message>
        <source>the webhook timeout must be 100 to 300000 ms, not %1</source>
        <translation>das Webhook-Zeitlimit muss 100 bis 300000 ms betragen, nicht %1</translation>
    </message>
    <message>
        <source>the mail server port must be 1 to 65535, not %1</source>
        <translation>der Port des Mailservers muss 1 bis 65535 sein, nicht %1</translation>
    </message>
    <message>
        <source>mail security must be starttls, tls or none, not &quot;%1&quot;</source>
        <translation>die Mail-Sicherheit muss starttls, tls oder none sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the mail sender &quot;%1&quot; is not an e-mail address</source>
        <translation>der Absender &quot;%1&quot; ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>mail has no recipients; list them in &quot;to&quot;</source>
        <translation>die Mail hat keine Empfänger; tragen Sie sie unter &quot;to&quot; ein</translation>
    </message>
    <message>
        <source>the mail recipient &quot;%1&quot; is not an e-mail address</source>
        <translation>der Empfänger &quot;%1&quot; ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>mail user %1 has no password file</source>
        <translation>der Mail-Benutzer %1 hat keine Passwortdatei</translation>
    </message>
    <message>
        <source>%1 goes only to the webhook, and no webhook URL is set</source>
        <translation>%1 geht nur an den Webhook, und keine Webhook-URL ist gesetzt</translation>
    </message>
    <message>
        <source>%1 goes only to mail, and no mail server is set</source>
        <translation>%1 geht nur per Mail, und kein Mailserver ist gesetzt</translation>
    </message>
</context>
<context>
    <name>AlertSettingsFile</name>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither true nor false</source>
        <translation>&quot;%1&quot; ist weder true noch false</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: not a readable INI file</source>
        <translation>%1: keine lesbare INI-Datei</translation>
    </message>
    <message>
        <source>%1: unknown section [%2]; the sections are %3</source>
        <translation>%1: unbekannter Abschnitt [%2]; die Abschnitte sind %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AlertSettingsJson</name>
    <message>
        <source>field &apos;%1&apos; must be a string</source>
        <translation>das Feld &apos;%1&apos; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be an integer</source>
        <translation>das Feld &apos;%1&apos; muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be true or false</source>
        <translation>das Feld &apos;%1&apos; muss true oder false sein</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a list of strings</source>
        <translation>das Feld &apos;%1&apos; muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be an object</source>
        <translation>das Feld &apos;%1&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>field &apos;rules&apos; must be a list of rules</source>
        <translation>das Feld &apos;rules&apos; muss eine Liste von Regeln sein</translation>
    </message>
    <message>
        <source>each of &apos;rules&apos; must be an object whose &apos;rule&apos; is one of %1</source>
        <translation>jedes Element von &apos;rules&apos; muss ein Objekt sein, dessen &apos;rule&apos; eines von %1 ist</translation>
    </message>
</context>
<context>
    <name>AlertsAnswer</name>
    <message>
        <source>&apos;after&apos; must be a whole number of 0 or more, not &quot;%1&quot;</source>
        <translation>&apos;after&apos; muss eine ganze Zahl ab 0 sein, nicht &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>TIME (UTC)           NODE        ACTOR         ACTION           OUTCOME    TARGET / DETAIL / FROM
</source>
        <translation>ZEIT (UTC)           KNOTEN      AKTEUR        AKTION           ERGEBNIS   ZIEL / DETAIL / VON
</translation>
    </message>
    <message>
        <source>audit --url URL --token-file FILE [--days N] [--action ACTION] [--actor NAME] [--limit N] [--json]</source>
        <translation>audit --url URL --token-file FILE [--days N] [--action ACTION] [--actor NAME] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Show the audit trail of a License Manager (or of an HA pair, which shares it): frees, maintenance, licenses loaded, tokens used and refused. Admin or viewer token.</source>
        <translation>Zeigt das Audit-Protokoll eines Lizenzmanagers (oder eines HA-Paars, das es teilt): Freigaben, Wartung, geladene Lizenzen, verwendete und abgewiesene Token. Admin- oder Lese-Token.</translation>
    </message>
    <message>
        <source>Only the last N days.</source>
        <translation>Nur die letzten N Tage.</translation>
    </message>
    <message>
        <source>Only this action (%1).</source>
        <translation>Nur diese Aktion (%1).</translation>
    </message>
    <message>
        <source>Only what this token name did.</source>
        <translation>Nur was dieser Token-Name getan hat.</translation>
    </message>
    <message>
        <source>At most N entries (default 100).</source>
        <translation>Höchstens N Einträge (Standard 100).</translation>
    </message>
    <message>
        <source>--days must be a whole number of days, 1 or more</source>
        <translation>--days muss eine ganze Zahl von Tagen sein, 1 oder mehr</translation>
    </message>
    <message>
        <source>the node answered: %1</source>
        <translation>der Knoten antwortete: %1</translation>
    </message>
    <message>
        <source>Entries: %1
</source>
        <translation>Einträge: %1
</translation>
    </message>
</context>
<context>
    <name>AuditParameters</name>
    <message>
        <source>&apos;%1&apos; must be milliseconds since the epoch</source>
        <translation>&apos;%1&apos; muss Millisekunden seit der Epoche angeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an audit action; use one of %2</source>
        <translation>&apos;%1&apos; ist keine Audit-Aktion; eine von %2 verwenden</translation>
    </message>
    <message>
        <source>&apos;limit&apos; must be a whole number from 1 to 100000</source>
        <translation>&apos;limit&apos; muss eine ganze Zahl von 1 bis 100000 sein</translation>
    </message>
    <message>
        <source>unknown query parameter &apos;%1&apos;; use since_ms, until_ms, action, actor or limit</source>
        <translation>unbekannter Abfrageparameter &apos;%1&apos;; since_ms, until_ms, action, actor oder limit verwenden</translation>
    </message>
</context>
<context>
    <name>BlockingHttp</name>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>&apos;%1&apos; ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>CertCommand</name>
    <message>
        <source>cert self-signed [OPTIONS...]</source>
        <translation>cert self-signed [OPTIONEN...]</translation>
    </message>
    <message>
        <source>Make TLS certificates for License Managers.

Actions:
  self-signed    an EC P-256 key and a self-signed certificate, in PEM</source>
        <translation>Erstellt TLS-Zertifikate für License Manager.

Aktionen:
  self-signed    ein EC-P-256-Schlüssel und ein selbstsigniertes Zertifikat, in PEM</translation>
    </message>
    <message>
        <source>cert self-signed --cn NAME [--san DNS:host|IP:addr ...] [--days N] --cert FILE --key FILE [--force]</source>
        <translation>cert self-signed --cn NAME [--san DNS:host|IP:addr ...] [--days N] --cert FILE --key FILE [--force]</translation>
    </message>
    <message>
        <source>Write an EC P-256 private key (mode 0600) and a self-signed certificate for it, and print the certificate&apos;s SHA-256 fingerprint. Give the certificate to the server (--tls-cert, --tls-key) and to clients as their --ca file, or let clients pin the fingerprint (--pin-sha256).</source>
        <translation>Schreibt einen privaten EC-P-256-Schlüssel (Modus 0600) und ein selbstsigniertes Zertifikat dafür und gibt den SHA-256-Fingerabdruck des Zertifikats aus. Geben Sie das Zertifikat dem Server (--tls-cert, --tls-key) und den Clients als ihre --ca-Datei, oder lassen Sie die Clients den Fingerabdruck festlegen (--pin-sha256).</translation>
    </message>
    <message>
        <source>Common name, e.g. lm1.example.com.</source>
        <translation>Common Name, z. B. lm1.example.com.</translation>
    </message>
    <message>
        <source>A name clients use to reach the server: DNS:host or IP:address; repeat for more (default DNS:&lt;cn&gt;).</source>
        <translation>Ein Name, unter dem Clients den Server erreichen: DNS:host oder IP:adresse; für weitere wiederholen (Standard DNS:&lt;cn&gt;).</translation>
    </message>
    <message>
        <source>Validity in days (default 365, at most %1).</source>
        <translation>Gültigkeit in Tagen (Standard 365, höchstens %1).</translation>
    </message>
    <message>
        <source>Certificate file to write (PEM).</source>
        <translation>Zu schreibende Zertifikatsdatei (PEM).</translation>
    </message>
    <message>
        <source>Private key file to write (PEM, mode 0600).</source>
        <translation>Zu schreibende Datei des privaten Schlüssels (PEM, Modus 0600).</translation>
    </message>
    <message>
        <source>Replace existing files.</source>
        <translation>Vorhandene Dateien ersetzen.</translation>
    </message>
    <message>
        <source>--cn, --cert and --key are required</source>
        <translation>--cn, --cert und --key sind erforderlich</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Wrote the certificate %1 (CN=%2, %3, valid until %4)
and its private key %5 (mode 0600).
</source>
        <translation>Zertifikat %1 geschrieben (CN=%2, %3, gültig bis %4)
und sein privater Schlüssel %5 (Modus 0600).
</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1
</source>
        <translation>SHA-256-Fingerabdruck: %1
</translation>
    </message>
    <message>
        <source>Server: --tls-cert %1 --tls-key %2
Clients: --ca %1, or --pin-sha256 %3
</source>
        <translation>Server: --tls-cert %1 --tls-key %2
Clients: --ca %1 oder --pin-sha256 %3
</translation>
    </message>
</context>
<context>
    <name>CertificateFingerprint</name>
    <message>
        <source>&apos;%1&apos; is not a SHA-256 fingerprint: give 32 bytes as hex (AB:CD:... with or without colons, 64 digits) or base64 (44 characters)</source>
        <translation>&apos;%1&apos; ist kein SHA-256-Fingerabdruck: geben Sie 32 Bytes hexadezimal (AB:CD:... mit oder ohne Doppelpunkte, 64 Ziffern) oder in Base64 (44 Zeichen) an</translation>
    </message>
</context>
<context>
    <name>ClockAssessment</name>
    <message>
        <source>+%1 ms</source>
        <translation>+%1 ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>sync status unknown</source>
        <translation>Synchronisierungsstatus unbekannt</translation>
    </message>
    <message>
        <source>synchronised (%1)</source>
        <translation>synchronisiert (%1)</translation>
    </message>
    <message>
        <source>NOT synchronised (%1)</source>
        <translation>NICHT synchronisiert (%1)</translation>
    </message>
    <message>
        <source>On that Windows host, turn on Settings &gt; Time &amp; language &gt; Synchronize your clock (or run &apos;w32tm /resync&apos;).</source>
        <translation>Aktivieren Sie auf diesem Windows-Host Einstellungen &gt; Zeit und Sprache &gt; Uhr synchronisieren (oder führen Sie &apos;w32tm /resync&apos; aus).</translation>
    </message>
    <message>
        <source>On that Linux host, enable NTP: &apos;timedatectl set-ntp true&apos;, or start chronyd and check &apos;chronyc tracking&apos;.</source>
        <translation>Aktivieren Sie auf diesem Linux-Host NTP: &apos;timedatectl set-ntp true&apos;, oder starten Sie chronyd und prüfen Sie &apos;chronyc tracking&apos;.</translation>
    </message>
    <message>
        <source>Enable time synchronisation on that host: NTP on Linux (&apos;timedatectl set-ntp true&apos;), &quot;Synchronize your clock&quot; on Windows.</source>
        <translation>Aktivieren Sie auf diesem Host die Zeitsynchronisierung: NTP unter Linux (&apos;timedatectl set-ntp true&apos;), &quot;Uhr synchronisieren&quot; unter Windows.</translation>
    </message>
    <message>
        <source>not measured: %1</source>
        <translation>nicht gemessen: %1</translation>
    </message>
    <message>
        <source>%1 to this console, %2</source>
        <translation>%1 zu dieser Konsole, %2</translation>
    </message>
    <message>
        <source>%1 is %2 ms ahead of %3.</source>
        <translation>%1 geht %2 ms gegenüber %3 vor.</translation>
    </message>
    <message>
        <source>Keep the License Manager clocks in sync. LeaseKeeper times leases by the store&apos;s clock, so this drift cannot end a lease early, but the times the nodes report and log disagree by this much. Check %1 first. %2</source>
        <translation>Halten Sie die Uhren der Lizenzmanager synchron. LeaseKeeper bemisst Leases nach der Uhr des Speichers, daher kann diese Abweichung kein Lease vorzeitig beenden, aber die Zeiten, die die Knoten melden und protokollieren, weichen um diesen Betrag voneinander ab. Prüfen Sie zuerst %1. %2</translation>
    </message>
</context>
<context>
    <name>ComponentCommand</name>
    <message>
        <source>component run [OPTIONS...]</source>
        <translation>component run [OPTIONS...]</translation>
    </message>
    <message>
        <source>Simulate components that ask License Managers for leases.

Actions:
  run    start one or many simulated components and report what happens to them</source>
        <translation>Simuliert Komponenten, die bei Lizenzmanagern Leases anfordern.

Aktionen:
  run    startet eine oder viele simulierte Komponenten und berichtet, was mit ihnen geschieht</translation>
    </message>
    <message>
        <source>Run simulated components until they stop. Exit status: 0 stopped by SIGINT/SIGTERM with leases released; 3 no License Manager reachable at start; 4 denied by the license; 5 grace period ran out. With --count, the status of the first component that failed.</source>
        <translation>Führt simulierte Komponenten aus, bis sie anhalten. Exit-Status: 0 durch SIGINT/SIGTERM beendet, Leases freigegeben; 3 beim Start kein Lizenzmanager erreichbar; 4 von der Lizenz abgelehnt; 5 Karenzzeit abgelaufen. Mit --count der Status der ersten fehlgeschlagenen Komponente.</translation>
    </message>
    <message>
        <source>License Manager or load balancer URL; repeat to try several in order.</source>
        <translation>URL des Lizenzmanagers oder Load Balancers; mehrfach angeben, um mehrere der Reihe nach zu versuchen.</translation>
    </message>
    <message>
        <source>Component type, e.g. vdp or scheduler.</source>
        <translation>Komponententyp, z. B. vdp oder scheduler.</translation>
    </message>
    <message>
        <source>Host name the component reports.</source>
        <translation>Hostname, den die Komponente meldet.</translation>
    </message>
    <message>
        <source>Cores the component reports.</source>
        <translation>Kerne, die die Komponente meldet.</translation>
    </message>
    <message>
        <source>Instance id (default HOST:TYPE); with --count, ids are ID-1 ... ID-N.</source>
        <translation>Instanz-ID (Standard: HOST:TYPE); mit --count lauten die IDs ID-1 ... ID-N.</translation>
    </message>
    <message>
        <source>Comma-separated IP addresses (default 127.0.0.1).</source>
        <translation>Kommagetrennte IP-Adressen (Standard: 127.0.0.1).</translation>
    </message>
    <message>
        <source>Number of components in this process (default 1).</source>
        <translation>Anzahl der Komponenten in diesem Prozess (Standard: 1).</translation>
    </message>
    <message>
        <source>Version the component reports (default %1).</source>
        <translation>Version, die die Komponente meldet (Standard: %1).</translation>
    </message>
    <message>
        <source>Request timeout in milliseconds (default 10000).</source>
        <translation>Zeitlimit für Anfragen in Millisekunden (Standard: 10000).</translation>
    </message>
    <message>
        <source>Print one JSON object per event and line.</source>
        <translation>Gibt pro Ereignis eine Zeile mit einem JSON-Objekt aus.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>&apos;%1&apos; ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>--url, --type, --host and --cores are required</source>
        <translation>--url, --type, --host und --cores sind erforderlich</translation>
    </message>
    <message>
        <source>--cores must be a whole number from 1 to 4096</source>
        <translation>--cores muss eine ganze Zahl von 1 bis 4096 sein</translation>
    </message>
    <message>
        <source>--count must be a whole number from 1 to %1</source>
        <translation>--count muss eine ganze Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>--timeout-ms must be a whole number from 1 to 600000</source>
        <translation>--timeout-ms muss eine ganze Zahl von 1 bis 600000 sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>&apos;%1&apos; ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>component run --url URL [--url URL...] --type TYPE --host HOST --cores N [--instance ID] [--ips IP,...] [--count N] [--ca FILE] [--pin-sha256 HASH] [--json]</source>
        <translation>component run --url URL [--url URL...] --type TYPE --host HOST --cores N [--instance ID] [--ips IP,...] [--count N] [--ca FILE] [--pin-sha256 HASH] [--json]</translation>
    </message>
    <message>
        <source>File holding the site key, for License Managers started with --site-key-file.</source>
        <translation>Datei mit dem Site-Schlüssel, für License Manager, die mit --site-key-file gestartet wurden.</translation>
    </message>
    <message>
        <source>cannot read the site key file %1: %2</source>
        <translation>die Site-Schlüssel-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Listen on the port of the instance id (HOST:PORT, with --count 1) while running, as a real component&apos;s service does, so that a License Manager probing it finds it alive, and refused once the process is gone.</source>
        <translation>Während der Laufzeit auf dem Port der Instanz-ID lauschen (HOST:PORT, mit --count 1), wie es der Dienst einer echten Komponente tut, sodass ein prüfender License Manager sie lebend vorfindet und abgewiesen wird, sobald der Prozess beendet ist.</translation>
    </message>
    <message>
        <source>--listen needs --count 1 and an instance id of the form HOST:PORT</source>
        <translation>--listen braucht --count 1 und eine Instanz-ID der Form HOST:PORT</translation>
    </message>
    <message>
        <source>cannot listen on port %1: %2</source>
        <translation>kann nicht auf Port %1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>ComponentRouting</name>
    <message>
        <source>No component has renewed yet. Components renew at the interval the license sets (renew_after_s); restart one after changing its address to see it at once.</source>
        <translation>Noch keine Komponente hat erneuert. Komponenten erneuern im Intervall, das die Lizenz festlegt (renew_after_s); starten Sie eine nach dem Ändern ihrer Adresse neu, um sie sofort zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>All %n component(s) seen renew through the virtual host.</source>
        <translation>
            <numerusform>Die %n gesehene Komponente erneuert über den virtuellen Host.</numerusform>
            <numerusform>Alle %n gesehenen Komponenten erneuern über den virtuellen Host.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 component(s) seen still reach a License Manager directly: %3. Change their License Manager address to the virtual host.</source>
        <translation>%1 von %2 gesehenen Komponenten erreichen einen License Manager noch direkt: %3. Ändern Sie ihre License-Manager-Adresse auf den virtuellen Host.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// address with a host name, such as http://lm-primary.example.com:10091</source>
        <translation>&apos;%1&apos; ist keine http://- oder https://-Adresse mit Hostnamen, etwa http://lm-primary.example.com:10091</translation>
    </message>
    <message>
        <source>A connection profile needs a name.</source>
        <translation>Ein Verbindungsprofil braucht einen Namen.</translation>
    </message>
    <message>
        <source>The profile name is longer than 100 characters.</source>
        <translation>Der Profilname ist länger als 100 Zeichen.</translation>
    </message>
    <message>
        <source>Service address: %1</source>
        <translation>Dienstadresse: %1</translation>
    </message>
    <message>
        <source>Node address: %1</source>
        <translation>Knotenadresse: %1</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: %2</source>
        <translation>Profil &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>A profile can watch at most 8 nodes.</source>
        <translation>Ein Profil kann höchstens 8 Knoten überwachen.</translation>
    </message>
    <message>
        <source>a profile lacks its &quot;name&quot; or &quot;service_url&quot; string</source>
        <translation>einem Profil fehlt die Zeichenkette &quot;name&quot; oder &quot;service_url&quot;</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has a node address that is not a string</source>
        <translation>das Profil &apos;%1&apos; enthält eine Knotenadresse, die keine Zeichenkette ist</translation>
    </message>
    <message>
        <source>Pinned certificate: %1</source>
        <translation>Festgelegtes Zertifikat: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleDataDir</name>
    <message>
        <source>cannot create folders in %1; check its permissions</source>
        <translation>in %1 können keine Ordner angelegt werden; prüfen Sie die Berechtigungen</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>LeaseKeeper console: runs a local License Manager and shows its health, leases and grace periods.</source>
        <translation>LeaseKeeper-Konsole: startet einen lokalen Lizenzmanager und zeigt seinen Zustand, seine Leases und Karenzzeiten.</translation>
    </message>
    <message>
        <source>Where the local License Manager keeps its data (default: %1).</source>
        <translation>Wo der lokale Lizenzmanager seine Daten ablegt (Standard: %1).</translation>
    </message>
    <message>
        <source>Port of the local License Manager (default 10091).</source>
        <translation>Port des lokalen Lizenzmanagers (Standard: 10091).</translation>
    </message>
    <message>
        <source>Address the local License Manager listens on (default: all).</source>
        <translation>Adresse, auf der der lokale Lizenzmanager lauscht (Standard: alle).</translation>
    </message>
    <message>
        <source>Do not run a local License Manager.</source>
        <translation>Keinen lokalen Lizenzmanager starten.</translation>
    </message>
    <message>
        <source>Monitor this License Manager or load balancer URL.</source>
        <translation>Den Lizenzmanager oder Load Balancer unter dieser URL überwachen.</translation>
    </message>
    <message>
        <source>Language of the console, e.g. en, es, de.</source>
        <translation>Sprache der Konsole, z. B. en, es, de.</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; must be a number from 0 to 65535</source>
        <translation>Port &apos;%1&apos; muss eine Zahl von 0 bis 65535 sein</translation>
    </message>
    <message>
        <source>bind address &apos;%1&apos; is not an IP address</source>
        <translation>die Bind-Adresse &apos;%1&apos; ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>&apos;%1&apos; ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>Admin token file for --connect; the token is then remembered in the system keychain, so later runs need only --connect.</source>
        <translation>Datei mit dem Admin-Token für --connect; das Token wird danach im Schlüsselbund des Systems gespeichert, sodass spätere Aufrufe nur noch --connect brauchen.</translation>
    </message>
    <message>
        <source>Monitor the saved connection profile NAME (an HA pair and its load balancer).</source>
        <translation>Das gespeicherte Verbindungsprofil NAME überwachen (ein HA-Paar und sein Load Balancer).</translation>
    </message>
    <message>
        <source>--profile and --connect cannot be used together</source>
        <translation>--profile und --connect können nicht zusammen verwendet werden</translation>
    </message>
    <message>
        <source>--no-local-server needs --connect URL or --profile NAME</source>
        <translation>--no-local-server erfordert --connect URL oder --profile NAME</translation>
    </message>
    <message>
        <source>For https:// nodes: trust only the certificate authorities in this PEM file.</source>
        <translation>Für https://-Knoten: nur den Zertifizierungsstellen in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>For https:// nodes: accept only a certificate with this SHA-256 fingerprint.</source>
        <translation>Für https://-Knoten: nur ein Zertifikat mit diesem SHA-256-Fingerabdruck annehmen.</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>Leases</source>
        <translation>Leases</translation>
    </message>
    <message>
        <source>Grace</source>
        <translation>Karenzzeit</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>Could not start another console window for &apos;%1&apos;.</source>
        <translation>Es konnte kein weiteres Konsolenfenster für &apos;%1&apos; geöffnet werden.</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>High availability</source>
        <translation>Hochverfügbarkeit</translation>
    </message>
    <message>
        <source>The pair is saved as the connection profile &apos;%1&apos;. Open it in a new window?</source>
        <translation>Das Paar ist als Verbindungsprofil &apos;%1&apos; gespeichert. In einem neuen Fenster öffnen?</translation>
    </message>
    <message>
        <source>Update the pair</source>
        <translation>Paar aktualisieren</translation>
    </message>
    <message>
        <source>Open the pair&apos;s connection profile first (File &gt; Connection profiles): the update needs its primary, its secondary and the load balancer.</source>
        <translation>Öffnen Sie zuerst das Verbindungsprofil des Paars (Datei &gt; Verbindungsprofile): die Aktualisierung braucht seinen Primärknoten, seinen Sekundärknoten und den Load Balancer.</translation>
    </message>
    <message>
        <source>Admin token</source>
        <translation>Admin-Token</translation>
    </message>
    <message>
        <source>The console has no admin token, so leases and administration are unavailable: %1</source>
        <translation>Die Konsole hat kein Admin-Token, daher sind Leases und Verwaltung nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Could not write the CSV file: %1</source>
        <translation>Die CSV-Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the device is not writable</source>
        <translation>das Gerät ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CtlAdminGet</name>
    <message>
        <source>The node, e.g. http://lm1.example.com:10091.</source>
        <translation>Der Knoten, z. B. http://lm1.example.com:10091.</translation>
    </message>
    <message>
        <source>File holding an admin or viewer token of the node.</source>
        <translation>Datei mit einem Admin- oder Lese-Token des Knotens.</translation>
    </message>
    <message>
        <source>Print the server&apos;s JSON answer.</source>
        <translation>Die JSON-Antwort des Servers ausgeben.</translation>
    </message>
    <message>
        <source>--url and --token-file are required</source>
        <translation>--url und --token-file sind erforderlich</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 antwortete %2: %3</translation>
    </message>
</context>
<context>
    <name>CtlCommand</name>
    <message>
        <source>create issuer keys; issue, verify and show licenses</source>
        <translation>Ausstellerschlüssel erzeugen; Lizenzen ausstellen, prüfen und anzeigen</translation>
    </message>
    <message>
        <source>show a License Manager node&apos;s health, license and usage</source>
        <translation>Zustand, Lizenz und Nutzung eines Lizenzmanager-Knotens anzeigen</translation>
    </message>
    <message>
        <source>list the active leases of a License Manager node</source>
        <translation>die aktiven Leases eines Lizenzmanager-Knotens auflisten</translation>
    </message>
    <message>
        <source>simulate components that lease from License Managers</source>
        <translation>Komponenten simulieren, die Leases von Lizenzmanagern beziehen</translation>
    </message>
    <message>
        <source>write an HAProxy or nginx configuration for a primary and a secondary License Manager</source>
        <translation>eine HAProxy- oder nginx-Konfiguration für einen primären und einen sekundären Lizenzmanager schreiben</translation>
    </message>
    <message>
        <source>move leases and history to another store (SQLite to PostgreSQL)</source>
        <translation>Leases und Verlauf in einen anderen Speicher verschieben (von SQLite nach PostgreSQL)</translation>
    </message>
    <message>
        <source>measure the clock offsets of License Manager nodes and the drift between them</source>
        <translation>die Uhrabweichungen von Lizenzmanager-Knoten und die Abweichung zwischen ihnen messen</translation>
    </message>
    <message>
        <source>check an HA pair: license, nodes, database, clocks and load balancer (ha check)</source>
        <translation>ein HA-Paar prüfen: Lizenz, Knoten, Datenbank, Uhren und Load Balancer (ha check)</translation>
    </message>
    <message>
        <source>make a key and a self-signed TLS certificate for a License Manager</source>
        <translation>einen Schlüssel und ein selbstsigniertes TLS-Zertifikat für einen License Manager erstellen</translation>
    </message>
    <message>
        <source>show who freed leases, set maintenance, loaded licenses and used tokens</source>
        <translation>zeigen, wer Leases freigegeben, Wartung gesetzt, Lizenzen geladen und Token verwendet hat</translation>
    </message>
    <message>
        <source>add a named admin or viewer token to a License Manager&apos;s tokens file</source>
        <translation>ein benanntes Admin- oder Lese-Token zur Token-Datei eines Lizenzmanagers hinzufügen</translation>
    </message>
</context>
<context>
    <name>CtlDispatcher</name>
    <message>
        <source>[--help] [--version] COMMAND [ARGUMENTS...]</source>
        <translation>[--help] [--version] COMMAND [ARGUMENTS...]</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Zeigt die Version an.</translation>
    </message>
    <message>
        <source>missing command</source>
        <translation>Befehl fehlt</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Administer a LeaseKeeper License Manager.

Commands:</source>
        <translation>Verwaltet einen LeaseKeeper-Lizenzmanager.

Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation>Mit &apos;%1 COMMAND --help&apos; werden die Optionen eines Befehls angezeigt.</translation>
    </message>
</context>
<context>
    <name>CtlParser</name>
    <message>
        <source>Show this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Aufruf: %1 %2</translation>
    </message>
    <message>
        <source>missing action</source>
        <translation>Aktion fehlt</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;</source>
        <translation>unbekannte Aktion &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CtlTlsOptions</name>
    <message>
        <source>For https:// URLs: trust only the certificate authorities in this PEM file (for a self-signed server, its certificate) instead of the system&apos;s.</source>
        <translation>Für https://-URLs: nur den Zertifizierungsstellen in dieser PEM-Datei vertrauen (bei einem selbstsignierten Server dessen Zertifikat) statt denen des Systems.</translation>
    </message>
    <message>
        <source>For https:// URLs: accept only a server certificate with this SHA-256 fingerprint (hex, colons allowed, or base64), even without --ca; repeat for several servers.</source>
        <translation>Für https://-URLs: nur ein Serverzertifikat mit diesem SHA-256-Fingerabdruck annehmen (hexadezimal, Doppelpunkte erlaubt, oder Base64), auch ohne --ca; für mehrere Server wiederholen.</translation>
    </message>
</context>
<context>
    <name>DatabaseFileClaim</name>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1 (Prozess %2 auf %3)</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>einen anderen Prozess</translation>
    </message>
    <message>
        <source>%1 is in use by %2: a SQLite database serves one License Manager. Stop that one, or give this node a database of its own (an HA pair shares a PostgreSQL database); %3 names the holder</source>
        <translation>%1 wird von %2 verwendet: Eine SQLite-Datenbank dient einem einzigen License Manager. Beenden Sie diesen oder geben Sie diesem Knoten eine eigene Datenbank (ein HA-Paar teilt sich eine PostgreSQL-Datenbank); %3 nennt den Inhaber</translation>
    </message>
    <message>
        <source>cannot create %1 beside the database; check the permissions of its directory</source>
        <translation>%1 kann neben der Datenbank nicht angelegt werden; prüfen Sie die Berechtigungen ihres Verzeichnisses</translation>
    </message>
    <message>
        <source>cannot create %1 to claim the database</source>
        <translation>%1 kann nicht angelegt werden, um die Datenbank zu belegen</translation>
    </message>
</context>
<context>
    <name>DriftCommand</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
    <message numerus="yes">
        <source>Clock offsets (node minus this host), least-delayed of %n sample(s) per node:
</source>
        <translation>
            <numerusform>Uhrabweichungen (Knoten minus dieser Host), %n Messung pro Knoten:
</numerusform>
            <numerusform>Uhrabweichungen (Knoten minus dieser Host), jeweils die Messung mit der geringsten Verzögerung aus %n Messungen pro Knoten:
</numerusform>
        </translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>KNOTEN</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>OFFSET</source>
        <translation>ABWEICHUNG</translation>
    </message>
    <message>
        <source>DELAY</source>
        <translation>VERZÖGERUNG</translation>
    </message>
    <message>
        <source>DATABASE</source>
        <translation>DATENBANK</translation>
    </message>
    <message>
        <source>SYNCHRONIZED</source>
        <translation>SYNCHRONISIERT</translation>
    </message>
    <message>
        <source>NOT MEASURED: %1</source>
        <translation>NICHT GEMESSEN: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>the node did not report its clock synchronization (no time_sync in /api/v1/status)</source>
        <translation>der Knoten hat die Synchronisierung seiner Uhr nicht gemeldet (kein time_sync in /api/v1/status)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>DATABASE is the node&apos;s clock minus the PostgreSQL server&apos;s, as the node measured it; lease times come from the database&apos;s clock.
</source>
        <translation>DATENBANK ist die Uhr des Knotens minus die des PostgreSQL-Servers, wie der Knoten sie gemessen hat; die Zeiten der Leases stammen von der Uhr der Datenbank.
</translation>
    </message>
    <message>
        <source>Measure how far the clocks of License Manager nodes are from this host&apos;s and from each other (NTP-style, through GET /api/v1/time), and show whether each node keeps its clock synchronized. Exit 0 when every two nodes are within --max-ms, 6 when not, 1 when a node cannot be measured. See docs/clock.md.</source>
        <translation>Misst, wie weit die Uhren von Lizenzmanager-Knoten von der dieses Hosts und voneinander abweichen (nach Art von NTP, über GET /api/v1/time), und zeigt, ob jeder Knoten seine Uhr synchronisiert hält. Exit-Status: 0, wenn je zwei Knoten innerhalb von --max-ms liegen, 6, wenn nicht, 1, wenn ein Knoten nicht gemessen werden kann. Siehe docs/clock.md.</translation>
    </message>
    <message>
        <source>A node, e.g. http://lm1.example.com:10091; give one --url per node.</source>
        <translation>Ein Knoten, z. B. http://lm1.example.com:10091; geben Sie pro Knoten ein --url an.</translation>
    </message>
    <message>
        <source>Requests per node; the least-delayed one counts (1 to %1, default %2).</source>
        <translation>Anfragen pro Knoten; es zählt die mit der geringsten Verzögerung (1 bis %1, Standard: %2).</translation>
    </message>
    <message>
        <source>Largest drift allowed between two nodes, in milliseconds (default %1).</source>
        <translation>Größte erlaubte Abweichung zwischen zwei Knoten in Millisekunden (Standard: %1).</translation>
    </message>
    <message>
        <source>Print the measurements as JSON.</source>
        <translation>Gibt die Messwerte als JSON aus.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--url is required (once per node)</source>
        <translation>--url ist erforderlich (einmal pro Knoten)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>&apos;%1&apos; ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>--samples must be a whole number from 1 to %1</source>
        <translation>--samples muss eine ganze Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>--max-ms must be a number of milliseconds, 0 or more</source>
        <translation>--max-ms muss eine Zahl von Millisekunden sein, 0 oder mehr</translation>
    </message>
    <message>
        <source>Largest drift between two nodes: %1 minus %2 = %3 (limit %4 ms): %5
</source>
        <translation>Größte Abweichung zwischen zwei Knoten: %1 minus %2 = %3 (Grenze %4 ms): %5
</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>TOO LARGE</source>
        <translation>ZU GROSS</translation>
    </message>
    <message>
        <source>Fewer than two nodes were measured: no drift between nodes to compare.
</source>
        <translation>Weniger als zwei Knoten wurden gemessen: keine Abweichung zwischen Knoten zu vergleichen.
</translation>
    </message>
    <message>
        <source>Synchronize the clocks of the License Manager hosts: on Linux enable NTP (&apos;timedatectl set-ntp true&apos; or chrony), on Windows turn on Settings &gt; Time &amp; language &gt; Synchronize your clock. Unsynchronized clocks make administrators misread logs and alerts; see docs/clock.md.
</source>
        <translation>Synchronisieren Sie die Uhren der Lizenzmanager-Hosts: Aktivieren Sie unter Linux NTP (&apos;timedatectl set-ntp true&apos; oder chrony), unter Windows Einstellungen &gt; Zeit und Sprache &gt; Uhr synchronisieren. Nicht synchronisierte Uhren führen dazu, dass Administratoren Protokolle und Warnungen falsch deuten; siehe docs/clock.md.
</translation>
    </message>
    <message>
        <source>drift --url URL [--url URL ...] [--samples N] [--max-ms MS] [--ca FILE] [--pin-sha256 HASH] [--json]</source>
        <translation>drift --url URL [--url URL ...] [--samples N] [--max-ms MS] [--ca FILE] [--pin-sha256 HASH] [--json]</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>-%1</source>
        <translation>-%1</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 h %2 m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 m %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>refused</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>(%n earlier probe(s) not shown)</source>
        <translation>
            <numerusform>(%n frühere Prüfung nicht gezeigt)</numerusform>
            <numerusform>(%n frühere Prüfungen nicht gezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not probed since it stopped renewing: the License Manager probes overdue components only when probing is on and it knows where the component listens.</source>
        <translation>Seit dem Ausbleiben der Erneuerungen nicht geprüft: Der License Manager prüft überfällige Komponenten nur, wenn Prüfungen eingeschaltet sind und er weiß, wo die Komponente lauscht.</translation>
    </message>
    <message>
        <source>Probes since the last renewal, oldest first:
%1</source>
        <translation>Prüfungen seit der letzten Erneuerung, älteste zuerst:
%1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Befund: %1</translation>
    </message>
    <message>
        <source>Warning: the component may still be running on its grace period. Freeing its seat lets another component take it, and the license may be exceeded if this one comes back.</source>
        <translation>Warnung: Die Komponente läuft möglicherweise noch in ihrer Karenzzeit. Wird ihr Platz freigegeben, kann eine andere Komponente ihn nehmen, und die Lizenz kann überschritten werden, wenn diese zurückkehrt.</translation>
    </message>
</context>
<context>
    <name>FreeRequest</name>
    <message>
        <source>field &apos;reason&apos; must be a string of at most %1 characters</source>
        <translation>Feld &apos;reason&apos; muss eine Zeichenkette mit höchstens %1 Zeichen sein</translation>
    </message>
</context>
<context>
    <name>GroupPolicy</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>policy file</source>
        <translation>Richtliniendatei</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a policy line; use group, reserve or cap</source>
        <translation>&apos;%1&apos; ist keine Richtlinienzeile; group, reserve oder cap verwenden</translation>
    </message>
    <message>
        <source>write &apos;group NAME PATTERN...&apos; with at least one host name pattern or address range</source>
        <translation>&apos;group NAME PATTERN...&apos; mit mindestens einem Hostnamensmuster oder Adressbereich schreiben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a group name: use 1 to 64 letters, digits and . _ -</source>
        <translation>&apos;%1&apos; ist kein Gruppenname: 1 bis 64 Buchstaben, Ziffern und . _ - verwenden</translation>
    </message>
    <message>
        <source>the group &apos;%1&apos; is defined twice</source>
        <translation>die Gruppe &apos;%1&apos; ist zweimal definiert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an address range such as 10.1.0.0/16</source>
        <translation>&apos;%1&apos; ist kein Adressbereich wie 10.1.0.0/16</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a host name pattern (letters, digits, . - _ * ?) nor an address</source>
        <translation>&apos;%1&apos; ist weder ein Hostnamensmuster (Buchstaben, Ziffern, . - _ * ?) noch eine Adresse</translation>
    </message>
    <message>
        <source>write &apos;%1 GROUP TYPE instances N cores N&apos; (either or both amounts)</source>
        <translation>&apos;%1 GROUP TYPE instances N cores N&apos; schreiben (eine der Mengen oder beide)</translation>
    </message>
    <message>
        <source>unknown group &apos;%1&apos;; define it with a &apos;group&apos; line above</source>
        <translation>unbekannte Gruppe &apos;%1&apos;; sie vorher mit einer &apos;group&apos;-Zeile definieren</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of %2</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl von %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; here: use instances N and cores N, each once</source>
        <translation>&apos;%1&apos; hier: instances N und cores N je einmal verwenden</translation>
    </message>
    <message>
        <source>a second %1 for group &apos;%2&apos; and type &apos;%3&apos;</source>
        <translation>ein zweites %1 für Gruppe &apos;%2&apos; und Typ &apos;%3&apos;</translation>
    </message>
    <message>
        <source>host %1 is in group %2, which may run at most %3 instances of %4; %5 are running</source>
        <translation>Host %1 gehört zur Gruppe %2, die höchstens %3 Instanzen von %4 ausführen darf; %5 laufen</translation>
    </message>
    <message>
        <source>host %1 is in group %2, which may use at most %3 cores of %4; %5 are in use and %6 asks for %7</source>
        <translation>Host %1 gehört zur Gruppe %2, die höchstens %3 Kerne von %4 nutzen darf; %5 sind belegt und %6 fordert %7 an</translation>
    </message>
    <message>
        <source>the %1 instances of %2 not in use are reserved for group %3; host %4 is not in it</source>
        <translation>die %1 freien Instanzen von %2 sind für die Gruppe %3 reserviert; Host %4 gehört nicht dazu</translation>
    </message>
    <message>
        <source>%1 of the %2 cores of %3 not in use are reserved for group %4; %5 asks for %6</source>
        <translation>%1 der %2 freien Kerne von %3 sind für die Gruppe %4 reserviert; %5 fordert %6 an</translation>
    </message>
</context>
<context>
    <name>HaCommand</name>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>The pair passes: %1 passed, %2 warning(s).</source>
        <translation>Das Paar besteht die Prüfung: %1 bestanden, %2 Warnung(en).</translation>
    </message>
    <message>
        <source>The pair is NOT ready: %1 check(s) failed, %2 warning(s), %3 passed.</source>
        <translation>Das Paar ist NICHT bereit: %1 Prüfung(en) fehlgeschlagen, %2 Warnung(en), %3 bestanden.</translation>
    </message>
    <message>
        <source>ha ACTION [OPTIONS...]</source>
        <translation>ha ACTION [OPTIONS...]</translation>
    </message>
    <message>
        <source>Check an active-passive pair of License Managers.

Actions:
  check    run the HA setup wizard&apos;s checks and print the checklist

Run &apos;leasekeeper-ctl ha ACTION --help&apos; for the options of an action. See docs/ha.md.</source>
        <translation>Prüft ein Aktiv-Passiv-Paar von Lizenzmanagern.

Aktionen:
  check    führt die Prüfungen des HA-Einrichtungsassistenten aus und gibt die Checkliste aus

Mit &apos;leasekeeper-ctl ha ACTION --help&apos; werden die Optionen einer Aktion angezeigt. Siehe docs/ha.md.</translation>
    </message>
    <message>
        <source>Check a pair of License Managers the way the HA setup wizard does: the license allows two, both nodes answer, serve the same license and use the same database, their clocks agree, and (with --lb) the load balancer answers, sends everything to the primary and nothing to the secondary. Prints one line per check with what to do when it does not pass. Exit 0 when no check fails (warnings allowed), 1 when one does. See docs/ha.md.</source>
        <translation>Prüft ein Paar von Lizenzmanagern so wie der HA-Einrichtungsassistent: ob die Lizenz zwei erlaubt, beide Knoten antworten, dieselbe Lizenz bereitstellen und dieselbe Datenbank verwenden, ihre Uhren übereinstimmen und (mit --lb) der Load Balancer antwortet, alles an den Primärknoten und nichts an den Sekundärknoten schickt. Gibt pro Prüfung eine Zeile aus und sagt, was zu tun ist, wenn sie nicht bestanden wird. Exit-Status: 0, wenn keine Prüfung fehlschlägt (Warnungen erlaubt), 1, wenn eine fehlschlägt. Siehe docs/ha.md.</translation>
    </message>
    <message>
        <source>The primary node, e.g. http://lm1.example.com:10091.</source>
        <translation>Der Primärknoten, z. B. http://lm1.example.com:10091.</translation>
    </message>
    <message>
        <source>The secondary node, e.g. http://lm2.example.com:10091.</source>
        <translation>Der Sekundärknoten, z. B. http://lm2.example.com:10091.</translation>
    </message>
    <message>
        <source>The load balancer&apos;s virtual host, e.g. http://lm.example.com:10091; without it, the load balancer checks are left out.</source>
        <translation>Der virtuelle Host des Load Balancers, z. B. http://lm.example.com:10091; ohne ihn entfallen die Prüfungen des Load Balancers.</translation>
    </message>
    <message>
        <source>File holding the nodes&apos; admin token.</source>
        <translation>Datei mit dem Admin-Token der Knoten.</translation>
    </message>
    <message>
        <source>Largest clock difference allowed between the nodes, in milliseconds (default %1).</source>
        <translation>Größte erlaubte Uhrenabweichung zwischen den Knoten in Millisekunden (Standard: %1).</translation>
    </message>
    <message>
        <source>Print the checks as JSON.</source>
        <translation>Gibt die Prüfungen als JSON aus.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--primary and --secondary are required</source>
        <translation>--primary und --secondary sind erforderlich</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not an http:// or https:// URL</source>
        <translation>--%1: &apos;%2&apos; ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>--max-drift-ms must be a number of milliseconds, 0 or more</source>
        <translation>--max-drift-ms muss eine Zahl von Millisekunden sein, 0 oder mehr</translation>
    </message>
    <message>
        <source>ha check --primary URL --secondary URL [--lb URL] [--token-file FILE] [--max-drift-ms MS] [--ca FILE] [--pin-sha256 HASH] [--json]</source>
        <translation>ha check --primary URL --secondary URL [--lb URL] [--token-file FILE] [--max-drift-ms MS] [--ca FILE] [--pin-sha256 HASH] [--json]</translation>
    </message>
</context>
<context>
    <name>HaEvaluation</name>
    <message>
        <source>the primary at %1</source>
        <translation>Primärknoten unter %1</translation>
    </message>
    <message>
        <source>the secondary at %1</source>
        <translation>Sekundärknoten unter %1</translation>
    </message>
    <message>
        <source>the primary %1 (%2)</source>
        <translation>Primärknoten %1 (%2)</translation>
    </message>
    <message>
        <source>the secondary %1 (%2)</source>
        <translation>Sekundärknoten %1 (%2)</translation>
    </message>
    <message>
        <source>the primary</source>
        <translation>Primärknoten</translation>
    </message>
    <message>
        <source>the secondary</source>
        <translation>Sekundärknoten</translation>
    </message>
    <message>
        <source>Make both nodes reachable first (see primary_reachable and secondary_reachable).</source>
        <translation>Machen Sie zuerst beide Knoten erreichbar (siehe primary_reachable und secondary_reachable).</translation>
    </message>
    <message>
        <source>Cannot compare %1: %2 did not report its status.</source>
        <translation>Es ist nicht möglich, %1 zu vergleichen: %2 hat seinen Status nicht gemeldet.</translation>
    </message>
    <message>
        <source>Take it out of maintenance when the work on it is done: in the console, or curl -X POST -H &quot;Authorization: Bearer $TOKEN&quot; -d &apos;{&quot;enabled&quot;:false}&apos; URL/api/v1/maintenance.</source>
        <translation>Beenden Sie die Wartung, sobald die Arbeiten daran abgeschlossen sind: in der Konsole oder mit curl -X POST -H &quot;Authorization: Bearer $TOKEN&quot; -d &apos;{&quot;enabled&quot;:false}&apos; URL/api/v1/maintenance.</translation>
    </message>
    <message>
        <source>Stop the extra License Manager nodes on this database, or install a license that allows more License Managers.</source>
        <translation>Beenden Sie die überzähligen Lizenzmanager-Knoten an dieser Datenbank, oder installieren Sie eine Lizenz, die mehr Lizenzmanager erlaubt.</translation>
    </message>
    <message>
        <source>Fix what the node reports (reason &apos;%1&apos;); its log and the console&apos;s overview say more.</source>
        <translation>Beheben Sie, was der Knoten meldet (Grund &apos;%1&apos;); sein Protokoll und die Übersicht der Konsole sagen mehr.</translation>
    </message>
    <message>
        <source>Check %1 first. On Linux enable NTP: &apos;timedatectl set-ntp true&apos; (or start chronyd and check &apos;chronyc tracking&apos;). On Windows turn on Settings &gt; Time &amp; language &gt; Synchronize your clock, or run &apos;w32tm /resync&apos; as administrator. See docs/clock.md.</source>
        <translation>Als Erstes sollte %1 geprüft werden. Aktivieren Sie unter Linux NTP: &apos;timedatectl set-ntp true&apos; (oder starten Sie chronyd und prüfen Sie &apos;chronyc tracking&apos;). Aktivieren Sie unter Windows Einstellungen &gt; Zeit und Sprache &gt; Uhr synchronisieren, oder führen Sie &apos;w32tm /resync&apos; als Administrator aus. Siehe docs/clock.md.</translation>
    </message>
    <message>
        <source>%1 (licensee %2)</source>
        <translation>%1 (Lizenznehmer %2)</translation>
    </message>
    <message>
        <source>no license is loaded</source>
        <translation>keine Lizenz geladen</translation>
    </message>
    <message>
        <source>No license can be read from %1: %2.</source>
        <translation>Von %1 lässt sich keine Lizenz lesen: %2.</translation>
    </message>
    <message>
        <source>Install a license that allows at least two License Managers on both nodes (the console&apos;s License page, or the server&apos;s --license FILE and --trust PUBLIC options), then check again.</source>
        <translation>Installieren Sie auf beiden Knoten eine Lizenz, die mindestens zwei Lizenzmanager erlaubt (auf der Seite Lizenz der Konsole oder mit den Server-Optionen --license FILE und --trust PUBLIC), und prüfen Sie dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>License %1 on %2 allows %n License Manager(s); an HA pair needs 2.</source>
        <translation>
            <numerusform>Die Lizenz %1, die %2 bereitstellt, erlaubt %n Lizenzmanager; ein HA-Paar braucht 2.</numerusform>
            <numerusform>Die Lizenz %1, die %2 bereitstellt, erlaubt %n Lizenzmanager; ein HA-Paar braucht 2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask your vendor for a license with max_license_managers 2 or more, install it on both nodes (the console&apos;s License page, or --license FILE) and check again.</source>
        <translation>Fordern Sie bei Ihrem Anbieter eine Lizenz mit max_license_managers 2 oder mehr an, installieren Sie sie auf beiden Knoten (auf der Seite Lizenz der Konsole oder mit --license FILE) und prüfen Sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>License %1 allows %n License Manager(s), but %2 is not admitted: the nodes %3 already hold the places.</source>
        <translation>
            <numerusform>Die Lizenz %1 erlaubt %n Lizenzmanager, aber %2 wird nicht zugelassen: die Knoten %3 belegen die Plätze bereits.</numerusform>
            <numerusform>Die Lizenz %1 erlaubt %n Lizenzmanager, aber %2 wird nicht zugelassen: die Knoten %3 belegen die Plätze bereits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the other License Manager nodes that use this database (keep only the primary and the secondary), or install a license that allows more.</source>
        <translation>Beenden Sie die anderen Lizenzmanager-Knoten, die diese Datenbank verwenden (behalten Sie nur den primären und den sekundären), oder installieren Sie eine Lizenz, die mehr erlaubt.</translation>
    </message>
    <message numerus="yes">
        <source>License %1 allows %n License Manager(s).</source>
        <translation>
            <numerusform>Die Lizenz %1 erlaubt %n Lizenzmanager.</numerusform>
            <numerusform>Die Lizenz %1 erlaubt %n Lizenzmanager.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach %1: %2.</source>
        <translation>%1 ist nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>Start leasekeeper-server on that host and check that it listens on that address and port (--bind, --port) and that no firewall blocks the port; then check again.</source>
        <translation>Starten Sie leasekeeper-server auf diesem Host und prüfen Sie, dass er auf dieser Adresse und diesem Port lauscht (--bind, --port) und keine Firewall den Port blockiert; prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 answers /pingLicenseManager with HTTP %2 but not /api/v1/status: it is not a LeaseKeeper License Manager, or too old.</source>
        <translation>%1 beantwortet /pingLicenseManager mit HTTP %2, aber nicht /api/v1/status: Es ist kein LeaseKeeper-Lizenzmanager oder zu alt.</translation>
    </message>
    <message>
        <source>Give --primary the URL of a LeaseKeeper License Manager, e.g. http://lm1.example.com:10091.</source>
        <translation>Geben Sie bei --primary die URL eines LeaseKeeper-Lizenzmanagers an, z. B. http://lm1.example.com:10091.</translation>
    </message>
    <message>
        <source>Give --secondary the URL of a LeaseKeeper License Manager, e.g. http://lm2.example.com:10091.</source>
        <translation>Geben Sie bei --secondary die URL eines LeaseKeeper-Lizenzmanagers an, z. B. http://lm2.example.com:10091.</translation>
    </message>
    <message>
        <source>%1 answers but is not ready: HTTP %2, reason &apos;%3&apos;: %4</source>
        <translation>%1 antwortet, ist aber nicht bereit: HTTP %2, Grund &apos;%3&apos;: %4</translation>
    </message>
    <message>
        <source>%1 is ready but reports role &apos;%2&apos;, not &apos;%3&apos;.</source>
        <translation>%1 ist bereit, meldet aber die Rolle &apos;%2&apos; statt &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Start it with --role %1 (or role=%1 in its configuration file), or swap --primary and --secondary if they were given the wrong way round.</source>
        <translation>Starten Sie ihn mit --role %1 (oder role=%1 in seiner Konfigurationsdatei), oder vertauschen Sie --primary und --secondary, falls sie verkehrt herum angegeben wurden.</translation>
    </message>
    <message>
        <source>%1 is ready (version %2, store %3, answered in %4 ms).</source>
        <translation>%1 ist bereit (Version %2, Speicher %3, Antwort in %4 ms).</translation>
    </message>
    <message>
        <source>the licenses</source>
        <translation>die Lizenzen</translation>
    </message>
    <message>
        <source>%1 has no license loaded: %2.</source>
        <translation>%1 hat keine Lizenz geladen: %2.</translation>
    </message>
    <message>
        <source>it does not say why</source>
        <translation>ohne Angabe von Gründen</translation>
    </message>
    <message>
        <source>Install the same license file on both nodes and trust the same issuer key (the console&apos;s License page, or --license FILE --trust PUBLIC), then check again.</source>
        <translation>Installieren Sie auf beiden Knoten dieselbe Lizenzdatei und vertrauen Sie demselben Ausstellerschlüssel (auf der Seite Lizenz der Konsole oder mit --license FILE --trust PUBLIC), und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The nodes serve different licenses: %1 has license %2 signed by issuer key %3, %4 has license %5 signed by issuer key %6.</source>
        <translation>Die Knoten stellen unterschiedliche Lizenzen bereit: %1 hat die Lizenz %2, signiert mit dem Ausstellerschlüssel %3, %4 hat die Lizenz %5, signiert mit dem Ausstellerschlüssel %6.</translation>
    </message>
    <message>
        <source>Copy the primary&apos;s license file to the secondary, install it there (the console&apos;s License page, or --license FILE with --trust for its issuer key) and check again.</source>
        <translation>Kopieren Sie die Lizenzdatei des Primärknotens auf den Sekundärknoten, installieren Sie sie dort (auf der Seite Lizenz der Konsole oder mit --license FILE und --trust für ihren Ausstellerschlüssel) und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Both nodes serve license %1, signed by issuer key %2.</source>
        <translation>Beide Knoten stellen die Lizenz %1 bereit, signiert mit dem Ausstellerschlüssel %2.</translation>
    </message>
    <message>
        <source>the databases</source>
        <translation>die Datenbanken</translation>
    </message>
    <message>
        <source>Both %1 and %2 call themselves %3: either both URLs lead to the same node, or the two nodes share a name.</source>
        <translation>Sowohl %1 als auch %2 nennen sich %3: Entweder führen beide URLs zum selben Knoten, oder die beiden Knoten haben denselben Namen.</translation>
    </message>
    <message>
        <source>Give each node its own name (--node-name NAME or node_name in its configuration file) and make sure --primary and --secondary are two different hosts or ports.</source>
        <translation>Geben Sie jedem Knoten einen eigenen Namen (--node-name NAME oder node_name in seiner Konfigurationsdatei) und stellen Sie sicher, dass --primary und --secondary zwei verschiedene Hosts oder Ports sind.</translation>
    </message>
    <message>
        <source>%1 has not joined a cluster yet: its store (%2) says &apos;%3&apos;.</source>
        <translation>%1 ist noch keinem Cluster beigetreten: sein Speicher (%2) meldet &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Check that node&apos;s database connection (--db, --db-password-file) and its log; a node joins once it can write its heartbeat to the database.</source>
        <translation>Prüfen Sie die Datenbankverbindung dieses Knotens (--db, --db-password-file) und sein Protokoll; ein Knoten tritt bei, sobald er seinen Heartbeat in die Datenbank schreiben kann.</translation>
    </message>
    <message>
        <source>The nodes use different databases: %1 is in cluster %2 (%3: %4), %5 in cluster %6 (%7: %8).</source>
        <translation>Die Knoten verwenden unterschiedliche Datenbanken: %1 ist im Cluster %2 (%3: %4), %5 im Cluster %6 (%7: %8).</translation>
    </message>
    <message>
        <source>An HA pair needs one PostgreSQL database for both nodes; a SQLite file belongs to one node only. Move the data with &apos;leasekeeper-ctl store migrate&apos;, then </source>
        <translation>Ein HA-Paar braucht eine gemeinsame PostgreSQL-Datenbank für beide Knoten; eine SQLite-Datei gehört nur zu einem Knoten. Verschieben Sie die Daten mit &apos;leasekeeper-ctl store migrate&apos;, dann </translation>
    </message>
    <message>
        <source>start both nodes with the same --db postgresql://USER@HOST:PORT/DBNAME and --db-password-file, and check again.</source>
        <translation>starten Sie beide Knoten mit demselben --db postgresql://USER@HOST:PORT/DBNAME und --db-password-file und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Both nodes use cluster %1, but %2 does not list %3 among its nodes.</source>
        <translation>Beide Knoten verwenden den Cluster %1, aber %2 führt %3 nicht unter seinen Knoten.</translation>
    </message>
    <message>
        <source>Check again in a few seconds (nodes write a heartbeat every few seconds); if it stays so, read %1&apos;s log for database errors.</source>
        <translation>Prüfen Sie in einigen Sekunden erneut (Knoten schreiben alle paar Sekunden einen Heartbeat); bleibt es so, suchen Sie im Protokoll von %1 nach Datenbankfehlern.</translation>
    </message>
    <message>
        <source>Both nodes use cluster %1, but %2 has not seen a recent heartbeat from %3.</source>
        <translation>Beide Knoten verwenden den Cluster %1, aber %2 hat keinen aktuellen Heartbeat von %3 gesehen.</translation>
    </message>
    <message>
        <source>Check %1&apos;s database connection and its log; its heartbeats do not reach the database.</source>
        <translation>Prüfen Sie die Datenbankverbindung von %1 und sein Protokoll; seine Heartbeats erreichen die Datenbank nicht.</translation>
    </message>
    <message>
        <source>Both nodes use the same database (cluster %1, %2: %3) and list each other.</source>
        <translation>Beide Knoten verwenden dieselbe Datenbank (Cluster %1, %2: %3) und führen einander auf.</translation>
    </message>
    <message>
        <source>Cannot measure the clock of %1: %2</source>
        <translation>Die Uhr von %1 lässt sich nicht messen: %2</translation>
    </message>
    <message>
        <source>The node must answer GET /api/v1/time; make it reachable (see primary_reachable and secondary_reachable) and check again.</source>
        <translation>Der Knoten muss GET /api/v1/time beantworten; machen Sie ihn erreichbar (siehe primary_reachable und secondary_reachable) und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>offsets to this host: %1 %2, %3 %4</source>
        <translation>Abweichungen zu diesem Host: %1 %2, %3 %4</translation>
    </message>
    <message>
        <source>The clocks are %1 ms apart (%2 minus %3 = %4; allowed %5 ms); %6.</source>
        <translation>Die Uhren liegen %1 ms auseinander (%2 minus %3 = %4; erlaubt sind %5 ms); %6.</translation>
    </message>
    <message>
        <source>The clocks are %1 ms apart (allowed %2 ms), but %3 says its clock is not synchronised (%4: %5); %6.</source>
        <translation>Die Uhren liegen %1 ms auseinander (erlaubt sind %2 ms), aber %3 meldet, dass seine Uhr nicht synchronisiert ist (%4: %5); %6.</translation>
    </message>
    <message>
        <source>The clocks are %1 ms apart (allowed %2 ms); %3.</source>
        <translation>Die Uhren liegen %1 ms auseinander (erlaubt sind %2 ms); %3.</translation>
    </message>
    <message>
        <source>Cannot reach the load balancer at %1: %2.</source>
        <translation>Der Load Balancer unter %1 ist nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>Start the load balancer and check that it listens on that address (&apos;systemctl status haproxy&apos;, &apos;haproxy -c -f /etc/haproxy/haproxy.cfg&apos;). To write its configuration: %1</source>
        <translation>Starten Sie den Load Balancer und prüfen Sie, dass er auf dieser Adresse lauscht (&apos;systemctl status haproxy&apos;, &apos;haproxy -c -f /etc/haproxy/haproxy.cfg&apos;). So schreiben Sie seine Konfiguration: %1</translation>
    </message>
    <message>
        <source>The load balancer at %1 answers /pingLicenseManager with HTTP %2%3.</source>
        <translation>Der Load Balancer unter %1 beantwortet /pingLicenseManager mit HTTP %2%3.</translation>
    </message>
    <message>
        <source> (not from a License Manager: no X-License-Manager-Node)</source>
        <translation> (nicht von einem Lizenzmanager: kein X-License-Manager-Node)</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>HTTP 502 or 503 from HAProxy means no node passed its health check: make a node ready (see primary_reachable) and check that the servers in its configuration are the nodes&apos; addresses. To write the configuration: %1</source>
        <translation>HTTP 502 oder 503 von HAProxy bedeutet, dass kein Knoten seine Zustandsprüfung bestanden hat: Machen Sie einen Knoten bereit (siehe primary_reachable) und prüfen Sie, dass die Server in seiner Konfiguration die Adressen der Knoten sind. So schreiben Sie die Konfiguration: %1</translation>
    </message>
    <message>
        <source>The load balancer at %1 answers /pingLicenseManager with HTTP 200 (from %2).</source>
        <translation>Der Load Balancer unter %1 beantwortet /pingLicenseManager mit HTTP 200 (von %2).</translation>
    </message>
    <message>
        <source>an unnamed node</source>
        <translation>einem unbenannten Knoten</translation>
    </message>
    <message>
        <source>Cannot tell who answers through %1: the primary&apos;s name is unknown because %2 did not report its status.</source>
        <translation>Es lässt sich nicht feststellen, wer über %1 antwortet: Der Name des Primärknotens ist unbekannt, weil %2 seinen Status nicht gemeldet hat.</translation>
    </message>
    <message>
        <source>No request through %1 was answered: %2.</source>
        <translation>Keine Anfrage über %1 wurde beantwortet: %2.</translation>
    </message>
    <message>
        <source>Make the load balancer answer first (see lb_health).</source>
        <translation>Sorgen Sie zuerst dafür, dass der Load Balancer antwortet (siehe lb_health).</translation>
    </message>
    <message>
        <source>All %1 requests through %2 were answered by the primary %3.</source>
        <translation>Alle %1 Anfragen über %2 wurden vom Primärknoten %3 beantwortet.</translation>
    </message>
    <message>
        <source>Of %1 requests through %2, %3 were answered by the primary %4, %5 by the secondary %6, %7 without an X-License-Manager-Node header, %8 not at all%9.</source>
        <translation>Von %1 Anfragen über %2 wurden %3 vom Primärknoten %4 beantwortet, %5 vom Sekundärknoten %6, %7 ohne X-License-Manager-Node-Header und %8 gar nicht%9.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>; other nodes: %1</source>
        <translation>; andere Knoten: %1</translation>
    </message>
    <message>
        <source>The primary is not ready, so the load balancer rightly avoids it: fix the primary first (see primary_reachable).</source>
        <translation>Der Primärknoten ist nicht bereit, daher meidet ihn der Load Balancer zu Recht: Beheben Sie zuerst das Problem des Primärknotens (siehe primary_reachable).</translation>
    </message>
    <message>
        <source>The load balancer drops the X-License-Manager-Node header, or something else answers on %1: pass the header through (the configuration from &apos;leasekeeper-ctl lb-config&apos; does).</source>
        <translation>Der Load Balancer verwirft den Header X-License-Manager-Node, oder unter %1 antwortet etwas anderes: Reichen Sie den Header durch (die Konfiguration von &apos;leasekeeper-ctl lb-config&apos; tut das).</translation>
    </message>
    <message>
        <source>The primary must be the load balancer&apos;s normal server and the secondary its backup (HAProxy: &apos;backup&apos; on the secondary&apos;s server line). Write the configuration again with: %1; then reload the load balancer (&apos;systemctl reload haproxy&apos;).</source>
        <translation>Der Primärknoten muss der normale Server des Load Balancers sein und der Sekundärknoten sein Backup (HAProxy: &apos;backup&apos; in der server-Zeile des Sekundärknotens). Schreiben Sie die Konfiguration neu mit: %1; laden Sie dann den Load Balancer neu (&apos;systemctl reload haproxy&apos;).</translation>
    </message>
    <message>
        <source>%1 does not answer (%2): it could not take over.</source>
        <translation>%1 antwortet nicht (%2): Er könnte nicht übernehmen.</translation>
    </message>
    <message>
        <source>Start leasekeeper-server on the secondary (see secondary_reachable).</source>
        <translation>Starten Sie leasekeeper-server auf dem Sekundärknoten (siehe secondary_reachable).</translation>
    </message>
    <message>
        <source>%1 answered %2 of %3 requests through the load balancer at %4; while the primary is up it should get none.</source>
        <translation>%1 hat %2 von %3 Anfragen über den Load Balancer unter %4 beantwortet; solange der Primärknoten läuft, sollte er keine erhalten.</translation>
    </message>
    <message>
        <source>Make the secondary the load balancer&apos;s backup server and the primary its normal one. Write the configuration again with: %1; then reload the load balancer.</source>
        <translation>Machen Sie den Sekundärknoten zum Backup-Server des Load Balancers und den Primärknoten zu seinem normalen Server. Schreiben Sie die Konfiguration neu mit: %1; laden Sie dann den Load Balancer neu.</translation>
    </message>
    <message>
        <source>%1 answers its ping with HTTP %2 (reason &apos;%3&apos;: %4): it could not take over if the primary failed now.</source>
        <translation>%1 beantwortet seinen Ping mit HTTP %2 (Grund &apos;%3&apos;: %4): Er könnte nicht übernehmen, wenn der Primärknoten jetzt ausfiele.</translation>
    </message>
    <message>
        <source>%1 is ready to take over (its ping answers 200); whether it gets traffic could not be checked because the load balancer did not answer (see lb_health).</source>
        <translation>%1 ist bereit zu übernehmen (sein Ping antwortet mit 200); ob er Verkehr erhält, ließ sich nicht prüfen, weil der Load Balancer nicht geantwortet hat (siehe lb_health).</translation>
    </message>
    <message>
        <source>%1 is ready to take over (its ping answers 200) and got none of the %2 requests through the load balancer.</source>
        <translation>%1 ist bereit zu übernehmen (sein Ping antwortet mit 200) und hat keine der %2 Anfragen über den Load Balancer erhalten.</translation>
    </message>
    <message>
        <source>%1 is ready to take over (its ping answers 200); without a load balancer, whether it gets traffic was not checked.</source>
        <translation>%1 ist bereit zu übernehmen (sein Ping antwortet mit 200); ohne Load Balancer wurde nicht geprüft, ob er Verkehr erhält.</translation>
    </message>
    <message>
        <source>%1 is ready but still runs alone on its own SQLite database.</source>
        <translation>%1 ist bereit, läuft aber noch allein mit seiner eigenen SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>Move it to the shared PostgreSQL database and start it with --db postgresql://... --role %1; the wizard&apos;s database step does the first part.</source>
        <translation>Stellen Sie ihn auf die gemeinsame PostgreSQL-Datenbank um und starten Sie ihn mit --db postgresql://... --role %1; der Datenbankschritt des Assistenten erledigt den ersten Teil.</translation>
    </message>
</context>
<context>
    <name>HealthAssessment</name>
    <message>
        <source>No usable license: %1</source>
        <translation>Keine verwendbare Lizenz: %1</translation>
    </message>
    <message>
        <source>License %1 has expired: no component can start. Install a renewed license.</source>
        <translation>Die Lizenz %1 ist abgelaufen: keine Komponente kann starten. Installieren Sie eine erneuerte Lizenz.</translation>
    </message>
    <message>
        <source>License %1 expires in %2. Ask the issuer for a renewal.</source>
        <translation>Die Lizenz %1 läuft in %2 ab. Fordern Sie beim Aussteller eine Verlängerung an.</translation>
    </message>
    <message>
        <source>%1 is near its limits: %2 of %3 instances, %4 of %5 cores. New instances may be denied.</source>
        <translation>%1 ist nahe an seinen Grenzen: %2 von %3 Instanzen, %4 von %5 Kernen. Neue Instanzen werden möglicherweise abgelehnt.</translation>
    </message>
    <message>
        <source>Contacting the License Manager...</source>
        <translation>Lizenzmanager wird kontaktiert...</translation>
    </message>
    <message>
        <source>License Manager unreachable for %1: %2</source>
        <translation>Lizenzmanager seit %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The License Manager does not answer. Components keep running on their grace period and shut down when it ends; none can start.</source>
        <translation>Der Lizenzmanager antwortet nicht. Komponenten laufen während ihrer Karenzzeit weiter und beenden sich, wenn sie abläuft; keine kann starten.</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) stopped renewing and may be running on grace.</source>
        <translation>
            <numerusform>%n Komponente erneuert nicht mehr und läuft möglicherweise in der Karenzzeit.</numerusform>
            <numerusform>%n Komponenten erneuern nicht mehr und laufen möglicherweise in der Karenzzeit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) denied in the last hour: see History.</source>
        <translation>
            <numerusform>%n Anfrage in der letzten Stunde abgelehnt: siehe Verlauf.</numerusform>
            <numerusform>%n Anfragen in der letzten Stunde abgelehnt: siehe Verlauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>License Manager not ready (%1): %2</source>
        <translation>Lizenzmanager nicht bereit (%1): %2</translation>
    </message>
    <message>
        <source>All good: License Manager %1 is serving license %2.</source>
        <translation>Alles in Ordnung: Lizenzmanager %1 stellt die Lizenz %2 bereit.</translation>
    </message>
    <message>
        <source>This License Manager serves the console&apos;s DEMO license. Install your license on the License page.</source>
        <translation>Dieser Lizenzmanager stellt die DEMO-Lizenz der Konsole bereit. Installieren Sie Ihre Lizenz auf der Seite Lizenz.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Node %1 has not answered for %2 (%3). Until it is back the pair has no standby: start the License Manager on that host.</source>
        <translation>Knoten %1 antwortet seit %2 nicht (%3). Bis er wieder läuft, hat das Paar keine Reserve: starten Sie den Lizenzmanager auf diesem Host.</translation>
    </message>
    <message>
        <source>Node %1 is in maintenance: the load balancer sends it no traffic and it cannot take over until maintenance ends.</source>
        <translation>Knoten %1 ist im Wartungsmodus: der Load Balancer leitet keinen Verkehr an ihn weiter, und er kann erst nach dem Ende der Wartung übernehmen.</translation>
    </message>
    <message>
        <source>Node %1 is not ready (%2): %3. The load balancer sends it no traffic.</source>
        <translation>Knoten %1 ist nicht bereit (%2): %3. Der Load Balancer leitet keinen Verkehr an ihn weiter.</translation>
    </message>
    <message>
        <source>The nodes serve different licenses (%1): install the same license on every node of the pair.</source>
        <translation>Die Knoten stellen unterschiedliche Lizenzen bereit (%1): installieren Sie auf allen Knoten des Paars dieselbe Lizenz.</translation>
    </message>
    <message>
        <source>The clock of %1 is about %2 ms ahead of %3&apos;s. Synchronise both hosts (NTP, or &quot;Synchronize your clock&quot; on Windows); the Clock view has the exact figures.</source>
        <translation>Die Uhr von %1 geht etwa %2 ms vor gegenüber der von %3. Synchronisieren Sie beide Hosts (NTP oder „Uhr synchronisieren“ unter Windows); die Uhr-Ansicht zeigt die genauen Werte.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) (%1) held by components that look dead: see Leases.</source>
        <translation>
            <numerusform>%n Platz (%1) belegt von Komponenten, die tot scheinen: siehe Leases.</numerusform>
            <numerusform>%n Plätze (%1) belegt von Komponenten, die tot scheinen: siehe Leases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n Kern</numerusform>
            <numerusform>%n Kerne</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryParameters</name>
    <message>
        <source>&apos;%1&apos; must be milliseconds since the epoch</source>
        <translation>&apos;%1&apos; muss in Millisekunden seit der Unix-Epoche angegeben werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an end reason or a denial reason</source>
        <translation>&apos;%1&apos; ist weder ein Beendigungs- noch ein Ablehnungsgrund</translation>
    </message>
    <message>
        <source>&apos;limit&apos; must be a whole number from 1 to 100000</source>
        <translation>&apos;limit&apos; muss eine ganze Zahl von 1 bis 100000 sein</translation>
    </message>
    <message>
        <source>&apos;kind&apos; must be lease or denial, not &apos;%1&apos;</source>
        <translation>&apos;kind&apos; muss lease oder denial sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown query parameter &apos;%1&apos;; use since_ms, until_ms, component, reason, kind or limit</source>
        <translation>unbekannter Abfrageparameter &apos;%1&apos;; erlaubt sind since_ms, until_ms, component, reason, kind und limit</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the connection closed in the middle of the answer</source>
        <translation>die Verbindung wurde mitten in der Antwort geschlossen</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>der Server hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>a chunk of the answer does not end where its size says</source>
        <translation>ein Teil der Antwort endet nicht dort, wo seine Größe es angibt</translation>
    </message>
    <message>
        <source>the answer&apos;s headers are longer than %1 KiB</source>
        <translation>die Header der Antwort sind länger als %1 KiB</translation>
    </message>
    <message>
        <source>not an HTTP answer: &apos;%1&apos;</source>
        <translation>keine HTTP-Antwort: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the answer has a malformed header line: &apos;%1&apos;</source>
        <translation>die Antwort hat eine fehlerhafte Headerzeile: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the answer&apos;s Content-Length &apos;%1&apos; is not a number of bytes</source>
        <translation>die Content-Length &apos;%1&apos; der Antwort ist keine Anzahl von Bytes</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>die Antwort ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>a chunk of the answer has no valid size: &apos;%1&apos;</source>
        <translation>ein Teil der Antwort hat keine gültige Größe: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a line of the answer is longer than %1 bytes</source>
        <translation>eine Zeile der Antwort ist länger als %1 Bytes</translation>
    </message>
</context>
<context>
    <name>IssuerKeyFile</name>
    <message>
        <source>this is an issuer PRIVATE key; give the public key file written by &apos;license keygen --public&apos; instead, and keep the private key off servers</source>
        <translation>dies ist ein PRIVATER Ausstellerschlüssel; geben Sie stattdessen die mit &apos;license keygen --public&apos; erzeugte öffentliche Schlüsseldatei an und halten Sie den privaten Schlüssel von Servern fern</translation>
    </message>
    <message>
        <source>this is an issuer public key; signing needs the private key file written by &apos;license keygen --private&apos;</source>
        <translation>dies ist ein öffentlicher Ausstellerschlüssel; zum Signieren wird die mit &apos;license keygen --private&apos; erzeugte private Schlüsseldatei benötigt</translation>
    </message>
    <message>
        <source>&quot;kind&quot; is &quot;%1&quot; but must be &quot;%2&quot;; this is not a LeaseKeeper issuer key file</source>
        <translation>&quot;kind&quot; ist &quot;%1&quot;, muss aber &quot;%2&quot; sein; dies ist keine LeaseKeeper-Ausstellerschlüsseldatei</translation>
    </message>
    <message>
        <source>&quot;algorithm&quot; is &quot;%1&quot; but only &quot;ed25519&quot; is supported</source>
        <translation>&quot;algorithm&quot; ist &quot;%1&quot;, unterstützt wird aber nur &quot;ed25519&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a string</source>
        <translation>&quot;%1&quot; fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid base64</source>
        <translation>&quot;%1&quot; ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds %2 bytes but an Ed25519 key of this kind has %3; the file is damaged</source>
        <translation>&quot;%1&quot; enthält %2 Bytes, ein Ed25519-Schlüssel dieser Art hat aber %3; die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>&quot;key_id&quot; is &quot;%1&quot; but the key in the file has key id %2; the file was edited or damaged</source>
        <translation>&quot;key_id&quot; ist &quot;%1&quot;, der Schlüssel in der Datei hat aber die Schlüssel-ID %2; die Datei wurde bearbeitet oder ist beschädigt</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>IssuerKeyPair</name>
    <message>
        <source>libsodium failed to initialize or to generate a key</source>
        <translation>libsodium konnte nicht initialisiert werden oder keinen Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>&quot;secret_key&quot; is not a consistent Ed25519 key (its public half does not match its seed); the file is damaged</source>
        <translation>&quot;secret_key&quot; ist kein stimmiger Ed25519-Schlüssel (seine öffentliche Hälfte passt nicht zu seinem Seed); die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>issuer private key file</source>
        <translation>private Ausstellerschlüsseldatei</translation>
    </message>
</context>
<context>
    <name>IssuerPublicKey</name>
    <message>
        <source>an Ed25519 public key has 32 bytes, not %1</source>
        <translation>ein öffentlicher Ed25519-Schlüssel hat 32 Bytes, nicht %1</translation>
    </message>
    <message>
        <source>libsodium failed to initialize</source>
        <translation>libsodium konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <source>issuer public key file</source>
        <translation>öffentliche Ausstellerschlüsseldatei</translation>
    </message>
</context>
<context>
    <name>LbConfigCommand</name>
    <message>
        <source>Write a load balancer configuration that sends every request to the primary License Manager and fails over to the secondary.

Load balancers:
  haproxy  a complete haproxy.cfg with active health checks on /pingLicenseManager
  nginx    a snippet for /etc/nginx/conf.d/ (passive checks only)

Write IPv6 addresses in brackets: [::1]:10091. See docs/load-balancer.md.</source>
        <translation>Schreibt eine Load-Balancer-Konfiguration, die jede Anfrage an den primären Lizenzmanager sendet und bei dessen Ausfall auf den sekundären umschaltet.

Load Balancer:
  haproxy  eine vollständige haproxy.cfg mit aktiven Zustandsprüfungen auf /pingLicenseManager
  nginx    ein Snippet für /etc/nginx/conf.d/ (nur passive Prüfungen)

IPv6-Adressen stehen in eckigen Klammern: [::1]:10091. Siehe docs/load-balancer.md.</translation>
    </message>
    <message>
        <source>The primary License Manager.</source>
        <translation>Der primäre Lizenzmanager.</translation>
    </message>
    <message>
        <source>The secondary (backup) License Manager.</source>
        <translation>Der sekundäre Lizenzmanager (Reserve).</translation>
    </message>
    <message>
        <source>Where the load balancer listens, e.g. 0.0.0.0:10091.</source>
        <translation>Wo der Load Balancer lauscht, z. B. 0.0.0.0:10091.</translation>
    </message>
    <message>
        <source>missing load balancer; choose one of: %1</source>
        <translation>Load Balancer fehlt; wählen Sie einen aus: %1</translation>
    </message>
    <message>
        <source>unknown load balancer &apos;%1&apos;; choose one of: %2</source>
        <translation>unbekannter Load Balancer &apos;%1&apos;; wählen Sie einen aus: %2</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--primary, --secondary and --listen are required</source>
        <translation>--primary, --secondary und --listen sind erforderlich</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>Wrote the HAProxy configuration to %1; check it with: haproxy -c -f %1
</source>
        <translation>HAProxy-Konfiguration nach %1 geschrieben; prüfen Sie sie mit: haproxy -c -f %1
</translation>
    </message>
    <message>
        <source>Wrote the nginx configuration to %1; copy it to /etc/nginx/conf.d/ and check it with: nginx -t
</source>
        <translation>nginx-Konfiguration nach %1 geschrieben; kopieren Sie sie nach /etc/nginx/conf.d/ und prüfen Sie sie mit: nginx -t
</translation>
    </message>
    <message>
        <source>Write to FILE (replaced atomically) instead of standard output.</source>
        <translation>In FILE schreiben (wird atomar ersetzt) statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>lb-config haproxy|nginx --primary HOST:PORT --secondary HOST:PORT --listen HOST:PORT [--tls-cert FILE --tls-key FILE --nodes-ca FILE] [--out FILE]</source>
        <translation>lb-config haproxy|nginx --primary HOST:PORT --secondary HOST:PORT --listen HOST:PORT [--tls-cert DATEI --tls-key DATEI --nodes-ca DATEI] [--out DATEI]</translation>
    </message>
    <message>
        <source>HTTPS: the certificate the load balancer presents to components (for HAProxy, with its key in the same file or beside it as FILE.key).</source>
        <translation>HTTPS: das Zertifikat, das der Load Balancer den Komponenten zeigt (für HAProxy mit seinem Schlüssel in derselben Datei oder daneben als DATEI.key).</translation>
    </message>
    <message>
        <source>HTTPS: the key of --tls-cert.</source>
        <translation>HTTPS: der Schlüssel zu --tls-cert.</translation>
    </message>
    <message>
        <source>HTTPS: the certificate(s) that signed the nodes&apos; certificates, to verify them.</source>
        <translation>HTTPS: das oder die Zertifikate, die die Zertifikate der Knoten signiert haben, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>--tls-cert, --tls-key and --nodes-ca go together</source>
        <translation>--tls-cert, --tls-key und --nodes-ca gehören zusammen</translation>
    </message>
</context>
<context>
    <name>LeaseEngine</name>
    <message>
        <source>%1, at %2</source>
        <translation>%1, an %2</translation>
    </message>
</context>
<context>
    <name>LeaseEventLog</name>
    <message>
        <source>granted lease %1 to %2 instance %3 on host %4 (cores: %5)</source>
        <translation>Lease %1 an %2-Instanz %3 auf Host %4 vergeben (Kerne: %5)</translation>
    </message>
    <message>
        <source>renewed lease %1 of %2 instance %3 on host %4</source>
        <translation>Lease %1 der %2-Instanz %3 auf Host %4 erneuert</translation>
    </message>
    <message>
        <source>denied a lease to %1 instance %2 on host %3 (cores: %4): %5: %6</source>
        <translation>Lease für %1-Instanz %2 auf Host %3 verweigert (Kerne: %4): %5: %6</translation>
    </message>
    <message>
        <source>denied renewing lease %1 of %2 instance %3 on host %4: %5: %6</source>
        <translation>Erneuerung von Lease %1 der %2-Instanz %3 auf Host %4 verweigert: %5: %6</translation>
    </message>
    <message>
        <source>lease %1 of %2 instance %3 on host %4 ended: %5 (note: %6)</source>
        <translation>Lease %1 der %2-Instanz %3 auf Host %4 beendet: %5 (Notiz: %6)</translation>
    </message>
    <message>
        <source>lease %1 of %2 instance %3 on host %4 ended: %5</source>
        <translation>Lease %1 der %2-Instanz %3 auf Host %4 beendet: %5</translation>
    </message>
</context>
<context>
    <name>LeasePolicy</name>
    <message>
        <source>license %1 expired on %2 UTC</source>
        <translation>die Lizenz %1 ist am %2 UTC abgelaufen</translation>
    </message>
    <message>
        <source>license %1 does not cover component type &apos;%2&apos;</source>
        <translation>die Lizenz %1 deckt den Komponententyp &apos;%2&apos; nicht ab</translation>
    </message>
    <message>
        <source>%1 asks for %2 cores; license %3 allows at most %4 cores per %5 instance</source>
        <translation>%1 fordert %2 Kerne an; die Lizenz %3 erlaubt höchstens %4 Kerne pro Instanz von %5</translation>
    </message>
    <message>
        <source>license %1 allows %2 instances of %3 and %4 are running</source>
        <translation>die Lizenz %1 erlaubt %2 Instanzen von %3, und %4 laufen bereits</translation>
    </message>
    <message>
        <source>license %1 allows %2 cores for %3; %4 are in use and %5 asks for %6</source>
        <translation>die Lizenz %1 erlaubt %2 Kerne für %3; %4 sind belegt und %5 fordert %6 an</translation>
    </message>
</context>
<context>
    <name>LeaseRequest</name>
    <message>
        <source>missing field &apos;%1&apos;</source>
        <translation>Feld &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a string</source>
        <translation>Feld &apos;%1&apos; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be 1 to %2 printable characters</source>
        <translation>Feld &apos;%1&apos; muss 1 bis %2 druckbare Zeichen enthalten</translation>
    </message>
    <message>
        <source>missing field &apos;cores&apos;</source>
        <translation>Feld &apos;cores&apos; fehlt</translation>
    </message>
    <message>
        <source>field &apos;cores&apos; must be a whole number</source>
        <translation>Feld &apos;cores&apos; muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>field &apos;cores&apos; must be from 1 to %1</source>
        <translation>Feld &apos;cores&apos; muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>missing field &apos;ips&apos;</source>
        <translation>Feld &apos;ips&apos; fehlt</translation>
    </message>
    <message>
        <source>field &apos;ips&apos; must be an array of IP address strings</source>
        <translation>Feld &apos;ips&apos; muss ein Array von IP-Adressen als Zeichenketten sein</translation>
    </message>
    <message>
        <source>field &apos;ips&apos; may list at most %1 addresses</source>
        <translation>Feld &apos;ips&apos; darf höchstens %1 Adressen enthalten</translation>
    </message>
    <message>
        <source>field &apos;ips&apos; holds &apos;%1&apos;, which is not an IP address</source>
        <translation>Feld &apos;ips&apos; enthält &apos;%1&apos;, was keine IP-Adresse ist</translation>
    </message>
    <message>
        <source>a non-string</source>
        <translation>ein Wert, der keine Zeichenkette ist</translation>
    </message>
    <message>
        <source>field &apos;component&apos; must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>Feld &apos;component&apos; darf nur Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; enthalten</translation>
    </message>
    <message>
        <source>field &apos;probe&apos; must be host:port (IPv6 as [address]:port) with a port from 1 to 65535</source>
        <translation>Feld &apos;probe&apos; muss host:port sein (IPv6 als [Adresse]:port) mit einem Port von 1 bis 65535</translation>
    </message>
</context>
<context>
    <name>License</name>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>not a license file: %1</source>
        <translation>keine Lizenzdatei: %1</translation>
    </message>
    <message>
        <source>not a license file: &quot;format&quot; is &quot;%1&quot; but must be &quot;%2&quot;</source>
        <translation>keine Lizenzdatei: &quot;format&quot; ist &quot;%1&quot;, muss aber &quot;%2&quot; sein</translation>
    </message>
    <message>
        <source>&quot;terms&quot; is missing or not an object</source>
        <translation>&quot;terms&quot; fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>invalid terms: %1</source>
        <translation>ungültige Bedingungen: %1</translation>
    </message>
</context>
<context>
    <name>LicenseCommand</name>
    <message>
        <source>license ACTION [OPTIONS...]</source>
        <translation>license ACTION [OPTIONS...]</translation>
    </message>
    <message>
        <source>license keygen --private FILE --public FILE [--force]</source>
        <translation>license keygen --private FILE --public FILE [--force]</translation>
    </message>
    <message>
        <source>Create a new Ed25519 issuer key pair. Keep the private key on the issuing machine; copy the public key to every License Manager.</source>
        <translation>Erzeugt ein neues Ed25519-Ausstellerschlüsselpaar. Bewahren Sie den privaten Schlüssel auf dem ausstellenden Rechner auf; kopieren Sie den öffentlichen Schlüssel auf jeden Lizenzmanager.</translation>
    </message>
    <message>
        <source>Where to write the private key (mode 0600).</source>
        <translation>Wohin der private Schlüssel geschrieben wird (Modus 0600).</translation>
    </message>
    <message>
        <source>Where to write the public key.</source>
        <translation>Wohin der öffentliche Schlüssel geschrieben wird.</translation>
    </message>
    <message>
        <source>Replace an existing private key file.</source>
        <translation>Eine vorhandene private Schlüsseldatei ersetzen.</translation>
    </message>
    <message>
        <source>both --private FILE and --public FILE are required</source>
        <translation>sowohl --private FILE als auch --public FILE sind erforderlich</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--private and --public must be different files</source>
        <translation>--private und --public müssen verschiedene Dateien sein</translation>
    </message>
    <message>
        <source>%1 already exists and may be the key your licenses are signed with; pass --force to replace it</source>
        <translation>%1 existiert bereits und ist möglicherweise der Schlüssel, mit dem Ihre Lizenzen signiert sind; geben Sie --force an, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>Generated issuer key %1
  private key: %2 (mode 0600; keep it secret, back it up, never copy it to a server)
  public key:  %3 (give it to each License Manager with --trust)
</source>
        <translation>Ausstellerschlüssel %1 erzeugt
  privater Schlüssel:     %2 (Modus 0600; geheim halten, sichern, nie auf einen Server kopieren)
  öffentlicher Schlüssel: %3 (jedem Lizenzmanager mit --trust übergeben)
</translation>
    </message>
    <message>
        <source>license issue --key PRIVATE --terms TERMS.json --out LICENSE</source>
        <translation>license issue --key PRIVATE --terms TERMS.json --out LICENSE</translation>
    </message>
    <message>
        <source>Sign license terms with the issuer private key and write the license file.</source>
        <translation>Signiert die Lizenzbedingungen mit dem privaten Ausstellerschlüssel und schreibt die Lizenzdatei.</translation>
    </message>
    <message>
        <source>The issuer private key file.</source>
        <translation>Die private Ausstellerschlüsseldatei.</translation>
    </message>
    <message>
        <source>The license terms (JSON).</source>
        <translation>Die Lizenzbedingungen (JSON).</translation>
    </message>
    <message>
        <source>Where to write the signed license.</source>
        <translation>Wohin die signierte Lizenz geschrieben wird.</translation>
    </message>
    <message>
        <source>--key, --terms and --out are all required</source>
        <translation>--key, --terms und --out sind alle erforderlich</translation>
    </message>
    <message>
        <source>terms file</source>
        <translation>Bedingungsdatei</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>leasekeeper-ctl: warning: %1
</source>
        <translation>leasekeeper-ctl: Warnung: %1
</translation>
    </message>
    <message>
        <source>Wrote license %1 for %2 (expires %3), signed with issuer key %4, to %5
</source>
        <translation>Lizenz %1 für %2 (läuft ab am %3), signiert mit Ausstellerschlüssel %4, nach %5 geschrieben
</translation>
    </message>
    <message>
        <source>license verify --trust PUBLIC [--trust PUBLIC...] LICENSE</source>
        <translation>license verify --trust PUBLIC [--trust PUBLIC...] LICENSE</translation>
    </message>
    <message>
        <source>Check that a license is intact, signed by a trusted issuer key and not expired.
Exit status: 0 valid, 1 unreadable files, 2 usage, 3 invalid license, 4 expired.</source>
        <translation>Prüft, ob eine Lizenz unverändert, mit einem vertrauenswürdigen Ausstellerschlüssel signiert und nicht abgelaufen ist.
Exit-Status: 0 gültig, 1 Dateien nicht lesbar, 2 falscher Aufruf, 3 ungültige Lizenz, 4 abgelaufen.</translation>
    </message>
    <message>
        <source>An issuer public key to trust; repeat for several.</source>
        <translation>Ein vertrauenswürdiger öffentlicher Ausstellerschlüssel; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>at least one --trust PUBLIC is required</source>
        <translation>mindestens ein --trust PUBLIC ist erforderlich</translation>
    </message>
    <message>
        <source>give exactly one LICENSE file</source>
        <translation>geben Sie genau eine LICENSE-Datei an</translation>
    </message>
    <message>
        <source>%1 is not valid (%2): %3</source>
        <translation>%1 ist ungültig (%2): %3</translation>
    </message>
    <message>
        <source>%1: valid license %2 for %3, signed by trusted issuer key %4, expires %5
</source>
        <translation>%1: gültige Lizenz %2 für %3, signiert mit vertrauenswürdigem Ausstellerschlüssel %4, läuft ab am %5
</translation>
    </message>
    <message>
        <source>license show [--json] LICENSE</source>
        <translation>license show [--json] LICENSE</translation>
    </message>
    <message>
        <source>Print what a license grants. This does not check the signature; use &apos;license verify&apos;.</source>
        <translation>Zeigt, was eine Lizenz gewährt. Die Signatur wird dabei nicht geprüft; verwenden Sie &apos;license verify&apos;.</translation>
    </message>
    <message>
        <source>Print the terms as JSON, exactly as signed.</source>
        <translation>Gibt die Bedingungen als JSON aus, genau wie signiert.</translation>
    </message>
    <message>
        <source>license file</source>
        <translation>Lizenzdatei</translation>
    </message>
    <message>
        <source>Create issuer keys; issue, verify and show signed licenses.

Actions:
  keygen    create an issuer key pair (private and public key files)
  issue     sign license terms with the issuer private key
  verify    check a license against trusted issuer public keys
  show      print what a license grants
  fit       check a license against a node&apos;s recorded usage of the last days

Run &apos;leasekeeper-ctl license ACTION --help&apos; for the options of an action.</source>
        <translation>Erzeugt Ausstellerschlüssel; stellt signierte Lizenzen aus, prüft sie und zeigt sie an.

Aktionen:
  keygen    erzeugt ein Ausstellerschlüsselpaar (private und öffentliche Schlüsseldatei)
  issue     signiert Lizenzbedingungen mit dem privaten Ausstellerschlüssel
  verify    prüft eine Lizenz gegen vertrauenswürdige öffentliche Ausstellerschlüssel
  show      zeigt, was eine Lizenz gewährt
  fit       prüft eine Lizenz gegen die Nutzung, die ein Knoten in den letzten Tagen aufgezeichnet hat

Mit &apos;leasekeeper-ctl license ACTION --help&apos; werden die Optionen einer Aktion angezeigt.</translation>
    </message>
</context>
<context>
    <name>LicenseFitCommand</name>
    <message>
        <source>TYPE          ALLOWED (INST / CORES)  PEAK USE (INST / CORES)  HEADROOM (INST / CORES)  WOULD REFUSE
</source>
        <translation>TYP           ERLAUBT (INST / KERNE)  SPITZE (INST / KERNE)    RESERVE (INST / KERNE)   WÜRDE ABWEISEN
</translation>
    </message>
    <message>
        <source>not licensed</source>
        <translation>nicht lizenziert</translation>
    </message>
    <message>
        <source>TIME (UTC)           TYPE          INSTANCE                  HOST                  CORES  REASON
</source>
        <translation>ZEIT (UTC)           TYP           INSTANZ                   HOST                  KERNE  GRUND
</translation>
    </message>
    <message>
        <source>License %1 for %2 against the %3 leases of the last %4 days (%5 to %6 UTC).

</source>
        <translation>Lizenz %1 für %2 gegen die %3 Leases der letzten %4 Tage (%5 bis %6 UTC).

</translation>
    </message>
    <message>
        <source>The license would have held: no start of the period would have been refused.
</source>
        <translation>Die Lizenz hätte gereicht: kein Start des Zeitraums wäre abgewiesen worden.
</translation>
    </message>
    <message>
        <source>Starts the license would have refused: %1
</source>
        <translation>Starts, die die Lizenz abgewiesen hätte: %1
</translation>
    </message>
    <message>
        <source>license fit --license FILE --url URL --token-file FILE [--days N] [--json]</source>
        <translation>license fit --license FILE --url URL --token-file FILE [--days N] [--json]</translation>
    </message>
    <message>
        <source>Would this license have held? Replays the leases a License Manager recorded in the last days against the limits of another license (a renewal offer, a smaller tier) and lists every start it would have refused, with the headroom per type at the peak. The node checks the license&apos;s signature against the issuer keys it trusts. Exit status 0 when it would have held, 7 when not. Admin or viewer token.</source>
        <translation>Hätte diese Lizenz gereicht? Spielt die Leases, die ein Lizenzmanager in den letzten Tagen aufgezeichnet hat, gegen die Grenzen einer anderen Lizenz (ein Verlängerungsangebot, eine kleinere Stufe) ab und listet jeden Start, den sie abgewiesen hätte, mit der Reserve je Typ in der Spitze. Der Knoten prüft die Signatur der Lizenz gegen die Ausstellerschlüssel, denen er vertraut. Exit-Status 0, wenn sie gereicht hätte, sonst 7. Admin- oder Lese-Token.</translation>
    </message>
    <message>
        <source>The license file to check.</source>
        <translation>Die zu prüfende Lizenzdatei.</translation>
    </message>
    <message>
        <source>How many days back to replay, 1 to %1 (default %2).</source>
        <translation>Wie viele Tage zurück abgespielt werden, 1 bis %1 (Standard %2).</translation>
    </message>
    <message>
        <source>--license FILE is required</source>
        <translation>--license FILE ist erforderlich</translation>
    </message>
    <message>
        <source>license file</source>
        <translation>Lizenzdatei</translation>
    </message>
    <message>
        <source>the node answered: %1</source>
        <translation>der Knoten antwortete: %1</translation>
    </message>
</context>
<context>
    <name>LicenseFitParameters</name>
    <message>
        <source>unknown query parameter &apos;%1&apos;; use days</source>
        <translation>unbekannter Abfrageparameter &apos;%1&apos;; days verwenden</translation>
    </message>
    <message>
        <source>&apos;days&apos; must be a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation>&apos;days&apos; muss eine ganze Zahl von 1 bis %1 sein, nicht &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>LicenseInstaller</name>
    <message>
        <source>the license cannot be used</source>
        <translation>die Lizenz kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>LicenseIssuer</name>
    <message>
        <source>the terms are invalid: %1</source>
        <translation>die Bedingungen sind ungültig: %1</translation>
    </message>
    <message>
        <source>libsodium could not sign the terms</source>
        <translation>libsodium konnte die Bedingungen nicht signieren</translation>
    </message>
</context>
<context>
    <name>LicenseReport</name>
    <message>
        <source>%1, default</source>
        <translation>%1, Standard</translation>
    </message>
    <message>
        <source>License id</source>
        <translation>Lizenz-ID</translation>
    </message>
    <message>
        <source>Licensee</source>
        <translation>Lizenznehmer</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Karenzzeit</translation>
    </message>
    <message>
        <source>Renew after</source>
        <translation>Erneuern nach</translation>
    </message>
    <message>
        <source>Max license managers</source>
        <translation>Max. Lizenzmanager</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s (%2)</source>
        <translation>%1 s (%2)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>(none: no component can get a lease)</source>
        <translation>(keine: keine Komponente kann ein Lease erhalten)</translation>
    </message>
    <message>
        <source>max %1 instances, %2 cores per instance, %3 cores in total
</source>
        <translation>max. %1 Instanzen, %2 Kerne pro Instanz, %3 Kerne insgesamt
</translation>
    </message>
    <message>
        <source>MISSING: every License Manager will refuse this license</source>
        <translation>FEHLT: jeder Lizenzmanager wird diese Lizenz ablehnen</translation>
    </message>
    <message>
        <source>present (not checked here; use &apos;license verify --trust PUBLIC&apos; to check it)</source>
        <translation>vorhanden (hier nicht geprüft; zum Prüfen &apos;license verify --trust PUBLIC&apos; verwenden)</translation>
    </message>
</context>
<context>
    <name>LicenseTerms</name>
    <message>
        <source>components.%1 must be an object</source>
        <translation>components.%1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>components.%1.%2 must be an integer from 0 to 1000000</source>
        <translation>components.%1.%2 muss eine ganze Zahl von 0 bis 1000000 sein</translation>
    </message>
    <message>
        <source>license_id must be 1 to 128 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>license_id muss aus 1 bis 128 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; bestehen</translation>
    </message>
    <message>
        <source>licensee must be a non-empty string of at most 256 characters</source>
        <translation>licensee muss eine nicht leere Zeichenkette mit höchstens 256 Zeichen sein</translation>
    </message>
    <message>
        <source>expires must be an ISO 8601 date and time such as 2027-12-31T23:59:59Z</source>
        <translation>expires muss ein Datum mit Uhrzeit nach ISO 8601 sein, etwa 2027-12-31T23:59:59Z</translation>
    </message>
    <message>
        <source>%1 must be a whole number of seconds from 1 to %2</source>
        <translation>%1 muss eine ganze Zahl von Sekunden von 1 bis %2 sein</translation>
    </message>
    <message>
        <source>max_license_managers must be an integer from 1 to 16</source>
        <translation>max_license_managers muss eine ganze Zahl von 1 bis 16 sein</translation>
    </message>
    <message>
        <source>components must be an object mapping component types to their limits</source>
        <translation>components muss ein Objekt sein, das Komponententypen ihren Grenzen zuordnet</translation>
    </message>
    <message>
        <source>component type &apos;%1&apos; must be 1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>der Komponententyp &apos;%1&apos; muss aus 1 bis 64 Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; bestehen</translation>
    </message>
</context>
<context>
    <name>LicenseVerifier</name>
    <message>
        <source>license file</source>
        <translation>Lizenzdatei</translation>
    </message>
    <message>
        <source>license %1 expired on %2; install a renewed license from the issuer</source>
        <translation>die Lizenz %1 ist am %2 abgelaufen; installieren Sie eine erneuerte Lizenz des Ausstellers</translation>
    </message>
    <message>
        <source>license %1 is not signed (no &quot;signature&quot;); only licenses written by &apos;leasekeeper-ctl license issue&apos; are accepted</source>
        <translation>die Lizenz %1 ist nicht signiert (kein &quot;signature&quot;); nur mit &apos;leasekeeper-ctl license issue&apos; geschriebene Lizenzen werden akzeptiert</translation>
    </message>
    <message>
        <source>license %1: &quot;key_id&quot; must be the 16 hex digit id of the issuer key that signed it</source>
        <translation>Lizenz %1: &quot;key_id&quot; muss die 16-stellige hexadezimale ID des Ausstellerschlüssels sein, der sie signiert hat</translation>
    </message>
    <message>
        <source>license %1: &quot;signature&quot; must be the base64 encoding of a 64-byte Ed25519 signature; the file was damaged or edited</source>
        <translation>Lizenz %1: &quot;signature&quot; muss die Base64-Kodierung einer 64-Byte-Ed25519-Signatur sein; die Datei wurde beschädigt oder bearbeitet</translation>
    </message>
    <message>
        <source>license %1 is signed by issuer key %2, which this server does not trust; add its public key with --trust</source>
        <translation>die Lizenz %1 ist mit dem Ausstellerschlüssel %2 signiert, dem dieser Server nicht vertraut; fügen Sie seinen öffentlichen Schlüssel mit --trust hinzu</translation>
    </message>
    <message>
        <source>license %1 names trusted issuer key %2 but its signature does not match: the terms were modified after signing (or the file was signed by another key); ask the issuer for an intact copy</source>
        <translation>die Lizenz %1 nennt den vertrauenswürdigen Ausstellerschlüssel %2, aber ihre Signatur passt nicht: die Bedingungen wurden nach dem Signieren geändert (oder die Datei wurde mit einem anderen Schlüssel signiert); fordern Sie beim Aussteller eine unveränderte Kopie an</translation>
    </message>
</context>
<context>
    <name>LimitOptions</name>
    <message>
        <source>--%1 &apos;%2&apos; must be a number of bytes from %3 to %4 (k and m suffixes allowed)</source>
        <translation>--%1 &apos;%2&apos; muss eine Anzahl Bytes von %3 bis %4 sein (Suffixe k und m erlaubt)</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; must be a number of seconds above 0 and at most 86400</source>
        <translation>--%1 &apos;%2&apos; muss eine Anzahl Sekunden über 0 und höchstens 86400 sein</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; must be a number from 1 to %3</source>
        <translation>--%1 &apos;%2&apos; muss eine Zahl von 1 bis %3 sein</translation>
    </message>
</context>
<context>
    <name>LoadBalancerConfig</name>
    <message>
        <source>no address given; write HOST:PORT, e.g. lm1.example.com:10091</source>
        <translation>keine Adresse angegeben; geben Sie HOST:PORT an, z. B. lm1.example.com:10091</translation>
    </message>
    <message>
        <source>&apos;%1&apos; opens &apos;[&apos; but does not close it; write IPv6 addresses as [::1]:10091</source>
        <translation>in &apos;%1&apos; wird &apos;[&apos; geöffnet, aber nicht geschlossen; geben Sie IPv6-Adressen als [::1]:10091 an</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no port; write [IPV6]:PORT, e.g. [::1]:10091</source>
        <translation>&apos;%1&apos; hat keinen Port; geben Sie [IPV6]:PORT an, z. B. [::1]:10091</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no host; write [IPV6]:PORT, e.g. [::1]:10091</source>
        <translation>&apos;%1&apos; hat keinen Host; geben Sie [IPV6]:PORT an, z. B. [::1]:10091</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: zone ids such as %eth0 are not supported; use an address without one</source>
        <translation>&apos;%1&apos;: Zonen-IDs wie %eth0 werden nicht unterstützt; verwenden Sie eine Adresse ohne Zonen-ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv6 address; only IPv6 addresses go in brackets</source>
        <translation>&apos;%1&apos; ist keine IPv6-Adresse; nur IPv6-Adressen stehen in eckigen Klammern</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no port; write HOST:PORT, e.g. %2:10091</source>
        <translation>&apos;%1&apos; hat keinen Port; geben Sie HOST:PORT an, z. B. %2:10091</translation>
    </message>
    <message>
        <source>&apos;%1&apos; looks like an IPv6 address; put it in brackets, e.g. [::1]:10091</source>
        <translation>&apos;%1&apos; sieht wie eine IPv6-Adresse aus; setzen Sie sie in eckige Klammern, z. B. [::1]:10091</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write 0.0.0.0 or [::] instead of * to listen on every address</source>
        <translation>&apos;%1&apos;: geben Sie 0.0.0.0 oder [::] statt * an, um auf allen Adressen zu lauschen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or IP address</source>
        <translation>&apos;%1&apos; ist weder ein Hostname noch eine IP-Adresse</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; in &apos;%2&apos; is not a number from 1 to 65535</source>
        <translation>Port &apos;%1&apos; in &apos;%2&apos; ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>the primary and the secondary are the same node (%1); an active-passive pair needs two License Managers</source>
        <translation>primärer und sekundärer Knoten sind derselbe (%1); ein Aktiv-Passiv-Paar braucht zwei Lizenzmanager</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no host; write HOST:PORT, e.g. 0.0.0.0:%2, to listen on every IPv4 address</source>
        <translation>&apos;%1&apos; hat keinen Host; geben Sie HOST:PORT an, z. B. 0.0.0.0:%2, um auf allen IPv4-Adressen zu lauschen</translation>
    </message>
</context>
<context>
    <name>LogOutput</name>
    <message>
        <source>cannot open the log file %1: %2</source>
        <translation>Die Protokolldatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>MailSettings</name>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>it contains a space, a line break or a control character</source>
        <translation>sie enthält ein Leerzeichen, einen Zeilenumbruch oder ein Steuerzeichen</translation>
    </message>
    <message>
        <source>it contains the non-ASCII character &apos;%1&apos;; write the domain in its ASCII form (xn--...)</source>
        <translation>sie enthält das Nicht-ASCII-Zeichen &apos;%1&apos;; schreiben Sie die Domain in ihrer ASCII-Form (xn--...)</translation>
    </message>
    <message>
        <source>it contains &apos;%1&apos;; give the bare address, as in alerts@example.com</source>
        <translation>sie enthält &apos;%1&apos;; geben Sie nur die Adresse an, etwa alerts@example.com</translation>
    </message>
    <message>
        <source>it must contain exactly one &apos;@&apos;, as in alerts@example.com</source>
        <translation>sie muss genau ein &apos;@&apos; enthalten, etwa alerts@example.com</translation>
    </message>
    <message>
        <source>it needs a name before and a domain after the &apos;@&apos;</source>
        <translation>vor dem &apos;@&apos; muss ein Name und danach eine Domain stehen</translation>
    </message>
    <message>
        <source>no mail server is set; give the host name of the organisation&apos;s mail server</source>
        <translation>es ist kein Mailserver eingestellt; geben Sie den Hostnamen des Mailservers Ihrer Organisation an</translation>
    </message>
    <message>
        <source>the mail server &apos;%1&apos; is not a host name or address</source>
        <translation>der Mailserver &apos;%1&apos; ist weder ein Hostname noch eine Adresse</translation>
    </message>
    <message>
        <source>the mail server port is 0; use 587 (STARTTLS), 465 (TLS) or 25</source>
        <translation>der Port des Mailservers ist 0; verwenden Sie 587 (STARTTLS), 465 (TLS) oder 25</translation>
    </message>
    <message>
        <source>the mail timeout must be longer than 0 ms</source>
        <translation>das Zeitlimit für Mail muss länger als 0 ms sein</translation>
    </message>
    <message>
        <source>the name this host gives in EHLO (&apos;%1&apos;) contains a space or a control character; set a host name</source>
        <translation>der Name, den dieser Host bei EHLO nennt (&apos;%1&apos;), enthält ein Leerzeichen oder ein Steuerzeichen; legen Sie einen Hostnamen fest</translation>
    </message>
    <message>
        <source>the sender address &apos;%1&apos; cannot be used: %2</source>
        <translation>die Absenderadresse &apos;%1&apos; ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>no recipients are set; give at least one address to send alerts to</source>
        <translation>es sind keine Empfänger eingestellt; geben Sie mindestens eine Adresse für Alarme an</translation>
    </message>
    <message>
        <source>the recipient address &apos;%1&apos; cannot be used: %2</source>
        <translation>die Empfängeradresse &apos;%1&apos; ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>mail to %1 would travel unencrypted; use STARTTLS or TLS, or allow plain SMTP explicitly for a relay you trust</source>
        <translation>Mail an %1 würde unverschlüsselt übertragen; verwenden Sie STARTTLS oder TLS, oder erlauben Sie unverschlüsseltes SMTP ausdrücklich für ein Relay, dem Sie vertrauen</translation>
    </message>
    <message>
        <source>the password for %1 would cross the network unencrypted; use STARTTLS or TLS, or a relay without a user name</source>
        <translation>das Passwort für %1 würde unverschlüsselt über das Netzwerk gehen; verwenden Sie STARTTLS oder TLS, oder ein Relay ohne Benutzernamen</translation>
    </message>
    <message>
        <source>the mail user name &apos;%1&apos; is set but no password</source>
        <translation>der Mail-Benutzername &apos;%1&apos; ist eingestellt, aber kein Passwort</translation>
    </message>
    <message>
        <source>a mail password is set but no user name</source>
        <translation>ein Mail-Passwort ist eingestellt, aber kein Benutzername</translation>
    </message>
    <message>
        <source>the mail user name contains a control character</source>
        <translation>der Mail-Benutzername enthält ein Steuerzeichen</translation>
    </message>
</context>
<context>
    <name>NodeCommands</name>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>%1/%2 instances  %3/%4 cores
</source>
        <translation>%1/%2 Instanzen  %3/%4 Kerne
</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>%1 (%2, version %3, up %4)</source>
        <translation>%1 (%2, Version %3, läuft seit %4)</translation>
    </message>
    <message>
        <source>200 ready</source>
        <translation>200 bereit</translation>
    </message>
    <message>
        <source>%1 NOT READY (%2): %3</source>
        <translation>%1 NICHT BEREIT (%2): %3</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>%1 for %2, expires %3</source>
        <translation>%1 für %2, läuft ab am %3</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>fehlerfrei</translation>
    </message>
    <message>
        <source>UNHEALTHY</source>
        <translation>FEHLERHAFT</translation>
    </message>
    <message>
        <source>TYPE        INSTANCE                  HOST                CORES  STATE    RENEWED       GRACE ENDS IN
</source>
        <translation>TYP         INSTANZ                   HOST                KERNE  STATUS   ERNEUERT      KARENZ ENDET IN
</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>Show a License Manager node&apos;s health, license and usage, and whether its /pingLicenseManager answers 200. Exit 0 when ready, 5 when not ready, 1 when unreachable.</source>
        <translation>Zeigt Zustand, Lizenz und Nutzung eines Lizenzmanager-Knotens und ob sein /pingLicenseManager mit 200 antwortet. Exit-Status 0, wenn bereit, 5, wenn nicht bereit, 1, wenn nicht erreichbar.</translation>
    </message>
    <message>
        <source>The node, e.g. http://lm1.example.com:10091.</source>
        <translation>Der Knoten, z. B. http://lm1.example.com:10091.</translation>
    </message>
    <message>
        <source>Print {&quot;ping&quot;: ..., &quot;status&quot;: ...} as JSON.</source>
        <translation>Gibt {&quot;ping&quot;: ..., &quot;status&quot;: ...} als JSON aus.</translation>
    </message>
    <message>
        <source>--url is required</source>
        <translation>--url ist erforderlich</translation>
    </message>
    <message numerus="yes">
        <source>%n active lease(s)
</source>
        <translation>
            <numerusform>%n aktives Lease
</numerusform>
            <numerusform>%n aktive Leases
</numerusform>
        </translation>
    </message>
    <message>
        <source>status --url URL [--ca FILE] [--pin-sha256 HASH] [--json]</source>
        <translation>status --url URL [--ca FILE] [--pin-sha256 HASH] [--json]</translation>
    </message>
    <message>
        <source>leases --url URL --token-file FILE [--ca FILE] [--pin-sha256 HASH] [--json]</source>
        <translation>leases --url URL --token-file FILE [--ca FILE] [--pin-sha256 HASH] [--json]</translation>
    </message>
    <message>
        <source>List the active leases of a License Manager node (admin or viewer token).</source>
        <translation>Listet die aktiven Leases eines Lizenzmanager-Knotens auf (Admin- oder Lese-Token).</translation>
    </message>
    <message>
        <source>the node answered: %1</source>
        <translation>der Knoten antwortete: %1</translation>
    </message>
</context>
<context>
    <name>PairCertificate</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>enter the load balancer&apos;s address first: the certificate is for it</source>
        <translation>geben Sie zuerst die Adresse des Load Balancers ein: das Zertifikat ist für sie</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 exists already; it is not replaced</source>
        <translation>%1 existiert bereits; sie wird nicht ersetzt</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate; choose the certificate of the authority that signed %2</source>
        <translation>%1 enthält kein PEM-Zertifikat; wählen Sie das Zertifikat der Stelle, die %2 signiert hat</translation>
    </message>
    <message>
        <source>1. On both nodes, copy %1 and %2 (keep the key readable by the service only) and add to leasekeeper-server:
   --tls-cert %1 --tls-key %2
   Plain HTTP keeps working on the same port until you also add --tls-only.

</source>
        <translation>1. Kopieren Sie auf beiden Knoten %1 und %2 (der Schlüssel nur für den Dienst lesbar) und ergänzen Sie leasekeeper-server um:
   --tls-cert %1 --tls-key %2
   Unverschlüsseltes HTTP funktioniert auf demselben Port weiter, bis Sie auch --tls-only angeben.

</translation>
    </message>
    <message>
        <source>2. On the load balancer, HAProxy:
   leasekeeper-ctl lb-config haproxy --primary %1 --secondary %2 --listen %3 --tls-cert %4 --tls-key %5 --nodes-ca %6

</source>
        <translation>2. Auf dem Load Balancer, HAProxy:
   leasekeeper-ctl lb-config haproxy --primary %1 --secondary %2 --listen %3 --tls-cert %4 --tls-key %5 --nodes-ca %6

</translation>
    </message>
    <message>
        <source>3. Components, the console and leasekeeper-ctl use https://%1 and trust the certificate with --ca %2</source>
        <translation>3. Komponenten, die Konsole und leasekeeper-ctl verwenden https://%1 und vertrauen dem Zertifikat mit --ca %2</translation>
    </message>
    <message>
        <source>, or pin it with --pin-sha256 %1</source>
        <translation>, oder pinnen es mit --pin-sha256 %1</translation>
    </message>
</context>
<context>
    <name>PostgresAddress</name>
    <message>
        <source>&apos;%1&apos; opens &apos;[&apos; without closing it</source>
        <translation>in &apos;%1&apos; wird &apos;[&apos; geöffnet, aber nicht geschlossen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has text after &apos;]&apos; that is not :PORT</source>
        <translation>&apos;%1&apos; enthält nach &apos;]&apos; Text, der nicht :PORT ist</translation>
    </message>
    <message>
        <source>a host is missing in &apos;%1&apos;</source>
        <translation>in &apos;%1&apos; fehlt ein Host</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; holds a &apos;,&apos;; separate hosts with a plain &apos;,&apos;</source>
        <translation>Host &apos;%1&apos; enthält ein &apos;,&apos;; trennen Sie Hosts mit einem unkodierten &apos;,&apos;</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation>Port &apos;%1&apos; ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;; allowed: %2</source>
        <translation>unbekannter Parameter &apos;%1&apos;; erlaubt sind: %2</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; needs a value without spaces, quotes or &apos;;&apos;</source>
        <translation>Parameter &apos;%1&apos; braucht einen Wert ohne Leerzeichen, Anführungszeichen oder &apos;;&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not start with postgresql://</source>
        <translation>&apos;%1&apos; beginnt nicht mit postgresql://</translation>
    </message>
    <message>
        <source>the database name is missing; write postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>der Datenbankname fehlt; geben Sie postgresql://USER@HOST:PORT/DBNAME an</translation>
    </message>
    <message>
        <source>the user is missing; write postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>der Benutzer fehlt; geben Sie postgresql://USER@HOST:PORT/DBNAME an</translation>
    </message>
    <message>
        <source>the URL holds a password; give it with --db-password-file or the LEASEKEEPER_DB_PASSWORD environment variable instead</source>
        <translation>die URL enthält ein Passwort; übergeben Sie es stattdessen mit --db-password-file oder über die Umgebungsvariable LEASEKEEPER_DB_PASSWORD</translation>
    </message>
</context>
<context>
    <name>PostgresProbe</name>
    <message>
        <source>connecting to PostgreSQL at %1 failed: %2</source>
        <translation>Verbindung zu PostgreSQL unter %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>stopped while connecting to PostgreSQL at %1</source>
        <translation>beim Verbinden mit PostgreSQL unter %1 angehalten</translation>
    </message>
    <message>
        <source>connecting to PostgreSQL at %1 failed: no answer within %2 s</source>
        <translation>Verbindung zu PostgreSQL unter %1 fehlgeschlagen: keine Antwort innerhalb von %2 s</translation>
    </message>
</context>
<context>
    <name>PostgresStore</name>
    <message>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql</source>
        <translation>der Qt-PostgreSQL-Treiber (QPSQL) ist nicht installiert; installieren Sie das Paket libqt6sql6-psql</translation>
    </message>
    <message>
        <source>connecting to PostgreSQL at %1</source>
        <translation>Verbinden mit PostgreSQL unter %1</translation>
    </message>
    <message>
        <source>taking the writer lock</source>
        <translation>Anfordern der Schreibsperre</translation>
    </message>
    <message>
        <source>checking the database</source>
        <translation>Prüfen der Datenbank</translation>
    </message>
    <message>
        <source>reading the database&apos;s clock</source>
        <translation>Lesen der Uhr der Datenbank</translation>
    </message>
    <message>
        <source>could not refresh the statistics of the leases table: %1</source>
        <translation>die Statistiken der Lease-Tabelle konnten nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>another session is connected to the database as License Manager node %1: another node with this name, or this node&apos;s previous connection, which PostgreSQL ends within %2 seconds; give each node its own name (--node-name)</source>
        <translation>eine andere Sitzung ist als License-Manager-Knoten %1 mit der Datenbank verbunden: ein anderer Knoten mit diesem Namen oder die vorherige Verbindung dieses Knotens, die PostgreSQL innerhalb von %2 Sekunden beendet; geben Sie jedem Knoten einen eigenen Namen (--node-name)</translation>
    </message>
    <message>
        <source>node %1 has not checked the cluster for %2 ms: it no longer shows as live to the other nodes until it does</source>
        <translation>Knoten %1 hat den Cluster seit %2 ms nicht geprüft: er erscheint den anderen Knoten nicht mehr als aktiv, bis er es wieder tut</translation>
    </message>
</context>
<context>
    <name>ProbeExclusions</name>
    <message>
        <source>&apos;%1&apos; is not a subnet such as 10.1.0.0/16 or fd00::/8</source>
        <translation>&apos;%1&apos; ist kein Subnetz wie 10.1.0.0/16 oder fd00::/8</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address, a subnet, a host name or a domain such as .example.com</source>
        <translation>&apos;%1&apos; ist weder eine IP-Adresse noch ein Subnetz, ein Hostname oder eine Domain wie .example.com</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a LeaseKeeper profile file; move it away to start afresh.</source>
        <translation>%1 ist keine LeaseKeeper-Profildatei; verschieben Sie sie, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is already a profile named &apos;%1&apos;.</source>
        <translation>Es gibt bereits ein Profil namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>There is no connection profile named &apos;%1&apos;; none is saved yet.</source>
        <translation>Es gibt kein Verbindungsprofil namens &apos;%1&apos;; es wurde noch keines gespeichert.</translation>
    </message>
    <message>
        <source>There is no connection profile named &apos;%1&apos;. Saved profiles: %2.</source>
        <translation>Es gibt kein Verbindungsprofil namens &apos;%1&apos;. Gespeicherte Profile: %2.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Port %1 is taken</source>
        <translation>Port %1 ist belegt</translation>
    </message>
    <message>
        <source>The local License Manager cannot listen on port %1: %2

Another program (perhaps another License Manager) uses it. Components must then be pointed at the port you choose.</source>
        <translation>Der lokale Lizenzmanager kann nicht auf Port %1 lauschen: %2

Ein anderes Programm (vielleicht ein anderer Lizenzmanager) verwendet ihn. Komponenten müssen dann auf den gewählten Port umgestellt werden.</translation>
    </message>
    <message>
        <source>Use port %1</source>
        <translation>Port %1 verwenden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>ReclaimJudge</name>
    <message>
        <source>not probed yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <source>probably alive: its port accepts connections (%n in a row); cut off from the License Manager</source>
        <translation>
            <numerusform>wahrscheinlich aktiv: sein Port nimmt Verbindungen an (%n in Folge); vom License Manager abgeschnitten</numerusform>
            <numerusform>wahrscheinlich aktiv: sein Port nimmt Verbindungen an (%n in Folge); vom License Manager abgeschnitten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot tell: %1 (%n in a row)</source>
        <translation>
            <numerusform>nicht feststellbar: %1 (%n in Folge)</numerusform>
            <numerusform>nicht feststellbar: %1 (%n in Folge)</numerusform>
        </translation>
    </message>
    <message>
        <source>process gone: connection refused (once)</source>
        <translation>Prozess beendet: Verbindung abgewiesen (einmal)</translation>
    </message>
    <message numerus="yes">
        <source>process gone: connection refused (%n in a row, over %1)</source>
        <translation>
            <numerusform>Prozess beendet: Verbindung abgewiesen (%n in Folge, über %1)</numerusform>
            <numerusform>Prozess beendet: Verbindung abgewiesen (%n in Folge, über %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot tell: host does not answer (once)</source>
        <translation>nicht feststellbar: Host antwortet nicht (einmal)</translation>
    </message>
    <message numerus="yes">
        <source>cannot tell: host does not answer (%n in a row, over %1)</source>
        <translation>
            <numerusform>nicht feststellbar: Host antwortet nicht (%n in Folge, über %1)</numerusform>
            <numerusform>nicht feststellbar: Host antwortet nicht (%n in Folge, über %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestBody</name>
    <message>
        <source>the request body is empty; send a JSON object</source>
        <translation>der Anfragetext ist leer; senden Sie ein JSON-Objekt</translation>
    </message>
    <message>
        <source>the request body is not valid UTF-8 (byte %1)</source>
        <translation>der Anfragetext ist kein gültiges UTF-8 (Byte %1)</translation>
    </message>
    <message>
        <source>the request body is not valid JSON: %1 at byte %2</source>
        <translation>der Anfragetext ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>the request body must be a JSON object</source>
        <translation>der Anfragetext muss ein JSON-Objekt sein</translation>
    </message>
</context>
<context>
    <name>RestartDetector</name>
    <message>
        <source>Watching %1...</source>
        <translation>%1 wird beobachtet...</translation>
    </message>
    <message>
        <source>%1 is down. Install the new version and start it again.</source>
        <translation>%1 ist nicht erreichbar. Installieren Sie die neue Version und starten Sie ihn wieder.</translation>
    </message>
    <message>
        <source>%1 answers, version %2. It has not been restarted yet.</source>
        <translation>%1 antwortet, Version %2. Er wurde noch nicht neu gestartet.</translation>
    </message>
    <message>
        <source>%1 was restarted and is back: version %2, was %3.</source>
        <translation>%1 wurde neu gestartet und ist zurück: Version %2, vorher %3.</translation>
    </message>
    <message>
        <source>%1 was restarted and is back, still version %2.</source>
        <translation>%1 wurde neu gestartet und ist zurück, weiterhin Version %2.</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <source>the secret in %1 must be %2 to %3 characters long</source>
        <translation>das Geheimnis in %1 muss %2 bis %3 Zeichen lang sein</translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a subject alternative name; write DNS:host.example.com or IP:10.0.0.5</source>
        <translation>&apos;%1&apos; ist kein alternativer Antragstellername; schreiben Sie DNS:host.example.com oder IP:10.0.0.5</translation>
    </message>
    <message>
        <source>the common name must be 1 to 64 characters long</source>
        <translation>der Common Name muss 1 bis 64 Zeichen lang sein</translation>
    </message>
    <message>
        <source>the validity must be from 1 to %1 days</source>
        <translation>die Gültigkeit muss 1 bis %1 Tage betragen</translation>
    </message>
    <message>
        <source>generating an EC P-256 key</source>
        <translation>Erzeugen eines EC-P-256-Schlüssels</translation>
    </message>
    <message>
        <source>creating the certificate</source>
        <translation>Erstellen des Zertifikats</translation>
    </message>
    <message>
        <source>setting the certificate&apos;s names</source>
        <translation>Setzen der Namen des Zertifikats</translation>
    </message>
    <message>
        <source>adding the certificate&apos;s extensions</source>
        <translation>Hinzufügen der Erweiterungen des Zertifikats</translation>
    </message>
    <message>
        <source>signing the certificate</source>
        <translation>Signieren des Zertifikats</translation>
    </message>
    <message>
        <source>writing PEM</source>
        <translation>Schreiben von PEM</translation>
    </message>
    <message>
        <source>the certificate and the key must go to different files</source>
        <translation>Zertifikat und Schlüssel müssen in verschiedene Dateien</translation>
    </message>
    <message>
        <source>%1 exists already; pass --force to replace it</source>
        <translation>%1 existiert bereits; geben Sie --force an, um es zu ersetzen</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>%1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <source>port &apos;%1&apos; must be a number from 0 to 65535</source>
        <translation>Port &apos;%1&apos; muss eine Zahl von 0 bis 65535 sein</translation>
    </message>
    <message>
        <source>bind address &apos;%1&apos; is not an IP address</source>
        <translation>die Bind-Adresse &apos;%1&apos; ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>cannot read the configuration file %1</source>
        <translation>die Konfigurationsdatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the configuration file %1 is not a valid INI file</source>
        <translation>die Konfigurationsdatei %1 ist keine gültige INI-Datei</translation>
    </message>
    <message>
        <source>LeaseKeeper License Manager: grants and renews component leases.</source>
        <translation>LeaseKeeper-Lizenzmanager: vergibt und erneuert Leases für Komponenten.</translation>
    </message>
    <message>
        <source>INI file with any of the options below (without the dashes).</source>
        <translation>INI-Datei mit beliebigen der folgenden Optionen (ohne die Bindestriche).</translation>
    </message>
    <message>
        <source>TCP port to serve on (default %1; 0 picks a free one).</source>
        <translation>TCP-Port, auf dem der Dienst läuft (Standard: %1; 0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Address to listen on (default: all interfaces).</source>
        <translation>Adresse, auf der gelauscht wird (Standard: alle Schnittstellen).</translation>
    </message>
    <message>
        <source>License file (default: &lt;data dir&gt;/license.json).</source>
        <translation>Lizenzdatei (Standard: &lt;data dir&gt;/license.json).</translation>
    </message>
    <message>
        <source>Issuer public key to trust; repeat for several.</source>
        <translation>Vertrauenswürdiger öffentlicher Ausstellerschlüssel; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Directory for the database and defaults (default: %1).</source>
        <translation>Verzeichnis für die Datenbank und die Standardwerte (Standard: %1).</translation>
    </message>
    <message>
        <source>Name of this node in answers and logs (default: host name).</source>
        <translation>Name dieses Knotens in Antworten und Protokollen (Standard: Hostname).</translation>
    </message>
    <message>
        <source>File holding the admin API token (default: &lt;data dir&gt;/admin.token, created if missing).</source>
        <translation>Datei mit dem Token für die Admin-API (Standard: &lt;data dir&gt;/admin.token, wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; see --help</source>
        <translation>unerwartetes Argument &apos;%1&apos;; siehe --help</translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation>--db: %1</translation>
    </message>
    <message>
        <source>--db &apos;%1&apos; is not supported; use sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>--db &apos;%1&apos; wird nicht unterstützt; verwenden Sie sqlite:PATH oder postgresql://USER@HOST:PORT/DBNAME</translation>
    </message>
    <message>
        <source>--role &apos;%1&apos; must be primary or secondary</source>
        <translation>--role &apos;%1&apos; muss primary oder secondary sein</translation>
    </message>
    <message>
        <source>cannot read the database password file %1: %2</source>
        <translation>die Datenbank-Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>File holding the PostgreSQL password (else the %1 environment variable).</source>
        <translation>Datei mit dem PostgreSQL-Passwort (sonst die Umgebungsvariable %1).</translation>
    </message>
    <message>
        <source>primary or secondary: this node&apos;s role in an HA pair.</source>
        <translation>primary oder secondary: die Rolle dieses Knotens in einem HA-Paar.</translation>
    </message>
    <message>
        <source>Database: sqlite:PATH for one node (default: &lt;data dir&gt;/leasekeeper.db), or postgresql://USER@HOST:PORT/DBNAME for an HA pair. Behind an HA PostgreSQL cluster, list every HOST:PORT separated by commas and add ?target_session_attrs=read-write.</source>
        <translation>Datenbank: sqlite:PATH für einen einzelnen Knoten (Standard: &lt;data dir&gt;/leasekeeper.db) oder postgresql://USER@HOST:PORT/DBNAME für ein HA-Paar. Bei einem hochverfügbaren PostgreSQL-Cluster geben Sie alle HOST:PORT durch Kommas getrennt an und hängen ?target_session_attrs=read-write an.</translation>
    </message>
    <message>
        <source>PEM certificate (chain) for HTTPS on the same port; needs --tls-key. Plain HTTP is still served unless --tls-only.</source>
        <translation>PEM-Zertifikat (Kette) für HTTPS auf demselben Port; braucht --tls-key. Unverschlüsseltes HTTP wird weiter bedient, außer mit --tls-only.</translation>
    </message>
    <message>
        <source>PEM private key of --tls-cert (unencrypted, EC or RSA).</source>
        <translation>Privater PEM-Schlüssel zu --tls-cert (unverschlüsselt, EC oder RSA).</translation>
    </message>
    <message>
        <source>Largest request, headers and body (default %1; k and m suffixes allowed).</source>
        <translation>Größte Anfrage, Header und Body zusammen (Standard %1; Suffixe k und m erlaubt).</translation>
    </message>
    <message>
        <source>Close a keep-alive connection idle this long (default %1).</source>
        <translation>Eine Keep-Alive-Verbindung schließen, die so lange untätig ist (Standard %1).</translation>
    </message>
    <message>
        <source>A request (or TLS handshake) must arrive in full within this time of its first byte (default %1).</source>
        <translation>Eine Anfrage (oder ein TLS-Handshake) muss innerhalb dieser Zeit nach ihrem ersten Byte vollständig ankommen (Standard %1).</translation>
    </message>
    <message>
        <source>Open connections at most; beyond it new ones get 503 (default %1).</source>
        <translation>Höchstens so viele offene Verbindungen; darüber erhalten neue 503 (Standard %1).</translation>
    </message>
    <message>
        <source>Refuse plain HTTP: clients must use https://.</source>
        <translation>Unverschlüsseltes HTTP ablehnen: Clients müssen https:// verwenden.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert und --tls-key gehören zusammen</translation>
    </message>
    <message>
        <source>--tls-only needs --tls-cert and --tls-key</source>
        <translation>--tls-only braucht --tls-cert und --tls-key</translation>
    </message>
    <message>
        <source>File holding the site key components must send in X-Site-Key to get, renew and release leases (default: none needed).</source>
        <translation>Datei mit dem Site-Schlüssel, den Komponenten in X-Site-Key senden müssen, um Leases zu erhalten, zu erneuern und freizugeben (Standard: keiner nötig).</translation>
    </message>
    <message>
        <source>--metrics &apos;%1&apos; must be off, open or token</source>
        <translation>--metrics &apos;%1&apos; muss off, open oder token sein</translation>
    </message>
    <message>
        <source>--log-format &apos;%1&apos; must be plain or json</source>
        <translation>--log-format &apos;%1&apos; muss plain oder json sein</translation>
    </message>
    <message>
        <source>GET /metrics for Prometheus: off, open (anyone), or token (needs &apos;Authorization: Bearer &lt;admin token&gt;&apos;; default).</source>
        <translation>GET /metrics für Prometheus: off, open (alle) oder token (verlangt &apos;Authorization: Bearer &lt;admin token&gt;&apos;; Standard).</translation>
    </message>
    <message>
        <source>plain (default; under systemd without timestamps and with syslog priorities) or json (one object per line).</source>
        <translation>plain (Standard; unter systemd ohne Zeitstempel und mit Syslog-Prioritäten) oder json (ein Objekt pro Zeile).</translation>
    </message>
    <message>
        <source>Append log lines to this file instead of writing them to standard error (a Windows service logs to the event log without it).</source>
        <translation>Protokollzeilen an diese Datei anhängen statt sie auf die Standardfehlerausgabe zu schreiben (ein Windows-Dienst protokolliert ohne diese Option in das Ereignisprotokoll).</translation>
    </message>
    <message>
        <source>Windows: install, uninstall, start or stop the Windows service (command line only). install registers this command line, without --service, as the service&apos;s.</source>
        <translation>Windows: den Windows-Dienst installieren, deinstallieren, starten oder beenden (nur auf der Befehlszeile). install registriert diese Befehlszeile ohne --service als die des Dienstes.</translation>
    </message>
    <message>
        <source>Windows: the service&apos;s name for --service (default %1).</source>
        <translation>Windows: der Name des Dienstes für --service (Standard %1).</translation>
    </message>
    <message>
        <source>File of named tokens, one &apos;NAME ROLE TOKEN&apos; per line (ROLE admin or viewer), accepted besides the admin token; re-read on SIGHUP.</source>
        <translation>Datei benannter Token, eines pro Zeile als &apos;NAME ROLE TOKEN&apos; (ROLE admin oder viewer), zusätzlich zum Admin-Token akzeptiert; bei SIGHUP neu gelesen.</translation>
    </message>
    <message>
        <source>--usage-retention-days &apos;%1&apos; must be a number of days from 1 to 36500</source>
        <translation>--usage-retention-days &apos;%1&apos; muss eine Zahl von Tagen von 1 bis 36500 sein</translation>
    </message>
    <message>
        <source>Keep usage samples (GET /api/v1/usage) this many days (default %1); minute samples are kept a week at most, hourly and daily ones this long.</source>
        <translation>Nutzungsproben (GET /api/v1/usage) so viele Tage aufbewahren (Standard %1); Minutenproben höchstens eine Woche, stündliche und tägliche so lange.</translation>
    </message>
    <message>
        <source>Host group policy: named groups of hosts with reserves and caps per component type (docs/policy.md); re-read when the file changes and on SIGHUP.</source>
        <translation>Hostgruppen-Richtlinie: benannte Hostgruppen mit Reserven und Obergrenzen je Komponententyp (docs/policy.md); wird bei Änderung der Datei und bei SIGHUP neu gelesen.</translation>
    </message>
    <message>
        <source>Alert settings: rules, webhook and mail (docs/alerts.md); re-read when the file changes, rewritten when the settings are changed from the console or the API.</source>
        <translation>Alarmeinstellungen: Regeln, Webhook und Mail (docs/alerts.md); neu gelesen, wenn sich die Datei ändert, neu geschrieben, wenn sie in der Konsole oder über die API geändert werden.</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; must be a whole number from %3 to %4</source>
        <translation>--%1 &apos;%2&apos; muss eine ganze Zahl von %3 bis %4 sein</translation>
    </message>
    <message>
        <source>End a lease overdue this long whose component&apos;s port refused the last --reclaim-refusals probes (docs/components.md); 0, the default, never reclaims.</source>
        <translation>Einen so lange überfälligen Lease beenden, dessen Komponente an ihrem Port die letzten --reclaim-refusals Prüfungen abgewiesen hat (docs/components.md); 0, die Voreinstellung, gibt nie frei.</translation>
    </message>
    <message>
        <source>Probe each overdue lease&apos;s component this often (default %1); 0 never probes.</source>
        <translation>Die Komponente jedes überfälligen Leases so oft prüfen (Voreinstellung %1); 0 prüft nie.</translation>
    </message>
    <message>
        <source>Refused probes in a row, each a probe interval apart, that show a component gone (default %1).</source>
        <translation>Abgewiesene Prüfungen in Folge, je ein Prüfintervall auseinander, die eine Komponente als beendet zeigen (Voreinstellung %1).</translation>
    </message>
    <message>
        <source>Give up a probe that gets no answer after this long (default %1); it counts as a timeout, which never reclaims.</source>
        <translation>Eine Prüfung ohne Antwort nach dieser Zeit aufgeben (Voreinstellung %1); sie zählt als Zeitüberschreitung, die nie freigibt.</translation>
    </message>
    <message>
        <source>Addresses never probed: IP addresses, subnets (10.1.0.0/16), host names, domains (.example.com), separated by commas.</source>
        <translation>Nie geprüfte Adressen: IP-Adressen, Subnetze (10.1.0.0/16), Hostnamen, Domains (.example.com), durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>--probe-exclude: %1</source>
        <translation>--probe-exclude: %1</translation>
    </message>
    <message>
        <source>--reclaim-after-s needs probes: --probe-interval-s must be above 0</source>
        <translation>--reclaim-after-s braucht Prüfungen: --probe-interval-s muss größer als 0 sein</translation>
    </message>
</context>
<context>
    <name>ServiceArguments</name>
    <message>
        <source>--service &apos;%1&apos; must be install, uninstall, start or stop</source>
        <translation>--service &apos;%1&apos; muss install, uninstall, start oder stop sein</translation>
    </message>
    <message>
        <source>--service-name &apos;%1&apos; must be 1 to 80 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>--service-name &apos;%1&apos; muss aus 1 bis 80 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; bestehen und mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
</context>
<context>
    <name>SiteKey</name>
    <message>
        <source>cannot read the site key file %1: %2</source>
        <translation>die Site-Schlüssel-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the site key in %1 must be %2 to %3 characters long</source>
        <translation>der Site-Schlüssel in %1 muss %2 bis %3 Zeichen lang sein</translation>
    </message>
</context>
<context>
    <name>SmtpReplyReader</name>
    <message>
        <source>it sent &apos;%1&apos;, which is not an SMTP reply</source>
        <translation>er hat &apos;%1&apos; gesendet, was keine SMTP-Antwort ist</translation>
    </message>
</context>
<context>
    <name>SqlStore</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>preparing a database statement</source>
        <translation>Vorbereiten einer Datenbankanweisung</translation>
    </message>
    <message>
        <source>a database statement</source>
        <translation>Datenbankanweisung</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>the database %1 has schema version %2, newer than this LeaseKeeper supports (%3); upgrade LeaseKeeper</source>
        <translation>die Datenbank %1 hat die Schemaversion %2, die neuer ist, als dieses LeaseKeeper unterstützt (%3); aktualisieren Sie LeaseKeeper</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>Speichern der Schemaversion</translation>
    </message>
    <message>
        <source>checking the database</source>
        <translation>Prüfen der Datenbank</translation>
    </message>
    <message>
        <source>%1: counted %2 instances and %3 cores, live leases hold %4 and %5</source>
        <translation>%1: gezählt %2 Instanzen und %3 Kerne, aktive Leases halten %4 und %5</translation>
    </message>
    <message>
        <source>the usage counts of %1 disagree with its leases; recounting (%2)</source>
        <translation>die Nutzungszähler von %1 stimmen nicht mit den Leases überein; wird neu gezählt (%2)</translation>
    </message>
    <message>
        <source>the table lease_change_counter of %1 is empty; the schema is damaged</source>
        <translation>die Tabelle lease_change_counter von %1 ist leer; das Schema ist beschädigt</translation>
    </message>
</context>
<context>
    <name>SqliteStore</name>
    <message>
        <source>cannot create the data directory %1; check its permissions</source>
        <translation>das Datenverzeichnis %1 kann nicht angelegt werden; prüfen Sie die Berechtigungen</translation>
    </message>
    <message>
        <source>opening the SQLite database %1</source>
        <translation>Öffnen der SQLite-Datenbank %1</translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>&apos;%1&apos; ist weder sqlite:PATH noch postgresql://USER@HOST:PORT/DBNAME</translation>
    </message>
    <message>
        <source>store migrate --from SPEC --to SPEC [--from-password-file FILE] [--to-password-file FILE] [--force]</source>
        <translation>store migrate --from SPEC --to SPEC [--from-password-file FILE] [--to-password-file FILE] [--force]</translation>
    </message>
    <message>
        <source>Copy the active leases and the whole usage history from one store to another, for example from a single node&apos;s SQLite file to the PostgreSQL database of an HA pair, and verify the counts. Stop the node that uses the source first.

SPEC is sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME; passwords come from the files given or from %1.</source>
        <translation>Kopiert die aktiven Leases und den gesamten Nutzungsverlauf von einem Speicher in einen anderen, zum Beispiel aus der SQLite-Datei eines einzelnen Knotens in die PostgreSQL-Datenbank eines HA-Paars, und prüft die Anzahlen. Beenden Sie vorher den Knoten, der die Quelle verwendet.

SPEC ist sqlite:PATH oder postgresql://USER@HOST:PORT/DBNAME; Kennwörter stammen aus den angegebenen Dateien oder aus %1.</translation>
    </message>
    <message>
        <source>The store to copy from.</source>
        <translation>Der Speicher, aus dem kopiert wird.</translation>
    </message>
    <message>
        <source>The store to copy to.</source>
        <translation>Der Speicher, in den kopiert wird.</translation>
    </message>
    <message>
        <source>Replace the leases and history the target already holds.</source>
        <translation>Ersetzt die Leases und den Verlauf, die das Ziel bereits enthält.</translation>
    </message>
    <message>
        <source>the only store command is &apos;migrate&apos;</source>
        <translation>der einzige store-Befehl ist &apos;migrate&apos;</translation>
    </message>
    <message>
        <source>--from and --to are required</source>
        <translation>--from und --to sind erforderlich</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>copied %1 of %2 rows</source>
        <translation>%1 von %2 Zeilen kopiert</translation>
    </message>
    <message>
        <source>File holding the PostgreSQL password of the source.</source>
        <translation>Datei mit dem PostgreSQL-Passwort der Quelle.</translation>
    </message>
    <message>
        <source>File holding the PostgreSQL password of the target.</source>
        <translation>Datei mit dem PostgreSQL-Passwort des Ziels.</translation>
    </message>
    <message>
        <source>Copied to %4: leases %1 (active %2), denials %3, audit entries %5; the counts match the source.</source>
        <translation>Nach %4 kopiert: Leases %1 (aktiv %2), Ablehnungen %3, Audit-Einträge %5; die Anzahlen stimmen mit der Quelle überein.</translation>
    </message>
</context>
<context>
    <name>StoreMigration</name>
    <message>
        <source>%1 already holds data (leases: %2, denials: %3); nothing was copied. Use --force to replace them.</source>
        <translation>%1 enthält bereits Daten (Leases: %2, Ablehnungen: %3); es wurde nichts kopiert. Mit --force werden sie ersetzt.</translation>
    </message>
    <message>
        <source>the copy does not match the source (copy: leases %1, active %2, denials %3; source: leases %4, active %5, denials %6); nothing was kept</source>
        <translation>die Kopie stimmt nicht mit der Quelle überein (Kopie: Leases %1, aktiv %2, Ablehnungen %3; Quelle: Leases %4, aktiv %5, Ablehnungen %6); es wurde nichts übernommen</translation>
    </message>
    <message>
        <source>the copy was cancelled; nothing was kept</source>
        <translation>das Kopieren wurde abgebrochen; nichts wurde behalten</translation>
    </message>
    <message>
        <source>the copy does not match the source (probes of overdue leases: copy %1, source %2); nothing was kept</source>
        <translation>die Kopie stimmt nicht mit der Quelle überein (Prüfungen überfälliger Leases: Kopie %1, Quelle %2); nichts wurde behalten</translation>
    </message>
</context>
<context>
    <name>TextFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot restrict %1 to mode 0600: %2</source>
        <translation>%1 kann nicht auf Modus 0600 beschränkt werden: %2</translation>
    </message>
    <message>
        <source>%1 %2 does not exist</source>
        <translation>%1 %2 existiert nicht</translation>
    </message>
    <message>
        <source>%1 %2 is a directory, not a file</source>
        <translation>%1 %2 ist ein Verzeichnis, keine Datei</translation>
    </message>
    <message>
        <source>%1 %2 is larger than 1 MiB; this is not a LeaseKeeper file</source>
        <translation>%1 %2 ist größer als 1 MiB; dies ist keine LeaseKeeper-Datei</translation>
    </message>
    <message>
        <source>cannot read %1 %2: %3</source>
        <translation>%1 %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the JSON document must be an object ({...})</source>
        <translation>das JSON-Dokument muss ein Objekt sein ({...})</translation>
    </message>
    <message>
        <source>%1 already exists and was left unchanged</source>
        <translation>%1 existiert bereits und wurde nicht verändert</translation>
    </message>
</context>
<context>
    <name>TimeSyncParser</name>
    <message>
        <source>the system clock is synchronized (timedatectl: NTPSynchronized=yes)</source>
        <translation>die Systemuhr ist synchronisiert (timedatectl: NTPSynchronized=yes)</translation>
    </message>
    <message>
        <source>the system clock is not synchronized (timedatectl: NTPSynchronized=no); enable NTP with &apos;timedatectl set-ntp true&apos; or install chrony</source>
        <translation>die Systemuhr ist nicht synchronisiert (timedatectl: NTPSynchronized=no); aktivieren Sie NTP mit &apos;timedatectl set-ntp true&apos; oder installieren Sie chrony</translation>
    </message>
    <message>
        <source>chrony is synchronized (reference %1; system time %2)</source>
        <translation>chrony ist synchronisiert (Referenz %1; Systemzeit %2)</translation>
    </message>
    <message>
        <source>chrony is running but not synchronized (leap status: %1); check its sources with &apos;chronyc sources&apos;</source>
        <translation>chrony läuft, ist aber nicht synchronisiert (Leap-Status: %1); prüfen Sie seine Quellen mit &apos;chronyc sources&apos;</translation>
    </message>
    <message>
        <source>Windows Time is not synchronized (source: %1); turn on Settings &gt; Time &amp; language &gt; Synchronize your clock, or run &apos;w32tm /resync&apos;</source>
        <translation>der Dienst Windows-Zeitgeber ist nicht synchronisiert (Quelle: %1); aktivieren Sie Einstellungen &gt; Zeit und Sprache &gt; Uhr synchronisieren, oder führen Sie &apos;w32tm /resync&apos; aus</translation>
    </message>
    <message>
        <source>Windows Time is synchronized with %1 (last sync: %2)</source>
        <translation>der Dienst Windows-Zeitgeber ist mit %1 synchronisiert (letzte Synchronisierung: %2)</translation>
    </message>
</context>
<context>
    <name>TlsClientOptions</name>
    <message>
        <source>the CA file %1 does not exist</source>
        <translation>die CA-Datei %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot read the CA file %1: %2</source>
        <translation>die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the CA file %1 is larger than 4 MiB</source>
        <translation>die CA-Datei %1 ist größer als 4 MiB</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----); give the certificate that signed the server&apos;s, or the server&apos;s own self-signed certificate</source>
        <translation>die CA-Datei %1 enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----); geben Sie das Zertifikat an, das das des Servers signiert hat, oder das selbstsignierte Zertifikat des Servers</translation>
    </message>
</context>
<context>
    <name>TlsErrorText</name>
    <message>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <source>its chain ends in a self-signed certificate</source>
        <translation>seine Kette endet in einem selbstsignierten Zertifikat</translation>
    </message>
    <message>
        <source>signed by &apos;%1&apos;, an authority not trusted here</source>
        <translation>signiert von &apos;%1&apos;, einer Stelle, der hier nicht vertraut wird</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted by the CA file %2 (%3); pass --ca with the certificate that signed it, or pin it with --pin-sha256 %4</source>
        <translation>dem Zertifikat von %1 vertraut die CA-Datei %2 nicht (%3); geben Sie mit --ca das Zertifikat an, das es signiert hat, oder legen Sie es mit --pin-sha256 %4 fest</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted (%2); pass --ca FILE with the certificate that signed it, or pin it with --pin-sha256 %3</source>
        <translation>dem Zertifikat von %1 wird nicht vertraut (%2); geben Sie --ca DATEI mit dem Zertifikat an, das es signiert hat, oder legen Sie es mit --pin-sha256 %3 fest</translation>
    </message>
    <message>
        <source>the certificate presented by %1 is for %2, not &apos;%1&apos;; connect with a name the certificate lists, or give the server a certificate for it (leasekeeper-ctl cert self-signed --san %3)</source>
        <translation>das von %1 vorgelegte Zertifikat gilt für %2, nicht für &apos;%1&apos;; verbinden Sie sich mit einem Namen, den das Zertifikat nennt, oder geben Sie dem Server ein Zertifikat dafür (leasekeeper-ctl cert self-signed --san %3)</translation>
    </message>
    <message>
        <source>the certificate of %1 expired on %2</source>
        <translation>das Zertifikat von %1 ist am %2 abgelaufen</translation>
    </message>
    <message>
        <source>the certificate of %1 is not valid before %2 (is this host&apos;s clock right?)</source>
        <translation>das Zertifikat von %1 ist erst ab %2 gültig (geht die Uhr dieses Rechners richtig?)</translation>
    </message>
    <message>
        <source>the certificate of %1 was refused: %2</source>
        <translation>das Zertifikat von %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed</source>
        <translation>der TLS-Handshake mit %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the certificate of %1 has the SHA-256 fingerprint %2, not the pinned %3; if the server&apos;s certificate was replaced on purpose, pin the new one</source>
        <translation>das Zertifikat von %1 hat den SHA-256-Fingerabdruck %2, nicht den festgelegten %3; wenn das Zertifikat des Servers absichtlich ersetzt wurde, legen Sie das neue fest</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>TlsServerCredentials</name>
    <message>
        <source>cannot read the TLS %1 %2: %3</source>
        <translation>die TLS-Datei (%1) %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>TLS is not available: Qt found no TLS library (OpenSSL 3)</source>
        <translation>TLS ist nicht verfügbar: Qt hat keine TLS-Bibliothek gefunden (OpenSSL 3)</translation>
    </message>
    <message>
        <source>TLS needs both --tls-cert and --tls-key</source>
        <translation>TLS braucht sowohl --tls-cert als auch --tls-key</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>privater Schlüssel</translation>
    </message>
    <message>
        <source>the TLS certificate %1 is not a PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>das TLS-Zertifikat %1 ist kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----)</translation>
    </message>
    <message>
        <source>the TLS private key %1 is not an unencrypted PEM private key (EC, RSA or DSA)</source>
        <translation>der private TLS-Schlüssel %1 ist kein unverschlüsselter privater PEM-Schlüssel (EC, RSA oder DSA)</translation>
    </message>
    <message>
        <source>OpenSSL cannot read the TLS certificate %1 or the key %2</source>
        <translation>OpenSSL kann das TLS-Zertifikat %1 oder den Schlüssel %2 nicht lesen</translation>
    </message>
    <message>
        <source>the TLS private key %1 does not belong to the certificate %2</source>
        <translation>der private TLS-Schlüssel %1 gehört nicht zum Zertifikat %2</translation>
    </message>
    <message>
        <source>the TLS certificate %1 expired on %2: clients will refuse it</source>
        <translation>das TLS-Zertifikat %1 ist am %2 abgelaufen: Clients werden es ablehnen</translation>
    </message>
    <message>
        <source>the TLS certificate %1 is not valid before %2: clients will refuse it</source>
        <translation>das TLS-Zertifikat %1 ist erst ab %2 gültig: Clients werden es ablehnen</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>token new --tokens-file FILE --name NAME --role admin|viewer</source>
        <translation>token new --tokens-file FILE --name NAME --role admin|viewer</translation>
    </message>
    <message>
        <source>Manage the named tokens of a License Manager (its --tokens-file).</source>
        <translation>Verwaltet die benannten Token eines Lizenzmanagers (seine --tokens-file).</translation>
    </message>
    <message>
        <source>token new --tokens-file FILE --name NAME --role admin|viewer [--out FILE]</source>
        <translation>token new --tokens-file FILE --name NAME --role admin|viewer [--out FILE]</translation>
    </message>
    <message>
        <source>Add a new random token for NAME to the tokens file (created with owner-only access) and print it, or write it to --out for its holder. Send the server SIGHUP (or restart the service) to accept it.</source>
        <translation>Fügt der Token-Datei (nur für den Eigentümer zugänglich angelegt) ein neues Zufallstoken für NAME hinzu und gibt es aus oder schreibt es für seinen Inhaber nach --out. Dem Server SIGHUP senden (oder den Dienst neu starten), damit er es annimmt.</translation>
    </message>
    <message>
        <source>The server&apos;s --tokens-file.</source>
        <translation>Die --tokens-file des Servers.</translation>
    </message>
    <message>
        <source>Who holds it: the name the audit trail shows.</source>
        <translation>Wer es hält: der Name, den das Audit-Protokoll zeigt.</translation>
    </message>
    <message>
        <source>admin (read and change) or viewer (read only).</source>
        <translation>admin (lesen und ändern) oder viewer (nur lesen).</translation>
    </message>
    <message>
        <source>Write the token to this new file instead of printing it.</source>
        <translation>Das Token in diese neue Datei schreiben, statt es auszugeben.</translation>
    </message>
    <message>
        <source>--tokens-file, --name and --role are required</source>
        <translation>--tokens-file, --name und --role sind erforderlich</translation>
    </message>
    <message>
        <source>--role must be admin or viewer</source>
        <translation>--role muss admin oder viewer sein</translation>
    </message>
    <message>
        <source>the cryptography library failed to start</source>
        <translation>die Kryptografie-Bibliothek konnte nicht starten</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>added %1 (%2) to %3; the token is in %4
</source>
        <translation>%1 (%2) zu %3 hinzugefügt; das Token steht in %4
</translation>
    </message>
    <message>
        <source>added %1 (%2) to %3; the token (shown once):
</source>
        <translation>%1 (%2) zu %3 hinzugefügt; das Token (wird nur einmal angezeigt):
</translation>
    </message>
</context>
<context>
    <name>TrustedKeys</name>
    <message>
        <source>trusted key skipped: %1</source>
        <translation>vertrauenswürdiger Schlüssel übersprungen: %1</translation>
    </message>
</context>
<context>
    <name>UsageParameters</name>
    <message>
        <source>&apos;%1&apos; must be milliseconds since the epoch or an ISO 8601 time, not &apos;%2&apos;</source>
        <translation>&apos;%1&apos; muss Millisekunden seit der Epoche oder eine ISO-8601-Zeit sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;step&apos; must be minute, hour or day, not &apos;%1&apos;</source>
        <translation>&apos;step&apos; muss minute, hour oder day sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown query parameter &apos;%1&apos;; use type, from, to or step</source>
        <translation>unbekannter Abfrageparameter &apos;%1&apos;; type, from, to oder step verwenden</translation>
    </message>
    <message>
        <source>&apos;from&apos; must not be after &apos;to&apos;</source>
        <translation>&apos;from&apos; darf nicht nach &apos;to&apos; liegen</translation>
    </message>
</context>
<context>
    <name>WindowsServiceManager</name>
    <message>
        <source>--service works on Windows only; elsewhere run leasekeeper-server under the system&apos;s service manager (systemd on Linux)</source>
        <translation>--service funktioniert nur unter Windows; anderswo leasekeeper-server mit der Dienstverwaltung des Systems ausführen (systemd unter Linux)</translation>
    </message>
    <message>
        <source>the Service Control Manager refused access: run this from a command prompt started as administrator</source>
        <translation>der Dienststeuerungs-Manager hat den Zugriff verweigert: aus einer als Administrator gestarteten Eingabeaufforderung ausführen</translation>
    </message>
    <message>
        <source>cannot open the Service Control Manager</source>
        <translation>der Dienststeuerungs-Manager kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>no service named %1 is installed (--service install)</source>
        <translation>kein Dienst namens %1 ist installiert (--service install)</translation>
    </message>
    <message>
        <source>cannot open the service %1</source>
        <translation>der Dienst %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot query the service&apos;s state</source>
        <translation>der Zustand des Dienstes kann nicht abgefragt werden</translation>
    </message>
    <message>
        <source>cannot register the event log source %1</source>
        <translation>die Ereignisprotokollquelle %1 kann nicht registriert werden</translation>
    </message>
    <message>
        <source>the service %1 is not running</source>
        <translation>der Dienst %1 läuft nicht</translation>
    </message>
    <message>
        <source>cannot stop the service %1</source>
        <translation>der Dienst %1 kann nicht beendet werden</translation>
    </message>
    <message>
        <source>the service %1 did not stop within %2 s</source>
        <translation>der Dienst %1 hat sich nicht innerhalb von %2 s beendet</translation>
    </message>
    <message>
        <source>the service %1 has stopped</source>
        <translation>der Dienst %1 ist beendet</translation>
    </message>
    <message>
        <source>a service named %1 is installed already; remove it with --service uninstall or choose another --service-name</source>
        <translation>ein Dienst namens %1 ist bereits installiert; mit --service uninstall entfernen oder einen anderen --service-name wählen</translation>
    </message>
    <message>
        <source>cannot install the service %1</source>
        <translation>der Dienst %1 kann nicht installiert werden</translation>
    </message>
    <message>
        <source>installed the service %1 (%2), starting automatically with: %3</source>
        <translation>Dienst %1 (%2) installiert, startet automatisch mit: %3</translation>
    </message>
    <message>
        <source>cannot remove the service %1</source>
        <translation>der Dienst %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>removed the service %1</source>
        <translation>Dienst %1 entfernt</translation>
    </message>
    <message>
        <source>the service %1 is running already</source>
        <translation>der Dienst %1 läuft bereits</translation>
    </message>
    <message>
        <source>cannot start the service %1</source>
        <translation>der Dienst %1 kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>the service %1 did not start (exit code %2); its log (the event log, source %1, or --log-file) says why</source>
        <translation>der Dienst %1 ist nicht gestartet (Exit-Code %2); sein Protokoll (das Ereignisprotokoll, Quelle %1, oder --log-file) nennt den Grund</translation>
    </message>
    <message>
        <source>the service %1 is running (process %2)</source>
        <translation>der Dienst %1 läuft (Prozess %2)</translation>
    </message>
</context>
<context>
    <name>WireJson</name>
    <message>
        <source>field &apos;%1&apos; must be an array</source>
        <translation>Feld &apos;%1&apos; muss ein Array sein</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is missing</source>
        <translation>Feld &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a string</source>
        <translation>Feld &apos;%1&apos; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a whole number</source>
        <translation>Feld &apos;%1&apos; muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be true or false</source>
        <translation>Feld &apos;%1&apos; muss true oder false sein</translation>
    </message>
    <message>
        <source>field &apos;role&apos; must be admin or viewer</source>
        <translation>das Feld &apos;role&apos; muss admin oder viewer sein</translation>
    </message>
    <message>
        <source>field &apos;entries&apos; must be an array</source>
        <translation>das Feld &apos;entries&apos; muss ein Array sein</translation>
    </message>
    <message>
        <source>field &apos;samples&apos; must be an array</source>
        <translation>das Feld &apos;samples&apos; muss ein Array sein</translation>
    </message>
    <message>
        <source>fields &apos;refusals&apos; and &apos;types&apos; must be arrays</source>
        <translation>die Felder &apos;refusals&apos; und &apos;types&apos; müssen Arrays sein</translation>
    </message>
    <message>
        <source>fields &apos;groups&apos; and &apos;usage&apos; must be arrays</source>
        <translation>die Felder &apos;groups&apos; und &apos;usage&apos; müssen Arrays sein</translation>
    </message>
</context>
<context>
    <name>lk</name>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Bedient von</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Components seen renewing</source>
        <translation>Beim Erneuern gesehene Komponenten</translation>
    </message>
</context>
<context>
    <name>lk::AlertChannelsForm</name>
    <message>
        <source>https://hooks.example.com/leasekeeper</source>
        <translation>https://hooks.example.com/leasekeeper</translation>
    </message>
    <message>
        <source>none: unsigned</source>
        <translation>keine: unsigniert</translation>
    </message>
    <message>
        <source>none: no mail</source>
        <translation>keiner: keine Mail</translation>
    </message>
    <message>
        <source>none: no login</source>
        <translation>keiner: keine Anmeldung</translation>
    </message>
    <message>
        <source>leasekeeper@example.com</source>
        <translation>leasekeeper@example.com</translation>
    </message>
    <message>
        <source>ops@example.com, oncall@example.com</source>
        <translation>ops@example.com, bereitschaft@example.com</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>A file on the License Manager&apos;s host holding the key that signs each request (HMAC-SHA256); the key itself never leaves the node.</source>
        <translation>Eine Datei auf dem Host des Lizenzmanagers mit dem Schlüssel, der jede Anfrage signiert (HMAC-SHA256); der Schlüssel selbst verlässt den Knoten nie.</translation>
    </message>
    <message>
        <source>Secret f&amp;ile on the node:</source>
        <translation>Geheimnisdate&amp;i auf dem Knoten:</translation>
    </message>
    <message>
        <source>Atte&amp;mpts:</source>
        <translation>Versuc&amp;he:</translation>
    </message>
    <message>
        <source>Doubled after each failed attempt</source>
        <translation>Verdoppelt sich nach jedem fehlgeschlagenen Versuch</translation>
    </message>
    <message>
        <source>First retry &amp;after:</source>
        <translation>Erster neuer Versuch n&amp;ach:</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Sicherhei&amp;t:</translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation>B&amp;enutzer:</translation>
    </message>
    <message>
        <source>A file on the License Manager&apos;s host holding the mail password; the password itself never leaves the node.</source>
        <translation>Eine Datei auf dem Host des Lizenzmanagers mit dem Mail-Passwort; das Passwort selbst verlässt den Knoten nie.</translation>
    </message>
    <message>
        <source>Pass&amp;word file on the node:</source>
        <translation>Pass&amp;wortdatei auf dem Knoten:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>E-mail addresses separated by commas</source>
        <translation>E-Mail-Adressen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;An:</translation>
    </message>
</context>
<context>
    <name>lk::AlertDispatcher</name>
    <message>
        <source>alert %1 (%2): %3</source>
        <translation>Alarm %1 (%2): %3</translation>
    </message>
    <message>
        <source>alert %1 delivered by %2 to %3 (%4)</source>
        <translation>Alarm %1 per %2 an %3 zugestellt (%4)</translation>
    </message>
    <message numerus="yes">
        <source>alert %1 NOT delivered by %2 to %3 after %n attempt(s): %4</source>
        <translation>
            <numerusform>Alarm %1 per %2 an %3 NICHT zugestellt nach %n Versuch: %4</numerusform>
            <numerusform>Alarm %1 per %2 an %3 NICHT zugestellt nach %n Versuchen: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Test alert from %1</source>
        <translation>Testalarm von %1</translation>
    </message>
    <message>
        <source>%1 asked for this test alert. If you read it, alerts from this License Manager reach you here.</source>
        <translation>%1 hat diesen Testalarm angefordert. Wenn Sie ihn lesen, erreichen Sie Alarme dieses License Managers hier.</translation>
    </message>
</context>
<context>
    <name>lk::AlertMonitor</name>
    <message>
        <source>%1 on %2 was refused a license (%3)</source>
        <translation>%1 auf %2 wurde die Lizenz verweigert (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Instance %1 of %2 on host %3 asked for %n core(s) and was refused: %4</source>
        <translation>
            <numerusform>Instanz %1 von %2 auf Host %3 hat %n Kern angefordert und wurde abgewiesen: %4</numerusform>
            <numerusform>Instanz %1 von %2 auf Host %3 hat %n Kerne angefordert und wurde abgewiesen: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2 ran out of grace</source>
        <translation>Die Kulanzfrist von %1 auf %2 ist abgelaufen</translation>
    </message>
    <message>
        <source>The lease of instance %1 of %2 on host %3 ended: it was not renewed within the grace period, so that component has shut down, or will refuse to work, until it reaches the License Manager again.</source>
        <translation>Das Lease der Instanz %1 von %2 auf Host %3 ist beendet: es wurde nicht innerhalb der Kulanzfrist verlängert, daher hat diese Komponente gestoppt oder verweigert die Arbeit, bis sie den License Manager wieder erreicht.</translation>
    </message>
    <message>
        <source>Still: %1</source>
        <translation>Weiterhin: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n similar alert(s) were held back by the rule&apos;s quiet period of %1 s since the last one.</source>
        <translation>
            <numerusform>%n ähnlicher Alarm wurde seit dem letzten durch die Ruhezeit der Regel (%1 s) zurückgehalten.</numerusform>
            <numerusform>%n ähnliche Alarme wurden seit dem letzten durch die Ruhezeit der Regel (%1 s) zurückgehalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::AlertNotifier</name>
    <message numerus="yes">
        <source>%n new alert(s) from the License Manager</source>
        <translation>
            <numerusform>%n neuer Alarm vom Lizenzmanager</numerusform>
            <numerusform>%n neue Alarme vom Lizenzmanager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alarm: %1</translation>
    </message>
    <message>
        <source>%1; the newest: %2</source>
        <translation>%1; der neueste: %2</translation>
    </message>
</context>
<context>
    <name>lk::AlertRulesTable</name>
    <message>
        <source>Alert rules</source>
        <translation>Alarmregeln</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Alert when</source>
        <translation>Alarm, wenn</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Quiet period</source>
        <translation>Ruhezeit</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>After an alert, the same incident is not sent again for this long</source>
        <translation>Nach einem Alarm wird derselbe Vorfall so lange nicht erneut gesendet</translation>
    </message>
    <message>
        <source>A notification in the console&apos;s system tray</source>
        <translation>Eine Benachrichtigung im Infobereich der Konsole</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>%1: on</source>
        <translation>%1: aktiv</translation>
    </message>
    <message>
        <source>%1: threshold</source>
        <translation>%1: Schwelle</translation>
    </message>
    <message>
        <source>%1: no threshold</source>
        <translation>%1: keine Schwelle</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>%1: quiet period in minutes</source>
        <translation>%1: Ruhezeit in Minuten</translation>
    </message>
    <message>
        <source>%1: send to %2</source>
        <translation>%1: senden an %2</translation>
    </message>
</context>
<context>
    <name>lk::AlertService</name>
    <message>
        <source>this node keeps no alert settings file, so changes could not be kept; start it with --alerts FILE</source>
        <translation>dieser Knoten hat keine Datei für Alarmeinstellungen und könnte Änderungen nicht behalten; starten Sie ihn mit --alerts DATEI</translation>
    </message>
</context>
<context>
    <name>lk::AlertSettingsDialog</name>
    <message>
        <source>%1: delivered (%2)</source>
        <translation>%1: zugestellt (%2)</translation>
    </message>
    <message>
        <source>%1: not delivered: %2</source>
        <translation>%1: nicht zugestellt: %2</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Send a &amp;test alert</source>
        <translation>&amp;Testalarm senden</translation>
    </message>
    <message>
        <source>Alerts - %1</source>
        <translation>Alarme - %1</translation>
    </message>
    <message>
        <source>The License Manager watches its licenses, leases, database and peers and sends an alert when a rule fires: to a webhook, by mail, and to this console&apos;s notifications.</source>
        <translation>Der Lizenzmanager überwacht seine Lizenzen, Leases, Datenbank und Partnerknoten und sendet einen Alarm, wenn eine Regel greift: an einen Webhook, per Mail und an die Benachrichtigungen dieser Konsole.</translation>
    </message>
    <message>
        <source>Read-only: this console has a viewer token, which can see the alert settings but not change them or send a test alert.</source>
        <translation>Nur lesen: Diese Konsole hat ein Lese-Token, das die Alarmeinstellungen sehen, aber weder ändern noch einen Testalarm senden kann.</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>&amp;Kanäle</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <source>&amp;Delivery log</source>
        <translation>&amp;Zustellprotokoll</translation>
    </message>
    <message>
        <source>Sends a test alert on every channel as saved on the node, one attempt each</source>
        <translation>Sendet einen Testalarm über jeden Kanal, wie er auf dem Knoten gespeichert ist, mit je einem Versuch</translation>
    </message>
    <message>
        <source>Reading the alert settings...</source>
        <translation>Alarmeinstellungen werden gelesen...</translation>
    </message>
    <message>
        <source>This License Manager runs without an alerts file (--alerts), so these settings cannot be changed from here.</source>
        <translation>Dieser Lizenzmanager läuft ohne Alarmdatei (--alerts), daher können diese Einstellungen hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Saved on the node in %1</source>
        <translation>Auf dem Knoten gespeichert in %1</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Wird gespeichert...</translation>
    </message>
    <message>
        <source>Saved. The License Manager uses these settings from now on.</source>
        <translation>Gespeichert. Der Lizenzmanager verwendet diese Einstellungen ab sofort.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Sending a test alert; a channel that does not answer takes up to its timeout...</source>
        <translation>Testalarm wird gesendet; ein Kanal, der nicht antwortet, braucht bis zu seinem Zeitlimit...</translation>
    </message>
    <message>
        <source>The test alert was not sent: %1</source>
        <translation>Der Testalarm wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>No webhook or mail server is saved on the node: the test alert shows in the console only.</source>
        <translation>Auf dem Knoten ist weder ein Webhook noch ein Mailserver gespeichert: Der Testalarm erscheint nur in der Konsole.</translation>
    </message>
    <message>
        <source>Needs an admin token</source>
        <translation>Erfordert ein Admin-Token</translation>
    </message>
</context>
<context>
    <name>lk::AuditModel</name>
    <message>
        <source>freed a lease</source>
        <translation>hat ein Lease freigegeben</translation>
    </message>
    <message>
        <source>maintenance on</source>
        <translation>Wartung an</translation>
    </message>
    <message>
        <source>maintenance off</source>
        <translation>Wartung aus</translation>
    </message>
    <message>
        <source>loaded the license</source>
        <translation>hat die Lizenz geladen</translation>
    </message>
    <message>
        <source>token used</source>
        <translation>Token verwendet</translation>
    </message>
    <message>
        <source>wrong token</source>
        <translation>falsches Token</translation>
    </message>
    <message>
        <source>change refused (viewer)</source>
        <translation>Änderung abgewiesen (Leser)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
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
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
</context>
<context>
    <name>lk::AuditPage</name>
    <message>
        <source>Export audit trail</source>
        <translation>Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>CSV e&amp;xportieren...</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Could not read the audit trail: %1</source>
        <translation>Das Audit-Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>lk::CheckList</name>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Wird geprüft...</translation>
    </message>
    <message>
        <source>%1
What to do: %2</source>
        <translation>%1
Was zu tun ist: %2</translation>
    </message>
</context>
<context>
    <name>lk::CheckedStepPage</name>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
</context>
<context>
    <name>lk::ClockPage</name>
    <message>
        <source>measuring...</source>
        <translation>wird gemessen...</translation>
    </message>
    <message>
        <source>Node clocks</source>
        <translation>Uhren der Knoten</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Offset to this console</source>
        <translation>Abweichung zu dieser Konsole</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Database clock</source>
        <translation>Datenbankuhr</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Measure now</source>
        <translation>Jetzt &amp;messen</translation>
    </message>
    <message>
        <source>&amp;Warn above:</source>
        <translation>&amp;Warnung ab:</translation>
    </message>
    <message>
        <source>&amp;Critical above:</source>
        <translation>&amp;Kritisch ab:</translation>
    </message>
    <message>
        <source>Warning threshold</source>
        <translation>Warnschwelle</translation>
    </message>
    <message>
        <source>Critical threshold</source>
        <translation>Kritische Schwelle</translation>
    </message>
    <message>
        <source>Offset to this console, last hour</source>
        <translation>Abweichung zu dieser Konsole, letzte Stunde</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>- (no shared database)</source>
        <translation>- (keine gemeinsame Datenbank)</translation>
    </message>
    <message>
        <source>%1 ms ahead of this node</source>
        <translation>%1 ms vor diesem Knoten</translation>
    </message>
    <message>
        <source>%1 ms behind this node</source>
        <translation>%1 ms hinter diesem Knoten</translation>
    </message>
    <message>
        <source>Largest drift between two nodes: %1</source>
        <translation>Größte Abweichung zwischen zwei Knoten: %1</translation>
    </message>
    <message>
        <source>Node-to-node drift needs two measured nodes.</source>
        <translation>Für die Abweichung zwischen Knoten werden zwei gemessene Knoten benötigt.</translation>
    </message>
</context>
<context>
    <name>lk::ClockPlot</name>
    <message>
        <source>Clock offsets over the last hour</source>
        <translation>Uhrabweichungen in der letzten Stunde</translation>
    </message>
    <message>
        <source>%1: %2 ms now</source>
        <translation>%1: jetzt %2 ms</translation>
    </message>
    <message>
        <source>No measurement yet.</source>
        <translation>Noch keine Messung.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>1 h ago</source>
        <translation>vor 1 h</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
</context>
<context>
    <name>lk::ClockProbe</name>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>&apos;%1&apos; ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of the time; is it a LeaseKeeper License Manager recent enough to offer /api/v1/time?</source>
        <translation>%1 hat HTTP %2 statt der Uhrzeit geantwortet; ist es ein LeaseKeeper-Lizenzmanager, der neu genug ist, um /api/v1/time anzubieten?</translation>
    </message>
    <message>
        <source>%1 answered without receive_time_us and transmit_time_us; is it a LeaseKeeper License Manager?</source>
        <translation>%1 hat ohne receive_time_us und transmit_time_us geantwortet; ist es ein LeaseKeeper-Lizenzmanager?</translation>
    </message>
    <message>
        <source>%1 answered, but none of its %2 answers gave a usable time (its clock ran backwards while answering)</source>
        <translation>%1 hat geantwortet, aber keine seiner %2 Antworten lieferte eine verwendbare Zeit (seine Uhr lief beim Antworten rückwärts)</translation>
    </message>
</context>
<context>
    <name>lk::ComponentsStepPage</name>
    <message>
        <source>Point the components at the virtual host</source>
        <translation>Komponenten auf den virtuellen Host richten</translation>
    </message>
    <message>
        <source>Change each component&apos;s License Manager address to the load balancer&apos;s virtual host. A component reads it when it starts or renews; until then it keeps renewing with the primary, which is safe. Below, every component the primary serves from now on, and the way its request came.</source>
        <translation>Ändern Sie die License-Manager-Adresse jeder Komponente auf den virtuellen Host des Load Balancers. Eine Komponente liest sie beim Start oder beim Erneuern; bis dahin erneuert sie weiter beim Primärknoten, was sicher ist. Unten jede Komponente, die der Primärknoten ab jetzt bedient, und auf welchem Weg ihre Anfrage kam.</translation>
    </message>
    <message>
        <source>Cannot watch renewals on the primary: %1</source>
        <translation>Erneuerungen auf dem Primärknoten können nicht beobachtet werden: %1</translation>
    </message>
    <message>
        <source>virtual host</source>
        <translation>virtueller Host</translation>
    </message>
    <message>
        <source>direct: change its address</source>
        <translation>direkt: Adresse ändern</translation>
    </message>
</context>
<context>
    <name>lk::ConnectionGuard</name>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>der TLS-Handshake mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>this License Manager accepts only HTTPS: use https:// to reach it</source>
        <translation>dieser License Manager akzeptiert nur HTTPS: verwenden Sie https://, um ihn zu erreichen</translation>
    </message>
    <message>
        <source>the request exceeds the limit of %1 bytes</source>
        <translation>die Anfrage überschreitet die Grenze von %1 Bytes</translation>
    </message>
    <message>
        <source>the request headers exceed the limit of %1 bytes</source>
        <translation>die Header der Anfrage überschreiten die Grenze von %1 Bytes</translation>
    </message>
    <message>
        <source>TLS handshake with %1 did not complete within %2 ms</source>
        <translation>der TLS-Handshake mit %1 wurde nicht innerhalb von %2 ms abgeschlossen</translation>
    </message>
    <message>
        <source>the request did not arrive within %1 ms</source>
        <translation>die Anfrage ist nicht innerhalb von %1 ms angekommen</translation>
    </message>
</context>
<context>
    <name>lk::DatabasePreparation</name>
    <message>
        <source>the local database %1 does not exist; nothing was copied</source>
        <translation>die lokale Datenbank %1 existiert nicht; nichts wurde kopiert</translation>
    </message>
    <message>
        <source>the database is still being worked on; wait for it to finish</source>
        <translation>an der Datenbank wird noch gearbeitet; warten Sie, bis es fertig ist</translation>
    </message>
</context>
<context>
    <name>lk::DatabaseStepPage</name>
    <message>
        <source>&amp;Test the connection and prepare the database</source>
        <translation>Verbindung &amp;testen und Datenbank vorbereiten</translation>
    </message>
    <message>
        <source>&amp;Move this License Manager&apos;s data into it...</source>
        <translation>Daten dieses Lizenzmanagers dorthin &amp;verschieben...</translation>
    </message>
    <message>
        <source>The external database</source>
        <translation>Die externe Datenbank</translation>
    </message>
    <message>
        <source>Both License Managers keep their leases in one PostgreSQL database, which also decides the time of every lease. Create a role and a database for LeaseKeeper, then enter them here. The password is kept in this computer&apos;s keychain, never in a settings file.</source>
        <translation>Beide Lizenzmanager speichern ihre Leases in einer gemeinsamen PostgreSQL-Datenbank, die auch die Zeit jedes Leases bestimmt. Legen Sie eine Rolle und eine Datenbank für LeaseKeeper an und geben Sie sie hier ein. Das Kennwort wird im Schlüsselbund dieses Computers gespeichert, nie in einer Einstellungsdatei.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>Prepare the database</source>
        <translation>Datenbank vorbereiten</translation>
    </message>
    <message>
        <source>Connect to %1 and create or upgrade LeaseKeeper&apos;s tables there? Existing LeaseKeeper data is kept.</source>
        <translation>Mit %1 verbinden und dort die Tabellen von LeaseKeeper anlegen oder aktualisieren? Vorhandene LeaseKeeper-Daten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Verbindung mit %1 wird hergestellt...</translation>
    </message>
    <message>
        <source>Connected; the schema is ready. The database holds %1 leases (%2 active) and %3 denials.</source>
        <translation>Verbunden; das Schema ist bereit. Die Datenbank enthält %1 Leases (%2 aktiv) und %3 Ablehnungen.</translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain: %1</source>
        <translation>Das Kennwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Move the data</source>
        <translation>Daten verschieben</translation>
    </message>
    <message>
        <source>Copy the active leases and the whole history of %1 into %2? The copy is checked before it is kept; a database that already holds leases is not touched.</source>
        <translation>Die aktiven Leases und den gesamten Verlauf von %1 nach %2 kopieren? Die Kopie wird geprüft, bevor sie übernommen wird; eine Datenbank, die bereits Leases enthält, bleibt unverändert.</translation>
    </message>
    <message>
        <source>Copied leases: %1 (active %2), denials: %3, audit entries: %4; the counts match this License Manager&apos;s.</source>
        <translation>Kopierte Leases: %1 (aktiv %2), Ablehnungen: %3, Audit-Einträge: %4; die Anzahlen stimmen mit denen dieses Lizenzmanagers überein.</translation>
    </message>
</context>
<context>
    <name>lk::DeliveryLogTable</name>
    <message>
        <source>Alert delivery log</source>
        <translation>Zustellprotokoll der Alarme</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>lk::DrainStepPage</name>
    <message>
        <source>&amp;Move traffic to the secondary...</source>
        <translation>Datenverkehr zum Sekundärknoten &amp;verlagern...</translation>
    </message>
    <message>
        <source>Move traffic to the secondary</source>
        <translation>Datenverkehr zum Sekundärknoten verlagern</translation>
    </message>
    <message>
        <source>The primary goes into maintenance: its health check fails on purpose, the load balancer sends components to the updated secondary, and requests that still reach the primary are served. Components keep running.</source>
        <translation>Der Primärknoten geht in den Wartungsmodus: seine Zustandsprüfung schlägt absichtlich fehl, der Load Balancer schickt die Komponenten zum aktualisierten Sekundärknoten, und Anfragen, die den Primärknoten noch erreichen, werden bedient. Die Komponenten laufen weiter.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Move traffic</source>
        <translation>Datenverkehr verlagern</translation>
    </message>
    <message>
        <source>Put the primary %1 in maintenance now? It stays in maintenance until it is restarted or you end maintenance.</source>
        <translation>Den Primärknoten %1 jetzt in den Wartungsmodus versetzen? Er bleibt im Wartungsmodus, bis er neu gestartet wird oder Sie die Wartung beenden.</translation>
    </message>
</context>
<context>
    <name>lk::DrillRunner</name>
    <message>
        <source>Asking both nodes for their names...</source>
        <translation>Beide Knoten werden nach ihren Namen gefragt...</translation>
    </message>
    <message>
        <source>Both nodes must answer before the drill can start; check their addresses.</source>
        <translation>Beide Knoten müssen antworten, bevor die Übung beginnen kann; prüfen Sie ihre Adressen.</translation>
    </message>
    <message>
        <source>Both nodes must answer before traffic can move; go back and check them.</source>
        <translation>Beide Knoten müssen antworten, bevor der Datenverkehr verlagert werden kann; gehen Sie zurück und prüfen Sie sie.</translation>
    </message>
    <message>
        <source>Traffic moved to the secondary after %1 ms and returned after %2 ms; %3 of %4 requests through the load balancer failed.</source>
        <translation>Der Verkehr wurde nach %1 ms auf den Sekundärknoten umgeleitet und kehrte nach %2 ms zurück; %3 von %4 Anfragen über den Load Balancer sind fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The drill stopped: %1</source>
        <translation>Die Übung wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>Traffic moved after %1 ms; %2 of %3 requests through the load balancer failed. Now update the primary.</source>
        <translation>Datenverkehr nach %1 ms verlagert; %2 von %3 Anfragen über den Load Balancer sind fehlgeschlagen. Aktualisieren Sie jetzt den Primärknoten.</translation>
    </message>
    <message>
        <source>Traffic did not move: %1</source>
        <translation>Der Datenverkehr wurde nicht verlagert: %1</translation>
    </message>
</context>
<context>
    <name>lk::DrillStepPage</name>
    <message>
        <source>&amp;Run the drill...</source>
        <translation>&amp;Übung durchführen...</translation>
    </message>
    <message>
        <source>Failover drill (optional)</source>
        <translation>Failover-Übung (optional)</translation>
    </message>
    <message>
        <source>Rehearse a failover before you need one: the primary goes into maintenance, the load balancer should move traffic to the secondary within a few seconds without a failed request, and traffic returns when maintenance ends. Components keep running throughout. You can skip this step.</source>
        <translation>Proben Sie einen Failover, bevor Sie ihn brauchen: Der Primärknoten geht in den Wartungsmodus, der Load Balancer sollte den Verkehr innerhalb weniger Sekunden ohne fehlgeschlagene Anfrage auf den Sekundärknoten umleiten, und der Verkehr kehrt zurück, wenn die Wartung endet. Die Komponenten laufen die ganze Zeit weiter. Sie können diesen Schritt überspringen.</translation>
    </message>
    <message>
        <source>Drill progress</source>
        <translation>Fortschritt der Übung</translation>
    </message>
    <message>
        <source>Failover drill</source>
        <translation>Failover-Übung</translation>
    </message>
    <message>
        <source>Put the primary %1 in maintenance now? The load balancer moves traffic to the secondary; maintenance ends by itself when the drill finishes.</source>
        <translation>Den Primärknoten %1 jetzt in den Wartungsmodus versetzen? Der Load Balancer leitet den Verkehr auf den Sekundärknoten um; die Wartung endet von selbst, wenn die Übung abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>lk::FailoverDrill</name>
    <message>
        <source>Putting %1 in maintenance...</source>
        <translation>%1 wird in den Wartungsmodus versetzt...</translation>
    </message>
    <message>
        <source>cancelled; %1 is taken out of maintenance</source>
        <translation>abgebrochen; die Wartung von %1 wird beendet</translation>
    </message>
    <message>
        <source>the admin token was refused</source>
        <translation>das Admin-Token wurde abgelehnt</translation>
    </message>
    <message>
        <source>cannot put %1 in maintenance: %2</source>
        <translation>%1 kann nicht in den Wartungsmodus versetzt werden: %2</translation>
    </message>
    <message>
        <source>cannot take %1 out of maintenance: %2; do it by hand</source>
        <translation>die Wartung von %1 kann nicht beendet werden: %2; beenden Sie sie von Hand</translation>
    </message>
    <message>
        <source>Waiting for the load balancer to move traffic to %1...</source>
        <translation>Warten, bis der Load Balancer den Verkehr auf %1 umleitet...</translation>
    </message>
    <message>
        <source>Waiting for traffic to return to %1...</source>
        <translation>Warten, bis der Verkehr zu %1 zurückkehrt...</translation>
    </message>
    <message>
        <source>after %1 s the load balancer still sends traffic to %2; check its health check of /pingLicenseManager</source>
        <translation>nach %1 s schickt der Load Balancer noch immer Verkehr an %2; prüfen Sie seine Zustandsprüfung von /pingLicenseManager</translation>
    </message>
    <message>
        <source>after %1 s traffic has not returned to %2; check the load balancer</source>
        <translation>nach %1 s ist der Verkehr nicht zu %2 zurückgekehrt; prüfen Sie den Load Balancer</translation>
    </message>
    <message>
        <source>Traffic moved to %1 after %2 ms. Taking %3 out of maintenance...</source>
        <translation>Der Verkehr wurde nach %2 ms auf %1 umgeleitet. Die Wartung von %3 wird beendet...</translation>
    </message>
    <message>
        <source>Taking %1 out of maintenance...</source>
        <translation>%1 wird aus dem Wartungsmodus genommen...</translation>
    </message>
    <message>
        <source>Traffic moved to %1 after %2 ms; %3 stays in maintenance.</source>
        <translation>Datenverkehr nach %2 ms zu %1 verlagert; %3 bleibt im Wartungsmodus.</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
</context>
<context>
    <name>lk::GraceModel</name>
    <message>
        <source>License Manager unreachable for %1: no components in grace</source>
        <translation>Lizenzmanager seit %1 nicht erreichbar: keine Komponente in der Karenzzeit</translation>
    </message>
    <message>
        <source>License Manager unreachable for %1: 1 component in grace, shutdown in %2</source>
        <translation>Lizenzmanager seit %1 nicht erreichbar: 1 Komponente in der Karenzzeit, Abschaltung in %2</translation>
    </message>
    <message>
        <source>License Manager unreachable for %1: %2 components in grace, first shutdown in %3</source>
        <translation>Lizenzmanager seit %1 nicht erreichbar: %2 Komponenten in der Karenzzeit, erste Abschaltung in %3</translation>
    </message>
</context>
<context>
    <name>lk::GracePage</name>
    <message>
        <source>No component is on its grace period: every one renewed on time.</source>
        <translation>Keine Komponente ist in der Karenzzeit: alle haben rechtzeitig erneuert.</translation>
    </message>
    <message>
        <source>A component that cannot renew its lease keeps running for the license&apos;s grace period, then shuts down. A component stopped during its grace period cannot start again until it reaches a License Manager.</source>
        <translation>Eine Komponente, die ihr Lease nicht erneuern kann, läuft für die Karenzzeit der Lizenz weiter und beendet sich dann. Eine während ihrer Karenzzeit beendete Komponente kann erst wieder starten, wenn sie einen Lizenzmanager erreicht.</translation>
    </message>
    <message>
        <source>Components on grace</source>
        <translation>Komponenten in der Karenzzeit</translation>
    </message>
</context>
<context>
    <name>lk::GuardedListener</name>
    <message>
        <source>accepting connections again (%1 open)</source>
        <translation>Verbindungen werden wieder angenommen (%1 offen)</translation>
    </message>
    <message>
        <source>%1 connections open, the limit (--max-connections): new connections get 503 until some close</source>
        <translation>%1 Verbindungen offen, die Grenze (--max-connections): neue Verbindungen erhalten 503, bis einige geschlossen werden</translation>
    </message>
    <message>
        <source>this License Manager has %1 connections open, its limit; try again shortly</source>
        <translation>dieser License Manager hat %1 Verbindungen offen, seine Grenze; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>cannot accept a connection (%1): %2; retrying</source>
        <translation>eine Verbindung kann nicht angenommen werden (%1): %2; neuer Versuch</translation>
    </message>
</context>
<context>
    <name>lk::HaWizard</name>
    <message>
        <source>Set up high availability</source>
        <translation>Hochverfügbarkeit einrichten</translation>
    </message>
    <message>
        <source>The license</source>
        <translation>Die Lizenz</translation>
    </message>
    <message>
        <source>A pair needs a license that allows two License Managers (max_license_managers 2 or more). This License Manager becomes the primary.</source>
        <translation>Ein Paar braucht eine Lizenz, die zwei Lizenzmanager erlaubt (max_license_managers 2 oder mehr). Dieser Lizenzmanager wird der primäre.</translation>
    </message>
    <message>
        <source>&amp;Primary:</source>
        <translation>&amp;Primärknoten:</translation>
    </message>
    <message>
        <source>Clocks in sync</source>
        <translation>Synchrone Uhren</translation>
    </message>
    <message>
        <source>Both hosts must keep their clocks synchronised. On Linux enable NTP (&apos;timedatectl set-ntp true&apos;, or chrony); on Windows turn on Settings &gt; Time &amp; language &gt; Synchronize your clock. Install and start leasekeeper-server on the second host, then enter its address.</source>
        <translation>Beide Hosts müssen ihre Uhren synchron halten. Aktivieren Sie unter Linux NTP (&apos;timedatectl set-ntp true&apos; oder chrony), unter Windows Einstellungen &gt; Zeit und Sprache &gt; Uhr synchronisieren. Installieren und starten Sie leasekeeper-server auf dem zweiten Host und geben Sie dann seine Adresse ein.</translation>
    </message>
    <message>
        <source>&amp;Secondary:</source>
        <translation>Se&amp;kundärknoten:</translation>
    </message>
    <message>
        <source>The secondary</source>
        <translation>Der Sekundärknoten</translation>
    </message>
    <message>
        <source>Start both nodes on the database, with the same license and trusted issuer key:
  leasekeeper-server --db postgresql://USER@HOST:PORT/DBNAME --db-password-file FILE --role primary|secondary --license license.json --trust issuer.pub
Only the License Manager runs clustered: keep the console and other tools off the secondary&apos;s load-balanced address.</source>
        <translation>Starten Sie beide Knoten mit der Datenbank, mit derselben Lizenz und demselben vertrauenswürdigen Ausstellerschlüssel:
  leasekeeper-server --db postgresql://USER@HOST:PORT/DBNAME --db-password-file FILE --role primary|secondary --license license.json --trust issuer.pub
Nur der Lizenzmanager läuft im Cluster: Richten Sie die Konsole und andere Werkzeuge nicht auf die per Load Balancer verteilte Adresse des Sekundärknotens.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Every check of the pair, once more. Finish saves the pair as a connection profile, which the console&apos;s overview then watches.</source>
        <translation>Alle Prüfungen des Paars noch einmal. Abschließen speichert das Paar als Verbindungsprofil, das dann die Übersicht der Konsole überwacht.</translation>
    </message>
    <message>
        <source>HA pair</source>
        <translation>HA-Paar</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Profil speichern</translation>
    </message>
</context>
<context>
    <name>lk::HealthBanner</name>
    <message>
        <source>License Manager health</source>
        <translation>Zustand des Lizenzmanagers</translation>
    </message>
    <message>
        <source>Contacting the License Manager...</source>
        <translation>Lizenzmanager wird kontaktiert...</translation>
    </message>
</context>
<context>
    <name>lk::HistoryModel</name>
    <message>
        <source>released (clean shutdown)</source>
        <translation>freigegeben (sauber beendet)</translation>
    </message>
    <message>
        <source>replaced by a restart</source>
        <translation>durch einen Neustart ersetzt</translation>
    </message>
    <message>
        <source>grace period expired</source>
        <translation>Karenzzeit abgelaufen</translation>
    </message>
    <message>
        <source>freed by an administrator</source>
        <translation>von einem Administrator freigegeben</translation>
    </message>
    <message>
        <source>denied: type not licensed</source>
        <translation>abgelehnt: Typ nicht lizenziert</translation>
    </message>
    <message>
        <source>denied: license expired</source>
        <translation>abgelehnt: Lizenz abgelaufen</translation>
    </message>
    <message>
        <source>denied: instance limit</source>
        <translation>abgelehnt: Instanzgrenze</translation>
    </message>
    <message>
        <source>denied: too many cores per instance</source>
        <translation>abgelehnt: zu viele Kerne pro Instanz</translation>
    </message>
    <message>
        <source>denied: core limit</source>
        <translation>abgelehnt: Kerngrenze</translation>
    </message>
    <message>
        <source>denial</source>
        <translation>Ablehnung</translation>
    </message>
    <message>
        <source>lease</source>
        <translation>Lease</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>Kerne</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>denied: host group cap</source>
        <translation>abgewiesen: Obergrenze der Hostgruppe</translation>
    </message>
    <message>
        <source>denied: reserved for another host group</source>
        <translation>abgewiesen: für eine andere Hostgruppe reserviert</translation>
    </message>
    <message>
        <source>reclaimed (process gone)</source>
        <translation>freigegeben (Prozess beendet)</translation>
    </message>
</context>
<context>
    <name>lk::HistoryPage</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Component type</source>
        <translation>Komponententyp</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Alle Gründe</translation>
    </message>
    <message>
        <source>Usage history</source>
        <translation>Nutzungsverlauf</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Could not read the history: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: %2 cores, %3 instances (%4)</source>
        <translation>%1: %2 Kerne, %3 Instanzen (%4)</translation>
    </message>
    <message>
        <source>No leases in this period.</source>
        <translation>Keine Leases in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Peak concurrent use: %1</source>
        <translation>Höchste gleichzeitige Nutzung: %1</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>CSV ex&amp;portieren...</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Typ:</translation>
    </message>
</context>
<context>
    <name>lk::HttpConnection</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>die Verbindung ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>lk::HttpServer</name>
    <message>
        <source>request body of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>der Anfragetext mit %1 Bytes überschreitet die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <source>%1 is not allowed on %2; use %3</source>
        <translation>%1 ist auf %2 nicht erlaubt; verwenden Sie %3</translation>
    </message>
    <message>
        <source>no such endpoint: %1</source>
        <translation>kein solcher Endpunkt: %1</translation>
    </message>
    <message>
        <source>no such endpoint</source>
        <translation>kein solcher Endpunkt</translation>
    </message>
</context>
<context>
    <name>lk::LeaseRowModel</name>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>Kerne</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Vergeben</translation>
    </message>
    <message>
        <source>Last renewal</source>
        <translation>Letzte Erneuerung</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Bereitgestellt von</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Shuts down in</source>
        <translation>Abschaltung in</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>shuts down in %1</source>
        <translation>Abschaltung in %1</translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation>wird beendet</translation>
    </message>
    <message>
        <source>Grace deadline: %1</source>
        <translation>Ende der Karenzzeit: %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Befund</translation>
    </message>
</context>
<context>
    <name>lk::LeaseService</name>
    <message>
        <source>no license is loaded</source>
        <translation>keine Lizenz geladen</translation>
    </message>
    <message>
        <source>this License Manager cannot grant leases: %1</source>
        <translation>dieser Lizenzmanager kann keine Leases vergeben: %1</translation>
    </message>
    <message>
        <source>the License Manager is overloaded; retry shortly</source>
        <translation>der Lizenzmanager ist überlastet; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message numerus="yes">
        <source>the license allows %n License Manager(s) and it is already served by %1; stop a node or install a license that allows more</source>
        <translation>
            <numerusform>die Lizenz erlaubt %n Lizenzmanager, und sie wird bereits von %1 bereitgestellt; beenden Sie einen Knoten oder installieren Sie eine Lizenz, die mehr erlaubt</numerusform>
            <numerusform>die Lizenz erlaubt %n Lizenzmanager, und sie wird bereits von %1 bereitgestellt; beenden Sie einen Knoten oder installieren Sie eine Lizenz, die mehr erlaubt</numerusform>
        </translation>
    </message>
    <message>
        <source>a License Manager place of the license is free again: this node serves</source>
        <translation>Ein Lizenzmanager-Platz der Lizenz ist wieder frei: dieser Knoten bedient</translation>
    </message>
</context>
<context>
    <name>lk::LeasesPage</name>
    <message>
        <source>Search instance, host, IP address or node</source>
        <translation>Instanz, Host, IP-Adresse oder Knoten suchen</translation>
    </message>
    <message>
        <source>Search leases</source>
        <translation>Leases suchen</translation>
    </message>
    <message>
        <source>Component type</source>
        <translation>Komponententyp</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>End the selected lease now. Its component stops being counted; if it is still running it will ask for a new lease at its next renewal.</source>
        <translation>Beendet das ausgewählte Lease sofort. Seine Komponente wird nicht mehr mitgezählt; läuft sie noch, fordert sie bei ihrer nächsten Erneuerung ein neues Lease an.</translation>
    </message>
    <message>
        <source>Active leases</source>
        <translation>Aktive Leases</translation>
    </message>
    <message>
        <source>Export leases</source>
        <translation>Leases exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lease(s) shown</source>
        <translation>
            <numerusform>%1 von %n Lease angezeigt</numerusform>
            <numerusform>%1 von %n Leases angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Free lease</source>
        <translation>Lease freigeben</translation>
    </message>
    <message>
        <source>Why is the lease of %1 on %2 being freed? The reason is kept in the history.</source>
        <translation>Warum wird das Lease von %1 auf %2 freigegeben? Der Grund wird im Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>Free the lease of %1 (%2 cores)? If the component is still running it will ask for a new lease at its next renewal, and may be denied if the license is full.</source>
        <translation>Das Lease von %1 (%2 Kerne) freigeben? Läuft die Komponente noch, fordert sie bei ihrer nächsten Erneuerung ein neues Lease an, das abgelehnt werden kann, wenn die Lizenz ausgeschöpft ist.</translation>
    </message>
    <message>
        <source>&amp;Free lease...</source>
        <translation>Lease &amp;freigeben...</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>CSV ex&amp;portieren...</translation>
    </message>
    <message>
        <source>Freeing a lease needs an admin token; this console has a viewer token.</source>
        <translation>Zum Freigeben eines Leases ist ein Admin-Token nötig; diese Konsole hat ein Lese-Token.</translation>
    </message>
</context>
<context>
    <name>lk::LicenseApi</name>
    <message>
        <source>the admin API is disabled: start the server with --admin-token-file</source>
        <translation>die Admin-API ist deaktiviert: starten Sie den Server mit --admin-token-file</translation>
    </message>
    <message>
        <source>no license is loaded</source>
        <translation>keine Lizenz geladen</translation>
    </message>
    <message>
        <source>license %1 expired on %2</source>
        <translation>die Lizenz %1 ist am %2 abgelaufen</translation>
    </message>
    <message>
        <source>this node is in maintenance mode</source>
        <translation>dieser Knoten ist im Wartungsmodus</translation>
    </message>
    <message>
        <source>License Manager %1 is ready</source>
        <translation>Lizenzmanager %1 ist bereit</translation>
    </message>
    <message>
        <source>no active lease with this id; request a new lease</source>
        <translation>kein aktives Lease mit dieser ID; fordern Sie ein neues Lease an</translation>
    </message>
    <message>
        <source>no active lease with this id</source>
        <translation>kein aktives Lease mit dieser ID</translation>
    </message>
    <message>
        <source>admin token</source>
        <translation>Admin-Token</translation>
    </message>
    <message>
        <source>this License Manager needs the site key: send it in the header &apos;X-Site-Key&apos; (component option --site-key-file)</source>
        <translation>dieser License Manager verlangt den Site-Schlüssel: senden Sie ihn im Header &apos;X-Site-Key&apos; (Komponenten-Option --site-key-file)</translation>
    </message>
    <message>
        <source>site key</source>
        <translation>Site-Schlüssel</translation>
    </message>
    <message>
        <source>the &apos;X-Site-Key&apos; header does not hold this License Manager&apos;s site key; check the component&apos;s --site-key-file</source>
        <translation>der Header &apos;X-Site-Key&apos; enthält nicht den Site-Schlüssel dieses License Managers; prüfen Sie --site-key-file der Komponente</translation>
    </message>
    <message>
        <source>too many failed authentication attempts from %1; try again in %2 (at %3)</source>
        <translation>zu viele fehlgeschlagene Anmeldeversuche von %1; versuchen Sie es in %2 erneut (um %3)</translation>
    </message>
    <message>
        <source>%1 locked out for %2 after %3 failed authentication attempts (last: %4)</source>
        <translation>%1 für %2 gesperrt nach %3 fehlgeschlagenen Anmeldeversuchen (zuletzt: %4)</translation>
    </message>
    <message>
        <source>&apos;after&apos; must be a sequence number (0 or more)</source>
        <translation>&apos;after&apos; muss eine Sequenznummer sein (0 oder größer)</translation>
    </message>
    <message>
        <source>a token that is not valid here, for %1 %2</source>
        <translation>ein hier ungültiges Token, für %1 %2</translation>
    </message>
    <message>
        <source>this endpoint needs &apos;Authorization: Bearer &lt;token&gt;&apos; with an admin or viewer token of this server</source>
        <translation>dieser Endpunkt braucht &apos;Authorization: Bearer &lt;token&gt;&apos; mit einem Admin- oder Lese-Token dieses Servers</translation>
    </message>
    <message>
        <source>a viewer token cannot change anything</source>
        <translation>ein Lese-Token kann nichts ändern</translation>
    </message>
    <message>
        <source>the token &apos;%1&apos; is a viewer token: it can read but not change anything; this needs an admin token</source>
        <translation>das Token &apos;%1&apos; ist ein Lese-Token: es kann lesen, aber nichts ändern; dafür ist ein Admin-Token nötig</translation>
    </message>
    <message>
        <source>first use of this token from this address since the node started</source>
        <translation>erste Verwendung dieses Tokens von dieser Adresse seit dem Start des Knotens</translation>
    </message>
    <message>
        <source>%1 by %2 from %3: %4 %5 %6</source>
        <translation>%1 durch %2 von %3: %4 %5 %6</translation>
    </message>
    <message>
        <source>an audit entry was not stored in the database (it is in this log): %1</source>
        <translation>ein Audit-Eintrag wurde nicht in der Datenbank gespeichert (er steht in diesem Log): %1</translation>
    </message>
    <message>
        <source>%1 by %2 from %3: %4 %5</source>
        <translation>%1 durch %2 von %3: %4 %5</translation>
    </message>
    <message>
        <source>already in maintenance</source>
        <translation>war bereits in Wartung</translation>
    </message>
    <message>
        <source>already out of maintenance</source>
        <translation>war bereits außerhalb der Wartung</translation>
    </message>
    <message>
        <source>this node trusts no issuer public key, so it cannot check the license sent; start it with --trust FILE</source>
        <translation>dieser Knoten vertraut keinem öffentlichen Ausstellerschlüssel und kann die gesendete Lizenz daher nicht prüfen; mit --trust FILE starten</translation>
    </message>
    <message>
        <source>the license sent cannot be used: %1</source>
        <translation>die gesendete Lizenz ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>%1 or more leases in the last %2 days; check fewer days</source>
        <translation>%1 oder mehr Leases in den letzten %2 Tagen; weniger Tage prüfen</translation>
    </message>
    <message>
        <source>webhook %1</source>
        <translation>Webhook %1</translation>
    </message>
    <message>
        <source>no webhook</source>
        <translation>kein Webhook</translation>
    </message>
    <message>
        <source>mail to %1 via %2</source>
        <translation>Mail an %1 über %2</translation>
    </message>
    <message>
        <source>no mail</source>
        <translation>keine Mail</translation>
    </message>
    <message>
        <source>%1 of %2 rules on</source>
        <translation>%1 von %2 Regeln aktiv</translation>
    </message>
    <message>
        <source>this node has not started its alerts yet</source>
        <translation>dieser Knoten hat seine Alarme noch nicht gestartet</translation>
    </message>
    <message>
        <source>no webhook or mail set; shown in the console only</source>
        <translation>weder Webhook noch Mail gesetzt; nur in der Konsole angezeigt</translation>
    </message>
</context>
<context>
    <name>lk::LicenseCard</name>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Licensee:</source>
        <translation>Lizenznehmer:</translation>
    </message>
    <message>
        <source>License id:</source>
        <translation>Lizenz-ID:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Verbleibende Zeit:</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>no license loaded</source>
        <translation>keine Lizenz geladen</translation>
    </message>
    <message>
        <source>%1 instances in use</source>
        <translation>%1 Instanzen belegt</translation>
    </message>
    <message>
        <source>%1 cores in use</source>
        <translation>%1 Kerne belegt</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>läuft in %1 ab</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>ABGELAUFEN</translation>
    </message>
    <message>
        <source>%1 of %2 instances</source>
        <translation>%1 von %2 Instanzen</translation>
    </message>
    <message>
        <source>%1 of %2 cores</source>
        <translation>%1 von %2 Kernen</translation>
    </message>
</context>
<context>
    <name>lk::LicenseClient</name>
    <message>
        <source>no License Manager URL is configured</source>
        <translation>keine Lizenzmanager-URL konfiguriert</translation>
    </message>
    <message>
        <source>lease released</source>
        <translation>Lease freigegeben</translation>
    </message>
    <message>
        <source>could not release the lease (%1); the License Manager frees it when its grace period ends</source>
        <translation>das Lease konnte nicht freigegeben werden (%1); der Lizenzmanager gibt es frei, wenn seine Karenzzeit endet</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>cannot reach any License Manager at %1: %2</source>
        <translation>kein Lizenzmanager unter %1 erreichbar: %2</translation>
    </message>
    <message>
        <source>cannot renew the lease at %1 (%2); running on grace, shutting down in %3 unless a renewal succeeds</source>
        <translation>das Lease kann bei %1 nicht erneuert werden (%2); Betrieb in der Karenzzeit, Abschaltung in %3, falls keine Erneuerung gelingt</translation>
    </message>
    <message>
        <source>the License Manager&apos;s answer lacks a lease id, a renewal interval or a grace period</source>
        <translation>der Antwort des Lizenzmanagers fehlt eine Lease-ID, ein Erneuerungsintervall oder eine Karenzzeit</translation>
    </message>
    <message>
        <source>licensed; renewing every %1</source>
        <translation>lizenziert; Erneuerung alle %1</translation>
    </message>
    <message>
        <source>lease renewed; grace period over</source>
        <translation>Lease erneuert; Karenzzeit beendet</translation>
    </message>
    <message>
        <source>lease renewed</source>
        <translation>Lease erneuert</translation>
    </message>
    <message>
        <source>grace period of %1 ran out: no License Manager at %2 renewed the lease; shutting down</source>
        <translation>Karenzzeit von %1 abgelaufen: kein Lizenzmanager unter %2 hat das Lease erneuert; wird beendet</translation>
    </message>
    <message>
        <source>the License Manager ended lease %1 (it no longer knows it) and no License Manager at %2 granted a new one (%3); running on grace, shutting down in %4 unless a new lease is granted</source>
        <translation>der License Manager hat Lease %1 beendet (er kennt ihn nicht mehr) und kein License Manager unter %2 hat einen neuen gewährt (%3); läuft in der Karenzzeit, Abschaltung in %4, sofern kein neuer Lease gewährt wird</translation>
    </message>
    <message>
        <source>the License Manager ended lease %1 (it no longer knows it) and refuses a new one now: %2; running on grace, shutting down in %3 unless a seat frees up</source>
        <translation>der License Manager hat Lease %1 beendet (er kennt ihn nicht mehr) und verweigert jetzt einen neuen: %2; läuft in der Karenzzeit, Abschaltung in %3, sofern kein Platz frei wird</translation>
    </message>
    <message>
        <source>licensed again with new lease %1 (the License Manager had ended lease %2); grace period over</source>
        <translation>wieder lizenziert mit neuem Lease %1 (der License Manager hatte Lease %2 beendet); Karenzzeit vorbei</translation>
    </message>
    <message>
        <source>the License Manager had ended lease %1 (it no longer knew it); licensed again with new lease %2</source>
        <translation>der License Manager hatte Lease %1 beendet (er kannte ihn nicht mehr); wieder lizenziert mit neuem Lease %2</translation>
    </message>
    <message>
        <source>grace period of %1 ran out: no License Manager at %2 granted a new lease after lease %3 was ended; shutting down</source>
        <translation>Karenzzeit von %1 abgelaufen: kein License Manager unter %2 hat nach dem Ende von Lease %3 einen neuen gewährt; wird beendet</translation>
    </message>
</context>
<context>
    <name>lk::LicenseFitDialog</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Export refusals as CSV...</source>
        <translation>Abweisungen als CSV &amp;exportieren...</translation>
    </message>
    <message>
        <source>Component type</source>
        <translation>Komponententyp</translation>
    </message>
    <message>
        <source>Allowed (instances / cores)</source>
        <translation>Erlaubt (Instanzen / Kerne)</translation>
    </message>
    <message>
        <source>Peak use</source>
        <translation>Spitzennutzung</translation>
    </message>
    <message>
        <source>Headroom at the peak</source>
        <translation>Reserve in der Spitze</translation>
    </message>
    <message>
        <source>Would refuse</source>
        <translation>Würde abweisen</translation>
    </message>
    <message>
        <source>Use per type against the license</source>
        <translation>Nutzung je Typ gegenüber der Lizenz</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>Kerne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Starts the license would have refused</source>
        <translation>Starts, die die Lizenz abgewiesen hätte</translation>
    </message>
    <message>
        <source>Export refusals as CSV</source>
        <translation>Abweisungen als CSV exportieren</translation>
    </message>
    <message>
        <source>Check %1 against past usage</source>
        <translation>%1 gegen die bisherige Nutzung prüfen</translation>
    </message>
    <message>
        <source>Would this license have held? The License Manager replays the leases it recorded against the limits of %1, start by start, as it would have granted them. Nothing is changed.</source>
        <translation>Hätte diese Lizenz gereicht? Der Lizenzmanager spielt die aufgezeichneten Leases gegen die Grenzen von %1 ab, Start für Start, wie er sie gewährt hätte. Es wird nichts geändert.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Days of usage to replay</source>
        <translation>Abzuspielende Tage der Nutzung</translation>
    </message>
    <message>
        <source>&amp;Replay the last</source>
        <translation>Die letzten &amp;abspielen:</translation>
    </message>
    <message numerus="yes">
        <source>Replaying the last %n day(s) of usage...</source>
        <translation>
            <numerusform>Der letzte Tag der Nutzung wird abgespielt...</numerusform>
            <numerusform>Die letzten %n Tage der Nutzung werden abgespielt...</numerusform>
        </translation>
    </message>
    <message>
        <source>License %1 for %2</source>
        <translation>Lizenz %1 für %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 would have held: none of the %n lease(s) of the last %2 days would have been refused.</source>
        <translation>
            <numerusform>%1 hätte gereicht: das eine Lease der letzten %2 Tage wäre nicht abgewiesen worden.</numerusform>
            <numerusform>%1 hätte gereicht: keines der %n Leases der letzten %2 Tage wäre abgewiesen worden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 would have refused %n start(s) in the last %2 days.</source>
        <translation>
            <numerusform>%1 hätte in den letzten %2 Tagen %n Start abgewiesen.</numerusform>
            <numerusform>%1 hätte in den letzten %2 Tagen %n Starts abgewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>not licensed</source>
        <translation>nicht lizenziert</translation>
    </message>
</context>
<context>
    <name>lk::LicenseInstallService</name>
    <message>
        <source>the license was installed but the License Manager does not serve it: %1</source>
        <translation>die Lizenz wurde installiert, aber der License Manager stellt sie nicht bereit: %1</translation>
    </message>
    <message>
        <source>another license is served</source>
        <translation>eine andere Lizenz wird bereitgestellt</translation>
    </message>
</context>
<context>
    <name>lk::LicensePage</name>
    <message>
        <source>Licensed component types</source>
        <translation>Lizenzierte Komponententypen</translation>
    </message>
    <message>
        <source>Component type</source>
        <translation>Komponententyp</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Cores per instance</source>
        <translation>Kerne pro Instanz</translation>
    </message>
    <message>
        <source>Total cores</source>
        <translation>Kerne insgesamt</translation>
    </message>
    <message>
        <source>Install licenses with the console on the License Manager&apos;s own host.</source>
        <translation>Installieren Sie Lizenzen mit der Konsole auf dem Host des Lizenzmanagers selbst.</translation>
    </message>
    <message>
        <source>License:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>none usable: %1</source>
        <translation>keine verwendbare: %1</translation>
    </message>
    <message>
        <source>Licensee:</source>
        <translation>Lizenznehmer:</translation>
    </message>
    <message>
        <source>License id:</source>
        <translation>Lizenz-ID:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Grace period:</source>
        <translation>Karenzzeit:</translation>
    </message>
    <message>
        <source>Renewal interval:</source>
        <translation>Erneuerungsintervall:</translation>
    </message>
    <message>
        <source>License Managers allowed:</source>
        <translation>Erlaubte Lizenzmanager:</translation>
    </message>
    <message>
        <source>Issuer key:</source>
        <translation>Ausstellerschlüssel:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>Choose the license file</source>
        <translation>Lizenzdatei auswählen</translation>
    </message>
    <message>
        <source>License files (*.json *.lic);;All files (*)</source>
        <translation>Lizenzdateien (*.json *.lic);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the issuer&apos;s public key</source>
        <translation>Öffentlichen Schlüssel des Ausstellers auswählen</translation>
    </message>
    <message>
        <source>Public keys (*.pub *.json);;All files (*)</source>
        <translation>Öffentliche Schlüssel (*.pub *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>unusable license</source>
        <translation>unbrauchbare Lizenz</translation>
    </message>
    <message>
        <source>Not installed (%1): %2</source>
        <translation>Nicht installiert (%1): %2</translation>
    </message>
    <message>
        <source>Replace license %1 (%2) with license %3 (%4), valid until %5?</source>
        <translation>Lizenz %1 (%2) durch Lizenz %3 (%4), gültig bis %5, ersetzen?</translation>
    </message>
    <message>
        <source>Install license %1 (%2)?</source>
        <translation>Lizenz %1 (%2) installieren?</translation>
    </message>
    <message>
        <source>Install license</source>
        <translation>Lizenz installieren</translation>
    </message>
    <message>
        <source>License %1 for %2 is installed and served.</source>
        <translation>Die Lizenz %1 für %2 ist installiert und wird bereitgestellt.</translation>
    </message>
    <message>
        <source>&amp;Install license...</source>
        <translation>Lizenz &amp;installieren...</translation>
    </message>
    <message>
        <source>&amp;Check a license against past usage...</source>
        <translation>Lizenz gegen bisherige Nutzung &amp;prüfen...</translation>
    </message>
    <message>
        <source>Would a renewal offer or a smaller tier have held the starts of the last days?</source>
        <translation>Hätte ein Verlängerungsangebot oder eine kleinere Stufe für die Starts der letzten Tage gereicht?</translation>
    </message>
    <message>
        <source>Choose the license to check against past usage</source>
        <translation>Die gegen die bisherige Nutzung zu prüfende Lizenz wählen</translation>
    </message>
    <message>
        <source>license file</source>
        <translation>Lizenzdatei</translation>
    </message>
    <message>
        <source>Host groups (policy file): use against reserve and cap</source>
        <translation>Hostgruppen (Richtliniendatei): Nutzung gegenüber Reserve und Obergrenze</translation>
    </message>
    <message>
        <source>Host groups</source>
        <translation>Hostgruppen</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>In use (instances / cores)</source>
        <translation>Belegt (Instanzen / Kerne)</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>(other hosts)</source>
        <translation>(andere Hosts)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n Instanz</numerusform>
            <numerusform>%n Instanzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n Kern</numerusform>
            <numerusform>%n Kerne</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::LicenseServer</name>
    <message>
        <source>no issuer public key is trusted; start the server with --trust FILE</source>
        <translation>keinem öffentlichen Ausstellerschlüssel wird vertraut; starten Sie den Server mit --trust FILE</translation>
    </message>
    <message>
        <source>license problem: %1</source>
        <translation>Lizenzproblem: %1</translation>
    </message>
    <message>
        <source>serving license %1 for %2</source>
        <translation>stelle Lizenz %1 für %2 bereit</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>kann nicht auf %1 Port %2 lauschen: %3</translation>
    </message>
    <message>
        <source>node %1 listening on %2 port %3, store %4</source>
        <translation>Knoten %1 lauscht auf %2 Port %3, Speicher %4</translation>
    </message>
    <message>
        <source>maintenance mode on: /pingLicenseManager answers 503</source>
        <translation>Wartungsmodus eingeschaltet: /pingLicenseManager antwortet mit 503</translation>
    </message>
    <message>
        <source>maintenance mode off</source>
        <translation>Wartungsmodus ausgeschaltet</translation>
    </message>
    <message>
        <source>the limit of %1 open files (ulimit -n) is below --max-connections %2: connections beyond it wait in the kernel&apos;s queue</source>
        <translation>die Grenze von %1 offenen Dateien (ulimit -n) liegt unter --max-connections %2: Verbindungen darüber warten in der Warteschlange des Kernels</translation>
    </message>
    <message>
        <source>TLS on port %1 for %2, certificate valid until %3; plain HTTP %4</source>
        <translation>TLS auf Port %1 für %2, Zertifikat gültig bis %3; unverschlüsseltes HTTP: %4</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>accepted too</source>
        <translation>ebenfalls angenommen</translation>
    </message>
    <message>
        <source>components must send the site key from %1</source>
        <translation>Komponenten müssen den Site-Schlüssel aus %1 senden</translation>
    </message>
    <message>
        <source>%1: re-reading the license and the TLS certificate</source>
        <translation>%1: Lizenz und TLS-Zertifikat werden neu gelesen</translation>
    </message>
    <message>
        <source>%1: re-reading the license</source>
        <translation>%1: Lizenz wird neu gelesen</translation>
    </message>
    <message>
        <source>this host&apos;s clock is not synchronized: %1</source>
        <translation>die Uhr dieses Hosts ist nicht synchronisiert: %1</translation>
    </message>
    <message>
        <source>clock synchronization (%1): %2</source>
        <translation>Uhrsynchronisation (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) accepted</source>
        <translation>
            <numerusform>%n Token akzeptiert</numerusform>
            <numerusform>%n Token akzeptiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the tokens accepted so far stay</source>
        <translation>%1; die bisher akzeptierten Token bleiben gültig</translation>
    </message>
    <message numerus="yes">
        <source>host group policy %1: %n rule(s)</source>
        <translation>
            <numerusform>Hostgruppen-Richtlinie %1: %n Regel</numerusform>
            <numerusform>Hostgruppen-Richtlinie %1: %n Regeln</numerusform>
        </translation>
    </message>
    <message>
        <source>policy file changed</source>
        <translation>Richtliniendatei geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) in force for the next grants; running leases stay</source>
        <translation>
            <numerusform>%n Regel gilt für die nächsten Vergaben; laufende Leases bleiben</numerusform>
            <numerusform>%n Regeln gelten für die nächsten Vergaben; laufende Leases bleiben</numerusform>
        </translation>
    </message>
    <message>
        <source>host group policy %1 re-read: %2</source>
        <translation>Hostgruppen-Richtlinie %1 neu gelesen: %2</translation>
    </message>
    <message>
        <source>%1; the policy in force stays</source>
        <translation>%1; die geltende Richtlinie bleibt</translation>
    </message>
    <message>
        <source>alerts file changed</source>
        <translation>Alarmdatei geändert</translation>
    </message>
    <message>
        <source>alert settings from %1</source>
        <translation>Alarmeinstellungen aus %1</translation>
    </message>
    <message>
        <source>alert settings re-read</source>
        <translation>Alarmeinstellungen neu gelesen</translation>
    </message>
    <message>
        <source>%1; the settings in force stay</source>
        <translation>%1; die geltenden Einstellungen bleiben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>overdue leases are probed every %1 s and reclaimed after %2 s overdue when %3 probes in a row are refused</source>
        <translation>überfällige Leases werden alle %1 s geprüft und nach %2 s Überfälligkeit freigegeben, wenn %3 Prüfungen in Folge abgewiesen werden</translation>
    </message>
</context>
<context>
    <name>lk::LoadBalancerStepPage</name>
    <message>
        <source>The load balancer</source>
        <translation>Der Load Balancer</translation>
    </message>
    <message>
        <source>The load balancer sends every request to the primary and, when its /pingLicenseManager stops answering 200, to the secondary. Choose yours to get a configuration with fast failure detection and safe retries; install it, then enter the virtual host components will use.</source>
        <translation>Der Load Balancer schickt jede Anfrage an den Primärknoten und, sobald dessen /pingLicenseManager nicht mehr mit 200 antwortet, an den Sekundärknoten. Wählen Sie Ihren aus, um eine Konfiguration mit schneller Fehlererkennung und sicheren Wiederholungen zu erhalten; installieren Sie sie und geben Sie dann den virtuellen Host ein, den die Komponenten verwenden werden.</translation>
    </message>
    <message>
        <source>Configure an active-passive pool:
- members: %1 (primary) and %2 (backup, used only when the primary is down)
- health check: GET /pingLicenseManager every second, healthy on status 200, down after 2 failures, up after 3 successes
- retry a request that failed on the primary on the backup (renewals, grants and releases are idempotent)
- a request timeout of about 3 s to a member</source>
        <translation>Konfigurieren Sie einen Aktiv-Passiv-Pool:
- Mitglieder: %1 (primär) und %2 (Backup, nur verwendet, wenn der primäre ausgefallen ist)
- Zustandsprüfung: GET /pingLicenseManager jede Sekunde, gesund bei Status 200, ausgefallen nach 2 Fehlschlägen, wieder verfügbar nach 3 Erfolgen
- eine auf dem primären fehlgeschlagene Anfrage auf dem Backup wiederholen (Erneuerungen, Vergaben und Freigaben sind idempotent)
- ein Zeitlimit von etwa 3 s pro Anfrage an ein Mitglied</translation>
    </message>
    <message>
        <source>Save the configuration</source>
        <translation>Konfiguration speichern</translation>
    </message>
    <message>
        <source>HAProxy</source>
        <translation>HAProxy</translation>
    </message>
    <message>
        <source>nginx</source>
        <translation>nginx</translation>
    </message>
    <message>
        <source>Another load balancer</source>
        <translation>Ein anderer Load Balancer</translation>
    </message>
    <message>
        <source>Generated configuration</source>
        <translation>Erzeugte Konfiguration</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save as...</source>
        <translation>&amp;Speichern unter...</translation>
    </message>
    <message>
        <source>Load &amp;balancer:</source>
        <translation>Load &amp;Balancer:</translation>
    </message>
    <message>
        <source>&amp;Listen address:</source>
        <translation>&amp;Listen-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Virtual host:</source>
        <translation>&amp;Virtueller Host:</translation>
    </message>
</context>
<context>
    <name>lk::MailChannel</name>
    <message>
        <source>after %1 attempts: %2</source>
        <translation>nach %1 Versuchen: %2</translation>
    </message>
</context>
<context>
    <name>lk::MainWindow</name>
    <message>
        <source>LeaseKeeper</source>
        <translation>LeaseKeeper</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>%1, last answer at %2</source>
        <translation>%1, letzte Antwort um %2</translation>
    </message>
    <message>
        <source>%1 does not answer (checked at %2)</source>
        <translation>%1 antwortet nicht (geprüft um %2)</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Trotzdem beenden</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Components depend on this License Manager</source>
        <translation>Komponenten hängen von diesem Lizenzmanager ab</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) hold leases from the License Manager in this console. If you quit, they keep running on their grace period (%1) and then shut down, and none of them can start again until a License Manager answers.</source>
        <translation>
            <numerusform>%n Komponente hat ein Lease vom Lizenzmanager dieser Konsole. Wenn Sie beenden, läuft sie in ihrer Karenzzeit (%1) weiter und beendet sich dann, und sie kann erst wieder starten, wenn ein Lizenzmanager antwortet.</numerusform>
            <numerusform>%n Komponenten haben Leases vom Lizenzmanager dieser Konsole. Wenn Sie beenden, laufen sie in ihrer Karenzzeit (%1) weiter und beenden sich dann, und keine von ihnen kann wieder starten, bis ein Lizenzmanager antwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>LeaseKeeper: License Manager running</source>
        <translation>LeaseKeeper: Lizenzmanager läuft</translation>
    </message>
    <message>
        <source>Show LeaseKeeper</source>
        <translation>LeaseKeeper anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Connection &amp;profiles...</source>
        <translation>&amp;Verbindungsprofile...</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>%1 - LeaseKeeper</source>
        <translation>%1 - LeaseKeeper</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>Set up &amp;high availability...</source>
        <translation>&amp;Hochverfügbarkeit einrichten...</translation>
    </message>
    <message>
        <source>&amp;Update the pair node by node...</source>
        <translation>Paar Knoten für Knoten &amp;aktualisieren...</translation>
    </message>
    <message>
        <source>Read-only: viewer token &apos;%1&apos;</source>
        <translation>Nur lesen: Lese-Token &apos;%1&apos;</translation>
    </message>
    <message>
        <source>This token can read everything but change nothing: freeing leases, maintenance and the wizards need an admin token.</source>
        <translation>Dieses Token kann alles lesen, aber nichts ändern: Freigeben von Leases, Wartung und die Assistenten brauchen ein Admin-Token.</translation>
    </message>
    <message>
        <source>Needs an admin token</source>
        <translation>Braucht ein Admin-Token</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Alerts...</source>
        <translation>&amp;Alarme...</translation>
    </message>
</context>
<context>
    <name>lk::NodeCard</name>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>Clock offset</source>
        <translation>Uhrabweichung</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>yes, ready</source>
        <translation>ja, bereit</translation>
    </message>
    <message>
        <source>yes, NOT ready</source>
        <translation>ja, NICHT bereit</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
    <message>
        <source>%1, up %2</source>
        <translation>%1, läuft seit %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>fehlerfrei</translation>
    </message>
    <message>
        <source>on: the load balancer moves traffic away</source>
        <translation>an: der Load Balancer leitet den Verkehr um</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>Service %1, answered by %2</source>
        <translation>Dienst %1, beantwortet von %2</translation>
    </message>
</context>
<context>
    <name>lk::NodeClient</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: HTTP %2 %3</source>
        <translation>%1: HTTP %2 %3</translation>
    </message>
    <message>
        <source>listing leases</source>
        <translation>Auflisten der Leases</translation>
    </message>
    <message>
        <source>reading the history</source>
        <translation>Lesen des Verlaufs</translation>
    </message>
    <message>
        <source>freeing the lease</source>
        <translation>Freigeben des Leases</translation>
    </message>
    <message>
        <source>listing renewals</source>
        <translation>Auflisten der Erneuerungen</translation>
    </message>
    <message>
        <source>listing leases: %1</source>
        <translation>Auflisten der Leases: %1</translation>
    </message>
    <message>
        <source>listing renewals: %1</source>
        <translation>Auflisten der Erneuerungen: %1</translation>
    </message>
    <message>
        <source>reading the history: %1</source>
        <translation>Lesen des Verlaufs: %1</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>beim Lesen des Audit-Protokolls</translation>
    </message>
    <message>
        <source>reading the audit trail: %1</source>
        <translation>beim Lesen des Audit-Protokolls: %1</translation>
    </message>
    <message>
        <source>asking what the token may do</source>
        <translation>beim Abfragen, was das Token darf</translation>
    </message>
    <message>
        <source>asking what the token may do: %1</source>
        <translation>beim Abfragen, was das Token darf: %1</translation>
    </message>
    <message>
        <source>checking the license against past usage</source>
        <translation>Prüfen der Lizenz gegen die bisherige Nutzung</translation>
    </message>
    <message>
        <source>checking the license against past usage: %1</source>
        <translation>Prüfen der Lizenz gegen die bisherige Nutzung: %1</translation>
    </message>
    <message>
        <source>reading the usage</source>
        <translation>Lesen der Nutzung</translation>
    </message>
    <message>
        <source>reading the usage: %1</source>
        <translation>Lesen der Nutzung: %1</translation>
    </message>
    <message>
        <source>reading the host groups</source>
        <translation>Lesen der Hostgruppen</translation>
    </message>
    <message>
        <source>reading the host groups: %1</source>
        <translation>Lesen der Hostgruppen: %1</translation>
    </message>
    <message>
        <source>reading the alerts</source>
        <translation>Lesen der Alarme</translation>
    </message>
    <message>
        <source>reading the alert settings</source>
        <translation>Lesen der Alarmeinstellungen</translation>
    </message>
    <message>
        <source>saving the alert settings</source>
        <translation>Speichern der Alarmeinstellungen</translation>
    </message>
    <message>
        <source>sending a test alert</source>
        <translation>Senden eines Testalarms</translation>
    </message>
</context>
<context>
    <name>lk::NodeUpdatePage</name>
    <message>
        <source>This node already runs the new version: no restart needed</source>
        <translation>Dieser Knoten hat die neue Version schon: kein Neustart nötig</translation>
    </message>
</context>
<context>
    <name>lk::OverviewPage</name>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>Keine Warnungen.</translation>
    </message>
</context>
<context>
    <name>lk::ProfilesDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Open in a new window</source>
        <translation>In neuem &amp;Fenster öffnen</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Gespeicherte Profile</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>kept in the system keychain; leave empty to keep the stored one</source>
        <translation>wird im Schlüsselbund des Systems gespeichert; leer lassen, um das gespeicherte zu behalten</translation>
    </message>
    <message>
        <source>&amp;Service address:</source>
        <translation>&amp;Dienstadresse:</translation>
    </message>
    <message>
        <source>The load balancer&apos;s virtual host, or the only License Manager.</source>
        <translation>Der virtuelle Host des Load Balancers oder der einzige Lizenzmanager.</translation>
    </message>
    <message>
        <source>Admin &amp;token:</source>
        <translation>Admin-&amp;Token:</translation>
    </message>
    <message>
        <source>HA pair</source>
        <translation>HA-Paar</translation>
    </message>
    <message>
        <source>Service address: %1</source>
        <translation>Dienstadresse: %1</translation>
    </message>
    <message>
        <source>Nodes: %1</source>
        <translation>Knoten: %1</translation>
    </message>
    <message>
        <source>Saved profile &apos;%1&apos;.</source>
        <translation>Profil &apos;%1&apos; gespeichert.</translation>
    </message>
    <message>
        <source>The profile is saved, but the admin token is not: %1</source>
        <translation>Das Profil ist gespeichert, das Admin-Token aber nicht: %1</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the connection profile &apos;%1&apos;? The License Managers themselves are not touched.</source>
        <translation>Das Verbindungsprofil &apos;%1&apos; löschen? Die Lizenzmanager selbst bleiben unverändert.</translation>
    </message>
    <message>
        <source>Deleted profile &apos;%1&apos;.</source>
        <translation>Profil &apos;%1&apos; gelöscht.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>No&amp;des (one per line):</source>
        <translation>&amp;Knoten (einer pro Zeile):</translation>
    </message>
    <message>
        <source>Enter the address that components use and, for an HA pair, each node&apos;s own address.</source>
        <translation>Geben Sie die Adresse ein, die die Komponenten verwenden, und bei einem HA-Paar die eigene Adresse jedes Knotens.</translation>
    </message>
    <message>
        <source>optional: PEM file of the authority that signed the nodes&apos; certificates</source>
        <translation>optional: PEM-Datei der Stelle, die die Zertifikate der Knoten signiert hat</translation>
    </message>
    <message>
        <source>optional: AB:CD:... fingerprints, separated by commas</source>
        <translation>optional: Fingerabdrücke AB:CD:..., durch Kommas getrennt</translation>
    </message>
    <message>
        <source>C&amp;A file (https):</source>
        <translation>&amp;CA-Datei (https):</translation>
    </message>
    <message>
        <source>&amp;Pinned SHA-256:</source>
        <translation>Fest&amp;gelegter SHA-256:</translation>
    </message>
</context>
<context>
    <name>lk::SecretStore</name>
    <message>
        <source>no keychain is available (%1); on Linux, start a Secret Service such as GNOME Keyring or KWallet</source>
        <translation>kein Schlüsselbund verfügbar (%1); starten Sie unter Linux einen Secret Service wie GNOME Keyring oder KWallet</translation>
    </message>
    <message>
        <source>the keychain refused access: %1</source>
        <translation>der Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>the keychain failed: %1</source>
        <translation>der Schlüsselbund ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>lk::SmtpClient</name>
    <message>
        <source>cannot connect to the mail server %1: %2</source>
        <translation>keine Verbindung zum Mailserver %1 möglich: %2</translation>
    </message>
    <message>
        <source>the TLS handshake with the mail server %1 failed: %2</source>
        <translation>der TLS-Handshake mit dem Mailserver %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the mail server %1 closed the connection (%2): %3</source>
        <translation>der Mailserver %1 hat die Verbindung geschlossen (%2): %3</translation>
    </message>
    <message>
        <source>no answer from the mail server %1 within %2 s (%3)</source>
        <translation>keine Antwort vom Mailserver %1 innerhalb von %2 s (%3)</translation>
    </message>
    <message>
        <source>; if the server expects STARTTLS (usually on port 587), set the security to STARTTLS</source>
        <translation>; falls der Server STARTTLS erwartet (meist auf Port 587), stellen Sie die Sicherheit auf STARTTLS</translation>
    </message>
    <message>
        <source>; if the server expects TLS from the first byte (usually on port 465), set the security to TLS</source>
        <translation>; falls der Server TLS ab dem ersten Byte erwartet (meist auf Port 465), stellen Sie die Sicherheit auf TLS</translation>
    </message>
    <message>
        <source>the mail server %1 does not answer as SMTP servers do: %2</source>
        <translation>der Mailserver %1 antwortet nicht wie ein SMTP-Server: %2</translation>
    </message>
    <message>
        <source>the mail server %1 refused the connection: %2</source>
        <translation>der Mailserver %1 hat die Verbindung abgelehnt: %2</translation>
    </message>
    <message>
        <source>the mail server %1 refused the sender %2: %3</source>
        <translation>der Mailserver %1 hat den Absender %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>the mail server %1 did not take the message (DATA): %2</source>
        <translation>der Mailserver %1 hat die Nachricht nicht angenommen (DATA): %2</translation>
    </message>
    <message>
        <source>the mail server %1 did not accept EHLO: %2</source>
        <translation>der Mailserver %1 hat EHLO nicht akzeptiert: %2</translation>
    </message>
    <message>
        <source>the mail server %1 does not offer STARTTLS, so nothing was sent (no password, no message); turn STARTTLS on there, or use TLS (port 465) if it offers that</source>
        <translation>der Mailserver %1 bietet kein STARTTLS an, daher wurde nichts gesendet (kein Passwort, keine Nachricht); schalten Sie dort STARTTLS ein, oder verwenden Sie TLS (Port 465), falls er das anbietet</translation>
    </message>
    <message>
        <source>the mail server %1 refused STARTTLS, so nothing was sent (no password, no message): %2</source>
        <translation>der Mailserver %1 hat STARTTLS abgelehnt, daher wurde nichts gesendet (kein Passwort, keine Nachricht): %2</translation>
    </message>
    <message>
        <source>the mail server %1 sent more than its answer to STARTTLS, which could have been injected on the way; nothing was sent</source>
        <translation>der Mailserver %1 hat mehr als seine Antwort auf STARTTLS gesendet, was unterwegs eingeschleust worden sein könnte; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>the mail server %1 does not offer AUTH, but a user name is set; remove the user name if it takes mail without one, or check that this is its submission port</source>
        <translation>der Mailserver %1 bietet kein AUTH an, aber ein Benutzername ist eingestellt; entfernen Sie den Benutzernamen, wenn er Mail ohne Anmeldung annimmt, oder prüfen Sie, ob dies sein Submission-Port ist</translation>
    </message>
    <message>
        <source>the mail server %1 offers AUTH %2 only; LeaseKeeper logs in with PLAIN or LOGIN</source>
        <translation>der Mailserver %1 bietet nur AUTH %2 an; LeaseKeeper meldet sich mit PLAIN oder LOGIN an</translation>
    </message>
    <message>
        <source>the mail server %1 refused the user name or password: %2</source>
        <translation>der Mailserver %1 hat den Benutzernamen oder das Passwort abgelehnt: %2</translation>
    </message>
    <message>
        <source>the mail server %1 did not log in user &apos;%2&apos;: %3</source>
        <translation>der Mailserver %1 hat den Benutzer &apos;%2&apos; nicht angemeldet: %3</translation>
    </message>
    <message>
        <source>the mail server %1 refused every recipient: %2</source>
        <translation>der Mailserver %1 hat alle Empfänger abgelehnt: %2</translation>
    </message>
    <message>
        <source>the mail server %1 refused the message: %2</source>
        <translation>der Mailserver %1 hat die Nachricht abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1; not delivered to %2</source>
        <translation>%1; nicht zugestellt an %2</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <source>waiting for its greeting</source>
        <translation>Warten auf seine Begrüßung</translation>
    </message>
    <message>
        <source>end of the message</source>
        <translation>Ende der Nachricht</translation>
    </message>
</context>
<context>
    <name>lk::StoreWorker</name>
    <message>
        <source>the store has not been opened yet</source>
        <translation>der Speicher wurde noch nicht geöffnet</translation>
    </message>
    <message>
        <source>the %1 database has not answered for %2 s</source>
        <translation>die %1-Datenbank antwortet seit %2 s nicht</translation>
    </message>
    <message>
        <source>%1 store at %2 answers</source>
        <translation>%1-Speicher unter %2 antwortet</translation>
    </message>
    <message>
        <source>%1 store at %2: %3</source>
        <translation>%1-Speicher unter %2: %3</translation>
    </message>
    <message>
        <source>store unavailable: %1</source>
        <translation>Speicher nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>%1 store at %2 answers again</source>
        <translation>%1-Speicher unter %2 antwortet wieder</translation>
    </message>
</context>
<context>
    <name>lk::TcpProbe</name>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>connection accepted</source>
        <translation>Verbindung angenommen</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgewiesen</translation>
    </message>
</context>
<context>
    <name>lk::TimeSyncProbe</name>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>no way to check clock synchronization is known on this platform</source>
        <translation>auf dieser Plattform ist kein Weg bekannt, die Uhrsynchronisierung zu prüfen</translation>
    </message>
    <message>
        <source>cannot tell whether this clock is synchronized: %1</source>
        <translation>es lässt sich nicht feststellen, ob diese Uhr synchronisiert ist: %1</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>cannot start it: %1</source>
        <translation>kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>ist abgestürzt</translation>
    </message>
    <message>
        <source>no verdict (exit status %1)</source>
        <translation>kein Ergebnis (Exit-Status %1)</translation>
    </message>
</context>
<context>
    <name>lk::TlsNetworkAccess</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
</context>
<context>
    <name>lk::TlsReloader</name>
    <message>
        <source>files changed</source>
        <translation>Dateien geändert</translation>
    </message>
    <message>
        <source>%1, valid until %2 (SHA-256 %3)</source>
        <translation>%1, gültig bis %2 (SHA-256 %3)</translation>
    </message>
    <message>
        <source>TLS certificate not reloaded (%1): %2; still serving %3</source>
        <translation>TLS-Zertifikat nicht neu geladen (%1): %2; weiterhin verwendet: %3</translation>
    </message>
    <message>
        <source>TLS certificate re-read (%1): unchanged, %2</source>
        <translation>TLS-Zertifikat neu gelesen (%1): unverändert, %2</translation>
    </message>
    <message>
        <source>TLS certificate reloaded (%1): new connections get %2</source>
        <translation>TLS-Zertifikat neu geladen (%1): neue Verbindungen erhalten %2</translation>
    </message>
</context>
<context>
    <name>lk::TlsStepPage</name>
    <message>
        <source>&amp;Keep HTTP (a trusted network only)</source>
        <translation>HTTP &amp;beibehalten (nur in einem vertrauenswürdigen Netz)</translation>
    </message>
    <message>
        <source>&amp;Generate a self-signed certificate for the pair</source>
        <translation>Ein selbstsigniertes Zertifikat für das Paar &amp;erzeugen</translation>
    </message>
    <message>
        <source>Use the &amp;organisation&apos;s certificate</source>
        <translation>Das Zertifikat der &amp;Organisation verwenden</translation>
    </message>
    <message>
        <source>HTTPS (optional)</source>
        <translation>HTTPS (optional)</translation>
    </message>
    <message>
        <source>Components, the console and the load balancer can reach the License Managers over HTTPS. One certificate names the virtual host and both nodes. A self-signed one suits an evaluation; in production use one your organisation issues.</source>
        <translation>Komponenten, die Konsole und der Load Balancer können die License Manager über HTTPS erreichen. Ein Zertifikat nennt den virtuellen Host und beide Knoten. Ein selbstsigniertes genügt für eine Erprobung; im Betrieb verwenden Sie eines, das Ihre Organisation ausstellt.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Gültig für:</translation>
    </message>
    <message>
        <source>Ge&amp;nerate</source>
        <translation>Er&amp;zeugen</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Privater &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Signed &amp;by (CA):</source>
        <translation>Signiert &amp;von (CA):</translation>
    </message>
    <message>
        <source>&amp;Check and use</source>
        <translation>&amp;Prüfen und verwenden</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>%1
Replace the certificate and key there?</source>
        <translation>%1
Zertifikat und Schlüssel dort ersetzen?</translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation>Nicht bereit: %1</translation>
    </message>
</context>
<context>
    <name>lk::UpdateWizard</name>
    <message>
        <source>Update the pair node by node</source>
        <translation>Paar Knoten für Knoten aktualisieren</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Update a pair only when it is healthy: every check must pass, so that one node can carry the components while the other is updated. Have the new version at hand on both hosts.</source>
        <translation>Aktualisieren Sie ein Paar nur, wenn es gesund ist: jede Prüfung muss bestehen, damit ein Knoten die Komponenten trägt, während der andere aktualisiert wird. Halten Sie die neue Version auf beiden Hosts bereit.</translation>
    </message>
    <message>
        <source>Update the secondary</source>
        <translation>Sekundärknoten aktualisieren</translation>
    </message>
    <message>
        <source>The secondary carries no traffic. On its host: stop leasekeeper-server, install the new version, start it again with the same options. This page sees it go down and come back, then checks the pair again.</source>
        <translation>Der Sekundärknoten hat keinen Datenverkehr. Auf seinem Host: leasekeeper-server beenden, die neue Version installieren, mit denselben Optionen wieder starten. Diese Seite sieht ihn ausfallen und zurückkommen und prüft dann das Paar erneut.</translation>
    </message>
    <message>
        <source>The secondary</source>
        <translation>Der Sekundärknoten</translation>
    </message>
    <message>
        <source>Update the primary</source>
        <translation>Primärknoten aktualisieren</translation>
    </message>
    <message>
        <source>Components now renew with the secondary. On the primary&apos;s host: stop leasekeeper-server, install the new version, start it again. A restarted node is out of maintenance; the load balancer returns traffic to it after three good health checks.</source>
        <translation>Die Komponenten erneuern jetzt beim Sekundärknoten. Auf dem Host des Primärknotens: leasekeeper-server beenden, die neue Version installieren, wieder starten. Ein neu gestarteter Knoten ist nicht im Wartungsmodus; der Load Balancer gibt ihm den Datenverkehr nach drei erfolgreichen Zustandsprüfungen zurück.</translation>
    </message>
    <message>
        <source>The primary</source>
        <translation>Der Primärknoten</translation>
    </message>
    <message>
        <source>&amp;End maintenance without a restart</source>
        <translation>Wartung ohne Neustart &amp;beenden</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Both nodes are updated. Every check of the pair, once more.</source>
        <translation>Beide Knoten sind aktualisiert. Noch einmal jede Prüfung des Paars.</translation>
    </message>
    <message>
        <source>End maintenance</source>
        <translation>Wartung beenden</translation>
    </message>
    <message>
        <source>Take the primary out of maintenance now? The load balancer sends traffic back to it.</source>
        <translation>Den Primärknoten jetzt aus dem Wartungsmodus nehmen? Der Load Balancer schickt den Datenverkehr zu ihm zurück.</translation>
    </message>
</context>
<context>
    <name>lk::UsageChart</name>
    <message>
        <source>Cores in use</source>
        <translation>Belegte Kerne</translation>
    </message>
    <message>
        <source>Cores allowed</source>
        <translation>Erlaubte Kerne</translation>
    </message>
    <message>
        <source>Instances in use</source>
        <translation>Laufende Instanzen</translation>
    </message>
    <message>
        <source>Instances allowed</source>
        <translation>Erlaubte Instanzen</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>Abweisungen</translation>
    </message>
    <message>
        <source>Usage over time</source>
        <translation>Nutzung im Zeitverlauf</translation>
    </message>
    <message>
        <source>No usage read yet.</source>
        <translation>Noch keine Nutzung gelesen.</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>Kerne</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>%1: no usage recorded in this period</source>
        <translation>%1: keine Nutzung in diesem Zeitraum aufgezeichnet</translation>
    </message>
    <message>
        <source>%1: in use and allowed</source>
        <translation>%1: belegt und erlaubt</translation>
    </message>
    <message numerus="yes">
        <source>peak %n core(s)</source>
        <translation>
            <numerusform>Spitze %n Kern</numerusform>
            <numerusform>Spitze %n Kerne</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 of %3 instances, %4 of %5 cores</source>
        <translation>%1
%2 von %3 Instanzen, %4 von %5 Kernen</translation>
    </message>
    <message>
        <source>Grants denied: %1</source>
        <translation>Abgewiesene Vergaben: %1</translation>
    </message>
    <message>
        <source>%1: %2 periods. Last: %3 of %4 instances, %5 of %6 cores. %7 %8</source>
        <translation>%1: %2 Zeiträume. Zuletzt: %3 von %4 Instanzen, %5 von %6 Kernen. %7 %8</translation>
    </message>
    <message>
        <source>Grants denied: %1.</source>
        <translation>Abgewiesene Vergaben: %1.</translation>
    </message>
</context>
<context>
    <name>lk::UsageModel</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Instances allowed</source>
        <translation>Erlaubte Instanzen</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>Kerne</translation>
    </message>
    <message>
        <source>Cores allowed</source>
        <translation>Erlaubte Kerne</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>Abweisungen</translation>
    </message>
</context>
<context>
    <name>lk::UsagePage</name>
    <message>
        <source>Export usage</source>
        <translation>Nutzung exportieren</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 400 days</source>
        <translation>Letzte 400 Tage</translation>
    </message>
    <message>
        <source>Component type</source>
        <translation>Komponententyp</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>CSV e&amp;xportieren...</translation>
    </message>
    <message>
        <source>Export P&amp;NG...</source>
        <translation>P&amp;NG exportieren...</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Usage per period</source>
        <translation>Nutzung je Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Diagramm</translation>
    </message>
    <message>
        <source>Ta&amp;ble</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Wird geladen...</translation>
    </message>
    <message>
        <source>No usage recorded in this period</source>
        <translation>Keine Nutzung in diesem Zeitraum aufgezeichnet</translation>
    </message>
    <message>
        <source>No usage to show</source>
        <translation>Keine Nutzung anzuzeigen</translation>
    </message>
    <message>
        <source>The License Manager records its usage once a minute; nothing yet in this period.</source>
        <translation>Der Lizenzmanager zeichnet seine Nutzung einmal pro Minute auf; in diesem Zeitraum noch nichts.</translation>
    </message>
    <message>
        <source>Grants of %1 denied in this period: %2.</source>
        <translation>Abgewiesene Vergaben von %1 in diesem Zeitraum: %2.</translation>
    </message>
    <message>
        <source>One point per minute.</source>
        <translation>Ein Punkt pro Minute.</translation>
    </message>
    <message>
        <source>One point per hour: the most in use during that hour.</source>
        <translation>Ein Punkt pro Stunde: das Höchste, was in dieser Stunde belegt war.</translation>
    </message>
    <message>
        <source>One point per day (UTC): the most in use during that day.</source>
        <translation>Ein Punkt pro Tag (UTC): das Höchste, was an diesem Tag belegt war.</translation>
    </message>
    <message>
        <source>The License Manager does not answer, so no usage can be read.</source>
        <translation>Der Lizenzmanager antwortet nicht, daher kann keine Nutzung gelesen werden.</translation>
    </message>
    <message>
        <source>The License Manager does not accept this console&apos;s token.</source>
        <translation>Der Lizenzmanager akzeptiert das Token dieser Konsole nicht.</translation>
    </message>
    <message>
        <source>This token may not read the usage.</source>
        <translation>Dieses Token darf die Nutzung nicht lesen.</translation>
    </message>
    <message>
        <source>This License Manager does not record usage over time: it needs a newer version.</source>
        <translation>Dieser Lizenzmanager zeichnet keine Nutzung im Zeitverlauf auf: er braucht eine neuere Version.</translation>
    </message>
    <message>
        <source>The License Manager could not read its database.</source>
        <translation>Der Lizenzmanager konnte seine Datenbank nicht lesen.</translation>
    </message>
    <message>
        <source>The License Manager is too busy to answer; try again in a moment.</source>
        <translation>Der Lizenzmanager ist zu beschäftigt, um zu antworten; gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The usage could not be read.</source>
        <translation>Die Nutzung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>lk::WebhookChannel</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
    <message>
        <source>webhook %1: attempt %2 for alert %3 failed (%4); next in %5 ms</source>
        <translation>Webhook %1: Versuch %2 für Alarm %3 fehlgeschlagen (%4); nächster in %5 ms</translation>
    </message>
</context>
<context>
    <name>lk::WindowsServiceHost</name>
    <message>
        <source>--service run is what the Windows Service Control Manager starts; there is none on this system</source>
        <translation>--service run ist das, was der Windows-Dienststeuerungs-Manager startet; auf diesem System gibt es keinen</translation>
    </message>
    <message>
        <source>this process is connected to the Service Control Manager already</source>
        <translation>dieser Prozess ist bereits mit dem Dienststeuerungs-Manager verbunden</translation>
    </message>
    <message>
        <source>--service run is what the Service Control Manager starts; to run the server in a console, leave --service out</source>
        <translation>--service run ist das, was der Dienststeuerungs-Manager startet; um den Server in einer Konsole auszuführen, --service weglassen</translation>
    </message>
    <message>
        <source>cannot connect to the Service Control Manager: %1</source>
        <translation>keine Verbindung zum Dienststeuerungs-Manager: %1</translation>
    </message>
    <message>
        <source>the Service Control Manager does not know the service %1: %2</source>
        <translation>der Dienststeuerungs-Manager kennt den Dienst %1 nicht: %2</translation>
    </message>
    <message>
        <source>cannot open the event log for the source %1: %2</source>
        <translation>das Ereignisprotokoll für die Quelle %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeaseKeeper</source>
        <translation>LeaseKeeper</translation>
    </message>
    <message>
        <source>LeaseKeeper cannot start</source>
        <translation>LeaseKeeper kann nicht starten</translation>
    </message>
</context>
</TS>
