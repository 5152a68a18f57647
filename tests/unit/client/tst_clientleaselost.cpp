// A component whose lease the License Manager ends while it is alive, against
// a real License Manager in the test process over loopback: an administrator
// frees its lease, another instance takes the only seat, and the component
// keeps the grace left from its last renewal until the seat is free again.
// Each component's time moves only through its own ManualScheduler, so its
// renewals and retries come when the test says, without waiting.
#include "HttpTestClient.h"
#include "ManualScheduler.h"
#include "TestLicense.h"
#include "TestServer.h"
#include "client/HttpTransport.h"
#include "client/LicenseClient.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

namespace {

constexpr qint64 kGraceMs = 432000LL * 1000; // exampleTerms()
constexpr qint64 kRenewMs = 300LL * 1000;

// One seat for vdp.
QJsonObject oneVdpInstance() {
    QJsonObject terms = exampleTerms();
    terms.insert(u"components"_s, componentsJson({{u"vdp"_s, {1, 16, 24}}}));
    return terms;
}

// A component embedding the client, with the real transport.
struct Component {
    Component(const TestServer& server, const QString& instance) {
        const LeaseRequest identity{u"vdp"_s, instance, u"host"_s, {u"127.0.0.1"_s}, 4, u"9.1"_s};
        client = std::make_unique<LicenseClient>(QList<QUrl>{QUrl(server.url())}, identity, transport,
                                                 scheduler, RetryPolicy([] { return 0.0; }));
        QObject::connect(client.get(), &LicenseClient::event, [this](const ClientEvent& e) { events << e; });
    }

    // Runs the event loop until the client is in `state` (or finished).
    bool reaches(LicenseClient::State state) {
        (void)QTest::qWaitFor([&] { return client->state() == state || client->isFinished(); }, 10000);
        return client->state() == state;
    }

    ManualScheduler scheduler;
    HttpTransport transport;
    std::unique_ptr<LicenseClient> client;
    QList<ClientEvent> events;
};

} // namespace

class TestClientLeaseLost : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aFreedLeaseRunsOnTheGraceLeftUntilASeatFreesUp() {
        TestServer server(oneVdpInstance());
        QVERIFY(server.start());
        HttpTestClient admin(server.port());
        admin.setToken(QByteArray(TestServer::kAdminToken.data(), TestServer::kAdminToken.size()));
        Component a(server, u"host-a:9999"_s);
        Component b(server, u"host-b:9999"_s);

        a.client->start();
        QVERIFY(a.reaches(LicenseClient::State::Licensed));
        const QString freed = a.client->leaseId();
        QCOMPARE(admin.post(u"/api/v1/leases/%1/free"_s.arg(freed), QByteArray()).status, 204);
        b.client->start();
        QVERIFY(b.reaches(LicenseClient::State::Licensed)); // B has the only seat

        // A's renewal: 404 unknown_lease, then its grant: 403 instance_limit.
        a.scheduler.advance(kRenewMs);
        QVERIFY(a.reaches(LicenseClient::State::Grace));
        const ClientEvent lost = a.events.last();
        QCOMPARE(lost.reason, u"lease_lost"_s);
        QVERIFY2(lost.message.contains(freed) && lost.message.contains(u"(instance_limit)"_s),
                 qPrintable(lost.message));
        QCOMPARE(*a.client->graceRemainingMs(), kGraceMs - kRenewMs); // from the grant at t = 0
        QVERIFY(a.client->leaseId().isEmpty());

        // A retry while the seat is taken changes nothing. Until it is
        // answered only the deadline is scheduled; then the next retry is too.
        a.scheduler.advanceTo(a.scheduler.nextDue());
        const qint64 retriedAt = a.scheduler.now();
        QCOMPARE(a.scheduler.nextDue(), kGraceMs);
        QVERIFY(QTest::qWaitFor([&] { return a.scheduler.nextDue() < kGraceMs; }, 10000));
        QCOMPARE(a.client->state(), LicenseClient::State::Grace);
        QCOMPARE(*a.client->graceRemainingMs(), kGraceMs - retriedAt);

        b.client->stop();
        QVERIFY(b.reaches(LicenseClient::State::Stopped));
        QCOMPARE(b.events.last().kind, ClientEvent::Kind::Released);
        QVERIFY2(b.events.last().reason.isEmpty(), qPrintable(b.events.last().message));

        a.scheduler.advanceTo(a.scheduler.nextDue());
        QVERIFY(a.reaches(LicenseClient::State::Licensed));
        QCOMPARE(a.events.last().kind, ClientEvent::Kind::Recovered);
        QCOMPARE(a.events.last().reason, u"new_lease"_s);
        QVERIFY(!a.client->leaseId().isEmpty() && a.client->leaseId() != freed);
        QCOMPARE(*a.client->graceRemainingMs(), kGraceMs);

        const QJsonArray live = admin.get(u"/api/v1/leases"_s).json.value(u"leases"_s).toArray();
        QCOMPARE(live.size(), 1);
        QCOMPARE(live.first().toObject().value(u"instance"_s).toString(), u"host-a:9999"_s);
    }
};

QTEST_GUILESS_MAIN(TestClientLeaseLost)
#include "tst_clientleaselost.moc"
