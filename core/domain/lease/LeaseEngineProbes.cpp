// LeaseEngine: the evidence about overdue leases, and reclaiming dead ones.
#include "lease/LeaseEngine.h"

namespace lk {

Result<LeaseEngine::ProbeRecord> LeaseEngine::recordProbe(StoreTransaction& tx, const QString& leaseId,
                                                          qint64 renewedMs, ProbeResult probe,
                                                          const ReclaimPolicy& policy, qint64 renewAfterS,
                                                          EndedLeases* ended) const {
    auto found = tx.activeLease(leaseId);
    if (!found)
        return found.error();
    // A renewal since the probe began proves the component alive: the probe
    // says nothing any more, and the count starts over at the next overdue.
    if (!found.value() || found.value()->lastRenewalMs != renewedMs)
        return ProbeRecord::Stale;
    const Lease& lease = *found.value();
    const qint64 now = tx.nowMs();
    probe.atMs = now;
    if (auto kept = tx.recordProbe(leaseId, renewedMs, probe); !kept)
        return kept.error();
    auto probes = tx.probesOf(leaseId, renewedMs);
    if (!probes)
        return probes.error();
    if (!ReclaimJudge::reclaims(policy, lease.overdueSinceMs(renewAfterS), now, probes.value()))
        return ProbeRecord::Recorded;
    const auto target = ProbeTarget::of(lease.holder);
    const QString note =
        tr("%1, at %2")
            .arg(ReclaimJudge::describe(probes.value()), target ? target->toString() : lease.holder.instance);
    auto done = end(tx, leaseId, EndReason::ReclaimedDead, note, ended);
    if (!done)
        return done.error();
    return ProbeRecord::Reclaimed;
}

} // namespace lk
