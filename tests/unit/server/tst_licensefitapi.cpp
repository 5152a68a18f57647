// POST /api/v1/license/fit over real loopback HTTP against a real SQLite
// store holding a month of leases made through the API with a manual clock:
// a smaller license offer is refused exactly at the starts it could not have
// granted, a large enough one fits, and bad offers and queries get specific errors.
#include "MonthOfLeases.h"
#include "TestFiles.h"
#include "license/IssuerKeyPair.h"
#include "license/LicenseIssuer.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

namespace {

constexpr QByteArrayView kViewerToken = "victor-viewer-token-0123456789";

struct ExpectedRefusal {
    qint64 atMs;
    QString instance;
    QString reason;
};

} // namespace

class TestLicenseFitApi : public QObject {
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;
    IssuerKeyPair m_issuer = IssuerKeyPair::generate().value();
    MonthOfLeases m_month;

    QByteArray offer(const QJsonObject& components, const IssuerKeyPair& key) const {
        QJsonObject terms = MonthOfLeases::serverTerms();
        terms.insert(u"license_id"_s, u"offer-2028"_s);
        terms.insert(u"components"_s, components);
        return LicenseIssuer::issue(terms, key).value().toFileBytes();
    }
    QByteArray offer(const QJsonObject& components) const { return offer(components, m_issuer); }

    HttpResult fit(const QByteArray& license, const QString& query = u"?days=30"_s,
                   const QByteArray& token = TestServer::kAdminToken.toByteArray()) {
        m_client->setToken(token);
        return m_client->post(u"/api/v1/license/fit"_s + query, license);
    }

    // From the month's plan alone: the vdp starts beyond `maxInstances` a
    // day, and the scheduler when the offer does not cover it.
    QList<ExpectedRefusal> expectedRefusals(int maxInstances, bool schedulerLicensed) const {
        QList<ExpectedRefusal> expected;
        if (!schedulerLicensed)
            expected.append({m_month.monthStartMs, u"sched:8000"_s, u"type_not_licensed"_s});
        for (int day = 0; day < MonthOfLeases::kDays; ++day) {
            for (int index = maxInstances; index < MonthOfLeases::vdpOnDay(day); ++index)
                expected.append({m_month.vdpStartMs(day, index), MonthOfLeases::vdpInstance(day, index),
                                 u"instance_limit"_s});
        }
        return expected;
    }

private Q_SLOTS:
    void initTestCase() {
        m_server = std::make_unique<TestServer>(MonthOfLeases::serverTerms());
        // The server trusts the key the offers below are signed with.
        QVERIFY(m_issuer.savePublic(m_server->config.trustPaths.first()));
        QVERIFY(writeTestFile(
            m_server->config.licensePath,
            LicenseIssuer::issue(MonthOfLeases::serverTerms(), m_issuer).value().toFileBytes()));
        m_server->config.tokensPath = m_server->dir.filePath(u"tokens"_s);
        QVERIFY(
            writeTestFile(m_server->config.tokensPath, "victor viewer " + kViewerToken.toByteArray() + '\n'));
        QVERIFY(m_server->start());
        m_client = std::make_unique<HttpTestClient>(m_server->port());
        QVERIFY(m_client->waitUntilReady());
        QVERIFY(m_month.generate(*m_server, *m_client));
    }
    void cleanupTestCase() {
        m_client.reset();
        m_server.reset();
    }

    void aSmallerOfferListsExactlyTheStartsItWouldHaveRefused() {
        const HttpResult answer =
            fit(offer(componentsJson({{u"vdp"_s, {5, 16, 200}}})), u"?days=30"_s, kViewerToken.toByteArray());
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(u"fits"_s).toBool(), false);
        QCOMPARE(answer.json.value(u"license_id"_s).toString(), u"offer-2028"_s);
        QCOMPARE(answer.json.value(u"from_ms"_s).toInteger(), m_month.monthStartMs);
        QCOMPARE(answer.json.value(u"leases_replayed"_s).toInt(), m_month.vdpLeases + 1);

