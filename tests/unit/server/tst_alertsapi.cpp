// Alerts on a real node over loopback HTTP, with a real webhook receiver
// that fails the first attempts: a type near its limit is delivered once,
// signed, after retries, and again only after the quiet period; a denial by
// a reservation names the group; a lease that runs out of grace is told;
// settings changed through the API are validated, saved and audited, and an
// edit of the file on disk takes effect.
#include "GrantRequest.h"
#include "HttpTestClient.h"
#include "TestFiles.h"
#include "TestServer.h"
#include "WebhookReceiver.h"
#include "alert/WebhookChannel.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

namespace {

const QByteArray kSecret = "0123456789abcdef-webhook-secret";
constexpr QByteArrayView kViewerToken = "ops-viewer-token-0123456789abcdef";

QJsonObject fourVdp() {
    QJsonObject terms = exampleTerms();
    terms.insert(u"components"_s, componentsJson({{u"vdp"_s, {4, 8, 32}}}));
    return terms;
}

QByteArray alertsFile(const QString& url, const QString& secretFile) {
    return QStringLiteral("evaluate-interval-s = 3600\n"
                          "[webhook]\nurl = \"%1\"\nsecret-file = \"%2\"\nattempts = 4\nretry-base-ms = 20\n"
                          "[near_limit]\nthreshold = 75\nquiet-period-s = 600\n"
                          "[denial]\nquiet-period-s = 300\n")
        .arg(url, secretFile)
        .toUtf8();
}

} // namespace

class TestAlertsApi : public QObject {
    Q_OBJECT

    std::unique_ptr<WebhookReceiver> m_receiver;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;

    HttpResult grant(const QString& host, const QString& instance = {}) {
        m_client->setToken({});
        return m_client->post(
            u"/api/v1/leases"_s,
            grantRequest(u"vdp"_s, instance.isEmpty() ? host + u":9999"_s : instance, 2, u"1"_s, host));
    }
    HttpResult admin(const QByteArray& method, const QString& path, const QByteArray& body = {}) {
        m_client->setToken(TestServer::kAdminToken.toByteArray());
        return m_client->send(method, path, body);
    }
    void evaluate() {
        QSignalSpy evaluated(&m_server->server->alerts()->monitor(), &AlertMonitor::evaluated);
        m_server->server->alerts()->monitor().evaluateNow();
        QVERIFY(evaluated.wait(5000));
    }
    QJsonArray alertsOf(const QString& rule) {
        QJsonArray matching;
        for (const QJsonValue& alert : admin("GET", u"/api/v1/alerts"_s).json.value(u"alerts"_s).toArray()) {
            if (alert.toObject().value(u"rule"_s).toString() == rule)
                matching.append(alert);
        }
        return matching;
    }
    // The bodies the receiver took (answered 2xx) for one rule.
    QList<QJsonObject> deliveredOf(const QString& rule) {
        QList<QJsonObject> bodies;
        QSet<QString> ids;
        for (const WebhookReceiver::Request& request : m_receiver->requests()) {
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            if (body.value(u"rule"_s).toString() == rule && !ids.contains(body.value(u"id"_s).toString()))
                bodies.append(body);
            ids.insert(body.value(u"id"_s).toString());
        }
        return bodies;
    }
    QJsonObject webhookBody(int request) {
        return QJsonDocument::fromJson(m_receiver->requests().at(request).body).object();
    }

private Q_SLOTS:
    void init() {
        m_receiver = std::make_unique<WebhookReceiver>();
        QVERIFY(m_receiver->listen());
        m_server = std::make_unique<TestServer>(fourVdp());
        const QString secretFile = m_server->dir.filePath(u"webhook.secret"_s);
        QVERIFY(writeTestFile(secretFile, kSecret + "\n"));
        m_server->config.tokensPath = m_server->dir.filePath(u"tokens"_s);
        QVERIFY(
            writeTestFile(m_server->config.tokensPath, "ops viewer " + kViewerToken.toByteArray() + "\n"));
        m_server->config.alertsPath = m_server->dir.filePath(u"alerts.ini"_s);
        QVERIFY(writeTestFile(m_server->config.alertsPath, alertsFile(m_receiver->url(), secretFile)));
        QVERIFY2(m_server->start(), qPrintable(m_server->lastError.message));
        m_client = std::make_unique<HttpTestClient>(m_server->port());
        QVERIFY(m_client->waitUntilReady());
    }
    void cleanup() {
        m_client.reset();
        m_server.reset();
        m_receiver.reset();
    }

