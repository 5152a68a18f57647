// Reading timedatectl, chronyc and w32tm output, from samples of each.
#include "timesync/TimeSyncParser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

namespace {

const QString kChronySynced = uR"(Reference ID    : A29FC801 (time.cloudflare.com)
Stratum         : 4
Ref time (UTC)  : Thu Nov 26 10:55:37 2026
System time     : 0.000153462 seconds fast of NTP time
Last offset     : +0.000065218 seconds
RMS offset      : 0.000112045 seconds
Frequency       : 10.212 ppm slow
Residual freq   : +0.001 ppm
Skew            : 0.050 ppm
Root delay      : 0.023140362 seconds
Root dispersion : 0.000820118 seconds
Update interval : 1030.4 seconds
Leap status     : Normal
)"_s;

const QString kChronyNotSynced = uR"(Reference ID    : 00000000 ()
Stratum         : 0
Ref time (UTC)  : Thu Jan 01 00:00:00 1970
System time     : 0.000000000 seconds fast of NTP time
Last offset     : +0.000000000 seconds
RMS offset      : 0.000000000 seconds
Frequency       : 0.000 ppm slow
Residual freq   : +0.000 ppm
Skew            : 0.000 ppm
Root delay      : 1.000000000 seconds
Root dispersion : 1.000000000 seconds
Update interval : 0.0 seconds
Leap status     : Not synchronised
)"_s;

// Windows writes CRLF.
const QString kW32tmSynced = u"Leap Indicator: 0(no warning)\r\n"
                             u"Stratum: 3 (secondary reference - syncd by (S)NTP)\r\n"
                             u"Precision: -23 (119.209ns per tick)\r\n"
                             u"Root Delay: 0.0404613s\r\n"
                             u"Root Dispersion: 7.8459288s\r\n"
                             u"ReferenceId: 0x28779406 (source IP:  40.119.148.38)\r\n"
                             u"Last Successful Sync Time: 11/26/2026 10:02:14 AM\r\n"
                             u"Source: time.windows.com,0x9\r\n"
                             u"Poll Interval: 10 (1024s)\r\n"_s;

const QString kW32tmLocalClock = u"Leap Indicator: 3(not synchronized)\r\n"
                                 u"Stratum: 0 (unspecified)\r\n"
                                 u"Precision: -23 (119.209ns per tick)\r\n"
                                 u"Root Delay: 0.0000000s\r\n"
                                 u"Root Dispersion: 0.0000000s\r\n"
                                 u"ReferenceId: 0x00000000 (unspecified)\r\n"
                                 u"Last Successful Sync Time: unspecified\r\n"
                                 u"Source: Local CMOS Clock\r\n"
                                 u"Poll Interval: 10 (1024s)\r\n"_s;

const QString kW32tmFreeRunning = u"Leap Indicator: 0(no warning)\r\n"
                                  u"Stratum: 1 (primary reference - syncd by radio clock)\r\n"
                                  u"Last Successful Sync Time: 11/26/2026 9:00:00 AM\r\n"
                                  u"Source: Free-running System Clock\r\n"_s;

} // namespace

class TestTimeSyncParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void timedatectlYes() {
        const auto sync = TimeSyncParser::timedatectl(0, u"yes\n"_s);
        QVERIFY(sync);
        QCOMPARE(sync->source, u"timedatectl"_s);
        QCOMPARE(sync->synchronized, std::optional<bool>(true));
        QVERIFY(sync->detail.contains(u"synchronized"_s));
    }

    void timedatectlNoSaysHowToFixIt() {
        const auto sync = TimeSyncParser::timedatectl(0, u"no\n"_s);
        QVERIFY(sync);
        QCOMPARE(sync->synchronized, std::optional<bool>(false));
        QVERIFY2(sync->detail.contains(u"timedatectl set-ntp true"_s), qPrintable(sync->detail));
    }

    void timedatectlWithoutSystemdGivesNoVerdict() {
        QVERIFY(!TimeSyncParser::timedatectl(1, {}));
        QVERIFY(!TimeSyncParser::timedatectl(0, u"\n"_s));
        QVERIFY(!TimeSyncParser::timedatectl(0, u"maybe"_s));
        QVERIFY(!TimeSyncParser::timedatectl(1, u"yes"_s)); // a failing program's output is not trusted
    }

    void readsAVerdictAndItsDetail_data() {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("output");
        QTest::addColumn<bool>("synchronized");
        QTest::addColumn<QStringList>("detail");
        QTest::newRow("chrony normal")
            << u"chrony"_s << kChronySynced << true
            << QStringList{u"A29FC801 (time.cloudflare.com)"_s, u"0.000153462 seconds fast of NTP time"_s};
        QTest::newRow("chrony not synchronised") << u"chrony"_s << kChronyNotSynced << false
                                                 << QStringList{u"Not synchronised"_s, u"chronyc sources"_s};
        QTest::newRow("w32tm synced with a server")
            << u"w32tm"_s << kW32tmSynced << true
            << QStringList{u"time.windows.com,0x9"_s, u"11/26/2026 10:02:14 AM"_s};
        QTest::newRow("w32tm on the local clock")
            << u"w32tm"_s << kW32tmLocalClock << false
            << QStringList{u"Synchronize your clock"_s, u"Local CMOS Clock"_s};
    }
    void readsAVerdictAndItsDetail() {
        QFETCH(QString, source);
        QFETCH(QString, output);
        QFETCH(bool, synchronized);
        QFETCH(QStringList, detail);
        const auto sync =
            source == u"chrony"_s ? TimeSyncParser::chrony(0, output) : TimeSyncParser::w32tm(0, output);
        QVERIFY(sync);
        QCOMPARE(sync->source, source);
        QCOMPARE(sync->synchronized, std::optional<bool>(synchronized));
        for (const QString& part : detail)
            QVERIFY2(sync->detail.contains(part), qPrintable(sync->detail));
        QVERIFY(!sync->detail.contains(u'\r'));
    }

    void chronyAnnouncingALeapSecondIsStillSynchronized() {
        QString output = kChronySynced;
        output.replace(u"Leap status     : Normal"_s, u"Leap status     : Insert second"_s);
        QCOMPARE(TimeSyncParser::chrony(0, output)->synchronized, std::optional<bool>(true));
    }

    void chronyWithoutItsDaemonGivesNoVerdict() {
        QVERIFY(!TimeSyncParser::chrony(1, u"506 Cannot talk to daemon\n"_s));
        QVERIFY(!TimeSyncParser::chrony(0, {}));
    }

    void w32tmFreeRunningIsNotSynchronized() {
        QCOMPARE(TimeSyncParser::w32tm(0, kW32tmFreeRunning)->synchronized, std::optional<bool>(false));
    }

    void w32tmServiceStoppedGivesNoVerdict() {
        QVERIFY(!TimeSyncParser::w32tm(
            -2147023838,
            u"The following error occurred: The service has not been started. (0x80070426)\r\n"_s));
        // Another display language: nothing this version can read.
        QVERIFY(!TimeSyncParser::w32tm(0, u"Indicateur de saut : 0(aucun avertissement)\r\nSource : "
                                          u"time.windows.com\r\n"_s));
    }

    void fieldReadsKeyValueLines() {
        QCOMPARE(TimeSyncParser::field(kChronySynced, u"Stratum"_s), u"4"_s);
        QCOMPARE(TimeSyncParser::field(kW32tmSynced, u"Source"_s), u"time.windows.com,0x9"_s);
        QCOMPARE(TimeSyncParser::field(kW32tmSynced, u"Missing"_s), QString());
    }
};

QTEST_GUILESS_MAIN(TestTimeSyncParser)
#include "tst_timesyncparser.moc"
