// The HA checks (core/operations/ha/HaChecker) against real nodes: License Managers on
// PostgreSQL (in process, except the one under faketime), a real HAProxy
// from the configuration lb-config writes. A correct pair passes every
// check; each way of getting it wrong fails the check that says so.
#include "FreePort.h"
#include "HttpTestClient.h"
#include "LoadBalancerProcess.h"
#include "PgTestDatabase.h"
#include "PgTestNode.h"
#include "SkewedServerProcess.h"
#include "TestServer.h"
#include "ha/HaChecker.h"
#include "ha/LoadBalancerConfig.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

namespace {

QUrl urlOf(quint16 port) {
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port));
}

const HaCheck* find(const QList<HaCheck>& checks, QStringView id) {
    for (const HaCheck& check : checks)
        if (check.id == id)
            return &check;
    return nullptr;
}

QString describe(const QList<HaCheck>& checks) {
    QString text;
    for (const HaCheck& check : checks)
        text += u"\n  %1 %2: %3 [%4]"_s.arg(HaCheck::statusName(check.status), check.id, check.message,
                                            check.hint);
    return text;
}

} // namespace

class TestHaChecker : public QObject {
    Q_OBJECT

    std::unique_ptr<PgTestDatabase> m_db;
    std::unique_ptr<TestServer> m_primary;
    std::unique_ptr<TestServer> m_secondary;
    std::unique_ptr<LoadBalancerProcess> m_balancer; // primary first, as it should be
    std::unique_ptr<LoadBalancerProcess> m_swapped;  // secondary first
    quint16 m_balancerPort = 0;
    quint16 m_swappedPort = 0;
    QTemporaryDir m_dir;

    // HAProxy sending everything to `first`, `second` as its backup.
    std::unique_ptr<LoadBalancerProcess> balancer(quint16 first, quint16 second, quint16 listen,
                                                  const QString& name) {
        LoadBalancerSettings settings;
        settings.primary = Endpoint{u"127.0.0.1"_s, first};
        settings.secondary = Endpoint{u"127.0.0.1"_s, second};
        settings.listen = Endpoint{u"127.0.0.1"_s, listen};
        const QString config =
            LoadBalancerProcess::writeFile(m_dir.filePath(name), LoadBalancerConfig::haproxy(settings));
        return std::make_unique<LoadBalancerProcess>(LoadBalancerProcess::find(u"haproxy"_s),
                                                     QStringList{u"-db"_s, u"-f"_s, config});
    }

    static QList<HaCheck> check(const HaTargets& targets) {
        QNetworkAccessManager network;
        HaChecker checker(network);
        std::optional<QList<HaCheck>> result;
        int calls = 0;
        checker.run(targets, [&](const QList<HaCheck>& checks) {
            result = checks;
            ++calls;
        });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            qWarning("the checker did not finish");
        QTest::qWait(50); // a second call would come now
        if (calls > 1)
            qWarning("done was called %d times", calls);
        return result.value_or(QList<HaCheck>{});
    }

    // The checks of the nodes on `primary` and `secondary` (no admin token,
    // no load balancer), logged so that a failure shows every verdict.
    static QList<HaCheck> checkLogged(quint16 primary, quint16 secondary) {
        HaTargets targets;
        targets.primary = urlOf(primary);
        targets.secondary = urlOf(secondary);
        const QList<HaCheck> checks = check(targets);
        qInfo("%s", qPrintable(describe(checks)));
        return checks;
    }

