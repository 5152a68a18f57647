// How spans of time read in countdowns and uptimes.
#include "util/Duration.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

class TestDuration : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void format_data() {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        const qint64 s = 1000, m = 60 * s, h = 60 * m, d = 24 * h;
        QTest::newRow("zero") << 0LL << u"0 s"_s;
        QTest::newRow("under a second") << 999LL << u"0 s"_s;
        QTest::newRow("seconds") << 42 * s << u"42 s"_s;
        QTest::newRow("minutes and seconds") << 2 * m + 5 * s << u"2 m 5 s"_s;
        QTest::newRow("whole minutes") << 5 * m << u"5 m"_s;
        QTest::newRow("hours and minutes") << 2 * h + 13 * m + 59 * s << u"2 h 13 m"_s;
        QTest::newRow("whole hours") << 3 * h << u"3 h"_s;
        QTest::newRow("days and hours") << 4 * d + 21 * h + 13 * m << u"4 d 21 h"_s;
        QTest::newRow("whole days") << 5 * d << u"5 d"_s;
        QTest::newRow("negative") << -(90 * s) << u"-1 m 30 s"_s;
    }

    void format() {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(Duration::format(ms), text);
    }
};

QTEST_APPLESS_MAIN(TestDuration)
#include "tst_duration.moc"
