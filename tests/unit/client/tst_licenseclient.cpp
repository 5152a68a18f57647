// Every transition of the component-side client, with a manual scheduler
// (five days of grace in microseconds) and a scripted transport.
#include "ManualScheduler.h"
#include "ScriptedTransport.h"
#include "TestServer.h"
#include "client/EventLoopScheduler.h"
#include "client/HttpTransport.h"
#include "client/LicenseClient.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

namespace {

constexpr qint64 kGraceMs = 432000LL * 1000;
constexpr qint64 kRenewMs = 300LL * 1000;

QJsonObject granted(const QString& id = u"lease-1"_s) {
    return QJsonObject{{u"lease_id"_s, id},
                       {u"renew_after_s"_s, 300},
                       {u"grace_period_s"_s, 432000},
                       {u"node"_s, u"lm-a"_s},
                       {u"server_time_ms"_s, 1'800'000'000'000LL}};
}

} // namespace

class TestLicenseClient : public QObject {
    Q_OBJECT

    ManualScheduler m_scheduler;
    ScriptedTransport m_transport;
    double m_random = 0.0;
    std::unique_ptr<LicenseClient> m_client;
    QList<ClientEvent> m_events;

    void makeClient(QList<QUrl> urls = {QUrl(u"http://lm1:10091"_s)}) {
        m_scheduler = ManualScheduler();
        m_transport = ScriptedTransport();
        m_events.clear();
        const LeaseRequest identity{u"vdp"_s, u"host1:9999"_s, u"host1"_s, {u"10.0.0.5"_s}, 8, u"9.1"_s};
        m_client = std::make_unique<LicenseClient>(urls, identity, m_transport, m_scheduler,
                                                   RetryPolicy([this] { return m_random; }));
        connect(m_client.get(), &LicenseClient::event, this, [this](const ClientEvent& e) { m_events << e; });
    }

    void startLicensed() {
        makeClient();
        m_client->start();
        QVERIFY(m_transport.hasPending());
        m_transport.respond(201, granted());
        QCOMPARE(m_client->state(), LicenseClient::State::Licensed);
    }

    // Fails every request until `ms` have passed.
    void failEverythingFor(qint64 ms) {
        const qint64 end = m_scheduler.now() + ms;
        while (m_client->state() != LicenseClient::State::Expired) {
            while (m_transport.hasPending())
                m_transport.refuse();
            const qint64 due = m_scheduler.nextDue();
            if (due < 0 || due > end)
                break;
            m_scheduler.advanceTo(due);
        }
        m_scheduler.advanceTo(qMax(end, m_scheduler.now()));
    }

    ClientEvent::Kind lastKind() const { return m_events.last().kind; }

    static QJsonObject refusal(const QString& message = u"license acme-2027 allows 1 instance of vdp"_s) {
        return QJsonObject{{u"error"_s, u"instance_limit"_s}, {u"message"_s, message}};
    }

    // "METHOD path" of the oldest pending request.
    QString nextRequest() const {
        return u"%1 %2"_s.arg(QString::fromLatin1(m_transport.next().method), m_transport.next().url.path());
    }

    // Licensed at t = 0, renewed at `renewedAt`, then the next renewal is
    // answered 404 unknown_lease and the grant that follows 403.
    void loseTheLeaseAfterRenewingAt(qint64 renewedAt) {
        startLicensed();
        if (QTest::currentTestFailed())
            return;
        m_scheduler.advanceTo(renewedAt);
        QCOMPARE(nextRequest(), u"POST /api/v1/leases/lease-1/renew"_s);
        m_transport.respond(200, granted());
        m_scheduler.advanceTo(renewedAt + kRenewMs);
        m_scheduler.advance(4000); // a slow 404: the dead renewal gives no credit either
        m_transport.respond(404, QJsonObject{{u"error"_s, u"unknown_lease"_s}});
        QCOMPARE(nextRequest(), u"POST /api/v1/leases"_s);
        m_scheduler.advance(3000);
        m_transport.respond(403, refusal());
    }

