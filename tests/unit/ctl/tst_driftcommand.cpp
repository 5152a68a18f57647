// `leasekeeper-ctl drift` in process, against in-process nodes (which share
// this host's clock). Real skew is tst_clockskew's job.
#include "CtlCapture.h"
#include "FreePort.h"
#include "TestServer.h"
#include "ctl/CtlExit.h"
#include "ctl/DriftCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestDriftCommand : public QObject {
    Q_OBJECT

    CtlCapture m_ctl{&DriftCommand::run, u"drift"_s};
    // Two nodes in this process: one host, one clock, so no drift.
    std::unique_ptr<TestServer> m_a;
    std::unique_ptr<TestServer> m_b;

private Q_SLOTS:
    void initTestCase() {
        m_a = std::make_unique<TestServer>(exampleTerms(), u"lm-a"_s);
        m_b = std::make_unique<TestServer>(exampleTerms(), u"lm-b"_s);
        QVERIFY(m_a->start());
        QVERIFY(m_b->start());
    }
    void cleanupTestCase() {
        m_a.reset();
        m_b.reset();
    }

    void nodesOnThisHostAreWithinTheLimit() {
        QCOMPARE(m_ctl.run({u"--url"_s, m_a->url(), u"--url"_s, m_b->url(), u"--samples"_s, u"4"_s}),
                 int(CtlExit::Ok));
        QVERIFY2(m_ctl.out.contains(u"NODE"_s) && m_ctl.out.contains(u"OFFSET"_s) &&
                     m_ctl.out.contains(u"DELAY"_s),
                 qPrintable(m_ctl.out));
        QVERIFY(m_ctl.out.contains(u"lm-a"_s));
        QVERIFY(m_ctl.out.contains(u"lm-b"_s));
        QVERIFY2(m_ctl.out.contains(u"Largest drift between two nodes"_s) &&
                     m_ctl.out.contains(u"(limit 1000 ms): ok"_s),
                 qPrintable(m_ctl.out));
        QVERIFY(m_ctl.err.isEmpty());
    }

    void jsonListsEveryNode() {
        QCOMPARE(m_ctl.run({u"--url"_s, m_a->url(), u"--url"_s, m_b->url(), u"--json"_s}), int(CtlExit::Ok));
        const QJsonObject json = QJsonDocument::fromJson(m_ctl.out.toUtf8()).object();
        const QJsonArray nodes = json.value(u"nodes"_s).toArray();
        QCOMPARE(nodes.size(), 2);
        const QStringList names{u"lm-a"_s, u"lm-b"_s};
        const QStringList urls{m_a->url(), m_b->url()};
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            const QJsonObject node = nodes[i].toObject();
            QCOMPARE(node.value(u"node"_s).toString(), names[i]);
            QCOMPARE(node.value(u"url"_s).toString(), urls[i]);
            QVERIFY(node.value(u"offset_ms"_s).isDouble());
            QVERIFY2(qAbs(node.value(u"offset_ms"_s).toDouble()) < 5, qPrintable(m_ctl.out));
            QVERIFY(node.value(u"delay_ms"_s).isDouble());
            QCOMPARE(node.value(u"samples"_s).toInt(), DriftCommand::kDefaultSamples);
            QVERIFY(node.value(u"synchronized"_s).isBool() || node.value(u"synchronized"_s).isNull());
            QVERIFY(node.value(u"time_sync"_s).isObject());
            QVERIFY(node.value(u"error"_s).isNull());
        }
        QVERIFY(json.value(u"max_pairwise_drift_ms"_s).isDouble());
        QVERIFY(json.value(u"max_pairwise_drift_ms"_s).toDouble() >= 0);
        QVERIFY(json.value(u"max_pairwise_drift_ms"_s).toDouble() < 5);
        QCOMPARE(json.value(u"within_limit"_s).toBool(), true);
    }

    void oneNodeHasNoPair() {
        QCOMPARE(m_ctl.run({u"--url"_s, m_a->url(), u"--json"_s}), int(CtlExit::Ok));
        const QJsonObject json = QJsonDocument::fromJson(m_ctl.out.toUtf8()).object();
        QVERIFY(json.value(u"max_pairwise_drift_ms"_s).isNull());
        QCOMPARE(json.value(u"nodes"_s).toArray().size(), 1);
    }

    void anUnreachableNodeExits1AndSaysWhy() {
        const QString down = closedPortUrl();
        QCOMPARE(m_ctl.run({u"--url"_s, m_a->url(), u"--url"_s, down, u"--json"_s}), int(CtlExit::Failure));
        const QJsonArray nodes =
            QJsonDocument::fromJson(m_ctl.out.toUtf8()).object().value(u"nodes"_s).toArray();
        QCOMPARE(nodes.size(), 2);
        QVERIFY(nodes[0].toObject().value(u"offset_ms"_s).isDouble());
        QVERIFY(nodes[1].toObject().value(u"offset_ms"_s).isNull());
        QVERIFY(nodes[1].toObject().value(u"error"_s).toString().contains(u"cannot reach"_s));
        QVERIFY2(m_ctl.err.contains(u"cannot reach %1/api/v1/time"_s.arg(down)), qPrintable(m_ctl.err));

        QCOMPARE(m_ctl.run({u"--url"_s, down}), int(CtlExit::Failure));
        QVERIFY2(m_ctl.out.contains(u"NOT MEASURED"_s), qPrintable(m_ctl.out));
    }

    void wrongCommandLinesExit2_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no url") << QStringList{} << u"--url is required"_s;
        QTest::newRow("not http") << QStringList{u"--url"_s, u"lm1:10091"_s} << u"is not an http://"_s;
        QTest::newRow("samples 0") << QStringList{u"--url"_s, u"http://lm1"_s, u"--samples"_s, u"0"_s}
                                   << u"--samples must be"_s;
        QTest::newRow("samples text")
            << QStringList{u"--url"_s, u"http://lm1"_s, u"--samples"_s, u"many"_s} << u"--samples must be"_s;
        QTest::newRow("max negative")
            << QStringList{u"--url"_s, u"http://lm1"_s, u"--max-ms"_s, u"-1"_s} << u"--max-ms must be"_s;
        QTest::newRow("positional") << QStringList{u"--url"_s, u"http://lm1"_s, u"extra"_s}
                                    << u"unexpected argument 'extra'"_s;
    }
    void wrongCommandLinesExit2() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QCOMPARE(m_ctl.run(arguments), int(CtlExit::Usage));
        QVERIFY2(m_ctl.err.contains(message), qPrintable(m_ctl.err));
        QVERIFY(m_ctl.err.contains(u"Usage: leasekeeper-ctl drift"_s));
    }

    void helpExplainsTheExitStatus() {
        QCOMPARE(m_ctl.run({u"--help"_s}), int(CtlExit::Ok));
        QVERIFY(m_ctl.out.contains(u"--max-ms"_s));
        QVERIFY(m_ctl.out.contains(u"Exit 0"_s));
    }
};

QTEST_GUILESS_MAIN(TestDriftCommand)
#include "tst_driftcommand.moc"
