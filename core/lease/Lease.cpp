#include "lease/Lease.h"

namespace lk {

bool Lease::isOverdue(qint64 nowMs, qint64 renewAfterS) const {
    // One missed renewal plus slack for jitter and a retry before we call it overdue.
    const qint64 slackMs = qMax<qint64>(renewAfterS * 1000 / 2, 5000);
    return nowMs > lastRenewalMs + renewAfterS * 1000 + slackMs;
}

} // namespace lk
