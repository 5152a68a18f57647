// NTP-style offset and delay from four hand-made timestamps.
#include "drift/TimeSample.h"

#include <QTest>

using namespace lk;

class TestTimeSample : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void symmetricPathGivesTheExactOffset() {
        // The node is 5 000 us ahead; 300 us each way; the node takes 100 us.
        const TimeSample sample{1'000'000, 1'005'300, 1'005'400, 1'000'700};
        QCOMPARE(sample.offsetUs(), 5'000);
        QCOMPARE(sample.delayUs(), 600);
        QVERIFY(sample.isValid());
    }

    void nodeBehindGivesANegativeOffset() {
        // The node is 90 s behind; 1 ms each way; no processing time.
        const qint64 t0 = 1'795'692'733'000'000;
        const TimeSample sample{t0, t0 - 90'000'000 + 1'000, t0 - 90'000'000 + 1'000, t0 + 2'000};
        QCOMPARE(sample.offsetUs(), -90'000'000);
        QCOMPARE(sample.delayUs(), 2'000);
    }

    void asymmetricPathErrsByHalfTheDifference() {
        // Truly 2 000 us ahead, but 900 us out and 100 us back: the estimate
        // is off by (900 - 100) / 2 = 400 us, never more than half the delay.
        const TimeSample sample{0, 2'900, 2'950, 1'050};
        QCOMPARE(sample.delayUs(), 1'000);
        QCOMPARE(sample.offsetUs(), 2'400);
        QVERIFY(qAbs(sample.offsetUs() - 2'000) <= sample.delayUs() / 2);
    }

    void processingTimeDoesNotCountAsDelay() {
        // 20 ms inside the node, 1 ms on the wire.
        const TimeSample sample{0, 500, 20'500, 21'000};
        QCOMPARE(sample.delayUs(), 1'000);
        QCOMPARE(sample.offsetUs(), 0);
    }

    void samplesWhoseClocksRanBackwardsAreInvalid() {
        QVERIFY(!(TimeSample{1'000, 0, 0, 900}.isValid()));       // received before sending
        QVERIFY(!(TimeSample{0, 5'000, 4'000, 2'000}.isValid())); // answered before receiving
        QVERIFY(!(TimeSample{0, 0, 3'000, 1'000}.isValid()));     // node busier than the round trip
        QVERIFY((TimeSample{0, 0, 0, 0}.isValid()));              // loopback faster than the clock
    }
};

QTEST_GUILESS_MAIN(TestTimeSample)
#include "tst_timesample.moc"
