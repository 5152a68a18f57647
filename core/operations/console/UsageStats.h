#pragma once

#include "lease/Lease.h"

#include <QMap>

namespace lk {

struct PeakUsage {
    int cores = 0;
    int instances = 0;
    qint64 atMs = 0; // when the core peak was first reached
};

// Figures an administrator asks of the usage history.
class UsageStats {
public:
    // Highest number of cores (and instances) held at the same time per
    // component type within [sinceMs, untilMs]. Leases without an end are
    // taken as running until `untilMs`; denials are ignored.
    static QMap<QString, PeakUsage> peakConcurrent(const QList<HistoryEntry>& history, qint64 sinceMs,
                                                   qint64 untilMs);
};

} // namespace lk
