// The PostgreSQL store on a real server: migrations from two nodes at once,
// the database's clock, racing writers, a frozen writer, and a database that
// crashes and comes back.
#include "GrantAheadContract.h"
#include "PgTestCluster.h"
#include "PgTestDatabase.h"
#include "ProbeStoreContract.h"
#include "RenewAheadContract.h"
#include "StoreContract.h"
#include "TestPrinters.h"
#include "lease/LeaseEngine.h"
#include "store/PostgresStore.h"
#include "store/StoreWorker.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSemaphore>
#include <QTest>
#include <QtConcurrent/QtConcurrent>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestPostgresStore : public QObject {
    Q_OBJECT

    static LicenseTerms terms(int maxCores) {
        LicenseTerms t;
        t.licenseId = u"race"_s;
        t.expiresMs = QDateTime::currentMSecsSinceEpoch() + 86400000;
        t.gracePeriodS = 3600;
        t.components = {{u"vdp"_s, {1000, 16, maxCores}}};
        return t;
    }

private Q_SLOTS:
    // A node's session holds the lock of its name while the node keeps
    // asking: a second session cannot take it, and says why. Once the node
    // has not asked for the silence limit (its event loop hung; the store
    // thread still pings), the ping lets the lock go and the name is free.
    void aNodesNameIsHeldWhileItAsksAndFreedWhenItFallsSilent() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        PostgresStore node(db.address, db.password);
        QVERIFY(node.open());
        QVERIFY(node.tracksConnectedNodes());
        node.setNodeSilenceLimitMs(300);
        auto first = node.readCluster(u"lm-a"_s);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QVERIFY(first->newSession);
        QVERIFY(!node.readCluster(u"lm-a"_s)->newSession);

        PostgresStore other(db.address, db.password);
        QVERIFY(other.open());
        const auto refused = other.readCluster(u"lm-a"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"node_name_in_use"_s);
        QVERIFY2(refused.error().message.contains(u"--node-name"_s), qPrintable(refused.error().message));
        QVERIFY(node.ping()); // asked 0 ms ago: kept
        QVERIFY(!other.readCluster(u"lm-a"_s));

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"node lm-a has not checked the cluster"_s));
        QTest::qSleep(400);
        QVERIFY(node.ping());
        const auto taken = other.readCluster(u"lm-a"_s);
        QVERIFY2(taken, qPrintable(taken ? QString() : taken.error().message));
        QVERIFY(taken->newSession);
    }

    void twoNodesMigratingAtOnceBothSucceed() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        auto migrate = [&db] {
            PostgresStore store(db.address, db.password);
            const Status opened = store.open();
            return opened ? QString() : opened.error().message;
        };
        QFuture<QString> a = QtConcurrent::run(migrate);
        QFuture<QString> b = QtConcurrent::run(migrate);
        QCOMPARE(a.result(), QString());
        QCOMPARE(b.result(), QString());
        PostgresStore again(db.address, db.password);
        QVERIFY(again.open());
        QVERIFY(again.allActiveLeases()->isEmpty());
    }

    void severalHostsAreTriedInTurnForAWritableOne() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        // A first host that refuses connections, as a failed database primary would.
        PostgresAddress address = db.address;
        address.hosts.prepend({u"127.0.0.1"_s, 1});
        address.options.insert(u"target_session_attrs"_s, u"read-write"_s);
        PostgresStore store(address, db.password);
        const Status opened = store.open();
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QVERIFY(store
                    .runBatch({[](StoreTransaction& tx) {
                        return tx.insertLease(StoreContract::sampleLease(u"a"_s, u"i"_s));
                    }})
                    ->front());
    }

    void aWrongPasswordIsAClearErrorWithoutThePassword() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        PostgresStore store(db.address, u"not-the-password"_s);
        const Status opened = store.open();
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(u"password authentication failed"_s),
                 qPrintable(opened.error().message));
        QVERIFY(opened.error().message.contains(db.address.toString()));
        QVERIFY(!opened.error().message.contains(u"not-the-password"_s));
    }

    void leaseTimesComeFromTheDatabaseClock() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        PostgresStore store(db.address, db.password);
        QVERIFY(store.open());
        QVERIFY(store.ping());
        const qint64 offset = store.databaseClockOffsetMs().value();
        QVERIFY2(qAbs(offset) < 1000, qPrintable(QString::number(offset))); // one machine, one clock
        qint64 txNow = 0;
        auto batch = store.runBatch({[&](StoreTransaction& tx) {
            txNow = tx.nowMs();
            return Status();
        }});
        QVERIFY(batch && batch->front());
        // The transaction's time is the database's clock, read under the writer lock.
        const qint64 local = QDateTime::currentMSecsSinceEpoch() + offset;
        QVERIFY2(qAbs(local - txNow) < 2000, qPrintable(u"%1 vs %2"_s.arg(local).arg(txNow)));
    }

    // The evidence lives in the shared database: when the serving node goes
    // mid-count, the node that takes over continues it instead of starting over.
    void theProbeCountSurvivesAFailover() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        Lease lease = StoreContract::sampleLease(u"dead"_s, u"10.0.0.5:9999"_s);
        const ReclaimPolicy policy{60, 0, 3};
        const auto refused = [&](SqlStore& store, const QString& node) {
            const LeaseEngine engine(node);
            std::optional<LeaseEngine::ProbeRecord> did;
            auto batch = store.runBatch({[&](StoreTransaction& tx) {
                auto recorded =
                    engine.recordProbe(tx, lease.id, lease.lastRenewalMs,
                                       ProbeResult{0, ProbeOutcome::Refused, u"refused"_s}, policy, 300);
                if (recorded)
                    did = recorded.value();
                return recorded ? Status() : Status(recorded.error());
            }});
            return batch && batch->front() ? did : std::nullopt;
        };
        {
            PostgresStore primary(db.address, db.password);
            QVERIFY(primary.open());
            auto inserted = primary.runBatch({[&](StoreTransaction& tx) {
                lease.grantedMs = lease.lastRenewalMs = tx.nowMs() - 3600 * 1000;
                lease.graceDeadlineMs = tx.nowMs() + 86400 * 1000;
                return tx.insertLease(lease);
            }});
            QVERIFY(inserted && inserted->front());
            QCOMPARE(refused(primary, u"node-a"_s), LeaseEngine::ProbeRecord::Recorded);
            QCOMPARE(refused(primary, u"node-a"_s), LeaseEngine::ProbeRecord::Recorded);
        } // node-a is gone
        PostgresStore secondary(db.address, db.password);
        QVERIFY(secondary.open());
        QCOMPARE(secondary.allActiveLeases()->front().probes.size(), 2);
        QCOMPARE(refused(secondary, u"node-b"_s), LeaseEngine::ProbeRecord::Reclaimed);
        QVERIFY(secondary.allActiveLeases()->isEmpty());
    }

    void keepsTheProbeContract_data() { ProbeStoreContract::addChecks(); }
    void keepsTheProbeContract() { keepsTheStoreContract(); } // the same runner, the probe rows
    void keepsTheRenewAheadContract_data() { RenewAheadContract::addChecks(); }
    void keepsTheRenewAheadContract() { keepsTheStoreContract(); }
    void keepsTheGrantAheadContract_data() { GrantAheadContract::addChecks(); }
    void keepsTheGrantAheadContract() { keepsTheStoreContract(); }

    // A new database's statistics follow its first leases, long before
    // autovacuum would look: plans made for an empty table walk an index
    // over every live lease where they should probe the primary key.
    void statisticsFollowTheFirstLeases() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        PostgresStore store(db.address, db.password);
        QVERIFY(store.open());
        const auto rowsPlannedFor = [&]() -> qint64 {
            auto query =
                store.run(u"SELECT reltuples::bigint FROM pg_class WHERE oid = 'leases'::regclass"_s);
            if (!query || !(*query)->next())
                return -2;
            const qint64 rows = (*query)->value(0).toLongLong();
            (*query)->finish();
            return rows;
        };
        QVERIFY(rowsPlannedFor() <= 0);
        for (int batch = 0; batch < 6; ++batch) {
            std::vector<LeaseStore::Job> jobs;
            for (int i = 0; i < 100; ++i) {
                const QString name = u"b%1-%2"_s.arg(batch).arg(i);
                jobs.push_back([name](StoreTransaction& tx) {
                    return tx.insertLease(StoreContract::sampleLease(name, name));
                });
            }
            QVERIFY(store.runBatch(jobs));
        }
        // 500 rows added: analyzed then (autovacuum may have looked too, never less).
        QVERIFY2(rowsPlannedFor() >= 500, qPrintable(QString::number(rowsPlannedFor())));
    }

    void keepsTheStoreContract_data() { StoreContract::addChecks(); }
    void keepsTheStoreContract() {
        QFETCH(StoreContract::Check, check);
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        PostgresStore store(db.address, db.password);
        QVERIFY(store.open());
        check(store);
    }

    void twoNodesRacingForTheLastCoresNeverOverAllocate() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        {
            PostgresStore init(db.address, db.password);
            QVERIFY(init.open());
        }
        const LicenseTerms t = terms(10); // room for five 2-core leases
        for (int round = 0; round < 10; ++round) {
            QVERIFY(db.exec(u"DELETE FROM leases"_s));
            auto contender = [&](int side) {
                PostgresStore store(db.address, db.password);
                if (!store.open())
                    return -1;
                const LeaseEngine engine(u"node-%1"_s.arg(side));
                int granted = 0;
                for (int i = 0; i < 8; ++i)
                    granted +=
                        StoreContract::grant(store, engine, t, u"r%1-s%2-%3"_s.arg(round).arg(side).arg(i));
                return granted;
            };
            QFuture<int> a = QtConcurrent::run(contender, 1);
            QFuture<int> b = QtConcurrent::run(contender, 2);
            QVERIFY(a.result() >= 0 && b.result() >= 0);
            QCOMPARE(a.result() + b.result(), 5);
        }
    }

    void aWriterFrozenInsideATransactionDoesNotBlockTheOtherForEver() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        {
            PostgresStore init(db.address, db.password);
            QVERIFY(init.open());
        }
        QSemaphore frozen;
        QSemaphore thaw;
        // Node A takes the writer lock and then stops, as under SIGSTOP.
        QFuture<bool> nodeA = QtConcurrent::run([&] {
            PostgresStore store(db.address, db.password);
            if (!store.open())
                return false;
            auto batch = store.runBatch({[&](StoreTransaction& tx) {
                auto inserted = tx.insertLease(StoreContract::sampleLease(u"a"_s, u"frozen"_s));
                frozen.release();
                thaw.tryAcquire(1, 30000);
                return inserted;
            }});
            return batch && batch->front();
        });
        QVERIFY(frozen.tryAcquire(1, 10000));
        PostgresStore nodeB(db.address, db.password);
        QVERIFY(nodeB.open());
        const bool bWrote = StoreContract::grant(nodeB, LeaseEngine(u"node-b"_s), terms(10), u"b"_s);
        thaw.release();
        QVERIFY(bWrote);
        QVERIFY2(!nodeA.result(), "the frozen node's session should have been ended by the server");
        QCOMPARE(nodeB.allActiveLeases()->size(), 1);
    }

    void theWorkerReconnectsAfterTheDatabaseRestarts() {
        // A cluster of its own: crashing the shared one would fail other tests.
        PgTestCluster cluster;
        QVERIFY(cluster.start());
        {
            PgTestDatabase db;
            QVERIFY2(db.ok(), qPrintable(db.error));
            StoreWorker::Options options;
            options.idlePingIntervalMs = 100;
            options.reopenIntervalMs = 100;
            StoreWorker worker(std::make_unique<PostgresStore>(db.address, db.password), options);
            worker.start();
            QTRY_VERIFY(worker.health().healthy);

            QVERIFY(cluster.crash());
            QTRY_VERIFY_WITH_TIMEOUT(!worker.health().healthy, 10000);
            QVERIFY2(worker.health().detail.contains(u"PostgreSQL"_s) ||
                         worker.health().detail.contains(u"server"_s),
                     qPrintable(worker.health().detail));

            QVERIFY(cluster.recover());
            QTRY_VERIFY_WITH_TIMEOUT(worker.health().healthy, 15000);
            std::atomic<int> outcome{-1};
            QVERIFY(worker.submitWrite(
                [](StoreTransaction& tx) {
                    return tx.insertLease(StoreContract::sampleLease(u"after"_s, u"i"_s));
                },
                [&outcome](const Status& status) { outcome = status.ok() ? 1 : 0; }));
            QTRY_COMPARE(outcome.load(), 1);
            worker.stop();
        }
    }
};

QTEST_GUILESS_MAIN(TestPostgresStore)
#include "tst_postgresstore.moc"
