#pragma once

#include "license/IssuerKeyPair.h"
#include "license/License.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// The tests that use this file write u"..."_s without saying so.
using namespace Qt::StringLiterals;

namespace lk::test {

// Terms as an issuer would write them; expires 2027-12-31T23:59:59Z.
QJsonObject sampleTermsJson();

inline constexpr qint64 kSampleExpiresMs = 1830297599000; // 2027-12-31T23:59:59Z

IssuerKeyPair newIssuerKey();

// A license file built by hand, so tests can produce files that
// LicenseIssuer would refuse to write (invalid terms, forged key ids, ...).
QByteArray rawLicenseFile(const QJsonObject& terms, const QString& keyId, const QString& signature);

// Terms signed correctly by `key`, whether or not they are valid terms.
QByteArray signedLicenseFile(const QJsonObject& terms, const IssuerKeyPair& key);

QJsonObject withField(QJsonObject object, const QString& key, const QJsonValue& value);

QJsonObject withComponentField(const QString& component, const QString& key, const QJsonValue& value);

} // namespace lk::test
