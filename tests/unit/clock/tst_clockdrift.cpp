// Drift between nodes from their offsets to one measuring host.
#include "drift/ClockDrift.h"

#include <QTest>

using namespace lk;

namespace {

ClockMeasurement node(const char* name, qint64 offsetUs, bool ok = true) {
    ClockMeasurement m;
    m.node = QString::fromLatin1(name);
    m.ok = ok;
    m.offsetUs = ok ? offsetUs : 0;
    return m;
}

} // namespace

class TestClockDrift : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void largestPairIsFurthestAheadMinusFurthestBehind() {
        const QList<ClockMeasurement> nodes{node("a", 3'000'000), node("b", -90'000'000), node("c", 120)};
        const auto pair = ClockDrift::largest(nodes);
        QVERIFY(pair);
        QCOMPARE(pair->a, 1);
        QCOMPARE(pair->b, 0);
        QCOMPARE(pair->driftUs, 93'000'000);
        QCOMPARE(ClockDrift::betweenUs(nodes[0], nodes[1]), -93'000'000); // b minus a
    }

    void failedMeasurementsAreLeftOut() {
        const QList<ClockMeasurement> nodes{node("a", 10), node("down", 0, false), node("c", 25)};
        const auto pair = ClockDrift::largest(nodes);
        QVERIFY(pair);
        QCOMPARE(pair->a, 0);
        QCOMPARE(pair->b, 2);
        QCOMPARE(pair->driftUs, 15);
    }

    void equalClocksStillMakeAPair() {
        const auto pair = ClockDrift::largest({node("a", 42), node("b", 42)});
        QVERIFY(pair);
        QVERIFY(pair->a != pair->b);
        QCOMPARE(pair->driftUs, 0);
    }

    void fewerThanTwoMeasuredNodesHaveNoPair() {
        QVERIFY(!ClockDrift::largest({}));
        QVERIFY(!ClockDrift::largest({node("a", 5)}));
        QVERIFY(!ClockDrift::largest({node("a", 5), node("b", 0, false)}));
    }
};

QTEST_GUILESS_MAIN(TestClockDrift)
#include "tst_clockdrift.moc"
