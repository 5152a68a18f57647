#pragma once

#include "lease/Lease.h"
#include "license/LicenseTerms.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QMap>
#include <optional>

namespace lk::wire {

// The "license" object of GET /api/v1/status (schemas LicenseLoaded,
// LicenseMissing and ComponentUsage): the terms a node serves, what is wrong
// with them, and how much of each component type is in use.
struct LicenseStatus {
    std::optional<LicenseTerms> terms; // unset: no license could be loaded
    std::optional<Error> problem;      // why it is missing, or why it is unusable (e.g. expired)
    QString keyId;
    std::optional<QMap<QString, TypeUsage>> usage; // unset when the store did not answer

    QJsonObject toJson() const;
    // Lenient, as a console reads a node that may be newer or older: the terms
    // carry the identity and limits the answer shows, nothing else.
    static LicenseStatus fromJson(const QJsonObject& json);
};

} // namespace lk::wire