    // Refuses every request with 403 until `ms` have passed or the client
    // finished; returns what was asked, as "METHOD path".
    QStringList refuseGrantsFor(qint64 ms) {
        QStringList asked;
        const qint64 end = m_scheduler.now() + ms;
        while (!m_client->isFinished()) {
            while (m_transport.hasPending()) {
                asked << nextRequest();
                m_transport.respond(403, refusal());
            }
            const qint64 due = m_scheduler.nextDue();
            if (due < 0 || due > end)
                break;
            m_scheduler.advanceTo(due);
        }
        m_scheduler.advanceTo(qMax(end, m_scheduler.now()));
        return asked;
    }

    static constexpr const char* kSiteKey = "site-key-for-the-test-0123456789";

    // An in-process License Manager that wants kSiteKey from components.
    static std::unique_ptr<TestServer> serverWithSiteKey() {
        auto server = std::make_unique<TestServer>();
        server->config.siteKeyPath = server->dir.filePath(u"site.key"_s);
        QFile key(server->config.siteKeyPath);
        if (!key.open(QIODevice::WriteOnly) || key.write(kSiteKey) < 0)
            qFatal("cannot write the site key");
        key.close();
        if (!server->start())
            return nullptr;
        return server;
    }

    // A real client over HTTP with `siteKey`; runs until it is licensed or finished.
    static LicenseClient::State startAgainst(TestServer& server, const QByteArray& siteKey,
                                             ClientEvent* last) {
        HttpTransport transport;
        transport.setSiteKey(siteKey);
        EventLoopScheduler scheduler;
        const LeaseRequest identity{u"vdp"_s, u"host1:9999"_s, u"host1"_s, {u"10.0.0.5"_s}, 4, u"9.1"_s};
        LicenseClient client({QUrl(u"http://127.0.0.1:%1"_s.arg(server.port()))}, identity, transport,
                             scheduler, RetryPolicy([] { return 0.0; }));
        QObject::connect(&client, &LicenseClient::event, [last](const ClientEvent& e) { *last = e; });
        client.start();
        (void)QTest::qWaitFor(
            [&] { return client.isFinished() || client.state() == LicenseClient::State::Licensed; }, 10000);
        const LicenseClient::State state = client.state();
        if (state == LicenseClient::State::Licensed) {
            client.stop(); // releases, with the key
            (void)QTest::qWaitFor([&] { return client.isFinished(); }, 10000);
        }
        return state;
    }

private Q_SLOTS:
    void init() { m_random = 0.0; }

    void startSendsTheIdentity() {
        makeClient();
        m_client->start();
        QCOMPARE(m_transport.next().method, QByteArray("POST"));
        QCOMPARE(m_transport.next().url.toString(), u"http://lm1:10091/api/v1/leases"_s);
        const QJsonObject body = QJsonDocument::fromJson(m_transport.next().body).object();
        QCOMPARE(body.value(u"instance"_s).toString(), u"host1:9999"_s);
        QCOMPARE(body.value(u"cores"_s).toInt(), 8);
        m_transport.respond(201, granted());
        QCOMPARE(lastKind(), ClientEvent::Kind::Licensed);
        QCOMPARE(m_events.last().node, u"lm-a"_s);
        QCOMPARE(*m_client->graceRemainingMs(), kGraceMs);
    }

