#pragma once

#include "license/License.h"
#include "util/Result.h"

#include <optional>

namespace lk {

// The outcome of LicenseVerifier::verify. An expired license is still
// genuine: the server keeps its terms to answer "license_expired" instead of
// forgetting which license it had, so `license` is set whenever the
// signature verified, and `problem` says why the license is not usable.
struct LicenseCheck {
    std::optional<License> license;
    std::optional<Error> problem;

    bool ok() const { return license.has_value() && !problem.has_value(); }
    // True when the signature verified (valid or expired).
    bool isGenuine() const { return license.has_value(); }
    bool isExpired() const;
};

} // namespace lk
