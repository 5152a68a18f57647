// Leases as the console's models see them, for the tests of those models.
#pragma once

#include "admin/NodeStatus.h"

#include <QString>

namespace lk::test {

// A vdp lease of 4 cores on host `id` (instance "id:9999"), served by lm-a,
// granted a day before its last renewal.
inline Lease consoleLease(const QString& id, qint64 lastRenewalMs, qint64 graceDeadlineMs) {
    Lease lease;
    lease.id = id;
    lease.holder.component = QStringLiteral("vdp");
    lease.holder.instance = id + QStringLiteral(":9999");
    lease.holder.host = id;
    lease.holder.cores = 4;
    lease.node = QStringLiteral("lm-a");
    lease.grantedMs = lastRenewalMs - 24LL * 3600 * 1000;
    lease.lastRenewalMs = lastRenewalMs;
    lease.graceDeadlineMs = graceDeadlineMs;
    return lease;
}

// A node's lease list with renew_after_s 300: overdue 450 s after a renewal.
inline LeaseSnapshot snapshotOf(QList<Lease> leases) {
    LeaseSnapshot snapshot;
    snapshot.leases = std::move(leases);
    snapshot.renewAfterS = 300;
    return snapshot;
}

} // namespace lk::test
