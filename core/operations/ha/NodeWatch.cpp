#include "ha/NodeWatch.h"

namespace lk {

NodeWatch::NodeWatch(const QUrl& url, QNetworkAccessManager& network, const Clock& clock, int pollMs,
                     QObject* parent)
    : QObject(parent)
    , m_client(url, network, clock) {
    m_timer.setInterval(pollMs);
    connect(&m_timer, &QTimer::timeout, this, &NodeWatch::poll);
}

void NodeWatch::start() {
    ++m_generation;
    m_inFlight = false;
    m_detector.reset();
    m_timer.start();
    poll();
}

void NodeWatch::poll() {
    if (m_inFlight)
        return;
    m_inFlight = true;
    const int generation = m_generation;
    m_client.fetchStatus([this, generation](const NodeStatus& status) {
        if (generation != m_generation)
            return;
        m_inFlight = false;
        m_last = status;
        m_detector.observe(status);
        Q_EMIT observed();
    });
}

} // namespace lk
