// Simulated components (real `leasekeeper-ctl component run` processes)
// against a node that probes its overdue leases, the minutes of the policy
// driven by the node's injected clock: a component killed with SIGKILL gives
// its seat back with the evidence in the history; one whose renewals stop
// while its port stays open (SIGSTOP: frozen, its socket still accepting) is
// never reclaimed and renews again once it runs; one reclaimed although
// alive keeps its grace and gets a seat back when one frees up.
#include "FreePort.h"
#include "GrantRequest.h"
#include "HttpTestClient.h"
#include "SimulatorProcess.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

namespace {

constexpr qint64 kRenewAfterS = 1;
constexpr qint64 kOverdueAfterMs = (kRenewAfterS + 5) * 1000; // renew_after_s and its 5 s slack

QJsonObject shortRenewals() {
    QJsonObject terms = exampleTerms();
    terms.insert(u"components"_s, componentsJson({{u"vdp"_s, {2, 8, 16}}}));
    terms.insert(u"renew_after_s"_s, kRenewAfterS);
    terms.insert(u"grace_period_s"_s, 86400);
    return terms;
}

} // namespace

class TestDeadComponents : public QObject {
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;

    QStringList componentArguments(const QString& instance, bool listen = true) const {
        QStringList arguments{u"--url"_s,      m_server->url(), u"--type"_s,       u"vdp"_s,
                              u"--host"_s,     u"sim-host"_s,   u"--cores"_s,      u"2"_s,
                              u"--instance"_s, instance,        u"--timeout-ms"_s, u"1000"_s};
        if (listen)
            arguments << u"--listen"_s;
        return arguments;
    }

    // The live leases, by instance: their evidence's verdict ("none" without).
    QMap<QString, QString> verdicts() {
        HttpTestClient client(m_server->port());
        client.setToken(TestServer::kAdminToken.toByteArray());
        QMap<QString, QString> out;
        for (const QJsonValue& value : client.get(u"/api/v1/leases"_s).json.value(u"leases"_s).toArray()) {
            const QJsonObject lease = value.toObject();
            out.insert(lease.value(u"instance"_s).toString(),
                       lease.value(u"evidence"_s).toObject().value(u"verdict"_s).toString(u"none"_s));
        }
        return out;
    }

    // Moves the node's clock on and runs a round of probes to its end.
    void roundAfter(qint64 ms) {
        m_server->clock.advanceMs(ms);
        ReclaimService& reclaim = *m_server->server->reclaim();
        QSignalSpy started(&reclaim, &ReclaimService::roundStarted);
        QSignalSpy done(&reclaim, &ReclaimService::probeDone);
        reclaim.runRound();
        QVERIFY(started.wait(5000));
        const int queued = started.front().front().toInt();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), queued, 10000);
    }

