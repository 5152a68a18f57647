#pragma once

#include "license/IssuerKeyPair.h"
#include "license/LicenseIssuer.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>

namespace lk::test {

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
