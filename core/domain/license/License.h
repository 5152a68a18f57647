#pragma once

#include "license/LicenseTerms.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace lk {

// A license file: the terms exactly as the issuer wrote them, plus the key id
// and Ed25519 signature over their canonical bytes. Parsing checks the shape
// only; LicenseVerifier decides whether a License can be trusted.
class License {
    Q_DECLARE_TR_FUNCTIONS(License)

public:
    static constexpr QStringView kFormat = u"leasekeeper-license-1";

    License(LicenseTerms terms, QJsonObject termsJson, QString keyId = {}, QString signature = {});

    // Errors are all LicenseErrorCode::malformed. A missing or empty
    // signature is not an error here, so `license show` can display it.
    static Result<License> parse(const QByteArray& fileBytes);
    // The bytes the signature covers: the compact serialization of the terms
    // object. QJsonObject sorts its keys, so this does not depend on how the
    // file was formatted.
    static QByteArray canonicalBytes(const QJsonObject& termsJson);

    const LicenseTerms& terms() const { return m_terms; }
    const QJsonObject& termsJson() const { return m_termsJson; }
    const QString& keyId() const { return m_keyId; }
    // Base64 text as found in the file; may be empty or invalid until verified.
    const QString& signature() const { return m_signature; }
    bool hasSignature() const { return !m_signature.isEmpty(); }
    QByteArray signedBytes() const { return canonicalBytes(m_termsJson); }

    QJsonObject toJson() const;
    // Indented so that administrators can read the file they install.
    QByteArray toFileBytes() const;

private:
    LicenseTerms m_terms;
    QJsonObject m_termsJson;
    QString m_keyId;
    QString m_signature;
};

} // namespace lk