    void nearLimitIsDeliveredOnceSignedAfterRetriesAndAgainAfterTheQuietPeriod() {
        QCOMPARE(grant(u"web-1"_s).status, 201);
        QCOMPARE(grant(u"web-2"_s).status, 201);
        evaluate();
        QVERIFY(alertsOf(u"near_limit"_s).isEmpty()); // 2 of 4: 50%
        m_receiver->failNext({503, 502});
        QCOMPARE(grant(u"web-3"_s).status, 201);
        evaluate();
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->delivered(), 1, 5000);
        QCOMPARE(m_receiver->requests().size(), 3); // two failures, then delivered
        const WebhookReceiver::Request& request = m_receiver->requests().last();
        QCOMPARE(request.headers.value("x-leasekeeper-signature"),
                 WebhookChannel::signature(kSecret, request.body));
        const QJsonObject body = webhookBody(2);
        QCOMPARE(body.value(u"rule"_s).toString(), u"near_limit"_s);
        QCOMPARE(body.value(u"subject"_s).toString(), u"vdp"_s);
        QVERIFY2(body.value(u"detail"_s).toString().contains(u"3 of 4 instances"_s),
                 request.body.constData());
        QCOMPARE(request.headers.value("x-leasekeeper-alert-id"), body.value(u"id"_s).toString().toUtf8());

        // The delivery log says how it went.
        QTRY_VERIFY_WITH_TIMEOUT(
            !admin("GET", u"/api/v1/alerts"_s).json.value(u"deliveries"_s).toArray().isEmpty(), 2000);
        const QJsonObject delivery =
            admin("GET", u"/api/v1/alerts"_s).json.value(u"deliveries"_s).toArray().last().toObject();
        QCOMPARE(delivery.value(u"delivered"_s).toBool(), true);
        QCOMPARE(delivery.value(u"attempts"_s).toInt(), 3);
        QCOMPARE(delivery.value(u"detail"_s).toString(), u"HTTP 200"_s);

