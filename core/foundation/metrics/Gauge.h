#pragma once

#include "metrics/ExpositionWriter.h"

#include <atomic>

namespace lk::metrics {

// A value that goes up and down, usually set when a scrape collects it.
class Gauge {
public:
    static constexpr const char* kType = "gauge";

    void set(double value) { m_value.store(value, std::memory_order_relaxed); }
    double value() const { return m_value.load(std::memory_order_relaxed); }

    void write(ExpositionWriter& out, const QByteArray& name, const QByteArray& labels) const {
        out.sample(name, "", labels, value());
    }

private:
    std::atomic<double> m_value{0};
};

} // namespace lk::metrics
