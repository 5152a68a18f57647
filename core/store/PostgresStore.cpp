#include "store/PostgresStore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

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
    m_address.configure(db, m_password);
    if (!db.open())
        return errorFrom(db.lastError(), tr("connecting to PostgreSQL at %1").arg(location()));
    // A node frozen inside a transaction (SIGSTOP, a VM pause) holds the
    // writer lock: the server ends such a session so the other node can go on.
    // A writer never waits on a lock for ever either.
    for (const QString& setting : {u"SET idle_in_transaction_session_timeout = '1500ms'"_s,
                                   u"SET lock_timeout = '10s'"_s, u"SET TIME ZONE 'UTC'"_s}) {
        if (auto done = execDirect(setting); !done)
            return done;
    }
    return {};
}

Status PostgresStore::beginWrite() {
    if (auto begun = execDirect(u"BEGIN"_s); !begun)
        return begun;
    // The lock and the time in one statement: the time is read once this
    // writer's turn has come, so later writers never see an earlier time.
    QSqlQuery query(database());
    const QString sql = u"SELECT pg_advisory_xact_lock(%1), "
                        u"(EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::bigint"_s.arg(kWriterLock);
    if (!query.exec(sql) || !query.next())
        return errorFrom(query.lastError(), tr("taking the writer lock"));
    m_transactionNowMs = m_leaseClock ? m_leaseClock->nowMs() : query.value(1).toLongLong();
    return {};
}

Status PostgresStore::ping() {
    const qint64 sent = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(database());
    if (!query.exec(u"SELECT (EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::bigint"_s) || !query.next())
        return errorFrom(query.lastError(), tr("checking the database"));
    const qint64 received = QDateTime::currentMSecsSinceEpoch();
    // The database read its clock somewhere in the round trip: assume the middle.
    m_clockOffsetMs = query.value(0).toLongLong() - (sent + received) / 2;
    m_clockOffsetKnown = true;
    return {};
}

std::optional<qint64> PostgresStore::databaseClockOffsetMs() const {
    if (!m_clockOffsetKnown)
        return std::nullopt;
    return m_clockOffsetMs.load();
}

QList<Migration> PostgresStore::migrations() const {
    return {
        {1,
         {
             uR"(CREATE TABLE leases (
                   id TEXT PRIMARY KEY,
                   component TEXT NOT NULL, instance TEXT NOT NULL, host TEXT NOT NULL,
                   ips TEXT NOT NULL, cores INTEGER NOT NULL, version TEXT NOT NULL, node TEXT NOT NULL,
                   granted_ms BIGINT NOT NULL, last_renewal_ms BIGINT NOT NULL,
                   grace_deadline_ms BIGINT NOT NULL,
                   ended_ms BIGINT, end_reason TEXT, end_note TEXT))"_s,
             // One live lease per instance: a second grant must replace, never add.
             u"CREATE UNIQUE INDEX leases_live_instance ON leases (component, instance) WHERE ended_ms IS NULL"_s,
             u"CREATE INDEX leases_live_deadline ON leases (grace_deadline_ms) WHERE ended_ms IS NULL"_s,
             u"CREATE INDEX leases_granted ON leases (granted_ms)"_s,
             uR"(CREATE TABLE denials (
                   id BIGSERIAL PRIMARY KEY, at_ms BIGINT NOT NULL,
                   component TEXT NOT NULL, instance TEXT NOT NULL, host TEXT NOT NULL, ips TEXT NOT NULL,
                   cores INTEGER NOT NULL, version TEXT NOT NULL, node TEXT NOT NULL,
                   reason TEXT NOT NULL, message TEXT NOT NULL))"_s,
             u"CREATE INDEX denials_at ON denials (at_ms)"_s,
         }},
        {2,
         {
             u"CREATE INDEX leases_live_usage ON leases (component, cores) WHERE ended_ms IS NULL"_s,
         }},
        {3,
         {
             // The registry of nodes sharing this database, and the cluster's identity.
             uR"(CREATE TABLE lk_nodes (
                   name TEXT PRIMARY KEY, address TEXT NOT NULL, role TEXT NOT NULL, version TEXT NOT NULL,
                   started_ms BIGINT NOT NULL, last_heartbeat_ms BIGINT NOT NULL))"_s,
             u"INSERT INTO lk_meta (key, value) VALUES ('cluster_id', gen_random_uuid()::text) ON CONFLICT (key) DO NOTHING"_s,
         }},
    };
}

} // namespace lk
