// Probes run with a bound on how many are in flight, over real sockets on
// 127.0.0.1: ten thousand at once (a site cut off from the License Manager)
// never become more than the bound's open sockets, and every one is answered.
#include "FreePort.h"
#include "ManualClock.h"
#include "reclaim/ProbePool.h"

#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestProbePool : public QObject {
    Q_OBJECT

    ManualClock m_clock;

private Q_SLOTS:
    void tenThousandProbesKeepToTheBound() {
        constexpr int kProbes = 10000;
        constexpr int kBound = 32;
        ProbePool pool(m_clock, kBound, 2000);
        const quint16 closed = freePort();
        int refused = 0;
        int answered = 0;
        int mostSeenInFlight = 0;
        for (int i = 0; i < kProbes; ++i) {
            pool.submit({u"127.0.0.1"_s, closed}, [&](const ProbeResult& result) {
                ++answered;
                refused += result.outcome == ProbeOutcome::Refused ? 1 : 0;
                mostSeenInFlight = qMax(mostSeenInFlight, pool.inFlight());
            });
        }
        QCOMPARE(pool.inFlight(), kBound);
        QCOMPARE(pool.queued(), kProbes - kBound);
        QTRY_COMPARE_WITH_TIMEOUT(answered, kProbes, 60000);
        QCOMPARE(refused, kProbes);
        QCOMPARE(pool.peakInFlight(), kBound);
        QVERIFY(mostSeenInFlight <= kBound);
        QCOMPARE(pool.inFlight(), 0);
    }

    void outcomesReachTheirOwnCallers() {
        ProbePool pool(m_clock, 2, 2000);
        QTcpServer listening;
        QVERIFY(listening.listen(QHostAddress::LocalHost, 0));
        std::optional<ProbeOutcome> open, closed;
        pool.submit({u"127.0.0.1"_s, freePort()}, [&](const ProbeResult& r) { closed = r.outcome; });
        pool.submit({u"127.0.0.1"_s, listening.serverPort()},
                    [&](const ProbeResult& r) { open = r.outcome; });
        QTRY_VERIFY_WITH_TIMEOUT(open && closed, 5000);
        QCOMPARE(*open, ProbeOutcome::Open);
        QCOMPARE(*closed, ProbeOutcome::Refused);
    }
};

QTEST_GUILESS_MAIN(TestProbePool)
#include "tst_probepool.moc"
