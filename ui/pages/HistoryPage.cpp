#include "pages/HistoryPage.h"

#include "admin/NodeClient.h"
#include "console/UsageStats.h"
#include "models/HistoryModel.h"
#include "pages/QueryTable.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lk {

namespace {
constexpr qint64 kHourMs = 3600LL * 1000;
}

HistoryPage::HistoryPage(NodeClient& client, Prompts& prompts, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_clock(clock)
    , m_model(new HistoryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_export(*this, prompts, *m_proxy, tr("Export history"), u"leasekeeper-history.csv"_s)
    , m_table(new QTableView(this))
    , m_period(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_reason(new QComboBox(this))
    , m_peaks(new QLabel(this))
    , m_error(new QLabel(this)) {
    setObjectName(u"historyPage"_s);
    m_period->setObjectName(u"historyPeriod"_s);
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Last hour"), kHourMs);
    m_period->addItem(tr("Last 24 hours"), 24 * kHourMs);
    m_period->addItem(tr("Last 7 days"), 7 * 24 * kHourMs);
    m_period->addItem(tr("Last 30 days"), 30 * 24 * kHourMs);
    m_period->addItem(tr("Everything"), qint64(0));
    m_period->setCurrentIndex(1);
    m_type->setObjectName(u"historyType"_s);
    m_type->setAccessibleName(tr("Component type"));
    setComponentTypes({});
    m_reason->setObjectName(u"historyReason"_s);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->addItem(tr("All reasons"), QString());
    for (const QString& code :
         {u"released"_s, u"replaced_by_restart"_s, u"grace_expired"_s, u"freed_by_admin"_s,
          u"reclaimed_dead"_s, u"type_not_licensed"_s, u"license_expired"_s, u"instance_limit"_s,
          u"cores_per_instance"_s, u"core_limit"_s, u"group_cap"_s, u"reserved_for_other_group"_s})
        m_reason->addItem(HistoryModel::reasonText(code), code);
    auto* refreshButton = new QPushButton(tr("Refres&h"), this);
    auto* exportButton = new QPushButton(tr("E&xport CSV..."), this);
    exportButton->setObjectName(u"exportHistory"_s);

    QHBoxLayout* filters = querytable::filterBar(
        this, {{tr("&Period:"), m_period}, {tr("T&ype:"), m_type}, {tr("&Reason:"), m_reason}},
        {refreshButton, exportButton});

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(u"historyTable"_s);
    m_table->setAccessibleName(tr("Usage history"));
    querytable::setUp(m_table, m_proxy, HistoryModel::SortRole, HistoryModel::Start);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_peaks->setObjectName(u"historyPeaks"_s);
    m_peaks->setWordWrap(true);
    m_error->setObjectName(u"historyError"_s);
    querytable::styleError(m_error);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_peaks);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);

    for (QComboBox* box : {m_period, m_type, m_reason})
        connect(box, &QComboBox::currentIndexChanged, this, &HistoryPage::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &HistoryPage::refresh);
    m_hasSavedLayout =
        m_table->horizontalHeader()->restoreState(QSettings().value(u"history/header"_s).toByteArray());
    connect(exportButton, &QPushButton::clicked, this, [this] { m_export.ask(); });
}

HistoryPage::~HistoryPage() {
    QSettings().setValue(u"history/header"_s, m_table->horizontalHeader()->saveState());
}

void HistoryPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh();
}

void HistoryPage::setComponentTypes(const QStringList& types) {
    const QString current = m_type->currentData().toString();
    QStringList existing;
    for (int i = 1; i < m_type->count(); ++i)
        existing << m_type->itemData(i).toString();
    if (m_type->count() > 0 && existing == types)
        return;
    const QSignalBlocker blocker(m_type);
    m_type->clear();
    m_type->addItem(tr("All types"), QString());
    for (const QString& type : types)
        m_type->addItem(type, type);
    m_type->setCurrentIndex(qMax(0, m_type->findData(current)));
}

qint64 HistoryPage::periodStartMs() const {
    const qint64 span = m_period->currentData().toLongLong();
    return span == 0 ? 0 : m_queriedUntilMs - span;
}

void HistoryPage::refresh() {
    m_queriedUntilMs = m_clock.nowMs();
    HistoryQuery query;
    if (const qint64 since = periodStartMs(); since > 0)
        query.sinceMs = since;
    query.component = m_type->currentData().toString();
    query.reason = m_reason->currentData().toString();
    query.limit = 10000;
    m_client.fetchHistory(query, [this](const Result<QList<HistoryEntry>>& entries) {
        if (!entries) {
            m_error->setText(tr("Could not read the history: %1").arg(entries.error().message));
        } else {
            m_error->clear();
            m_model->setEntries(entries.value());
            if (!m_hasSavedLayout)
                m_table->resizeColumnsToContents();
            showPeaks();
        }
        Q_EMIT refreshed();
    });
}

void HistoryPage::showPeaks() {
    const auto peaks = UsageStats::peakConcurrent(m_model->entries(), periodStartMs(), m_queriedUntilMs);
    QStringList parts;
    for (auto it = peaks.cbegin(); it != peaks.cend(); ++it) {
        parts << tr("%1: %2 cores, %3 instances (%4)")
                     .arg(it.key())
                     .arg(it->cores)
                     .arg(it->instances)
                     .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(it->atMs), QLocale::ShortFormat));
    }
    m_peaks->setText(parts.isEmpty() ? tr("No leases in this period.")
                                     : tr("Peak concurrent use: %1").arg(parts.join(u"; "_s)));
}

QString HistoryPage::peakText() const {
    return m_peaks->text();
}
QString HistoryPage::errorText() const {
    return m_error->text();
}

bool HistoryPage::exportCsv(const QString& path) {
    return m_export.exportTo(path);
}

} // namespace lk
