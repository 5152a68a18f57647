#include "store/PostgresStore.h"

#include "lease/ClusterMembership.h"
#include "log/LogCategories.h"
#include "store/PostgresProbe.h"
#include "store/SchemaMigrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <utility>

using namespace Qt::StringLiterals;

namespace lk {

PostgresStore::PostgresStore(PostgresAddress address, QString password, const Clock* leaseClock)
    : m_address(std::move(address))
    , m_password(std::move(password))
    , m_leaseClock(leaseClock) {}

Status PostgresStore::connect() {
    QSqlDatabase& db = database();
    if (!db.isValid())
        db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName());
    if (!db.isValid())
        return makeError(u"store_error"_s,
                         tr("the Qt PostgreSQL driver (QPSQL) is not installed; install the "
                            "package libqt6sql6-psql"));
    m_rowsAtLastAnalyze = -1;
    m_address.configure(db, m_password);
    // libpq's connect cannot be interrupted: only start it once a server answers.
    const int timeoutMs = PostgresProbe::connectTimeoutMs(m_address);
    if (auto answered = PostgresProbe::probe(m_address, timeoutMs, openingCancelled()); !answered)
        return answered;
    if (!db.open())
        return errorFrom(db.lastError(), tr("connecting to PostgreSQL at %1").arg(location()));
    // A node frozen inside a transaction (SIGSTOP, a VM pause) holds the
    // writer lock: the server ends such a session so the other node can go on.
    // A writer never waits on a lock for ever either. Page costs as on SSDs:
    // with the default (4), a batch's renewal plan on a table of 1,000
    // live leases flipped between the primary key and a sequential scan
    // that compares every row with every id (0.28 against 0.68 ms per batch).
    for (const QString& setting :
         {u"SET idle_in_transaction_session_timeout = '1500ms'"_s, u"SET lock_timeout = '10s'"_s,
          u"SET TIME ZONE 'UTC'"_s, u"SET random_page_cost = 1.1"_s}) {
        if (auto done = execDirect(setting); !done)
            return done;
    }
    m_claimedNode.clear(); // a new session holds no lock
    auto version = scalar(u"SELECT current_setting('server_version_num')::int"_s, 0);
    if (!version)
        return version.error();
    m_tracksSessions = version->toInt() >= 140000;
    return {};
}

Result<bool> PostgresStore::claimNodeSession(const QString& name) {
    m_sinceNodeAsked.start();
    if (!m_tracksSessions || m_claimedNode == name)
        return false;
    // A node that stops asking (hung, frozen, cut off) loses its session, and
    // with it its lock, once it has been silent for the live window.
    if (auto set = execDirect(u"SET idle_session_timeout = %1"_s.arg(ClusterMembership::kLiveWindowMs)); !set)
        return set.error();
    auto locked =
        run(u"SELECT pg_try_advisory_lock(%1, hashtext(?) & 2147483647)"_s.arg(kNodeLockClass), {name});
    if (!locked)
        return locked.error();
    const bool taken = (*locked)->next() && (*locked)->value(0).toBool();
    (*locked)->finish();
    if (!taken)
        return makeError(u"node_name_in_use"_s,
                         tr("another session is connected to the database as License Manager node %1: "
                            "another node with this name, or this node's previous connection, which "
                            "PostgreSQL ends within %2 seconds; give each node its own name (--node-name)")
                             .arg(name)
                             .arg(ClusterMembership::kLiveWindowMs / 1000));
    m_claimedNode = name;
    return true;
}

QString PostgresStore::nodeConnectedSql() const {
    if (!m_tracksSessions)
        return u"false"_s;
    return u"EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted "
           u"AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
           u"AND l.classid = %1 AND l.objid = (hashtext(lk_nodes.name) & 2147483647)::oid "
           u"AND l.objsubid = 2)"_s.arg(kNodeLockClass);
}

Status PostgresStore::beginWrite() {
    m_commitLazily = false;
    // The lock and the time in one statement: the time is read once this
    // writer's turn has come, so later writers never see an earlier time.
    // Sent with BEGIN in one message (the transaction stays open after it):
    // a round trip fewer for every batch.
    QSqlQuery query(database());
    const QString sql = u"BEGIN; SELECT pg_advisory_xact_lock(%1), "
                        u"(EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::bigint"_s.arg(kWriterLock);
    // The driver shows BEGIN's result first; the lock's follows.
    if (!query.exec(sql) || !query.nextResult() || !query.next())
        return errorFrom(query.lastError(), tr("taking the writer lock"));
    m_transactionNowMs = m_leaseClock ? m_leaseClock->nowMs() : query.value(1).toLongLong();
    return {};
}

