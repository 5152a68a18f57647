#pragma once

#include "lease/ClusterMembership.h"
#include "lease/LeaseEngine.h"
#include "server/Decided.h"
#include "server/LeaseEvent.h"
#include "server/LicenseState.h"
#include "server/LiveLeaseMirror.h"
#include "store/StoreWorker.h"
#include "util/Clock.h"
#include "util/ThreadInbox.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>

namespace lk {

// Per component type: the live leases' instances and cores, and how many of
// those leases are overdue (Lease::isOverdue), as the metrics report them.
struct UsageReport {
    QMap<QString, TypeUsage> usage;
    QMap<QString, int> overdue;
    // Of the overdue leases, those whose probes say the process is gone.
    QMap<QString, TypeUsage> probablyDead;
};

// The License Manager's operations as asynchronous calls. The work runs on
// the store worker; each callback runs later on this service's thread, and
// not at all once `context` is destroyed, so HTTP handlers and widgets alike
// use it without blocking their event loop.
class LeaseService final : public QObject {
    Q_OBJECT

public:
    template <typename T> using Callback = std::function<void(const Result<T>&)>;

    LeaseService(std::unique_ptr<LeaseStore> store, const Clock& clock, QString nodeName,
                 QObject* parent = nullptr);
    ~LeaseService() override;

    void start();
    const QString& nodeName() const { return m_engine.nodeName(); }
    const Clock& clock() const { return m_clock; }

    void setLicense(LicenseState state);
    // The host groups later grants obey (null: none). Grants already queued
    // keep the policy they were submitted under; no running lease is ended.
    void setGroupPolicy(std::shared_ptr<const GroupPolicy> policy) { m_groupPolicy = std::move(policy); }
    const std::shared_ptr<const GroupPolicy>& groupPolicy() const { return m_groupPolicy; }
    const LicenseState& license() const { return m_license; }
    StoreHealth storeHealth() const { return m_worker.health(); }
    QString storeKind() const { return m_worker.storeKind(); }

    // Grants and renewals answer with the terms they were decided under.
    void grant(const LeaseRequest& request, QObject* context, Callback<Decided<GrantOutcome>> done);
    // On a database only this process can open, a live lease renewed well
    // before its deadline is answered from memory and written behind within
    // kWriteBehindMs (and before any other store job runs): a crash loses at
    // most those renewals, each lease falling back to its previous deadline.
    void renew(const QString& leaseId, QObject* context, Callback<Decided<RenewOutcome>> done);
    static constexpr int kWriteBehindMs = 100;
    // Tests hold the renewals in memory for longer, to see them there.
    void setWriteBehindMs(int ms) { m_writeBehindTimer.setInterval(ms); }
    // Renewals answered from memory and not yet handed to the store.
    int renewalsInMemory() const { return m_mirror.pendingCount(); }
    void release(const QString& leaseId, QObject* context, Callback<bool> done);
    // Frees a lease and, in the same transaction, adds `audit` to the audit
    // trail with the outcome (freed or not found) and the store's time.
    void freeByAdmin(const QString& leaseId, const QString& note, const AuditEntry& audit, QObject* context,
                     Callback<bool> done);
    // Adds `entry` to the audit trail, stamped with the store's time.
    void recordAudit(AuditEntry entry, QObject* context, Callback<bool> done);
    void auditTrail(const AuditQuery& query, QObject* context, Callback<QList<AuditEntry>> done);
    // Once a minute (and on demand): a usage sample of every licensed type,
    // and samples past the retention dropped.
    void sampleUsage(QObject* context, Callback<bool> done);
    void setUsageRetentionDays(int days) { m_usageRetentionDays = days; }
    void usageSamples(const UsageQuery& query, QObject* context, Callback<QList<UsageSample>> done);
    // Every live lease (empty cursor), or what changed since `cursor`.
    void leaseChanges(const QString& cursor, QObject* context, Callback<LeaseChanges> done);
    void history(const HistoryQuery& query, QObject* context, Callback<QList<HistoryEntry>> done);
    void usage(QObject* context, Callback<QMap<QString, TypeUsage>> done);
    // usage() and the overdue leases (last renewed before `overdueBeforeMs`) in one read.
    void usageReport(qint64 overdueBeforeMs, QObject* context, Callback<UsageReport> done);
    void reclaimExpired(QObject* context, Callback<QList<Lease>> done);
    // Up to `limit` overdue leases (last renewed before `renewedBeforeMs`) with their probes.
    void overdueLeases(qint64 renewedBeforeMs, int limit, QObject* context, Callback<QList<Lease>> done);
    // When overdue leases are ended as dead (off unless set).
    void setReclaimPolicy(const ReclaimPolicy& policy) { m_reclaimPolicy = policy; }
    const ReclaimPolicy& reclaimPolicy() const { return m_reclaimPolicy; }
    // Keeps a probe of an overdue lease begun while its last renewal was
    // `renewedMs` (LeaseEngine::recordProbe), under the reclaim policy.
    void recordProbe(const QString& leaseId, qint64 renewedMs, const ProbeResult& probe, QObject* context,
                     Callback<LeaseEngine::ProbeRecord> done);
    // Drops the probes of leases that have ended.
    void pruneProbes(QObject* context, Callback<bool> done);
    // Once a second: ends the leases whose grace ran out, if any did, and
    // starts no write when none did (`done` then gets an empty list).
    void reclaimIfDue(QObject* context, Callback<QList<Lease>> done);

