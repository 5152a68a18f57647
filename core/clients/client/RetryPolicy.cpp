#include "client/RetryPolicy.h"

#include <algorithm>
#include <cmath>

namespace lk {

RetryPolicy::RetryPolicy(Random random) : RetryPolicy(std::move(random), Options{}) {}

RetryPolicy::RetryPolicy(Random random, Options options) : m_random(std::move(random)), m_options(options) {}

qint64 RetryPolicy::renewDelayMs(qint64 renewAfterMs) const {
    const double early = m_options.renewJitter * m_random();
    return std::max<qint64>(1, qint64(std::llround(double(renewAfterMs) * (1.0 - early))));
}

qint64 RetryPolicy::retryDelayMs(int attempt, qint64 renewAfterMs) const {
    const qint64 cap = std::max(m_options.initialBackoffMs, std::min(m_options.maxBackoffMs, renewAfterMs));
    const int doublings = std::clamp(attempt - 1, 0, 40);
    const double exponential = double(m_options.initialBackoffMs) * std::pow(2.0, doublings);
    const double ceiling = std::min(double(cap), exponential);
    return std::max<qint64>(1, qint64(std::llround(ceiling * (0.5 + 0.5 * m_random()))));
}

} // namespace lk
