#pragma once

#include "reclaim/ProbePool.h"
#include "reclaim/ProbeSettings.h"
#include "server/LeaseService.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace lk {

// Looks at overdue leases on the node that leads the pair (or the only
// node): probes each component where it runs, once per probe interval,
// never twice at once, never at an excluded address, and hands every
// outcome to the lease service, which keeps it as evidence in the database
// and reclaims the lease when the policy says its process is gone.
class ReclaimService final : public QObject {
    Q_OBJECT

public:
    ReclaimService(LeaseService& service, const Clock& clock, ProbeSettings settings,
                   QObject* parent = nullptr);

    // Rounds on a timer, a few per probe interval.
    void start();
    // One round now: reads the overdue leases and probes those that are due.
    void runRound();
    const ProbePool& pool() const { return m_pool; }
    const ProbeSettings& settings() const { return m_settings; }
    // Whether this node probes: the primary, or the secondary while no
    // primary is live (ClusterMembership::leadsSharedWork).
    bool leadsProbing() const;

Q_SIGNALS:
    // A round read the overdue leases and queued `queued` probes.
    void roundStarted(int queued);
    // A probe's outcome reached the store (or not, `kept` false: the lease
    // was renewed or ended meanwhile, or the store refused it).
    void probeDone(const QString& leaseId, const lk::ProbeResult& result, bool kept, bool reclaimed);

private:
    void onOverdue(const QList<Lease>& leases);
    // Resolves a host name first when names may hide an excluded address.
    void probe(const Lease& lease, const ProbeTarget& target);
    void record(const QString& leaseId, qint64 renewedMs, const ProbeResult& result);
    void pruneNowAndThen();

    LeaseService& m_service;
    const Clock& m_clock;
    ProbeSettings m_settings;
    ProbePool m_pool;
    QTimer m_timer;
    QSet<QString> m_busy; // leases with a probe queued, in flight or being recorded
    bool m_reading = false;
    qint64 m_lastPruneMs = 0;
};

} // namespace lk
