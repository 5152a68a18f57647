#pragma once

#include "ManualClock.h"
#include "TestLicense.h"
#include "server/LicenseServer.h"

#include <QFile>
#include <QTemporaryDir>
#include <memory>

namespace lk::test {

// A License Manager node in the test process: its own data directory, a
// freshly signed license, an admin token, 127.0.0.1 on an ephemeral port.
class TestServer {
public:
    static constexpr QByteArrayView kAdminToken = "test-admin-token-0123456789";

    explicit TestServer(const QJsonObject& terms = exampleTerms(),
                        const QString& nodeName = QStringLiteral("node-a"));
    ~TestServer();

    bool start();
    // Simulates a restart on the same data directory.
    bool restart();
    quint16 port() const { return server->port(); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }

    QTemporaryDir dir;
    ManualClock clock;
    ServerConfig config;
    std::unique_ptr<LicenseServer> server;
    Error lastError; // why the last start() failed
};

} // namespace lk::test
