// `leasekeeper-ctl status` and `leases` against a real in-process node.
#include "CtlCapture.h"
#include "GrantRequest.h"
#include "HttpTestClient.h"
#include "TestServer.h"
#include "ctl/CtlExit.h"
#include "ctl/NodeCommands.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestNodeCommands : public QObject {
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    CtlCapture m_ctl;
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_server->port()); }

private Q_SLOTS:
    void init() {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        HttpTestClient client(m_server->port());
        QVERIFY(client.waitUntilReady());
        const QJsonObject request =
            grantRequest(u"vdp"_s, u"web-1:9999"_s, 8, u"9.1"_s, u"web-1"_s, QJsonArray{u"10.1.1.1"_s});
        QCOMPARE(client.post(u"/api/v1/leases"_s, request).status, 201);
    }
    void cleanup() { m_server.reset(); }

    void statusPrintsLicenseAndUsage() {
        QCOMPARE(m_ctl.run(&NodeCommands::status, {u"status"_s, u"--url"_s, url()}), int(CtlExit::Ok));
        QVERIFY2(m_ctl.out.contains(u"200 ready"_s), qPrintable(m_ctl.out));
        QVERIFY(m_ctl.out.contains(u"acme-2027 for ACME Corp"_s));
        QVERIFY(m_ctl.out.contains(u"1/2 instances  8/24 cores"_s));
    }

    void statusJsonCarriesPingAndStatus() {
        QCOMPARE(m_ctl.run(&NodeCommands::status, {u"status"_s, u"--url"_s, url(), u"--json"_s}),
                 int(CtlExit::Ok));
        const QJsonObject json = QJsonDocument::fromJson(m_ctl.out.toUtf8()).object();
        QCOMPARE(json.value(u"ping"_s).toObject().value(u"http_status"_s).toInt(), 200);
        QCOMPARE(json.value(u"status"_s).toObject().value(u"node"_s).toString(), u"node-a"_s);
    }

    void statusOfANodeNotReadyExitsFive() {
        m_server->clock.advanceDays(400); // the license has expired
        QCOMPARE(m_ctl.run(&NodeCommands::status, {u"status"_s, u"--url"_s, url()}), int(CtlExit::NotReady));
        QVERIFY(m_ctl.out.contains(u"license_expired"_s));
    }

    void statusOfAnUnreachableNodeSaysSo() {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        QCOMPARE(
            m_ctl.run(&NodeCommands::status, {u"status"_s, u"--url"_s, u"http://127.0.0.1:%1"_s.arg(port)}),
            int(CtlExit::Failure));
        QVERIFY2(m_ctl.err.contains(u"cannot reach"_s), qPrintable(m_ctl.err));
    }

    void badUrlIsAUsageError() {
        QCOMPARE(m_ctl.run(&NodeCommands::status, {u"status"_s, u"--url"_s, u"lm1:10091"_s}),
                 int(CtlExit::Usage));
        QCOMPARE(m_ctl.run(&NodeCommands::status, {u"status"_s}), int(CtlExit::Usage));
    }

    void leasesListsActiveLeases() {
        QCOMPARE(m_ctl.run(&NodeCommands::leases, {u"leases"_s, u"--url"_s, url(), u"--token-file"_s,
                                                   m_server->config.adminTokenPath}),
                 int(CtlExit::Ok));
        QVERIFY2(m_ctl.out.contains(u"1 active lease(s)"_s), qPrintable(m_ctl.out));
        QVERIFY(m_ctl.out.contains(u"web-1:9999"_s));
        QCOMPARE(m_ctl.run(&NodeCommands::leases, {u"leases"_s, u"--url"_s, url(), u"--token-file"_s,
                                                   m_server->config.adminTokenPath, u"--json"_s}),
                 int(CtlExit::Ok));
        QCOMPARE(QJsonDocument::fromJson(m_ctl.out.toUtf8()).object().value(u"leases"_s).toArray().size(), 1);
    }

    // An overdue lease shows what probing found where its component ran.
    void leasesShowTheEvidenceOfAnOverdueLease() {
        HttpTestClient client(m_server->port());
        client.setToken(TestServer::kAdminToken.toByteArray());
        const QJsonObject lease =
            client.get(u"/api/v1/leases"_s).json.value(u"leases"_s).toArray().first().toObject();
        m_server->clock.advanceSeconds(600); // renew_after_s 300 and its slack
        bool kept = false;
        m_server->server->service().recordProbe(
            lease.value(u"lease_id"_s).toString(), lease.value(u"last_renewal_ms"_s).toInteger(),
            ProbeResult{0, ProbeOutcome::Refused, u"connection refused"_s}, this,
            [&kept](const Result<LeaseEngine::ProbeRecord>& r) {
                kept = r && r.value() == LeaseEngine::ProbeRecord::Recorded;
            });
        QTRY_VERIFY(kept);
        QCOMPARE(m_ctl.run(&NodeCommands::leases, {u"leases"_s, u"--url"_s, url(), u"--token-file"_s,
                                                   m_server->config.adminTokenPath}),
                 int(CtlExit::Ok));
        QVERIFY2(m_ctl.out.contains(u"overdue"_s), qPrintable(m_ctl.out));
        QVERIFY2(m_ctl.out.contains(u"process gone: connection refused (once)"_s), qPrintable(m_ctl.out));
    }

    void leasesWithAWrongTokenExplainsTheRefusal() {
        const QString wrong = m_server->dir.filePath(u"wrong.token"_s);
        QFile file(wrong);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not-the-token-of-this-node");
        file.close();
        QCOMPARE(m_ctl.run(&NodeCommands::leases, {u"leases"_s, u"--url"_s, url(), u"--token-file"_s, wrong}),
                 int(CtlExit::Failure));
        QVERIFY2(m_ctl.err.contains(u"401"_s), qPrintable(m_ctl.err));
        QCOMPARE(
            m_ctl.run(&NodeCommands::leases, {u"leases"_s, u"--url"_s, url(), u"--token-file"_s, u"/nope"_s}),
            int(CtlExit::Failure));
        QVERIFY(m_ctl.err.contains(u"/nope"_s));
    }
};

QTEST_GUILESS_MAIN(TestNodeCommands)
#include "tst_nodecommands.moc"
