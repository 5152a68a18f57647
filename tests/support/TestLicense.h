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

} // namespace lk::test