Status PostgresStore::prepareCommit(bool waitForDisk) {
    m_commitLazily = !waitForDisk; // said with the COMMIT, in the same message
    return {};
}

Status PostgresStore::commitWrite() {
    if (!std::exchange(m_commitLazily, false))
        return execDirect(u"COMMIT"_s);
    // The driver shows SET's result first: whether COMMIT went through is
    // the second, and a missing second result is a failure too.
    QSqlQuery query(database());
    if (!query.exec(u"SET LOCAL synchronous_commit = off; COMMIT"_s) || !query.nextResult() ||
        query.lastError().isValid())
        return errorFrom(query.lastError(), u"COMMIT"_s);
    return {};
}

void PostgresStore::leaseRowsAdded(int leaseRows) {
    if (m_rowsAtLastAnalyze < 0) {
        // What the statistics say now; -1 (never analyzed) counts as empty.
        QSqlQuery query(database());
        if (!query.exec(u"SELECT reltuples::bigint FROM pg_class WHERE oid = 'leases'::regclass"_s) ||
            !query.next())
            return; // asked again after the next batch
        m_rowsAtLastAnalyze = qMax<qint64>(0, query.value(0).toLongLong());
    }
    m_rowsAddedSinceAnalyze += leaseRows;
    if (m_rowsAddedSinceAnalyze < qMax(kRowsBeforeAnalyze, m_rowsAtLastAnalyze))
        return;
    // Outside the batch's transaction, which has committed: a failure costs
    // nothing but the statistics, and autovacuum will gather them later.
    if (auto analyzed = execDirect(u"ANALYZE leases"_s); !analyzed) {
        qCWarning(lcStore).noquote()
            << tr("could not refresh the statistics of the leases table: %1").arg(analyzed.error().message);
        return;
    }
    m_rowsAtLastAnalyze += m_rowsAddedSinceAnalyze;
    m_rowsAddedSinceAnalyze = 0;
}

Status PostgresStore::suspendUsageCounting() {
    return execDirect(u"SET LOCAL leasekeeper.bulk_load = 'on'"_s);
}

Result<qint64> PostgresStore::readNowMs() {
    if (m_leaseClock)
        return m_leaseClock->nowMs();
    QSqlQuery query(database());
    if (!query.exec(u"SELECT (EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::bigint"_s) || !query.next())
        return errorFrom(query.lastError(), tr("reading the database's clock"));
    return query.value(0).toLongLong();
}

Status PostgresStore::ping() {
    // Against the host's own clock, like the receive times of GET /api/v1/time:
    // the offset describes this machine's clock, not a test's shifted one.
    static const SystemClock clock;
    const qint64 sent = clock.nowMs();
    QSqlQuery query(database());
    if (!query.exec(u"SELECT (EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::bigint"_s) || !query.next())
        return errorFrom(query.lastError(), tr("checking the database"));
    const qint64 received = clock.nowMs();
    // The database read its clock somewhere in the round trip: assume the middle.
    m_clockOffsetMs = query.value(0).toLongLong() - (sent + received) / 2;
    m_clockOffsetKnown = true;
    releaseNodeSessionIfSilent();
    return {};
}

// The store thread pings every second whatever the node's event loop does:
// a node whose heartbeats stopped (an event loop that hangs) must not stay
// live by the ping alone, so its lock goes once it has not asked for the
// live window. Asking again takes it back (a new session to the node).
void PostgresStore::releaseNodeSessionIfSilent() {
    if (m_claimedNode.isEmpty() || !m_sinceNodeAsked.hasExpired(m_nodeSilenceLimitMs))
        return;
    if (auto released = run(u"SELECT pg_advisory_unlock(%1, hashtext(?) & 2147483647)"_s.arg(kNodeLockClass),
                            {m_claimedNode});
        released)
        (*released)->finish();
    qCWarning(lcStore).noquote() << tr("node %1 has not checked the cluster for %2 ms: it no longer shows as "
                                       "live to the other nodes until it does")
                                        .arg(m_claimedNode)
                                        .arg(m_sinceNodeAsked.elapsed());
    m_claimedNode.clear();
}

std::optional<qint64> PostgresStore::databaseClockOffsetMs() const {
    if (!m_clockOffsetKnown)
        return std::nullopt;
    return m_clockOffsetMs.load();
}

QList<Migration> PostgresStore::migrations() const {
    return schemaMigrations({SqlDialect::Engine::Postgres, u"BIGINT"_s, u"BIGSERIAL PRIMARY KEY"_s,
                             u"gen_random_uuid()::text"_s});
}

} // namespace lk
