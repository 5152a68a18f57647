// Peak concurrent usage from the history, against hand-computed figures.
#include "console/UsageStats.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

class TestUsageStats : public QObject {
    Q_OBJECT

    static HistoryEntry lease(const QString& type, int cores, qint64 start, std::optional<qint64> end) {
        HistoryEntry entry;
        entry.holder.component = type;
        entry.holder.cores = cores;
        entry.startMs = start;
        entry.endMs = end;
        return entry;
    }

private Q_SLOTS:
    void overlappingLeasesAddUp() {
        const QList<HistoryEntry> history{lease(u"vdp"_s, 8, 0, 100), lease(u"vdp"_s, 4, 50, 200),
                                          lease(u"vdp"_s, 16, 150, std::nullopt),
                                          lease(u"scheduler"_s, 2, 10, 20)};
        const auto peaks = UsageStats::peakConcurrent(history, 0, 1000);
        QCOMPARE(peaks.value(u"vdp"_s).cores, 20); // 4 + 16 between 150 and 200
        QCOMPARE(peaks.value(u"vdp"_s).atMs, 150);
        QCOMPARE(peaks.value(u"vdp"_s).instances, 2);
        QCOMPARE(peaks.value(u"scheduler"_s).cores, 2);
    }

    void aRestartAtTheSameMillisecondDoesNotCountTwice() {
        const QList<HistoryEntry> history{lease(u"vdp"_s, 8, 0, 100), lease(u"vdp"_s, 8, 100, std::nullopt)};
        QCOMPARE(UsageStats::peakConcurrent(history, 0, 1000).value(u"vdp"_s).cores, 8);
    }

    void thePeriodClipsLeases() {
        const QList<HistoryEntry> history{lease(u"vdp"_s, 8, 0, 100), lease(u"vdp"_s, 4, 200, 300)};
        const auto peaks = UsageStats::peakConcurrent(history, 150, 1000);
        QCOMPARE(peaks.value(u"vdp"_s).cores, 4);
        QCOMPARE(peaks.value(u"vdp"_s).atMs, 200);
    }

    void denialsAreIgnored() {
        HistoryEntry denial = lease(u"vdp"_s, 99, 10, 10);
        denial.kind = HistoryEntry::Kind::Denial;
        QVERIFY(UsageStats::peakConcurrent({denial}, 0, 100).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestUsageStats)
#include "tst_usagestats.moc"
