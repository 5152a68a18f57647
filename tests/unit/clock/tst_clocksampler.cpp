// Choosing the sample to trust: the least-delayed valid one.
#include "drift/ClockSampler.h"

#include <QTest>

using namespace lk;

namespace {

// A node `offset` us ahead, `out` us to reach it, `back` us to come back.
TimeSample exchange(qint64 t0, qint64 offset, qint64 out, qint64 back, qint64 processing = 50) {
    const qint64 t1 = t0 + out + offset;
    const qint64 t2 = t1 + processing;
    return TimeSample{t0, t1, t2, t2 - offset + back};
}

} // namespace

class TestClockSampler : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keepsTheLeastDelayedSampleAndIgnoresOutliers() {
        const qint64 offset = 3'000'000;
        const QList<TimeSample> samples{
            exchange(0, offset, 40'000, 200),      // a new connection's handshake: badly skewed
            exchange(100'000, offset, 300, 250),   //
            exchange(200'000, offset, 150, 160),   // the best one
            exchange(300'000, offset, 250, 9'000), // a scheduler hiccup on the way back
            exchange(400'000, offset, 400, 380),
        };
        const auto best = ClockSampler::best(samples);
        QVERIFY(best);
        QCOMPARE(best->delayUs(), 310);
        QCOMPARE(best->t0Us, 200'000);
        QCOMPARE(best->offsetUs(), offset - 5); // (150 - 160) / 2
        // The outliers alone would have been far off.
        QVERIFY(qAbs(samples[0].offsetUs() - offset) > 19'000);
        QVERIFY(qAbs(samples[3].offsetUs() - offset) > 4'000);
    }

    void skipsInvalidSamplesEvenWhenTheirDelayLooksSmallest() {
        const QList<TimeSample> samples{
            TimeSample{0, 10, 5'000, 1'000}, // negative delay: the node's clock jumped
            exchange(10'000, -90'000'000, 500, 500),
        };
        const auto best = ClockSampler::best(samples);
        QVERIFY(best);
        QCOMPARE(best->t0Us, 10'000);
        QCOMPARE(best->offsetUs(), -90'000'000);
    }

    void tiesGoToTheEarlierSample() {
        const auto best = ClockSampler::best({exchange(0, 7, 100, 100), exchange(1'000, 9, 100, 100)});
        QVERIFY(best);
        QCOMPARE(best->t0Us, 0);
    }

    void nothingValidMeansNoSample() {
        QVERIFY(!ClockSampler::best({}));
        QVERIFY(!ClockSampler::best({TimeSample{5, 0, 0, 1}}));
    }
};

QTEST_GUILESS_MAIN(TestClockSampler)
#include "tst_clocksampler.moc"
