<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccessTokens</name>
    <message>
        <source>&apos;%1&apos; is not a token name: use 1 to 64 letters, digits and . _ @ -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token name &apos;%1&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token of &apos;%1&apos; must be %2 to %3 characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expected &apos;NAME ROLE TOKEN&apos;, found %n field(s)</source>
        <translation>
            <numerusform>expected &apos;NAME ROLE TOKEN&apos;, found %n field</numerusform>
            <numerusform>expected &apos;NAME ROLE TOKEN&apos;, found %n fields</numerusform>
        </translation>
    </message>
    <message>
        <source>the role must be admin or viewer, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the tokens file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tokens file %1 is larger than 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminToken</name>
    <message>
        <source>cannot create the admin token file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cryptography library failed to start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminTokenFile</name>
    <message>
        <source>cannot read the admin token file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the admin token in %1 must be 16 to %2 characters long</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertChannels</name>
    <message>
        <source>mail ca-file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertConditions</name>
    <message>
        <source>%1 uses %2% of its license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 instances and %4 of %5 cores in use (threshold %6%). Further components of this type will be refused once a limit is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n %1 component(s) missed their renewals</source>
        <translation>
            <numerusform>%n %1 component missed its renewals</numerusform>
            <numerusform>%n %1 components missed their renewals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lease(s) of %1 were not renewed in time: those components cannot reach the License Manager and run on their grace period. Check the network between them and the load balancer; the Grace view shows each one&apos;s deadline.</source>
        <translation>
            <numerusform>%n lease of %1 was not renewed in time: that component cannot reach the License Manager and runs on its grace period. Check the network between it and the load balancer; the Grace view shows its deadline.</numerusform>
            <numerusform>%n leases of %1 were not renewed in time: those components cannot reach the License Manager and run on their grace period. Check the network between them and the load balancer; the Grace view shows each one&apos;s deadline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>License %1 expires in %n day(s)</source>
        <translation>
            <numerusform>License %1 expires in %n day</numerusform>
            <numerusform>License %1 expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>License %1 has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License %1 for %2 expires at %3. Components already running keep their leases; new ones are refused after it. Install the renewed license before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot use its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Components keep running on their grace period; new ones cannot start until the database answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s clock is %2 ms off the database&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s clock minus %1&apos;s is %2 ms (threshold %3 ms). Nodes whose clocks disagree make components shut down or stay in grace; synchronise this host with NTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lost contact with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has sent no heartbeat since %3: the pair has no second node, so the next failure stops licensing. Start it again or check its database connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: seats held by components that look dead: %2 (%3 cores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue leases of %1 hold %2 instances and %3 cores, and probes of where those components ran were refused: nothing listens there any more. With --reclaim-after-s the License Manager frees such seats itself; otherwise free them in the Leases view, which shows each one&apos;s evidence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertMail</name>
    <message>
        <source>Rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertRule</name>
    <message>
        <source>A component type uses this share of its licensed instances or cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A component was refused a license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components missed their renewals and run on their grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lease ended because its grace period ran out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license expires within this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another License Manager of the pair stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node&apos;s clock differs from the database&apos;s by more than this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the quiet period must be 0 to %2 seconds, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown channel &quot;%2&quot;; use webhook, mail or tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the threshold must be %2 to %3 %4, not %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats are held by components that look dead: probes of their addresses are refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertSecrets</name>
    <message>
        <source>webhook secret file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail password file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail password file %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertSettings</name>
    <message>
        <source>the evaluation interval must be 1 to 3600 seconds, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook URL &quot;%1&quot; is not an http:// or https:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook attempts must be 1 to 20, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook retry delay must be 1 to 3600000 ms, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook timeout must be 100 to 300000 ms, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail server port must be 1 to 65535, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail security must be starttls, tls or none, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail sender &quot;%1&quot; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail has no recipients; list them in &quot;to&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail recipient &quot;%1&quot; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail user %1 has no password file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes only to the webhook, and no webhook URL is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes only to mail, and no mail server is set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertSettingsFile</name>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither true nor false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a readable INI file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown section [%2]; the sections are %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertSettingsJson</name>
    <message>
        <source>field &apos;%1&apos; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;rules&apos; must be a list of rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each of &apos;rules&apos; must be an object whose &apos;rule&apos; is one of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsAnswer</name>
    <message>
        <source>&apos;after&apos; must be a whole number of 0 or more, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>TIME (UTC)           NODE        ACTOR         ACTION           OUTCOME    TARGET / DETAIL / FROM
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit --url URL --token-file FILE [--days N] [--action ACTION] [--actor NAME] [--limit N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the audit trail of a License Manager (or of an HA pair, which shares it): frees, maintenance, licenses loaded, tokens used and refused. Admin or viewer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last N days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this action (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what this token name did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N entries (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days must be a whole number of days, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditParameters</name>
    <message>
        <source>&apos;%1&apos; must be milliseconds since the epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an audit action; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;limit&apos; must be a whole number from 1 to 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown query parameter &apos;%1&apos;; use since_ms, until_ms, action, actor or limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockingHttp</name>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertCommand</name>
    <message>
        <source>cert self-signed [OPTIONS...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make TLS certificates for License Managers.

Actions:
  self-signed    an EC P-256 key and a self-signed certificate, in PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cert self-signed --cn NAME [--san DNS:host|IP:addr ...] [--days N] --cert FILE --key FILE [--force]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an EC P-256 private key (mode 0600) and a self-signed certificate for it, and print the certificate&apos;s SHA-256 fingerprint. Give the certificate to the server (--tls-cert, --tls-key) and to clients as their --ca file, or let clients pin the fingerprint (--pin-sha256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common name, e.g. lm1.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name clients use to reach the server: DNS:host or IP:address; repeat for more (default DNS:&lt;cn&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity in days (default 365, at most %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file to write (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file to write (PEM, mode 0600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace existing files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cn, --cert and --key are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the certificate %1 (CN=%2, %3, valid until %4)
and its private key %5 (mode 0600).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: --tls-cert %1 --tls-key %2
Clients: --ca %1, or --pin-sha256 %3
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateFingerprint</name>
    <message>
        <source>&apos;%1&apos; is not a SHA-256 fingerprint: give 32 bytes as hex (AB:CD:... with or without colons, 64 digits) or base64 (44 characters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockAssessment</name>
    <message>
        <source>+%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync status unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synchronised (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT synchronised (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On that Windows host, turn on Settings &gt; Time &amp; language &gt; Synchronize your clock (or run &apos;w32tm /resync&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On that Linux host, enable NTP: &apos;timedatectl set-ntp true&apos;, or start chronyd and check &apos;chronyc tracking&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable time synchronisation on that host: NTP on Linux (&apos;timedatectl set-ntp true&apos;), &quot;Synchronize your clock&quot; on Windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to this console, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 ms ahead of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the License Manager clocks in sync. LeaseKeeper times leases by the store&apos;s clock, so this drift cannot end a lease early, but the times the nodes report and log disagree by this much. Check %1 first. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComponentCommand</name>
    <message>
        <source>component run [OPTIONS...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate components that ask License Managers for leases.

Actions:
  run    start one or many simulated components and report what happens to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run simulated components until they stop. Exit status: 0 stopped by SIGINT/SIGTERM with leases released; 3 no License Manager reachable at start; 4 denied by the license; 5 grace period ran out. With --count, the status of the first component that failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License Manager or load balancer URL; repeat to try several in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component type, e.g. vdp or scheduler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name the component reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cores the component reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance id (default HOST:TYPE); with --count, ids are ID-1 ... ID-N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated IP addresses (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of components in this process (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version the component reports (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout in milliseconds (default 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object per event and line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url, --type, --host and --cores are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cores must be a whole number from 1 to 4096</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count must be a whole number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout-ms must be a whole number from 1 to 600000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component run --url URL [--url URL...] --type TYPE --host HOST --cores N [--instance ID] [--ips IP,...] [--count N] [--ca FILE] [--pin-sha256 HASH] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File holding the site key, for License Managers started with --site-key-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the site key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on the port of the instance id (HOST:PORT, with --count 1) while running, as a real component&apos;s service does, so that a License Manager probing it finds it alive, and refused once the process is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen needs --count 1 and an instance id of the form HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComponentRouting</name>
    <message>
        <source>No component has renewed yet. Components renew at the interval the license sets (renew_after_s); restart one after changing its address to see it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n component(s) seen renew through the virtual host.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 component(s) seen still reach a License Manager directly: %3. Change their License Manager address to the virtual host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// address with a host name, such as http://lm-primary.example.com:10091</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name is longer than 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile can watch at most 8 nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile lacks its &quot;name&quot; or &quot;service_url&quot; string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has a node address that is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleDataDir</name>
    <message>
        <source>cannot create folders in %1; check its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>LeaseKeeper console: runs a local License Manager and shows its health, leases and grace periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the local License Manager keeps its data (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of the local License Manager (default 10091).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address the local License Manager listens on (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not run a local License Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor this License Manager or load balancer URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the console, e.g. en, es, de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port &apos;%1&apos; must be a number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bind address &apos;%1&apos; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin token file for --connect; the token is then remembered in the system keychain, so later runs need only --connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor the saved connection profile NAME (an HA pair and its load balancer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile and --connect cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--no-local-server needs --connect URL or --profile NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For https:// nodes: trust only the certificate authorities in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For https:// nodes: accept only a certificate with this SHA-256 fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>Leases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start another console window for &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pair is saved as the connection profile &apos;%1&apos;. Open it in a new window?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the pair&apos;s connection profile first (File &gt; Connection profiles): the update needs its primary, its secondary and the load balancer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console has no admin token, so leases and administration are unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Could not write the CSV file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CtlAdminGet</name>
    <message>
        <source>The node, e.g. http://lm1.example.com:10091.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File holding an admin or viewer token of the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the server&apos;s JSON answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url and --token-file are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CtlCommand</name>
    <message>
        <source>create issuer keys; issue, verify and show licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show a License Manager node&apos;s health, license and usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the active leases of a License Manager node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulate components that lease from License Managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write an HAProxy or nginx configuration for a primary and a secondary License Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move leases and history to another store (SQLite to PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure the clock offsets of License Manager nodes and the drift between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check an HA pair: license, nodes, database, clocks and load balancer (ha check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a key and a self-signed TLS certificate for a License Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show who freed leases, set maintenance, loaded licenses and used tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a named admin or viewer token to a License Manager&apos;s tokens file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CtlDispatcher</name>
    <message>
        <source>[--help] [--version] COMMAND [ARGUMENTS...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administer a LeaseKeeper License Manager.

Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CtlParser</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CtlTlsOptions</name>
    <message>
        <source>For https:// URLs: trust only the certificate authorities in this PEM file (for a self-signed server, its certificate) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For https:// URLs: accept only a server certificate with this SHA-256 fingerprint (hex, colons allowed, or base64), even without --ca; repeat for several servers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseFileClaim</name>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by %2: a SQLite database serves one License Manager. Stop that one, or give this node a database of its own (an HA pair shares a PostgreSQL database); %3 names the holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1 beside the database; check the permissions of its directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1 to claim the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftCommand</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Clock offsets (node minus this host), least-delayed of %n sample(s) per node:
</source>
        <translation>
            <numerusform>Clock offsets (node minus this host), %n sample per node:
</numerusform>
            <numerusform>Clock offsets (node minus this host), least-delayed of %n samples per node:
</numerusform>
        </translation>
    </message>
    <message>
        <source>NODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFSET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYNCHRONIZED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT MEASURED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node did not report its clock synchronization (no time_sync in /api/v1/status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATABASE is the node&apos;s clock minus the PostgreSQL server&apos;s, as the node measured it; lease times come from the database&apos;s clock.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure how far the clocks of License Manager nodes are from this host&apos;s and from each other (NTP-style, through GET /api/v1/time), and show whether each node keeps its clock synchronized. Exit 0 when every two nodes are within --max-ms, 6 when not, 1 when a node cannot be measured. See docs/clock.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node, e.g. http://lm1.example.com:10091; give one --url per node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per node; the least-delayed one counts (1 to %1, default %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest drift allowed between two nodes, in milliseconds (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the measurements as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url is required (once per node)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--samples must be a whole number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-ms must be a number of milliseconds, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest drift between two nodes: %1 minus %2 = %3 (limit %4 ms): %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOO LARGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than two nodes were measured: no drift between nodes to compare.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronize the clocks of the License Manager hosts: on Linux enable NTP (&apos;timedatectl set-ntp true&apos; or chrony), on Windows turn on Settings &gt; Time &amp; language &gt; Synchronize your clock. Unsynchronized clocks make administrators misread logs and alerts; see docs/clock.md.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drift --url URL [--url URL ...] [--samples N] [--max-ms MS] [--ca FILE] [--pin-sha256 HASH] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n earlier probe(s) not shown)</source>
        <translation>
            <numerusform>(%n earlier probe not shown)</numerusform>
            <numerusform>(%n earlier probes not shown)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not probed since it stopped renewing: the License Manager probes overdue components only when probing is on and it knows where the component listens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probes since the last renewal, oldest first:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the component may still be running on its grace period. Freeing its seat lets another component take it, and the license may be exceeded if this one comes back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreeRequest</name>
    <message>
        <source>field &apos;reason&apos; must be a string of at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupPolicy</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a policy line; use group, reserve or cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write &apos;group NAME PATTERN...&apos; with at least one host name pattern or address range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a group name: use 1 to 64 letters, digits and . _ -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group &apos;%1&apos; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an address range such as 10.1.0.0/16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a host name pattern (letters, digits, . - _ * ?) nor an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write &apos;%1 GROUP TYPE instances N cores N&apos; (either or both amounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown group &apos;%1&apos;; define it with a &apos;group&apos; line above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; here: use instances N and cores N, each once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second %1 for group &apos;%2&apos; and type &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host %1 is in group %2, which may run at most %3 instances of %4; %5 are running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host %1 is in group %2, which may use at most %3 cores of %4; %5 are in use and %6 asks for %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 instances of %2 not in use are reserved for group %3; host %4 is not in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 cores of %3 not in use are reserved for group %4; %5 asks for %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HaCommand</name>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pair passes: %1 passed, %2 warning(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pair is NOT ready: %1 check(s) failed, %2 warning(s), %3 passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ha ACTION [OPTIONS...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an active-passive pair of License Managers.

Actions:
  check    run the HA setup wizard&apos;s checks and print the checklist

Run &apos;leasekeeper-ctl ha ACTION --help&apos; for the options of an action. See docs/ha.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a pair of License Managers the way the HA setup wizard does: the license allows two, both nodes answer, serve the same license and use the same database, their clocks agree, and (with --lb) the load balancer answers, sends everything to the primary and nothing to the secondary. Prints one line per check with what to do when it does not pass. Exit 0 when no check fails (warnings allowed), 1 when one does. See docs/ha.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary node, e.g. http://lm1.example.com:10091.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secondary node, e.g. http://lm2.example.com:10091.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load balancer&apos;s virtual host, e.g. http://lm.example.com:10091; without it, the load balancer checks are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File holding the nodes&apos; admin token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest clock difference allowed between the nodes, in milliseconds (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the checks as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--primary and --secondary are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-drift-ms must be a number of milliseconds, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ha check --primary URL --secondary URL [--lb URL] [--token-file FILE] [--max-drift-ms MS] [--ca FILE] [--pin-sha256 HASH] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HaEvaluation</name>
    <message>
        <source>the primary at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secondary at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the primary %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secondary %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make both nodes reachable first (see primary_reachable and secondary_reachable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare %1: %2 did not report its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it out of maintenance when the work on it is done: in the console, or curl -X POST -H &quot;Authorization: Bearer $TOKEN&quot; -d &apos;{&quot;enabled&quot;:false}&apos; URL/api/v1/maintenance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the extra License Manager nodes on this database, or install a license that allows more License Managers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix what the node reports (reason &apos;%1&apos;); its log and the console&apos;s overview say more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1 first. On Linux enable NTP: &apos;timedatectl set-ntp true&apos; (or start chronyd and check &apos;chronyc tracking&apos;). On Windows turn on Settings &gt; Time &amp; language &gt; Synchronize your clock, or run &apos;w32tm /resync&apos; as administrator. See docs/clock.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (licensee %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no license is loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No license can be read from %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a license that allows at least two License Managers on both nodes (the console&apos;s License page, or the server&apos;s --license FILE and --trust PUBLIC options), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>License %1 on %2 allows %n License Manager(s); an HA pair needs 2.</source>
        <translation>
            <numerusform>License %1 on %2 allows %n License Manager; an HA pair needs 2.</numerusform>
            <numerusform>License %1 on %2 allows %n License Managers; an HA pair needs 2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask your vendor for a license with max_license_managers 2 or more, install it on both nodes (the console&apos;s License page, or --license FILE) and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>License %1 allows %n License Manager(s), but %2 is not admitted: the nodes %3 already hold the places.</source>
        <translation>
            <numerusform>License %1 allows %n License Manager, but %2 is not admitted: the nodes %3 already hold the places.</numerusform>
            <numerusform>License %1 allows %n License Managers, but %2 is not admitted: the nodes %3 already hold the places.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the other License Manager nodes that use this database (keep only the primary and the secondary), or install a license that allows more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>License %1 allows %n License Manager(s).</source>
        <translation>
            <numerusform>License %1 allows %n License Manager.</numerusform>
            <numerusform>License %1 allows %n License Managers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start leasekeeper-server on that host and check that it listens on that address and port (--bind, --port) and that no firewall blocks the port; then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers /pingLicenseManager with HTTP %2 but not /api/v1/status: it is not a LeaseKeeper License Manager, or too old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --primary the URL of a LeaseKeeper License Manager, e.g. http://lm1.example.com:10091.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --secondary the URL of a LeaseKeeper License Manager, e.g. http://lm2.example.com:10091.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers but is not ready: HTTP %2, reason &apos;%3&apos;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ready but reports role &apos;%2&apos;, not &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it with --role %1 (or role=%1 in its configuration file), or swap --primary and --secondary if they were given the wrong way round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ready (version %2, store %3, answered in %4 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no license loaded: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not say why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the same license file on both nodes and trust the same issuer key (the console&apos;s License page, or --license FILE --trust PUBLIC), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nodes serve different licenses: %1 has license %2 signed by issuer key %3, %4 has license %5 signed by issuer key %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the primary&apos;s license file to the secondary, install it there (the console&apos;s License page, or --license FILE with --trust for its issuer key) and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both nodes serve license %1, signed by issuer key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both %1 and %2 call themselves %3: either both URLs lead to the same node, or the two nodes share a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each node its own name (--node-name NAME or node_name in its configuration file) and make sure --primary and --secondary are two different hosts or ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not joined a cluster yet: its store (%2) says &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that node&apos;s database connection (--db, --db-password-file) and its log; a node joins once it can write its heartbeat to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nodes use different databases: %1 is in cluster %2 (%3: %4), %5 in cluster %6 (%7: %8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HA pair needs one PostgreSQL database for both nodes; a SQLite file belongs to one node only. Move the data with &apos;leasekeeper-ctl store migrate&apos;, then </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start both nodes with the same --db postgresql://USER@HOST:PORT/DBNAME and --db-password-file, and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both nodes use cluster %1, but %2 does not list %3 among its nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again in a few seconds (nodes write a heartbeat every few seconds); if it stays so, read %1&apos;s log for database errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both nodes use cluster %1, but %2 has not seen a recent heartbeat from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1&apos;s database connection and its log; its heartbeats do not reach the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both nodes use the same database (cluster %1, %2: %3) and list each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot measure the clock of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node must answer GET /api/v1/time; make it reachable (see primary_reachable and secondary_reachable) and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offsets to this host: %1 %2, %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clocks are %1 ms apart (%2 minus %3 = %4; allowed %5 ms); %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clocks are %1 ms apart (allowed %2 ms), but %3 says its clock is not synchronised (%4: %5); %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clocks are %1 ms apart (allowed %2 ms); %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the load balancer at %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the load balancer and check that it listens on that address (&apos;systemctl status haproxy&apos;, &apos;haproxy -c -f /etc/haproxy/haproxy.cfg&apos;). To write its configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load balancer at %1 answers /pingLicenseManager with HTTP %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not from a License Manager: no X-License-Manager-Node)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 502 or 503 from HAProxy means no node passed its health check: make a node ready (see primary_reachable) and check that the servers in its configuration are the nodes&apos; addresses. To write the configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load balancer at %1 answers /pingLicenseManager with HTTP 200 (from %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell who answers through %1: the primary&apos;s name is unknown because %2 did not report its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request through %1 was answered: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the load balancer answer first (see lb_health).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 requests through %2 were answered by the primary %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of %1 requests through %2, %3 were answered by the primary %4, %5 by the secondary %6, %7 without an X-License-Manager-Node header, %8 not at all%9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; other nodes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary is not ready, so the load balancer rightly avoids it: fix the primary first (see primary_reachable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load balancer drops the X-License-Manager-Node header, or something else answers on %1: pass the header through (the configuration from &apos;leasekeeper-ctl lb-config&apos; does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary must be the load balancer&apos;s normal server and the secondary its backup (HAProxy: &apos;backup&apos; on the secondary&apos;s server line). Write the configuration again with: %1; then reload the load balancer (&apos;systemctl reload haproxy&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer (%2): it could not take over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start leasekeeper-server on the secondary (see secondary_reachable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 of %3 requests through the load balancer at %4; while the primary is up it should get none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the secondary the load balancer&apos;s backup server and the primary its normal one. Write the configuration again with: %1; then reload the load balancer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers its ping with HTTP %2 (reason &apos;%3&apos;: %4): it could not take over if the primary failed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ready to take over (its ping answers 200); whether it gets traffic could not be checked because the load balancer did not answer (see lb_health).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ready to take over (its ping answers 200) and got none of the %2 requests through the load balancer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ready to take over (its ping answers 200); without a load balancer, whether it gets traffic was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ready but still runs alone on its own SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it to the shared PostgreSQL database and start it with --db postgresql://... --role %1; the wizard&apos;s database step does the first part.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthAssessment</name>
    <message>
        <source>No usable license: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License %1 has expired: no component can start. Install a renewed license.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License %1 expires in %2. Ask the issuer for a renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is near its limits: %2 of %3 instances, %4 of %5 cores. New instances may be denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting the License Manager...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License Manager unreachable for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The License Manager does not answer. Components keep running on their grace period and shut down when it ends; none can start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) stopped renewing and may be running on grace.</source>
        <translation>
            <numerusform>%n component stopped renewing and may be running on grace.</numerusform>
            <numerusform>%n components stopped renewing and may be running on grace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) denied in the last hour: see History.</source>
        <translation>
            <numerusform>%n request denied in the last hour: see History.</numerusform>
            <numerusform>%n requests denied in the last hour: see History.</numerusform>
        </translation>
    </message>
    <message>
        <source>License Manager not ready (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All good: License Manager %1 is serving license %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This License Manager serves the console&apos;s DEMO license. Install your license on the License page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 has not answered for %2 (%3). Until it is back the pair has no standby: start the License Manager on that host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 is in maintenance: the load balancer sends it no traffic and it cannot take over until maintenance ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 is not ready (%2): %3. The load balancer sends it no traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nodes serve different licenses (%1): install the same license on every node of the pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock of %1 is about %2 ms ahead of %3&apos;s. Synchronise both hosts (NTP, or &quot;Synchronize your clock&quot; on Windows); the Clock view has the exact figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) (%1) held by components that look dead: see Leases.</source>
        <translation>
            <numerusform>%n seat (%1) held by components that look dead: see Leases.</numerusform>
            <numerusform>%n seats (%1) held by components that look dead: see Leases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n core</numerusform>
            <numerusform>%n cores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryParameters</name>
    <message>
        <source>&apos;%1&apos; must be milliseconds since the epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an end reason or a denial reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;limit&apos; must be a whole number from 1 to 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;kind&apos; must be lease or denial, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown query parameter &apos;%1&apos;; use since_ms, until_ms, component, reason, kind or limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the connection closed in the middle of the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk of the answer does not end where its size says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer&apos;s headers are longer than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an HTTP answer: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has a malformed header line: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer&apos;s Content-Length &apos;%1&apos; is not a number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk of the answer has no valid size: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line of the answer is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuerKeyFile</name>
    <message>
        <source>this is an issuer PRIVATE key; give the public key file written by &apos;license keygen --public&apos; instead, and keep the private key off servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an issuer public key; signing needs the private key file written by &apos;license keygen --private&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;kind&quot; is &quot;%1&quot; but must be &quot;%2&quot;; this is not a LeaseKeeper issuer key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;algorithm&quot; is &quot;%1&quot; but only &quot;ed25519&quot; is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds %2 bytes but an Ed25519 key of this kind has %3; the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;key_id&quot; is &quot;%1&quot; but the key in the file has key id %2; the file was edited or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuerKeyPair</name>
    <message>
        <source>libsodium failed to initialize or to generate a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;secret_key&quot; is not a consistent Ed25519 key (its public half does not match its seed); the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer private key file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuerPublicKey</name>
    <message>
        <source>an Ed25519 public key has 32 bytes, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libsodium failed to initialize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer public key file</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary License Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secondary (backup) License Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the load balancer listens, e.g. 0.0.0.0:10091.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing load balancer; choose one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown load balancer &apos;%1&apos;; choose one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--primary, --secondary and --listen are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the HAProxy configuration to %1; check it with: haproxy -c -f %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the nginx configuration to %1; copy it to /etc/nginx/conf.d/ and check it with: nginx -t
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE (replaced atomically) instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb-config haproxy|nginx --primary HOST:PORT --secondary HOST:PORT --listen HOST:PORT [--tls-cert FILE --tls-key FILE --nodes-ca FILE] [--out FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS: the certificate the load balancer presents to components (for HAProxy, with its key in the same file or beside it as FILE.key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS: the key of --tls-cert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS: the certificate(s) that signed the nodes&apos; certificates, to verify them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-cert, --tls-key and --nodes-ca go together</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaseEngine</name>
    <message>
        <source>%1, at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaseEventLog</name>
    <message>
        <source>granted lease %1 to %2 instance %3 on host %4 (cores: %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewed lease %1 of %2 instance %3 on host %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied a lease to %1 instance %2 on host %3 (cores: %4): %5: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied renewing lease %1 of %2 instance %3 on host %4: %5: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lease %1 of %2 instance %3 on host %4 ended: %5 (note: %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lease %1 of %2 instance %3 on host %4 ended: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeasePolicy</name>
    <message>
        <source>license %1 expired on %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license %1 does not cover component type &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for %2 cores; license %3 allows at most %4 cores per %5 instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license %1 allows %2 instances of %3 and %4 are running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license %1 allows %2 cores for %3; %4 are in use and %5 asks for %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaseRequest</name>
    <message>
        <source>missing field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be 1 to %2 printable characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field &apos;cores&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;cores&apos; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;cores&apos; must be from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field &apos;ips&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;ips&apos; must be an array of IP address strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;ips&apos; may list at most %1 addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;ips&apos; holds &apos;%1&apos;, which is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;component&apos; must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;probe&apos; must be host:port (IPv6 as [address]:port) with a port from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>License</name>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a license file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a license file: &quot;format&quot; is &quot;%1&quot; but must be &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;terms&quot; is missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid terms: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenseCommand</name>
    <message>
        <source>license ACTION [OPTIONS...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license keygen --private FILE --public FILE [--force]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new Ed25519 issuer key pair. Keep the private key on the issuing machine; copy the public key to every License Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the private key (mode 0600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an existing private key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both --private FILE and --public FILE are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--private and --public must be different files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and may be the key your licenses are signed with; pass --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated issuer key %1
  private key: %2 (mode 0600; keep it secret, back it up, never copy it to a server)
  public key:  %3 (give it to each License Manager with --trust)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license issue --key PRIVATE --terms TERMS.json --out LICENSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign license terms with the issuer private key and write the license file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer private key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license terms (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the signed license.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key, --terms and --out are all required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terms file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leasekeeper-ctl: warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote license %1 for %2 (expires %3), signed with issuer key %4, to %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license verify --trust PUBLIC [--trust PUBLIC...] LICENSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that a license is intact, signed by a trusted issuer key and not expired.
Exit status: 0 valid, 1 unreadable files, 2 usage, 3 invalid license, 4 expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issuer public key to trust; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one --trust PUBLIC is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one LICENSE file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid license %2 for %3, signed by trusted issuer key %4, expires %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license show [--json] LICENSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what a license grants. This does not check the signature; use &apos;license verify&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the terms as JSON, exactly as signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license file</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenseFitCommand</name>
    <message>
        <source>TYPE          ALLOWED (INST / CORES)  PEAK USE (INST / CORES)  HEADROOM (INST / CORES)  WOULD REFUSE
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not licensed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME (UTC)           TYPE          INSTANCE                  HOST                  CORES  REASON
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License %1 for %2 against the %3 leases of the last %4 days (%5 to %6 UTC).

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license would have held: no start of the period would have been refused.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the license would have refused: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license fit --license FILE --url URL --token-file FILE [--days N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would this license have held? Replays the leases a License Manager recorded in the last days against the limits of another license (a renewal offer, a smaller tier) and lists every start it would have refused, with the headroom per type at the peak. The node checks the license&apos;s signature against the issuer keys it trusts. Exit status 0 when it would have held, 7 when not. Admin or viewer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license file to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many days back to replay, 1 to %1 (default %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--license FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenseFitParameters</name>
    <message>
        <source>unknown query parameter &apos;%1&apos;; use days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;days&apos; must be a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenseInstaller</name>
    <message>
        <source>the license cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenseIssuer</name>
    <message>
        <source>the terms are invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libsodium could not sign the terms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenseReport</name>
    <message>
        <source>%1, default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max license managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: no component can get a lease)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max %1 instances, %2 cores per instance, %3 cores in total
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISSING: every License Manager will refuse this license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present (not checked here; use &apos;license verify --trust PUBLIC&apos; to check it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenseTerms</name>
    <message>
        <source>components.%1 must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>components.%1.%2 must be an integer from 0 to 1000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license_id must be 1 to 128 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licensee must be a non-empty string of at most 256 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires must be an ISO 8601 date and time such as 2027-12-31T23:59:59Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number of seconds from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_license_managers must be an integer from 1 to 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>components must be an object mapping component types to their limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component type &apos;%1&apos; must be 1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenseVerifier</name>
    <message>
        <source>license file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license %1 expired on %2; install a renewed license from the issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license %1 is not signed (no &quot;signature&quot;); only licenses written by &apos;leasekeeper-ctl license issue&apos; are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license %1: &quot;key_id&quot; must be the 16 hex digit id of the issuer key that signed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license %1: &quot;signature&quot; must be the base64 encoding of a 64-byte Ed25519 signature; the file was damaged or edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license %1 is signed by issuer key %2, which this server does not trust; add its public key with --trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license %1 names trusted issuer key %2 but its signature does not match: the terms were modified after signing (or the file was signed by another key); ask the issuer for an intact copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LimitOptions</name>
    <message>
        <source>--%1 &apos;%2&apos; must be a number of bytes from %3 to %4 (k and m suffixes allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; must be a number of seconds above 0 and at most 86400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; must be a number from 1 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadBalancerConfig</name>
    <message>
        <source>no address given; write HOST:PORT, e.g. lm1.example.com:10091</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; opens &apos;[&apos; but does not close it; write IPv6 addresses as [::1]:10091</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no port; write [IPV6]:PORT, e.g. [::1]:10091</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no host; write [IPV6]:PORT, e.g. [::1]:10091</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: zone ids such as %eth0 are not supported; use an address without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv6 address; only IPv6 addresses go in brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no port; write HOST:PORT, e.g. %2:10091</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; looks like an IPv6 address; put it in brackets, e.g. [::1]:10091</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write 0.0.0.0 or [::] instead of * to listen on every address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port &apos;%1&apos; in &apos;%2&apos; is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the primary and the secondary are the same node (%1); an active-passive pair needs two License Managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no host; write HOST:PORT, e.g. 0.0.0.0:%2, to listen on every IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogOutput</name>
    <message>
        <source>cannot open the log file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailSettings</name>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a space, a line break or a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains the non-ASCII character &apos;%1&apos;; write the domain in its ASCII form (xn--...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains &apos;%1&apos;; give the bare address, as in alerts@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must contain exactly one &apos;@&apos;, as in alerts@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs a name before and a domain after the &apos;@&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mail server is set; give the host name of the organisation&apos;s mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail server &apos;%1&apos; is not a host name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail server port is 0; use 587 (STARTTLS), 465 (TLS) or 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail timeout must be longer than 0 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name this host gives in EHLO (&apos;%1&apos;) contains a space or a control character; set a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender address &apos;%1&apos; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recipients are set; give at least one address to send alerts to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipient address &apos;%1&apos; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail to %1 would travel unencrypted; use STARTTLS or TLS, or allow plain SMTP explicitly for a relay you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password for %1 would cross the network unencrypted; use STARTTLS or TLS, or a relay without a user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail user name &apos;%1&apos; is set but no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mail password is set but no user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail user name contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeCommands</name>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 instances  %3/%4 cores
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, version %3, up %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>200 ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 NOT READY (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2, expires %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNHEALTHY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE        INSTANCE                  HOST                CORES  STATE    RENEWED       GRACE ENDS IN
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a License Manager node&apos;s health, license and usage, and whether its /pingLicenseManager answers 200. Exit 0 when ready, 5 when not ready, 1 when unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node, e.g. http://lm1.example.com:10091.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {&quot;ping&quot;: ..., &quot;status&quot;: ...} as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active lease(s)
</source>
        <translation>
            <numerusform>%n active lease
</numerusform>
            <numerusform>%n active leases
</numerusform>
        </translation>
    </message>
    <message>
        <source>status --url URL [--ca FILE] [--pin-sha256 HASH] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leases --url URL --token-file FILE [--ca FILE] [--pin-sha256 HASH] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the active leases of a License Manager node (admin or viewer token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairCertificate</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the load balancer&apos;s address first: the certificate is for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; it is not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate; choose the certificate of the authority that signed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. On both nodes, copy %1 and %2 (keep the key readable by the service only) and add to leasekeeper-server:
   --tls-cert %1 --tls-key %2
   Plain HTTP keeps working on the same port until you also add --tls-only.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. On the load balancer, HAProxy:
   leasekeeper-ctl lb-config haproxy --primary %1 --secondary %2 --listen %3 --tls-cert %4 --tls-key %5 --nodes-ca %6

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Components, the console and leasekeeper-ctl use https://%1 and trust the certificate with --ca %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, or pin it with --pin-sha256 %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresAddress</name>
    <message>
        <source>&apos;%1&apos; opens &apos;[&apos; without closing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has text after &apos;]&apos; that is not :PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a host is missing in &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host &apos;%1&apos; holds a &apos;,&apos;; separate hosts with a plain &apos;,&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;; allowed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; needs a value without spaces, quotes or &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not start with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database name is missing; write postgresql://USER@HOST:PORT/DBNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user is missing; write postgresql://USER@HOST:PORT/DBNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL holds a password; give it with --db-password-file or the LEASEKEEPER_DB_PASSWORD environment variable instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresProbe</name>
    <message>
        <source>connecting to PostgreSQL at %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped while connecting to PostgreSQL at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to PostgreSQL at %1 failed: no answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresStore</name>
    <message>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to PostgreSQL at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking the writer lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the database&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not refresh the statistics of the leases table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another session is connected to the database as License Manager node %1: another node with this name, or this node&apos;s previous connection, which PostgreSQL ends within %2 seconds; give each node its own name (--node-name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 has not checked the cluster for %2 ms: it no longer shows as live to the other nodes until it does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeExclusions</name>
    <message>
        <source>&apos;%1&apos; is not a subnet such as 10.1.0.0/16 or fd00::/8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address, a subnet, a host name or a domain such as .example.com</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a LeaseKeeper profile file; move it away to start afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a profile named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection profile named &apos;%1&apos;; none is saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection profile named &apos;%1&apos;. Saved profiles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Port %1 is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local License Manager cannot listen on port %1: %2

Another program (perhaps another License Manager) uses it. Components must then be pointed at the port you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReclaimJudge</name>
    <message>
        <source>not probed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>probably alive: its port accepts connections (%n in a row); cut off from the License Manager</source>
        <translation>
            <numerusform>probably alive: its port accepts connections (%n in a row); cut off from the License Manager</numerusform>
            <numerusform>probably alive: its port accepts connections (%n in a row); cut off from the License Manager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot tell: %1 (%n in a row)</source>
        <translation>
            <numerusform>cannot tell: %1 (%n in a row)</numerusform>
            <numerusform>cannot tell: %1 (%n in a row)</numerusform>
        </translation>
    </message>
    <message>
        <source>process gone: connection refused (once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>process gone: connection refused (%n in a row, over %1)</source>
        <translation>
            <numerusform>process gone: connection refused (%n in a row, over %1)</numerusform>
            <numerusform>process gone: connection refused (%n in a row, over %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot tell: host does not answer (once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>cannot tell: host does not answer (%n in a row, over %1)</source>
        <translation>
            <numerusform>cannot tell: host does not answer (%n in a row, over %1)</numerusform>
            <numerusform>cannot tell: host does not answer (%n in a row, over %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestBody</name>
    <message>
        <source>the request body is empty; send a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request body is not valid UTF-8 (byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request body is not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request body must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestartDetector</name>
    <message>
        <source>Watching %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is down. Install the new version and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers, version %2. It has not been restarted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was restarted and is back: version %2, was %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was restarted and is back, still version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <source>the secret in %1 must be %2 to %3 characters long</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a subject alternative name; write DNS:host.example.com or IP:10.0.0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the common name must be 1 to 64 characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the validity must be from 1 to %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generating an EC P-256 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the certificate&apos;s names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the certificate&apos;s extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate and the key must go to different files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; pass --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <source>port &apos;%1&apos; must be a number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bind address &apos;%1&apos; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the configuration file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the configuration file %1 is not a valid INI file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeaseKeeper License Manager: grants and renews component leases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INI file with any of the options below (without the dashes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port to serve on (default %1; 0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on (default: all interfaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License file (default: &lt;data dir&gt;/license.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer public key to trust; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory for the database and defaults (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this node in answers and logs (default: host name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File holding the admin API token (default: &lt;data dir&gt;/admin.token, created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db &apos;%1&apos; is not supported; use sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role &apos;%1&apos; must be primary or secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the database password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File holding the PostgreSQL password (else the %1 environment variable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary or secondary: this node&apos;s role in an HA pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: sqlite:PATH for one node (default: &lt;data dir&gt;/leasekeeper.db), or postgresql://USER@HOST:PORT/DBNAME for an HA pair. Behind an HA PostgreSQL cluster, list every HOST:PORT separated by commas and add ?target_session_attrs=read-write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificate (chain) for HTTPS on the same port; needs --tls-key. Plain HTTP is still served unless --tls-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM private key of --tls-cert (unencrypted, EC or RSA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest request, headers and body (default %1; k and m suffixes allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a keep-alive connection idle this long (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request (or TLS handshake) must arrive in full within this time of its first byte (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open connections at most; beyond it new ones get 503 (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse plain HTTP: clients must use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-only needs --tls-cert and --tls-key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File holding the site key components must send in X-Site-Key to get, renew and release leases (default: none needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metrics &apos;%1&apos; must be off, open or token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--log-format &apos;%1&apos; must be plain or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /metrics for Prometheus: off, open (anyone), or token (needs &apos;Authorization: Bearer &lt;admin token&gt;&apos;; default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain (default; under systemd without timestamps and with syslog priorities) or json (one object per line).</source>
        <translation></translation>
    </message>
    <message>
        <source>Append log lines to this file instead of writing them to standard error (a Windows service logs to the event log without it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows: install, uninstall, start or stop the Windows service (command line only). install registers this command line, without --service, as the service&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows: the service&apos;s name for --service (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File of named tokens, one &apos;NAME ROLE TOKEN&apos; per line (ROLE admin or viewer), accepted besides the admin token; re-read on SIGHUP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--usage-retention-days &apos;%1&apos; must be a number of days from 1 to 36500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep usage samples (GET /api/v1/usage) this many days (default %1); minute samples are kept a week at most, hourly and daily ones this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host group policy: named groups of hosts with reserves and caps per component type (docs/policy.md); re-read when the file changes and on SIGHUP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert settings: rules, webhook and mail (docs/alerts.md); re-read when the file changes, rewritten when the settings are changed from the console or the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; must be a whole number from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End a lease overdue this long whose component&apos;s port refused the last --reclaim-refusals probes (docs/components.md); 0, the default, never reclaims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe each overdue lease&apos;s component this often (default %1); 0 never probes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused probes in a row, each a probe interval apart, that show a component gone (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up a probe that gets no answer after this long (default %1); it counts as a timeout, which never reclaims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses never probed: IP addresses, subnets (10.1.0.0/16), host names, domains (.example.com), separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--probe-exclude: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reclaim-after-s needs probes: --probe-interval-s must be above 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceArguments</name>
    <message>
        <source>--service &apos;%1&apos; must be install, uninstall, start or stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--service-name &apos;%1&apos; must be 1 to 80 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteKey</name>
    <message>
        <source>cannot read the site key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site key in %1 must be %2 to %3 characters long</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpReplyReader</name>
    <message>
        <source>it sent &apos;%1&apos;, which is not an SMTP reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlStore</name>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing a database statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a database statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 has schema version %2, newer than this LeaseKeeper supports (%3); upgrade LeaseKeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: counted %2 instances and %3 cores, live leases hold %4 and %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the usage counts of %1 disagree with its leases; recounting (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table lease_change_counter of %1 is empty; the schema is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteStore</name>
    <message>
        <source>cannot create the data directory %1; check its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the SQLite database %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store migrate --from SPEC --to SPEC [--from-password-file FILE] [--to-password-file FILE] [--force]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the active leases and the whole usage history from one store to another, for example from a single node&apos;s SQLite file to the PostgreSQL database of an HA pair, and verify the counts. Stop the node that uses the source first.

SPEC is sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME; passwords come from the files given or from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store to copy from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store to copy to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the leases and history the target already holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the only store command is &apos;migrate&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copied %1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File holding the PostgreSQL password of the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File holding the PostgreSQL password of the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to %4: leases %1 (active %2), denials %3, audit entries %5; the counts match the source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreMigration</name>
    <message>
        <source>%1 already holds data (leases: %2, denials: %3); nothing was copied. Use --force to replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy does not match the source (copy: leases %1, active %2, denials %3; source: leases %4, active %5, denials %6); nothing was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy was cancelled; nothing was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy does not match the source (probes of overdue leases: copy %1, source %2); nothing was kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot restrict %1 to mode 0600: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is a directory, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is larger than 1 MiB; this is not a LeaseKeeper file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON document must be an object ({...})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeSyncParser</name>
    <message>
        <source>the system clock is synchronized (timedatectl: NTPSynchronized=yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system clock is not synchronized (timedatectl: NTPSynchronized=no); enable NTP with &apos;timedatectl set-ntp true&apos; or install chrony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chrony is synchronized (reference %1; system time %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chrony is running but not synchronized (leap status: %1); check its sources with &apos;chronyc sources&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Time is not synchronized (source: %1); turn on Settings &gt; Time &amp; language &gt; Synchronize your clock, or run &apos;w32tm /resync&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Time is synchronized with %1 (last sync: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsClientOptions</name>
    <message>
        <source>the CA file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the CA file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA file %1 is larger than 4 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----); give the certificate that signed the server&apos;s, or the server&apos;s own self-signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsErrorText</name>
    <message>
        <source>self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its chain ends in a self-signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by &apos;%1&apos;, an authority not trusted here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted by the CA file %2 (%3); pass --ca with the certificate that signed it, or pin it with --pin-sha256 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted (%2); pass --ca FILE with the certificate that signed it, or pin it with --pin-sha256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate presented by %1 is for %2, not &apos;%1&apos;; connect with a name the certificate lists, or give the server a certificate for it (leasekeeper-ctl cert self-signed --san %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 expired on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 is not valid before %2 (is this host&apos;s clock right?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 has the SHA-256 fingerprint %2, not the pinned %3; if the server&apos;s certificate was replaced on purpose, pin the new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsServerCredentials</name>
    <message>
        <source>cannot read the TLS %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is not available: Qt found no TLS library (OpenSSL 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS needs both --tls-cert and --tls-key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS certificate %1 is not a PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS private key %1 is not an unencrypted PEM private key (EC, RSA or DSA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL cannot read the TLS certificate %1 or the key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS private key %1 does not belong to the certificate %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS certificate %1 expired on %2: clients will refuse it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS certificate %1 is not valid before %2: clients will refuse it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>token new --tokens-file FILE --name NAME --role admin|viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the named tokens of a License Manager (its --tokens-file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token new --tokens-file FILE --name NAME --role admin|viewer [--out FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new random token for NAME to the tokens file (created with owner-only access) and print it, or write it to --out for its holder. Send the server SIGHUP (or restart the service) to accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s --tokens-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who holds it: the name the audit trail shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin (read and change) or viewer (read only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the token to this new file instead of printing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tokens-file, --name and --role are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be admin or viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cryptography library failed to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1 (%2) to %3; the token is in %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1 (%2) to %3; the token (shown once):
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustedKeys</name>
    <message>
        <source>trusted key skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageParameters</name>
    <message>
        <source>&apos;%1&apos; must be milliseconds since the epoch or an ISO 8601 time, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;step&apos; must be minute, hour or day, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown query parameter &apos;%1&apos;; use type, from, to or step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;from&apos; must not be after &apos;to&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowsServiceManager</name>
    <message>
        <source>--service works on Windows only; elsewhere run leasekeeper-server under the system&apos;s service manager (systemd on Linux)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Service Control Manager refused access: run this from a command prompt started as administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the Service Control Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no service named %1 is installed (--service install)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot query the service&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot register the event log source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service %1 is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot stop the service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service %1 did not stop within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service %1 has stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a service named %1 is installed already; remove it with --service uninstall or choose another --service-name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot install the service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed the service %1 (%2), starting automatically with: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed the service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service %1 is running already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service %1 did not start (exit code %2); its log (the event log, source %1, or --log-file) says why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service %1 is running (process %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WireJson</name>
    <message>
        <source>field &apos;%1&apos; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;role&apos; must be admin or viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;entries&apos; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;samples&apos; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields &apos;refusals&apos; and &apos;types&apos; must be arrays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields &apos;groups&apos; and &apos;usage&apos; must be arrays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk</name>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components seen renewing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::AlertChannelsForm</name>
    <message>
        <source>https://hooks.example.com/leasekeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: no mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: no login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leasekeeper@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ops@example.com, oncall@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file on the License Manager&apos;s host holding the key that signs each request (HMAC-SHA256); the key itself never leaves the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret f&amp;ile on the node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atte&amp;mpts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubled after each failed attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First retry &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file on the License Manager&apos;s host holding the mail password; the password itself never leaves the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word file on the node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail addresses separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::AlertDispatcher</name>
    <message>
        <source>alert %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert %1 delivered by %2 to %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>alert %1 NOT delivered by %2 to %3 after %n attempt(s): %4</source>
        <translation>
            <numerusform>alert %1 NOT delivered by %2 to %3 after %n attempt: %4</numerusform>
            <numerusform>alert %1 NOT delivered by %2 to %3 after %n attempts: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Test alert from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked for this test alert. If you read it, alerts from this License Manager reach you here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::AlertMonitor</name>
    <message>
        <source>%1 on %2 was refused a license (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Instance %1 of %2 on host %3 asked for %n core(s) and was refused: %4</source>
        <translation>
            <numerusform>Instance %1 of %2 on host %3 asked for %n core and was refused: %4</numerusform>
            <numerusform>Instance %1 of %2 on host %3 asked for %n cores and was refused: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2 ran out of grace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lease of instance %1 of %2 on host %3 ended: it was not renewed within the grace period, so that component has shut down, or will refuse to work, until it reaches the License Manager again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n similar alert(s) were held back by the rule&apos;s quiet period of %1 s since the last one.</source>
        <translation>
            <numerusform>%n similar alert was held back by the rule&apos;s quiet period of %1 s since the last one.</numerusform>
            <numerusform>%n similar alerts were held back by the rule&apos;s quiet period of %1 s since the last one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::AlertNotifier</name>
    <message numerus="yes">
        <source>%n new alert(s) from the License Manager</source>
        <translation>
            <numerusform>%n new alert from the License Manager</numerusform>
            <numerusform>%n new alerts from the License Manager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the newest: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::AlertRulesTable</name>
    <message>
        <source>Alert rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After an alert, the same incident is not sent again for this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification in the console&apos;s system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: quiet period in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: send to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::AlertService</name>
    <message>
        <source>this node keeps no alert settings file, so changes could not be kept; start it with --alerts FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::AlertSettingsDialog</name>
    <message>
        <source>%1: delivered (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not delivered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a &amp;test alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The License Manager watches its licenses, leases, database and peers and sends an alert when a rule fires: to a webhook, by mail, and to this console&apos;s notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this console has a viewer token, which can see the alert settings but not change them or send a test alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delivery log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a test alert on every channel as saved on the node, one attempt each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the alert settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This License Manager runs without an alerts file (--alerts), so these settings cannot be changed from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on the node in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The License Manager uses these settings from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test alert; a channel that does not answer takes up to its timeout...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test alert was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook or mail server is saved on the node: the test alert shows in the console only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an admin token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::AuditModel</name>
    <message>
        <source>freed a lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded the license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change refused (viewer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::AuditPage</name>
    <message>
        <source>Export audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::CheckList</name>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
What to do: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::CheckedStepPage</name>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::ClockPage</name>
    <message>
        <source>measuring...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset to this console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warn above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Critical above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset to this console, last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- (no shared database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms ahead of this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms behind this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest drift between two nodes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node-to-node drift needs two measured nodes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::ClockPlot</name>
    <message>
        <source>Clock offsets over the last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 ms now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measurement yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::ClockProbe</name>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of the time; is it a LeaseKeeper License Manager recent enough to offer /api/v1/time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered without receive_time_us and transmit_time_us; is it a LeaseKeeper License Manager?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but none of its %2 answers gave a usable time (its clock ran backwards while answering)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::ComponentsStepPage</name>
    <message>
        <source>Point the components at the virtual host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change each component&apos;s License Manager address to the load balancer&apos;s virtual host. A component reads it when it starts or renews; until then it keeps renewing with the primary, which is safe. Below, every component the primary serves from now on, and the way its request came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot watch renewals on the primary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct: change its address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::ConnectionGuard</name>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this License Manager accepts only HTTPS: use https:// to reach it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request exceeds the limit of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request headers exceed the limit of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 did not complete within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request did not arrive within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::DatabasePreparation</name>
    <message>
        <source>the local database %1 does not exist; nothing was copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is still being worked on; wait for it to finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::DatabaseStepPage</name>
    <message>
        <source>&amp;Test the connection and prepare the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move this License Manager&apos;s data into it...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The external database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both License Managers keep their leases in one PostgreSQL database, which also decides the time of every lease. Create a role and a database for LeaseKeeper, then enter them here. The password is kept in this computer&apos;s keychain, never in a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to %1 and create or upgrade LeaseKeeper&apos;s tables there? Existing LeaseKeeper data is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected; the schema is ready. The database holds %1 leases (%2 active) and %3 denials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the active leases and the whole history of %1 into %2? The copy is checked before it is kept; a database that already holds leases is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied leases: %1 (active %2), denials: %3, audit entries: %4; the counts match this License Manager&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::DeliveryLogTable</name>
    <message>
        <source>Alert delivery log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::DrainStepPage</name>
    <message>
        <source>&amp;Move traffic to the secondary...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move traffic to the secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary goes into maintenance: its health check fails on purpose, the load balancer sends components to the updated secondary, and requests that still reach the primary are served. Components keep running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the primary %1 in maintenance now? It stays in maintenance until it is restarted or you end maintenance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::DrillRunner</name>
    <message>
        <source>Asking both nodes for their names...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both nodes must answer before the drill can start; check their addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both nodes must answer before traffic can move; go back and check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic moved to the secondary after %1 ms and returned after %2 ms; %3 of %4 requests through the load balancer failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic moved after %1 ms; %2 of %3 requests through the load balancer failed. Now update the primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic did not move: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::DrillStepPage</name>
    <message>
        <source>&amp;Run the drill...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover drill (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse a failover before you need one: the primary goes into maintenance, the load balancer should move traffic to the secondary within a few seconds without a failed request, and traffic returns when maintenance ends. Components keep running throughout. You can skip this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the primary %1 in maintenance now? The load balancer moves traffic to the secondary; maintenance ends by itself when the drill finishes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::FailoverDrill</name>
    <message>
        <source>Putting %1 in maintenance...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled; %1 is taken out of maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the admin token was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot put %1 in maintenance: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot take %1 out of maintenance: %2; do it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the load balancer to move traffic to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for traffic to return to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1 s the load balancer still sends traffic to %2; check its health check of /pingLicenseManager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1 s traffic has not returned to %2; check the load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic moved to %1 after %2 ms. Taking %3 out of maintenance...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking %1 out of maintenance...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic moved to %1 after %2 ms; %3 stays in maintenance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::GraceModel</name>
    <message>
        <source>License Manager unreachable for %1: no components in grace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License Manager unreachable for %1: 1 component in grace, shutdown in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License Manager unreachable for %1: %2 components in grace, first shutdown in %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::GracePage</name>
    <message>
        <source>No component is on its grace period: every one renewed on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A component that cannot renew its lease keeps running for the license&apos;s grace period, then shuts down. A component stopped during its grace period cannot start again until it reaches a License Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components on grace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::GuardedListener</name>
    <message>
        <source>accepting connections again (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connections open, the limit (--max-connections): new connections get 503 until some close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this License Manager has %1 connections open, its limit; try again shortly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot accept a connection (%1): %2; retrying</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::HaWizard</name>
    <message>
        <source>Set up high availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pair needs a license that allows two License Managers (max_license_managers 2 or more). This License Manager becomes the primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Primary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocks in sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both hosts must keep their clocks synchronised. On Linux enable NTP (&apos;timedatectl set-ntp true&apos;, or chrony); on Windows turn on Settings &gt; Time &amp; language &gt; Synchronize your clock. Install and start leasekeeper-server on the second host, then enter its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secondary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start both nodes on the database, with the same license and trusted issuer key:
  leasekeeper-server --db postgresql://USER@HOST:PORT/DBNAME --db-password-file FILE --role primary|secondary --license license.json --trust issuer.pub
Only the License Manager runs clustered: keep the console and other tools off the secondary&apos;s load-balanced address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check of the pair, once more. Finish saves the pair as a connection profile, which the console&apos;s overview then watches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HA pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::HealthBanner</name>
    <message>
        <source>License Manager health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting the License Manager...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::HistoryModel</name>
    <message>
        <source>released (clean shutdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by a restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grace period expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freed by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied: type not licensed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied: license expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied: instance limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied: too many cores per instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied: core limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied: host group cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied: reserved for another host group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reclaimed (process gone)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::HistoryPage</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 cores, %3 instances (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leases in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak concurrent use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::HttpConnection</name>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::HttpServer</name>
    <message>
        <source>request body of %1 bytes exceeds the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed on %2; use %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such endpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::LeaseRowModel</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuts down in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shuts down in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::LeaseService</name>
    <message>
        <source>no license is loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this License Manager cannot grant leases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the License Manager is overloaded; retry shortly</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the license allows %n License Manager(s) and it is already served by %1; stop a node or install a license that allows more</source>
        <translation>
            <numerusform>the license allows %n License Manager and it is already served by %1; stop a node or install a license that allows more</numerusform>
            <numerusform>the license allows %n License Managers and it is already served by %1; stop a node or install a license that allows more</numerusform>
        </translation>
    </message>
    <message>
        <source>a License Manager place of the license is free again: this node serves</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::LeasesPage</name>
    <message>
        <source>Search instance, host, IP address or node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search leases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the selected lease now. Its component stops being counted; if it is still running it will ask for a new lease at its next renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active leases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export leases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lease(s) shown</source>
        <translation>
            <numerusform>%1 of %n lease shown</numerusform>
            <numerusform>%1 of %n leases shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Free lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the lease of %1 on %2 being freed? The reason is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free the lease of %1 (%2 cores)? If the component is still running it will ask for a new lease at its next renewal, and may be denied if the license is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Free lease...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeing a lease needs an admin token; this console has a viewer token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::LicenseApi</name>
    <message>
        <source>the admin API is disabled: start the server with --admin-token-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no license is loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license %1 expired on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this node is in maintenance mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License Manager %1 is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no active lease with this id; request a new lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no active lease with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this License Manager needs the site key: send it in the header &apos;X-Site-Key&apos; (component option --site-key-file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &apos;X-Site-Key&apos; header does not hold this License Manager&apos;s site key; check the component&apos;s --site-key-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many failed authentication attempts from %1; try again in %2 (at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 locked out for %2 after %3 failed authentication attempts (last: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;after&apos; must be a sequence number (0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token that is not valid here, for %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this endpoint needs &apos;Authorization: Bearer &lt;token&gt;&apos; with an admin or viewer token of this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a viewer token cannot change anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token &apos;%1&apos; is a viewer token: it can read but not change anything; this needs an admin token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first use of this token from this address since the node started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 from %3: %4 %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an audit entry was not stored in the database (it is in this log): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 from %3: %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already out of maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this node trusts no issuer public key, so it cannot check the license sent; start it with --trust FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license sent cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or more leases in the last %2 days; check fewer days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail to %1 via %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rules on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this node has not started its alerts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no webhook or mail set; shown in the console only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::LicenseCard</name>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no license loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 instances in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cores in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cores</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::LicenseClient</name>
    <message>
        <source>no License Manager URL is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lease released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not release the lease (%1); the License Manager frees it when its grace period ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach any License Manager at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot renew the lease at %1 (%2); running on grace, shutting down in %3 unless a renewal succeeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the License Manager&apos;s answer lacks a lease id, a renewal interval or a grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licensed; renewing every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lease renewed; grace period over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lease renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grace period of %1 ran out: no License Manager at %2 renewed the lease; shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the License Manager ended lease %1 (it no longer knows it) and no License Manager at %2 granted a new one (%3); running on grace, shutting down in %4 unless a new lease is granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the License Manager ended lease %1 (it no longer knows it) and refuses a new one now: %2; running on grace, shutting down in %3 unless a seat frees up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licensed again with new lease %1 (the License Manager had ended lease %2); grace period over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the License Manager had ended lease %1 (it no longer knew it); licensed again with new lease %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grace period of %1 ran out: no License Manager at %2 granted a new lease after lease %3 was ended; shutting down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::LicenseFitDialog</name>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export refusals as CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed (instances / cores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headroom at the peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use per type against the license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the license would have refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export refusals as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1 against past usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would this license have held? The License Manager replays the leases it recorded against the limits of %1, start by start, as it would have granted them. Nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of usage to replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replay the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replaying the last %n day(s) of usage...</source>
        <translation>
            <numerusform>Replaying the last day of usage...</numerusform>
            <numerusform>Replaying the last %n days of usage...</numerusform>
        </translation>
    </message>
    <message>
        <source>License %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 would have held: none of the %n lease(s) of the last %2 days would have been refused.</source>
        <translation>
            <numerusform>%1 would have held: the one lease of the last %2 days would not have been refused.</numerusform>
            <numerusform>%1 would have held: none of the %n leases of the last %2 days would have been refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 would have refused %n start(s) in the last %2 days.</source>
        <translation>
            <numerusform>%1 would have refused %n start in the last %2 days.</numerusform>
            <numerusform>%1 would have refused %n starts in the last %2 days.</numerusform>
        </translation>
    </message>
    <message>
        <source>not licensed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::LicenseInstallService</name>
    <message>
        <source>the license was installed but the License Manager does not serve it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another license is served</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::LicensePage</name>
    <message>
        <source>Licensed component types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cores per instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install licenses with the console on the License Manager&apos;s own host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License Managers allowed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the license file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License files (*.json *.lic);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the issuer&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public keys (*.pub *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unusable license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not installed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace license %1 (%2) with license %3 (%4), valid until %5?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install license %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License %1 for %2 is installed and served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install license...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check a license against past usage...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would a renewal offer or a smaller tier have held the starts of the last days?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the license to check against past usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host groups (policy file): use against reserve and cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use (instances / cores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(other hosts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n core</numerusform>
            <numerusform>%n cores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::LicenseServer</name>
    <message>
        <source>no issuer public key is trusted; start the server with --trust FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serving license %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 listening on %2 port %3, store %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance mode on: /pingLicenseManager answers 503</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance mode off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the limit of %1 open files (ulimit -n) is below --max-connections %2: connections beyond it wait in the kernel&apos;s queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS on port %1 for %2, certificate valid until %3; plain HTTP %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>components must send the site key from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: re-reading the license and the TLS certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: re-reading the license</source>
        <translation></translation>
    </message>
    <message>
        <source>this host&apos;s clock is not synchronized: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock synchronization (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) accepted</source>
        <translation>
            <numerusform>%n token accepted</numerusform>
            <numerusform>%n tokens accepted</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the tokens accepted so far stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>host group policy %1: %n rule(s)</source>
        <translation>
            <numerusform>host group policy %1: %n rule</numerusform>
            <numerusform>host group policy %1: %n rules</numerusform>
        </translation>
    </message>
    <message>
        <source>policy file changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) in force for the next grants; running leases stay</source>
        <translation>
            <numerusform>%n rule in force for the next grants; running leases stay</numerusform>
            <numerusform>%n rules in force for the next grants; running leases stay</numerusform>
        </translation>
    </message>
    <message>
        <source>host group policy %1 re-read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the policy in force stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts file changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert settings from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert settings re-read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the settings in force stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue leases are probed every %1 s and reclaimed after %2 s overdue when %3 probes in a row are refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::LoadBalancerStepPage</name>
    <message>
        <source>The load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load balancer sends every request to the primary and, when its /pingLicenseManager stops answering 200, to the secondary. Choose yours to get a configuration with fast failure detection and safe retries; install it, then enter the virtual host components will use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure an active-passive pool:
- members: %1 (primary) and %2 (backup, used only when the primary is down)
- health check: GET /pingLicenseManager every second, healthy on status 200, down after 2 failures, up after 3 successes
- retry a request that failed on the primary on the backup (renewals, grants and releases are idempotent)
- a request timeout of about 3 s to a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAProxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;balancer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Virtual host:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::MailChannel</name>
    <message>
        <source>after %1 attempts: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::MainWindow</name>
    <message>
        <source>LeaseKeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, last answer at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer (checked at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components depend on this License Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) hold leases from the License Manager in this console. If you quit, they keep running on their grace period (%1) and then shut down, and none of them can start again until a License Manager answers.</source>
        <translation>
            <numerusform>%n component holds leases from the License Manager in this console. If you quit, it keeps running on its grace period (%1) and then shuts down, and it cannot start again until a License Manager answers.</numerusform>
            <numerusform>%n components hold leases from the License Manager in this console. If you quit, they keep running on their grace period (%1) and then shut down, and none of them can start again until a License Manager answers.</numerusform>
        </translation>
    </message>
    <message>
        <source>LeaseKeeper: License Manager running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show LeaseKeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;profiles...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - LeaseKeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up &amp;high availability...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update the pair node by node...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: viewer token &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token can read everything but change nothing: freeing leases, maintenance and the wizards need an admin token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an admin token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alerts...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::NodeCard</name>
    <message>
        <source>Reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, NOT ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, up %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on: the load balancer moves traffic away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1, answered by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::NodeClient</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing leases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freeing the lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing leases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing renewals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking what the token may do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking what the token may do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the license against past usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the license against past usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the host groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the host groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the alert settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the alert settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending a test alert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::NodeUpdatePage</name>
    <message>
        <source>This node already runs the new version: no restart needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::OverviewPage</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::ProfilesDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in a new window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keychain; leave empty to keep the stored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load balancer&apos;s virtual host, or the only License Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HA pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is saved, but the admin token is not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the connection profile &apos;%1&apos;? The License Managers themselves are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted profile &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;des (one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address that components use and, for an HA pair, each node&apos;s own address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: PEM file of the authority that signed the nodes&apos; certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: AB:CD:... fingerprints, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;A file (https):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pinned SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::SecretStore</name>
    <message>
        <source>no keychain is available (%1); on Linux, start a Secret Service such as GNOME Keyring or KWallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain refused access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::SmtpClient</name>
    <message>
        <source>cannot connect to the mail server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake with the mail server %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail server %1 closed the connection (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from the mail server %1 within %2 s (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; if the server expects STARTTLS (usually on port 587), set the security to STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; if the server expects TLS from the first byte (usually on port 465), set the security to TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail server %1 does not answer as SMTP servers do: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail server %1 refused the connection: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail server %1 refused the sender %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail server %1 did not take the message (DATA): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail server %1 did not accept EHLO: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail server %1 does not offer STARTTLS, so nothing was sent (no password, no message); turn STARTTLS on there, or use TLS (port 465) if it offers that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail server %1 refused STARTTLS, so nothing was sent (no password, no message): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail server %1 sent more than its answer to STARTTLS, which could have been injected on the way; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail server %1 does not offer AUTH, but a user name is set; remove the user name if it takes mail without one, or check that this is its submission port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail server %1 offers AUTH %2 only; LeaseKeeper logs in with PLAIN or LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail server %1 refused the user name or password: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail server %1 did not log in user &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail server %1 refused every recipient: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail server %1 refused the message: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; not delivered to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for its greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of the message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::StoreWorker</name>
    <message>
        <source>the store has not been opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 database has not answered for %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 store at %2 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 store at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 store at %2 answers again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::TcpProbe</name>
    <message>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::TimeSyncProbe</name>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no way to check clock synchronization is known on this platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell whether this clock is synchronized: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verdict (exit status %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::TlsNetworkAccess</name>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::TlsReloader</name>
    <message>
        <source>files changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, valid until %2 (SHA-256 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate not reloaded (%1): %2; still serving %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate re-read (%1): unchanged, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate reloaded (%1): new connections get %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::TlsStepPage</name>
    <message>
        <source>&amp;Keep HTTP (a trusted network only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate a self-signed certificate for the pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;organisation&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components, the console and the load balancer can reach the License Managers over HTTPS. One certificate names the virtual host and both nodes. A self-signed one suits an evaluation; in production use one your organisation issues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ge&amp;nerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;by (CA):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check and use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Replace the certificate and key there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::UpdateWizard</name>
    <message>
        <source>Update the pair node by node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update a pair only when it is healthy: every check must pass, so that one node can carry the components while the other is updated. Have the new version at hand on both hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secondary carries no traffic. On its host: stop leasekeeper-server, install the new version, start it again with the same options. This page sees it go down and come back, then checks the pair again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components now renew with the secondary. On the primary&apos;s host: stop leasekeeper-server, install the new version, start it again. A restarted node is out of maintenance; the load balancer returns traffic to it after three good health checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End maintenance without a restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both nodes are updated. Every check of the pair, once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the primary out of maintenance now? The load balancer sends traffic back to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::UsageChart</name>
    <message>
        <source>Cores in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cores allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no usage recorded in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: in use and allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>peak %n core(s)</source>
        <translation>
            <numerusform>peak %n core</numerusform>
            <numerusform>peak %n cores</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 of %3 instances, %4 of %5 cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants denied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 periods. Last: %3 of %4 instances, %5 of %6 cores. %7 %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants denied: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::UsageModel</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cores allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::UsagePage</name>
    <message>
        <source>Export usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 400 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;NG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage recorded in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The License Manager records its usage once a minute; nothing yet in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants of %1 denied in this period: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One point per minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One point per hour: the most in use during that hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One point per day (UTC): the most in use during that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The License Manager does not answer, so no usage can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The License Manager does not accept this console&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token may not read the usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This License Manager does not record usage over time: it needs a newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The License Manager could not read its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The License Manager is too busy to answer; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::WebhookChannel</name>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook %1: attempt %2 for alert %3 failed (%4); next in %5 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::WindowsServiceHost</name>
    <message>
        <source>--service run is what the Windows Service Control Manager starts; there is none on this system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this process is connected to the Service Control Manager already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--service run is what the Service Control Manager starts; to run the server in a console, leave --service out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to the Service Control Manager: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Service Control Manager does not know the service %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the event log for the source %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeaseKeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeaseKeeper cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