    void startIsRefusedWhenNoManagerAnswers() {
        makeClient({QUrl(u"http://lm1:10091"_s), QUrl(u"http://lm2:10091"_s)});
        QSignalSpy finished(m_client.get(), &LicenseClient::finished);
        m_client->start();
        m_transport.refuse();
        QCOMPARE(m_transport.next().url.host(), u"lm2"_s); // tried in order
        m_transport.respond(503, QJsonObject{{u"message"_s, u"store down"_s}});
        QCOMPARE(m_client->state(), LicenseClient::State::Unreachable);
        QCOMPARE(m_client->exitStatus(), 3);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(lastKind(), ClientEvent::Kind::Unreachable);
        QVERIFY2(m_events.last().message.startsWith(
                     u"cannot reach any License Manager at http://lm1:10091, http://lm2:10091"_s),
                 qPrintable(m_events.last().message));
    }

    void denialStopsTheStartWithTheServerMessageAsIs() {
        makeClient();
        m_client->start();
        const QString message =
            u"license acme allows 24 cores for vdp; 20 are in use and host1:9999 asks for 8"_s;
        m_transport.respond(403, QJsonObject{{u"error"_s, u"core_limit"_s}, {u"message"_s, message}});
        QCOMPARE(m_client->state(), LicenseClient::State::Denied);
        QCOMPARE(m_client->exitStatus(), 4);
        QCOMPARE(m_events.last().message, message);
        QCOMPARE(m_events.last().reason, u"core_limit"_s);
        QVERIFY(!m_transport.hasPending()); // no other manager asked: they share the license
    }

    void sendsTheSiteKeyToTheLicenseManager() {
        const auto server = serverWithSiteKey();
        QVERIFY(server);
        ClientEvent last;
        QCOMPARE(startAgainst(*server, kSiteKey, &last), LicenseClient::State::Licensed);
        QCOMPARE(last.kind, ClientEvent::Kind::Released);
        QVERIFY2(last.reason.isEmpty(), qPrintable(last.message)); // released with the key too
    }

    void aMissingOrWrongSiteKeyDeniesTheStart_data() {
        QTest::addColumn<QByteArray>("siteKey");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << QByteArray() << u"site_key_required"_s;
        QTest::newRow("wrong") << QByteArray("not-the-site-key-at-all") << u"site_key_invalid"_s;
    }

    void aMissingOrWrongSiteKeyDeniesTheStart() {
        QFETCH(QByteArray, siteKey);
        QFETCH(QString, reason);
        const auto server = serverWithSiteKey();
        QVERIFY(server);
        ClientEvent last;
        // A configuration error: the component stops at once instead of retrying.
        QCOMPARE(startAgainst(*server, siteKey, &last), LicenseClient::State::Denied);
        QCOMPARE(last.kind, ClientEvent::Kind::Denied);
        QCOMPARE(last.reason, reason);
        QVERIFY2(last.message.contains(u"site key"_s), qPrintable(last.message));
    }

    void renewsAfterRenewAfterSeconds() {
        startLicensed();
        m_scheduler.advance(kRenewMs - 1);
        QVERIFY(!m_transport.hasPending());
        m_scheduler.advance(1);
        QVERIFY(m_transport.hasPending());
        QCOMPARE(m_transport.next().url.path(), u"/api/v1/leases/lease-1/renew"_s);
        m_transport.respond(200, granted());
        QCOMPARE(lastKind(), ClientEvent::Kind::Renewed);
    }

    void renewalJitterIsEarlyNeverLate() {
        m_random = 0.5;
        startLicensed();
        m_scheduler.advance(kRenewMs - kRenewMs / 20 - 1); // 5% early
        QVERIFY(!m_transport.hasPending());
        m_scheduler.advance(1);
        QVERIFY(m_transport.hasPending());
    }

    void failedRenewalEntersGraceAndKeepsRunning() {
        startLicensed();
        m_scheduler.advance(kRenewMs);
        m_transport.respond(502, QJsonObject{{u"message"_s, u"bad gateway"_s}});
        QCOMPARE(m_client->state(), LicenseClient::State::Grace);
        QCOMPARE(lastKind(), ClientEvent::Kind::Grace);
        QCOMPARE(*m_events.last().graceRemainingMs, kGraceMs - kRenewMs);
        QVERIFY(m_events.last().message.contains(u"4 d 23 h"_s));
    }

