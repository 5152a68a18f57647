#pragma once

#include "audit/AuditEntry.h"
#include "lease/ClusterView.h"
#include "lease/Lease.h"
#include "lease/UsageSample.h"
#include "util/Result.h"

#include <QList>
#include <optional>

namespace lk {

// The primitives the lease engine composes inside one write transaction. A
// store hands one out only inside LeaseStore::runBatch, so every check and
// write a job makes is atomic with respect to other jobs and other nodes.
class StoreTransaction {
public:
    virtual ~StoreTransaction() = default;

    // The time that decides leases. SQLite takes it from the injected clock;
    // a shared database can take it from its own clock so nodes agree.
    virtual qint64 nowMs() = 0;

    // Usage of `component` by all its live leases, read from a count the
    // store keeps, not counted row by row: grants must not slow down as
    // leases accumulate.
    virtual Result<TypeUsage> usageOf(const QString& component) = 0;
    virtual Result<std::optional<Lease>> activeLease(const QString& id) = 0;
    // Every live lease of `component`: what a host group policy counts
    // (GroupPolicy). Read after usageOf() in the same transaction.
    virtual Result<QList<Lease>> activeLeasesOf(const QString& component) = 0;
    virtual Result<std::optional<Lease>> activeLeaseOfInstance(const QString& component,
                                                               const QString& instance) = 0;
    // Up to `limit` live leases whose grace deadline is before `nowMs`,
    // earliest deadline first. (Ordered and limited, a database's planner
    // always walks the deadline index, even with a plan made when the table
    // was empty.)
    virtual Result<QList<Lease>> leasesPastDeadline(qint64 nowMs, int limit) = 0;

    virtual Status insertLease(const Lease& lease) = 0;
    // `node` is the node that renewed it, which serves it from now on.
    virtual Status renewLease(const QString& id, qint64 renewalMs, qint64 graceDeadlineMs,
                              const QString& node) = 0;
    // The common renewal in one statement: renews the lease if it is live
    // and its deadline is not before `renewalMs`, and returns it as renewed;
    // nothing (and no write) otherwise.
    virtual Result<std::optional<Lease>> renewIfInTime(const QString& id, qint64 renewalMs,
                                                       qint64 graceDeadlineMs, const QString& node) = 0;
    // Says, before a batch's jobs run, that one of them will call
    // renewIfInTime() with exactly these arguments. A store may then renew
    // every lease so announced with one statement when the first such call
    // comes, and answer the others from it: in effect those renewals run
    // together at that point of the batch, which is one of the orders the
    // concurrent requests of one batch may take. A store may ignore it.
    virtual void planRenewal(const QString& id, qint64 renewalMs, qint64 graceDeadlineMs,
                             const QString& node) {
        Q_UNUSED(id)
        Q_UNUSED(renewalMs)
        Q_UNUSED(graceDeadlineMs)
        Q_UNUSED(node)
    }
    // Says, before a batch's jobs run, that one of them will ask
    // activeLeaseOfInstance() for this instance. A store may then read the
    // live leases of every instance so announced with one statement when the
    // first such call comes. A store may ignore it.
    virtual void planGrant(const QString& component, const QString& instance) {
        Q_UNUSED(component)
        Q_UNUSED(instance)
    }
    virtual Status endLease(const QString& id, qint64 endMs, EndReason reason, const QString& note) = 0;
    // Keeps `probe` as evidence about live lease `leaseId` (the lease
    // changes for readers of leaseChanges()); of its probes, only the
    // latest ones and none from before `renewedMs` (its last renewal) stay.
    virtual Status recordProbe(const QString& leaseId, qint64 renewedMs, const ProbeResult& probe) = 0;
    // The probes of `leaseId` taken after `sinceMs`, oldest first.
    virtual Result<QList<ProbeResult>> probesOf(const QString& leaseId, qint64 sinceMs) = 0;
    // Drops the probes of leases that are no longer live.
    virtual Status pruneProbes() = 0;
    // The node registry: upserts `node`, keeping its startedMs unless its
    // last heartbeat is older than `staleBeforeMs` (it had gone away).
    virtual Status recordHeartbeat(const ClusterNode& node, qint64 staleBeforeMs) = 0;
    // The registry, with ClusterNode::connected where the store knows it.
    virtual Result<QList<ClusterNode>> clusterNodes() = 0;
    // Whether clusterNodes() knows which nodes are connected (a node marks
    // its connection in LeaseStore::readCluster, outside transactions).
    virtual bool tracksConnectedNodes() const { return false; }
    virtual Result<QString> clusterId() = 0;
    virtual Status recordDenial(const LeaseRequest& request, const QString& node, qint64 atMs,
                                DenialReason reason, const QString& message) = 0;
    // Adds one entry to the audit trail (its id is the store's to assign).
    // Durable like a grant: an action acknowledged is an action recorded.
    virtual Status appendAudit(const AuditEntry& entry) = 0;
    // Raises the minute, hour and day samples of `component` that hold
    // `atMs` to `used` (never lowers them: both nodes of a pair may sample),
    // sets what the license allowed, and counts the denials of each period.
    virtual Status recordUsageSample(const QString& component, qint64 atMs, const TypeUsage& used,
                                     int allowedInstances, qint64 allowedCores) = 0;
    // Drops minute samples older than `minutesBeforeMs` and all samples
    // older than `allBeforeMs`.
    virtual Status pruneUsageSamples(qint64 minutesBeforeMs, qint64 allBeforeMs) = 0;
};

} // namespace lk
