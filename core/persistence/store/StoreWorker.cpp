#include "store/StoreWorker.h"

#include "log/LogCategories.h"

#include <QDeadlineTimer>
#include <QMutexLocker>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace lk {

StoreWorker::StoreWorker(std::unique_ptr<LeaseStore> store)
    : StoreWorker(std::move(store), Options{}) {}

StoreWorker::StoreWorker(std::unique_ptr<LeaseStore> store, Options options)
    : m_store(std::move(store))
    , m_options(options)
    , m_kind(m_store->kind())
    , m_location(m_store->location())
    , m_singleNode(m_store->singleNode()) {
    m_uptime.start();
    m_lastError = tr("the store has not been opened yet");
    setObjectName(u"lk-store"_s);
}

StoreWorker::~StoreWorker() {
    stop();
}

void StoreWorker::stop() {
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        // A connect in progress gives up too, and the retry wait below ends.
        if (m_store)
            m_store->cancelOpening();
        m_wake.wakeAll();
    }
    wait();
}

bool StoreWorker::submitWrite(LeaseStore::Job job, Done done, LeaseStore::Commit commit,
                              LeaseStore::Job plan) {
    return enqueue(Task{std::move(job), std::move(done), {}, 0, commit, std::move(plan)});
}

bool StoreWorker::submitRead(Read read, Done unavailable) {
    return enqueue(Task{{}, std::move(unavailable), std::move(read), 0});
}

bool StoreWorker::enqueue(Task task) {
    QMutexLocker lock(&m_mutex);
    if (m_stopping || int(m_queue.size()) >= m_options.maxQueuedJobs)
        return false;
    task.queuedAtMs = m_uptime.elapsed();
    m_queue.push_back(std::move(task));
    m_wake.wakeOne();
    return true;
}

StoreHealth StoreWorker::health() const {
    QMutexLocker lock(&m_mutex);
    StoreHealth health;
    health.pendingJobs = int(m_queue.size());
    health.writeTransactions = m_writeTransactions;
    health.databaseClockOffsetMs = m_databaseClockOffsetMs;
    const qint64 now = m_uptime.elapsed();
    const qint64 oldest = oldestWaitingSinceMs();
    if (!m_open) {
        health.detail = m_lastError;
    } else if (oldest >= 0 && now - oldest > m_options.stallThresholdMs) {
        health.detail = tr("the %1 database has not answered for %2 s")
                            .arg(m_kind)
                            .arg((now - oldest) / 1000.0, 0, 'f', 1);
    } else if (!m_lastError.isEmpty()) {
        health.detail = m_lastError;
    } else {
        health.healthy = true;
        health.detail = tr("%1 store at %2 answers").arg(m_kind, m_location);
    }
    return health;
}

bool StoreWorker::answers() const {
    QMutexLocker lock(&m_mutex);
    const qint64 oldest = oldestWaitingSinceMs();
    const bool stalled = oldest >= 0 && m_uptime.elapsed() - oldest > m_options.stallThresholdMs;
    return m_open && !stalled && m_lastError.isEmpty();
}

qint64 StoreWorker::oldestWaitingSinceMs() const {
    if (m_oldestRunningSinceMs < 0 && !m_queue.empty())
        return m_queue.front().queuedAtMs;
    return m_oldestRunningSinceMs;
}

bool StoreWorker::openStore() {
    const Status opened = m_store->open();
    const QString error = opened.ok() ? QString() : opened.error().message;
    {
        QMutexLocker lock(&m_mutex);
        m_open = opened.ok();
        m_lastError = error;
    }
    logHealth(error);
    return opened.ok();
}

void StoreWorker::logHealth(const QString& error) {
    // Changes only: a database that stays away is logged once, not every second.
    if (!error.isEmpty() && !m_failureLogged) {
        qCWarning(lcStore).noquote() << tr("store unavailable: %1").arg(error);
        m_failureLogged = true;
    } else if (error.isEmpty() && m_failureLogged) {
        qCInfo(lcStore).noquote() << tr("%1 store at %2 answers again").arg(m_kind, m_location);
        m_failureLogged = false;
    }
}

void StoreWorker::run() {
    openStore();
    std::deque<Task> tasks;
    for (;;) {
        {
            QMutexLocker lock(&m_mutex);
            if (m_queue.empty() && !m_stopping)
                m_wake.wait(&m_mutex, m_options.idlePingIntervalMs);
            if (m_stopping && m_queue.empty())
                break;
            tasks.swap(m_queue);
            m_oldestRunningSinceMs = tasks.empty() ? -1 : tasks.front().queuedAtMs;
        }
        if (!m_open && !openStore()) {
            // Answer queued work with the reason instead of letting it wait forever.
            Status failure = makeError(u"store_unavailable"_s, health().detail);
            for (Task& task : tasks) {
                if (task.done)
                    task.done(failure);
            }
            tasks.clear();
            waitBeforeReopening();
            continue;
        }
        process(tasks);
        tasks.clear();
        {
            QMutexLocker lock(&m_mutex);
            m_oldestRunningSinceMs = -1;
        }
        pingPeriodically();
    }
    std::unique_ptr<LeaseStore> store;
    {
        QMutexLocker lock(&m_mutex); // stop() may be cancelling its opening
        store = std::move(m_store);
    }
    store.reset(); // the connection must close on the thread that opened it
}

