#include "license/LicenseVerifier.h"

#include "license/Ed25519.h"
#include "license/LicenseErrorCode.h"
#include "util/TextFile.h"

#include <QDateTime>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace lk {

bool LicenseCheck::isExpired() const {
    return problem && problem->code == LicenseErrorCode::expired;
}

LicenseVerifier::LicenseVerifier(QList<IssuerPublicKey> trustedKeys)
    : m_trusted(std::move(trustedKeys)) {}

void LicenseVerifier::trust(const IssuerPublicKey& key) {
    if (!m_trusted.contains(key))
        m_trusted.append(key);
}

Result<License> LicenseVerifier::verifyIgnoringExpiry(const QByteArray& fileBytes) const {
    auto license = License::parse(fileBytes);
    if (!license)
        return license.error();
    auto signature = decodeSignature(license.value());
    if (!signature)
        return signature.error();
    if (auto checked = checkSignature(license.value(), signature.value()); !checked)
        return checked.error();
    return license;
}

LicenseCheck LicenseVerifier::verify(const QByteArray& fileBytes, qint64 nowMs) const {
    auto license = verifyIgnoringExpiry(fileBytes);
    if (!license)
        return LicenseCheck{std::nullopt, license.error()};
    auto expired = expiryProblem(license.value(), nowMs);
    return LicenseCheck{std::move(license).value(), std::move(expired)};
}

LicenseCheck LicenseVerifier::verifyFile(const QString& path, qint64 nowMs) const {
    const auto bytes = TextFile::read(path, tr("license file"));
    if (!bytes)
        return LicenseCheck{std::nullopt, bytes.error()};
    return verify(bytes.value(), nowMs);
}

std::optional<Error> LicenseVerifier::expiryProblem(const License& license, qint64 nowMs) {
    if (!license.terms().isExpiredAt(nowMs))
        return std::nullopt;
    return makeError(LicenseErrorCode::expired.toString(),
                     tr("license %1 expired on %2; install a renewed license from the issuer")
                         .arg(license.terms().licenseId, formatUtc(license.terms().expiresMs)));
}

QString LicenseVerifier::formatUtc(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s;
}

Result<QByteArray> LicenseVerifier::decodeSignature(const License& license) const {
    const QString& id = license.terms().licenseId;
    if (!license.hasSignature())
        return makeError(LicenseErrorCode::unsignedLicense.toString(),
                         tr("license %1 is not signed (no \"signature\"); only licenses written by "
                            "'leasekeeper-ctl license issue' are accepted")
                             .arg(id));
    if (!Ed25519::isKeyId(license.keyId()))
        return makeError(
            LicenseErrorCode::malformed.toString(),
            tr("license %1: \"key_id\" must be the 16 hex digit id of the issuer key that signed it")
                .arg(id));
    const auto decoded = QByteArray::fromBase64Encoding(license.signature().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != Ed25519::kSignatureBytes)
        return makeError(LicenseErrorCode::badSignature.toString(),
                         tr("license %1: \"signature\" must be the base64 encoding of a 64-byte Ed25519 "
                            "signature; the file was damaged or edited")
                             .arg(id));
    return decoded.decoded;
}

Status LicenseVerifier::checkSignature(const License& license, const QByteArray& signature) const {
    const QString& keyId = license.keyId();
    const auto isNamedKey = [&keyId](const IssuerPublicKey& key) { return key.keyId() == keyId; };
    if (std::none_of(m_trusted.cbegin(), m_trusted.cend(), isNamedKey))
        return makeError(
            LicenseErrorCode::untrustedKey.toString(),
            tr("license %1 is signed by issuer key %2, which this server does not trust; add its "
               "public key with --trust")
                .arg(license.terms().licenseId, keyId));
    // Key ids are short, so try every trusted key carrying this id.
    const QByteArray message = license.signedBytes();
    for (const IssuerPublicKey& key : m_trusted) {
        if (isNamedKey(key) && key.verify(message, signature))
            return {};
    }
    return makeError(
        LicenseErrorCode::tampered.toString(),
        tr("license %1 names trusted issuer key %2 but its signature does not match: the terms were "
           "modified after signing (or the file was signed by another key); ask the issuer for an "
           "intact copy")
            .arg(license.terms().licenseId, keyId));
}

} // namespace lk
