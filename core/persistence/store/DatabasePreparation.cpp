#include "store/DatabasePreparation.h"

#include "store/PostgresStore.h"
#include "store/SqliteStore.h"
#include "util/Clock.h"

#include <QFileInfo>
#include <QThread>

using namespace Qt::StringLiterals;

namespace lk {

DatabasePreparation::DatabasePreparation(QObject* parent)
    : QObject(parent) {}

DatabasePreparation::~DatabasePreparation() {
    if (!m_thread)
        return;
    cancel();
    // The job reports through queued calls to this object; Qt drops them once
    // it is gone. Waiting keeps the connection from outliving its owner.
    m_thread->wait();
    delete m_thread;
}

void DatabasePreparation::prepare(const PostgresAddress& address, const QString& password) {
    run(
        [address, password]() -> Result<StoreCounts> {
            PostgresStore store(address, password);
            if (auto opened = store.open(); !opened)
                return opened.error();
            return StoreMigration::counts(store);
        },
        &DatabasePreparation::prepared);
}

void DatabasePreparation::migrate(const QString& sqlitePath, const PostgresAddress& address,
                                  const QString& password) {
    if (!QFileInfo(sqlitePath).isFile()) {
        // SQLite would create an empty file and copy nothing.
        return finish(
            makeError(u"source_missing"_s,
                      tr("the local database %1 does not exist; nothing was copied").arg(sqlitePath)),
            &DatabasePreparation::migrated);
    }
    auto progress = [this](qint64 copied, qint64 total) {
        QMetaObject::invokeMethod(
            this, [this, copied, total] { Q_EMIT this->progress(copied, total); }, Qt::QueuedConnection);
    };
    run(
        [sqlitePath, address, password, progress, stop = m_stop]() -> Result<StoreCounts> {
            static const SystemClock clock;
            SqliteStore from(sqlitePath, clock);
            PostgresStore to(address, password);
            if (auto opened = from.open(); !opened)
                return opened.error();
            if (auto opened = to.open(); !opened)
                return opened.error();
            return StoreMigration::copy(from, to, false, progress, [stop] { return stop->load(); });
        },
        &DatabasePreparation::migrated);
}

void DatabasePreparation::run(Job job, void (DatabasePreparation::*succeeded)(const StoreCounts&)) {
    if (m_thread)
        return finish(
            makeError(u"busy"_s, tr("the database is still being worked on; wait for it to finish")),
            succeeded);
    m_stop->store(false);
    m_thread = QThread::create([this, job = std::move(job), succeeded] {
        const Result<StoreCounts> outcome = job();
        QMetaObject::invokeMethod(
            this,
            [this, outcome, succeeded] {
                m_thread->wait();
                delete m_thread;
                m_thread = nullptr;
                finish(outcome, succeeded);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

void DatabasePreparation::finish(const Result<StoreCounts>& outcome,
                                 void (DatabasePreparation::*succeeded)(const StoreCounts&)) {
    if (outcome)
        Q_EMIT(this->*succeeded)(outcome.value());
    else
        Q_EMIT failed(outcome.error());
}

} // namespace lk
