// The HTTP contract of a License Manager node, over real loopback HTTP
// against an in-process server with a manual clock.
#include "HttpTestClient.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>
#include <chrono>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

namespace {

QJsonObject leaseRequest(const QString& instance, int cores, const QString& component = u"vdp"_s) {
    return QJsonObject{{u"component"_s, component}, {u"instance"_s, instance},
                       {u"host"_s, u"host-1"_s},    {u"ips"_s, QJsonArray{u"10.0.0.5"_s}},
                       {u"cores"_s, cores},         {u"version"_s, u"9.1"_s}};
}

} // namespace

class TestLicenseApi : public QObject {
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;

    static constexpr const char* kSiteKey = "site-key-for-the-test-0123456789";

    void startServerWithSiteKey() {
        m_client.reset();
        m_server = std::make_unique<TestServer>();
        m_server->config.siteKeyPath = m_server->dir.filePath(u"site.key"_s);
        QFile key(m_server->config.siteKeyPath);
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(QByteArray(kSiteKey) + "\n");
        key.close();
        QVERIFY(m_server->start());
        m_client = std::make_unique<HttpTestClient>(m_server->port());
    }

    void startServer(const QJsonObject& terms = exampleTerms()) {
        m_server = std::make_unique<TestServer>(terms);
        QVERIFY(m_server->start());
        m_client = std::make_unique<HttpTestClient>(m_server->port());
    }

    QString grant(const QString& instance, int cores, const QString& component = u"vdp"_s) {
        const HttpResult result =
            m_client->post(u"/api/v1/leases"_s, leaseRequest(instance, cores, component));
        if (result.status != 201)
            qWarning("grant answered %d: %s", result.status, result.body.constData());
        return result.json.value(u"lease_id"_s).toString();
    }

    QJsonArray adminLeases() {
        m_client->setToken(TestServer::kAdminToken.toByteArray());
        const HttpResult result = m_client->get(u"/api/v1/leases"_s);
        m_client->setToken({});
        return result.json.value(u"leases"_s).toArray();
    }

private Q_SLOTS:
    void init() { startServer(); }
    void cleanup() {
        m_client.reset();
        m_server.reset();
    }

    void pingAnswers200AndNamesTheNode() {
        QTRY_COMPARE_WITH_TIMEOUT(m_client->get(u"/pingLicenseManager"_s).status, 200, 5000);
        const HttpResult ping = m_client->get(u"/pingLicenseManager"_s);
        QCOMPARE(ping.header("X-License-Manager-Node"), QByteArray("node-a"));
        QCOMPARE(ping.json.value(u"status"_s).toString(), u"ok"_s);
    }

    void statusSummarisesLicenseAndUsage() {
        QVERIFY(!grant(u"a"_s, 8).isEmpty());
        const HttpResult status = m_client->get(u"/api/v1/status"_s);
        QCOMPARE(status.status, 200);
        QCOMPARE(status.json.value(u"node"_s).toString(), u"node-a"_s);
        QCOMPARE(status.json.value(u"server_time_ms"_s).toInteger(), m_server->clock.nowMs());
        const QJsonObject license = status.json.value(u"license"_s).toObject();
        QCOMPARE(license.value(u"license_id"_s).toString(), u"acme-2027"_s);
        QCOMPARE(license.value(u"licensee"_s).toString(), u"ACME Corp"_s);
        const QJsonObject vdp = license.value(u"components"_s).toObject().value(u"vdp"_s).toObject();
        QCOMPARE(vdp.value(u"instances_used"_s).toInt(), 1);
        QCOMPARE(vdp.value(u"cores_used"_s).toInt(), 8);
        QCOMPARE(vdp.value(u"cores_allowed"_s).toInt(), 24);
        QCOMPARE(status.json.value(u"store"_s).toObject().value(u"kind"_s).toString(), u"sqlite"_s);
        QVERIFY(status.json.contains(u"uptime_s"_s));
    }

    void grantAnswersTheLeaseTerms() {
        const HttpResult result = m_client->post(u"/api/v1/leases"_s, leaseRequest(u"a"_s, 8));
        QCOMPARE(result.status, 201);
        QCOMPARE(result.json.value(u"renew_after_s"_s).toInt(), 300);
        QCOMPARE(result.json.value(u"grace_period_s"_s).toInt(), 432000);
        QCOMPARE(result.json.value(u"server_time_ms"_s).toInteger(), m_server->clock.nowMs());
        QCOMPARE(result.json.value(u"node"_s).toString(), u"node-a"_s);
        QCOMPARE(result.json.value(u"lease_id"_s).toString().size(), 32);
    }

