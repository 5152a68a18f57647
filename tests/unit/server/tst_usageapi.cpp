// Usage over time: samples taken by the node's service (driven by a manual
// clock instead of the minute timer) and served by GET /api/v1/usage, over
// real loopback HTTP against a real SQLite store.
#include "GrantRequest.h"
#include "HttpTestClient.h"
#include "TestServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestUsageApi : public QObject {
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;

    bool sampleNow() {
        std::optional<Result<bool>> outcome;
        m_server->server->service().sampleUsage(this, [&](const Result<bool>& done) { outcome = done; });
        QElapsedTimer waited;
        waited.start();
        while (!outcome && waited.elapsed() < 5000)
            QTest::qWait(10);
        if (!outcome)
            return false;
        if (!outcome->ok())
            qWarning("sampling failed: %s", qPrintable(outcome->error().message));
        return outcome->ok() && outcome->value();
    }

    QString grant(const QString& instance, int cores) {
        m_client->setToken({});
        const HttpResult granted =
            m_client->post(u"/api/v1/leases"_s, grantRequest(u"vdp"_s, instance, cores));
        return granted.json.value(u"lease_id"_s).toString();
    }

    HttpResult usage(const QString& query) {
        m_client->setToken(TestServer::kAdminToken.toByteArray());
        return m_client->get(u"/api/v1/usage"_s + query);
    }

private Q_SLOTS:
    void init() {
        m_server = std::make_unique<TestServer>();
        // Whole minutes, so that the samples below fall where expected.
        m_server->clock.setMs(m_server->clock.nowMs() / 3600000 * 3600000);
        QVERIFY(m_server->start());
        m_client = std::make_unique<HttpTestClient>(m_server->port());
        QVERIFY(m_client->waitUntilReady());
    }
    void cleanup() {
        m_client.reset();
        m_server.reset();
    }

    void samplesFollowUseAndHoursKeepThePeak() {
        const qint64 start = m_server->clock.nowMs();
        const QString first = grant(u"web-1:9999"_s, 8);
        QVERIFY(!grant(u"web-2:9999"_s, 8).isEmpty());
        QVERIFY(sampleNow());
        m_server->clock.advanceMs(60000);
        m_client->setToken({});
        QCOMPARE(m_client->del(u"/api/v1/leases/%1"_s.arg(first)).status, 204);
        QVERIFY(sampleNow());

        const QString range = u"?from=%1&to=%2&type=vdp"_s.arg(start).arg(start + 120000);
        const HttpResult minutes = usage(range + u"&step=minute"_s);
        QCOMPARE(minutes.status, 200);
        QCOMPARE(minutes.json.value(u"step_s"_s).toInteger(), 60);
        const QJsonArray samples = minutes.json.value(u"samples"_s).toArray();
        QCOMPARE(samples.size(), 2);
        const QJsonObject before = samples.at(0).toObject();
        QCOMPARE(before.value(u"at_ms"_s).toInteger(), start);
        QCOMPARE(before.value(u"instances"_s).toInt(), 2);
        QCOMPARE(before.value(u"cores"_s).toInt(), 16);
        const QJsonObject terms = exampleTerms().value(u"components"_s).toObject().value(u"vdp"_s).toObject();
        QCOMPARE(before.value(u"allowed_instances"_s).toInt(), terms.value(u"max_instances"_s).toInt());
        QCOMPARE(before.value(u"allowed_cores"_s).toInt(), terms.value(u"max_total_cores"_s).toInt());
        QCOMPARE(samples.at(1).toObject().value(u"instances"_s).toInt(), 1);

        const HttpResult hours = usage(range + u"&step=hour"_s);
        const QJsonArray hourly = hours.json.value(u"samples"_s).toArray();
        QCOMPARE(hourly.size(), 1);
        QCOMPARE(hourly.at(0).toObject().value(u"instances"_s).toInt(), 2); // the peak, not the last
    }

    void deniedGrantsAreCountedInTheirPeriod() {
        const qint64 start = m_server->clock.nowMs();
        QVERIFY(!grant(u"web-1:9999"_s, 8).isEmpty());
        QVERIFY(!grant(u"web-2:9999"_s, 8).isEmpty());
        m_client->setToken({});
        // exampleTerms() allows two vdp instances: the third is denied.
        QCOMPARE(m_client->post(u"/api/v1/leases"_s, grantRequest(u"vdp"_s, u"web-3:9999"_s, 2)).status, 403);
        QVERIFY(sampleNow());
        const HttpResult answer = usage(u"?from=%1&step=minute"_s.arg(start));
        const QJsonArray samples = answer.json.value(u"samples"_s).toArray();
        QVERIFY(!samples.isEmpty());
        int denials = 0;
        for (const QJsonValue& sample : samples)
            denials += sample.toObject().value(u"type"_s).toString() == u"vdp"_s
                           ? sample.toObject().value(u"denials"_s).toInt()
                           : 0;
        QCOMPARE(denials, 1);
    }

    void theStepFollowsTheSpanUnlessAsked() {
        const qint64 now = m_server->clock.nowMs();
        QCOMPARE(usage({}).json.value(u"step_s"_s).toInteger(), 3600); // the last 24 hours
        QCOMPARE(usage(u"?from=%1"_s.arg(now - 3600000)).json.value(u"step_s"_s).toInteger(), 60);
        QCOMPARE(usage(u"?from=%1"_s.arg(now - 30LL * 86400000)).json.value(u"step_s"_s).toInteger(), 86400);
        QCOMPARE(usage(u"?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z&step=day"_s)
                     .json.value(u"from_ms"_s)
                     .toInteger(),
                 QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    }

    void badQueriesAre400NamingTheParameter_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("named");
        QTest::newRow("step") << u"?step=week"_s << u"'step'"_s;
        QTest::newRow("from") << u"?from=yesterday"_s << u"'from'"_s;
        QTest::newRow("order") << u"?from=2000&to=1000"_s << u"'from' must not be after 'to'"_s;
        QTest::newRow("unknown") << u"?colour=red"_s << u"'colour'"_s;
    }

    void badQueriesAre400NamingTheParameter() {
        QFETCH(QString, query);
        QFETCH(QString, named);
        const HttpResult answer = usage(query);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.json.value(u"error"_s).toString(), u"invalid_request"_s);
        QVERIFY2(answer.json.value(u"message"_s).toString().contains(named), answer.body.constData());
    }
};

QTEST_GUILESS_MAIN(TestUsageApi)
#include "tst_usageapi.moc"
