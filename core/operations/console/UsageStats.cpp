#include "console/UsageStats.h"

#include <algorithm>
#include <vector>

namespace lk {

QMap<QString, PeakUsage> UsageStats::peakConcurrent(const QList<HistoryEntry>& history, qint64 sinceMs,
                                                    qint64 untilMs) {
    struct Change {
        qint64 atMs;
        int cores;
        int instances;
    };
    QMap<QString, std::vector<Change>> changes;
    for (const HistoryEntry& entry : history) {
        if (entry.kind != HistoryEntry::Kind::Lease)
            continue;
        const qint64 start = std::max(entry.startMs, sinceMs);
        const qint64 end = std::min(entry.endMs.value_or(untilMs), untilMs);
        if (start > end || (entry.endMs && *entry.endMs <= sinceMs))
            continue;
        auto& list = changes[entry.holder.component];
        list.push_back({start, entry.holder.cores, 1});
        list.push_back({end, -entry.holder.cores, -1});
    }
    QMap<QString, PeakUsage> peaks;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        auto& list = it.value();
        // At equal times, ends before starts: a lease replaced at the same
        // millisecond (a restart) must not count twice.
        std::sort(list.begin(), list.end(), [](const Change& a, const Change& b) {
            return a.atMs != b.atMs ? a.atMs < b.atMs : a.cores < b.cores;
        });
        PeakUsage peak;
        int cores = 0;
        int instances = 0;
        for (const Change& change : list) {
            cores += change.cores;
            instances += change.instances;
            if (cores > peak.cores) {
                peak.cores = cores;
                peak.atMs = change.atMs;
            }
            peak.instances = std::max(peak.instances, instances);
        }
        peaks.insert(it.key(), peak);
    }
    return peaks;
}

} // namespace lk
