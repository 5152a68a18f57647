#pragma once

#include "lease/ProbeExclusions.h"

namespace lk {

// How the serving node probes overdue leases (the when is ReclaimPolicy's).
struct ProbeSettings {
    static constexpr int kDefaultConcurrency = 32;
    static constexpr int kDefaultTimeoutMs = 3000;

    int concurrency = kDefaultConcurrency; // connects in flight at once, whatever the backlog
    int timeoutMs = kDefaultTimeoutMs;     // one connect, name lookup included
    int maxPerRound = 10000;               // overdue leases read per round
    ProbeExclusions excluded;              // --probe-exclude: never probed
};

} // namespace lk
