#include "license/LicenseIssuer.h"

#include "license/IssuerKeyPair.h"
#include "license/LicenseErrorCode.h"
#include "util/TextFile.h"

namespace lk {

Result<License> LicenseIssuer::issue(const QJsonObject& termsJson, const IssuerKeyPair& key) {
    auto terms = LicenseTerms::fromJson(termsJson);
    if (!terms)
        return makeError(LicenseErrorCode::malformed.toString(),
                         tr("the terms are invalid: %1").arg(terms.error().message));
    const QByteArray signature = key.sign(License::canonicalBytes(termsJson));
    if (signature.isEmpty())
        return makeError(LicenseErrorCode::cryptoUnavailable.toString(),
                         tr("libsodium could not sign the terms"));
    return License(terms.value(), termsJson, key.keyId(), QString::fromLatin1(signature.toBase64()));
}

Result<License> LicenseIssuer::issue(const QByteArray& termsFileBytes, const IssuerKeyPair& key) {
    auto termsJson = TextFile::parseObject(termsFileBytes, LicenseErrorCode::malformed);
    if (!termsJson)
        return makeError(termsJson.error().code,
                         tr("the terms are invalid: %1").arg(termsJson.error().message));
    return issue(termsJson.value(), key);
}

} // namespace lk
