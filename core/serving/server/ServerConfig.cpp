#include "server/ServerConfig.h"

#include "http/LimitOptions.h"
#include "util/EnumNames.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

Error usage(const QString& message) {
    return makeError(u"usage"_s, message);
}

Result<quint16> parsePort(const QString& text) {
    bool ok = false;
    const uint port = text.toUInt(&ok);
    // 0 asks the system for a free port; the log line "listening on" names it.
    if (!ok || port > 65535)
        return usage(ServerConfig::tr("port '%1' must be a number from 0 to 65535").arg(text));
    return quint16(port);
}

Result<int> parseRetentionDays(const QString& text) {
    bool ok = false;
    const int days = text.toInt(&ok);
    if (!ok || days < 1 || days > 36500)
        return usage(ServerConfig::tr("--usage-retention-days '%1' must be a number of days from 1 to 36500")
                         .arg(text));
    return days;
}

// A whole number of seconds (or probes) from `low` to `high`, for `option`.
auto wholeNumber(const QString& option, qint64 low, qint64 high) {
    return [option, low, high](const QString& text) -> Result<qint64> {
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (!ok || value < low || value > high)
            return usage(ServerConfig::tr("--%1 '%2' must be a whole number from %3 to %4")
                             .arg(option, text)
                             .arg(low)
                             .arg(high));
        return value;
    };
}

Result<QHostAddress> parseBind(const QString& text) {
    QHostAddress address;
    if (text == u"*"_s || text == u"any"_s)
        return QHostAddress(QHostAddress::Any);
    if (text == u"localhost"_s)
        return QHostAddress(QHostAddress::LocalHost);
    if (!address.setAddress(text))
        return usage(ServerConfig::tr("bind address '%1' is not an IP address").arg(text));
    return address;
}

using Spec = OptionSpec<ServerConfig>;

// An option whose text is stored as it is.
Spec::Apply text(QString ServerConfig::*field) {
    return [field](ServerConfig& config, const QString& value) {
        config.*field = value;
        return Status();
    };
}

// An option checked by `parse` and stored in `field` when valid.
template <typename Parse, typename Field> Spec::Apply checked(Parse parse, Field field) {
    return [parse, field](ServerConfig& config, const QString& value) -> Status {
        auto parsed = parse(value);
        if (!parsed)
            return parsed.error();
        field(config) = std::move(parsed).value();
        return {};
    };
}

// A limit, its name written once: LimitOptions names the option in its errors.
template <typename T>
Spec limit(const QString& name, const QString& valueName, const QString& help,
           Result<T> (*parse)(const QString&, const QString&), T ServerLimits::*field) {
    return {name, valueName, help,
            checked([parse, name](const QString& value) { return parse(name, value); },
                    [field](ServerConfig& config) -> T& { return config.limits.*field; })};
}

// An option naming one of an enum's values; `error` says which, with %1 for
// the text given.
template <typename Enum> Spec::Apply oneOf(Enum ServerConfig::*field, EnumNames<Enum> names, QString error) {
    return [field, names = std::move(names), error = std::move(error)](ServerConfig& config,
                                                                       const QString& value) -> Status {
        const std::optional<Enum> chosen = names.value(value);
        if (!chosen)
            return usage(error.arg(value));
        config.*field = *chosen;
        return {};
    };
}

// A check done by a member of ServerConfig (parseDatabase, parseRole, ...).
Spec::Apply member(Status (ServerConfig::*parse)(const QString&)) {
    return [parse](ServerConfig& config, const QString& value) { return (config.*parse)(value); };
}

} // namespace

QString ServerConfig::defaultDataDir() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/leasekeeper"_s;
}

Status ServerConfig::parseDatabase(const QString& spec) {
    if (PostgresAddress::looksLikePostgres(spec)) {
        auto address = PostgresAddress::parse(spec);
        if (!address)
            return usage(tr("--db: %1").arg(address.error().message));
        postgres = address.value();
        return {};
    }
    if (!spec.startsWith(u"sqlite:"_s) || spec.size() <= 7)
        return usage(tr("--db '%1' is not supported; use sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME")
                         .arg(spec));
    sqlitePath = spec.mid(7);
    postgres.reset();
    return {};
}

Status ServerConfig::parseRole(const QString& text) {
    if (text != u"primary"_s && text != u"secondary"_s)
        return usage(tr("--role '%1' must be primary or secondary").arg(text));
    role = text;
    return {};
}

