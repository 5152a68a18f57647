<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccessTokens</name>
    <message>
        <source>&apos;%1&apos; is not a token name: use 1 to 64 letters, digits and . _ @ -</source>
        <translation>&apos;%1&apos; no es un nombre de token: use de 1 a 64 letras, dígitos y . _ @ -</translation>
    </message>
    <message>
        <source>the token name &apos;%1&apos; is used twice</source>
        <translation>el nombre de token &apos;%1&apos; se usa dos veces</translation>
    </message>
    <message>
        <source>the token of &apos;%1&apos; must be %2 to %3 characters long</source>
        <translation>el token de &apos;%1&apos; debe tener de %2 a %3 caracteres</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>expected &apos;NAME ROLE TOKEN&apos;, found %n field(s)</source>
        <translation>
            <numerusform>se esperaba &apos;NAME ROLE TOKEN&apos;, se encontró %n campo</numerusform>
            <numerusform>se esperaba &apos;NAME ROLE TOKEN&apos;, se encontraron %n campos</numerusform>
        </translation>
    </message>
    <message>
        <source>the role must be admin or viewer, not &apos;%1&apos;</source>
        <translation>el rol debe ser admin o viewer, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot read the tokens file %1: %2</source>
        <translation>no se puede leer el archivo de tokens %1: %2</translation>
    </message>
    <message>
        <source>the tokens file %1 is larger than 1 MiB</source>
        <translation>el archivo de tokens %1 ocupa más de 1 MiB</translation>
    </message>
</context>
<context>
    <name>AdminToken</name>
    <message>
        <source>cannot create the admin token file %1: %2</source>
        <translation>no se puede crear el fichero del token de administración %1: %2</translation>
    </message>
    <message>
        <source>the cryptography library failed to start</source>
        <translation>la biblioteca criptográfica no pudo iniciarse</translation>
    </message>
</context>
<context>
    <name>AdminTokenFile</name>
    <message>
        <source>cannot read the admin token file %1: %2</source>
        <translation>no se puede leer el fichero del token de administración %1: %2</translation>
    </message>
    <message>
        <source>the admin token in %1 must be 16 to %2 characters long</source>
        <translation>el token de administración de %1 debe tener entre 16 y %2 caracteres</translation>
    </message>
</context>
<context>
    <name>AlertChannels</name>
    <message>
        <source>mail ca-file: %1</source>
        <translation>ca-file del correo: %1</translation>
    </message>
</context>
<context>
    <name>AlertConditions</name>
    <message>
        <source>%1 uses %2% of its license</source>
        <translation>%1 usa el %2% de su licencia</translation>
    </message>
    <message>
        <source>%1: %2 of %3 instances and %4 of %5 cores in use (threshold %6%). Further components of this type will be refused once a limit is reached.</source>
        <translation>%1: %2 de %3 instancias y %4 de %5 núcleos en uso (umbral %6%). Cuando se alcance un límite, se rechazarán más componentes de este tipo.</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 component(s) missed their renewals</source>
        <translation>
            <numerusform>%n componente %1 no renovó a tiempo</numerusform>
            <numerusform>%n componentes %1 no renovaron a tiempo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lease(s) of %1 were not renewed in time: those components cannot reach the License Manager and run on their grace period. Check the network between them and the load balancer; the Grace view shows each one&apos;s deadline.</source>
        <translation>
            <numerusform>%n concesión de %1 no se renovó a tiempo: ese componente no llega al License Manager y funciona en su periodo de gracia. Revise la red entre él y el balanceador; la vista Gracia muestra su plazo.</numerusform>
            <numerusform>%n concesiones de %1 no se renovaron a tiempo: esos componentes no llegan al License Manager y funcionan en su periodo de gracia. Revise la red entre ellos y el balanceador; la vista Gracia muestra el plazo de cada uno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>License %1 expires in %n day(s)</source>
        <translation>
            <numerusform>La licencia %1 vence en %n día</numerusform>
            <numerusform>La licencia %1 vence en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>License %1 has expired</source>
        <translation>La licencia %1 ha vencido</translation>
    </message>
    <message>
        <source>License %1 for %2 expires at %3. Components already running keep their leases; new ones are refused after it. Install the renewed license before then.</source>
        <translation>La licencia %1 de %2 vence el %3. Los componentes en marcha conservan sus concesiones; los nuevos se rechazarán después. Instale la licencia renovada antes.</translation>
    </message>
    <message>
        <source>%1 cannot use its database</source>
        <translation>%1 no puede usar su base de datos</translation>
    </message>
    <message>
        <source>%1: %2. Components keep running on their grace period; new ones cannot start until the database answers again.</source>
        <translation>%1: %2. Los componentes siguen en su periodo de gracia; los nuevos no pueden arrancar hasta que la base de datos responda de nuevo.</translation>
    </message>
    <message>
        <source>%1&apos;s clock is %2 ms off the database&apos;s</source>
        <translation>El reloj de %1 difiere %2 ms del de la base de datos</translation>
    </message>
    <message>
        <source>The database&apos;s clock minus %1&apos;s is %2 ms (threshold %3 ms). Nodes whose clocks disagree make components shut down or stay in grace; synchronise this host with NTP.</source>
        <translation>El reloj de la base de datos menos el de %1 es %2 ms (umbral %3 ms). Con relojes desincronizados los componentes se detienen o se quedan en gracia; sincronice este equipo con NTP.</translation>
    </message>
    <message>
        <source>%1 lost contact with %2</source>
        <translation>%1 perdió el contacto con %2</translation>
    </message>
    <message>
        <source>%1 (%2) has sent no heartbeat since %3: the pair has no second node, so the next failure stops licensing. Start it again or check its database connection.</source>
        <translation>%1 (%2) no envía latidos desde %3: el par no tiene segundo nodo y el próximo fallo detendrá el licenciamiento. Vuelva a iniciarlo o revise su conexión a la base de datos.</translation>
    </message>
    <message>
        <source>%1: seats held by components that look dead: %2 (%3 cores)</source>
        <translation>%1: puestos ocupados por componentes que parecen muertos: %2 (%3 núcleos)</translation>
    </message>
    <message>
        <source>Overdue leases of %1 hold %2 instances and %3 cores, and probes of where those components ran were refused: nothing listens there any more. With --reclaim-after-s the License Manager frees such seats itself; otherwise free them in the Leases view, which shows each one&apos;s evidence.</source>
        <translation>Las concesiones vencidas de %1 ocupan %2 instancias y %3 núcleos, y los sondeos de donde se ejecutaban esos componentes fueron rechazados: ya no escucha nada allí. Con --reclaim-after-s el License Manager libera esos puestos por sí mismo; si no, libérelos en la vista Concesiones, que muestra la evidencia de cada una.</translation>
    </message>
</context>
<context>
    <name>AlertMail</name>
    <message>
        <source>Rule: %1</source>
        <translation>Regla: %1</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Gravedad: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation>Nodo: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Hora: %1</translation>
    </message>
    <message>
        <source>Alert ID: %1</source>
        <translation>ID de la alerta: %1</translation>
    </message>
</context>
<context>
    <name>AlertRule</name>
    <message>
        <source>A component type uses this share of its licensed instances or cores</source>
        <translation>Un tipo de componente usa esta parte de sus instancias o núcleos licenciados</translation>
    </message>
    <message>
        <source>A component was refused a license</source>
        <translation>Se rechazó la licencia a un componente</translation>
    </message>
    <message>
        <source>Components missed their renewals and run on their grace period</source>
        <translation>Hay componentes que no renovaron y funcionan en su periodo de gracia</translation>
    </message>
    <message>
        <source>A lease ended because its grace period ran out</source>
        <translation>Una concesión terminó porque se agotó su periodo de gracia</translation>
    </message>
    <message>
        <source>The license expires within this many days</source>
        <translation>La licencia vence en estos días o menos</translation>
    </message>
    <message>
        <source>The database does not answer</source>
        <translation>La base de datos no responde</translation>
    </message>
    <message>
        <source>Another License Manager of the pair stopped answering</source>
        <translation>El otro License Manager del par dejó de responder</translation>
    </message>
    <message>
        <source>This node&apos;s clock differs from the database&apos;s by more than this</source>
        <translation>El reloj de este nodo difiere del de la base de datos en más de esto</translation>
    </message>
    <message>
        <source>%1: the quiet period must be 0 to %2 seconds, not %3</source>
        <translation>%1: el periodo de silencio debe ser de 0 a %2 segundos, no %3</translation>
    </message>
    <message>
        <source>%1: unknown channel &quot;%2&quot;; use webhook, mail or tray</source>
        <translation>%1: canal desconocido &quot;%2&quot;; use webhook, mail o tray</translation>
    </message>
    <message>
        <source>%1: the threshold must be %2 to %3 %4, not %5</source>
        <translation>%1: el umbral debe estar entre %2 y %3 %4, no %5</translation>
    </message>
    <message>
        <source>Seats are held by components that look dead: probes of their addresses are refused</source>
        <translation>Hay puestos ocupados por componentes que parecen muertos: los sondeos de sus direcciones son rechazados</translation>
    </message>
</context>
<context>
    <name>AlertSecrets</name>
    <message>
        <source>webhook secret file %1: %2</source>
        <translation>archivo del secreto del webhook %1: %2</translation>
    </message>
    <message>
        <source>mail password file</source>
        <translation>archivo de la contraseña de correo</translation>
    </message>
    <message>
        <source>the mail password file %1 is empty</source>
        <translation>el archivo de la contraseña de correo %1 está vacío</translation>
    </message>
</context>
<context>
    <name>AlertSettings</name>
    <message>
        <source>the evaluation interval must be 1 to 3600 seconds, not %1</source>
        <translation>el intervalo de evaluación debe ser de 1 a 3600 segundos, no %1</translation>
    </message>
    <message>
        <source>the webhook URL &quot;%1&quot; is not an http:// or https:// address</source>
        <translation>la URL del webhook &quot;%1&quot; no es una dirección http:// o https://</translation>
    </message>
    <message>
        <source>webhook attempts must be 1 to 20, not %1</source>
        <translation>los intentos del webhook deben ser de 1 a 20, no %1</translation>
    </message>
    <message>
        <source>the webhook retry delay must be 1 to 3600000 ms, not %1</source>
        <translation>la espera entre reintentos del webhook debe ser de 1 a 3600000 ms, no %1</translation>
    </message>
    <message>
        <source>the webhook timeout must be 100 to 300000 ms, not %1</source>
        <translation>el tiempo de espera del webhook debe ser de 100 a 300000 ms, no %1</translation>
    </message>
    <message>
        <source>the mail server port must be 1 to 65535, not %1</source>
        <translation>el puerto del servidor de correo debe ser de 1 a 65535, no %1</translation>
    </message>
    <message>
        <source>mail security must be starttls, tls or none, not &quot;%1&quot;</source>
        <translation>la seguridad del correo debe ser starttls, tls o none, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the mail sender &quot;%1&quot; is not an e-mail address</source>
        <translation>el remitente &quot;%1&quot; no es una dirección de correo</translation>
    </message>
    <message>
        <source>mail has no recipients; list them in &quot;to&quot;</source>
        <translation>el correo no tiene destinatarios; indíquelos en &quot;to&quot;</translation>
    </message>
    <message>
        <source>the mail recipient &quot;%1&quot; is not an e-mail address</source>
        <translation>el destinatario &quot;%1&quot; no es una dirección de correo</translation>
    </message>
    <message>
        <source>mail user %1 has no password file</source>
        <translation>el usuario de correo %1 no tiene archivo de contraseña</translation>
    </message>
    <message>
        <source>%1 goes only to the webhook, and no webhook URL is set</source>
        <translation>%1 va solo al webhook y no hay URL de webhook</translation>
    </message>
    <message>
        <source>%1 goes only to mail, and no mail server is set</source>
        <translation>%1 va solo al correo y no hay servidor de correo</translation>
    </message>
</context>
<context>
    <name>AlertSettingsFile</name>
    <message>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; no es un número entero</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither true nor false</source>
        <translation>&quot;%1&quot; no es true ni false</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: not a readable INI file</source>
        <translation>%1: no es un archivo INI legible</translation>
    </message>
    <message>
        <source>%1: unknown section [%2]; the sections are %3</source>
        <translation>%1: sección desconocida [%2]; las secciones son %3</translation>
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
        <translation>el campo &apos;%1&apos; debe ser una cadena</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be an integer</source>
        <translation>el campo &apos;%1&apos; debe ser un entero</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be true or false</source>
        <translation>el campo &apos;%1&apos; debe ser true o false</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a list of strings</source>
        <translation>el campo &apos;%1&apos; debe ser una lista de cadenas</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be an object</source>
        <translation>el campo &apos;%1&apos; debe ser un objeto</translation>
    </message>
    <message>
        <source>field &apos;rules&apos; must be a list of rules</source>
        <translation>el campo &apos;rules&apos; debe ser una lista de reglas</translation>
    </message>
    <message>
        <source>each of &apos;rules&apos; must be an object whose &apos;rule&apos; is one of %1</source>
        <translation>cada elemento de &apos;rules&apos; debe ser un objeto cuyo &apos;rule&apos; sea uno de %1</translation>
    </message>
</context>
<context>
    <name>AlertsAnswer</name>
    <message>
        <source>&apos;after&apos; must be a whole number of 0 or more, not &quot;%1&quot;</source>
        <translation>&apos;after&apos; debe ser un número entero de 0 o más, no &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>TIME (UTC)           NODE        ACTOR         ACTION           OUTCOME    TARGET / DETAIL / FROM
</source>
        <translation>HORA (UTC)           NODO        ACTOR         ACCIÓN           RESULTADO  OBJETO / DETALLE / ORIGEN
</translation>
    </message>
    <message>
        <source>audit --url URL --token-file FILE [--days N] [--action ACTION] [--actor NAME] [--limit N] [--json]</source>
        <translation>audit --url URL --token-file FILE [--days N] [--action ACTION] [--actor NAME] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Show the audit trail of a License Manager (or of an HA pair, which shares it): frees, maintenance, licenses loaded, tokens used and refused. Admin or viewer token.</source>
        <translation>Muestra el registro de auditoría de un gestor de licencias (o de un par HA, que lo comparte): liberaciones, mantenimiento, licencias cargadas, tokens usados y rechazados. Token de administración o de lectura.</translation>
    </message>
    <message>
        <source>Only the last N days.</source>
        <translation>Solo los últimos N días.</translation>
    </message>
    <message>
        <source>Only this action (%1).</source>
        <translation>Solo esta acción (%1).</translation>
    </message>
    <message>
        <source>Only what this token name did.</source>
        <translation>Solo lo que hizo este nombre de token.</translation>
    </message>
    <message>
        <source>At most N entries (default 100).</source>
        <translation>Como máximo N entradas (por defecto 100).</translation>
    </message>
    <message>
        <source>--days must be a whole number of days, 1 or more</source>
        <translation>--days debe ser un número entero de días, 1 o más</translation>
    </message>
    <message>
        <source>the node answered: %1</source>
        <translation>el nodo respondió: %1</translation>
    </message>
    <message>
        <source>Entries: %1
</source>
        <translation>Entradas: %1
</translation>
    </message>
</context>
<context>
    <name>AuditParameters</name>
    <message>
        <source>&apos;%1&apos; must be milliseconds since the epoch</source>
        <translation>&apos;%1&apos; deben ser milisegundos desde la época Unix</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an audit action; use one of %2</source>
        <translation>&apos;%1&apos; no es una acción de auditoría; use una de %2</translation>
    </message>
    <message>
        <source>&apos;limit&apos; must be a whole number from 1 to 100000</source>
        <translation>&apos;limit&apos; debe ser un número entero de 1 a 100000</translation>
    </message>
    <message>
        <source>unknown query parameter &apos;%1&apos;; use since_ms, until_ms, action, actor or limit</source>
        <translation>parámetro de consulta desconocido &apos;%1&apos;; use since_ms, until_ms, action, actor o limit</translation>
    </message>
</context>
<context>
    <name>BlockingHttp</name>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>&apos;%1&apos; no es una URL http:// o https://</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>no se puede contactar con %1: %2</translation>
    </message>
</context>
<context>
    <name>CertCommand</name>
    <message>
        <source>cert self-signed [OPTIONS...]</source>
        <translation>cert self-signed [OPCIONES...]</translation>
    </message>
    <message>
        <source>Make TLS certificates for License Managers.

Actions:
  self-signed    an EC P-256 key and a self-signed certificate, in PEM</source>
        <translation>Crea certificados TLS para License Managers.

Acciones:
  self-signed    una clave EC P-256 y un certificado autofirmado, en PEM</translation>
    </message>
    <message>
        <source>cert self-signed --cn NAME [--san DNS:host|IP:addr ...] [--days N] --cert FILE --key FILE [--force]</source>
        <translation>cert self-signed --cn NAME [--san DNS:host|IP:addr ...] [--days N] --cert FILE --key FILE [--force]</translation>
    </message>
    <message>
        <source>Write an EC P-256 private key (mode 0600) and a self-signed certificate for it, and print the certificate&apos;s SHA-256 fingerprint. Give the certificate to the server (--tls-cert, --tls-key) and to clients as their --ca file, or let clients pin the fingerprint (--pin-sha256).</source>
        <translation>Escribe una clave privada EC P-256 (modo 0600) y un certificado autofirmado para ella, e imprime la huella SHA-256 del certificado. Dé el certificado al servidor (--tls-cert, --tls-key) y a los clientes como su archivo --ca, o deje que los clientes fijen la huella (--pin-sha256).</translation>
    </message>
    <message>
        <source>Common name, e.g. lm1.example.com.</source>
        <translation>Nombre común, p. ej. lm1.example.com.</translation>
    </message>
    <message>
        <source>A name clients use to reach the server: DNS:host or IP:address; repeat for more (default DNS:&lt;cn&gt;).</source>
        <translation>Un nombre con el que los clientes llegan al servidor: DNS:host o IP:dirección; repítalo para más (por defecto DNS:&lt;cn&gt;).</translation>
    </message>
    <message>
        <source>Validity in days (default 365, at most %1).</source>
        <translation>Validez en días (por defecto 365, como máximo %1).</translation>
    </message>
    <message>
        <source>Certificate file to write (PEM).</source>
        <translation>Archivo del certificado que se escribe (PEM).</translation>
    </message>
    <message>
        <source>Private key file to write (PEM, mode 0600).</source>
        <translation>Archivo de la clave privada que se escribe (PEM, modo 0600).</translation>
    </message>
    <message>
        <source>Replace existing files.</source>
        <translation>Reemplazar archivos existentes.</translation>
    </message>
    <message>
        <source>--cn, --cert and --key are required</source>
        <translation>--cn, --cert y --key son obligatorios</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Wrote the certificate %1 (CN=%2, %3, valid until %4)
and its private key %5 (mode 0600).
</source>
        <translation>Escrito el certificado %1 (CN=%2, %3, válido hasta %4)
y su clave privada %5 (modo 0600).
</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1
</source>
        <translation>Huella SHA-256: %1
</translation>
    </message>
    <message>
        <source>Server: --tls-cert %1 --tls-key %2
Clients: --ca %1, or --pin-sha256 %3
</source>
        <translation>Servidor: --tls-cert %1 --tls-key %2
Clientes: --ca %1, o --pin-sha256 %3
</translation>
    </message>
</context>
<context>
    <name>CertificateFingerprint</name>
    <message>
        <source>&apos;%1&apos; is not a SHA-256 fingerprint: give 32 bytes as hex (AB:CD:... with or without colons, 64 digits) or base64 (44 characters)</source>
        <translation>&apos;%1&apos; no es una huella SHA-256: indique 32 bytes en hexadecimal (AB:CD:... con o sin dos puntos, 64 dígitos) o en base64 (44 caracteres)</translation>
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
        <translation>estado de sincronización desconocido</translation>
    </message>
    <message>
        <source>synchronised (%1)</source>
        <translation>sincronizado (%1)</translation>
    </message>
    <message>
        <source>NOT synchronised (%1)</source>
        <translation>NO sincronizado (%1)</translation>
    </message>
    <message>
        <source>On that Windows host, turn on Settings &gt; Time &amp; language &gt; Synchronize your clock (or run &apos;w32tm /resync&apos;).</source>
        <translation>En ese host Windows, active Configuración &gt; Hora e idioma &gt; Sincronizar el reloj (o ejecute &apos;w32tm /resync&apos;).</translation>
    </message>
    <message>
        <source>On that Linux host, enable NTP: &apos;timedatectl set-ntp true&apos;, or start chronyd and check &apos;chronyc tracking&apos;.</source>
        <translation>En ese host Linux, active NTP: &apos;timedatectl set-ntp true&apos;, o inicie chronyd y compruebe &apos;chronyc tracking&apos;.</translation>
    </message>
    <message>
        <source>Enable time synchronisation on that host: NTP on Linux (&apos;timedatectl set-ntp true&apos;), &quot;Synchronize your clock&quot; on Windows.</source>
        <translation>Active la sincronización horaria en ese host: NTP en Linux (&apos;timedatectl set-ntp true&apos;), &quot;Sincronizar el reloj&quot; en Windows.</translation>
    </message>
    <message>
        <source>not measured: %1</source>
        <translation>sin medir: %1</translation>
    </message>
    <message>
        <source>%1 to this console, %2</source>
        <translation>%1 respecto a esta consola, %2</translation>
    </message>
    <message>
        <source>%1 is %2 ms ahead of %3.</source>
        <translation>%1 va %2 ms por delante de %3.</translation>
    </message>
    <message>
        <source>Keep the License Manager clocks in sync. LeaseKeeper times leases by the store&apos;s clock, so this drift cannot end a lease early, but the times the nodes report and log disagree by this much. Check %1 first. %2</source>
        <translation>Mantenga sincronizados los relojes de los gestores de licencias. LeaseKeeper mide el tiempo de las concesiones con el reloj del almacén, así que esta deriva no puede terminar antes de tiempo una concesión, pero las horas que los nodos informan y registran difieren en esa cantidad. Compruebe primero %1. %2</translation>
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
        <translation>Simula componentes que piden concesiones a los gestores de licencias.

Acciones:
  run    inicia uno o varios componentes simulados e informa de lo que les ocurre</translation>
    </message>
    <message>
        <source>Run simulated components until they stop. Exit status: 0 stopped by SIGINT/SIGTERM with leases released; 3 no License Manager reachable at start; 4 denied by the license; 5 grace period ran out. With --count, the status of the first component that failed.</source>
        <translation>Ejecuta componentes simulados hasta que se detengan. Código de salida: 0 detenidos por SIGINT/SIGTERM con las concesiones liberadas; 3 ningún gestor de licencias accesible al inicio; 4 denegado por la licencia; 5 se agotó el periodo de gracia. Con --count, el código del primer componente que falló.</translation>
    </message>
    <message>
        <source>License Manager or load balancer URL; repeat to try several in order.</source>
        <translation>URL del gestor de licencias o del balanceador de carga; repítala para probar varias en orden.</translation>
    </message>
    <message>
        <source>Component type, e.g. vdp or scheduler.</source>
        <translation>Tipo de componente, p. ej. vdp o scheduler.</translation>
    </message>
    <message>
        <source>Host name the component reports.</source>
        <translation>Nombre de host que informa el componente.</translation>
    </message>
    <message>
        <source>Cores the component reports.</source>
        <translation>Núcleos que informa el componente.</translation>
    </message>
    <message>
        <source>Instance id (default HOST:TYPE); with --count, ids are ID-1 ... ID-N.</source>
        <translation>Id. de instancia (por defecto HOST:TYPE); con --count, los id. son ID-1 ... ID-N.</translation>
    </message>
    <message>
        <source>Comma-separated IP addresses (default 127.0.0.1).</source>
        <translation>Direcciones IP separadas por comas (por defecto 127.0.0.1).</translation>
    </message>
    <message>
        <source>Number of components in this process (default 1).</source>
        <translation>Número de componentes en este proceso (por defecto 1).</translation>
    </message>
    <message>
        <source>Version the component reports (default %1).</source>
        <translation>Versión que informa el componente (por defecto %1).</translation>
    </message>
    <message>
        <source>Request timeout in milliseconds (default 10000).</source>
        <translation>Tiempo de espera de las peticiones en milisegundos (por defecto 10000).</translation>
    </message>
    <message>
        <source>Print one JSON object per event and line.</source>
        <translation>Imprime un objeto JSON por evento y línea.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>&apos;%1&apos; no es una URL http:// o https://</translation>
    </message>
    <message>
        <source>--url, --type, --host and --cores are required</source>
        <translation>--url, --type, --host y --cores son obligatorios</translation>
    </message>
    <message>
        <source>--cores must be a whole number from 1 to 4096</source>
        <translation>--cores debe ser un número entero de 1 a 4096</translation>
    </message>
    <message>
        <source>--count must be a whole number from 1 to %1</source>
        <translation>--count debe ser un número entero de 1 a %1</translation>
    </message>
    <message>
        <source>--timeout-ms must be a whole number from 1 to 600000</source>
        <translation>--timeout-ms debe ser un número entero de 1 a 600000</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>&apos;%1&apos; no es una dirección IP</translation>
    </message>
    <message>
        <source>component run --url URL [--url URL...] --type TYPE --host HOST --cores N [--instance ID] [--ips IP,...] [--count N] [--ca FILE] [--pin-sha256 HASH] [--json]</source>
        <translation>component run --url URL [--url URL...] --type TYPE --host HOST --cores N [--instance ID] [--ips IP,...] [--count N] [--ca FILE] [--pin-sha256 HASH] [--json]</translation>
    </message>
    <message>
        <source>File holding the site key, for License Managers started with --site-key-file.</source>
        <translation>Archivo con la clave de sitio, para License Managers iniciados con --site-key-file.</translation>
    </message>
    <message>
        <source>cannot read the site key file %1: %2</source>
        <translation>no se puede leer el archivo de clave de sitio %1: %2</translation>
    </message>
    <message>
        <source>Listen on the port of the instance id (HOST:PORT, with --count 1) while running, as a real component&apos;s service does, so that a License Manager probing it finds it alive, and refused once the process is gone.</source>
        <translation>Escuchar en el puerto del id de instancia (HOST:PUERTO, con --count 1) mientras se ejecuta, como hace el servicio de un componente real, para que un License Manager que lo sondee lo encuentre vivo, y rechazado cuando el proceso ya no exista.</translation>
    </message>
    <message>
        <source>--listen needs --count 1 and an instance id of the form HOST:PORT</source>
        <translation>--listen necesita --count 1 y un id de instancia de la forma HOST:PUERTO</translation>
    </message>
    <message>
        <source>cannot listen on port %1: %2</source>
        <translation>no se puede escuchar en el puerto %1: %2</translation>
    </message>
</context>
<context>
    <name>ComponentRouting</name>
    <message>
        <source>No component has renewed yet. Components renew at the interval the license sets (renew_after_s); restart one after changing its address to see it at once.</source>
        <translation>Ningún componente ha renovado todavía. Los componentes renuevan en el intervalo que fija la licencia (renew_after_s); reinicie uno tras cambiar su dirección para verlo enseguida.</translation>
    </message>
    <message numerus="yes">
        <source>All %n component(s) seen renew through the virtual host.</source>
        <translation>
            <numerusform>El %n componente visto renueva a través del host virtual.</numerusform>
            <numerusform>Los %n componentes vistos renuevan a través del host virtual.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 component(s) seen still reach a License Manager directly: %3. Change their License Manager address to the virtual host.</source>
        <translation>%1 de %2 componentes vistos aún llegan directamente a un License Manager: %3. Cambie su dirección de License Manager al host virtual.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// address with a host name, such as http://lm-primary.example.com:10091</source>
        <translation>&apos;%1&apos; no es una dirección http:// o https:// con nombre de host, como http://lm-primary.example.com:10091</translation>
    </message>
    <message>
        <source>A connection profile needs a name.</source>
        <translation>Un perfil de conexión necesita un nombre.</translation>
    </message>
    <message>
        <source>The profile name is longer than 100 characters.</source>
        <translation>El nombre del perfil tiene más de 100 caracteres.</translation>
    </message>
    <message>
        <source>Service address: %1</source>
        <translation>Dirección del servicio: %1</translation>
    </message>
    <message>
        <source>Node address: %1</source>
        <translation>Dirección del nodo: %1</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: %2</source>
        <translation>perfil &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>A profile can watch at most 8 nodes.</source>
        <translation>Un perfil puede supervisar como máximo 8 nodos.</translation>
    </message>
    <message>
        <source>a profile lacks its &quot;name&quot; or &quot;service_url&quot; string</source>
        <translation>a un perfil le falta la cadena &quot;name&quot; o &quot;service_url&quot;</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has a node address that is not a string</source>
        <translation>el perfil &apos;%1&apos; tiene una dirección de nodo que no es una cadena</translation>
    </message>
    <message>
        <source>Pinned certificate: %1</source>
        <translation>Certificado fijado: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleDataDir</name>
    <message>
        <source>cannot create folders in %1; check its permissions</source>
        <translation>no se pueden crear carpetas en %1; compruebe sus permisos</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>LeaseKeeper console: runs a local License Manager and shows its health, leases and grace periods.</source>
        <translation>Consola de LeaseKeeper: ejecuta un gestor de licencias local y muestra su estado, sus concesiones y sus periodos de gracia.</translation>
    </message>
    <message>
        <source>Where the local License Manager keeps its data (default: %1).</source>
        <translation>Dónde guarda sus datos el gestor de licencias local (por defecto: %1).</translation>
    </message>
    <message>
        <source>Port of the local License Manager (default 10091).</source>
        <translation>Puerto del gestor de licencias local (por defecto 10091).</translation>
    </message>
    <message>
        <source>Address the local License Manager listens on (default: all).</source>
        <translation>Dirección en la que escucha el gestor de licencias local (por defecto: todas).</translation>
    </message>
    <message>
        <source>Do not run a local License Manager.</source>
        <translation>No ejecutar un gestor de licencias local.</translation>
    </message>
    <message>
        <source>Monitor this License Manager or load balancer URL.</source>
        <translation>Supervisar el gestor de licencias o el balanceador de carga de esta URL.</translation>
    </message>
    <message>
        <source>Language of the console, e.g. en, es, de.</source>
        <translation>Idioma de la consola, p. ej. en, es, de.</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; must be a number from 0 to 65535</source>
        <translation>el puerto &apos;%1&apos; debe ser un número de 0 a 65535</translation>
    </message>
    <message>
        <source>bind address &apos;%1&apos; is not an IP address</source>
        <translation>la dirección de escucha &apos;%1&apos; no es una dirección IP</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>&apos;%1&apos; no es una URL http:// o https://</translation>
    </message>
    <message>
        <source>Admin token file for --connect; the token is then remembered in the system keychain, so later runs need only --connect.</source>
        <translation>Fichero con el token de administración para --connect; el token se guarda después en el llavero del sistema, así que en las siguientes ejecuciones basta con --connect.</translation>
    </message>
    <message>
        <source>Monitor the saved connection profile NAME (an HA pair and its load balancer).</source>
        <translation>Supervisar el perfil de conexión guardado NAME (un par de alta disponibilidad y su balanceador de carga).</translation>
    </message>
    <message>
        <source>--profile and --connect cannot be used together</source>
        <translation>--profile y --connect no se pueden usar a la vez</translation>
    </message>
    <message>
        <source>--no-local-server needs --connect URL or --profile NAME</source>
        <translation>--no-local-server necesita --connect URL o --profile NAME</translation>
    </message>
    <message>
        <source>For https:// nodes: trust only the certificate authorities in this PEM file.</source>
        <translation>Para nodos https://: confiar solo en las autoridades de certificación de este archivo PEM.</translation>
    </message>
    <message>
        <source>For https:// nodes: accept only a certificate with this SHA-256 fingerprint.</source>
        <translation>Para nodos https://: aceptar solo un certificado con esta huella SHA-256.</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>Leases</source>
        <translation>Concesiones</translation>
    </message>
    <message>
        <source>Grace</source>
        <translation>Gracia</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Perfiles de conexión</translation>
    </message>
    <message>
        <source>Could not start another console window for &apos;%1&apos;.</source>
        <translation>No se pudo abrir otra ventana de la consola para &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <source>High availability</source>
        <translation>Alta disponibilidad</translation>
    </message>
    <message>
        <source>The pair is saved as the connection profile &apos;%1&apos;. Open it in a new window?</source>
        <translation>El par se ha guardado como el perfil de conexión &apos;%1&apos;. ¿Abrirlo en una ventana nueva?</translation>
    </message>
    <message>
        <source>Update the pair</source>
        <translation>Actualizar el par</translation>
    </message>
    <message>
        <source>Open the pair&apos;s connection profile first (File &gt; Connection profiles): the update needs its primary, its secondary and the load balancer.</source>
        <translation>Abra primero el perfil de conexión del par (Archivo &gt; Perfiles de conexión): la actualización necesita su primario, su secundario y el balanceador de carga.</translation>
    </message>
    <message>
        <source>Admin token</source>
        <translation>Token de administración</translation>
    </message>
    <message>
        <source>The console has no admin token, so leases and administration are unavailable: %1</source>
        <translation>La consola no tiene token de administración, así que las concesiones y la administración no están disponibles: %1</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Could not write the CSV file: %1</source>
        <translation>No se pudo escribir el fichero CSV: %1</translation>
    </message>
    <message>
        <source>the device is not writable</source>
        <translation>el dispositivo no admite escritura</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>CtlAdminGet</name>
    <message>
        <source>The node, e.g. http://lm1.example.com:10091.</source>
        <translation>El nodo, p. ej. http://lm1.example.com:10091.</translation>
    </message>
    <message>
        <source>File holding an admin or viewer token of the node.</source>
        <translation>Archivo con un token de administración o de lectura del nodo.</translation>
    </message>
    <message>
        <source>Print the server&apos;s JSON answer.</source>
        <translation>Imprime la respuesta JSON del servidor.</translation>
    </message>
    <message>
        <source>--url and --token-file are required</source>
        <translation>--url y --token-file son obligatorios</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 respondió %2: %3</translation>
    </message>
