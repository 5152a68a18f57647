// ClockProbe against real HTTP: an in-process node (same clock, so the
// offset must come out near zero), a closed port, and a server that is not
// a License Manager.
#include "FreePort.h"
#include "TestServer.h"
#include "drift/ClockProbe.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestClockProbe : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;

    bool m_answeredInside = false;

    // Waits for the answer in a real event loop: QTest::qWaitFor sleeps 10 ms
    // between rounds, which would delay the in-process node and the probe
    // alike and make the samples useless. An unanswered measurement comes
    // back with error "no answer".
    ClockMeasurement measure(const QUrl& url, int samples) {
        ClockProbe probe(m_network);
        std::optional<ClockMeasurement> result;
        QEventLoop loop;
        probe.measure(url, samples, [&](const ClockMeasurement& m) {
            result = m;
            loop.quit();
        });
        m_answeredInside = m_answeredInside || result.has_value();
        if (!result) {
            QTimer::singleShot(15000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        if (!result)
            result = ClockMeasurement{url, {}, false, u"no answer"_s, 0, 0, 0};
        return *result;
    }

private Q_SLOTS:
    void timeUrlAppendsThePath() {
        QCOMPARE(ClockProbe::timeUrl(QUrl(u"http://lm1:10091"_s)), QUrl(u"http://lm1:10091/api/v1/time"_s));
        QCOMPARE(ClockProbe::timeUrl(QUrl(u"https://lm1/base/"_s)), QUrl(u"https://lm1/base/api/v1/time"_s));
        QVERIFY(ClockProbe::timeUrl(QUrl(u"ftp://lm1"_s)).isEmpty());
        QVERIFY(ClockProbe::timeUrl(QUrl(u"lm1:10091"_s)).isEmpty());
    }

    void aNodeOnThisHostIsWithinAFewMillisecondsOfZero() {
        TestServer server;
        QVERIFY(server.start());
        const QUrl url(u"http://127.0.0.1:%1"_s.arg(server.port()));
        const ClockMeasurement m = measure(url, 8);
        QVERIFY2(m.ok, qPrintable(m.error));
        QCOMPARE(m.url, url);
        QCOMPARE(m.node, u"node-a"_s);
        QCOMPARE(m.samples, 8);
        QVERIFY(m.error.isEmpty());
        QVERIFY2(qAbs(m.offsetUs) < 3000, qPrintable(QString::number(m.offsetUs)));
        QVERIFY2(m.delayUs >= 0 && m.delayUs < 20000, qPrintable(QString::number(m.delayUs)));
        qInfo("in-process node: offset %lld us, delay %lld us", m.offsetUs, m.delayUs);
    }

    void samplesAreClamped() {
        TestServer server;
        QVERIFY(server.start());
        const ClockMeasurement m = measure(QUrl(u"http://127.0.0.1:%1"_s.arg(server.port())), 0);
        QVERIFY(m.ok);
        QCOMPARE(m.samples, 1);
    }

    void aClosedPortIsAClearError() {
        const quint16 port = freePort();
        const ClockMeasurement m = measure(QUrl(u"http://127.0.0.1:%1"_s.arg(port)), 4);
        QVERIFY(!m.ok);
        QCOMPARE(m.samples, 0);
        QVERIFY2(m.error.contains(u"cannot reach http://127.0.0.1:%1/api/v1/time"_s.arg(port)),
                 qPrintable(m.error));
        QVERIFY2(m.error.contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(m.error));
    }

    void aServerWithoutTheEndpointIsAClearError() {
        TestServer server;
        QVERIFY(server.start());
        // A path below which there is no /api/v1/time: the node answers 404.
        const ClockMeasurement m = measure(QUrl(u"http://127.0.0.1:%1/elsewhere"_s.arg(server.port())), 2);
        QVERIFY(!m.ok);
        QVERIFY2(m.error.contains(u"HTTP 404"_s) && m.error.contains(u"/api/v1/time"_s), qPrintable(m.error));
    }

    void aBadUrlIsReportedLaterNotThrown() {
        const ClockMeasurement m = measure(QUrl(u"ftp://127.0.0.1"_s), 2);
        QVERIFY(!m.ok);
        QVERIFY2(m.error.contains(u"ftp://127.0.0.1"_s), qPrintable(m.error));
    }

    void cleanup() { QVERIFY2(!m_answeredInside, "measure() must answer later, never before returning"); }

    void aDestroyedProbeNeverCallsBack() {
        TestServer server;
        QVERIFY(server.start());
        bool called = false;
        {
            ClockProbe probe(m_network);
            probe.measure(QUrl(u"http://127.0.0.1:%1"_s.arg(server.port())), 4,
                          [&](const ClockMeasurement&) { called = true; });
        }
        QTest::qWait(200);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestClockProbe)
#include "tst_clockprobe.moc"
