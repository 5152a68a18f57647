#pragma once

#include "store/DatabaseFileClaim.h"
#include "store/SqlStore.h"
#include "util/Clock.h"

#include <optional>

namespace lk {

// The embedded single-node store: one SQLite file in WAL mode. Commits are
// fsynced (synchronous=FULL) so a granted lease survives a power cut, and the
// worker's group commit keeps that affordable.
// Not final: tests put faults into its commit (tst_lostcommit).
class SqliteStore : public SqlStore {
    Q_DECLARE_TR_FUNCTIONS(SqliteStore)

public:
    // Whether this store claims its file for the process (a License
    // Manager's own store) or only reads or copies it (migrations).
    enum class Use { Shared, OwnedByThisProcess };

    SqliteStore(QString path, const Clock& clock, Use use = Use::Shared);

    // A file this process owns has no other node to register with.
    bool singleNode() const override { return m_claim.has_value(); }

    QString kind() const override { return QStringLiteral("sqlite"); }
    QString location() const override { return m_path; }
    // Read once as the write transaction begins: every job of a batch
    // decides at the same time, as on PostgreSQL.
    qint64 transactionNowMs() override { return m_transactionNowMs; }
    bool readsRowsOnce() const override { return true; }
    QString inJsonArray(QStringView column) const override {
        return QStringLiteral("%1 IN (SELECT value FROM json_each(?))").arg(column);
    }
    Result<qint64> readNowMs() override { return m_clock.nowMs(); }

protected:
    Status connect() override;
    // IMMEDIATE takes the write lock now, not at the first write, so a
    // second connection waits instead of failing half-way.
    // Prepared once and reused, like every statement of a batch: parsing
    // BEGIN and COMMIT anew cost a tenth of a renewal in the profile.
    Status beginWrite() override;
    Status commitWrite() override { return runPrepared(QStringLiteral("COMMIT")); }
    // synchronous=NORMAL in WAL mode: the commit is in the OS's cache (it
    // survives a killed process) and reaches the disk with the next
    // durable commit or checkpoint.
    Status chooseSync(bool waitForDisk) override;
    QList<Migration> migrations() const override;

private:
    Status runPrepared(const QString& sql);

    QString m_path;
    const Clock& m_clock;
    qint64 m_transactionNowMs = 0;
    bool m_syncFull = true;                   // the connection's synchronous setting
    std::optional<DatabaseFileClaim> m_claim; // set when owned by this process
};

} // namespace lk
