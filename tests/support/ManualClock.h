#pragma once

#include "util/Clock.h"

#include <atomic>

namespace lk::test {

// A clock that only moves when a test tells it to; safe to read from the
// store's worker thread while the test thread advances it.
class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 startMs = 1'800'000'000'000)
        : m_now(startMs) {}
    qint64 nowMs() const override { return m_now.load(); }
    void advanceMs(qint64 ms) { m_now += ms; }
    void advanceSeconds(qint64 s) { advanceMs(s * 1000); }
    void advanceDays(qint64 d) { advanceSeconds(d * 86400); }
    void setMs(qint64 ms) { m_now = ms; }

private:
    std::atomic<qint64> m_now;
};

} // namespace lk::test
