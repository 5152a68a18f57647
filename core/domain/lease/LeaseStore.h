#pragma once

#include "lease/StoreTransaction.h"

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace lk {

// Persistence for leases and their history. A store is used from exactly one
// thread (the store worker), which owns its database connection.
class LeaseStore {
public:
    virtual ~LeaseStore() = default;

    // Opens the connection and creates or upgrades the schema.
    virtual Status open() = 0;
    virtual QString kind() const = 0;
    // A short human description of where the data lives (no secrets).
    virtual QString location() const = 0;
    // True when no other License Manager can open this database while this
    // process has it (a SQLite file it claimed): the node registry then has
    // nobody to tell that this node is alive.
    virtual bool singleNode() const { return false; }

    using Job = std::function<Status(StoreTransaction&)>;
    // How long a batch's commit may stay in the operating system's cache
    // before it reaches the disk. A batch gets the strictest of its jobs'.
    enum class Commit {
        // Heartbeats: losing one in a power cut is harmless, it is resent.
        Lazy,
        // Renewals (and the expiries they find): within a second of a durable
        // commit; a power cut costs a component one renewal, never a lease.
        Deferred,
        // Grants, releases, frees, expiries: on disk before anyone hears of it.
        Durable,
    };
    // Group commit: runs the jobs in one transaction; a failing job rolls
    // back only its own writes (a job may run more than once to get there).
    // Returns the per-job statuses, or an error when the commit itself failed
    // (then nothing of the batch is durable).
    virtual Result<std::vector<Status>> runBatch(const std::vector<Job>& jobs,
                                                 Commit commit = Commit::Durable) = 0;
    // After runBatch() failed because the connection went, and open()
    // reconnected: did that batch commit all the same (the connection went
    // after COMMIT reached the database, before its answer came back)? The
    // statuses of its jobs when it did; unset when it did not, or when the
    // store cannot tell (then only a batch of renewals and heartbeats, which
    // may safely run twice, was in doubt). An error: the question failed.
    virtual Result<std::optional<std::vector<Status>>> committedBeforeLoss() {
        return std::optional<std::vector<Status>>();
    }

    virtual Result<QList<Lease>> allActiveLeases() = 0;
    // Every live lease in turn, holding one at a time, without its probes
    // (to copy them into memory without a list of them all at once).
    virtual Status forEachLiveLease(const std::function<void(const Lease&)>& visit) {
        auto leases = allActiveLeases();
        if (!leases)
            return leases.error();
        for (const Lease& lease : std::as_const(leases.value()))
            visit(lease);
        return {};
    }
    // Whether a live lease's grace deadline has passed by the store's time:
    // a read, so that an idle node looks without starting a write.
    virtual Result<bool> anyPastDeadline() = 0;
    // The changes since `cursor` (a LeaseChanges::cursor of this store), or
    // every live lease when the cursor is empty or belongs elsewhere.
    virtual Result<LeaseChanges> leaseChanges(const QString& cursor) = 0;
    // Up to `limit` live leases last renewed before `renewedBeforeMs` (the
    // overdue ones, Lease::overdueBeforeMs), longest overdue first, with
    // their probes: what the reclaim service probes.
    virtual Result<QList<Lease>> overdueLeases(qint64 renewedBeforeMs, int limit) = 0;
    // Live instances and cores per component type, counted by the database.
    virtual Result<QMap<QString, TypeUsage>> usageByType() = 0;
    // Live leases last renewed before `renewedBeforeMs`, per component type,
    // counted by the database (types without any are left out).
    virtual Result<QMap<QString, int>> overdueByType(qint64 renewedBeforeMs) = 0;
    virtual Result<QList<HistoryEntry>> history(const HistoryQuery& query) = 0;
    // The audit trail, newest first. A store without one says so.
    virtual Result<QList<AuditEntry>> auditTrail(const AuditQuery&) {
        return makeError(QStringLiteral("store_unavailable"),
                         QStringLiteral("this store keeps no audit trail"));
    }
    // Usage samples of one resolution, oldest first (UsageSample).
    virtual Result<QList<UsageSample>> usageSamples(const UsageQuery&) {
        return makeError(QStringLiteral("store_unavailable"),
                         QStringLiteral("this store keeps no usage samples"));
    }
    // The node registry read without a write transaction, for node `self`
    // once on record, by a store that tracks sessions
    // (StoreTransaction::tracksConnectedNodes): this connection is marked as
    // `self`'s again first if it is a new one.
    virtual Result<ClusterRead> readCluster(const QString& /*self*/) {
        return makeError(QStringLiteral("store_unavailable"),
                         QStringLiteral("this store does not know which nodes are connected"));
    }
    // Cheap liveness probe of the database.
    virtual Status ping() = 0;
    // The database's clock minus this host's, as of the last ping; unset for
    // a store that has no clock of its own.
    virtual std::optional<qint64> databaseClockOffsetMs() const { return std::nullopt; }

    // Asks an open() running on another thread to give up soon: the node is
    // shutting down and must not wait for a database that does not answer.
    // Thread-safe; once set, every later open() gives up too.
    void cancelOpening() { m_openingCancelled = true; }

protected:
    const std::atomic<bool>& openingCancelled() const { return m_openingCancelled; }

private:
    std::atomic<bool> m_openingCancelled{false};
};

} // namespace lk