    void retriesBackOffExponentiallyUpToACap() {
        m_random = 0.999999; // the full delay each time
        startLicensed();
        m_scheduler.advance(kRenewMs);
        m_transport.refuse();
        QList<qint64> gaps;
        qint64 previous = m_scheduler.now();
        for (int i = 0; i < 9; ++i) {
            m_scheduler.advanceTo(m_scheduler.nextDue());
            QVERIFY(m_transport.hasPending());
            gaps << (m_scheduler.now() - previous + 500) / 1000; // in seconds
            previous = m_scheduler.now();
            m_transport.refuse();
        }
        QCOMPARE(gaps, (QList<qint64>{1, 2, 4, 8, 16, 32, 60, 60, 60}));
    }

    void successfulRenewalEndsGrace() {
        startLicensed();
        m_scheduler.advance(kRenewMs);
        m_transport.refuse();
        failEverythingFor(3LL * 86400 * 1000);
        QCOMPARE(m_client->state(), LicenseClient::State::Grace);
        m_scheduler.advanceTo(m_scheduler.nextDue());
        m_transport.respond(200, granted());
        QCOMPARE(m_client->state(), LicenseClient::State::Licensed);
        QCOMPARE(lastKind(), ClientEvent::Kind::Recovered);
        QCOMPARE(*m_client->graceRemainingMs(), kGraceMs);
    }

    void unknownLeaseIsReacquiredAsTheSameInstance() {
        startLicensed();
        m_scheduler.advance(kRenewMs);
        m_transport.respond(404, QJsonObject{{u"error"_s, u"unknown_lease"_s}});
        QVERIFY(m_transport.hasPending());
        QCOMPARE(m_transport.next().url.path(), u"/api/v1/leases"_s);
        QCOMPARE(QJsonDocument::fromJson(m_transport.next().body).object().value(u"instance"_s).toString(),
                 u"host1:9999"_s);
        m_transport.respond(201, granted(u"lease-2"_s));
        QCOMPARE(m_client->leaseId(), u"lease-2"_s);
        QCOMPARE(m_client->state(), LicenseClient::State::Licensed);
        QCOMPARE(lastKind(), ClientEvent::Kind::Licensed);
        QCOMPARE(m_events.last().reason, u"new_lease"_s);
        QCOMPARE(m_events.last().message,
                 u"the License Manager had ended lease lease-1 (it no longer knew it); licensed again with "
                 "new lease lease-2"_s);
        QCOMPARE(*m_client->graceRemainingMs(), kGraceMs); // the new lease is a success
        m_scheduler.advance(kRenewMs);
        QCOMPARE(nextRequest(), u"POST /api/v1/leases/lease-2/renew"_s);
    }

    // The License Manager ended the lease and has no room for a new one: the
    // component runs on what was left of its grace and keeps asking.
    void aLostLeaseThatIsRefusedKeepsTheGraceLeft() {
        const qint64 renewedAt = kRenewMs;
        loseTheLeaseAfterRenewingAt(renewedAt);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_client->state(), LicenseClient::State::Grace);
        QVERIFY(m_client->leaseId().isEmpty());
        const qint64 left = kGraceMs - (m_scheduler.now() - renewedAt);
        QCOMPARE(*m_client->graceRemainingMs(), left);
        const ClientEvent lost = m_events.last();
        QCOMPARE(lost.kind, ClientEvent::Kind::Grace);
        QCOMPARE(lost.reason, u"lease_lost"_s);
        QCOMPARE(*lost.graceRemainingMs, left);
        QCOMPARE(
            lost.message,
            u"the License Manager ended lease lease-1 (it no longer knows it) and refuses a new one now: "
            "license acme-2027 allows 1 instance of vdp (instance_limit); running on grace, shutting down "
            "in 4 d 23 h unless a seat frees up"_s);
        QVERIFY(!m_transport.hasPending());

