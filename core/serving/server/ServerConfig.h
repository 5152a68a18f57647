#pragma once

#include "http/ServerLimits.h"
#include "lease/ProbeExclusions.h"
#include "lease/ReclaimPolicy.h"
#include "log/LogOutput.h"
#include "reclaim/ProbeSettings.h"
#include "service/ServiceArguments.h"
#include "store/PostgresAddress.h"
#include "util/OptionTable.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>
#include <optional>

namespace lk {

// Everything leasekeeper-server can be told, from its command line and an
// optional INI file (command line wins). Defaults live here and nowhere else.
struct ServerConfig {
    Q_DECLARE_TR_FUNCTIONS(ServerConfig)

public:
    static constexpr quint16 kDefaultPort = 10091;

    quint16 port = kDefaultPort;
    QHostAddress bindAddress = QHostAddress::Any;
    QString dataDir;
    QString licensePath;                     // default: <data dir>/license.json
    QStringList trustPaths;                  // issuer public keys
    QString sqlitePath;                      // from --db sqlite:PATH; default: <data dir>/leasekeeper.db
    std::optional<PostgresAddress> postgres; // from --db postgresql://...: the HA store
    QString dbPasswordFile;                  // else LEASEKEEPER_DB_PASSWORD, else none (trust, .pgpass)
    // Lease times on PostgreSQL come from the database's clock, one clock for
    // the whole pair. Tests that move the nodes' injected clocks through the
    // minutes of a policy set this to take them from the node's clock; no
    // option sets it.
    bool pgLeaseTimesFromNodeClock = false;
    QString role;           // primary or secondary with PostgreSQL; standalone with SQLite
    QString nodeName;       // default: the host name
    QString adminTokenPath; // default: <data dir>/admin.token, created on first start
    bool adminTokenIsDefault = true;
    QString tokensPath; // --tokens-file: named admin and viewer tokens, re-read on SIGHUP
    QString policyPath; // --policy: host groups, reserves and caps, re-read when it changes
    QString alertsPath; // --alerts: alert rules and channels; empty: default rules, console only
    // --max-request-bytes, --idle-timeout, --request-timeout, --max-connections
    ServerLimits limits;
    // --tls-cert, --tls-key: PEM certificate (chain) and private key, TLS on the same port
    QString tlsCertificatePath;
    QString tlsKeyPath;
    // --tls-only: plain HTTP refused
    bool tlsOnly = false;
    QString siteKeyPath; // when set, components must send X-Site-Key
    // --log-file: log lines appended there, not to stderr
    QString logFile;
    // --service ACTION (command line only) and --service-name: the Windows service
    ServiceAction serviceAction = ServiceAction::None;
    QString serviceName = ServiceArguments::defaultName();
    // --metrics: GET /metrics off (404), open to anyone, or behind the admin token
    enum class MetricsAccess { Off, Open, Token };
    MetricsAccess metrics = MetricsAccess::Token;
    LogFormat logFormat = LogFormat::Plain; // --log-format plain|json
    // --usage-retention-days: how long usage samples are kept (minute samples a week at most)
    static constexpr int kDefaultUsageRetentionDays = 400;
    int usageRetentionDays = kDefaultUsageRetentionDays;
    // --reclaim-after-s, --probe-interval-s, --reclaim-refusals: overdue leases of dead components
    ReclaimPolicy reclaim;
    ProbeExclusions probeExclusions;                       // --probe-exclude
    int probeTimeoutMs = ProbeSettings::kDefaultTimeoutMs; // --probe-timeout-ms

    static QString defaultDataDir();
    // Every option, for the command line and the INI file alike.
    static OptionTable<ServerConfig> options();
    // Parses `arguments` (argv, program name first). On --help or --version the
    // error code is "help" and the message is the text to print.
    static Result<ServerConfig> fromArguments(const QStringList& arguments);
    static Result<ServerConfig> fromSettingsFile(const QString& path, ServerConfig base);
    Status parseDatabase(const QString& spec);
    Status parseRole(const QString& text);
    // The PostgreSQL password, read when the store opens; never logged.
    Result<QString> databasePassword() const;
    // Where the data lives, without secrets.
    QString storeDescription() const;

    static constexpr const char* kPasswordVariable = "LEASEKEEPER_DB_PASSWORD";
    void applyDefaults();
};

} // namespace lk
