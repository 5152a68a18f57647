#pragma once

#include "lease/ClusterMembership.h"
#include "store/PostgresAddress.h"
#include "store/SqlStore.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <atomic>

namespace lk {

// The shared store of an HA pair: one PostgreSQL database for both nodes.
//
// Every write batch first takes one cluster-wide advisory lock and reads the
// database's clock in the same statement. Writers on the two nodes therefore
// run one after the other (a grant for the last free cores cannot succeed on
// both), and lease times come from one clock whatever the nodes' clocks say.
class PostgresStore final : public SqlStore {
    Q_DECLARE_TR_FUNCTIONS(PostgresStore)

public:
    // `leaseClock` replaces the database's clock for lease times; only tests
    // that let days pass in milliseconds set it.
    PostgresStore(PostgresAddress address, QString password, const Clock* leaseClock = nullptr);

    QString kind() const override { return QStringLiteral("postgresql"); }
    QString location() const override { return m_address.toString(); }
    qint64 transactionNowMs() override { return m_transactionNowMs; }
    // As an array, not IN (subquery): a generic plan then probes the primary
    // key instead of joining with a scan.
    QString inJsonArray(QStringView column) const override {
        return QStringLiteral("%1 = ANY(ARRAY(SELECT json_array_elements_text(CAST(? AS json))))")
            .arg(column);
    }
    Result<qint64> readNowMs() override;
    Status suspendUsageCounting() override;
    Status ping() override;
    std::optional<qint64> databaseClockOffsetMs() const override;

    // The advisory lock every writer takes; other tools can take it too.
    static constexpr qint64 kWriterLock = 0x4C4B4C45415345; // "LKLEASE"
    // A node's session holds the advisory lock (kNodeLockClass, a hash of
    // its name) while it is connected: peers read pg_locks to see it live.
    static constexpr int kNodeLockClass = 0x4C4B4E44; // "LKND"

    // PostgreSQL 14 or later (idle_session_timeout): the lock, and
    // sessions that end within ClusterMembership::kLiveWindowMs of the
    // node's last query, so that a hung or cut-off node is not live either.
    Result<bool> claimNodeSession(const QString& name) override;
    bool tracksConnectedNodes() const override { return m_tracksSessions; }
    // How long the node may go without asking before its lock is let go
    // (ClusterMembership::kLiveWindowMs; shorter in tests).
    void setNodeSilenceLimitMs(qint64 ms) { m_nodeSilenceLimitMs = ms; }

protected:
    Status connect() override;
    Status beginWrite() override;
    // synchronous_commit off for this transaction only: PostgreSQL's WAL
    // writer flushes it within a fraction of a second. Sent with the COMMIT.
    Status prepareCommit(bool waitForDisk) override;
    Status commitWrite() override;
    QList<Migration> migrations() const override;
    QString nodeConnectedSql() const override;
    // ANALYZE leases once the rows added since the last one are as many as
    // the table held then (and at least kRowsBeforeAnalyze): a new database
    // fills faster than autovacuum looks (a minute), and a generic plan made
    // with the statistics of an empty table walks an index over every live
    // lease where it should probe the primary key.
    void leaseRowsAdded(int leaseRows) override;

private:
    void releaseNodeSessionIfSilent();

    static constexpr qint64 kRowsBeforeAnalyze = 500;
    qint64 m_rowsAtLastAnalyze = -1; // -1: not read since connecting
    qint64 m_rowsAddedSinceAnalyze = 0;
    PostgresAddress m_address;
    QString m_password;
    const Clock* m_leaseClock;
    qint64 m_transactionNowMs = 0;
    bool m_commitLazily = false;    // the open transaction's commit need not wait for the disk
    bool m_tracksSessions = false;  // the server can (read at connect)
    QString m_claimedNode;          // whose lock this connection holds, if any
    QElapsedTimer m_sinceNodeAsked; // since the node last asked (claimNodeSession)
    qint64 m_nodeSilenceLimitMs = ClusterMembership::kLiveWindowMs;
    std::atomic<qint64> m_clockOffsetMs{0};
    std::atomic<bool> m_clockOffsetKnown{false};
};

} // namespace lk
