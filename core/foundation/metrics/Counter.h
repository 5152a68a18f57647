#pragma once

#include "metrics/ExpositionWriter.h"

#include <QtGlobal>
#include <atomic>

namespace lk::metrics {

// A monotonically increasing count. inc() is one relaxed atomic add: no
// lock and no allocation, so it may be called on any thread, per request.
class Counter {
public:
    static constexpr const char* kType = "counter";

    void inc(quint64 by = 1) { m_value.fetch_add(by, std::memory_order_relaxed); }
    quint64 value() const { return m_value.load(std::memory_order_relaxed); }

    void write(ExpositionWriter& out, const QByteArray& name, const QByteArray& labels) const {
        out.sample(name, "", labels, double(value()));
    }

private:
    std::atomic<quint64> m_value{0};
};

} // namespace lk::metrics
