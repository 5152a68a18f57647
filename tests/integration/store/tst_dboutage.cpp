// leasekeeper-server on PostgreSQL, under load from simulated components,
// while PostgreSQL is stopped cleanly and, later, crashed. During the outage
// /pingLicenseManager answers 503 store_unavailable and says which database
// is missing, and component requests get a 503 within a bounded time instead
// of hanging. When PostgreSQL is back the node recovers by itself, and every
// lease the components were granted is still there, counted once.
#include "HttpTestClient.h"
#include "LeaseLoad.h"
#include "LeaseLoadNode.h"
#include "PgTestCluster.h"
#include "PgTestDatabase.h"
#include "ServerProcess.h"
#include "TestFiles.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <memory>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestDbOutage : public QObject {
    Q_OBJECT

    // A component request during the outage must be answered within this.
    static constexpr int kAnswerBoundMs = 3000;

    QTemporaryDir m_dir;
    PgTestCluster m_cluster;
    std::unique_ptr<PgTestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<LeaseLoad> m_load;
    quint16 m_port = 0;

    // instance -> lease id of the node's live leases; the cores they hold in `cores`.
    QMap<QString, QString> liveLeases(int* cores) {
        const leaseload::LiveLeases live = leaseload::liveLeases(m_port);
        *cores = leaseload::coresOf(live);
        return leaseload::idsOf(live);
    }

    QByteArray loadReport() const {
        const LeaseLoad::Counts& c = m_load->counts();
        return u"grants %1, renewals %2, releases %3, denied %4, 503 %5, no answer %6, slowest %7 ms; %8"_s
            .arg(c.grants)
            .arg(c.renewals)
            .arg(c.releases)
            .arg(c.denied)
            .arg(c.unavailable)
            .arg(c.noAnswer)
            .arg(c.slowestMs)
            .arg(m_load->violations().join(u"; "_s))
            .toUtf8();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_cluster.start(), "the PostgreSQL cluster did not start (scripts/pg-test-cluster.sh)");
        m_database = std::make_unique<PgTestDatabase>();
        QVERIFY2(m_database->ok(), qPrintable(m_database->error));
        QVERIFY(leaseload::writeNodeFiles(m_dir.path()));
        const QString token = m_dir.filePath(u"admin.token"_s);
        const QString password = m_dir.filePath(u"db.password"_s);
        QVERIFY(writeTestFile(password, m_database->password.toUtf8()));

        m_server = std::make_unique<ServerProcess>();
        m_port =
            m_server->start({u"--db"_s, m_database->url(), u"--db-password-file"_s, password, u"--license"_s,
                             m_dir.filePath(u"license.json"_s), u"--trust"_s, m_dir.filePath(u"issuer.pub"_s),
                             u"--admin-token-file"_s, token, u"--data-dir"_s, m_dir.path(), u"--node-name"_s,
                             u"outage-node"_s, u"--bind"_s, u"127.0.0.1"_s});
        QVERIFY2(m_port != 0, m_server->log().constData());
        HttpTestClient client(m_port);
        QTRY_COMPARE_WITH_TIMEOUT(client.get(u"/pingLicenseManager"_s).status, 200, 10000);
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("load seed %u", seed);
        m_load = std::make_unique<LeaseLoad>(u"vdp"_s, leaseload::kComponents, leaseload::kMaxInstances,
                                             leaseload::kMaxTotalCores, seed);
    }

    void theNodeRidesOutADatabaseOutage_data() {
        QTest::addColumn<QString>("how");
        QTest::newRow("clean stop") << u"halt"_s;
        QTest::newRow("crash") << u"crash"_s;
    }

    void theNodeRidesOutADatabaseOutage() {
        QFETCH(QString, how);
        HttpTestClient client(m_port);
        int cores = 0;
        m_load->adopt(liveLeases(&cores));
        m_load->start(m_port, 2 * kAnswerBoundMs);
        const int before = m_load->counts().answers();
        QVERIFY2(QTest::qWaitFor([&] { return m_load->counts().answers() - before >= 200; }, 10000),
                 loadReport().constData());
        const QMap<QString, QString> heldBefore = m_load->held();
        const LeaseLoad::Counts atStop = m_load->counts();

        // The outage: the node says so at once, and every request is answered.
        QElapsedTimer outage;
        outage.start();
        QCOMPARE(m_cluster.run(how), 0);
        // Should a check fail below, the next row still finds PostgreSQL up.
        auto restart = qScopeGuard([this] { m_cluster.recover(); });
        const qint64 stoppedMs = outage.elapsed();
        HttpResult ping;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         ping = client.get(u"/pingLicenseManager"_s);
                         return ping.status == 503;
                     },
                     5000),
                 ping.body.constData());
        const qint64 detectedMs = outage.elapsed() - stoppedMs;
        QCOMPARE(ping.json.value(u"reason"_s).toString(), u"store_unavailable"_s);
        const QString message = ping.json.value(u"message"_s).toString();
        QVERIFY2(message.contains(u"PostgreSQL"_s, Qt::CaseInsensitive), qPrintable(message));
        qInfo("ping during the outage: %s", ping.body.constData());

        QElapsedTimer asked;
        asked.start();
        const HttpResult grant =
            client.post(u"/api/v1/leases"_s, QJsonObject{{u"component"_s, u"vdp"_s},
                                                         {u"instance"_s, u"during-outage"_s},
                                                         {u"host"_s, u"h"_s},
                                                         {u"ips"_s, QJsonArray()},
                                                         {u"cores"_s, 1},
                                                         {u"version"_s, u"1"_s}});
        const qint64 grantMs = asked.elapsed();
        QCOMPARE(grant.status, 503);
        QVERIFY2(grant.json.value(u"error"_s).toString().startsWith(u"store_"_s), grant.body.constData());
        QVERIFY2(grantMs < kAnswerBoundMs, qPrintable(u"a grant took %1 ms to be refused"_s.arg(grantMs)));
        qInfo("a grant during the outage: %d after %lld ms: %s", grant.status, grantMs,
              grant.body.constData());
        // Every component is refused at least once more while the database is away.
        const int refusedBefore = m_load->counts().unavailable;
        QVERIFY2(QTest::qWaitFor(
                     [&] { return m_load->counts().unavailable - refusedBefore >= leaseload::kComponents; },
                     10000),
                 loadReport().constData());
        QCOMPARE(m_load->counts().noAnswer, 0);
        QVERIFY2(m_load->counts().slowestMs < kAnswerBoundMs, loadReport().constData());

        // Back: the node recovers by itself and serves again.
        restart.dismiss();
        QVERIFY(m_cluster.recover());
        QElapsedTimer recovery;
        recovery.start();
        QVERIFY2(QTest::qWaitFor([&] { return client.get(u"/pingLicenseManager"_s).status == 200; }, 5000),
                 client.get(u"/pingLicenseManager"_s).body.constData());
        const qint64 recoveredMs = recovery.elapsed();
        const int served = m_load->counts().grants + m_load->counts().renewals;
        QVERIFY2(
            QTest::qWaitFor(
                [&] { return m_load->counts().grants + m_load->counts().renewals - served >= 100; }, 10000),
            loadReport().constData());
        m_load->stop();

        // Requests abandoned by stop() may still be in the node's queue: read
        // once the list and the usage count agree and stay put.
        QMap<QString, QString> live;
        QJsonObject usage;
        const auto settled = [&] {
            live = liveLeases(&cores);
            usage = client.get(u"/api/v1/status"_s).json[u"license"_s][u"components"_s][u"vdp"_s].toObject();
            int coresAgain = 0;
            return usage.value(u"instances_used"_s).toInt(-1) == live.size() &&
                   usage.value(u"cores_used"_s).toInt(-1) == cores && liveLeases(&coresAgain) == live;
        };
        QVERIFY2(
            QTest::qWaitFor(settled, 5000),
            qPrintable(u"%1 leases listed, status says %2"_s.arg(live.size())
                           .arg(QString::fromUtf8(QJsonDocument(usage).toJson(QJsonDocument::Compact)))));

        // Nothing acknowledged was lost, nothing counted twice, nothing over the license.
        const QMap<QString, QString> held = m_load->held();
        for (auto it = held.cbegin(); it != held.cend(); ++it)
            QCOMPARE(live.value(it.key()), it.value());
        QVERIFY2(m_load->violations().isEmpty(), loadReport().constData());
        QCOMPARE(m_load->counts().noAnswer, 0);
        QCOMPARE(m_load->counts().unexpected, 0);
        QVERIFY(live.size() <= leaseload::kMaxInstances && cores <= leaseload::kMaxTotalCores);
        qInfo("%s: %lld leases held at the outage; ping 503 %lld ms after the stop; %d requests refused "
              "with 503 during it (slowest answer %lld ms); ping 200 %lld ms after PostgreSQL accepted "
              "connections again; %lld leases live, none lost",
              qPrintable(how), qlonglong(heldBefore.size()), detectedMs,
              m_load->counts().unavailable - atStop.unavailable, m_load->counts().slowestMs, recoveredMs,
              qlonglong(live.size()));
    }

    void cleanupTestCase() {
        if (m_load)
            m_load->stop();
        m_server.reset();   // SIGKILL; its sessions end with it
        m_database.reset(); // drops the database; the cluster stops with m_cluster
    }
};

QTEST_GUILESS_MAIN(TestDbOutage)
#include "tst_dboutage.moc"
