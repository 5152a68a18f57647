// leasekeeper-server on SQLite, under load from simulated components, killed
// with SIGKILL at a random moment 20 times and restarted on the same database
// each time. After every kill the database file passes PRAGMA
// integrity_check and holds every lease whose grant the components received;
// after every restart the node still has them, and neither the node nor the
// components ever hold more than the license allows. The random moments come
// from a seed printed in the log; LK_CRASH_SEED=<seed> repeats a run.
#include "HttpTestClient.h"
#include "LeaseLoad.h"
#include "LeaseLoadNode.h"
#include "ServerProcess.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;
using namespace lk::test::leaseload;

class TestCrashSafety : public QObject {
    Q_OBJECT

    static constexpr int kRounds = 20;
    static constexpr int kMaxKillAfterAnswers = 400;

    QTemporaryDir m_dir;

    QString databasePath() const { return m_dir.filePath(u"leasekeeper.db"_s); }

    QStringList serverArguments() const {
        return ServerProcess::nodeArguments(m_dir.path(), u"crash-node"_s) +
               QStringList{u"--db"_s, u"sqlite:"_s + databasePath()};
    }

    // Opens the file of a dead node read-only: its integrity verdict and live leases.
    LiveLeases leasesFromFile(QString* integrity) {
        LiveLeases leases;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"crashed"_s);
            db.setDatabaseName(databasePath());
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (!db.open()) {
                *integrity = u"cannot open: "_s + db.lastError().text();
            } else {
                QSqlQuery query(db);
                *integrity = query.exec(u"PRAGMA integrity_check"_s) && query.next()
                                 ? query.value(0).toString()
                                 : u"integrity_check failed: "_s + query.lastError().text();
                QSqlQuery live(db);
                if (!live.exec(u"SELECT instance, id, cores FROM leases WHERE ended_ms IS NULL"_s))
                    *integrity += u"; reading leases failed: "_s + live.lastError().text();
                while (live.next())
                    leases.insert(live.value(0).toString(),
                                  {live.value(1).toString(), live.value(2).toInt()});
            }
        }
        QSqlDatabase::removeDatabase(u"crashed"_s);
        return leases;
    }

    // Fails unless every lease the components hold is in `live`, with its id.
    static QString missing(const QMap<QString, QString>& held, const LiveLeases& live) {
        QStringList lost;
        for (auto it = held.cbegin(); it != held.cend(); ++it) {
            if (live.value(it.key()).id != it.value())
                lost << u"%1 (%2)"_s.arg(it.value(), it.key());
        }
        return lost.join(u", "_s);
    }

    // Empty when `live` fits the license.
    static QString overLimit(const LiveLeases& live) {
        const int cores = coresOf(live);
        if (live.size() <= kMaxInstances && cores <= kMaxTotalCores)
            return {};
        return u"%1 leases and %2 cores live; the license allows %3 and %4"_s.arg(live.size())
            .arg(cores)
            .arg(kMaxInstances)
            .arg(kMaxTotalCores);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(writeNodeFiles(m_dir.path()));
    }

    void acknowledgedLeasesSurviveSigkill() {
        const quint32 seed = qEnvironmentVariableIsSet("LK_CRASH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("LK_CRASH_SEED"))
                                 : QRandomGenerator::global()->generate();
        qInfo("seed %u (LK_CRASH_SEED=%u repeats this run)", seed, seed);
        QRandomGenerator random(seed);
        LeaseLoad load(u"vdp"_s, kComponents, kMaxInstances, kMaxTotalCores, random.generate());
        QElapsedTimer elapsed;
        elapsed.start();
        int kills = 0;
        int inFlightAtKills = 0;
        int unacknowledged = 0; // grants committed whose answer the kill cut off
        qint64 restartMs = 0;
        LiveLeases inFile;

        for (int round = 0; round <= kRounds; ++round) {
            QElapsedTimer restart;
            restart.start();
            auto server = std::make_unique<ServerProcess>();
            const quint16 port = server->start(serverArguments());
            QVERIFY2(port != 0, server->log().constData());
            HttpTestClient client(port);
            QTRY_COMPARE_WITH_TIMEOUT(client.get(u"/pingLicenseManager"_s).status, 200, 5000);
            restartMs += restart.elapsed();

            // What the node says now is what it had on disk when it died, and
            // it holds every lease the components were told they have.
            const LiveLeases live = liveLeases(port);
            const QString lost = missing(load.held(), live);
            QVERIFY2(lost.isEmpty(),
                     qPrintable(u"round %1: acknowledged leases lost: %2"_s.arg(round).arg(lost)));
            if (round > 0)
                QCOMPARE(idsOf(live), idsOf(inFile));
            QVERIFY2(overLimit(live).isEmpty(), qPrintable(overLimit(live)));
            const QJsonObject usage =
                client.get(u"/api/v1/status"_s).json[u"license"_s][u"components"_s][u"vdp"_s].toObject();
            QCOMPARE(usage.value(u"instances_used"_s).toInt(-1), live.size());
            QCOMPARE(usage.value(u"cores_used"_s).toInt(-1), coresOf(live));
            unacknowledged += load.adopt(idsOf(live));
            if (round == kRounds)
                break; // the last start only checks what the last kill left

            const int killAfter = int(random.bounded(kMaxKillAfterAnswers + 1));
            const int answersBefore = load.counts().answers();
            load.start(port);
            QVERIFY2(
                QTest::qWaitFor([&] { return load.counts().answers() - answersBefore >= killAfter; }, 10000),
                qPrintable(u"round %1: only %2 answers"_s.arg(round).arg(load.counts().answers())));
            const int inFlight = load.inFlight();
            QCOMPARE(::kill(pid_t(server->pid()), SIGKILL), 0);
            server->kill(); // reaps it
            QVERIFY(!server->running());
            load.stop();
            ++kills;
            inFlightAtKills += inFlight;
            QVERIFY2(load.violations().isEmpty(), qPrintable(load.violations().join(u'\n')));

            QString integrity;
            inFile = leasesFromFile(&integrity);
            QCOMPARE(integrity, u"ok"_s);
            const QString lostOnDisk = missing(load.held(), inFile);
            QVERIFY2(
                lostOnDisk.isEmpty(),
                qPrintable(u"round %1: acknowledged leases not on disk: %2"_s.arg(round).arg(lostOnDisk)));
            QVERIFY2(overLimit(inFile).isEmpty(), qPrintable(overLimit(inFile)));
            qInfo("round %d: killed after %d answers with %d requests in flight; %lld leases on disk",
                  round + 1, killAfter, inFlight, qlonglong(inFile.size()));
        }

        const LeaseLoad::Counts& counts = load.counts();
        qInfo("%d kills in %lld ms (restart to ready: %lld ms on average); acknowledged: %d grants, %d "
              "renewals, %d releases; %d grants denied (no place); %d requests in flight at the kills, of "
              "which %d grants took effect unanswered; 0 lost, integrity ok, never over the limits",
              kills, elapsed.elapsed(), restartMs / (kRounds + 1), counts.grants, counts.renewals,
              counts.releases, counts.denied, inFlightAtKills, unacknowledged);
        QCOMPARE(counts.unexpected, 0);
        QVERIFY(counts.grants > kRounds);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
