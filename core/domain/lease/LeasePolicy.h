#pragma once

#include "lease/Lease.h"
#include "license/LicenseTerms.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace lk {

struct Denial {
    DenialReason reason;
    QString message;
};

// The licensing rules as a pure function: no store, no clock, no threads.
class LeasePolicy {
    Q_DECLARE_TR_FUNCTIONS(LeasePolicy)

public:
    // `others` is the usage of the requested type by live leases other than
    // the one this instance holds (a restart replaces it rather than counting twice).
    static std::optional<Denial> check(const LicenseTerms& terms, qint64 nowMs, const LeaseRequest& request,
                                       const TypeUsage& others);
};

} // namespace lk
