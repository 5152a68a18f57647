#pragma once

#include "util/MonotonicClock.h"

#include <QtGlobal>

#include <functional>

namespace lk {

// Runs callbacks at points on a monotonic clock. Clients schedule through it
// instead of owning QTimers, so tests can move time by days instantly and one
// process can drive thousands of simulated components.
class Scheduler {
public:
    using Id = quint64;
    virtual ~Scheduler() = default;

    virtual const MonotonicClock& clock() const = 0;
    // Runs `task` once, `delayMs` from now (0: as soon as possible).
    virtual Id schedule(qint64 delayMs, std::function<void()> task) = 0;
    // Cancelling an id that already ran or was cancelled is harmless.
    virtual void cancel(Id id) = 0;
};

} // namespace lk
