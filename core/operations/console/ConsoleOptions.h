#pragma once

#include "tls/TlsClientOptions.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace lk {

// The console's command line.
struct ConsoleOptions {
    Q_DECLARE_TR_FUNCTIONS(ConsoleOptions)

public:
    QString dataDir;
    quint16 port = 10091;
    QHostAddress bind = QHostAddress::Any; // components run on other hosts
    bool localServer = true;
    QUrl connectUrl;     // a remote node or load balancer, with --no-local-server
    QString profileName; // a saved connection profile to monitor instead
    QString tokenFile;   // its admin token
    QString language;    // e.g. "es", "de"; empty: the system's
    TlsClientOptions tls; // --ca, --pin-sha256: how https:// nodes are trusted

    static QString defaultDataDir();
    // On --help the error code is "help" and the message is the text to show.
    static Result<ConsoleOptions> parse(const QStringList& arguments);
};

} // namespace lk
