#pragma once

#include "admin/NodeStatus.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace lk {

struct Alert {
    enum class Severity { Info, Warning, Critical };
    Severity severity = Severity::Warning;
    QString id;      // stable, e.g. "license_expiring"
    QString message; // for the administrator, with what to do
};

// The overall verdict the console shows in its banner, and the alerts below
// it. A pure function of what the monitor last saw and the time.
struct HealthAssessment {
    Q_DECLARE_TR_FUNCTIONS(HealthAssessment)

public:
    enum class Level { Good, Degraded, Down, Unknown };

    Level level = Level::Unknown;
    QString headline;
    QList<Alert> alerts;

    // One node of an HA pair, watched on its own beside the service address.
    struct WatchedNode {
        QString url;
        std::optional<NodeStatus> status; // unset before the first answer
        std::optional<qint64> unreachableSinceMs;
    };

    struct Input {
        std::optional<NodeStatus> status;    // unset before the first answer
        std::optional<LeaseSnapshot> leases; // unset without an admin token
        qint64 nowMs = 0;                    // console clock
        qint64 clockOffsetMs = 0;            // node minus console
        std::optional<qint64> unreachableSinceMs;
        int denialsLastHour = 0;
        QList<WatchedNode> nodes;
    };

    static constexpr qint64 kExpiryWarningMs = 30LL * 86400 * 1000;
    static constexpr double kNearLimit = 0.9;
    // Between two nodes of a pair, from their status pages (millisecond
    // resolution); the Clock view measures finer and warns earlier.
    static constexpr qint64 kClockDriftAlertMs = 1000;

    static HealthAssessment assess(const Input& input);
};

} // namespace lk