        // Still at 75% five minutes later: the same incident is not sent again.
        m_server->clock.advanceSeconds(300);
        evaluate();
        QCOMPARE(alertsOf(u"near_limit"_s).size(), 1);
        // After the quiet period it is, as a reminder.
        m_server->clock.advanceSeconds(300);
        evaluate();
        // (The leases, never renewed, are now overdue too: that is another rule.)
        QTRY_COMPARE_WITH_TIMEOUT(deliveredOf(u"near_limit"_s).size(), 2, 5000);
        QVERIFY(deliveredOf(u"near_limit"_s)[1].value(u"summary"_s).toString().startsWith(u"Still: "_s));
    }

    void aDenialByAReservationNamesTheGroupOncePerQuietPeriod() {
        TestServer grouped(fourVdp());
        grouped.config.policyPath = grouped.dir.filePath(u"policy"_s);
        QVERIFY(writeTestFile(grouped.config.policyPath,
                              "group production prod-*\nreserve production vdp instances 2\n"));
        QVERIFY(grouped.start());
        HttpTestClient client(grouped.port());
        QVERIFY(client.waitUntilReady());
        for (const QString& host : {u"other-1"_s, u"other-2"_s})
            QCOMPARE(client.post(u"/api/v1/leases"_s, grantRequest(u"vdp"_s, host + u":1"_s, 2, u"1"_s, host))
                         .status,
                     201);
        for (const QString& host : {u"other-3"_s, u"other-4"_s, u"other-5"_s})
            QCOMPARE(client.post(u"/api/v1/leases"_s, grantRequest(u"vdp"_s, host + u":1"_s, 2, u"1"_s, host))
                         .status,
                     403);
        const QList<RaisedAlert> raised = grouped.server->alerts()->dispatcher().alertsAfter(0);
        QCOMPARE(raised.size(), 1); // three refusals, one alert in the quiet period
        QCOMPARE(raised[0].message.rule, u"denial"_s);
        QVERIFY2(raised[0].message.detail.contains(u"reserved for group production"_s),
                 qPrintable(raised[0].message.detail));
        QVERIFY(raised[0].message.summary.contains(u"reserved_for_other_group"_s));

        grouped.clock.advanceSeconds(3600);
        QCOMPARE(
            client.post(u"/api/v1/leases"_s, grantRequest(u"vdp"_s, u"other-6:1"_s, 2, u"1"_s, u"other-6"_s))
                .status,
            403);
        const QList<RaisedAlert> later = grouped.server->alerts()->dispatcher().alertsAfter(raised[0].seq);
        QCOMPARE(later.size(), 1);
        QVERIFY2(later[0].message.detail.contains(u"2 similar alert(s) were held back"_s) ||
                     later[0].message.detail.contains(u"2 similar alerts were held back"_s),
                 qPrintable(later[0].message.detail));
    }

    void missedRenewalsAndAnExpiredGraceAreTold() {
        QCOMPARE(grant(u"web-1"_s).status, 201);
        m_server->clock.advanceSeconds(3 * 300 + 1); // several renewal intervals missed
        evaluate();
        const QJsonArray grace = alertsOf(u"grace_entered"_s);
        QCOMPARE(grace.size(), 1);
        QVERIFY(grace[0].toObject().value(u"summary"_s).toString().contains(u"vdp"_s));

        m_server->clock.advanceDays(6); // past the 5-day grace period
        QSignalSpy reclaimed(&m_server->server->service(), &LeaseService::leaseEvent);
        QTRY_VERIFY_WITH_TIMEOUT(!alertsOf(u"grace_expired"_s).isEmpty(), 5000);
        const QJsonObject expired = alertsOf(u"grace_expired"_s)[0].toObject();
        QCOMPARE(expired.value(u"severity"_s).toString(), u"critical"_s);
        QVERIFY(expired.value(u"summary"_s).toString().contains(u"web-1"_s));
    }

    void settingsChangedThroughTheApiAreCheckedSavedAndAudited() {
        HttpResult bad =
            admin("PUT", u"/api/v1/alerts/settings"_s,
                  "{\"mail\":{\"host\":\"m.example.com\",\"from\":\"lm@example.com\",\"to\":[\"ops\"]}}");
        QCOMPARE(bad.status, 400);
        QVERIFY2(bad.json.value(u"message"_s).toString().contains(u"\"ops\" is not an e-mail address"_s),
                 bad.body.constData());
        bad = admin("PUT", u"/api/v1/alerts/settings"_s,
                    "{\"rules\":[{\"rule\":\"near_limit\",\"threshold\":\"high\"}]}");
        QCOMPARE(bad.status, 400);
        QVERIFY2(bad.json.value(u"message"_s).toString().contains(u"rules.near_limit.threshold"_s),
                 bad.body.constData());
        bad =
            admin("PUT", u"/api/v1/alerts/settings"_s,
                  "{\"webhook\":{\"url\":\"http://127.0.0.1:1/x\",\"secret_file\":\"/nonexistent/secret\"}}");
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json.value(u"error"_s).toString(), u"alert_secret"_s);

        const HttpResult good =
            admin("PUT", u"/api/v1/alerts/settings"_s,
                  "{\"rules\":[{\"rule\":\"near_limit\",\"threshold\":60,\"channels\":[\"tray\"]}]}");
        QCOMPARE(good.status, 200);
        QCOMPARE(m_server->server->alerts()->settings().rule(AlertKind::NearLimit).threshold, 60);
        const auto onDisk = AlertSettingsFile::parse(m_server->config.alertsPath);
        QVERIFY(onDisk);
        QCOMPARE(onDisk->rule(AlertKind::NearLimit).threshold, 60);
        QVERIFY(!onDisk->hasWebhook()); // PUT replaces the settings as a whole

        const QJsonArray changes =
            admin("GET", u"/api/v1/audit?action=alerts.change"_s).json.value(u"entries"_s).toArray();
        // A body that is not settings at all is no action; each attempt to apply some is.
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes[0].toObject().value(u"outcome"_s).toString(), u"ok"_s);
        QCOMPARE(changes[0].toObject().value(u"actor"_s).toString(), u"admin"_s);
        QCOMPARE(changes[1].toObject().value(u"outcome"_s).toString(), u"refused"_s);
        QVERIFY(changes[1].toObject().value(u"detail"_s).toString().contains(u"/nonexistent/secret"_s));
        QCOMPARE(changes[2].toObject().value(u"outcome"_s).toString(), u"refused"_s);
    }

    void anEditOnDiskTakesEffectAndABrokenOneIsRefused() {
        QVERIFY(writeTestFile(m_server->config.alertsPath, "[near_limit]\nthreshold = 50\n"));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->server->alerts()->settings().rule(AlertKind::NearLimit).threshold,
                                  50, 5000);
        QVERIFY(writeTestFile(m_server->config.alertsPath, "[near_limit]\nthreshold = 500\n"));
        QTRY_VERIFY_WITH_TIMEOUT(
            admin("GET", u"/api/v1/audit?action=alerts.change"_s).json.value(u"entries"_s).toArray().size() ==
                2,
            5000);
        const QJsonObject failed = admin("GET", u"/api/v1/audit?action=alerts.change"_s)
                                       .json.value(u"entries"_s)
                                       .toArray()[0]
                                       .toObject();
        QCOMPARE(failed.value(u"outcome"_s).toString(), u"failed"_s);
        QVERIFY(failed.value(u"detail"_s).toString().contains(u"the settings in force stay"_s));
        QCOMPARE(m_server->server->alerts()->settings().rule(AlertKind::NearLimit).threshold, 50);
    }

    void secretsAreNeverShownAndViewersSeeNoWebhookPath() {
        const HttpResult asAdmin = admin("GET", u"/api/v1/alerts/settings"_s);
        QCOMPARE(asAdmin.status, 200);
        QVERIFY(!asAdmin.body.contains(kSecret));
        QCOMPARE(asAdmin.json.value(u"webhook"_s).toObject().value(u"url"_s).toString(), m_receiver->url());
        QCOMPARE(asAdmin.json.value(u"file"_s).toString(), m_server->config.alertsPath);
        QVERIFY(!admin("GET", u"/api/v1/alerts"_s).body.contains(kSecret));

        m_client->setToken(kViewerToken.toByteArray());
        const HttpResult asViewer = m_client->get(u"/api/v1/alerts/settings"_s);
        QCOMPARE(asViewer.status, 200);
        QCOMPARE(asViewer.json.value(u"webhook"_s).toObject().value(u"url"_s).toString(),
                 u"http://127.0.0.1:%1/\u2026"_s.arg(QUrl(m_receiver->url()).port()));
        QCOMPARE(m_client->send("PUT", u"/api/v1/alerts/settings"_s, "{}").status, 403);
        QCOMPARE(m_client->post(u"/api/v1/alerts/test"_s, QByteArray()).status, 403);
        QCOMPARE(m_client->get(u"/api/v1/alerts"_s).status, 200);
    }

    void aTestAlertReportsEachChannel() {
        m_receiver->failNext({500});
        HttpResult failed = admin("POST", u"/api/v1/alerts/test"_s);
        QCOMPARE(failed.status, 200);
        QJsonObject delivery = failed.json.value(u"deliveries"_s).toArray().at(0).toObject();
        QCOMPARE(delivery.value(u"delivered"_s).toBool(), false); // tried once, no retries for a test
        QCOMPARE(delivery.value(u"attempts"_s).toInt(), 1);
        QCOMPARE(delivery.value(u"detail"_s).toString(), u"HTTP 500"_s);
        HttpResult ok = admin("POST", u"/api/v1/alerts/test"_s);
        delivery = ok.json.value(u"deliveries"_s).toArray().at(0).toObject();
        QCOMPARE(delivery.value(u"delivered"_s).toBool(), true);
        QCOMPARE(webhookBody(1).value(u"test"_s).toBool(), true);
        const QJsonObject alert = ok.json.value(u"alerts"_s).toArray().at(0).toObject();
        QCOMPARE(alert.value(u"channels"_s).toArray(), QJsonArray{u"tray"_s}); // the console shows it too
        const QJsonArray tests =
            admin("GET", u"/api/v1/audit?action=alerts.test"_s).json.value(u"entries"_s).toArray();
        QCOMPARE(tests.size(), 2);
        QCOMPARE(tests[0].toObject().value(u"outcome"_s).toString(), u"ok"_s);
        QCOMPARE(tests[1].toObject().value(u"outcome"_s).toString(), u"failed"_s);
    }

    void aNodeDoesNotStartWithBrokenAlertSettings() {
        TestServer broken(fourVdp());
        broken.config.alertsPath = broken.dir.filePath(u"alerts.ini"_s);
        QVERIFY(
            writeTestFile(broken.config.alertsPath, "[webhook]\nurl = http://x/\nsecret-file = /missing\n"));
        QVERIFY(!broken.start());
        QCOMPARE(broken.lastError.code, u"alert_secret"_s);
        QVERIFY2(broken.lastError.message.contains(u"/missing"_s), qPrintable(broken.lastError.message));
    }

    void withoutAFileChangesCannotBeKept() {
        TestServer plain(fourVdp());
        QVERIFY(plain.start());
        HttpTestClient client(plain.port());
        client.setToken(TestServer::kAdminToken.toByteArray());
        const HttpResult refused = client.send("PUT", u"/api/v1/alerts/settings"_s, "{}");
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.json.value(u"error"_s).toString(), u"no_alerts_file"_s);
        QCOMPARE(client.get(u"/api/v1/alerts/settings"_s).json.value(u"file"_s).toString(), QString());
    }
};

QTEST_GUILESS_MAIN(TestAlertsApi)
#include "tst_alertsapi.moc"
