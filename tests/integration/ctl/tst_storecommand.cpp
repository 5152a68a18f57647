// `leasekeeper-ctl store migrate`: a single node's SQLite data moved into
// PostgreSQL for an HA pair, verified, and never over a non-empty target
// unless told to.
#include "ManualClock.h"
#include "PgTestDatabase.h"
#include "SingleNodeData.h"
#include "ctl/StoreCommand.h"
#include "store/PostgresStore.h"
#include "store/SqliteStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestStoreCommand : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{1'800'000'000'000};

    struct Run {
        int exit = -1;
        QString out;
        QString err;
    };
    static Run ctl(QStringList arguments) {
        Run run;
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        arguments.prepend(u"store"_s);
        run.exit = StoreCommand::run(arguments, out, err);
        return run;
    }

    // Three leases (one released) and one denial in a fresh SQLite file.
    QString singleNodeData(const QString& name) { return writeSingleNodeData(m_dir.filePath(name), m_clock); }

    QString passwordFile(const PgTestDatabase& db) {
        const QString path = m_dir.filePath(db.name + u".password"_s);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(db.password.toUtf8() + '\n');
        return path;
    }

private Q_SLOTS:
    void copiesLeasesAndHistoryAndVerifiesTheCounts() {
        const QString source = singleNodeData(u"copy.db"_s);
        QVERIFY(!source.isEmpty());
        const AuditEntry freed{0,
                               42,
                               u"lm-single"_s,
                               u"alice"_s,
                               u"admin"_s,
                               u"10.0.0.9"_s,
                               u"lease.free"_s,
                               u"lease-x"_s,
                               u"ok"_s,
                               u"host gone"_s};
        {
            SqliteStore store(source, m_clock);
            QVERIFY(store.open());
            QVERIFY(store.runBatch({[&](StoreTransaction& tx) { return tx.appendAudit(freed); }}));
            // Two refused probes of an overdue lease: the count goes on after the move.
            const Lease overdue = store.allActiveLeases().value().front();
            for (int probe = 0; probe < 2; ++probe) {
                QVERIFY(store.runBatch({[&](StoreTransaction& tx) {
                    return tx.recordProbe(overdue.id, overdue.lastRenewalMs,
                                          ProbeResult{overdue.lastRenewalMs + 60000 * (probe + 1),
                                                      ProbeOutcome::Refused, u"refused"_s});
                }}));
            }
            QCOMPARE(store.allActiveLeases().value().front().probes.size(), 2);
        }
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        const Run run = ctl({u"migrate"_s, u"--from"_s, u"sqlite:"_s + source, u"--to"_s, db.url(),
                             u"--to-password-file"_s, passwordFile(db)});
        QVERIFY2(run.exit == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"leases 3 (active 2), denials 1, audit entries 1"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"copied 7 of 7 rows"_s), qPrintable(run.out));

        PostgresStore target(db.address, db.password);
        QVERIFY(target.open());
        SqliteStore original(source, m_clock);
        QVERIFY(original.open());
        const auto byId = [](QList<Lease> leases) {
            std::sort(leases.begin(), leases.end(),
                      [](const Lease& a, const Lease& b) { return a.id < b.id; });
            return leases;
        };
        QCOMPARE(byId(target.allActiveLeases().value()), byId(original.allActiveLeases().value()));
        const QList<Lease> active = target.allActiveLeases().value();
        QCOMPARE(std::count_if(active.cbegin(), active.cend(),
                               [](const Lease& l) { return l.probes.size() == 2; }),
                 1); // the evidence moved with its lease
        QCOMPARE(target.history({}).value().size(), original.history({}).value().size());
        QCOMPARE(target.usageByType().value().value(u"vdp"_s).coresUsed, 4);
        // The audit trail moves with the leases.
        const auto trail = target.auditTrail({});
        QVERIFY(trail && trail->size() == 1);
        AuditEntry copied = trail->front();
        copied.id = 0;
        QCOMPARE(copied, freed);
    }

    void aTargetWithDataIsOnlyReplacedWhenForced() {
        const QString source = singleNodeData(u"force.db"_s);
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        const QStringList arguments{u"migrate"_s,    u"--from"_s, u"sqlite:"_s + source,
                                    u"--to"_s,       db.url(),    u"--to-password-file"_s,
                                    passwordFile(db)};
        QCOMPARE(ctl(arguments).exit, 0);
        const Run again = ctl(arguments);
        QCOMPARE(again.exit, 1);
        QVERIFY2(again.err.contains(u"already holds data (leases: 3, denials: 1)"_s), qPrintable(again.err));
        QVERIFY(again.err.contains(u"--force"_s));
        const Run forced = ctl(arguments + QStringList{u"--force"_s});
        QVERIFY2(forced.exit == 0, qPrintable(forced.err));
        PostgresStore target(db.address, db.password);
        QVERIFY(target.open());
        QCOMPARE(target.allActiveLeases()->size(), 2); // replaced, not doubled
    }

    void badSourcesAndTargetsSayWhatIsWrong() {
        const QString missing = m_dir.filePath(u"missing.db"_s);
        const Run noFile =
            ctl({u"migrate"_s, u"--from"_s, u"sqlite:"_s + missing, u"--to"_s, u"sqlite:/tmp/x.db"_s});
        QCOMPARE(noFile.exit, 1);
        QVERIFY2(noFile.err.contains(u"does not exist"_s), qPrintable(noFile.err));
        QVERIFY(!QFile::exists(missing)); // not created by looking at it

        const QString source = singleNodeData(u"bad.db"_s);
        const Run withPassword = ctl({u"migrate"_s, u"--from"_s, u"sqlite:"_s + source, u"--to"_s,
                                      u"postgresql://lk:hunter2@127.0.0.1/x"_s});
        QCOMPARE(withPassword.exit, 2);
        QVERIFY(withPassword.err.contains(u"--db-password-file"_s) ||
                withPassword.err.contains(u"password"_s));

        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        qputenv("LEASEKEEPER_DB_PASSWORD", "wrong-password");
        const Run wrong = ctl({u"migrate"_s, u"--from"_s, u"sqlite:"_s + source, u"--to"_s, db.url()});
        qunsetenv("LEASEKEEPER_DB_PASSWORD");
        QCOMPARE(wrong.exit, 1);
        QVERIFY2(wrong.err.contains(u"password authentication failed"_s), qPrintable(wrong.err));
        QVERIFY(!wrong.err.contains(u"wrong-password"_s));

        QCOMPARE(ctl({u"copy"_s}).exit, 2);
        QCOMPARE(ctl({u"migrate"_s, u"--from"_s, u"sqlite:"_s + source}).exit, 2);
    }
};

QTEST_GUILESS_MAIN(TestStoreCommand)
#include "tst_storecommand.moc"
