#include "metrics/RequestTimer.h"

using namespace Qt::StringLiterals;

namespace lk::metrics {

RequestTimer::RequestTimer(HistogramFamily& family, QString method, QString route)
    : m_family(family)
    , m_method(std::move(method))
    , m_route(std::move(route)) {}

void RequestTimer::observe(int status, Clock::duration elapsed) {
    const int statusClass = status >= 100 && status < 600 ? status / 100 : 0;
    Histogram*& series = m_byClass[size_t(statusClass)];
    if (!series) {
        const QString label = statusClass ? QString::number(statusClass) + u"xx"_s : u"other"_s;
        series = &m_family.labels({m_method, m_route, label});
    }
    series->observe(std::chrono::duration<double>(elapsed).count());
}

} // namespace lk::metrics
