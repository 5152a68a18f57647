// ProcessSignals on POSIX: real signals raised in this process arrive as Qt
// signals on the event loop, SIGHUP only when asked for, and the previous
// dispositions come back when it goes.
#include "util/ProcessSignals.h"

#include <QSignalSpy>
#include <QTest>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace lk;

namespace {

using Handler = void (*)(int);

Handler handlerOf(int number) {
    struct sigaction current = {};
    sigaction(number, nullptr, &current);
    return current.sa_handler;
}

} // namespace

class TestProcessSignals : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Each row is named after its signal: the name the signal is reported by.
    void terminationArrivesOnTheEventLoop_data() {
        QTest::addColumn<int>("number");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void terminationArrivesOnTheEventLoop() {
        QFETCH(int, number);
        const QString name = QString::fromLatin1(QTest::currentDataTag());
        ProcessSignals signals;
        QVERIFY(signals.isActive());
        QSignalSpy shutdown(&signals, &ProcessSignals::shutdownRequested);
        QSignalSpy reload(&signals, &ProcessSignals::reloadRequested);
        QCOMPARE(std::raise(number), 0);
        QTRY_COMPARE(shutdown.count(), 1);
        QCOMPARE(shutdown.first().first().toString(), name);
        QCOMPARE(reload.count(), 0);
    }

    void hangUpIsAReloadWhenAskedFor() {
        ProcessSignals signals(ProcessSignals::Reload::Deliver);
        QSignalSpy shutdown(&signals, &ProcessSignals::shutdownRequested);
        QSignalSpy reload(&signals, &ProcessSignals::reloadRequested);
        QCOMPARE(std::raise(SIGHUP), 0);
        QCOMPARE(std::raise(SIGHUP), 0);
        QTRY_COMPARE(reload.count(), 2);
        QCOMPARE(reload.first().first().toString(), u"SIGHUP"_s);
        QCOMPARE(shutdown.count(), 0);
    }

    void hangUpIsLeftAloneOtherwise() {
        const Handler before = handlerOf(SIGHUP);
        ProcessSignals signals;
        QVERIFY(handlerOf(SIGHUP) == before);
        QVERIFY(handlerOf(SIGTERM) != SIG_DFL);
    }

    void previousDispositionsComeBackAfterwards() {
        // As under nohup: SIGHUP ignored before, and again afterwards.
        std::signal(SIGHUP, SIG_IGN);
        std::signal(SIGTERM, SIG_DFL);
        {
            ProcessSignals signals(ProcessSignals::Reload::Deliver);
            QVERIFY(handlerOf(SIGHUP) != SIG_IGN && handlerOf(SIGTERM) != SIG_DFL);
        }
        QVERIFY(handlerOf(SIGHUP) == SIG_IGN);
        QVERIFY(handlerOf(SIGTERM) == SIG_DFL);
        std::signal(SIGHUP, SIG_DFL);
        // And a new instance works again (the socket pair was recreated).
        ProcessSignals again;
        QSignalSpy shutdown(&again, &ProcessSignals::shutdownRequested);
        QCOMPARE(std::raise(SIGTERM), 0);
        QTRY_COMPARE(shutdown.count(), 1);
    }

    void onlyOneAtATime() {
        ProcessSignals first;
        ProcessSignals second;
        QVERIFY(first.isActive());
        QVERIFY(!second.isActive());
    }
};

QTEST_GUILESS_MAIN(TestProcessSignals)
#include "tst_processsignals.moc"
