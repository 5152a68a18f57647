#pragma once

#include "admin/NodeClient.h"
#include "ha/RestartDetector.h"

#include <QTimer>

namespace lk {

// Polls one node's status while an update runs, and says whether it was
// restarted since the watch began.
class NodeWatch final : public QObject {
    Q_OBJECT

public:
    NodeWatch(const QUrl& url, QNetworkAccessManager& network, const Clock& clock, int pollMs,
              QObject* parent = nullptr);

    // Starts afresh: what happened before does not count as a restart.
    void start();
    void stop() { m_timer.stop(); }
    const RestartDetector& detector() const { return m_detector; }
    const NodeStatus& last() const { return m_last; }

Q_SIGNALS:
    void observed();

private:
    void poll();

    NodeClient m_client;
    QTimer m_timer;
    RestartDetector m_detector;
    NodeStatus m_last;
    bool m_inFlight = false;
    int m_generation = 0; // answers from before start() are dropped
};

} // namespace lk
