#pragma once

#include "lease/LeaseStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace lk {

class SqlTransaction;

// One step of the versioned schema: the statements that take it from
// version - 1 to version.
struct Migration {
    int version;
    QStringList statements;
};

// The SQL shared by every store. A subclass supplies the connection, the
// dialect's way to begin a write transaction, its migrations and its clock.
class SqlStore : public LeaseStore {
    Q_DECLARE_TR_FUNCTIONS(SqlStore)

public:
    // Batches of renewals and heartbeats may skip the wait for the disk, but
    // never longer than this after the last commit that did wait: a power
    // cut loses at most this much of renewals (one renewal's worth of grace
    // for a component), and never a grant, release or free.
    static constexpr qint64 kRenewalSyncIntervalMs = 1000;

    ~SqlStore() override;

    Status open() override;
    Result<std::vector<Status>> runBatch(const std::vector<Job>& jobs,
                                         Commit commit = Commit::Durable) override;
    Result<std::optional<std::vector<Status>>> committedBeforeLoss() override;
    Result<QList<Lease>> allActiveLeases() override;
    Status forEachLiveLease(const std::function<void(const Lease&)>& visit) override;
    Result<LeaseChanges> leaseChanges(const QString& cursor) override;
    Result<bool> anyPastDeadline() override;
    Result<QList<Lease>> overdueLeases(qint64 renewedBeforeMs, int limit) override;
    Result<QMap<QString, TypeUsage>> usageByType() override;
    Result<QMap<QString, int>> overdueByType(qint64 renewedBeforeMs) override;
    Result<QList<HistoryEntry>> history(const HistoryQuery& query) override;
    Result<QList<AuditEntry>> auditTrail(const AuditQuery& query) override;    // SqlStoreAudit.cpp
    Result<QList<UsageSample>> usageSamples(const UsageQuery& query) override; // SqlStoreUsage.cpp
    Status ping() override;
    Result<ClusterRead> readCluster(const QString& self) override; // SqlStoreCluster.cpp

    // Used by SqlTransaction.
    virtual qint64 transactionNowMs() = 0;
    // A condition, with one parameter: the row's `column` is one of the
    // strings of the JSON array bound to it. In a form the planner answers
    // with an index on that column, whatever its statistics say.
    virtual QString inJsonArray(QStringView column) const = 0;
    // The time that decides leases, read outside a write transaction.
    virtual Result<qint64> readNowMs() = 0;
    // The node registry (SqlStoreCluster.cpp), in and out of transactions.
    Result<QList<ClusterNode>> registeredNodes();
    Result<QString> registeredClusterId();
    // Marks this connection as node `name`'s, once per connection, where the
    // store tracks sessions: true when it did so now (a new connection).
    // Outside transactions: what it sets must outlive a rollback.
    virtual Result<bool> claimNodeSession(const QString& /*name*/) { return false; }
    virtual bool tracksConnectedNodes() const { return false; }
    // Whether prepared queries are forward-only (see prepared()).
    virtual bool readsRowsOnce() const { return false; }
    // Prepared once per connection and reused; a failed prepare leaves the
    // query inactive and the error in `error`.
    QSqlQuery* prepared(const QString& sql, Error* error);
    Status exec(QSqlQuery& query);
    // prepared(), `values` bound in order, and exec(): the query, ready to read.
    Result<QSqlQuery*> run(const QString& sql, const QVariantList& values = {});
    Status execDirect(const QString& sql);
    // The first column of the first row of `sql`, or `fallback` without rows.
    Result<QVariant> scalar(const QString& sql, const QVariant& fallback);
    static Error errorFrom(const QSqlError& error, const QString& what);

    // The component types whose kept count (lease_usage) differs from their
    // live rows, each described with both figures; empty when all agree.
    Result<QStringList> usageCountMismatches();

    // Counts lease_usage again from the live rows (inside the caller's
    // write transaction).
    Status recountUsage();
    // For a bulk copy inside one write transaction: the usage counts may
    // stop following each row (recountUsage() at the end puts them right).
    virtual Status suspendUsageCounting() { return {}; }

    // For bulk work outside runBatch (moving data between stores): the same
    // write transaction a batch runs in, writer lock included.
    Status beginWriteTransaction() {
        if (auto chosen = chooseSync(true); !chosen)
            return chosen;
        return beginWrite();
    }
    Status commit() { return execDirect(QStringLiteral("COMMIT")); }
    void rollbackQuietly();

protected:
    SqlStore();
    QSqlDatabase& database() { return m_db; }
    const QString& connectionName() const { return m_connectionName; }

    virtual Status connect() = 0;
    // Starts the transaction of a write batch (or of a migration).
    virtual Status beginWrite() = 0;
    // Whether the next write transaction's commit waits for the disk, said
    // before it begins (SQLite cannot change it inside a transaction) and
    // again just before COMMIT, when the jobs' writes are known (PostgreSQL
    // can). False only for batches of renewals and heartbeats, within
    // kRenewalSyncIntervalMs of a commit that waited.
    // Commits a batch; a dialect that can reuse a prepared COMMIT does.
    virtual Status commitWrite() { return execDirect(QStringLiteral("COMMIT")); }
    virtual Status chooseSync(bool /*waitForDisk*/) { return {}; }
    // After a batch committed that added `leaseRows` rows to leases; where
    // the planner needs statistics, a store keeps them current.
    virtual void leaseRowsAdded(int /*leaseRows*/) {}
    virtual Status prepareCommit(bool /*waitForDisk*/) { return {}; }
    virtual QList<Migration> migrations() const = 0;
    // An expression over lk_nodes' columns: is that node's session connected now?
    virtual QString nodeConnectedSql() const { return QStringLiteral("0"); }

private:
    Status migrate();
    // The startup integrity check: recounts lease_usage from the rows when
    // they disagree (a database edited by hand, a restore), and says so.
    Status reconcileUsageCounts();
    Result<LeaseChanges> changedLeasesSince(qint64 seq);
    // Live leases, `rest` of the WHERE clause (from "AND ..." or "ORDER BY ..."), with their probes.
    Result<QList<Lease>> liveLeases(const QString& rest, const QVariantList& values);
    // Fills each lease's probes (those since its last renewal).
    Status attachProbes(QList<Lease>& leases);
    // One transaction over `jobs`; without `isolate`, the first failing job
    // rolls the whole batch back and its status is returned with the others
    // (which then count as not run).
    Result<std::vector<Status>> runJobs(const std::vector<Job>& jobs, bool isolate, Commit commit);
    Status runJob(const Job& job, SqlTransaction& tx, bool isolate, Status* jobStatus);
    // Stamps a durable batch with the next number of this writer, in its own
    // transaction (lk_batch_marks), so that committedBeforeLoss() can tell.
    Status markBatch();
    // Writers' marks older than this are dropped at open: each process run
    // is a writer of its own.
    static constexpr qint64 kBatchMarkKeepMs = 7LL * 24 * 3600 * 1000;

    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_queries;
    QElapsedTimer m_sinceDurableCommit;
    // This connection's name in lk_batch_marks, and its last batch number.
    QString m_writerId;
    qint64 m_lastBatch = 0;
    // The last durable batch whose COMMIT failed: its number and the jobs'
    // statuses, until committedBeforeLoss() or the next batch.
    struct CommitInDoubt {
        qint64 batch = 0;
        std::vector<Status> statuses;
    };
    std::optional<CommitInDoubt> m_commitInDoubt;
};

} // namespace lk