    HaTargets pair() const {
        HaTargets targets;
        targets.primary = urlOf(m_primary->port());
        targets.secondary = urlOf(m_secondary->port());
        targets.adminToken = TestServer::kAdminToken.toByteArray();
        return targets;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(!LoadBalancerProcess::find(u"haproxy"_s).isEmpty(),
                 LoadBalancerProcess::missing(u"haproxy"_s).constData());
        m_db = std::make_unique<PgTestDatabase>();
        QVERIFY2(m_db->ok(), qPrintable(m_db->error));
        QVERIFY(startPgTestPair(*m_db, m_primary, m_secondary));
        m_balancerPort = freePort();
        m_swappedPort = freePort();
        m_balancer = balancer(m_primary->port(), m_secondary->port(), m_balancerPort, u"haproxy.cfg"_s);
        m_swapped = balancer(m_secondary->port(), m_primary->port(), m_swappedPort, u"swapped.cfg"_s);
        QTRY_COMPARE_WITH_TIMEOUT(listedNodes(*m_primary), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(listedNodes(*m_secondary), 2, 10000);
        // Each balancer serves from its normal server before the checks run:
        // a check judges the configuration, not a balancer still starting.
        QVERIFY2(HttpTestClient(m_balancerPort).waitUntilServedBy("lm-primary"),
                 qPrintable(m_balancer->output()));
        QVERIFY2(HttpTestClient(m_swappedPort).waitUntilServedBy("lm-secondary"),
                 qPrintable(m_swapped->output()));
    }

    void aCorrectPairBehindHaproxyPassesEveryCheck() {
        HaTargets targets = pair();
        targets.loadBalancer = urlOf(m_balancerPort);
        const QList<HaCheck> checks = check(targets);
        QCOMPARE(checks.size(), 9);
        for (const HaCheck& c : checks)
            QVERIFY2(c.status == HaCheck::Status::Pass, qPrintable(describe(checks)));
        qInfo("%s", qPrintable(describe(checks)));
        QVERIFY(find(checks, HaCheck::kLbRoutesToPrimary)->message.contains(u"lm-primary"_s));
    }

    void withoutALoadBalancerItsChecksAreLeftOut() {
        const QList<HaCheck> checks = check(pair());
        QCOMPARE(checks.size(), 7);
        QVERIFY(!find(checks, HaCheck::kLbHealth));
        QVERIFY(!find(checks, HaCheck::kLbRoutesToPrimary));
        for (const HaCheck& c : checks)
            QVERIFY2(c.status == HaCheck::Status::Pass, qPrintable(describe(checks)));
    }

    void aLoadBalancerPointingAtTheSecondaryFirstFails() {
        HaTargets targets = pair();
        targets.loadBalancer = urlOf(m_swappedPort);
        const QList<HaCheck> checks = check(targets);
        qInfo("%s", qPrintable(describe(checks)));
        QCOMPARE(find(checks, HaCheck::kLbHealth)->status, HaCheck::Status::Pass);
        const HaCheck* routes = find(checks, HaCheck::kLbRoutesToPrimary);
        QCOMPARE(routes->status, HaCheck::Status::Fail);
        QVERIFY2(routes->message.contains(
                     u"0 were answered by the primary lm-primary, 5 by the secondary lm-secondary"_s),
                 qPrintable(routes->message));
        QVERIFY2(routes->hint.contains(u"--primary 127.0.0.1:%1"_s.arg(m_primary->port())),
                 qPrintable(routes->hint));
        const HaCheck* standby = find(checks, HaCheck::kSecondaryIsStandby);
        QCOMPARE(standby->status, HaCheck::Status::Fail);
        QVERIFY2(standby->message.contains(u"answered 5 of 5"_s), qPrintable(standby->message));
    }

    // Checked the moment both nodes answer: the first node's last heartbeat
    // did not see the second yet. The check waits for the heartbeat it needs
    // instead of telling a newcomer that the pair is broken.
    void aPairCheckedTheMomentItStartsPassesSameCluster() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        std::unique_ptr<TestServer> first;
        std::unique_ptr<TestServer> second;
        QVERIFY(startPgTestPair(db, first, second, u"lm-fresh-1"_s, u"lm-fresh-2"_s));
        const QList<HaCheck> checks = checkLogged(first->port(), second->port());
        QCOMPARE(find(checks, HaCheck::kSameCluster)->status, HaCheck::Status::Pass);
    }

    void aSecondaryOnAnotherDatabaseFailsSameCluster() {
        PgTestDatabase other;
        QVERIFY2(other.ok(), qPrintable(other.error));
        auto stray = pgTestNode(other, u"lm-stray"_s, u"secondary"_s, m_primary.get());
        QVERIFY(stray->start());
        QTRY_COMPARE_WITH_TIMEOUT(listedNodes(*stray), 1, 10000);
        HaTargets targets = pair();
        targets.secondary = urlOf(stray->port());
        const QList<HaCheck> checks = check(targets);
        qInfo("%s", qPrintable(describe(checks)));
        const HaCheck* cluster = find(checks, HaCheck::kSameCluster);
        QCOMPARE(cluster->status, HaCheck::Status::Fail);
        QVERIFY2(cluster->message.contains(u"different databases"_s) &&
                     cluster->message.contains(m_db->name) && cluster->message.contains(other.name),
                 qPrintable(cluster->message));
        QCOMPARE(find(checks, HaCheck::kSameLicense)->status, HaCheck::Status::Pass);
    }