    void denialsAre403WithTheReason_data() {
        QTest::addColumn<QString>("component");
        QTest::addColumn<int>("cores");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unlicensed") << u"solver"_s << 1 << u"type_not_licensed"_s;
        QTest::newRow("per instance") << u"vdp"_s << 17 << u"cores_per_instance"_s;
        QTest::newRow("total cores") << u"vdp"_s << 9 << u"core_limit"_s;
        QTest::newRow("instances") << u"scheduler"_s << 1 << u"instance_limit"_s;
    }

    void denialsAre403WithTheReason() {
        QFETCH(QString, component);
        QFETCH(int, cores);
        QFETCH(QString, reason);
        QVERIFY(!grant(u"big"_s, 16).isEmpty());
        QVERIFY(!grant(u"sched"_s, 4, u"scheduler"_s).isEmpty());
        const HttpResult result =
            m_client->post(u"/api/v1/leases"_s, leaseRequest(u"new"_s, cores, component));
        QCOMPARE(result.status, 403);
        QCOMPARE(result.json.value(u"error"_s).toString(), reason);
        QVERIFY(!result.json.value(u"message"_s).toString().isEmpty());
    }

    void concurrentGrantsNeverExceedTheLicense() {
        // 30 requests in flight at once over several connections; the store
        // worker batches them, and each still sees the ones before it.
        QNetworkAccessManager manager;
        QList<QNetworkReply*> replies;
        for (int i = 0; i < 30; ++i) {
            QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/api/v1/leases"_s.arg(m_server->port())));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            replies << manager.post(request, QJsonDocument(leaseRequest(u"c%1"_s.arg(i), 4)).toJson());
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                             [](QNetworkReply* reply) { return reply->isFinished(); }),
                                 10000);
        QMap<int, int> statuses;
        for (QNetworkReply* reply : replies)
            ++statuses[reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()];
        qDeleteAll(replies);
        QCOMPARE(statuses.value(201), 2); // the license allows 2 vdp instances
        QCOMPARE(statuses.value(403), 28);
        QCOMPARE(adminLeases().size(), 2);
    }

    void restartOfTheSameInstanceReplacesItsLease() {
        const QString first = grant(u"a"_s, 16);
        QVERIFY(!grant(u"b"_s, 8).isEmpty());
        const QString second = grant(u"a"_s, 16);
        QVERIFY(!second.isEmpty() && second != first);
        QCOMPARE(adminLeases().size(), 2);
        QCOMPARE(m_client->post(u"/api/v1/leases/%1/renew"_s.arg(first), QByteArray()).status, 404);
    }

    void renewalsSayWhichCameThroughALoadBalancer() {
        const QString direct = grant(u"direct"_s, 2);
        m_client->setHeader("X-Forwarded-For", "10.0.0.7");
        const QString proxied = grant(u"proxied"_s, 2);
        QCOMPARE(m_client->post(u"/api/v1/leases/%1/renew"_s.arg(direct), QByteArray()).status, 200);
        m_client->setHeader("X-Forwarded-For", {});
        QCOMPARE(m_client->get(u"/api/v1/renewals"_s).status, 401); // hosts are for administrators
        m_client->setToken(TestServer::kAdminToken.toByteArray());
        const HttpResult all = m_client->get(u"/api/v1/renewals"_s);
        QCOMPARE(all.status, 200);
        const QJsonArray renewals = all.json.value(u"renewals"_s).toArray();
        QCOMPARE(renewals.size(), 3);
        QCOMPARE(renewals.at(0).toObject().value(u"lease_id"_s).toString(), direct);
        QCOMPARE(renewals.at(0).toObject().value(u"kind"_s).toString(), u"grant"_s);
        QCOMPARE(renewals.at(0).toObject().value(u"forwarded_for"_s).toString(), QString());
        QCOMPARE(renewals.at(1).toObject().value(u"lease_id"_s).toString(), proxied);
        QCOMPARE(renewals.at(2).toObject().value(u"kind"_s).toString(), u"renewal"_s);
        QCOMPARE(renewals.at(2).toObject().value(u"forwarded_for"_s).toString(), u"10.0.0.7"_s);
        const qint64 last = all.json.value(u"last_sequence"_s).toInteger();
        QCOMPARE(last, renewals.at(2).toObject().value(u"sequence"_s).toInteger());
        QVERIFY(m_client->get(u"/api/v1/renewals?after=%1"_s.arg(last))
                    .json.value(u"renewals"_s)
                    .toArray()
                    .isEmpty());
        const HttpResult bad = m_client->get(u"/api/v1/renewals?after=yesterday"_s);
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.json.value(u"message"_s).toString().contains(u"after"_s));
    }

    void renewExtendsAndUnknownLeaseIs404() {
        const QString id = grant(u"a"_s, 4);
        m_server->clock.advanceSeconds(300);
        const HttpResult renewed = m_client->post(u"/api/v1/leases/%1/renew"_s.arg(id), QByteArray());
        QCOMPARE(renewed.status, 200);
        QCOMPARE(renewed.json.value(u"lease_id"_s).toString(), id);
        QCOMPARE(renewed.json.value(u"grace_deadline_ms"_s).toInteger(),
                 m_server->clock.nowMs() + 432000000LL);
        const HttpResult unknown = m_client->post(u"/api/v1/leases/0123/renew"_s, QByteArray());
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.json.value(u"error"_s).toString(), u"unknown_lease"_s);
    }

    void leaseSilentBeyondGraceIsGone() {
        const QString id = grant(u"a"_s, 4);
        m_server->clock.advanceDays(5);
        QCOMPARE(adminLeases().size(), 1); // still counted on the deadline itself
        m_server->clock.advanceSeconds(1);
        QCOMPARE(m_client->post(u"/api/v1/leases/%1/renew"_s.arg(id), QByteArray()).status, 404);
        QVERIFY(adminLeases().isEmpty());
    }

    void releaseIs204AndIdempotent() {
        const QString id = grant(u"a"_s, 4);
        QCOMPARE(m_client->del(u"/api/v1/leases/%1"_s.arg(id)).status, 204);
        QCOMPARE(m_client->del(u"/api/v1/leases/%1"_s.arg(id)).status, 204);
        QCOMPARE(m_client->post(u"/api/v1/leases/%1/renew"_s.arg(id), QByteArray()).status, 404);
        QVERIFY(adminLeases().isEmpty());
    }

    void adminEndpointsNeedTheToken_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("token");
        for (const auto& [name, token] :
             {std::pair{"none", QByteArray()}, std::pair{"wrong", QByteArray("x")}}) {
            QTest::addRow("leases %s", name) << QByteArray("GET") << u"/api/v1/leases"_s << token;
            QTest::addRow("history %s", name) << QByteArray("GET") << u"/api/v1/history"_s << token;
            QTest::addRow("free %s", name) << QByteArray("POST") << u"/api/v1/leases/abc/free"_s << token;
        }
    }

    void adminEndpointsNeedTheToken() {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, token);
        m_client->setToken(token);
        const HttpResult result = m_client->send(method, path, {});
        QCOMPARE(result.status, 401);
        QCOMPARE(result.json.value(u"error"_s).toString(), u"unauthorized"_s);
        QCOMPARE(result.header("WWW-Authenticate"), QByteArray("Bearer"));
    }

    void repeatedWrongTokensLockTheAddressOut() {
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"^127\\.0\\.0\\.1 locked out for 1 m after 5 failed "
                                                u"authentication attempt.*\\(last: admin token\\)$"_s));
        QTest::failOnWarning(QRegularExpression(u"locked out"_s)); // logged once, not per refusal
        m_client->setToken("wrong-token-guess-0000");
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_client->get(u"/api/v1/leases"_s).status, 401);
        // Even the right token is not checked now: guessing gets no answer.
        m_client->setToken(TestServer::kAdminToken.toByteArray());
        const HttpResult locked = m_client->get(u"/api/v1/leases"_s);
        QCOMPARE(locked.status, 429);
        QCOMPARE(locked.json.value(u"error"_s).toString(), u"too_many_attempts"_s);
        QCOMPARE(locked.header("Retry-After"), QByteArray("60"));
        QCOMPARE(locked.header("X-License-Manager-Node"), QByteArray("node-a"));
        const QString message = locked.json.value(u"message"_s).toString();
        QVERIFY2(message.contains(u"try again in 1 m"_s) && message.contains(u"127.0.0.1"_s),
                 qPrintable(message));
        // Open endpoints and components stay served: load balancers keep checking.
        QTRY_COMPARE_WITH_TIMEOUT(m_client->get(u"/pingLicenseManager"_s).status, 200, 5000);
        QCOMPARE(m_client->get(u"/api/v1/status"_s).status, 200);
        QCOMPARE(m_client->get(u"/api/v1/time"_s).status, 200);
        QVERIFY(!grant(u"a"_s, 4).isEmpty());
        m_server->clock.advanceSeconds(30);
        QCOMPARE(m_client->get(u"/api/v1/leases"_s).header("Retry-After"), QByteArray("30"));
        m_server->clock.advanceSeconds(30);
        QCOMPARE(m_client->get(u"/api/v1/leases"_s).status, 200);
    }

    void backOffDoublesAfterALockout() {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"locked out for 1 m after 5 "_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"locked out for 2 m after 6 "_s));
        m_client->setToken("wrong-token-guess-0000");
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_client->get(u"/api/v1/history"_s).status, 401);
        m_server->clock.advanceSeconds(60);
        QCOMPARE(m_client->get(u"/api/v1/history"_s).status, 401); // one more guess...
        const HttpResult locked = m_client->get(u"/api/v1/history"_s);
        QCOMPARE(locked.status, 429); // ...and a lockout twice as long
        QCOMPARE(locked.header("Retry-After"), QByteArray("120"));
    }

    void requestsWithoutATokenDoNotLockOut() {
        for (int i = 0; i < 10; ++i)
            QCOMPARE(m_client->get(u"/api/v1/leases"_s).status, 401);
        QCOMPARE(adminLeases().size(), 0); // with the token: served
    }

    void siteKeyGuardsTheComponentEndpoints() {
        startServerWithSiteKey();
        const HttpResult missing = m_client->post(u"/api/v1/leases"_s, leaseRequest(u"a"_s, 4));
        QCOMPARE(missing.status, 401);
        QCOMPARE(missing.json.value(u"error"_s).toString(), u"site_key_required"_s);
        QVERIFY(missing.json.value(u"message"_s).toString().contains(u"X-Site-Key"_s));
        m_client->setHeader("X-Site-Key", "not-the-site-key-at-all");
        const HttpResult wrong = m_client->post(u"/api/v1/leases"_s, leaseRequest(u"a"_s, 4));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.json.value(u"error"_s).toString(), u"site_key_invalid"_s);
        m_client->setHeader("X-Site-Key", kSiteKey);
        const QString id = grant(u"a"_s, 4);
        QVERIFY(!id.isEmpty());
        m_client->setHeader("X-Site-Key", {});
        QCOMPARE(m_client->post(u"/api/v1/leases/%1/renew"_s.arg(id), QByteArray()).status, 401);
        QCOMPARE(m_client->del(u"/api/v1/leases/%1"_s.arg(id)).status, 401);
        QCOMPARE(adminLeases().size(), 1);
        m_client->setHeader("X-Site-Key", kSiteKey);
        QCOMPARE(m_client->post(u"/api/v1/leases/%1/renew"_s.arg(id), QByteArray()).status, 200);
        QCOMPARE(m_client->del(u"/api/v1/leases/%1"_s.arg(id)).status, 204);
        QVERIFY(adminLeases().isEmpty());
    }

    void siteKeyLeavesProbesOpen() {
        startServerWithSiteKey();
        QTRY_COMPARE_WITH_TIMEOUT(m_client->get(u"/pingLicenseManager"_s).status, 200, 5000);
        QCOMPARE(m_client->get(u"/api/v1/status"_s).status, 200);
        QCOMPARE(m_client->get(u"/api/v1/time"_s).status, 200);
        QCOMPARE(m_client->get(u"/api/v1/maintenance"_s).status, 200);
        // The admin token alone is enough for the admin endpoints.
        QCOMPARE(adminLeases().size(), 0);
    }

    void wrongSiteKeysCountInTheRateLimiter() {
        startServerWithSiteKey();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"after 5 failed .*\\(last: site key\\)$"_s));
        m_client->setHeader("X-Site-Key", "not-the-site-key-at-all");
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_client->post(u"/api/v1/leases"_s, leaseRequest(u"a"_s, 4)).status, 401);
        m_client->setHeader("X-Site-Key", kSiteKey);
        const HttpResult locked = m_client->post(u"/api/v1/leases"_s, leaseRequest(u"a"_s, 4));
        QCOMPARE(locked.status, 429);
        QCOMPARE(locked.json.value(u"error"_s).toString(), u"too_many_attempts"_s);
        QCOMPARE(locked.header("Retry-After"), QByteArray("60"));
        m_client->setToken(TestServer::kAdminToken.toByteArray());
        QCOMPARE(m_client->get(u"/api/v1/leases"_s).status, 429); // one limiter for both secrets
        m_client->setToken({});
        QTRY_COMPARE_WITH_TIMEOUT(m_client->get(u"/pingLicenseManager"_s).status, 200, 5000);
        m_server->clock.advanceSeconds(60);
        QVERIFY(!grant(u"a"_s, 4).isEmpty());
    }

    void adminListsLeasesWithOverdueState() {
        grant(u"a"_s, 4);
        QCOMPARE(adminLeases().first().toObject().value(u"state"_s).toString(), u"active"_s);
        m_server->clock.advanceSeconds(3600);
        const QJsonObject lease = adminLeases().first().toObject();
        QCOMPARE(lease.value(u"state"_s).toString(), u"overdue"_s);
        QCOMPARE(lease.value(u"host"_s).toString(), u"host-1"_s);
        QCOMPARE(lease.value(u"ips"_s).toArray().first().toString(), u"10.0.0.5"_s);
        QVERIFY(lease.value(u"grace_deadline_ms"_s).toInteger() > m_server->clock.nowMs());
    }

    void adminFreesALeaseWithAReasonInHistory() {
        const QString id = grant(u"a"_s, 4);
        m_client->setToken(TestServer::kAdminToken.toByteArray());
        const QJsonObject reason{{u"reason"_s, u"host decommissioned"_s}};
        QCOMPARE(m_client->post(u"/api/v1/leases/%1/free"_s.arg(id), reason).status, 204);
        QCOMPARE(m_client->post(u"/api/v1/leases/%1/free"_s.arg(id), reason).status, 404);
        const HttpResult history = m_client->get(u"/api/v1/history?reason=freed_by_admin"_s);
        QCOMPARE(history.status, 200);
        const QJsonObject entry = history.json.value(u"history"_s).toArray().first().toObject();
        QCOMPARE(entry.value(u"lease_id"_s).toString(), id);
        QCOMPARE(entry.value(u"note"_s).toString(), u"host decommissioned"_s);
        QCOMPARE(m_client->post(u"/api/v1/leases/%1/renew"_s.arg(id), QByteArray()).status, 404);
    }

    void historyRecordsDenialsAndFilters() {
        grant(u"a"_s, 4);
        m_client->post(u"/api/v1/leases"_s, leaseRequest(u"x"_s, 99));
        m_client->setToken(TestServer::kAdminToken.toByteArray());
        QCOMPARE(m_client->get(u"/api/v1/history"_s).json.value(u"history"_s).toArray().size(), 2);
        const QJsonArray denials =
            m_client->get(u"/api/v1/history?reason=cores_per_instance"_s).json.value(u"history"_s).toArray();
        QCOMPARE(denials.size(), 1);
        QCOMPARE(denials.first().toObject().value(u"kind"_s).toString(), u"denial"_s);
        const QString future = QString::number(m_server->clock.nowMs() + 1000);
        QCOMPARE(
            m_client->get(u"/api/v1/history?since_ms="_s + future).json.value(u"history"_s).toArray().size(),
            1); // only the still-active lease overlaps the future
        const QJsonArray onlyDenials =
            m_client->get(u"/api/v1/history?kind=denial"_s).json.value(u"history"_s).toArray();
        QCOMPARE(onlyDenials.size(), 1);
        QCOMPARE(onlyDenials.first().toObject().value(u"instance"_s).toString(), u"x"_s);
        const QJsonArray onlyLeases =
            m_client->get(u"/api/v1/history?kind=lease"_s).json.value(u"history"_s).toArray();
        QCOMPARE(onlyLeases.size(), 1);
        QCOMPARE(onlyLeases.first().toObject().value(u"kind"_s).toString(), u"lease"_s);
        const HttpResult badKind = m_client->get(u"/api/v1/history?kind=both"_s);
        QCOMPARE(badKind.status, 400);
        QCOMPARE(badKind.json.value(u"message"_s).toString(),
                 u"'kind' must be lease or denial, not 'both'"_s);
        QCOMPARE(m_client->get(u"/api/v1/history?limit=0"_s).status, 400);
        QCOMPARE(m_client->get(u"/api/v1/history?reason=bogus"_s).status, 400);
        QCOMPARE(m_client->get(u"/api/v1/history?since_ms=yesterday"_s).status, 400);
        QCOMPARE(m_client->get(u"/api/v1/history?colour=red"_s).status, 400);
    }

    void badInputGetsA4xxAndChangesNothing_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        const QByteArray post("POST");
        const QString leases = u"/api/v1/leases"_s;
        QTest::newRow("not json") << post << leases << QByteArray("{bad") << 400 << u"not valid JSON"_s;
        QTest::newRow("empty body") << post << leases << QByteArray() << 400 << u"empty"_s;
        QTest::newRow("array") << post << leases << QByteArray("[1,2]") << 400 << u"JSON object"_s;
        QTest::newRow("string") << post << leases << QByteArray("\"vdp\"") << 400 << u"JSON"_s;
        QTest::newRow("not utf8") << post << leases << QByteArray("{\"component\":\"\xff\xfe\"}") << 400
                                  << u"UTF-8"_s;
        QTest::newRow("missing fields")
            << post << leases << QByteArray("{\"component\":\"vdp\"}") << 400 << u"instance"_s;
        QTest::newRow("cores as text")
            << post << leases
            << QByteArray(
                   R"({"component":"vdp","instance":"i","host":"h","ips":[],"cores":"8","version":"1"})")
            << 400 << u"cores"_s;
        QTest::newRow("negative cores")
            << post << leases
            << QByteArray(
                   R"({"component":"vdp","instance":"i","host":"h","ips":[],"cores":-1,"version":"1"})")
            << 400 << u"cores"_s;
        QTest::newRow("absurd cores")
            << post << leases
            << QByteArray(
                   R"({"component":"vdp","instance":"i","host":"h","ips":[],"cores":1e300,"version":"1"})")
            << 400 << u"cores"_s;
        QTest::newRow("oversized") << post << leases << QByteArray(70 * 1024, ' ') << 413 << u"limit"_s;
        QTest::newRow("unknown route")
            << QByteArray("GET") << u"/api/v2/nothing"_s << QByteArray() << 404 << u"no such endpoint"_s;
        QTest::newRow("wrong method") << QByteArray("PUT") << leases << QByteArray("{}") << 405 << u"PUT"_s;
        QTest::newRow("patch renew") << QByteArray("PATCH") << u"/api/v1/leases/x/renew"_s << QByteArray()
                                     << 405 << u"POST"_s;
    }

    void badInputGetsA4xxAndChangesNothing() {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        grant(u"kept"_s, 2);
        const HttpResult result = m_client->send(method, path, body);
        QCOMPARE(result.status, status);
        QCOMPARE(result.header("X-License-Manager-Node"), QByteArray("node-a"));
        const QString message = result.json.value(u"message"_s).toString();
        QVERIFY2(message.contains(mentions), qPrintable(message));
        if (status == 405)
            QVERIFY(!result.header("Allow").isEmpty());
        const QJsonArray leases = adminLeases();
        QCOMPARE(leases.size(), 1);
        QCOMPARE(leases.first().toObject().value(u"instance"_s).toString(), u"kept"_s);
        QCOMPARE(m_client->get(u"/pingLicenseManager"_s).status, 200);
    }

    void grantedLeasesSurviveARestart() {
        QStringList ids;
        for (int i = 0; i < 2; ++i)
            ids << grant(u"vdp-%1"_s.arg(i), 4);
        ids << grant(u"sched"_s, 4, u"scheduler"_s);
        QVERIFY(!ids.contains(QString()));
        QVERIFY(m_server->restart());
        m_client = std::make_unique<HttpTestClient>(m_server->port());
        QStringList after;
        for (const QJsonValue& lease : adminLeases())
            after << lease.toObject().value(u"lease_id"_s).toString();
        after.sort();
        ids.sort();
        QCOMPARE(after, ids);
        for (const QString& id : ids)
            QCOMPARE(m_client->post(u"/api/v1/leases/%1/renew"_s.arg(id), QByteArray()).status, 200);
    }

    void timeGivesReceiveAndTransmitTimesInMicroseconds() {
        using namespace std::chrono;
        const auto localUs = [] {
            return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
        };
        const qint64 before = localUs();
        const HttpResult time = m_client->get(u"/api/v1/time"_s);
        const qint64 after = localUs();
        QCOMPARE(time.status, 200);
        QCOMPARE(time.header("X-License-Manager-Node"), QByteArray("node-a"));
        QCOMPARE(time.json.value(u"node"_s).toString(), u"node-a"_s);
        QVERIFY(time.json.value(u"receive_time_us"_s).isDouble());
        QVERIFY(time.json.value(u"transmit_time_us"_s).isDouble());
        const qint64 receive = time.json.value(u"receive_time_us"_s).toInteger();
        const qint64 transmit = time.json.value(u"transmit_time_us"_s).toInteger();
        QVERIFY(receive <= transmit);
        // The real clock (not the test's manual clock), within the round trip.
        QVERIFY2(receive >= before && transmit <= after,
                 qPrintable(u"%1 <= %2 <= %3 <= %4"_s.arg(before).arg(receive).arg(transmit).arg(after)));
        QVERIFY(transmit - receive < 5000);
        QCOMPARE(time.json.size(), 3);
    }

    void timeIsGetOnly() { QCOMPARE(m_client->send("POST", u"/api/v1/time"_s, {}).status, 405); }

    void statusReportsTimeSync() {
        // The server checks its host's clock synchronization as it starts;
        // whatever this host has, the answer says which source and why.
        QTRY_VERIFY_WITH_TIMEOUT(m_client->get(u"/api/v1/status"_s)
                                         .json.value(u"time_sync"_s)
                                         .toObject()
                                         .value(u"detail"_s)
                                         .toString() != u"not checked yet"_s,
                                 10000);
        const QJsonObject sync = m_client->get(u"/api/v1/status"_s).json.value(u"time_sync"_s).toObject();
        const QString source = sync.value(u"source"_s).toString();
        QVERIFY2((QStringList{u"timedatectl"_s, u"chrony"_s, u"w32tm"_s, u"unknown"_s}.contains(source)),
                 qPrintable(source));
        QVERIFY(sync.value(u"synchronized"_s).isBool() || sync.value(u"synchronized"_s).isNull());
        QVERIFY(!sync.value(u"detail"_s).toString().isEmpty());
        QVERIFY(m_client->get(u"/api/v1/status"_s)
                    .json.value(u"store"_s)
                    .toObject()
                    .value(u"database_clock_offset_ms"_s)
                    .isNull());
    }

    void timeAnswersWhileTheStoreIsDown() {
        // A PostgreSQL store on a port nobody listens on: the node cannot
        // serve leases, but still tells the time.
        quint16 closed = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closed = probe.serverPort();
        }
        m_client.reset();
        m_server = std::make_unique<TestServer>();
        PostgresAddress address;
        address.user = u"leasekeeper"_s;
        address.hosts = {{u"127.0.0.1"_s, closed}};
        address.database = u"leasekeeper"_s;
        m_server->config.postgres = address;
        m_server->config.role = u"primary"_s;
        QVERIFY(m_server->start());
        m_client = std::make_unique<HttpTestClient>(m_server->port());
        QTRY_COMPARE_WITH_TIMEOUT(m_client->get(u"/pingLicenseManager"_s).json.value(u"reason"_s).toString(),
                                  u"store_unavailable"_s, 5000);
        const HttpResult time = m_client->get(u"/api/v1/time"_s);
        QCOMPARE(time.status, 200);
        QVERIFY(time.json.value(u"receive_time_us"_s).toInteger() > 0);
        QVERIFY(m_client->get(u"/api/v1/status"_s).json.contains(u"time_sync"_s));
    }
};

QTEST_GUILESS_MAIN(TestLicenseApi)
#include "tst_licenseapi.moc"
