#include "pages/OverviewPage.h"

#include "widgets/LicenseCard.h"
#include "widgets/NodeCard.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lk {

OverviewPage::OverviewPage(const QString& nodeUrl, QWidget* parent)
    : QWidget(parent)
    , m_cards(new QHBoxLayout)
    , m_lower(new QHBoxLayout)
    , m_node(new NodeCard(nodeUrl, this))
    , m_license(new LicenseCard(this))
    , m_alerts(new QListWidget(this)) {
    setObjectName(u"overviewPage"_s);
    auto* layout = new QVBoxLayout(this);
    m_cards->addWidget(m_node, 1);
    m_cards->addWidget(m_license, 2);
    layout->addLayout(m_cards);
    auto* alertsBox = new QGroupBox(tr("Alerts"), this);
    auto* alertsLayout = new QVBoxLayout(alertsBox);
    m_alerts->setObjectName(u"alerts"_s);
    m_alerts->setAccessibleName(tr("Alerts"));
    m_alerts->setWordWrap(true);
    alertsLayout->addWidget(m_alerts);
    m_lower->addWidget(alertsBox, 1);
    layout->addLayout(m_lower, 1);
}

void OverviewPage::setStatus(const NodeStatus& status) {
    m_node->setStatus(status);
    m_license->setStatus(status);
}

void OverviewPage::setAlerts(const QList<Alert>& alerts) {
    m_alerts->clear();
    if (alerts.isEmpty()) {
        auto* item =
            new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("No alerts."));
        m_alerts->addItem(item);
        return;
    }
    for (const Alert& alert : alerts) {
        const QStyle::StandardPixmap icon =
            alert.severity == Alert::Severity::Critical  ? QStyle::SP_MessageBoxCritical
            : alert.severity == Alert::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                         : QStyle::SP_MessageBoxInformation;
        auto* item = new QListWidgetItem(style()->standardIcon(icon), alert.message);
        item->setData(Qt::UserRole, alert.id);
        m_alerts->addItem(item);
    }
}

NodeCard* OverviewPage::addWatchedNode(const QString& url) {
    auto* card = new NodeCard(url, this);
    card->setObjectName(u"watchedNodeCard"_s);
    if (m_cards->indexOf(m_license) >= 0) {
        // A pair: the node cards take the top row, the license moves down
        // beside the alerts so that the window still fits a laptop screen.
        m_node->setServiceAddress(true);
        m_cards->removeWidget(m_license);
        m_cards->setStretch(0, 1);
        m_lower->insertWidget(0, m_license, 1);
    }
    m_cards->addWidget(card, 1);
    return card;
}

void OverviewPage::tick(qint64 nodeNowMs) {
    m_license->tick(nodeNowMs);
}

} // namespace lk
