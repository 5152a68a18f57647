#pragma once

#include "PgTestDatabase.h"
#include "TestServer.h"

namespace lk::test {

// An in-process node of an HA pair on `db`, with `role`, serving the license
// (and trusting the issuer) of `licenseFrom`, or a license of its own with
// `terms`. Not started: call start().
inline std::unique_ptr<TestServer> pgTestNode(PgTestDatabase& db, const QString& name, const QString& role,
                                              TestServer* licenseFrom = nullptr,
                                              const QJsonObject& terms = exampleTerms()) {
    auto server = std::make_unique<TestServer>(terms, name);
    const QString passwordFile = server->dir.filePath(QStringLiteral("db.password"));
    QFile file(passwordFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(db.password.toUtf8() + '\n') < 0)
        qFatal("cannot write the password file");
    file.close();
    server->config.postgres = db.address;
    server->config.dbPasswordFile = passwordFile;
    server->config.role = role;
    if (licenseFrom) {
        server->config.licensePath = licenseFrom->config.licensePath;
        server->config.trustPaths = licenseFrom->config.trustPaths;
    }
    return server;
}

} // namespace lk::test