</context>
<context>
    <name>CtlCommand</name>
    <message>
        <source>create issuer keys; issue, verify and show licenses</source>
        <translation>crear claves de emisor; emitir, verificar y mostrar licencias</translation>
    </message>
    <message>
        <source>show a License Manager node&apos;s health, license and usage</source>
        <translation>mostrar el estado, la licencia y el uso de un nodo gestor de licencias</translation>
    </message>
    <message>
        <source>list the active leases of a License Manager node</source>
        <translation>listar las concesiones activas de un nodo gestor de licencias</translation>
    </message>
    <message>
        <source>simulate components that lease from License Managers</source>
        <translation>simular componentes que obtienen concesiones de los gestores de licencias</translation>
    </message>
    <message>
        <source>write an HAProxy or nginx configuration for a primary and a secondary License Manager</source>
        <translation>escribir una configuración de HAProxy o nginx para un gestor de licencias primario y uno secundario</translation>
    </message>
    <message>
        <source>move leases and history to another store (SQLite to PostgreSQL)</source>
        <translation>trasladar las concesiones y el historial a otro almacén (de SQLite a PostgreSQL)</translation>
    </message>
    <message>
        <source>measure the clock offsets of License Manager nodes and the drift between them</source>
        <translation>medir los desfases del reloj de los nodos gestores de licencias y la deriva entre ellos</translation>
    </message>
    <message>
        <source>check an HA pair: license, nodes, database, clocks and load balancer (ha check)</source>
        <translation>comprobar un par de alta disponibilidad: licencia, nodos, base de datos, relojes y balanceador de carga (ha check)</translation>
    </message>
    <message>
        <source>make a key and a self-signed TLS certificate for a License Manager</source>
        <translation>crear una clave y un certificado TLS autofirmado para un License Manager</translation>
    </message>
    <message>
        <source>show who freed leases, set maintenance, loaded licenses and used tokens</source>
        <translation>mostrar quién liberó concesiones, activó el mantenimiento, cargó licencias y usó tokens</translation>
    </message>
    <message>
        <source>add a named admin or viewer token to a License Manager&apos;s tokens file</source>
        <translation>añadir un token con nombre, de administración o de lectura, al archivo de tokens de un gestor de licencias</translation>
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
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>missing command</source>
        <translation>falta la orden</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>orden desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Administer a LeaseKeeper License Manager.

Commands:</source>
        <translation>Administra un gestor de licencias LeaseKeeper.

Órdenes:</translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation>Ejecute &apos;%1 COMMAND --help&apos; para ver las opciones de una orden.</translation>
    </message>
</context>
<context>
    <name>CtlParser</name>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Uso: %1 %2</translation>
    </message>
    <message>
        <source>missing action</source>
        <translation>falta la acción</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;</source>
        <translation>acción desconocida &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CtlTlsOptions</name>
    <message>
        <source>For https:// URLs: trust only the certificate authorities in this PEM file (for a self-signed server, its certificate) instead of the system&apos;s.</source>
        <translation>Para URL https://: confiar solo en las autoridades de certificación de este archivo PEM (para un servidor autofirmado, su certificado) en lugar de las del sistema.</translation>
    </message>
    <message>
        <source>For https:// URLs: accept only a server certificate with this SHA-256 fingerprint (hex, colons allowed, or base64), even without --ca; repeat for several servers.</source>
        <translation>Para URL https://: aceptar solo un certificado de servidor con esta huella SHA-256 (hexadecimal, se admiten dos puntos, o base64), incluso sin --ca; repítalo para varios servidores.</translation>
    </message>
</context>
<context>
    <name>DatabaseFileClaim</name>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1 (proceso %2 en %3)</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>otro proceso</translation>
    </message>
    <message>
        <source>%1 is in use by %2: a SQLite database serves one License Manager. Stop that one, or give this node a database of its own (an HA pair shares a PostgreSQL database); %3 names the holder</source>
        <translation>%1 está en uso por %2: una base de datos SQLite sirve a un solo License Manager. Detenga ese, o dé a este nodo una base de datos propia (un par HA comparte una base de datos PostgreSQL); %3 indica quién la tiene</translation>
    </message>
    <message>
        <source>cannot create %1 beside the database; check the permissions of its directory</source>
        <translation>no se puede crear %1 junto a la base de datos; compruebe los permisos de su directorio</translation>
    </message>
    <message>
        <source>cannot create %1 to claim the database</source>
        <translation>no se puede crear %1 para reservar la base de datos</translation>
    </message>
</context>
<context>
    <name>DriftCommand</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message numerus="yes">
        <source>Clock offsets (node minus this host), least-delayed of %n sample(s) per node:
</source>
        <translation>
            <numerusform>Desfases del reloj (nodo menos este host), con %n muestra por nodo:
</numerusform>
            <numerusform>Desfases del reloj (nodo menos este host); de las %n muestras por nodo cuenta la de menor retardo:
</numerusform>
        </translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>NODO</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>OFFSET</source>
        <translation>DESFASE</translation>
    </message>
    <message>
        <source>DELAY</source>
        <translation>RETARDO</translation>
    </message>
    <message>
        <source>DATABASE</source>
        <translation>BASE DATOS</translation>
    </message>
    <message>
        <source>SYNCHRONIZED</source>
        <translation>SINCRONIZADO</translation>
    </message>
    <message>
        <source>NOT MEASURED: %1</source>
        <translation>SIN MEDIR: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>the node did not report its clock synchronization (no time_sync in /api/v1/status)</source>
        <translation>el nodo no informó de la sincronización de su reloj (no hay time_sync en /api/v1/status)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>DATABASE is the node&apos;s clock minus the PostgreSQL server&apos;s, as the node measured it; lease times come from the database&apos;s clock.
</source>
        <translation>BASE DATOS es el reloj del nodo menos el del servidor PostgreSQL, según lo midió el nodo; las horas de las concesiones proceden del reloj de la base de datos.
</translation>
    </message>
    <message>
        <source>Measure how far the clocks of License Manager nodes are from this host&apos;s and from each other (NTP-style, through GET /api/v1/time), and show whether each node keeps its clock synchronized. Exit 0 when every two nodes are within --max-ms, 6 when not, 1 when a node cannot be measured. See docs/clock.md.</source>
        <translation>Mide cuánto se desvían los relojes de los nodos gestores de licencias del de este host y entre sí (al estilo de NTP, mediante GET /api/v1/time) y muestra si cada nodo mantiene su reloj sincronizado. Código de salida: 0 si cada par de nodos está dentro de --max-ms, 6 si no, 1 si no se puede medir un nodo. Consulte docs/clock.md.</translation>
    </message>
    <message>
        <source>A node, e.g. http://lm1.example.com:10091; give one --url per node.</source>
        <translation>Un nodo, p. ej. http://lm1.example.com:10091; indique un --url por nodo.</translation>
    </message>
    <message>
        <source>Requests per node; the least-delayed one counts (1 to %1, default %2).</source>
        <translation>Peticiones por nodo; cuenta la de menor retardo (de 1 a %1, por defecto %2).</translation>
    </message>
    <message>
        <source>Largest drift allowed between two nodes, in milliseconds (default %1).</source>
        <translation>Deriva máxima permitida entre dos nodos, en milisegundos (por defecto %1).</translation>
    </message>
    <message>
        <source>Print the measurements as JSON.</source>
        <translation>Imprime las mediciones como JSON.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--url is required (once per node)</source>
        <translation>--url es obligatorio (una vez por nodo)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>&apos;%1&apos; no es una URL http:// o https://</translation>
    </message>
    <message>
        <source>--samples must be a whole number from 1 to %1</source>
        <translation>--samples debe ser un número entero de 1 a %1</translation>
    </message>
    <message>
        <source>--max-ms must be a number of milliseconds, 0 or more</source>
        <translation>--max-ms debe ser un número de milisegundos, 0 o más</translation>
    </message>
    <message>
        <source>Largest drift between two nodes: %1 minus %2 = %3 (limit %4 ms): %5
</source>
        <translation>Mayor deriva entre dos nodos: %1 menos %2 = %3 (límite %4 ms): %5
</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>TOO LARGE</source>
        <translation>DEMASIADO GRANDE</translation>
    </message>
    <message>
        <source>Fewer than two nodes were measured: no drift between nodes to compare.
</source>
        <translation>Se midieron menos de dos nodos: no hay deriva entre nodos que comparar.
</translation>
    </message>
    <message>
        <source>Synchronize the clocks of the License Manager hosts: on Linux enable NTP (&apos;timedatectl set-ntp true&apos; or chrony), on Windows turn on Settings &gt; Time &amp; language &gt; Synchronize your clock. Unsynchronized clocks make administrators misread logs and alerts; see docs/clock.md.
</source>
        <translation>Sincronice los relojes de los hosts de los gestores de licencias: en Linux active NTP (&apos;timedatectl set-ntp true&apos; o chrony); en Windows active Configuración &gt; Hora e idioma &gt; Sincronizar el reloj. Con relojes sin sincronizar, los administradores interpretan mal los registros y las alertas; consulte docs/clock.md.
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
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
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
        <translation>rechazado</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>inalcanzable</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>(%n earlier probe(s) not shown)</source>
        <translation>
            <numerusform>(%n sondeo anterior no mostrado)</numerusform>
            <numerusform>(%n sondeos anteriores no mostrados)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not probed since it stopped renewing: the License Manager probes overdue components only when probing is on and it knows where the component listens.</source>
        <translation>Sin sondear desde que dejó de renovar: el License Manager sondea los componentes vencidos solo cuando el sondeo está activado y sabe dónde escucha el componente.</translation>
    </message>
    <message>
        <source>Probes since the last renewal, oldest first:
%1</source>
        <translation>Sondeos desde la última renovación, los más antiguos primero:
%1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidencia: %1</translation>
    </message>
    <message>
        <source>Warning: the component may still be running on its grace period. Freeing its seat lets another component take it, and the license may be exceeded if this one comes back.</source>
        <translation>Atención: puede que el componente siga ejecutándose en su periodo de gracia. Liberar su puesto permite que otro componente lo ocupe, y la licencia puede excederse si este vuelve.</translation>
    </message>
</context>
<context>
    <name>FreeRequest</name>
    <message>
        <source>field &apos;reason&apos; must be a string of at most %1 characters</source>
        <translation>el campo &apos;reason&apos; debe ser una cadena de %1 caracteres como máximo</translation>
    </message>
</context>
<context>
    <name>GroupPolicy</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>policy file</source>
        <translation>fichero de política</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a policy line; use group, reserve or cap</source>
        <translation>&apos;%1&apos; no es una línea de política; use group, reserve o cap</translation>
    </message>
    <message>
        <source>write &apos;group NAME PATTERN...&apos; with at least one host name pattern or address range</source>
        <translation>escriba &apos;group NAME PATTERN...&apos; con al menos un patrón de nombre de host o un rango de direcciones</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a group name: use 1 to 64 letters, digits and . _ -</source>
        <translation>&apos;%1&apos; no es un nombre de grupo: use de 1 a 64 letras, dígitos y . _ -</translation>
    </message>
    <message>
        <source>the group &apos;%1&apos; is defined twice</source>
        <translation>el grupo &apos;%1&apos; está definido dos veces</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an address range such as 10.1.0.0/16</source>
        <translation>&apos;%1&apos; no es un rango de direcciones como 10.1.0.0/16</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a host name pattern (letters, digits, . - _ * ?) nor an address</source>
        <translation>&apos;%1&apos; no es ni un patrón de nombre de host (letras, dígitos, . - _ * ?) ni una dirección</translation>
    </message>
    <message>
        <source>write &apos;%1 GROUP TYPE instances N cores N&apos; (either or both amounts)</source>
        <translation>escriba &apos;%1 GROUP TYPE instances N cores N&apos; (una de las cantidades o ambas)</translation>
    </message>
    <message>
        <source>unknown group &apos;%1&apos;; define it with a &apos;group&apos; line above</source>
        <translation>grupo desconocido &apos;%1&apos;; defínalo antes con una línea &apos;group&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of %2</source>
        <translation>&apos;%1&apos; no es un número entero de %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; here: use instances N and cores N, each once</source>
        <translation>&apos;%1&apos; aquí: use instances N y cores N, cada uno una vez</translation>
    </message>
    <message>
        <source>a second %1 for group &apos;%2&apos; and type &apos;%3&apos;</source>
        <translation>un segundo %1 para el grupo &apos;%2&apos; y el tipo &apos;%3&apos;</translation>
    </message>
    <message>
        <source>host %1 is in group %2, which may run at most %3 instances of %4; %5 are running</source>
        <translation>el host %1 está en el grupo %2, que puede ejecutar como mucho %3 instancias de %4; hay %5 en marcha</translation>
    </message>
    <message>
        <source>host %1 is in group %2, which may use at most %3 cores of %4; %5 are in use and %6 asks for %7</source>
        <translation>el host %1 está en el grupo %2, que puede usar como mucho %3 núcleos de %4; hay %5 en uso y %6 pide %7</translation>
    </message>
    <message>
        <source>the %1 instances of %2 not in use are reserved for group %3; host %4 is not in it</source>
        <translation>las %1 instancias de %2 sin usar están reservadas para el grupo %3; el host %4 no pertenece a él</translation>
    </message>
    <message>
        <source>%1 of the %2 cores of %3 not in use are reserved for group %4; %5 asks for %6</source>
        <translation>%1 de los %2 núcleos de %3 sin usar están reservados para el grupo %4; %5 pide %6</translation>
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
        <translation>AVISO</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FALLO</translation>
    </message>
    <message>
        <source>The pair passes: %1 passed, %2 warning(s).</source>
        <translation>El par supera las comprobaciones: %1 correctas, %2 advertencia(s).</translation>
    </message>
    <message>
        <source>The pair is NOT ready: %1 check(s) failed, %2 warning(s), %3 passed.</source>
        <translation>El par NO está listo: %1 comprobación(es) fallida(s), %2 advertencia(s), %3 correcta(s).</translation>
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
        <translation>Comprueba un par activo-pasivo de gestores de licencias.

Acciones:
  check    ejecuta las comprobaciones del asistente de alta disponibilidad e imprime la lista

Ejecute &apos;leasekeeper-ctl ha ACTION --help&apos; para ver las opciones de una acción. Consulte docs/ha.md.</translation>
    </message>
    <message>
        <source>Check a pair of License Managers the way the HA setup wizard does: the license allows two, both nodes answer, serve the same license and use the same database, their clocks agree, and (with --lb) the load balancer answers, sends everything to the primary and nothing to the secondary. Prints one line per check with what to do when it does not pass. Exit 0 when no check fails (warnings allowed), 1 when one does. See docs/ha.md.</source>
        <translation>Comprueba un par de gestores de licencias igual que el asistente de alta disponibilidad: que la licencia permita dos, que ambos nodos respondan, sirvan la misma licencia y usen la misma base de datos, que sus relojes coincidan y (con --lb) que el balanceador de carga responda, lo envíe todo al nodo primario y nada al secundario. Imprime una línea por comprobación con lo que hay que hacer si no se supera. Código de salida: 0 si no falla ninguna comprobación (se admiten advertencias), 1 si falla alguna. Consulte docs/ha.md.</translation>
    </message>
    <message>
        <source>The primary node, e.g. http://lm1.example.com:10091.</source>
        <translation>El nodo primario, p. ej. http://lm1.example.com:10091.</translation>
    </message>
    <message>
        <source>The secondary node, e.g. http://lm2.example.com:10091.</source>
        <translation>El nodo secundario, p. ej. http://lm2.example.com:10091.</translation>
    </message>
    <message>
        <source>The load balancer&apos;s virtual host, e.g. http://lm.example.com:10091; without it, the load balancer checks are left out.</source>
        <translation>El host virtual del balanceador de carga, p. ej. http://lm.example.com:10091; sin él, se omiten las comprobaciones del balanceador de carga.</translation>
    </message>
    <message>
        <source>File holding the nodes&apos; admin token.</source>
        <translation>Fichero con el token de administración de los nodos.</translation>
    </message>
    <message>
        <source>Largest clock difference allowed between the nodes, in milliseconds (default %1).</source>
        <translation>Diferencia máxima de reloj permitida entre los nodos, en milisegundos (por defecto %1).</translation>
    </message>
    <message>
        <source>Print the checks as JSON.</source>
        <translation>Imprime las comprobaciones como JSON.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--primary and --secondary are required</source>
        <translation>--primary y --secondary son obligatorios</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not an http:// or https:// URL</source>
        <translation>--%1: &apos;%2&apos; no es una URL http:// o https://</translation>
    </message>
    <message>
        <source>--max-drift-ms must be a number of milliseconds, 0 or more</source>
        <translation>--max-drift-ms debe ser un número de milisegundos, 0 o más</translation>
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
        <translation>el nodo primario en %1</translation>
    </message>
    <message>
        <source>the secondary at %1</source>
        <translation>el nodo secundario en %1</translation>
    </message>
    <message>
        <source>the primary %1 (%2)</source>
        <translation>el nodo primario %1 (%2)</translation>
    </message>
    <message>
        <source>the secondary %1 (%2)</source>
        <translation>el nodo secundario %1 (%2)</translation>
    </message>
    <message>
        <source>the primary</source>
        <translation>el nodo primario</translation>
    </message>
    <message>
        <source>the secondary</source>
        <translation>el nodo secundario</translation>
    </message>
    <message>
        <source>Make both nodes reachable first (see primary_reachable and secondary_reachable).</source>
        <translation>Primero haga que ambos nodos sean accesibles (vea primary_reachable y secondary_reachable).</translation>
    </message>
    <message>
        <source>Cannot compare %1: %2 did not report its status.</source>
        <translation>No se pueden comparar %1: %2 no informó de su estado.</translation>
    </message>
    <message>
        <source>Take it out of maintenance when the work on it is done: in the console, or curl -X POST -H &quot;Authorization: Bearer $TOKEN&quot; -d &apos;{&quot;enabled&quot;:false}&apos; URL/api/v1/maintenance.</source>
        <translation>Sáquelo del mantenimiento cuando terminen los trabajos en él: en la consola o con curl -X POST -H &quot;Authorization: Bearer $TOKEN&quot; -d &apos;{&quot;enabled&quot;:false}&apos; URL/api/v1/maintenance.</translation>
    </message>
    <message>
        <source>Stop the extra License Manager nodes on this database, or install a license that allows more License Managers.</source>
        <translation>Detenga los nodos gestores de licencias sobrantes de esta base de datos o instale una licencia que permita más gestores de licencias.</translation>
    </message>
    <message>
        <source>Fix what the node reports (reason &apos;%1&apos;); its log and the console&apos;s overview say more.</source>
        <translation>Corrija lo que informa el nodo (motivo &apos;%1&apos;); su registro y el resumen de la consola dan más detalles.</translation>
    </message>
    <message>
        <source>Check %1 first. On Linux enable NTP: &apos;timedatectl set-ntp true&apos; (or start chronyd and check &apos;chronyc tracking&apos;). On Windows turn on Settings &gt; Time &amp; language &gt; Synchronize your clock, or run &apos;w32tm /resync&apos; as administrator. See docs/clock.md.</source>
        <translation>Compruebe primero %1. En Linux active NTP: &apos;timedatectl set-ntp true&apos; (o inicie chronyd y compruebe &apos;chronyc tracking&apos;). En Windows active Configuración &gt; Hora e idioma &gt; Sincronizar el reloj o ejecute &apos;w32tm /resync&apos; como administrador. Consulte docs/clock.md.</translation>
    </message>
    <message>
        <source>%1 (licensee %2)</source>
        <translation>%1 (licenciatario %2)</translation>
    </message>
    <message>
        <source>no license is loaded</source>
        <translation>no hay ninguna licencia cargada</translation>
    </message>
    <message>
        <source>No license can be read from %1: %2.</source>
        <translation>No se puede leer ninguna licencia en %1: %2.</translation>
    </message>
    <message>
        <source>Install a license that allows at least two License Managers on both nodes (the console&apos;s License page, or the server&apos;s --license FILE and --trust PUBLIC options), then check again.</source>
        <translation>Instale en ambos nodos una licencia que permita al menos dos gestores de licencias (en la página Licencia de la consola o con las opciones --license FILE y --trust PUBLIC del servidor) y vuelva a comprobarlo.</translation>
    </message>
    <message numerus="yes">
        <source>License %1 on %2 allows %n License Manager(s); an HA pair needs 2.</source>
        <translation>
            <numerusform>La licencia %1 que sirve %2 permite %n gestor de licencias; un par de alta disponibilidad necesita 2.</numerusform>
            <numerusform>La licencia %1 que sirve %2 permite %n gestores de licencias; un par de alta disponibilidad necesita 2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask your vendor for a license with max_license_managers 2 or more, install it on both nodes (the console&apos;s License page, or --license FILE) and check again.</source>
        <translation>Solicite a su proveedor una licencia con max_license_managers 2 o más, instálela en ambos nodos (en la página Licencia de la consola o con --license FILE) y vuelva a comprobarlo.</translation>
    </message>
    <message numerus="yes">
        <source>License %1 allows %n License Manager(s), but %2 is not admitted: the nodes %3 already hold the places.</source>
        <translation>
            <numerusform>La licencia %1 permite %n gestor de licencias, pero %2 no se admite: los nodos %3 ya ocupan las plazas.</numerusform>
            <numerusform>La licencia %1 permite %n gestores de licencias, pero %2 no se admite: los nodos %3 ya ocupan las plazas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the other License Manager nodes that use this database (keep only the primary and the secondary), or install a license that allows more.</source>
        <translation>Detenga los demás nodos gestores de licencias que usan esta base de datos (deje solo el primario y el secundario) o instale una licencia que permita más.</translation>
    </message>
    <message numerus="yes">
        <source>License %1 allows %n License Manager(s).</source>
        <translation>
            <numerusform>La licencia %1 permite %n gestor de licencias.</numerusform>
            <numerusform>La licencia %1 permite %n gestores de licencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach %1: %2.</source>
        <translation>No se puede contactar con %1: %2.</translation>
    </message>
    <message>
        <source>Start leasekeeper-server on that host and check that it listens on that address and port (--bind, --port) and that no firewall blocks the port; then check again.</source>
        <translation>Inicie leasekeeper-server en ese host y compruebe que escucha en esa dirección y ese puerto (--bind, --port) y que ningún cortafuegos bloquea el puerto; después vuelva a comprobarlo.</translation>
    </message>
    <message>
        <source>%1 answers /pingLicenseManager with HTTP %2 but not /api/v1/status: it is not a LeaseKeeper License Manager, or too old.</source>
        <translation>%1 responde a /pingLicenseManager con HTTP %2 pero no a /api/v1/status: no es un gestor de licencias LeaseKeeper o es demasiado antiguo.</translation>
    </message>
    <message>
        <source>Give --primary the URL of a LeaseKeeper License Manager, e.g. http://lm1.example.com:10091.</source>
        <translation>Indique en --primary la URL de un gestor de licencias LeaseKeeper, p. ej. http://lm1.example.com:10091.</translation>
    </message>
    <message>
        <source>Give --secondary the URL of a LeaseKeeper License Manager, e.g. http://lm2.example.com:10091.</source>
        <translation>Indique en --secondary la URL de un gestor de licencias LeaseKeeper, p. ej. http://lm2.example.com:10091.</translation>
    </message>
    <message>
        <source>%1 answers but is not ready: HTTP %2, reason &apos;%3&apos;: %4</source>
        <translation>%1 responde pero no está listo: HTTP %2, motivo &apos;%3&apos;: %4</translation>
    </message>
    <message>
        <source>%1 is ready but reports role &apos;%2&apos;, not &apos;%3&apos;.</source>
        <translation>%1 está listo pero informa del rol &apos;%2&apos;, no &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Start it with --role %1 (or role=%1 in its configuration file), or swap --primary and --secondary if they were given the wrong way round.</source>
        <translation>Inícielo con --role %1 (o role=%1 en su fichero de configuración), o intercambie --primary y --secondary si se indicaron al revés.</translation>
    </message>
    <message>
        <source>%1 is ready (version %2, store %3, answered in %4 ms).</source>
        <translation>%1 está listo (versión %2, almacén %3, respondió en %4 ms).</translation>
    </message>
    <message>
        <source>the licenses</source>
        <translation>las licencias</translation>
    </message>
    <message>
        <source>%1 has no license loaded: %2.</source>
        <translation>%1 no tiene ninguna licencia cargada: %2.</translation>
    </message>
    <message>
        <source>it does not say why</source>
        <translation>no indica el motivo</translation>
    </message>
    <message>
        <source>Install the same license file on both nodes and trust the same issuer key (the console&apos;s License page, or --license FILE --trust PUBLIC), then check again.</source>
        <translation>Instale el mismo fichero de licencia en ambos nodos y confíe en la misma clave de emisor (en la página Licencia de la consola o con --license FILE --trust PUBLIC) y vuelva a comprobarlo.</translation>
    </message>
    <message>
        <source>The nodes serve different licenses: %1 has license %2 signed by issuer key %3, %4 has license %5 signed by issuer key %6.</source>
        <translation>Los nodos sirven licencias distintas: %1 tiene la licencia %2, firmada con la clave de emisor %3, y %4 tiene la licencia %5, firmada con la clave de emisor %6.</translation>
    </message>
    <message>
        <source>Copy the primary&apos;s license file to the secondary, install it there (the console&apos;s License page, or --license FILE with --trust for its issuer key) and check again.</source>
        <translation>Copie el fichero de licencia del nodo primario al secundario, instálelo allí (en la página Licencia de la consola o con --license FILE y --trust para su clave de emisor) y vuelva a comprobarlo.</translation>
    </message>
    <message>
        <source>Both nodes serve license %1, signed by issuer key %2.</source>
        <translation>Ambos nodos sirven la licencia %1, firmada con la clave de emisor %2.</translation>
    </message>
    <message>
        <source>the databases</source>
        <translation>las bases de datos</translation>
    </message>
    <message>
        <source>Both %1 and %2 call themselves %3: either both URLs lead to the same node, or the two nodes share a name.</source>
        <translation>Tanto %1 como %2 se llaman %3: o las dos URL llevan al mismo nodo, o los dos nodos comparten nombre.</translation>
    </message>
    <message>
        <source>Give each node its own name (--node-name NAME or node_name in its configuration file) and make sure --primary and --secondary are two different hosts or ports.</source>
        <translation>Dé a cada nodo su propio nombre (--node-name NAME o node_name en su fichero de configuración) y asegúrese de que --primary y --secondary son dos hosts o puertos distintos.</translation>
    </message>
    <message>
        <source>%1 has not joined a cluster yet: its store (%2) says &apos;%3&apos;.</source>
        <translation>%1 aún no se ha unido a ningún clúster: su almacén (%2) indica &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Check that node&apos;s database connection (--db, --db-password-file) and its log; a node joins once it can write its heartbeat to the database.</source>
        <translation>Compruebe la conexión a la base de datos de ese nodo (--db, --db-password-file) y su registro; un nodo se une en cuanto puede escribir su latido en la base de datos.</translation>
    </message>
    <message>
        <source>The nodes use different databases: %1 is in cluster %2 (%3: %4), %5 in cluster %6 (%7: %8).</source>
        <translation>Los nodos usan bases de datos distintas: %1 está en el clúster %2 (%3: %4) y %5, en el clúster %6 (%7: %8).</translation>
    </message>
    <message>
        <source>An HA pair needs one PostgreSQL database for both nodes; a SQLite file belongs to one node only. Move the data with &apos;leasekeeper-ctl store migrate&apos;, then </source>
        <translation>Un par de alta disponibilidad necesita una única base de datos PostgreSQL para ambos nodos; un fichero SQLite pertenece a un solo nodo. Traslade los datos con &apos;leasekeeper-ctl store migrate&apos; y después </translation>
    </message>
    <message>
        <source>start both nodes with the same --db postgresql://USER@HOST:PORT/DBNAME and --db-password-file, and check again.</source>
        <translation>inicie ambos nodos con el mismo --db postgresql://USER@HOST:PORT/DBNAME y --db-password-file, y vuelva a comprobarlo.</translation>
    </message>
    <message>
        <source>Both nodes use cluster %1, but %2 does not list %3 among its nodes.</source>
        <translation>Ambos nodos usan el clúster %1, pero %2 no incluye %3 entre sus nodos.</translation>
    </message>
    <message>
        <source>Check again in a few seconds (nodes write a heartbeat every few seconds); if it stays so, read %1&apos;s log for database errors.</source>
        <translation>Vuelva a comprobarlo dentro de unos segundos (los nodos escriben un latido cada pocos segundos); si sigue así, busque errores de base de datos en el registro de %1.</translation>
    </message>
    <message>
        <source>Both nodes use cluster %1, but %2 has not seen a recent heartbeat from %3.</source>
        <translation>Ambos nodos usan el clúster %1, pero %2 no ha visto ningún latido reciente de %3.</translation>
    </message>
    <message>
        <source>Check %1&apos;s database connection and its log; its heartbeats do not reach the database.</source>
        <translation>Compruebe la conexión a la base de datos de %1 y su registro; sus latidos no llegan a la base de datos.</translation>
    </message>
    <message>
        <source>Both nodes use the same database (cluster %1, %2: %3) and list each other.</source>
        <translation>Ambos nodos usan la misma base de datos (clúster %1, %2: %3) y cada uno incluye al otro.</translation>
    </message>
    <message>
        <source>Cannot measure the clock of %1: %2</source>
        <translation>No se puede medir el reloj de %1: %2</translation>
    </message>
    <message>
        <source>The node must answer GET /api/v1/time; make it reachable (see primary_reachable and secondary_reachable) and check again.</source>
        <translation>El nodo debe responder a GET /api/v1/time; haga que sea accesible (vea primary_reachable y secondary_reachable) y vuelva a comprobarlo.</translation>
    </message>
    <message>
        <source>offsets to this host: %1 %2, %3 %4</source>
        <translation>desfases respecto a este host: %1 %2, %3 %4</translation>
    </message>
    <message>
        <source>The clocks are %1 ms apart (%2 minus %3 = %4; allowed %5 ms); %6.</source>
        <translation>Los relojes difieren en %1 ms (%2 menos %3 = %4; se permiten %5 ms); %6.</translation>
    </message>
    <message>
        <source>The clocks are %1 ms apart (allowed %2 ms), but %3 says its clock is not synchronised (%4: %5); %6.</source>
        <translation>Los relojes difieren en %1 ms (se permiten %2 ms), pero %3 indica que su reloj no está sincronizado (%4: %5); %6.</translation>
    </message>
    <message>
        <source>The clocks are %1 ms apart (allowed %2 ms); %3.</source>
        <translation>Los relojes difieren en %1 ms (se permiten %2 ms); %3.</translation>
    </message>
    <message>
        <source>Cannot reach the load balancer at %1: %2.</source>
        <translation>No se puede contactar con el balanceador de carga en %1: %2.</translation>
    </message>
    <message>
        <source>Start the load balancer and check that it listens on that address (&apos;systemctl status haproxy&apos;, &apos;haproxy -c -f /etc/haproxy/haproxy.cfg&apos;). To write its configuration: %1</source>
        <translation>Inicie el balanceador de carga y compruebe que escucha en esa dirección (&apos;systemctl status haproxy&apos;, &apos;haproxy -c -f /etc/haproxy/haproxy.cfg&apos;). Para escribir su configuración: %1</translation>
    </message>
    <message>
        <source>The load balancer at %1 answers /pingLicenseManager with HTTP %2%3.</source>
        <translation>El balanceador de carga en %1 responde a /pingLicenseManager con HTTP %2%3.</translation>
    </message>
    <message>
        <source> (not from a License Manager: no X-License-Manager-Node)</source>
        <translation> (no procedente de un gestor de licencias: sin X-License-Manager-Node)</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> desde %1</translation>
    </message>
    <message>
        <source>HTTP 502 or 503 from HAProxy means no node passed its health check: make a node ready (see primary_reachable) and check that the servers in its configuration are the nodes&apos; addresses. To write the configuration: %1</source>
        <translation>Un HTTP 502 o 503 de HAProxy significa que ningún nodo superó su comprobación de estado: haga que un nodo esté listo (vea primary_reachable) y compruebe que los servidores de su configuración son las direcciones de los nodos. Para escribir la configuración: %1</translation>
    </message>
    <message>
        <source>The load balancer at %1 answers /pingLicenseManager with HTTP 200 (from %2).</source>
        <translation>El balanceador de carga en %1 responde a /pingLicenseManager con HTTP 200 (desde %2).</translation>
    </message>
    <message>
        <source>an unnamed node</source>
        <translation>un nodo sin nombre</translation>
    </message>
    <message>
        <source>Cannot tell who answers through %1: the primary&apos;s name is unknown because %2 did not report its status.</source>
        <translation>No se puede saber quién responde a través de %1: el nombre del nodo primario es desconocido porque %2 no informó de su estado.</translation>
    </message>
    <message>
        <source>No request through %1 was answered: %2.</source>
        <translation>No se respondió ninguna petición a través de %1: %2.</translation>
    </message>
    <message>
        <source>Make the load balancer answer first (see lb_health).</source>
        <translation>Primero haga que responda el balanceador de carga (vea lb_health).</translation>
    </message>
    <message>
        <source>All %1 requests through %2 were answered by the primary %3.</source>
        <translation>Las %1 peticiones a través de %2 las respondió el nodo primario %3.</translation>
    </message>
    <message>
        <source>Of %1 requests through %2, %3 were answered by the primary %4, %5 by the secondary %6, %7 without an X-License-Manager-Node header, %8 not at all%9.</source>
        <translation>De %1 peticiones a través de %2, %3 las respondió el nodo primario %4; %5, el nodo secundario %6; %7, sin cabecera X-License-Manager-Node; %8 no tuvieron respuesta%9.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>; other nodes: %1</source>
        <translation>; otros nodos: %1</translation>
    </message>
    <message>
        <source>The primary is not ready, so the load balancer rightly avoids it: fix the primary first (see primary_reachable).</source>
        <translation>El nodo primario no está listo, así que el balanceador de carga lo evita con razón: corrija primero el nodo primario (vea primary_reachable).</translation>
    </message>
    <message>
        <source>The load balancer drops the X-License-Manager-Node header, or something else answers on %1: pass the header through (the configuration from &apos;leasekeeper-ctl lb-config&apos; does).</source>
        <translation>El balanceador de carga descarta la cabecera X-License-Manager-Node, u otra cosa responde en %1: deje pasar la cabecera (la configuración de &apos;leasekeeper-ctl lb-config&apos; lo hace).</translation>
    </message>
    <message>
        <source>The primary must be the load balancer&apos;s normal server and the secondary its backup (HAProxy: &apos;backup&apos; on the secondary&apos;s server line). Write the configuration again with: %1; then reload the load balancer (&apos;systemctl reload haproxy&apos;).</source>
        <translation>El nodo primario debe ser el servidor normal del balanceador de carga y el secundario su respaldo (HAProxy: &apos;backup&apos; en la línea server del secundario). Vuelva a escribir la configuración con: %1; después recargue el balanceador de carga (&apos;systemctl reload haproxy&apos;).</translation>
    </message>
    <message>
        <source>%1 does not answer (%2): it could not take over.</source>
        <translation>%1 no responde (%2): no podría tomar el relevo.</translation>
    </message>
    <message>
        <source>Start leasekeeper-server on the secondary (see secondary_reachable).</source>
        <translation>Inicie leasekeeper-server en el nodo secundario (vea secondary_reachable).</translation>
    </message>
    <message>
        <source>%1 answered %2 of %3 requests through the load balancer at %4; while the primary is up it should get none.</source>
        <translation>%1 respondió %2 de %3 peticiones a través del balanceador de carga en %4; mientras el nodo primario funcione, no debería recibir ninguna.</translation>
    </message>
    <message>
        <source>Make the secondary the load balancer&apos;s backup server and the primary its normal one. Write the configuration again with: %1; then reload the load balancer.</source>
        <translation>Haga del nodo secundario el servidor de respaldo del balanceador de carga y del primario su servidor normal. Vuelva a escribir la configuración con: %1; después recargue el balanceador de carga.</translation>
    </message>
    <message>
        <source>%1 answers its ping with HTTP %2 (reason &apos;%3&apos;: %4): it could not take over if the primary failed now.</source>
        <translation>%1 responde a su ping con HTTP %2 (motivo &apos;%3&apos;: %4): no podría tomar el relevo si el nodo primario fallara ahora.</translation>
    </message>
    <message>
        <source>%1 is ready to take over (its ping answers 200); whether it gets traffic could not be checked because the load balancer did not answer (see lb_health).</source>
        <translation>%1 está listo para tomar el relevo (su ping responde 200); no se pudo comprobar si recibe tráfico porque el balanceador de carga no respondió (vea lb_health).</translation>
    </message>
    <message>
        <source>%1 is ready to take over (its ping answers 200) and got none of the %2 requests through the load balancer.</source>
        <translation>%1 está listo para tomar el relevo (su ping responde 200) y no recibió ninguna de las %2 peticiones a través del balanceador de carga.</translation>
    </message>
    <message>
        <source>%1 is ready to take over (its ping answers 200); without a load balancer, whether it gets traffic was not checked.</source>
        <translation>%1 está listo para tomar el relevo (su ping responde 200); sin balanceador de carga, no se comprobó si recibe tráfico.</translation>
    </message>
    <message>
        <source>%1 is ready but still runs alone on its own SQLite database.</source>
        <translation>%1 está listo, pero sigue funcionando solo con su propia base de datos SQLite.</translation>
    </message>
    <message>
        <source>Move it to the shared PostgreSQL database and start it with --db postgresql://... --role %1; the wizard&apos;s database step does the first part.</source>
        <translation>Páselo a la base de datos PostgreSQL compartida e inícielo con --db postgresql://... --role %1; el paso de la base de datos del asistente hace la primera parte.</translation>
    </message>
