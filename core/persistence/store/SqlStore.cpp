#include "store/SqlStore.h"

#include "store/SqlRows.h"
#include "store/SqlTransaction.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace lk {

namespace {
QString uniqueConnectionName() {
    static QAtomicInteger<quint64> counter;
    return u"leasekeeper-store-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

SqlStore::SqlStore()
    : m_connectionName(uniqueConnectionName()) {}

SqlStore::~SqlStore() {
    m_queries.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Error SqlStore::errorFrom(const QSqlError& error, const QString& what) {
    const QString detail = error.text().trimmed();
    return makeError(u"store_error"_s,
                     tr("%1 failed: %2").arg(what, detail.isEmpty() ? tr("unknown error") : detail));
}

Status SqlStore::open() {
    m_queries.clear();
    if (m_db.isOpen())
        m_db.close(); // reopening after the database went away
    if (auto connected = connect(); !connected)
        return connected;
    return migrate();
}

QSqlQuery* SqlStore::prepared(const QString& sql, Error* error) {
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        QSqlQuery query(m_db);
        if (!query.prepare(sql)) {
            *error = errorFrom(query.lastError(), tr("preparing a database statement"));
            return nullptr;
        }
        it = m_queries.insert(sql, std::move(query));
    }
    return &it.value();
}

Status SqlStore::exec(QSqlQuery& query) {
    if (!query.exec())
        return errorFrom(query.lastError(), tr("a database statement"));
    return {};
}

Result<QSqlQuery*> SqlStore::run(const QString& sql, const QVariantList& values) {
    Error error;
    QSqlQuery* query = prepared(sql, &error);
    if (!query)
        return error;
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    if (auto done = exec(*query); !done)
        return done.error();
    return query;
}

Status SqlStore::execDirect(const QString& sql) {
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return errorFrom(query.lastError(), sql.section(u' ', 0, 1));
    return {};
}

void SqlStore::rollbackQuietly() {
    // Best effort: the error that made us roll back is the one worth reporting,
    // and a failed ROLLBACK leaves the driver to abort the transaction anyway.
    (void)execDirect(u"ROLLBACK"_s);
}

Status SqlStore::migrate() {
    if (auto begun = beginWrite(); !begun)
        return begun;
    auto fail = [this](const Error& error) {
        rollbackQuietly();
        return Status(error);
    };
    if (auto created =
            execDirect(u"CREATE TABLE IF NOT EXISTS lk_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s);
        !created)
        return fail(created.error());
    QSqlQuery read(m_db);
    if (!read.exec(u"SELECT value FROM lk_meta WHERE key = 'schema_version'"_s))
        return fail(errorFrom(read.lastError(), tr("reading the schema version")));
    const int current = read.next() ? read.value(0).toInt() : 0;
    read.finish();

    const QList<Migration> steps = migrations();
    const int newest = steps.isEmpty() ? 0 : steps.last().version;
    if (current > newest) {
        return fail(
            makeError(u"schema_too_new"_s,
                      tr("the database %1 has schema version %2, newer than this LeaseKeeper supports (%3); "
                         "upgrade LeaseKeeper")
                          .arg(location())
                          .arg(current)
                          .arg(newest)));
    }
    for (const Migration& step : steps) {
        if (step.version <= current)
            continue;
        for (const QString& statement : step.statements) {
            if (auto done = execDirect(statement); !done)
                return fail(done.error());
        }
    }
    QSqlQuery write(m_db);
    write.prepare(u"INSERT INTO lk_meta (key, value) VALUES ('schema_version', ?) "
                  u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    write.addBindValue(QString::number(qMax(current, newest)));
    if (!write.exec())
        return fail(errorFrom(write.lastError(), tr("recording the schema version")));
    if (auto committed = execDirect(u"COMMIT"_s); !committed)
        return fail(committed.error());
    return {};
}

Status SqlStore::runJob(const Job& job, StoreTransaction& tx, bool isolate, Status* jobStatus) {
    if (!isolate) {
        *jobStatus = job(tx);
        return {};
    }
    if (auto saved = execDirect(u"SAVEPOINT lk_job"_s); !saved)
        return saved;
    *jobStatus = job(tx);
    if (!jobStatus->ok()) {
        if (auto undone = execDirect(u"ROLLBACK TO SAVEPOINT lk_job"_s); !undone)
            return undone;
    }
    return execDirect(u"RELEASE SAVEPOINT lk_job"_s);
}

Result<std::vector<Status>> SqlStore::runBatch(const std::vector<Job>& jobs) {
    std::vector<Status> statuses(jobs.size());
    if (jobs.empty())
        return statuses;
    if (auto begun = beginWrite(); !begun) {
        rollbackQuietly();
        return begun.error();
    }
    SqlTransaction tx(*this);
    // A lone job needs no savepoint: the transaction itself isolates it.
    const bool isolate = jobs.size() > 1;
    for (size_t i = 0; i < jobs.size(); ++i) {
        if (auto ran = runJob(jobs[i], tx, isolate, &statuses[i]); !ran) {
            rollbackQuietly();
            return ran.error();
        }
    }
    if (!isolate && !statuses.front().ok()) {
        rollbackQuietly();
        return statuses;
    }
    if (auto committed = execDirect(u"COMMIT"_s); !committed) {
        rollbackQuietly();
        return committed.error();
    }
    return statuses;
}

Result<QList<Lease>> SqlStore::allActiveLeases() {
    auto query = run(u"SELECT %1 FROM leases WHERE ended_ms IS NULL ORDER BY granted_ms"_s.arg(
        QStringView(sqlrows::kLeaseColumns)));
    if (!query)
        return query.error();
    return sqlrows::leasesFrom(**query);
}

Result<QMap<QString, TypeUsage>> SqlStore::usageByType() {
    auto query = run(u"SELECT component, COUNT(*), COALESCE(SUM(cores), 0) FROM leases "
                     u"WHERE ended_ms IS NULL GROUP BY component"_s);
    if (!query)
        return query.error();
    QSqlQuery& rows = **query;
    QMap<QString, TypeUsage> usage;
    while (rows.next())
        usage.insert(rows.value(0).toString(), TypeUsage{rows.value(1).toInt(), rows.value(2).toInt()});
    rows.finish();
    return usage;
}

Result<QMap<QString, int>> SqlStore::overdueByType(qint64 renewedBeforeMs) {
    auto query = run(u"SELECT component, COUNT(*) FROM leases "
                     u"WHERE ended_ms IS NULL AND last_renewal_ms < ? GROUP BY component"_s,
                     {renewedBeforeMs});
    if (!query)
        return query.error();
    QSqlQuery& rows = **query;
    QMap<QString, int> overdue;
    while (rows.next())
        overdue.insert(rows.value(0).toString(), rows.value(1).toInt());
    rows.finish();
    return overdue;
}

Status SqlStore::ping() {
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT 1"_s) || !query.next())
        return errorFrom(query.lastError(), tr("checking the database"));
    return {};
}

} // namespace lk
