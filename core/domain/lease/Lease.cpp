#include "lease/Lease.h"

namespace lk {

bool Lease::isOverdue(qint64 nowMs, qint64 renewAfterS) const {
    return lastRenewalMs < overdueBeforeMs(nowMs, renewAfterS);
}

qint64 Lease::overdueBeforeMs(qint64 nowMs, qint64 renewAfterS) {
    // One missed renewal plus slack for jitter and a retry before we call it overdue.
    const qint64 slackMs = qMax<qint64>(renewAfterS * 1000 / 2, 5000);
    return nowMs - renewAfterS * 1000 - slackMs;
}

} // namespace lk
