#pragma once

#include "lease/LeaseStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace lk {

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
    ~SqlStore() override;

    Status open() override;
    Result<std::vector<Status>> runBatch(const std::vector<Job>& jobs) override;
    Result<QList<Lease>> allActiveLeases() override;
    Result<QMap<QString, TypeUsage>> usageByType() override;
    Result<QMap<QString, int>> overdueByType(qint64 renewedBeforeMs) override;
    Result<QList<HistoryEntry>> history(const HistoryQuery& query) override;
    Status ping() override;

    // Used by SqlTransaction.
    virtual qint64 transactionNowMs() = 0;
    // Prepared once per connection and reused; a failed prepare leaves the
    // query inactive and the error in `error`.
    QSqlQuery* prepared(const QString& sql, Error* error);
    Status exec(QSqlQuery& query);
    // prepared(), `values` bound in order, and exec(): the query, ready to read.
    Result<QSqlQuery*> run(const QString& sql, const QVariantList& values = {});
    Status execDirect(const QString& sql);
    static Error errorFrom(const QSqlError& error, const QString& what);

    // For bulk work outside runBatch (moving data between stores): the same
    // write transaction a batch runs in, writer lock included.
    Status beginWriteTransaction() { return beginWrite(); }
    Status commit() { return execDirect(QStringLiteral("COMMIT")); }
    void rollbackQuietly();

protected:
    SqlStore();
    QSqlDatabase& database() { return m_db; }
    const QString& connectionName() const { return m_connectionName; }

    virtual Status connect() = 0;
    // Starts the transaction of a write batch (or of a migration).
    virtual Status beginWrite() = 0;
    virtual QList<Migration> migrations() const = 0;

private:
    Status migrate();
    Status runJob(const Job& job, StoreTransaction& tx, bool isolate, Status* jobStatus);

    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_queries;
};

} // namespace lk
