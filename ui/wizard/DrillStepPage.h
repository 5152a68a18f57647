#pragma once

#include "wizard/TrafficStepPage.h"

namespace lk {

// Step 7 (optional): the failover drill. With the administrator's consent it
// puts the primary in maintenance, shows how long the load balancer takes to
// move traffic to the secondary and whether any request failed, then brings
// traffic back.
class DrillStepPage final : public TrafficStepPage {
    Q_OBJECT

public:
    DrillStepPage(QNetworkAccessManager& network, QByteArray primaryToken, Prompts& prompts,
                  QWidget* parent = nullptr);

    bool isComplete() const override { return !isRunning(); }
    void runDrill() { run(); }

Q_SIGNALS:
    void drillFinished(bool ok);

private:
    FailoverDrill::Setup setup() const;

    QByteArray m_primaryToken;
};

} // namespace lk
