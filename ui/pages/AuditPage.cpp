#include "pages/AuditPage.h"

#include "admin/NodeClient.h"
#include "models/AuditModel.h"
#include "pages/QueryTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lk {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
}

AuditPage::AuditPage(NodeClient& client, Prompts& prompts, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_clock(clock)
    , m_model(new AuditModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_export(*this, prompts, *m_proxy, tr("Export audit trail"), u"leasekeeper-audit.csv"_s)
    , m_table(new QTableView(this))
    , m_period(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_error(new QLabel(this)) {
    setObjectName(u"auditPage"_s);
    m_period->setObjectName(u"auditPeriod"_s);
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Last 24 hours"), kDayMs);
    m_period->addItem(tr("Last 7 days"), 7 * kDayMs);
    m_period->addItem(tr("Last 30 days"), 30 * kDayMs);
    m_period->addItem(tr("Everything"), qint64(0));
    m_period->setCurrentIndex(1);
    m_action->setObjectName(u"auditAction"_s);
    m_action->setAccessibleName(tr("Action"));
    m_action->addItem(tr("All actions"), QString());
    for (const QString& action : audit::allActions())
        m_action->addItem(AuditModel::actionText(action), action);
    auto* refreshButton = new QPushButton(tr("Refres&h"), this);
    auto* exportButton = new QPushButton(tr("E&xport CSV..."), this);
    exportButton->setObjectName(u"exportAudit"_s);

    QHBoxLayout* filters = querytable::filterBar(
        this, {{tr("&Period:"), m_period}, {tr("&Action:"), m_action}}, {refreshButton, exportButton});

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(u"auditTable"_s);
    m_table->setAccessibleName(tr("Audit trail"));
    querytable::setUp(m_table, m_proxy, AuditModel::SortRole, AuditModel::Time);
    // The detail is the longest column and the last: its full width, with a
    // scroll bar, rather than stretched to what is left and cut short.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_error->setObjectName(u"auditError"_s);
    querytable::styleError(m_error);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);

    for (QComboBox* box : {m_period, m_action})
        connect(box, &QComboBox::currentIndexChanged, this, &AuditPage::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &AuditPage::refresh);
    connect(exportButton, &QPushButton::clicked, this, [this] { m_export.ask(); });
}

void AuditPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh();
}

void AuditPage::refresh() {
    AuditQuery query;
    if (const qint64 span = m_period->currentData().toLongLong(); span > 0)
        query.sinceMs = m_clock.nowMs() - span;
    query.action = m_action->currentData().toString();
    query.limit = 10000;
    m_client.fetchAudit(query, [this](const Result<QList<AuditEntry>>& entries) {
        if (!entries) {
            m_error->setText(tr("Could not read the audit trail: %1").arg(entries.error().message));
        } else {
            m_error->clear();
            m_model->setEntries(entries.value());
            m_table->resizeColumnsToContents();
        }
        Q_EMIT refreshed();
    });
}

QString AuditPage::errorText() const {
    return m_error->text();
}

bool AuditPage::exportCsv(const QString& path) {
    return m_export.exportTo(path);
}

} // namespace lk
