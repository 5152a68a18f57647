#pragma once

#include "license/License.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace lk {

class IssuerKeyPair;

// Turns terms into a signed License. It signs the terms object as the issuer
// wrote it, not LicenseTerms::toJson(), so fields that this version does not
// know yet are covered by the signature too.
class LicenseIssuer {
    Q_DECLARE_TR_FUNCTIONS(LicenseIssuer)

public:
    // Errors: LicenseErrorCode::malformed (terms rejected by LicenseTerms::fromJson).
    static Result<License> issue(const QJsonObject& termsJson, const IssuerKeyPair& key);
    // Same, from the bytes of a terms JSON file.
    static Result<License> issue(const QByteArray& termsFileBytes, const IssuerKeyPair& key);
};

} // namespace lk
