// Whether a watched node was restarted, as the update assistant judges it.
#include "ha/RestartDetector.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

namespace {
NodeStatus up(const QString& version, qint64 uptimeS) {
    NodeStatus status;
    status.reachable = true;
    status.version = version;
    status.uptimeS = uptimeS;
    return status;
}
NodeStatus down() {
    return {};
}
} // namespace

class TestRestartDetector : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aNodeThatKeepsRunningWasNotRestarted() {
        RestartDetector detector;
        QVERIFY(detector.describe(u"The secondary"_s).contains(u"Watching"_s));
        detector.observe(up(u"1.0"_s, 10));
        detector.observe(up(u"1.0"_s, 11));
        QVERIFY(!detector.restarted());
        QVERIFY(detector.describe(u"The secondary"_s).contains(u"not been restarted"_s));
    }

    void goingDownAndComingBackIsARestart() {
        RestartDetector detector;
        detector.observe(up(u"1.0"_s, 10));
        detector.observe(down());
        QVERIFY(!detector.restarted());
        QVERIFY(detector.describe(u"The primary"_s).contains(u"The primary is down"_s));
        detector.observe(up(u"1.0"_s, 0));
        QVERIFY(detector.restarted());
        QVERIFY(detector.describe(u"The primary"_s).contains(u"still version 1.0"_s));
    }

    void aQuickRestartShowsInTheUptimeOrTheVersion() {
        RestartDetector byUptime;
        byUptime.observe(up(u"1.0"_s, 30));
        byUptime.observe(up(u"1.0"_s, 1));
        QVERIFY(byUptime.restarted());
        RestartDetector byVersion;
        byVersion.observe(up(u"1.0"_s, 30));
        byVersion.observe(up(u"1.1"_s, 31));
        QVERIFY(byVersion.restarted());
        QVERIFY2(byVersion.describe(u"X"_s).contains(u"version 1.1, was 1.0"_s),
                 qPrintable(byVersion.describe(u"X"_s)));
    }

    void aNodeAlreadyDownWhenTheWatchBeganCountsOnceItIsBack() {
        RestartDetector detector;
        detector.observe(down()); // stopped before the page opened
        QVERIFY(!detector.restarted());
        detector.observe(up(u"1.1"_s, 0));
        QVERIFY(detector.restarted());
        QVERIFY(detector.describe(u"X"_s).contains(u"still version 1.1"_s));
    }
};

QTEST_GUILESS_MAIN(TestRestartDetector)
#include "tst_restartdetector.moc"
