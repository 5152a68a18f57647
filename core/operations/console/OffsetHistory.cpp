#include "console/OffsetHistory.h"

#include <algorithm>
#include <cmath>

namespace lk {

void OffsetHistory::add(const QString& series, qint64 atMs, double offsetMs) {
    QList<Sample>& samples = m_series[series];
    // Answers can arrive out of order; keep each series sorted by time.
    const auto at = std::upper_bound(samples.begin(), samples.end(), atMs,
                                     [](qint64 t, const Sample& s) { return t < s.atMs; });
    samples.insert(at, Sample{atMs, offsetMs});
}

void OffsetHistory::prune(qint64 nowMs) {
    const qint64 oldest = nowMs - m_windowMs;
    for (auto it = m_series.begin(); it != m_series.end();) {
        QList<Sample>& samples = it.value();
        const auto keep = std::lower_bound(samples.begin(), samples.end(), oldest,
                                           [](const Sample& s, qint64 t) { return s.atMs < t; });
        samples.erase(samples.begin(), keep);
        it = samples.isEmpty() ? m_series.erase(it) : std::next(it);
    }
}

double OffsetHistory::largestMagnitude() const {
    double largest = 0;
    for (const QList<Sample>& samples : m_series) {
        for (const Sample& s : samples)
            largest = std::max(largest, std::abs(s.offsetMs));
    }
    return largest;
}

} // namespace lk
