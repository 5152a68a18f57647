#pragma once

#include "lease/ProbeEvidence.h"
#include "util/Clock.h"

#include <QObject>
#include <deque>
#include <functional>

namespace lk {

// Runs TCP probes with a bound on how many are in flight: 10,000 overdue
// leases (a network cut off from a whole site) must not become 10,000 open
// sockets at once.
class ProbePool final : public QObject {
    Q_OBJECT

public:
    using Done = std::function<void(const ProbeResult&)>;

    ProbePool(const Clock& clock, int concurrency, int timeoutMs, QObject* parent = nullptr);

    // Queues a probe; `done` runs on the event loop once it has an outcome.
    void submit(const ProbeTarget& target, Done done);

    int inFlight() const { return m_inFlight; }
    qsizetype queued() const { return qsizetype(m_queue.size()); }
    // The most probes ever in flight at once: what the bound is tested by.
    int peakInFlight() const { return m_peak; }

private:
    struct Job {
        ProbeTarget target;
        Done done;
    };
    void pump();

    const Clock& m_clock;
    int m_concurrency;
    int m_timeoutMs;
    std::deque<Job> m_queue;
    int m_inFlight = 0;
    int m_peak = 0;
};

} // namespace lk
