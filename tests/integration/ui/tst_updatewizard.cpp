// The node-by-node update assistant driven page by page against a real pair:
// two nodes on one PostgreSQL database behind HAProxy, each really stopped
// and started again on its port while the wizard watches.
#include "FreePort.h"
#include "HttpTestClient.h"
#include "LoadBalancerProcess.h"
#include "PgTestNode.h"
#include "ScriptedPrompts.h"
#include "ha/LoadBalancerConfig.h"
#include "wizard/CheckList.h"
#include "wizard/CheckedStepPage.h"
#include "wizard/DrainStepPage.h"
#include "wizard/NodeUpdatePage.h"
#include "wizard/UpdateWizard.h"

#include <QAbstractButton>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestUpdateWizard : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ScriptedPrompts m_prompts;
    QNetworkAccessManager m_network;
    std::unique_ptr<PgTestDatabase> m_db;
    std::unique_ptr<TestServer> m_primary;
    std::unique_ptr<TestServer> m_secondary;
    std::unique_ptr<LoadBalancerProcess> m_balancer;
    quint16 m_balancerPort = 0;

    static QUrl urlOf(quint16 port) { return QUrl(u"http://127.0.0.1:%1"_s.arg(port)); }

    QByteArray answeringNode() {
        return HttpTestClient(m_balancerPort).get(u"/api/v1/time"_s).header("X-License-Manager-Node");
    }

    std::unique_ptr<UpdateWizard> wizard() {
        HaTargets pair;
        pair.primary = urlOf(m_primary->port());
        pair.secondary = urlOf(m_secondary->port());
        pair.loadBalancer = urlOf(m_balancerPort);
        return std::make_unique<UpdateWizard>(pair, TestServer::kAdminToken.toByteArray(), m_network,
                                              m_prompts);
    }

    // Stops a node, waits until the page saw it down, and starts it again on its port.
    static void restart(TestServer& node, NodeUpdatePage& page) {
        node.server.reset();
        QTRY_VERIFY_WITH_TIMEOUT(page.state().contains(u"is down"_s), 10000);
        QVERIFY(!page.isComplete());
        QVERIFY(node.start());
    }

    // The drain step, confirmed: traffic must end up on the secondary.
    void drainPrimary(UpdateWizard& w) {
        auto* drain = qobject_cast<DrainStepPage*>(w.page(UpdateWizard::DrainStep));
        QSignalSpy drained(drain, &DrainStepPage::drainFinished);
        m_prompts.confirmAnswer = true;
        drain->drain();
        QVERIFY(drained.wait(40000));
        QVERIFY2(drained.first().first().toBool(), qPrintable(drain->log()));
        QVERIFY(drain->isComplete());
        QCOMPARE(answeringNode(), QByteArray("lm-secondary"));
    }

    static QString describe(const CheckedStepPage& page) {
        QStringList lines;
        for (const HaCheck& check : page.checkList()->checks())
            lines << u"%1 %2: %3"_s.arg(check.id).arg(int(check.status)).arg(check.message);
        return lines.join(u'\n');
    }

    static void waitForChecks(CheckedStepPage& page) {
        QTRY_VERIFY2_WITH_TIMEOUT(page.isComplete(), qPrintable(describe(page)), 20000);
    }

