// GET /api/v1/leases?since=CURSOR over real HTTP, and the console's
// NodeMonitor that polls it: only what changed since the cursor comes back
// (renewed and new leases, the ids of ended ones), and the monitor's merged
// list equals the server's own.
#include "HttpTestClient.h"
#include "TestServer.h"
#include "admin/NodeMonitor.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestLeaseChanges : public QObject {
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;

    QString grant(const QString& instance, int cores) {
        const QJsonObject request{{u"component"_s, u"vdp"_s}, {u"instance"_s, instance},
                                  {u"host"_s, u"host-1"_s},   {u"ips"_s, QJsonArray{u"10.0.0.5"_s}},
                                  {u"cores"_s, cores},        {u"version"_s, u"9.1"_s}};
        const HttpResult result = m_client->post(u"/api/v1/leases"_s, request);
        if (result.status != 201)
            qWarning("grant answered %d: %s", result.status, result.body.constData());
        return result.json.value(u"lease_id"_s).toString();
    }

    QString grantedIdOf(const QString& instance) {
        m_client->setToken(TestServer::kAdminToken.toByteArray());
        const QJsonArray leases = m_client->get(u"/api/v1/leases"_s).json.value(u"leases"_s).toArray();
        m_client->setToken({});
        for (const QJsonValue& lease : leases) {
            if (lease.toObject().value(u"instance"_s).toString() == instance)
                return lease.toObject().value(u"lease_id"_s).toString();
        }
        return {};
    }

private Q_SLOTS:
    void init() {
        m_server = std::make_unique<TestServer>(exampleTermsWithVdp(16)); // room for more than two
        QVERIFY(m_server->start());
        m_client = std::make_unique<HttpTestClient>(m_server->port());
    }
    void cleanup() {
        m_client.reset();
        m_server.reset();
    }

    // A console that passes back the cursor gets only what moved: the renewed
    // and new leases and the ids of ended ones; the monitor it runs merges
    // them into the same list a full fetch gives.
    void leaseListSinceACursorHoldsOnlyTheChanges() {
        const QString a = grant(u"a"_s, 2);
        const QString b = grant(u"b"_s, 2);
        grant(u"c"_s, 2);
        QNetworkAccessManager network;
        NodeMonitor monitor(QUrl(m_server->url()), network, m_server->clock);
        monitor.client().setAdminToken(TestServer::kAdminToken.toByteArray());
        monitor.setIntervals({60000, 60000});
        monitor.refresh();
        QTRY_COMPARE(monitor.leases().leases.size(), 3);

        m_client->setToken(TestServer::kAdminToken.toByteArray());
        const HttpResult first = m_client->get(u"/api/v1/leases"_s);
        QCOMPARE(first.json.value(u"full"_s).toBool(), true);
        const QString cursor = first.json.value(u"cursor"_s).toString();
        m_client->setToken({});
        m_server->clock.advanceSeconds(60);
        QCOMPARE(m_client->post(u"/api/v1/leases/%1/renew"_s.arg(a), QByteArray()).status, 200);
        QCOMPARE(m_client->del(u"/api/v1/leases/%1"_s.arg(b)).status, 204);
        const QString d = grant(u"d"_s, 2);
        m_client->setToken(TestServer::kAdminToken.toByteArray());
        const HttpResult changes = m_client->get(
            u"/api/v1/leases?since=%1"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(cursor))));
        QCOMPARE(changes.status, 200);
        QCOMPARE(changes.json.value(u"full"_s).toBool(), false);
        QStringList changed;
        for (const QJsonValue& lease : changes.json.value(u"leases"_s).toArray())
            changed << lease.toObject().value(u"lease_id"_s).toString();
        QCOMPARE(changed, (QStringList{a, d}));
        QCOMPARE(changes.json.value(u"ended"_s).toArray(), QJsonArray{b});
        QVERIFY(changes.json.value(u"cursor"_s).toString() != cursor);
        const HttpResult foreign = m_client->get(u"/api/v1/leases?since=elsewhere:3"_s);
        QCOMPARE(foreign.json.value(u"full"_s).toBool(), true);
        QCOMPARE(foreign.json.value(u"leases"_s).toArray().size(), 3);

        const QString before = monitor.leasesCursor();
        monitor.refresh();
        QTRY_VERIFY(monitor.leasesCursor() != before);
        QStringList seen;
        qint64 renewedAt = 0;
        for (const Lease& lease : monitor.leases().leases) {
            seen << lease.id;
            if (lease.id == a)
                renewedAt = lease.lastRenewalMs;
        }
        seen.sort();
        QStringList expected{a, grantedIdOf(u"c"_s), d};
        expected.sort();
        QCOMPARE(seen, expected);
        QCOMPARE(renewedAt, m_server->clock.nowMs());
    }
};

QTEST_GUILESS_MAIN(TestLeaseChanges)
#include "tst_leasechanges.moc"
