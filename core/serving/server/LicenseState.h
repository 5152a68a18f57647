#pragma once

#include "license/LicenseTerms.h"

#include <optional>

namespace lk {

// The license a node serves: verified terms (possibly expired), and the
// problem an administrator must fix when there is one.
struct LicenseState {
    std::optional<LicenseTerms> terms;
    std::optional<Error> problem; // missing, unreadable, tampered, untrusted, expired, ...
    QString keyId;
    QString path;

    bool canGrant() const { return terms.has_value(); }
};

} // namespace lk
