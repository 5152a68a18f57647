// The store worker: group commit, ordering, health and back-pressure.
#include "ManualClock.h"
#include "store/SqliteStore.h"
#include "store/StoreWorker.h"

#include <QMutex>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

// A database that answers pings but fails every write transaction, as a
// PostgreSQL session ended by the server does.
class FailingStore final : public LeaseStore {
public:
    Status open() override { return {}; }
    QString kind() const override { return u"postgresql"_s; }
    QString location() const override { return u"postgresql://lk@db.example:5432/leases"_s; }
    Result<std::vector<Status>> runBatch(const std::vector<Job>&, Commit) override {
        return makeError(u"store_error"_s, u"BEGIN failed: FATAL: terminating connection"_s);
    }
    Result<QList<Lease>> allActiveLeases() override { return QList<Lease>(); }
    Result<QMap<QString, TypeUsage>> usageByType() override { return QMap<QString, TypeUsage>(); }
    Result<LeaseChanges> leaseChanges(const QString&) override { return LeaseChanges{}; }
    Result<bool> anyPastDeadline() override { return false; }
    Result<QMap<QString, int>> overdueByType(qint64) override { return QMap<QString, int>(); }
    Result<QList<Lease>> overdueLeases(qint64, int) override { return QList<Lease>(); }
    Result<QList<HistoryEntry>> history(const HistoryQuery&) override { return QList<HistoryEntry>(); }
    Status ping() override { return {}; }
};

class TestStoreWorker : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    test::ManualClock m_clock;

    std::unique_ptr<LeaseStore> store(const QString& name) {
        return std::make_unique<SqliteStore>(m_dir.filePath(name), m_clock);
    }

    static LeaseStore::Job insert(int i) {
        return [i](StoreTransaction& tx) {
            return tx.insertLease(Lease{u"id-%1"_s.arg(i),
                                        LeaseRequest{u"vdp"_s, u"i-%1"_s.arg(i), u"h"_s, {}, 1, u"1"_s},
                                        u"n"_s, 1, 1, 10});
        };
    }

    // A started worker on a store that never opens (nothing may be created
    // under /proc), trying again every 50 ms.
    std::unique_ptr<StoreWorker> unopenableWorker() const {
        StoreWorker::Options options;
        options.reopenIntervalMs = 50;
        auto worker = std::make_unique<StoreWorker>(
            std::make_unique<SqliteStore>(u"/proc/leasekeeper/x.db"_s, m_clock), options);
        worker->start();
        return worker;
    }

