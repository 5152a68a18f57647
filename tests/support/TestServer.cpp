#include "TestServer.h"

#include <QFile>

namespace lk::test {

TestServer::TestServer(const QJsonObject& terms, const QString& nodeName)
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

TestServer::~TestServer() = default;

bool TestServer::start() {
    server = std::make_unique<LicenseServer>(config, clock);
    const Status started = server->start();
    lastError = started ? Error() : started.error();
    if (!started)
        qWarning("server did not start: %s", qPrintable(started.error().message));
    return started.ok();
}

bool TestServer::restart() {
    server.reset();
    return start();
}

} // namespace lk::test
