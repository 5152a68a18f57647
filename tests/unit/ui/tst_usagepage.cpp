// The console's Usage view driven for real: a License Manager in the test
// process, on a test clock, serves four hours of known use (a peak of 14
// cores, two denials) sampled every ten minutes; the page reads it over HTTP
// with a viewer token, as a read-only console does.
#include "FreePort.h"
#include "GrantRequest.h"
#include "HttpTestClient.h"
#include "ScriptedPrompts.h"
#include "TestFiles.h"
#include "TestServer.h"
#include "admin/NodeClient.h"
#include "models/CsvExport.h"
#include "models/UsageModel.h"
#include "pages/UsagePage.h"
#include "widgets/UsageChart.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QImage>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSet>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr QByteArrayView kViewerToken = "victor-viewer-token-0123456789";
constexpr int kLast6Hours = 0;
constexpr int kLast24Hours = 1;

QList<qreal> xs(const QXYSeries& series) {
    QList<qreal> values;
    for (const QPointF& point : series.points())
        values.append(point.x());
    return values;
}

QList<qreal> ys(const QXYSeries& series) {
    QList<qreal> values;
    for (const QPointF& point : series.points())
        values.append(point.y());
    return values;
}

} // namespace

class TestUsagePage : public QObject {
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_components;
    QNetworkAccessManager m_network;
    ScriptedPrompts m_prompts;
    QTemporaryDir m_files;
    qint64 m_startMs = 0; // the whole hour the known use begins at

    bool sample() {
        std::optional<Result<bool>> outcome;
        m_server->server->service().sampleUsage(this, [&](const Result<bool>& done) { outcome = done; });
        return QTest::qWaitFor([&] { return outcome.has_value(); }, 5000) && outcome->ok() &&
               outcome->value();
    }

    int grant(const QString& instance, int cores) {
        return m_components->post(u"/api/v1/leases"_s, grantRequest(u"vdp"_s, instance, cores)).status;
    }

    // Every ten minutes for four hours: web-1 (4 cores) from the start,
    // web-2 (6) from the first hour, restarted with 10 cores for ten
    // minutes at 2:10 (the peak: 14 cores), and a third instance denied at
    // 1:30 and 3:10 (the license allows two).
    bool useFourHours() {
        const QMap<int, std::function<bool()>> events{
            {0, [this] { return grant(u"web-1:9999"_s, 4) == 201; }},
            {60, [this] { return grant(u"web-2:9999"_s, 6) == 201; }},
            {90, [this] { return grant(u"web-3:9999"_s, 2) == 403; }},
            {130, [this] { return grant(u"web-2:9999"_s, 10) == 201; }},
            {140, [this] { return grant(u"web-2:9999"_s, 6) == 201; }},
            {190, [this] { return grant(u"web-3:9999"_s, 2) == 403; }},
        };
        for (int minute = 0; minute < 240; minute += 10) {
            m_server->clock.setMs(m_startMs + minute * kMinuteMs);
            if (events.contains(minute) && !events.value(minute)())
                return false;
            if (!sample())
                return false;
        }
        return true;
    }

    std::unique_ptr<NodeClient> client(const QString& url, QByteArrayView token = kViewerToken) {
        auto made = std::make_unique<NodeClient>(QUrl(url), m_network, m_server->clock);
        made->setAdminToken(token.toByteArray());
        return made;
    }

    // The page shown at a readable size, with its first answer in.
    std::unique_ptr<UsagePage> shownPage(NodeClient& node) {
        auto page = std::make_unique<UsagePage>(node, m_prompts, m_server->clock);
        page->resize(1000, 640);
        QSignalSpy answered(page.get(), &UsagePage::refreshed);
        page->show();
        if (!answered.wait(5000))
            return nullptr;
        return page;
    }

