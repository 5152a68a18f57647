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
    // `others` are the live leases of the requested type, without any lease
    // the same instance holds (a restart replaces it rather than counting twice).
    static std::optional<Denial> check(const LicenseTerms& terms, qint64 nowMs, const LeaseRequest& request,
                                       const QList<Lease>& others);
};

} // namespace lk
