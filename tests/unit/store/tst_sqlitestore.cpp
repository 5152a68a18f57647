// The SQLite store on its own: schema versions, group commit with per-job
// isolation, and two connections racing for the last cores.
#include "GrantAheadContract.h"
#include "ManualClock.h"
#include "ProbeStoreContract.h"
#include "RenewAheadContract.h"
#include "StoreContract.h"
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
using namespace lk::test;

class TestSqliteStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock;

    // A file of its own for each test function and data row.
    QString dbPath() const {
        return m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u"-"_s +
                              QString::fromLatin1(QTest::currentDataTag()) + u".db"_s);
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
        auto batch = store.runBatch({[](StoreTransaction& tx) {
            return tx.insertLease(StoreContract::sampleLease(u"a"_s, u"i"_s));
        }});
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
        QCOMPARE(schemaVersion(path), 9);
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
            for (const QString& sql :
                 {u"DROP INDEX leases_change_block"_s,
                  u"DROP INDEX leases_live_deadline_block"_s,
                  u"ALTER TABLE leases DROP COLUMN change_block"_s,
                  u"ALTER TABLE leases DROP COLUMN deadline_block"_s,
                  u"CREATE INDEX leases_live_deadline ON leases (grace_deadline_ms) WHERE ended_ms IS NULL"_s,
                  u"DROP TRIGGER leases_usage_insert"_s,
                  u"DROP TRIGGER leases_usage_end"_s,
                  u"DROP TRIGGER leases_usage_delete"_s,
                  u"DROP TABLE lease_usage"_s,
                  u"ALTER TABLE leases DROP COLUMN change_seq"_s,
                  u"DROP TABLE lease_change_counter"_s,
                  u"DELETE FROM lk_meta WHERE key = 'lease_epoch'"_s,
                  u"DROP TABLE lk_nodes"_s,
                  u"DELETE FROM lk_meta WHERE key = 'cluster_id'"_s,
                  u"DROP TABLE lk_batch_marks"_s,
                  u"DROP TABLE audit_log"_s,
                  u"DROP TABLE usage_samples"_s,
                  u"DROP INDEX denials_component_at"_s,
                  u"DROP TABLE lease_probes"_s,
                  u"ALTER TABLE leases DROP COLUMN probe"_s})
                QVERIFY2(query.exec(sql), qPrintable(sql));
        }
        QSqlDatabase::removeDatabase(u"downgrade"_s);
        setSchemaVersion(path, 1);
        SqliteStore store(path, m_clock);
        QVERIFY(store.open());
        QCOMPARE(schemaVersion(path), 9);
        QCOMPARE(store.allActiveLeases()->size(), 1);
        // The usage counts start from the leases the old schema held.
        QCOMPARE(store.usageByType()->value(u"vdp"_s).instancesUsed, 1);
        QCOMPARE(store.usageCountMismatches().value(), QStringList());
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

    void keepsTheProbeContract_data() { ProbeStoreContract::addChecks(); }
    void keepsTheProbeContract() { keepsTheStoreContract(); } // the same runner, the probe rows
    void keepsTheRenewAheadContract_data() { RenewAheadContract::addChecks(); }
    void keepsTheRenewAheadContract() { keepsTheStoreContract(); }
    void keepsTheGrantAheadContract_data() { GrantAheadContract::addChecks(); }
    void keepsTheGrantAheadContract() { keepsTheStoreContract(); }

    void keepsTheStoreContract_data() { StoreContract::addChecks(); }
    void keepsTheStoreContract() {
        QFETCH(StoreContract::Check, check);
        SqliteStore store(dbPath(), m_clock);
        QVERIFY(store.open());
        check(store);
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
                granted += StoreContract::grant(store, engine, terms, u"s%1-%2"_s.arg(side).arg(i));
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
