#pragma once

#include "lease/LeaseStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace lk {

// What a caller can learn about the store without waiting on it.
struct StoreHealth {
    bool healthy = false;
    QString detail;
    int pendingJobs = 0;
    // Write transactions begun since the worker started (retries included):
    // an idle node must not be writing.
    quint64 writeTransactions = 0;
    // The database's clock minus this node's (a shared database only).
    std::optional<qint64> databaseClockOffsetMs;
};

// Owns a LeaseStore and the one thread that talks to its database, so that
// the HTTP event loop never waits on disk or network I/O. Consecutive write
// jobs are group-committed in one transaction: many renewals, one fsync.
class StoreWorker final : public QThread {
    Q_OBJECT

public:
    struct Options {
        int maxQueuedJobs = 20000;
        int maxBatch = 512;
        // A job waiting longer than this means the database is not answering.
        int stallThresholdMs = 3000;
        int idlePingIntervalMs = 1000;
        int reopenIntervalMs = 1000;
    };

    using Done = std::function<void(const Status&)>;
    using Read = std::function<void(LeaseStore&)>;

    explicit StoreWorker(std::unique_ptr<LeaseStore> store);
    StoreWorker(std::unique_ptr<LeaseStore> store, Options options);
    ~StoreWorker() override;

    // Runs `job` inside a write transaction; `done` gets its status (or the
    // commit's error) on the worker thread once the outcome is durable.
    // Returns false, without calling `done`, when the queue is full.
    // `plan`, when set, runs in the same transaction before every job of
    // the batch and only announces (StoreTransaction::planRenewal); its
    // status is not reported.
    bool submitWrite(LeaseStore::Job job, Done done, LeaseStore::Commit commit = LeaseStore::Commit::Durable,
                     LeaseStore::Job plan = {});
    // Runs `read` on the worker thread, after every write submitted before it;
    // when the store cannot be opened, runs `unavailable` with the reason
    // instead, so that every read is answered. Returns false, calling
    // neither, when the queue is full.
    bool submitRead(Read read, Done unavailable);

    StoreHealth health() const;
    // health().healthy without the words: cheap enough for every request.
    bool answers() const;
    QString storeKind() const { return m_kind; }
    QString storeLocation() const { return m_location; }
    // LeaseStore::singleNode(), read once: safe from any thread.
    bool singleNode() const { return m_singleNode; }

    // Finishes queued work and stops the thread; called by the destructor.
    // Returns promptly even while the store is being opened against a
    // database that does not answer, or between two attempts to reopen it.
    void stop();

protected:
    void run() override;

private:
    struct Task {
        LeaseStore::Job write; // set for writes
        Done done;             // for a read: the answer when the store cannot be opened
        Read read;             // set for reads
        qint64 queuedAtMs = 0;
        LeaseStore::Commit commit = LeaseStore::Commit::Durable;
        LeaseStore::Job plan{}; // optional, for writes
    };

    bool enqueue(Task task);
    // Queue time of the batch in progress, else of the first queued job;
    // -1 when idle. Under m_mutex.
    qint64 oldestWaitingSinceMs() const;
    bool openStore();
    void waitBeforeReopening();
    void process(std::deque<Task>& tasks);
    void flushWrites(std::vector<Task>& writes);
    static LeaseStore::Job planningJob(std::vector<LeaseStore::Job> plans);
    Result<std::vector<Status>> runBatch(const std::vector<LeaseStore::Job>& jobs, LeaseStore::Commit commit);
    void noteOutcome(const Status& status);
    // Logs the store going away and coming back (worker thread only).
    void logHealth(const QString& error);
    void pingPeriodically();
    // After a failure: is the connection gone? Then it is reopened next round.
    bool connectionLost();

    std::unique_ptr<LeaseStore> m_store;
    const Options m_options;
    const QString m_kind;
    const QString m_location;
    const bool m_singleNode;
    QElapsedTimer m_uptime;

    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Task> m_queue;
    bool m_stopping = false;
    bool m_open = false;
    QString m_lastError;
    qint64 m_oldestRunningSinceMs = -1; // queue time of the batch in progress
    qint64 m_lastPingMs = 0;
    quint64 m_writeTransactions = 0; // guarded by m_mutex
    std::optional<qint64> m_databaseClockOffsetMs;
    bool m_failureLogged = false; // worker thread only
};

} // namespace lk