        // Retries ask for a grant, on the retry schedule, and leave the deadline alone.
        const qint64 lostAt = m_scheduler.now();
        m_scheduler.advanceTo(m_scheduler.nextDue());
        QVERIFY(m_scheduler.now() - lostAt <= 1000); // the first retry: at most 1 s
        QCOMPARE(nextRequest(), u"POST /api/v1/leases"_s);
        m_transport.respond(403, refusal());
        QCOMPARE(m_client->state(), LicenseClient::State::Grace);
        QCOMPARE(*m_client->graceRemainingMs(), kGraceMs - (m_scheduler.now() - renewedAt));
        QCOMPARE(m_events.size(), 3); // licensed, renewed, lease_lost: a refused retry says nothing new

        m_scheduler.advanceTo(m_scheduler.nextDue());
        QCOMPARE(nextRequest(), u"POST /api/v1/leases"_s);
        m_transport.respond(201, granted(u"lease-2"_s)); // a seat freed up
        QCOMPARE(m_client->state(), LicenseClient::State::Licensed);
        QCOMPARE(m_client->leaseId(), u"lease-2"_s);
        QCOMPARE(lastKind(), ClientEvent::Kind::Recovered);
        QCOMPARE(m_events.last().reason, u"new_lease"_s);
        QVERIFY2(m_events.last().message.contains(u"lease-2"_s) &&
                     m_events.last().message.contains(u"lease-1"_s),
                 qPrintable(m_events.last().message));
        QCOMPARE(*m_client->graceRemainingMs(), kGraceMs);
    }

    void aLostLeaseExpiresAtTheLastSuccessPlusGrace() {
        const qint64 renewedAt = kRenewMs;
        loseTheLeaseAfterRenewingAt(renewedAt);
        if (QTest::currentTestFailed())
            return;
        QSignalSpy finished(m_client.get(), &LicenseClient::finished);
        const QStringList asked = refuseGrantsFor(renewedAt + kGraceMs - 1 - m_scheduler.now());
        QCOMPARE(m_client->state(), LicenseClient::State::Grace);
        QCOMPARE(*m_client->graceRemainingMs(), 1);
        QVERIFY(asked.size() > 100); // retried all along, capped at one a minute
        QCOMPARE(asked.count(u"POST /api/v1/leases"_s), asked.size());
        refuseGrantsFor(1);
        QCOMPARE(m_client->state(), LicenseClient::State::Expired);
        QCOMPARE(m_scheduler.now(), renewedAt + kGraceMs);
        QCOMPARE(m_client->exitStatus(), 5);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(lastKind(), ClientEvent::Kind::Shutdown);
        QCOMPARE(m_events.last().reason, u"grace_expired"_s);
        QVERIFY2(m_events.last().message.contains(u"granted a new lease after lease lease-1 was ended"_s),
                 qPrintable(m_events.last().message));
        QCOMPARE(m_scheduler.nextDue(), -1);
    }

    // Every License Manager is asked for a new lease before the round counts as failed.
    void aLostLeaseIsRefusedByEveryManager() {
        makeClient({QUrl(u"http://lm1:10091"_s), QUrl(u"http://lm2:10091"_s)});
        m_client->start();
        m_transport.respond(201, granted());
        m_scheduler.advance(kRenewMs);
        QCOMPARE(m_transport.next().url.host(), u"lm1"_s);
        m_transport.respond(404, QJsonObject{{u"error"_s, u"unknown_lease"_s}});
        QCOMPARE(m_transport.next().url.host(), u"lm1"_s);
        QCOMPARE(nextRequest(), u"POST /api/v1/leases"_s);
        m_transport.respond(403, refusal(u"lm1 is full"_s));
        QCOMPARE(m_client->state(), LicenseClient::State::Licensed); // the round is not over
        QCOMPARE(m_transport.next().url.host(), u"lm2"_s);
        QCOMPARE(nextRequest(), u"POST /api/v1/leases"_s);
        m_transport.respond(403, refusal(u"lm2 is full"_s));
        QCOMPARE(m_client->state(), LicenseClient::State::Grace);
        QCOMPARE(m_events.last().reason, u"lease_lost"_s);
        QVERIFY2(m_events.last().message.contains(u"lm2 is full (instance_limit)"_s),
                 qPrintable(m_events.last().message));
        QCOMPARE(*m_client->graceRemainingMs(), kGraceMs - kRenewMs);

        m_scheduler.advanceTo(m_scheduler.nextDue());
        QCOMPARE(m_transport.next().url.host(), u"lm1"_s);
        QCOMPARE(nextRequest(), u"POST /api/v1/leases"_s);
        m_transport.respond(403, refusal(u"lm1 is full"_s));
        m_transport.respond(201, granted(u"lease-2"_s)); // lm2 has room now
        QCOMPARE(lastKind(), ClientEvent::Kind::Recovered);
        m_scheduler.advance(kRenewMs);
        QCOMPARE(m_transport.next().url.host(), u"lm2"_s); // it answered last
        QCOMPARE(nextRequest(), u"POST /api/v1/leases/lease-2/renew"_s);
    }

    // Cut off, then back to a License Manager that meanwhile ended the lease.
    void aLeaseLostDuringAnOutageIsReported() {
        startLicensed();
        m_scheduler.advance(kRenewMs);
        m_transport.refuse();
        QCOMPARE(m_events.last().reason, u"renewal_failed"_s);
        m_scheduler.advanceTo(m_scheduler.nextDue());
        m_transport.respond(404, QJsonObject{{u"error"_s, u"unknown_lease"_s}});
        m_transport.refuse(); // and the grant finds no manager
        QCOMPARE(m_client->state(), LicenseClient::State::Grace);
        QCOMPARE(m_events.last().reason, u"lease_lost"_s);
        QVERIFY2(m_events.last().message.contains(
                     u"no License Manager at http://lm1:10091 granted a new one (Connection refused)"_s),
                 qPrintable(m_events.last().message));
        QCOMPARE(*m_client->graceRemainingMs(), kGraceMs - m_scheduler.now()); // from the grant at t = 0
        m_scheduler.advanceTo(m_scheduler.nextDue());
        QCOMPARE(nextRequest(), u"POST /api/v1/leases"_s);
    }

    // There is nothing to release: no DELETE of a lease the License Manager no longer has.
    void stopAfterALostLeaseReleasesNothing() {
        loseTheLeaseAfterRenewingAt(kRenewMs);
        if (QTest::currentTestFailed())
            return;
        m_client->stop();
        QVERIFY(!m_transport.hasPending());
        QCOMPARE(m_client->state(), LicenseClient::State::Stopped);
        QCOMPARE(m_client->exitStatus(), 0);
        QCOMPARE(m_scheduler.nextDue(), -1);
    }

    void aDenialWhileRunningIsAFailureNotAShutdown() {
        startLicensed();
        m_scheduler.advance(kRenewMs);
        m_transport.respond(403,
                            QJsonObject{{u"error"_s, u"license_expired"_s}, {u"message"_s, u"expired"_s}});
        QCOMPARE(m_client->state(), LicenseClient::State::Grace);
    }

    void shutsDownExactlyAtTheGraceDeadline() {
        startLicensed(); // the lease was asked for at t = 0
        QSignalSpy finished(m_client.get(), &LicenseClient::finished);
        failEverythingFor(kGraceMs - 1);
        QCOMPARE(m_client->state(), LicenseClient::State::Grace);
        QCOMPARE(*m_client->graceRemainingMs(), 1);
        failEverythingFor(1);
        QCOMPARE(m_client->state(), LicenseClient::State::Expired);
        QCOMPARE(m_client->exitStatus(), 5);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(lastKind(), ClientEvent::Kind::Shutdown);
        QCOMPARE(*m_events.last().graceRemainingMs, 0);
        QCOMPARE(m_scheduler.nextDue(), -1); // nothing left running
    }

    void graceRunsFromWhenTheRequestWasSent() {
        makeClient();
        m_client->start();
        m_scheduler.advance(7000); // a slow answer
        m_transport.respond(201, granted());
        QCOMPARE(*m_client->graceRemainingMs(), kGraceMs - 7000);
    }

    void serverWallClockJumpsChangeNothing_data() {
        QTest::addColumn<qint64>("jumpMs");
        QTest::newRow("+1 day") << 86400LL * 1000;
        QTest::newRow("-1 day") << -86400LL * 1000;
    }

    void serverWallClockJumpsChangeNothing() {
        QFETCH(qint64, jumpMs);
        startLicensed();
        m_scheduler.advance(kRenewMs);
        QJsonObject answer = granted();
        answer.insert(u"server_time_ms"_s, answer.value(u"server_time_ms"_s).toInteger() + kRenewMs + jumpMs);
        answer.insert(u"grace_deadline_ms"_s, answer.value(u"server_time_ms"_s).toInteger() + kGraceMs);
        m_transport.respond(200, answer);
        // The deadline follows our monotonic clock only: last success + grace.
        failEverythingFor(kGraceMs - 1);
        QCOMPARE(m_client->state(), LicenseClient::State::Grace);
        failEverythingFor(1);
        QCOMPARE(m_client->state(), LicenseClient::State::Expired);
    }

    void cleanStopReleasesTheLease() {
        startLicensed();
        QSignalSpy finished(m_client.get(), &LicenseClient::finished);
        m_client->stop();
        QCOMPARE(m_transport.next().method, QByteArray("DELETE"));
        QCOMPARE(m_transport.next().url.path(), u"/api/v1/leases/lease-1"_s);
        m_transport.respond(204);
        QCOMPARE(m_client->state(), LicenseClient::State::Stopped);
        QCOMPARE(m_client->exitStatus(), 0);
        QCOMPARE(lastKind(), ClientEvent::Kind::Released);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_scheduler.nextDue(), -1);
    }

    void stopDuringStartNeedsNoRelease() {
        makeClient();
        m_client->start();
        m_client->stop();
        QCOMPARE(m_client->state(), LicenseClient::State::Stopped);
        m_transport.respond(201, granted()); // the late answer is ignored
        QCOMPARE(m_client->state(), LicenseClient::State::Stopped);
        QVERIFY(m_events.isEmpty());
    }

    void anAnswerAfterTheClientIsGoneIsIgnored() {
        startLicensed();
        m_client->stop();
        m_client.reset(); // the component shuts down before the release is answered
        m_transport.respond(204);
        m_scheduler.advance(kGraceMs * 2);
        QVERIFY(!m_transport.hasPending());
    }

    void answerWithoutLeaseFieldsIsAFailure() {
        makeClient();
        m_client->start();
        m_transport.respond(201, QJsonObject{{u"lease_id"_s, u"x"_s}});
        QCOMPARE(m_client->state(), LicenseClient::State::Unreachable);
        QVERIFY(m_events.last().message.contains(u"renewal interval"_s));
    }

    void theManagerThatAnsweredIsTriedFirstNextTime() {
        makeClient({QUrl(u"http://lm1:10091"_s), QUrl(u"http://lm2:10091"_s)});
        m_client->start();
        m_transport.refuse();
        m_transport.respond(201, granted());
        m_scheduler.advance(kRenewMs);
        QCOMPARE(m_transport.next().url.host(), u"lm2"_s);
    }
};

QTEST_GUILESS_MAIN(TestLicenseClient)
#include "tst_licenseclient.moc"
