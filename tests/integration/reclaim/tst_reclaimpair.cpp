// The reclaim policy on an HA pair: two in-process nodes on one PostgreSQL
// database and a real simulated component killed with SIGKILL. Only the
// primary probes; it goes away after two refusals, and the secondary, now
// leading, counts on from the evidence in the database: its first refusal
// is the third in a row and reclaims the seat. The policy's minutes run on
// the nodes' injected clocks, moved together.
#include "FreePort.h"
#include "GrantRequest.h"
#include "HttpTestClient.h"
#include "PgTestNode.h"
#include "SimulatorProcess.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

namespace {

constexpr qint64 kRenewAfterS = 1;
constexpr qint64 kOverdueAfterMs = (kRenewAfterS + 5) * 1000; // renew_after_s and its 5 s slack
constexpr qint64 kProbeIntervalMs = 30 * 1000;

QJsonObject shortRenewals() {
    QJsonObject terms = exampleTerms();
    terms.insert(u"components"_s, componentsJson({{u"vdp"_s, {2, 8, 16}}}));
    terms.insert(u"renew_after_s"_s, kRenewAfterS);
    terms.insert(u"grace_period_s"_s, 86400);
    return terms;
}

} // namespace

class TestReclaimPair : public QObject {
    Q_OBJECT

    // The lease of `instance` as `node` lists it, or an empty object.
    static QJsonObject leaseOf(const TestServer& node, const QString& instance) {
        HttpTestClient client(node.port());
        client.setToken(TestServer::kAdminToken.toByteArray());
        for (const QJsonValue& value : client.get(u"/api/v1/leases"_s).json.value(u"leases"_s).toArray()) {
            if (value.toObject().value(u"instance"_s).toString() == instance)
                return value.toObject();
        }
        return {};
    }

    static int probesOf(const TestServer& node, const QString& instance) {
        return int(
            leaseOf(node, instance).value(u"evidence"_s).toObject().value(u"probes"_s).toArray().size());
    }

    // Moves the clocks of `nodes` on together, as synchronised clocks move.
    static void advance(const QList<TestServer*>& nodes, qint64 ms) {
        for (TestServer* node : nodes)
            node->clock.advanceMs(ms);
    }

    // Runs a round of probes on `node` to its end.
    static void roundOn(TestServer& node) {
        ReclaimService& reclaim = *node.server->reclaim();
        QSignalSpy started(&reclaim, &ReclaimService::roundStarted);
        QSignalSpy done(&reclaim, &ReclaimService::probeDone);
        reclaim.runRound();
        QVERIFY(started.wait(5000));
        const int queued = started.front().front().toInt();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), queued, 10000);
    }

    static std::unique_ptr<TestServer> node(PgTestDatabase& db, const QString& name, const QString& role,
                                            TestServer* licenseFrom) {
        auto server = pgTestNode(db, name, role, licenseFrom, shortRenewals());
        server->config.reclaim = ReclaimPolicy{60, 30, 3};
        server->config.probeTimeoutMs = 500;
        server->config.pgLeaseTimesFromNodeClock = true; // the clocks the test moves
        return server;
    }

private Q_SLOTS:
    void theCountGoesOnAfterAFailover() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        std::unique_ptr<TestServer> primary = node(db, u"lm-a"_s, u"primary"_s, nullptr);
        QVERIFY(primary->start());
        std::unique_ptr<TestServer> secondary = node(db, u"lm-b"_s, u"secondary"_s, primary.get());
        QVERIFY(secondary->start());
        QTRY_COMPARE_WITH_TIMEOUT(listedNodes(*secondary), 2, 10000);
        QVERIFY(primary->server->reclaim()->leadsProbing());
        QVERIFY(!secondary->server->reclaim()->leadsProbing()); // a pair probes once

        const QString instance = u"127.0.0.1:%1"_s.arg(freePort());
        SimulatorProcess component;
        component.start({u"--url"_s, primary->url(), u"--type"_s, u"vdp"_s, u"--host"_s, u"sim-host"_s,
                         u"--cores"_s, u"2"_s, u"--instance"_s, instance, u"--timeout-ms"_s, u"1000"_s,
                         u"--listen"_s});
        QVERIFY2(!component.waitForEvent(u"licensed"_s).isEmpty(), component.errors().constData());
        component.kill(); // a crash: no release, its port closed

        advance({primary.get(), secondary.get()}, kOverdueAfterMs + 1000);
        roundOn(*primary);
        advance({primary.get(), secondary.get()}, kProbeIntervalMs);
        roundOn(*primary);
        QCOMPARE(probesOf(*secondary, instance), 2); // the evidence is in the database
        QCOMPARE(leaseOf(*secondary, instance).value(u"evidence"_s)[u"verdict"_s].toString(),
                 u"process_gone"_s);

        primary.reset(); // the primary goes away mid-count
        advance({secondary.get()}, kProbeIntervalMs);
        QTRY_VERIFY_WITH_TIMEOUT(secondary->server->reclaim()->leadsProbing(), 10000);
        QCOMPARE(probesOf(*secondary, instance), 2); // a failover does not restart the count
        roundOn(*secondary);
        QVERIFY2(leaseOf(*secondary, instance).isEmpty(), "the third refusal in a row reclaims the seat");

        HttpTestClient client(secondary->port());
        client.setToken(TestServer::kAdminToken.toByteArray());
        const QJsonArray history =
            client.get(u"/api/v1/history?reason=reclaimed_dead"_s).json.value(u"history"_s).toArray();
        QCOMPARE(history.size(), 1);
        const QJsonObject reclaimed = history.first().toObject();
        QCOMPARE(reclaimed.value(u"instance"_s).toString(), instance);
        QVERIFY2(reclaimed.value(u"note"_s).toString().startsWith(
                     u"process gone: connection refused (3 in a row"_s),
                 qPrintable(reclaimed.value(u"note"_s).toString()));
        client.setToken({});
        QCOMPARE(client.post(u"/api/v1/leases"_s, grantRequest(u"vdp"_s, u"newcomer"_s, 2)).status, 201);
    }
};

QTEST_GUILESS_MAIN(TestReclaimPair)
#include "tst_reclaimpair.moc"
