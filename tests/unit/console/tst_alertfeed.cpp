// The console's feed of a real node's alerts: the first answer only sets
// where to start, then only new alerts meant for the console are handed on;
// a restarted node is followed, a node that does not answer is reported once.
#include "FreePort.h"
#include "TestServer.h"
#include "admin/NodeClient.h"
#include "alert/AlertService.h"
#include "console/AlertFeed.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestAlertFeed : public QObject {
    Q_OBJECT

    SystemClock m_clock;
    QNetworkAccessManager m_network;

    static RaisedAlert raise(TestServer& node, const QString& summary, const QStringList& channels) {
        AlertDispatcher& dispatcher = node.server->alerts()->dispatcher();
        AlertMessage message = dispatcher.message(u"denial"_s, u"warning"_s);
        message.summary = summary;
        return dispatcher.raise(message, channels);
    }

private Q_SLOTS:
    void onlyNewAlertsForTheConsoleAreHandedOn() {
        TestServer node;
        QVERIFY(node.start());
        raise(node, u"before the console started"_s, {u"tray"_s});
        NodeClient client(QUrl(node.url()), m_network, m_clock);
        client.setAdminToken(TestServer::kAdminToken.toByteArray());
        AlertFeed feed(client);
        QSignalSpy handed(&feed, &AlertFeed::newAlerts);
        feed.pollNow();
        QTRY_VERIFY_WITH_TIMEOUT(feed.hasBaseline(), 5000);
        QCOMPARE(feed.lastSeq(), 1);
        QCOMPARE(handed.size(), 0);

        raise(node, u"for the webhook only"_s, {u"webhook"_s});
        const RaisedAlert shown = raise(node, u"for the console"_s, {u"webhook"_s, u"tray"_s});
        feed.pollNow();
        QVERIFY(handed.wait(5000));
        const auto alerts = handed.first().first().value<QList<RaisedAlert>>();
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first(), shown);
        QCOMPARE(feed.lastSeq(), 3);

        QSignalSpy polled(&feed, &AlertFeed::polled);
        feed.pollNow(); // nothing new: nothing handed on again
        QVERIFY(polled.wait(5000));
        QCOMPARE(handed.size(), 1);
    }

    void theTimerPolls() {
        TestServer node;
        QVERIFY(node.start());
        NodeClient client(QUrl(node.url()), m_network, m_clock);
        client.setAdminToken(TestServer::kAdminToken.toByteArray());
        AlertFeed feed(client);
        feed.setIntervalMs(20);
        QSignalSpy handed(&feed, &AlertFeed::newAlerts);
        feed.start();
        QTRY_VERIFY_WITH_TIMEOUT(feed.hasBaseline(), 5000);
        raise(node, u"polled"_s, {u"tray"_s});
        QVERIFY(handed.wait(5000));
        QCOMPARE(handed.first().first().value<QList<RaisedAlert>>().first().message.summary, u"polled"_s);
    }

    void aRestartedNodeIsFollowed() {
        TestServer node;
        QVERIFY(node.start());
        raise(node, u"one"_s, {u"tray"_s});
        raise(node, u"two"_s, {u"tray"_s});
        NodeClient client(QUrl(node.url()), m_network, m_clock);
        client.setAdminToken(TestServer::kAdminToken.toByteArray());
        AlertFeed feed(client);
        QSignalSpy handed(&feed, &AlertFeed::newAlerts);
        feed.pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(feed.lastSeq(), 2, 5000);

        node.config.port = node.port();
        QVERIFY(node.restart());
        raise(node, u"after the restart"_s, {u"tray"_s});
        feed.pollNow();
        QVERIFY(handed.wait(5000));
        const auto alerts = handed.first().first().value<QList<RaisedAlert>>();
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().message.summary, u"after the restart"_s);
        QCOMPARE(feed.lastSeq(), 1);
    }

    void aNodeThatDoesNotAnswerIsReportedOnce() {
        NodeClient client(QUrl(closedPortUrl()), m_network, m_clock);
        AlertFeed feed(client);
        QSignalSpy problems(&feed, &AlertFeed::problemChanged);
        QSignalSpy polled(&feed, &AlertFeed::polled);
        feed.pollNow();
        QVERIFY(polled.wait(5000));
        QVERIFY(!feed.problem().isEmpty());
        feed.pollNow();
        QVERIFY(polled.wait(5000));
        QCOMPARE(polled.size(), 2);
        QCOMPARE(problems.size(), 1);
    }
};

QTEST_MAIN(TestAlertFeed)
#include "tst_alertfeed.moc"
