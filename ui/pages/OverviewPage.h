#pragma once

#include "console/HealthAssessment.h"

#include <QWidget>

class QHBoxLayout;
class QListWidget;

namespace lk {

class LicenseCard;
class NodeCard;

// A card per node, the license with its usage, and the alerts.
class OverviewPage final : public QWidget {
    Q_OBJECT

public:
    OverviewPage(const QString& nodeUrl, QWidget* parent = nullptr);

    void setStatus(const NodeStatus& status);
    void setAlerts(const QList<Alert>& alerts);
    void tick(qint64 nodeNowMs);
    // A card for one node of an HA pair, beside the service's card.
    NodeCard* addWatchedNode(const QString& url);

private:
    QHBoxLayout* m_cards;
    QHBoxLayout* m_lower;
    NodeCard* m_node;
    LicenseCard* m_license;
    QListWidget* m_alerts;
};

} // namespace lk
