#include "store/SqliteStore.h"

#include "store/SchemaMigrations.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace lk {

SqliteStore::SqliteStore(QString path, const Clock& clock, Use use)
    : m_path(std::move(path))
    , m_clock(clock) {
    if (use == Use::OwnedByThisProcess)
        m_claim.emplace(QFileInfo(m_path).absoluteFilePath());
}

Status SqliteStore::connect() {
    const QFileInfo file(m_path);
    if (!QDir().mkpath(file.absolutePath())) {
        return makeError(
            u"store_error"_s,
            tr("cannot create the data directory %1; check its permissions").arg(file.absolutePath()));
    }
    if (m_claim) {
        if (auto claimed = m_claim->take(); !claimed)
            return claimed;
    }
    QSqlDatabase& db = database();
    if (!db.isValid())
        db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName());
    db.setDatabaseName(file.absoluteFilePath());
    if (!db.open())
        return errorFrom(db.lastError(), tr("opening the SQLite database %1").arg(m_path));
    m_syncFull = true;
    for (const QString& pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
                                  u"PRAGMA busy_timeout=5000"_s, u"PRAGMA foreign_keys=ON"_s}) {
        if (auto done = execDirect(pragma); !done)
            return done;
    }
    return {};
}

Status SqliteStore::beginWrite() {
    if (auto begun = runPrepared(u"BEGIN IMMEDIATE"_s); !begun)
        return begun;
    // After BEGIN IMMEDIATE took the write lock: no later writer reads an earlier time.
    m_transactionNowMs = m_clock.nowMs();
    return {};
}

Status SqliteStore::runPrepared(const QString& sql) {
    auto query = run(sql);
    if (!query)
        return query.error();
    (*query)->finish();
    return {};
}

Status SqliteStore::chooseSync(bool waitForDisk) {
    if (waitForDisk == m_syncFull)
        return {};
    if (auto set = execDirect(waitForDisk ? u"PRAGMA synchronous=FULL"_s : u"PRAGMA synchronous=NORMAL"_s);
        !set)
        return set;
    m_syncFull = waitForDisk;
    return {};
}

QList<Migration> SqliteStore::migrations() const {
    return schemaMigrations({SqlDialect::Engine::Sqlite, u"INTEGER"_s, u"INTEGER PRIMARY KEY AUTOINCREMENT"_s,
                             u"lower(hex(randomblob(16)))"_s});
}

} // namespace lk