</context>
<context>
    <name>HealthAssessment</name>
    <message>
        <source>No usable license: %1</source>
        <translation>Ninguna licencia utilizable: %1</translation>
    </message>
    <message>
        <source>License %1 has expired: no component can start. Install a renewed license.</source>
        <translation>La licencia %1 ha caducado: ningún componente puede iniciarse. Instale una licencia renovada.</translation>
    </message>
    <message>
        <source>License %1 expires in %2. Ask the issuer for a renewal.</source>
        <translation>La licencia %1 caduca en %2. Solicite una renovación al emisor.</translation>
    </message>
    <message>
        <source>%1 is near its limits: %2 of %3 instances, %4 of %5 cores. New instances may be denied.</source>
        <translation>%1 está cerca de sus límites: %2 de %3 instancias, %4 de %5 núcleos. Es posible que se denieguen nuevas instancias.</translation>
    </message>
    <message>
        <source>Contacting the License Manager...</source>
        <translation>Contactando con el gestor de licencias...</translation>
    </message>
    <message>
        <source>License Manager unreachable for %1: %2</source>
        <translation>Gestor de licencias inaccesible desde hace %1: %2</translation>
    </message>
    <message>
        <source>The License Manager does not answer. Components keep running on their grace period and shut down when it ends; none can start.</source>
        <translation>El gestor de licencias no responde. Los componentes siguen funcionando durante su periodo de gracia y se detienen cuando termina; ninguno puede iniciarse.</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) stopped renewing and may be running on grace.</source>
        <translation>
            <numerusform>%n componente dejó de renovar y puede estar funcionando en periodo de gracia.</numerusform>
            <numerusform>%n componentes dejaron de renovar y pueden estar funcionando en periodo de gracia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) denied in the last hour: see History.</source>
        <translation>
            <numerusform>%n petición denegada en la última hora: consulte el Historial.</numerusform>
            <numerusform>%n peticiones denegadas en la última hora: consulte el Historial.</numerusform>
        </translation>
    </message>
    <message>
        <source>License Manager not ready (%1): %2</source>
        <translation>Gestor de licencias no preparado (%1): %2</translation>
    </message>
    <message>
        <source>All good: License Manager %1 is serving license %2.</source>
        <translation>Todo correcto: el gestor de licencias %1 sirve la licencia %2.</translation>
    </message>
    <message>
        <source>This License Manager serves the console&apos;s DEMO license. Install your license on the License page.</source>
        <translation>Este gestor de licencias sirve la licencia de DEMOSTRACIÓN de la consola. Instale su licencia en la página Licencia.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Node %1 has not answered for %2 (%3). Until it is back the pair has no standby: start the License Manager on that host.</source>
        <translation>El nodo %1 no responde desde hace %2 (%3). Hasta que vuelva, el par no tiene nodo de reserva: inicie el gestor de licencias en ese host.</translation>
    </message>
    <message>
        <source>Node %1 is in maintenance: the load balancer sends it no traffic and it cannot take over until maintenance ends.</source>
        <translation>El nodo %1 está en mantenimiento: el balanceador de carga no le envía tráfico y no puede tomar el relevo hasta que termine el mantenimiento.</translation>
    </message>
    <message>
        <source>Node %1 is not ready (%2): %3. The load balancer sends it no traffic.</source>
        <translation>El nodo %1 no está listo (%2): %3. El balanceador de carga no le envía tráfico.</translation>
    </message>
    <message>
        <source>The nodes serve different licenses (%1): install the same license on every node of the pair.</source>
        <translation>Los nodos sirven licencias distintas (%1): instale la misma licencia en todos los nodos del par.</translation>
    </message>
    <message>
        <source>The clock of %1 is about %2 ms ahead of %3&apos;s. Synchronise both hosts (NTP, or &quot;Synchronize your clock&quot; on Windows); the Clock view has the exact figures.</source>
        <translation>El reloj de %1 va unos %2 ms por delante del de %3. Sincronice ambos equipos (NTP, o «Sincronizar el reloj» en Windows); la vista Reloj muestra las cifras exactas.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) (%1) held by components that look dead: see Leases.</source>
        <translation>
            <numerusform>%n puesto (%1) ocupado por componentes que parecen muertos: vea Concesiones.</numerusform>
            <numerusform>%n puestos (%1) ocupados por componentes que parecen muertos: vea Concesiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n núcleo</numerusform>
            <numerusform>%n núcleos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryParameters</name>
    <message>
        <source>&apos;%1&apos; must be milliseconds since the epoch</source>
        <translation>&apos;%1&apos; deben ser milisegundos desde la época Unix</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an end reason or a denial reason</source>
        <translation>&apos;%1&apos; no es un motivo de finalización ni de denegación</translation>
    </message>
    <message>
        <source>&apos;limit&apos; must be a whole number from 1 to 100000</source>
        <translation>&apos;limit&apos; debe ser un número entero de 1 a 100000</translation>
    </message>
    <message>
        <source>&apos;kind&apos; must be lease or denial, not &apos;%1&apos;</source>
        <translation>&apos;kind&apos; debe ser lease o denial, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown query parameter &apos;%1&apos;; use since_ms, until_ms, component, reason, kind or limit</source>
        <translation>parámetro de consulta desconocido &apos;%1&apos;; use since_ms, until_ms, component, reason, kind o limit</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the connection closed in the middle of the answer</source>
        <translation>la conexión se cerró a mitad de la respuesta</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>el servidor cerró la conexión sin responder</translation>
    </message>
    <message>
        <source>a chunk of the answer does not end where its size says</source>
        <translation>un fragmento de la respuesta no termina donde indica su tamaño</translation>
    </message>
    <message>
        <source>the answer&apos;s headers are longer than %1 KiB</source>
        <translation>las cabeceras de la respuesta ocupan más de %1 KiB</translation>
    </message>
    <message>
        <source>not an HTTP answer: &apos;%1&apos;</source>
        <translation>no es una respuesta HTTP: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the answer has a malformed header line: &apos;%1&apos;</source>
        <translation>la respuesta tiene una línea de cabecera mal formada: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the answer&apos;s Content-Length &apos;%1&apos; is not a number of bytes</source>
        <translation>el Content-Length &apos;%1&apos; de la respuesta no es un número de bytes</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>la respuesta ocupa más de %1 MiB</translation>
    </message>
    <message>
        <source>a chunk of the answer has no valid size: &apos;%1&apos;</source>
        <translation>un fragmento de la respuesta no tiene un tamaño válido: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a line of the answer is longer than %1 bytes</source>
        <translation>una línea de la respuesta ocupa más de %1 bytes</translation>
    </message>
</context>
<context>
    <name>IssuerKeyFile</name>
    <message>
        <source>this is an issuer PRIVATE key; give the public key file written by &apos;license keygen --public&apos; instead, and keep the private key off servers</source>
        <translation>esta es una clave PRIVADA de emisor; indique en su lugar el fichero de clave pública generado por &apos;license keygen --public&apos; y mantenga la clave privada fuera de los servidores</translation>
    </message>
    <message>
        <source>this is an issuer public key; signing needs the private key file written by &apos;license keygen --private&apos;</source>
        <translation>esta es una clave pública de emisor; para firmar se necesita el fichero de clave privada generado por &apos;license keygen --private&apos;</translation>
    </message>
    <message>
        <source>&quot;kind&quot; is &quot;%1&quot; but must be &quot;%2&quot;; this is not a LeaseKeeper issuer key file</source>
        <translation>&quot;kind&quot; es &quot;%1&quot; pero debe ser &quot;%2&quot;; este no es un fichero de clave de emisor de LeaseKeeper</translation>
    </message>
    <message>
        <source>&quot;algorithm&quot; is &quot;%1&quot; but only &quot;ed25519&quot; is supported</source>
        <translation>&quot;algorithm&quot; es &quot;%1&quot; pero solo se admite &quot;ed25519&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a string</source>
        <translation>&quot;%1&quot; falta o no es una cadena</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid base64</source>
        <translation>&quot;%1&quot; no es base64 válido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds %2 bytes but an Ed25519 key of this kind has %3; the file is damaged</source>
        <translation>&quot;%1&quot; contiene %2 bytes pero una clave Ed25519 de este tipo tiene %3; el fichero está dañado</translation>
    </message>
    <message>
        <source>&quot;key_id&quot; is &quot;%1&quot; but the key in the file has key id %2; the file was edited or damaged</source>
        <translation>&quot;key_id&quot; es &quot;%1&quot; pero la clave del fichero tiene el id. de clave %2; el fichero se editó o está dañado</translation>
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
        <translation>libsodium no pudo inicializarse o generar una clave</translation>
    </message>
    <message>
        <source>&quot;secret_key&quot; is not a consistent Ed25519 key (its public half does not match its seed); the file is damaged</source>
        <translation>&quot;secret_key&quot; no es una clave Ed25519 coherente (su mitad pública no coincide con su semilla); el fichero está dañado</translation>
    </message>
    <message>
        <source>issuer private key file</source>
        <translation>fichero de clave privada de emisor</translation>
    </message>
</context>
<context>
    <name>IssuerPublicKey</name>
    <message>
        <source>an Ed25519 public key has 32 bytes, not %1</source>
        <translation>una clave pública Ed25519 tiene 32 bytes, no %1</translation>
    </message>
    <message>
        <source>libsodium failed to initialize</source>
        <translation>libsodium no pudo inicializarse</translation>
    </message>
    <message>
        <source>issuer public key file</source>
        <translation>fichero de clave pública de emisor</translation>
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
        <translation>Escribe una configuración de balanceador de carga que envía todas las peticiones al gestor de licencias primario y, si este falla, al secundario.

Balanceadores de carga:
  haproxy  un haproxy.cfg completo con comprobaciones de estado activas en /pingLicenseManager
  nginx    un fragmento para /etc/nginx/conf.d/ (solo comprobaciones pasivas)

Escriba las direcciones IPv6 entre corchetes: [::1]:10091. Consulte docs/load-balancer.md.</translation>
    </message>
    <message>
        <source>The primary License Manager.</source>
        <translation>El gestor de licencias primario.</translation>
    </message>
    <message>
        <source>The secondary (backup) License Manager.</source>
        <translation>El gestor de licencias secundario (de respaldo).</translation>
    </message>
    <message>
        <source>Where the load balancer listens, e.g. 0.0.0.0:10091.</source>
        <translation>Dónde escucha el balanceador de carga, p. ej. 0.0.0.0:10091.</translation>
    </message>
    <message>
        <source>missing load balancer; choose one of: %1</source>
        <translation>falta el balanceador de carga; elija uno de: %1</translation>
    </message>
    <message>
        <source>unknown load balancer &apos;%1&apos;; choose one of: %2</source>
        <translation>balanceador de carga desconocido &apos;%1&apos;; elija uno de: %2</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--primary, --secondary and --listen are required</source>
        <translation>--primary, --secondary y --listen son obligatorios</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>Wrote the HAProxy configuration to %1; check it with: haproxy -c -f %1
</source>
        <translation>Escrita la configuración de HAProxy en %1; compruébela con: haproxy -c -f %1
</translation>
    </message>
    <message>
        <source>Wrote the nginx configuration to %1; copy it to /etc/nginx/conf.d/ and check it with: nginx -t
</source>
        <translation>Escrita la configuración de nginx en %1; cópiela a /etc/nginx/conf.d/ y compruébela con: nginx -t
</translation>
    </message>
    <message>
        <source>Write to FILE (replaced atomically) instead of standard output.</source>
        <translation>Escribir en FILE (se reemplaza de forma atómica) en lugar de en la salida estándar.</translation>
    </message>
    <message>
        <source>lb-config haproxy|nginx --primary HOST:PORT --secondary HOST:PORT --listen HOST:PORT [--tls-cert FILE --tls-key FILE --nodes-ca FILE] [--out FILE]</source>
        <translation>lb-config haproxy|nginx --primary HOST:PUERTO --secondary HOST:PUERTO --listen HOST:PUERTO [--tls-cert ARCHIVO --tls-key ARCHIVO --nodes-ca ARCHIVO] [--out ARCHIVO]</translation>
    </message>
    <message>
        <source>HTTPS: the certificate the load balancer presents to components (for HAProxy, with its key in the same file or beside it as FILE.key).</source>
        <translation>HTTPS: el certificado que el balanceador presenta a los componentes (para HAProxy, con su clave en el mismo archivo o al lado como ARCHIVO.key).</translation>
    </message>
    <message>
        <source>HTTPS: the key of --tls-cert.</source>
        <translation>HTTPS: la clave de --tls-cert.</translation>
    </message>
    <message>
        <source>HTTPS: the certificate(s) that signed the nodes&apos; certificates, to verify them.</source>
        <translation>HTTPS: el certificado o certificados que firmaron los certificados de los nodos, para verificarlos.</translation>
    </message>
    <message>
        <source>--tls-cert, --tls-key and --nodes-ca go together</source>
        <translation>--tls-cert, --tls-key y --nodes-ca van juntos</translation>
    </message>
</context>
<context>
    <name>LeaseEngine</name>
    <message>
        <source>%1, at %2</source>
        <translation>%1, en %2</translation>
    </message>
</context>
<context>
    <name>LeaseEventLog</name>
    <message>
        <source>granted lease %1 to %2 instance %3 on host %4 (cores: %5)</source>
        <translation>concesión %1 otorgada a la instancia %3 de %2 en el host %4 (núcleos: %5)</translation>
    </message>
    <message>
        <source>renewed lease %1 of %2 instance %3 on host %4</source>
        <translation>concesión %1 de la instancia %3 de %2 en el host %4 renovada</translation>
    </message>
    <message>
        <source>denied a lease to %1 instance %2 on host %3 (cores: %4): %5: %6</source>
        <translation>concesión denegada a la instancia %2 de %1 en el host %3 (núcleos: %4): %5: %6</translation>
    </message>
    <message>
        <source>denied renewing lease %1 of %2 instance %3 on host %4: %5: %6</source>
        <translation>renovación denegada de la concesión %1 de la instancia %3 de %2 en el host %4: %5: %6</translation>
    </message>
    <message>
        <source>lease %1 of %2 instance %3 on host %4 ended: %5 (note: %6)</source>
        <translation>concesión %1 de la instancia %3 de %2 en el host %4 terminada: %5 (nota: %6)</translation>
    </message>
    <message>
        <source>lease %1 of %2 instance %3 on host %4 ended: %5</source>
        <translation>concesión %1 de la instancia %3 de %2 en el host %4 terminada: %5</translation>
    </message>
</context>
<context>
    <name>LeasePolicy</name>
    <message>
        <source>license %1 expired on %2 UTC</source>
        <translation>la licencia %1 caducó el %2 UTC</translation>
    </message>
    <message>
        <source>license %1 does not cover component type &apos;%2&apos;</source>
        <translation>la licencia %1 no cubre el tipo de componente &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 asks for %2 cores; license %3 allows at most %4 cores per %5 instance</source>
        <translation>%1 pide %2 núcleos; la licencia %3 permite como máximo %4 núcleos por instancia de %5</translation>
    </message>
    <message>
        <source>license %1 allows %2 instances of %3 and %4 are running</source>
        <translation>la licencia %1 permite %2 instancias de %3 y hay %4 en ejecución</translation>
    </message>
    <message>
        <source>license %1 allows %2 cores for %3; %4 are in use and %5 asks for %6</source>
        <translation>la licencia %1 permite %2 núcleos para %3; hay %4 en uso y %5 pide %6</translation>
    </message>
</context>
<context>
    <name>LeaseRequest</name>
    <message>
        <source>missing field &apos;%1&apos;</source>
        <translation>falta el campo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a string</source>
        <translation>el campo &apos;%1&apos; debe ser una cadena</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be 1 to %2 printable characters</source>
        <translation>el campo &apos;%1&apos; debe tener de 1 a %2 caracteres imprimibles</translation>
    </message>
    <message>
        <source>missing field &apos;cores&apos;</source>
        <translation>falta el campo &apos;cores&apos;</translation>
    </message>
    <message>
        <source>field &apos;cores&apos; must be a whole number</source>
        <translation>el campo &apos;cores&apos; debe ser un número entero</translation>
    </message>
    <message>
        <source>field &apos;cores&apos; must be from 1 to %1</source>
        <translation>el campo &apos;cores&apos; debe estar entre 1 y %1</translation>
    </message>
    <message>
        <source>missing field &apos;ips&apos;</source>
        <translation>falta el campo &apos;ips&apos;</translation>
    </message>
    <message>
        <source>field &apos;ips&apos; must be an array of IP address strings</source>
        <translation>el campo &apos;ips&apos; debe ser una matriz de cadenas con direcciones IP</translation>
    </message>
    <message>
        <source>field &apos;ips&apos; may list at most %1 addresses</source>
        <translation>el campo &apos;ips&apos; puede contener como máximo %1 direcciones</translation>
    </message>
    <message>
        <source>field &apos;ips&apos; holds &apos;%1&apos;, which is not an IP address</source>
        <translation>el campo &apos;ips&apos; contiene &apos;%1&apos;, que no es una dirección IP</translation>
    </message>
    <message>
        <source>a non-string</source>
        <translation>un valor que no es una cadena</translation>
    </message>
    <message>
        <source>field &apos;component&apos; must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>el campo &apos;component&apos; debe contener letras minúsculas, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>field &apos;probe&apos; must be host:port (IPv6 as [address]:port) with a port from 1 to 65535</source>
        <translation>el campo &apos;probe&apos; debe ser host:puerto (IPv6 como [dirección]:puerto) con un puerto de 1 a 65535</translation>
    </message>
</context>
<context>
    <name>License</name>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; debe ser una cadena</translation>
    </message>
    <message>
        <source>not a license file: %1</source>
        <translation>no es un fichero de licencia: %1</translation>
    </message>
    <message>
        <source>not a license file: &quot;format&quot; is &quot;%1&quot; but must be &quot;%2&quot;</source>
        <translation>no es un fichero de licencia: &quot;format&quot; es &quot;%1&quot; pero debe ser &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;terms&quot; is missing or not an object</source>
        <translation>&quot;terms&quot; falta o no es un objeto</translation>
    </message>
    <message>
        <source>invalid terms: %1</source>
        <translation>condiciones no válidas: %1</translation>
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
        <translation>Crea un nuevo par de claves de emisor Ed25519. Guarde la clave privada en la máquina emisora; copie la clave pública a cada gestor de licencias.</translation>
    </message>
    <message>
        <source>Where to write the private key (mode 0600).</source>
        <translation>Dónde escribir la clave privada (modo 0600).</translation>
    </message>
    <message>
        <source>Where to write the public key.</source>
        <translation>Dónde escribir la clave pública.</translation>
    </message>
    <message>
        <source>Replace an existing private key file.</source>
        <translation>Reemplazar un fichero de clave privada existente.</translation>
    </message>
    <message>
        <source>both --private FILE and --public FILE are required</source>
        <translation>se necesitan tanto --private FILE como --public FILE</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--private and --public must be different files</source>
        <translation>--private y --public deben ser ficheros distintos</translation>
    </message>
    <message>
        <source>%1 already exists and may be the key your licenses are signed with; pass --force to replace it</source>
        <translation>%1 ya existe y puede ser la clave con la que están firmadas sus licencias; use --force para reemplazarla</translation>
    </message>
    <message>
        <source>Generated issuer key %1
  private key: %2 (mode 0600; keep it secret, back it up, never copy it to a server)
  public key:  %3 (give it to each License Manager with --trust)
</source>
        <translation>Generada la clave de emisor %1
  clave privada: %2 (modo 0600; manténgala en secreto, haga una copia de seguridad y nunca la copie a un servidor)
  clave pública: %3 (entréguela a cada gestor de licencias con --trust)
</translation>
    </message>
    <message>
        <source>license issue --key PRIVATE --terms TERMS.json --out LICENSE</source>
        <translation>license issue --key PRIVATE --terms TERMS.json --out LICENSE</translation>
    </message>
    <message>
        <source>Sign license terms with the issuer private key and write the license file.</source>
        <translation>Firma las condiciones de licencia con la clave privada del emisor y escribe el fichero de licencia.</translation>
    </message>
    <message>
        <source>The issuer private key file.</source>
        <translation>El fichero de clave privada del emisor.</translation>
    </message>
    <message>
        <source>The license terms (JSON).</source>
        <translation>Las condiciones de la licencia (JSON).</translation>
    </message>
    <message>
        <source>Where to write the signed license.</source>
        <translation>Dónde escribir la licencia firmada.</translation>
    </message>
    <message>
        <source>--key, --terms and --out are all required</source>
        <translation>--key, --terms y --out son obligatorios</translation>
    </message>
    <message>
        <source>terms file</source>
        <translation>fichero de condiciones</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>leasekeeper-ctl: warning: %1
