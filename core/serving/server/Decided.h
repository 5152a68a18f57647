#pragma once

#include "license/LicenseTerms.h"

#include <memory>

namespace lk {

// What the store decided for a request, with the license terms it was
// decided under. A reply is built after the store answered, and a reload of
// the license may have replaced the service's terms meanwhile: the reply
// must describe the lease with the terms that granted it, never re-read them.
template <typename T> struct Decided {
    T outcome;
    std::shared_ptr<const LicenseTerms> terms;
};

} // namespace lk
