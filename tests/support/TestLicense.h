#pragma once

#include "license/IssuerKeyPair.h"
#include "license/LicenseIssuer.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <utility>

namespace lk::test {

// What a license allows one component type.
struct ComponentLimits {
    int maxInstances = 0;
    int maxCoresPerInstance = 0;
    int maxTotalCores = 0;
};

// The "components" object of a license's terms, by component type.
QJsonObject componentsJson(const QList<std::pair<QString, ComponentLimits>>& components);

// Terms used across tests: the example from the product documentation.
QJsonObject exampleTerms(qint64 expiresMs = QDateTime::currentMSecsSinceEpoch() + 365LL * 86400 * 1000);

// Generates an issuer key, writes its public key to `publicPath` and a
// license signed with it to `licensePath`. False on any error.
bool writeSignedLicense(const QJsonObject& terms, const QString& publicPath, const QString& licensePath);

// The example terms with one component, "vdp": 1,000 instances of up to
// `maxCoresPerInstance` cores each, 100,000 cores in all.
QJsonObject exampleTermsWithVdp(int maxCoresPerInstance);

// Writes what a License Manager started on `dir` reads: issuer.pub, a
// license.json signed for `terms` and an admin.token holding `token`.
bool writeServerFiles(const QString& dir, const QJsonObject& terms, const QByteArray& token);

} // namespace lk::test