    // How this node appears in the shared registry (address, role, version).
    void setIdentity(const QString& address, const QString& role);
    // Registers this node now (and then every couple of seconds; in memory
    // only once a single-node store has it on record).
    void heartbeat();
    const std::optional<ClusterView>& cluster() const { return m_cluster; }
    // primary, secondary or standalone (setIdentity()).
    const QString& role() const { return m_self.role; }
    // False when the license's max_license_managers places are all taken by
    // other live nodes: this node must not serve until one goes away.
    bool admitted() const { return !m_cluster || m_cluster->admitted; }
    Error notAdmittedError() const;

Q_SIGNALS:
    void clusterChanged();
    // A grant, renewal, release, free, expiry, replacement or denial, on this
    // service's thread and only after the write that did it was committed
    // (before the caller's callback runs); a renewal answered from memory
    // is reported when it is answered.
    void leaseEvent(const lk::LeaseEvent& event);

private:
    template <typename T> using Work = std::function<Result<T>(StoreTransaction&, EndedLeases&)>;
    // Emits the events of a committed write's own outcome (the leases it
    // ended are reported from the engine's list).
    template <typename T> using Announce = std::function<void(const T&)>;
    template <typename T> struct WriteOutcome {
        std::optional<Result<T>> result;
        EndedLeases ended;
    };

    // `plan`, when set, runs before the batch's jobs (StoreWorker::submitWrite).
    template <typename T>
    void submitWrite(Work<T> work, QObject* context, Callback<T> done, Announce<T> announce = {},
                     LeaseStore::Commit commit = LeaseStore::Commit::Durable, LeaseStore::Job plan = {});
    template <typename T>
    void completeWrite(QPointer<QObject> context, Callback<T> done, Announce<T> announce,
                       std::shared_ptr<WriteOutcome<T>> outcome);
    template <typename T>
    void submitRead(std::function<Result<T>(LeaseStore&)> work, QObject* context, Callback<T> done);
    template <typename T> void deliver(QPointer<QObject> context, Callback<T> done, Result<T> result);
    Error noLicenseError() const;
    void heartbeatInMemory();
    void heartbeatByWriting();
    void heartbeatByReading();
    // This node saw itself live within ClusterMembership::kLiveWindowMs.
    bool liveLately() const;
    // The single-node fast path of renew(); false when the store decides.
    bool renewInMemory(const QString& leaseId, QObject* context, Callback<Decided<RenewOutcome>>& done);
    void loadMirror();
    // Hands the renewals answered from memory to the store, ahead of
    // whatever is submitted next.
    void writeBehindRenewals();
    void applyClusterView(ClusterView view);
    // A grant or renewal: decided under a snapshot of the license's terms,
    // refused at once without a license or while not admitted.
    template <typename T>
    using Decide = std::function<Result<T>(StoreTransaction&, const LicenseTerms&, EndedLeases&)>;
    using Plan = std::function<void(StoreTransaction&, const LicenseTerms&)>;
    template <typename T>
    void submitDecision(Decide<T> decide, QObject* context, Callback<Decided<T>> done,
                        Announce<Decided<T>> announce, LeaseStore::Commit commit, Plan plan = {});

    const Clock& m_clock;
    LeaseEngine m_engine;
    StoreWorker m_worker;
    LicenseState m_license;
    // m_license's terms, shared by the decisions made under them.
    std::shared_ptr<const LicenseTerms> m_terms;
    LiveLeaseMirror m_mirror; // single-node stores only
    bool m_mirrorLoading = false;
    QTimer m_writeBehindTimer;
    std::shared_ptr<const GroupPolicy> m_groupPolicy;
    QTimer m_reclaimTimer;
    QTimer m_heartbeatTimer;
    QTimer m_usageTimer;
    int m_usageRetentionDays = 400;
    ReclaimPolicy m_reclaimPolicy;
    ClusterNode m_self;
    std::optional<ClusterView> m_cluster;
    bool m_heartbeatInFlight = false;
    QElapsedTimer m_sinceSelfLive; // real time: it is about the connection, not lease time
    bool m_nameInUseSaid = false;  // the warning that another session holds this node's name
    // Answers from the store thread, run on this object's thread.
    ThreadInbox m_inbox{this};
    bool m_selfOnRecord = false; // the registry holds m_self as it is now
};

} // namespace lk
