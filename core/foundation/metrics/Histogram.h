#pragma once

#include "metrics/ExpositionWriter.h"

#include <QtGlobal>
#include <atomic>
#include <memory>
#include <vector>

namespace lk::metrics {

// Observations counted into fixed buckets (upper bounds, ascending), plus
// their sum. observe() is a search over the bounds and two relaxed atomic
// adds: no lock, no allocation. Written cumulatively, with le="+Inf".
class Histogram {
public:
    static constexpr const char* kType = "histogram";
    using Bounds = std::shared_ptr<const std::vector<double>>;

    explicit Histogram(Bounds bounds);

    void observe(double value);

    quint64 count() const;
    double sum() const { return m_sum.load(std::memory_order_relaxed); }
    // Observations at most bounds[i] (the last entry: all of them).
    std::vector<quint64> cumulativeCounts() const;

    void write(ExpositionWriter& out, const QByteArray& name, const QByteArray& labels) const;

private:
    Bounds m_bounds;
    // One per bound, then one for values above the last bound.
    std::unique_ptr<std::atomic<quint64>[]> m_counts;
    std::atomic<double> m_sum{0};
};

} // namespace lk::metrics
