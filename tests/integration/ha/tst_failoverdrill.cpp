// The wizard's failover drill against two real nodes behind a real HAProxy:
// traffic moves to the secondary and comes back; a refused token or a load
// balancer that never moves traffic is reported, and maintenance is always
// switched off again.
#include "FreePort.h"
#include "HttpTestClient.h"
#include "LoadBalancerProcess.h"
#include "TestServer.h"
#include "ha/DrillRunner.h"
#include "ha/FailoverDrill.h"
#include "ha/LoadBalancerConfig.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestFailoverDrill : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

    struct Pair {
        TestServer primary{exampleTerms(), u"lm-a"_s};
        TestServer secondary{exampleTerms(), u"lm-b"_s};
        quint16 balancerPort = freePort();
        std::unique_ptr<LoadBalancerProcess> balancer;
    };

    bool startPair(Pair& pair) {
        if (!pair.primary.start() || !pair.secondary.start())
            return false;
        const QString haproxy = LoadBalancerProcess::find(u"haproxy"_s);
        if (haproxy.isEmpty())
            return false;
        const LoadBalancerSettings settings{{u"127.0.0.1"_s, pair.primary.port()},
                                            {u"127.0.0.1"_s, pair.secondary.port()},
                                            {u"127.0.0.1"_s, pair.balancerPort}};
        const QString file =
            LoadBalancerProcess::writeFile(m_dir.filePath(u"haproxy-%1.cfg"_s.arg(pair.balancerPort)),
                                           LoadBalancerConfig::haproxy(settings));
        pair.balancer = std::make_unique<LoadBalancerProcess>(haproxy, QStringList{u"-db"_s, u"-f"_s, file});
        return HttpTestClient(pair.balancerPort).waitUntilServedBy("lm-a");
    }

    FailoverDrill::Setup setup(const Pair& pair, QByteArray token) {
        FailoverDrill::Setup s;
        s.primary = QUrl(u"http://127.0.0.1:%1"_s.arg(pair.primary.port()));
        s.loadBalancer = QUrl(u"http://127.0.0.1:%1"_s.arg(pair.balancerPort));
        s.primaryToken = std::move(token);
        s.primaryNode = u"lm-a"_s;
        s.secondaryNode = u"lm-b"_s;
        s.phaseTimeoutMs = 15000;
        return s;
    }

