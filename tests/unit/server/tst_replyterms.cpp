// A grant or renewal is answered with the license terms it was decided
// under, even when the license is reloaded after the store decided and
// before the reply is written. Real HTTP over loopback against an
// in-process node; the reload runs from the lease event, which the service
// emits after the commit and before it calls the HTTP handler back.
#include "GrantRequest.h"
#include "HttpTestClient.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

namespace {

QJsonObject leaseRequest(const QString& instance) {
    return grantRequest(u"vdp"_s, instance, 4, u"9.1"_s, u"host-1"_s, QJsonArray{u"10.0.0.5"_s});
}

QJsonObject shorterTerms() {
    QJsonObject terms = exampleTerms();
    terms.insert(u"renew_after_s"_s, 60);
    terms.insert(u"grace_period_s"_s, 3600);
    return terms;
}

} // namespace

class TestReplyTerms : public QObject {
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;
    QMetaObject::Connection m_reloadOnEvent;

    // Replaces the license file (or removes it) and reloads it when the
    // service next reports `kind`: between the store's answer and the reply.
    void reloadOn(LeaseEvent::Kind kind, const QJsonObject& newTerms) {
        TestServer* server = m_server.get();
        m_reloadOnEvent =
            connect(&server->server->service(), &LeaseService::leaseEvent, this,
                    [this, server, kind, newTerms](const LeaseEvent& event) {
                        if (event.kind != kind)
                            return;
                        disconnect(m_reloadOnEvent);
                        if (newTerms.isEmpty())
                            QFile::remove(server->config.licensePath);
                        else if (!writeSignedLicense(newTerms, server->config.trustPaths.first(),
                                                     server->config.licensePath))
                            qFatal("cannot write the new license");
                        server->server->reloadLicense();
                    });
    }

    void expectTheFirstTerms(const HttpResult& result, int status) {
        QCOMPARE(result.status, status);
        QCOMPARE(result.json.value(u"renew_after_s"_s).toInt(), 300);
        QCOMPARE(result.json.value(u"grace_period_s"_s).toInt(), 432000);
    }

private Q_SLOTS:
    void init() {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_client = std::make_unique<HttpTestClient>(m_server->port());
    }
    void cleanup() {
        disconnect(m_reloadOnEvent);
        m_client.reset();
        m_server.reset();
    }

    void aGrantAnswersWithTheTermsItWasGrantedUnder() {
        reloadOn(LeaseEvent::Kind::Granted, shorterTerms());
        expectTheFirstTerms(m_client->post(u"/api/v1/leases"_s, leaseRequest(u"a"_s)), 201);
        // The reload did happen: the next grant gets the new terms.
        const HttpResult next = m_client->post(u"/api/v1/leases"_s, leaseRequest(u"b"_s));
        QCOMPARE(next.status, 201);
        QCOMPARE(next.json.value(u"renew_after_s"_s).toInt(), 60);
    }

    void aRenewalAnswersWithTheTermsItWasRenewedUnder() {
        const HttpResult granted = m_client->post(u"/api/v1/leases"_s, leaseRequest(u"a"_s));
        QCOMPARE(granted.status, 201);
        const QString id = granted.json.value(u"lease_id"_s).toString();
        reloadOn(LeaseEvent::Kind::Renewed, shorterTerms());
        expectTheFirstTerms(m_client->post(u"/api/v1/leases/%1/renew"_s.arg(id), QByteArray()), 200);
        const HttpResult next = m_client->post(u"/api/v1/leases/%1/renew"_s.arg(id), QByteArray());
        QCOMPARE(next.status, 200);
        QCOMPARE(next.json.value(u"renew_after_s"_s).toInt(), 60);
    }

    void aLicenseGoneBeforeTheReplyStillGivesTheGrantedLease() {
        reloadOn(LeaseEvent::Kind::Granted, {});
        expectTheFirstTerms(m_client->post(u"/api/v1/leases"_s, leaseRequest(u"a"_s)), 201);
        QVERIFY(!m_server->server->service().license().canGrant());
        const HttpResult next = m_client->post(u"/api/v1/leases"_s, leaseRequest(u"b"_s));
        QCOMPARE(next.status, 503);
        QCOMPARE(next.json.value(u"error"_s).toString(), u"license_unavailable"_s);
    }
};

QTEST_GUILESS_MAIN(TestReplyTerms)
#include "tst_replyterms.moc"
