#pragma once

#include "HttpTestClient.h"
#include "PgTestDatabase.h"
#include "TestServer.h"

#include <QJsonArray>

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

// How many nodes `server` lists in its cluster (GET /api/v1/status): two
// for each node of a pair once both have seen the other's heartbeat.
inline int listedNodes(const TestServer& server) {
    const QJsonObject status = HttpTestClient(server.port()).get(QStringLiteral("/api/v1/status")).json;
    return int(status[QStringLiteral("cluster")][QStringLiteral("nodes")].toArray().size());
}

// Both nodes of an HA pair on `db`, the secondary serving the primary's
// license, made and started. False when either does not start.
inline bool startPgTestPair(PgTestDatabase& db, std::unique_ptr<TestServer>& primary,
                            std::unique_ptr<TestServer>& secondary,
                            const QString& primaryName = QStringLiteral("lm-primary"),
                            const QString& secondaryName = QStringLiteral("lm-secondary")) {
    primary = pgTestNode(db, primaryName, QStringLiteral("primary"));
    secondary = pgTestNode(db, secondaryName, QStringLiteral("secondary"), primary.get());
    return primary->start() && secondary->start();
}

} // namespace lk::test
