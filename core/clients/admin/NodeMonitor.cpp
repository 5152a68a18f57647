#include "admin/NodeMonitor.h"

namespace lk {

NodeMonitor::NodeMonitor(QUrl baseUrl, QNetworkAccessManager& network, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_client(std::move(baseUrl), network, clock)
    , m_clock(clock) {
    connect(&m_statusTimer, &QTimer::timeout, this, &NodeMonitor::pollStatus);
    connect(&m_leasesTimer, &QTimer::timeout, this, &NodeMonitor::pollLeases);
    setIntervals(Intervals{});
}

void NodeMonitor::setIntervals(Intervals intervals) {
    m_statusTimer.setInterval(intervals.statusMs);
    m_leasesTimer.setInterval(intervals.leasesMs);
}

void NodeMonitor::start() {
    m_statusTimer.start();
    if (m_leasesTimer.interval() > 0) // 0: status only, e.g. one node of a pair
        m_leasesTimer.start();
    refresh();
}

void NodeMonitor::stop() {
    m_statusTimer.stop();
    m_leasesTimer.stop();
}

void NodeMonitor::refresh() {
    pollStatus();
    if (m_leasesTimer.interval() > 0)
        pollLeases();
}

void NodeMonitor::restoreLeases(const LeaseSnapshot& snapshot, qint64 offsetMs) {
    m_leases = snapshot;
    m_offsetMs = offsetMs;
    m_hasLeases = true;
    Q_EMIT leasesChanged();
}

void NodeMonitor::pollStatus() {
    // A node that does not answer must not pile up requests every tick.
    if (m_statusInFlight)
        return;
    m_statusInFlight = true;
    m_client.fetchStatus([this](const NodeStatus& status) {
        m_statusInFlight = false;
        const bool wasReachable = !m_unreachableSince.has_value();
        m_status = status;
        m_hasStatus = true;
        if (status.reachable) {
            m_unreachableSince.reset();
            if (status.serverTimeMs)
                m_offsetMs = status.clockOffsetMs;
        } else if (!m_unreachableSince) {
            m_unreachableSince = m_clock.nowMs();
        }
        Q_EMIT statusChanged();
        if (wasReachable != status.reachable)
            Q_EMIT reachabilityChanged(status.reachable);
    });
}

void NodeMonitor::pollLeases() {
    if (m_leasesInFlight || !m_client.hasAdminToken())
        return;
    m_leasesInFlight = true;
    m_client.fetchLeases([this](const Result<LeaseSnapshot>& snapshot) {
        m_leasesInFlight = false;
        if (!snapshot) {
            // Keep the last leases we saw: they are what counts down in grace.
            m_leasesError = snapshot.error().message;
            return;
        }
        m_leasesError.clear();
        m_leases = snapshot.value();
        if (m_status.license)
            m_leases.renewAfterS = m_status.license->renewAfterS;
        m_hasLeases = true;
        Q_EMIT leasesChanged();
    });
}

} // namespace lk
