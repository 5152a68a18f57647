// The console's reading of /api/v1/status (core/clients/admin/ApiParse), here its
// clock fields (the database clock offset and the node's time sync) and its cluster.
#include "admin/ApiParse.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

namespace {

QJsonObject json(const char* text) {
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestApiParse : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void statusWithClockFields() {
        NodeStatus status;
        apiparse::status(json(R"({"node":"lm-a","role":"primary","version":"0.1.0","uptime_s":12,
            "server_time_ms":1795692733543,"maintenance":false,
            "store":{"kind":"postgresql","healthy":true,"detail":"d","pending_jobs":0,"database_clock_offset_ms":-45002},
            "time_sync":{"source":"chrony","synchronized":true,"detail":"chrony is synchronized"},
            "license":{"loaded":false}})"),
                         status);
        QCOMPARE(status.node, u"lm-a"_s);
        QCOMPARE(status.storeKind, u"postgresql"_s);
        QCOMPARE(status.databaseClockOffsetMs, std::optional<qint64>(-45002));
        QVERIFY(status.timeSync);
        QCOMPARE(status.timeSync->source, u"chrony"_s);
        QCOMPARE(status.timeSync->synchronized, std::optional<bool>(true));
        QCOMPARE(status.timeSync->detail, u"chrony is synchronized"_s);
    }

    void unknownSyncAndNoDatabaseOffset() {
        NodeStatus status;
        apiparse::status(json(R"({"node":"lm-a",
            "store":{"kind":"sqlite","healthy":true,"database_clock_offset_ms":null},
            "time_sync":{"source":"unknown","synchronized":null,"detail":"cannot tell"}})"),
                         status);
        QVERIFY(!status.databaseClockOffsetMs);
        QVERIFY(status.timeSync);
        QCOMPARE(status.timeSync->source, u"unknown"_s);
        QVERIFY(!status.timeSync->synchronized);
    }

    void statusWithCluster() {
        NodeStatus status;
        apiparse::status(json(R"({"node":"lm-a","cluster":{"id":"c0ffee","admitted":true,
            "max_license_managers":2,"nodes":[
              {"name":"lm-a","role":"primary","live":true,"self":true},
              {"name":"lm-b","role":"secondary","live":false,"self":false}]}})"),
                         status);
        QCOMPARE(status.clusterId, u"c0ffee"_s);
        QCOMPARE(status.clusterAdmitted, std::optional<bool>(true));
        QCOMPARE(status.clusterMaxLicenseManagers, 2);
        QCOMPARE(status.clusterNodes.size(), 2);
        QCOMPARE(status.clusterNodes[0].name, u"lm-a"_s);
        QVERIFY(status.clusterNodes[0].self && status.clusterNodes[0].live);
        QCOMPARE(status.clusterNodes[1].name, u"lm-b"_s);
        QCOMPARE(status.clusterNodes[1].role, u"secondary"_s);
        QVERIFY(!status.clusterNodes[1].self && !status.clusterNodes[1].live);
    }

    void aNodeNotYetInItsClusterSaysNull() {
        NodeStatus status;
        status.clusterId = u"old"_s; // from an earlier poll
        status.clusterNodes.append(ClusterMember{u"x"_s, {}, true, true});
        apiparse::status(json(R"({"node":"lm-a","cluster":null})"), status);
        QVERIFY(status.clusterId.isEmpty());
        QVERIFY(!status.clusterAdmitted);
        QVERIFY(status.clusterNodes.isEmpty());
    }

    void anOlderNodeWithoutTheFieldsLeavesThemUnset() {
        NodeStatus status;
        status.databaseClockOffsetMs = 5; // from an earlier poll
        status.timeSync = TimeSync{u"chrony"_s, true, {}};
        apiparse::status(json(R"({"node":"old","store":{"kind":"sqlite","healthy":true}})"), status);
        QVERIFY(!status.databaseClockOffsetMs);
        QVERIFY(!status.timeSync);
    }

    // Found by tests/fuzz/fuzz_api_parse: the issuer key id of a license that
    // has since been removed outlived it, and the HA checks compare key ids.
    void aRemovedLicenseTakesItsKeyIdWithIt() {
        NodeStatus status;
        apiparse::status(json(R"({"node":"lm-a","license":{"loaded":true,"license_id":"acme",
            "key_id":"41441e077b869af6","components":{}}})"),
                         status);
        QCOMPARE(status.licenseKeyId, u"41441e077b869af6"_s);
        apiparse::status(json(R"({"node":"lm-a","license":{"loaded":false}})"), status);
        QVERIFY(!status.license);
        QCOMPARE(status.licenseKeyId, QString());
    }
};

QTEST_GUILESS_MAIN(TestApiParse)
#include "tst_apiparse.moc"
