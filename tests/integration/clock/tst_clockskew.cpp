// Real skew: leasekeeper-server processes under libfaketime, measured by a
// real `leasekeeper-ctl drift` process. The acceptance test: +3 s and
// -90 s, each offset within 20 ms of its shift, a pairwise drift of about
// 93 s, exit status 6.
#include "HttpTestClient.h"
#include "ProcessRun.h"
#include "SkewedServerProcess.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <chrono>

using namespace Qt::StringLiterals;
using namespace lk::test;

class TestClockSkew : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static qint64 localUs() {
        using namespace std::chrono;
        return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
    }

    // A node without a license: the clock endpoints need none.
    quint16 startNode(SkewedServerProcess& process, const QString& name, const QString& shift) {
        const QString data = m_dir.filePath(name);
        QDir().mkpath(data);
        const quint16 port = process.start(
            shift, {u"--data-dir"_s, data, u"--node-name"_s, name, u"--bind"_s, u"127.0.0.1"_s});
        if (port == 0)
            qWarning("%s did not start: %s", qPrintable(name), process.log().constData());
        return port;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(!SkewedServerProcess::faketime().isEmpty(),
                 "faketime is not installed (Debian package faketime; scripts/install-deps.sh)");
        QVERIFY(m_dir.isValid());
    }

    void faketimeShiftsTheServersQtClock() {
        // QDateTime (server_time_ms in /api/v1/status) and std::chrono
        // (/api/v1/time) both read clock_gettime, which libfaketime replaces.
        SkewedServerProcess node;
        const quint16 port = startNode(node, u"shifted"_s, u"+3s"_s);
        QVERIFY(port != 0);
        HttpTestClient client(port);
        const qint64 beforeMs = QDateTime::currentMSecsSinceEpoch();
        const HttpResult status = client.get(u"/api/v1/status"_s);
        const qint64 afterMs = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(status.status, 200);
        const qint64 serverMs = status.json.value(u"server_time_ms"_s).toInteger();
        QVERIFY2(serverMs >= beforeMs + 2900 && serverMs <= afterMs + 3100,
                 qPrintable(u"server %1, local %2..%3"_s.arg(serverMs).arg(beforeMs).arg(afterMs)));

        const qint64 beforeUs = localUs();
        const HttpResult time = client.get(u"/api/v1/time"_s);
        const qint64 afterUs = localUs();
        const qint64 receiveUs = time.json.value(u"receive_time_us"_s).toInteger();
        QVERIFY2(receiveUs >= beforeUs + 2'900'000 && receiveUs <= afterUs + 3'100'000,
                 qPrintable(u"server %1, local %2..%3"_s.arg(receiveUs).arg(beforeUs).arg(afterUs)));
    }

    void driftReportsEachShiftAndExits6() {
        SkewedServerProcess ahead;
        SkewedServerProcess behind;
        const quint16 aheadPort = startNode(ahead, u"ahead"_s, u"+3s"_s);
        const quint16 behindPort = startNode(behind, u"behind"_s, u"-90s"_s);
        QVERIFY(aheadPort != 0 && behindPort != 0);
        const QString a = u"http://127.0.0.1:%1"_s.arg(aheadPort);
        const QString b = u"http://127.0.0.1:%1"_s.arg(behindPort);

        const ProcessRun run = runCtl({u"drift"_s, u"--url"_s, a, u"--url"_s, b, u"--json"_s});
        QVERIFY2(run.exitCode == 6, qPrintable(run.out + run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonArray nodes = json.value(u"nodes"_s).toArray();
        QCOMPARE(nodes.size(), 2);
        const QJsonObject first = nodes[0].toObject();
        const QJsonObject second = nodes[1].toObject();
        QCOMPARE(first.value(u"url"_s).toString(), a);
        QCOMPARE(first.value(u"node"_s).toString(), u"ahead"_s);
        QCOMPARE(second.value(u"node"_s).toString(), u"behind"_s);
        const double aheadMs = first.value(u"offset_ms"_s).toDouble();
        const double behindMs = second.value(u"offset_ms"_s).toDouble();
        const double driftMs = json.value(u"max_pairwise_drift_ms"_s).toDouble();
        qInfo("faketime +3s: offset %.3f ms (delay %.3f ms); faketime -90s: offset %.3f ms (delay %.3f ms); "
              "pairwise drift %.3f ms",
              aheadMs, first.value(u"delay_ms"_s).toDouble(), behindMs,
              second.value(u"delay_ms"_s).toDouble(), driftMs);
        QVERIFY2(qAbs(aheadMs - 3000) <= 20, qPrintable(run.out));
        QVERIFY2(qAbs(behindMs + 90000) <= 20, qPrintable(run.out));
        QVERIFY2(qAbs(driftMs - 93000) <= 40, qPrintable(run.out));
        QVERIFY(first.value(u"synchronized"_s).isBool() || first.value(u"synchronized"_s).isNull());
        QVERIFY(first.value(u"delay_ms"_s).toDouble() >= 0);

        // The same skew inside a generous limit is fine; the table names the pair.
        const ProcessRun lenient =
            runCtl({u"drift"_s, u"--url"_s, a, u"--url"_s, b, u"--max-ms"_s, u"100000"_s});
        QVERIFY2(lenient.exitCode == 0, qPrintable(lenient.out + lenient.err));
        QVERIFY2(lenient.out.contains(u"Largest drift between two nodes: ahead minus behind = +9"_s) &&
                     lenient.out.contains(u"(limit 100000 ms): ok"_s),
                 qPrintable(lenient.out));
        qInfo("%s", qPrintable(lenient.out));
    }
};

QTEST_GUILESS_MAIN(TestClockSkew)
#include "tst_clockskew.moc"