Result<QString> ServerConfig::databasePassword() const {
    if (!dbPasswordFile.isEmpty()) {
        QFile file(dbPasswordFile);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(
                u"store_error"_s,
                tr("cannot read the database password file %1: %2").arg(dbPasswordFile, file.errorString()));
        // One line; a trailing newline from an editor is not part of it.
        return QString::fromUtf8(file.read(4096)).section(u'\n', 0, 0).remove(u'\r');
    }
    return qEnvironmentVariable(kPasswordVariable);
}

QString ServerConfig::storeDescription() const {
    return postgres ? postgres->toString() : sqlitePath;
}

void ServerConfig::applyDefaults() {
    if (dataDir.isEmpty())
        dataDir = defaultDataDir();
    dataDir = QDir(dataDir).absolutePath();
    const QDir dir(dataDir);
    if (licensePath.isEmpty())
        licensePath = dir.filePath(u"license.json"_s);
    if (sqlitePath.isEmpty())
        sqlitePath = dir.filePath(u"leasekeeper.db"_s);
    if (adminTokenPath.isEmpty())
        adminTokenPath = dir.filePath(u"admin.token"_s);
    if (nodeName.isEmpty())
        nodeName = QSysInfo::machineHostName();
    if (role.isEmpty())
        role = postgres ? u"primary"_s : u"standalone"_s;
}