void StoreWorker::waitBeforeReopening() {
    // Only stop() ends the wait early: new work must not turn the interval
    // into one reconnect per request.
    QDeadlineTimer deadline(m_options.reopenIntervalMs);
    QMutexLocker lock(&m_mutex);
    while (!m_stopping && !deadline.hasExpired())
        m_wake.wait(&m_mutex, deadline);
}

void StoreWorker::process(std::deque<Task>& tasks) {
    std::vector<Task> writes;
    for (Task& task : tasks) {
        if (task.read) {
            flushWrites(writes);
            task.read(*m_store);
            continue;
        }
        writes.push_back(std::move(task));
        if (int(writes.size()) >= m_options.maxBatch)
            flushWrites(writes);
    }
    flushWrites(writes);
}

void StoreWorker::flushWrites(std::vector<Task>& writes) {
    if (writes.empty())
        return;
    std::vector<LeaseStore::Job> jobs;
    jobs.reserve(writes.size() + 1);
    std::vector<LeaseStore::Job> plans;
    auto commit = LeaseStore::Commit::Lazy;
    for (const Task& task : writes) {
        jobs.push_back(task.write);
        commit = std::max(commit, task.commit);
        if (task.plan)
            plans.push_back(task.plan);
    }
    // One plan alone saves nothing; several run first, as one job.
    const size_t first = plans.size() > 1 ? 1 : 0;
    if (first)
        jobs.insert(jobs.begin(), planningJob(std::move(plans)));
    auto result = runBatch(jobs, commit);
    // The database restarted or failed over since the last batch: reconnect,
    // then run the batch again unless its COMMIT got through before the
    // connection went (a release run twice would answer "not found", a grant
    // run twice would end its own first lease).
    if (!result && connectionLost() && openStore()) {
        auto committed = m_store->committedBeforeLoss();
        if (!committed)
            result = committed.error(); // cannot tell: the clients ask again
        else if (committed->has_value())
            result = std::move(**committed);
        else
            result = runBatch(jobs, commit);
    }
    noteOutcome(result.ok() ? Status() : Status(result.error()));
    for (size_t i = 0; i < writes.size(); ++i) {
        if (writes[i].done)
            writes[i].done(result.ok() ? result.value()[first + i] : Status(result.error()));
    }
    writes.clear();
}

LeaseStore::Job StoreWorker::planningJob(std::vector<LeaseStore::Job> plans) {
    return [plans = std::move(plans)](StoreTransaction& tx) {
        for (const LeaseStore::Job& plan : plans)
            (void)plan(tx); // announces only: never fails
        return Status();
    };
}

Result<std::vector<Status>> StoreWorker::runBatch(const std::vector<LeaseStore::Job>& jobs,
                                                  LeaseStore::Commit commit) {
    {
        QMutexLocker lock(&m_mutex);
        ++m_writeTransactions;
    }
    return m_store->runBatch(jobs, commit);
}

void StoreWorker::noteOutcome(const Status& status) {
    // The driver's message alone ("BEGIN failed: terminating connection due
    // to administrator command") does not say which database went away.
    const QString error =
        status.ok() ? QString() : tr("%1 store at %2: %3").arg(m_kind, m_location, status.error().message);
    {
        QMutexLocker lock(&m_mutex);
        m_lastError = error;
    }
    logHealth(error);
}

void StoreWorker::pingPeriodically() {
    // Once per interval even when busy: the ping also measures the database
    // clock's offset, and a busy worker must report it too.
    const qint64 now = m_uptime.elapsed();
    if (now - m_lastPingMs < m_options.idlePingIntervalMs)
        return;
    m_lastPingMs = now;
    const Status alive = m_store->ping();
    noteOutcome(alive);
    QMutexLocker lock(&m_mutex);
    if (!alive)
        m_open = false; // reopen on the next round instead of failing every job
    m_databaseClockOffsetMs = m_store->databaseClockOffsetMs();
}

bool StoreWorker::connectionLost() {
    const Status alive = m_store->ping();
    if (alive)
        return false;
    // Say why before marking the store closed: reopening may take seconds,
    // and health() must not report a closed store without a reason meanwhile.
    noteOutcome(alive);
    QMutexLocker lock(&m_mutex);
    m_open = false;
    return true;
}

} // namespace lk