private Q_SLOTS:
    void writesAreDurableBeforeDoneAndReadsSeeThem() {
        StoreWorker worker(store(u"order.db"_s));
        worker.start();
        QAtomicInt done = 0;
        for (int i = 0; i < 300; ++i)
            QVERIFY(worker.submitWrite(insert(i), [&done](const Status& status) {
                if (status)
                    done.fetchAndAddOrdered(1);
            }));
        QSemaphore read;
        qsizetype seen = -1;
        bool unavailable = false;
        QVERIFY(worker.submitRead(
            [&](LeaseStore& s) {
                seen = s.allActiveLeases()->size();
                read.release();
            },
            [&](const Status&) {
                unavailable = true;
                read.release();
            }));
        QVERIFY(read.tryAcquire(1, 10000));
        QCOMPARE(done.loadAcquire(), 300); // every write reported before the read ran
        QVERIFY(!unavailable);
        QCOMPARE(seen, 300);
        QVERIFY(worker.health().healthy);
    }

    // Plans of one batch run before its first job; each job still gets its
    // own status, also when one fails and the batch runs again.
    void plansRunFirstAndStatusesStayWithTheirJobs() {
        StoreWorker worker(store(u"plans.db"_s));
        QMutex mutex;
        QStringList order;
        const auto note = [&](const QString& what) {
            QMutexLocker lock(&mutex);
            order << what;
        };
        const auto plan = [&](const QString& name) -> LeaseStore::Job {
            return [&note, name](StoreTransaction&) {
                note(u"plan "_s + name);
                return Status();
            };
        };
        const auto job = [&](const QString& name, LeaseStore::Job write) -> LeaseStore::Job {
            return [&note, name, write](StoreTransaction& tx) {
                note(u"job "_s + name);
                return write(tx);
            };
        };
        const auto fail = [](StoreTransaction&) { return Status(makeError(u"t"_s, u"gave up"_s)); };
        std::vector<Status> statuses(4);
        QSemaphore answered;
        const auto keep = [&](int i) {
            return [&, i](const Status& status) {
                statuses[size_t(i)] = status;
                answered.release();
            };
        };
        // Queued before the worker starts: one batch.
        QVERIFY(worker.submitWrite(job(u"0"_s, insert(0)), keep(0)));
        QVERIFY(
            worker.submitWrite(job(u"1"_s, insert(1)), keep(1), LeaseStore::Commit::Durable, plan(u"1"_s)));
        QVERIFY(worker.submitWrite(job(u"2"_s, fail), keep(2)));
        QVERIFY(
            worker.submitWrite(job(u"3"_s, insert(3)), keep(3), LeaseStore::Commit::Durable, plan(u"3"_s)));
        worker.start();
        QVERIFY(answered.tryAcquire(4, 10000));
        QVERIFY(statuses[0] && statuses[1] && statuses[3]);
        QVERIFY(!statuses[2]);
        QCOMPARE(statuses[2].error().message, u"gave up"_s);
        QMutexLocker lock(&mutex);
        QCOMPARE(order.mid(0, 6),
                 (QStringList{u"plan 1"_s, u"plan 3"_s, u"job 0"_s, u"job 1"_s, u"job 2"_s, u"plan 1"_s}));
    }

    void aStoreThatCannotOpenIsUnhealthyAndAnswersWithTheReason() {
        const auto worker = unopenableWorker();
        QSemaphore answered;
        Status outcome;
        QVERIFY(worker->submitWrite(insert(1), [&](const Status& status) {
            outcome = status;
            answered.release();
        }));
        QVERIFY(answered.tryAcquire(1, 10000));
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, u"store_unavailable"_s);
        const StoreHealth health = worker->health();
        QVERIFY(!health.healthy);
        QVERIFY2(health.detail.contains(u"/proc/leasekeeper"_s), qPrintable(health.detail));
    }

    void aReadIsAnsweredWithTheReasonWhenTheStoreCannotOpen() {
        // Regression: reads queued while the store could not be opened were
        // dropped, and an admin's GET /api/v1/leases never got an answer.
        const auto worker = unopenableWorker();
        QSemaphore answered;
        bool readRan = false;
        Status outcome;
        QVERIFY(worker->submitRead([&](LeaseStore&) { readRan = true; },
                                   [&](const Status& status) {
                                       outcome = status;
                                       answered.release();
                                   }));
        QVERIFY(answered.tryAcquire(1, 10000));
        QVERIFY(!readRan);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, u"store_unavailable"_s);
        QVERIFY2(outcome.error().message.contains(u"/proc/leasekeeper"_s),
                 qPrintable(outcome.error().message));
    }

    void aFailedWriteNamesTheDatabaseInHealth() {
        // Regression (tst_dboutage): after PostgreSQL was stopped, the ping's
        // message was the driver's alone and did not say which database failed.
        StoreWorker worker(std::make_unique<FailingStore>());
        worker.start();
        QSemaphore answered;
        QVERIFY(worker.submitWrite(insert(1), [&](const Status&) { answered.release(); }));
        QVERIFY(answered.tryAcquire(1, 10000));
        const StoreHealth health = worker.health();
        QVERIFY(!health.healthy);
        QVERIFY2(health.detail.contains(u"postgresql://lk@db.example:5432/leases"_s) &&
                     health.detail.contains(u"terminating connection"_s),
                 qPrintable(health.detail));
    }

    void aStalledDatabaseShowsInHealthAndAFullQueueRefuses() {
        StoreWorker::Options options;
        options.maxQueuedJobs = 5;
        options.stallThresholdMs = 100;
        StoreWorker worker(store(u"stall.db"_s), options);
        worker.start();
        QSemaphore entered;
        QSemaphore release;
        // A job that blocks stands for a database that stopped answering.
        QVERIFY(worker.submitWrite(
            [&](StoreTransaction&) {
                entered.release();
                release.acquire();
                return Status();
            },
            {}));
        QVERIFY(entered.tryAcquire(1, 10000));
        for (int i = 0; i < 5; ++i)
            QVERIFY(worker.submitWrite(insert(i), {}));
        QVERIFY(!worker.submitWrite(insert(99), {}));
        QTRY_VERIFY_WITH_TIMEOUT(!worker.health().healthy, 5000);
        QVERIFY2(worker.health().detail.contains(u"has not answered"_s), qPrintable(worker.health().detail));
        release.release();
        QTRY_VERIFY_WITH_TIMEOUT(worker.health().healthy, 5000);
    }
};

QTEST_GUILESS_MAIN(TestStoreWorker)
#include "tst_storeworker.moc"
