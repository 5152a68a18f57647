// How spans of time read in countdowns and uptimes.
#include "util/Duration.h"

#include <QTest>
#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace lk;

class TestDuration : public QObject {
    Q_OBJECT

    // A row of format_data(): `span` reads as `text`.
    static void addSpan(const char* name, std::chrono::milliseconds span, const QString& text) {
        QTest::newRow(name) << qint64(span.count()) << text;
    }

private Q_SLOTS:
    void format_data() {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        constexpr std::chrono::hours day{24};
        addSpan("zero", 0ms, u"0 s"_s);
        addSpan("under a second", 999ms, u"0 s"_s);
        addSpan("seconds", 42s, u"42 s"_s);
        addSpan("minutes and seconds", 2min + 5s, u"2 m 5 s"_s);
        addSpan("whole minutes", 5min, u"5 m"_s);
        addSpan("hours and minutes", 2h + 13min + 59s, u"2 h 13 m"_s);
        addSpan("whole hours", 3h, u"3 h"_s);
        addSpan("days and hours", 4 * day + 21h + 13min, u"4 d 21 h"_s);
        addSpan("whole days", 5 * day, u"5 d"_s);
        addSpan("negative", -90s, u"-1 m 30 s"_s);
    }

    void format() {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(Duration::format(ms), text);
    }
};

QTEST_APPLESS_MAIN(TestDuration)
#include "tst_duration.moc"
