// The HA wizard's database work without widgets: a real PostgreSQL database
// prepared, a real SQLite file copied into it, and the failures an
// administrator meets (wrong password, nobody listening, a busy target),
// each with its message; cancelling and destroying mid-copy keep nothing.
#include "ManualClock.h"
#include "PgTestDatabase.h"
#include "lease/LeaseEngine.h"
#include "store/DatabasePreparation.h"
#include "store/PostgresStore.h"
#include "store/SqliteStore.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

Q_DECLARE_METATYPE(lk::StoreCounts)
Q_DECLARE_METATYPE(lk::Error)

class TestDatabasePreparation : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{1'800'000'000'000};

    // Three leases (one released) and `denials` denials in a fresh SQLite file.
    QString singleNodeData(const QString& name, int denials = 1) {
        const QString path = m_dir.filePath(name);
        {
            SqliteStore store(path, m_clock);
            if (!store.open())
                return {};
            LicenseTerms terms;
            terms.licenseId = u"acme"_s;
            terms.expiresMs = m_clock.nowMs() + 86400000;
            terms.components = {{u"vdp"_s, {3, 8, 100}}};
            const LeaseEngine engine(u"lm-single"_s);
            QStringList ids;
            (void)store.runBatch({[&](StoreTransaction& tx) {
                for (const QString& instance : {u"a"_s, u"b"_s, u"c"_s}) {
                    auto outcome =
                        engine.grant(tx, terms, LeaseRequest{u"vdp"_s, instance, u"h"_s, {}, 2, u"1"_s});
                    if (outcome && std::holds_alternative<Lease>(outcome.value()))
                        ids << std::get<Lease>(outcome.value()).id;
                }
                return Status(engine.release(tx, ids.first()).ok() ? Status()
                                                                   : makeError(u"t"_s, u"release"_s));
            }});
        }
        const QString connection = u"seed-"_s + name;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(path);
            if (!db.open())
                return {};
            QSqlQuery seed(db);
            const bool seeded = seed.exec(
                u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                "INSERT INTO denials (at_ms, component, instance, host, ips, cores, version, node, reason, "
                "message) SELECT i, 'vdp', 'x' || i, 'h', '', 1, '1', 'lm-single', 'limit', 'full' FROM n"_s
                    .arg(denials));
            if (!seeded)
                qWarning("seeding denials: %s", qPrintable(seed.lastError().text()));
        }
        QSqlDatabase::removeDatabase(connection);
        return path;
    }

    static StoreCounts countsIn(const PgTestDatabase& db) {
        PostgresStore store(db.address, db.password);
        if (!store.open())
            return StoreCounts{-1, -1, -1};
        const auto counts = StoreMigration::counts(store);
        return counts ? counts.value() : StoreCounts{-1, -1, -1};
    }

    static Error failure(QSignalSpy& failed) { return failed.first().first().value<Error>(); }

