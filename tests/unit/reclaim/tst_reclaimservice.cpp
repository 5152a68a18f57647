// The reclaim service of a real node (SQLite, HTTP over loopback) probing
// real sockets, its waits driven by an injected clock: a lease whose port
// refuses is reclaimed once the policy's time and refusals are reached, with
// the evidence in the lease list and the history; a port that still accepts
// and a host that does not answer are never reclaimed; a renewal restarts
// the count; excluded addresses and instance ids without a port are never
// probed; ten thousand overdue leases keep the probes to their bound.
#include "FreePort.h"
#include "GrantRequest.h"
#include "HttpTestClient.h"
#include "PromScrape.h"
#include "SilentListener.h"
#include "TestServer.h"
#include "store/SqliteStore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

namespace {

constexpr qint64 kOverdueAfterMs = (300 + 150) * 1000; // renew_after_s 300 and its slack

QJsonObject roomyTerms() {
    QJsonObject terms = exampleTerms();
    terms.insert(u"components"_s, componentsJson({{u"vdp"_s, {20000, 8, 200000}}}));
    return terms;
}

} // namespace

class TestReclaimService : public QObject {
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;

    void startServer(const QString& exclude = {}) {
        m_server = std::make_unique<TestServer>(roomyTerms());
        m_server->config.reclaim = ReclaimPolicy{120, 60, 3};
        m_server->config.probeTimeoutMs = 300;
        m_server->config.probeExclusions = ProbeExclusions::parse(exclude).value();
        QVERIFY(m_server->start());
        QVERIFY(m_server->server->reclaim());
        m_client = std::make_unique<HttpTestClient>(m_server->port());
        QVERIFY(m_client->waitUntilReady());
    }

    QString grant(const QString& instance, const QString& probe = {}) {
        QJsonObject request = grantRequest(u"vdp"_s, instance, 2);
        if (!probe.isEmpty())
            request.insert(u"probe"_s, probe);
        m_client->setToken({});
        const HttpResult answer = m_client->post(u"/api/v1/leases"_s, request);
        return answer.status == 201 ? answer.json.value(u"lease_id"_s).toString() : QString();
    }

    // One round; returns how many probes it started, once all have been kept.
    int round() {
        ReclaimService& reclaim = *m_server->server->reclaim();
        QSignalSpy started(&reclaim, &ReclaimService::roundStarted);
        QSignalSpy done(&reclaim, &ReclaimService::probeDone);
        reclaim.runRound();
        if (!started.wait(5000))
            return -1;
        const int queued = started.front().front().toInt();
        (void)QTest::qWaitFor([&] { return done.size() >= queued; }, 10000); // compared by the caller
        return done.size() == queued ? queued : -2;
    }

    // The lease list's evidence of each live lease, by lease id: its verdict.
    QMap<QString, QString> verdicts() {
        m_client->setToken(TestServer::kAdminToken.toByteArray());
        QMap<QString, QString> out;
        for (const QJsonValue& lease : m_client->get(u"/api/v1/leases"_s).json.value(u"leases"_s).toArray()) {
            const QJsonObject evidence = lease.toObject().value(u"evidence"_s).toObject();
            out.insert(lease.toObject().value(u"lease_id"_s).toString(),
                       evidence.value(u"verdict"_s).toString(u"none"_s));
        }
        return out;
    }

    // The summaries of the dead_components alerts raised so far.
    QStringList deadComponentAlerts() {
        AlertMonitor& monitor = m_server->server->alerts()->monitor();
        QSignalSpy evaluated(&monitor, &AlertMonitor::evaluated);
        monitor.evaluateNow();
        if (!evaluated.wait(5000))
            return {u"not evaluated"_s};
        m_client->setToken(TestServer::kAdminToken.toByteArray());
        QStringList summaries;
        for (const QJsonValue& alert : m_client->get(u"/api/v1/alerts"_s).json.value(u"alerts"_s).toArray()) {
            if (alert.toObject().value(u"rule"_s).toString() == u"dead_components"_s)
                summaries << alert.toObject().value(u"summary"_s).toString();
        }
        return summaries;
    }

    // leasekeeper_leases_dead and leasekeeper_cores_dead of vdp, as scraped.
    std::pair<double, double> deadMetrics() {
        m_client->setToken(TestServer::kAdminToken.toByteArray());
        const PromScrape scrape = PromScrape::get(*m_client);
        const QList<std::pair<QByteArray, QString>> vdp{{"component", u"vdp"_s}};
        return {scrape.value("leasekeeper_leases_dead", vdp).value_or(-1),
                scrape.value("leasekeeper_cores_dead", vdp).value_or(-1)};
    }

    void advance(qint64 ms) { m_server->clock.advanceMs(ms); }

private Q_SLOTS:
    void cleanup() {
        m_client.reset();
        m_server.reset();
    }

