#pragma once

#include "console/HealthAssessment.h"

#include <QWidget>

class QListWidget;

namespace lk {

class LicenseCard;
class NodeCard;

// Node cards, the license with its usage, and the alerts.
class OverviewPage final : public QWidget {
    Q_OBJECT

public:
    OverviewPage(const QString& nodeUrl, QWidget* parent = nullptr);

    void setStatus(const NodeStatus& status);
    void setAlerts(const QList<Alert>& alerts);
    void tick(qint64 nodeNowMs);

private:
    NodeCard* m_node;
    LicenseCard* m_license;
    QListWidget* m_alerts;
};

} // namespace lk
