// Probing a component where it runs, over real sockets on 127.0.0.1: a
// closed port is "refused" (the process is gone), a listening one "open", a
// listener whose queue is full and that never accepts "timeout" (what a host
// that is switched off looks like), a name that does not resolve
// "unreachable".
#include "FreePort.h"
#include "ManualClock.h"
#include "reclaim/TcpProbe.h"

#include <QTcpServer>
#include <QTest>

#ifdef Q_OS_LINUX
#include "SilentListener.h"
#endif

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestTcpProbe : public QObject {
    Q_OBJECT

    ManualClock m_clock;

    std::optional<ProbeResult> probe(const ProbeTarget& target, int timeoutMs = 2000) {
        TcpProbe probe(m_clock);
        std::optional<ProbeResult> result;
        probe.probe(target, timeoutMs, [&result](const ProbeResult& r) { result = r; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs + 3000); // checked below
        return result;
    }

private Q_SLOTS:
    void aClosedPortIsRefused() {
        const auto result = probe({u"127.0.0.1"_s, freePort()});
        QVERIFY(result);
        QCOMPARE(result->outcome, ProbeOutcome::Refused);
        QCOMPARE(result->atMs, m_clock.nowMs());
    }

    void aListeningPortIsOpen() {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const auto result = probe({u"127.0.0.1"_s, server.serverPort()});
        QVERIFY(result);
        QCOMPARE(result->outcome, ProbeOutcome::Open);
    }

    void aNameThatDoesNotResolveIsUnreachable() {
        const auto result = probe({u"no-such-host.invalid"_s, 9999}, 5000);
        QVERIFY(result);
        QCOMPARE(result->outcome, ProbeOutcome::Unreachable);
        QVERIFY(!result->detail.isEmpty());
    }

#ifdef Q_OS_LINUX
    void aHostThatDoesNotAnswerTimesOut() {
        const SilentListener silent;
        QVERIFY(silent.port());
        const auto result = probe({u"127.0.0.1"_s, silent.port()}, 400);
        QVERIFY(result);
        QCOMPARE(result->outcome, ProbeOutcome::Timeout);
    }
#endif

    void oneAnswerPerProbe() {
        TcpProbe probe(m_clock);
        int answers = 0;
        probe.probe({u"127.0.0.1"_s, freePort()}, 300, [&answers](const ProbeResult&) { ++answers; });
        QTRY_COMPARE_WITH_TIMEOUT(answers, 1, 3000);
        QTest::qWait(400); // past the timeout: no second answer
        QCOMPARE(answers, 1);
    }
};

QTEST_GUILESS_MAIN(TestTcpProbe)
#include "tst_tcpprobe.moc"
