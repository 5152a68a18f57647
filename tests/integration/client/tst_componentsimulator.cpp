// Simulated components (real leasekeeper-ctl processes) against a real
// leasekeeper-server whose license grants a 3-second grace period.
#include "FreePort.h"
#include "GrantRequest.h"
#include "HttpTestClient.h"
#include "ManualClock.h"
#include "ServerProcess.h"
#include "SimulatorProcess.h"
#include "TestLicense.h"
#include "reclaim/TcpProbe.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestComponentSimulator : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_token = "simulator-admin-token-0123456789";

    QStringList serverArguments() const { return serverArgumentsIn(m_dir); }
    static QStringList serverArgumentsIn(const QTemporaryDir& dir) {
        return {u"--data-dir"_s,
                dir.path(),
                u"--license"_s,
                dir.filePath(u"license.json"_s),
                u"--trust"_s,
                dir.filePath(u"issuer.pub"_s),
                u"--admin-token-file"_s,
                dir.filePath(u"admin.token"_s),
                u"--bind"_s,
                u"127.0.0.1"_s};
    }
    static QStringList componentArguments(quint16 port, const QString& instance, int cores = 2,
                                          const QString& type = u"vdp"_s) {
        return {u"--url"_s,        u"http://127.0.0.1:%1"_s.arg(port),
                u"--type"_s,       type,
                u"--host"_s,       u"sim-host"_s,
                u"--cores"_s,      QString::number(cores),
                u"--instance"_s,   instance,
                u"--timeout-ms"_s, u"1000"_s};
    }
    QJsonArray leases(quint16 port) {
        HttpTestClient client(port);
        client.setToken(m_token);
        return client.get(u"/api/v1/leases"_s).json.value(u"leases"_s).toArray();
    }
    // Starts `server` and `component` as `instance`, then kills the server
    // once the component holds its lease: the component is left in grace.
    // The server's port, 0 when a step fails.
    quint16 strandAfterLicensing(ServerProcess& server, SimulatorProcess& component,
                                 const QString& instance) {
        const quint16 port = server.start(serverArguments());
        if (!port)
            return 0;
        component.start(componentArguments(port, instance));
        if (component.waitForEvent(u"licensed"_s).isEmpty())
            return 0;
        server.kill();
        return port;
    }

    // Frees the lease of `instance` and grants its seat to another instance
    // at once; returns that lease's id, empty when the seat was not taken.
    QString takeTheSeatOf(quint16 port, const QString& instance) {
        HttpTestClient admin(port);
        admin.setToken(m_token);
        // The component asks again as soon as a renewal finds its lease gone
        // and may win the seat back first: then its new lease is freed too.
        for (int attempt = 0; attempt < 5; ++attempt) {
            for (const QJsonValue& lease : leases(port)) {
                const QJsonObject live = lease.toObject();
                if (live.value(u"instance"_s).toString() == instance)
                    admin.post(u"/api/v1/leases/%1/free"_s.arg(live.value(u"lease_id"_s).toString()),
                               QByteArray());
            }
            const HttpResult seat = admin.post(u"/api/v1/leases"_s, grantRequest(u"vdp"_s, u"usurper"_s, 2));
            if (seat.status == 201)
                return seat.json.value(u"lease_id"_s).toString();
        }
        return {};
    }

    static ProbeOutcome probe(quint16 port) {
        ManualClock clock;
        TcpProbe probe(clock);
        std::optional<ProbeResult> result;
        probe.probe({u"127.0.0.1"_s, port}, 2000, [&result](const ProbeResult& r) { result = r; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 5000); // checked below
        return result ? result->outcome : ProbeOutcome::Unreachable;
    }

private Q_SLOTS:
    void initTestCase() {
        QJsonObject terms = exampleTermsWithVdp(8);
        terms.insert(u"grace_period_s"_s, 3);
        terms.insert(u"renew_after_s"_s, 1);
        QVERIFY(writeServerFiles(m_dir.path(), terms, m_token));
    }

    // With --listen the simulator holds its instance's port open like a
    // component's service: a probe finds it open while it runs and refused
    // once it is killed, as a License Manager probing an overdue lease would.
    void listensOnItsPortUntilKilled() {
        // A node of its own: the killed component's lease stays live, and the
        // other cases count the leases of theirs.
        QTemporaryDir dir;
        QVERIFY(writeServerFiles(dir.path(), exampleTermsWithVdp(8), m_token));
        ServerProcess server;
        const quint16 port = server.start(serverArgumentsIn(dir));
        QVERIFY(port);
        const quint16 servicePort = freePort();
        const QString instance = u"127.0.0.1:%1"_s.arg(servicePort);
        SimulatorProcess component;
        component.start(componentArguments(port, instance) + QStringList{u"--listen"_s});
        QVERIFY2(!component.waitForEvent(u"licensed"_s).isEmpty(), component.errors().constData());
        QCOMPARE(probe(servicePort), ProbeOutcome::Open);
        component.kill();
        QCOMPARE(probe(servicePort), ProbeOutcome::Refused);
    }

    void listenNeedsAPort() {
        SimulatorProcess component;
        component.start(componentArguments(freePort(), u"no-port-here"_s) + QStringList{u"--listen"_s});
        QCOMPARE(component.waitForExit(), 2);
        QVERIFY(
            component.errors().contains("--listen needs --count 1 and an instance id of the form HOST:PORT"));
    }

    // An administrator frees a running component's lease and another
    // instance takes the only seat: the component prints why it runs on the
    // grace it had left, and gets a lease again once the seat is free.
    void aFreedLeaseWaitsOnGraceForTheSeat() {
        QTemporaryDir dir;
        QJsonObject terms = exampleTerms();
        terms.insert(u"components"_s, componentsJson({{u"vdp"_s, {1, 8, 8}}}));
        terms.insert(u"grace_period_s"_s, 30);
        terms.insert(u"renew_after_s"_s, 1);
        QVERIFY(writeServerFiles(dir.path(), terms, m_token));
        ServerProcess server;
        const quint16 port = server.start(serverArgumentsIn(dir));
        QVERIFY(port);
        SimulatorProcess component;
        component.start(componentArguments(port, u"evicted"_s));
        QVERIFY2(!component.waitForEvent(u"licensed"_s).isEmpty(), component.errors().constData());
        const QString usurper = takeTheSeatOf(port, u"evicted"_s);
        QVERIFY(!usurper.isEmpty());

        const QJsonObject lost = component.waitForEvent(u"grace"_s);
        QCOMPARE(lost.value(u"reason"_s).toString(), u"lease_lost"_s);
        const QString message = lost.value(u"message"_s).toString();
        QVERIFY2(message.contains(u"(instance_limit)"_s) && message.contains(u"unless a seat frees up"_s),
                 qPrintable(message));
        QVERIFY(lost.value(u"grace_remaining_s"_s).toInt() > 20); // what was left, not cut short

        HttpTestClient admin(port);
        admin.setToken(m_token);
        QCOMPARE(admin.del(u"/api/v1/leases/"_s + usurper).status, 204);
        const QJsonObject recovered = component.waitForEvent(u"recovered"_s);
        QCOMPARE(recovered.value(u"reason"_s).toString(), u"new_lease"_s);
        component.terminate();
        QVERIFY(!component.waitForEvent(u"released"_s).isEmpty());
        QCOMPARE(component.waitForExit(), 0);
    }

    void startingWhileNoManagerAnswersExitsThree() {
        SimulatorProcess component;
        component.start(componentArguments(freePort(), u"lonely"_s));
        QCOMPARE(component.waitForExit(), 3);
        const QJsonObject event = component.events().value(0);
        QCOMPARE(event.value(u"event"_s).toString(), u"unreachable"_s);
        QVERIFY(event.value(u"message"_s).toString().startsWith(u"cannot reach any License Manager at"_s));
    }

    void overTheLicenseExitsFourWithTheServerReason_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("cores");
        QTest::addColumn<QString>("reason");
        QTest::newRow("type") << u"scheduler"_s << 1 << u"type_not_licensed"_s;
        QTest::newRow("cores") << u"vdp"_s << 9 << u"cores_per_instance"_s;
    }

    void overTheLicenseExitsFourWithTheServerReason() {
        QFETCH(QString, type);
        QFETCH(int, cores);
        QFETCH(QString, reason);
        ServerProcess server;
        const quint16 port = server.start(serverArguments());
        QVERIFY(port);
        SimulatorProcess component;
        component.start(componentArguments(port, u"greedy"_s, cores, type));
        QCOMPARE(component.waitForExit(), 4);
        const QJsonObject event = component.events().value(0);
        QCOMPARE(event.value(u"event"_s).toString(), u"denied"_s);
        QCOMPARE(event.value(u"reason"_s).toString(), reason);
    }

    void survivesAServerRestartWithinGraceAndIsNeverCountedTwice() {
        ServerProcess server;
        SimulatorProcess component;
        const quint16 port = strandAfterLicensing(server, component, u"survivor"_s);
        QVERIFY(port);
        const QJsonObject grace = component.waitForEvent(u"grace"_s);
        QVERIFY2(!grace.isEmpty(), component.errors().constData());
        QVERIFY(grace.value(u"grace_remaining_s"_s).toInt() <= 3);

        ServerProcess restarted;
        QCOMPARE(restarted.start(serverArguments(), port), port);
        QVERIFY(!component.waitForEvent(u"recovered"_s).isEmpty());
        const QJsonArray live = leases(port);
        QCOMPARE(live.size(), 1);
        QCOMPARE(live.first().toObject().value(u"instance"_s).toString(), u"survivor"_s);

        component.terminate();
        QVERIFY(!component.waitForEvent(u"released"_s).isEmpty());
        QCOMPARE(component.waitForExit(), 0);
        QVERIFY(leases(port).isEmpty());
    }

    void shutsDownWithFiveWhenTheServerStaysDown() {
        ServerProcess server;
        SimulatorProcess component;
        QVERIFY(strandAfterLicensing(server, component, u"abandoned"_s));
        QVERIFY(!component.waitForEvent(u"grace"_s).isEmpty());
        const QJsonObject shutdown = component.waitForEvent(u"shutdown"_s, 10000);
        QCOMPARE(shutdown.value(u"reason"_s).toString(), u"grace_expired"_s);
        QCOMPARE(component.waitForExit(), 5);
    }

    void wallClockJumpsNeitherShortenNorExtendGrace_data() {
        QTest::addColumn<QString>("jump");
        QTest::newRow("forward a day") << u"+1d"_s;
        QTest::newRow("back a day") << u"-1d"_s;
    }

    void wallClockJumpsNeitherShortenNorExtendGrace() {
        // libfaketime moves the simulator's wall clock mid-run and leaves its
        // monotonic clock alone, as an administrator changing the date would.
        const QString library = u"/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"_s;
        QVERIFY2(QFile::exists(library), "libfaketime is missing: install the faketime package");
        const QString offsetFile =
            m_dir.filePath(u"faketime-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        auto setOffset = [&](const QByteArray& offset) {
            QFile file(offsetFile);
            return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(offset + '\n') > 0;
        };
        QVERIFY(setOffset("+0"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"LD_PRELOAD"_s, library);
        environment.insert(u"FAKETIME_TIMESTAMP_FILE"_s, offsetFile);
        environment.insert(u"FAKETIME_NO_CACHE"_s, u"1"_s);
        environment.insert(u"FAKETIME_DONT_FAKE_MONOTONIC"_s, u"1"_s);

        ServerProcess server;
        const quint16 port = server.start(serverArguments());
        QVERIFY(port);
        SimulatorProcess component;
        component.setEnvironment(environment);
        component.start(componentArguments(port, u"time-traveller"_s));
        QVERIFY(!component.waitForEvent(u"licensed"_s).isEmpty());
        server.kill();
        QVERIFY(!component.waitForEvent(u"grace"_s).isEmpty());
        QElapsedTimer sinceGrace;
        sinceGrace.start();
        QFETCH(QString, jump);
        QVERIFY(setOffset(jump.toLatin1()));
        const QJsonObject shutdown = component.waitForEvent(u"shutdown"_s, 15000);
        QVERIFY2(!shutdown.isEmpty(), "a backward jump must not extend grace forever");
        // Grace is 3 s and it began under a second before the "grace" event.
        QVERIFY2(sinceGrace.elapsed() >= 1000, "a forward jump must not cut grace short");
        QCOMPARE(component.waitForExit(), 5);
        QCOMPARE(shutdown.value(u"time"_s).toString().left(4).toInt(),
                 QDateTime::currentDateTimeUtc().addDays(jump.startsWith(u'+') ? 1 : -1).date().year());
    }

    void manyComponentsInOneProcess() {
        ServerProcess server;
        const quint16 port = server.start(serverArguments());
        QVERIFY(port);
        SimulatorProcess fleet;
        fleet.start(componentArguments(port, u"fleet"_s, 1) + QStringList{u"--count"_s, u"300"_s});
        QTRY_COMPARE_WITH_TIMEOUT(leases(port).size(), 300, 20000);
        fleet.terminate();
        QCOMPARE(fleet.waitForExit(20000), 0);
        int released = 0;
        for (const QJsonObject& event : fleet.events())
            released += event.value(u"event"_s).toString() == u"released"_s;
        QCOMPARE(released, 300);
        QVERIFY(leases(port).isEmpty());
    }

    void theSiteKeyComesFromAFile() {
        QFile key(m_dir.filePath(u"site.key"_s));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("simulator-site-key-0123456789\n");
        key.close();
        ServerProcess server;
        const quint16 port =
            server.start(serverArguments() + QStringList{u"--site-key-file"_s, key.fileName()});
        QVERIFY2(port, server.log().constData());
        SimulatorProcess keyless;
        keyless.start(componentArguments(port, u"keyless"_s));
        QCOMPARE(keyless.waitForExit(), 4); // a configuration error: no retrying
        QCOMPARE(keyless.events().value(0).value(u"reason"_s).toString(), u"site_key_required"_s);
        SimulatorProcess keyed;
        keyed.start(componentArguments(port, u"keyed"_s) + QStringList{u"--site-key-file"_s, key.fileName()});
        QVERIFY(!keyed.waitForEvent(u"licensed"_s).isEmpty());
        QCOMPARE(leases(port).size(), 1);
        keyed.terminate();
        QCOMPARE(keyed.waitForExit(), 0); // released with the key
        QVERIFY(leases(port).isEmpty());
        SimulatorProcess unreadable;
        unreadable.start(componentArguments(port, u"x"_s) +
                         QStringList{u"--site-key-file"_s, m_dir.filePath(u"missing.key"_s)});
        QCOMPARE(unreadable.waitForExit(), 2);
        QVERIFY(unreadable.errors().contains("cannot read the site key file"));
    }

    void badOptionsAreUsageErrors() {
        SimulatorProcess component;
        component.start(
            {u"--url"_s, u"lm1:10091"_s, u"--type"_s, u"vdp"_s, u"--host"_s, u"h"_s, u"--cores"_s, u"1"_s});
        QCOMPARE(component.waitForExit(), 2);
        QVERIFY(component.errors().contains("not an http"));
    }
};

QTEST_GUILESS_MAIN(TestComponentSimulator)
#include "tst_componentsimulator.moc"