private Q_SLOTS:
    void init() {
        m_server = std::make_unique<TestServer>(shortRenewals());
        m_server->config.reclaim = ReclaimPolicy{60, 30, 3};
        m_server->config.probeTimeoutMs = 500;
        QVERIFY(m_server->start());
    }
    void cleanup() { m_server.reset(); }

    void aKilledComponentGivesItsSeatBack() {
        const QString deadInstance = u"127.0.0.1:%1"_s.arg(freePort());
        const QString frozenInstance = u"127.0.0.1:%1"_s.arg(freePort());
        SimulatorProcess dead, frozen;
        dead.start(componentArguments(deadInstance));
        frozen.start(componentArguments(frozenInstance));
        QVERIFY2(!dead.waitForEvent(u"licensed"_s).isEmpty(), dead.errors().constData());
        QVERIFY2(!frozen.waitForEvent(u"licensed"_s).isEmpty(), frozen.errors().constData());

        dead.kill();                                       // a crash: no release, its port closed
        QCOMPARE(::kill(pid_t(frozen.pid()), SIGSTOP), 0); // no renewals, its port still accepts
        roundAfter(kOverdueAfterMs + 1000);
        QMap<QString, QString> seen = verdicts();
        QCOMPARE(seen.value(deadInstance), u"process_gone"_s);
        QCOMPARE(seen.value(frozenInstance), u"probably_alive"_s);

        roundAfter(30 * 1000);
        roundAfter(30 * 1000); // 67 s overdue, three refusals 30 s apart
        seen = verdicts();
        QVERIFY(!seen.contains(deadInstance));
        QCOMPARE(seen.value(frozenInstance), u"probably_alive"_s);

        HttpTestClient client(m_server->port());
        client.setToken(TestServer::kAdminToken.toByteArray());
        const QJsonArray history =
            client.get(u"/api/v1/history?reason=reclaimed_dead"_s).json.value(u"history"_s).toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().toObject().value(u"instance"_s).toString(), deadInstance);
        QVERIFY(history.first().toObject().value(u"note"_s).toString().contains(deadInstance));

        // The seat is free: a new component gets it at once.
        client.setToken({});
        QCOMPARE(client.post(u"/api/v1/leases"_s, grantRequest(u"vdp"_s, u"newcomer"_s, 2)).status, 201);

        // Thawed, the frozen one renews and its evidence goes.
        for (int i = 0; i < 4; ++i)
            roundAfter(30 * 1000);
        QVERIFY(verdicts().contains(frozenInstance));
        QCOMPARE(::kill(pid_t(frozen.pid()), SIGCONT), 0);
        QTRY_COMPARE_WITH_TIMEOUT(verdicts().value(frozenInstance), u"none"_s, 10000);
        QVERIFY(frozen.events().last().value(u"event"_s).toString() != u"expired"_s);
    }

    // Frozen with its port closed, a component looks dead and is reclaimed;
    // thawed, it finds its seat taken, keeps running on the grace left from
    // its last renewal, and gets a seat back as soon as one frees up.
    void aReclaimedComponentThatIsAliveKeepsItsGrace() {
        const QString instance = u"127.0.0.1:%1"_s.arg(freePort()); // nothing listens there
        SimulatorProcess sleeper;
        sleeper.start(componentArguments(instance, false));
        QVERIFY2(!sleeper.waitForEvent(u"licensed"_s).isEmpty(), sleeper.errors().constData());
        HttpTestClient client(m_server->port());
        QCOMPARE(client.post(u"/api/v1/leases"_s, grantRequest(u"vdp"_s, u"filler"_s, 2)).status, 201);

        QCOMPARE(::kill(pid_t(sleeper.pid()), SIGSTOP), 0);
        roundAfter(kOverdueAfterMs + 1000);
        roundAfter(30 * 1000);
        roundAfter(30 * 1000);
        QVERIFY(!verdicts().contains(instance)); // reclaimed
        const HttpResult taker = client.post(u"/api/v1/leases"_s, grantRequest(u"vdp"_s, u"taker"_s, 2));
        QCOMPARE(taker.status, 201);

        QCOMPARE(::kill(pid_t(sleeper.pid()), SIGCONT), 0);
        const QJsonObject lost = sleeper.waitForEvent(u"grace"_s);
        QCOMPARE(lost.value(u"reason"_s).toString(), u"lease_lost"_s);
        QVERIFY2(lost.value(u"message"_s).toString().contains(u"instance_limit"_s),
                 qPrintable(lost.value(u"message"_s).toString()));

        QCOMPARE(client.del(u"/api/v1/leases/%1"_s.arg(taker.json.value(u"lease_id"_s).toString())).status,
                 204);
        const QJsonObject recovered = sleeper.waitForEvent(u"recovered"_s);
        QCOMPARE(recovered.value(u"reason"_s).toString(), u"new_lease"_s);
        QCOMPARE(verdicts().value(instance), u"none"_s); // licensed again, nothing against it
    }
};

QTEST_GUILESS_MAIN(TestDeadComponents)
#include "tst_deadcomponents.moc"