private Q_SLOTS:
    void initTestCase() {
        const QString haproxy = LoadBalancerProcess::find(u"haproxy"_s);
        QVERIFY2(!haproxy.isEmpty(), LoadBalancerProcess::missing(u"haproxy"_s).constData());
        m_db = std::make_unique<PgTestDatabase>();
        QVERIFY2(m_db->ok(), qPrintable(m_db->error));
        m_primary = pgTestNode(*m_db, u"lm-primary"_s, u"primary"_s);
        m_secondary = pgTestNode(*m_db, u"lm-secondary"_s, u"secondary"_s, m_primary.get());
        QVERIFY(m_primary->start() && m_secondary->start());
        // Restarts come back on the same port, where the load balancer looks.
        m_primary->config.port = m_primary->port();
        m_secondary->config.port = m_secondary->port();
        m_balancerPort = freePort();
        const QString file =
            LoadBalancerProcess::writeFile(m_dir.filePath(u"haproxy.cfg"_s),
                                           LoadBalancerConfig::haproxy({{u"127.0.0.1"_s, m_primary->port()},
                                                                        {u"127.0.0.1"_s, m_secondary->port()},
                                                                        {u"127.0.0.1"_s, m_balancerPort}}));
        m_balancer = std::make_unique<LoadBalancerProcess>(haproxy, QStringList{u"-db"_s, u"-f"_s, file});
        QVERIFY2(HttpTestClient(m_balancerPort).waitUntilServedBy("lm-primary"),
                 qPrintable(m_balancer->output()));
        QTRY_COMPARE_WITH_TIMEOUT(listedNodes(*m_primary), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(listedNodes(*m_secondary), 2, 10000);
    }

    void itUpdatesTheSecondaryThenThePrimaryWithTrafficMovedBetween() {
        auto w = wizard();
        auto* before = qobject_cast<CheckedStepPage*>(w->page(UpdateWizard::BeforeStep));
        before->initializePage();
        waitForChecks(*before);

        auto* secondary = qobject_cast<NodeUpdatePage*>(w->page(UpdateWizard::SecondaryStep));
        secondary->initializePage();
        QTRY_VERIFY2_WITH_TIMEOUT(secondary->state().contains(u"has not been restarted"_s),
                                  qPrintable(secondary->state()), 5000);
        QTest::qWait(300);
        QVERIFY2(!secondary->isComplete(), "Next must wait for the node's restart");
        restart(*m_secondary, *secondary);
        QTRY_VERIFY2_WITH_TIMEOUT(secondary->state().contains(u"was restarted and is back"_s),
                                  qPrintable(secondary->state()), 10000);
        waitForChecks(*secondary);
        secondary->cleanupPage();

        drainPrimary(*w);
        if (QTest::currentTestFailed())
            return;

        auto* primary = qobject_cast<NodeUpdatePage*>(w->page(UpdateWizard::PrimaryStep));
        primary->initializePage();
        restart(*m_primary, *primary);
        QTRY_VERIFY2_WITH_TIMEOUT(primary->state().contains(u"was restarted and is back"_s),
                                  qPrintable(primary->state()), 10000);
        // A restarted node is out of maintenance: traffic returns by itself.
        QTRY_COMPARE_WITH_TIMEOUT(answeringNode(), QByteArray("lm-primary"), 15000);
        primary->runChecks();
        waitForChecks(*primary);
        primary->cleanupPage();
    }

    void aPrimaryNotRestartedLeavesMaintenanceOnlyWhenAsked() {
        auto w = wizard();
        QTRY_VERIFY_WITH_TIMEOUT(w->nodesKnown(), 5000);
        drainPrimary(*w);
        if (QTest::currentTestFailed())
            return;

        auto* primary = qobject_cast<NodeUpdatePage*>(w->page(UpdateWizard::PrimaryStep));
        primary->initializePage();
        primary->findChild<QAbstractButton*>(u"alreadyUpdated"_s)->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(primary->checkList()->anyFailed(), 10000);
        QVERIFY2(!primary->isComplete(), "traffic is still on the secondary: lb_routes_to_primary fails");

        m_prompts.confirmAnswer = false;
        w->endMaintenance(); // declined: nothing changes
        QTest::qWait(300);
        QCOMPARE(answeringNode(), QByteArray("lm-secondary"));
        m_prompts.confirmAnswer = true;
        w->endMaintenance();
        QTRY_COMPARE_WITH_TIMEOUT(answeringNode(), QByteArray("lm-primary"), 15000);
        waitForChecks(*primary);
        primary->cleanupPage();
    }

    void cleanupTestCase() {
        m_balancer.reset();
        m_primary.reset();
        m_secondary.reset();
    }
};

QTEST_MAIN(TestUpdateWizard)
#include "tst_updatewizard.moc"