OptionTable<ServerConfig> ServerConfig::options() {
    using Source = Spec::Source;
    return OptionTable<ServerConfig>({
        {u"config"_s,
         u"file"_s,
         tr("INI file with any of the options below (without the dashes)."),
         {},
         Source::CommandLineOnly},
        {u"port"_s, u"n"_s, tr("TCP port to serve on (default %1; 0 picks a free one).").arg(kDefaultPort),
         checked(
             &parsePort, [](ServerConfig & c) -> auto& { return c.port; })},
        {u"bind"_s, u"address"_s, tr("Address to listen on (default: all interfaces)."),
         checked(
             &parseBind, [](ServerConfig & c) -> auto& { return c.bindAddress; })},
        {u"license"_s, u"file"_s, tr("License file (default: <data dir>/license.json)."),
         text(&ServerConfig::licensePath)},
        {u"trust"_s, u"file"_s, tr("Issuer public key to trust; repeat for several."),
         [](ServerConfig& c, const QString& path) {
             c.trustPaths.append(path);
             return Status();
         },
         Source::Everywhere, true},
        {u"db"_s, u"spec"_s,
         tr("Database: sqlite:PATH for one node (default: <data dir>/leasekeeper.db), or "
            "postgresql://USER@HOST:PORT/DBNAME for an HA pair. Behind an HA PostgreSQL cluster, list "
            "every HOST:PORT separated by commas and add ?target_session_attrs=read-write."),
         member(&ServerConfig::parseDatabase)},
        {u"db-password-file"_s, u"file"_s,
         tr("File holding the PostgreSQL password (else the %1 environment variable).")
             .arg(QString::fromLatin1(kPasswordVariable)),
         text(&ServerConfig::dbPasswordFile)},
        {u"role"_s, u"role"_s, tr("primary or secondary: this node's role in an HA pair."),
         member(&ServerConfig::parseRole)},
        {u"data-dir"_s, u"dir"_s,
         tr("Directory for the database and defaults (default: %1).").arg(defaultDataDir()),
         text(&ServerConfig::dataDir)},
        {u"node-name"_s, u"name"_s, tr("Name of this node in answers and logs (default: host name)."),
         text(&ServerConfig::nodeName)},
        {u"admin-token-file"_s, u"file"_s,
         tr("File holding the admin API token (default: <data dir>/admin.token, created if missing)."),
         [](ServerConfig& c, const QString& path) {
             c.adminTokenPath = path;
             c.adminTokenIsDefault = false;
             return Status();
         }},
        {u"usage-retention-days"_s, u"days"_s,
         tr("Keep usage samples (GET /api/v1/usage) this many days (default %1); minute samples are kept a "
            "week at most, hourly and daily ones this long.")
             .arg(kDefaultUsageRetentionDays),
         checked(
             &parseRetentionDays, [](ServerConfig & c) -> auto& { return c.usageRetentionDays; })},
        {u"tokens-file"_s, u"file"_s,
         tr("File of named tokens, one 'NAME ROLE TOKEN' per line (ROLE admin or viewer), accepted besides "
            "the admin token; re-read on SIGHUP."),
         text(&ServerConfig::tokensPath)},
        {u"policy"_s, u"file"_s,
         tr("Host group policy: named groups of hosts with reserves and caps per component type "
            "(docs/policy.md); re-read when the file changes and on SIGHUP."),
         text(&ServerConfig::policyPath)},
        {u"alerts"_s, u"file"_s,
         tr("Alert settings: rules, webhook and mail (docs/alerts.md); re-read when the file changes, "
            "rewritten when the settings are changed from the console or the API."),
         text(&ServerConfig::alertsPath)},
        {u"reclaim-after-s"_s, u"seconds"_s,
         tr("End a lease overdue this long whose component's port refused the last --reclaim-refusals "
            "probes (docs/components.md); 0, the default, never reclaims."),
         checked(
             wholeNumber(u"reclaim-after-s"_s, 0, 365LL * 86400),
             [](ServerConfig & c) -> auto& { return c.reclaim.reclaimAfterS; })},
        {u"probe-interval-s"_s, u"seconds"_s,
         tr("Probe each overdue lease's component this often (default %1); 0 never probes.")
             .arg(ReclaimPolicy().probeIntervalS),
         checked(
             wholeNumber(u"probe-interval-s"_s, 0, 86400),
             [](ServerConfig & c) -> auto& { return c.reclaim.probeIntervalS; })},
        {u"reclaim-refusals"_s, u"n"_s,
         tr("Refused probes in a row, each a probe interval apart, that show a component gone (default %1).")
             .arg(ReclaimPolicy().refusals),
         [](ServerConfig& c, const QString& value) -> Status {
             auto parsed = wholeNumber(u"reclaim-refusals"_s, 1, 100)(value);
             if (!parsed)
                 return parsed.error();
             c.reclaim.refusals = int(parsed.value());
             return {};
         }},
        {u"probe-timeout-ms"_s, u"ms"_s,
         tr("Give up a probe that gets no answer after this long (default %1); it counts as a timeout, "
            "which never reclaims.")
             .arg(ProbeSettings::kDefaultTimeoutMs),
         [](ServerConfig& c, const QString& value) -> Status {
             auto parsed = wholeNumber(u"probe-timeout-ms"_s, 100, 60000)(value);
             if (!parsed)
                 return parsed.error();
             c.probeTimeoutMs = int(parsed.value());
             return {};
         }},
        {u"probe-exclude"_s, u"list"_s,
         tr("Addresses never probed: IP addresses, subnets (10.1.0.0/16), host names, domains "
            "(.example.com), separated by commas."),
         [](ServerConfig& c, const QString& value) -> Status {
             auto parsed = ProbeExclusions::parse(value);
             if (!parsed)
                 return usage(tr("--probe-exclude: %1").arg(parsed.error().message));
             c.probeExclusions = parsed.value();
             return {};
         }},
        {u"tls-cert"_s, u"file"_s,
         tr("PEM certificate (chain) for HTTPS on the same port; needs --tls-key. Plain HTTP is still "
            "served unless --tls-only."),
         text(&ServerConfig::tlsCertificatePath)},
        {u"tls-key"_s, u"file"_s, tr("PEM private key of --tls-cert (unencrypted, EC or RSA)."),
         text(&ServerConfig::tlsKeyPath)},
        limit(u"max-request-bytes"_s, u"n"_s,
              tr("Largest request, headers and body (default %1; k and m suffixes allowed).")
                  .arg(ServerLimits::kDefaultMaxRequestBytes),
              &LimitOptions::parseBytes, &ServerLimits::maxRequestBytes),
        limit(u"idle-timeout"_s, u"seconds"_s,
              tr("Close a keep-alive connection idle this long (default %1).")
                  .arg(ServerLimits::kDefaultIdleTimeout.count() / 1000),
              &LimitOptions::parseSeconds, &ServerLimits::idleTimeout),
        limit(u"request-timeout"_s, u"seconds"_s,
              tr("A request (or TLS handshake) must arrive in full within this time of its first byte "
                 "(default %1).")
                  .arg(ServerLimits::kDefaultRequestTimeout.count() / 1000),
              &LimitOptions::parseSeconds, &ServerLimits::requestTimeout),
        limit(u"max-connections"_s, u"n"_s,
              tr("Open connections at most; beyond it new ones get 503 (default %1).")
                  .arg(ServerLimits::kDefaultMaxConnections),
              &LimitOptions::parseCount, &ServerLimits::maxConnections),
        {u"site-key-file"_s, u"file"_s,
         tr("File holding the site key components must send in X-Site-Key to get, renew and release "
            "leases (default: none needed)."),
         text(&ServerConfig::siteKeyPath)},
        {u"log-file"_s, u"file"_s,
         tr("Append log lines to this file instead of writing them to standard error (a Windows service "
            "logs to the event log without it)."),
         text(&ServerConfig::logFile)},
        {u"service"_s, u"action"_s,
         tr("Windows: install, uninstall, start or stop the Windows service (command line only). install "
            "registers this command line, without --service, as the service's."),
         checked(
             &ServiceArguments::parseAction, [](ServerConfig & c) -> auto& { return c.serviceAction; }),
         Source::CommandLineOnly},
        {u"service-name"_s, u"name"_s,
         tr("Windows: the service's name for --service (default %1).").arg(ServiceArguments::defaultName()),
         [](ServerConfig& c, const QString& name) -> Status {
             if (auto valid = ServiceArguments::checkName(name); !valid)
                 return valid;
             c.serviceName = name;
             return {};
         }},
        {u"metrics"_s, u"access"_s,
         tr("GET /metrics for Prometheus: off, open (anyone), or token (needs 'Authorization: Bearer <admin "
            "token>'; default)."),
         oneOf(&ServerConfig::metrics,
               {{MetricsAccess::Off, u"off"_s},
                {MetricsAccess::Open, u"open"_s},
                {MetricsAccess::Token, u"token"_s}},
               tr("--metrics '%1' must be off, open or token"))},
        {u"log-format"_s, u"format"_s,
         tr("plain (default; under systemd without timestamps and with syslog priorities) or json (one "
            "object per line)."),
         oneOf(&ServerConfig::logFormat, {{LogFormat::Plain, u"plain"_s}, {LogFormat::Json, u"json"_s}},
               tr("--log-format '%1' must be plain or json"))},
        {u"tls-only"_s,
         {},
         tr("Refuse plain HTTP: clients must use https://."),
         [](ServerConfig& c, const QString& value) {
             c.tlsOnly = QVariant(value).toBool(); // "true" from the command line; true/false in a file
             return Status();
         }},
    });
}

