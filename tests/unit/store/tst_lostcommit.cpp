// A batch whose connection goes while its COMMIT is on the way: the database
// may have committed it or not, and the worker must tell which before it
// runs the batch again. Run again after it committed, a release answers "not
// found" and a grant ends its own first lease; not run again after it did
// not commit, the lease is lost. The fault is put into a real SQLite store:
// its COMMIT runs (or not) and then the connection "goes".
#include "ManualClock.h"
#include "store/SqliteStore.h"
#include "store/StoreWorker.h"

#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

namespace {

class LostAnswerStore final : public SqliteStore {
public:
    enum class Fault { None, CommittedThenLost, LostBeforeCommit };

    using SqliteStore::SqliteStore;

    Fault nextCommit = Fault::None;

    Status ping() override {
        return m_down ? Status(makeError(u"store_unavailable"_s, u"no connection to the server"_s))
                      : SqliteStore::ping();
    }
    Status open() override {
        m_down = false;
        return SqliteStore::open();
    }

protected:
    Status commitWrite() override {
        const Fault fault = std::exchange(nextCommit, Fault::None);
        if (fault == Fault::None)
            return SqliteStore::commitWrite();
        if (fault == Fault::CommittedThenLost) {
            if (Status committed = SqliteStore::commitWrite(); !committed)
                return committed;
        }
        m_down = true;
        return makeError(u"store_error"_s, u"COMMIT failed: server closed the connection unexpectedly"_s);
    }

private:
    bool m_down = false;
};

} // namespace

class TestLostCommit : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    test::ManualClock m_clock;

    // Inserts lease `id` and counts its runs; a second run in one database
    // fails on the primary key, as a release run twice finds nothing to end.
    static LeaseStore::Job insertCounted(const QString& id, QAtomicInt* runs) {
        return [id, runs](StoreTransaction& tx) {
            runs->fetchAndAddOrdered(1);
            return tx.insertLease(
                Lease{id, LeaseRequest{u"vdp"_s, id, u"h"_s, {}, 1, u"1"_s}, u"n"_s, 1, 1, 10});
        };
    }

    // Runs one durable job through a worker whose next COMMIT meets `fault`;
    // returns how the worker answered it and how often the job ran.
    std::pair<Status, int> runThrough(LostAnswerStore::Fault fault, const QString& id,
                                      qsizetype* leasesAfter) {
        auto store = std::make_unique<LostAnswerStore>(m_dir.filePath(id + u".db"_s), m_clock);
        LostAnswerStore* faulty = store.get();
        StoreWorker worker(std::move(store));
        worker.start();
        QSemaphore opened;
        worker.submitRead([&](LeaseStore&) { opened.release(); }, [&](const Status&) { opened.release(); });
        opened.acquire(); // the store is open: the fault is set between batches
        faulty->nextCommit = fault;
        QAtomicInt runs = 0;
        Status answer = makeError(u"unanswered"_s, u"no answer"_s);
        QSemaphore answered;
        worker.submitWrite(insertCounted(id, &runs), [&](const Status& status) {
            answer = status;
            answered.release();
        });
        answered.acquire();
        worker.submitRead(
            [&](LeaseStore& s) {
                *leasesAfter = s.allActiveLeases().value().size();
                opened.release();
            },
            [&](const Status&) { opened.release(); });
        opened.acquire();
        return {answer, runs.loadAcquire()};
    }

private Q_SLOTS:
    void aBatchThatCommittedIsNotRunAgain() {
        qsizetype leases = -1;
        const auto [answer, runs] =
            runThrough(LostAnswerStore::Fault::CommittedThenLost, u"through"_s, &leases);
        QVERIFY2(answer.ok(), qPrintable(answer.ok() ? QString() : answer.error().message));
        QCOMPARE(runs, 1);
        QCOMPARE(leases, 1);
    }

    void aBatchThatDidNotCommitRunsAgain() {
        qsizetype leases = -1;
        const auto [answer, runs] = runThrough(LostAnswerStore::Fault::LostBeforeCommit, u"lost"_s, &leases);
        QVERIFY2(answer.ok(), qPrintable(answer.ok() ? QString() : answer.error().message));
        QCOMPARE(runs, 2);
        QCOMPARE(leases, 1);
    }
};

QTEST_GUILESS_MAIN(TestLostCommit)
#include "tst_lostcommit.moc"