private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<StoreCounts>();
        qRegisterMetaType<Error>();
    }

    void preparesTheSchemaAndCounts() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        DatabasePreparation preparation;
        QSignalSpy prepared(&preparation, &DatabasePreparation::prepared);
        QSignalSpy failed(&preparation, &DatabasePreparation::failed);
        preparation.prepare(db.address, db.password);
        QVERIFY(preparation.isBusy());
        QVERIFY(prepared.wait(15000));
        QVERIFY(!preparation.isBusy());
        QCOMPARE(failed.size(), 0);
        QCOMPARE(prepared.first().first().value<StoreCounts>(), StoreCounts{});
        QVERIFY(db.exec(u"SELECT COUNT(*) FROM leases"_s)); // the schema is there
    }

    void movesTheLocalDataWithProgress() {
        const QString source = singleNodeData(u"move.db"_s);
        QVERIFY(!source.isEmpty());
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        DatabasePreparation preparation;
        QSignalSpy progress(&preparation, &DatabasePreparation::progress);
        QSignalSpy migrated(&preparation, &DatabasePreparation::migrated);
        QSignalSpy failed(&preparation, &DatabasePreparation::failed);
        preparation.migrate(source, db.address, db.password);
        QVERIFY(migrated.wait(15000));
        QCOMPARE(failed.size(), 0);
        const StoreCounts copied = migrated.first().first().value<StoreCounts>();
        QCOMPARE(copied, (StoreCounts{3, 2, 1}));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), 4);
        QCOMPARE(progress.last().at(1).toLongLong(), 4);
        QCOMPARE(countsIn(db), copied);

        // Again: the target holds data now and is left alone.
        preparation.migrate(source, db.address, db.password);
        QVERIFY(failed.wait(15000));
        QCOMPARE(failure(failed).code, u"target_not_empty"_s);
        QVERIFY2(failure(failed).message.contains(u"already holds data"_s),
                 qPrintable(failure(failed).message));
        QCOMPARE(countsIn(db), copied);
    }

    void aWrongPasswordIsReportedWithoutIt() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        DatabasePreparation preparation;
        QSignalSpy prepared(&preparation, &DatabasePreparation::prepared);
        QSignalSpy failed(&preparation, &DatabasePreparation::failed);
        preparation.prepare(db.address, u"wrong-password"_s);
        QVERIFY(failed.wait(15000));
        QCOMPARE(prepared.size(), 0);
        const QString message = failure(failed).message;
        QVERIFY2(message.contains(u"password authentication failed"_s), qPrintable(message));
        QVERIFY2(message.contains(db.address.toString()), qPrintable(message));
        QVERIFY(!message.contains(u"wrong-password"_s));
    }

    void anUnreachableDatabaseIsReported() {
        QTcpServer probe; // a port nobody listens on once it is closed
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        auto address =
            PostgresAddress::parse(u"postgresql://leasekeeper@127.0.0.1:%1/leasekeeper"_s.arg(port));
        QVERIFY(address);
        DatabasePreparation preparation;
        QSignalSpy failed(&preparation, &DatabasePreparation::failed);
        preparation.prepare(address.value(), u"pw"_s);
        QVERIFY(failed.wait(15000));
        const QString message = failure(failed).message;
        QVERIFY2(message.contains(u"connecting to PostgreSQL at"_s), qPrintable(message));
        QVERIFY2(message.contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(message));
    }

    void aMissingLocalDatabaseCopiesNothing() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        const QString missing = m_dir.filePath(u"missing.db"_s);
        DatabasePreparation preparation;
        QSignalSpy failed(&preparation, &DatabasePreparation::failed);
        preparation.migrate(missing, db.address, db.password);
        QVERIFY(failed.size() == 1 || failed.wait(15000));
        QCOMPARE(failure(failed).code, u"source_missing"_s);
        QVERIFY(failure(failed).message.contains(missing));
        QVERIFY(!QFile::exists(missing)); // not created by looking at it
    }

    void aCancelledCopyKeepsNothing() {
        const QString source = singleNodeData(u"cancel.db"_s, 2500); // more than one page of rows
        QVERIFY(!source.isEmpty());
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        DatabasePreparation preparation;
        QSignalSpy migrated(&preparation, &DatabasePreparation::migrated);
        QSignalSpy failed(&preparation, &DatabasePreparation::failed);
        preparation.migrate(source, db.address, db.password);
        preparation.cancel();
        QVERIFY(failed.wait(15000));
        QCOMPARE(migrated.size(), 0);
        QCOMPARE(failure(failed).code, u"cancelled"_s);
        QCOMPARE(countsIn(db), StoreCounts{});
    }

    void destroyedMidCopyEndsCleanlyAndKeepsNothing() {
        const QString source = singleNodeData(u"destroy.db"_s, 2500);
        QVERIFY(!source.isEmpty());
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        auto preparation = std::make_unique<DatabasePreparation>();
        preparation->migrate(source, db.address, db.password);
        preparation.reset();               // cancels and waits for its thread
        QCoreApplication::processEvents(); // nothing queued for it may arrive now
        QCOMPARE(countsIn(db), StoreCounts{});
    }
};

QTEST_GUILESS_MAIN(TestDatabasePreparation)
#include "tst_databasepreparation.moc"
