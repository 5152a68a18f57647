#include "pages/UsagePage.h"

#include "admin/NodeClient.h"
#include "models/UsageModel.h"
#include "pages/QueryTable.h"
#include "widgets/UsageChart.h"
#include "window/Prompts.h"
#include "wire/UsageParameters.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr int kAutoRefreshMs = 60 * 1000;

QMap<QString, QList<UsageSample>> byType(const QList<UsageSample>& samples) {
    QMap<QString, QList<UsageSample>> grouped;
    for (const UsageSample& sample : samples)
        grouped[sample.component].append(sample);
    return grouped;
}

// The type to show first: the one that came closest to its licensed cores
// and, of those that reached the same share, the one denied most.
QString busiest(const QMap<QString, QList<UsageSample>>& grouped) {
    QString found;
    std::pair<double, int> most{-1, 0};
    for (auto it = grouped.cbegin(); it != grouped.cend(); ++it) {
        std::pair<double, int> type{0, 0};
        for (const UsageSample& sample : it.value()) {
            type.first =
                std::max(type.first, double(sample.cores) / double(std::max<qint64>(sample.allowedCores, 1)));
            type.second += sample.denials;
        }
        if (type > most) {
            most = type;
            found = it.key();
        }
    }
    return found;
}

} // namespace

UsagePage::UsagePage(NodeClient& client, Prompts& prompts, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_prompts(prompts)
    , m_clock(clock)
    , m_model(new UsageModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_export(*this, prompts, *m_proxy, tr("Export usage"), u"leasekeeper-usage.csv"_s)
    , m_period(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_views(new QTabWidget(this))
    , m_chart(new UsageChart(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this)) {
    setObjectName(u"usagePage"_s);
    m_period->setObjectName(u"usagePeriod"_s);
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Last 6 hours"), 6 * kHourMs);
    m_period->addItem(tr("Last 24 hours"), kDayMs);
    m_period->addItem(tr("Last 7 days"), 7 * kDayMs);
    m_period->addItem(tr("Last 30 days"), 30 * kDayMs);
    m_period->addItem(tr("Last 90 days"), 90 * kDayMs);
    m_period->addItem(tr("Last 400 days"), 400 * kDayMs);
    m_period->setCurrentIndex(1);
    m_type->setObjectName(u"usageType"_s);
    m_type->setAccessibleName(tr("Component type"));
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_type->setEnabled(false); // until an answer names the types
    auto* refreshButton = new QPushButton(tr("Refres&h"), this);
    auto* csvButton = new QPushButton(tr("E&xport CSV..."), this);
    csvButton->setObjectName(u"exportUsageCsv"_s);
    auto* pngButton = new QPushButton(tr("Export P&NG..."), this);
    pngButton->setObjectName(u"exportUsagePng"_s);

    QHBoxLayout* filters = querytable::filterBar(this, {{tr("&Period:"), m_period}, {tr("T&ype:"), m_type}},
                                                 {refreshButton, csvButton, pngButton});

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(u"usageTable"_s);
    m_table->setAccessibleName(tr("Usage per period"));
    querytable::setUp(m_table, m_proxy, UsageModel::SortRole, UsageModel::Period);
    m_views->setObjectName(u"usageViews"_s);
    m_views->addTab(m_chart, tr("&Chart"));
    m_views->addTab(m_table, tr("Ta&ble"));
    m_status->setObjectName(u"usageStatus"_s);
    m_status->setWordWrap(true);
    m_error->setObjectName(u"usageError"_s);
    m_error->setWordWrap(true);
    querytable::styleError(m_error);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_status);
    layout->addWidget(m_views, 1);
    layout->addWidget(m_error);

    connect(m_period, &QComboBox::currentIndexChanged, this, &UsagePage::refresh);
    connect(m_type, &QComboBox::currentIndexChanged, this, &UsagePage::showSelectedType);
    connect(refreshButton, &QPushButton::clicked, this, &UsagePage::refresh);
    connect(csvButton, &QPushButton::clicked, this, [this] { m_export.ask(); });
    connect(pngButton, &QPushButton::clicked, this, &UsagePage::askPng);
    m_autoRefresh.setInterval(kAutoRefreshMs);
    connect(&m_autoRefresh, &QTimer::timeout, this, &UsagePage::refresh);
}

QIcon UsagePage::icon() {
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x60, 0x60, 0x60), 2));
    painter.drawPolyline(QList<QPointF>{{3, 3}, {3, 29}, {29, 29}});
    painter.setPen(QPen(QColor(0xd5, 0x5e, 0x00), 2, Qt::DashLine));
    painter.drawLine(QPointF(6, 8), QPointF(29, 8));
    painter.setPen(QPen(QColor(0x00, 0x72, 0xb2), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolyline(QList<QPointF>{{6, 25}, {12, 19}, {17, 22}, {22, 11}, {28, 15}});
    return QIcon(pixmap);
}

void UsagePage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh();
    m_autoRefresh.start();
}

void UsagePage::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    m_autoRefresh.stop();
}

UsageQuery UsagePage::nextQuery() const {
    const qint64 span = m_period->currentData().toLongLong();
    UsageQuery query;
    query.toMs = m_clock.nowMs();
    query.stepS = wire::UsageParameters::defaultStepS(span);
    // From the start of the period that `span` ago falls in, so that the
    // first point stands for a whole minute, hour or day.
    const qint64 stepMs = query.stepS * 1000;
    const qint64 fromMs = query.toMs - span;
    query.fromMs = fromMs - ((fromMs % stepMs) + stepMs) % stepMs;
    return query;
}

