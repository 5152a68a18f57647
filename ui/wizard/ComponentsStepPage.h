#pragma once

#include "console/ComponentRouting.h"
#include "util/Clock.h"
#include "wizard/CheckedStepPage.h"

#include <QTimer>

class QLabel;
class QNetworkAccessManager;
class QTreeWidget;

namespace lk {

// Step 6: point the components at the virtual host. Besides the load
// balancer's checks it shows, live, each component that renews and whether
// its request came through the load balancer or straight to the primary, so
// the administrator sees which addresses are still to change.
class ComponentsStepPage final : public CheckedStepPage {
    Q_OBJECT

public:
    static constexpr int kPollMs = 2000;

    ComponentsStepPage(Runner runner, QNetworkAccessManager& network, QByteArray primaryToken,
                       QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    // Asks the primary for what it served since the last poll.
    void poll();
    QString summary() const;
    QTreeWidget* table() const { return m_table; }

Q_SIGNALS:
    void routesUpdated();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void showRoutes();

    QNetworkAccessManager& m_network;
    QByteArray m_primaryToken;
    SystemClock m_clock;
    ComponentRouting m_routing;
    qint64 m_after = -1; // -1: not polled yet, start from what the node serves next
    QString m_node;
    bool m_pollInFlight = false;
    QTimer m_timer;
    QLabel* m_summary;
    QTreeWidget* m_table;
};

} // namespace lk
