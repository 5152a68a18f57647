#include "wizard/ComponentsStepPage.h"

#include "admin/NodeClient.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lk {

ComponentsStepPage::ComponentsStepPage(Runner runner, QNetworkAccessManager& network, QByteArray primaryToken,
                                       QWidget* parent)
    : CheckedStepPage(tr("Point the components at the virtual host"),
                      tr("Change each component's License Manager address to the load balancer's virtual "
                         "host. A component reads it when it starts or renews; until then it keeps "
                         "renewing with the primary, which is safe. Below, every component the primary "
                         "serves from now on, and the way its request came."),
                      {HaCheck::kLbHealth.toString(), HaCheck::kLbRoutesToPrimary.toString()},
                      std::move(runner), parent)
    , m_network(network)
    , m_primaryToken(std::move(primaryToken))
    , m_summary(new QLabel(this))
    , m_table(new QTreeWidget(this)) {
    m_summary->setObjectName(u"routingSummary"_s);
    m_summary->setWordWrap(true);
    m_table->setObjectName(u"routingTable"_s);
    m_table->setRootIsDecorated(false);
    m_table->setHeaderLabels({tr("Component"), tr("Host"), tr("Route"), tr("Served by"), tr("Last seen")});
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Components seen renewing"));
    content()->addWidget(m_summary);
    content()->addWidget(m_table, 1);
    m_timer.setInterval(kPollMs);
    connect(&m_timer, &QTimer::timeout, this, &ComponentsStepPage::poll);
    showRoutes();
}

void ComponentsStepPage::initializePage() {
    CheckedStepPage::initializePage();
    m_routing.clear();
    m_after = -1;
    showRoutes();
    poll();
}

void ComponentsStepPage::cleanupPage() {
    m_timer.stop();
    CheckedStepPage::cleanupPage();
}

// Polls only while the page is on screen; QWizard hides and shows pages as
// it moves between them, also right after initializePage().
void ComponentsStepPage::showEvent(QShowEvent* event) {
    m_timer.start();
    CheckedStepPage::showEvent(event);
}

void ComponentsStepPage::hideEvent(QHideEvent* event) {
    m_timer.stop();
    CheckedStepPage::hideEvent(event);
}

void ComponentsStepPage::poll() {
    const QUrl primary(field(u"primaryUrl"_s).toString().trimmed());
    if (m_pollInFlight || !primary.isValid() || primary.isEmpty())
        return;
    m_pollInFlight = true;
    auto* client = new NodeClient(primary, m_network, m_clock, this);
    client->setAdminToken(m_primaryToken);
    // The first poll only learns where the node's log stands: what came
    // before this step opened says nothing about addresses changed now.
    const qint64 after = std::max<qint64>(m_after, 0);
    client->fetchRenewals(after, [this, client](const Result<RenewalBatch>& batch) {
        client->deleteLater();
        m_pollInFlight = false;
        if (!batch) {
            m_summary->setText(tr("Cannot watch renewals on the primary: %1").arg(batch.error().message));
            return;
        }
        if (m_after >= 0)
            m_routing.add(batch->node, batch->renewals);
        m_after = batch->lastSequence;
        m_node = batch->node;
        showRoutes();
        Q_EMIT routesUpdated();
    });
}

QString ComponentsStepPage::summary() const {
    return m_summary->text();
}

void ComponentsStepPage::showRoutes() {
    m_summary->setText(m_routing.summary());
    m_table->clear();
    for (const ComponentRoute& route : m_routing.routes()) {
        auto* item = new QTreeWidgetItem(m_table);
        item->setText(0, route.component);
        item->setText(1, route.host);
        item->setText(2, route.throughLoadBalancer ? tr("virtual host") : tr("direct: change its address"));
        item->setText(3, route.node);
        item->setText(4, QDateTime::fromMSecsSinceEpoch(route.lastAtMs).toString(u"HH:mm:ss"_s));
        if (!route.throughLoadBalancer)
            item->setIcon(2, style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
}

} // namespace lk
