// Host groups on a real node over loopback HTTP: a reserve and a cap decide
// grants in the same transaction as the license, with denials naming the
// group; GET /api/v1/groups shows each group's use; editing the policy file
// takes effect without a restart and ends no running lease; a broken edit is
// reported and changes nothing.
#include "GrantRequest.h"
#include "HttpTestClient.h"
#include "TestFiles.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

namespace {

const QByteArray kPolicy = "group production prod-*\n"
                           "group test test-*\n"
                           "reserve production vdp instances 2\n"
                           "cap test vdp instances 1\n";

QJsonObject fourVdp() {
    QJsonObject terms = exampleTerms();
    terms.insert(u"components"_s, componentsJson({{u"vdp"_s, {4, 8, 32}}}));
    return terms;
}

} // namespace

class TestGroupPolicyApi : public QObject {
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;

    HttpResult grant(const QString& host) {
        m_client->setToken({});
        return m_client->post(u"/api/v1/leases"_s,
                              grantRequest(u"vdp"_s, host + u":9999"_s, 2, u"1"_s, host));
    }
    HttpResult admin(const QString& path) {
        m_client->setToken(TestServer::kAdminToken.toByteArray());
        return m_client->get(path);
    }
    QJsonObject usageOf(const QString& group) {
        for (const QJsonValue& row : admin(u"/api/v1/groups"_s).json.value(u"usage"_s).toArray()) {
            if (row.toObject().value(u"group"_s).toString() == group)
                return row.toObject();
        }
        return {};
    }
    QJsonArray policyLoads() {
        return admin(u"/api/v1/audit?action=policy.load"_s).json.value(u"entries"_s).toArray();
    }

private Q_SLOTS:
    void init() {
        m_server = std::make_unique<TestServer>(fourVdp());
        m_server->config.policyPath = m_server->dir.filePath(u"policy"_s);
        QVERIFY(writeTestFile(m_server->config.policyPath, kPolicy));
        QVERIFY(m_server->start());
        m_client = std::make_unique<HttpTestClient>(m_server->port());
        QVERIFY(m_client->waitUntilReady());
    }
    void cleanup() {
        m_client.reset();
        m_server.reset();
    }

    void aCapAndAReserveRefuseNamingTheGroup() {
        QCOMPARE(grant(u"test-1"_s).status, 201);
        const HttpResult capped = grant(u"test-2"_s);
        QCOMPARE(capped.status, 403);
        QCOMPARE(capped.json.value(u"error"_s).toString(), u"group_cap"_s);
        QVERIFY2(capped.json.value(u"message"_s).toString().contains(u"is in group test"_s),
                 capped.body.constData());

        QCOMPARE(grant(u"other-1"_s).status, 201);
        // 4 licensed, 2 running, 2 reserved for production and unused.
        const HttpResult reserved = grant(u"other-2"_s);
        QCOMPARE(reserved.status, 403);
        QCOMPARE(reserved.json.value(u"error"_s).toString(), u"reserved_for_other_group"_s);
        QVERIFY2(reserved.json.value(u"message"_s).toString().contains(u"reserved for group production"_s),
                 reserved.body.constData());
        QCOMPARE(grant(u"prod-1"_s).status, 201); // the group uses its own reserve

        const QJsonObject production = usageOf(u"production"_s);
        QCOMPARE(production.value(u"instances"_s).toInt(), 1);
        QCOMPARE(production.value(u"reserve_instances"_s).toInt(), 2);
        QCOMPARE(usageOf(u"test"_s).value(u"cap_instances"_s).toInt(), 1);
        QCOMPARE(usageOf({}).value(u"instances"_s).toInt(), 1);
        // The denials are in the history with their reasons.
        const HttpResult denials = admin(u"/api/v1/history?kind=denial&reason=group_cap"_s);
        QVERIFY2(denials.json.value(u"history"_s).toArray().size() == 1, denials.body.constData());
    }

    void anEditTakesEffectWithoutRestartAndEndsNoLease() {
        QCOMPARE(grant(u"test-1"_s).status, 201);
        QCOMPARE(grant(u"other-1"_s).status, 201);
        QCOMPARE(grant(u"other-2"_s).status, 403);
        // Production no longer reserves anything; the test cap drops to zero.
        QVERIFY(writeTestFile(m_server->config.policyPath,
                              "group production prod-*\ngroup test test-*\ncap test vdp instances 0\n"));
        QTRY_COMPARE_WITH_TIMEOUT(grant(u"other-2"_s).status, 201, 5000);
        QCOMPARE(admin(u"/api/v1/leases"_s).json.value(u"leases"_s).toArray().size(), 3); // test-1 runs on
        QCOMPARE(grant(u"test-2"_s).json.value(u"error"_s).toString(), u"group_cap"_s);
        const QJsonArray loads = policyLoads();
        QVERIFY(!loads.isEmpty());
        QCOMPARE(loads.at(0).toObject().value(u"outcome"_s).toString(), u"ok"_s);
        QCOMPARE(loads.at(0).toObject().value(u"actor"_s).toString(), u"policy file changed"_s);
    }

    void aBrokenEditIsReportedAndChangesNothing() {
        QVERIFY(writeTestFile(m_server->config.policyPath, kPolicy + "reserve nobody vdp instances 1\n"));
        QTRY_VERIFY_WITH_TIMEOUT(!policyLoads().isEmpty(), 5000);
        const QJsonObject failed = policyLoads().at(0).toObject();
        QCOMPARE(failed.value(u"outcome"_s).toString(), u"failed"_s);
        QVERIFY2(failed.value(u"detail"_s).toString().contains(u"line 5: unknown group 'nobody'"_s),
                 qPrintable(failed.value(u"detail"_s).toString()));
        QVERIFY(failed.value(u"detail"_s).toString().contains(u"the policy in force stays"_s));
        QCOMPARE(grant(u"test-1"_s).status, 201);
        QCOMPARE(grant(u"test-2"_s).json.value(u"error"_s).toString(), u"group_cap"_s);
    }

    void aNodeDoesNotStartWithABrokenPolicy() {
        TestServer broken(fourVdp());
        broken.config.policyPath = broken.dir.filePath(u"policy"_s);
        QVERIFY(writeTestFile(broken.config.policyPath, "group prod prod-*\ncap prod vdp lots\n"));
        QVERIFY(!broken.start());
        QCOMPARE(broken.lastError.code, u"invalid_policy"_s);
        QVERIFY2(broken.lastError.message.contains(broken.config.policyPath + u", line 2"_s),
                 qPrintable(broken.lastError.message));
    }

    void withoutAPolicyGroupsAreEmpty() {
        TestServer plain(fourVdp());
        QVERIFY(plain.start());
        HttpTestClient client(plain.port());
        client.setToken(TestServer::kAdminToken.toByteArray());
        const HttpResult groups = client.get(u"/api/v1/groups"_s);
        QCOMPARE(groups.status, 200);
        QCOMPARE(groups.json.value(u"policy"_s).toBool(), false);
        QVERIFY(groups.json.value(u"usage"_s).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGroupPolicyApi)
#include "tst_grouppolicyapi.moc"
