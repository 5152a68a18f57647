#pragma once

#include "lease/StoreTransaction.h"

#include <QHash>
#include <QVariantList>
#include <optional>

namespace lk {

class SqlStore;

// StoreTransaction over an SqlStore's open write transaction.
class SqlTransaction final : public StoreTransaction {
public:
    // `ahead`: whether work may run ahead of the job that needs it (planned
    // renewals as one statement, planned instances read at once, usage
    // counts kept in memory). Not while each job runs in a savepoint of its
    // own: a job rolled back would take the others' work with it, or leave
    // what is kept in memory wrong.
    explicit SqlTransaction(SqlStore& store, bool ahead = false)
        : m_store(store)
        , m_ahead(ahead) {}

    qint64 nowMs() override;
    // Read once per component in a transaction that works ahead; then kept
    // up to date by this transaction's own writes (which are all its
    // writes to lease rows: writers are serialized).
    Result<TypeUsage> usageOf(const QString& component) override;
    Result<std::optional<Lease>> activeLease(const QString& id) override;
    Result<QList<Lease>> activeLeasesOf(const QString& component) override;
    // The first call after planGrant() reads the live leases of every
    // planned instance in one statement; later calls are answered from what
    // is known, kept up to date by this transaction's writes.
    Result<std::optional<Lease>> activeLeaseOfInstance(const QString& component,
                                                       const QString& instance) override;
    void planGrant(const QString& component, const QString& instance) override;
    // Once a scan found every live lease past its deadline at `nowMs` (fewer
    // than `limit`), a later one at the same time or earlier finds none in
    // this transaction: its grants and renewals only set deadlines ahead. A
    // batch of grants on PostgreSQL, whose transaction time stands still,
    // then scans once instead of once per grant.
    Result<QList<Lease>> leasesPastDeadline(qint64 nowMs, int limit) override;
    // A job's writes were rolled back to its savepoint: leases it ended as
    // expired are live again, and the next scan must look.
    void forgetSweep() { m_sweptAtMs.reset(); }

    // False while the transaction wrote nothing but renewals and heartbeats:
    // losing those in a power cut costs each component one renewal's worth
    // of grace, never a lease, a release or a free.
    bool mustReachDisk() const { return m_mustReachDisk; }
    // Lease rows this transaction added.
    int insertedLeases() const { return m_insertedLeases; }

    Status insertLease(const Lease& lease) override;
    Status renewLease(const QString& id, qint64 renewalMs, qint64 graceDeadlineMs,
                      const QString& node) override;
    // The first call after planRenewal() renews every planned lease in one
    // statement; the planned calls are then answered from its rows.
    Result<std::optional<Lease>> renewIfInTime(const QString& id, qint64 renewalMs, qint64 graceDeadlineMs,
                                               const QString& node) override;
    void planRenewal(const QString& id, qint64 renewalMs, qint64 graceDeadlineMs,
                     const QString& node) override;
    Status endLease(const QString& id, qint64 endMs, EndReason reason, const QString& note) override;
    // SqlTransactionProbes.cpp
    Status recordProbe(const QString& leaseId, qint64 renewedMs, const ProbeResult& probe) override;
    Result<QList<ProbeResult>> probesOf(const QString& leaseId, qint64 sinceMs) override;
    Status pruneProbes() override;
    Status recordDenial(const LeaseRequest& request, const QString& node, qint64 atMs, DenialReason reason,
                        const QString& message) override;
    Status recordHeartbeat(const ClusterNode& node, qint64 staleBeforeMs) override;
    Status appendAudit(const AuditEntry& entry) override;
    Status recordUsageSample(const QString& component, qint64 atMs, const TypeUsage& used,
                             int allowedInstances, qint64 allowedCores) override;
    Status pruneUsageSamples(qint64 minutesBeforeMs, qint64 allBeforeMs) override;
    Result<QList<ClusterNode>> clusterNodes() override;
    bool tracksConnectedNodes() const override;
    Result<QString> clusterId() override;

private:
    Result<QList<Lease>> selectLeases(const QString& where, const QVariantList& values);
    Status write(const QString& sql, const QVariantList& values);
    // The number that orders this transaction's writes to lease rows among
    // all others: taken from the counter at the first write (writers are
    // serialized, so numbers follow the commit order).
    Result<qint64> changeSeq();

    // The arguments of a renewIfInTime() call, and what renews leases alike.
    struct RenewalArgs {
        qint64 renewalMs = 0;
        qint64 graceDeadlineMs = 0;
        QString node;
        bool operator==(const RenewalArgs&) const = default;
    };
    // Runs the planned renewals, one statement per set of arguments.
    Status renewPlanned();
    Result<QList<Lease>> renewAll(const QStringList& ids, const RenewalArgs& args);
    // Reads the live leases of the planned instances, one statement per component.
    Status readPlannedInstances();
    // A write changed lease `id`: what is known of its instance is dropped
    // (`ended`: the instance is known to have no live lease now).
    void leaseChanged(const QString& id, bool ended);

    using Instance = std::pair<QString, QString>; // component, instance
    SqlStore& m_store;
    const bool m_ahead;
    QList<Instance> m_plannedInstances;
    // The live lease of each instance looked up or granted, or none.
    QHash<Instance, std::optional<Lease>> m_liveByInstance;
    QHash<QString, TypeUsage> m_usage;
    QList<std::pair<QString, RenewalArgs>> m_planned;
    // Leases renewed ahead, until their own renewIfInTime() call takes them.
    QHash<QString, std::pair<RenewalArgs, Lease>> m_renewedAhead;
    qint64 m_changeSeq = -1;
    bool m_mustReachDisk = false;
    int m_insertedLeases = 0;
    std::optional<qint64> m_sweptAtMs; // see leasesPastDeadline()
};

} // namespace lk