    void onlyAGoneProcessIsReclaimed() {
        startServer(u"127.0.0.2"_s);
        QTcpServer cutOff; // alive, and cut off from the License Manager
        QVERIFY(cutOff.listen(QHostAddress::LocalHost, 0));
        const SilentListener silent;
        QVERIFY(silent.port());
        const QString dead = grant(u"127.0.0.1:%1"_s.arg(freePort()));
        const QString alive = grant(u"127.0.0.1:%1"_s.arg(cutOff.serverPort()));
        const QString mute = grant(u"vdp-mute"_s, u"127.0.0.1:%1"_s.arg(silent.port()));
        const QString portless = grant(u"vdp-without-port"_s);
        const QString excluded = grant(u"127.0.0.2:%1"_s.arg(freePort()));
        QVERIFY(!dead.isEmpty() && !alive.isEmpty() && !mute.isEmpty() && !portless.isEmpty() &&
                !excluded.isEmpty());

        QCOMPARE(round(), 0); // nothing overdue yet
        advance(kOverdueAfterMs + 1000);
        QCOMPARE(round(), 3);
        QMap<QString, QString> seen = verdicts();
        QCOMPARE(seen.value(dead), u"process_gone"_s);
        QCOMPARE(seen.value(alive), u"probably_alive"_s);
        QCOMPARE(seen.value(mute), u"cannot_tell"_s);
        QCOMPARE(seen.value(portless), u"none"_s);
        QCOMPARE(seen.value(excluded), u"none"_s);
        QCOMPARE(round(), 0); // one probe per interval
        QCOMPARE(deadComponentAlerts(),
                 QStringList{u"vdp: seats held by components that look dead: 1 (2 cores)"_s});
        QCOMPARE(deadMetrics(), (std::pair<double, double>{1, 2}));

        advance(60 * 1000);
        QCOMPARE(round(), 3);
        QCOMPARE(verdicts().size(), 5); // two refusals: not yet
        advance(60 * 1000);
        QCOMPARE(round(), 3); // the third refusal, 121 s overdue: reclaimed
        seen = verdicts();
        QVERIFY(!seen.contains(dead));
        QCOMPARE(seen.size(), 4);
        QCOMPARE(deadMetrics(), (std::pair<double, double>{0, 0}));

        m_client->setToken(TestServer::kAdminToken.toByteArray());
        const QJsonArray history =
            m_client->get(u"/api/v1/history?reason=reclaimed_dead"_s).json.value(u"history"_s).toArray();
        QCOMPARE(history.size(), 1);
        const QJsonObject entry = history.first().toObject();
        QCOMPARE(entry.value(u"lease_id"_s).toString(), dead);
        QVERIFY2(
            entry.value(u"note"_s).toString().startsWith(u"process gone: connection refused (3 in a row"_s),
            qPrintable(entry.value(u"note"_s).toString()));

        // However long the others stay overdue, open or silent never reclaims.
        for (int i = 0; i < 5; ++i) {
            advance(60 * 1000);
            QCOMPARE(round(), 2);
        }
        QCOMPARE(verdicts().size(), 4);
    }

    void aRenewalStartsTheCountAgain() {
        startServer();
        const QString flaky = grant(u"127.0.0.1:%1"_s.arg(freePort()));
        advance(kOverdueAfterMs + 1000);
        QCOMPARE(round(), 1);
        advance(60 * 1000);
        QCOMPARE(round(), 1);
        QCOMPARE(verdicts().value(flaky), u"process_gone"_s);
        m_client->setToken({});
        QCOMPARE(m_client->post(u"/api/v1/leases/%1/renew"_s.arg(flaky), QByteArray()).status, 200);
        QCOMPARE(verdicts().value(flaky), u"none"_s); // the evidence was from before the renewal
        QCOMPARE(round(), 0);                         // and it is not overdue now

        // Overdue again: it takes three fresh refusals and the full wait.
        advance(kOverdueAfterMs + 1000);
        QCOMPARE(round(), 1);
        advance(60 * 1000);
        QCOMPARE(round(), 1);
        QVERIFY(verdicts().contains(flaky));
        advance(60 * 1000);
        QCOMPARE(round(), 1);
        QVERIFY(!verdicts().contains(flaky));
    }

    void tenThousandOverdueLeasesKeepTheProbesToTheirBound() {
        constexpr int kLeases = 10000;
        const quint16 closed = freePort();
        m_server = std::make_unique<TestServer>(roomyTerms());
        {
            // Written before the node starts, as a restart after an outage would find them.
            SqliteStore store(m_server->config.sqlitePath, m_server->clock);
            QVERIFY(store.open());
            const qint64 now = m_server->clock.nowMs();
            auto batch = store.runBatch({[&](StoreTransaction& tx) {
                for (int i = 0; i < kLeases; ++i) {
                    Lease lease{u"lease-%1"_s.arg(i),
                                LeaseRequest{u"vdp"_s,
                                             u"vdp-%1"_s.arg(i),
                                             u"h"_s,
                                             {},
                                             1,
                                             u"1"_s,
                                             u"127.0.0.1:%1"_s.arg(closed)},
                                u"node-a"_s,
                                now - kOverdueAfterMs - 1000,
                                now - kOverdueAfterMs - 1000,
                                now + 86400 * 1000};
                    if (Status inserted = tx.insertLease(lease); !inserted)
                        return inserted;
                }
                return Status();
            }});
            QVERIFY(batch && batch->front());
        }
        m_server->config.reclaim = ReclaimPolicy{120, 60, 3};
        QVERIFY(m_server->start());
        ReclaimService& reclaim = *m_server->server->reclaim();
        QCOMPARE(round(), kLeases);
        QCOMPARE(reclaim.pool().peakInFlight(), ProbeSettings::kDefaultConcurrency);

        qsizetype withEvidence = 0;
        SqliteStore reader(m_server->config.sqlitePath, m_server->clock);
        QVERIFY(reader.open());
        for (const Lease& lease : reader.allActiveLeases().value())
            withEvidence += lease.probes.size() == 1 ? 1 : 0;
        QCOMPARE(withEvidence, kLeases);
    }
};

QTEST_GUILESS_MAIN(TestReclaimService)
#include "tst_reclaimservice.moc"