Result<ServerConfig> ServerConfig::fromSettingsFile(const QString& path, ServerConfig config) {
    if (!QFileInfo(path).isReadable())
        return usage(tr("cannot read the configuration file %1").arg(path));
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return usage(tr("the configuration file %1 is not a valid INI file").arg(path));
    if (auto applied = options().applySettings(settings, config, path + u": "_s); !applied)
        return applied.error();
    return config;
}

Result<ServerConfig> ServerConfig::fromArguments(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("LeaseKeeper License Manager: grants and renews component leases."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const OptionTable<ServerConfig> table = options();
    table.addTo(parser);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help))
        return makeError(u"help"_s, parser.helpText());
    if (parser.isSet(version))
        return makeError(u"help"_s, QStringLiteral("leasekeeper-server " LEASEKEEPER_VERSION "\n"));
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument '%1'; see --help").arg(parser.positionalArguments().first()));

    ServerConfig config;
    if (parser.isSet(u"config"_s)) {
        auto loaded = fromSettingsFile(parser.value(u"config"_s), config);
        if (!loaded)
            return loaded.error();
        config = loaded.value();
    }
    if (auto applied = table.applyArguments(parser, config); !applied)
        return applied.error();
    if (config.tlsCertificatePath.isEmpty() != config.tlsKeyPath.isEmpty())
        return usage(tr("--tls-cert and --tls-key go together"));
    if (config.tlsOnly && config.tlsCertificatePath.isEmpty())
        return usage(tr("--tls-only needs --tls-cert and --tls-key"));
    if (config.reclaim.enabled() && config.reclaim.probeIntervalS == 0)
        return usage(tr("--reclaim-after-s needs probes: --probe-interval-s must be above 0"));
    config.applyDefaults();
    return config;
}

} // namespace lk
