#pragma once

#include "admin/NodeStatus.h"

#include <QCoreApplication>

namespace lk {

// Whether a watched node was restarted, as a node-by-node update needs to
// know: it stopped answering and came back, its uptime went back, or it
// answers with another version.
class RestartDetector {
    Q_DECLARE_TR_FUNCTIONS(RestartDetector)

public:
    void observe(const NodeStatus& status);
    void reset() { *this = RestartDetector(); }

    bool restarted() const;
    bool isUp() const { return m_up; }
    const QString& versionBefore() const { return m_versionBefore; }
    const QString& version() const { return m_version; }
    // What the administrator should read: up or down, restarted or not, versions.
    QString describe(const QString& nodeLabel) const;

private:
    bool m_observed = false;
    bool m_up = false;
    bool m_seenDown = false;
    bool m_uptimeWentBack = false;
    qint64 m_lastUptimeS = -1;
    QString m_versionBefore;
    QString m_version;
};

} // namespace lk