</source>
        <translation>leasekeeper-ctl: aviso: %1
</translation>
    </message>
    <message>
        <source>Wrote license %1 for %2 (expires %3), signed with issuer key %4, to %5
</source>
        <translation>Escrita la licencia %1 para %2 (caduca el %3), firmada con la clave de emisor %4, en %5
</translation>
    </message>
    <message>
        <source>license verify --trust PUBLIC [--trust PUBLIC...] LICENSE</source>
        <translation>license verify --trust PUBLIC [--trust PUBLIC...] LICENSE</translation>
    </message>
    <message>
        <source>Check that a license is intact, signed by a trusted issuer key and not expired.
Exit status: 0 valid, 1 unreadable files, 2 usage, 3 invalid license, 4 expired.</source>
        <translation>Comprueba que una licencia está intacta, firmada por una clave de emisor de confianza y no caducada.
Código de salida: 0 válida, 1 ficheros ilegibles, 2 uso incorrecto, 3 licencia no válida, 4 caducada.</translation>
    </message>
    <message>
        <source>An issuer public key to trust; repeat for several.</source>
        <translation>Una clave pública de emisor de confianza; repítala para indicar varias.</translation>
    </message>
    <message>
        <source>at least one --trust PUBLIC is required</source>
        <translation>se necesita al menos un --trust PUBLIC</translation>
    </message>
    <message>
        <source>give exactly one LICENSE file</source>
        <translation>indique exactamente un fichero LICENSE</translation>
    </message>
    <message>
        <source>%1 is not valid (%2): %3</source>
        <translation>%1 no es válida (%2): %3</translation>
    </message>
    <message>
        <source>%1: valid license %2 for %3, signed by trusted issuer key %4, expires %5
</source>
        <translation>%1: licencia válida %2 para %3, firmada por la clave de emisor de confianza %4, caduca el %5
</translation>
    </message>
    <message>
        <source>license show [--json] LICENSE</source>
        <translation>license show [--json] LICENSE</translation>
    </message>
    <message>
        <source>Print what a license grants. This does not check the signature; use &apos;license verify&apos;.</source>
        <translation>Muestra lo que concede una licencia. No comprueba la firma; use &apos;license verify&apos;.</translation>
    </message>
    <message>
        <source>Print the terms as JSON, exactly as signed.</source>
        <translation>Imprime las condiciones como JSON, exactamente como se firmaron.</translation>
    </message>
    <message>
        <source>license file</source>
        <translation>fichero de licencia</translation>
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
        <translation>Crea claves de emisor; emite, verifica y muestra licencias firmadas.

Acciones:
  keygen    crea un par de claves de emisor (ficheros de clave privada y pública)
  issue     firma condiciones de licencia con la clave privada del emisor
  verify    comprueba una licencia con las claves públicas de emisor de confianza
  show      muestra lo que concede una licencia
  fit       comprueba una licencia con el uso que un nodo registró en los últimos días

Ejecute &apos;leasekeeper-ctl license ACTION --help&apos; para ver las opciones de una acción.</translation>
    </message>
</context>
<context>
    <name>LicenseFitCommand</name>
    <message>
        <source>TYPE          ALLOWED (INST / CORES)  PEAK USE (INST / CORES)  HEADROOM (INST / CORES)  WOULD REFUSE
</source>
        <translation>TIPO          PERMITIDO (INST / NÚC)  PICO DE USO (INST / NÚC) MARGEN (INST / NÚC)      RECHAZARÍA
</translation>
    </message>
    <message>
        <source>not licensed</source>
        <translation>sin licencia</translation>
    </message>
    <message>
        <source>TIME (UTC)           TYPE          INSTANCE                  HOST                  CORES  REASON
</source>
        <translation>HORA (UTC)           TIPO          INSTANCIA                 HOST                  NÚC.   MOTIVO
</translation>
    </message>
    <message>
        <source>License %1 for %2 against the %3 leases of the last %4 days (%5 to %6 UTC).

</source>
        <translation>Licencia %1 para %2 frente a las %3 concesiones de los últimos %4 días (de %5 a %6 UTC).

</translation>
    </message>
    <message>
        <source>The license would have held: no start of the period would have been refused.
</source>
        <translation>La licencia habría bastado: ningún arranque del periodo se habría rechazado.
</translation>
    </message>
    <message>
        <source>Starts the license would have refused: %1
</source>
        <translation>Arranques que la licencia habría rechazado: %1
</translation>
    </message>
    <message>
        <source>license fit --license FILE --url URL --token-file FILE [--days N] [--json]</source>
        <translation>license fit --license FILE --url URL --token-file FILE [--days N] [--json]</translation>
    </message>
    <message>
        <source>Would this license have held? Replays the leases a License Manager recorded in the last days against the limits of another license (a renewal offer, a smaller tier) and lists every start it would have refused, with the headroom per type at the peak. The node checks the license&apos;s signature against the issuer keys it trusts. Exit status 0 when it would have held, 7 when not. Admin or viewer token.</source>
        <translation>¿Habría bastado esta licencia? Reproduce las concesiones que un gestor de licencias registró en los últimos días frente a los límites de otra licencia (una oferta de renovación, un nivel menor) y lista cada arranque que habría rechazado, con el margen por tipo en el pico. El nodo comprueba la firma de la licencia con las claves de emisor en las que confía. Código de salida 0 si habría bastado, 7 si no. Token de administración o de lectura.</translation>
    </message>
    <message>
        <source>The license file to check.</source>
        <translation>El fichero de licencia que se comprueba.</translation>
    </message>
    <message>
        <source>How many days back to replay, 1 to %1 (default %2).</source>
        <translation>Cuántos días atrás se reproducen, de 1 a %1 (por defecto %2).</translation>
    </message>
    <message>
        <source>--license FILE is required</source>
        <translation>falta --license FILE</translation>
    </message>
    <message>
        <source>license file</source>
        <translation>fichero de licencia</translation>
    </message>
    <message>
        <source>the node answered: %1</source>
        <translation>el nodo respondió: %1</translation>
    </message>
</context>
<context>
    <name>LicenseFitParameters</name>
    <message>
        <source>unknown query parameter &apos;%1&apos;; use days</source>
        <translation>parámetro de consulta desconocido &apos;%1&apos;; use days</translation>
    </message>
    <message>
        <source>&apos;days&apos; must be a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation>&apos;days&apos; debe ser un número entero de 1 a %1, no &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>LicenseInstaller</name>
    <message>
        <source>the license cannot be used</source>
        <translation>la licencia no se puede usar</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>LicenseIssuer</name>
    <message>
        <source>the terms are invalid: %1</source>
        <translation>las condiciones no son válidas: %1</translation>
    </message>
    <message>
        <source>libsodium could not sign the terms</source>
        <translation>libsodium no pudo firmar las condiciones</translation>
    </message>
</context>
<context>
    <name>LicenseReport</name>
    <message>
        <source>%1, default</source>
        <translation>%1, por defecto</translation>
    </message>
    <message>
        <source>License id</source>
        <translation>Id. de licencia</translation>
    </message>
    <message>
        <source>Licensee</source>
        <translation>Licenciatario</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Periodo de gracia</translation>
    </message>
    <message>
        <source>Renew after</source>
        <translation>Renovar tras</translation>
    </message>
    <message>
        <source>Max license managers</source>
        <translation>Gestores permitidos</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Id. de clave</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
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
        <translation>Componentes</translation>
    </message>
    <message>
        <source>(none: no component can get a lease)</source>
        <translation>(ninguno: ningún componente puede obtener una concesión)</translation>
    </message>
    <message>
        <source>max %1 instances, %2 cores per instance, %3 cores in total
</source>
        <translation>máx. %1 instancias, %2 núcleos por instancia, %3 núcleos en total
</translation>
    </message>
    <message>
        <source>MISSING: every License Manager will refuse this license</source>
        <translation>FALTA: todos los gestores de licencias rechazarán esta licencia</translation>
    </message>
    <message>
        <source>present (not checked here; use &apos;license verify --trust PUBLIC&apos; to check it)</source>
        <translation>presente (no se comprueba aquí; use &apos;license verify --trust PUBLIC&apos; para comprobarla)</translation>
    </message>
</context>
<context>
    <name>LicenseTerms</name>
    <message>
        <source>components.%1 must be an object</source>
        <translation>components.%1 debe ser un objeto</translation>
    </message>
    <message>
        <source>components.%1.%2 must be an integer from 0 to 1000000</source>
        <translation>components.%1.%2 debe ser un entero de 0 a 1000000</translation>
    </message>
    <message>
        <source>license_id must be 1 to 128 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>license_id debe tener de 1 a 128 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>licensee must be a non-empty string of at most 256 characters</source>
        <translation>licensee debe ser una cadena no vacía de 256 caracteres como máximo</translation>
    </message>
    <message>
        <source>expires must be an ISO 8601 date and time such as 2027-12-31T23:59:59Z</source>
        <translation>expires debe ser una fecha y hora ISO 8601, como 2027-12-31T23:59:59Z</translation>
    </message>
    <message>
        <source>%1 must be a whole number of seconds from 1 to %2</source>
        <translation>%1 debe ser un número entero de segundos de 1 a %2</translation>
    </message>
    <message>
        <source>max_license_managers must be an integer from 1 to 16</source>
        <translation>max_license_managers debe ser un entero de 1 a 16</translation>
    </message>
    <message>
        <source>components must be an object mapping component types to their limits</source>
        <translation>components debe ser un objeto que asigne a cada tipo de componente sus límites</translation>
    </message>
    <message>
        <source>component type &apos;%1&apos; must be 1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>el tipo de componente &apos;%1&apos; debe tener de 1 a 64 letras minúsculas, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
</context>
<context>
    <name>LicenseVerifier</name>
    <message>
        <source>license file</source>
        <translation>fichero de licencia</translation>
    </message>
    <message>
        <source>license %1 expired on %2; install a renewed license from the issuer</source>
        <translation>la licencia %1 caducó el %2; instale una licencia renovada del emisor</translation>
    </message>
    <message>
        <source>license %1 is not signed (no &quot;signature&quot;); only licenses written by &apos;leasekeeper-ctl license issue&apos; are accepted</source>
        <translation>la licencia %1 no está firmada (sin &quot;signature&quot;); solo se aceptan licencias escritas por &apos;leasekeeper-ctl license issue&apos;</translation>
    </message>
    <message>
        <source>license %1: &quot;key_id&quot; must be the 16 hex digit id of the issuer key that signed it</source>
        <translation>licencia %1: &quot;key_id&quot; debe ser el id. de 16 dígitos hexadecimales de la clave de emisor que la firmó</translation>
    </message>
    <message>
        <source>license %1: &quot;signature&quot; must be the base64 encoding of a 64-byte Ed25519 signature; the file was damaged or edited</source>
        <translation>licencia %1: &quot;signature&quot; debe ser la codificación base64 de una firma Ed25519 de 64 bytes; el fichero se dañó o se editó</translation>
    </message>
    <message>
        <source>license %1 is signed by issuer key %2, which this server does not trust; add its public key with --trust</source>
        <translation>la licencia %1 está firmada por la clave de emisor %2, en la que este servidor no confía; añada su clave pública con --trust</translation>
    </message>
    <message>
        <source>license %1 names trusted issuer key %2 but its signature does not match: the terms were modified after signing (or the file was signed by another key); ask the issuer for an intact copy</source>
        <translation>la licencia %1 indica la clave de emisor de confianza %2 pero su firma no coincide: las condiciones se modificaron tras firmarse (o el fichero lo firmó otra clave); pida al emisor una copia intacta</translation>
    </message>
</context>
<context>
    <name>LimitOptions</name>
    <message>
        <source>--%1 &apos;%2&apos; must be a number of bytes from %3 to %4 (k and m suffixes allowed)</source>
        <translation>--%1 &apos;%2&apos; debe ser un número de bytes de %3 a %4 (se admiten los sufijos k y m)</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; must be a number of seconds above 0 and at most 86400</source>
        <translation>--%1 &apos;%2&apos; debe ser un número de segundos mayor que 0 y de 86400 como máximo</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; must be a number from 1 to %3</source>
        <translation>--%1 &apos;%2&apos; debe ser un número de 1 a %3</translation>
    </message>
