// TimeSyncProbe runs real processes: small scripts that stand in for
// timedatectl, chronyc and w32tm.
#include "timesync/TimeSyncParser.h"
#include "timesync/TimeSyncProbe.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

class TestTimeSyncProbe : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // An executable shell script printing `output` and exiting with `exitCode`.
    QString script(const QString& name, const QString& body) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(QString(u"#!/bin/sh\n"_s + body + u"\n"_s).toUtf8()) < 0)
            qFatal("cannot write a script");
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    static TimeSync waitForVerdict(TimeSyncProbe& probe) {
        QSignalSpy updated(&probe, &TimeSyncProbe::updated);
        probe.refresh();
        if (updated.isEmpty() && !updated.wait(10000))
            qWarning("no verdict");
        return probe.current();
    }

private Q_SLOTS:
    void beforeTheFirstCheckItIsUnknown() {
        TimeSyncProbe probe({});
        QCOMPARE(probe.current().source, u"unknown"_s);
        QVERIFY(!probe.current().synchronized);
        QVERIFY(!probe.current().detail.isEmpty());
    }

    void theFirstProgramWithAVerdictWins() {
        TimeSyncProbe probe(
            {{script(u"timedatectl"_s, u"echo no"_s), {}, &TimeSyncParser::timedatectl},
             {script(u"chronyc"_s, u"echo 'Leap status     : Normal'"_s), {}, &TimeSyncParser::chrony}});
        const TimeSync sync = waitForVerdict(probe);
        QCOMPARE(sync.source, u"timedatectl"_s);
        QCOMPARE(sync.synchronized, std::optional<bool>(false));
    }

    void fallsBackWhenAProgramIsMissingOrHasNoVerdict() {
        TimeSyncProbe probe(
            {{m_dir.filePath(u"no-such-program"_s), {}, &TimeSyncParser::timedatectl},
             {script(u"timedatectl-nosystemd"_s,
                     u"echo 'System has not been booted with systemd as init system (PID 1).' >&2; exit 1"_s),
              {},
              &TimeSyncParser::timedatectl},
             {script(u"chronyc-ok"_s,
                     u"printf 'Reference ID    : 7F7F0101 ()\\nLeap status     : Normal\\n'"_s),
              {u"tracking"_s},
              &TimeSyncParser::chrony}});
        const TimeSync sync = waitForVerdict(probe);
        QCOMPARE(sync.source, u"chrony"_s);
        QCOMPARE(sync.synchronized, std::optional<bool>(true));
    }

    void nothingAnsweringIsUnknownAndSaysWhatWasTried() {
        TimeSyncProbe probe({{u"lk-no-such-timedatectl"_s, {}, &TimeSyncParser::timedatectl},
                             {script(u"chronyc-nodaemon"_s, u"echo '506 Cannot talk to daemon'; exit 1"_s),
                              {},
                              &TimeSyncParser::chrony}});
        const TimeSync sync = waitForVerdict(probe);
        QCOMPARE(sync.source, u"unknown"_s);
        QVERIFY(!sync.synchronized);
        QVERIFY2(sync.detail.contains(u"lk-no-such-timedatectl: not installed"_s), qPrintable(sync.detail));
        QVERIFY2(sync.detail.contains(u"506 Cannot talk to daemon"_s), qPrintable(sync.detail));
    }

    void aHungProgramIsKilledAndTheNextTried() {
        TimeSyncProbe probe({{script(u"hangs"_s, u"exec sleep 30"_s), {}, &TimeSyncParser::timedatectl},
                             {script(u"answers"_s, u"echo yes"_s), {}, &TimeSyncParser::timedatectl}});
        probe.setCommandTimeoutMs(300);
        const TimeSync sync = waitForVerdict(probe);
        QCOMPARE(sync.synchronized, std::optional<bool>(true));
    }

    void checksAgainPeriodically() {
        const QString state = m_dir.filePath(u"state"_s);
        TimeSyncProbe probe(
            {{script(u"flips"_s, u"if [ -e '%1' ]; then echo yes; else touch '%1'; echo no; fi"_s.arg(state)),
              {},
              &TimeSyncParser::timedatectl}});
        QSignalSpy updated(&probe, &TimeSyncProbe::updated);
        probe.start(100);
        QTRY_VERIFY_WITH_TIMEOUT(updated.size() >= 2, 5000);
        QCOMPARE(updated.at(0).at(0).value<TimeSync>().synchronized, std::optional<bool>(false));
        QCOMPARE(probe.current().synchronized, std::optional<bool>(true));
    }

    void thisHostGetsAnAnswerOfSomeKind() {
        // Whatever this machine has (timedatectl without systemd in a
        // container, chrony, nothing): a verdict or a reason, never silence.
        TimeSyncProbe probe;
        const TimeSync sync = waitForVerdict(probe);
        QVERIFY(!sync.detail.isEmpty());
        QVERIFY(sync.detail != u"not checked yet"_s);
        qInfo("this host: source %s, synchronized %s: %s", qPrintable(sync.source),
              sync.synchronized ? (*sync.synchronized ? "yes" : "no") : "unknown", qPrintable(sync.detail));
    }
};

QTEST_GUILESS_MAIN(TestTimeSyncProbe)
#include "tst_timesyncprobe.moc"
