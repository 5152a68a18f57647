#include "ha/RestartDetector.h"

namespace lk {

void RestartDetector::observe(const NodeStatus& status) {
    m_up = status.reachable;
    if (!status.reachable) {
        // Also when the watch began with the node down: the administrator
        // may have stopped it before the page opened.
        m_seenDown = true;
        m_observed = true;
        return;
    }
    if (m_versionBefore.isEmpty())
        m_versionBefore = status.version;
    m_version = status.version;
    // Uptime only ever grows on one run of the server; smaller means a new run.
    if (m_lastUptimeS >= 0 && status.uptimeS < m_lastUptimeS)
        m_uptimeWentBack = true;
    m_lastUptimeS = status.uptimeS;
    m_observed = true;
}

bool RestartDetector::restarted() const {
    return m_up && (m_seenDown || m_uptimeWentBack || m_version != m_versionBefore);
}

QString RestartDetector::describe(const QString& nodeLabel) const {
    if (!m_observed)
        return tr("Watching %1...").arg(nodeLabel);
    if (!m_up)
        return tr("%1 is down. Install the new version and start it again.").arg(nodeLabel);
    if (!restarted())
        return tr("%1 answers, version %2. It has not been restarted yet.").arg(nodeLabel, m_version);
    if (m_version != m_versionBefore)
        return tr("%1 was restarted and is back: version %2, was %3.")
            .arg(nodeLabel, m_version, m_versionBefore);
    return tr("%1 was restarted and is back, still version %2.").arg(nodeLabel, m_version);
}

} // namespace lk
