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
    indexLeases();
    m_leasesCursor.clear(); // a cache says nothing about what changed since
    m_lastChanges = LeaseChanges{true, {}, {}, {}};
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
    m_client.fetchLeases(m_leasesCursor, [this](const Result<LeaseUpdate>& update) {
        m_leasesInFlight = false;
        if (!update) {
            // Keep the last leases we saw: they are what counts down in grace.
            // Start over next time: the node may be another one by then.
            m_leasesError = update.error().message;
            m_leasesCursor.clear();
            return;
        }
        const bool hadError = !m_leasesError.isEmpty();
        m_leasesError.clear();
        m_leasesCursor = update->changes.cursor;
        const bool changed = apply(update->changes);
        // A full list is not kept twice: the views read it from leases().
        m_lastChanges = update->changes.full ? LeaseChanges{true, {}, {}, {}} : update->changes;
        m_leases.serverTimeMs = update->serverTimeMs;
        m_leases.fetchedAtMs = update->fetchedAtMs;
        if (m_status.license)
            m_leases.renewAfterS = m_status.license->renewAfterS;
        if (changed || hadError || !m_hasLeases) {
            m_hasLeases = true;
            Q_EMIT leasesChanged();
        }
    });
}

bool NodeMonitor::apply(const LeaseChanges& changes) {
    QList<Lease>& leases = m_leases.leases;
    if (changes.full) {
        leases = changes.live;
        indexLeases();
        return true;
    }
    for (const QString& id : changes.ended) {
        const auto found = m_leaseIndex.constFind(id);
        if (found == m_leaseIndex.constEnd())
            continue; // granted and ended between two looks
        // Order does not matter to the views: fill the hole with the last lease.
        const qsizetype hole = found.value();
        m_leaseIndex.erase(found);
        if (hole != leases.size() - 1) {
            leases[hole] = std::move(leases.last());
            m_leaseIndex[leases[hole].id] = hole;
        }
        leases.removeLast();
    }
    for (const Lease& lease : changes.live) {
        const auto found = m_leaseIndex.constFind(lease.id);
        if (found != m_leaseIndex.constEnd()) {
            leases[found.value()] = lease;
        } else {
            m_leaseIndex.insert(lease.id, leases.size());
            leases.append(lease);
        }
    }
    return !changes.ended.isEmpty() || !changes.live.isEmpty();
}

void NodeMonitor::indexLeases() {
    m_leaseIndex.clear();
    m_leaseIndex.reserve(m_leases.leases.size());
    for (qsizetype i = 0; i < m_leases.leases.size(); ++i)
        m_leaseIndex.insert(m_leases.leases.at(i).id, i);
}

} // namespace lk