    void aLicenseAllowingOneLicenseManagerFails() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        QJsonObject terms = exampleTerms();
        terms[u"max_license_managers"_s] = 1;
        auto primary = pgTestNode(db, u"lm-one"_s, u"primary"_s, nullptr, terms);
        auto secondary = pgTestNode(db, u"lm-two"_s, u"secondary"_s, primary.get());
        QVERIFY(primary->start());
        QTRY_COMPARE_WITH_TIMEOUT(listedNodes(*primary), 1, 10000);
        QVERIFY(secondary->start());
        QTRY_COMPARE_WITH_TIMEOUT(listedNodes(*secondary), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(listedNodes(*primary), 2, 10000);
        const QList<HaCheck> checks = checkLogged(primary->port(), secondary->port());
        const HaCheck* license = find(checks, HaCheck::kLicenseAllowsHa);
        QCOMPARE(license->status, HaCheck::Status::Fail);
        QVERIFY2(license->message.contains(u"acme-2027"_s) &&
                     license->message.contains(u"allows 1 License Manager"_s),
                 qPrintable(license->message));
        QVERIFY(license->hint.contains(u"max_license_managers"_s));
        QCOMPARE(find(checks, HaCheck::kSecondaryIsStandby)->status, HaCheck::Status::Warn);
        QCOMPARE(find(checks, HaCheck::kSameCluster)->status, HaCheck::Status::Pass);
    }

    void clocksNinetySecondsApartFailClockSync() {
        QVERIFY2(!SkewedServerProcess::faketime().isEmpty(), "faketime not found: apt-get install faketime");
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        auto primary = pgTestNode(db, u"lm-now"_s, u"primary"_s);
        QVERIFY(primary->start());
        const QString data = m_dir.filePath(u"lm-late"_s);
        QVERIFY(QDir().mkpath(data));
        SkewedServerProcess late;
        const quint16 port = late.start(
            u"-90s"_s,
            {u"--db"_s, db.url(), u"--db-password-file"_s, primary->config.dbPasswordFile, u"--license"_s,
             primary->config.licensePath, u"--trust"_s, primary->config.trustPaths.first(),
             u"--admin-token-file"_s, primary->config.adminTokenPath, u"--data-dir"_s, data, u"--node-name"_s,
             u"lm-late"_s, u"--role"_s, u"secondary"_s, u"--bind"_s, u"127.0.0.1"_s});
        QVERIFY2(port != 0, late.log().constData());
        QTRY_COMPARE_WITH_TIMEOUT(HttpTestClient(port).get(u"/pingLicenseManager"_s).status, 200, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(listedNodes(*primary), 2, 10000);
        const QList<HaCheck> checks = checkLogged(primary->port(), port);
        const HaCheck* clock = find(checks, HaCheck::kClockSync);
        QCOMPARE(clock->status, HaCheck::Status::Fail);
        QVERIFY2(clock->message.contains(u"lm-late minus lm-now = -"_s) &&
                     clock->message.contains(u"lm-late -900"_s),
                 qPrintable(clock->message));
        QVERIFY2(clock->hint.contains(u"Check lm-late first"_s), qPrintable(clock->hint));
        QCOMPARE(find(checks, HaCheck::kSameCluster)->status, HaCheck::Status::Pass);
    }

    // Last: it stops the pair's secondary.
    void aNodeDownFailsWithTheConnectionError() {
        const HaTargets targets = [&] {
            HaTargets t = pair();
            t.loadBalancer = urlOf(m_balancerPort);
            return t;
        }();
        m_secondary->server.reset();
        const QList<HaCheck> checks = check(targets);
        qInfo("%s", qPrintable(describe(checks)));
        const HaCheck* reachable = find(checks, HaCheck::kSecondaryReachable);
        QCOMPARE(reachable->status, HaCheck::Status::Fail);
        QVERIFY2(reachable->message.contains(targets.secondary.toString()) &&
                     reachable->message.contains(u"Connection refused"_s),
                 qPrintable(reachable->message));
        QCOMPARE(find(checks, HaCheck::kPrimaryReachable)->status, HaCheck::Status::Pass);
        QCOMPARE(find(checks, HaCheck::kSecondaryIsStandby)->status, HaCheck::Status::Fail);
        QCOMPARE(find(checks, HaCheck::kLbRoutesToPrimary)->status, HaCheck::Status::Pass);
    }

    void cleanupTestCase() {
        m_balancer.reset();
        m_swapped.reset();
        m_secondary.reset();
        m_primary.reset();
        m_db.reset();
    }
};

QTEST_GUILESS_MAIN(TestHaChecker)
#include "tst_hachecker.moc"
