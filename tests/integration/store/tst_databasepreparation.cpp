// The HA wizard's database work without widgets: a real PostgreSQL database
// prepared, a real SQLite file copied into it, and the failures an
// administrator meets (wrong password, nobody listening, a busy target),
// each with its message; cancelling and destroying mid-copy keep nothing.
#include "ManualClock.h"
#include "PgTestDatabase.h"
#include "SingleNodeData.h"
#include "store/DatabasePreparation.h"
#include "store/PostgresStore.h"

#include <QSignalSpy>
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
        return writeSingleNodeData(m_dir.filePath(name), m_clock, denials);
    }

    static StoreCounts countsIn(const PgTestDatabase& db) {
        PostgresStore store(db.address, db.password);
        if (!store.open())
            return StoreCounts{-1, -1, -1};
        const auto counts = StoreMigration::counts(store);
        return counts ? counts.value() : StoreCounts{-1, -1, -1};
    }

    // A preparation with a spy on each of its signals.
    struct Spied {
        DatabasePreparation preparation;
        QSignalSpy progress{&preparation, &DatabasePreparation::progress};
        QSignalSpy prepared{&preparation, &DatabasePreparation::prepared};
        QSignalSpy migrated{&preparation, &DatabasePreparation::migrated};
        QSignalSpy failed{&preparation, &DatabasePreparation::failed};

        Error failure() const { return failed.first().first().value<Error>(); }
    };

private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<StoreCounts>();
        qRegisterMetaType<Error>();
    }

    void preparesTheSchemaAndCounts() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        Spied spied;
        spied.preparation.prepare(db.address, db.password);
        QVERIFY(spied.preparation.isBusy());
        QVERIFY(spied.prepared.wait(15000));
        QVERIFY(!spied.preparation.isBusy());
        QCOMPARE(spied.failed.size(), 0);
        QCOMPARE(spied.prepared.first().first().value<StoreCounts>(), StoreCounts{});
        QVERIFY(db.exec(u"SELECT COUNT(*) FROM leases"_s)); // the schema is there
    }

    void movesTheLocalDataWithProgress() {
        const QString source = singleNodeData(u"move.db"_s);
        QVERIFY(!source.isEmpty());
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        Spied spied;
        spied.preparation.migrate(source, db.address, db.password);
        QVERIFY(spied.migrated.wait(15000));
        QCOMPARE(spied.failed.size(), 0);
        const StoreCounts copied = spied.migrated.first().first().value<StoreCounts>();
        QCOMPARE(copied, (StoreCounts{3, 2, 1}));
        QVERIFY(!spied.progress.isEmpty());
        QCOMPARE(spied.progress.last().at(0).toLongLong(), 4);
        QCOMPARE(spied.progress.last().at(1).toLongLong(), 4);
        QCOMPARE(countsIn(db), copied);

        // Again: the target holds data now and is left alone.
        spied.preparation.migrate(source, db.address, db.password);
        QVERIFY(spied.failed.wait(15000));
        QCOMPARE(spied.failure().code, u"target_not_empty"_s);
        QVERIFY2(spied.failure().message.contains(u"already holds data"_s),
                 qPrintable(spied.failure().message));
        QCOMPARE(countsIn(db), copied);
    }

    void aWrongPasswordIsReportedWithoutIt() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        Spied spied;
        spied.preparation.prepare(db.address, u"wrong-password"_s);
        QVERIFY(spied.failed.wait(15000));
        QCOMPARE(spied.prepared.size(), 0);
        const QString message = spied.failure().message;
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
        Spied spied;
        spied.preparation.prepare(address.value(), u"pw"_s);
        QVERIFY(spied.failed.wait(15000));
        const QString message = spied.failure().message;
        QVERIFY2(message.contains(u"connecting to PostgreSQL at"_s), qPrintable(message));
        QVERIFY2(message.contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(message));
    }

    void aMissingLocalDatabaseCopiesNothing() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        const QString missing = m_dir.filePath(u"missing.db"_s);
        Spied spied;
        spied.preparation.migrate(missing, db.address, db.password);
        QVERIFY(spied.failed.size() == 1 || spied.failed.wait(15000));
        QCOMPARE(spied.failure().code, u"source_missing"_s);
        QVERIFY(spied.failure().message.contains(missing));
        QVERIFY(!QFile::exists(missing)); // not created by looking at it
    }

    void aCancelledCopyKeepsNothing() {
        const QString source = singleNodeData(u"cancel.db"_s, 2500); // more than one page of rows
        QVERIFY(!source.isEmpty());
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        Spied spied;
        spied.preparation.migrate(source, db.address, db.password);
        spied.preparation.cancel();
        QVERIFY(spied.failed.wait(15000));
        QCOMPARE(spied.migrated.size(), 0);
        QCOMPARE(spied.failure().code, u"cancelled"_s);
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
