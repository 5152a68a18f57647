// The Clock view's plot: its scale, what it tells a screen reader, and that
// it paints whatever it is given.
#include "widgets/ClockPlot.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

class TestClockPlot : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theScaleShowsTheWarningBandAndEverySample() {
        ClockPlot plot;
        plot.setThresholds(250, 1000);
        QCOMPARE(plot.rangeMs(), 500.0); // 1.5 x warning, rounded to 1-2-5
        OffsetHistory history;
        history.add(u"lm1"_s, 1000, -93'000);
        plot.setHistory(history, 2000);
        QCOMPARE(plot.rangeMs(), 200'000.0);
    }

    void aScreenReaderHearsTheLatestOffsets() {
        ClockPlot plot;
        QCOMPARE(plot.accessibleDescription(), QString());
        OffsetHistory history;
        history.add(u"lm1"_s, 1000, 3.25);
        history.add(u"lm1"_s, 2000, 2.5);
        history.add(u"lm2"_s, 2000, -90'000);
        plot.setHistory(history, 2000);
        QCOMPARE(plot.accessibleDescription(), u"lm1: 2.5 ms now; lm2: -90000.0 ms now"_s);
    }

    void itPaintsEmptyAndFullHistories() {
        ClockPlot plot;
        plot.resize(400, 200);
        QVERIFY(!plot.grab().isNull());
        OffsetHistory history;
        for (int i = 0; i < 3600; ++i)
            history.add(u"lm%1"_s.arg(i % 7), i * 1000, std::sin(i / 100.0) * 400);
        plot.setHistory(history, 3600 * 1000);
        const QImage image = plot.grab().toImage();
        QVERIFY(!image.isNull());
        // Something was drawn beyond the background: the lines are coloured.
        bool coloured = false;
        for (int x = 0; x < image.width() && !coloured; x += 3)
            for (int y = 0; y < image.height() && !coloured; y += 3)
                coloured = image.pixelColor(x, y).saturation() > 100;
        QVERIFY(coloured);
    }
};

QTEST_MAIN(TestClockPlot)
#include "tst_clockplot.moc"
