// Two and three License Manager nodes on one PostgreSQL database, in process:
// one cluster, the license's node limit, grants raced on both nodes, and
// maintenance mode.
#include "GrantRequest.h"
#include "HttpTestClient.h"
#include "PgTestDatabase.h"
#include "PgTestNode.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QMutex>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <array>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

namespace {

// Warnings logged while installed, from any thread.
QMutex g_warningsMutex;
QStringList g_warnings;

void collectWarnings(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type != QtWarningMsg)
        return;
    const QMutexLocker lock(&g_warningsMutex);
    g_warnings.append(message);
}

QString warningsLogged() {
    const QMutexLocker lock(&g_warningsMutex);
    return g_warnings.join(u'\n');
}

} // namespace

class TestHaPair : public QObject {
    Q_OBJECT

    static int liveNodes(TestServer& server) {
        int live = 0;
        for (const QJsonValue& node : status(server)[u"cluster"_s][u"nodes"_s].toArray())
            live += node[u"live"_s].toBool() ? 1 : 0;
        return live;
    }

    static QJsonObject status(TestServer& server) {
        return HttpTestClient(server.port()).get(u"/api/v1/status"_s).json;
    }

    // Sends both grants before either answer is read.
    static QList<int> grantOnBoth(TestServer& a, TestServer& b, int round, QStringList* leaseIds) {
        QNetworkAccessManager network;
        QList<QNetworkReply*> replies;
        for (TestServer* server : {&a, &b}) {
            QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/api/v1/leases"_s.arg(server->port())));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            const QJsonObject body =
                grantRequest(u"scheduler"_s, u"%1-%2"_s.arg(server->config.nodeName).arg(round), 4, u"9"_s);
            replies.append(network.post(request, QJsonDocument(body).toJson()));
        }
        QList<int> statuses;
        for (QNetworkReply* reply : replies) {
            if (!reply->isFinished())
                QSignalSpy(reply, &QNetworkReply::finished).wait(10000);
            statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            if (answer.contains(u"lease_id"_s))
                leaseIds->append(answer.value(u"lease_id"_s).toString());
            reply->deleteLater();
        }
        return statuses;
    }

private Q_SLOTS:
    void bothNodesShareOneClusterAndSeeEachOther() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        std::unique_ptr<TestServer> primary, secondary;
        QVERIFY(startPgTestPair(db, primary, secondary));
        QTRY_COMPARE(listedNodes(*primary), 2);
        const QJsonObject a = status(*primary);
        const QJsonObject b = status(*secondary);
        QCOMPARE(a.value(u"role"_s).toString(), u"primary"_s);
        QCOMPARE(b.value(u"role"_s).toString(), u"secondary"_s);
        QVERIFY(!a[u"cluster"_s][u"id"_s].toString().isEmpty());
        QCOMPARE(a[u"cluster"_s][u"id"_s], b[u"cluster"_s][u"id"_s]);
        QCOMPARE(a[u"store"_s][u"kind"_s].toString(), u"postgresql"_s);
        QVERIFY(a[u"store"_s][u"detail"_s].toString().contains(db.name));
        QVERIFY(!a[u"store"_s][u"detail"_s].toString().contains(db.password));
        QTRY_VERIFY(status(*secondary)[u"store"_s][u"database_clock_offset_ms"_s].isDouble());
        QCOMPARE(HttpTestClient(secondary->port()).get(u"/pingLicenseManager"_s).status, 200);
    }

    void aNodeBeyondTheLicenseIsRefusedAndSaysWhy() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        std::unique_ptr<TestServer> a, b;
        QVERIFY(startPgTestPair(db, a, b, u"lm-a"_s, u"lm-b"_s));
        QTRY_COMPARE(listedNodes(*b), 2);
        auto c = pgTestNode(db, u"lm-c"_s, u"secondary"_s, a.get()); // the license allows two
        QVERIFY(c->start());
        HttpTestClient client(c->port());
        QTRY_COMPARE(client.get(u"/pingLicenseManager"_s).json.value(u"reason"_s).toString(),
                     u"too_many_license_managers"_s);
        const HttpResult ping = client.get(u"/pingLicenseManager"_s);
        QCOMPARE(ping.status, 503);
        const QString message = ping.json.value(u"message"_s).toString();
        QVERIFY2(message.contains(u"lm-a"_s) && message.contains(u"lm-b"_s), ping.body.constData());
        const HttpResult grant = client.post(u"/api/v1/leases"_s, grantRequest(u"vdp"_s, u"x"_s, 2, u"9"_s));
        QCOMPARE(grant.status, 503);
        QCOMPARE(grant.json.value(u"error"_s).toString(), u"too_many_license_managers"_s);
        QCOMPARE(HttpTestClient(a->port()).get(u"/pingLicenseManager"_s).status, 200);
        QCOMPARE(status(*c)[u"cluster"_s][u"admitted"_s].toBool(), false);
    }

    // PostgreSQL tracks the nodes' sessions: a node on record stays live by
    // its open session (seen in pg_locks), not by writing heartbeats. With
    // both rows made old, as after hours of running, both nodes stay live
    // and admitted through several heartbeats, and neither writes.
    void anIdlePairStaysLiveWithoutWriting() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        std::unique_ptr<TestServer> a, b;
        QVERIFY(startPgTestPair(db, a, b, u"lm-a"_s, u"lm-b"_s));
        QTRY_COMPARE(liveNodes(*a), 2);
        QTRY_COMPARE(liveNodes(*b), 2);
        QVERIFY2(db.exec(u"UPDATE lk_nodes SET last_heartbeat_ms = 0"_s), qPrintable(db.lastError));
        std::array<LeaseService*, 2> services{&a->server->service(), &b->server->service()};
        std::array<quint64, 2> writes{};
        for (size_t i = 0; i < services.size(); ++i)
            writes[i] = services[i]->storeHealth().writeTransactions;
        for (int round = 0; round < 3; ++round) {
            for (LeaseService* service : services) {
                QSignalSpy seen(service, &LeaseService::clusterChanged);
                service->heartbeat();
                QVERIFY(seen.wait(5000));
            }
        }
        for (size_t i = 0; i < services.size(); ++i) {
            QCOMPARE(services[i]->storeHealth().writeTransactions, writes[i]);
            QVERIFY(services[i]->cluster()->sessionsTracked);
            QVERIFY(services[i]->admitted());
        }
        QCOMPARE(liveNodes(*a), 2);
        QCOMPARE(liveNodes(*b), 2);
    }

    // A node that goes away ends its session: with its row old, the place
    // it held is free at the next heartbeat of the node waiting for it.
    void aNodeThatGoesAwayFreesItsPlaceAtOnce() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        std::unique_ptr<TestServer> a, b;
        QVERIFY(startPgTestPair(db, a, b, u"lm-a"_s, u"lm-b"_s));
        QTRY_COMPARE(liveNodes(*b), 2);                              // both on record before c comes
        auto c = pgTestNode(db, u"lm-c"_s, u"secondary"_s, a.get()); // the license allows two
        QVERIFY(c->start());
        HttpTestClient client(c->port());
        QTRY_COMPARE(client.get(u"/pingLicenseManager"_s).json.value(u"reason"_s).toString(),
                     u"too_many_license_managers"_s);
        QVERIFY2(db.exec(u"UPDATE lk_nodes SET last_heartbeat_ms = 0 WHERE name = 'lm-a'"_s),
                 qPrintable(db.lastError));
        a.reset();
        QTRY_COMPARE(client.get(u"/pingLicenseManager"_s).status, 200);
        QVERIFY(c->server->service().admitted());
    }

    // Two nodes given the same name would hold one place between them: the
    // second one's session cannot take the first one's lock, and says why.
    void aSecondNodeOfTheSameNameIsNamedInTheLog() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        auto first = pgTestNode(db, u"lm-a"_s, u"primary"_s);
        QVERIFY(first->start());
        QTRY_COMPARE(liveNodes(*first), 1);
        QSignalSpy firstSeen(&first->server->service(), &LeaseService::clusterChanged);
        first->server->service().heartbeat(); // reads: its session now holds the lock
        QVERIFY(firstSeen.wait(5000));
        auto second = pgTestNode(db, u"lm-a"_s, u"secondary"_s, first.get());
        const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
        const bool started = second->start();
        if (started) {
            QTRY_VERIFY(second->server->service().cluster().has_value()); // its first heartbeat writes
            second->server->service().heartbeat(); // then reads, and cannot take the lock
            QTRY_VERIFY(warningsLogged().contains(u"as License Manager node lm-a"_s));
        }
        qInstallMessageHandler(previous);
        QVERIFY(started);
        QVERIFY2(warningsLogged().contains(u"--node-name"_s), qPrintable(warningsLogged()));
    }

    void theLastFreePlaceRacedOnBothNodesIsGrantedOnce() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        std::unique_ptr<TestServer> a, b;
        QVERIFY(startPgTestPair(db, a, b, u"lm-a"_s, u"lm-b"_s));
        QTRY_COMPARE(HttpTestClient(b->port()).get(u"/pingLicenseManager"_s).status, 200);
        // "scheduler" allows one instance: each round, one grant must lose.
        for (int round = 0; round < 40; ++round) {
            QStringList leaseIds;
            const QList<int> statuses = grantOnBoth(*a, *b, round, &leaseIds);
            QCOMPARE(statuses.count(201), 1);
            QCOMPARE(statuses.count(403), 1);
            QCOMPARE(HttpTestClient(a->port()).del(u"/api/v1/leases/"_s + leaseIds.value(0)).status, 204);
        }
    }

    // A pair judges license expiry on its ping by the database's clock, like
    // grants: a node whose own clock runs ahead does not drop out early.
    void licenseExpiryOnThePingFollowsTheDatabaseClock() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        auto node = pgTestNode(db, u"lm-a"_s, u"primary"_s, nullptr,
                               exampleTerms(QDateTime::currentMSecsSinceEpoch() + 30'000));
        QVERIFY(node->start());
        HttpTestClient client(node->port());
        QTRY_COMPARE(client.get(u"/pingLicenseManager"_s).status, 200);
        QTRY_VERIFY(
            client.get(u"/api/v1/status"_s).json[u"store"_s][u"database_clock_offset_ms"_s].isDouble());
        node->clock.advanceMs(60'000); // this node's clock is now past the expiry; the database's is not
        const HttpResult ping = client.get(u"/pingLicenseManager"_s);
        QVERIFY2(ping.status == 200, ping.body.constData());
    }

    void maintenanceMovesTrafficAwayButStillServes() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.error));
        auto a = pgTestNode(db, u"lm-a"_s, u"primary"_s);
        QVERIFY(a->start());
        HttpTestClient anonymous(a->port());
        HttpTestClient admin(a->port());
        admin.setToken(QByteArray(TestServer::kAdminToken.data(), TestServer::kAdminToken.size()));
        QTRY_COMPARE(anonymous.get(u"/pingLicenseManager"_s).status, 200);

        QCOMPARE(anonymous.post(u"/api/v1/maintenance"_s, QJsonObject{{u"enabled"_s, true}}).status, 401);
        QCOMPARE(admin.post(u"/api/v1/maintenance"_s, QByteArray("{\"enabled\": \"yes\"}")).status, 400);
        QCOMPARE(admin.post(u"/api/v1/maintenance"_s, QByteArray("{")).status, 400);
        const HttpResult on = admin.post(u"/api/v1/maintenance"_s, QJsonObject{{u"enabled"_s, true}});
        QCOMPARE(on.status, 200);
        QCOMPARE(on.json.value(u"maintenance"_s).toBool(), true);
        const HttpResult ping = anonymous.get(u"/pingLicenseManager"_s);
        QCOMPARE(ping.status, 503);
        QCOMPARE(ping.json.value(u"reason"_s).toString(), u"maintenance"_s);
        // Requests the load balancer still sends (in flight, or from a stale pool) are served.
        const HttpResult grant =
            anonymous.post(u"/api/v1/leases"_s, grantRequest(u"vdp"_s, u"x"_s, 2, u"9"_s));
        QCOMPARE(grant.status, 201);
        QCOMPARE(anonymous.get(u"/api/v1/maintenance"_s).json.value(u"maintenance"_s).toBool(), true);
        QCOMPARE(admin.post(u"/api/v1/maintenance"_s, QJsonObject{{u"enabled"_s, false}}).status, 200);
        QCOMPARE(anonymous.get(u"/pingLicenseManager"_s).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestHaPair)
#include "tst_hapair.moc"
