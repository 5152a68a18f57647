#pragma once

#include "store/PostgresAddress.h"
#include "store/StoreMigration.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QObject>
#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace lk {

// Prepares the external PostgreSQL database of an HA pair: connects, creates
// or upgrades the schema and counts what it holds; and moves a single node's
// SQLite data into it. The work runs on a thread of its own (a database
// connection lives and dies on one thread, and the console's window must not
// wait on the network); the outcome arrives by signals on this object's
// thread. One job at a time. Destroying it cancels a copy in progress and
// waits for the thread, so nothing is left running against the database.
class DatabasePreparation final : public QObject {
    Q_OBJECT

public:
    explicit DatabasePreparation(QObject* parent = nullptr);
    ~DatabasePreparation() override;

    bool isBusy() const { return m_thread != nullptr; }
    // Connects, creates or upgrades LeaseKeeper's tables, counts them:
    // prepared() or failed().
    void prepare(const PostgresAddress& address, const QString& password);
    // Copies the leases and history of the SQLite database at `sqlitePath`
    // into an empty PostgreSQL database, checked before it is committed:
    // progress() as rows are copied, then migrated() or failed().
    void migrate(const QString& sqlitePath, const PostgresAddress& address, const QString& password);
    // Abandons a copy in progress (nothing is kept; failed() says so).
    void cancel() { m_stop->store(true); }

Q_SIGNALS:
    void progress(qint64 copied, qint64 total);
    void prepared(const lk::StoreCounts& counts);
    void migrated(const lk::StoreCounts& counts);
    void failed(const lk::Error& error);

private:
    using Job = std::function<Result<StoreCounts>()>;
    void run(Job job, void (DatabasePreparation::*succeeded)(const StoreCounts&));
    void finish(const Result<StoreCounts>& outcome,
                void (DatabasePreparation::*succeeded)(const StoreCounts&));

    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
};

} // namespace lk
