// The last hour of clock offsets kept for the console's plot.
#include "console/OffsetHistory.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

class TestOffsetHistory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void samplesStaySortedEvenWhenAnswersCrossOver() {
        OffsetHistory history;
        history.add(u"lm1"_s, 3000, 3.0);
        history.add(u"lm1"_s, 1000, 1.0);
        history.add(u"lm1"_s, 2000, 2.0);
        const auto samples = history.samples(u"lm1"_s);
        QCOMPARE(samples.size(), 3);
        QCOMPARE(samples.at(0).atMs, 1000);
        QCOMPARE(samples.at(2).offsetMs, 3.0);
    }

    void onlyTheWindowIsKeptAndEmptySeriesGo() {
        OffsetHistory history(60'000);
        history.add(u"lm1"_s, 0, 5);
        history.add(u"lm1"_s, 50'000, -7);
        history.add(u"lm2"_s, 10'000, 1);
        history.prune(100'000);
        QCOMPARE(history.seriesNames(), QStringList{u"lm1"_s});
        QCOMPARE(history.samples(u"lm1"_s).size(), 1);
        QCOMPARE(history.largestMagnitude(), 7.0);
        history.prune(200'000);
        QVERIFY(history.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestOffsetHistory)
#include "tst_offsethistory.moc"
