#pragma once

#include <QElapsedTimer>

namespace lk {

// Milliseconds since an arbitrary start that never jumps: grace countdowns
// use it so that changing the host's wall clock neither shortens nor
// extends them.
class MonotonicClock {
public:
    virtual ~MonotonicClock() = default;
    virtual qint64 elapsedMs() const = 0;
};

class SteadyClock final : public MonotonicClock {
public:
    SteadyClock() { m_timer.start(); }
    qint64 elapsedMs() const override { return m_timer.elapsed(); }

private:
    QElapsedTimer m_timer; // QElapsedTimer uses CLOCK_MONOTONIC where available
};

} // namespace lk
