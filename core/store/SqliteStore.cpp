#include "store/SqliteStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace lk {

SqliteStore::SqliteStore(QString path, const Clock& clock)
    : m_path(std::move(path))
    , m_clock(clock) {}

Status SqliteStore::connect() {
    const QFileInfo file(m_path);
    if (!QDir().mkpath(file.absolutePath())) {
        return makeError(
            u"store_error"_s,
            tr("cannot create the data directory %1; check its permissions").arg(file.absolutePath()));
    }
    QSqlDatabase& db = database();
    if (!db.isValid())
        db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName());
    db.setDatabaseName(file.absoluteFilePath());
    if (!db.open())
        return errorFrom(db.lastError(), tr("opening the SQLite database %1").arg(m_path));
    for (const QString& pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
                                  u"PRAGMA busy_timeout=5000"_s, u"PRAGMA foreign_keys=ON"_s}) {
        if (auto done = execDirect(pragma); !done)
            return done;
    }
    return {};
}

QList<Migration> SqliteStore::migrations() const {
    return {
        {1,
         {
             uR"(CREATE TABLE leases (
                   id TEXT PRIMARY KEY,
                   component TEXT NOT NULL, instance TEXT NOT NULL, host TEXT NOT NULL,
                   ips TEXT NOT NULL, cores INTEGER NOT NULL, version TEXT NOT NULL, node TEXT NOT NULL,
                   granted_ms INTEGER NOT NULL, last_renewal_ms INTEGER NOT NULL,
                   grace_deadline_ms INTEGER NOT NULL,
                   ended_ms INTEGER, end_reason TEXT, end_note TEXT))"_s,
             // One live lease per instance: a second grant must replace, never add.
             u"CREATE UNIQUE INDEX leases_live_instance ON leases (component, instance) WHERE ended_ms IS NULL"_s,
             u"CREATE INDEX leases_live_deadline ON leases (grace_deadline_ms) WHERE ended_ms IS NULL"_s,
             u"CREATE INDEX leases_granted ON leases (granted_ms)"_s,
             uR"(CREATE TABLE denials (
                   id INTEGER PRIMARY KEY AUTOINCREMENT, at_ms INTEGER NOT NULL,
                   component TEXT NOT NULL, instance TEXT NOT NULL, host TEXT NOT NULL, ips TEXT NOT NULL,
                   cores INTEGER NOT NULL, version TEXT NOT NULL, node TEXT NOT NULL,
                   reason TEXT NOT NULL, message TEXT NOT NULL))"_s,
             u"CREATE INDEX denials_at ON denials (at_ms)"_s,
         }},
        {2,
         {
             // Lets the usage check of every grant sum cores from the index alone.
             u"CREATE INDEX leases_live_usage ON leases (component, cores) WHERE ended_ms IS NULL"_s,
         }},
        {3,
         {
             // The registry of nodes sharing this database, and the cluster's identity.
             uR"(CREATE TABLE lk_nodes (
                   name TEXT PRIMARY KEY, address TEXT NOT NULL, role TEXT NOT NULL, version TEXT NOT NULL,
                   started_ms INTEGER NOT NULL, last_heartbeat_ms INTEGER NOT NULL))"_s,
             u"INSERT INTO lk_meta (key, value) VALUES ('cluster_id', lower(hex(randomblob(16)))) ON CONFLICT (key) DO NOTHING"_s,
         }},
    };
}

} // namespace lk
