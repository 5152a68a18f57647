#include "lease/Lease.h"

namespace lk {

bool Lease::isOverdue(qint64 nowMs, qint64 renewAfterS) const {
    return lastRenewalMs < overdueBeforeMs(nowMs, renewAfterS);
}

namespace {

// One missed renewal plus slack for jitter and a retry before we call it overdue.
qint64 overdueAfterMs(qint64 renewAfterS) {
    const qint64 slackMs = qMax<qint64>(renewAfterS * 1000 / 2, 5000);
    return renewAfterS * 1000 + slackMs;
}

} // namespace

qint64 Lease::overdueBeforeMs(qint64 nowMs, qint64 renewAfterS) {
    return nowMs - overdueAfterMs(renewAfterS);
}

qint64 Lease::overdueSinceMs(qint64 renewAfterS) const {
    return lastRenewalMs + overdueAfterMs(renewAfterS);
}

} // namespace lk