void UsagePage::refresh() {
    m_query = nextQuery();
    const int request = ++m_requests;
    m_loading = true;
    m_status->setText(tr("Loading..."));
    // The answer may come after the page is gone, or after another request.
    QPointer<UsagePage> self(this);
    m_client.fetchUsage(m_query, [self, request](const Result<QList<UsageSample>>& samples) {
        if (self && request == self->m_requests)
            self->showAnswer(samples);
    });
}

void UsagePage::showAnswer(const Result<QList<UsageSample>>& samples) {
    m_loading = false;
    if (samples) {
        m_error->clear();
        m_byType = byType(samples.value());
        m_shown = m_query;
        m_shownPeriod = m_period->currentIndex();
    } else {
        m_error->setText(failureText(samples.error()));
        // Another period's samples must not stay under this period's name.
        if (m_shownPeriod != m_period->currentIndex())
            m_byType.clear();
    }
    fillTypes();
    showSelectedType();
    Q_EMIT refreshed();
}

void UsagePage::fillTypes() {
    const QStringList available = m_byType.keys();
    if (available == types())
        return;
    const QString current = currentType();
    const QSignalBlocker blocker(m_type);
    m_type->clear();
    for (const QString& type : available)
        m_type->addItem(type, type);
    const int kept = m_type->findData(current);
    m_type->setCurrentIndex(kept >= 0 ? kept : m_type->findData(busiest(m_byType)));
    m_type->setEnabled(!available.isEmpty());
}

void UsagePage::showSelectedType() {
    const QString type = currentType();
    const QList<UsageSample> samples = m_byType.value(type);
    m_model->setSamples(samples);
    m_table->resizeColumnsToContents();
    if (type.isEmpty()) {
        m_chart->clear(m_error->text().isEmpty() ? tr("No usage recorded in this period")
                                                 : tr("No usage to show"));
        m_status->setText(m_error->text().isEmpty()
                              ? tr("The License Manager records its usage once a minute; nothing yet in "
                                   "this period.")
                              : QString());
        return;
    }
    m_chart->setSamples(type, samples, m_shown.fromMs, m_shown.toMs);
    int denials = 0;
    for (const UsageSample& sample : samples)
        denials += sample.denials;
    m_status->setText(stepText() + u' ' +
                      tr("Grants of %1 denied in this period: %2.").arg(type).arg(denials));
}

QString UsagePage::stepText() const {
    if (m_shown.stepS == UsageSample::kMinuteS)
        return tr("One point per minute.");
    if (m_shown.stepS == UsageSample::kHourS)
        return tr("One point per hour: the most in use during that hour.");
    return tr("One point per day (UTC): the most in use during that day.");
}

QString UsagePage::failureText(const Error& error) {
    static const QHash<QString, const char*> reasons{
        {u"unreachable"_s, QT_TR_NOOP("The License Manager does not answer, so no usage can be read.")},
        {u"unauthorized"_s, QT_TR_NOOP("The License Manager does not accept this console's token.")},
        {u"forbidden"_s, QT_TR_NOOP("This token may not read the usage.")},
        {u"not_found"_s, QT_TR_NOOP("This License Manager does not record usage over time: it needs a newer "
                                    "version.")},
        {u"store_error"_s, QT_TR_NOOP("The License Manager could not read its database.")},
        {u"store_unavailable"_s, QT_TR_NOOP("The License Manager could not read its database.")},
        {u"overloaded"_s, QT_TR_NOOP("The License Manager is too busy to answer; try again in a moment.")},
    };
    const auto it = reasons.constFind(error.code);
    const QString reason = it == reasons.cend() ? tr("The usage could not be read.") : tr(it.value());
    return tr("%1 (%2)").arg(reason, error.message);
}

QStringList UsagePage::types() const {
    QStringList listed;
    for (int i = 0; i < m_type->count(); ++i)
        listed << m_type->itemData(i).toString();
    return listed;
}

QString UsagePage::currentType() const {
    return m_type->currentData().toString();
}

void UsagePage::showType(const QString& type) {
    m_type->setCurrentIndex(m_type->findData(type));
}

void UsagePage::setPeriodIndex(int index) {
    m_period->setCurrentIndex(index);
}

QString UsagePage::statusText() const {
    return m_status->text();
}

QString UsagePage::errorText() const {
    return m_error->text();
}

bool UsagePage::exportCsv(const QString& path) {
    return m_export.exportTo(path);
}

void UsagePage::askPng() {
    const QString type = currentType().isEmpty() ? u"chart"_s : currentType();
    if (const auto path =
            m_prompts.saveFile(this, tr("Export chart as PNG"), u"leasekeeper-usage-%1.png"_s.arg(type)))
        exportPng(*path);
}

bool UsagePage::exportPng(const QString& path) {
    // What is exported is what the page shows, and a chart in a hidden tab
    // has no size of its own yet.
    m_views->setCurrentWidget(m_chart);
    // A name typed without an extension still gets a file a viewer opens.
    const QString file = QFileInfo(path).suffix().isEmpty() ? path + u".png"_s : path;
    if (m_chart->toImage().save(file, "PNG"))
        return true;
    m_prompts.error(this, tr("Export chart as PNG"),
                    tr("Cannot write %1.").arg(QDir::toNativeSeparators(file)));
    return false;
}

} // namespace lk
