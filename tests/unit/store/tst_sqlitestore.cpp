// The SQLite store on its own: schema versions, group commit with per-job
// isolation, and two connections racing for the last cores.
#include "ManualClock.h"
#include "TestPrinters.h"
#include "lease/LeaseEngine.h"
#include "store/SqliteStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrent>

using namespace Qt::StringLiterals;
using namespace lk;

class TestSqliteStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    test::ManualClock m_clock;

    QString dbPath() const {
        return m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s);
    }

    static Lease sampleLease(const QString& id, const QString& instance) {
        return Lease{id, LeaseRequest{u"vdp"_s, instance, u"h"_s, {u"10.0.0.1"_s}, 2, u"1"_s}, u"n"_s, 1, 1,
                     100};
    }

    static int schemaVersion(const QString& path) {
        int version = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
            db.setDatabaseName(path);
            QSqlQuery query(db);
            if (db.open() && query.exec(u"SELECT value FROM lk_meta WHERE key = 'schema_version'"_s) &&
                query.next())
                version = query.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(u"inspect"_s);
        return version;
    }

    static void setSchemaVersion(const QString& path, int version) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
            db.setDatabaseName(path);
            QSqlQuery query(db);
            QVERIFY(db.open());
            QVERIFY(
                query.exec(u"UPDATE lk_meta SET value = '%1' WHERE key = 'schema_version'"_s.arg(version)));
        }
        QSqlDatabase::removeDatabase(u"inspect"_s);
    }

    // A new database at `path` holding one lease.
    void createWithOneLease(const QString& path) {
        SqliteStore store(path, m_clock);
        QVERIFY(store.open());
        auto batch = store.runBatch(
            {[](StoreTransaction& tx) { return tx.insertLease(sampleLease(u"a"_s, u"i"_s)); }});
        QVERIFY(batch && batch->front());
    }

private Q_SLOTS:
    void openingTwiceKeepsDataAndVersion() {
        const QString path = dbPath();
        createWithOneLease(path);
        if (QTest::currentTestFailed())
            return;
        SqliteStore again(path, m_clock);
        QVERIFY(again.open());
        QCOMPARE(again.allActiveLeases()->size(), 1);
        QCOMPARE(schemaVersion(path), 3);
    }

    void anOlderSchemaIsUpgradedKeepingItsData() {
        const QString path = dbPath();
        createWithOneLease(path);
        if (QTest::currentTestFailed())
            return;
        // Turn it back into a version 1 database.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"downgrade"_s);
            db.setDatabaseName(path);
            QSqlQuery query(db);
            QVERIFY(db.open());
            QVERIFY(query.exec(u"DROP INDEX leases_live_usage"_s));
            QVERIFY(query.exec(u"DROP TABLE lk_nodes"_s));
            QVERIFY(query.exec(u"DELETE FROM lk_meta WHERE key = 'cluster_id'"_s));
        }
        QSqlDatabase::removeDatabase(u"downgrade"_s);
        setSchemaVersion(path, 1);
        SqliteStore store(path, m_clock);
        QVERIFY(store.open());
        QCOMPARE(schemaVersion(path), 3);
        QCOMPARE(store.allActiveLeases()->size(), 1);
        QVERIFY(store
                    .runBatch({[](StoreTransaction& tx) {
                        return tx.clusterId().value().size() == 32
                                   ? Status()
                                   : Status(makeError(u"t"_s, u"no cluster id"_s));
                    }})
                    ->front());
    }

    void newerSchemaIsRefusedWithAClearMessage() {
        const QString path = dbPath();
        {
            SqliteStore store(path, m_clock);
            QVERIFY(store.open());
        }
        setSchemaVersion(path, 99);
        SqliteStore store(path, m_clock);
        const Status opened = store.open();
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, u"schema_too_new"_s);
        QVERIFY(opened.error().message.contains(u"upgrade LeaseKeeper"_s));
    }

    void unwritableLocationIsAClearError() {
        SqliteStore store(u"/proc/leasekeeper/nope.db"_s, m_clock);
        const Status opened = store.open();
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(u"/proc/leasekeeper"_s), qPrintable(opened.error().message));
    }

    void aFailingJobRollsBackOnlyItself() {
        SqliteStore store(dbPath(), m_clock);
        QVERIFY(store.open());
        auto batch = store.runBatch({
            [](StoreTransaction& tx) { return tx.insertLease(sampleLease(u"a"_s, u"i1"_s)); },
            [](StoreTransaction& tx) {
                // Writes, then fails on the live-instance unique index: both undone.
                if (auto inserted = tx.insertLease(sampleLease(u"b"_s, u"i2"_s)); !inserted)
                    return inserted;
                return tx.insertLease(sampleLease(u"c"_s, u"i2"_s));
            },
            [](StoreTransaction& tx) { return tx.insertLease(sampleLease(u"d"_s, u"i3"_s)); },
        });
        QVERIFY(batch);
        QVERIFY(batch.value()[0]);
        QVERIFY(!batch.value()[1]);
        QVERIFY(batch.value()[2]);
        QStringList ids;
        for (const Lease& lease : store.allActiveLeases().value())
            ids << lease.id;
        ids.sort();
        QCOMPARE(ids, (QStringList{u"a"_s, u"d"_s}));
    }

    void aLoneFailingJobLeavesNothing() {
        SqliteStore store(dbPath(), m_clock);
        QVERIFY(store.open());
        auto batch = store.runBatch({[](StoreTransaction& tx) {
            if (auto inserted = tx.insertLease(sampleLease(u"a"_s, u"i"_s)); !inserted)
                return inserted;
            return Status(makeError(u"test"_s, u"job gave up"_s));
        }});
        QVERIFY(batch);
        QVERIFY(!batch->front());
        QVERIFY(store.allActiveLeases()->isEmpty());
    }

    void twoConnectionsNeverOverAllocate() {
        // Two stores on one file stand for two processes: BEGIN IMMEDIATE
        // makes the count and the insert one atomic step.
        const QString path = dbPath();
        {
            SqliteStore init(path, m_clock);
            QVERIFY(init.open());
        }
        LicenseTerms terms;
        terms.licenseId = u"race"_s;
        terms.expiresMs = m_clock.nowMs() + 86400000;
        terms.components = {{u"vdp"_s, {1000, 16, 10}}}; // room for five 2-core leases
        auto contender = [&](int side) {
            SqliteStore store(path, m_clock);
            int granted = 0;
            if (!store.open())
                return -1;
            const LeaseEngine engine(u"node-%1"_s.arg(side));
            for (int i = 0; i < 20; ++i) {
                LeaseRequest request{u"vdp"_s, u"s%1-%2"_s.arg(side).arg(i), u"h"_s, {}, 2, u"1"_s};
                bool won = false;
                auto batch = store.runBatch({[&](StoreTransaction& tx) {
                    auto outcome = engine.grant(tx, terms, request);
                    if (!outcome)
                        return Status(outcome.error());
                    won = std::holds_alternative<Lease>(outcome.value());
                    return Status();
                }});
                if (batch && batch->front() && won)
                    ++granted;
            }
            return granted;
        };
        QFuture<int> a = QtConcurrent::run(contender, 1);
        QFuture<int> b = QtConcurrent::run(contender, 2);
        const int total = a.result() + b.result();
        QCOMPARE(total, 5);
        SqliteStore check(path, m_clock);
        QVERIFY(check.open());
        QCOMPARE(check.allActiveLeases()->size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestSqliteStore)
#include "tst_sqlitestore.moc"