    static bool switchPeriod(UsagePage& page, int index) {
        QSignalSpy answered(&page, &UsagePage::refreshed);
        page.setPeriodIndex(index);
        return answered.wait(5000);
    }

private Q_SLOTS:
    void initTestCase() {
        m_server = std::make_unique<TestServer>();
        m_server->config.tokensPath = m_server->dir.filePath(u"tokens"_s);
        QVERIFY(
            writeTestFile(m_server->config.tokensPath, "victor viewer " + kViewerToken.toByteArray() + '\n'));
        m_startMs = m_server->clock.nowMs() / kHourMs * kHourMs - 6 * kHourMs;
        m_server->clock.setMs(m_startMs);
        QVERIFY(m_server->start());
        m_components = std::make_unique<HttpTestClient>(m_server->port());
        QVERIFY(m_components->waitUntilReady());
        QVERIFY(useFourHours());
    }
    void init() { m_prompts = ScriptedPrompts(); }

    void theChartShowsUseAgainstAllowedPerHour() {
        auto node = client(m_server->url());
        auto page = shownPage(*node);
        QVERIFY(page);
        QCOMPARE(page->errorText(), QString());
        QCOMPARE(page->query().stepS, UsageSample::kHourS);
        QCOMPARE(page->types(), (QStringList{u"scheduler"_s, u"vdp"_s}));
        QCOMPARE(page->currentType(), u"vdp"_s); // the busier one comes first
        const UsageChart& chart = page->chart();
        const QList<qreal> hours{qreal(m_startMs), qreal(m_startMs + kHourMs), qreal(m_startMs + 2 * kHourMs),
                                 qreal(m_startMs + 3 * kHourMs)};
        QCOMPARE(xs(chart.coresInUse()), hours);
        QCOMPARE(ys(chart.coresInUse()), (QList<qreal>{4, 10, 14, 10}));
        QCOMPARE(ys(chart.instancesInUse()), (QList<qreal>{1, 2, 2, 2}));
        QCOMPARE(ys(chart.coresAllowed()), (QList<qreal>{24, 24, 24, 24}));
        QCOMPARE(ys(chart.instancesAllowed()), (QList<qreal>{2, 2, 2, 2}));
        QCOMPARE(chart.timeAxis().min(), qreal(page->query().fromMs));
        QCOMPARE(chart.timeAxis().max(), qreal(page->query().toMs));
        // A time is at the same place in the cores and the instances pane.
        QTRY_COMPARE_WITH_TIMEOUT(chart.coresPlotArea().left(), chart.instancesPlotArea().left(), 2000);
        QCOMPARE(chart.coresPlotArea().right(), chart.instancesPlotArea().right());
        QVERIFY(page->statusText().endsWith(u"Grants of vdp denied in this period: 2."_s));
    }

    void thePeakIsMarkedWhereAndAsHighAsItWas() {
        auto node = client(m_server->url());
        auto page = shownPage(*node);
        QVERIFY(page);
        QCOMPARE(page->chart().peak().points(), (QList<QPointF>{{qreal(m_startMs + 2 * kHourMs), 14}}));
        // "cores" once the English catalogue gives the plural, "core(s)" without it.
        QVERIFY2(page->chart().peakLabel().startsWith(u"peak 14 core"_s),
                 qPrintable(page->chart().peakLabel()));
        QVERIFY(switchPeriod(*page, kLast6Hours));
        QCOMPARE(xs(page->chart().peak()), (QList<qreal>{qreal(m_startMs + 130 * kMinuteMs)}));
    }

    void denialsAreMarkedAtTheirPeriods() {
        auto node = client(m_server->url());
        auto page = shownPage(*node);
        QVERIFY(page);
        QCOMPARE(xs(page->chart().denials()),
                 (QList<qreal>{qreal(m_startMs + kHourMs), qreal(m_startMs + 3 * kHourMs)}));
        QVERIFY(switchPeriod(*page, kLast6Hours));
        QCOMPARE(xs(page->chart().denials()),
                 (QList<qreal>{qreal(m_startMs + 90 * kMinuteMs), qreal(m_startMs + 190 * kMinuteMs)}));
    }

    void switchingThePeriodChangesTheStep() {
        auto node = client(m_server->url());
        auto page = shownPage(*node);
        QVERIFY(page);
        QVERIFY(switchPeriod(*page, kLast6Hours));
        QCOMPARE(page->query().stepS, UsageSample::kMinuteS);
        QCOMPARE(page->chart().coresInUse().count(), 24); // every sample of the four hours
        QVERIFY(page->statusText().startsWith(u"One point per minute."_s));
        QVERIFY(switchPeriod(*page, kLast24Hours));
        QCOMPARE(page->query().stepS, UsageSample::kHourS);
        QCOMPARE(page->chart().coresInUse().count(), 4);
        QVERIFY(switchPeriod(*page, 3)); // 30 days
        QCOMPARE(page->query().stepS, UsageSample::kDayS);
    }

