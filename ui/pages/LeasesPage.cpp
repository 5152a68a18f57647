#include "pages/LeasesPage.h"

#include "admin/NodeMonitor.h"
#include "models/EvidenceText.h"
#include "models/LeaseFilterProxy.h"
#include "models/LeaseTableModel.h"
#include "window/Prompts.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lk {

LeasesPage::LeasesPage(NodeMonitor& monitor, Prompts& prompts, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_prompts(prompts)
    , m_model(new LeaseTableModel(clock, this))
    , m_proxy(new LeaseFilterProxy(this))
    , m_export(*this, prompts, *m_proxy, tr("Export leases"), u"leasekeeper-leases.csv"_s)
    , m_search(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_free(new QPushButton(tr("&Free lease..."), this)) {
    setObjectName(u"leasesPage"_s);
    m_search->setObjectName(u"leaseSearch"_s);
    m_search->setPlaceholderText(tr("Search instance, host, IP address or node"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search leases"));
    m_type->setObjectName(u"leaseType"_s);
    m_type->setAccessibleName(tr("Component type"));
    m_type->addItem(tr("All types"), QString());
    m_free->setObjectName(u"freeLease"_s);
    m_free->setEnabled(false);
    m_free->setToolTip(tr("End the selected lease now. Its component stops being counted; if it is still "
                          "running it will ask for a new lease at its next renewal."));
    auto* exportButton = new QPushButton(tr("E&xport CSV..."), this);
    exportButton->setObjectName(u"exportLeases"_s);
    // Ctrl+F searches, Delete frees the selected lease (after confirmation).
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto* freeKey = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(freeKey, &QShortcut::activated, this, [this] {
        if (m_free->isEnabled())
            freeSelected();
    });

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_type);
    bar->addWidget(m_free);
    bar->addWidget(exportButton);

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(u"leaseTable"_s);
    m_table->setAccessibleName(tr("Active leases"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LeaseTableModel::TimeLeftColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_count->setObjectName(u"leaseCount"_s);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &LeaseFilterProxy::setSearchText);
    connect(m_type, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setComponentType(m_type->currentData().toString()); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &LeasesPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LeasesPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LeasesPage::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_free->setEnabled(!m_readOnly && m_table->selectionModel()->hasSelection()); });
    connect(m_free, &QPushButton::clicked, this, &LeasesPage::freeSelected);
    connect(exportButton, &QPushButton::clicked, this, [this] { m_export.ask(); });
    connect(&m_monitor, &NodeMonitor::leasesChanged, this, &LeasesPage::onLeases);
    m_hasSavedLayout =
        m_table->horizontalHeader()->restoreState(QSettings().value(u"leases/header"_s).toByteArray());
    updateCount();
}

LeasesPage::~LeasesPage() {
    QSettings().setValue(u"leases/header"_s, m_table->horizontalHeader()->saveState());
}

void LeasesPage::onLeases() {
    const bool first = m_model->leaseCount() == 0;
    const LeaseChanges& changes = m_monitor.lastChanges();
    m_model->applyChanges(m_monitor.leases(), changes, m_monitor.clockOffsetMs());
    // Fit the columns to the first leases; later the administrator's widths stand.
    if (first && !m_hasSavedLayout && m_model->leaseCount() > 0)
        m_table->resizeColumnsToContents();
    updateTypes(changes.full ? m_monitor.leases().leases : changes.live);
    updateCount();
}

// Only leases that are new to the view can bring a type the filter lacks.
void LeasesPage::updateTypes(const QList<Lease>& leases) {
    QSet<QString> seen;
    for (const Lease& lease : leases)
        seen.insert(lease.holder.component);
    if (m_monitor.status().license)
        for (const QString& type : m_monitor.status().license->components.keys())
            seen.insert(type);
    QStringList types(seen.cbegin(), seen.cend());
    types.sort();
    for (const QString& type : types) {
        if (m_type->findData(type) < 0)
            m_type->addItem(type, type);
    }
}

void LeasesPage::updateCount() {
    m_count->setText(tr("%1 of %n lease(s) shown", "", m_model->leaseCount()).arg(m_proxy->rowCount()));
}

// Repaints the countdown of the rows on screen only (none while the page is
// hidden: showing it paints every visible row afresh).
void LeasesPage::tick(qint64 consoleNowMs) {
    QList<int> shown;
    if (m_table->isVisible() && m_proxy->rowCount() > 0) {
        const int top = qMax(0, m_table->rowAt(0));
        int bottom = m_table->rowAt(m_table->viewport()->height() - 1);
        if (bottom < 0)
            bottom = m_proxy->rowCount() - 1;
        for (int row = top; row <= bottom; ++row)
            shown.append(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    }
    m_model->tickRows(consoleNowMs, shown);
}

void LeasesPage::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    m_free->setEnabled(!readOnly && m_table->selectionModel()->hasSelection());
    if (readOnly)
        m_free->setToolTip(tr("Freeing a lease needs an admin token; this console has a viewer token."));
}

void LeasesPage::freeSelected() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString id = rows.first().data(LeaseTableModel::LeaseIdRole).toString();
    const Lease* lease = m_model->leaseAt(m_model->rowOfLease(id));
    if (!lease)
        return;
    const auto reason =
        m_prompts.text(this, tr("Free lease"),
                       tr("Why is the lease of %1 on %2 being freed? The reason is kept in the "
                          "history.")
                           .arg(lease->holder.instance, lease->holder.host));
    if (!reason)
        return;
    QString question =
        tr("Free the lease of %1 (%2 cores)? If the component is still running it will ask for "
           "a new lease at its next renewal, and may be denied if the license is full.")
            .arg(lease->holder.instance)
            .arg(lease->holder.cores);
    // An overdue component may be dead or cut off: say which the probes suggest.
    if (m_model->isOverdue(*lease))
        question += u"\n\n"_s + EvidenceText::beforeFreeing(lease->probes);
    if (!m_prompts.confirm(this, tr("Free lease"), question))
        return;
    m_monitor.client().freeLease(id, *reason, [this, id](const Result<bool>& freed) {
        if (!freed) {
            m_prompts.error(this, tr("Free lease"), freed.error().message);
            return;
        }
        m_monitor.refresh();
        Q_EMIT leaseFreed(id);
    });
}

bool LeasesPage::exportCsv(const QString& path) {
    return m_export.exportTo(path);
}

} // namespace lk