private Q_SLOTS:
    void trafficMovesToTheSecondaryAndComesBack() {
        Pair pair;
        QVERIFY2(startPair(pair), "the pair or HAProxy did not start (is haproxy installed?)");
        FailoverDrill drill(m_network, setup(pair, QByteArray(TestServer::kAdminToken.data(),
                                                              TestServer::kAdminToken.size())));
        QSignalSpy done(&drill, &FailoverDrill::finished);
        QSignalSpy progress(&drill, &FailoverDrill::progress);
        drill.start();
        QVERIFY(done.wait(40000));
        QVERIFY2(done.first().first().toBool(), qPrintable(drill.error()));
        const DrillReport& report = drill.report();
        QVERIFY(report.movedAfterMs >= 0 && report.returnedAfterMs >= 0);
        QCOMPARE(report.failed, 0); // maintenance moves traffic without a failed request
        QVERIFY(progress.size() >= 3);
        qInfo("moved after %lld ms, returned after %lld ms, %d pings", report.movedAfterMs,
              report.returnedAfterMs, report.requests);
        QCOMPARE(HttpTestClient(pair.primary.port())
                     .get(u"/api/v1/maintenance"_s)
                     .json.value(u"maintenance"_s)
                     .toBool(),
                 false);
    }

    void itsHalvesDrainThePrimaryAndLaterBringTrafficBack() {
        Pair pair;
        QVERIFY2(startPair(pair), "the pair or HAProxy did not start (is haproxy installed?)");
        const QByteArray token(TestServer::kAdminToken.data(), TestServer::kAdminToken.size());
        FailoverDrill drain(m_network, setup(pair, token));
        QSignalSpy drained(&drain, &FailoverDrill::finished);
        drain.startDrain();
        QVERIFY(drained.wait(40000));
        QVERIFY2(drained.first().first().toBool(), qPrintable(drain.error()));
        QVERIFY(drain.report().movedAfterMs >= 0);
        QCOMPARE(drain.report().returnedAfterMs, -1);
        // Left in maintenance, as an update needs, and traffic stays away.
        QCOMPARE(HttpTestClient(pair.primary.port()).get(u"/pingLicenseManager"_s).status, 503);
        QCOMPARE(HttpTestClient(pair.balancerPort).get(u"/api/v1/time"_s).header("X-License-Manager-Node"),
                 QByteArray("lm-b"));

        FailoverDrill back(m_network, setup(pair, token));
        QSignalSpy returned(&back, &FailoverDrill::finished);
        back.startReturn();
        QVERIFY(returned.wait(40000));
        QVERIFY2(returned.first().first().toBool(), qPrintable(back.error()));
        QVERIFY(back.report().returnedAfterMs >= 0);
        QCOMPARE(back.report().failed, 0);
        QCOMPARE(HttpTestClient(pair.primary.port()).get(u"/pingLicenseManager"_s).status, 200);
    }

    void aRefusedTokenIsReportedAndNothingChanges() {
        Pair pair;
        QVERIFY2(startPair(pair), "the pair or HAProxy did not start");
        FailoverDrill drill(m_network, setup(pair, "not-the-token"));
        QSignalSpy done(&drill, &FailoverDrill::finished);
        drill.start();
        QVERIFY(done.wait(10000));
        QVERIFY(!done.first().first().toBool());
        QVERIFY2(drill.error().contains(u"admin token was refused"_s), qPrintable(drill.error()));
        QCOMPARE(HttpTestClient(pair.primary.port()).get(u"/pingLicenseManager"_s).status, 200);
    }

    void aLoadBalancerThatNeverMovesTrafficTimesOutAndUndoesMaintenance() {
        Pair pair;
        QVERIFY2(pair.primary.start() && pair.secondary.start(), "nodes did not start");
        FailoverDrill::Setup s =
            setup(pair, QByteArray(TestServer::kAdminToken.data(), TestServer::kAdminToken.size()));
        s.loadBalancer = QUrl(u"http://127.0.0.1:%1"_s.arg(pair.primary.port())); // no balancer at all
        s.phaseTimeoutMs = 1000;
        FailoverDrill drill(m_network, s);
        QSignalSpy done(&drill, &FailoverDrill::finished);
        drill.start();
        QVERIFY(done.wait(10000));
        QVERIFY(!done.first().first().toBool());
        QVERIFY2(drill.error().contains(u"still sends traffic to lm-a"_s), qPrintable(drill.error()));
        QTRY_COMPARE(HttpTestClient(pair.primary.port()).get(u"/pingLicenseManager"_s).status, 200);
    }

    // DrillRunner, the service both wizards' pages use: given only addresses,
    // it learns the node names from the nodes and sums up what it measured.
    void theRunnerLearnsTheNamesAndSumsUpTheDrill() {
        Pair pair;
        QVERIFY2(startPair(pair), "the pair or HAProxy did not start (is haproxy installed?)");
        FailoverDrill::Setup s =
            setup(pair, QByteArray(TestServer::kAdminToken.data(), TestServer::kAdminToken.size()));
        s.primaryNode.clear();
        s.secondaryNode.clear();
        s.secondary = QUrl(u"http://127.0.0.1:%1"_s.arg(pair.secondary.port()));
        DrillRunner runner(m_network, DrillRunner::Mode::Drill);
        QSignalSpy done(&runner, &DrillRunner::finished);
        QSignalSpy progress(&runner, &DrillRunner::progress);
        runner.start(s);
        QVERIFY(runner.isRunning());
        QVERIFY(done.wait(40000));
        QVERIFY2(done.first().first().toBool(), qPrintable(runner.summary()));
        QVERIFY(!runner.isRunning());
        QCOMPARE(progress.first().first().toString(), u"Asking both nodes for their names..."_s);
        QVERIFY(progress.size() >= 4);
        QVERIFY2(runner.summary().startsWith(u"Traffic moved to the secondary after"_s),
                 qPrintable(runner.summary()));
        QVERIFY2(runner.summary().contains(u"0 of %1 requests"_s.arg(runner.report().requests)),
                 qPrintable(runner.summary()));
        QCOMPARE(HttpTestClient(pair.primary.port()).get(u"/pingLicenseManager"_s).status, 200);
    }

    void theRunnerDrainsAndLeavesThePrimaryInMaintenance() {
        Pair pair;
        QVERIFY2(startPair(pair), "the pair or HAProxy did not start (is haproxy installed?)");
        DrillRunner runner(m_network, DrillRunner::Mode::Drain);
        QSignalSpy done(&runner, &DrillRunner::finished);
        runner.start(setup(pair, QByteArray(TestServer::kAdminToken.data(), TestServer::kAdminToken.size())));
        QVERIFY(done.wait(40000));
        QVERIFY2(done.first().first().toBool(), qPrintable(runner.summary()));
        QVERIFY2(runner.summary().endsWith(u"Now update the primary."_s), qPrintable(runner.summary()));
        QCOMPARE(runner.report().returnedAfterMs, -1);
        QCOMPARE(HttpTestClient(pair.primary.port()).get(u"/pingLicenseManager"_s).status, 503);
    }

    void theRunnerDoesNotTouchThePrimaryWhenTheSecondaryIsSilent() {
        Pair pair;
        QVERIFY2(pair.primary.start(), "the primary did not start");
        FailoverDrill::Setup s =
            setup(pair, QByteArray(TestServer::kAdminToken.data(), TestServer::kAdminToken.size()));
        s.primaryNode.clear();
        s.secondaryNode.clear();
        s.secondary = QUrl(u"http://127.0.0.1:%1"_s.arg(freePort())); // nobody listens
        DrillRunner runner(m_network, DrillRunner::Mode::Drain);
        QSignalSpy done(&runner, &DrillRunner::finished);
        runner.start(s);
        QVERIFY(done.wait(15000));
        QVERIFY(!done.first().first().toBool());
        QCOMPARE(runner.summary(),
                 u"Both nodes must answer before traffic can move; go back and check them."_s);
        const HttpResult maintenance = HttpTestClient(pair.primary.port()).get(u"/api/v1/maintenance"_s);
        QCOMPARE(maintenance.status, 200);
        QCOMPARE(maintenance.json.value(u"maintenance"_s).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestFailoverDrill)
#include "tst_failoverdrill.moc"
