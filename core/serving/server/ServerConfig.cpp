#include "server/ServerConfig.h"

#include "http/LimitOptions.h"

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

struct Option {
    QString name;
    QString valueName;
    QString help;
};

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

Status ServerConfig::parseMetrics(const QString& text) {
    if (text == u"off"_s)
        metrics = MetricsAccess::Off;
    else if (text == u"open"_s)
        metrics = MetricsAccess::Open;
    else if (text == u"token"_s)
        metrics = MetricsAccess::Token;
    else
        return usage(tr("--metrics '%1' must be off, open or token").arg(text));
    return {};
}

Status ServerConfig::parseLogFormat(const QString& text) {
    if (text == u"plain"_s)
        logFormat = LogFormat::Plain;
    else if (text == u"json"_s)
        logFormat = LogFormat::Json;
    else
        return usage(tr("--log-format '%1' must be plain or json").arg(text));
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

Result<ServerConfig> ServerConfig::fromSettingsFile(const QString& path, ServerConfig config) {
    if (!QFileInfo(path).isReadable())
        return usage(tr("cannot read the configuration file %1").arg(path));
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return usage(tr("the configuration file %1 is not a valid INI file").arg(path));
    if (settings.contains(u"port"_s)) {
        auto port = parsePort(settings.value(u"port"_s).toString());
        if (!port)
            return Error{port.error().code, path + u": "_s + port.error().message};
        config.port = port.value();
    }
    if (settings.contains(u"bind"_s)) {
        auto bind = parseBind(settings.value(u"bind"_s).toString());
        if (!bind)
            return Error{bind.error().code, path + u": "_s + bind.error().message};
        config.bindAddress = bind.value();
    }
    if (settings.contains(u"db"_s)) {
        if (auto db = config.parseDatabase(settings.value(u"db"_s).toString()); !db)
            return Error{db.error().code, path + u": "_s + db.error().message};
    }
    if (settings.contains(u"role"_s)) {
        if (auto role = config.parseRole(settings.value(u"role"_s).toString()); !role)
            return Error{role.error().code, path + u": "_s + role.error().message};
    }
    config.dbPasswordFile = settings.value(u"db-password-file"_s, config.dbPasswordFile).toString();
    config.dataDir = settings.value(u"data-dir"_s, config.dataDir).toString();
    config.licensePath = settings.value(u"license"_s, config.licensePath).toString();
    config.trustPaths += settings.value(u"trust"_s).toStringList();
    config.nodeName = settings.value(u"node-name"_s, config.nodeName).toString();
    if (settings.contains(u"admin-token-file"_s)) {
        config.adminTokenPath = settings.value(u"admin-token-file"_s).toString();
        config.adminTokenIsDefault = false;
    }
    const Status limits = LimitOptions::apply(config.limits, [&settings](const QString& key) {
        return settings.contains(key) ? settings.value(key).toString() : QString();
    });
    if (!limits)
        return Error{limits.error().code, path + u": "_s + limits.error().message};
    config.tlsCertificatePath = settings.value(u"tls-cert"_s, config.tlsCertificatePath).toString();
    config.tlsKeyPath = settings.value(u"tls-key"_s, config.tlsKeyPath).toString();
    config.tlsOnly = settings.value(u"tls-only"_s, config.tlsOnly).toBool();
    config.siteKeyPath = settings.value(u"site-key-file"_s, config.siteKeyPath).toString();
    config.logFile = settings.value(u"log-file"_s, config.logFile).toString();
    config.serviceName = settings.value(u"service-name"_s, config.serviceName).toString();
    if (auto name = ServiceArguments::checkName(config.serviceName); !name)
        return Error{name.error().code, path + u": "_s + name.error().message};
    if (settings.contains(u"metrics"_s)) {
        if (auto metrics = config.parseMetrics(settings.value(u"metrics"_s).toString()); !metrics)
            return Error{metrics.error().code, path + u": "_s + metrics.error().message};
    }
    if (settings.contains(u"log-format"_s)) {
        if (auto format = config.parseLogFormat(settings.value(u"log-format"_s).toString()); !format)
            return Error{format.error().code, path + u": "_s + format.error().message};
    }
    return config;
}

Result<ServerConfig> ServerConfig::fromArguments(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("LeaseKeeper License Manager: grants and renews component leases."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QList<Option> options{
        {u"config"_s, u"file"_s, tr("INI file with any of the options below (without the dashes).")},
        {u"port"_s, u"n"_s, tr("TCP port to serve on (default %1; 0 picks a free one).").arg(kDefaultPort)},
        {u"bind"_s, u"address"_s, tr("Address to listen on (default: all interfaces).")},
        {u"license"_s, u"file"_s, tr("License file (default: <data dir>/license.json).")},
        {u"trust"_s, u"file"_s, tr("Issuer public key to trust; repeat for several.")},
        {u"db"_s, u"spec"_s,
         tr("Database: sqlite:PATH for one node (default: <data dir>/leasekeeper.db), or "
            "postgresql://USER@HOST:PORT/DBNAME for an HA pair. Behind an HA PostgreSQL cluster, list "
            "every HOST:PORT separated by commas and add ?target_session_attrs=read-write.")},
        {u"db-password-file"_s, u"file"_s,
         tr("File holding the PostgreSQL password (else the %1 environment variable).")
             .arg(QString::fromLatin1(kPasswordVariable))},
        {u"role"_s, u"role"_s, tr("primary or secondary: this node's role in an HA pair.")},
        {u"data-dir"_s, u"dir"_s,
         tr("Directory for the database and defaults (default: %1).").arg(defaultDataDir())},
        {u"node-name"_s, u"name"_s, tr("Name of this node in answers and logs (default: host name).")},
        {u"admin-token-file"_s, u"file"_s,
         tr("File holding the admin API token (default: <data dir>/admin.token, created if missing).")},
        {u"tls-cert"_s, u"file"_s,
         tr("PEM certificate (chain) for HTTPS on the same port; needs --tls-key. Plain HTTP is still "
            "served unless --tls-only.")},
        {u"tls-key"_s, u"file"_s, tr("PEM private key of --tls-cert (unencrypted, EC or RSA).")},
        {u"max-request-bytes"_s, u"n"_s,
         tr("Largest request, headers and body (default %1; k and m suffixes allowed).")
             .arg(ServerLimits::kDefaultMaxRequestBytes)},
        {u"idle-timeout"_s, u"seconds"_s,
         tr("Close a keep-alive connection idle this long (default %1).")
             .arg(ServerLimits::kDefaultIdleTimeout.count() / 1000)},
        {u"request-timeout"_s, u"seconds"_s,
         tr("A request (or TLS handshake) must arrive in full within this time of its first byte "
            "(default %1).")
             .arg(ServerLimits::kDefaultRequestTimeout.count() / 1000)},
        {u"max-connections"_s, u"n"_s,
         tr("Open connections at most; beyond it new ones get 503 (default %1).")
             .arg(ServerLimits::kDefaultMaxConnections)},
        {u"site-key-file"_s, u"file"_s,
         tr("File holding the site key components must send in X-Site-Key to get, renew and release "
            "leases (default: none needed).")},
        {u"log-file"_s, u"file"_s,
         tr("Append log lines to this file instead of writing them to standard error (a Windows service "
            "logs to the event log without it).")},
        {u"service"_s, u"action"_s,
         tr("Windows: install, uninstall, start or stop the Windows service (command line only). install "
            "registers this command line, without --service, as the service's.")},
        {u"service-name"_s, u"name"_s,
         tr("Windows: the service's name for --service (default %1).").arg(ServiceArguments::defaultName())},
        {u"metrics"_s, u"access"_s,
         tr("GET /metrics for Prometheus: off, open (anyone), or token (needs 'Authorization: Bearer <admin "
            "token>'; default).")},
        {u"log-format"_s, u"format"_s,
         tr("plain (default; under systemd without timestamps and with syslog priorities) or json (one "
            "object per line).")},
    };
    for (const Option& option : options)
        parser.addOption(QCommandLineOption(option.name, option.help, option.valueName));
    parser.addOption(QCommandLineOption(u"tls-only"_s, tr("Refuse plain HTTP: clients must use https://.")));
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
    if (parser.isSet(u"port"_s)) {
        auto port = parsePort(parser.value(u"port"_s));
        if (!port)
            return port.error();
        config.port = port.value();
    }
    if (parser.isSet(u"bind"_s)) {
        auto bind = parseBind(parser.value(u"bind"_s));
        if (!bind)
            return bind.error();
        config.bindAddress = bind.value();
    }
    if (parser.isSet(u"db"_s)) {
        if (auto db = config.parseDatabase(parser.value(u"db"_s)); !db)
            return db.error();
    }
    if (parser.isSet(u"role"_s)) {
        if (auto role = config.parseRole(parser.value(u"role"_s)); !role)
            return role.error();
    }
    if (parser.isSet(u"db-password-file"_s))
        config.dbPasswordFile = parser.value(u"db-password-file"_s);
    if (parser.isSet(u"data-dir"_s))
        config.dataDir = parser.value(u"data-dir"_s);
    if (parser.isSet(u"license"_s))
        config.licensePath = parser.value(u"license"_s);
    config.trustPaths += parser.values(u"trust"_s);
    if (parser.isSet(u"node-name"_s))
        config.nodeName = parser.value(u"node-name"_s);
    if (parser.isSet(u"admin-token-file"_s)) {
        config.adminTokenPath = parser.value(u"admin-token-file"_s);
        config.adminTokenIsDefault = false;
    }
    const Status limits = LimitOptions::apply(config.limits, [&parser](const QString& name) {
        return parser.isSet(name) ? parser.value(name) : QString();
    });
    if (!limits)
        return limits.error();
    if (parser.isSet(u"tls-cert"_s))
        config.tlsCertificatePath = parser.value(u"tls-cert"_s);
    if (parser.isSet(u"tls-key"_s))
        config.tlsKeyPath = parser.value(u"tls-key"_s);
    if (parser.isSet(u"tls-only"_s))
        config.tlsOnly = true;
    if (config.tlsCertificatePath.isEmpty() != config.tlsKeyPath.isEmpty())
        return usage(tr("--tls-cert and --tls-key go together"));
    if (config.tlsOnly && config.tlsCertificatePath.isEmpty())
        return usage(tr("--tls-only needs --tls-cert and --tls-key"));
    if (parser.isSet(u"site-key-file"_s))
        config.siteKeyPath = parser.value(u"site-key-file"_s);
    if (parser.isSet(u"log-file"_s))
        config.logFile = parser.value(u"log-file"_s);
    if (parser.isSet(u"service"_s)) {
        auto action = ServiceArguments::parseAction(parser.value(u"service"_s));
        if (!action)
            return action.error();
        config.serviceAction = action.value();
    }
    if (parser.isSet(u"service-name"_s)) {
        config.serviceName = parser.value(u"service-name"_s);
        if (auto name = ServiceArguments::checkName(config.serviceName); !name)
            return name.error();
    }
    if (parser.isSet(u"metrics"_s)) {
        if (auto metrics = config.parseMetrics(parser.value(u"metrics"_s)); !metrics)
            return metrics.error();
    }
    if (parser.isSet(u"log-format"_s)) {
        if (auto format = config.parseLogFormat(parser.value(u"log-format"_s)); !format)
            return format.error();
    }
    config.applyDefaults();
    return config;
}

} // namespace lk
