// What the Clock view concludes from measured offsets and sync status.
#include "console/ClockAssessment.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

class TestClockAssessment : public QObject {
    Q_OBJECT

    static ClockAssessment::NodeClock node(const QString& name, double offsetMs,
                                           std::optional<bool> synced = true,
                                           const QString& source = u"chrony"_s) {
        ClockMeasurement m;
        m.ok = true;
        m.node = name;
        m.offsetUs = qint64(offsetMs * 1000);
        m.delayUs = 300;
        TimeSync sync;
        sync.source = source;
        sync.synchronized = synced;
        return {name, m, std::nullopt, sync};
    }

private Q_SLOTS:
    void closeClocksAreGood() {
        const auto result = ClockAssessment::assess({node(u"lm1"_s, 1.5), node(u"lm2"_s, -2)}, {});
        QCOMPARE(result.level, ClockAssessment::Level::Good);
        QCOMPARE(result.largestDriftMs.value(), 3.5);
        QVERIFY(result.advice.isEmpty());
        QVERIFY2(result.nodes.first().summary.startsWith(u"+1.5 ms to this console, synchronised (chrony)"_s),
                 qPrintable(result.nodes.first().summary));
    }

    void driftBeyondTheThresholdsNamesTheLikelyCulpritAndItsFix() {
        const auto result = ClockAssessment::assess(
            {node(u"lm1"_s, 3), node(u"lm2"_s, -90'000, false, u"w32tm"_s)}, {250, 1000});
        QCOMPARE(result.level, ClockAssessment::Level::Critical);
        QCOMPARE(result.largestDriftMs.value(), 90'003.0);
        QVERIFY2(result.driftText.startsWith(u"lm1 is 90003.0 ms ahead of lm2"_s),
                 qPrintable(result.driftText));
        QVERIFY(result.advice.contains(u"Check lm2 first"_s));
        QVERIFY(result.advice.contains(u"Synchronize your clock"_s));
    }

    void anUnsynchronisedNodeWarnsEvenWhenCloseForNow() {
        const auto result = ClockAssessment::assess({node(u"lm1"_s, 2, false)}, {});
        QCOMPARE(result.level, ClockAssessment::Level::Warning);
        QVERIFY(!result.largestDriftMs);
    }

    void unmeasuredNodesSayWhyAndAreLeftOutOfTheDrift() {
        ClockAssessment::NodeClock down{u"lm2"_s, {}, std::nullopt, std::nullopt};
        down.measurement.error = u"Connection refused"_s;
        const auto result = ClockAssessment::assess({node(u"lm1"_s, 400), down}, {250, 1000});
        QCOMPARE(result.level, ClockAssessment::Level::Warning);
        QCOMPARE(result.nodes.last().summary, u"not measured: Connection refused"_s);
        QVERIFY(!result.largestDriftMs);
    }

    void linuxAndUnknownHostsGetTheirOwnInstructions() {
        TimeSync onLinux;
        onLinux.source = u"timedatectl"_s;
        QVERIFY(ClockAssessment::fixFor(onLinux).contains(u"timedatectl set-ntp true"_s));
        const QString unknown = ClockAssessment::fixFor(std::nullopt);
        QVERIFY(unknown.contains(u"NTP"_s) && unknown.contains(u"Synchronize your clock"_s));
    }
};

QTEST_APPLESS_MAIN(TestClockAssessment)
#include "tst_clockassessment.moc"
