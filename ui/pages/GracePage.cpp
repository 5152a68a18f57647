#include "pages/GracePage.h"

#include "admin/NodeMonitor.h"
#include "models/GraceModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lk {

GracePage::GracePage(NodeMonitor& monitor, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_clock(clock)
    , m_model(new GraceModel(
          clock, [&monitor]() -> const LeaseSnapshot& { return monitor.leases(); }, this))
    , m_banner(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_table(new QTableView(this)) {
    setObjectName(u"gracePage"_s);
    m_banner->setObjectName(u"graceBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        u"background: #fdecea; border: 1px solid #f1a9a0; border-radius: 6px; padding: 8px;"
        u" font-weight: 600; color: #1f2328;"_s);
    m_banner->hide();
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No component is on its grace period: every one renewed on time."));
    auto* explanation = new QLabel(
        tr("A component that cannot renew its lease keeps running for the license's grace period, then shuts "
           "down. A component stopped during its grace period cannot start again until it reaches a License "
           "Manager."),
        this);
    explanation->setWordWrap(true);
    m_table->setObjectName(u"graceTable"_s);
    m_table->setAccessibleName(tr("Components on grace"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QTableView::resizeColumnsToContents);
    m_table->verticalHeader()->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(explanation);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    connect(&m_monitor, &NodeMonitor::leasesChanged, this, [this] {
        m_model->refresh(m_monitor.clockOffsetMs());
        tick(m_clock.nowMs());
    });
    // A status poll reads no lease: only whether the manager still answers.
    connect(&m_monitor, &NodeMonitor::statusChanged, this, [this] {
        m_model->setManagerUnreachableSince(m_monitor.unreachableSinceMs());
        tick(m_clock.nowMs());
    });
}

QString GracePage::bannerText() const {
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void GracePage::tick(qint64 consoleNowMs) {
    m_model->tick(consoleNowMs);
    const QString banner = m_model->bannerText(consoleNowMs);
    m_banner->setText(banner);
    m_banner->setVisible(!banner.isEmpty());
    m_empty->setVisible(m_model->rowCount() == 0);
}

} // namespace lk
