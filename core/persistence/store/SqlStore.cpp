#include "store/SqlStore.h"

#include "log/LogCategories.h"
#include "store/SchemaMigrations.h"
#include "store/SqlRows.h"
#include "store/SqlTransaction.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>
#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace lk {

namespace {
QString uniqueConnectionName() {
    static QAtomicInteger<quint64> counter;
    return u"leasekeeper-store-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

SqlStore::SqlStore()
    : m_connectionName(uniqueConnectionName())
    , m_writerId(QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

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
    if (auto migrated = migrate(); !migrated)
        return migrated;
    const Result<qint64> now = readNowMs();
    if (!now)
        return now.error();
    if (auto pruned = run(u"DELETE FROM lk_batch_marks WHERE at_ms < ? AND writer <> ?"_s,
                          {*now - kBatchMarkKeepMs, m_writerId});
        !pruned)
        return pruned.error();
    return reconcileUsageCounts();
}

Result<QStringList> SqlStore::usageCountMismatches() {
    auto query = run(u"SELECT COALESCE(kept.component, live.component), COALESCE(kept.instances, 0), "
                     u"COALESCE(kept.cores, 0), COALESCE(live.instances, 0), COALESCE(live.cores, 0) "
                     u"FROM lease_usage kept FULL OUTER JOIN "
                     u"(SELECT component, COUNT(*) AS instances, SUM(cores) AS cores FROM leases "
                     u"WHERE ended_ms IS NULL GROUP BY component) live ON kept.component = live.component "
                     u"WHERE COALESCE(kept.instances, 0) <> COALESCE(live.instances, 0) "
                     u"OR COALESCE(kept.cores, 0) <> COALESCE(live.cores, 0)"_s);
    if (!query)
        return query.error();
    QSqlQuery& rows = **query;
    QStringList mismatches;
    while (rows.next()) {
        mismatches.append(tr("%1: counted %2 instances and %3 cores, live leases hold %4 and %5")
                              .arg(rows.value(0).toString())
                              .arg(rows.value(1).toLongLong())
                              .arg(rows.value(2).toLongLong())
                              .arg(rows.value(3).toLongLong())
                              .arg(rows.value(4).toLongLong()));
    }
    rows.finish();
    return mismatches;
}

Status SqlStore::reconcileUsageCounts() {
    auto mismatches = usageCountMismatches();
    if (!mismatches)
        return mismatches.error();
    if (mismatches->isEmpty())
        return {};
    qCWarning(lcStore).noquote() << tr("the usage counts of %1 disagree with its leases; recounting (%2)")
                                        .arg(location(), mismatches->join(u"; "_s));
    if (auto begun = beginWrite(); !begun) {
        rollbackQuietly();
        return begun;
    }
    Status recounted = recountUsage();
    if (recounted)
        recounted = execDirect(u"COMMIT"_s);
    if (!recounted)
        rollbackQuietly();
    return recounted;
}

Status SqlStore::recountUsage() {
    for (const QString& sql :
         {u"DELETE FROM lease_usage"_s,
          u"INSERT INTO lease_usage (component, instances, cores) SELECT component, COUNT(*), SUM(cores) "
          u"FROM leases WHERE ended_ms IS NULL GROUP BY component"_s}) {
        if (auto done = execDirect(sql); !done)
            return done;
    }
    return {};
}

QSqlQuery* SqlStore::prepared(const QString& sql, Error* error) {
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        QSqlQuery query(m_db);
        // Rows are read once, in order: without this Qt's SQLite driver keeps
        // a copy of every row read (100,000 leases listed = 100,000 copies).
        // PostgreSQL's forward-only mode holds the connection until the last
        // row, which a caller reading two queries at once cannot afford.
        query.setForwardOnly(readsRowsOnce());
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

Status SqlStore::markBatch() {
    const auto marked =
        run(u"INSERT INTO lk_batch_marks (writer, batch, at_ms) VALUES (?, ?, ?) "
            u"ON CONFLICT (writer) DO UPDATE SET batch = excluded.batch, at_ms = excluded.at_ms"_s,
            {m_writerId, ++m_lastBatch, transactionNowMs()});
    return marked ? Status() : Status(marked.error());
}

Result<std::optional<std::vector<Status>>> SqlStore::committedBeforeLoss() {
    const std::optional<CommitInDoubt> doubt = std::exchange(m_commitInDoubt, std::nullopt);
    if (!doubt)
        return std::optional<std::vector<Status>>();
    auto query = run(u"SELECT batch FROM lk_batch_marks WHERE writer = ?"_s, {m_writerId});
    if (!query)
        return query.error();
    QSqlQuery& row = **query;
    const qint64 mark = row.next() ? row.value(0).toLongLong() : 0;
    row.finish();
    if (mark != doubt->batch)
        return std::optional<std::vector<Status>>();
    return std::optional<std::vector<Status>>(doubt->statuses);
}

Status SqlStore::runJob(const Job& job, SqlTransaction& tx, bool isolate, Status* jobStatus) {
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
        tx.forgetSweep();
    }
    return execDirect(u"RELEASE SAVEPOINT lk_job"_s);
}

Result<std::vector<Status>> SqlStore::runBatch(const std::vector<Job>& jobs, Commit commit) {
    m_commitInDoubt.reset();
    if (jobs.empty())
        return std::vector<Status>();
    // Jobs almost never fail (a denial is an answer, not a failure), so the
    // batch first runs without a savepoint per job, two statements fewer per
    // renewal. When one does fail, the batch is rolled back and run again
    // with every job isolated, so the others still commit.
    auto optimistic = runJobs(jobs, false, commit);
    if (!optimistic || jobs.size() == 1)
        return optimistic;
    const bool allRan =
        std::all_of(optimistic->begin(), optimistic->end(), [](const Status& status) { return status.ok(); });
    return allRan ? optimistic : runJobs(jobs, true, commit);
}

Result<std::vector<Status>> SqlStore::runJobs(const std::vector<Job>& jobs, bool isolate, Commit commit) {
    std::vector<Status> statuses(jobs.size());
    const bool waitForDisk =
        commit == Commit::Durable ||
        (commit == Commit::Deferred &&
         (!m_sinceDurableCommit.isValid() || m_sinceDurableCommit.hasExpired(kRenewalSyncIntervalMs)));
    if (auto chosen = chooseSync(waitForDisk); !chosen)
        return chosen.error();
    if (auto begun = beginWrite(); !begun) {
        rollbackQuietly();
        return begun.error();
    }
    SqlTransaction tx(*this, /*renewAhead=*/!isolate);
    for (size_t i = 0; i < jobs.size(); ++i) {
        if (auto ran = runJob(jobs[i], tx, isolate, &statuses[i]); !ran) {
            rollbackQuietly();
            return ran.error();
        }
        if (!isolate && !statuses[i].ok()) {
            rollbackQuietly(); // nothing of the batch is kept
            return statuses;
        }
    }
    const bool durable = waitForDisk || tx.mustReachDisk();
    if (auto prepared = prepareCommit(durable); !prepared) {
        rollbackQuietly();
        return prepared.error();
    }
    // Renewals and heartbeats may run twice; a grant, release or free must
    // not (a release run again answers "not found"): only those are marked.
    if (durable) {
        if (auto marked = markBatch(); !marked) {
            rollbackQuietly();
            return marked.error();
        }
    }
    if (auto committed = commitWrite(); !committed) {
        if (durable)
            m_commitInDoubt = CommitInDoubt{m_lastBatch, statuses};
        rollbackQuietly();
        return committed.error();
    }
    if (waitForDisk)
        m_sinceDurableCommit.start();
    if (tx.insertedLeases() > 0)
        leaseRowsAdded(tx.insertedLeases());
    return statuses;
}

Result<QList<Lease>> SqlStore::allActiveLeases() {
    return liveLeases(u"ORDER BY granted_ms"_s, {});
}

Status SqlStore::forEachLiveLease(const std::function<void(const Lease&)>& visit) {
    auto query =
        run(u"SELECT %1 FROM leases WHERE ended_ms IS NULL"_s.arg(QStringView(sqlrows::kLeaseColumns)));
    if (!query)
        return query.error();
    QSqlQuery& rows = **query;
    while (rows.next())
        visit(sqlrows::leaseFrom(rows)); // without its probes: nobody who visits needs them
    rows.finish();
    return {};
}

Result<QList<Lease>> SqlStore::overdueLeases(qint64 renewedBeforeMs, int limit) {
    return liveLeases(u"AND last_renewal_ms < ? ORDER BY last_renewal_ms LIMIT ?"_s,
                      {renewedBeforeMs, limit});
}

Result<QList<Lease>> SqlStore::liveLeases(const QString& rest, const QVariantList& values) {
    auto query = run(
        u"SELECT %1 FROM leases WHERE ended_ms IS NULL %2"_s.arg(QStringView(sqlrows::kLeaseColumns), rest),
        values);
    if (!query)
        return query.error();
    QList<Lease> leases = sqlrows::leasesFrom(**query);
    if (auto attached = attachProbes(leases); !attached)
        return attached.error();
    return leases;
}

Status SqlStore::attachProbes(QList<Lease>& leases) {
    if (leases.isEmpty())
        return {};
    // The table holds probes of overdue leases only: a few rows, read whole.
    auto query = run(u"SELECT lease_id, at_ms, outcome, detail FROM lease_probes ORDER BY at_ms"_s);
    if (!query)
        return query.error();
    sqlrows::attachProbes(**query, leases);
    return {};
}

Result<QVariant> SqlStore::scalar(const QString& sql, const QVariant& fallback) {
    auto query = run(sql);
    if (!query)
        return query.error();
    QSqlQuery& row = **query;
    const QVariant value = row.next() ? row.value(0) : fallback;
    row.finish();
    return value;
}

Result<LeaseChanges> SqlStore::leaseChanges(const QString& cursor) {
    auto epoch = scalar(u"SELECT value FROM lk_meta WHERE key = 'lease_epoch'"_s, QString());
    if (!epoch)
        return epoch.error();
    // Read before the rows: whatever commits meanwhile numbers above it and
    // comes again next time, so nothing falls between two looks.
    auto newest = scalar(u"SELECT seq FROM lease_change_counter"_s, 0);
    if (!newest)
        return newest.error();
    const QString epochText = epoch->toString();
    const qint64 newestSeq = newest->toLongLong();

    bool known = false;
    const qint64 since = cursor.section(u':', 1).toLongLong(&known);
    // Another database, a restore from an older backup, or no cursor at all.
    known = known && cursor.section(u':', 0, 0) == epochText && since >= 0 && since <= newestSeq;
    LeaseChanges changes;
    if (known) {
        auto changed = changedLeasesSince(since);
        if (!changed)
            return changed.error();
        changes = std::move(changed).value();
    } else {
        auto all = allActiveLeases();
        if (!all)
            return all.error();
        changes.full = true;
        changes.live = std::move(all).value();
    }
    changes.cursor = u"%1:%2"_s.arg(epochText).arg(newestSeq);
    return changes;
}

Result<LeaseChanges> SqlStore::changedLeasesSince(qint64 seq) {
    auto query = run(u"SELECT %1, ended_ms FROM leases WHERE change_block >= ? AND change_seq > ? "
                     u"ORDER BY change_seq"_s.arg(QStringView(sqlrows::kLeaseColumns)),
                     {seq / kChangeBlockSize, seq});
    if (!query)
        return query.error();
    QSqlQuery& rows = **query;
    const int endedColumn = rows.record().count() - 1;
    LeaseChanges changes;
    while (rows.next()) {
        if (rows.isNull(endedColumn))
            changes.live.append(sqlrows::leaseFrom(rows));
        else
            changes.ended.append(rows.value(0).toString());
    }
    rows.finish();
    if (auto attached = attachProbes(changes.live); !attached)
        return attached.error();
    return changes;
}

Result<bool> SqlStore::anyPastDeadline() {
    auto now = readNowMs();
    if (!now)
        return now.error();
    // Ordered: see StoreTransaction::leasesPastDeadline.
    auto query = run(u"SELECT 1 FROM leases WHERE ended_ms IS NULL AND deadline_block <= ? "
                     u"AND grace_deadline_ms < ? ORDER BY deadline_block, grace_deadline_ms LIMIT 1"_s,
                     {now.value() / kDeadlineBlockMs, now.value()});
    if (!query)
        return query.error();
    const bool found = (*query)->next();
    (*query)->finish();
    return found;
}

Result<QMap<QString, TypeUsage>> SqlStore::usageByType() {
    auto query = run(u"SELECT component, instances, cores FROM lease_usage WHERE instances > 0"_s);
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