    void anotherTypeShowsItsOwnUse() {
        auto node = client(m_server->url());
        auto page = shownPage(*node);
        QVERIFY(page);
        page->showType(u"scheduler"_s);
        QCOMPARE(ys(page->chart().coresInUse()), (QList<qreal>{0, 0, 0, 0}));
        QCOMPARE(ys(page->chart().coresAllowed()), (QList<qreal>{4, 4, 4, 4}));
        QCOMPARE(page->chart().peak().count(), 0); // nothing ever ran
        QCOMPARE(page->chart().denials().count(), 0);
        QCOMPARE(page->model().rowCount(), 4);
    }

    void loadingIsShownUntilTheAnswerComes() {
        auto node = client(m_server->url());
        auto page = shownPage(*node);
        QVERIFY(page);
        QSignalSpy answered(page.get(), &UsagePage::refreshed);
        page->refresh();
        QVERIFY(page->isLoading());
        QCOMPARE(page->statusText(), u"Loading..."_s);
        QVERIFY(answered.wait(5000));
        QVERIFY(!page->isLoading());
        QVERIFY(page->statusText().startsWith(u"One point per hour"_s));
    }

    void csvExportWritesThePeriodsShown() {
        auto node = client(m_server->url());
        auto page = shownPage(*node);
        QVERIFY(page);
        const QString path = m_files.filePath(u"usage.csv"_s);
        QVERIFY(page->exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        const auto period = [this](qint64 hours) {
            UsageSample sample;
            sample.atMs = m_startMs + hours * kHourMs;
            sample.stepS = UsageSample::kHourS;
            return CsvExport::escapeField(UsageModel::periodText(sample));
        };
        // Newest first, as the table shows them.
        QCOMPARE(lines, (QStringList{u"Period,Type,Instances,Instances allowed,Cores,Cores allowed,Denials"_s,
                                     period(3) + u",vdp,2,2,10,24,1"_s, period(2) + u",vdp,2,2,14,24,0"_s,
                                     period(1) + u",vdp,2,2,10,24,1"_s, period(0) + u",vdp,1,2,4,24,0"_s}));
    }

    void pngExportWritesTheChartAsShown() {
        auto node = client(m_server->url());
        auto page = shownPage(*node);
        QVERIFY(page);
        const QString path = m_files.filePath(u"usage.png"_s);
        m_prompts.fileToSave = path;
        page->findChild<QTabWidget*>()->setCurrentIndex(1); // the table in front: the chart comes first

        page->findChild<QPushButton*>(u"exportUsagePng"_s)->click();
        QCOMPARE(m_prompts.asked, QStringList{u"Export chart as PNG"_s});
        QCOMPARE(m_prompts.errors, QStringList());
        QVERIFY(page->chart().isVisible());
        const QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), page->chart().size() * page->chart().devicePixelRatio());
        QCOMPARE(page->chart().coresPlotArea().left(), page->chart().instancesPlotArea().left());
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, "the image is not a drawn chart");
    }

    void anUnreachableServerIsSaidInPlainWords() {
        auto node = client(closedPortUrl());
        auto page = shownPage(*node);
        QVERIFY(page);
        QVERIFY2(page->errorText().startsWith(u"The License Manager does not answer"_s),
                 qPrintable(page->errorText()));
        QVERIFY(!page->isLoading());
        QCOMPARE(page->types(), QStringList());
        QCOMPARE(page->chart().coresInUse().count(), 0);
    }

    void aRefusedTokenIsSaidInPlainWords() {
        auto node = client(m_server->url(), "not-a-token-of-this-node-0123456789");
        auto page = shownPage(*node);
        QVERIFY(page);
        QVERIFY2(page->errorText().startsWith(u"The License Manager does not accept this console's token"_s),
                 qPrintable(page->errorText()));
    }
};

QTEST_MAIN(TestUsagePage)
#include "tst_usagepage.moc"
