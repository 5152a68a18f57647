#include "metrics/Histogram.h"

#include <algorithm>

namespace lk::metrics {

Histogram::Histogram(Bounds bounds)
    : m_bounds(std::move(bounds))
    , m_counts(std::make_unique<std::atomic<quint64>[]>(m_bounds->size() + 1)) {
    Q_ASSERT(std::is_sorted(m_bounds->cbegin(), m_bounds->cend()));
}

void Histogram::observe(double value) {
    // A bucket counts the observations less than or equal to its bound.
    const auto bucket = std::lower_bound(m_bounds->cbegin(), m_bounds->cend(), value) - m_bounds->cbegin();
    m_counts[bucket].fetch_add(1, std::memory_order_relaxed);
    m_sum.fetch_add(value, std::memory_order_relaxed);
}

std::vector<quint64> Histogram::cumulativeCounts() const {
    std::vector<quint64> counts(m_bounds->size() + 1);
    quint64 running = 0;
    for (size_t i = 0; i < counts.size(); ++i) {
        running += m_counts[i].load(std::memory_order_relaxed);
        counts[i] = running;
    }
    return counts;
}

quint64 Histogram::count() const {
    return cumulativeCounts().back();
}

void Histogram::write(ExpositionWriter& out, const QByteArray& name, const QByteArray& labels) const {
    const std::vector<quint64> counts = cumulativeCounts();
    for (size_t i = 0; i < m_bounds->size(); ++i)
        out.sample(name, "_bucket", labels, double(counts[i]),
                   "le=\"" + ExpositionWriter::formatValue((*m_bounds)[i]) + '"');
    out.sample(name, "_bucket", labels, double(counts.back()), "le=\"+Inf\"");
    out.sample(name, "_sum", labels, sum());
    // From the same snapshot as the buckets, so that _count equals the +Inf bucket.
    out.sample(name, "_count", labels, double(counts.back()));
}

} // namespace lk::metrics
