#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>

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
    QString licensePath;    // default: <data dir>/license.json
    QStringList trustPaths; // issuer public keys
    QString sqlitePath;     // from --db sqlite:PATH; default: <data dir>/leasekeeper.db
    QString nodeName;       // default: the host name
    QString adminTokenPath; // default: <data dir>/admin.token, created on first start
    bool adminTokenIsDefault = true;

    static QString defaultDataDir();
    // Parses `arguments` (argv, program name first). On --help or --version the
    // error code is "help" and the message is the text to print.
    static Result<ServerConfig> fromArguments(const QStringList& arguments);
    static Result<ServerConfig> fromSettingsFile(const QString& path, ServerConfig base);
    Status parseDatabase(const QString& spec);
    void applyDefaults();
};

} // namespace lk
