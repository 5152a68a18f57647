#pragma once

#include "license/IssuerPublicKey.h"
#include "license/License.h"
#include "license/LicenseCheck.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace lk {

// Decides whether a license file can be trusted, given the issuer public keys
// this server trusts. Refusals carry a LicenseErrorCode: malformed, unsigned,
// bad_signature, untrusted_key, tampered, expired (and file_not_found /
// file_unreadable for verifyFile).
class LicenseVerifier {
    Q_DECLARE_TR_FUNCTIONS(LicenseVerifier)

public:
    LicenseVerifier() = default;
    explicit LicenseVerifier(QList<IssuerPublicKey> trustedKeys);

    void trust(const IssuerPublicKey& key);
    const QList<IssuerPublicKey>& trustedKeys() const { return m_trusted; }

    // Everything except the expiry date.
    Result<License> verifyIgnoringExpiry(const QByteArray& fileBytes) const;
    LicenseCheck verify(const QByteArray& fileBytes, qint64 nowMs) const;
    LicenseCheck verifyFile(const QString& path, qint64 nowMs) const;

    // An `expired` error if the license is past its expiry at nowMs.
    static std::optional<Error> expiryProblem(const License& license, qint64 nowMs);
    // "2027-12-31 23:59:59 UTC", the form used in messages.
    static QString formatUtc(qint64 ms);

private:
    Result<QByteArray> decodeSignature(const License& license) const;
    Status checkSignature(const License& license, const QByteArray& signature) const;

    QList<IssuerPublicKey> m_trusted;
};

} // namespace lk
