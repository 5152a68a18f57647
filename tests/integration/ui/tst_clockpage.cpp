// The Clock view against real nodes: one in this process, one whose clock
// libfaketime sets 90 s back.
#include "SkewedServerProcess.h"
#include "TestServer.h"
#include "pages/ClockPage.h"
#include "widgets/ClockPlot.h"

#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestClockPage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void initTestCase() { qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toLocal8Bit()); }

    void aSkewedNodeShowsItsRealOffsetAndTheFix() {
        if (SkewedServerProcess::faketime().isEmpty())
            QFAIL("faketime not found: apt-get install faketime (scripts/install-deps.sh)");
        TestServer local(exampleTerms(), u"lm-local"_s);
        QVERIFY(local.start());
        SkewedServerProcess skewed;
        const quint16 port =
            skewed.start(u"-90s"_s, {u"--data-dir"_s, m_dir.filePath(u"skewed"_s), u"--node-name"_s,
                                     u"lm-skewed"_s, u"--bind"_s, u"127.0.0.1"_s});
        QVERIFY2(port != 0, skewed.log().constData());

        NodeMonitor first(QUrl(u"http://127.0.0.1:%1"_s.arg(local.port())), m_network, m_clock);
        NodeMonitor second(QUrl(u"http://127.0.0.1:%1"_s.arg(port)), m_network, m_clock);
        first.start();
        second.start();
        ClockPage page({&first, &second}, m_network, m_clock);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.assessment().largestDriftMs.has_value(), 15000);
        const double drift = *page.assessment().largestDriftMs;
        QVERIFY2(qAbs(drift - 90'000) < 50, qPrintable(QString::number(drift)));
        QCOMPARE(page.assessment().level, ClockAssessment::Level::Critical);
        // About 90 s, a few ms either way on a loaded machine: 89995.6 or 90000.1.
        const QRegularExpression ninetySeconds(u"(89|90)\\d\\d\\d(\\.\\d)? ms"_s);
        const QString driftText = page.findChild<QLabel*>(u"clockDrift"_s)->text();
        QVERIFY2(driftText.contains(u"lm-local is "_s) && driftText.contains(u"ahead of lm-skewed"_s) &&
                     driftText.contains(ninetySeconds),
                 qPrintable(driftText));
        QTRY_VERIFY(page.findChild<QLabel*>(u"clockAdvice"_s)->text().contains(u"Check lm-skewed first"_s));
        auto* table = page.findChild<QTableWidget*>(u"clockTable"_s);
        QVERIFY2(table->item(1, 1)->text().startsWith(u"-"_s) &&
                     table->item(1, 1)->text().contains(ninetySeconds),
                 qPrintable(table->item(1, 1)->text()));
        QCOMPARE(page.history().seriesNames(), (QStringList{u"lm-local"_s, u"lm-skewed"_s}));
        const QString plot = page.findChild<ClockPlot*>()->accessibleDescription();
        QVERIFY2(plot.contains(QRegularExpression(u"lm-skewed: -(89|90)\\d\\d\\d"_s)), qPrintable(plot));
    }

    void thresholdsPersist() {
        TestServer local;
        QVERIFY(local.start());
        NodeMonitor node(QUrl(u"http://127.0.0.1:%1"_s.arg(local.port())), m_network, m_clock);
        {
            ClockPage page({&node}, m_network, m_clock);
            page.findChild<QSpinBox*>(u"clockWarn"_s)->setValue(500);
            page.findChild<QSpinBox*>(u"clockCritical"_s)->setValue(5000);
        }
        ClockPage again({&node}, m_network, m_clock);
        QCOMPARE(again.findChild<QSpinBox*>(u"clockWarn"_s)->value(), 500);
        QCOMPARE(again.findChild<QSpinBox*>(u"clockCritical"_s)->value(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(again.assessment().level, ClockAssessment::Level::Good, 10000);
    }
};

QTEST_MAIN(TestClockPage)
#include "tst_clockpage.moc"
