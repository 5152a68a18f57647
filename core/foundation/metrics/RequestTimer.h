#pragma once

#include "metrics/MetricFamily.h"

#include <array>
#include <chrono>

namespace lk::metrics {

// Times the requests of one route into a histogram labelled with the
// route's method, its pattern (never the concrete path, so that lease ids do
// not become series) and the answer's status class. The series of each
// class is made on its first request; after that an observation is a
// bucket search and two atomic adds.
class RequestTimer {
public:
    using Clock = std::chrono::steady_clock;

    RequestTimer(HistogramFamily& family, QString method, QString route);

    void observe(int status, Clock::duration elapsed);

private:
    HistogramFamily& m_family;
    QString m_method;
    QString m_route;
    std::array<Histogram*, 6> m_byClass{}; // 1xx..5xx, [0] for anything else
};

} // namespace lk::metrics