        const QList<ExpectedRefusal> expected = expectedRefusals(5, false);
        const QJsonArray refusals = answer.json.value(u"refusals"_s).toArray();
        QCOMPARE(refusals.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const QJsonObject refusal = refusals.at(i).toObject();
            QCOMPARE(refusal.value(u"at_ms"_s).toInteger(), expected[i].atMs);
            QCOMPARE(refusal.value(u"instance"_s).toString(), expected[i].instance);
            QCOMPARE(refusal.value(u"reason"_s).toString(), expected[i].reason);
        }
        const QJsonObject scheduler = refusals.at(0).toObject();
        QCOMPARE(scheduler.value(u"started_ms"_s).toInteger(), m_month.schedulerStartMs);
        QCOMPARE(scheduler.value(u"host"_s).toString(), u"sched-host"_s);
        const QJsonObject vdp = refusals.at(1).toObject();
        QCOMPARE(vdp.value(u"host"_s).toString(), u"host-3-5"_s); // day 3 runs 6 instances
        QCOMPARE(vdp.value(u"cores"_s).toInt(), MonthOfLeases::kVdpCores);
        QVERIFY(vdp.value(u"message"_s).toString().contains(u"offer-2028 allows 5 instances of vdp"_s));
    }

    void theHeadroomPerTypeComesFromThePeak() {
        const HttpResult answer = fit(offer(componentsJson({{u"vdp"_s, {5, 16, 100}}})));
        const QJsonArray types = answer.json.value(u"types"_s).toArray();
        QCOMPARE(types.size(), 2);
        const QJsonObject scheduler = types.at(0).toObject();
        QCOMPARE(scheduler.value(u"component"_s).toString(), u"scheduler"_s);
        QCOMPARE(scheduler.value(u"licensed"_s).toBool(), false);
        QVERIFY(!scheduler.contains(u"headroom_instances"_s));
        const QJsonObject vdp = types.at(1).toObject();
        QCOMPARE(vdp.value(u"peak_instances"_s).toInt(), 8);
        QCOMPARE(vdp.value(u"peak_cores"_s).toInt(), 8 * MonthOfLeases::kVdpCores);
        QCOMPARE(vdp.value(u"peak_instances_at_ms"_s).toInteger(), m_month.vdpStartMs(5, 7)); // day 5: 8
        QCOMPARE(vdp.value(u"headroom_instances"_s).toInt(), 5 - 8);
        QCOMPARE(vdp.value(u"headroom_cores"_s).toInt(), 100 - 64);
        QCOMPARE(vdp.value(u"refused"_s).toInt(), expectedRefusals(5, true).size());
    }

    void anOfferAsLargeAsTheUseFits() {
        const HttpResult answer =
            fit(offer(componentsJson({{u"vdp"_s, {8, 8, 64}}, {u"scheduler"_s, {1, 4, 4}}})));
        QCOMPARE(answer.status, 200);
        QVERIFY2(answer.json.value(u"fits"_s).toBool(), answer.body.constData());
        QVERIFY(answer.json.value(u"refusals"_s).toArray().isEmpty());
    }

    void fewerDaysReplayFewerLeases() {
        const HttpResult answer = fit(offer(componentsJson({{u"vdp"_s, {5, 16, 200}}})), u"?days=6"_s);
        QCOMPARE(answer.status, 200);
        // Days 24 to 29 of the month, and the scheduler that runs throughout.
        int leases = 1;
        for (int day = MonthOfLeases::kDays - 6; day < MonthOfLeases::kDays; ++day)
            leases += MonthOfLeases::vdpOnDay(day);
        QCOMPARE(answer.json.value(u"leases_replayed"_s).toInt(), leases);
    }

    void aBadOfferIsRefusedNamingTheProblem_data() {
        QTest::addColumn<QByteArray>("license");
        QTest::addColumn<QString>("error");
        QByteArray tampered = offer(componentsJson({{u"vdp"_s, {5, 16, 200}}}));
        tampered.replace("\"max_instances\": 5", "\"max_instances\": 50");
        tampered.replace("\"max_instances\":5", "\"max_instances\":50");
        QTest::newRow("tampered") << tampered << u"tampered"_s;
        const IssuerKeyPair stranger = IssuerKeyPair::generate().value();
        QTest::newRow("untrusted") << offer(componentsJson({{u"vdp"_s, {5, 16, 200}}}), stranger)
                                   << u"untrusted_key"_s;
        QTest::newRow("not a license") << QByteArray("{\"hello\": 1}") << u"malformed"_s;
        QTest::newRow("not json") << QByteArray("\x01\x02garbage") << u"malformed"_s;
    }

    void aBadOfferIsRefusedNamingTheProblem() {
        QFETCH(QByteArray, license);
        QFETCH(QString, error);
        const HttpResult answer = fit(license);
        QCOMPARE(answer.status, 400);
        QVERIFY2(
            answer.json.value(u"error"_s).toString() == error ||
                (error == u"tampered"_s && answer.json.value(u"error"_s).toString() == u"bad_signature"_s),
            answer.body.constData());
        QVERIFY2(
            answer.json.value(u"message"_s).toString().startsWith(u"the license sent cannot be used: "_s),
            answer.body.constData());
    }

    void badDaysAre400NamingTheParameter_data() {
        QTest::addColumn<QString>("query");
        QTest::newRow("zero") << u"?days=0"_s;
        QTest::newRow("too many") << u"?days=401"_s;
        QTest::newRow("words") << u"?days=month"_s;
        QTest::newRow("unknown") << u"?weeks=4"_s;
    }

    void badDaysAre400NamingTheParameter() {
        QFETCH(QString, query);
        const HttpResult answer = fit(offer(componentsJson({{u"vdp"_s, {5, 16, 200}}})), query);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.json.value(u"error"_s).toString(), u"invalid_request"_s);
        QVERIFY2(answer.json.value(u"message"_s).toString().contains(query.mid(1).section(u'=', 0, 0)),
                 answer.body.constData());
    }

    void withoutATokenItIs401() {
        QCOMPARE(fit(offer(componentsJson({{u"vdp"_s, {5, 16, 200}}})), u"?days=30"_s, {}).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestLicenseFitApi)
#include "tst_licensefitapi.moc"
