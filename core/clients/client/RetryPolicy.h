#pragma once

#include <QtGlobal>

#include <functional>

namespace lk {

// When to talk to the License Manager next. Pure arithmetic with an injected
// source of randomness, so the schedule is testable to the millisecond.
class RetryPolicy {
public:
    using Random = std::function<double()>; // uniform in [0, 1)

    struct Options {
        qint64 initialBackoffMs = 1000;
        qint64 maxBackoffMs = 60000;
        double renewJitter = 0.1; // renew up to 10% early, never late
    };

    explicit RetryPolicy(Random random);
    RetryPolicy(Random random, Options options);

    // Delay until the next routine renewal: spreads a thousand components
    // that started together over the last part of the interval.
    qint64 renewDelayMs(qint64 renewAfterMs) const;
    // Delay before retry number `attempt` (1-based) after failures: doubles
    // each time up to a cap ("full jitter" between half and all of it). The
    // cap never exceeds the routine renewal interval.
    qint64 retryDelayMs(int attempt, qint64 renewAfterMs) const;

private:
    Random m_random;
    Options m_options;
};

} // namespace lk