</context>
<context>
    <name>LoadBalancerConfig</name>
    <message>
        <source>no address given; write HOST:PORT, e.g. lm1.example.com:10091</source>
        <translation>no se ha indicado ninguna dirección; escriba HOST:PORT, p. ej. lm1.example.com:10091</translation>
    </message>
    <message>
        <source>&apos;%1&apos; opens &apos;[&apos; but does not close it; write IPv6 addresses as [::1]:10091</source>
        <translation>&apos;%1&apos; abre &apos;[&apos; pero no lo cierra; escriba las direcciones IPv6 como [::1]:10091</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no port; write [IPV6]:PORT, e.g. [::1]:10091</source>
        <translation>&apos;%1&apos; no tiene puerto; escriba [IPV6]:PORT, p. ej. [::1]:10091</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no host; write [IPV6]:PORT, e.g. [::1]:10091</source>
        <translation>&apos;%1&apos; no tiene host; escriba [IPV6]:PORT, p. ej. [::1]:10091</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: zone ids such as %eth0 are not supported; use an address without one</source>
        <translation>&apos;%1&apos;: no se admiten identificadores de zona como %eth0; use una dirección sin él</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv6 address; only IPv6 addresses go in brackets</source>
        <translation>&apos;%1&apos; no es una dirección IPv6; solo las direcciones IPv6 van entre corchetes</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no port; write HOST:PORT, e.g. %2:10091</source>
        <translation>&apos;%1&apos; no tiene puerto; escriba HOST:PORT, p. ej. %2:10091</translation>
    </message>
    <message>
        <source>&apos;%1&apos; looks like an IPv6 address; put it in brackets, e.g. [::1]:10091</source>
        <translation>&apos;%1&apos; parece una dirección IPv6; póngala entre corchetes, p. ej. [::1]:10091</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write 0.0.0.0 or [::] instead of * to listen on every address</source>
        <translation>&apos;%1&apos;: escriba 0.0.0.0 o [::] en lugar de * para escuchar en todas las direcciones</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or IP address</source>
        <translation>&apos;%1&apos; no es un nombre de host ni una dirección IP</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; in &apos;%2&apos; is not a number from 1 to 65535</source>
        <translation>el puerto &apos;%1&apos; de &apos;%2&apos; no es un número de 1 a 65535</translation>
    </message>
    <message>
        <source>the primary and the secondary are the same node (%1); an active-passive pair needs two License Managers</source>
        <translation>el primario y el secundario son el mismo nodo (%1); un par activo-pasivo necesita dos gestores de licencias</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no host; write HOST:PORT, e.g. 0.0.0.0:%2, to listen on every IPv4 address</source>
        <translation>&apos;%1&apos; no tiene host; escriba HOST:PORT, p. ej. 0.0.0.0:%2, para escuchar en todas las direcciones IPv4</translation>
    </message>
</context>
<context>
    <name>LogOutput</name>
    <message>
        <source>cannot open the log file %1: %2</source>
        <translation>no se puede abrir el archivo de registro %1: %2</translation>
    </message>
</context>
<context>
    <name>MailSettings</name>
    <message>
        <source>it is empty</source>
        <translation>está vacía</translation>
    </message>
    <message>
        <source>it contains a space, a line break or a control character</source>
        <translation>contiene un espacio, un salto de línea o un carácter de control</translation>
    </message>
    <message>
        <source>it contains the non-ASCII character &apos;%1&apos;; write the domain in its ASCII form (xn--...)</source>
        <translation>contiene el carácter no ASCII &apos;%1&apos;; escriba el dominio en su forma ASCII (xn--...)</translation>
    </message>
    <message>
        <source>it contains &apos;%1&apos;; give the bare address, as in alerts@example.com</source>
        <translation>contiene &apos;%1&apos;; indique solo la dirección, como alerts@example.com</translation>
    </message>
    <message>
        <source>it must contain exactly one &apos;@&apos;, as in alerts@example.com</source>
        <translation>debe contener exactamente una &apos;@&apos;, como alerts@example.com</translation>
    </message>
    <message>
        <source>it needs a name before and a domain after the &apos;@&apos;</source>
        <translation>necesita un nombre antes y un dominio después de la &apos;@&apos;</translation>
    </message>
    <message>
        <source>no mail server is set; give the host name of the organisation&apos;s mail server</source>
        <translation>no hay ningún servidor de correo configurado; indique el nombre de host del servidor de correo de la organización</translation>
    </message>
    <message>
        <source>the mail server &apos;%1&apos; is not a host name or address</source>
        <translation>el servidor de correo &apos;%1&apos; no es un nombre de host ni una dirección</translation>
    </message>
    <message>
        <source>the mail server port is 0; use 587 (STARTTLS), 465 (TLS) or 25</source>
        <translation>el puerto del servidor de correo es 0; use 587 (STARTTLS), 465 (TLS) o 25</translation>
    </message>
    <message>
        <source>the mail timeout must be longer than 0 ms</source>
        <translation>el tiempo de espera del correo debe ser mayor que 0 ms</translation>
    </message>
    <message>
        <source>the name this host gives in EHLO (&apos;%1&apos;) contains a space or a control character; set a host name</source>
        <translation>el nombre que este host da en EHLO (&apos;%1&apos;) contiene un espacio o un carácter de control; configure un nombre de host</translation>
    </message>
    <message>
        <source>the sender address &apos;%1&apos; cannot be used: %2</source>
        <translation>la dirección del remitente &apos;%1&apos; no se puede usar: %2</translation>
    </message>
    <message>
        <source>no recipients are set; give at least one address to send alerts to</source>
        <translation>no hay destinatarios configurados; indique al menos una dirección a la que enviar las alertas</translation>
    </message>
    <message>
        <source>the recipient address &apos;%1&apos; cannot be used: %2</source>
        <translation>la dirección del destinatario &apos;%1&apos; no se puede usar: %2</translation>
    </message>
    <message>
        <source>mail to %1 would travel unencrypted; use STARTTLS or TLS, or allow plain SMTP explicitly for a relay you trust</source>
        <translation>el correo a %1 viajaría sin cifrar; use STARTTLS o TLS, o permita SMTP sin cifrar de forma explícita para un relay de confianza</translation>
    </message>
    <message>
        <source>the password for %1 would cross the network unencrypted; use STARTTLS or TLS, or a relay without a user name</source>
        <translation>la contraseña para %1 cruzaría la red sin cifrar; use STARTTLS o TLS, o un relay sin nombre de usuario</translation>
    </message>
    <message>
        <source>the mail user name &apos;%1&apos; is set but no password</source>
        <translation>el nombre de usuario de correo &apos;%1&apos; está configurado, pero no hay contraseña</translation>
    </message>
    <message>
        <source>a mail password is set but no user name</source>
        <translation>hay una contraseña de correo configurada, pero no un nombre de usuario</translation>
    </message>
    <message>
        <source>the mail user name contains a control character</source>
        <translation>el nombre de usuario de correo contiene un carácter de control</translation>
    </message>
</context>
<context>
    <name>NodeCommands</name>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>%1/%2 instances  %3/%4 cores
</source>
        <translation>%1/%2 instancias  %3/%4 núcleos
</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>%1 (%2, version %3, up %4)</source>
        <translation>%1 (%2, versión %3, activo desde hace %4)</translation>
    </message>
    <message>
        <source>200 ready</source>
        <translation>200 listo</translation>
    </message>
    <message>
        <source>%1 NOT READY (%2): %3</source>
        <translation>%1 NO LISTO (%2): %3</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>%1 for %2, expires %3</source>
        <translation>%1 para %2, caduca el %3</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>UNHEALTHY</source>
        <translation>CON ERRORES</translation>
    </message>
    <message>
        <source>TYPE        INSTANCE                  HOST                CORES  STATE    RENEWED       GRACE ENDS IN
</source>
        <translation>TIPO        INSTANCIA                 HOST                NÚCL.  ESTADO   RENOVADA      FIN DE GRACIA EN
</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <source>Show a License Manager node&apos;s health, license and usage, and whether its /pingLicenseManager answers 200. Exit 0 when ready, 5 when not ready, 1 when unreachable.</source>
        <translation>Muestra el estado, la licencia y el uso de un nodo gestor de licencias, y si su /pingLicenseManager responde 200. Sale con 0 si está listo, 5 si no lo está y 1 si es inaccesible.</translation>
    </message>
    <message>
        <source>The node, e.g. http://lm1.example.com:10091.</source>
        <translation>El nodo, p. ej. http://lm1.example.com:10091.</translation>
    </message>
    <message>
        <source>Print {&quot;ping&quot;: ..., &quot;status&quot;: ...} as JSON.</source>
        <translation>Imprime {&quot;ping&quot;: ..., &quot;status&quot;: ...} como JSON.</translation>
    </message>
    <message>
        <source>--url is required</source>
        <translation>--url es obligatorio</translation>
    </message>
    <message numerus="yes">
        <source>%n active lease(s)
</source>
        <translation>
            <numerusform>%n concesión activa
</numerusform>
            <numerusform>%n concesiones activas
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
        <translation>Lista las concesiones activas de un nodo gestor de licencias (token de administración o de lectura).</translation>
    </message>
    <message>
        <source>the node answered: %1</source>
        <translation>el nodo respondió: %1</translation>
    </message>
</context>
<context>
    <name>PairCertificate</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>enter the load balancer&apos;s address first: the certificate is for it</source>
        <translation>introduzca primero la dirección del balanceador: el certificado es para ella</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>%1 exists already; it is not replaced</source>
        <translation>%1 ya existe; no se reemplaza</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate; choose the certificate of the authority that signed %2</source>
        <translation>%1 no contiene ningún certificado PEM; elija el certificado de la autoridad que firmó %2</translation>
    </message>
    <message>
        <source>1. On both nodes, copy %1 and %2 (keep the key readable by the service only) and add to leasekeeper-server:
   --tls-cert %1 --tls-key %2
   Plain HTTP keeps working on the same port until you also add --tls-only.

</source>
        <translation>1. En ambos nodos, copie %1 y %2 (la clave legible solo por el servicio) y añada a leasekeeper-server:
   --tls-cert %1 --tls-key %2
   El HTTP sin cifrar sigue funcionando en el mismo puerto hasta que añada también --tls-only.

</translation>
    </message>
    <message>
        <source>2. On the load balancer, HAProxy:
   leasekeeper-ctl lb-config haproxy --primary %1 --secondary %2 --listen %3 --tls-cert %4 --tls-key %5 --nodes-ca %6

</source>
        <translation>2. En el balanceador, HAProxy:
   leasekeeper-ctl lb-config haproxy --primary %1 --secondary %2 --listen %3 --tls-cert %4 --tls-key %5 --nodes-ca %6

</translation>
    </message>
    <message>
        <source>3. Components, the console and leasekeeper-ctl use https://%1 and trust the certificate with --ca %2</source>
        <translation>3. Los componentes, la consola y leasekeeper-ctl usan https://%1 y confían en el certificado con --ca %2</translation>
    </message>
    <message>
        <source>, or pin it with --pin-sha256 %1</source>
        <translation>, o lo fijan con --pin-sha256 %1</translation>
    </message>
</context>
<context>
    <name>PostgresAddress</name>
    <message>
        <source>&apos;%1&apos; opens &apos;[&apos; without closing it</source>
        <translation>&apos;%1&apos; abre &apos;[&apos; sin cerrarlo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has text after &apos;]&apos; that is not :PORT</source>
        <translation>&apos;%1&apos; tiene texto después de &apos;]&apos; que no es :PORT</translation>
    </message>
    <message>
        <source>a host is missing in &apos;%1&apos;</source>
        <translation>falta un host en &apos;%1&apos;</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; holds a &apos;,&apos;; separate hosts with a plain &apos;,&apos;</source>
        <translation>el host &apos;%1&apos; contiene una &apos;,&apos;; separe los hosts con una &apos;,&apos; sin codificar</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation>el puerto &apos;%1&apos; no es un número de 1 a 65535</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;; allowed: %2</source>
        <translation>parámetro desconocido &apos;%1&apos;; se admiten: %2</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; needs a value without spaces, quotes or &apos;;&apos;</source>
        <translation>el parámetro &apos;%1&apos; necesita un valor sin espacios, comillas ni &apos;;&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not start with postgresql://</source>
        <translation>&apos;%1&apos; no empieza por postgresql://</translation>
    </message>
    <message>
        <source>the database name is missing; write postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>falta el nombre de la base de datos; escriba postgresql://USER@HOST:PORT/DBNAME</translation>
    </message>
    <message>
        <source>the user is missing; write postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>falta el usuario; escriba postgresql://USER@HOST:PORT/DBNAME</translation>
    </message>
    <message>
        <source>the URL holds a password; give it with --db-password-file or the LEASEKEEPER_DB_PASSWORD environment variable instead</source>
        <translation>la URL contiene una contraseña; indíquela en su lugar con --db-password-file o con la variable de entorno LEASEKEEPER_DB_PASSWORD</translation>
    </message>
</context>
<context>
    <name>PostgresProbe</name>
    <message>
        <source>connecting to PostgreSQL at %1 failed: %2</source>
        <translation>la conexión con PostgreSQL en %1 falló: %2</translation>
    </message>
    <message>
        <source>stopped while connecting to PostgreSQL at %1</source>
        <translation>detenido mientras se conectaba con PostgreSQL en %1</translation>
    </message>
    <message>
        <source>connecting to PostgreSQL at %1 failed: no answer within %2 s</source>
        <translation>la conexión con PostgreSQL en %1 falló: sin respuesta en %2 s</translation>
    </message>
</context>
<context>
    <name>PostgresStore</name>
    <message>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql</source>
        <translation>el controlador de PostgreSQL de Qt (QPSQL) no está instalado; instale el paquete libqt6sql6-psql</translation>
    </message>
    <message>
        <source>connecting to PostgreSQL at %1</source>
        <translation>la conexión con PostgreSQL en %1</translation>
    </message>
    <message>
        <source>taking the writer lock</source>
        <translation>la obtención del bloqueo de escritura</translation>
    </message>
    <message>
        <source>checking the database</source>
        <translation>la comprobación de la base de datos</translation>
    </message>
    <message>
        <source>reading the database&apos;s clock</source>
        <translation>leyendo el reloj de la base de datos</translation>
    </message>
    <message>
        <source>could not refresh the statistics of the leases table: %1</source>
        <translation>no se pudieron actualizar las estadísticas de la tabla de concesiones: %1</translation>
    </message>
    <message>
        <source>another session is connected to the database as License Manager node %1: another node with this name, or this node&apos;s previous connection, which PostgreSQL ends within %2 seconds; give each node its own name (--node-name)</source>
        <translation>otra sesión está conectada a la base de datos como el nodo de License Manager %1: otro nodo con este nombre, o la conexión anterior de este nodo, que PostgreSQL cierra en %2 segundos; dé a cada nodo su propio nombre (--node-name)</translation>
    </message>
    <message>
        <source>node %1 has not checked the cluster for %2 ms: it no longer shows as live to the other nodes until it does</source>
        <translation>el nodo %1 no ha consultado el clúster desde hace %2 ms: los demás nodos no lo ven activo hasta que lo haga</translation>
    </message>
</context>
<context>
    <name>ProbeExclusions</name>
    <message>
        <source>&apos;%1&apos; is not a subnet such as 10.1.0.0/16 or fd00::/8</source>
        <translation>&apos;%1&apos; no es una subred como 10.1.0.0/16 o fd00::/8</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address, a subnet, a host name or a domain such as .example.com</source>
        <translation>&apos;%1&apos; no es una dirección IP, una subred, un nombre de equipo ni un dominio como .example.com</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a LeaseKeeper profile file; move it away to start afresh.</source>
        <translation>%1 no es un fichero de perfiles de LeaseKeeper; muévalo a otro lugar para empezar de cero.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is already a profile named &apos;%1&apos;.</source>
        <translation>Ya existe un perfil llamado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
    <message>
        <source>There is no connection profile named &apos;%1&apos;; none is saved yet.</source>
        <translation>No existe ningún perfil de conexión llamado &apos;%1&apos;; todavía no se ha guardado ninguno.</translation>
    </message>
    <message>
        <source>There is no connection profile named &apos;%1&apos;. Saved profiles: %2.</source>
        <translation>No existe ningún perfil de conexión llamado &apos;%1&apos;. Perfiles guardados: %2.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Port %1 is taken</source>
        <translation>El puerto %1 está ocupado</translation>
    </message>
    <message>
        <source>The local License Manager cannot listen on port %1: %2

Another program (perhaps another License Manager) uses it. Components must then be pointed at the port you choose.</source>
        <translation>El gestor de licencias local no puede escuchar en el puerto %1: %2

Otro programa (quizá otro gestor de licencias) lo está usando. Los componentes deberán entonces apuntar al puerto que elija.</translation>
    </message>
    <message>
        <source>Use port %1</source>
        <translation>Usar el puerto %1</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>ReclaimJudge</name>
    <message>
        <source>not probed yet</source>
        <translation>aún sin sondear</translation>
    </message>
    <message numerus="yes">
        <source>probably alive: its port accepts connections (%n in a row); cut off from the License Manager</source>
        <translation>
            <numerusform>probablemente vivo: su puerto acepta conexiones (%n seguida); sin contacto con el License Manager</numerusform>
            <numerusform>probablemente vivo: su puerto acepta conexiones (%n seguidas); sin contacto con el License Manager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot tell: %1 (%n in a row)</source>
        <translation>
            <numerusform>no se sabe: %1 (%n seguida)</numerusform>
            <numerusform>no se sabe: %1 (%n seguidas)</numerusform>
        </translation>
    </message>
    <message>
        <source>process gone: connection refused (once)</source>
        <translation>el proceso ya no existe: conexión rechazada (una vez)</translation>
    </message>
    <message numerus="yes">
        <source>process gone: connection refused (%n in a row, over %1)</source>
        <translation>
            <numerusform>el proceso ya no existe: conexión rechazada (%n seguida, en %1)</numerusform>
            <numerusform>el proceso ya no existe: conexión rechazada (%n seguidas, en %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot tell: host does not answer (once)</source>
        <translation>no se sabe: el equipo no responde (una vez)</translation>
    </message>
    <message numerus="yes">
        <source>cannot tell: host does not answer (%n in a row, over %1)</source>
        <translation>
            <numerusform>no se sabe: el equipo no responde (%n seguida, en %1)</numerusform>
            <numerusform>no se sabe: el equipo no responde (%n seguidas, en %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestBody</name>
    <message>
        <source>the request body is empty; send a JSON object</source>
        <translation>el cuerpo de la petición está vacío; envíe un objeto JSON</translation>
    </message>
    <message>
        <source>the request body is not valid UTF-8 (byte %1)</source>
        <translation>el cuerpo de la petición no es UTF-8 válido (byte %1)</translation>
    </message>
    <message>
        <source>the request body is not valid JSON: %1 at byte %2</source>
        <translation>el cuerpo de la petición no es JSON válido: %1 en el byte %2</translation>
    </message>
    <message>
        <source>the request body must be a JSON object</source>
        <translation>el cuerpo de la petición debe ser un objeto JSON</translation>
    </message>
</context>
<context>
    <name>RestartDetector</name>
    <message>
        <source>Watching %1...</source>
        <translation>Observando %1...</translation>
    </message>
    <message>
        <source>%1 is down. Install the new version and start it again.</source>
        <translation>%1 no responde. Instale la nueva versión y vuelva a iniciarlo.</translation>
    </message>
    <message>
        <source>%1 answers, version %2. It has not been restarted yet.</source>
        <translation>%1 responde, versión %2. Todavía no se ha reiniciado.</translation>
    </message>
    <message>
        <source>%1 was restarted and is back: version %2, was %3.</source>
        <translation>%1 se reinició y ha vuelto: versión %2, antes %3.</translation>
    </message>
    <message>
        <source>%1 was restarted and is back, still version %2.</source>
        <translation>%1 se reinició y ha vuelto, sigue en la versión %2.</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <source>the secret in %1 must be %2 to %3 characters long</source>
        <translation>el secreto de %1 debe tener entre %2 y %3 caracteres</translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>falló %1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a subject alternative name; write DNS:host.example.com or IP:10.0.0.5</source>
        <translation>&apos;%1&apos; no es un nombre alternativo del sujeto; escriba DNS:host.example.com o IP:10.0.0.5</translation>
    </message>
    <message>
        <source>the common name must be 1 to 64 characters long</source>
        <translation>el nombre común debe tener de 1 a 64 caracteres</translation>
    </message>
    <message>
        <source>the validity must be from 1 to %1 days</source>
        <translation>la validez debe ser de 1 a %1 días</translation>
    </message>
    <message>
        <source>generating an EC P-256 key</source>
        <translation>generar una clave EC P-256</translation>
    </message>
    <message>
        <source>creating the certificate</source>
        <translation>crear el certificado</translation>
    </message>
    <message>
        <source>setting the certificate&apos;s names</source>
        <translation>poner los nombres del certificado</translation>
    </message>
    <message>
        <source>adding the certificate&apos;s extensions</source>
        <translation>añadir las extensiones del certificado</translation>
    </message>
    <message>
        <source>signing the certificate</source>
        <translation>firmar el certificado</translation>
    </message>
    <message>
        <source>writing PEM</source>
        <translation>escribir PEM</translation>
    </message>
    <message>
        <source>the certificate and the key must go to different files</source>
        <translation>el certificado y la clave deben ir a archivos distintos</translation>
    </message>
    <message>
        <source>%1 exists already; pass --force to replace it</source>
        <translation>%1 ya existe; indique --force para reemplazarlo</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>no se puede reemplazar %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <source>port &apos;%1&apos; must be a number from 0 to 65535</source>
        <translation>el puerto &apos;%1&apos; debe ser un número de 0 a 65535</translation>
    </message>
    <message>
        <source>bind address &apos;%1&apos; is not an IP address</source>
        <translation>la dirección de escucha &apos;%1&apos; no es una dirección IP</translation>
    </message>
    <message>
        <source>cannot read the configuration file %1</source>
        <translation>no se puede leer el fichero de configuración %1</translation>
    </message>
    <message>
        <source>the configuration file %1 is not a valid INI file</source>
        <translation>el fichero de configuración %1 no es un fichero INI válido</translation>
    </message>
    <message>
        <source>LeaseKeeper License Manager: grants and renews component leases.</source>
        <translation>Gestor de licencias LeaseKeeper: concede y renueva las concesiones de los componentes.</translation>
    </message>
    <message>
        <source>INI file with any of the options below (without the dashes).</source>
        <translation>Fichero INI con cualquiera de las opciones siguientes (sin los guiones).</translation>
    </message>
    <message>
        <source>TCP port to serve on (default %1; 0 picks a free one).</source>
        <translation>Puerto TCP en el que servir (por defecto %1; 0 elige uno libre).</translation>
    </message>
    <message>
        <source>Address to listen on (default: all interfaces).</source>
        <translation>Dirección en la que escuchar (por defecto: todas las interfaces).</translation>
    </message>
    <message>
        <source>License file (default: &lt;data dir&gt;/license.json).</source>
        <translation>Fichero de licencia (por defecto: &lt;data dir&gt;/license.json).</translation>
    </message>
    <message>
        <source>Issuer public key to trust; repeat for several.</source>
        <translation>Clave pública de emisor de confianza; repítala para indicar varias.</translation>
    </message>
    <message>
        <source>Directory for the database and defaults (default: %1).</source>
        <translation>Directorio para la base de datos y los valores por defecto (por defecto: %1).</translation>
    </message>
    <message>
        <source>Name of this node in answers and logs (default: host name).</source>
        <translation>Nombre de este nodo en las respuestas y los registros (por defecto: el nombre del host).</translation>
    </message>
    <message>
        <source>File holding the admin API token (default: &lt;data dir&gt;/admin.token, created if missing).</source>
        <translation>Fichero con el token de la API de administración (por defecto: &lt;data dir&gt;/admin.token, se crea si falta).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; see --help</source>
        <translation>argumento inesperado &apos;%1&apos;; consulte --help</translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation>--db: %1</translation>
    </message>
    <message>
        <source>--db &apos;%1&apos; is not supported; use sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>--db &apos;%1&apos; no está admitido; use sqlite:PATH o postgresql://USER@HOST:PORT/DBNAME</translation>
    </message>
    <message>
        <source>--role &apos;%1&apos; must be primary or secondary</source>
        <translation>--role &apos;%1&apos; debe ser primary o secondary</translation>
    </message>
    <message>
        <source>cannot read the database password file %1: %2</source>
        <translation>no se puede leer el fichero de contraseña de la base de datos %1: %2</translation>
    </message>
    <message>
        <source>File holding the PostgreSQL password (else the %1 environment variable).</source>
        <translation>Fichero con la contraseña de PostgreSQL (si no se indica, la variable de entorno %1).</translation>
    </message>
    <message>
        <source>primary or secondary: this node&apos;s role in an HA pair.</source>
        <translation>primary o secondary: el rol de este nodo en un par de alta disponibilidad.</translation>
    </message>
    <message>
        <source>Database: sqlite:PATH for one node (default: &lt;data dir&gt;/leasekeeper.db), or postgresql://USER@HOST:PORT/DBNAME for an HA pair. Behind an HA PostgreSQL cluster, list every HOST:PORT separated by commas and add ?target_session_attrs=read-write.</source>
        <translation>Base de datos: sqlite:PATH para un solo nodo (por defecto: &lt;data dir&gt;/leasekeeper.db) o postgresql://USER@HOST:PORT/DBNAME para un par de alta disponibilidad. Con un clúster de PostgreSQL de alta disponibilidad, indique todos los HOST:PORT separados por comas y añada ?target_session_attrs=read-write.</translation>
    </message>
    <message>
        <source>PEM certificate (chain) for HTTPS on the same port; needs --tls-key. Plain HTTP is still served unless --tls-only.</source>
        <translation>Certificado PEM (cadena) para HTTPS en el mismo puerto; necesita --tls-key. HTTP sin cifrar se sigue sirviendo salvo con --tls-only.</translation>
    </message>
    <message>
        <source>PEM private key of --tls-cert (unencrypted, EC or RSA).</source>
        <translation>Clave privada PEM de --tls-cert (sin cifrar, EC o RSA).</translation>
    </message>
    <message>
        <source>Largest request, headers and body (default %1; k and m suffixes allowed).</source>
        <translation>Petición más grande, cabeceras y cuerpo (por defecto %1; se admiten los sufijos k y m).</translation>
    </message>
    <message>
        <source>Close a keep-alive connection idle this long (default %1).</source>
        <translation>Cerrar una conexión keep-alive inactiva durante este tiempo (por defecto %1).</translation>
    </message>
    <message>
        <source>A request (or TLS handshake) must arrive in full within this time of its first byte (default %1).</source>
        <translation>Una petición (o un handshake TLS) debe llegar completa en este tiempo desde su primer byte (por defecto %1).</translation>
    </message>
    <message>
        <source>Open connections at most; beyond it new ones get 503 (default %1).</source>
        <translation>Conexiones abiertas como máximo; por encima, las nuevas reciben 503 (por defecto %1).</translation>
    </message>
    <message>
        <source>Refuse plain HTTP: clients must use https://.</source>
        <translation>Rechazar HTTP sin cifrar: los clientes deben usar https://.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert y --tls-key van juntos</translation>
    </message>
    <message>
        <source>--tls-only needs --tls-cert and --tls-key</source>
        <translation>--tls-only necesita --tls-cert y --tls-key</translation>
    </message>
    <message>
        <source>File holding the site key components must send in X-Site-Key to get, renew and release leases (default: none needed).</source>
        <translation>Archivo con la clave de sitio que los componentes deben enviar en X-Site-Key para obtener, renovar y liberar concesiones (por defecto: no hace falta).</translation>
    </message>
    <message>
        <source>--metrics &apos;%1&apos; must be off, open or token</source>
        <translation>--metrics &apos;%1&apos; debe ser off, open o token</translation>
    </message>
    <message>
        <source>--log-format &apos;%1&apos; must be plain or json</source>
        <translation>--log-format &apos;%1&apos; debe ser plain o json</translation>
    </message>
    <message>
        <source>GET /metrics for Prometheus: off, open (anyone), or token (needs &apos;Authorization: Bearer &lt;admin token&gt;&apos;; default).</source>
        <translation>GET /metrics para Prometheus: off, open (cualquiera) o token (exige &apos;Authorization: Bearer &lt;admin token&gt;&apos;; por defecto).</translation>
    </message>
    <message>
        <source>plain (default; under systemd without timestamps and with syslog priorities) or json (one object per line).</source>
        <translation>plain (por defecto; bajo systemd sin marcas de tiempo y con prioridades de syslog) o json (un objeto por línea).</translation>
    </message>
    <message>
        <source>Append log lines to this file instead of writing them to standard error (a Windows service logs to the event log without it).</source>
        <translation>Añade las líneas de registro a este archivo en lugar de escribirlas en la salida de error estándar (sin esta opción, un servicio de Windows registra en el registro de eventos).</translation>
    </message>
    <message>
        <source>Windows: install, uninstall, start or stop the Windows service (command line only). install registers this command line, without --service, as the service&apos;s.</source>
        <translation>Windows: instala, desinstala, inicia o detiene el servicio de Windows (solo en la línea de órdenes). install registra esta línea de órdenes, sin --service, como la del servicio.</translation>
    </message>
    <message>
        <source>Windows: the service&apos;s name for --service (default %1).</source>
        <translation>Windows: el nombre del servicio para --service (predeterminado %1).</translation>
    </message>
    <message>
        <source>File of named tokens, one &apos;NAME ROLE TOKEN&apos; per line (ROLE admin or viewer), accepted besides the admin token; re-read on SIGHUP.</source>
        <translation>Archivo de tokens con nombre, uno &apos;NAME ROLE TOKEN&apos; por línea (ROLE admin o viewer), aceptados además del token de administración; se vuelve a leer con SIGHUP.</translation>
    </message>
    <message>
        <source>--usage-retention-days &apos;%1&apos; must be a number of days from 1 to 36500</source>
        <translation>--usage-retention-days &apos;%1&apos; debe ser un número de días de 1 a 36500</translation>
    </message>
    <message>
        <source>Keep usage samples (GET /api/v1/usage) this many days (default %1); minute samples are kept a week at most, hourly and daily ones this long.</source>
        <translation>Conserva las muestras de uso (GET /api/v1/usage) estos días (por defecto %1); las muestras por minuto se conservan una semana como máximo, las horarias y diarias este tiempo.</translation>
    </message>
    <message>
        <source>Host group policy: named groups of hosts with reserves and caps per component type (docs/policy.md); re-read when the file changes and on SIGHUP.</source>
        <translation>Política de grupos de hosts: grupos de hosts con nombre, con reservas y topes por tipo de componente (docs/policy.md); se vuelve a leer cuando cambia el fichero y con SIGHUP.</translation>
    </message>
    <message>
        <source>Alert settings: rules, webhook and mail (docs/alerts.md); re-read when the file changes, rewritten when the settings are changed from the console or the API.</source>
        <translation>Ajustes de alertas: reglas, webhook y correo (docs/alerts.md); se releen cuando cambia el archivo y se reescriben cuando se cambian desde la consola o la API.</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; must be a whole number from %3 to %4</source>
        <translation>--%1 &apos;%2&apos; debe ser un número entero de %3 a %4</translation>
    </message>
    <message>
        <source>End a lease overdue this long whose component&apos;s port refused the last --reclaim-refusals probes (docs/components.md); 0, the default, never reclaims.</source>
        <translation>Finalizar una concesión vencida desde hace este tiempo cuyo componente rechazó en su puerto los últimos --reclaim-refusals sondeos (docs/components.md); 0, el valor por defecto, nunca recupera.</translation>
    </message>
    <message>
        <source>Probe each overdue lease&apos;s component this often (default %1); 0 never probes.</source>
        <translation>Sondear con esta frecuencia el componente de cada concesión vencida (por defecto %1); 0 nunca sondea.</translation>
    </message>
    <message>
        <source>Refused probes in a row, each a probe interval apart, that show a component gone (default %1).</source>
        <translation>Sondeos rechazados seguidos, separados cada uno por un intervalo de sondeo, que muestran que un componente ya no existe (por defecto %1).</translation>
    </message>
    <message>
        <source>Give up a probe that gets no answer after this long (default %1); it counts as a timeout, which never reclaims.</source>
        <translation>Abandonar un sondeo sin respuesta tras este tiempo (por defecto %1); cuenta como sin respuesta a tiempo, lo que nunca recupera.</translation>
    </message>
    <message>
        <source>Addresses never probed: IP addresses, subnets (10.1.0.0/16), host names, domains (.example.com), separated by commas.</source>
        <translation>Direcciones que nunca se sondean: direcciones IP, subredes (10.1.0.0/16), nombres de equipo, dominios (.example.com), separados por comas.</translation>
    </message>
    <message>
        <source>--probe-exclude: %1</source>
        <translation>--probe-exclude: %1</translation>
    </message>
    <message>
        <source>--reclaim-after-s needs probes: --probe-interval-s must be above 0</source>
        <translation>--reclaim-after-s necesita sondeos: --probe-interval-s debe ser mayor que 0</translation>
    </message>
</context>
<context>
    <name>ServiceArguments</name>
    <message>
        <source>--service &apos;%1&apos; must be install, uninstall, start or stop</source>
        <translation>--service &apos;%1&apos; debe ser install, uninstall, start o stop</translation>
    </message>
    <message>
        <source>--service-name &apos;%1&apos; must be 1 to 80 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>--service-name &apos;%1&apos; debe tener de 1 a 80 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, y empezar por una letra o un dígito</translation>
    </message>
</context>
<context>
    <name>SiteKey</name>
    <message>
        <source>cannot read the site key file %1: %2</source>
        <translation>no se puede leer el archivo de clave de sitio %1: %2</translation>
    </message>
    <message>
        <source>the site key in %1 must be %2 to %3 characters long</source>
        <translation>la clave de sitio de %1 debe tener entre %2 y %3 caracteres</translation>
    </message>
</context>
<context>
    <name>SmtpReplyReader</name>
    <message>
        <source>it sent &apos;%1&apos;, which is not an SMTP reply</source>
        <translation>envió &apos;%1&apos;, que no es una respuesta SMTP</translation>
    </message>
</context>
<context>
    <name>SqlStore</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>falló %1: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>preparing a database statement</source>
        <translation>la preparación de una sentencia de la base de datos</translation>
    </message>
    <message>
        <source>a database statement</source>
        <translation>una sentencia de la base de datos</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>la lectura de la versión del esquema</translation>
    </message>
    <message>
        <source>the database %1 has schema version %2, newer than this LeaseKeeper supports (%3); upgrade LeaseKeeper</source>
        <translation>la base de datos %1 tiene la versión de esquema %2, más reciente de la que admite este LeaseKeeper (%3); actualice LeaseKeeper</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>el registro de la versión del esquema</translation>
    </message>
    <message>
        <source>checking the database</source>
        <translation>la comprobación de la base de datos</translation>
    </message>
    <message>
        <source>%1: counted %2 instances and %3 cores, live leases hold %4 and %5</source>
        <translation>%1: contadas %2 instancias y %3 núcleos, las concesiones activas tienen %4 y %5</translation>
    </message>
    <message>
        <source>the usage counts of %1 disagree with its leases; recounting (%2)</source>
        <translation>los contadores de uso de %1 no coinciden con sus concesiones; se vuelven a contar (%2)</translation>
    </message>
    <message>
        <source>the table lease_change_counter of %1 is empty; the schema is damaged</source>
        <translation>la tabla lease_change_counter de %1 está vacía; el esquema está dañado</translation>
    </message>
</context>
<context>
    <name>SqliteStore</name>
    <message>
        <source>cannot create the data directory %1; check its permissions</source>
        <translation>no se puede crear el directorio de datos %1; compruebe sus permisos</translation>
    </message>
    <message>
        <source>opening the SQLite database %1</source>
        <translation>la apertura de la base de datos SQLite %1</translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>&apos;%1&apos; no es sqlite:PATH ni postgresql://USER@HOST:PORT/DBNAME</translation>
    </message>
    <message>
        <source>store migrate --from SPEC --to SPEC [--from-password-file FILE] [--to-password-file FILE] [--force]</source>
        <translation>store migrate --from SPEC --to SPEC [--from-password-file FILE] [--to-password-file FILE] [--force]</translation>
    </message>
    <message>
        <source>Copy the active leases and the whole usage history from one store to another, for example from a single node&apos;s SQLite file to the PostgreSQL database of an HA pair, and verify the counts. Stop the node that uses the source first.

SPEC is sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME; passwords come from the files given or from %1.</source>
        <translation>Copia las concesiones activas y todo el historial de uso de un almacén a otro, por ejemplo del fichero SQLite de un solo nodo a la base de datos PostgreSQL de un par de alta disponibilidad, y verifica los recuentos. Detenga antes el nodo que usa el origen.

SPEC es sqlite:PATH o postgresql://USER@HOST:PORT/DBNAME; las contraseñas se toman de los ficheros indicados o de %1.</translation>
    </message>
    <message>
        <source>The store to copy from.</source>
        <translation>El almacén de origen.</translation>
    </message>
    <message>
        <source>The store to copy to.</source>
        <translation>El almacén de destino.</translation>
    </message>
    <message>
        <source>Replace the leases and history the target already holds.</source>
        <translation>Reemplaza las concesiones y el historial que ya contiene el destino.</translation>
    </message>
    <message>
        <source>the only store command is &apos;migrate&apos;</source>
        <translation>la única orden de store es &apos;migrate&apos;</translation>
    </message>
    <message>
        <source>--from and --to are required</source>
        <translation>--from y --to son obligatorios</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>origen: %1</translation>
    </message>
    <message>
        <source>target: %1</source>
        <translation>destino: %1</translation>
    </message>
    <message>
        <source>copied %1 of %2 rows</source>
        <translation>copiadas %1 de %2 filas</translation>
    </message>
    <message>
        <source>File holding the PostgreSQL password of the source.</source>
        <translation>Fichero con la contraseña de PostgreSQL del origen.</translation>
    </message>
    <message>
        <source>File holding the PostgreSQL password of the target.</source>
        <translation>Fichero con la contraseña de PostgreSQL del destino.</translation>
    </message>
    <message>
        <source>Copied to %4: leases %1 (active %2), denials %3, audit entries %5; the counts match the source.</source>
        <translation>Copiado a %4: concesiones %1 (activas %2), denegaciones %3, entradas de auditoría %5; los recuentos coinciden con el origen.</translation>
    </message>
</context>
<context>
    <name>StoreMigration</name>
    <message>
        <source>%1 already holds data (leases: %2, denials: %3); nothing was copied. Use --force to replace them.</source>
        <translation>%1 ya contiene datos (concesiones: %2, denegaciones: %3); no se ha copiado nada. Use --force para reemplazarlos.</translation>
    </message>
    <message>
        <source>the copy does not match the source (copy: leases %1, active %2, denials %3; source: leases %4, active %5, denials %6); nothing was kept</source>
        <translation>la copia no coincide con el origen (copia: concesiones %1, activas %2, denegaciones %3; origen: concesiones %4, activas %5, denegaciones %6); no se ha conservado nada</translation>
    </message>
    <message>
        <source>the copy was cancelled; nothing was kept</source>
        <translation>la copia se canceló; no se conservó nada</translation>
    </message>
    <message>
        <source>the copy does not match the source (probes of overdue leases: copy %1, source %2); nothing was kept</source>
        <translation>la copia no coincide con el origen (sondeos de concesiones vencidas: copia %1, origen %2); no se conservó nada</translation>
    </message>
</context>
<context>
    <name>TextFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot restrict %1 to mode 0600: %2</source>
        <translation>no se puede restringir %1 al modo 0600: %2</translation>
    </message>
    <message>
        <source>%1 %2 does not exist</source>
        <translation>%1 %2 no existe</translation>
    </message>
    <message>
        <source>%1 %2 is a directory, not a file</source>
        <translation>%1 %2 es un directorio, no un fichero</translation>
    </message>
    <message>
        <source>%1 %2 is larger than 1 MiB; this is not a LeaseKeeper file</source>
        <translation>%1 %2 ocupa más de 1 MiB; no es un fichero de LeaseKeeper</translation>
    </message>
    <message>
        <source>cannot read %1 %2: %3</source>
        <translation>no se puede leer %1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>JSON no válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>the JSON document must be an object ({...})</source>
        <translation>el documento JSON debe ser un objeto ({...})</translation>
    </message>
    <message>
        <source>%1 already exists and was left unchanged</source>
        <translation>%1 ya existe y no se ha modificado</translation>
    </message>
</context>
<context>
    <name>TimeSyncParser</name>
    <message>
        <source>the system clock is synchronized (timedatectl: NTPSynchronized=yes)</source>
        <translation>el reloj del sistema está sincronizado (timedatectl: NTPSynchronized=yes)</translation>
    </message>
    <message>
        <source>the system clock is not synchronized (timedatectl: NTPSynchronized=no); enable NTP with &apos;timedatectl set-ntp true&apos; or install chrony</source>
        <translation>el reloj del sistema no está sincronizado (timedatectl: NTPSynchronized=no); active NTP con &apos;timedatectl set-ntp true&apos; o instale chrony</translation>
    </message>
    <message>
        <source>chrony is synchronized (reference %1; system time %2)</source>
        <translation>chrony está sincronizado (referencia %1; hora del sistema %2)</translation>
    </message>
    <message>
        <source>chrony is running but not synchronized (leap status: %1); check its sources with &apos;chronyc sources&apos;</source>
        <translation>chrony está en ejecución pero no sincronizado (leap status: %1); compruebe sus fuentes con &apos;chronyc sources&apos;</translation>
    </message>
    <message>
        <source>Windows Time is not synchronized (source: %1); turn on Settings &gt; Time &amp; language &gt; Synchronize your clock, or run &apos;w32tm /resync&apos;</source>
        <translation>el servicio Hora de Windows no está sincronizado (fuente: %1); active Configuración &gt; Hora e idioma &gt; Sincronizar el reloj o ejecute &apos;w32tm /resync&apos;</translation>
    </message>
    <message>
        <source>Windows Time is synchronized with %1 (last sync: %2)</source>
        <translation>el servicio Hora de Windows está sincronizado con %1 (última sincronización: %2)</translation>
    </message>
</context>
<context>
    <name>TlsClientOptions</name>
    <message>
        <source>the CA file %1 does not exist</source>
        <translation>el archivo de CA %1 no existe</translation>
    </message>
    <message>
        <source>cannot read the CA file %1: %2</source>
        <translation>no se puede leer el archivo de CA %1: %2</translation>
    </message>
    <message>
        <source>the CA file %1 is larger than 4 MiB</source>
        <translation>el archivo de CA %1 ocupa más de 4 MiB</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----); give the certificate that signed the server&apos;s, or the server&apos;s own self-signed certificate</source>
        <translation>el archivo de CA %1 no contiene ningún certificado PEM (-----BEGIN CERTIFICATE-----); indique el certificado que firmó el del servidor, o el propio certificado autofirmado del servidor</translation>
    </message>
</context>
<context>
    <name>TlsErrorText</name>
    <message>
        <source>self-signed</source>
        <translation>autofirmado</translation>
    </message>
    <message>
        <source>its chain ends in a self-signed certificate</source>
        <translation>su cadena termina en un certificado autofirmado</translation>
    </message>
    <message>
        <source>signed by &apos;%1&apos;, an authority not trusted here</source>
        <translation>firmado por &apos;%1&apos;, una autoridad en la que aquí no se confía</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted by the CA file %2 (%3); pass --ca with the certificate that signed it, or pin it with --pin-sha256 %4</source>
        <translation>el certificado de %1 no es de confianza según el archivo de CA %2 (%3); indique en --ca el certificado que lo firmó, o fíjelo con --pin-sha256 %4</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted (%2); pass --ca FILE with the certificate that signed it, or pin it with --pin-sha256 %3</source>
        <translation>el certificado de %1 no es de confianza (%2); indique --ca ARCHIVO con el certificado que lo firmó, o fíjelo con --pin-sha256 %3</translation>
    </message>
    <message>
        <source>the certificate presented by %1 is for %2, not &apos;%1&apos;; connect with a name the certificate lists, or give the server a certificate for it (leasekeeper-ctl cert self-signed --san %3)</source>
        <translation>el certificado que presenta %1 es para %2, no para &apos;%1&apos;; conéctese con un nombre que figure en el certificado, o dé al servidor un certificado para él (leasekeeper-ctl cert self-signed --san %3)</translation>
    </message>
    <message>
        <source>the certificate of %1 expired on %2</source>
        <translation>el certificado de %1 caducó el %2</translation>
    </message>
    <message>
        <source>the certificate of %1 is not valid before %2 (is this host&apos;s clock right?)</source>
        <translation>el certificado de %1 no es válido antes del %2 (¿está bien el reloj de este equipo?)</translation>
    </message>
    <message>
        <source>the certificate of %1 was refused: %2</source>
        <translation>se rechazó el certificado de %1: %2</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed</source>
        <translation>falló el handshake TLS con %1</translation>
    </message>
    <message>
        <source>the certificate of %1 has the SHA-256 fingerprint %2, not the pinned %3; if the server&apos;s certificate was replaced on purpose, pin the new one</source>
        <translation>el certificado de %1 tiene la huella SHA-256 %2, no la fijada %3; si el certificado del servidor se cambió a propósito, fije el nuevo</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
</context>
<context>
    <name>TlsServerCredentials</name>
    <message>
        <source>cannot read the TLS %1 %2: %3</source>
        <translation>no se puede leer el archivo TLS (%1) %2: %3</translation>
    </message>
    <message>
        <source>TLS is not available: Qt found no TLS library (OpenSSL 3)</source>
        <translation>TLS no está disponible: Qt no encontró ninguna biblioteca TLS (OpenSSL 3)</translation>
    </message>
    <message>
        <source>TLS needs both --tls-cert and --tls-key</source>
        <translation>TLS necesita --tls-cert y --tls-key</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificado</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>clave privada</translation>
    </message>
    <message>
        <source>the TLS certificate %1 is not a PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>el certificado TLS %1 no es un certificado PEM (-----BEGIN CERTIFICATE-----)</translation>
    </message>
    <message>
        <source>the TLS private key %1 is not an unencrypted PEM private key (EC, RSA or DSA)</source>
        <translation>la clave privada TLS %1 no es una clave privada PEM sin cifrar (EC, RSA o DSA)</translation>
    </message>
    <message>
        <source>OpenSSL cannot read the TLS certificate %1 or the key %2</source>
        <translation>OpenSSL no puede leer el certificado TLS %1 o la clave %2</translation>
    </message>
    <message>
        <source>the TLS private key %1 does not belong to the certificate %2</source>
        <translation>la clave privada TLS %1 no corresponde al certificado %2</translation>
    </message>
    <message>
        <source>the TLS certificate %1 expired on %2: clients will refuse it</source>
        <translation>el certificado TLS %1 caducó el %2: los clientes lo rechazarán</translation>
    </message>
    <message>
        <source>the TLS certificate %1 is not valid before %2: clients will refuse it</source>
        <translation>el certificado TLS %1 no es válido antes del %2: los clientes lo rechazarán</translation>
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
        <translation>Gestiona los tokens con nombre de un gestor de licencias (su --tokens-file).</translation>
    </message>
    <message>
        <source>token new --tokens-file FILE --name NAME --role admin|viewer [--out FILE]</source>
        <translation>token new --tokens-file FILE --name NAME --role admin|viewer [--out FILE]</translation>
    </message>
    <message>
        <source>Add a new random token for NAME to the tokens file (created with owner-only access) and print it, or write it to --out for its holder. Send the server SIGHUP (or restart the service) to accept it.</source>
        <translation>Añade un token aleatorio nuevo para NAME al archivo de tokens (creado con acceso solo para su propietario) y lo imprime, o lo escribe en --out para su titular. Envíe SIGHUP al servidor (o reinicie el servicio) para que lo acepte.</translation>
    </message>
    <message>
        <source>The server&apos;s --tokens-file.</source>
        <translation>El --tokens-file del servidor.</translation>
    </message>
    <message>
        <source>Who holds it: the name the audit trail shows.</source>
        <translation>Quién lo tiene: el nombre que muestra el registro de auditoría.</translation>
    </message>
    <message>
        <source>admin (read and change) or viewer (read only).</source>
        <translation>admin (leer y cambiar) o viewer (solo leer).</translation>
    </message>
    <message>
        <source>Write the token to this new file instead of printing it.</source>
        <translation>Escribe el token en este archivo nuevo en lugar de imprimirlo.</translation>
    </message>
    <message>
        <source>--tokens-file, --name and --role are required</source>
        <translation>--tokens-file, --name y --role son obligatorios</translation>
    </message>
    <message>
        <source>--role must be admin or viewer</source>
        <translation>--role debe ser admin o viewer</translation>
    </message>
    <message>
        <source>the cryptography library failed to start</source>
        <translation>la biblioteca criptográfica no pudo iniciarse</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>added %1 (%2) to %3; the token is in %4
</source>
        <translation>%1 (%2) añadido a %3; el token está en %4
</translation>
    </message>
    <message>
        <source>added %1 (%2) to %3; the token (shown once):
</source>
        <translation>%1 (%2) añadido a %3; el token (se muestra una sola vez):
</translation>
    </message>
</context>
<context>
    <name>TrustedKeys</name>
    <message>
        <source>trusted key skipped: %1</source>
        <translation>clave de confianza omitida: %1</translation>
    </message>
</context>
<context>
    <name>UsageParameters</name>
    <message>
        <source>&apos;%1&apos; must be milliseconds since the epoch or an ISO 8601 time, not &apos;%2&apos;</source>
        <translation>&apos;%1&apos; debe ser milisegundos desde la época Unix o una hora ISO 8601, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;step&apos; must be minute, hour or day, not &apos;%1&apos;</source>
        <translation>&apos;step&apos; debe ser minute, hour o day, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown query parameter &apos;%1&apos;; use type, from, to or step</source>
        <translation>parámetro de consulta desconocido &apos;%1&apos;; use type, from, to o step</translation>
    </message>
    <message>
        <source>&apos;from&apos; must not be after &apos;to&apos;</source>
        <translation>&apos;from&apos; no debe ser posterior a &apos;to&apos;</translation>
    </message>
</context>
<context>
    <name>WindowsServiceManager</name>
    <message>
        <source>--service works on Windows only; elsewhere run leasekeeper-server under the system&apos;s service manager (systemd on Linux)</source>
        <translation>--service solo funciona en Windows; en otros sistemas ejecute leasekeeper-server con el gestor de servicios del sistema (systemd en Linux)</translation>
    </message>
    <message>
        <source>the Service Control Manager refused access: run this from a command prompt started as administrator</source>
        <translation>el Administrador de control de servicios denegó el acceso: ejecútelo desde un símbolo del sistema iniciado como administrador</translation>
    </message>
    <message>
        <source>cannot open the Service Control Manager</source>
        <translation>no se puede abrir el Administrador de control de servicios</translation>
    </message>
    <message>
        <source>no service named %1 is installed (--service install)</source>
        <translation>no hay ningún servicio llamado %1 instalado (--service install)</translation>
    </message>
    <message>
        <source>cannot open the service %1</source>
        <translation>no se puede abrir el servicio %1</translation>
    </message>
    <message>
        <source>cannot query the service&apos;s state</source>
        <translation>no se puede consultar el estado del servicio</translation>
    </message>
    <message>
        <source>cannot register the event log source %1</source>
        <translation>no se puede registrar el origen del registro de eventos %1</translation>
    </message>
    <message>
        <source>the service %1 is not running</source>
        <translation>el servicio %1 no está en ejecución</translation>
    </message>
    <message>
        <source>cannot stop the service %1</source>
        <translation>no se puede detener el servicio %1</translation>
    </message>
    <message>
        <source>the service %1 did not stop within %2 s</source>
        <translation>el servicio %1 no se detuvo en %2 s</translation>
    </message>
    <message>
        <source>the service %1 has stopped</source>
        <translation>el servicio %1 se ha detenido</translation>
    </message>
    <message>
        <source>a service named %1 is installed already; remove it with --service uninstall or choose another --service-name</source>
        <translation>ya hay un servicio llamado %1 instalado; elimínelo con --service uninstall o elija otro --service-name</translation>
    </message>
    <message>
        <source>cannot install the service %1</source>
        <translation>no se puede instalar el servicio %1</translation>
    </message>
    <message>
        <source>installed the service %1 (%2), starting automatically with: %3</source>
        <translation>servicio %1 (%2) instalado, se inicia automáticamente con: %3</translation>
    </message>
    <message>
        <source>cannot remove the service %1</source>
        <translation>no se puede eliminar el servicio %1</translation>
    </message>
    <message>
        <source>removed the service %1</source>
        <translation>servicio %1 eliminado</translation>
    </message>
    <message>
        <source>the service %1 is running already</source>
        <translation>el servicio %1 ya está en ejecución</translation>
    </message>
    <message>
        <source>cannot start the service %1</source>
        <translation>no se puede iniciar el servicio %1</translation>
    </message>
    <message>
        <source>the service %1 did not start (exit code %2); its log (the event log, source %1, or --log-file) says why</source>
        <translation>el servicio %1 no se inició (código de salida %2); su registro (el registro de eventos, origen %1, o --log-file) indica el motivo</translation>
    </message>
    <message>
        <source>the service %1 is running (process %2)</source>
        <translation>el servicio %1 está en ejecución (proceso %2)</translation>
    </message>
</context>
<context>
    <name>WireJson</name>
    <message>
        <source>field &apos;%1&apos; must be an array</source>
        <translation>el campo &apos;%1&apos; debe ser una lista</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is missing</source>
        <translation>falta el campo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a string</source>
        <translation>el campo &apos;%1&apos; debe ser una cadena</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a whole number</source>
        <translation>el campo &apos;%1&apos; debe ser un número entero</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be true or false</source>
        <translation>el campo &apos;%1&apos; debe ser true o false</translation>
    </message>
    <message>
        <source>field &apos;role&apos; must be admin or viewer</source>
        <translation>el campo &apos;role&apos; debe ser admin o viewer</translation>
    </message>
    <message>
        <source>field &apos;entries&apos; must be an array</source>
        <translation>el campo &apos;entries&apos; debe ser un array</translation>
    </message>
    <message>
        <source>field &apos;samples&apos; must be an array</source>
        <translation>el campo &apos;samples&apos; debe ser un array</translation>
    </message>
    <message>
        <source>fields &apos;refusals&apos; and &apos;types&apos; must be arrays</source>
        <translation>los campos &apos;refusals&apos; y &apos;types&apos; deben ser arrays</translation>
    </message>
    <message>
        <source>fields &apos;groups&apos; and &apos;usage&apos; must be arrays</source>
        <translation>los campos &apos;groups&apos; y &apos;usage&apos; deben ser arrays</translation>
    </message>
</context>
<context>
    <name>lk</name>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Atendido por</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>Components seen renewing</source>
        <translation>Componentes vistos renovando</translation>
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
        <translation>ninguno: sin firma</translation>
    </message>
    <message>
        <source>none: no mail</source>
        <translation>ninguno: sin correo</translation>
    </message>
    <message>
        <source>none: no login</source>
        <translation>ninguno: sin inicio de sesión</translation>
    </message>
    <message>
        <source>leasekeeper@example.com</source>
        <translation>leasekeeper@example.com</translation>
    </message>
    <message>
        <source>ops@example.com, oncall@example.com</source>
        <translation>ops@example.com, guardia@example.com</translation>
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
        <translation>Ninguna (sin cifrar)</translation>
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
        <translation>Un fichero en el equipo del gestor de licencias con la clave que firma cada petición (HMAC-SHA256); la clave nunca sale del nodo.</translation>
    </message>
    <message>
        <source>Secret f&amp;ile on the node:</source>
        <translation>F&amp;ichero secreto en el nodo:</translation>
    </message>
    <message>
        <source>Atte&amp;mpts:</source>
        <translation>Inte&amp;ntos:</translation>
    </message>
    <message>
        <source>Doubled after each failed attempt</source>
        <translation>Se duplica tras cada intento fallido</translation>
    </message>
    <message>
        <source>First retry &amp;after:</source>
        <translation>Primer re&amp;intento tras:</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Se&amp;guridad:</translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation>Us&amp;uario:</translation>
    </message>
    <message>
        <source>A file on the License Manager&apos;s host holding the mail password; the password itself never leaves the node.</source>
        <translation>Un fichero en el equipo del gestor de licencias con la contraseña del correo; la contraseña nunca sale del nodo.</translation>
    </message>
    <message>
        <source>Pass&amp;word file on the node:</source>
        <translation>Fichero de contraseña en el nodo (&amp;w):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Re&amp;mitente:</translation>
    </message>
    <message>
        <source>E-mail addresses separated by commas</source>
        <translation>Direcciones de correo electrónico separadas por comas</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>Destinatari&amp;os:</translation>
    </message>
</context>
<context>
    <name>lk::AlertDispatcher</name>
    <message>
        <source>alert %1 (%2): %3</source>
        <translation>alerta %1 (%2): %3</translation>
    </message>
    <message>
        <source>alert %1 delivered by %2 to %3 (%4)</source>
        <translation>alerta %1 entregada por %2 a %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>alert %1 NOT delivered by %2 to %3 after %n attempt(s): %4</source>
        <translation>
            <numerusform>alerta %1 NO entregada por %2 a %3 tras %n intento: %4</numerusform>
            <numerusform>alerta %1 NO entregada por %2 a %3 tras %n intentos: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Test alert from %1</source>
        <translation>Alerta de prueba de %1</translation>
    </message>
    <message>
        <source>%1 asked for this test alert. If you read it, alerts from this License Manager reach you here.</source>
        <translation>%1 pidió esta alerta de prueba. Si la lee, las alertas de este License Manager le llegan aquí.</translation>
    </message>
</context>
<context>
    <name>lk::AlertMonitor</name>
    <message>
        <source>%1 on %2 was refused a license (%3)</source>
        <translation>Se rechazó la licencia a %1 en %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Instance %1 of %2 on host %3 asked for %n core(s) and was refused: %4</source>
        <translation>
            <numerusform>La instancia %1 de %2 en el equipo %3 pidió %n núcleo y se rechazó: %4</numerusform>
            <numerusform>La instancia %1 de %2 en el equipo %3 pidió %n núcleos y se rechazó: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2 ran out of grace</source>
        <translation>%1 en %2 agotó su periodo de gracia</translation>
    </message>
    <message>
        <source>The lease of instance %1 of %2 on host %3 ended: it was not renewed within the grace period, so that component has shut down, or will refuse to work, until it reaches the License Manager again.</source>
        <translation>La concesión de la instancia %1 de %2 en el equipo %3 terminó: no se renovó dentro del periodo de gracia, así que ese componente se ha detenido, o se negará a trabajar, hasta que vuelva a llegar al License Manager.</translation>
    </message>
    <message>
        <source>Still: %1</source>
        <translation>Sigue: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n similar alert(s) were held back by the rule&apos;s quiet period of %1 s since the last one.</source>
        <translation>
            <numerusform>%n alerta similar quedó retenida por el periodo de silencio de la regla (%1 s) desde la última.</numerusform>
            <numerusform>%n alertas similares quedaron retenidas por el periodo de silencio de la regla (%1 s) desde la última.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::AlertNotifier</name>
    <message numerus="yes">
        <source>%n new alert(s) from the License Manager</source>
        <translation>
            <numerusform>%n alerta nueva del gestor de licencias</numerusform>
            <numerusform>%n alertas nuevas del gestor de licencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alerta: %1</translation>
    </message>
    <message>
        <source>%1; the newest: %2</source>
        <translation>%1; la más reciente: %2</translation>
    </message>
</context>
<context>
    <name>lk::AlertRulesTable</name>
    <message>
        <source>Alert rules</source>
        <translation>Reglas de alerta</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Alert when</source>
        <translation>Alertar cuando</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Quiet period</source>
        <translation>Periodo de silencio</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Consola</translation>
    </message>
    <message>
        <source>After an alert, the same incident is not sent again for this long</source>
        <translation>Tras una alerta, el mismo incidente no se vuelve a enviar durante este tiempo</translation>
    </message>
    <message>
        <source>A notification in the console&apos;s system tray</source>
        <translation>Una notificación en la bandeja del sistema de la consola</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>%1: on</source>
        <translation>%1: activa</translation>
    </message>
    <message>
        <source>%1: threshold</source>
        <translation>%1: umbral</translation>
    </message>
    <message>
        <source>%1: no threshold</source>
        <translation>%1: sin umbral</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>%1: quiet period in minutes</source>
        <translation>%1: periodo de silencio en minutos</translation>
    </message>
    <message>
        <source>%1: send to %2</source>
        <translation>%1: enviar a %2</translation>
    </message>
</context>
<context>
    <name>lk::AlertService</name>
    <message>
        <source>this node keeps no alert settings file, so changes could not be kept; start it with --alerts FILE</source>
        <translation>este nodo no tiene archivo de ajustes de alertas, así que no podría conservar los cambios; inícielo con --alerts ARCHIVO</translation>
    </message>
</context>
<context>
    <name>lk::AlertSettingsDialog</name>
    <message>
        <source>%1: delivered (%2)</source>
        <translation>%1: entregada (%2)</translation>
    </message>
    <message>
        <source>%1: not delivered: %2</source>
        <translation>%1: no entregada: %2</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Send a &amp;test alert</source>
        <translation>Enviar una alerta de &amp;prueba</translation>
    </message>
    <message>
        <source>Alerts - %1</source>
        <translation>Alertas - %1</translation>
    </message>
    <message>
        <source>The License Manager watches its licenses, leases, database and peers and sends an alert when a rule fires: to a webhook, by mail, and to this console&apos;s notifications.</source>
        <translation>El gestor de licencias vigila sus licencias, concesiones, base de datos y nodos pares y envía una alerta cuando se cumple una regla: a un webhook, por correo y a las notificaciones de esta consola.</translation>
    </message>
    <message>
        <source>Read-only: this console has a viewer token, which can see the alert settings but not change them or send a test alert.</source>
        <translation>Solo lectura: esta consola tiene un token de lectura, que puede ver la configuración de alertas pero no cambiarla ni enviar una alerta de prueba.</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>&amp;Canales</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Reglas</translation>
    </message>
    <message>
        <source>&amp;Delivery log</source>
        <translation>Registro de en&amp;tregas</translation>
    </message>
    <message>
        <source>Sends a test alert on every channel as saved on the node, one attempt each</source>
        <translation>Envía una alerta de prueba por cada canal tal como está guardado en el nodo, con un intento por canal</translation>
    </message>
    <message>
        <source>Reading the alert settings...</source>
        <translation>Leyendo la configuración de alertas...</translation>
    </message>
    <message>
        <source>This License Manager runs without an alerts file (--alerts), so these settings cannot be changed from here.</source>
        <translation>Este gestor de licencias funciona sin fichero de alertas (--alerts), así que esta configuración no se puede cambiar desde aquí.</translation>
    </message>
    <message>
        <source>Saved on the node in %1</source>
        <translation>Guardada en el nodo en %1</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Guardando...</translation>
    </message>
    <message>
        <source>Saved. The License Manager uses these settings from now on.</source>
        <translation>Guardada. El gestor de licencias usa esta configuración a partir de ahora.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Sending a test alert; a channel that does not answer takes up to its timeout...</source>
        <translation>Enviando una alerta de prueba; un canal que no responde tarda hasta su tiempo de espera...</translation>
    </message>
    <message>
        <source>The test alert was not sent: %1</source>
        <translation>La alerta de prueba no se envió: %1</translation>
    </message>
    <message>
        <source>No webhook or mail server is saved on the node: the test alert shows in the console only.</source>
        <translation>No hay webhook ni servidor de correo guardados en el nodo: la alerta de prueba solo aparece en la consola.</translation>
    </message>
    <message>
        <source>Needs an admin token</source>
        <translation>Requiere un token de administración</translation>
    </message>
</context>
<context>
    <name>lk::AuditModel</name>
    <message>
        <source>freed a lease</source>
        <translation>liberó una concesión</translation>
    </message>
    <message>
        <source>maintenance on</source>
        <translation>mantenimiento activado</translation>
    </message>
    <message>
        <source>maintenance off</source>
        <translation>mantenimiento desactivado</translation>
    </message>
    <message>
        <source>loaded the license</source>
        <translation>cargó la licencia</translation>
    </message>
    <message>
        <source>token used</source>
        <translation>token usado</translation>
    </message>
    <message>
        <source>wrong token</source>
        <translation>token incorrecto</translation>
    </message>
    <message>
        <source>change refused (viewer)</source>
        <translation>cambio rechazado (lectura)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
</context>
<context>
    <name>lk::AuditPage</name>
    <message>
        <source>Export audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>E&amp;xportar CSV...</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Could not read the audit trail: %1</source>
        <translation>No se pudo leer el registro de auditoría: %1</translation>
    </message>
</context>
<context>
    <name>lk::CheckList</name>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Comprobando...</translation>
    </message>
    <message>
        <source>%1
What to do: %2</source>
        <translation>%1
Qué hacer: %2</translation>
    </message>
</context>
<context>
    <name>lk::CheckedStepPage</name>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Volver a comprobar</translation>
    </message>
</context>
<context>
    <name>lk::ClockPage</name>
    <message>
        <source>measuring...</source>
        <translation>midiendo...</translation>
    </message>
    <message>
        <source>Node clocks</source>
        <translation>Relojes de los nodos</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Offset to this console</source>
        <translation>Desfase respecto a esta consola</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Retardo</translation>
    </message>
    <message>
        <source>Database clock</source>
        <translation>Reloj de la base de datos</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Estado de sincronización</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Measure now</source>
        <translation>&amp;Medir ahora</translation>
    </message>
    <message>
        <source>&amp;Warn above:</source>
        <translation>A&amp;visar por encima de:</translation>
    </message>
    <message>
        <source>&amp;Critical above:</source>
        <translation>&amp;Crítico por encima de:</translation>
    </message>
    <message>
        <source>Warning threshold</source>
        <translation>Umbral de aviso</translation>
    </message>
    <message>
        <source>Critical threshold</source>
        <translation>Umbral crítico</translation>
    </message>
    <message>
        <source>Offset to this console, last hour</source>
        <translation>Desfase respecto a esta consola, última hora</translation>
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
        <translation>- (sin base de datos compartida)</translation>
    </message>
    <message>
        <source>%1 ms ahead of this node</source>
        <translation>%1 ms por delante de este nodo</translation>
    </message>
    <message>
        <source>%1 ms behind this node</source>
        <translation>%1 ms por detrás de este nodo</translation>
    </message>
    <message>
        <source>Largest drift between two nodes: %1</source>
        <translation>Mayor deriva entre dos nodos: %1</translation>
    </message>
    <message>
        <source>Node-to-node drift needs two measured nodes.</source>
        <translation>La deriva entre nodos requiere dos nodos medidos.</translation>
    </message>
</context>
<context>
    <name>lk::ClockPlot</name>
    <message>
        <source>Clock offsets over the last hour</source>
        <translation>Desfases del reloj en la última hora</translation>
    </message>
    <message>
        <source>%1: %2 ms now</source>
        <translation>%1: %2 ms ahora</translation>
    </message>
    <message>
        <source>No measurement yet.</source>
        <translation>Aún no hay mediciones.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>1 h ago</source>
        <translation>hace 1 h</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
</context>
<context>
    <name>lk::ClockProbe</name>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>&apos;%1&apos; no es una URL http:// o https://</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>no se puede contactar con %1: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of the time; is it a LeaseKeeper License Manager recent enough to offer /api/v1/time?</source>
        <translation>%1 respondió HTTP %2 en lugar de la hora; ¿es un gestor de licencias LeaseKeeper lo bastante reciente para ofrecer /api/v1/time?</translation>
    </message>
    <message>
        <source>%1 answered without receive_time_us and transmit_time_us; is it a LeaseKeeper License Manager?</source>
        <translation>%1 respondió sin receive_time_us ni transmit_time_us; ¿es un gestor de licencias LeaseKeeper?</translation>
    </message>
    <message>
        <source>%1 answered, but none of its %2 answers gave a usable time (its clock ran backwards while answering)</source>
        <translation>%1 respondió, pero ninguna de sus %2 respuestas dio una hora utilizable (su reloj retrocedió mientras respondía)</translation>
    </message>
</context>
<context>
    <name>lk::ComponentsStepPage</name>
    <message>
        <source>Point the components at the virtual host</source>
        <translation>Apuntar los componentes al host virtual</translation>
    </message>
    <message>
        <source>Change each component&apos;s License Manager address to the load balancer&apos;s virtual host. A component reads it when it starts or renews; until then it keeps renewing with the primary, which is safe. Below, every component the primary serves from now on, and the way its request came.</source>
        <translation>Cambie la dirección de License Manager de cada componente al host virtual del balanceador de carga. Un componente la lee al iniciarse o al renovar; hasta entonces sigue renovando con el primario, lo cual es seguro. Abajo, cada componente que el primario atiende a partir de ahora y el camino por el que llegó su petición.</translation>
    </message>
    <message>
        <source>Cannot watch renewals on the primary: %1</source>
        <translation>No se pueden observar las renovaciones en el primario: %1</translation>
    </message>
    <message>
        <source>virtual host</source>
        <translation>host virtual</translation>
    </message>
    <message>
        <source>direct: change its address</source>
        <translation>directo: cambie su dirección</translation>
    </message>
</context>
<context>
    <name>lk::ConnectionGuard</name>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>el handshake TLS con %1 falló: %2</translation>
    </message>
    <message>
        <source>this License Manager accepts only HTTPS: use https:// to reach it</source>
        <translation>este License Manager solo acepta HTTPS: use https:// para llegar a él</translation>
    </message>
    <message>
        <source>the request exceeds the limit of %1 bytes</source>
        <translation>la petición supera el límite de %1 bytes</translation>
    </message>
    <message>
        <source>the request headers exceed the limit of %1 bytes</source>
        <translation>las cabeceras de la petición superan el límite de %1 bytes</translation>
    </message>
    <message>
        <source>TLS handshake with %1 did not complete within %2 ms</source>
        <translation>el handshake TLS con %1 no terminó en %2 ms</translation>
    </message>
    <message>
        <source>the request did not arrive within %1 ms</source>
        <translation>la petición no llegó en %1 ms</translation>
    </message>
</context>
<context>
    <name>lk::DatabasePreparation</name>
    <message>
        <source>the local database %1 does not exist; nothing was copied</source>
        <translation>la base de datos local %1 no existe; no se copió nada</translation>
    </message>
    <message>
        <source>the database is still being worked on; wait for it to finish</source>
        <translation>la base de datos aún se está procesando; espere a que termine</translation>
    </message>
</context>
<context>
    <name>lk::DatabaseStepPage</name>
    <message>
        <source>&amp;Test the connection and prepare the database</source>
        <translation>&amp;Probar la conexión y preparar la base de datos</translation>
    </message>
    <message>
        <source>&amp;Move this License Manager&apos;s data into it...</source>
        <translation>&amp;Mover a ella los datos de este gestor de licencias...</translation>
    </message>
    <message>
        <source>The external database</source>
        <translation>La base de datos externa</translation>
    </message>
    <message>
        <source>Both License Managers keep their leases in one PostgreSQL database, which also decides the time of every lease. Create a role and a database for LeaseKeeper, then enter them here. The password is kept in this computer&apos;s keychain, never in a settings file.</source>
        <translation>Ambos gestores de licencias guardan sus concesiones en una única base de datos PostgreSQL, que además determina la hora de cada concesión. Cree un rol y una base de datos para LeaseKeeper e introdúzcalos aquí. La contraseña se guarda en el llavero de este equipo, nunca en un fichero de configuración.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Pue&amp;rto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Prepare the database</source>
        <translation>Preparar la base de datos</translation>
    </message>
    <message>
        <source>Connect to %1 and create or upgrade LeaseKeeper&apos;s tables there? Existing LeaseKeeper data is kept.</source>
        <translation>¿Conectarse a %1 y crear o actualizar allí las tablas de LeaseKeeper? Los datos de LeaseKeeper existentes se conservan.</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Conectando con %1...</translation>
    </message>
    <message>
        <source>Connected; the schema is ready. The database holds %1 leases (%2 active) and %3 denials.</source>
        <translation>Conectado; el esquema está listo. La base de datos contiene %1 concesiones (%2 activas) y %3 denegaciones.</translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain: %1</source>
        <translation>No se pudo guardar la contraseña en el llavero: %1</translation>
    </message>
    <message>
        <source>Move the data</source>
        <translation>Mover los datos</translation>
    </message>
    <message>
        <source>Copy the active leases and the whole history of %1 into %2? The copy is checked before it is kept; a database that already holds leases is not touched.</source>
        <translation>¿Copiar las concesiones activas y todo el historial de %1 en %2? La copia se verifica antes de conservarla; una base de datos que ya contiene concesiones no se modifica.</translation>
    </message>
    <message>
        <source>Copied leases: %1 (active %2), denials: %3, audit entries: %4; the counts match this License Manager&apos;s.</source>
        <translation>Concesiones copiadas: %1 (activas %2), denegaciones: %3, entradas de auditoría: %4; los recuentos coinciden con los de este gestor de licencias.</translation>
    </message>
</context>
<context>
    <name>lk::DeliveryLogTable</name>
    <message>
        <source>Alert delivery log</source>
        <translation>Registro de entregas de alertas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregada</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>lk::DrainStepPage</name>
    <message>
        <source>&amp;Move traffic to the secondary...</source>
        <translation>&amp;Mover el tráfico al secundario...</translation>
    </message>
    <message>
        <source>Move traffic to the secondary</source>
        <translation>Mover el tráfico al secundario</translation>
    </message>
    <message>
        <source>The primary goes into maintenance: its health check fails on purpose, the load balancer sends components to the updated secondary, and requests that still reach the primary are served. Components keep running.</source>
        <translation>El primario entra en mantenimiento: su comprobación de salud falla a propósito, el balanceador envía los componentes al secundario actualizado y las peticiones que aún llegan al primario se atienden. Los componentes siguen funcionando.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Move traffic</source>
        <translation>Mover el tráfico</translation>
    </message>
    <message>
        <source>Put the primary %1 in maintenance now? It stays in maintenance until it is restarted or you end maintenance.</source>
        <translation>¿Poner ahora el primario %1 en mantenimiento? Seguirá en mantenimiento hasta que se reinicie o usted termine el mantenimiento.</translation>
    </message>
</context>
<context>
    <name>lk::DrillRunner</name>
    <message>
        <source>Asking both nodes for their names...</source>
        <translation>Preguntando a ambos nodos sus nombres...</translation>
    </message>
    <message>
        <source>Both nodes must answer before the drill can start; check their addresses.</source>
        <translation>Ambos nodos deben responder para que pueda empezar el simulacro; compruebe sus direcciones.</translation>
    </message>
    <message>
        <source>Both nodes must answer before traffic can move; go back and check them.</source>
        <translation>Ambos nodos deben responder antes de mover el tráfico; vuelva atrás y compruébelos.</translation>
    </message>
    <message>
        <source>Traffic moved to the secondary after %1 ms and returned after %2 ms; %3 of %4 requests through the load balancer failed.</source>
        <translation>El tráfico pasó al nodo secundario tras %1 ms y volvió tras %2 ms; fallaron %3 de %4 peticiones a través del balanceador de carga.</translation>
    </message>
    <message>
        <source>The drill stopped: %1</source>
        <translation>El simulacro se detuvo: %1</translation>
    </message>
    <message>
        <source>Traffic moved after %1 ms; %2 of %3 requests through the load balancer failed. Now update the primary.</source>
        <translation>El tráfico se movió tras %1 ms; %2 de %3 peticiones a través del balanceador fallaron. Ahora actualice el primario.</translation>
    </message>
    <message>
        <source>Traffic did not move: %1</source>
        <translation>El tráfico no se movió: %1</translation>
    </message>
</context>
<context>
    <name>lk::DrillStepPage</name>
    <message>
        <source>&amp;Run the drill...</source>
        <translation>&amp;Ejecutar el simulacro...</translation>
    </message>
    <message>
        <source>Failover drill (optional)</source>
        <translation>Simulacro de conmutación por error (opcional)</translation>
    </message>
    <message>
        <source>Rehearse a failover before you need one: the primary goes into maintenance, the load balancer should move traffic to the secondary within a few seconds without a failed request, and traffic returns when maintenance ends. Components keep running throughout. You can skip this step.</source>
        <translation>Ensaye una conmutación por error antes de necesitarla: el nodo primario pasa a mantenimiento, el balanceador de carga debería desviar el tráfico al secundario en pocos segundos sin ninguna petición fallida, y el tráfico vuelve cuando termina el mantenimiento. Los componentes siguen funcionando todo el tiempo. Puede omitir este paso.</translation>
    </message>
    <message>
        <source>Drill progress</source>
        <translation>Progreso del simulacro</translation>
    </message>
    <message>
        <source>Failover drill</source>
        <translation>Simulacro de conmutación por error</translation>
    </message>
    <message>
        <source>Put the primary %1 in maintenance now? The load balancer moves traffic to the secondary; maintenance ends by itself when the drill finishes.</source>
        <translation>¿Poner ahora en mantenimiento el nodo primario %1? El balanceador de carga desvía el tráfico al secundario; el mantenimiento termina por sí solo cuando acaba el simulacro.</translation>
    </message>
</context>
<context>
    <name>lk::FailoverDrill</name>
    <message>
        <source>Putting %1 in maintenance...</source>
        <translation>Poniendo %1 en mantenimiento...</translation>
    </message>
    <message>
        <source>cancelled; %1 is taken out of maintenance</source>
        <translation>cancelado; %1 sale del mantenimiento</translation>
    </message>
    <message>
        <source>the admin token was refused</source>
        <translation>se rechazó el token de administración</translation>
    </message>
    <message>
        <source>cannot put %1 in maintenance: %2</source>
        <translation>no se puede poner %1 en mantenimiento: %2</translation>
    </message>
    <message>
        <source>cannot take %1 out of maintenance: %2; do it by hand</source>
        <translation>no se puede sacar %1 del mantenimiento: %2; hágalo a mano</translation>
    </message>
    <message>
        <source>Waiting for the load balancer to move traffic to %1...</source>
        <translation>Esperando a que el balanceador de carga desvíe el tráfico a %1...</translation>
    </message>
    <message>
        <source>Waiting for traffic to return to %1...</source>
        <translation>Esperando a que el tráfico vuelva a %1...</translation>
    </message>
    <message>
        <source>after %1 s the load balancer still sends traffic to %2; check its health check of /pingLicenseManager</source>
        <translation>tras %1 s el balanceador de carga sigue enviando tráfico a %2; compruebe su comprobación de estado de /pingLicenseManager</translation>
    </message>
    <message>
        <source>after %1 s traffic has not returned to %2; check the load balancer</source>
        <translation>tras %1 s el tráfico no ha vuelto a %2; compruebe el balanceador de carga</translation>
    </message>
    <message>
        <source>Traffic moved to %1 after %2 ms. Taking %3 out of maintenance...</source>
        <translation>El tráfico pasó a %1 tras %2 ms. Sacando %3 del mantenimiento...</translation>
    </message>
    <message>
        <source>Taking %1 out of maintenance...</source>
        <translation>Sacando %1 del mantenimiento...</translation>
    </message>
    <message>
        <source>Traffic moved to %1 after %2 ms; %3 stays in maintenance.</source>
        <translation>El tráfico pasó a %1 tras %2 ms; %3 sigue en mantenimiento.</translation>
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
        <translation>Gestor de licencias inaccesible desde hace %1: ningún componente en periodo de gracia</translation>
    </message>
    <message>
        <source>License Manager unreachable for %1: 1 component in grace, shutdown in %2</source>
        <translation>Gestor de licencias inaccesible desde hace %1: 1 componente en periodo de gracia, se detiene en %2</translation>
    </message>
    <message>
        <source>License Manager unreachable for %1: %2 components in grace, first shutdown in %3</source>
        <translation>Gestor de licencias inaccesible desde hace %1: %2 componentes en periodo de gracia, el primero se detiene en %3</translation>
    </message>
</context>
<context>
    <name>lk::GracePage</name>
    <message>
        <source>No component is on its grace period: every one renewed on time.</source>
        <translation>Ningún componente está en periodo de gracia: todos renovaron a tiempo.</translation>
    </message>
    <message>
        <source>A component that cannot renew its lease keeps running for the license&apos;s grace period, then shuts down. A component stopped during its grace period cannot start again until it reaches a License Manager.</source>
        <translation>Un componente que no puede renovar su concesión sigue funcionando durante el periodo de gracia de la licencia y después se detiene. Un componente detenido durante su periodo de gracia no puede volver a iniciarse hasta que contacte con un gestor de licencias.</translation>
    </message>
    <message>
        <source>Components on grace</source>
        <translation>Componentes en periodo de gracia</translation>
    </message>
</context>
<context>
    <name>lk::GuardedListener</name>
    <message>
        <source>accepting connections again (%1 open)</source>
        <translation>se aceptan conexiones de nuevo (%1 abiertas)</translation>
    </message>
    <message>
        <source>%1 connections open, the limit (--max-connections): new connections get 503 until some close</source>
        <translation>%1 conexiones abiertas, el límite (--max-connections): las nuevas conexiones reciben 503 hasta que se cierren algunas</translation>
    </message>
    <message>
        <source>this License Manager has %1 connections open, its limit; try again shortly</source>
        <translation>este License Manager tiene %1 conexiones abiertas, su límite; inténtelo de nuevo en breve</translation>
    </message>
    <message>
        <source>cannot accept a connection (%1): %2; retrying</source>
        <translation>no se puede aceptar una conexión (%1): %2; se reintenta</translation>
    </message>
</context>
<context>
    <name>lk::HaWizard</name>
    <message>
        <source>Set up high availability</source>
        <translation>Configurar la alta disponibilidad</translation>
    </message>
    <message>
        <source>The license</source>
        <translation>La licencia</translation>
    </message>
    <message>
        <source>A pair needs a license that allows two License Managers (max_license_managers 2 or more). This License Manager becomes the primary.</source>
        <translation>Un par necesita una licencia que permita dos gestores de licencias (max_license_managers 2 o más). Este gestor de licencias pasa a ser el primario.</translation>
    </message>
    <message>
        <source>&amp;Primary:</source>
        <translation>&amp;Primario:</translation>
    </message>
    <message>
        <source>Clocks in sync</source>
        <translation>Relojes sincronizados</translation>
    </message>
    <message>
        <source>Both hosts must keep their clocks synchronised. On Linux enable NTP (&apos;timedatectl set-ntp true&apos;, or chrony); on Windows turn on Settings &gt; Time &amp; language &gt; Synchronize your clock. Install and start leasekeeper-server on the second host, then enter its address.</source>
        <translation>Ambos hosts deben mantener sus relojes sincronizados. En Linux active NTP (&apos;timedatectl set-ntp true&apos; o chrony); en Windows active Configuración &gt; Hora e idioma &gt; Sincronizar el reloj. Instale e inicie leasekeeper-server en el segundo host y después introduzca su dirección.</translation>
    </message>
    <message>
        <source>&amp;Secondary:</source>
        <translation>Se&amp;cundario:</translation>
    </message>
    <message>
        <source>The secondary</source>
        <translation>El nodo secundario</translation>
    </message>
    <message>
        <source>Start both nodes on the database, with the same license and trusted issuer key:
  leasekeeper-server --db postgresql://USER@HOST:PORT/DBNAME --db-password-file FILE --role primary|secondary --license license.json --trust issuer.pub
Only the License Manager runs clustered: keep the console and other tools off the secondary&apos;s load-balanced address.</source>
        <translation>Inicie ambos nodos sobre la base de datos, con la misma licencia y la misma clave de emisor de confianza:
  leasekeeper-server --db postgresql://USER@HOST:PORT/DBNAME --db-password-file FILE --role primary|secondary --license license.json --trust issuer.pub
Solo el gestor de licencias funciona en clúster: no dirija la consola ni otras herramientas a la dirección balanceada del nodo secundario.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Every check of the pair, once more. Finish saves the pair as a connection profile, which the console&apos;s overview then watches.</source>
        <translation>Todas las comprobaciones del par, una vez más. Finalizar guarda el par como perfil de conexión, que después supervisa el resumen de la consola.</translation>
    </message>
    <message>
        <source>HA pair</source>
        <translation>Par de alta disponibilidad</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Nom&amp;bre del perfil:</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Guardar el perfil</translation>
    </message>
</context>
<context>
    <name>lk::HealthBanner</name>
    <message>
        <source>License Manager health</source>
        <translation>Estado del gestor de licencias</translation>
    </message>
    <message>
        <source>Contacting the License Manager...</source>
        <translation>Contactando con el gestor de licencias...</translation>
    </message>
</context>
<context>
    <name>lk::HistoryModel</name>
    <message>
        <source>released (clean shutdown)</source>
        <translation>liberada (cierre ordenado)</translation>
    </message>
    <message>
        <source>replaced by a restart</source>
        <translation>sustituida por un reinicio</translation>
    </message>
    <message>
        <source>grace period expired</source>
        <translation>periodo de gracia agotado</translation>
    </message>
    <message>
        <source>freed by an administrator</source>
        <translation>liberada por un administrador</translation>
    </message>
    <message>
        <source>denied: type not licensed</source>
        <translation>denegada: tipo sin licencia</translation>
    </message>
    <message>
        <source>denied: license expired</source>
        <translation>denegada: licencia caducada</translation>
    </message>
    <message>
        <source>denied: instance limit</source>
        <translation>denegada: límite de instancias</translation>
    </message>
    <message>
        <source>denied: too many cores per instance</source>
        <translation>denegada: demasiados núcleos por instancia</translation>
    </message>
    <message>
        <source>denied: core limit</source>
        <translation>denegada: límite de núcleos</translation>
    </message>
    <message>
        <source>denial</source>
        <translation>denegación</translation>
    </message>
    <message>
        <source>lease</source>
        <translation>concesión</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instancia</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>Núcleos</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>denied: host group cap</source>
        <translation>rechazada: tope del grupo de hosts</translation>
    </message>
    <message>
        <source>denied: reserved for another host group</source>
        <translation>rechazada: reservado para otro grupo de hosts</translation>
    </message>
    <message>
        <source>reclaimed (process gone)</source>
        <translation>recuperada (el proceso ya no existe)</translation>
    </message>
</context>
<context>
    <name>lk::HistoryPage</name>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Component type</source>
        <translation>Tipo de componente</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Todos los motivos</translation>
    </message>
    <message>
        <source>Usage history</source>
        <translation>Historial de uso</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Could not read the history: %1</source>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
    <message>
        <source>%1: %2 cores, %3 instances (%4)</source>
        <translation>%1: %2 núcleos, %3 instancias (%4)</translation>
    </message>
    <message>
        <source>No leases in this period.</source>
        <translation>No hay concesiones en este periodo.</translation>
    </message>
    <message>
        <source>Peak concurrent use: %1</source>
        <translation>Pico de uso simultáneo: %1</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>E&amp;xportar CSV...</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Tipo:</translation>
    </message>
</context>
<context>
    <name>lk::HttpConnection</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>la conexión falló</translation>
    </message>
</context>
<context>
    <name>lk::HttpServer</name>
    <message>
        <source>request body of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>el cuerpo de la petición de %1 bytes supera el límite de %2 bytes</translation>
    </message>
    <message>
        <source>%1 is not allowed on %2; use %3</source>
        <translation>%1 no está permitido en %2; use %3</translation>
    </message>
    <message>
        <source>no such endpoint: %1</source>
        <translation>no existe el punto de acceso: %1</translation>
    </message>
    <message>
        <source>no such endpoint</source>
        <translation>no existe el punto de acceso</translation>
    </message>
</context>
<context>
    <name>lk::LeaseRowModel</name>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instancia</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Direcciones IP</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>Núcleos</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concedida</translation>
    </message>
    <message>
        <source>Last renewal</source>
        <translation>Última renovación</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Servida por</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Shuts down in</source>
        <translation>Se detiene en</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>shuts down in %1</source>
        <translation>se detiene en %1</translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation>deteniéndose</translation>
    </message>
    <message>
        <source>Grace deadline: %1</source>
        <translation>Fin del periodo de gracia: %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
</context>
<context>
    <name>lk::LeaseService</name>
    <message>
        <source>no license is loaded</source>
        <translation>no hay ninguna licencia cargada</translation>
    </message>
    <message>
        <source>this License Manager cannot grant leases: %1</source>
        <translation>este gestor de licencias no puede otorgar concesiones: %1</translation>
    </message>
    <message>
        <source>the License Manager is overloaded; retry shortly</source>
        <translation>el gestor de licencias está sobrecargado; vuelva a intentarlo en breve</translation>
    </message>
    <message numerus="yes">
        <source>the license allows %n License Manager(s) and it is already served by %1; stop a node or install a license that allows more</source>
        <translation>
            <numerusform>la licencia permite %n gestor de licencias y ya la sirve %1; detenga un nodo o instale una licencia que permita más</numerusform>
            <numerusform>la licencia permite %n gestores de licencias y ya la sirven %1; detenga un nodo o instale una licencia que permita más</numerusform>
        </translation>
    </message>
    <message>
        <source>a License Manager place of the license is free again: this node serves</source>
        <translation>vuelve a haber un puesto de gestor de licencias libre en la licencia: este nodo atiende</translation>
    </message>
</context>
<context>
    <name>lk::LeasesPage</name>
    <message>
        <source>Search instance, host, IP address or node</source>
        <translation>Buscar instancia, host, dirección IP o nodo</translation>
    </message>
    <message>
        <source>Search leases</source>
        <translation>Buscar concesiones</translation>
    </message>
    <message>
        <source>Component type</source>
        <translation>Tipo de componente</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>End the selected lease now. Its component stops being counted; if it is still running it will ask for a new lease at its next renewal.</source>
        <translation>Finaliza ahora la concesión seleccionada. Su componente deja de contabilizarse; si sigue en ejecución, pedirá una nueva concesión en su próxima renovación.</translation>
    </message>
    <message>
        <source>Active leases</source>
        <translation>Concesiones activas</translation>
    </message>
    <message>
        <source>Export leases</source>
        <translation>Exportar concesiones</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lease(s) shown</source>
        <translation>
            <numerusform>%1 de %n concesión mostrada</numerusform>
            <numerusform>%1 de %n concesiones mostradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Free lease</source>
        <translation>Liberar concesión</translation>
    </message>
    <message>
        <source>Why is the lease of %1 on %2 being freed? The reason is kept in the history.</source>
        <translation>¿Por qué se libera la concesión de %1 en %2? El motivo se guarda en el historial.</translation>
    </message>
    <message>
        <source>Free the lease of %1 (%2 cores)? If the component is still running it will ask for a new lease at its next renewal, and may be denied if the license is full.</source>
        <translation>¿Liberar la concesión de %1 (%2 núcleos)? Si el componente sigue en ejecución, pedirá una nueva concesión en su próxima renovación y puede ser denegada si la licencia está completa.</translation>
    </message>
    <message>
        <source>&amp;Free lease...</source>
        <translation>&amp;Liberar concesión...</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>E&amp;xportar CSV...</translation>
    </message>
    <message>
        <source>Freeing a lease needs an admin token; this console has a viewer token.</source>
        <translation>Liberar una concesión requiere un token de administración; esta consola tiene un token de lectura.</translation>
    </message>
</context>
<context>
    <name>lk::LicenseApi</name>
    <message>
        <source>the admin API is disabled: start the server with --admin-token-file</source>
        <translation>la API de administración está desactivada: inicie el servidor con --admin-token-file</translation>
    </message>
    <message>
        <source>no license is loaded</source>
        <translation>no hay ninguna licencia cargada</translation>
    </message>
    <message>
        <source>license %1 expired on %2</source>
        <translation>la licencia %1 caducó el %2</translation>
    </message>
    <message>
        <source>this node is in maintenance mode</source>
        <translation>este nodo está en modo de mantenimiento</translation>
    </message>
    <message>
        <source>License Manager %1 is ready</source>
        <translation>El gestor de licencias %1 está listo</translation>
    </message>
    <message>
        <source>no active lease with this id; request a new lease</source>
        <translation>no hay ninguna concesión activa con este id.; solicite una nueva concesión</translation>
    </message>
    <message>
        <source>no active lease with this id</source>
        <translation>no hay ninguna concesión activa con este id.</translation>
    </message>
    <message>
        <source>admin token</source>
        <translation>token de administración</translation>
    </message>
    <message>
        <source>this License Manager needs the site key: send it in the header &apos;X-Site-Key&apos; (component option --site-key-file)</source>
        <translation>este License Manager exige la clave de sitio: envíela en la cabecera &apos;X-Site-Key&apos; (opción de componente --site-key-file)</translation>
    </message>
    <message>
        <source>site key</source>
        <translation>clave de sitio</translation>
    </message>
    <message>
        <source>the &apos;X-Site-Key&apos; header does not hold this License Manager&apos;s site key; check the component&apos;s --site-key-file</source>
        <translation>la cabecera &apos;X-Site-Key&apos; no contiene la clave de sitio de este License Manager; revise --site-key-file del componente</translation>
    </message>
    <message>
        <source>too many failed authentication attempts from %1; try again in %2 (at %3)</source>
        <translation>demasiados intentos de autenticación fallidos desde %1; vuelva a intentarlo dentro de %2 (a las %3)</translation>
    </message>
    <message>
        <source>%1 locked out for %2 after %3 failed authentication attempts (last: %4)</source>
        <translation>%1 bloqueado durante %2 tras %3 intentos de autenticación fallidos (último: %4)</translation>
    </message>
    <message>
        <source>&apos;after&apos; must be a sequence number (0 or more)</source>
        <translation>&apos;after&apos; debe ser un número de secuencia (0 o más)</translation>
    </message>
    <message>
        <source>a token that is not valid here, for %1 %2</source>
        <translation>un token que no es válido aquí, para %1 %2</translation>
    </message>
    <message>
        <source>this endpoint needs &apos;Authorization: Bearer &lt;token&gt;&apos; with an admin or viewer token of this server</source>
        <translation>este endpoint necesita &apos;Authorization: Bearer &lt;token&gt;&apos; con un token de administración o de lectura de este servidor</translation>
    </message>
    <message>
        <source>a viewer token cannot change anything</source>
        <translation>un token de lectura no puede cambiar nada</translation>
    </message>
    <message>
        <source>the token &apos;%1&apos; is a viewer token: it can read but not change anything; this needs an admin token</source>
        <translation>el token &apos;%1&apos; es un token de lectura: puede leer pero no cambiar nada; esto necesita un token de administración</translation>
    </message>
    <message>
        <source>first use of this token from this address since the node started</source>
        <translation>primer uso de este token desde esta dirección desde que arrancó el nodo</translation>
    </message>
    <message>
        <source>%1 by %2 from %3: %4 %5 %6</source>
        <translation>%1 por %2 desde %3: %4 %5 %6</translation>
    </message>
    <message>
        <source>an audit entry was not stored in the database (it is in this log): %1</source>
        <translation>una entrada de auditoría no se guardó en la base de datos (está en este registro): %1</translation>
    </message>
    <message>
        <source>%1 by %2 from %3: %4 %5</source>
        <translation>%1 por %2 desde %3: %4 %5</translation>
    </message>
    <message>
        <source>already in maintenance</source>
        <translation>ya estaba en mantenimiento</translation>
    </message>
    <message>
        <source>already out of maintenance</source>
        <translation>ya estaba fuera de mantenimiento</translation>
    </message>
    <message>
        <source>this node trusts no issuer public key, so it cannot check the license sent; start it with --trust FILE</source>
        <translation>este nodo no confía en ninguna clave pública de emisor, así que no puede comprobar la licencia enviada; inícielo con --trust FILE</translation>
    </message>
    <message>
        <source>the license sent cannot be used: %1</source>
        <translation>la licencia enviada no se puede usar: %1</translation>
    </message>
    <message>
        <source>%1 or more leases in the last %2 days; check fewer days</source>
        <translation>%1 concesiones o más en los últimos %2 días; compruebe menos días</translation>
    </message>
    <message>
        <source>webhook %1</source>
        <translation>webhook %1</translation>
    </message>
    <message>
        <source>no webhook</source>
        <translation>sin webhook</translation>
    </message>
    <message>
        <source>mail to %1 via %2</source>
        <translation>correo a %1 por %2</translation>
    </message>
    <message>
        <source>no mail</source>
        <translation>sin correo</translation>
    </message>
    <message>
        <source>%1 of %2 rules on</source>
        <translation>%1 de %2 reglas activas</translation>
    </message>
    <message>
        <source>this node has not started its alerts yet</source>
        <translation>este nodo aún no ha iniciado sus alertas</translation>
    </message>
    <message>
        <source>no webhook or mail set; shown in the console only</source>
        <translation>sin webhook ni correo; solo se muestra en la consola</translation>
    </message>
</context>
<context>
    <name>lk::LicenseCard</name>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Licensee:</source>
        <translation>Licenciatario:</translation>
    </message>
    <message>
        <source>License id:</source>
        <translation>Id. de licencia:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Caduca:</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Tiempo restante:</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>no license loaded</source>
        <translation>ninguna licencia cargada</translation>
    </message>
    <message>
        <source>%1 instances in use</source>
        <translation>%1 instancias en uso</translation>
    </message>
    <message>
        <source>%1 cores in use</source>
        <translation>%1 núcleos en uso</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>caduca en %1</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>CADUCADA</translation>
    </message>
    <message>
        <source>%1 of %2 instances</source>
        <translation>%1 de %2 instancias</translation>
    </message>
    <message>
        <source>%1 of %2 cores</source>
        <translation>%1 de %2 núcleos</translation>
    </message>
</context>
<context>
    <name>lk::LicenseClient</name>
    <message>
        <source>no License Manager URL is configured</source>
        <translation>no hay configurada ninguna URL de gestor de licencias</translation>
    </message>
    <message>
        <source>lease released</source>
        <translation>concesión liberada</translation>
    </message>
    <message>
        <source>could not release the lease (%1); the License Manager frees it when its grace period ends</source>
        <translation>no se pudo liberar la concesión (%1); el gestor de licencias la libera cuando termine su periodo de gracia</translation>
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
        <translation>no se puede contactar con ningún gestor de licencias en %1: %2</translation>
    </message>
    <message>
        <source>cannot renew the lease at %1 (%2); running on grace, shutting down in %3 unless a renewal succeeds</source>
        <translation>no se puede renovar la concesión en %1 (%2); funcionando en periodo de gracia, se detendrá en %3 salvo que una renovación tenga éxito</translation>
    </message>
    <message>
        <source>the License Manager&apos;s answer lacks a lease id, a renewal interval or a grace period</source>
        <translation>a la respuesta del gestor de licencias le falta un id de concesión, un intervalo de renovación o un periodo de gracia</translation>
    </message>
    <message>
        <source>licensed; renewing every %1</source>
        <translation>con licencia; se renueva cada %1</translation>
    </message>
    <message>
        <source>lease renewed; grace period over</source>
        <translation>concesión renovada; periodo de gracia terminado</translation>
    </message>
    <message>
        <source>lease renewed</source>
        <translation>concesión renovada</translation>
    </message>
    <message>
        <source>grace period of %1 ran out: no License Manager at %2 renewed the lease; shutting down</source>
        <translation>se agotó el periodo de gracia de %1: ningún gestor de licencias en %2 renovó la concesión; deteniéndose</translation>
    </message>
    <message>
        <source>the License Manager ended lease %1 (it no longer knows it) and no License Manager at %2 granted a new one (%3); running on grace, shutting down in %4 unless a new lease is granted</source>
        <translation>el License Manager finalizó la concesión %1 (ya no la conoce) y ningún License Manager en %2 concedió una nueva (%3); funcionando en periodo de gracia, se detendrá en %4 salvo que se conceda una nueva</translation>
    </message>
    <message>
        <source>the License Manager ended lease %1 (it no longer knows it) and refuses a new one now: %2; running on grace, shutting down in %3 unless a seat frees up</source>
        <translation>el License Manager finalizó la concesión %1 (ya no la conoce) y ahora rechaza una nueva: %2; funcionando en periodo de gracia, se detendrá en %3 salvo que se libere un puesto</translation>
    </message>
    <message>
        <source>licensed again with new lease %1 (the License Manager had ended lease %2); grace period over</source>
        <translation>licenciado de nuevo con la concesión %1 (el License Manager había finalizado la concesión %2); periodo de gracia terminado</translation>
    </message>
    <message>
        <source>the License Manager had ended lease %1 (it no longer knew it); licensed again with new lease %2</source>
        <translation>el License Manager había finalizado la concesión %1 (ya no la conocía); licenciado de nuevo con la concesión %2</translation>
    </message>
    <message>
        <source>grace period of %1 ran out: no License Manager at %2 granted a new lease after lease %3 was ended; shutting down</source>
        <translation>el periodo de gracia de %1 se agotó: ningún License Manager en %2 concedió una nueva concesión tras finalizar la concesión %3; deteniéndose</translation>
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
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>&amp;Export refusals as CSV...</source>
        <translation>&amp;Exportar rechazos como CSV...</translation>
    </message>
    <message>
        <source>Component type</source>
        <translation>Tipo de componente</translation>
    </message>
    <message>
        <source>Allowed (instances / cores)</source>
        <translation>Permitido (instancias / núcleos)</translation>
    </message>
    <message>
        <source>Peak use</source>
        <translation>Uso en el pico</translation>
    </message>
    <message>
        <source>Headroom at the peak</source>
        <translation>Margen en el pico</translation>
    </message>
    <message>
        <source>Would refuse</source>
        <translation>Rechazaría</translation>
    </message>
    <message>
        <source>Use per type against the license</source>
        <translation>Uso por tipo frente a la licencia</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instancia</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>Núcleos</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Starts the license would have refused</source>
        <translation>Arranques que la licencia habría rechazado</translation>
    </message>
    <message>
        <source>Export refusals as CSV</source>
        <translation>Exportar rechazos como CSV</translation>
    </message>
    <message>
        <source>Check %1 against past usage</source>
        <translation>Comprobar %1 con el uso pasado</translation>
    </message>
    <message>
        <source>Would this license have held? The License Manager replays the leases it recorded against the limits of %1, start by start, as it would have granted them. Nothing is changed.</source>
        <translation>¿Habría bastado esta licencia? El gestor de licencias reproduce las concesiones que registró frente a los límites de %1, arranque a arranque, como las habría concedido. No se cambia nada.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Days of usage to replay</source>
        <translation>Días de uso que se reproducen</translation>
    </message>
    <message>
        <source>&amp;Replay the last</source>
        <translation>&amp;Reproducir los últimos</translation>
    </message>
    <message numerus="yes">
        <source>Replaying the last %n day(s) of usage...</source>
        <translation>
            <numerusform>Reproduciendo el último día de uso...</numerusform>
            <numerusform>Reproduciendo los últimos %n días de uso...</numerusform>
        </translation>
    </message>
    <message>
        <source>License %1 for %2</source>
        <translation>La licencia %1 para %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 would have held: none of the %n lease(s) of the last %2 days would have been refused.</source>
        <translation>
            <numerusform>%1 habría bastado: la única concesión de los últimos %2 días no se habría rechazado.</numerusform>
            <numerusform>%1 habría bastado: ninguna de las %n concesiones de los últimos %2 días se habría rechazado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 would have refused %n start(s) in the last %2 days.</source>
        <translation>
            <numerusform>%1 habría rechazado %n arranque en los últimos %2 días.</numerusform>
            <numerusform>%1 habría rechazado %n arranques en los últimos %2 días.</numerusform>
        </translation>
    </message>
    <message>
        <source>not licensed</source>
        <translation>sin licencia</translation>
    </message>
</context>
<context>
    <name>lk::LicenseInstallService</name>
    <message>
        <source>the license was installed but the License Manager does not serve it: %1</source>
        <translation>la licencia se instaló pero el License Manager no la sirve: %1</translation>
    </message>
    <message>
        <source>another license is served</source>
        <translation>se sirve otra licencia</translation>
    </message>
</context>
<context>
    <name>lk::LicensePage</name>
    <message>
        <source>Licensed component types</source>
        <translation>Tipos de componente con licencia</translation>
    </message>
    <message>
        <source>Component type</source>
        <translation>Tipo de componente</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instancias</translation>
    </message>
    <message>
        <source>Cores per instance</source>
        <translation>Núcleos por instancia</translation>
    </message>
    <message>
        <source>Total cores</source>
        <translation>Núcleos en total</translation>
    </message>
    <message>
        <source>Install licenses with the console on the License Manager&apos;s own host.</source>
        <translation>Instale las licencias con la consola en el propio host del gestor de licencias.</translation>
    </message>
    <message>
        <source>License:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <source>none usable: %1</source>
        <translation>ninguna utilizable: %1</translation>
    </message>
    <message>
        <source>Licensee:</source>
        <translation>Licenciatario:</translation>
    </message>
    <message>
        <source>License id:</source>
        <translation>Id. de licencia:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Caduca:</translation>
    </message>
    <message>
        <source>Grace period:</source>
        <translation>Periodo de gracia:</translation>
    </message>
    <message>
        <source>Renewal interval:</source>
        <translation>Intervalo de renovación:</translation>
    </message>
    <message>
        <source>License Managers allowed:</source>
        <translation>Gestores de licencias permitidos:</translation>
    </message>
    <message>
        <source>Issuer key:</source>
        <translation>Clave del emisor:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problema:</translation>
    </message>
    <message>
        <source>Choose the license file</source>
        <translation>Elija el fichero de licencia</translation>
    </message>
    <message>
        <source>License files (*.json *.lic);;All files (*)</source>
        <translation>Ficheros de licencia (*.json *.lic);;Todos los ficheros (*)</translation>
    </message>
    <message>
        <source>Choose the issuer&apos;s public key</source>
        <translation>Elija la clave pública del emisor</translation>
    </message>
    <message>
        <source>Public keys (*.pub *.json);;All files (*)</source>
        <translation>Claves públicas (*.pub *.json);;Todos los ficheros (*)</translation>
    </message>
    <message>
        <source>unusable license</source>
        <translation>licencia inutilizable</translation>
    </message>
    <message>
        <source>Not installed (%1): %2</source>
        <translation>No instalada (%1): %2</translation>
    </message>
    <message>
        <source>Replace license %1 (%2) with license %3 (%4), valid until %5?</source>
        <translation>¿Reemplazar la licencia %1 (%2) por la licencia %3 (%4), válida hasta el %5?</translation>
    </message>
    <message>
        <source>Install license %1 (%2)?</source>
        <translation>¿Instalar la licencia %1 (%2)?</translation>
    </message>
    <message>
        <source>Install license</source>
        <translation>Instalar licencia</translation>
    </message>
    <message>
        <source>License %1 for %2 is installed and served.</source>
        <translation>La licencia %1 para %2 está instalada y se está sirviendo.</translation>
    </message>
    <message>
        <source>&amp;Install license...</source>
        <translation>&amp;Instalar licencia...</translation>
    </message>
    <message>
        <source>&amp;Check a license against past usage...</source>
        <translation>&amp;Comprobar una licencia con el uso pasado...</translation>
    </message>
    <message>
        <source>Would a renewal offer or a smaller tier have held the starts of the last days?</source>
        <translation>¿Habría bastado una oferta de renovación o un nivel menor para los arranques de los últimos días?</translation>
    </message>
    <message>
        <source>Choose the license to check against past usage</source>
        <translation>Elija la licencia que se comprueba con el uso pasado</translation>
    </message>
    <message>
        <source>license file</source>
        <translation>fichero de licencia</translation>
    </message>
    <message>
        <source>Host groups (policy file): use against reserve and cap</source>
        <translation>Grupos de hosts (fichero de política): uso frente a reserva y tope</translation>
    </message>
    <message>
        <source>Host groups</source>
        <translation>Grupos de hosts</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>In use (instances / cores)</source>
        <translation>En uso (instancias / núcleos)</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Tope</translation>
    </message>
    <message>
        <source>(other hosts)</source>
        <translation>(otros hosts)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instancia</numerusform>
            <numerusform>%n instancias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n núcleo</numerusform>
            <numerusform>%n núcleos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::LicenseServer</name>
    <message>
        <source>no issuer public key is trusted; start the server with --trust FILE</source>
        <translation>no se confía en ninguna clave pública de emisor; inicie el servidor con --trust FILE</translation>
    </message>
    <message>
        <source>license problem: %1</source>
        <translation>problema con la licencia: %1</translation>
    </message>
    <message>
        <source>serving license %1 for %2</source>
        <translation>sirviendo la licencia %1 para %2</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>no se puede escuchar en %1 puerto %2: %3</translation>
    </message>
    <message>
        <source>node %1 listening on %2 port %3, store %4</source>
        <translation>nodo %1 escuchando en %2 puerto %3, almacén %4</translation>
    </message>
    <message>
        <source>maintenance mode on: /pingLicenseManager answers 503</source>
        <translation>modo de mantenimiento activado: /pingLicenseManager responde 503</translation>
    </message>
    <message>
        <source>maintenance mode off</source>
        <translation>modo de mantenimiento desactivado</translation>
    </message>
    <message>
        <source>the limit of %1 open files (ulimit -n) is below --max-connections %2: connections beyond it wait in the kernel&apos;s queue</source>
        <translation>el límite de %1 archivos abiertos (ulimit -n) está por debajo de --max-connections %2: las conexiones por encima esperan en la cola del kernel</translation>
    </message>
    <message>
        <source>TLS on port %1 for %2, certificate valid until %3; plain HTTP %4</source>
        <translation>TLS en el puerto %1 para %2, certificado válido hasta %3; HTTP sin cifrar: %4</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>accepted too</source>
        <translation>también aceptado</translation>
    </message>
    <message>
        <source>components must send the site key from %1</source>
        <translation>los componentes deben enviar la clave de sitio de %1</translation>
    </message>
    <message>
        <source>%1: re-reading the license and the TLS certificate</source>
        <translation>%1: releyendo la licencia y el certificado TLS</translation>
    </message>
    <message>
        <source>%1: re-reading the license</source>
        <translation>%1: releyendo la licencia</translation>
    </message>
    <message>
        <source>this host&apos;s clock is not synchronized: %1</source>
        <translation>el reloj de este host no está sincronizado: %1</translation>
    </message>
    <message>
        <source>clock synchronization (%1): %2</source>
        <translation>sincronización del reloj (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) accepted</source>
        <translation>
            <numerusform>%n token aceptado</numerusform>
            <numerusform>%n tokens aceptados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the tokens accepted so far stay</source>
        <translation>%1; se mantienen los tokens aceptados hasta ahora</translation>
    </message>
    <message numerus="yes">
        <source>host group policy %1: %n rule(s)</source>
        <translation>
            <numerusform>política de grupos de hosts %1: %n regla</numerusform>
            <numerusform>política de grupos de hosts %1: %n reglas</numerusform>
        </translation>
    </message>
    <message>
        <source>policy file changed</source>
        <translation>cambió el fichero de política</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) in force for the next grants; running leases stay</source>
        <translation>
            <numerusform>%n regla vigente para las próximas concesiones; las concesiones en curso siguen</numerusform>
            <numerusform>%n reglas vigentes para las próximas concesiones; las concesiones en curso siguen</numerusform>
        </translation>
    </message>
    <message>
        <source>host group policy %1 re-read: %2</source>
        <translation>política de grupos de hosts %1 releída: %2</translation>
    </message>
    <message>
        <source>%1; the policy in force stays</source>
        <translation>%1; la política vigente se mantiene</translation>
    </message>
    <message>
        <source>alerts file changed</source>
        <translation>cambió el archivo de alertas</translation>
    </message>
    <message>
        <source>alert settings from %1</source>
        <translation>ajustes de alertas de %1</translation>
    </message>
    <message>
        <source>alert settings re-read</source>
        <translation>ajustes de alertas releídos</translation>
    </message>
    <message>
        <source>%1; the settings in force stay</source>
        <translation>%1; se mantienen los ajustes vigentes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>overdue leases are probed every %1 s and reclaimed after %2 s overdue when %3 probes in a row are refused</source>
        <translation>las concesiones vencidas se sondean cada %1 s y se recuperan tras %2 s vencidas cuando %3 sondeos seguidos son rechazados</translation>
    </message>
</context>
<context>
    <name>lk::LoadBalancerStepPage</name>
    <message>
        <source>The load balancer</source>
        <translation>El balanceador de carga</translation>
    </message>
    <message>
        <source>The load balancer sends every request to the primary and, when its /pingLicenseManager stops answering 200, to the secondary. Choose yours to get a configuration with fast failure detection and safe retries; install it, then enter the virtual host components will use.</source>
        <translation>El balanceador de carga envía todas las peticiones al nodo primario y, cuando su /pingLicenseManager deja de responder 200, al secundario. Elija el suyo para obtener una configuración con detección rápida de fallos y reintentos seguros; instálela y después introduzca el host virtual que usarán los componentes.</translation>
    </message>
    <message>
        <source>Configure an active-passive pool:
- members: %1 (primary) and %2 (backup, used only when the primary is down)
- health check: GET /pingLicenseManager every second, healthy on status 200, down after 2 failures, up after 3 successes
- retry a request that failed on the primary on the backup (renewals, grants and releases are idempotent)
- a request timeout of about 3 s to a member</source>
        <translation>Configure un grupo activo-pasivo:
- miembros: %1 (primario) y %2 (respaldo, usado solo cuando el primario está caído)
- comprobación de estado: GET /pingLicenseManager cada segundo, correcto con el estado 200, caído tras 2 fallos, activo tras 3 éxitos
- reintentar en el respaldo una petición que falló en el primario (las renovaciones, concesiones y liberaciones son idempotentes)
- un tiempo de espera de unos 3 s por petición a un miembro</translation>
    </message>
    <message>
        <source>Save the configuration</source>
        <translation>Guardar la configuración</translation>
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
        <translation>Otro balanceador de carga</translation>
    </message>
    <message>
        <source>Generated configuration</source>
        <translation>Configuración generada</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Save as...</source>
        <translation>&amp;Guardar como...</translation>
    </message>
    <message>
        <source>Load &amp;balancer:</source>
        <translation>&amp;Balanceador de carga:</translation>
    </message>
    <message>
        <source>&amp;Listen address:</source>
        <translation>Dirección de &amp;escucha:</translation>
    </message>
    <message>
        <source>&amp;Virtual host:</source>
        <translation>Host &amp;virtual:</translation>
    </message>
</context>
<context>
    <name>lk::MailChannel</name>
    <message>
        <source>after %1 attempts: %2</source>
        <translation>tras %1 intentos: %2</translation>
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
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>%1, last answer at %2</source>
        <translation>%1, última respuesta a las %2</translation>
    </message>
    <message>
        <source>%1 does not answer (checked at %2)</source>
        <translation>%1 no responde (comprobado a las %2)</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Salir de todos modos</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Seguir en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Components depend on this License Manager</source>
        <translation>Hay componentes que dependen de este gestor de licencias</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) hold leases from the License Manager in this console. If you quit, they keep running on their grace period (%1) and then shut down, and none of them can start again until a License Manager answers.</source>
        <translation>
            <numerusform>%n componente tiene concesiones del gestor de licencias de esta consola. Si sale, seguirá funcionando durante su periodo de gracia (%1) y después se detendrá, y no podrá volver a iniciarse hasta que responda un gestor de licencias.</numerusform>
            <numerusform>%n componentes tienen concesiones del gestor de licencias de esta consola. Si sale, seguirán funcionando durante su periodo de gracia (%1) y después se detendrán, y ninguno podrá volver a iniciarse hasta que responda un gestor de licencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>LeaseKeeper: License Manager running</source>
        <translation>LeaseKeeper: gestor de licencias en ejecución</translation>
    </message>
    <message>
        <source>Show LeaseKeeper</source>
        <translation>Mostrar LeaseKeeper</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Connection &amp;profiles...</source>
        <translation>&amp;Perfiles de conexión...</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>%1 - LeaseKeeper</source>
        <translation>%1 - LeaseKeeper</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>Set up &amp;high availability...</source>
        <translation>Configurar la &amp;alta disponibilidad...</translation>
    </message>
    <message>
        <source>&amp;Update the pair node by node...</source>
        <translation>&amp;Actualizar el par nodo a nodo...</translation>
    </message>
    <message>
        <source>Read-only: viewer token &apos;%1&apos;</source>
        <translation>Solo lectura: token de lectura &apos;%1&apos;</translation>
    </message>
    <message>
        <source>This token can read everything but change nothing: freeing leases, maintenance and the wizards need an admin token.</source>
        <translation>Este token puede leerlo todo pero no cambiar nada: liberar concesiones, el mantenimiento y los asistentes necesitan un token de administración.</translation>
    </message>
    <message>
        <source>Needs an admin token</source>
        <translation>Requiere un token de administración</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Alerts...</source>
        <translation>&amp;Alertas...</translation>
    </message>
</context>
<context>
    <name>lk::NodeCard</name>
    <message>
        <source>Reachable</source>
        <translation>Accesible</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Tiempo de respuesta</translation>
    </message>
    <message>
        <source>Clock offset</source>
        <translation>Desfase del reloj</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
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
        <translation>sí, listo</translation>
    </message>
    <message>
        <source>yes, NOT ready</source>
        <translation>sí, NO listo</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>%1, up %2</source>
        <translation>%1, activo desde hace %2</translation>
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
        <translation>correcto</translation>
    </message>
    <message>
        <source>on: the load balancer moves traffic away</source>
        <translation>activado: el balanceador de carga desvía el tráfico</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Servicio %1</translation>
    </message>
    <message>
        <source>Service %1, answered by %2</source>
        <translation>Servicio %1, respondido por %2</translation>
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
        <translation>al listar las concesiones</translation>
    </message>
    <message>
        <source>reading the history</source>
        <translation>al leer el historial</translation>
    </message>
    <message>
        <source>freeing the lease</source>
        <translation>al liberar la concesión</translation>
    </message>
    <message>
        <source>listing renewals</source>
        <translation>listando renovaciones</translation>
    </message>
    <message>
        <source>listing leases: %1</source>
        <translation>al listar las concesiones: %1</translation>
    </message>
    <message>
        <source>listing renewals: %1</source>
        <translation>listando renovaciones: %1</translation>
    </message>
    <message>
        <source>reading the history: %1</source>
        <translation>al leer el historial: %1</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>al leer el registro de auditoría</translation>
    </message>
    <message>
        <source>reading the audit trail: %1</source>
        <translation>al leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>asking what the token may do</source>
        <translation>al preguntar qué puede hacer el token</translation>
    </message>
    <message>
        <source>asking what the token may do: %1</source>
        <translation>al preguntar qué puede hacer el token: %1</translation>
    </message>
    <message>
        <source>checking the license against past usage</source>
        <translation>comprobando la licencia con el uso pasado</translation>
    </message>
    <message>
        <source>checking the license against past usage: %1</source>
        <translation>comprobando la licencia con el uso pasado: %1</translation>
    </message>
    <message>
        <source>reading the usage</source>
        <translation>leyendo el uso</translation>
    </message>
    <message>
        <source>reading the usage: %1</source>
        <translation>leyendo el uso: %1</translation>
    </message>
    <message>
        <source>reading the host groups</source>
        <translation>leyendo los grupos de hosts</translation>
    </message>
    <message>
        <source>reading the host groups: %1</source>
        <translation>leyendo los grupos de hosts: %1</translation>
    </message>
    <message>
        <source>reading the alerts</source>
        <translation>leyendo las alertas</translation>
    </message>
    <message>
        <source>reading the alert settings</source>
        <translation>leyendo la configuración de alertas</translation>
    </message>
    <message>
        <source>saving the alert settings</source>
        <translation>guardando la configuración de alertas</translation>
    </message>
    <message>
        <source>sending a test alert</source>
        <translation>enviando una alerta de prueba</translation>
    </message>
</context>
<context>
    <name>lk::NodeUpdatePage</name>
    <message>
        <source>This node already runs the new version: no restart needed</source>
        <translation>Este nodo ya tiene la nueva versión: no hace falta reiniciarlo</translation>
    </message>
</context>
<context>
    <name>lk::OverviewPage</name>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>Sin alertas.</translation>
    </message>
</context>
<context>
    <name>lk::ProfilesDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Open in a new window</source>
        <translation>&amp;Abrir en una ventana nueva</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Perfiles de conexión</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Perfiles guardados</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>kept in the system keychain; leave empty to keep the stored one</source>
        <translation>se guarda en el llavero del sistema; déjelo vacío para conservar el actual</translation>
    </message>
    <message>
        <source>&amp;Service address:</source>
        <translation>&amp;Dirección del servicio:</translation>
    </message>
    <message>
        <source>The load balancer&apos;s virtual host, or the only License Manager.</source>
        <translation>El host virtual del balanceador de carga o el único gestor de licencias.</translation>
    </message>
    <message>
        <source>Admin &amp;token:</source>
        <translation>&amp;Token de administración:</translation>
    </message>
    <message>
        <source>HA pair</source>
        <translation>Par de alta disponibilidad</translation>
    </message>
    <message>
        <source>Service address: %1</source>
        <translation>Dirección del servicio: %1</translation>
    </message>
    <message>
        <source>Nodes: %1</source>
        <translation>Nodos: %1</translation>
    </message>
    <message>
        <source>Saved profile &apos;%1&apos;.</source>
        <translation>Perfil &apos;%1&apos; guardado.</translation>
    </message>
    <message>
        <source>The profile is saved, but the admin token is not: %1</source>
        <translation>El perfil se ha guardado, pero el token de administración no: %1</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Delete the connection profile &apos;%1&apos;? The License Managers themselves are not touched.</source>
        <translation>¿Eliminar el perfil de conexión &apos;%1&apos;? Los gestores de licencias en sí no se modifican.</translation>
    </message>
    <message>
        <source>Deleted profile &apos;%1&apos;.</source>
        <translation>Perfil &apos;%1&apos; eliminado.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>No&amp;des (one per line):</source>
        <translation>Nodo&amp;s (uno por línea):</translation>
    </message>
    <message>
        <source>Enter the address that components use and, for an HA pair, each node&apos;s own address.</source>
        <translation>Introduzca la dirección que usan los componentes y, para un par de alta disponibilidad, la dirección propia de cada nodo.</translation>
    </message>
    <message>
        <source>optional: PEM file of the authority that signed the nodes&apos; certificates</source>
        <translation>opcional: archivo PEM de la autoridad que firmó los certificados de los nodos</translation>
    </message>
    <message>
        <source>optional: AB:CD:... fingerprints, separated by commas</source>
        <translation>opcional: huellas AB:CD:..., separadas por comas</translation>
    </message>
    <message>
        <source>C&amp;A file (https):</source>
        <translation>Arc&amp;hivo de CA (https):</translation>
    </message>
    <message>
        <source>&amp;Pinned SHA-256:</source>
        <translation>SHA-256 &amp;fijado:</translation>
    </message>
</context>
<context>
    <name>lk::SecretStore</name>
    <message>
        <source>no keychain is available (%1); on Linux, start a Secret Service such as GNOME Keyring or KWallet</source>
        <translation>no hay ningún llavero disponible (%1); en Linux, inicie un Secret Service como GNOME Keyring o KWallet</translation>
    </message>
    <message>
        <source>the keychain refused access: %1</source>
        <translation>el llavero denegó el acceso: %1</translation>
    </message>
    <message>
        <source>the keychain failed: %1</source>
        <translation>el llavero falló: %1</translation>
    </message>
</context>
<context>
    <name>lk::SmtpClient</name>
    <message>
        <source>cannot connect to the mail server %1: %2</source>
        <translation>no se puede conectar con el servidor de correo %1: %2</translation>
    </message>
    <message>
        <source>the TLS handshake with the mail server %1 failed: %2</source>
        <translation>el handshake TLS con el servidor de correo %1 falló: %2</translation>
    </message>
    <message>
        <source>the mail server %1 closed the connection (%2): %3</source>
        <translation>el servidor de correo %1 cerró la conexión (%2): %3</translation>
    </message>
    <message>
        <source>no answer from the mail server %1 within %2 s (%3)</source>
        <translation>sin respuesta del servidor de correo %1 en %2 s (%3)</translation>
    </message>
    <message>
        <source>; if the server expects STARTTLS (usually on port 587), set the security to STARTTLS</source>
        <translation>; si el servidor espera STARTTLS (normalmente en el puerto 587), configure la seguridad como STARTTLS</translation>
    </message>
    <message>
        <source>; if the server expects TLS from the first byte (usually on port 465), set the security to TLS</source>
        <translation>; si el servidor espera TLS desde el primer byte (normalmente en el puerto 465), configure la seguridad como TLS</translation>
    </message>
    <message>
        <source>the mail server %1 does not answer as SMTP servers do: %2</source>
        <translation>el servidor de correo %1 no responde como un servidor SMTP: %2</translation>
    </message>
    <message>
        <source>the mail server %1 refused the connection: %2</source>
        <translation>el servidor de correo %1 rechazó la conexión: %2</translation>
    </message>
    <message>
        <source>the mail server %1 refused the sender %2: %3</source>
        <translation>el servidor de correo %1 rechazó el remitente %2: %3</translation>
    </message>
    <message>
        <source>the mail server %1 did not take the message (DATA): %2</source>
        <translation>el servidor de correo %1 no aceptó el mensaje (DATA): %2</translation>
    </message>
    <message>
        <source>the mail server %1 did not accept EHLO: %2</source>
        <translation>el servidor de correo %1 no aceptó EHLO: %2</translation>
    </message>
    <message>
        <source>the mail server %1 does not offer STARTTLS, so nothing was sent (no password, no message); turn STARTTLS on there, or use TLS (port 465) if it offers that</source>
        <translation>el servidor de correo %1 no ofrece STARTTLS, así que no se envió nada (ni contraseña ni mensaje); active STARTTLS en él, o use TLS (puerto 465) si lo ofrece</translation>
    </message>
    <message>
        <source>the mail server %1 refused STARTTLS, so nothing was sent (no password, no message): %2</source>
        <translation>el servidor de correo %1 rechazó STARTTLS, así que no se envió nada (ni contraseña ni mensaje): %2</translation>
    </message>
    <message>
        <source>the mail server %1 sent more than its answer to STARTTLS, which could have been injected on the way; nothing was sent</source>
        <translation>el servidor de correo %1 envió más que su respuesta a STARTTLS, lo que podría haberse inyectado por el camino; no se envió nada</translation>
    </message>
    <message>
        <source>the mail server %1 does not offer AUTH, but a user name is set; remove the user name if it takes mail without one, or check that this is its submission port</source>
        <translation>el servidor de correo %1 no ofrece AUTH, pero hay un nombre de usuario configurado; quite el nombre de usuario si acepta correo sin él, o compruebe que este es su puerto de envío (submission)</translation>
    </message>
    <message>
        <source>the mail server %1 offers AUTH %2 only; LeaseKeeper logs in with PLAIN or LOGIN</source>
        <translation>el servidor de correo %1 solo ofrece AUTH %2; LeaseKeeper inicia sesión con PLAIN o LOGIN</translation>
    </message>
    <message>
        <source>the mail server %1 refused the user name or password: %2</source>
        <translation>el servidor de correo %1 rechazó el nombre de usuario o la contraseña: %2</translation>
    </message>
    <message>
        <source>the mail server %1 did not log in user &apos;%2&apos;: %3</source>
        <translation>el servidor de correo %1 no inició la sesión del usuario &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>the mail server %1 refused every recipient: %2</source>
        <translation>el servidor de correo %1 rechazó todos los destinatarios: %2</translation>
    </message>
    <message>
        <source>the mail server %1 refused the message: %2</source>
        <translation>el servidor de correo %1 rechazó el mensaje: %2</translation>
    </message>
    <message>
        <source>%1; not delivered to %2</source>
        <translation>%1; no entregado a %2</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>handshake TLS</translation>
    </message>
    <message>
        <source>waiting for its greeting</source>
        <translation>esperando su saludo</translation>
    </message>
    <message>
        <source>end of the message</source>
        <translation>fin del mensaje</translation>
    </message>
</context>
<context>
    <name>lk::StoreWorker</name>
    <message>
        <source>the store has not been opened yet</source>
        <translation>el almacén aún no se ha abierto</translation>
    </message>
    <message>
        <source>the %1 database has not answered for %2 s</source>
        <translation>la base de datos %1 no responde desde hace %2 s</translation>
    </message>
    <message>
        <source>%1 store at %2 answers</source>
        <translation>el almacén %1 en %2 responde</translation>
    </message>
    <message>
        <source>%1 store at %2: %3</source>
        <translation>almacén %1 en %2: %3</translation>
    </message>
    <message>
        <source>store unavailable: %1</source>
        <translation>almacén no disponible: %1</translation>
    </message>
    <message>
        <source>%1 store at %2 answers again</source>
        <translation>el almacén %1 en %2 vuelve a responder</translation>
    </message>
</context>
<context>
    <name>lk::TcpProbe</name>
    <message>
        <source>no answer within %1 ms</source>
        <translation>sin respuesta en %1 ms</translation>
    </message>
    <message>
        <source>connection accepted</source>
        <translation>conexión aceptada</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
</context>
<context>
    <name>lk::TimeSyncProbe</name>
    <message>
        <source>not checked yet</source>
        <translation>aún sin comprobar</translation>
    </message>
    <message>
        <source>no way to check clock synchronization is known on this platform</source>
        <translation>no se conoce ninguna forma de comprobar la sincronización del reloj en esta plataforma</translation>
    </message>
    <message>
        <source>cannot tell whether this clock is synchronized: %1</source>
        <translation>no se puede saber si este reloj está sincronizado: %1</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <source>cannot start it: %1</source>
        <translation>no se puede iniciar: %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>terminó de forma anómala</translation>
    </message>
    <message>
        <source>no verdict (exit status %1)</source>
        <translation>sin veredicto (código de salida %1)</translation>
    </message>
</context>
<context>
    <name>lk::TlsNetworkAccess</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
</context>
<context>
    <name>lk::TlsReloader</name>
    <message>
        <source>files changed</source>
        <translation>archivos modificados</translation>
    </message>
    <message>
        <source>%1, valid until %2 (SHA-256 %3)</source>
        <translation>%1, válido hasta %2 (SHA-256 %3)</translation>
    </message>
    <message>
        <source>TLS certificate not reloaded (%1): %2; still serving %3</source>
        <translation>certificado TLS no recargado (%1): %2; se sigue sirviendo %3</translation>
    </message>
    <message>
        <source>TLS certificate re-read (%1): unchanged, %2</source>
        <translation>certificado TLS releído (%1): sin cambios, %2</translation>
    </message>
    <message>
        <source>TLS certificate reloaded (%1): new connections get %2</source>
        <translation>certificado TLS recargado (%1): las conexiones nuevas reciben %2</translation>
    </message>
</context>
<context>
    <name>lk::TlsStepPage</name>
    <message>
        <source>&amp;Keep HTTP (a trusted network only)</source>
        <translation>&amp;Mantener HTTP (solo en una red de confianza)</translation>
    </message>
    <message>
        <source>&amp;Generate a self-signed certificate for the pair</source>
        <translation>&amp;Generar un certificado autofirmado para el par</translation>
    </message>
    <message>
        <source>Use the &amp;organisation&apos;s certificate</source>
        <translation>Usar el certificado de la &amp;organización</translation>
    </message>
    <message>
        <source>HTTPS (optional)</source>
        <translation>HTTPS (opcional)</translation>
    </message>
    <message>
        <source>Components, the console and the load balancer can reach the License Managers over HTTPS. One certificate names the virtual host and both nodes. A self-signed one suits an evaluation; in production use one your organisation issues.</source>
        <translation>Los componentes, la consola y el balanceador pueden llegar a los License Managers por HTTPS. Un certificado nombra el host virtual y ambos nodos. Uno autofirmado sirve para una evaluación; en producción use uno que emita su organización.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Válido durante:</translation>
    </message>
    <message>
        <source>Ge&amp;nerate</source>
        <translation>Ge&amp;nerar</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>Ce&amp;rtificado:</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Clave &amp;privada:</translation>
    </message>
    <message>
        <source>Signed &amp;by (CA):</source>
        <translation>Firmado &amp;por (CA):</translation>
    </message>
    <message>
        <source>&amp;Check and use</source>
        <translation>Comprobar y &amp;usar</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Archivos PEM (*.pem *.crt *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>%1
Replace the certificate and key there?</source>
        <translation>%1
¿Reemplazar el certificado y la clave que hay ahí?</translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation>No está listo: %1</translation>
    </message>
</context>
<context>
    <name>lk::UpdateWizard</name>
    <message>
        <source>Update the pair node by node</source>
        <translation>Actualizar el par nodo a nodo</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Update a pair only when it is healthy: every check must pass, so that one node can carry the components while the other is updated. Have the new version at hand on both hosts.</source>
        <translation>Actualice un par solo cuando esté sano: todas las comprobaciones deben pasar, para que un nodo atienda a los componentes mientras el otro se actualiza. Tenga la nueva versión a mano en ambos hosts.</translation>
    </message>
    <message>
        <source>Update the secondary</source>
        <translation>Actualizar el secundario</translation>
    </message>
    <message>
        <source>The secondary carries no traffic. On its host: stop leasekeeper-server, install the new version, start it again with the same options. This page sees it go down and come back, then checks the pair again.</source>
        <translation>El secundario no recibe tráfico. En su host: detenga leasekeeper-server, instale la nueva versión y vuelva a iniciarlo con las mismas opciones. Esta página lo ve caer y volver, y después comprueba de nuevo el par.</translation>
    </message>
    <message>
        <source>The secondary</source>
        <translation>El secundario</translation>
    </message>
    <message>
        <source>Update the primary</source>
        <translation>Actualizar el primario</translation>
    </message>
    <message>
        <source>Components now renew with the secondary. On the primary&apos;s host: stop leasekeeper-server, install the new version, start it again. A restarted node is out of maintenance; the load balancer returns traffic to it after three good health checks.</source>
        <translation>Los componentes renuevan ahora con el secundario. En el host del primario: detenga leasekeeper-server, instale la nueva versión y vuelva a iniciarlo. Un nodo reiniciado sale del mantenimiento; el balanceador le devuelve el tráfico tras tres comprobaciones de salud correctas.</translation>
    </message>
    <message>
        <source>The primary</source>
        <translation>El primario</translation>
    </message>
    <message>
        <source>&amp;End maintenance without a restart</source>
        <translation>&amp;Terminar el mantenimiento sin reiniciar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Both nodes are updated. Every check of the pair, once more.</source>
        <translation>Ambos nodos están actualizados. Todas las comprobaciones del par, una vez más.</translation>
    </message>
    <message>
        <source>End maintenance</source>
        <translation>Terminar el mantenimiento</translation>
    </message>
    <message>
        <source>Take the primary out of maintenance now? The load balancer sends traffic back to it.</source>
        <translation>¿Sacar ahora el primario del mantenimiento? El balanceador le devuelve el tráfico.</translation>
    </message>
</context>
<context>
    <name>lk::UsageChart</name>
    <message>
        <source>Cores in use</source>
        <translation>Núcleos en uso</translation>
    </message>
    <message>
        <source>Cores allowed</source>
        <translation>Núcleos permitidos</translation>
    </message>
    <message>
        <source>Instances in use</source>
        <translation>Instancias en uso</translation>
    </message>
    <message>
        <source>Instances allowed</source>
        <translation>Instancias permitidas</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Pico</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>Rechazos</translation>
    </message>
    <message>
        <source>Usage over time</source>
        <translation>Uso a lo largo del tiempo</translation>
    </message>
    <message>
        <source>No usage read yet.</source>
        <translation>Aún no se ha leído el uso.</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>Núcleos</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instancias</translation>
    </message>
    <message>
        <source>%1: no usage recorded in this period</source>
        <translation>%1: no hay uso registrado en este periodo</translation>
    </message>
    <message>
        <source>%1: in use and allowed</source>
        <translation>%1: en uso y permitido</translation>
    </message>
    <message numerus="yes">
        <source>peak %n core(s)</source>
        <translation>
            <numerusform>pico %n núcleo</numerusform>
            <numerusform>pico %n núcleos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 of %3 instances, %4 of %5 cores</source>
        <translation>%1
%2 de %3 instancias, %4 de %5 núcleos</translation>
    </message>
    <message>
        <source>Grants denied: %1</source>
        <translation>Concesiones rechazadas: %1</translation>
    </message>
    <message>
        <source>%1: %2 periods. Last: %3 of %4 instances, %5 of %6 cores. %7 %8</source>
        <translation>%1: %2 periodos. Último: %3 de %4 instancias, %5 de %6 núcleos. %7 %8</translation>
    </message>
    <message>
        <source>Grants denied: %1.</source>
        <translation>Concesiones rechazadas: %1.</translation>
    </message>
</context>
<context>
    <name>lk::UsageModel</name>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instancias</translation>
    </message>
    <message>
        <source>Instances allowed</source>
        <translation>Instancias permitidas</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>Núcleos</translation>
    </message>
    <message>
        <source>Cores allowed</source>
        <translation>Núcleos permitidos</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>Rechazos</translation>
    </message>
</context>
<context>
    <name>lk::UsagePage</name>
    <message>
        <source>Export usage</source>
        <translation>Exportar el uso</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Últimas 6 horas</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Last 400 days</source>
        <translation>Últimos 400 días</translation>
    </message>
    <message>
        <source>Component type</source>
        <translation>Tipo de componente</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>E&amp;xportar CSV...</translation>
    </message>
    <message>
        <source>Export P&amp;NG...</source>
        <translation>Exportar P&amp;NG...</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>Usage per period</source>
        <translation>Uso por periodo</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <source>Ta&amp;ble</source>
        <translation>&amp;Tabla</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Cargando...</translation>
    </message>
    <message>
        <source>No usage recorded in this period</source>
        <translation>No hay uso registrado en este periodo</translation>
    </message>
    <message>
        <source>No usage to show</source>
        <translation>No hay uso que mostrar</translation>
    </message>
    <message>
        <source>The License Manager records its usage once a minute; nothing yet in this period.</source>
        <translation>El gestor de licencias registra su uso una vez por minuto; aún no hay nada en este periodo.</translation>
    </message>
    <message>
        <source>Grants of %1 denied in this period: %2.</source>
        <translation>Concesiones de %1 rechazadas en este periodo: %2.</translation>
    </message>
    <message>
        <source>One point per minute.</source>
        <translation>Un punto por minuto.</translation>
    </message>
    <message>
        <source>One point per hour: the most in use during that hour.</source>
        <translation>Un punto por hora: el máximo en uso durante esa hora.</translation>
    </message>
    <message>
        <source>One point per day (UTC): the most in use during that day.</source>
        <translation>Un punto por día (UTC): el máximo en uso durante ese día.</translation>
    </message>
    <message>
        <source>The License Manager does not answer, so no usage can be read.</source>
        <translation>El gestor de licencias no responde, así que no se puede leer el uso.</translation>
    </message>
    <message>
        <source>The License Manager does not accept this console&apos;s token.</source>
        <translation>El gestor de licencias no acepta el token de esta consola.</translation>
    </message>
    <message>
        <source>This token may not read the usage.</source>
        <translation>Este token no puede leer el uso.</translation>
    </message>
    <message>
        <source>This License Manager does not record usage over time: it needs a newer version.</source>
        <translation>Este gestor de licencias no registra el uso a lo largo del tiempo: necesita una versión más reciente.</translation>
    </message>
    <message>
        <source>The License Manager could not read its database.</source>
        <translation>El gestor de licencias no pudo leer su base de datos.</translation>
    </message>
    <message>
        <source>The License Manager is too busy to answer; try again in a moment.</source>
        <translation>El gestor de licencias está demasiado ocupado para responder; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The usage could not be read.</source>
        <translation>No se pudo leer el uso.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Exportar el gráfico como PNG</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
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
        <translation>sin respuesta: %1</translation>
    </message>
    <message>
        <source>webhook %1: attempt %2 for alert %3 failed (%4); next in %5 ms</source>
        <translation>webhook %1: falló el intento %2 de la alerta %3 (%4); el siguiente en %5 ms</translation>
    </message>
</context>
<context>
    <name>lk::WindowsServiceHost</name>
    <message>
        <source>--service run is what the Windows Service Control Manager starts; there is none on this system</source>
        <translation>--service run es lo que inicia el Administrador de control de servicios de Windows; en este sistema no hay ninguno</translation>
    </message>
    <message>
        <source>this process is connected to the Service Control Manager already</source>
        <translation>este proceso ya está conectado al Administrador de control de servicios</translation>
    </message>
    <message>
        <source>--service run is what the Service Control Manager starts; to run the server in a console, leave --service out</source>
        <translation>--service run es lo que inicia el Administrador de control de servicios; para ejecutar el servidor en una consola, omita --service</translation>
    </message>
    <message>
        <source>cannot connect to the Service Control Manager: %1</source>
        <translation>no se puede conectar con el Administrador de control de servicios: %1</translation>
    </message>
    <message>
        <source>the Service Control Manager does not know the service %1: %2</source>
        <translation>el Administrador de control de servicios no conoce el servicio %1: %2</translation>
    </message>
    <message>
        <source>cannot open the event log for the source %1: %2</source>
        <translation>no se puede abrir el registro de eventos para el origen %1: %2</translation>
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
        <translation>LeaseKeeper no puede iniciarse</translation>
    </message>
</context>
</TS>
