// `leasekeeper-ctl ha check` (app/leasekeeper-ctl/ctl/HaCommand): the checklist, the JSON,
// exit codes and usage errors, against License Managers in process (a pair
// on PostgreSQL; the load balancer checks are tst_hachecker's).
#include "CtlCapture.h"
#include "FreePort.h"
#include "PgTestDatabase.h"
#include "PgTestNode.h"
#include "TestServer.h"
#include "ctl/CtlExit.h"
#include "ctl/HaCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestHaCommand : public QObject {
    Q_OBJECT

    std::unique_ptr<PgTestDatabase> m_db;
    std::unique_ptr<TestServer> m_primary;
    std::unique_ptr<TestServer> m_secondary;
    CtlCapture m_ctl{&HaCommand::run, u"ha"_s};

private Q_SLOTS:
    void initTestCase() {
        m_db = std::make_unique<PgTestDatabase>();
        QVERIFY2(m_db->ok(), qPrintable(m_db->error));
        QVERIFY(startPgTestPair(*m_db, m_primary, m_secondary));
        // Both nodes list each other after a heartbeat or two.
        QTRY_VERIFY_WITH_TIMEOUT(m_ctl.run({u"check"_s, u"--primary"_s, m_primary->url(), u"--secondary"_s,
                                            m_secondary->url()}) == CtlExit::Ok,
                                 10000);
    }

    void aGoodPairPrintsAPassingChecklist() {
        QCOMPARE(
            m_ctl.run({u"check"_s, u"--primary"_s, m_primary->url(), u"--secondary"_s, m_secondary->url()}),
            CtlExit::Ok);
        const QStringList lines = m_ctl.out.split(u'\n');
        const QStringList ids{u"license_allows_ha"_s,   u"primary_reachable"_s, u"secondary_reachable"_s,
                              u"same_license"_s,        u"same_cluster"_s,      u"clock_sync"_s,
                              u"secondary_is_standby"_s};
        for (qsizetype i = 0; i < ids.size(); ++i)
            QVERIFY2(lines.value(i).startsWith(u"PASS  "_s + ids[i] + u"  "_s), qPrintable(m_ctl.out));
        QVERIFY2(!m_ctl.out.contains(u"lb_"_s), qPrintable(m_ctl.out)); // no --lb: not listed
        QVERIFY2(m_ctl.out.contains(u"The pair passes: 7 passed, 0 warning(s)."_s), qPrintable(m_ctl.out));
        QVERIFY(m_ctl.err.isEmpty());
    }

    void jsonHasOkAndEveryCheck() {
        QCOMPARE(m_ctl.run({u"check"_s, u"--primary"_s, m_primary->url(), u"--secondary"_s,
                            m_secondary->url(), u"--json"_s}),
                 CtlExit::Ok);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(m_ctl.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.keys(), (QStringList{u"checks"_s, u"ok"_s}));
        QCOMPARE(json.value(u"ok"_s), QJsonValue(true));
        const QJsonArray checks = json.value(u"checks"_s).toArray();
        QCOMPARE(checks.size(), 7);
        for (const QJsonValue& check : checks) {
            QCOMPARE(check.toObject().keys(), (QStringList{u"hint"_s, u"id"_s, u"message"_s, u"status"_s}));
            QCOMPARE(check[u"status"_s].toString(), u"pass"_s);
            QVERIFY(!check[u"message"_s].toString().isEmpty());
        }
        QCOMPARE(checks[0][u"id"_s].toString(), u"license_allows_ha"_s);
    }

    void aNodeDownFailsWithExitOneAndAHint() {
        const QString down = closedPortUrl();
        QCOMPARE(m_ctl.run({u"check"_s, u"--primary"_s, m_primary->url(), u"--secondary"_s, down}),
                 CtlExit::Failure);
        const QStringList lines = m_ctl.out.split(u'\n');
        const qsizetype at = lines.indexOf(QRegularExpression(u"^FAIL  secondary_reachable  .*"_s));
        QVERIFY2(at >= 0, qPrintable(m_ctl.out));
        QVERIFY2(lines[at].contains(down) && lines[at].contains(u"Connection refused"_s),
                 qPrintable(lines[at]));
        QVERIFY2(lines.value(at + 1).startsWith(u"      Start leasekeeper-server"_s), qPrintable(m_ctl.out));
        QVERIFY2(m_ctl.out.contains(u"The pair is NOT ready"_s), qPrintable(m_ctl.out));

        QCOMPARE(
            m_ctl.run({u"check"_s, u"--primary"_s, m_primary->url(), u"--secondary"_s, down, u"--json"_s}),
            CtlExit::Failure);
        const QJsonObject json = QJsonDocument::fromJson(m_ctl.out.toUtf8()).object();
        QCOMPARE(json.value(u"ok"_s), QJsonValue(false));
        const QJsonArray checks = json.value(u"checks"_s).toArray();
        QCOMPARE(checks[2][u"id"_s].toString(), u"secondary_reachable"_s);
        QCOMPARE(checks[2][u"status"_s].toString(), u"fail"_s);
        QVERIFY(!checks[2][u"hint"_s].toString().isEmpty());
    }

    void aTightDriftLimitAndAnUnreachableLoadBalancerFail() {
        QCOMPARE(
            m_ctl.run({u"check"_s, u"--primary"_s, m_primary->url(), u"--secondary"_s, m_secondary->url(),
                       u"--lb"_s, closedPortUrl(), u"--max-drift-ms"_s, u"0"_s, u"--json"_s}),
            CtlExit::Failure);
        const QJsonArray checks =
            QJsonDocument::fromJson(m_ctl.out.toUtf8()).object().value(u"checks"_s).toArray();
        QCOMPARE(checks.size(), 9);
        QStringList failed;
        for (const QJsonValue& check : checks)
            if (check[u"status"_s].toString() == u"fail"_s)
                failed << check[u"id"_s].toString();
        // Two clocks on one host may still read the same: clock_sync can pass at 0 ms.
        failed.removeAll(u"clock_sync"_s);
        QCOMPARE(failed, (QStringList{u"lb_health"_s, u"lb_routes_to_primary"_s}));
    }

    void theTokenFileIsRead() {
        QTemporaryDir dir;
        QCOMPARE(m_ctl.run({u"check"_s, u"--primary"_s, m_primary->url(), u"--secondary"_s,
                            m_secondary->url(), u"--token-file"_s, dir.filePath(u"missing"_s)}),
                 CtlExit::Failure);
        QVERIFY2(m_ctl.err.contains(u"missing"_s), qPrintable(m_ctl.err));
        QCOMPARE(m_ctl.run({u"check"_s, u"--primary"_s, m_primary->url(), u"--secondary"_s,
                            m_secondary->url(), u"--token-file"_s, m_primary->config.adminTokenPath}),
                 CtlExit::Ok);
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no action") << QStringList{} << u"missing action"_s;
        QTest::newRow("unknown action") << QStringList{u"fix"_s} << u"unknown action 'fix'"_s;
        QTest::newRow("no secondary") << QStringList{u"check"_s, u"--primary"_s, u"http://a:1"_s}
                                      << u"--primary and --secondary are required"_s;
        QTest::newRow("not a URL") << QStringList{u"check"_s, u"--primary"_s, u"a:1"_s, u"--secondary"_s,
                                                  u"http://b:1"_s}
                                   << u"--primary: 'a:1' is not an http:// or https:// URL"_s;
        QTest::newRow("bad lb") << QStringList{u"check"_s,       u"--primary"_s,  u"http://a:1"_s,
                                               u"--secondary"_s, u"http://b:1"_s, u"--lb"_s,
                                               u"ftp://c"_s}
                                << u"--lb: 'ftp://c'"_s;
        QTest::newRow("bad drift") << QStringList{u"check"_s,       u"--primary"_s,  u"http://a:1"_s,
                                                  u"--secondary"_s, u"http://b:1"_s, u"--max-drift-ms"_s,
                                                  u"-5"_s}
                                   << u"--max-drift-ms must be"_s;
        QTest::newRow("extra") << QStringList{u"check"_s,       u"--primary"_s,  u"http://a:1"_s,
                                              u"--secondary"_s, u"http://b:1"_s, u"more"_s}
                               << u"unexpected argument 'more'"_s;
        QTest::newRow("unknown option") << QStringList{u"check"_s, u"--bogus"_s} << u"bogus"_s;
    }
    void usageErrors() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QCOMPARE(m_ctl.run(arguments), CtlExit::Usage);
        QVERIFY2(m_ctl.err.contains(expected), qPrintable(m_ctl.err));
        QVERIFY(m_ctl.out.isEmpty());
    }

    void helpNamesTheOptions() {
        QCOMPARE(m_ctl.run({u"check"_s, u"--help"_s}), CtlExit::Ok);
        for (const QString& option : {u"--primary"_s, u"--secondary"_s, u"--lb"_s, u"--token-file"_s,
                                      u"--max-drift-ms"_s, u"--json"_s})
            QVERIFY2(m_ctl.out.contains(option), qPrintable(m_ctl.out));
    }

    void cleanupTestCase() {
        m_secondary.reset();
        m_primary.reset();
        m_db.reset();
    }
};

QTEST_GUILESS_MAIN(TestHaCommand)
#include "tst_hacommand.moc"
