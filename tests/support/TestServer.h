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
                        const QString& nodeName = QStringLiteral("node-a"))
        : clock(QDateTime::currentMSecsSinceEpoch()) {
        config.port = 0;
        config.bindAddress = QHostAddress::LocalHost;
        config.dataDir = dir.path();
        config.nodeName = nodeName;
        config.adminTokenPath = dir.filePath(QStringLiteral("admin.token"));
        config.adminTokenIsDefault = false;
        config.trustPaths = {dir.filePath(QStringLiteral("issuer.pub"))};
        config.applyDefaults();
        QFile token(config.adminTokenPath);
        if (!token.open(QIODevice::WriteOnly) || token.write(kAdminToken.data(), kAdminToken.size()) < 0)
            qFatal("cannot write the admin token");
        token.close();
        if (!terms.isEmpty() && !writeSignedLicense(terms, config.trustPaths.first(), config.licensePath))
            qFatal("cannot write the test license");
    }

    bool start() {
        server = std::make_unique<LicenseServer>(config, clock);
        const Status started = server->start();
        if (!started)
            qWarning("server did not start: %s", qPrintable(started.error().message));
        return started.ok();
    }
    // Simulates a restart on the same data directory.
    bool restart() {
        server.reset();
        return start();
    }
    quint16 port() const { return server->port(); }

    QTemporaryDir dir;
    ManualClock clock;
    ServerConfig config;
    std::unique_ptr<LicenseServer> server;
};

} // namespace lk::test
